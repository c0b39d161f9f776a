/* tx-database-private.h — internals shared by the core's store files
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-database.h"

G_BEGIN_DECLS

/* Tests: open (creating) a database migrated to @version only, or leave it
 * unmigrated with @version 0. */
TxDatabase *_tx_database_open_at_version (const char  *path,
                                          int          version,
                                          GError     **error);

/* After a restore replaced the file's pages under the connection: set the
 * connection up again, upgrade an older copy's schema, and announce that
 * anything may have changed. */
gboolean    _tx_database_after_restore   (TxDatabase  *self,
                                          GError     **error);

/* The database's layer sits below backups: the backup module hands it the
 * function that copies a file before its schema is upgraded (no upgrade
 * without the copy; see tx-backup.c). */
typedef char *(*TxUpgradeBackupFunc) (TxDatabase  *db,
                                      GError     **error);
void        _tx_database_set_upgrade_backup (TxUpgradeBackupFunc func);

/* ---- the reading thread (tx-database-reader.c) ---- */

/* one tx_database_read_async() call: the task data of its GTask */
typedef struct
{
  TxDatabaseReadFunc  func;
  gpointer            data;
  GDestroyNotify      data_free;
  GDestroyNotify      result_free;
  GAsyncReadyCallback callback;
  gpointer            user_data;
} TxReadRequest;

void        _tx_read_request_free        (gpointer     request);

typedef struct _TxReader TxReader;

/* a thread with its own connection to @path, started on the first read */
TxReader   *_tx_reader_start             (const char  *path);
/* queues @task (its data a TxReadRequest); the thread owns the task */
void        _tx_reader_push              (TxReader    *reader,
                                          GTask       *task);
/* the thread finishes the queued requests, then frees @reader */
void        _tx_reader_stop              (TxReader    *reader);

G_END_DECLS
