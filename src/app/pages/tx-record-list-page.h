/* tx-record-list-page.h — the base class of every sidebar page that is one
 * list of records (the archive, activities, visits, staff, pairings,
 * meetings, suggestions)
 *
 * Those pages differ only in their query, their columns and their editor.
 * A TxRecordListPage owns what they share: its template (ui/pages/
 * tx-record-list-page.ui) holds the count, the spinner, 删除 and the
 * GtkColumnView over the lazy TxRecordList; the search, the count, a
 * selection that never picks a row for the user, moving the selected
 * record to the trash with 撤销 in the window's notification, opening the
 * editor of an activated row, selecting a record a New editor saved, and
 * the TxPage calls (reloading when the database announces a change to what
 * the rows show).
 *
 * A subclass's class_init fills in the class's fields: most are data (its
 * query and editor functions, the count's words, its messages); the vfuncs
 * are for what data cannot say. Its own template has the base as its
 * parent and adds
 *   - GtkColumnViewColumn children: the columns of the list;
 *   - children of type "toolbar": widgets between the spinner and 删除
 *     (a page's own filters, or its actions);
 *   - children of type "header": rows above the list (the archive's bar of
 *     filters, with the toolbar below the list: toolbar_below).
 *
 * A page whose rows can be selected several at a time (multiple: the
 * archive) trashes them all at once, and 撤销 (or Ctrl+Z) restores them all.
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

#define TX_TYPE_RECORD_LIST_PAGE (tx_record_list_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (TxRecordListPage, tx_record_list_page, TX, RECORD_LIST_PAGE, GtkBox)

/* A count's two forms for ngettext(), "%u visit" and "%u visits": the
 * fields set them with NP_(), which xgettext knows (po/meson.build). */
typedef struct
{
  const char *singular;
  const char *plural;
} TxRecordListPageCount;

#define NP_(singular, plural) ((TxRecordListPageCount) { singular, plural })

struct _TxRecordListPageClass
{
  GtkBoxClass parent_class;

  /* the page's query for @search (NULL: no search) */
  TxQuery   *(*build_query)   (TxRecordListPage  *self,
                               const char        *search);
  /* the count label's text; @filtered: a search or a filter is in force */
  char      *(*format_count)  (TxRecordListPage  *self,
                               guint              n_items,
                               gboolean           filtered);
  /* a filter of the page's own is in force (NULL: the page has none) */
  gboolean   (*is_filtered)   (TxRecordListPage  *self);

  /* All texts untranslated (N_()): the page translates them.
   * The New button's tooltip, "New Visit"; NULL: the page creates nothing */
  const char *new_label;
  /* the list's accessible name, "Visits" */
  const char *list_label;
  /* "The activities could not be read" */
  const char *read_failed;
  /* NULL for the general "The record could not be moved to the trash",
   * "The record could not be restored", "“%s” was moved to the trash"
   * (%s: the record's title) and "Undo" */
  const char *trash_failed;
  const char *restore_failed;
  const char *trashed_format;
  const char *undo_label;
  /* shown instead of an empty list; NULL: an empty list is shown */
  const char *empty_text;
  const char *empty_filtered_text;
  /* the kinds of record the rows show (NULL-terminated): a change to any
   * of them reloads the page (TxPageInterface.get_entities) */
  const char * const *entities;

  /* What most pages give as data instead of the vfuncs above (a vfunc a
   * page sets wins): the functions of its record kind, called as they
   * are, and the count's words. */
  /* the page's query for @search (NULL: no search) */
  TxQuery   *(*query_new)              (const char  *search);
  /* narrows @query to the records dated @from … @to (see
   * TX_QUERY_DATE_IN_RANGE); NULL: the page has no date filter */
  void       (*query_add_dates)        (TxQuery     *query,
                                        const char  *from,
                                        const char  *to);
  /* the editor of @uuid (NULL: a new record), with its "saved" signal;
   * it says itself why a record cannot be opened */
  GtkWindow *(*editor_new)             (GtkWindow   *parent,
                                        TxDatabase  *db,
                                        const char  *uuid);
  /* a new record for @person_uuid: what tx_record_list_page_create_for_person()
   * opens */
  GtkWindow *(*editor_new_for_person)  (GtkWindow   *parent,
                                        TxDatabase  *db,
                                        const char  *person_uuid);
  /* the count label, "%u visit(s)", and while a search or a filter is in
   * force "%u visit(s) found" (unset: the same as count) */
  TxRecordListPageCount count;
  TxRecordListPageCount count_found;

  /* Pages that select several rows (the archive) --------------------- */
  /* the rows can be selected several at a time (GtkMultiSelection);
   * 删除 is enabled by a selection, not by rows, and trashes them all */
  gboolean    multiple;
  /* the toolbar (count, spinner, 删除) goes below the list, under a
   * separator: the page's "header" children take the top */
  gboolean    toolbar_below;
  /* a new search reads at the next turn of the main loop, with what else
   * changed meanwhile (a search and a reload, filters reset from code)
   * read once */
  gboolean    queue_search;
  /* the tooltip of 删除 (untranslated); NULL: the template's */
  const char *trash_tooltip;
  /* the selection or the rows changed: the page updates its own actions
   * (NULL: it has none) */
  void       (*selection_changed)   (TxRecordListPage *self);
  /* the notification when several records went to the trash at once,
   * "%u people were moved to the trash" (unset: the single record's, with
   * the first one's title) */
  TxRecordListPageCount trashed_many;

  gpointer padding[4];
};

/* What a subclass's class_init calls instead of
 * gtk_widget_class_set_template_from_resource(): it also binds the
 * closures its cells call (tx-record-cells.h, "tx_label_query_tooltip"),
 * which live in the scope of its own template. */
void        tx_record_list_page_class_set_template (GtkWidgetClass *widget_class,
                                                    const char     *resource);

TxDatabase *tx_record_list_page_get_database    (TxRecordListPage *self);
const char *tx_record_list_page_get_search      (TxRecordListPage *self);
/* asks the page for its query again (its filters changed, or the data);
 * the rows are read in the database's reading thread: the page keeps
 * showing the rows it had, with its spinner turning, until they arrive.
 * A reload started meanwhile drops the older one's result. */
void        tx_record_list_page_reload          (TxRecordListPage *self);
/* whether a reload is running (the "loading" property) */
gboolean    tx_record_list_page_get_loading     (TxRecordListPage *self);
guint       tx_record_list_page_get_n_items     (TxRecordListPage *self);
/* selects the row at @position and scrolls it into view */
void        tx_record_list_page_select          (TxRecordListPage *self,
                                                 guint             position);
/* the position of the selected row (the first of several), or
 * GTK_INVALID_LIST_POSITION */
guint       tx_record_list_page_get_selected    (TxRecordListPage *self);
/* how many rows are selected; cheap, unlike the uuids */
guint       tx_record_list_page_get_n_selected  (TxRecordListPage *self);
/* the uuids of the selected rows (an empty vector when none), in the
 * list's order */
GStrv       tx_record_list_page_dup_selected_uuids (TxRecordListPage *self);
/* the list's view (a page that swaps or names its columns) */
GtkColumnView *tx_record_list_page_get_view     (TxRecordListPage *self);
/* @view at its first row at once, its row widgets handed to the rows there
 * (GtkColumnView 4.8 has no scroll_to: the action of the list view inside
 * it); what a page does on its list's "new-rows-ahead" */
void           tx_record_list_page_scroll_view_to_top (GtkColumnView *view);
/* reloads after @delay_ms, once: a burst of filter clicks or keystrokes
 * reads once. The page counts as loading (and its spinner turns) from now. */
void        tx_record_list_page_queue_reload    (TxRecordListPage *self,
                                                 guint             delay_ms);
/* moves the keyboard focus into the list (Enter in the window's search) */
gboolean    tx_record_list_page_focus_list      (TxRecordListPage *self);

/* The window the page is in, as the parent of its editors. */
GtkWindow  *tx_record_list_page_get_window      (TxRecordListPage *self);
/* Opens the editor of @uuid (NULL: a new record). */
void        tx_record_list_page_open_record     (TxRecordListPage *self,
                                                 const char       *uuid);
/* Presents @editor (transfer none: a window); when it saves a new record
 * (its "saved" signal gives the uuid) the new row is selected and scrolled
 * into view. */
void        tx_record_list_page_present_editor  (TxRecordListPage *self,
                                                 GtkWindow        *editor,
                                                 gboolean          is_new);

/* The date filter (pages with an add_dates): a chip above the list says
 * 仅显示 2026年3月, and its ✕ removes it.  @from and @to as for
 * TX_QUERY_DATE_IN_RANGE; the page reloads. */
void        tx_record_list_page_show_dates      (TxRecordListPage *self,
                                                 const char       *from,
                                                 const char       *to);
/* the records of @month (1–12) of @year: what the overview counts there */
void        tx_record_list_page_show_month      (TxRecordListPage *self,
                                                 int               year,
                                                 int               month);
/* all dates again (the chip's ✕) */
void        tx_record_list_page_clear_dates     (TxRecordListPage *self);
/* the range in force, or NULL */
const char *tx_record_list_page_get_date_from   (TxRecordListPage *self);
const char *tx_record_list_page_get_date_to     (TxRecordListPage *self);

/* Trashes the selected rows, with 撤销 in the notification. */
void        tx_record_list_page_trash_selected  (TxRecordListPage *self);
/* What 撤销 (and Ctrl+Z, "list.undo-trash") does, for the last records
 * trashed here (tests reach it: the window's notification may not be
 * there); FALSE if there were none or they could not be restored. */
gboolean    tx_record_list_page_undo_trash      (TxRecordListPage *self);

/* TxPageInterface.create_for_person of a page with an
 * editor_new_for_person: a subclass that offers it sets it in its
 * interface init. */
void        tx_record_list_page_create_for_person (TxPage         *page,
                                                   const char     *person_uuid);

G_END_DECLS
