/* test-app-task.c — work on a thread with a connection of its own
 * (TxAppTask, which the import, export, roster and merge dialogs share):
 * the job's result, its progress on a bar, cancel, errors, and a bar
 * whose window went while the job ran
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "app/tx-app-task.h"
#include "core/model/tx-person.h"
#include "core/db/tx-store.h"

#include "tx-test-gtk-util.h"

/* A job the test drives: it reports its progress, then waits until the
 * test lets it go (or it is cancelled), then counts the people through
 * the connection it was given. */
typedef struct
{
  GMutex      lock;
  GCond       cond;
  gboolean    released;
  guint64     done, total;    /* the progress it reports */
  gboolean    fail;           /* end with an error of its own */
  TxDatabase *main_db;        /* the test's connection, to compare */
  gboolean    ran;
  gboolean    own_connection;
  gint64      people;         /* what it counted */
  guint      *freed;          /* incremented when the job is freed */
} Job;

static Job *
job_new (TxDatabase *main_db,
         guint      *freed)
{
  Job *job = g_new0 (Job, 1);

  g_mutex_init (&job->lock);
  g_cond_init (&job->cond);
  job->main_db = main_db;
  job->people = -1;
  job->freed = freed;
  return job;
}

static void
job_free (gpointer data)
{
  Job *job = data;

  /* on whichever thread lets go of the task last */
  g_atomic_int_inc ((gint *) job->freed);
  g_mutex_clear (&job->lock);
  g_cond_clear (&job->cond);
  g_free (job);
}

static void
job_release (Job *job)
{
  g_mutex_lock (&job->lock);
  job->released = TRUE;
  g_cond_signal (&job->cond);
  g_mutex_unlock (&job->lock);
}

static void
on_cancelled (GCancellable *cancellable,
              Job          *job)
{
  job_release (job);
}

static gboolean
run_job (TxDatabase         *db,
         gpointer            data,
         TxAppTaskProgress  *progress,
         GCancellable       *cancellable,
         GError            **error)
{
  Job *job = data;
  gulong id = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled), job, NULL);

  job->ran = TRUE;
  job->own_connection = db != job->main_db &&
                        g_strcmp0 (tx_database_get_path (db), tx_database_get_path (job->main_db)) == 0;
  tx_app_task_progress (job->done, job->total, progress);
  g_mutex_lock (&job->lock);
  while (!job->released)
    g_cond_wait (&job->cond, &job->lock);
  g_mutex_unlock (&job->lock);
  g_cancellable_disconnect (cancellable, id);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (job->fail)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED, "the job refused");
      return FALSE;
    }
  job->people = tx_store_count (db, TX_TYPE_PERSON, FALSE, error);
  return job->people >= 0;
}

typedef struct
{
  gboolean  finished;
  gboolean  ok;
  GError   *error;
  gpointer  job;     /* tx_app_task_get_job() in the callback */
} Outcome;

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Outcome *outcome = data;

  outcome->ok = tx_app_task_finish (TX_APP_TASK (source), result, &outcome->error);
  outcome->job = tx_app_task_get_job (TX_APP_TASK (source));
  outcome->finished = TRUE;
}

static gboolean
is_finished (gpointer data)
{
  return ((Outcome *) data)->finished;
}

static gboolean is_freed (gpointer data);

static gboolean
keep_awake (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* The worker thread lets go of the task a moment after the callback, and
 * nothing on the main loop says so: look again every 10 ms. */
static void
release_task (TxAppTask **task,
              guint      *freed)
{
  guint id = g_timeout_add (10, keep_awake, NULL);

  g_clear_object (task);
  tx_test_wait_for (is_freed, freed);
  g_source_remove (id);
}

static gboolean
is_freed (gpointer data)
{
  return g_atomic_int_get ((gint *) data) == 1;
}

typedef struct
{
  GtkProgressBar *bar;
  double          fraction;
} BarShows;

static gboolean
bar_shows (gpointer data)
{
  BarShows *shows = data;

  return G_APPROX_VALUE (gtk_progress_bar_get_fraction (shows->bar), shows->fraction, 1e-9);
}

/* twenty people, for the job to count */
static void
demo_set_up (TxTestDatabaseFixture *f,
             gconstpointer          data)
{
  f->dir = tx_test_make_temp_dir ("app-task");
  f->db = tx_test_open_demo_database (f->dir, 20, 1);
}

/* The job runs on a connection of its own to the same file, its progress
 * shows on the bar while it runs, and its result is read in the callback. */
static void
test_result_and_progress (TxTestDatabaseFixture *f,
                          gconstpointer          data)
{
  guint freed = 0;
  Job *job = job_new (f->db, &freed);
  TxAppTask *task = tx_app_task_new (f->db, run_job, job, job_free);
  GtkWindow *window;
  GtkProgressBar *bar;
  BarShows shows;
  Outcome outcome = { 0 };
  g_autofree char *text = NULL;

  if (tx_test_skip_without_display ())
    {
      release_task (&task, &freed);
      return;
    }
  bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (bar, TRUE);
  window = tx_test_window_new_for (GTK_WIDGET (bar));
  job->done = 3;
  job->total = 12;
  tx_app_task_run (task, bar, on_done, &outcome);
  shows = (BarShows) { bar, 0.25 };
  tx_test_wait_for (bar_shows, &shows);
  text = g_strdup (gtk_progress_bar_get_text (bar));
  g_assert_nonnull (strstr (text, "3"));
  g_assert_nonnull (strstr (text, "12"));
  g_assert_false (outcome.finished);

  job_release (job);
  tx_test_wait_for (is_finished, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.ok);
  g_assert_true (outcome.job == job);
  g_assert_true (job->own_connection);
  g_assert_cmpint (job->people, ==, tx_test_count (f->db, "SELECT count(*) FROM person WHERE trashed IS NULL", NULL));
  g_assert_cmpint (job->people, >, 0);
  g_assert_cmpuint (freed, ==, 0);
  tx_test_destroy_window (window);
  release_task (&task, &freed);
}

/* Nothing known of the total: the bar pulses instead of standing still. */
static void
test_unknown_total (TxTestDatabaseFixture *f,
                    gconstpointer          data)
{
  guint freed = 0;
  Job *job = job_new (f->db, &freed);
  TxAppTask *task = tx_app_task_new (f->db, run_job, job, job_free);
  GtkProgressBar *bar;
  GtkWindow *window;
  Outcome outcome = { 0 };

  if (tx_test_skip_without_display ())
    {
      release_task (&task, &freed);
      return;
    }
  bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  window = tx_test_window_new_for (GTK_WIDGET (bar));
  tx_app_task_run (task, bar, on_done, &outcome);
  tx_test_run_main_loop_for (350);
  g_assert_nonnull (gtk_progress_bar_get_text (bar));
  g_assert_nonnull (strstr (gtk_progress_bar_get_text (bar), "0"));
  job_release (job);
  tx_test_wait_for (is_finished, &outcome);
  g_assert_true (outcome.ok);
  tx_test_destroy_window (window);
  release_task (&task, &freed);
}

/* Cancel reaches the job on its thread; the callback hears of it. */
static void
test_cancel (TxTestDatabaseFixture *f,
             gconstpointer          data)
{
  guint freed = 0;
  Job *job = job_new (f->db, &freed);
  TxAppTask *task = tx_app_task_new (f->db, run_job, job, job_free);
  Outcome outcome = { 0 };

  tx_app_task_run (task, NULL, on_done, &outcome);
  tx_test_run_main_loop_for (50);
  g_assert_false (outcome.finished);
  tx_app_task_cancel (task);
  tx_test_wait_for (is_finished, &outcome);
  g_assert_false (outcome.ok);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (job->ran);
  g_assert_cmpint (job->people, ==, -1);
  g_clear_error (&outcome.error);
  release_task (&task, &freed);
}

/* The job's own error comes back as it was. */
static void
test_error (TxTestDatabaseFixture *f,
            gconstpointer          data)
{
  guint freed = 0;
  Job *job = job_new (f->db, &freed);
  TxAppTask *task = tx_app_task_new (f->db, run_job, job, job_free);
  Outcome outcome = { 0 };

  job->fail = TRUE;
  job_release (job);
  tx_app_task_run (task, NULL, on_done, &outcome);
  tx_test_wait_for (is_finished, &outcome);
  g_assert_false (outcome.ok);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_cmpstr (outcome.error->message, ==, "the job refused");
  g_clear_error (&outcome.error);
  release_task (&task, &freed);
}

/* A database that cannot be opened on the thread: the job never runs. */
static void
test_no_database (TxTestDatabaseFixture *f,
                  gconstpointer          data)
{
  guint freed = 0;
  Job *job = job_new (f->db, &freed);
  TxAppTask *task = tx_app_task_new (f->db, run_job, job, job_free);
  g_autofree char *path = g_strdup (tx_database_get_path (f->db));
  g_autofree char *moved = g_strconcat (path, ".elsewhere", NULL);
  g_autofree char *folder = g_strconcat (path, "-now-a-folder", NULL);
  Outcome outcome = { 0 };

  /* a folder where the file was: SQLite cannot open it */
  tx_test_release_database (g_steal_pointer (&f->db));
  g_assert_cmpint (g_rename (path, moved), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  job_release (job);
  tx_app_task_run (task, NULL, on_done, &outcome);
  tx_test_wait_for (is_finished, &outcome);
  g_assert_false (outcome.ok);
  g_assert_nonnull (outcome.error);
  g_assert_false (job->ran);
  g_clear_error (&outcome.error);
  g_assert_cmpint (g_rmdir (path), ==, 0);
  g_assert_cmpint (g_rename (moved, path), ==, 0);
  f->db = tx_test_open_database (f->dir, "tongxin.db");
  release_task (&task, &freed);
}

/* The dialog that showed the progress closes while the job runs: the
 * task lets go of the bar and stops showing on it. */
static void
test_window_gone (TxTestDatabaseFixture *f,
                  gconstpointer          data)
{
  guint freed = 0;
  Job *job = job_new (f->db, &freed);
  TxAppTask *task = tx_app_task_new (f->db, run_job, job, job_free);
  GtkProgressBar *bar;
  GtkWindow *window;
  Outcome outcome = { 0 };

  if (tx_test_skip_without_display ())
    {
      release_task (&task, &freed);
      return;
    }
  bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  window = tx_test_window_new_for (GTK_WIDGET (bar));
  g_object_add_weak_pointer (G_OBJECT (bar), (gpointer *) &bar);
  tx_app_task_run (task, bar, on_done, &outcome);
  tx_test_run_main_loop_for (150);
  tx_test_destroy_window (window);
  tx_test_wait_for (tx_test_is_gone, &bar);
  g_assert_false (outcome.finished);
  job_release (job);
  tx_test_wait_for (is_finished, &outcome);
  g_assert_true (outcome.ok);
  release_task (&task, &freed);
}

/* A dialog's dispose: the task running is cancelled and let go; the
 * callback still hears the end, and the job is freed. */
static void
test_clear (TxTestDatabaseFixture *f,
            gconstpointer          data)
{
  guint freed = 0;
  Job *job = job_new (f->db, &freed);
  TxAppTask *task = tx_app_task_new (f->db, run_job, job, job_free);
  TxAppTask *none = NULL;
  Outcome outcome = { 0 };

  tx_app_task_clear (&none);
  g_assert_null (none);
  tx_app_task_run (task, NULL, on_done, &outcome);
  tx_app_task_clear (&task);
  g_assert_null (task);
  tx_test_wait_for (is_finished, &outcome);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&outcome.error);
  release_task (&task, &freed);
}

/* The Cancel button: stops the work while it runs, and only then closes
 * the dialog. */
static void
test_cancel_or_close (TxTestDatabaseFixture *f,
                      gconstpointer          data)
{
  guint freed = 0;
  Job *job = job_new (f->db, &freed);
  TxAppTask *task = tx_app_task_new (f->db, run_job, job, job_free);
  Outcome outcome = { 0 };
  GtkWindow *dialog;

  if (tx_test_skip_without_display ())
    {
      release_task (&task, &freed);
      return;
    }
  dialog = tx_test_window_new_for (gtk_label_new ("…"));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  tx_test_present (dialog);
  tx_app_task_run (task, NULL, on_done, &outcome);
  tx_app_task_cancel_or_close (task, dialog);
  tx_test_wait_for (is_finished, &outcome);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&outcome.error);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  release_task (&task, &freed);
  tx_app_task_cancel_or_close (NULL, dialog);
  tx_test_wait_for (tx_test_is_gone, &dialog);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  tx_test_gtk_init ();

  g_test_add ("/app-task/result-and-progress", TxTestDatabaseFixture, NULL,
              demo_set_up, test_result_and_progress, tx_test_database_fixture_tear_down);
  g_test_add ("/app-task/unknown-total", TxTestDatabaseFixture, NULL,
              tx_test_database_fixture_set_up, test_unknown_total, tx_test_database_fixture_tear_down);
  g_test_add ("/app-task/cancel", TxTestDatabaseFixture, NULL,
              tx_test_database_fixture_set_up, test_cancel, tx_test_database_fixture_tear_down);
  g_test_add ("/app-task/error", TxTestDatabaseFixture, NULL,
              tx_test_database_fixture_set_up, test_error, tx_test_database_fixture_tear_down);
  g_test_add ("/app-task/no-database", TxTestDatabaseFixture, NULL,
              tx_test_database_fixture_set_up, test_no_database, tx_test_database_fixture_tear_down);
  g_test_add ("/app-task/window-gone", TxTestDatabaseFixture, NULL,
              tx_test_database_fixture_set_up, test_window_gone, tx_test_database_fixture_tear_down);
  g_test_add ("/app-task/clear", TxTestDatabaseFixture, NULL,
              tx_test_database_fixture_set_up, test_clear, tx_test_database_fixture_tear_down);
  g_test_add ("/app-task/cancel-or-close", TxTestDatabaseFixture, NULL,
              tx_test_database_fixture_set_up, test_cancel_or_close, tx_test_database_fixture_tear_down);
  return g_test_run ();
}
