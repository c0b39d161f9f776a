/* tx-year-figures.h — the figures of a year's work summary
 *
 * One computation for `tongxin-cli stats --year`, the overview page and the
 * printed annual summary: people by category, community, gender and age;
 * activities by type and month; meetings by type and month against the
 * required counts; suggestions received, answered, adopted and overdue;
 * visits by reason and holiday.
 *
 * Each figure has a stable English key ("people.category.01") that
 * scripts read, a label to show (a code's Chinese name, or a translated
 * word) and, for figures that select records, the code or uuid that
 * selects them (a category code, a community uuid).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_YEAR_FIGURES_ERROR (tx_year_figures_error_quark ())

typedef enum
{
  TX_YEAR_FIGURES_ERROR_YEAR,   /* a year outside the civil date range */
} TxYearFiguresError;

typedef struct
{
  char   *key;     /* "activities.month.03" */
  char   *label;   /* "3月", "民主党派成员" */
  char   *ref;     /* the code or uuid the figure counts, or NULL */
  gint64  value;
} TxFigure;

/* groups of figures, the key prefixes */
#define TX_FIGURES_PEOPLE_CATEGORY   "people.category"
#define TX_FIGURES_PEOPLE_COMMUNITY  "people.community"
#define TX_FIGURES_PEOPLE_GENDER     "people.gender"
#define TX_FIGURES_PEOPLE_AGE        "people.age"
#define TX_FIGURES_ACTIVITY_TYPE     "activities.type"
#define TX_FIGURES_ACTIVITY_MONTH    "activities.month"
#define TX_FIGURES_MEETING_TYPE      "meetings.type"
#define TX_FIGURES_MEETING_MONTH     "meetings.month"
#define TX_FIGURES_VISIT_REASON      "visits.reason"
#define TX_FIGURES_VISIT_HOLIDAY     "visits.holiday"

#define TX_TYPE_YEAR_FIGURES (tx_year_figures_get_type ())
G_DECLARE_FINAL_TYPE (TxYearFigures, tx_year_figures, TX, YEAR_FIGURES, GObject)

GQuark          tx_year_figures_error_quark (void);

/* @today ("YYYY-MM-DD", NULL for the real today) is the day suggestions
 * are judged overdue on. People are those 在册 now and not in the trash;
 * ages are the ages reached in @year. Runs on any thread that may use @db. */
TxYearFigures  *tx_year_figures_compute     (TxDatabase     *db,
                                             int             year,
                                             const char     *today,
                                             GError        **error);
/* The same, stopping with G_IO_ERROR_CANCELLED between its queries once
 * @cancellable is cancelled (the overview computes them again on every
 * change: an older computation gives way at once). */
TxYearFigures  *tx_year_figures_compute_cancellable (TxDatabase    *db,
                                                     int            year,
                                                     const char    *today,
                                                     GCancellable  *cancellable,
                                                     GError       **error);

int             tx_year_figures_get_year    (TxYearFigures  *self);
guint           tx_year_figures_get_n       (TxYearFigures  *self);
const TxFigure *tx_year_figures_get_nth     (TxYearFigures  *self,
                                             guint           index);
/* the value of @key, or -1 when there is no such figure */
gint64          tx_year_figures_get_value   (TxYearFigures  *self,
                                             const char     *key);
/* the figures of one group (a prefix above), in order: a GPtrArray of
 * borrowed TxFigure */
GPtrArray      *tx_year_figures_dup_group   (TxYearFigures  *self,
                                             const char     *prefix);

/* The ages of the age band @ref (a TX_FIGURES_PEOPLE_AGE figure's ref), as
 * reached in the figures' year (the year minus the year of birth, that is
 * the age on 31 December): @min_age and @max_age, -1 for no bound. FALSE
 * for a ref that is no band. */
gboolean        tx_year_figures_age_band    (const char     *ref,
                                             int            *min_age,
                                             int            *max_age);

G_END_DECLS
