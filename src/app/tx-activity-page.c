/* tx-activity-page.c — the page of activities
 *
 * Also the list helpers that the visit, staff and pairing pages share
 * (tx-activity-pages-private.h): the four pages are the same list with
 * different columns.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/tx-activity.h"
#include "core/tx-activity-query.h"
#include "core/tx-codes.h"
#include "core/tx-store.h"

#include "tx-activity-editor.h"
#include "tx-activity-page.h"
#include "tx-activity-pages-private.h"
#include "tx-app-util.h"
#include "tx-window.h"

#define LAST_TRASHED_KEY "tx-last-trashed"

/* ---- shared list helpers ------------------------------------------------ */

char *
_tx_list_row_text (GObject    *list_item,
                   GObject    *record,
                   const char *key,
                   gpointer    user_data)
{
  if (record == NULL || key == NULL)
    return NULL;
  return g_strdup (g_object_get_data (record, key));
}

void
_tx_list_row_set_text (gpointer    record,
                       const char *key,
                       char       *text)
{
  g_object_set_data_full (G_OBJECT (record), key, text, g_free);
}

TxRecordList *
_tx_list_page_setup (GtkColumnView          *view,
                     TxDatabase             *db,
                     TxQuery                *query,
                     GtkMapListModelMapFunc  map,
                     gpointer                map_data,
                     GError                **error)
{
  TxRecordList *list = tx_record_list_new (db, query, error);
  GtkMapListModel *mapped;
  g_autoptr(GtkSingleSelection) selection = NULL;

  if (list == NULL)
    return NULL;
  mapped = gtk_map_list_model_new (g_object_ref (G_LIST_MODEL (list)), map, map_data, NULL);
  selection = gtk_single_selection_new (G_LIST_MODEL (mapped));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  /* a new selection model starts on row 0: Delete must only ever act on a
   * row the user picked */
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  return list;
}

TxRecord *
_tx_list_page_dup_record (GtkColumnView *view,
                          guint          position)
{
  GtkSelectionModel *model = gtk_column_view_get_model (view);

  if (model == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (model)))
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (model), position);
}

TxRecord *
_tx_list_page_dup_selected (GtkColumnView *view)
{
  GtkSelectionModel *model = gtk_column_view_get_model (view);

  if (model == NULL)
    return NULL;
  return _tx_list_page_dup_record (view, gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)));
}

GtkWindow *
_tx_list_page_get_window (TxPage *page)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
refresh_window (TxPage *page)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));

  if (TX_IS_WINDOW (root))
    tx_window_refresh (TX_WINDOW (root));
}

typedef struct
{
  GWeakRef    page;
  TxDatabase *db;
  TxRecord   *record;
} UndoTrash;

static void
undo_trash_free (gpointer data)
{
  UndoTrash *undo = data;

  g_weak_ref_clear (&undo->page);
  g_clear_object (&undo->db);
  g_clear_object (&undo->record);
  g_free (undo);
}

static gboolean
restore_record (TxPage     *page,
                TxDatabase *db,
                TxRecord   *record)
{
  g_autoptr(GError) error = NULL;

  if (!tx_store_restore (db, record, &error))
    {
      if (page != NULL)
        tx_show_error (GTK_WIDGET (page), _("The record could not be restored"), error);
      else
        g_warning ("Restoring a record failed: %s", error->message);
      return FALSE;
    }
  if (page != NULL)
    {
      if (g_object_get_data (G_OBJECT (page), LAST_TRASHED_KEY) == record)
        g_object_set_data (G_OBJECT (page), LAST_TRASHED_KEY, NULL);
      tx_page_reload (page);
      refresh_window (page);
    }
  return TRUE;
}

static void
undo_trash (gpointer data)
{
  UndoTrash *undo = data;
  g_autoptr(TxPage) page = g_weak_ref_get (&undo->page);

  restore_record (page, undo->db, undo->record);
}

void
_tx_list_page_trash (TxPage     *page,
                     TxDatabase *db,
                     TxRecord   *record)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = tx_record_dup_title (record);
  g_autofree char *message = NULL;
  UndoTrash *undo;

  if (!tx_store_trash (db, record, &error))
    {
      tx_show_error (GTK_WIDGET (page), _("The record could not be moved to the trash"), error);
      return;
    }
  g_object_set_data_full (G_OBJECT (page), LAST_TRASHED_KEY, g_object_ref (record), g_object_unref);
  tx_page_reload (page);
  refresh_window (page);

  undo = g_new0 (UndoTrash, 1);
  g_weak_ref_init (&undo->page, page);
  undo->db = g_object_ref (db);
  undo->record = g_object_ref (record);
  /* Translators: %s is the title of a record, e.g. an activity's */
  message = g_strdup_printf (_("“%s” was moved to the trash"), title && *title ? title : _("Record"));
  tx_show_toast (GTK_WIDGET (page), message, _("Undo"), undo_trash, undo, undo_trash_free);
}

gboolean
_tx_list_page_undo_trash (TxPage *page)
{
  TxRecord *last = g_object_get_data (G_OBJECT (page), LAST_TRASHED_KEY);
  g_autoptr(TxRecord) record = NULL;
  TxDatabase *db;

  if (last == NULL)
    return FALSE;
  record = g_object_ref (last);
  db = g_object_get_data (G_OBJECT (page), "tx-database");
  g_return_val_if_fail (db != NULL, FALSE);
  return restore_record (page, db, record);
}

/* ---- the activity page ------------------------------------------------- */

struct _TxActivityPage
{
  GtkBox         parent_instance;

  TxDatabase    *db;
  char          *search;
  TxRecordList  *list;

  GtkColumnView *view;
  GtkLabel      *count_label;
};

static void tx_activity_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxActivityPage, tx_activity_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_activity_page_iface_init))

/* "2026年3月12日 14:30" */
static char *
format_when (const char *date,
             const char *time)
{
  g_autofree char *day = tx_format_date (date);

  if (time == NULL)
    return g_steal_pointer (&day);
  return g_strdup_printf ("%s %s", day, time);
}

static gpointer
map_activity (gpointer item,
              gpointer user_data)
{
  TxActivity *activity = item;
  GPtrArray *participants = tx_activity_get_participants (activity);
  guint present = 0, registered = 0;

  for (guint i = 0; i < participants->len; i++)
    {
      TxParticipant *participant = g_ptr_array_index (participants, i);

      /* 邀请 only is not a registration; 报名, 出席, 请假, 缺席 are */
      if (g_strcmp0 (participant->state, "1") != 0)
        registered++;
      if (g_strcmp0 (participant->state, "3") == 0)
        present++;
    }
  _tx_list_row_set_text (item, "date", format_when (tx_activity_get_start_date (activity),
                                                     tx_activity_get_start_time (activity)));
  _tx_list_row_set_text (item, "title", g_strdup (tx_activity_get_title (activity)));
  _tx_list_row_set_text (item, "type", g_strdup (tx_code_table_name (TX_CODE_ACTIVITY_TYPE,
                                                                     tx_activity_get_activity_type (activity))));
  _tx_list_row_set_text (item, "place", g_strdup (tx_activity_get_place (activity)));
  _tx_list_row_set_text (item, "organiser", g_strdup (tx_activity_get_organiser (activity)));
  _tx_list_row_set_text (item, "attendance",
                         participants->len > 0 ? g_strdup_printf ("%u/%u", present, registered) : NULL);
  return item;
}

static void
update_count (TxActivityPage *self)
{
  guint n = tx_activity_page_get_n_items (self);
  g_autofree char *text = NULL;

  if (self->search != NULL)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity found", "%u activities found", n), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities", n), n);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.trash", n > 0);
}

static void
load_list (TxActivityPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxQuery) query = tx_activity_query_new (self->search);

  if (self->list == NULL)
    self->list = _tx_list_page_setup (self->view, self->db, query, map_activity, self, &error);
  else
    tx_record_list_set_query (self->list, query, &error);
  if (error != NULL)
    tx_show_error (GTK_WIDGET (self), _("The activities could not be read"), error);
  update_count (self);
}

static void
on_editor_saved (TxActivityPage *self)
{
  tx_page_reload (TX_PAGE (self));
  refresh_window (TX_PAGE (self));
}

static void
open_editor (TxActivityPage *self,
             const char     *uuid)
{
  GtkWindow *editor;

  g_return_if_fail (self->db != NULL);
  editor = tx_activity_editor_new (_tx_list_page_get_window (TX_PAGE (self)), self->db, uuid);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

static void
tx_activity_page_set_database (TxPage     *page,
                               TxDatabase *db)
{
  TxActivityPage *self = TX_ACTIVITY_PAGE (page);

  if (!g_set_object (&self->db, db))
    return;
  g_object_set_data_full (G_OBJECT (self), "tx-database", g_object_ref (db), g_object_unref);
  g_clear_object (&self->list);
  load_list (self);
}

static void
tx_activity_page_set_search (TxPage     *page,
                             const char *text)
{
  TxActivityPage *self = TX_ACTIVITY_PAGE (page);
  g_autofree char *search = text ? g_strstrip (g_strdup (text)) : NULL;

  if (search != NULL && *search == '\0')
    g_clear_pointer (&search, g_free);
  if (g_strcmp0 (search, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&search);
  if (self->db != NULL)
    load_list (self);
}

static void
tx_activity_page_reload (TxPage *page)
{
  TxActivityPage *self = TX_ACTIVITY_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (self->list == NULL)
    return;
  if (!tx_record_list_reload (self->list, &error))
    tx_show_error (GTK_WIDGET (self), _("The activities could not be read"), error);
  update_count (self);
}

static void
tx_activity_page_create_new (TxPage *page)
{
  open_editor (TX_ACTIVITY_PAGE (page), NULL);
}

static const char *
tx_activity_page_get_new_label (TxPage *page)
{
  return _("New Activity");
}

static void
tx_activity_page_open_record (TxPage     *page,
                              const char *uuid)
{
  open_editor (TX_ACTIVITY_PAGE (page), uuid);
}

static void
tx_activity_page_iface_init (TxPageInterface *iface)
{
  iface->set_database = tx_activity_page_set_database;
  iface->set_search = tx_activity_page_set_search;
  iface->reload = tx_activity_page_reload;
  iface->create_new = tx_activity_page_create_new;
  iface->get_new_label = tx_activity_page_get_new_label;
  iface->open_record = tx_activity_page_open_record;
}

static void
on_activate (TxActivityPage *self,
             guint           position)
{
  g_autoptr(TxRecord) record = _tx_list_page_dup_record (self->view, position);

  if (record != NULL)
    open_editor (self, tx_record_get_uuid (record));
}

static void
trash_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxActivityPage *self = TX_ACTIVITY_PAGE (widget);
  g_autoptr(TxRecord) record = _tx_list_page_dup_selected (self->view);

  if (record != NULL && self->db != NULL)
    _tx_list_page_trash (TX_PAGE (self), self->db, record);
}

static void
tx_activity_page_dispose (GObject *object)
{
  TxActivityPage *self = TX_ACTIVITY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_ACTIVITY_PAGE);
  g_clear_object (&self->list);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);
  G_OBJECT_CLASS (tx_activity_page_parent_class)->dispose (object);
}

static void
tx_activity_page_class_init (TxActivityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_activity_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-activity-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxActivityPage, view);
  gtk_widget_class_bind_template_child (widget_class, TxActivityPage, count_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "row_text", G_CALLBACK (_tx_list_row_text));

  gtk_widget_class_install_action (widget_class, "list.trash", NULL, trash_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "list.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "list.trash", NULL);
}

static void
tx_activity_page_init (TxActivityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->view, "activate", G_CALLBACK (on_activate), self);
  update_count (self);
}

GtkWidget *
tx_activity_page_new (void)
{
  return g_object_new (TX_TYPE_ACTIVITY_PAGE, NULL);
}

guint
tx_activity_page_get_n_items (TxActivityPage *self)
{
  g_return_val_if_fail (TX_IS_ACTIVITY_PAGE (self), 0);
  return self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
}
