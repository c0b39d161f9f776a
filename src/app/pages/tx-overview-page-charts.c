/* tx-overview-page-charts.c — the year's key figures and charts
 *
 * The figures of tx_year_figures_compute (the same as `tongxin-cli stats
 * --year`); a bar opens the list it counts: the archive filtered by
 * category, community, age band or gender, the activities or meetings of
 * a month.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "tx-archive-page.h"
#include "tx-record-list-page.h"
#include "tx-overview-page-private.h"

/* the year figures' groups the charts show, in Chart order */
static const char * const chart_groups[N_CHARTS] = {
  TX_FIGURES_PEOPLE_CATEGORY, TX_FIGURES_PEOPLE_COMMUNITY, TX_FIGURES_ACTIVITY_MONTH,
  TX_FIGURES_MEETING_MONTH, TX_FIGURES_PEOPLE_AGE, TX_FIGURES_PEOPLE_GENDER,
};

/* buildable ids, in Figure and Chart order */
static const char * const figure_ids[N_FIGURES] = {
  "figure_people", "figure_representative", "figure_key", "figure_activities", "figure_meetings",
  "figure_visits", "figure_suggestions_open", "figure_suggestions_overdue",
};
static const char * const chart_ids[N_CHARTS] = {
  "category_chart", "community_chart", "activity_month_chart", "meeting_month_chart",
  "age_chart", "gender_chart",
};

static void
set_figure (TxOverviewPage *self,
            Figure          figure,
            gint64          value)
{
  g_autofree char *text = value >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : g_strdup ("—");

  gtk_label_set_label (self->figure_labels[figure], text);
}

/* The gender chart leaves out the codes nobody has (未知, 未说明 are rare). */
static GPtrArray *
chart_bars (TxYearFigures *figures,
            Chart          chart)
{
  GPtrArray *group = tx_year_figures_dup_group (figures, chart_groups[chart]);

  for (guint i = group->len; chart == CHART_GENDER && i > 0; i--)
    if (((TxFigure *) g_ptr_array_index (group, i - 1))->value == 0)
      g_ptr_array_remove_index (group, i - 1);
  return group;
}

void
_tx_overview_page_show_figures (TxOverviewPage *self,
                                TxYearFigures  *figures)
{
  static const char * const keys[N_FIGURES] = {
    "people", "people.representative", "people.key", "activities", "meetings", "visits",
    "suggestions.awaiting", "suggestions.overdue",
  };
  g_autofree char *heading = NULL;

  g_set_object (&self->figures, figures);
  for (guint i = 0; i < N_FIGURES; i++)
    set_figure (self, i, figures != NULL ? tx_year_figures_get_value (figures, keys[i]) : -1);
  for (guint i = 0; i < N_CHARTS; i++)
    {
      g_autoptr(GPtrArray) bars = figures != NULL ? chart_bars (figures, i) : NULL;

      tx_bar_chart_set_figures (self->charts[i], bars);
    }
  heading = figures != NULL ? g_strdup_printf (_("The Year %d"), tx_year_figures_get_year (figures)) : g_strdup ("");
  gtk_label_set_label (self->year_heading, heading);
}

/* The archive page, which the caller filters, then shows (NULL in a
 * test without a window) */
static TxArchivePage *
get_archive_page (TxOverviewPage *self)
{
  TxWindow *window = _tx_overview_page_get_window (self);
  GtkWidget *archive = window != NULL ? tx_window_get_page (window, "archive") : NULL;

  return archive != NULL && TX_IS_ARCHIVE_PAGE (archive) ? TX_ARCHIVE_PAGE (archive) : NULL;
}

static void
show_archive_filtered (TxOverviewPage *self,
                       const char     *category,
                       const char     *community)
{
  TxArchivePage *archive = get_archive_page (self);

  if (archive == NULL)
    return;
  tx_archive_page_show_filtered (archive, category, community);
  tx_window_show_page (_tx_overview_page_get_window (self), "archive");
}

static void
on_category_bar_activated (TxOverviewPage *self,
                           guint           index,
                           const char     *ref)
{
  show_archive_filtered (self, ref, NULL);
}

/* "none" (no community) has no uuid: the bar opens the whole archive */
static void
on_community_bar_activated (TxOverviewPage *self,
                            guint           index,
                            const char     *ref)
{
  show_archive_filtered (self, NULL, ref);
}

/* the people of an age band, their ages counted as the chart counts them
 * (reached in the year shown); "unknown" (no birth date) opens nothing */
static void
on_age_bar_activated (TxOverviewPage *self,
                      guint           index,
                      const char     *ref)
{
  int min_age, max_age;
  TxArchivePage *archive;

  if (self->figures == NULL || !tx_year_figures_age_band (ref, &min_age, &max_age))
    return;
  archive = get_archive_page (self);
  if (archive == NULL)
    return;
  tx_archive_page_show_ages (archive, min_age, max_age, tx_year_figures_get_year (self->figures));
  tx_window_show_page (_tx_overview_page_get_window (self), "archive");
}

static void
on_gender_bar_activated (TxOverviewPage *self,
                         guint           index,
                         const char     *ref)
{
  TxArchivePage *archive;

  if (ref == NULL)
    return;
  archive = get_archive_page (self);
  if (archive == NULL)
    return;
  tx_archive_page_show_gender (archive, ref);
  tx_window_show_page (_tx_overview_page_get_window (self), "archive");
}

/* A month bar opens its list filtered to that month of the figures' year
 * (the bar's ref is the month, "03"). */
static void
show_month (TxOverviewPage *self,
            const char     *page_name,
            const char     *ref)
{
  TxWindow *window = _tx_overview_page_get_window (self);
  GtkWidget *page = window != NULL ? tx_window_get_page (window, page_name) : NULL;
  int month = ref != NULL ? (int) g_ascii_strtoll (ref, NULL, 10) : 0;

  if (page == NULL)
    return;
  if (TX_IS_RECORD_LIST_PAGE (page) && self->figures != NULL && month >= 1 && month <= 12)
    tx_record_list_page_show_month (TX_RECORD_LIST_PAGE (page), tx_year_figures_get_year (self->figures), month);
  tx_window_show_page (window, page_name);
}

static void
on_activity_month_bar_activated (TxOverviewPage *self,
                                 guint           index,
                                 const char     *ref)
{
  show_month (self, "activities", ref);
}

static void
on_meeting_month_bar_activated (TxOverviewPage *self,
                                guint           index,
                                const char     *ref)
{
  show_month (self, "consultations", ref);
}

TxYearFigures *
tx_overview_page_get_figures (TxOverviewPage *self)
{
  g_return_val_if_fail (TX_IS_OVERVIEW_PAGE (self), NULL);
  return self->figures;
}

void
_tx_overview_page_class_bind_charts (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, year_heading);
  for (guint i = 0; i < N_FIGURES; i++)
    gtk_widget_class_bind_template_child_full (widget_class, figure_ids[i], FALSE,
                                               G_STRUCT_OFFSET (TxOverviewPage, figure_labels)
                                               + i * sizeof (GtkLabel *));
  for (guint i = 0; i < N_CHARTS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, chart_ids[i], FALSE,
                                               G_STRUCT_OFFSET (TxOverviewPage, charts)
                                               + i * sizeof (TxBarChart *));
  gtk_widget_class_bind_template_callback (widget_class, on_category_bar_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_community_bar_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_activity_month_bar_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_month_bar_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_age_bar_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_gender_bar_activated);
}
