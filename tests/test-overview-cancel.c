/* test-overview-cancel.c — the overview's background work gives way to a
 * newer one: the year's figures and the reminders stop at the next check
 * once their cancellable is cancelled, and a cancelled read in the
 * database's reading thread ends as cancelled.
 *
 * Which statements run is watched through SQLite's trace hook, so the test
 * sees the computation stop instead of trusting its return value.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>

#include "core/reminders/tx-reminders.h"
#include "core/stats/tx-year-figures.h"
#include "tx-test-util.h"

typedef struct
{
  char         *dir;
  TxDatabase   *db;
  GCancellable *cancellable;
  guint         n_statements;
  guint         cancel_at;     /* cancel when this statement starts; 0: never */
} Fixture;

static int
on_trace (unsigned  event,
          void     *data,
          void     *statement,
          void     *sql)
{
  Fixture *f = data;

  f->n_statements++;
  if (f->n_statements == f->cancel_at)
    g_cancellable_cancel (f->cancellable);
  return 0;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = tx_test_make_temp_dir ("overview-cancel");
  f->db = tx_test_open_demo_database (f->dir, 300, 3);
  f->cancellable = g_cancellable_new ();
  sqlite3_trace_v2 (tx_database_get_handle (f->db), SQLITE_TRACE_STMT, on_trace, f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sqlite3_trace_v2 (tx_database_get_handle (f->db), 0, NULL, NULL);
  g_clear_object (&f->cancellable);
  g_clear_object (&f->db);
  tx_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gboolean
compute_figures (Fixture  *f,
                 GError  **error)
{
  g_autoptr(TxYearFigures) figures = tx_year_figures_compute_cancellable (f->db, 2026, "2026-06-30",
                                                                          f->cancellable, error);
  return figures != NULL;
}

static gboolean
compute_reminders (Fixture  *f,
                   GError  **error)
{
  TxReminderOptions options;
  g_autoptr(GPtrArray) reminders = NULL;

  tx_reminder_options_init (&options);
  options.today = (TxCivilDate) { 2026, 6, 30 };
  options.days = 120;   /* 端午节 and 中秋节 ahead: holiday queries to stop between */
  options.cancellable = f->cancellable;
  reminders = tx_reminders_compute (f->db, &options, error);
  return reminders != NULL;
}

typedef gboolean (*Compute) (Fixture *f, GError **error);

/* The full computation's statements; then the same cancelled before it
 * starts (nothing runs), and cancelled as its statement @at starts (it
 * stops before the end). */
static void
assert_cancels (Fixture *f,
                Compute  compute,
                guint    at)
{
  g_autoptr(GError) error = NULL;
  guint full;

  f->n_statements = 0;
  g_assert_true (compute (f, &error));
  g_assert_no_error (error);
  full = f->n_statements;
  g_test_message ("%u statements", full);
  g_assert_cmpuint (full, >, at + 2);

  g_cancellable_cancel (f->cancellable);
  f->n_statements = 0;
  g_assert_false (compute (f, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (f->n_statements, ==, 0);
  g_clear_error (&error);

  g_cancellable_reset (f->cancellable);
  f->n_statements = 0;
  f->cancel_at = at;
  g_assert_false (compute (f, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (f->n_statements, >=, at);
  g_assert_cmpuint (f->n_statements, <, full);
  f->cancel_at = 0;
  g_cancellable_reset (f->cancellable);
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  /* in the middle of the meetings */
  assert_cancels (f, compute_figures, 8);
}

static void
test_reminders (Fixture       *f,
                gconstpointer  data)
{
  /* the first holiday's visits */
  assert_cancels (f, compute_reminders, 3);
}

/* ---- in the reading thread --------------------------------------------------- */

static gpointer
read_figures (TxDatabase    *reader,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  return tx_year_figures_compute_cancellable (reader, 2026, "2026-06-30", cancellable, error);
}

typedef struct
{
  gboolean done;
  GError  *error;
  gpointer result;
} Outcome;

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Outcome *outcome = data;

  outcome->result = tx_database_read_finish (TX_DATABASE (source), result, &outcome->error);
  outcome->done = TRUE;
}

static void
wait_for (Outcome *outcome)
{
  while (!outcome->done)
    g_main_context_iteration (NULL, TRUE);
}

/* A reload cancels the running read and starts another: the first ends
 * cancelled, the second with the figures. */
static void
test_newer_read_wins (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GCancellable) newer = g_cancellable_new ();
  Outcome first = { 0 }, second = { 0 };

  tx_database_read_async (f->db, read_figures, NULL, NULL, g_object_unref, f->cancellable, on_read, &first);
  g_cancellable_cancel (f->cancellable);
  tx_database_read_async (f->db, read_figures, NULL, NULL, g_object_unref, newer, on_read, &second);
  wait_for (&second);
  wait_for (&first);

  g_assert_null (first.result);
  g_assert_error (first.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_no_error (second.error);
  g_assert_true (TX_IS_YEAR_FIGURES (second.result));
  g_assert_cmpint (tx_year_figures_get_value (second.result, "people"), ==,
                   tx_test_count (f->db, "SELECT count(*) FROM person WHERE trashed IS NULL AND status = ?", "1"));
  g_clear_error (&first.error);
  g_clear_object (&second.result);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/overview-cancel/figures", Fixture, NULL, fixture_set_up, test_figures, fixture_tear_down);
  g_test_add ("/overview-cancel/reminders", Fixture, NULL, fixture_set_up, test_reminders, fixture_tear_down);
  g_test_add ("/overview-cancel/newer-read-wins", Fixture, NULL, fixture_set_up, test_newer_read_wins, fixture_tear_down);
  return g_test_run ();
}
