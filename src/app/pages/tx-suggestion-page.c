/* tx-suggestion-page.c — the list of suggestions and how far they got
 *
 * The list itself is a TxRecordListPage; this file adds the filters (state,
 * overdue only) and the closures of the cells of tx-suggestion-page.ui that
 * show more than one property (the proposers, the state, the overdue mark).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-codes.h"
#include "core/model/tx-meeting-query.h"
#include "core/model/tx-suggestion.h"

#include "app/editors/tx-suggestion-editor.h"
#include "tx-suggestion-page.h"

struct _TxSuggestionPage
{
  TxRecordListPage parent_instance;

  const char      *state;        /* filter: a code of the table, or NULL */

  GtkDropDown     *state_drop_down;
  GtkCheckButton  *overdue_check;
};

G_DEFINE_FINAL_TYPE (TxSuggestionPage, tx_suggestion_page, TX_TYPE_RECORD_LIST_PAGE)

/* "张伟" or "张伟等3人": the lead proposer, and how many signed (the
 * suggestion's joined properties, bound in the .ui) */
static char *
proposers_text (gpointer    this,
                const char *lead_name,
                const char *count_text)
{
  guint64 count = count_text ? g_ascii_strtoull (count_text, NULL, 10) : 0;

  if (count == 0)
    return NULL;
  if (lead_name == NULL)
    lead_name = "?";
  if (count == 1)
    return g_strdup (lead_name);
  /* TRANSLATORS: the lead proposer and how many people signed in all (always 2 or more), "张伟等3人" */
  return g_strdup_printf (_("%s et al. (%u people)"), lead_name, (guint) count);
}

/* The state, and the adoption result once there is an answer: 办结（部分采纳）. */
static char *
suggestion_state (gpointer    this,
                  const char *state_code,
                  const char *adoption_code)
{
  const char *state = tx_code_table_name (TX_CODE_SUGGESTION_STATE, state_code);
  const char *adoption = tx_code_table_name (TX_CODE_ADOPTION, adoption_code);

  if (adoption == NULL)
    return g_strdup (state);
  /* TRANSLATORS: a suggestion's state and the adoption result of its answer */
  return g_strdup_printf (_("%s (%s)"), state, adoption);
}

/* the 逾期 mark beside the deadline */
static gboolean
suggestion_overdue (gpointer  this,
                    GObject  *item)
{
  return TX_IS_SUGGESTION (item) && tx_meeting_suggestion_is_overdue (TX_SUGGESTION (item), NULL);
}

static gboolean
is_filtered (TxRecordListPage *page)
{
  TxSuggestionPage *self = TX_SUGGESTION_PAGE (page);

  return self->state != NULL || gtk_check_button_get_active (self->overdue_check);
}

static TxQuery *
build_query (TxRecordListPage *page,
             const char       *search)
{
  TxSuggestionPage *self = TX_SUGGESTION_PAGE (page);
  TxSuggestionFilter filter = { 0 };

  filter.search = search;
  filter.state = self->state;
  filter.overdue_only = gtk_check_button_get_active (self->overdue_check);
  return tx_meeting_suggestion_query (&filter);
}

/* the overview's counts and the trash page must follow */
static const char * const shown_entities[] = { "suggestion", "consultation", "person", NULL };

static void
on_filter_changed (TxSuggestionPage *self)
{
  GPtrArray *rows = tx_code_table_rows (TX_CODE_SUGGESTION_STATE);
  guint selected = gtk_drop_down_get_selected (self->state_drop_down);

  /* the first entry is "All"; the codes live as long as the process */
  self->state = (selected > 0 && rows != NULL && selected - 1 < rows->len)
                ? ((TxCode *) g_ptr_array_index (rows, selected - 1))->code : NULL;
  tx_record_list_page_reload (TX_RECORD_LIST_PAGE (self));
}

static void
tx_suggestion_page_class_init (TxSuggestionPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TxRecordListPageClass *page_class = TX_RECORD_LIST_PAGE_CLASS (klass);

  g_type_ensure (TX_TYPE_SUGGESTION);
  page_class->build_query = build_query;
  page_class->editor_new = tx_suggestion_editor_new;
  page_class->count = NP_("%u suggestion", "%u suggestions");
  page_class->is_filtered = is_filtered;
  page_class->new_label = N_("New Suggestion");
  page_class->list_label = N_("Suggestions");
  page_class->read_failed = N_("The suggestions could not be read.");
  page_class->trash_failed = N_("The suggestion could not be moved to the trash.");
  page_class->restore_failed = N_("The suggestion could not be restored.");
  page_class->trashed_format = N_("“%s” moved to the trash");
  page_class->undo_label = N_("_Undo");
  page_class->empty_text = N_("No suggestions yet. Record one with the New button (Ctrl+N).");
  page_class->empty_filtered_text = N_("No suggestion matches the search and filters.");
  page_class->entities = shown_entities;

  tx_record_list_page_class_set_template (widget_class, "/io/github/tongxin/Tongxin/tx-suggestion-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, state_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionPage, overdue_check);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, proposers_text);
  gtk_widget_class_bind_template_callback (widget_class, suggestion_state);
  gtk_widget_class_bind_template_callback (widget_class, suggestion_overdue);
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
}

GtkWidget *
tx_suggestion_page_new (void)
{
  return g_object_new (TX_TYPE_SUGGESTION_PAGE, NULL);
}
