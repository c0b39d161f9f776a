/* tx-overview-page-private.h — what the overview page's files share
 *
 * The page is split by what it shows: the counts and demo data
 * (tx-overview-page.c), the year's figures and charts
 * (tx-overview-page-charts.c), the reminders (tx-overview-page-reminders.c).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/reminders/tx-reminders.h"
#include "core/stats/tx-year-figures.h"

#include "app/widgets/tx-bar-chart.h"
#include "app/tx-window.h"
#include "tx-overview-page.h"

G_BEGIN_DECLS

/* the kinds counted, tx-overview-page.c's count_rows */
#define N_COUNT_ROWS 8

/* the reminders shown: at most this many of each kind */
#define REMINDER_LIMIT 50

typedef enum
{
  FIGURE_PEOPLE, FIGURE_REPRESENTATIVE, FIGURE_KEY, FIGURE_ACTIVITIES, FIGURE_MEETINGS,
  FIGURE_VISITS, FIGURE_SUGGESTIONS_OPEN, FIGURE_SUGGESTIONS_OVERDUE, N_FIGURES
} Figure;

typedef enum
{
  CHART_CATEGORY, CHART_COMMUNITY, CHART_ACTIVITY_MONTH, CHART_MEETING_MONTH,
  CHART_AGE, CHART_GENDER, N_CHARTS
} Chart;

struct _TxOverviewPage
{
  GtkBox parent_instance;

  TxDatabase   *db;
  GCancellable *cancellable;   /* the counting running, if any */
  gboolean      creating_demo;

  GtkStack       *overview_stack;
  GtkLabel       *office_label;
  GtkWidget      *office_hint;
  GtkWidget      *demo_button;
  GtkProgressBar *demo_progress;
  GtkLabel       *count_labels[N_COUNT_ROWS];

  GtkLabel       *year_heading;
  GtkLabel       *figure_labels[N_FIGURES];
  TxBarChart     *charts[N_CHARTS];
  GtkListView    *reminder_list;
  GtkLabel       *reminder_summary;
  GtkWidget      *open_button;
  GtkWidget      *visit_button;
  GListStore     *reminders;           /* TxReminder */
  GtkSingleSelection *selection;
  TxYearFigures  *figures;             /* the figures shown, or NULL */
};

TxWindow *_tx_overview_page_get_window            (TxOverviewPage *self);

void      _tx_overview_page_show_figures          (TxOverviewPage *self,
                                                   TxYearFigures  *figures);
void      _tx_overview_page_class_bind_charts     (GtkWidgetClass *widget_class);

void      _tx_overview_page_show_reminders        (TxOverviewPage *self,
                                                   GPtrArray      *reminders);
void      _tx_overview_page_class_bind_reminders  (GtkWidgetClass *widget_class);
void      _tx_overview_page_init_reminders        (TxOverviewPage *self);

G_END_DECLS
