/* tx-record-list-view.c — the controller behind the pages that are one list
 * of records
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-record-list.h"
#include "core/db/tx-store.h"

#include "app/tx-app-util.h"
#include "tx-record-list-view.h"
#include "app/tx-window.h"

/* the page → its controller, for the TxPage calls and the trash action */
#define CONTROLLER_KEY "tx-record-list-view"
/* the cell texts live on the records; prefixed, so that they do not meet
 * other data attached to a record */
#define ROW_TEXT_PREFIX "tx-row:"

struct _TxRecordListView
{
  GObject                     parent_instance;

  GtkWidget                  *page;        /* unowned: it owns us */
  GtkColumnView              *view;        /* unowned: in the page's template */
  const TxRecordListViewInfo *info;

  TxDatabase                 *db;
  char                       *search;
  TxRecordList               *records;
  GtkSingleSelection         *selection;
  TxRecord                   *last_trashed;
  GtkSpinner                 *spinner;     /* unowned: in the page's template */
  GCancellable               *cancellable; /* the load running, if any */
  gboolean                    loading;
};

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TxRecordListView, tx_record_list_view, G_TYPE_OBJECT)

/* ---- cell texts --------------------------------------------------------- */

void
tx_record_list_view_set_row_text (TxRecord   *record,
                                  const char *key,
                                  char       *text)
{
  g_autofree char *data_key = g_strconcat (ROW_TEXT_PREFIX, key, NULL);

  g_object_set_data_full (G_OBJECT (record), data_key, text, g_free);
}

char *
tx_record_list_view_row_text (GObject    *list_item,
                              GObject    *record,
                              const char *key,
                              gpointer    user_data)
{
  g_autofree char *data_key = NULL;

  if (record == NULL || key == NULL)
    return NULL;
  data_key = g_strconcat (ROW_TEXT_PREFIX, key, NULL);
  return g_strdup (g_object_get_data (record, data_key));
}

static gpointer
describe_row (gpointer item,
              gpointer user_data)
{
  TxRecordListView *self = user_data;

  self->info->describe_row (self->page, self->db, item);
  return item;
}

/* ---- the list ------------------------------------------------------------- */

static void
show_count (TxRecordListView *self)
{
  guint n = tx_record_list_view_get_n_items (self);

  self->info->show_count (self->page, n, self->search != NULL);
  gtk_widget_action_set_enabled (self->page, self->info->trash_action, n > 0);
}

static void
show_read_error (TxRecordListView *self,
                 const GError     *error)
{
  tx_show_error (self->page, _(self->info->read_failed), error);
}

static void
set_loading (TxRecordListView *self,
             gboolean          loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  if (self->spinner != NULL)
    gtk_spinner_set_spinning (self->spinner, loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_records (TxRecordListView *self,
              TxRecordList     *records)
{
  GtkMapListModel *rows;

  g_set_object (&self->records, records);
  rows = gtk_map_list_model_new (g_object_ref (G_LIST_MODEL (self->records)), describe_row, self, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (rows));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  /* a new selection model starts on row 0: Delete must only ever act on a
   * row the user picked */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
}

static void
drop_records (TxRecordListView *self)
{
  if (self->view != NULL && self->selection != NULL)
    gtk_column_view_set_model (self->view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->records);
}

/* A load holds its controller weakly: the page drops the controller (and
 * so cancels its load) when it goes, before its template, whose spinner
 * the controller would otherwise touch. */
static gpointer
weak_hold (TxRecordListView *self)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, self);
  return ref;
}

static TxRecordListView *
weak_release (gpointer data)
{
  GWeakRef *ref = data;
  TxRecordListView *self = g_weak_ref_get (ref);

  g_weak_ref_clear (ref);
  g_free (ref);
  return self;
}

/* A load that finished after a newer one started, or after the page went,
 * was cancelled: its result is dropped and the newer one shows. */
static gboolean
is_stale (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
on_records_created (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(TxRecordListView) self = weak_release (user_data);
  g_autoptr(TxRecordList) records = NULL;
  g_autoptr(GError) error = NULL;

  records = tx_record_list_new_finish (result, &error);
  if (self == NULL)
    return;
  if (is_stale (error) || self->page == NULL)
    return;
  set_loading (self, FALSE);
  if (records == NULL)
    show_read_error (self, error);
  else
    show_records (self, records);
  show_count (self);
}

static void
on_records_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TxRecordListView) self = weak_release (user_data);
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  /* The rows are new objects: a selected row would not be found again,
   * and GtkSingleSelection would build every row of the list looking for
   * it. Unselecting first gives the same result at once. */
  if (self->selection != NULL && !g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  if (!tx_record_list_set_query_finish (TX_RECORD_LIST (source), result, &error)
      && (is_stale (error) || self->page == NULL))
    return;
  set_loading (self, FALSE);
  if (error != NULL)
    show_read_error (self, error);
  show_count (self);
}

/* The ids are read in the database's reading thread; until they arrive
 * the page shows the rows it had, with its spinner turning. */
void
tx_record_list_view_reload (TxRecordListView *self)
{
  g_autoptr(TxQuery) query = NULL;

  g_return_if_fail (TX_IS_RECORD_LIST_VIEW (self));

  if (self->db == NULL)
    return;
  /* always a new query: a page's query may depend on more than the search
   * (the suggestions' filters, today's date for what is overdue) */
  query = self->info->build_query (self->page, self->search);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  if (self->records == NULL)
    tx_record_list_new_async (self->db, query, self->cancellable, on_records_created, weak_hold (self));
  else
    tx_record_list_set_query_async (self->records, query, self->cancellable, on_records_read, weak_hold (self));
}

gboolean
tx_record_list_view_get_loading (TxRecordListView *self)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST_VIEW (self), FALSE);
  return self->loading;
}

void
tx_record_list_view_set_spinner (TxRecordListView *self,
                                 GtkSpinner       *spinner)
{
  g_return_if_fail (TX_IS_RECORD_LIST_VIEW (self));
  g_return_if_fail (spinner == NULL || GTK_IS_SPINNER (spinner));

  self->spinner = spinner;
  if (spinner != NULL)
    gtk_spinner_set_spinning (spinner, self->loading);
}

void
tx_record_list_view_set_database (TxRecordListView *self,
                                  TxDatabase       *db)
{
  g_return_if_fail (TX_IS_RECORD_LIST_VIEW (self));

  if (!g_set_object (&self->db, db))
    return;
  g_clear_object (&self->last_trashed);
  g_cancellable_cancel (self->cancellable);
  set_loading (self, FALSE);
  drop_records (self);
  tx_record_list_view_reload (self);
}

TxDatabase *
tx_record_list_view_get_database (TxRecordListView *self)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST_VIEW (self), NULL);
  return self->db;
}

void
tx_record_list_view_set_search (TxRecordListView *self,
                                const char       *text)
{
  g_autofree char *search = text ? g_strstrip (g_strdup (text)) : NULL;

  g_return_if_fail (TX_IS_RECORD_LIST_VIEW (self));

  if (search != NULL && *search == '\0')
    g_clear_pointer (&search, g_free);
  if (g_strcmp0 (search, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&search);
  tx_record_list_view_reload (self);
}

guint
tx_record_list_view_get_n_items (TxRecordListView *self)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST_VIEW (self), 0);
  return self->records ? g_list_model_get_n_items (G_LIST_MODEL (self->records)) : 0;
}

void
tx_record_list_view_select (TxRecordListView *self,
                            guint             position)
{
  g_return_if_fail (TX_IS_RECORD_LIST_VIEW (self));
  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, position);
}

/* ---- editors ------------------------------------------------------------ */

GtkWindow *
tx_record_list_view_get_window (TxRecordListView *self)
{
  GtkRoot *root;

  g_return_val_if_fail (TX_IS_RECORD_LIST_VIEW (self), NULL);
  root = gtk_widget_get_root (self->page);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
tx_record_list_view_present_editor (TxRecordListView *self,
                                    GtkWindow        *editor)
{
  g_return_if_fail (TX_IS_RECORD_LIST_VIEW (self));
  g_return_if_fail (GTK_IS_WINDOW (editor));

  /* what it saves reaches the list through the database's "changed" */
  gtk_window_present (editor);
}

void
tx_record_list_view_open_record (TxRecordListView *self,
                                 const char       *uuid)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *editor;

  g_return_if_fail (TX_IS_RECORD_LIST_VIEW (self));

  if (self->db == NULL)
    return;
  editor = self->info->new_editor (tx_record_list_view_get_window (self), self->db, uuid, &error);
  if (editor == NULL)
    {
      tx_show_error (self->page, _(self->info->open_failed), error);
      return;
    }
  tx_record_list_view_present_editor (self, editor);
}

static void
on_activate (TxRecordListView *self,
             guint             position)
{
  g_autoptr(TxRecord) record = NULL;

  if (self->selection == NULL)
    return;
  record = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (record != NULL && tx_record_get_uuid (record) != NULL)
    tx_record_list_view_open_record (self, tx_record_get_uuid (record));
}

/* ---- trash and 撤销 ------------------------------------------------------- */

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

/* @self is NULL when the page went away before 撤销 was pressed: the
 * record is restored all the same */
static gboolean
restore_record (TxRecordListView *self,
                TxDatabase       *db,
                TxRecord         *record)
{
  g_autoptr(GError) error = NULL;

  if (!tx_store_restore (db, record, &error))
    {
      if (self == NULL)
        g_warning ("Restoring a record failed: %s", error->message);
      else if (self->info->restore_failed != NULL)
        tx_show_error (self->page, _(self->info->restore_failed), error);
      else
        tx_show_error (self->page, _("The record could not be restored"), error);
      return FALSE;
    }
  if (self != NULL)
    {
      if (self->last_trashed == record)
        g_clear_object (&self->last_trashed);
    }
  return TRUE;
}

static void
undo_trash (gpointer data)
{
  UndoTrash *undo = data;
  g_autoptr(GtkWidget) page = g_weak_ref_get (&undo->page);

  restore_record (page ? tx_record_list_view_get_for_page (page) : NULL, undo->db, undo->record);
}

gboolean
tx_record_list_view_undo_trash (TxRecordListView *self)
{
  g_autoptr(TxRecord) record = NULL;

  g_return_val_if_fail (TX_IS_RECORD_LIST_VIEW (self), FALSE);

  if (self->last_trashed == NULL || self->db == NULL)
    return FALSE;
  record = g_object_ref (self->last_trashed);
  return restore_record (self, self->db, record);
}

static char *
trashed_message (TxRecordListView *self,
                 TxRecord         *record)
{
  g_autofree char *title = tx_record_dup_title (record);
  const char *shown = title && *title ? title : _("Record");

  if (self->info->trashed_format == NULL)
    /* Translators: %s is the title of a record, e.g. an activity's */
    return g_strdup_printf (_("“%s” was moved to the trash"), shown);
  /* the page's own wording, with one %s like the one above */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (_(self->info->trashed_format), shown);
#pragma GCC diagnostic pop
}

void
tx_record_list_view_trash_selected (TxRecordListView *self)
{
  g_autoptr(TxRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  TxRecord *selected;
  UndoTrash *undo;

  g_return_if_fail (TX_IS_RECORD_LIST_VIEW (self));

  if (self->selection == NULL || self->db == NULL)
    return;
  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected == NULL || tx_record_get_uuid (selected) == NULL)
    return;
  record = g_object_ref (selected);
  if (!tx_store_trash (self->db, record, &error))
    {
      tx_show_error (self->page,
                     self->info->trash_failed ? _(self->info->trash_failed)
                                              : _("The record could not be moved to the trash"),
                     error);
      return;
    }
  g_set_object (&self->last_trashed, record);

  undo = g_new0 (UndoTrash, 1);
  g_weak_ref_init (&undo->page, self->page);
  undo->db = g_object_ref (self->db);
  undo->record = g_object_ref (record);
  message = trashed_message (self, record);
  tx_show_toast (self->page, message,
                 self->info->undo_label ? _(self->info->undo_label) : _("Undo"),
                 undo_trash, undo, undo_trash_free);
}

static void
trash_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxRecordListView *self = tx_record_list_view_get_for_page (widget);

  if (self != NULL)
    tx_record_list_view_trash_selected (self);
}

void
tx_record_list_view_class_install_trash (GtkWidgetClass *widget_class,
                                         const char     *action_name)
{
  gtk_widget_class_install_action (widget_class, action_name, NULL, trash_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, action_name, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, action_name, NULL);
}

void
tx_record_list_view_class_setup (GtkWidgetClass             *widget_class,
                                 const TxRecordListViewInfo *info)
{
  tx_widget_class_bind_cell_callbacks (widget_class);
  gtk_widget_class_bind_template_callback_full (widget_class, "row_text",
                                                G_CALLBACK (tx_record_list_view_row_text));
  tx_record_list_view_class_install_trash (widget_class, info->trash_action);
}

/* ---- the TxPage calls ----------------------------------------------------- */

static void
page_set_database (TxPage     *page,
                   TxDatabase *db)
{
  tx_record_list_view_set_database (tx_record_list_view_get_for_page (GTK_WIDGET (page)), db);
}

static void
page_set_search (TxPage     *page,
                 const char *text)
{
  tx_record_list_view_set_search (tx_record_list_view_get_for_page (GTK_WIDGET (page)), text);
}

static void
page_reload (TxPage *page)
{
  tx_record_list_view_reload (tx_record_list_view_get_for_page (GTK_WIDGET (page)));
}

static const char * const *
page_get_entities (TxPage *page)
{
  return tx_record_list_view_get_for_page (GTK_WIDGET (page))->info->entities;
}

static void
page_open_record (TxPage     *page,
                  const char *uuid)
{
  tx_record_list_view_open_record (tx_record_list_view_get_for_page (GTK_WIDGET (page)), uuid);
}

void
tx_record_list_view_implement_page (TxPageInterface *iface)
{
  iface->set_database = page_set_database;
  iface->set_search = page_set_search;
  iface->reload = page_reload;
  iface->open_record = page_open_record;
  iface->get_entities = page_get_entities;
}

/* ---- the object ----------------------------------------------------------- */

TxRecordListView *
tx_record_list_view_get_for_page (GtkWidget *page)
{
  return g_object_get_data (G_OBJECT (page), CONTROLLER_KEY);
}

static void
tx_record_list_view_dispose (GObject *object)
{
  TxRecordListView *self = TX_RECORD_LIST_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->spinner = NULL;
  drop_records (self);
  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->view, self);
      self->view = NULL;
    }
  if (self->page != NULL)
    {
      g_object_set_data (G_OBJECT (self->page), CONTROLLER_KEY, NULL);
      self->page = NULL;
    }
  g_clear_object (&self->last_trashed);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);
  G_OBJECT_CLASS (tx_record_list_view_parent_class)->dispose (object);
}

static void
tx_record_list_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TxRecordListView *self = TX_RECORD_LIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_record_list_view_class_init (TxRecordListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tx_record_list_view_dispose;
  object_class->get_property = tx_record_list_view_get_property;

  /* a load is running in the database's reading thread */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tx_record_list_view_init (TxRecordListView *self)
{
}

TxRecordListView *
tx_record_list_view_new (GtkWidget                  *page,
                         GtkColumnView              *view,
                         const TxRecordListViewInfo *info)
{
  TxRecordListView *self;

  g_return_val_if_fail (TX_IS_PAGE (page), NULL);
  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (info != NULL && info->build_query && info->describe_row
                        && info->new_editor && info->show_count && info->trash_action, NULL);

  self = g_object_new (TX_TYPE_RECORD_LIST_VIEW, NULL);
  self->page = page;
  self->view = view;
  self->info = info;
  g_object_set_data (G_OBJECT (page), CONTROLLER_KEY, self);
  g_signal_connect_swapped (view, "activate", G_CALLBACK (on_activate), self);
  show_count (self);
  return self;
}
