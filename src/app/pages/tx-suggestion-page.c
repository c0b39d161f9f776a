/* tx-suggestion-page.c — the list of suggestions and how far they got
 *
 * The list itself is a TxRecordListView; this file adds the filters (state,
 * overdue only) and what a row shows besides the record's own fields (the
 * lead proposer's name, whether it is overdue), computed when the row is
 * first shown, as texts the cells of tx-suggestion-page.ui read.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-codes.h"
#include "core/model/tx-suggestion.h"
#include "core/text/tx-civil-date.h"
#include "core/model/tx-meeting-query.h"

#include "app/tx-app-util.h"
#include "app/editors/tx-suggestion-editor.h"
#include "tx-suggestion-page.h"
#include "tx-meetings-private.h"
#include "tx-page.h"
#include "tx-record-list-view.h"

struct _TxSuggestionPage
{
  GtkBox            parent_instance;

  TxRecordListView *rows;
  const char       *state;        /* filter: a code of the table, or NULL */
  char             *today;        /* ISO, for the overdue marks */

  GtkLabel         *count_label;
  GtkSpinner       *spinner;
  GtkColumnView    *column_view;
  GtkStack         *stack;
  GtkLabel         *empty_label;
  GtkDropDown      *state_drop_down;
  GtkCheckButton   *overdue_check;
};

static void page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxSuggestionPage, tx_suggestion_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, page_iface_init))

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
row_flag (GObject    *list_item,
          GObject    *item,
          const char *key)
{
  g_autofree char *text = tx_record_list_view_row_text (list_item, item, key, NULL);

  return text != NULL;
}

/* The state, and the adoption result once there is an answer: 办结（部分采纳）. */
static char *
state_text (TxSuggestion *suggestion)
{
  const char *state = tx_code_table_name (TX_CODE_SUGGESTION_STATE, tx_suggestion_get_state (suggestion));
  const char *adoption = tx_code_table_name (TX_CODE_ADOPTION, tx_suggestion_get_adoption (suggestion));

  if (adoption == NULL)
    return g_strdup (state);
  /* TRANSLATORS: a suggestion's state and the adoption result of its answer */
  return g_strdup_printf (_("%s (%s)"), state, adoption);
}

static void
describe_suggestion (GtkWidget  *page,
                     TxDatabase *db,
                     TxRecord   *record)
{
  TxSuggestionPage *self = TX_SUGGESTION_PAGE (page);
  TxSuggestion *suggestion = TX_SUGGESTION (record);

  tx_record_list_view_set_row_text (record, "date", tx_format_date (tx_suggestion_get_date (suggestion)));
  tx_record_list_view_set_row_text (record, "title", g_strdup (tx_suggestion_get_title (suggestion)));
  tx_record_list_view_set_row_text (record, "proposers", proposers_text (db, suggestion));
  tx_record_list_view_set_row_text (record, "channel",
                                    g_strdup (tx_code_table_name (TX_CODE_SUGGESTION_CHANNEL,
                                                                  tx_suggestion_get_channel (suggestion))));
  tx_record_list_view_set_row_text (record, "unit", g_strdup (tx_suggestion_get_handling_unit (suggestion)));
  tx_record_list_view_set_row_text (record, "deadline", tx_format_date (tx_suggestion_get_deadline (suggestion)));
  tx_record_list_view_set_row_text (record, "state", state_text (suggestion));
  tx_record_list_view_set_row_text (record, "overdue", tx_meeting_suggestion_is_overdue (suggestion, self->today)
                                                       ? g_strdup ("1") : NULL);
}

static void
show_count (GtkWidget *page,
            guint      n,
            gboolean   searching)
{
  TxSuggestionPage *self = TX_SUGGESTION_PAGE (page);
  g_autofree char *text = g_strdup_printf (ngettext ("%u suggestion", "%u suggestions", n), n);
  gboolean filtered = searching || self->state != NULL || gtk_check_button_get_active (self->overdue_check);

  gtk_label_set_label (self->count_label, text);
  if (n == 0)
    gtk_label_set_label (self->empty_label,
                         filtered ? _("No suggestion matches the search and filters.")
                                  : _("No suggestions yet. Record one with the New button (Ctrl+N)."));
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static TxQuery *
build_query (GtkWidget  *page,
             const char *search)
{
  TxSuggestionPage *self = TX_SUGGESTION_PAGE (page);
  TxSuggestionFilter filter = { 0 };

  g_free (self->today);
  self->today = tx_civil_date_dup_today_iso ();
  filter.search = search;
  filter.state = self->state;
  filter.overdue_only = gtk_check_button_get_active (self->overdue_check);
  filter.today = self->today;
  return tx_meeting_suggestion_query (&filter);
}

static GtkWindow *
new_editor (GtkWindow   *parent,
            TxDatabase  *db,
            const char  *uuid,
            GError     **error)
{
  return GTK_WINDOW (tx_suggestion_editor_new (parent, db, uuid, error));
}

static const char * const shown_entities[] = { "suggestion", "consultation", "person", NULL };

static const TxRecordListViewInfo list_info = {
  .build_query = build_query,
  .describe_row = describe_suggestion,
  .new_editor = new_editor,
  .show_count = show_count,
  .trash_action = "meetings.trash",
  .read_failed = N_("The suggestions could not be read."),
  .open_failed = N_("The suggestion could not be opened."),
  .trash_failed = N_("The suggestion could not be moved to the trash."),
  .restore_failed = N_("The suggestion could not be restored."),
  .trashed_format = N_("“%s” moved to the trash"),
  .undo_label = N_("_Undo"),
  /* the overview's counts and the trash page must follow */
  .entities = shown_entities,
};

static void
on_filter_changed (TxSuggestionPage *self)
{
  GPtrArray *rows = tx_code_table_rows (TX_CODE_SUGGESTION_STATE);
  guint selected = gtk_drop_down_get_selected (self->state_drop_down);

  /* the first entry is "All"; the codes live as long as the process */
  self->state = (selected > 0 && rows != NULL && selected - 1 < rows->len)
                ? ((TxCode *) g_ptr_array_index (rows, selected - 1))->code : NULL;
  /* the template's drop-down reports its first selection before the list
   * exists */
  if (self->rows != NULL)
    tx_record_list_view_reload (self->rows);
}

static void
tx_suggestion_page_create_new (TxPage *page)
{
  tx_record_list_view_open_record (TX_SUGGESTION_PAGE (page)->rows, NULL);
}

static const char *
tx_suggestion_page_get_new_label (TxPage *page)
{
  return _("New Suggestion");
}

static void
page_iface_init (TxPageInterface *iface)
{
  tx_record_list_view_implement_page (iface);
  iface->create_new = tx_suggestion_page_create_new;
  iface->get_new_label = tx_suggestion_page_get_new_label;
}

void
_tx_suggestion_page_undo_trash (TxSuggestionPage *self)
{
  g_return_if_fail (TX_IS_SUGGESTION_PAGE (self));
  tx_record_list_view_undo_trash (self->rows);
}

void
_tx_suggestion_page_select (TxSuggestionPage *self,
                            guint             position)
{
  g_return_if_fail (TX_IS_SUGGESTION_PAGE (self));
  tx_record_list_view_select (self->rows, position);
}

guint
tx_suggestion_page_get_count (TxSuggestionPage *self)
{
  g_return_val_if_fail (TX_IS_SUGGESTION_PAGE (self), 0);
  return tx_record_list_view_get_n_items (self->rows);
}

static void
tx_suggestion_page_dispose (GObject *object)
{
  TxSuggestionPage *self = TX_SUGGESTION_PAGE (object);

  g_clear_object (&self->rows);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_SUGGESTION_PAGE);
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
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, state_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, overdue_check);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback_full (widget_class, "tx_meeting_row_flag", G_CALLBACK (row_flag));
  tx_record_list_view_class_setup (widget_class, &list_info);
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
  self->rows = tx_record_list_view_new (GTK_WIDGET (self), self->column_view, &list_info);
  tx_record_list_view_set_spinner (self->rows, self->spinner);
  setup_state_filter (self);
}

GtkWidget *
tx_suggestion_page_new (void)
{
  return g_object_new (TX_TYPE_SUGGESTION_PAGE, NULL);
}
