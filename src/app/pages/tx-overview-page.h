/* tx-overview-page.h — the first page: what the database holds
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/stats/tx-year-figures.h"

G_BEGIN_DECLS

#define TX_TYPE_OVERVIEW_PAGE (tx_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (TxOverviewPage, tx_overview_page, TX, OVERVIEW_PAGE, GtkBox)

/* TRUE while the first-run state (no people yet) is shown */
gboolean       tx_overview_page_is_empty       (TxOverviewPage *self);
/* the year figures shown (borrowed; NULL before the first read) */
TxYearFigures *tx_overview_page_get_figures    (TxOverviewPage *self);
/* the reminders listed: TxReminder */
GListModel    *tx_overview_page_get_reminders  (TxOverviewPage *self);

G_END_DECLS
