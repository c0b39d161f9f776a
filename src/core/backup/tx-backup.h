/* tx-backup.h — copies of the database that survive a bad day
 *
 * Every copy is made with SQLite's online backup API from a connection
 * (never by copying the file under an open connection), written under a
 * temporary name, synced, renamed into place, then read back and checked.
 * A copy is a self-contained SQLite file (rollback journal, not WAL) with
 * mode 0600.
 *
 * Automatic copies live in the folder "backups" beside the database and
 * are rotated per kind: the last 7 daily, 4 weekly, 5 before an import,
 * 5 before an upgrade, 5 before a restore, 10 made on request.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_BACKUP_ERROR (tx_backup_error_quark ())

typedef enum
{
  TX_BACKUP_ERROR_FAILED,      /* could not write or read the copy */
  TX_BACKUP_ERROR_FULL,        /* the target has no room left */
  TX_BACKUP_ERROR_DAMAGED,     /* the database itself failed its check */
  TX_BACKUP_ERROR_NOT_BACKUP,  /* a file to restore that is not one of ours */
  TX_BACKUP_ERROR_BUSY,        /* the connection is in a transaction */
} TxBackupError;

typedef enum
{
  TX_BACKUP_DAILY,
  TX_BACKUP_WEEKLY,
  TX_BACKUP_PRE_IMPORT,
  TX_BACKUP_PRE_MIGRATION,
  TX_BACKUP_PRE_RESTORE,
  TX_BACKUP_MANUAL,
} TxBackupKind;

GQuark     tx_backup_error_quark    (void);

/* "backups" beside the database file */
char      *tx_backup_folder         (const char    *database_path);
/* how many copies of @kind rotation keeps */
guint      tx_backup_keep           (TxBackupKind   kind);

/* A checked copy of @db at @dest (a file path anywhere: a USB stick too).
 * Checks @db first (quick_check) and refuses to copy a damaged database. */
gboolean   tx_backup_to_file        (TxDatabase    *db,
                                     const char    *dest,
                                     GError       **error);

/* A copy of @kind in tx_backup_folder(), then rotation of that kind.
 * Returns the new file's path. */
char      *tx_backup_make           (TxDatabase    *db,
                                     TxBackupKind   kind,
                                     GError       **error);

/* The copy every import and every merge of duplicates makes first: call
 * it before the first write, and stop when it fails. */
char      *tx_backup_before_import  (TxDatabase    *db,
                                     GError       **error);

/* The backup hook of an import (TxImportOptions.backup): the copy above
 * when the database holds people. @user_data NULL or a (char **) for the
 * copy's path. */
gboolean   tx_backup_import_hook    (TxDatabase    *db,
                                     gpointer       user_data,
                                     GError       **error);

/* The daily copy (and the weekly one, when the last is 7 days old or
 * more), unless one was made on @today's date (local time) already.
 * Returns the path of the daily copy made, or NULL with no error when
 * there was nothing to do. */
char      *tx_backup_daily          (TxDatabase    *db,
                                     GDateTime     *today,
                                     GError       **error);

/* The same on a thread of its own with a connection of its own, after a
 * quick_check of the database: for the window after its first frame. A
 * damaged database finishes with TX_BACKUP_ERROR_DAMAGED. */
void       tx_backup_daily_async    (const char          *database_path,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
char      *tx_backup_daily_finish   (GAsyncResult        *result,
                                     GError             **error);

/* tx_backup_to_file() on a thread of its own (the window's 备份到…) */
void       tx_backup_to_file_async  (const char          *database_path,
                                     const char          *dest,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean   tx_backup_to_file_finish (GAsyncResult        *result,
                                     GError             **error);

/* The newest automatic copy that passes quick_check, or NULL */
char      *tx_backup_find_latest_good (const char    *database_path);

/* What a copy holds, shown before it replaces anything */
typedef struct
{
  char   *office;        /* office.name, or NULL */
  char   *last_change;   /* time of the last change logged (UTC ISO 8601), or NULL */
  int     schema;
  gint64  people, communities, staff, activities, visits,
          consultations, suggestions, pairings;   /* trash not counted */
} TxBackupInfo;

void          tx_backup_info_free   (TxBackupInfo  *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxBackupInfo, tx_backup_info_free)

/* Reads @path without changing it; refuses a file that is not a healthy
 * Tongxin database this version can open. */
TxBackupInfo *tx_backup_inspect     (const char    *path,
                                     GError       **error);

/* Replaces what @db holds with the copy at @path: checks the copy, makes
 * a TX_BACKUP_PRE_RESTORE copy of the current state (its path in
 * @safety_copy), then copies through SQLite's backup API into the open
 * connection and upgrades the schema if the copy is older. Announces
 * "changed" for everything. */
gboolean      tx_backup_restore     (TxDatabase    *db,
                                     const char    *path,
                                     char         **safety_copy,
                                     GError       **error);

G_END_DECLS
