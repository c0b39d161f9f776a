/* tx-visit.h — a visit or condolence call (走访慰问)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-record.h"

G_BEGIN_DECLS

typedef struct
{
  char *staff;
} TxVisitor;

#define TX_TYPE_VISIT (tx_visit_get_type ())
G_DECLARE_FINAL_TYPE (TxVisit, tx_visit, TX, VISIT, TxRecord)

TxVisit *tx_visit_new (void);

TX_DECLARE_TEXT_FIELD (TxVisit, tx_visit, person)
TX_DECLARE_TEXT_FIELD (TxVisit, tx_visit, date)
TX_DECLARE_TEXT_FIELD (TxVisit, tx_visit, reason)
TX_DECLARE_TEXT_FIELD (TxVisit, tx_visit, holiday)
TX_DECLARE_INT_FIELD (TxVisit, tx_visit, holiday_year)
TX_DECLARE_TEXT_FIELD (TxVisit, tx_visit, gifts)
TX_DECLARE_TEXT_FIELD (TxVisit, tx_visit, issues)
TX_DECLARE_TEXT_FIELD (TxVisit, tx_visit, follow_up)
TX_DECLARE_TEXT_FIELD (TxVisit, tx_visit, notes)

/* The year of the holiday a visit on @date_iso is for: the date's year,
 * but the next one for a 元旦 or 春节 visit in December (the 两节 visits
 * start before New Year).  0 when @date_iso has no year. */
int tx_visit_holiday_year_for (const char *date_iso,
                               const char *holiday);

GPtrArray *tx_visit_get_visitors (TxVisit *self);
TxVisitor *tx_visit_add_visitor (TxVisit *self, const char *staff);
void tx_visit_clear_visitors (TxVisit *self);

G_END_DECLS
