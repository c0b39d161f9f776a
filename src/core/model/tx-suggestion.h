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

/* The states (code table suggestion-state), in the order of handling;
 * REJECTED (不予受理) ends it early.  Codes 04 办理, 06 采纳 and 07 未采纳 of
 * older files were folded into these by a migration: the adoption result
 * is an attribute of the answer (code table adoption). */
#define TX_SUGGESTION_REGISTERED    "01"   /* 登记 */
#define TX_SUGGESTION_ACCEPTED      "02"   /* 受理 */
#define TX_SUGGESTION_REFERRED      "03"   /* 转办/交办 */
#define TX_SUGGESTION_ANSWERED      "05"   /* 答复 */
#define TX_SUGGESTION_REPORTED_BACK "08"   /* 反馈 */
#define TX_SUGGESTION_CLOSED        "09"   /* 办结 */
#define TX_SUGGESTION_REJECTED      "10"   /* 不予受理 */

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
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, adoption)
TX_DECLARE_TEXT_FIELD (TxSuggestion, tx_suggestion, notes)

GPtrArray *tx_suggestion_get_proposers (TxSuggestion *self);
TxProposer *tx_suggestion_add_proposer (TxSuggestion *self, const char *person, const char *lead);
void tx_suggestion_clear_proposers (TxSuggestion *self);
GPtrArray *tx_suggestion_get_history (TxSuggestion *self);
TxStateChange *tx_suggestion_add_history_entry (TxSuggestion *self, const char *state, const char *date, const char *note, const char *operator);

/* Waiting for an answer (登记, 受理, 转办): only such a suggestion can be
 * overdue. */
gboolean    tx_suggestion_state_awaits_response (const char *state);
/* The steps that may follow @state: the next one, and 不予受理 from 登记 and
 * 受理.  Empty (never NULL) at the end. */
char      **tx_suggestion_state_dup_next        (const char *state);
/* The state a step back from @state returns to; NULL at the start. */
const char *tx_suggestion_state_previous        (const char *state);

void        tx_suggestion_register              (TxSuggestion  *self,
                                                 const char    *date,
                                                 const char    *operator_name);
gboolean    tx_suggestion_advance               (TxSuggestion  *self,
                                                 const char    *state,
                                                 const char    *date,
                                                 const char    *note,
                                                 const char    *operator_name,
                                                 GError       **error);
gboolean    tx_suggestion_step_back             (TxSuggestion  *self,
                                                 const char    *date,
                                                 const char    *reason,
                                                 const char    *operator_name,
                                                 GError       **error);

G_END_DECLS
