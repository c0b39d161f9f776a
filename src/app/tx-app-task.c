/* tx-app-task.c — work on a thread with a database connection of its own
 *
 * An import, an export, a roster applied, the copy made before a merge:
 * each runs on a thread so the window stays responsive, on a connection
 * it opens there, with a cancel and (where the core reports it) the
 * progress read from the job every 100 ms. The owner keeps the task while
 * it runs, cancels it when it goes, and reads the job's results in its
 * callback.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "tx-app-task.h"

struct _TxAppTask
{
  GObject            parent_instance;

  char              *path;
  TxAppTaskFunc      func;
  gpointer           job;
  GDestroyNotify     job_free;
  GCancellable      *cancellable;
  TxAppTaskProgress  progress;

  GtkProgressBar    *bar;
  guint              poll_id;
  GAsyncReadyCallback callback;
  gpointer           user_data;
};

G_DEFINE_FINAL_TYPE (TxAppTask, tx_app_task, G_TYPE_OBJECT)

void
tx_app_task_progress (guint64  done,
                      guint64  total,
                      gpointer progress)
{
  TxAppTaskProgress *self = progress;

  g_atomic_int_set (&self->done, (gint) MIN (done, G_MAXINT));
  g_atomic_int_set (&self->total, (gint) MIN (total, G_MAXINT));
}

static gboolean
show_progress (gpointer data)
{
  TxAppTask *self = data;
  int done = g_atomic_int_get (&self->progress.done);
  int total = g_atomic_int_get (&self->progress.total);
  g_autofree char *text = NULL;

  /* the window that showed it has gone */
  if (gtk_widget_get_root (GTK_WIDGET (self->bar)) == NULL)
    {
      self->poll_id = 0;
      g_clear_object (&self->bar);
      return G_SOURCE_REMOVE;
    }
  text = g_strdup_printf (_("%d of %d records"), done, total);
  if (total > 0)
    gtk_progress_bar_set_fraction (self->bar, (double) done / total);
  else
    gtk_progress_bar_pulse (self->bar);
  gtk_progress_bar_set_text (self->bar, text);
  return G_SOURCE_CONTINUE;
}

static void
stop_showing (TxAppTask *self)
{
  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_clear_object (&self->bar);
}

static void
run_on_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  TxAppTask *self = source;
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = tx_database_open (self->path, &error);

  if (db == NULL || !self->func (db, self->job, &self->progress, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  TxAppTask *self = TX_APP_TASK (source);

  stop_showing (self);
  self->callback (source, result, self->user_data);
}

void
tx_app_task_run (TxAppTask           *self,
                 GtkProgressBar      *bar,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TX_IS_APP_TASK (self));
  g_return_if_fail (callback != NULL);
  g_return_if_fail (self->callback == NULL);

  self->callback = callback;
  self->user_data = user_data;
  if (bar != NULL)
    {
      self->bar = g_object_ref (bar);
      self->poll_id = g_timeout_add (100, show_progress, self);
    }
  task = g_task_new (self, self->cancellable, on_done, NULL);
  /* the job's own answer, also when it was cancelled too late to stop */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, run_on_thread);
}

gboolean
tx_app_task_finish (TxAppTask     *self,
                    GAsyncResult  *result,
                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

gpointer
tx_app_task_get_job (TxAppTask *self)
{
  g_return_val_if_fail (TX_IS_APP_TASK (self), NULL);
  return self->job;
}

void
tx_app_task_cancel (TxAppTask *self)
{
  g_return_if_fail (TX_IS_APP_TASK (self));
  g_cancellable_cancel (self->cancellable);
}

void
tx_app_task_clear (TxAppTask **task)
{
  if (*task != NULL)
    tx_app_task_cancel (*task);
  g_clear_object (task);
}

void
tx_app_task_cancel_or_close (TxAppTask *task,
                             GtkWindow *dialog)
{
  if (task != NULL)
    tx_app_task_cancel (task);
  else
    gtk_window_destroy (dialog);
}

/* The worker thread may hold the last reference: the job is freed there
 * (its free function must not touch widgets); the bar and the timer were
 * let go on the main loop when the work ended. */
static void
tx_app_task_finalize (GObject *object)
{
  TxAppTask *self = TX_APP_TASK (object);

  stop_showing (self);
  if (self->job_free != NULL)
    g_clear_pointer (&self->job, self->job_free);
  g_clear_object (&self->cancellable);
  g_free (self->path);
  G_OBJECT_CLASS (tx_app_task_parent_class)->finalize (object);
}

static void
tx_app_task_class_init (TxAppTaskClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tx_app_task_finalize;
}

static void
tx_app_task_init (TxAppTask *self)
{
  self->cancellable = g_cancellable_new ();
}

TxAppTask *
tx_app_task_new (TxDatabase     *db,
                 TxAppTaskFunc   func,
                 gpointer        job,
                 GDestroyNotify  job_free)
{
  TxAppTask *self;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (TX_TYPE_APP_TASK, NULL);
  self->path = g_strdup (tx_database_get_path (db));
  self->func = func;
  self->job = job;
  self->job_free = job_free;
  return self;
}
