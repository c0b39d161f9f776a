/* tx-suggestion-rules.h — which suggestion states mean "awaiting a
 * response", "answered", "adopted" and "reported back"
 *
 * The year figures and the reminders read suggestions only through these
 * conditions, so a change to the states (adoption as an attribute of the
 * answer, say) is made here and nowhere else.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* SQL conditions on a row of the suggestion table, unqualified column
 * names; constant text, safe to paste into a statement. */
const char *tx_suggestion_rule_awaiting_response (void);
const char *tx_suggestion_rule_answered          (void);
const char *tx_suggestion_rule_adopted           (void);
const char *tx_suggestion_rule_reported_back     (void);

G_END_DECLS
