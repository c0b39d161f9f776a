/* tx-archive-page.c — the archive: everyone on file, filtered and sorted
 *
 * The list is the core's lazy TxRecordList: SQLite filters and sorts and
 * hands back row ids only, and a row's TxPerson is built when the view
 * shows it. Reading the ids of 100,000 people takes about a quarter of a
 * second, so it runs in the database's reading thread
 * (tx_record_list_new_async()) and the new list replaces the old one on
 * the main thread.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-codes.h"
#include "core/model/tx-community-query.h"
#include "core/model/tx-person.h"
#include "core/db/tx-store.h"
#include "core/db/tx-trash.h"

#include "app/tx-app-util.h"
#include "app/widgets/tx-person-columns.h"
#include "tx-archive-page-private.h"
#include "app/dialogs/tx-duplicates-dialog.h"
#include "tx-page.h"
#include "app/editors/tx-person-editor.h"
#include "app/print/tx-print-documents.h"
#include "app/dialogs/tx-roster-dialog.h"

#define SEARCH_DELAY_MS 0

static void tx_archive_page_page_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxArchivePage, tx_archive_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_archive_page_page_init))

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/* ---- the list -------------------------------------------------------------- */

static void
set_loading (TxArchivePage *self,
             gboolean       loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
update_count (TxArchivePage *self)
{
  guint n = tx_archive_page_get_n_people (self);
  g_autofree char *text = g_strdup_printf (ngettext ("%u person", "%u people", n), n);

  gtk_label_set_label (self->count_label, text);
  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else
    {
      gtk_label_set_label (self->empty_label,
                           _tx_archive_page_is_filtered (self)
                           ? _("No one matches the search and the filters.")
                           : _("No one is in the archive yet. Add a person with New (Ctrl+N)."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

/* A read that finished after a newer one started, or after the page went,
 * was cancelled: its result never reaches the view. */
static gboolean
is_stale (TxArchivePage *self,
          const GError  *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->selection == NULL;
}

/* A new person, once saved and read into the list, is selected and shown;
 * a search or filter that hides them leaves the list as it is. */
static void
select_saved (TxArchivePage *self)
{
  g_autofree char *uuid = g_steal_pointer (&self->select_uuid);
  guint position;

  if (uuid == NULL || self->list == NULL)
    return;
  position = tx_record_list_find_uuid (self->list, uuid);
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  tx_column_view_scroll_to (self->view, position);
}

static void
show_loaded (TxArchivePage *self,
             const GError  *error)
{
  set_loading (self, FALSE);
  if (error != NULL)
    tx_show_error (GTK_WIDGET (self), _("The archive could not be read"), error);
  update_count (self);
  select_saved (self);
}

/* the first list: the view's selection model takes it once */
static void
on_list_created (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TxArchivePage) self = user_data;
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(GError) error = NULL;

  list = tx_record_list_new_finish (result, &error);
  if (is_stale (self, error))
    return;
  if (list != NULL)
    {
      g_set_object (&self->list, list);
      gtk_multi_selection_set_model (self->selection, G_LIST_MODEL (list));
    }
  show_loaded (self, error);
}

/* Later searches change the rows of the same list: the selection model and
 * the view stay, and the list empties before it refills (see apply_ids()
 * in tx-record-list.c for why). */
static void
on_list_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TxArchivePage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!tx_record_list_set_query_finish (TX_RECORD_LIST (source), result, &error) && is_stale (self, error))
    return;
  if (self->selection == NULL)
    return;
  show_loaded (self, error);
}

/* A new search or filter cancels the read still running (the reader stops
 * its statement at once, tx-database-reader.c) so that only the newest is
 * read and shown. */
void
_tx_archive_page_start_reload (TxArchivePage *self)
{
  TxPersonFilter filter;
  g_autoptr(TxQuery) query = NULL;

  if (self->db == NULL)
    return;
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_object_unref (self->cancellable);
  self->cancellable = g_cancellable_new ();
  _tx_archive_page_update_communities (self);

  _tx_archive_page_read_filter (self, &filter);
  query = tx_person_filter_to_query (&filter);
  set_loading (self, TRUE);
  if (self->list == NULL)
    tx_record_list_new_async (self->db, query, self->cancellable, on_list_created, g_object_ref (self));
  else
    tx_record_list_set_query_async (self->list, query, self->cancellable, on_list_read, g_object_ref (self));
}

static char *
dup_uuid_at (TxArchivePage *self,
             guint          position)
{
  g_autoptr(TxRecord) record = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  return record != NULL && tx_record_get_uuid (record) != NULL ? g_strdup (tx_record_get_uuid (record)) : NULL;
}

static GStrv
dup_selected_uuids (TxArchivePage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autofree char *uuid = dup_uuid_at (self, position);

      if (uuid != NULL)
        g_strv_builder_add (builder, uuid);
    }
  return g_strv_builder_end (builder);
}

static void
update_actions (TxArchivePage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.trash", !gtk_bitset_is_empty (selected));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.print-person", gtk_bitset_get_size (selected) == 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.merge", gtk_bitset_get_size (selected) == 2);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.undo-trash", self->last_trashed != NULL);
}

/* ---- printing --------------------------------------------------------------- */

/* 花名册 of the list as filtered or of the people selected */
static void
print_roster_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (widget);
  g_auto(GStrv) selected = dup_selected_uuids (self);
  TxRosterDialog *dialog;
  TxPersonFilter filter;

  if (self->db == NULL)
    return;
  _tx_archive_page_read_filter (self, &filter);
  dialog = tx_roster_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->db, &filter,
                                 tx_archive_page_get_n_people (self), (const char * const *) selected);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* 信息登记表 of the one person selected */
static void
print_person_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (widget);
  g_auto(GStrv) selected = dup_selected_uuids (self);

  if (self->db == NULL || selected == NULL || selected[0] == NULL || selected[1] != NULL)
    return;
  tx_print_registration_sheet (GTK_WINDOW (gtk_widget_get_root (widget)), self->db, selected[0]);
}

/* ---- merging two people ---------------------------------------------------- */

/* 合并人员…: the two selected, side by side, merged as the user chooses
 * (the same dialog as for people who share an ID number) */
static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (widget);
  g_auto(GStrv) selected = dup_selected_uuids (self);
  TxDuplicatesDialog *dialog;

  if (self->db == NULL || g_strv_length (selected) != 2)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  dialog = tx_duplicates_dialog_new_pair (GTK_WINDOW (gtk_widget_get_root (widget)), self->db,
                                          selected[0], selected[1]);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- trash and undo -------------------------------------------------------- */

typedef struct
{
  GWeakRef    page;
  TxDatabase *db;
  GStrv       uuids;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_weak_ref_clear (&undo->page);
  g_clear_object (&undo->db);
  g_strfreev (undo->uuids);
  g_free (undo);
}

static void
restore_people (TxArchivePage      *self,
                TxDatabase         *db,
                const char * const *uuids)
{
  g_autoptr(GError) error = NULL;

  if (!tx_trash_move_all (db, TX_TYPE_PERSON, uuids, FALSE, &error))
    {
      if (self != NULL)
        tx_show_error (GTK_WIDGET (self), _("The people could not be restored from the trash"), error);
      else
        g_warning ("Restoring from the trash failed: %s", error->message);
      return;
    }
  if (self != NULL)
    {
      g_clear_pointer (&self->last_trashed, g_strfreev);
      update_actions (self);
    }
}

static void
on_undo_clicked (gpointer data)
{
  UndoData *undo = data;
  g_autoptr(TxArchivePage) self = g_weak_ref_get (&undo->page);

  restore_people (self, undo->db, (const char * const *) undo->uuids);
}

static void
undo_trash_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (widget);
  g_auto(GStrv) uuids = g_steal_pointer (&self->last_trashed);

  if (uuids != NULL && self->db != NULL)
    restore_people (self, self->db, (const char * const *) uuids);
}

static void
trash_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (widget);
  g_auto(GStrv) uuids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n;
  UndoData *undo;

  if (self->db == NULL)
    return;
  uuids = dup_selected_uuids (self);
  n = g_strv_length (uuids);
  if (n == 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  if (!tx_trash_move_all (self->db, TX_TYPE_PERSON, (const char * const *) uuids, TRUE, &error))
    {
      tx_show_error (widget, _("The people could not be moved to the trash"), error);
      return;
    }

  if (n == 1)
    {
      g_autoptr(TxRecord) person = tx_store_load (self->db, TX_TYPE_PERSON, uuids[0], NULL);
      g_autofree char *name = person != NULL ? tx_record_dup_title (person) : g_strdup ("");

      message = g_strdup_printf (_("“%s” was moved to the trash"), name);
    }
  else
    message = g_strdup_printf (ngettext ("%u person was moved to the trash",
                                         "%u people were moved to the trash", n), n);

  g_strfreev (self->last_trashed);
  self->last_trashed = g_strdupv (uuids);
  undo = g_new0 (UndoData, 1);
  g_weak_ref_init (&undo->page, self);
  undo->db = g_object_ref (self->db);
  undo->uuids = g_steal_pointer (&uuids);
  tx_show_toast (widget, message, _("_Undo"), on_undo_clicked, undo, undo_data_free);

  update_actions (self);
}

/* ---- the editor ------------------------------------------------------------ */

static void
on_new_person_saved (TxArchivePage *self,
                     const char    *uuid)
{
  if (uuid == NULL)
    return;
  g_free (self->select_uuid);
  self->select_uuid = g_strdup (uuid);
  /* the save's reload selects them when it arrives; none running: now */
  if (!tx_archive_page_get_loading (self))
    select_saved (self);
}

static void
open_editor (TxArchivePage *self,
             const char    *uuid)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *editor;

  if (self->db == NULL)
    return;
  editor = tx_person_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->db, uuid);
  /* what it saves reaches the list through the database's "changed" */
  if (uuid == NULL)
    g_signal_connect_object (editor, "saved", G_CALLBACK (on_new_person_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

static void
on_view_activate (TxArchivePage *self,
                  guint          position,
                  GtkColumnView *view)
{
  g_autofree char *uuid = dup_uuid_at (self, position);

  if (uuid != NULL)
    open_editor (self, uuid);
}

static void
on_reveal_toggled (TxArchivePage   *self,
                   GtkToggleButton *toggle)
{
  gboolean reveal = gtk_toggle_button_get_active (toggle);
  GtkColumnViewColumn *shown = reveal ? self->phone_column : self->phone_full_column;
  GtkColumnViewColumn *wanted = reveal ? self->phone_full_column : self->phone_column;
  GListModel *columns = gtk_column_view_get_columns (self->view);

  /* Two columns swapped, not one with two factories: GTK 4.8 does not
   * rebuild the cells of a column whose factory changes, and a hidden
   * column still takes its width. */
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (column == shown)
        {
          gtk_column_view_remove_column (self->view, shown);
          gtk_column_view_insert_column (self->view, i, wanted);
          break;
        }
    }
}

/* ---- TxPage ---------------------------------------------------------------- */

static const char * const *
tx_archive_page_get_entities (TxPage *page)
{
  static const char * const entities[] = { "person", "community", NULL };

  return entities;
}

static void
tx_archive_page_set_database (TxPage     *page,
                              TxDatabase *db)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (page);

  if (!g_set_object (&self->db, db))
    return;
  /* the list reads its database: another one needs a new list */
  g_cancellable_cancel (self->cancellable);
  if (self->selection != NULL)
    gtk_multi_selection_set_model (self->selection, NULL);
  g_clear_object (&self->list);
  _tx_archive_page_start_reload (self);
}

static void
tx_archive_page_set_search (TxPage     *page,
                            const char *text)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (page);

  if (g_strcmp0 (self->search, text) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (text);
  _tx_archive_page_queue_reload (self, SEARCH_DELAY_MS);
}

static void
tx_archive_page_reload (TxPage *page)
{
  _tx_archive_page_start_reload (TX_ARCHIVE_PAGE (page));
}

static void
tx_archive_page_create_new (TxPage *page)
{
  open_editor (TX_ARCHIVE_PAGE (page), NULL);
}

static const char *
tx_archive_page_get_new_label (TxPage *page)
{
  return _("New Person");
}

static void
tx_archive_page_open_record (TxPage     *page,
                             const char *uuid)
{
  open_editor (TX_ARCHIVE_PAGE (page), uuid);
}

/* Enter in the search: to the people found, past the filters */
static gboolean
tx_archive_page_focus_results (TxPage *page)
{
  GtkWidget *view = GTK_WIDGET (TX_ARCHIVE_PAGE (page)->view);

  return gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD) || gtk_widget_grab_focus (view);
}

static void
tx_archive_page_page_init (TxPageInterface *iface)
{
  iface->focus_results = tx_archive_page_focus_results;
  iface->set_database = tx_archive_page_set_database;
  iface->set_search = tx_archive_page_set_search;
  iface->reload = tx_archive_page_reload;
  iface->create_new = tx_archive_page_create_new;
  iface->get_new_label = tx_archive_page_get_new_label;
  iface->open_record = tx_archive_page_open_record;
  iface->get_entities = tx_archive_page_get_entities;
}

/* ---- GObject --------------------------------------------------------------- */

static void
tx_archive_page_dispose (GObject *object)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_ARCHIVE_PAGE);
  self->selection = NULL;
  g_clear_object (&self->list);

  G_OBJECT_CLASS (tx_archive_page_parent_class)->dispose (object);
}

static void
tx_archive_page_finalize (GObject *object)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (object);

  g_clear_object (&self->db);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->select_uuid, g_free);
  g_clear_pointer (&self->community_uuids, g_ptr_array_unref);
  g_clear_pointer (&self->last_trashed, g_strfreev);

  G_OBJECT_CLASS (tx_archive_page_parent_class)->finalize (object);
}

static void
tx_archive_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (object);

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
tx_archive_page_class_init (TxArchivePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_archive_page_dispose;
  object_class->finalize = tx_archive_page_finalize;
  g_type_ensure (TX_TYPE_CODE_DROP_DOWN);
  object_class->get_property = tx_archive_page_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-archive-page.ui");
  tx_widget_class_bind_cell_callbacks (widget_class);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, category_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, community_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, political_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, status_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, ethnicity_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, gender_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, ages_year_label);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, role_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, sort_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, min_age_spin);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, max_age_spin);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, representative_check);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, key_person_check);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, more_button);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, reset_button);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, stack);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, view);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, selection);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, phone_column);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, phone_full_column);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, reveal_phone_toggle);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, count_label);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_toggled);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_reset_clicked",
                                                G_CALLBACK (_tx_archive_page_reset_filters));
  tx_person_columns_bind_closures (widget_class);

  gtk_widget_class_install_action (widget_class, "archive.trash", NULL, trash_action);
  gtk_widget_class_install_action (widget_class, "archive.undo-trash", NULL, undo_trash_action);
  gtk_widget_class_install_action (widget_class, "archive.print-roster", NULL, print_roster_action);
  gtk_widget_class_install_action (widget_class, "archive.print-person", NULL, print_person_action);
  gtk_widget_class_install_action (widget_class, "archive.merge", NULL, merge_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "archive.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "archive.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "archive.undo-trash", NULL);
}

static void
tx_archive_page_init (TxArchivePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->community_uuids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->community_uuids, NULL);

  _tx_archive_page_init_filters (self);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);

  update_count (self);
  update_actions (self);
}

GtkWidget *
tx_archive_page_new (void)
{
  return g_object_new (TX_TYPE_ARCHIVE_PAGE, NULL);
}

gboolean
tx_archive_page_get_loading (TxArchivePage *self)
{
  g_return_val_if_fail (TX_IS_ARCHIVE_PAGE (self), FALSE);
  return self->loading || self->reload_source != 0;
}

guint
tx_archive_page_get_n_people (TxArchivePage *self)
{
  g_return_val_if_fail (TX_IS_ARCHIVE_PAGE (self), 0);
  return self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
}
