/* tx-database-reader.c — the thread that answers tx_database_read_async()
 *
 * One thread per database, with a read-only connection of its own, so that
 * a list query over 100,000 rows never runs on the main thread.  Requests
 * are GTasks queued in order; each runs in one read transaction (one
 * snapshot) and can be cancelled through SQLite's progress handler.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-database-private.h"

/* The thread and its queue outlive the TxDatabase when a request's task
 * drops the last reference in the thread itself: the thread then takes the
 * stop request from the queue and closes its connection. Nothing waits for
 * the thread (it may be the one finalizing the database). */
struct _TxReader
{
  GAsyncQueue *queue;       /* GTask *, or the stop request */
  char        *path;
};

static int stop_request;
#define STOP_REQUEST ((gpointer) &stop_request)

void
_tx_read_request_free (gpointer data)
{
  TxReadRequest *request = data;

  if (request->data_free != NULL)
    request->data_free (request->data);
  g_free (request);
}

static int
on_progress (void *user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

static void
run_request (TxDatabase **connection,
             const char  *path,
             GTask       *task)
{
  TxReadRequest *request = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GError) error = NULL;
  gpointer result;

  if (g_task_return_error_if_cancelled (task))
    return;
  /* the main connection made the file: the reader never creates one */
  if (*connection == NULL && (*connection = tx_database_open_existing (path, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* one snapshot for everything the request reads */
  if (!tx_database_exec (*connection, "BEGIN DEFERRED", &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (cancellable != NULL)
    sqlite3_progress_handler (tx_database_get_handle (*connection), 1000, on_progress, cancellable);
  result = request->func (*connection, request->data, cancellable, &error);
  sqlite3_progress_handler (tx_database_get_handle (*connection), 0, NULL, NULL);
  tx_database_rollback (*connection);   /* nothing was written */

  if (g_task_return_error_if_cancelled (task))
    {
      if (result != NULL && request->result_free != NULL)
        request->result_free (result);
    }
  else if (result == NULL)
    g_task_return_error (task, error != NULL ? g_steal_pointer (&error)
                                             : g_error_new_literal (TX_DATABASE_ERROR, TX_DATABASE_ERROR_SQL,
                                                                    "No result"));
  else
    g_task_return_pointer (task, result, request->result_free);
}

static gpointer
reader_thread (gpointer data)
{
  TxReader *reader = data;
  g_autoptr(TxDatabase) connection = NULL;
  gpointer item;

  while ((item = g_async_queue_pop (reader->queue)) != STOP_REQUEST)
    {
      GTask *task = item;

      run_request (&connection, reader->path, task);
      g_object_unref (task);   /* may finalize the database: it queues the stop */
    }
  g_clear_object (&connection);
  g_async_queue_unref (reader->queue);
  g_free (reader->path);
  g_free (reader);
  return NULL;
}

TxReader *
_tx_reader_start (const char *path)
{
  TxReader *reader = g_new0 (TxReader, 1);

  reader->queue = g_async_queue_new ();
  reader->path = g_strdup (path);
  g_thread_unref (g_thread_new ("tx-database-reader", reader_thread, reader));
  return reader;
}

/* the thread frees @reader once it took the stop request */
void
_tx_reader_stop (TxReader *reader)
{
  g_async_queue_push (reader->queue, STOP_REQUEST);
}

void
_tx_reader_push (TxReader *reader,
                 GTask    *task)
{
  g_async_queue_push (reader->queue, task);
}
