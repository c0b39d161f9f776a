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

#include "app/tx-app-util.h"
#include "tx-archive-page.h"
#include "tx-page.h"
#include "app/editors/tx-person-editor.h"
#include "app/print/tx-print-documents.h"
#include "app/dialogs/tx-roster-dialog.h"

#define SEARCH_DELAY_MS 0
#define FILTER_DELAY_MS 50

struct _TxArchivePage
{
  GtkBox        parent_instance;

  TxDatabase   *db;
  TxRecordList *list;
  char         *search;
  GPtrArray    *community_uuids;   /* drop-down position → uuid; [0] NULL = all */
  GStrv         last_trashed;      /* what Ctrl+Z puts back */
  GCancellable *cancellable;
  guint         reload_source;
  guint         updating;          /* > 0: filter widgets set from code */
  gboolean      loading;
  gboolean      reload_pending;

  GtkDropDown  *category_drop;
  GtkDropDown  *community_drop;
  GtkDropDown  *political_drop;
  GtkDropDown  *status_drop;
  GtkDropDown  *ethnicity_drop;
  GtkDropDown  *role_drop;
  GtkDropDown  *sort_drop;
  GtkSpinButton *min_age_spin;
  GtkSpinButton *max_age_spin;
  GtkCheckButton *representative_check;
  GtkCheckButton *key_person_check;
  GtkMenuButton *more_button;
  GtkButton    *reset_button;
  GtkStack     *stack;
  GtkLabel     *empty_label;
  GtkColumnView *view;
  GtkMultiSelection *selection;
  GtkColumnViewColumn *phone_column;
  GtkColumnViewColumn *phone_full_column;
  GtkToggleButton *reveal_phone_toggle;
  GtkLabel     *count_label;
  GtkSpinner   *spinner;
};

static void tx_archive_page_page_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxArchivePage, tx_archive_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_archive_page_page_init))

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_reload (TxArchivePage *self);

/* ---- cells --------------------------------------------------------------- */

/* uuid → community name. Community uuids are unique across offices, so one
 * table serves every open database; it is re-read on each reload. */
static GHashTable *community_names;

void
_tx_archive_load_community_names (TxDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) names = tx_community_name_table (db, &error);
  GHashTableIter iter;
  gpointer key, value;

  if (names == NULL)
    {
      g_warning ("Communities could not be read: %s", error->message);
      return;
    }
  if (community_names == NULL)
    community_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_hash_table_iter_steal (&iter);
      g_hash_table_replace (community_names, key, value);
    }
}

static char *
tx_archive_text (gpointer    this,
                 const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

static char *
tx_archive_code_name (gpointer    this,
                      const char *code,
                      const char *kind)
{
  const char *name;

  if (code == NULL)
    return g_strdup ("");
  name = tx_code_table_name (kind, code);
  return g_strdup (name != NULL ? name : code);
}

static char *
tx_archive_date (gpointer    this,
                 const char *iso)
{
  return tx_format_date (iso);
}

static char *
tx_archive_categories (gpointer  this,
                       GObject  *item)
{
  g_auto(GStrv) codes = NULL;
  GString *text;

  if (!TX_IS_PERSON (item))
    return g_strdup ("");
  codes = tx_person_dup_categories (TX_PERSON (item));
  text = g_string_new (NULL);
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      const char *name = tx_code_table_name (TX_CODE_CATEGORY, codes[i]);

      if (text->len > 0)
        g_string_append (text, "、");
      g_string_append (text, name != NULL ? name : codes[i]);
    }
  return g_string_free (text, FALSE);
}

static char *
tx_archive_community (gpointer    this,
                      const char *uuid)
{
  const char *name = NULL;

  if (uuid != NULL && community_names != NULL)
    name = g_hash_table_lookup (community_names, uuid);
  return g_strdup (name != NULL ? name : "");
}

static char *
tx_archive_work (gpointer    this,
                 const char *unit,
                 const char *post)
{
  if (unit != NULL && post != NULL)
    return g_strconcat (unit, " ", post, NULL);
  return g_strdup (unit != NULL ? unit : post != NULL ? post : "");
}

static char *
tx_archive_phone_masked (gpointer    this,
                         const char *phone)
{
  return phone != NULL ? tx_mask_phone (phone) : g_strdup ("");
}

static char *
tx_archive_mark (gpointer this,
                 gboolean representative,
                 gboolean key_person)
{
  if (representative && key_person)
    return g_strdup_printf ("★ %s", C_("key person mark", "Key"));
  if (representative)
    return g_strdup ("★");
  if (key_person)
    return g_strdup (C_("key person mark", "Key"));
  return g_strdup ("");
}

void
_tx_archive_bind_cell_closures (GtkWidgetClass *widget_class)
{
  g_type_ensure (TX_TYPE_PERSON);
  gtk_widget_class_bind_template_callback (widget_class, tx_archive_text);
  gtk_widget_class_bind_template_callback (widget_class, tx_archive_code_name);
  gtk_widget_class_bind_template_callback (widget_class, tx_archive_date);
  gtk_widget_class_bind_template_callback (widget_class, tx_archive_categories);
  gtk_widget_class_bind_template_callback (widget_class, tx_archive_community);
  gtk_widget_class_bind_template_callback (widget_class, tx_archive_work);
  gtk_widget_class_bind_template_callback (widget_class, tx_archive_phone_masked);
  gtk_widget_class_bind_template_callback (widget_class, tx_archive_mark);
}

/* ---- filters -------------------------------------------------------------- */

static void
read_filter (TxArchivePage  *self,
             TxPersonFilter *filter)
{
  guint community = gtk_drop_down_get_selected (self->community_drop);
  int min_age = gtk_spin_button_get_value_as_int (self->min_age_spin);
  int max_age = gtk_spin_button_get_value_as_int (self->max_age_spin);

  tx_person_filter_init (filter);
  filter->search = self->search;
  filter->category = tx_code_drop_down_get_code (self->category_drop);
  if (community < self->community_uuids->len)
    filter->community = g_ptr_array_index (self->community_uuids, community);
  filter->political_status = tx_code_drop_down_get_code (self->political_drop);
  filter->ethnicity = tx_code_drop_down_get_code (self->ethnicity_drop);
  filter->role_kind = tx_code_drop_down_get_code (self->role_drop);
  filter->status = tx_code_drop_down_get_code (self->status_drop);
  /* 0 shows "—": no bound */
  filter->min_age = min_age > 0 ? min_age : -1;
  filter->max_age = max_age > 0 ? max_age : -1;
  filter->representative = gtk_check_button_get_active (self->representative_check) ? 1 : -1;
  filter->key_person = gtk_check_button_get_active (self->key_person_check) ? 1 : -1;
  filter->sort = (TxPersonSort) gtk_drop_down_get_selected (self->sort_drop);
}

void
tx_archive_page_get_filter (TxArchivePage  *self,
                            TxPersonFilter *filter)
{
  g_return_if_fail (TX_IS_ARCHIVE_PAGE (self));
  g_return_if_fail (filter != NULL);
  read_filter (self, filter);
}

/* How many of the rarer filters in the popover are set. */
static guint
count_more_filters (TxArchivePage *self)
{
  return (tx_code_drop_down_get_code (self->ethnicity_drop) != NULL)
       + (tx_code_drop_down_get_code (self->role_drop) != NULL)
       + (gtk_spin_button_get_value_as_int (self->min_age_spin) > 0
          || gtk_spin_button_get_value_as_int (self->max_age_spin) > 0)
       + gtk_check_button_get_active (self->representative_check)
       + gtk_check_button_get_active (self->key_person_check);
}

static gboolean
is_filtered (TxArchivePage *self)
{
  return (self->search != NULL && *self->search != '\0')
      || tx_code_drop_down_get_code (self->category_drop) != NULL
      || gtk_drop_down_get_selected (self->community_drop) > 0
      || tx_code_drop_down_get_code (self->political_drop) != NULL
      || g_strcmp0 (tx_code_drop_down_get_code (self->status_drop), "1") != 0
      || count_more_filters (self) > 0;
}

static void
update_more_button (TxArchivePage *self)
{
  guint n = count_more_filters (self);

  if (n == 0)
    gtk_menu_button_set_label (self->more_button, _("_More Filters"));
  else
    {
      /* Translators: the button of the rarer filters, with how many are set */
      g_autofree char *label = g_strdup_printf (_("_More Filters (%u)"), n);

      gtk_menu_button_set_label (self->more_button, label);
    }
}

static gboolean
reload_timeout (gpointer user_data)
{
  TxArchivePage *self = user_data;

  self->reload_source = 0;
  start_reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (TxArchivePage *self,
              guint          delay_ms)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reload_source = g_timeout_add (delay_ms, reload_timeout, self);
}

static void
on_filter_changed (TxArchivePage *self)
{
  if (self->updating > 0)
    return;
  update_more_button (self);
  queue_reload (self, FILTER_DELAY_MS);
}

/* Age spin buttons: 0 is shown as "—", meaning no bound. */
static gboolean
on_age_output (GtkSpinButton *spin,
               gpointer       user_data)
{
  int value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = value > 0 ? g_strdup_printf ("%d", value) : g_strdup ("—");

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_age_input (GtkSpinButton *spin,
              double        *new_value,
              gpointer       user_data)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end = NULL;
  gint64 value;

  if (*text == '\0' || g_str_equal (text, "—") || g_str_equal (text, "-"))
    {
      *new_value = 0;
      return TRUE;
    }
  value = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0' || value < 0)
    return GTK_INPUT_ERROR;
  *new_value = (double) value;
  return TRUE;
}

/* A code drop-down whose empty entry says what "no filter" means. */
static void
setup_filter_drop (GtkDropDown *drop,
                   const char  *kind,
                   const char  *all_label)
{
  GtkStringList *names;
  const char *first[] = { all_label, NULL };

  tx_code_drop_down_setup (drop, kind, TRUE);
  names = GTK_STRING_LIST (gtk_drop_down_get_model (drop));
  gtk_string_list_splice (names, 0, 1, first);
  gtk_drop_down_set_selected (drop, 0);
}

static gboolean
same_communities (TxArchivePage *self,
                  GPtrArray     *communities)
{
  GListModel *names = gtk_drop_down_get_model (self->community_drop);

  if (names == NULL || communities->len + 1 != self->community_uuids->len)
    return FALSE;
  for (guint i = 0; i < communities->len; i++)
    {
      TxCommunity *community = g_ptr_array_index (communities, i);
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (names), i + 1);

      if (g_strcmp0 (g_ptr_array_index (self->community_uuids, i + 1),
                     tx_record_get_uuid (TX_RECORD (community))) != 0
          || g_strcmp0 (name, tx_community_get_name (community)) != 0)
        return FALSE;
    }
  return TRUE;
}

/* The community drop-down follows the database, keeping the chosen one. */
static void
update_communities (TxArchivePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) communities = tx_community_list (self->db, &error);
  g_autoptr(GtkStringList) names = NULL;
  g_autofree char *selected = NULL;
  guint position = 0;

  if (communities == NULL)
    {
      tx_show_error (GTK_WIDGET (self), _("The communities could not be read"), error);
      return;
    }
  if (same_communities (self, communities))
    return;

  selected = g_strdup (g_ptr_array_index (self->community_uuids,
                                          MIN (gtk_drop_down_get_selected (self->community_drop),
                                               self->community_uuids->len - 1)));
  names = gtk_string_list_new (NULL);
  gtk_string_list_append (names, _("All communities"));
  g_ptr_array_set_size (self->community_uuids, 1);
  for (guint i = 0; i < communities->len; i++)
    {
      TxCommunity *community = g_ptr_array_index (communities, i);
      const char *uuid = tx_record_get_uuid (TX_RECORD (community));

      gtk_string_list_append (names, tx_community_get_name (community) ? tx_community_get_name (community) : "");
      g_ptr_array_add (self->community_uuids, g_strdup (uuid));
      if (g_strcmp0 (uuid, selected) == 0)
        position = i + 1;
    }
  self->updating++;
  gtk_drop_down_set_model (self->community_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->community_drop, position);
  self->updating--;
}

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
                           is_filtered (self)
                           ? _("No one matches the search and the filters.")
                           : _("No one is in the archive yet. Add a person with New (Ctrl+N)."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

static void
on_list_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TxArchivePage) self = user_data;
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(GError) error = NULL;

  list = tx_record_list_new_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->selection == NULL)
    return;
  if (self->reload_pending)
    {
      /* the filters changed while reading: this list is already stale */
      self->reload_pending = FALSE;
      set_loading (self, FALSE);
      start_reload (self);
      return;
    }
  set_loading (self, FALSE);
  if (list == NULL)
    {
      tx_show_error (GTK_WIDGET (self), _("The archive could not be read"), error);
      return;
    }
  g_set_object (&self->list, list);
  /* empty the view first: given old and new rows in one change, GTK 4.8's
   * list item manager asks for every new row, looking for widgets to reuse
   * (see tx-record-list.c) */
  gtk_multi_selection_set_model (self->selection, NULL);
  gtk_multi_selection_set_model (self->selection, G_LIST_MODEL (list));
  update_count (self);
}

static void
start_reload (TxArchivePage *self)
{
  TxPersonFilter filter;
  g_autoptr(TxQuery) query = NULL;

  if (self->db == NULL)
    return;
  if (self->loading)
    {
      self->reload_pending = TRUE;
      return;
    }
  g_clear_handle_id (&self->reload_source, g_source_remove);
  _tx_archive_load_community_names (self->db);
  update_communities (self);

  read_filter (self, &filter);
  query = tx_person_filter_to_query (&filter);
  set_loading (self, TRUE);
  tx_record_list_new_async (self->db, query, self->cancellable, on_list_loaded, g_object_ref (self));
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
  read_filter (self, &filter);
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

/* ---- trash and undo -------------------------------------------------------- */

/* One transaction per user action: all of them move, or none. */
static gboolean
move_people (TxDatabase         *db,
             const char * const *uuids,
             gboolean            to_trash,
             GError            **error)
{
  if (!tx_store_begin (db, error))
    return FALSE;
  for (guint i = 0; uuids[i] != NULL; i++)
    {
      g_autoptr(TxRecord) person = tx_store_load (db, TX_TYPE_PERSON, uuids[i], error);

      if (person == NULL
          || !(to_trash ? tx_store_trash (db, person, error) : tx_store_restore (db, person, error)))
        {
          tx_store_rollback (db);
          return FALSE;
        }
    }
  return tx_store_commit (db, error);
}

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

  if (!move_people (db, uuids, FALSE, &error))
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
  if (!move_people (self->db, (const char * const *) uuids, TRUE, &error))
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
open_editor (TxArchivePage *self,
             const char    *uuid)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *editor;

  if (self->db == NULL)
    return;
  editor = tx_person_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->db, uuid);
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

static void
on_reset_clicked (TxArchivePage *self)
{
  self->updating++;
  gtk_drop_down_set_selected (self->category_drop, 0);
  gtk_drop_down_set_selected (self->community_drop, 0);
  gtk_drop_down_set_selected (self->political_drop, 0);
  tx_code_drop_down_set_code (self->status_drop, "1");
  gtk_drop_down_set_selected (self->ethnicity_drop, 0);
  gtk_drop_down_set_selected (self->role_drop, 0);
  gtk_spin_button_set_value (self->min_age_spin, 0);
  gtk_spin_button_set_value (self->max_age_spin, 0);
  gtk_check_button_set_active (self->representative_check, FALSE);
  gtk_check_button_set_active (self->key_person_check, FALSE);
  self->updating--;
  on_filter_changed (self);
}

void
tx_archive_page_show_filtered (TxArchivePage *self,
                               const char    *category,
                               const char    *community_uuid)
{
  g_return_if_fail (TX_IS_ARCHIVE_PAGE (self));

  self->updating++;
  on_reset_clicked (self);
  tx_code_drop_down_set_code (self->category_drop, category);
  for (guint i = 1; community_uuid != NULL && i < self->community_uuids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->community_uuids, i), community_uuid) == 0)
      gtk_drop_down_set_selected (self->community_drop, i);
  self->updating--;
  /* a click, not typing: no reason to wait */
  update_more_button (self);
  queue_reload (self, 0);
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
  start_reload (self);
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
  queue_reload (self, SEARCH_DELAY_MS);
}

static void
tx_archive_page_reload (TxPage *page)
{
  start_reload (TX_ARCHIVE_PAGE (page));
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

static void
tx_archive_page_page_init (TxPageInterface *iface)
{
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
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked);
  _tx_archive_bind_cell_closures (widget_class);

  gtk_widget_class_install_action (widget_class, "archive.trash", NULL, trash_action);
  gtk_widget_class_install_action (widget_class, "archive.undo-trash", NULL, undo_trash_action);
  gtk_widget_class_install_action (widget_class, "archive.print-roster", NULL, print_roster_action);
  gtk_widget_class_install_action (widget_class, "archive.print-person", NULL, print_person_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "archive.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "archive.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "archive.undo-trash", NULL);
}

static void
connect_filter (TxArchivePage *self,
                gpointer       widget,
                const char    *signal)
{
  g_signal_connect_object (widget, signal, G_CALLBACK (on_filter_changed), self, G_CONNECT_SWAPPED);
}

static void
tx_archive_page_init (TxArchivePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->community_uuids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->community_uuids, NULL);

  setup_filter_drop (self->category_drop, TX_CODE_CATEGORY, _("All categories"));
  setup_filter_drop (self->political_drop, TX_CODE_POLITICAL, _("Any political status"));
  setup_filter_drop (self->status_drop, TX_CODE_PERSON_STATUS, _("Any status"));
  setup_filter_drop (self->ethnicity_drop, TX_CODE_ETHNICITY, _("Any ethnicity"));
  setup_filter_drop (self->role_drop, TX_CODE_ROLE_KIND, _("Any role"));
  tx_code_drop_down_set_code (self->status_drop, "1");
  {
    g_autoptr(GtkStringList) communities = gtk_string_list_new ((const char *[]) { _("All communities"), NULL });
    gtk_drop_down_set_model (self->community_drop, G_LIST_MODEL (communities));
  }

  g_signal_connect (self->min_age_spin, "output", G_CALLBACK (on_age_output), NULL);
  g_signal_connect (self->max_age_spin, "output", G_CALLBACK (on_age_output), NULL);
  g_signal_connect (self->min_age_spin, "input", G_CALLBACK (on_age_input), NULL);
  g_signal_connect (self->max_age_spin, "input", G_CALLBACK (on_age_input), NULL);
  on_age_output (self->min_age_spin, NULL);
  on_age_output (self->max_age_spin, NULL);

  connect_filter (self, self->category_drop, "notify::selected");
  connect_filter (self, self->community_drop, "notify::selected");
  connect_filter (self, self->political_drop, "notify::selected");
  connect_filter (self, self->status_drop, "notify::selected");
  connect_filter (self, self->ethnicity_drop, "notify::selected");
  connect_filter (self, self->role_drop, "notify::selected");
  connect_filter (self, self->sort_drop, "notify::selected");
  connect_filter (self, self->min_age_spin, "value-changed");
  connect_filter (self, self->max_age_spin, "value-changed");
  connect_filter (self, self->representative_check, "toggled");
  connect_filter (self, self->key_person_check, "toggled");
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
