/* tx-summary.c — 年度工作统计: the figures of a year's work
 *
 * The figures are tx_year_figures_compute()'s, the same that
 * `tongxin-cli stats --year` prints and the overview shows.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/stats/tx-year-figures.h"

#include "tx-documents-private.h"

/* label | count, two such pairs a row */
static void
add_group (TxReport      *report,
           TxYearFigures *figures,
           const char    *heading,
           const char    *prefix)
{
  static const double widths[] = { 3, 1, 3, 1 };
  g_autoptr(GPtrArray) group = tx_year_figures_dup_group (figures, prefix);
  TxReportTable *table;

  tx_report_add_space (report, 10);
  tx_report_add_text (report, TX_REPORT_TEXT_HEADING, heading);
  tx_report_add_space (report, 3);
  table = tx_report_add_table (report, TX_REPORT_TABLE_GRID, 4, widths);
  for (guint i = 0; i < group->len; i++)
    {
      const TxFigure *figure = g_ptr_array_index (group, i);
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, figure->value);

      tx_report_table_add_cell (table, figure->label, TX_REPORT_CELL_LABEL, 1, 1);
      tx_report_table_add_cell (table, value, TX_REPORT_CELL_CENTER, 1, 1);
      if (i % 2 == 1)
        tx_report_table_end_row (table, 0);
    }
  if (group->len % 2 == 1)
    {
      tx_report_table_add_cell (table, "", TX_REPORT_CELL_DEFAULT, 2, 1);
      tx_report_table_end_row (table, 0);
    }
  if (group->len == 0)
    {
      tx_report_table_add_cell (table, _("(none)"), TX_REPORT_CELL_CENTER, 4, 1);
      tx_report_table_end_row (table, 0);
    }
}

static void
add_value (GPtrArray     *pairs,
           TxYearFigures *figures,
           const char    *key,
           const char    *label)
{
  gint64 value = tx_year_figures_get_value (figures, key);

  g_ptr_array_add (pairs, g_strdup (label));
  g_ptr_array_add (pairs, value < 0 ? g_strdup ("—") : g_strdup_printf ("%" G_GINT64_FORMAT, value));
}

static char *
held_of_required (TxYearFigures *figures,
                  const char    *held_key,
                  const char    *required_key)
{
  return g_strdup_printf (_("%lld held, %lld required"),
                          (long long) MAX (tx_year_figures_get_value (figures, held_key), 0),
                          (long long) tx_year_figures_get_value (figures, required_key));
}

/* the totals, and the meetings held against those required */
static void
add_totals (TxReport      *report,
            TxYearFigures *figures)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *briefings = held_of_required (figures, TX_FIGURES_MEETING_TYPE ".2", "meetings.briefings.required");
  g_autofree char *consultations = held_of_required (figures, TX_FIGURES_MEETING_TYPE ".1", "meetings.consultations.required");

  add_value (pairs, figures, "people", _("People on the register"));
  add_value (pairs, figures, "people.representative", _("Representative persons"));
  add_value (pairs, figures, "people.key", _("Key persons"));
  add_value (pairs, figures, "activities", _("Activities"));
  add_value (pairs, figures, "meetings", _("Meetings"));
  add_value (pairs, figures, "visits", _("Visits"));
  g_ptr_array_add (pairs, g_strdup (_("Briefings held")));
  g_ptr_array_add (pairs, g_strdup (briefings));
  g_ptr_array_add (pairs, g_strdup (_("Consultations held")));
  g_ptr_array_add (pairs, g_strdup (consultations));
  add_value (pairs, figures, "suggestions.received", _("Suggestions received"));
  add_value (pairs, figures, "suggestions.answered", _("Suggestions answered"));
  add_value (pairs, figures, "suggestions.adopted", _("Suggestions adopted"));
  add_value (pairs, figures, "suggestions.overdue", _("Suggestions overdue"));
  g_ptr_array_add (pairs, NULL);
  tx_report_add_key_values (report, 2, (const char * const *) pairs->pdata);
}

TxReport *
tx_summary_build (TxDatabase  *db,
                  int          year,
                  const char  *today,
                  GError     **error)
{
  g_autoptr(TxYearFigures) figures = tx_year_figures_compute (db, year, today, error);
  g_autoptr(TxReport) report = NULL;
  g_autofree char *title = NULL;

  if (figures == NULL)
    return NULL;
  title = g_strdup_printf (_("Work statistics of %d"), year);
  report = _tx_document_new (db, title);
  tx_report_add_text (report, TX_REPORT_TEXT_TITLE, title);
  tx_report_add_space (report, 8);
  add_totals (report, figures);
  add_group (report, figures, _("People by united-front category"), TX_FIGURES_PEOPLE_CATEGORY);
  add_group (report, figures, _("People by community"), TX_FIGURES_PEOPLE_COMMUNITY);
  add_group (report, figures, _("Activities by type"), TX_FIGURES_ACTIVITY_TYPE);
  add_group (report, figures, _("Activities by month"), TX_FIGURES_ACTIVITY_MONTH);
  add_group (report, figures, _("Meetings by type"), TX_FIGURES_MEETING_TYPE);
  add_group (report, figures, _("Visits by reason"), TX_FIGURES_VISIT_REASON);
  add_group (report, figures, _("Visits by holiday"), TX_FIGURES_VISIT_HOLIDAY);
  return g_steal_pointer (&report);
}
