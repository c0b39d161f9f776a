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

  char     *lead_proposer_name;  /* joined */
  char     *proposer_count;      /* joined */
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
  char     *adoption;
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
  F_ADOPTION,
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
  [F_ADOPTION] = { "adoption", "adoption", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, adoption), N_("Adoption"), "adoption", FALSE },
  [F_NOTES] = { "notes", "notes", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxSuggestion, notes), N_("Notes"), NULL, FALSE },
};

/* what the lists show beside the stored fields, read in the same query:
 * the lead proposer's name (the first one marked lead, else the first),
 * and how many signed, as text */
static const TxJoinedField joined[] = {
  { "lead-proposer-name", "(SELECT p.name FROM suggestion_proposer sp JOIN person p ON p.uuid = sp.person"
                          " WHERE sp.owner = suggestion.uuid ORDER BY sp.lead IS '1' DESC, sp.position LIMIT 1)",
    G_STRUCT_OFFSET (TxSuggestion, lead_proposer_name) },
  { "proposer-count", "(SELECT count(*) FROM suggestion_proposer sp WHERE sp.owner = suggestion.uuid)",
    G_STRUCT_OFFSET (TxSuggestion, proposer_count) },
};

static const TxChildColumn proposers_columns[] = {
  { "person", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxProposer, person) },
  { "lead", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxProposer, lead) },
};

static const TxChildColumn history_columns[] = {
  { "state", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxStateChange, state), "suggestion-state" },
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
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, adoption, F_ADOPTION)
TX_DEFINE_TEXT_FIELD (TxSuggestion, tx_suggestion, notes, F_NOTES)


static char *
tx_suggestion_dup_title (TxRecord *record)
{
  return g_strdup (TX_SUGGESTION (record)->title ? TX_SUGGESTION (record)->title : "");
}

/* The handling as offices do it, in order; 不予受理 ends it early, from 登记
 * or 受理.  Codes as in data/codes/suggestion-state.tsv. */
static const char * const path[] = {
  TX_SUGGESTION_REGISTERED, TX_SUGGESTION_ACCEPTED, TX_SUGGESTION_REFERRED,
  TX_SUGGESTION_ANSWERED, TX_SUGGESTION_REPORTED_BACK, TX_SUGGESTION_CLOSED,
};

static int
path_index (const char *state)
{
  for (guint i = 0; i < G_N_ELEMENTS (path); i++)
    if (g_strcmp0 (state, path[i]) == 0)
      return i;
  return -1;
}

gboolean
tx_suggestion_state_awaits_response (const char *state)
{
  int i = path_index (state);

  return i >= 0 && i < path_index (TX_SUGGESTION_ANSWERED);
}

char **
tx_suggestion_state_dup_next (const char *state)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int i = path_index (state);

  if (i >= 0 && i + 1 < (int) G_N_ELEMENTS (path))
    g_strv_builder_add (builder, path[i + 1]);
  if (i >= 0 && i <= path_index (TX_SUGGESTION_ACCEPTED))
    g_strv_builder_add (builder, TX_SUGGESTION_REJECTED);
  return g_strv_builder_end (builder);
}

const char *
tx_suggestion_state_previous (const char *state)
{
  int i = path_index (state);

  if (g_strcmp0 (state, TX_SUGGESTION_REJECTED) == 0)
    return TX_SUGGESTION_ACCEPTED;
  return i > 0 ? path[i - 1] : NULL;
}

static gboolean
fail (GError     **error,
      const char  *message)
{
  g_set_error_literal (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID, message);
  return FALSE;
}

/* What a state needs on the record: 答复 and after the answer and its
 * date, 反馈 and after the feedback to the proposer. */
static gboolean
check_state_fields (TxSuggestion  *self,
                    const char    *state,
                    GError       **error)
{
  int i = path_index (state);

  if (i >= path_index (TX_SUGGESTION_ANSWERED)
      && (tx_record_text_is_blank (self->response)
          || tx_record_text_is_blank (self->response_date)))
    return fail (error, _("An answered suggestion needs the answer and the date it was given."));
  if (i >= path_index (TX_SUGGESTION_REPORTED_BACK)
      && tx_record_text_is_blank (self->feedback))
    return fail (error, _("A suggestion reported back needs the feedback given to the proposer."));
  return TRUE;
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
  return check_state_fields (self, self->state, error);
}

/* The first entry of the history: the registration. */
void
tx_suggestion_register (TxSuggestion *self,
                        const char   *date,
                        const char   *operator_name)
{
  g_return_if_fail (TX_IS_SUGGESTION (self));

  tx_suggestion_add_history_entry (self, TX_SUGGESTION_REGISTERED, date, NULL, operator_name);
  tx_suggestion_set_state (self, TX_SUGGESTION_REGISTERED);
}

/* A step forward is kept in the history with its date, so that the whole
 * path 登记 → … → 办结 shows how the office answered.  Only the next step
 * is allowed (no skipping); 不予受理 needs its reason in @note. */
gboolean
tx_suggestion_advance (TxSuggestion  *self,
                       const char    *state,
                       const char    *date,
                       const char    *note,
                       const char    *operator_name,
                       GError       **error)
{
  g_auto(GStrv) next = NULL;

  g_return_val_if_fail (TX_IS_SUGGESTION (self), FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  next = tx_suggestion_state_dup_next (self->state);
  if (!g_strv_contains ((const char * const *) next, state))
    return fail (error, _("A suggestion moves one step at a time: this step does not follow the current one."));
  if (g_strcmp0 (state, TX_SUGGESTION_REJECTED) == 0 && tx_record_text_is_blank (note))
    return fail (error, _("Say why the suggestion is not accepted."));
  if (!check_state_fields (self, state, error))
    return FALSE;

  tx_suggestion_add_history_entry (self, state, date, note, operator_name);
  tx_suggestion_set_state (self, state);
  return TRUE;
}

/* A step back (a wrong click, an answer sent back) needs a reason; it is
 * kept in the history like any step, with the reason. */
gboolean
tx_suggestion_step_back (TxSuggestion  *self,
                         const char    *date,
                         const char    *reason,
                         const char    *operator_name,
                         GError       **error)
{
  const char *previous;
  g_autofree char *note = NULL;

  g_return_val_if_fail (TX_IS_SUGGESTION (self), FALSE);

  previous = tx_suggestion_state_previous (self->state);
  if (previous == NULL)
    return fail (error, _("The suggestion is at its first step."));
  if (tx_record_text_is_blank (reason))
    return fail (error, _("A step back needs a reason."));

  /* TRANSLATORS: kept in a suggestion's history; %s is the reason given */
  note = g_strdup_printf (_("Stepped back: %s"), reason);
  tx_suggestion_add_history_entry (self, previous, date, note, operator_name);
  tx_suggestion_set_state (self, previous);
  return TRUE;
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
  tx_record_class_install_joined (record_class, joined, G_N_ELEMENTS (joined));
}

static void
tx_suggestion_init (TxSuggestion *self)
{
  self->state = g_strdup (TX_SUGGESTION_REGISTERED);
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
