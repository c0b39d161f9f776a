/* tx-backup.c — copies of the database that survive a bad day
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "core/db/tx-database-private.h"
#include "core/db/tx-migrations.h"
#include "core/db/tx-settings.h"
#include "core/db/tx-database.h"

#include "tx-backup.h"

G_DEFINE_QUARK (tx-backup-error-quark, tx_backup_error)

static const struct
{
  const char *name;   /* in file names: stable, English */
  guint       keep;
} kinds[] = {
  [TX_BACKUP_DAILY]         = { "daily", 7 },
  [TX_BACKUP_WEEKLY]        = { "weekly", 4 },
  [TX_BACKUP_PRE_IMPORT]    = { "before-import", 5 },
  [TX_BACKUP_PRE_MIGRATION] = { "before-upgrade", 5 },
  [TX_BACKUP_PRE_RESTORE]   = { "before-restore", 5 },
  [TX_BACKUP_MANUAL]        = { "manual", 10 },
};

char *
tx_backup_folder (const char *database_path)
{
  g_autofree char *dir = g_path_get_dirname (database_path);

  return g_build_filename (dir, "backups", NULL);
}

guint
tx_backup_keep (TxBackupKind kind)
{
  return kinds[kind].keep;
}

/* ---- one checked copy --------------------------------------------------------- */

static gboolean
set_sqlite_error (sqlite3     *handle,
                  int          rc,
                  const char  *dest,
                  GError     **error)
{
  const char *detail = handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);
  int saved = handle != NULL ? sqlite3_system_errno (handle) : 0;

  /* a full disk, a quota, or a file system's largest file (FAT: 4 GB) */
  if ((rc & 0xff) == SQLITE_FULL || saved == ENOSPC || saved == EFBIG || saved == EDQUOT)
    g_set_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_FULL,
                 _("There is no room for the backup at “%s”. Nothing was left there; free some space or choose another place."),
                 dest);
  else
    g_set_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_FAILED,
                 _("The backup to “%s” failed (%s). Nothing was left there."), dest, detail);
  return FALSE;
}

/* "ok", or what the check found first (NULL: it could not run) */
static char *
dup_check (sqlite3 *handle)
{
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  if (sqlite3_prepare_v2 (handle, "PRAGMA quick_check(1)", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else
    result = g_strdup (sqlite3_errmsg (handle));
  sqlite3_finalize (stmt);
  return result;
}

/* the first column of the first row, or -1 */
static gint64
read_int64 (sqlite3    *handle,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static int
read_pragma_int (sqlite3    *handle,
                 const char *sql)
{
  return (int) read_int64 (handle, sql);
}

/* A Tongxin database this version can open, and healthy. */
static gboolean
check_copy (sqlite3     *handle,
            const char  *path,
            GError     **error)
{
  g_autofree char *check = dup_check (handle);
  int app_id = read_pragma_int (handle, "PRAGMA application_id");
  int version = read_pragma_int (handle, "PRAGMA user_version");

  if (app_id != TX_DATABASE_APPLICATION_ID || version < 1)
    {
      g_set_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_NOT_BACKUP,
                   _("“%s” is not a Tongxin database or backup."), path);
      return FALSE;
    }
  if (version > tx_database_latest_version ())
    {
      g_set_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_NOT_BACKUP,
                   _("“%s” was written by a newer version of Tongxin (schema %d); install it to use this backup."),
                   path, version);
      return FALSE;
    }
  if (g_strcmp0 (check, "ok") != 0)
    {
      g_set_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_DAMAGED,
                   _("The backup “%s” is damaged (%s)."), path, check);
      return FALSE;
    }
  return TRUE;
}

static sqlite3 *
open_read_only (const char  *path,
                GError     **error)
{
  sqlite3 *handle = NULL;
  int rc = sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_NOT_BACKUP,
                   _("Cannot read “%s”: %s"), path,
                   handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc));
      sqlite3_close (handle);
      return NULL;
    }
  sqlite3_busy_timeout (handle, 5000);
  return handle;
}

/* fsync by path: the temporary copy is ours alone, no connection holds it */
static gboolean
sync_path (const char *path,
           gboolean    directory)
{
  int fd = g_open (path, (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  /* FAT and some USB sticks refuse to sync a directory: not an error */
  ok = fsync (fd) == 0 || (directory && (errno == EINVAL || errno == EROFS));
  close (fd);
  return ok;
}

/* The pages of @source into the new file @tmp, as a rollback-journal
 * database that needs no -wal beside it. */
static gboolean
copy_pages (sqlite3     *source,
            const char  *tmp,
            const char  *dest,
            GError     **error)
{
  sqlite3 *target = NULL;
  sqlite3_backup *backup;
  int rc = sqlite3_open_v2 (tmp, &target, SQLITE_OPEN_READWRITE, NULL);

  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (target, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (target);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          rc = rc == SQLITE_DONE ? sqlite3_backup_finish (backup)
                                 : (sqlite3_backup_finish (backup), rc);
        }
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (target, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    set_sqlite_error (target, rc, dest, error);
  if (sqlite3_close (target) != SQLITE_OK && rc == SQLITE_OK)
    return set_sqlite_error (NULL, SQLITE_IOERR, dest, error);
  return rc == SQLITE_OK;
}

static gboolean
read_back (const char  *dest,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3 *handle = open_read_only (dest, &local_error);
  gboolean ok = handle != NULL && check_copy (handle, dest, &local_error);

  sqlite3_close (handle);
  if (!ok)
    g_set_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_FAILED,
                 _("The backup written to “%s” did not read back correctly (%s); the device may be failing."),
                 dest, local_error->message);
  return ok;
}

static void
remove_temporary (const char *tmp)
{
  g_autofree char *journal = g_strconcat (tmp, "-journal", NULL);

  g_unlink (tmp);
  g_unlink (journal);
}

/* Temporary name, copy, fsync, rename, fsync the folder, read back. The
 * temporary file is removed on every failure, so a full or pulled USB
 * stick keeps no half copy under either name. */
static gboolean
write_copy (sqlite3     *source,
            const char  *dest,
            gboolean     verify,
            GError     **error)
{
  g_autofree char *tmp = g_strconcat (dest, ".part-XXXXXX", NULL);
  g_autofree char *dir = g_path_get_dirname (dest);
  int fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, TX_BACKUP_ERROR, saved == ENOSPC ? TX_BACKUP_ERROR_FULL : TX_BACKUP_ERROR_FAILED,
                   _("Cannot write a backup in “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  if (!copy_pages (source, tmp, dest, error))
    {
      remove_temporary (tmp);
      return FALSE;
    }
  if (!sync_path (tmp, FALSE) || g_rename (tmp, dest) != 0)
    {
      int saved = errno;

      remove_temporary (tmp);
      g_set_error (error, TX_BACKUP_ERROR, saved == ENOSPC ? TX_BACKUP_ERROR_FULL : TX_BACKUP_ERROR_FAILED,
                   _("The backup to “%s” failed (%s). Nothing was left there."), dest, g_strerror (saved));
      return FALSE;
    }
  sync_path (dir, TRUE);
  if (verify && !read_back (dest, error))
    {
      g_unlink (dest);
      return FALSE;
    }
  return TRUE;
}

/* renaming a copy over the live file (or its -wal) would lose data: a
 * file chooser's "replace" must not reach it (stat only, no descriptor) */
static gboolean
is_database_file (TxDatabase *db,
                  const char *dest)
{
  const char *suffixes[] = { "", "-wal", "-shm" };
  GStatBuf target, file;

  if (g_stat (dest, &target) != 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (tx_database_get_path (db), suffixes[i], NULL);

      if (g_stat (path, &file) == 0 && file.st_dev == target.st_dev && file.st_ino == target.st_ino)
        return TRUE;
    }
  return FALSE;
}

gboolean
tx_backup_to_file (TxDatabase  *db,
                   const char  *dest,
                   GError     **error)
{
  g_autoptr(GError) check_error = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);

  /* the backup would copy what is not committed yet */
  if (tx_database_in_transaction (db))
    {
      g_set_error_literal (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_BUSY,
                           "A backup cannot be made inside a transaction");
      return FALSE;
    }
  if (is_database_file (db, dest))
    {
      g_set_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_FAILED,
                   _("“%s” is the database itself; choose another file for the backup."), dest);
      return FALSE;
    }
  if (!tx_database_check_integrity (db, FALSE, &check_error))
    {
      g_set_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_DAMAGED,
                   _("No backup was made: %s"), check_error->message);
      return FALSE;
    }
  return write_copy (tx_database_get_handle (db), dest, TRUE, error);
}

/* ---- automatic copies and their rotation ---------------------------------------- */

static char *
dup_stem (const char *database_path)
{
  g_autofree char *base = g_path_get_basename (database_path);

  if (g_str_has_suffix (base, ".db"))
    base[strlen (base) - 3] = '\0';
  return g_steal_pointer (&base);
}

/* "<stem>-<kind>-": every copy of one kind of one database */
static char *
dup_prefix (const char   *database_path,
            TxBackupKind  kind)
{
  g_autofree char *stem = dup_stem (database_path);

  return g_strdup_printf ("%s-%s-", stem, kinds[kind].name);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* newest first: the time stamp follows the last "-" of every copy's name */
static int
compare_copy_times (gconstpointer a,
                    gconstpointer b)
{
  const char *pa = *(const char * const *) a;
  const char *pb = *(const char * const *) b;

  return g_strcmp0 (strrchr (pb, '-'), strrchr (pa, '-'));
}

/* The names of @kind's copies, oldest first (the UTC time in the name
 * sorts as text). */
static GPtrArray *
list_copies (const char   *database_path,
             TxBackupKind  kind)
{
  g_autofree char *folder = tx_backup_folder (database_path);
  g_autofree char *prefix = dup_prefix (database_path, kind);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db"))
      g_ptr_array_add (names, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  return names;
}

/* A copy killed half-way (power cut, SIGKILL) leaves its temporary file:
 * one more than an hour old is not being written any more. */
static void
remove_stale_parts (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      GStatBuf st;

      if (strstr (name, ".part-") != NULL && g_stat (path, &st) == 0 && now - st.st_mtime > 3600)
        g_unlink (path);
    }
}

static void
rotate (const char   *database_path,
        TxBackupKind  kind)
{
  g_autoptr(GPtrArray) names = list_copies (database_path, kind);
  g_autofree char *folder = tx_backup_folder (database_path);

  for (guint i = 0; i + kinds[kind].keep < names->len; i++)
    if (g_unlink (g_ptr_array_index (names, i)) != 0)
      g_debug ("Cannot remove an old backup: %s", g_strerror (errno));
  remove_stale_parts (folder);
}

static char *
dup_copy_path (const char   *database_path,
               TxBackupKind  kind,
               GDateTime    *now)
{
  g_autofree char *folder = tx_backup_folder (database_path);
  g_autofree char *prefix = dup_prefix (database_path, kind);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (now);
  g_autofree char *stamp = g_date_time_format (utc, "%Y%m%dT%H%M%S.%fZ");
  g_autofree char *name = g_strconcat (prefix, stamp, ".db", NULL);

  return g_build_filename (folder, name, NULL);
}

/* @damaged_too: a database that fails its check is copied as it is (the
 * copy made before a restore keeps even a damaged file) */
static char *
make_at (TxDatabase    *db,
         TxBackupKind   kind,
         GDateTime     *now,
         gboolean       damaged_too,
         GError       **error)
{
  const char *database_path = tx_database_get_path (db);
  g_autofree char *folder = tx_backup_folder (database_path);
  g_autofree char *dest = dup_copy_path (database_path, kind, now);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_FAILED,
                   _("Cannot create the folder “%s”: %s"), folder, g_strerror (saved));
      return NULL;
    }
  if (damaged_too && !tx_database_check_integrity (db, FALSE, NULL))
    {
      if (!write_copy (tx_database_get_handle (db), dest, FALSE, error))
        return NULL;
    }
  else if (!tx_backup_to_file (db, dest, error))
    return NULL;
  rotate (database_path, kind);
  return g_steal_pointer (&dest);
}

char *
tx_backup_make (TxDatabase    *db,
                TxBackupKind   kind,
                GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  return make_at (db, kind, now, FALSE, error);
}

char *
tx_backup_before_import (TxDatabase  *db,
                         GError     **error)
{
  return tx_backup_make (db, TX_BACKUP_PRE_IMPORT, error);
}

/* The time in a copy's name, or NULL */
static GDateTime *
copy_time (const char   *path,
           const char   *database_path,
           TxBackupKind  kind)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = dup_prefix (database_path, kind);
  g_autofree char *stamp = g_strndup (base + strlen (prefix),
                                      strlen (base) - strlen (prefix) - strlen (".db"));
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new_from_iso8601 (stamp, utc);
}

static gboolean
same_local_day (GDateTime *a,
                GDateTime *b)
{
  g_autoptr(GDateTime) la = g_date_time_to_local (a);
  g_autoptr(GDateTime) lb = g_date_time_to_local (b);

  return g_date_time_get_year (la) == g_date_time_get_year (lb) &&
         g_date_time_get_day_of_year (la) == g_date_time_get_day_of_year (lb);
}

/* the newest copy of @kind is at most @days old (or from @now's day) */
static gboolean
have_recent (const char   *database_path,
             TxBackupKind  kind,
             GDateTime    *now,
             int           days)
{
  g_autoptr(GPtrArray) names = list_copies (database_path, kind);
  g_autoptr(GDateTime) newest = NULL;

  if (names->len == 0)
    return FALSE;
  newest = copy_time (g_ptr_array_index (names, names->len - 1), database_path, kind);
  if (newest == NULL)
    return FALSE;
  if (days == 0)
    return same_local_day (newest, now);
  return g_date_time_difference (now, newest) < days * G_TIME_SPAN_DAY;
}

char *
tx_backup_daily (TxDatabase  *db,
                 GDateTime   *today,
                 GError     **error)
{
  const char *database_path;
  g_autofree char *daily = NULL;
  g_autofree char *weekly = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  database_path = tx_database_get_path (db);

  if (have_recent (database_path, TX_BACKUP_DAILY, today, 0))
    return NULL;
  daily = make_at (db, TX_BACKUP_DAILY, today, FALSE, error);
  if (daily == NULL)
    return NULL;
  if (!have_recent (database_path, TX_BACKUP_WEEKLY, today, 7))
    {
      weekly = make_at (db, TX_BACKUP_WEEKLY, today, FALSE, error);
      if (weekly == NULL)
        return NULL;
    }
  return g_steal_pointer (&daily);
}

char *
tx_backup_find_latest_good (const char *database_path)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);

  for (guint kind = 0; kind < G_N_ELEMENTS (kinds); kind++)
    {
      g_autoptr(GPtrArray) names = list_copies (database_path, kind);

      for (guint i = 0; i < names->len; i++)
        g_ptr_array_add (all, g_strdup (g_ptr_array_index (names, i)));
    }
  /* newest first, by the time in the name */
  g_ptr_array_sort (all, compare_copy_times);
  for (guint i = 0; i < all->len; i++)
    {
      const char *path = g_ptr_array_index (all, i);
      sqlite3 *handle = open_read_only (path, NULL);
      gboolean good = handle != NULL && check_copy (handle, path, NULL);

      sqlite3_close (handle);
      if (good)
        return g_strdup (path);
    }
  return NULL;
}

/* ---- on a thread of its own ------------------------------------------------------ */

static void
daily_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const char *database_path = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = tx_database_open_existing (database_path, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  char *made;

  if (db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!tx_database_check_integrity (db, FALSE, &error))
    {
      g_autofree char *latest = tx_backup_find_latest_good (database_path);

      g_task_return_new_error (task, TX_BACKUP_ERROR, TX_BACKUP_ERROR_DAMAGED,
                               latest != NULL ? _("%s The latest good backup is “%s”.")
                                              : _("%s There is no good backup of it."),
                               error->message, latest);
      return;
    }
  made = tx_backup_daily (db, now, &error);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, made, g_free);
}

void
tx_backup_daily_async (const char          *database_path,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, tx_backup_daily_async);
  g_task_set_task_data (task, g_strdup (database_path), g_free);
  g_task_run_in_thread (task, daily_thread);
}

char *
tx_backup_daily_finish (GAsyncResult  *result,
                        GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  char *database_path;
  char *dest;
} CopyJob;

static void
copy_job_free (gpointer data)
{
  CopyJob *job = data;

  g_free (job->database_path);
  g_free (job->dest);
  g_free (job);
}

static void
copy_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CopyJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = tx_database_open_existing (job->database_path, &error);

  if (db == NULL || !tx_backup_to_file (db, job->dest, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
tx_backup_to_file_async (const char          *database_path,
                         const char          *dest,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  CopyJob *job = g_new0 (CopyJob, 1);

  job->database_path = g_strdup (database_path);
  job->dest = g_strdup (dest);
  g_task_set_source_tag (task, tx_backup_to_file_async);
  g_task_set_task_data (task, job, copy_job_free);
  g_task_run_in_thread (task, copy_thread);
}

gboolean
tx_backup_to_file_finish (GAsyncResult  *result,
                          GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- looking into a copy, and restoring it ------------------------------------------- */

void
tx_backup_info_free (TxBackupInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->office);
  g_free (info->last_change);
  g_free (info);
}

static char *
dup_text (sqlite3    *handle,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
read_counts (sqlite3      *handle,
             TxBackupInfo *info)
{
  info->people = read_int64 (handle, "SELECT count(*) FROM person WHERE trashed IS NULL");
  info->communities = read_int64 (handle, "SELECT count(*) FROM community WHERE trashed IS NULL");
  info->staff = read_int64 (handle, "SELECT count(*) FROM staff WHERE trashed IS NULL");
  info->activities = read_int64 (handle, "SELECT count(*) FROM activity WHERE trashed IS NULL");
  info->visits = read_int64 (handle, "SELECT count(*) FROM visit WHERE trashed IS NULL");
  info->consultations = read_int64 (handle, "SELECT count(*) FROM consultation WHERE trashed IS NULL");
  info->suggestions = read_int64 (handle, "SELECT count(*) FROM suggestion WHERE trashed IS NULL");
  info->pairings = read_int64 (handle, "SELECT count(*) FROM pairing WHERE trashed IS NULL");
}

TxBackupInfo *
tx_backup_inspect (const char  *path,
                   GError     **error)
{
  g_autoptr(TxBackupInfo) info = NULL;
  sqlite3 *handle;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_NOT_BACKUP,
                   _("There is no backup file at “%s”."), path);
      return NULL;
    }
  handle = open_read_only (path, error);
  if (handle == NULL)
    return NULL;
  if (!check_copy (handle, path, error))
    {
      sqlite3_close (handle);
      return NULL;
    }
  info = g_new0 (TxBackupInfo, 1);
  info->schema = read_pragma_int (handle, "PRAGMA user_version");
  info->office = dup_text (handle, "SELECT value FROM settings WHERE key = '" TX_SETTING_OFFICE_NAME "'");
  info->last_change = dup_text (handle, "SELECT max(time) FROM change_log");
  read_counts (handle, info);
  sqlite3_close (handle);
  return g_steal_pointer (&info);
}

/* The copy's pages into the open connection: SQLite locks, writes and
 * syncs the live file itself, so other connections stay consistent. */
static gboolean
copy_into (TxDatabase  *db,
           const char  *path,
           GError     **error)
{
  sqlite3 *source = open_read_only (path, error);
  sqlite3_backup *backup;
  int rc;

  if (source == NULL)
    return FALSE;
  backup = sqlite3_backup_init (tx_database_get_handle (db), "main", source, "main");
  if (backup == NULL)
    rc = sqlite3_errcode (tx_database_get_handle (db));
  else
    {
      rc = sqlite3_backup_step (backup, -1);
      rc = rc == SQLITE_DONE ? sqlite3_backup_finish (backup)
                             : (sqlite3_backup_finish (backup), rc);
    }
  sqlite3_close (source);
  if (rc != SQLITE_OK)
    return tx_database_set_error (db, rc, error);
  return TRUE;
}

gboolean
tx_backup_restore (TxDatabase  *db,
                   const char  *path,
                   char       **safety_copy,
                   GError     **error)
{
  g_autoptr(TxBackupInfo) info = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *before = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  info = tx_backup_inspect (path, error);
  if (info == NULL)
    return FALSE;
  /* the state being replaced can always be had back */
  before = make_at (db, TX_BACKUP_PRE_RESTORE, now, TRUE, error);
  if (before == NULL)
    return FALSE;
  if (!copy_into (db, path, error) || !_tx_database_after_restore (db, error))
    return FALSE;
  if (safety_copy != NULL)
    *safety_copy = g_steal_pointer (&before);
  return TRUE;
}

/* TxImportOptions.backup for every import, from the window or the CLI: a
 * database that holds people is copied before the import writes, so a bad
 * file can always be undone with a restore. @user_data: NULL, or a
 * (char **) that receives the copy's path. */
gboolean
tx_backup_import_hook (TxDatabase  *db,
                       gpointer     user_data,
                       GError     **error)
{
  char **copy_out = user_data;
  char *copy;
  gint64 people = tx_database_count (db, "SELECT count(*) FROM person", error);

  if (people < 0)
    return FALSE;
  if (people == 0)
    return TRUE;
  copy = tx_backup_before_import (db, error);
  if (copy == NULL)
    return FALSE;
  if (copy_out != NULL)
    *copy_out = copy;
  else
    g_free (copy);
  return TRUE;
}

static char *
backup_before_upgrade (TxDatabase  *db,
                       GError     **error)
{
  return tx_backup_make (db, TX_BACKUP_PRE_MIGRATION, error);
}

/* Hands the database layer its copy before an upgrade as soon as the
 * program is loaded, before any database can be opened; the core library is
 * linked whole (src/core/meson.build), so this runs in every program that
 * links it.  Without it, tx-database.c refuses to upgrade. */
__attribute__((constructor)) static void
install_upgrade_backup (void)
{
  _tx_database_set_upgrade_backup (backup_before_upgrade);
}
