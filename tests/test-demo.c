/* test-demo.c — the demonstration data: reproducible, complete and valid
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/demo/tx-demo.h"
#include "core/model/tx-person.h"
#include "core/model/tx-record.h"
#include "core/db/tx-store.h"
#include "tx-test-util.h"

#define PEOPLE 300
#define SEED   42

/* every table the demo writes, child tables included */
static const char * const tables[] = {
  "community", "staff",
  "person", "person_category", "person_role", "person_circumstance",
  "activity", "activity_participant",
  "visit", "visit_staff",
  "consultation", "consultation_attendee",
  "suggestion", "suggestion_proposer", "suggestion_history",
  "pairing", "pairing_contact",
};

static char *tmp_dir;
static TxDatabase *shared_db;   /* PEOPLE people with SEED, filled once */

static TxDatabase *
filled_database (const char *name,
                 guint       people,
                 guint32     seed)
{
  TxDatabase *db = tx_test_open_database (tmp_dir, name);
  TxDemoOptions options = { people, seed, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_demo_fill (db, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  return db;
}

static TxDatabase *
get_shared (void)
{
  if (shared_db == NULL)
    shared_db = filled_database ("shared.db", PEOPLE, SEED);
  return shared_db;
}

static sqlite3_stmt *
select_all (TxDatabase *db,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1, 2", table);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (tx_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  return stmt;
}

/* The first column in which the current rows differ, or -1. */
static int
differing_column (sqlite3_stmt *x,
                  sqlite3_stmt *y)
{
  for (int c = 0; c < sqlite3_column_count (x); c++)
    {
      if (sqlite3_column_type (x, c) != sqlite3_column_type (y, c) ||
          g_strcmp0 ((const char *) sqlite3_column_text (x, c), (const char *) sqlite3_column_text (y, c)) != 0)
        return c;
    }
  return -1;
}

/* Compares @table row by row.  Returns the number of rows when the two
 * are the same, -1 when they differ; fails the test on a difference when
 * @expect_equal. */
static gint64
compare_table (TxDatabase *a,
               TxDatabase *b,
               const char *table,
               gboolean    expect_equal)
{
  sqlite3_stmt *x = select_all (a, table);
  sqlite3_stmt *y = select_all (b, table);
  gint64 rows = 0;

  for (;;)
    {
      int rx = sqlite3_step (x), ry = sqlite3_step (y);
      int column;

      if (rx != SQLITE_ROW || ry != SQLITE_ROW)
        {
          if (rx != ry)
            rows = -1;
          if (rx != ry && expect_equal)
            g_test_fail_printf ("%s: one copy has more rows", table);
          break;
        }
      column = differing_column (x, y);
      if (column >= 0)
        {
          if (expect_equal)
            g_test_fail_printf ("%s, row %" G_GINT64_FORMAT ": column %s differs",
                                table, rows + 1, sqlite3_column_name (x, column));
          rows = -1;
          break;
        }
      rows++;
    }
  sqlite3_finalize (x);
  sqlite3_finalize (y);
  return rows;
}

static void
test_same_seed (void)
{
  g_autoptr(TxDatabase) other = filled_database ("same-seed.db", PEOPLE, SEED);
  TxDatabase *db = get_shared ();

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      gint64 rows = compare_table (db, other, tables[i], TRUE);

      g_test_message ("%s: %" G_GINT64_FORMAT " identical rows", tables[i], rows);
      if (rows < 0)
        return;
      g_assert_cmpint (rows, >, 0);
    }
}

static void
test_other_seed (void)
{
  g_autoptr(TxDatabase) other = filled_database ("other-seed.db", PEOPLE, SEED + 1);
  TxDatabase *db = get_shared ();

  g_assert_cmpint (compare_table (db, other, "person", FALSE), ==, -1);
  g_assert_cmpint (compare_table (db, other, "community", FALSE), ==, -1);
  g_assert_cmpint (compare_table (db, other, "suggestion", FALSE), ==, -1);
}

static void
assert_codes_present (TxDatabase          *db,
                      const char          *table,
                      const char          *column,
                      const char * const  *codes)
{
  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s = '%s'",
                                              table, column, codes[i]);

      if (tx_test_count (db, sql, NULL) == 0)
        g_test_message ("no %s.%s = %s", table, column, codes[i]);
      g_assert_cmpint (tx_test_count (db, sql, NULL), >, 0);
    }
}

static void
test_counts (void)
{
  TxDatabase *db = get_shared ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (tx_store_count (db, TX_TYPE_PERSON, FALSE, &error), ==, PEOPLE);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      g_assert_cmpint (tx_test_count (db, sql, NULL), >, 0);
    }
  /* one street of eight communities; two street staff, one in each
   * community and a liaison officer */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM community", NULL), ==, 8);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM staff", NULL), ==, 2 + 8 + 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM settings WHERE key = 'office.level' AND value = '2'", NULL), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM settings WHERE key = 'office.name' AND value LIKE '%街道党工委'", NULL), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM activity", NULL), ==, PEOPLE / 20);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM visit", NULL), ==, PEOPLE / 4);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM consultation", NULL), ==, 4);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion", NULL), ==, 10);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM pairing", NULL), ==, PEOPLE / 25);

  assert_codes_present (db, "suggestion", "state",
                        (const char *[]) { "01", "02", "03", "05", "08", "09", "10", NULL });
  assert_codes_present (db, "activity_participant", "state",
                        (const char *[]) { "1", "2", "3", "4", "5", NULL });
  assert_codes_present (db, "consultation_attendee", "state",
                        (const char *[]) { "1", "2", "3", "4", NULL });
  assert_codes_present (db, "activity", "activity_type",
                        (const char *[]) { "01", "02", "03", "04", "05", "06", "07", "08", "99", NULL });
  assert_codes_present (db, "visit", "reason",
                        (const char *[]) { "1", "2", "3", "4", "5", "6", "9", NULL });
  assert_codes_present (db, "consultation", "consultation_type",
                        (const char *[]) { "1", "2", "3", "4", NULL });
  assert_codes_present (db, "person", "status", (const char *[]) { "1", "2", "3", NULL });
  assert_codes_present (db, "person_role", "kind", (const char *[]) { "1", "2", NULL });
  /* raised at a meeting; overdue (open and past the deadline) */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion WHERE channel = '3' AND consultation IS NOT NULL", NULL), >, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion WHERE state < '05' AND deadline < '2026-06-30'", NULL), >, 0);
}

/* Shares that make the archive look like a real one. */
static void
test_proportions (void)
{
  TxDatabase *db = get_shared ();
  gint64 two = tx_test_count (db, "SELECT count(*) FROM (SELECT owner FROM person_category GROUP BY owner HAVING count(*) = 2)", NULL);
  gint64 more = tx_test_count (db, "SELECT count(*) FROM (SELECT owner FROM person_category GROUP BY owner HAVING count(*) > 2)", NULL);
  gint64 with_id = tx_test_count (db, "SELECT count(*) FROM person WHERE document_type = '01' AND document_number IS NOT NULL", NULL);
  gint64 han = tx_test_count (db, "SELECT count(*) FROM person WHERE ethnicity = '01'", NULL);
  gint64 representative = tx_test_count (db, "SELECT count(*) FROM person WHERE representative", NULL);
  gint64 key = tx_test_count (db, "SELECT count(*) FROM person WHERE key_person", NULL);
  gint64 listed = tx_test_count (db, "SELECT count(*) FROM person WHERE status = '1'", NULL);

  g_test_message ("two categories %" G_GINT64_FORMAT ", ID numbers %" G_GINT64_FORMAT
                  ", Han %" G_GINT64_FORMAT ", representative %" G_GINT64_FORMAT
                  ", key %" G_GINT64_FORMAT ", listed %" G_GINT64_FORMAT " of %d",
                  two, with_id, han, representative, key, listed, PEOPLE);
  g_assert_cmpint (more, ==, 0);
  g_assert_cmpint (two, >=, PEOPLE * 8 / 100);
  g_assert_cmpint (two, <=, PEOPLE * 17 / 100);
  g_assert_cmpint (with_id, >=, PEOPLE * 85 / 100);
  g_assert_cmpint (with_id, <=, PEOPLE * 95 / 100);
  g_assert_cmpint (han, >=, PEOPLE * 80 / 100);
  g_assert_cmpint (han, <, PEOPLE);
  g_assert_cmpint (representative, >=, PEOPLE * 4 / 100);
  g_assert_cmpint (representative, <=, PEOPLE * 14 / 100);
  g_assert_cmpint (key, >=, PEOPLE * 1 / 100);   /* about 5 %, but a sample of 300 */
  g_assert_cmpint (key, <=, PEOPLE * 9 / 100);
  g_assert_cmpint (listed, >=, PEOPLE * 85 / 100);
  /* the categories the regulations put first are the big ones */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_category WHERE category = '03'", NULL), >,
                   tx_test_count (db, "SELECT count(*) FROM person_category WHERE category = '05'", NULL));
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_category WHERE category = '07'", NULL), >,
                   tx_test_count (db, "SELECT count(*) FROM person_category WHERE category = '05'", NULL));
  /* 民主党派成员 have a party, 无党派人士 are 12 */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person p JOIN person_category c ON c.owner = p.uuid "
                              "WHERE c.category = '01' AND p.political_status NOT BETWEEN '04' AND '11'", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person p JOIN person_category c ON c.owner = p.uuid "
                              "WHERE c.category = '02' AND p.political_status <> '12'", NULL), ==, 0);
}

/* What the save does not check but a user would notice. */
static void
test_consistency (void)
{
  TxDatabase *db = get_shared ();

  /* each suggestion's state is the last step of its history, in date order */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion s WHERE s.state <> "
                              "(SELECT h.state FROM suggestion_history h WHERE h.owner = s.uuid "
                              " ORDER BY h.position DESC LIMIT 1)", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion_history a JOIN suggestion_history b "
                              "ON a.owner = b.owner AND b.position = a.position + 1 WHERE b.date < a.date", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion WHERE state IN ('05', '08', '09')"
                                  " AND (response IS NULL OR adoption IS NULL)", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion WHERE state IN ('08', '09') AND satisfaction IS NULL", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion WHERE state NOT IN ('05', '08', '09')"
                                  " AND adoption IS NOT NULL", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion_proposer WHERE lead = '1'", NULL), ==,
                   tx_test_count (db, "SELECT count(*) FROM suggestion", NULL));
  /* nothing happened after today but what is announced */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM visit WHERE date >= '2026-06-30'", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion_history WHERE date >= '2026-06-30'", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM pairing_contact WHERE date >= '2026-06-30'", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM activity WHERE start_date > '2026-06-30' AND summary IS NOT NULL", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM consultation WHERE date < '2026-06-30' AND minutes IS NULL", NULL), ==, 0);
  /* holiday visits say which holiday of which year */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM visit WHERE reason = '1' AND (holiday IS NULL OR holiday_year < 2023)", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM visit WHERE reason <> '1' AND holiday IS NOT NULL", NULL), ==, 0);
  /* no one twice on one roster */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM (SELECT owner, person FROM activity_participant "
                              "GROUP BY owner, person HAVING count(*) > 1)", NULL), ==, 0);
  /* community codes share the street's first nine digits */
  g_assert_cmpint (tx_test_count (db, "SELECT count(DISTINCT substr(code, 1, 9)) FROM community", NULL), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM community WHERE length(code) <> 12", NULL), ==, 0);
  /* texts that do not contradict themselves */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE notes LIKE '%其父%赴台%'"
                                  " AND birth_date >= '1948'", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE notes LIKE '%赴台%'"
                                  " AND native_place LIKE '台湾%'", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM activity WHERE summary LIKE '%卫生死角%'", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM activity WHERE organiser LIKE '%社区党委'"
                                  " AND place LIKE '%党校%'", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM consultation WHERE title LIKE '%上半年%'"
                                  " AND substr(date, 6, 2) IN ('11', '12')", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE status <> '1' AND status_date IS NULL", NULL), ==, 0);
  /* minutes are a real text, not a line */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM consultation WHERE minutes IS NOT NULL AND length(minutes) < 200", NULL), ==, 0);
}

/* Every coded column holds a code of its table. */
static void
test_codes (void)
{
  static const char * const coded[][3] = {
    { "person", "gender", "gender" }, { "person", "ethnicity", "ethnicity" },
    { "person", "political_status", "political" }, { "person", "religion", "religion" },
    { "person", "education", "education" }, { "person", "degree", "degree" },
    { "person", "document_type", "document-type" }, { "person", "status", "person-status" },
    { "person_category", "category", "category" }, { "person_role", "kind", "role-kind" },
    { "person_role", "level", "role-level" }, { "person_circumstance", "kind", "circumstance-kind" },
    { "activity", "activity_type", "activity-type" }, { "activity_participant", "state", "participant-state" },
    { "visit", "reason", "visit-reason" }, { "visit", "holiday", "holiday" },
    { "consultation", "consultation_type", "consultation-type" },
    { "consultation_attendee", "state", "attendee-state" },
    { "suggestion", "state", "suggestion-state" }, { "suggestion", "channel", "suggestion-channel" },
    { "suggestion", "satisfaction", "satisfaction" }, { "suggestion", "adoption", "adoption" }, { "suggestion_history", "state", "suggestion-state" },
    { "pairing_contact", "mode", "contact-mode" }, { "staff", "gender", "gender" },
  };
  TxDatabase *db = get_shared ();

  for (guint i = 0; i < G_N_ELEMENTS (coded); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s IS NOT NULL AND %s NOT IN "
                                              "(SELECT code FROM code WHERE kind = '%s')",
                                              coded[i][0], coded[i][1], coded[i][1], coded[i][2]);

      if (tx_test_count (db, sql, NULL) != 0)
        g_test_message ("%s.%s has codes outside %s", coded[i][0], coded[i][1], coded[i][2]);
      g_assert_cmpint (tx_test_count (db, sql, NULL), ==, 0);
    }
}

/* Every person passes the editor's checks; ID numbers agree with birth
 * date and gender; every UUID is a valid one. */
static void
test_valid (void)
{
  TxDatabase *db = get_shared ();
  sqlite3_stmt *stmt = NULL;
  guint checked = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (tx_database_get_handle (db),
                                       "SELECT uuid, document_type FROM person", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TxRecord) record = tx_store_load (db, TX_TYPE_PERSON,
                                                  (const char *) sqlite3_column_text (stmt, 0), &error);

      g_assert_no_error (error);
      g_assert_true (tx_record_validate (record, &error));
      g_assert_no_error (error);
      g_assert_true (tx_person_check (TX_PERSON (record), db, &error));
      g_assert_no_error (error);
      if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "01") == 0)
        checked++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (checked, >, PEOPLE / 2);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM %s", tables[i]);

      if (sqlite3_prepare_v2 (tx_database_get_handle (db), sql, -1, &stmt, NULL) != SQLITE_OK)
        continue;             /* child tables have no UUID of their own */
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_assert_true (g_uuid_string_is_valid ((const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_finalize (stmt);
    }
}

static void
test_refuses_filled (void)
{
  TxDemoOptions options = { 10, SEED, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_false (tx_demo_fill (get_shared (), &options, NULL, NULL, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID);
  g_assert_cmpint (tx_test_count (get_shared (), "SELECT count(*) FROM person", NULL), ==, PEOPLE);
}

/* The fill pins the clock to its "today" and puts back what it found: the
 * real clock, or a clock someone else pinned (TONGXIN_NOW, a test). */
static void
test_clock_put_back (void)
{
  g_autoptr(TxDatabase) db = tx_test_open_database (tmp_dir, "clock.db");
  g_autoptr(GDateTime) pinned = g_date_time_new_utc (2030, 1, 2, 3, 4, 5);
  g_autoptr(GDateTime) after = NULL;
  TxDemoOptions options = { 3, SEED, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *now = NULL;

  tx_database_pin_clock (db, pinned);
  g_assert_true (tx_demo_fill (db, &options, NULL, NULL, &error));
  g_assert_no_error (error);

  after = tx_database_dup_pinned_clock (db);
  g_assert_nonnull (after);
  g_assert_true (g_date_time_equal (after, pinned));
  now = tx_database_now (db);
  g_assert_true (g_str_has_prefix (now, "2030-01-02T03:04:05."));
  /* the demo's own records carry the demo's day, not the pin */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE created LIKE '2030-%'", NULL), ==, 0);

  tx_database_pin_clock (db, NULL);
  g_clear_object (&db);
  db = tx_test_open_database (tmp_dir, "clock-real.db");
  g_assert_true (tx_demo_fill (db, &options, NULL, NULL, &error));
  g_assert_null (tx_database_dup_pinned_clock (db));
}

/* Few people: everything still made, nobody listed twice where that
 * would show. */
static void
test_small (void)
{
  g_autoptr(TxDatabase) db = filled_database ("small.db", 3, 7);

  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person", NULL), ==, 3);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM activity", NULL), ==, 5);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion", NULL), ==, 10);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM pairing", NULL), ==, 5);
}

/* Another "today": the holiday table ends in 2032, and 2019 has little
 * history before it; either way nothing is dated after today but what is
 * announced. */
static void
test_other_today (void)
{
  const int years[] = { 2019, 2034 };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autofree char *name = g_strdup_printf ("today-%d.db", years[i]);
      g_autofree char *today_text = g_strdup_printf ("%d-03-01", years[i]);
      g_autofree char *sql = NULL;
      g_autoptr(GDateTime) today = g_date_time_new_utc (years[i], 3, 1, 1, 0, 0);
      g_autoptr(TxDatabase) db = tx_test_open_database (tmp_dir, name);
      TxDemoOptions options = { 200, SEED, today };
      g_autoptr(GError) error = NULL;

      g_assert_true (tx_demo_fill (db, &options, NULL, NULL, &error));
      g_assert_no_error (error);
      sql = g_strdup_printf ("SELECT count(*) FROM visit WHERE date >= '%s' OR holiday_year > %d",
                             today_text, years[i]);
      g_assert_cmpint (tx_test_count (db, sql, NULL), ==, 0);
      g_clear_pointer (&sql, g_free);
      sql = g_strdup_printf ("SELECT count(*) FROM suggestion_history WHERE date >= '%s'", today_text);
      g_assert_cmpint (tx_test_count (db, sql, NULL), ==, 0);
      g_clear_pointer (&sql, g_free);
      sql = g_strdup_printf ("SELECT count(*) FROM person WHERE created NOT LIKE '%d-03-01T%%'", years[i]);
      g_assert_cmpint (tx_test_count (db, sql, NULL), ==, 0);
    }
}

typedef struct
{
  guint calls;
  guint last_done;
  guint total;
} Progress;

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *p = user_data;

  g_assert_cmpuint (done, >, p->last_done);
  g_assert_cmpuint (done, <=, total);
  p->calls++;
  p->last_done = done;
  p->total = total;
}

/* 2,000 people, as the app's "fill with demo data" does. */
static void
test_large (void)
{
  g_autoptr(TxDatabase) db = tx_test_open_database (tmp_dir, "large.db");
  TxDemoOptions options = { 2000, 1, NULL };
  g_autoptr(GError) error = NULL;
  Progress progress = { 0, };
  gint64 start = g_get_monotonic_time ();
  double seconds;

  g_assert_true (tx_demo_fill (db, &options, on_progress, &progress, &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - start) / 1e6;

  g_test_message ("2000 people and everything around them in %.2f s", seconds);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      g_test_message ("  %-22s %6" G_GINT64_FORMAT, tables[i], tx_test_count (db, sql, NULL));
    }
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person", NULL), ==, 2000);
  g_assert_cmpuint (progress.last_done, ==, progress.total);
  g_assert_cmpuint (progress.calls, >=, 2000 / 100);
}

/* At district scale the names look like a real register: at least 90,000
 * different names among 100,000 people, none more than 25 times. */
static void
test_names_district (void)
{
  g_autoptr(GPtrArray) names = _tx_demo_sample_names (100000, 1);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;
  guint most = 0;
  const char *most_name = NULL;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1;

      g_hash_table_insert (counts, (gpointer) name, GUINT_TO_POINTER (n));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > most)
      {
        most = GPOINTER_TO_UINT (value);
        most_name = key;
      }
  g_test_message ("100000 names: %u different, the commonest (%s) %u times",
                  g_hash_table_size (counts), most_name, most);
  g_assert_cmpuint (g_hash_table_size (counts), >=, 90000);
  g_assert_cmpuint (most, <=, 25);
}

/* More people make more streets, each of 8–15 communities of a few hundred
 * people at most, with staff to match; the office is then the district's. */
static void
test_district (void)
{
  g_autoptr(TxDatabase) db = tx_test_open_database (tmp_dir, "district.db");
  TxDemoOptions options = { 5000, 3, NULL };
  g_autoptr(GError) error = NULL;
  gint64 streets, communities;

  g_assert_true (tx_demo_fill (db, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  streets = tx_test_count (db, "SELECT count(DISTINCT street) FROM community", NULL);
  communities = tx_test_count (db, "SELECT count(*) FROM community", NULL);
  g_test_message ("5000 people: %" G_GINT64_FORMAT " streets, %" G_GINT64_FORMAT " communities", streets, communities);
  g_assert_cmpint (streets, >=, 2);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM (SELECT street FROM community GROUP BY street"
                                  " HAVING count(*) NOT BETWEEN 8 AND 15)", NULL), ==, 0);
  /* each street's codes share its first nine digits, one street a code */
  g_assert_cmpint (tx_test_count (db, "SELECT count(DISTINCT substr(code, 1, 9)) FROM community", NULL), ==, streets);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM (SELECT community FROM person GROUP BY community"
                                  " HAVING count(*) > 400)", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM staff", NULL), ==, 2 * streets + communities + communities / 5);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM staff WHERE community IS NULL", NULL), ==, 2 * streets);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM settings WHERE key = 'office.level' AND value = '3'", NULL), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM settings WHERE key = 'office.name' AND value LIKE '%委统战部'", NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = tx_test_make_temp_dir ("demo");

  g_test_add_func ("/demo/same-seed", test_same_seed);
  g_test_add_func ("/demo/other-seed", test_other_seed);
  g_test_add_func ("/demo/counts", test_counts);
  g_test_add_func ("/demo/proportions", test_proportions);
  g_test_add_func ("/demo/consistency", test_consistency);
  g_test_add_func ("/demo/codes", test_codes);
  g_test_add_func ("/demo/valid", test_valid);
  g_test_add_func ("/demo/refuses-filled", test_refuses_filled);
  g_test_add_func ("/demo/small", test_small);
  g_test_add_func ("/demo/clock-put-back", test_clock_put_back);
  g_test_add_func ("/demo/other-today", test_other_today);
  g_test_add_func ("/demo/large", test_large);
  g_test_add_func ("/demo/names-district", test_names_district);
  g_test_add_func ("/demo/district", test_district);
  status = g_test_run ();

  g_clear_object (&shared_db);
  tx_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
