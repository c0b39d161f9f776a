/* test-month-filter.c — the activity and meeting lists filtered to a month
 * hold exactly what the year figures count in that month
 *
 * Three counts must agree for every month of the demo's year: the year
 * figures (what the overview's month bars show), the list query with the
 * month's date range, and the rows counted here in C from each record's
 * date and trash mark.  Some dates are changed to the month or the year
 * only, and some records trashed, so that the edges are in the data.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include "core/model/tx-activity-query.h"
#include "core/model/tx-meeting-query.h"
#include "core/stats/tx-year-figures.h"
#include "core/text/tx-civil-date.h"
#include "tx-test-util.h"

static char *dir;
static TxDatabase *db;
static int year;

static void
exec (const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_database_exec (db, sql, &error));
  g_assert_no_error (error);
}

/* dates given to the month or the year only, and records in the trash:
 * the rows picked by id are whatever the demo put there */
static void
roughen_dates (const char *table,
               const char *column)
{
  g_autofree char *sql = g_strdup_printf (
    "UPDATE %1$s SET %2$s = substr(%2$s, 1, 7) WHERE id %% 7 = 1;"
    "UPDATE %1$s SET %2$s = substr(%2$s, 1, 4) WHERE id %% 11 = 2;"
    "UPDATE %1$s SET trashed = '2026-01-01T00:00:00Z' WHERE id %% 5 = 3;", table, column);

  exec (sql);
}

/* The oracle: @table's rows not in the trash whose date (a string) is in
 * @month of the year, read one by one and judged in C. */
static gint64
count_in_c (const char *table,
            const char *column,
            int         month)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s, trashed FROM %s", column, table);
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (tx_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *date = (const char *) sqlite3_column_text (stmt, 0);

      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL || date == NULL || strlen (date) < 7)
        continue;
      if (atoi (date) == year && atoi (date + 5) == month && date[4] == '-')
        n++;
    }
  sqlite3_finalize (stmt);
  return n;
}

static gint64
count_query (TxQuery *query)
{
  g_autoptr(GError) error = NULL;
  gint64 n = tx_query_count (query, db, &error);

  g_assert_no_error (error);
  return n;
}

typedef struct
{
  const char *total_key;      /* the year figures' total, "activities" */
  const char *month_prefix;   /* and their months, "activities.month" */
  const char *table;
  const char *column;
  TxQuery  *(*new_query) (const char *search);
  void      (*add_dates) (TxQuery *query, const char *from, const char *to);
} ListSpec;

static gint64
count_in_range (const ListSpec *spec,
                const char     *from,
                const char     *to)
{
  g_autoptr(TxQuery) query = spec->new_query (NULL);

  if (from != NULL)
    spec->add_dates (query, from, to);
  return count_query (query);
}

static void
assert_months (const ListSpec *spec)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxYearFigures) figures = NULL;
  g_autofree char *whole = g_strdup_printf ("%04d", year);
  g_autofree char *first_day = g_strdup_printf ("%04d-03-01", year);
  g_autofree char *last_day = g_strdup_printf ("%04d-03-31", year);
  g_autofree char *march = g_strdup_printf ("%04d-03-%%", year);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE trashed IS NULL"
                                          " AND length(%s) = 10 AND %s LIKE ?",
                                          spec->table, spec->column, spec->column);
  g_autofree char *rough_sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE trashed IS NULL"
                                                " AND length(%s) = 7 AND %s LIKE ?",
                                                spec->table, spec->column, spec->column);
  g_autofree char *pattern = g_strdup_printf ("%04d-%%", year);
  gint64 total = 0;

  roughen_dates (spec->table, spec->column);
  figures = tx_year_figures_compute (db, year, NULL, &error);
  g_assert_no_error (error);
  for (int month = 1; month <= 12; month++)
    {
      g_autofree char *key = g_strdup_printf ("%s.%02d", spec->month_prefix, month);
      g_autofree char *first = g_strdup_printf ("%04d-%02d", year, month);
      gint64 expected = count_in_c (spec->table, spec->column, month);

      g_test_message ("%s %s: %" G_GINT64_FORMAT, spec->table, first, expected);
      g_assert_cmpint (tx_year_figures_get_value (figures, key), ==, expected);
      g_assert_cmpint (count_in_range (spec, first, first), ==, expected);
      total += expected;
    }
  /* the demo has records in several months: a test of zeros proves nothing */
  g_assert_cmpint (total, >=, 5);
  /* the rough dates are there: some months hold a date known to the month */
  g_assert_cmpint (tx_test_count (db, rough_sql, pattern), >, 0);

  /* the year as a whole holds what the figures count in the year, the
   * year-only dates too */
  g_assert_cmpint (count_in_range (spec, whole, whole), ==, tx_year_figures_get_value (figures, spec->total_key));
  g_assert_cmpint (count_in_range (spec, whole, whole), >, total);
  /* a month given to the day holds its full dates only */
  g_assert_cmpint (count_in_range (spec, first_day, last_day), ==, tx_test_count (db, sql, march));
  /* and the unfiltered list holds other years and the rough dates too */
  g_assert_cmpint (count_in_range (spec, NULL, NULL), >, count_in_range (spec, whole, whole));
}

static void
test_activities (void)
{
  static const ListSpec spec = {
    "activities", TX_FIGURES_ACTIVITY_MONTH, "activity", "start_date",
    tx_activity_query_new, tx_activity_query_add_dates,
  };

  assert_months (&spec);
}

static void
test_meetings (void)
{
  static const ListSpec spec = {
    "meetings", TX_FIGURES_MEETING_MONTH, "consultation", "date",
    tx_meeting_consultation_query, tx_meeting_consultation_query_add_dates,
  };

  assert_months (&spec);
}

/* a search and the date range together: both hold */
static void
test_with_search (void)
{
  g_autofree char *month = g_strdup_printf ("%04d-03", year);
  g_autoptr(TxQuery) both = tx_activity_query_new ("会");
  g_autofree char *like = g_strdup_printf ("%s%%", month);
  gint64 expected = tx_test_count (db, "SELECT count(*) FROM activity WHERE trashed IS NULL"
                                   " AND start_date LIKE ? AND (instr(title, '会') > 0"
                                   " OR instr(place, '会') > 0 OR instr(organiser, '会') > 0)", like);

  tx_activity_query_add_dates (both, month, month);
  g_assert_cmpint (count_query (both), ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  TxCivilDate today;
  int status;

  g_test_init (&argc, &argv, NULL);
  tx_civil_date_today (&today);
  year = today.year;
  dir = tx_test_make_temp_dir ("month-filter");
  db = tx_test_open_demo_database (dir, 2000, 7);

  g_test_add_func ("/month-filter/activities", test_activities);
  g_test_add_func ("/month-filter/meetings", test_meetings);
  g_test_add_func ("/month-filter/with-search", test_with_search);

  status = g_test_run ();
  g_assert_finalize_object (db);
  tx_test_remove_tree (dir);
  g_free (dir);
  return status;
}
