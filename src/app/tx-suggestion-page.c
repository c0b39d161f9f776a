/* tx-suggestion-page.c — the list of suggestions and how far they got
 *
 * The rows are the records of a lazy TxRecordList; a GtkMapListModel adds
 * what a row shows besides the record's own fields (the lead proposer's
 * name, whether it is overdue), computed when the row is first shown, as
 * texts the cells of tx-suggestion-page.ui read.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/tx-codes.h"
#include "core/tx-suggestion.h"
#include "core/tx-meeting-query.h"
#include "core/tx-record-list.h"
#include "core/tx-store.h"

#include "tx-app-util.h"
#include "tx-suggestion-editor.h"
#include "tx-suggestion-page.h"
#include "tx-meetings-private.h"
#include "tx-page.h"

#define ROW_KEY_PREFIX "tx-row:"

struct _TxSuggestionPage
{
  GtkBox            parent_instance;

  TxDatabase       *db;
  TxRecordList     *records;
  GtkSingleSelection *selection;
  char             *search;
  const char       *state;        /* filter: a code of the table, or NULL */
  char             *today;        /* ISO, for the overdue marks */
  TxRecord         *last_trashed;

  GtkLabel         *count_label;
  GtkColumnView    *column_view;
  GtkStack         *stack;
  GtkLabel         *empty_label;
  GtkDropDown      *state_drop_down;
  GtkCheckButton   *overdue_check;
};

static void page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxSuggestionPage, tx_suggestion_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, page_iface_init))

static void
set_row_text (gpointer    item,
              const char *key,
              char       *text)
{
  g_autofree char *data_key = g_strconcat (ROW_KEY_PREFIX, key, NULL);

  g_object_set_data_full (G_OBJECT (item), data_key, text, g_free);
}

/* the closure the cells of the .ui call: (this = list item, item, key) */
static char *
row_text (gpointer    this,
          GObject    *item,
          const char *key)
{
  g_autofree char *data_key = NULL;

  if (item == NULL || key == NULL)
    return NULL;
  data_key = g_strconcat (ROW_KEY_PREFIX, key, NULL);
  return g_strdup (g_object_get_data (item, data_key));
}

/* "张伟" or "张伟等3人": the lead proposer, and how many signed */
static char *
proposers_text (TxDatabase   *db,
                TxSuggestion *suggestion)
{
  GPtrArray *proposers = tx_suggestion_get_proposers (suggestion);
  TxProposer *lead = NULL;
  g_autofree char *name = NULL;

  if (proposers == NULL || proposers->len == 0)
    return NULL;
  for (guint i = 0; i < proposers->len && lead == NULL; i++)
    {
      TxProposer *row = g_ptr_array_index (proposers, i);

      if (g_strcmp0 (row->lead, "1") == 0)
        lead = row;
    }
  if (lead == NULL)
    lead = g_ptr_array_index (proposers, 0);
  name = tx_meeting_dup_person_name (db, lead->person);
  if (name == NULL)
    name = g_strdup ("?");
  if (proposers->len == 1)
    return g_steal_pointer (&name);
  /* TRANSLATORS: the lead proposer and how many people signed in all (always 2 or more), "张伟等3人" */
  return g_strdup_printf (_("%s et al. (%u people)"), name, proposers->len);
}

static gboolean
row_flag (gpointer    this,
          GObject    *item,
          const char *key)
{
  g_autofree char *text = row_text (this, item, key);

  return text != NULL;
}

static gpointer
map_row (gpointer item,
         gpointer user_data)
{
  TxSuggestionPage *self = user_data;
  TxSuggestion *suggestion = item;

  set_row_text (item, "date", tx_format_date (tx_suggestion_get_date (suggestion)));
  set_row_text (item, "title", g_strdup (tx_suggestion_get_title (suggestion)));
  set_row_text (item, "proposers", proposers_text (self->db, suggestion));
  set_row_text (item, "channel", g_strdup (tx_code_table_name (TX_CODE_SUGGESTION_CHANNEL,
                                                               tx_suggestion_get_channel (suggestion))));
  set_row_text (item, "unit", g_strdup (tx_suggestion_get_handling_unit (suggestion)));
  set_row_text (item, "deadline", tx_format_date (tx_suggestion_get_deadline (suggestion)));
  set_row_text (item, "state", g_strdup (tx_code_table_name (TX_CODE_SUGGESTION_STATE,
                                                             tx_suggestion_get_state (suggestion))));
  set_row_text (item, "overdue", tx_meeting_suggestion_is_overdue (suggestion, self->today)
                                 ? g_strdup ("1") : NULL);
  return item;
}

static void
update_count (TxSuggestionPage *self)
{
  guint n = self->records ? g_list_model_get_n_items (G_LIST_MODEL (self->records)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u suggestion", "%u suggestions", n), n);
  gboolean filtered = self->search != NULL || self->state != NULL
                      || gtk_check_button_get_active (self->overdue_check);

  gtk_label_set_label (self->count_label, text);
  if (n == 0)
    gtk_label_set_label (self->empty_label,
                         filtered ? _("No suggestion matches the search and filters.")
                                  : _("No suggestions yet. Record one with the New button (Ctrl+N)."));
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.trash", n > 0);
}

static TxQuery *
build_query (TxSuggestionPage *self)
{
  TxSuggestionFilter filter = { 0 };

  g_free (self->today);
  self->today = tx_meeting_dup_today ();
  filter.search = self->search;
  filter.state = self->state;
  filter.overdue_only = gtk_check_button_get_active (self->overdue_check);
  filter.today = self->today;
  return tx_meeting_suggestion_query (&filter);
}

static void
tx_suggestion_page_reload (TxPage *page)
{
  TxSuggestionPage *self = TX_SUGGESTION_PAGE (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(TxQuery) query = NULL;

  if (self->db == NULL)
    return;
  query = build_query (self);
  if (self->records == NULL)
    {
      GtkMapListModel *map;

      self->records = tx_record_list_new (self->db, query, &error);
      if (self->records == NULL)
        {
          tx_show_error (GTK_WIDGET (self), _("The suggestions could not be read."), error);
          return;
        }
      map = gtk_map_list_model_new (G_LIST_MODEL (g_object_ref (self->records)), map_row, self, NULL);
      self->selection = gtk_single_selection_new (G_LIST_MODEL (map));
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      /* Delete acts on what the user chose, never on a row picked for them */
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
    }
  else if (!tx_record_list_set_query (self->records, query, &error))
    tx_show_error (GTK_WIDGET (self), _("The suggestions could not be read."), error);
  update_count (self);
}

static void
tx_suggestion_page_set_database (TxPage     *page,
                                   TxDatabase *db)
{
  TxSuggestionPage *self = TX_SUGGESTION_PAGE (page);

  g_set_object (&self->db, db);
  tx_suggestion_page_reload (page);
}

static void
tx_suggestion_page_set_search (TxPage     *page,
                                 const char *text)
{
  TxSuggestionPage *self = TX_SUGGESTION_PAGE (page);
  g_autofree char *search = text ? g_strstrip (g_strdup (text)) : NULL;

  if (search != NULL && *search == '\0')
    g_clear_pointer (&search, g_free);
  if (g_strcmp0 (search, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&search);
  tx_suggestion_page_reload (page);
}

static void
on_filter_changed (TxSuggestionPage *self)
{
  GPtrArray *rows = tx_code_table_rows (TX_CODE_SUGGESTION_STATE);
  guint selected = gtk_drop_down_get_selected (self->state_drop_down);

  /* the first entry is "All"; the codes live as long as the process */
  self->state = (selected > 0 && rows != NULL && selected - 1 < rows->len)
                ? ((TxCode *) g_ptr_array_index (rows, selected - 1))->code : NULL;
  tx_suggestion_page_reload (TX_PAGE (self));
}

static void
on_editor_saved (TxSuggestionPage *self,
                 const char         *uuid)
{
  tx_suggestion_page_reload (TX_PAGE (self));
}

static GtkWindow *
page_window (TxSuggestionPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
open_editor (TxSuggestionPage *self,
             const char         *uuid)
{
  g_autoptr(GError) error = NULL;
  TxSuggestionEditor *editor;

  if (self->db == NULL)
    return;
  editor = tx_suggestion_editor_new (page_window (self), self->db, uuid, &error);
  if (editor == NULL)
    {
      tx_show_error (GTK_WIDGET (self), _("The suggestion could not be opened."), error);
      return;
    }
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
tx_suggestion_page_create_new (TxPage *page)
{
  open_editor (TX_SUGGESTION_PAGE (page), NULL);
}

static const char *
tx_suggestion_page_get_new_label (TxPage *page)
{
  return _("New Suggestion");
}

static void
tx_suggestion_page_open_record (TxPage     *page,
                                  const char *uuid)
{
  open_editor (TX_SUGGESTION_PAGE (page), uuid);
}

static void
page_iface_init (TxPageInterface *iface)
{
  iface->set_database = tx_suggestion_page_set_database;
  iface->set_search = tx_suggestion_page_set_search;
  iface->reload = tx_suggestion_page_reload;
  iface->create_new = tx_suggestion_page_create_new;
  iface->get_new_label = tx_suggestion_page_get_new_label;
  iface->open_record = tx_suggestion_page_open_record;
}

static void
on_row_activated (TxSuggestionPage *self,
                  guint               position)
{
  g_autoptr(TxRecord) record = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (record != NULL && tx_record_get_uuid (record) != NULL)
    open_editor (self, tx_record_get_uuid (record));
}

typedef struct
{
  GWeakRef  page;
  TxRecord *record;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_weak_ref_clear (&undo->page);
  g_clear_object (&undo->record);
  g_free (undo);
}

static void
restore_record (TxSuggestionPage *self,
                TxRecord           *record)
{
  g_autoptr(GError) error = NULL;

  if (!tx_store_restore (self->db, record, &error))
    tx_show_error (GTK_WIDGET (self), _("The suggestion could not be restored."), error);
  g_clear_object (&self->last_trashed);
  tx_suggestion_page_reload (TX_PAGE (self));
}

static void
on_undo (gpointer data)
{
  UndoData *undo = data;
  g_autoptr(TxSuggestionPage) self = g_weak_ref_get (&undo->page);

  if (self != NULL && self->db != NULL)
    restore_record (self, undo->record);
}

void
_tx_suggestion_page_undo_trash (TxSuggestionPage *self)
{
  g_autoptr(TxRecord) record = NULL;

  g_return_if_fail (TX_IS_SUGGESTION_PAGE (self));
  if (self->last_trashed == NULL)
    return;
  record = g_object_ref (self->last_trashed);
  restore_record (self, record);
}

void
_tx_suggestion_page_select (TxSuggestionPage *self,
                              guint               position)
{
  g_return_if_fail (TX_IS_SUGGESTION_PAGE (self));
  gtk_single_selection_set_selected (self->selection, position);
}

static void
trash_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxSuggestionPage *self = TX_SUGGESTION_PAGE (widget);
  g_autoptr(TxRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  UndoData *undo;

  if (self->selection == NULL)
    return;
  record = gtk_single_selection_get_selected_item (self->selection);
  if (record == NULL || tx_record_get_uuid (record) == NULL)
    {
      record = NULL;
      return;
    }
  g_object_ref (record);
  if (!tx_store_trash (self->db, record, &error))
    {
      tx_show_error (GTK_WIDGET (self), _("The suggestion could not be moved to the trash."), error);
      return;
    }
  g_set_object (&self->last_trashed, record);
  tx_suggestion_page_reload (TX_PAGE (self));

  title = tx_record_dup_title (record);
  message = g_strdup_printf (_("“%s” moved to the trash"), title);
  undo = g_new0 (UndoData, 1);
  g_weak_ref_init (&undo->page, self);
  undo->record = g_object_ref (record);
  tx_show_toast (GTK_WIDGET (self), message, _("_Undo"), on_undo, undo, undo_data_free);
}

guint
tx_suggestion_page_get_count (TxSuggestionPage *self)
{
  g_return_val_if_fail (TX_IS_SUGGESTION_PAGE (self), 0);
  return self->records ? g_list_model_get_n_items (G_LIST_MODEL (self->records)) : 0;
}

static void
tx_suggestion_page_dispose (GObject *object)
{
  TxSuggestionPage *self = TX_SUGGESTION_PAGE (object);

  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_SUGGESTION_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->records);
  g_clear_object (&self->last_trashed);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (tx_suggestion_page_parent_class)->dispose (object);
}

static void
tx_suggestion_page_class_init (TxSuggestionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_suggestion_page_dispose;

  g_type_ensure (TX_TYPE_SUGGESTION);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-suggestion-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, state_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, overdue_check);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback_full (widget_class, "tx_meeting_row_flag", G_CALLBACK (row_flag));
  gtk_widget_class_bind_template_callback_full (widget_class, "tx_meeting_row_text", G_CALLBACK (row_text));

  gtk_widget_class_install_action (widget_class, "meetings.trash", NULL, trash_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "meetings.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "meetings.trash", NULL);
}

static void
setup_state_filter (TxSuggestionPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *rows = tx_code_table_rows (TX_CODE_SUGGESTION_STATE);

  gtk_string_list_append (names, _("All"));
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    gtk_string_list_append (names, ((TxCode *) g_ptr_array_index (rows, i))->name);
  gtk_drop_down_set_model (self->state_drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->state_drop_down, 0);
}

static void
tx_suggestion_page_init (TxSuggestionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_state_filter (self);
  update_count (self);
}

GtkWidget *
tx_suggestion_page_new (void)
{
  return g_object_new (TX_TYPE_SUGGESTION_PAGE, NULL);
}
