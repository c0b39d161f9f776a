/* tx-database.c — the one SQLite file that holds an office's data
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tx-database-private.h"
#include "tx-migrations.h"
#include "tx-search-index.h"
#include "tx-sort-keys.h"

struct _TxDatabase
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *handle;
  GHashTable *statements;   /* SQL text → sqlite3_stmt */
  /* the address a caller passed its SQL at → its statement (not owned):
   * most SQL is a constant or composed once, and hashing the address
   * rather than a kilobyte of text is what a hundred thousand saves
   * notice. The text is compared on a hit, as the address may be a
   * freed string's. */
  GHashTable *statements_by_address;
  char       *operator_name;
  GDateTime  *pinned_now;   /* tests and demo data: a fixed clock */
  gint64      clock_ticks;
  gint64      last_now_ms;  /* now() never goes backwards */
  TxReader   *reader;       /* tx_database_read_async(); NULL until used */
  guint       n_reads;      /* requests whose callback has not run yet */
  GPtrArray  *pending;      /* entities changed in the open transaction */
  gint64      data_version; /* PRAGMA data_version last seen; -1: not read */
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TxDatabase, tx_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (tx-database-error-quark, tx_database_error)

/* statfs(2) magic numbers of file systems where SQLite's locking cannot be
 * trusted, so two offices' copies would corrupt the file. */
#define NFS_MAGIC   0x6969
#define SMB_MAGIC   0x517B
#define CIFS_MAGIC  0xFF534D42
#define SMB2_MAGIC  0xFE534D42
#define FUSE_MAGIC  0x65735546

static void
tx_database_finalize (GObject *object)
{
  TxDatabase *self = (TxDatabase *)object;

  g_clear_pointer (&self->reader, _tx_reader_stop);
  g_clear_pointer (&self->statements_by_address, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->operator_name, g_free);
  g_clear_pointer (&self->pinned_now, g_date_time_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);

  G_OBJECT_CLASS (tx_database_parent_class)->finalize (object);
}

static void
tx_database_class_init (TxDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tx_database_finalize;

  /**
   * TxDatabase::changed:
   * @db: the database
   * @entities: (nullable): the kinds of record changed ("person", "visit" …,
   *   as in the change log), or %NULL when another program or connection
   *   wrote to the file and anything may have changed
   *
   * Emitted after a transaction that changed records was committed on this
   * connection (in the thread that committed), and by
   * tx_database_check_external_changes() when another connection wrote.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRV);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
tx_database_init (TxDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->statements_by_address = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->pending = g_ptr_array_new ();
  self->data_version = -1;
}

char *
tx_database_default_path (void)
{
  const char *env = g_getenv ("TONGXIN_DATABASE");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "tongxin", "tongxin.db", NULL);
}

/* PRAGMA quick_check on the raw handle (the statement cache may be what
 * failed): "ok", the first problem found, or NULL when it could not run
 * for another reason than damage (a busy or unreadable disk). */
static char *
dup_quick_check (sqlite3 *handle)
{
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;
  int rc = sqlite3_prepare_v2 (handle, "PRAGMA quick_check(1)", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    /* the check itself stumbled on damage */
    result = g_strdup (sqlite3_errmsg (handle));
  sqlite3_finalize (stmt);
  return result;
}

/* SQLITE_CORRUPT or an I/O error in the middle of work is not a verdict
 * on the file: a lock lost to another program, or a failing disk, reads
 * the same. The file is checked, and the message says what the check
 * found; only real damage is TX_DATABASE_ERROR_CORRUPT. */
static void
set_damage_error (TxDatabase  *self,
                  const char  *detail,
                  GError     **error)
{
  g_autofree char *reported = g_strdup (detail);
  g_autofree char *check = self->handle != NULL ? dup_quick_check (self->handle) : NULL;

  if (g_strcmp0 (check, "ok") == 0)
    g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_SQL,
                 _("The database reported an error (%s), but a check found the file in order: nothing stored was lost. What you entered is still here; try again."),
                 reported);
  else if (check != NULL)
    g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CORRUPT,
                 _("The database file “%s” is damaged (%s; the check found: %s). Nothing more was written. Keep a copy of the file before doing anything else."),
                 self->path, reported, check);
  else
    g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_SQL,
                 _("The database file “%s” could not be read or written (%s), and it could not be checked. What you entered is still here; try again, and keep a copy of the file."),
                 self->path, reported);
}

gboolean
tx_database_set_error (TxDatabase  *self,
                       int          rc,
                       GError     **error)
{
  const char *detail = self->handle ? sqlite3_errmsg (self->handle) : sqlite3_errstr (rc);
  int saved = self->handle ? sqlite3_system_errno (self->handle) : 0;

  /* a write refused for room (a quota, the largest file the file system
   * takes) is a full disk to the user, when SQLite can still tell (it
   * reads errno after the fact) */
  if ((rc & 0xff) == SQLITE_IOERR && (saved == ENOSPC || saved == EFBIG || saved == EDQUOT))
    rc = SQLITE_FULL;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_BUSY,
                   _("The database is busy: another program is writing to it. Try again in a moment."));
      break;
    case SQLITE_FULL:
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_FULL,
                   _("The disk is full. Nothing was changed; free some space and try again."));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_READONLY,
                   _("The database file cannot be written (%s)."), detail);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CORRUPT,
                   _("The file is not a readable Tongxin database (%s)."), detail);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_IOERR:
      set_damage_error (self, detail, error);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID,
                   _("The data breaks a rule of the database (%s)."), detail);
      break;
    default:
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_SQL,
                   _("Database error: %s"), detail);
      break;
    }
  return FALSE;
}

static gboolean
check_file_system (const char  *dir,
                   GError     **error)
{
  struct statfs fs;

  if (statfs (dir, &fs) != 0)
    return TRUE;   /* the open that follows reports a real problem */

  switch ((unsigned long) fs.f_type)
    {
    case NFS_MAGIC:
    case SMB_MAGIC:
    case CIFS_MAGIC:
    case SMB2_MAGIC:
    case FUSE_MAGIC:
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NETWORK_FS,
                   _("The folder “%s” is on a network or user-space file system, where the database could be damaged. Keep the database on this computer's own disk and exchange data with XML files."),
                   dir);
      return FALSE;
    default:
      return TRUE;
    }
}

/* The folder holds ID numbers and phones: only its owner can list it.
 *
 * Nothing here opens the database file itself. On POSIX systems closing
 * *any* descriptor of a file drops *every* lock the process holds on it, so
 * an open()/close() beside a live connection (ours, or the reading
 * thread's) makes the next program believe it is the last user: it deletes
 * the -wal and -shm we go on writing into and saves vanish ("How To Corrupt
 * An SQLite Database File", §2.2). SQLite creates the file (open_handle());
 * restrict_file() tightens its mode by path. */
static gboolean
prepare_folder (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_OPEN,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  return check_file_system (dir, error);
}

/* A new file is created by SQLite with 0644 less the umask, a copied
 * Tongxin database may have a looser mode: tighten it, and its -wal and
 * -shm, which SQLite creates with the mode of the database. By path
 * (chmod), never through a descriptor of our own. */
static void
restrict_file (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_chmod (file, 0600) != 0 && errno != ENOENT)
        g_debug ("Cannot restrict %s to its owner: %s", file, g_strerror (errno));
    }
}

static gboolean
read_int_pragma (TxDatabase  *self,
                 const char  *sql,
                 int         *out,
                 GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (tx_database_step_row (self, stmt, error) != 1)
    return FALSE;
  *out = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* Refuse, before writing anything, a file that is not ours or that a newer
 * Tongxin wrote: setting WAL or migrating would change it. */
static gboolean
check_identity (TxDatabase  *self,
                int         *version,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  int app_id = 0;
  int n_tables = 0;

  /* a text or spreadsheet file chosen by mistake is not "damaged" */
  if (!read_int_pragma (self, "PRAGMA user_version", version, &local_error))
    {
      if ((sqlite3_errcode (self->handle) & 0xff) == SQLITE_NOTADB)
        g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_TONGXIN,
                     _("“%s” is not a database file, so it is not a Tongxin database. It was left unchanged."),
                     self->path);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!read_int_pragma (self, "PRAGMA application_id", &app_id, error) ||
      !read_int_pragma (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    return FALSE;

  if ((*version > 0 || n_tables > 0) && app_id != TX_DATABASE_APPLICATION_ID)
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_TONGXIN,
                   _("“%s” is an SQLite file of another program, not a Tongxin database. It was left unchanged."),
                   self->path);
      return FALSE;
    }
  if (*version > _tx_migrations_latest ())
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_TOO_NEW,
                   _("The database “%s” was written by a newer version of Tongxin (schema %d; this version knows up to %d). Install the newer version to open it; the file was left unchanged."),
                   self->path, *version, _tx_migrations_latest ());
      return FALSE;
    }
  return TRUE;
}

static gboolean
configure_connection (TxDatabase  *self,
                      GError     **error)
{
  g_auto(TxStatement) stmt = NULL;
  const char *mode;

  sqlite3_extended_result_codes (self->handle, 1);
  _tx_search_index_register (self->handle);

  stmt = tx_database_prepare (self, "PRAGMA journal_mode=WAL", error);
  if (stmt == NULL || tx_database_step_row (self, stmt, error) != 1)
    return FALSE;
  mode = tx_column_text (stmt, 0);
  if (g_strcmp0 (mode, "wal") != 0)
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_OPEN,
                   _("The database cannot use write-ahead logging (journal mode “%s”)."), mode);
      return FALSE;
    }

  /* FULL, not NORMAL: a power cut must not lose a saved record. */
  return tx_database_exec (self,
                           "PRAGMA synchronous=FULL;"
                           "PRAGMA foreign_keys=ON;"
                           "PRAGMA trusted_schema=OFF;"
                           "PRAGMA cache_size=" TX_DATABASE_CACHE_SIZE ";"
                           "PRAGMA secure_delete=ON;",
                           error);
}

/* SQLite opens (or creates) the file: see prepare_folder() for why no
 * one else may. A file SQLite could open only for reading is refused here,
 * not at the first save. */
static gboolean
open_handle (TxDatabase  *self,
             gboolean     create,
             GError     **error)
{
  int rc = sqlite3_open_v2 (self->path, &self->handle,
                            SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX,
                            NULL);

  if (rc == SQLITE_OK && sqlite3_db_readonly (self->handle, "main") == 1)
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_READONLY,
                   _("Cannot open the database “%s”: %s"), self->path, g_strerror (EACCES));
      return FALSE;
    }
  if (rc == SQLITE_OK)
    return TRUE;

  if ((rc & 0xff) == SQLITE_CANTOPEN)
    {
      int saved = sqlite3_system_errno (self->handle);

      g_set_error (error, TX_DATABASE_ERROR,
                   saved == EACCES || saved == EROFS ? TX_DATABASE_ERROR_READONLY : TX_DATABASE_ERROR_OPEN,
                   _("Cannot open the database “%s”: %s"), self->path,
                   saved != 0 ? g_strerror (saved) : sqlite3_errstr (rc));
      return FALSE;
    }
  return tx_database_set_error (self, rc, error);
}

/* Without creating anything: the file must be there (a stat by path, no
 * descriptor: see prepare_folder()), on a local disk. */
static gboolean
check_existing (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_MISSING,
                   _("There is no database at “%s”. Check the path; nothing was created (a new database is made only by the window, “demo” or “import”)."),
                   path);
      return FALSE;
    }
  return check_file_system (dir, error);
}

/* A file that open_existing() would have to set up or upgrade */
static gboolean
check_current (TxDatabase  *self,
               int          version,
               GError     **error)
{
  if (version == 0)
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_TONGXIN,
                   _("“%s” is empty, not a Tongxin database. It was left unchanged."), self->path);
      return FALSE;
    }
  if (version < _tx_migrations_latest ())
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_TOO_OLD,
                   _("The database “%s” was written by an older version of Tongxin (schema %d). Open it once in the Tongxin window, which upgrades it after a backup; it was left unchanged."),
                   self->path, version);
      return FALSE;
    }
  return TRUE;
}

/* A file that holds data is copied before its schema changes; no upgrade
 * without the copy. */
static TxUpgradeBackupFunc upgrade_backup;

void
_tx_database_set_upgrade_backup (TxUpgradeBackupFunc func)
{
  upgrade_backup = func;
}

static gboolean
backup_before_upgrade (TxDatabase  *self,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *copy = NULL;

  if (upgrade_backup == NULL)
    local_error = g_error_new_literal (TX_DATABASE_ERROR, TX_DATABASE_ERROR_OPEN,
                                       "no backup module is linked in");
  else
    copy = upgrade_backup (self, &local_error);
  if (copy == NULL)
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_OPEN,
                   _("The database “%s” needs an upgrade, but no backup could be made first, so it was left as it was: %s"),
                   self->path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static TxDatabase *
open_common (const char  *path,
             int          target_version,
             gboolean     create,
             GError     **error)
{
  g_autoptr(TxDatabase) self = NULL;
  int version = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(create ? prepare_folder (path, error) : check_existing (path, error)))
    return NULL;

  self = g_object_new (TX_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->operator_name = g_strdup (g_get_real_name () && g_strcmp0 (g_get_real_name (), "Unknown") != 0
                                  ? g_get_real_name () : g_get_user_name ());
  if (g_getenv ("TONGXIN_NOW") != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (g_getenv ("TONGXIN_NOW"), NULL);
      if (now != NULL)
        tx_database_pin_clock (self, now);
    }

  if (!open_handle (self, create, error))
    return NULL;
  /* before the first read: another program may be writing right now */
  sqlite3_busy_timeout (self->handle, 5000);

  if (!check_identity (self, &version, error))
    return NULL;
  if (!create && !check_current (self, version, error))
    return NULL;
  restrict_file (path);
  if (!configure_connection (self, error))
    return NULL;

  if (target_version < 0)
    target_version = _tx_migrations_latest ();
  if (version > 0 && version < target_version && !backup_before_upgrade (self, error))
    return NULL;
  if (version < target_version && !_tx_migrations_run_to (self, target_version, error))
    return NULL;
  if (target_version == _tx_migrations_latest () && !_tx_sort_keys_refresh (self, error))
    return NULL;
  /* where the file stands: later writes of others are changes */
  tx_database_check_external_changes (self);

  return g_steal_pointer (&self);
}

TxDatabase *
tx_database_open (const char  *path,
                  GError     **error)
{
  return open_common (path, -1, TRUE, error);
}

TxDatabase *
tx_database_open_existing (const char  *path,
                           GError     **error)
{
  return open_common (path, -1, FALSE, error);
}

TxDatabase *
_tx_database_open_at_version (const char  *path,
                              int          version,
                              GError     **error)
{
  return open_common (path, version, TRUE, error);
}

const char *
tx_database_get_path (TxDatabase *self)
{
  g_return_val_if_fail (TX_IS_DATABASE (self), NULL);
  return self->path;
}

sqlite3 *
tx_database_get_handle (TxDatabase *self)
{
  g_return_val_if_fail (TX_IS_DATABASE (self), NULL);
  return self->handle;
}

int
tx_database_get_schema_version (TxDatabase *self)
{
  int version = -1;

  g_return_val_if_fail (TX_IS_DATABASE (self), -1);
  read_int_pragma (self, "PRAGMA user_version", &version, NULL);
  return version;
}

int
tx_database_latest_version (void)
{
  return _tx_migrations_latest ();
}

const char *
tx_database_get_operator (TxDatabase *self)
{
  g_return_val_if_fail (TX_IS_DATABASE (self), NULL);
  return self->operator_name;
}

void
tx_database_set_operator (TxDatabase *self,
                          const char *operator_name)
{
  g_return_if_fail (TX_IS_DATABASE (self));
  if (operator_name != NULL && *operator_name != '\0')
    {
      g_free (self->operator_name);
      self->operator_name = g_strdup (operator_name);
    }
}

sqlite3_stmt *
tx_database_prepare (TxDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TX_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements_by_address, sql);
  if (stmt == NULL || strcmp (sqlite3_sql (stmt), sql) != 0)
    {
      stmt = g_hash_table_lookup (self->statements, sql);
      if (stmt != NULL)
        g_hash_table_insert (self->statements_by_address, (gpointer) sql, stmt);
    }
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      tx_database_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  g_hash_table_insert (self->statements_by_address, (gpointer) sql, stmt);
  return stmt;
}

void
tx_statement_clear (TxStatement *stmt)
{
  if (*stmt != NULL)
    {
      sqlite3_reset (*stmt);
      sqlite3_clear_bindings (*stmt);
      *stmt = NULL;
    }
}

gboolean
tx_database_exec (TxDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  char *message = NULL;
  int rc;

  g_return_val_if_fail (TX_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->handle, sql, NULL, NULL, &message);
  sqlite3_free (message);
  if (rc != SQLITE_OK)
    return tx_database_set_error (self, rc, error);
  return TRUE;
}

/* IMMEDIATE: take the write lock at the start, so a second program waits
 * (busy timeout) instead of failing half-way through a user's action. */
gboolean
tx_database_begin (TxDatabase  *self,
                   GError     **error)
{
  return tx_database_exec (self, "BEGIN IMMEDIATE", error);
}

/* Announces the kinds of record the committed transaction changed. */
static void
emit_pending_changes (TxDatabase *self)
{
  g_autoptr(GPtrArray) entities = NULL;

  if (self->pending->len == 0)
    return;
  entities = g_steal_pointer (&self->pending);
  self->pending = g_ptr_array_new ();
  g_ptr_array_add (entities, NULL);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, (const char * const *) entities->pdata);
}

gboolean
tx_database_commit (TxDatabase  *self,
                    GError     **error)
{
  g_autoptr(GError) flush_error = NULL;

  /* not fatal: a search takes the rows not yet indexed as candidates */
  if (!_tx_search_index_flush (self, &flush_error))
    g_debug ("The search index stays behind: %s", flush_error->message);
  if (!tx_database_exec (self, "COMMIT", error))
    {
      tx_database_rollback (self);
      return FALSE;
    }
  emit_pending_changes (self);
  return TRUE;
}

void
tx_database_rollback (TxDatabase *self)
{
  g_return_if_fail (TX_IS_DATABASE (self));
  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
  g_ptr_array_set_size (self->pending, 0);
}

/* @entity is one of the change log's entity names: static strings, but
 * interned so a caller's copy works too. */
static void
note_change (TxDatabase *self,
             const char *entity)
{
  const char *interned = g_intern_string (entity);

  if (!g_ptr_array_find (self->pending, interned, NULL))
    g_ptr_array_add (self->pending, (gpointer) interned);
  /* written outside a transaction: already committed */
  if (sqlite3_get_autocommit (self->handle))
    emit_pending_changes (self);
}

gboolean
tx_database_check_external_changes (TxDatabase *self)
{
  int version = 0;

  g_return_val_if_fail (TX_IS_DATABASE (self), FALSE);

  /* inside our own transaction nothing of anyone else's is visible yet */
  if (tx_database_in_transaction (self) ||
      !read_int_pragma (self, "PRAGMA data_version", &version, NULL))
    return FALSE;
  if (self->data_version == version)
    return FALSE;
  if (self->data_version < 0)
    {
      self->data_version = version;
      return FALSE;
    }
  self->data_version = version;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, NULL);
  return TRUE;
}

gboolean
tx_database_check_integrity (TxDatabase  *self,
                             gboolean     full,
                             GError     **error)
{
  g_autofree char *result = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (TX_IS_DATABASE (self), FALSE);

  if (!full)
    result = dup_quick_check (self->handle);
  else if ((rc = sqlite3_prepare_v2 (self->handle, "PRAGMA integrity_check(1)", -1, &stmt, NULL)) == SQLITE_OK &&
           (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    result = g_strdup (sqlite3_errmsg (self->handle));
  sqlite3_finalize (stmt);

  if (g_strcmp0 (result, "ok") == 0)
    return TRUE;
  if (result == NULL)
    g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_SQL,
                 _("The database “%s” could not be checked: %s"), self->path,
                 sqlite3_errmsg (self->handle));
  else
    g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CORRUPT,
                 _("The database “%s” is damaged (the check found: %s). The file was kept as it is."),
                 self->path, result);
  return FALSE;
}

gboolean
_tx_database_after_restore (TxDatabase  *self,
                            GError     **error)
{
  int version = 0;

  /* the statements were prepared against the replaced schema */
  g_hash_table_remove_all (self->statements_by_address);
  g_hash_table_remove_all (self->statements);
  if (!configure_connection (self, error) ||
      !read_int_pragma (self, "PRAGMA user_version", &version, error))
    return FALSE;
  if (version < _tx_migrations_latest () && !_tx_migrations_run (self, version, error))
    return FALSE;
  self->data_version = -1;
  tx_database_check_external_changes (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, NULL);
  return TRUE;
}

gboolean
tx_database_in_transaction (TxDatabase *self)
{
  g_return_val_if_fail (TX_IS_DATABASE (self), FALSE);
  return !sqlite3_get_autocommit (self->handle);
}

gboolean
tx_database_step_done (TxDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  return tx_database_set_error (self, rc, error);
}

int
tx_database_step_row (TxDatabase    *self,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return 1;
  if (rc == SQLITE_DONE)
    return 0;
  tx_database_set_error (self, rc, error);
  return -1;
}

gint64
tx_database_count (TxDatabase  *self,
                   const char  *sql,
                   GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (self, sql, error);

  if (stmt == NULL)
    return -1;
  if (tx_database_step_row (self, stmt, error) != 1)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

void
tx_database_pin_clock (TxDatabase *self,
                       GDateTime  *now)
{
  g_return_if_fail (TX_IS_DATABASE (self));
  g_clear_pointer (&self->pinned_now, g_date_time_unref);
  if (now != NULL)
    self->pinned_now = g_date_time_to_utc (now);
  self->clock_ticks = 0;
  self->last_now_ms = 0;
}

/* The fixed clock, or NULL when the real one runs: work that pins the
 * clock for a while (demo data) puts back what was there. */
GDateTime *
tx_database_dup_pinned_clock (TxDatabase *self)
{
  g_return_val_if_fail (TX_IS_DATABASE (self), NULL);
  return self->pinned_now ? g_date_time_ref (self->pinned_now) : NULL;
}

/* UTC, ISO 8601 with milliseconds. Strictly increasing within a connection,
 * so two saves in one millisecond still order; a pinned clock ticks one
 * millisecond per call, so demo data is the same on every run. */
GPtrArray *
tx_database_suspend_indexes (TxDatabase  *self,
                             GError     **error)
{
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int rc;

  {
    g_auto(TxStatement) stmt = tx_database_prepare (self,
                                                    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                                                    "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name",
                                                    error);
    if (stmt == NULL)
      return NULL;
    while ((rc = tx_database_step_row (self, stmt, error)) == 1)
      {
        g_ptr_array_add (names, g_strdup (tx_column_text (stmt, 0)));
        g_ptr_array_add (statements, g_strdup (tx_column_text (stmt, 1)));
      }
    if (rc < 0)
      return NULL;
  }
  for (guint i = 0; i < names->len; i++)
    {
      /* the name comes from the schema, quoted as an identifier */
      g_autofree char *quoted = g_strdup_printf ("DROP INDEX \"%s\"", (const char *) names->pdata[i]);

      if (strchr (names->pdata[i], '"') != NULL)
        {
          g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_SQL, "index %s", (const char *) names->pdata[i]);
          return NULL;
        }
      if (!tx_database_exec (self, quoted, error))
        return NULL;
    }
  return g_steal_pointer (&statements);
}

gboolean
tx_database_resume_indexes (TxDatabase  *self,
                            GPtrArray   *statements,
                            GError     **error)
{
  for (guint i = 0; i < statements->len; i++)
    if (!tx_database_exec (self, statements->pdata[i], error))
      return FALSE;
  return TRUE;
}

char *
tx_database_now (TxDatabase *self)
{
  struct tm tm;
  time_t seconds;
  gint64 ms;

  g_return_val_if_fail (TX_IS_DATABASE (self), NULL);

  if (self->pinned_now != NULL)
    ms = g_date_time_to_unix (self->pinned_now) * 1000
         + g_date_time_get_microsecond (self->pinned_now) / 1000 + self->clock_ticks++;
  else
    ms = g_get_real_time () / 1000;
  if (ms <= self->last_now_ms)
    ms = self->last_now_ms + 1;
  self->last_now_ms = ms;

  seconds = (time_t) (ms / 1000);
  gmtime_r (&seconds, &tm);
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                          tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                          tm.tm_hour, tm.tm_min, tm.tm_sec, (int) (ms % 1000));
}

/* The change log names fields, never their values: it must not become a
 * second copy of ID numbers and phones. */
void
tx_database_log_change (TxDatabase  *self,
                        const char  *entity,
                        const char  *uuid,
                        const char  *action,
                        const char  *fields,
                        GError     **error)
{
  g_auto(TxStatement) stmt = NULL;
  g_autofree char *now = tx_database_now (self);

  stmt = tx_database_prepare (self,
                              "INSERT INTO change_log (time, operator, entity, uuid, action, fields) "
                              "VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return;
  tx_bind_text (stmt, 1, now);
  tx_bind_text (stmt, 2, self->operator_name);
  tx_bind_text (stmt, 3, entity);
  tx_bind_text (stmt, 4, uuid);
  tx_bind_text (stmt, 5, action);
  tx_bind_text (stmt, 6, fields);
  if (tx_database_step_done (self, stmt, error))
    note_change (self, entity);
}

void
tx_bind_text (sqlite3_stmt *stmt,
              int           index,
              const char   *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

const char *
tx_column_text (sqlite3_stmt *stmt,
                int           index)
{
  return (const char *) sqlite3_column_text (stmt, index);
}

/* on the caller's main context */
static void
read_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  TxDatabase *self = TX_DATABASE (source);
  TxReadRequest *request = g_task_get_task_data (G_TASK (result));

  if (request->callback != NULL)
    request->callback (source, result, request->user_data);
  self->n_reads--;
}

void
tx_database_read_async (TxDatabase          *self,
                        TxDatabaseReadFunc   func,
                        gpointer             data,
                        GDestroyNotify       data_free,
                        GDestroyNotify       result_free,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;
  TxReadRequest *request;

  g_return_if_fail (TX_IS_DATABASE (self));
  g_return_if_fail (func != NULL);

  task = g_task_new (self, cancellable, read_done, NULL);
  g_task_set_source_tag (task, tx_database_read_async);
  request = g_new0 (TxReadRequest, 1);
  request->func = func;
  request->data = data;
  request->data_free = data_free;
  request->result_free = result_free;
  request->callback = callback;
  request->user_data = user_data;
  g_task_set_task_data (task, request, _tx_read_request_free);
  self->n_reads++;

  if (self->reader == NULL)
    self->reader = _tx_reader_start (self->path);
  _tx_reader_push (self->reader, task);   /* the thread owns the task */
}

guint
tx_database_get_n_reads (TxDatabase *self)
{
  g_return_val_if_fail (TX_IS_DATABASE (self), 0);
  return self->n_reads;
}

gpointer
tx_database_read_finish (TxDatabase    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
