/* tx-record-list-view.h — the controller behind every sidebar page that is
 * one list of records (activities, visits, staff, pairings, meetings,
 * suggestions)
 *
 * Those pages differ only in their query, their columns and their editor.
 * A TxRecordListView owns what they share: the lazy TxRecordList under the
 * page's GtkColumnView (through a map model that attaches the cells' texts
 * and a selection that never picks a row for the user), the search, the
 * count, moving the selected record to the trash with 撤销 in the window's
 * notification, opening the editor of an activated row and reloading when
 * the database announces a change to what the rows show. The page keeps the controller in a field and hands
 * the TxPage calls to it (tx_record_list_view_implement_page()).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"
#include "core/model/tx-query.h"
#include "core/model/tx-record.h"

#include "tx-page.h"

G_BEGIN_DECLS

/* What a page tells its controller. The texts are untranslated (N_()): the
 * controller translates them when it shows them. */
typedef struct
{
  /* the page's query for @search (NULL: no search) */
  TxQuery   *(*build_query)    (GtkWidget   *page,
                                const char  *search);
  /* attaches the texts the cells show to @record, with
   * tx_record_list_view_set_row_text(); runs when a row is first shown */
  void       (*describe_row)   (GtkWidget   *page,
                                TxDatabase  *db,
                                TxRecord    *record);
  /* the editor of @uuid (NULL: a new record); it has a "saved" signal.
   * NULL with @error when the record cannot be opened */
  GtkWindow *(*new_editor)     (GtkWindow   *parent,
                                TxDatabase  *db,
                                const char  *uuid,
                                GError     **error);
  /* the count label and whatever else shows the number of rows;
   * @filtered: a search (or a filter of the page's own) is in force */
  void       (*show_count)     (GtkWidget   *page,
                                guint        n_items,
                                gboolean     filtered);

  /* the page's action that trashes the selected row (Delete), installed
   * by tx_record_list_view_class_install_trash() */
  const char *trash_action;
  /* "The activities could not be read" */
  const char *read_failed;
  /* when new_editor fails: "The meeting could not be opened." */
  const char *open_failed;
  /* NULL for the general "The record could not be moved to the trash",
   * "The record could not be restored", "“%s” was moved to the trash"
   * (%s: the record's title) and "Undo" */
  const char *trash_failed;
  const char *restore_failed;
  const char *trashed_format;
  const char *undo_label;
  /* the kinds of record the rows show (NULL-terminated): a change to any
   * of them reloads the page (TxPageInterface.get_entities) */
  const char * const *entities;
} TxRecordListViewInfo;

#define TX_TYPE_RECORD_LIST_VIEW (tx_record_list_view_get_type ())
G_DECLARE_FINAL_TYPE (TxRecordListView, tx_record_list_view, TX, RECORD_LIST_VIEW, GObject)

/* @page (unowned) holds the controller, @view is the page's column view,
 * @info lives as long as the page (a static). Dispose the controller
 * before the page's template: it unhooks the view's model. */
TxRecordListView *tx_record_list_view_new            (GtkWidget                  *page,
                                                      GtkColumnView              *view,
                                                      const TxRecordListViewInfo *info);
/* the controller of @page, or NULL */
TxRecordListView *tx_record_list_view_get_for_page   (GtkWidget                  *page);

/* Sets set_database, set_search, reload and open_record of a page whose
 * controller is tx_record_list_view_get_for_page(). */
void              tx_record_list_view_implement_page (TxPageInterface            *iface);
/* Installs @action_name (trash the selected row) and binds Delete to it. */
/* What a list page's class needs from its template: the cell callbacks
 * ("row_text" for tx_record_list_view_row_text(), "tx_label_query_tooltip")
 * and the trash action of @info bound to Delete. */
void              tx_record_list_view_class_setup    (GtkWidgetClass             *widget_class,
                                                      const TxRecordListViewInfo *info);
void              tx_record_list_view_class_install_trash (GtkWidgetClass        *widget_class,
                                                           const char            *action_name);

void              tx_record_list_view_set_database   (TxRecordListView           *self,
                                                      TxDatabase                 *db);
TxDatabase       *tx_record_list_view_get_database   (TxRecordListView           *self);
/* @text trimmed; blank is no search */
void              tx_record_list_view_set_search     (TxRecordListView           *self,
                                                      const char                 *text);
/* asks the page for its query again (its filters changed, or the data);
 * the rows are read in the database's reading thread: the page keeps
 * showing the rows it had, with its spinner turning, until they arrive.
 * A reload started meanwhile drops the older one's result. */
void              tx_record_list_view_reload         (TxRecordListView           *self);
/* whether a reload is running (the "loading" property) */
gboolean          tx_record_list_view_get_loading    (TxRecordListView           *self);
/* the page's spinner (unowned, in its template), turning while loading */
void              tx_record_list_view_set_spinner    (TxRecordListView           *self,
                                                      GtkSpinner                 *spinner);
guint             tx_record_list_view_get_n_items    (TxRecordListView           *self);
void              tx_record_list_view_select         (TxRecordListView           *self,
                                                      guint                       position);

/* The window the page is in, as the parent of its editors. */
GtkWindow        *tx_record_list_view_get_window     (TxRecordListView           *self);
void              tx_record_list_view_open_record    (TxRecordListView           *self,
                                                      const char                 *uuid);
/* Presents @editor (transfer none: a window). */
void              tx_record_list_view_present_editor (TxRecordListView           *self,
                                                      GtkWindow                  *editor);

/* Trashes the selected row, with 撤销 in the notification. */
void              tx_record_list_view_trash_selected (TxRecordListView           *self);
/* What 撤销 does, for the last record trashed here (tests reach it: the
 * window's notification may not be there); FALSE if there was none or it
 * could not be restored. */
gboolean          tx_record_list_view_undo_trash     (TxRecordListView           *self);

/* Cell texts: the page's describe_row attaches them (taking @text); the
 * cells of the .ui read them through a closure bound to
 * tx_record_list_view_row_text. */
void              tx_record_list_view_set_row_text   (TxRecord                   *record,
                                                      const char                 *key,
                                                      char                       *text);
char             *tx_record_list_view_row_text       (GObject                    *list_item,
                                                      GObject                    *record,
                                                      const char                 *key,
                                                      gpointer                    user_data);

G_END_DECLS
