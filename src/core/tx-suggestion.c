/* tx-suggestion.c — a suggestion, tracked through its states to a response
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "tx-suggestion.h"

struct _TxSuggestion
{
  TxRecord parent_instance;

  char     *title;
  char     *content;
  char     *date;
  char     *channel;
  char     *consultation;
  char     *handling_unit;
  char     *deadline;
  char     *state;
  char     *response;
  char     *response_date;
  char     *feedback;
  char     *feedback_date;
  char     *satisfaction;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (TxSuggestion, tx_suggestion, TX_TYPE_RECORD)

enum {
  F_TITLE,
  F_CONTENT,
  F_DATE,
  F_CHANNEL,
  F_CONSULTATION,
  F_HANDLING_UNIT,
  F_DEADLINE,
  F_STATE,
  F_RESPONSE,
  F_RESPONSE_DATE,
  F_FEEDBACK,
  F_FEEDBACK_DATE,
  F_SATISFACTION,
  F_NOTES,
  N_FIELDS
};

static const TxField fields[] = {
  [F_TITLE] = { "title", "title", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, title), N_("Title"), NULL, FALSE },
  [F_CONTENT] = { "content", "content", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, content), N_("Content"), NULL, FALSE },
  [F_DATE] = { "date", "date", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, date), N_("Date"), NULL, FALSE },
  [F_CHANNEL] = { "channel", "channel", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, channel), N_("Channel"), "suggestion-channel", FALSE },
  [F_CONSULTATION] = { "consultation", "consultation", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, consultation), N_("Raised at"), NULL, FALSE },
  [F_HANDLING_UNIT] = { "handling-unit", "handling_unit", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, handling_unit), N_("Handling unit"), NULL, FALSE },
  [F_DEADLINE] = { "deadline", "deadline", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, deadline), N_("Deadline"), NULL, FALSE },
  [F_STATE] = { "state", "state", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, state), N_("State"), "suggestion-state", FALSE },
  [F_RESPONSE] = { "response", "response", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, response), N_("Response"), NULL, FALSE },
  [F_RESPONSE_DATE] = { "response-date", "response_date", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, response_date), N_("Response date"), NULL, FALSE },
  [F_FEEDBACK] = { "feedback", "feedback", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, feedback), N_("Feedback to the proposer"), NULL, FALSE },
  [F_FEEDBACK_DATE] = { "feedback-date", "feedback_date", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, feedback_date), N_("Feedback date"), NULL, FALSE },
  [F_SATISFACTION] = { "satisfaction", "satisfaction", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, satisfaction), N_("Satisfaction"), "satisfaction", FALSE },
  [F_NOTES] = { "notes", "notes", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, notes), N_("Notes"), NULL, FALSE },
};

static const TxChildColumn proposers_columns[] = {
  { "person", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxProposer, person) },
  { "lead", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxProposer, lead) },
};

static const TxChildColumn history_columns[] = {
  { "state", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxStateChange, state) },
  { "date", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxStateChange, date) },
  { "note", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxStateChange, note) },
  { "operator", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxStateChange, operator) },
};

enum {
  C_PROPOSERS,
  C_HISTORY,
};

static const TxChildTable children[] = {
  [C_PROPOSERS] = { "proposers", "suggestion_proposer", proposers_columns, G_N_ELEMENTS (proposers_columns), sizeof (TxProposer) },
  [C_HISTORY] = { "history", "suggestion_history", history_columns, G_N_ELEMENTS (history_columns), sizeof (TxStateChange) },
};

TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, title, F_TITLE)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, content, F_CONTENT)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, date, F_DATE)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, channel, F_CHANNEL)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, consultation, F_CONSULTATION)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, handling_unit, F_HANDLING_UNIT)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, deadline, F_DEADLINE)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, state, F_STATE)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, response, F_RESPONSE)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, response_date, F_RESPONSE_DATE)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, feedback, F_FEEDBACK)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, feedback_date, F_FEEDBACK_DATE)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, satisfaction, F_SATISFACTION)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, notes, F_NOTES)


static char *
tx_suggestion_dup_title (TxRecord *record)
{
  return g_strdup (TX_SUGGESTION (record)->title ? TX_SUGGESTION (record)->title : "");
}

static gboolean
tx_suggestion_validate (TxRecord  *record,
                        GError   **error)
{
  TxSuggestion *self = (TxSuggestion *) record;

  if (tx_record_text_is_blank (self->title))
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED,
                   _("The suggestion needs a title."));
      return FALSE;
    }
  if (self->state == NULL)
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED,
                   _("The suggestion needs a state."));
      return FALSE;
    }
  return TRUE;
}

/* A state change is kept in the history with its date, so that the whole
 * path 登记 → … → 办结 shows how the office answered. */
void
tx_suggestion_move_to (TxSuggestion *self,
                       const char   *state,
                       const char   *date,
                       const char   *note,
                       const char   *operator_name)
{
  g_return_if_fail (TX_IS_SUGGESTION (self));
  g_return_if_fail (state != NULL);

  tx_suggestion_add_history_entry (self, state, date, note, operator_name);
  tx_suggestion_set_state (self, state);
}

static void
tx_suggestion_class_init (TxSuggestionClass *klass)
{
  TxRecordClass *record_class = TX_RECORD_CLASS (klass);

  record_class->entity = "suggestion";
  record_class->children = children;
  record_class->n_children = G_N_ELEMENTS (children);
  record_class->validate = tx_suggestion_validate;
  record_class->dup_title = tx_suggestion_dup_title;
  tx_record_class_install_fields (record_class, fields, N_FIELDS);
}

static void
tx_suggestion_init (TxSuggestion *self)
{
  self->state = g_strdup ("01");
}

TxSuggestion *
tx_suggestion_new (void)
{
  return g_object_new (TX_TYPE_SUGGESTION, NULL);
}

GPtrArray *
tx_suggestion_get_proposers (TxSuggestion *self)
{
  return tx_record_get_children (TX_RECORD (self), C_PROPOSERS);
}

TxProposer *
tx_suggestion_add_proposer (TxSuggestion *self,
const char *person,
const char *lead)
{
  TxProposer *row = tx_record_add_child (TX_RECORD (self), C_PROPOSERS);

  row->person = g_strdup (person);
  row->lead = g_strdup (lead);
  return row;
}

void
tx_suggestion_clear_proposers (TxSuggestion *self)
{
  tx_record_clear_children (TX_RECORD (self), C_PROPOSERS);
}

GPtrArray *
tx_suggestion_get_history (TxSuggestion *self)
{
  return tx_record_get_children (TX_RECORD (self), C_HISTORY);
}

TxStateChange *
tx_suggestion_add_history_entry (TxSuggestion *self,
const char *state,
const char *date,
const char *note,
const char *operator)
{
  TxStateChange *row = tx_record_add_child (TX_RECORD (self), C_HISTORY);

  row->state = g_strdup (state);
  row->date = g_strdup (date);
  row->note = g_strdup (note);
  row->operator = g_strdup (operator);
  return row;
}

void
tx_suggestion_clear_history (TxSuggestion *self)
{
  tx_record_clear_children (TX_RECORD (self), C_HISTORY);
}
