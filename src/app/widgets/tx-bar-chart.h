/* tx-bar-chart.h — a bar chart drawn with cairo in the theme's colours
 *
 * Bars of labelled values, across (one row a bar, for long labels such as
 * categories) or upright (months, age bands). Clickable charts emit
 * "bar-activated" (index, ref) on a click, Enter or Space; arrow keys move
 * between bars. The accessible description lists every bar and value.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/stats/tx-year-figures.h"

G_BEGIN_DECLS

#define TX_TYPE_BAR_CHART (tx_bar_chart_get_type ())
G_DECLARE_FINAL_TYPE (TxBarChart, tx_bar_chart, TX, BAR_CHART, GtkWidget)

/* @figures: a GPtrArray of TxFigure (copied) */
void        tx_bar_chart_set_figures  (TxBarChart *self,
                                       GPtrArray  *figures);
guint       tx_bar_chart_get_n_bars   (TxBarChart *self);
gint64      tx_bar_chart_get_value    (TxBarChart *self,
                                       guint       index);
const char *tx_bar_chart_get_ref      (TxBarChart *self,
                                       guint       index);
/* the bar under a point of the widget, or -1 */
int         tx_bar_chart_bar_at       (TxBarChart *self,
                                       double      x,
                                       double      y);
void        tx_bar_chart_activate_bar (TxBarChart *self,
                                       guint       index);

G_END_DECLS
