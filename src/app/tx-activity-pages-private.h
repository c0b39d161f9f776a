/* tx-activity-pages-private.h — what the activity, visit, staff and pairing
 * pages and editors share, and what their tests reach into
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/tx-database.h"
#include "core/tx-query.h"
#include "core/tx-record.h"
#include "core/tx-record-list.h"

#include "tx-page.h"
#include "tx-activity-editor.h"
#include "tx-pairing-editor.h"
#include "tx-visit-editor.h"

G_BEGIN_DECLS

/* ---- lists (tx-activity-page.c) ---------------------------------------- */

/* Cells read the display texts that the page's map function attached to each
 * record (g_object_set_data_full (record, key, text, g_free)): the lookups
 * run only for the rows that are shown. */
char         *_tx_list_row_text         (GObject       *list_item,
                                         GObject       *record,
                                         const char    *key,
                                         gpointer       user_data);
void          _tx_list_row_set_text     (gpointer       record,
                                         const char    *key,
                                         char          *text);

/* A record list over @query shown in @view through a map model that calls
 * @map; NULL with @error set when the query fails. */
TxRecordList *_tx_list_page_setup       (GtkColumnView         *view,
                                         TxDatabase            *db,
                                         TxQuery               *query,
                                         GtkMapListModelMapFunc map,
                                         gpointer               map_data,
                                         GError               **error);
/* The record at @position / the selected one, or NULL (a new reference). */
TxRecord     *_tx_list_page_dup_record  (GtkColumnView         *view,
                                         guint                  position);
TxRecord     *_tx_list_page_dup_selected (GtkColumnView        *view);
/* Moves @record to the trash and offers 撤销 in the window's notification;
 * the page is reloaded after both. */
void          _tx_list_page_trash       (TxPage                *page,
                                         TxDatabase            *db,
                                         TxRecord              *record);
/* What the notification's 撤销 does, for the last record trashed from
 * @page (tests: the main window's notification may not be there). */
gboolean      _tx_list_page_undo_trash  (TxPage                *page);
/* The parent window for an editor opened from @page. */
GtkWindow    *_tx_list_page_get_window  (TxPage                *page);

/* ---- editors (tx-activity-editor.c) ------------------------------------ */

/* Responses of the conflict question shown when the record changed
 * elsewhere since the editor loaded it. */
enum
{
  TX_CONFLICT_RESPONSE_RELOAD    = 1,
  TX_CONFLICT_RESPONSE_OVERWRITE = 2,
};

typedef void (*TxEditorDone) (GtkWindow *editor);

/* Saves @record with TX_SAVE_CHECK_CONFLICT. On success @saved runs
 * (emit "saved", close). On a conflict a modal question (name
 * "tx-conflict-dialog") offers to reload (@reload, which reloads the record
 * and refills the form) or to overwrite; any other error is shown and the
 * form keeps what was typed. Returns TRUE when saved right away. */
gboolean      _tx_editor_save           (GtkWindow    *editor,
                                         TxDatabase   *db,
                                         TxRecord     *record,
                                         TxEditorDone  saved,
                                         TxEditorDone  reload);
void          _tx_editor_show_invalid   (GtkWindow    *editor,
                                         const GError *error);

char         *_tx_text_view_dup_text    (GtkTextView  *view);
void          _tx_text_view_set_text    (GtkTextView  *view,
                                         const char   *text);

/* A date typed as offices write it (see tx_civil_date_parse) into its
 * storage form; blank → NULL and TRUE. @what names the field in the error. */
gboolean      _tx_parse_date_entry      (GtkEditable  *entry,
                                         const char   *what,
                                         char        **out,
                                         GError      **error);
/* "9:05", "09:05", "9：05", "0905" → "09:05"; blank → NULL and TRUE. */
gboolean      _tx_parse_time_entry      (GtkEditable  *entry,
                                         const char   *what,
                                         char        **out,
                                         GError      **error);
/* ISO date → what the form shows (the stored form: "2026-03-12"). */
void          _tx_date_entry_set        (GtkEditable  *entry,
                                         const char   *iso);
/* A drop-down of names (first "—" when @allow_empty); the uuids are kept on
 * the widget. */
void          _tx_name_drop_down_setup  (GtkDropDown  *drop_down,
                                         GPtrArray    *refs,
                                         gboolean      allow_empty);
/* a @uuid that is not offered is added as @name_if_missing, so that saving
 * keeps it */
void          _tx_name_drop_down_set_uuid (GtkDropDown *drop_down,
                                         const char   *uuid,
                                         const char   *name_if_missing);
const char   *_tx_name_drop_down_get_uuid (GtkDropDown *drop_down);

/* ---- for tests --------------------------------------------------------- */

/* adds a participant as the person picker would (state 邀请 "1") */
void          _tx_activity_editor_add_participant (TxActivityEditor *self,
                                                   const char       *person_uuid);
/* adds a photo as the file chooser would; FALSE with @error when the file
 * cannot be read or is no image */
gboolean      _tx_activity_editor_add_photo_file (TxActivityEditor *self,
                                                  GFile            *file,
                                                  GError          **error);
/* the state drop-down of the participant row @index */
GtkDropDown  *_tx_activity_editor_get_state_drop_down (TxActivityEditor *self,
                                                       guint             index);
void          _tx_visit_editor_set_person   (TxVisitEditor   *self,
                                             const char      *person_uuid);
void          _tx_pairing_editor_set_person (TxPairingEditor *self,
                                             const char      *person_uuid);
/* adds an empty contact row and returns its date entry, mode drop-down and
 * note entry */
void          _tx_pairing_editor_add_contact (TxPairingEditor *self,
                                              GtkEditable    **date,
                                              GtkDropDown    **mode,
                                              GtkEditable    **note);

G_END_DECLS
