/* tx-database.h — the one SQLite file that holds an office's data
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The page cache of each connection, in KiB as PRAGMA cache_size takes it
 * (negative). A desktop holds two connections (the window's and the
 * reading thread's): 8 MiB each keeps the indexes the lists walk in memory
 * without holding a tenth of a 100,000-person file twice. Bulk work (an
 * import) raises it for its transaction and comes back to this. */
#define TX_DATABASE_CACHE_SIZE "-8192"

#define TX_DATABASE_ERROR (tx_database_error_quark ())

typedef enum
{
  TX_DATABASE_ERROR_OPEN,
  TX_DATABASE_ERROR_TOO_NEW,
  TX_DATABASE_ERROR_NOT_TONGXIN,
  TX_DATABASE_ERROR_NETWORK_FS,
  TX_DATABASE_ERROR_BUSY,
  TX_DATABASE_ERROR_FULL,
  TX_DATABASE_ERROR_READONLY,
  TX_DATABASE_ERROR_CORRUPT,
  TX_DATABASE_ERROR_SQL,
  TX_DATABASE_ERROR_NOT_FOUND,
  TX_DATABASE_ERROR_CONFLICT,
  TX_DATABASE_ERROR_INVALID,
  TX_DATABASE_ERROR_MISSING,
  TX_DATABASE_ERROR_TOO_OLD,
} TxDatabaseError;

#define TX_TYPE_DATABASE (tx_database_get_type ())
G_DECLARE_FINAL_TYPE (TxDatabase, tx_database, TX, DATABASE, GObject)

GQuark        tx_database_error_quark        (void);

char         *tx_database_default_path       (void);
/* Opens the database at @path, creating it (and its folder) when it is
 * missing and upgrading its schema: for the window, "demo" and "import". */
TxDatabase   *tx_database_open               (const char  *path,
                                              GError     **error);
/* Opens a database that exists and is at the current schema, never
 * creating or upgrading anything: for the commands that only read, so a
 * mistyped path is an error (TX_DATABASE_ERROR_MISSING) instead of a new
 * empty archive. */
TxDatabase   *tx_database_open_existing      (const char  *path,
                                              GError     **error);
const char   *tx_database_get_path           (TxDatabase  *self);
sqlite3      *tx_database_get_handle         (TxDatabase  *self);
int           tx_database_get_schema_version (TxDatabase  *self);
int           tx_database_latest_version     (void);

const char   *tx_database_get_operator       (TxDatabase  *self);
void          tx_database_set_operator       (TxDatabase  *self,
                                              const char  *operator_name);

/* Statements are cached per SQL text: the returned statement is borrowed,
 * reset and with no bindings. Always hold it in a g_auto(TxStatement) so it
 * is reset when it goes out of scope; an un-reset SELECT keeps a read
 * transaction open and the connection would see an old snapshot. */
sqlite3_stmt *tx_database_prepare            (TxDatabase  *self,
                                              const char  *sql,
                                              GError     **error);
gboolean      tx_database_exec               (TxDatabase  *self,
                                              const char  *sql,
                                              GError     **error);
gboolean      tx_database_begin              (TxDatabase  *self,
                                              GError     **error);
gboolean      tx_database_commit             (TxDatabase  *self,
                                              GError     **error);
void          tx_database_rollback           (TxDatabase  *self);
gboolean      tx_database_in_transaction     (TxDatabase  *self);

gboolean      tx_database_set_error          (TxDatabase  *self,
                                              int          rc,
                                              GError     **error);

/* step helpers: TRUE on a row / on done, FALSE with @error set */
gboolean      tx_database_step_done          (TxDatabase    *self,
                                              sqlite3_stmt  *stmt,
                                              GError       **error);
int           tx_database_step_row           (TxDatabase    *self,
                                              sqlite3_stmt  *stmt,
                                              GError       **error);

gint64        tx_database_count              (TxDatabase  *self,
                                              const char  *sql,
                                              GError     **error);

/* Bulk loading, inside the caller's transaction: drops the indexes that
 * only speed up queries (unique ones stay, they are rules) and returns
 * the statements that make them again, for tx_database_resume_indexes().
 * Sorting once at the end is faster than growing each index row by row. */
GPtrArray    *tx_database_suspend_indexes    (TxDatabase  *self,
                                              GError     **error);
gboolean      tx_database_resume_indexes     (TxDatabase  *self,
                                              GPtrArray   *statements,
                                              GError     **error);

char         *tx_database_now                (TxDatabase  *self);
void          tx_database_pin_clock          (TxDatabase  *self,
                                              GDateTime   *now);
GDateTime    *tx_database_dup_pinned_clock   (TxDatabase  *self);

void          tx_database_log_change         (TxDatabase  *self,
                                              const char  *entity,
                                              const char  *uuid,
                                              const char  *action,
                                              const char  *fields,
                                              GError     **error);

/* Reading off the main thread. Each TxDatabase has one reading thread
 * with a connection of its own to the same file, opened on first use
 * (a connection is used by one thread at a time). @func runs there, in a
 * read transaction of its own, on that connection (@reader), one request
 * after the other; its result reaches @callback in the thread-default main
 * context of the caller. A cancelled request stops between SQLite steps
 * and finishes with G_IO_ERROR_CANCELLED; so does one whose @cancellable
 * was cancelled after it was done but before @callback ran, which drops
 * stale results. */
typedef gpointer (*TxDatabaseReadFunc) (TxDatabase    *reader,
                                        gpointer       data,
                                        GCancellable  *cancellable,
                                        GError       **error);

void          tx_database_read_async         (TxDatabase          *self,
                                              TxDatabaseReadFunc   func,
                                              gpointer             data,
                                              GDestroyNotify       data_free,
                                              GDestroyNotify       result_free,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
/* @func's result (owned; NULL with @error set on failure) */
gpointer      tx_database_read_finish        (TxDatabase          *self,
                                              GAsyncResult        *result,
                                              GError             **error);

/* requests not finished yet: queued, running, or their callback still to
 * run (tests wait for 0) */
guint         tx_database_get_n_reads        (TxDatabase          *self);

/* Changes, for whoever shows the data: every write that is logged with
 * tx_database_log_change() is announced by the "changed" signal when its
 * transaction commits. */

/* TRUE, and "changed" emitted with no entities, when another connection
 * (another program, another window) committed since the last call;
 * the first call only takes note of where the file stands. */
gboolean      tx_database_check_external_changes (TxDatabase      *self);

/* PRAGMA quick_check (or integrity_check with @full): TRUE when the file
 * is sound, else FALSE with TX_DATABASE_ERROR_CORRUPT naming the first
 * problem found (or another error when the check could not run). */
gboolean      tx_database_check_integrity    (TxDatabase      *self,
                                              gboolean         full,
                                              GError         **error);

typedef sqlite3_stmt *TxStatement;
void          tx_statement_clear             (TxStatement *stmt);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TxStatement, tx_statement_clear)

/* binding helpers that treat NULL as SQL NULL */
void          tx_bind_text                   (sqlite3_stmt *stmt,
                                              int           index,
                                              const char   *value);
const char   *tx_column_text                 (sqlite3_stmt *stmt,
                                              int           index);

G_END_DECLS
