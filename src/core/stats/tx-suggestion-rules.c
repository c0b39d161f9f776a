/* tx-suggestion-rules.c — the meaning of the suggestion states in SQL
 *
 * States (tx-suggestion.h): 01 登记, 02 受理, 03 转办/交办 wait for a
 * response; 05 答复, 08 反馈, 09 办结 come after an answer; 10 不予受理
 * ends it without one. Whether an answer adopted the suggestion is its
 * adoption (code table adoption).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/model/tx-suggestion.h"

#include "tx-suggestion-rules.h"

/* keep in step with tx_suggestion_state_awaits_response() */
const char *
tx_suggestion_rule_awaiting_response (void)
{
  return "(state IN ('" TX_SUGGESTION_REGISTERED "', '" TX_SUGGESTION_ACCEPTED "', '"
         TX_SUGGESTION_REFERRED "'))";
}

const char *
tx_suggestion_rule_answered (void)
{
  return "(state IN ('" TX_SUGGESTION_ANSWERED "', '" TX_SUGGESTION_REPORTED_BACK "', '"
         TX_SUGGESTION_CLOSED "'))";
}

/* 1 采纳, 2 部分采纳, 3 列入计划: the answer takes the suggestion up;
 * 4 留作参考 and 5 未采纳 do not */
const char *
tx_suggestion_rule_adopted (void)
{
  return "(adoption IN ('1', '2', '3'))";
}

/* 08 反馈, 09 办结, or a feedback date written down */
const char *
tx_suggestion_rule_reported_back (void)
{
  return "(state IN ('" TX_SUGGESTION_REPORTED_BACK "', '" TX_SUGGESTION_CLOSED "')"
         " OR coalesce(feedback_date, '') <> '')";
}
