/* tx-suggestion-rules.c — the meaning of the suggestion states in SQL
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-suggestion-rules.h"

/* 01 登记, 02 受理, 03 转办, 04 办理: nobody has answered the proposer yet */
const char *
tx_suggestion_rule_awaiting_response (void)
{
  return "(state IN ('01', '02', '03', '04'))";
}

/* 05 答复 and everything after it */
const char *
tx_suggestion_rule_answered (void)
{
  return "(state NOT IN ('01', '02', '03', '04'))";
}

/* 06 采纳 */
const char *
tx_suggestion_rule_adopted (void)
{
  return "(state = '06')";
}

/* 08 反馈, 09 办结, or a feedback date written down */
const char *
tx_suggestion_rule_reported_back (void)
{
  return "(state IN ('08', '09') OR coalesce(feedback_date, '') <> '')";
}
