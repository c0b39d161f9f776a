/* tx-suggestion.h — a suggestion, tracked through its states to a response
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-record.h"

G_BEGIN_DECLS

typedef struct
{
  char *person;
  char *lead;
} TxProposer;

typedef struct
{
  char *state;
  char *date;
  char *note;
  char *operator;
} TxStateChange;

#define TX_TYPE_SUGGESTION (tx_suggestion_get_type ())
G_DECLARE_FINAL_TYPE (TxSuggestion, tx_suggestion, TX, SUGGESTION, TxRecord)

TxSuggestion *tx_suggestion_new (void);

TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, title)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, content)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, date)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, channel)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, consultation)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, handling_unit)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, deadline)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, state)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, response)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, response_date)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, feedback)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, feedback_date)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, satisfaction)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, notes)

GPtrArray *tx_suggestion_get_proposers (TxSuggestion *self);
TxProposer *tx_suggestion_add_proposer (TxSuggestion *self, const char *person, const char *lead);
void tx_suggestion_clear_proposers (TxSuggestion *self);
GPtrArray *tx_suggestion_get_history (TxSuggestion *self);
TxStateChange *tx_suggestion_add_history_entry (TxSuggestion *self, const char *state, const char *date, const char *note, const char *operator);
void tx_suggestion_clear_history (TxSuggestion *self);

void tx_suggestion_move_to (TxSuggestion *self,
                            const char   *state,
                            const char   *date,
                            const char   *note,
                            const char   *operator_name);

G_END_DECLS
