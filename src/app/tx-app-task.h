/* tx-app-task.h — work on a thread with a database connection of its own
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

/* The progress a job on the thread reports: the job passes
 * tx_app_task_progress and this to the core (the shape of
 * TxExchangeProgress), the task shows it on the main loop. */
typedef struct
{
  volatile gint done;
  volatile gint total;
} TxAppTaskProgress;

void tx_app_task_progress (guint64  done,
                           guint64  total,
                           gpointer progress);

/* Runs on the thread: @db is a connection opened there for the job (a
 * connection is used by one thread at a time) and closed after; @job
 * holds what the work needs and, after it, what it gives back. Returns
 * FALSE with @error set when it fails. */
typedef gboolean (*TxAppTaskFunc) (TxDatabase         *db,
                                   gpointer            job,
                                   TxAppTaskProgress  *progress,
                                   GCancellable       *cancellable,
                                   GError            **error);

#define TX_TYPE_APP_TASK (tx_app_task_get_type ())
G_DECLARE_FINAL_TYPE (TxAppTask, tx_app_task, TX, APP_TASK, GObject)

/* @job_free may run on the worker thread, after the callback. */
TxAppTask *tx_app_task_new      (TxDatabase          *db,
                                 TxAppTaskFunc        func,
                                 gpointer             job,
                                 GDestroyNotify       job_free);
/* Starts the work; while it runs @bar (may be NULL) shows its progress
 * every 100 ms. @callback gets the task as its source object. */
void       tx_app_task_run      (TxAppTask           *self,
                                 GtkProgressBar      *bar,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data);
gboolean   tx_app_task_finish   (TxAppTask           *self,
                                 GAsyncResult        *result,
                                 GError             **error);
gpointer   tx_app_task_get_job  (TxAppTask           *self);
/* Asks the work to stop: it ends with G_IO_ERROR_CANCELLED if it
 * listens in time. */
void       tx_app_task_cancel   (TxAppTask           *self);
/* For an owner's dispose: cancels the task in *@task, if any, and lets
 * go of it. */
void       tx_app_task_clear    (TxAppTask          **task);
/* The Cancel button of a dialog that runs @task (may be NULL): stops the
 * work while it runs, closes @dialog otherwise. */
void       tx_app_task_cancel_or_close (TxAppTask    *task,
                                        GtkWindow    *dialog);

G_END_DECLS
