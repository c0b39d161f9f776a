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

/* Each test: a database, a job the test drives, the task that runs it and
 * what its callback heard; a bar in a window where the test shows one. */
typedef struct
{
  TxTestDatabaseFixture base;
  guint                 freed;
  Job                  *job;
  TxAppTask            *task;
  Outcome               outcome;
  GtkProgressBar       *bar;
  GtkWindow            *window;
} Fixture;

static void
job_set_up (Fixture *f)
{
  f->job = job_new (f->base.db, &f->freed);
  f->task = tx_app_task_new (f->base.db, run_job, f->job, job_free);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  tx_test_database_fixture_set_up (&f->base, data);
  job_set_up (f);
}

/* twenty people, for the job to count */
static void
demo_set_up (Fixture       *f,
             gconstpointer  data)
{
  f->base.dir = tx_test_make_temp_dir ("app-task");
  f->base.db = tx_test_open_demo_database (f->base.dir, 20, 1);
  job_set_up (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  release_task (&f->task, &f->freed);
  g_clear_error (&f->outcome.error);
  if (f->window != NULL)
    tx_test_destroy_window (f->window);
  tx_test_database_fixture_tear_down (&f->base, data);
}

/* a progress bar in a window of its own; FALSE without a display */
static gboolean
show_bar (Fixture *f)
{
  if (tx_test_skip_without_display ())
    return FALSE;
  f->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  f->window = tx_test_window_new_for (GTK_WIDGET (f->bar));
  return TRUE;
}

/* The job runs on a connection of its own to the same file, its progress
 * shows on the bar while it runs, and its result is read in the callback. */
static void
test_result_and_progress (Fixture       *f,
                          gconstpointer  data)
{
  BarShows shows;
  g_autofree char *text = NULL;

  if (!show_bar (f))
    return;
  gtk_progress_bar_set_show_text (f->bar, TRUE);
  f->job->done = 3;
  f->job->total = 12;
  tx_app_task_run (f->task, f->bar, on_done, &f->outcome);
  shows = (BarShows) { f->bar, 0.25 };
  tx_test_wait_for (bar_shows, &shows);
  text = g_strdup (gtk_progress_bar_get_text (f->bar));
  g_assert_nonnull (strstr (text, "3"));
  g_assert_nonnull (strstr (text, "12"));
  g_assert_false (f->outcome.finished);

  job_release (f->job);
  tx_test_wait_for (is_finished, &f->outcome);
  g_assert_no_error (f->outcome.error);
  g_assert_true (f->outcome.ok);
  g_assert_true (f->outcome.job == f->job);
  g_assert_true (f->job->own_connection);
  g_assert_cmpint (f->job->people, ==,
                   tx_test_count (f->base.db, "SELECT count(*) FROM person WHERE trashed IS NULL", NULL));
  g_assert_cmpint (f->job->people, >, 0);
  g_assert_cmpuint (f->freed, ==, 0);
}

/* Nothing known of the total: the bar pulses instead of standing still. */
static void
test_unknown_total (Fixture       *f,
                    gconstpointer  data)
{
  if (!show_bar (f))
    return;
  tx_app_task_run (f->task, f->bar, on_done, &f->outcome);
  tx_test_run_main_loop_for (350);
  g_assert_nonnull (gtk_progress_bar_get_text (f->bar));
  g_assert_nonnull (strstr (gtk_progress_bar_get_text (f->bar), "0"));
  job_release (f->job);
  tx_test_wait_for (is_finished, &f->outcome);
  g_assert_true (f->outcome.ok);
}

/* Cancel reaches the job on its thread; the callback hears of it. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  tx_app_task_run (f->task, NULL, on_done, &f->outcome);
  tx_test_run_main_loop_for (50);
  g_assert_false (f->outcome.finished);
  tx_app_task_cancel (f->task);
  tx_test_wait_for (is_finished, &f->outcome);
  g_assert_false (f->outcome.ok);
  g_assert_error (f->outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (f->job->ran);
  g_assert_cmpint (f->job->people, ==, -1);
}

/* The job's own error comes back as it was. */
static void
test_error (Fixture       *f,
            gconstpointer  data)
{
  f->job->fail = TRUE;
  job_release (f->job);
  tx_app_task_run (f->task, NULL, on_done, &f->outcome);
  tx_test_wait_for (is_finished, &f->outcome);
  g_assert_false (f->outcome.ok);
  g_assert_error (f->outcome.error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_cmpstr (f->outcome.error->message, ==, "the job refused");
}

/* A database that cannot be opened on the thread: the job never runs. */
static void
test_no_database (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_strdup (tx_database_get_path (f->base.db));
  g_autofree char *moved = g_strconcat (path, ".elsewhere", NULL);

  /* a folder where the file was: SQLite cannot open it */
  tx_test_release_database (g_steal_pointer (&f->base.db));
  g_assert_cmpint (g_rename (path, moved), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  job_release (f->job);
  tx_app_task_run (f->task, NULL, on_done, &f->outcome);
  tx_test_wait_for (is_finished, &f->outcome);
  g_assert_false (f->outcome.ok);
  g_assert_nonnull (f->outcome.error);
  g_assert_false (f->job->ran);
  g_assert_cmpint (g_rmdir (path), ==, 0);
  g_assert_cmpint (g_rename (moved, path), ==, 0);
  f->base.db = tx_test_open_database (f->base.dir, "tongxin.db");
}

/* The dialog that showed the progress closes while the job runs: the
 * task lets go of the bar and stops showing on it. */
static void
test_window_gone (Fixture       *f,
                  gconstpointer  data)
{
  GtkProgressBar *bar;

  if (!show_bar (f))
    return;
  bar = f->bar;
  g_object_add_weak_pointer (G_OBJECT (bar), (gpointer *) &bar);
  tx_app_task_run (f->task, bar, on_done, &f->outcome);
  tx_test_run_main_loop_for (150);
  tx_test_destroy_window (g_steal_pointer (&f->window));
  tx_test_wait_for (tx_test_is_gone, &bar);
  g_assert_false (f->outcome.finished);
  job_release (f->job);
  tx_test_wait_for (is_finished, &f->outcome);
  g_assert_true (f->outcome.ok);
}

/* A dialog's dispose: the task running is cancelled and let go; the
 * callback still hears the end, and the job is freed. */
static void
test_clear (Fixture       *f,
            gconstpointer  data)
{
  TxAppTask *none = NULL;

  tx_app_task_clear (&none);
  g_assert_null (none);
  tx_app_task_run (f->task, NULL, on_done, &f->outcome);
  tx_app_task_clear (&f->task);
  g_assert_null (f->task);
  tx_test_wait_for (is_finished, &f->outcome);
  g_assert_error (f->outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The Cancel button: stops the work while it runs, and only then closes
 * the dialog. */
static void
test_cancel_or_close (Fixture       *f,
                      gconstpointer  data)
{
  GtkWindow *dialog;

  if (tx_test_skip_without_display ())
    return;
  dialog = tx_test_window_new_for (gtk_label_new ("…"));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  tx_test_present (dialog);
  tx_app_task_run (f->task, NULL, on_done, &f->outcome);
  tx_app_task_cancel_or_close (f->task, dialog);
  tx_test_wait_for (is_finished, &f->outcome);
  g_assert_error (f->outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  /* the task gone, the same button closes the dialog */
  release_task (&f->task, &f->freed);
  tx_app_task_cancel_or_close (NULL, dialog);
  tx_test_wait_for (tx_test_is_gone, &dialog);
}

static void
add_test (const char *path,
          void      (*set_up) (Fixture *, gconstpointer),
          void      (*test) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  tx_test_gtk_init ();

  add_test ("/app-task/result-and-progress", demo_set_up, test_result_and_progress);
  add_test ("/app-task/unknown-total", fixture_set_up, test_unknown_total);
  add_test ("/app-task/cancel", fixture_set_up, test_cancel);
  add_test ("/app-task/error", fixture_set_up, test_error);
  add_test ("/app-task/no-database", fixture_set_up, test_no_database);
  add_test ("/app-task/window-gone", fixture_set_up, test_window_gone);
  add_test ("/app-task/clear", fixture_set_up, test_clear);
  add_test ("/app-task/cancel-or-close", fixture_set_up, test_cancel_or_close);
  return g_test_run ();
}
