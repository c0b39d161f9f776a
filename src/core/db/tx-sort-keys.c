/* tx-sort-keys.c — the stored sort keys kept in step with the collation
 *
 * Names are sorted by keys stored with each record (person.sort_pinyin,
 * sort_strokes, name_pinyin, name_initials; staff.sort_pinyin), so that the
 * archive page, the command-line tool and the printed roster read one order
 * from SQLite's indexes.  When the collation changes (TX_COLLATE_KEY_VERSION
 * in tx-collate.h), a database made by an older version has stale keys: the
 * first open by this version recomputes them all, in one transaction, and
 * records the version in local_state (a table that never travels with
 * exchanged data).  This needs no migration per collation change.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/text/tx-collate.h"
#include "tx-sort-keys.h"

#define VERSION_KEY "sort-keys.version"

int
_tx_sort_keys_get_version (TxDatabase *db)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, "SELECT value FROM local_state WHERE key = ?", NULL);

  if (stmt == NULL)
    return 0;
  tx_bind_text (stmt, 1, VERSION_KEY);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int (stmt, 0);
}

typedef gboolean (*StoreKeys) (TxDatabase *db, const char *uuid, const char *name, GError **error);

/* Trashed records too: they come back from the trash in order. */
static gboolean
refresh_table (TxDatabase  *db,
               const char  *sql,
               StoreKeys    store,
               GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    if (!store (db, tx_column_text (stmt, 0), tx_column_text (stmt, 1), error))
      return FALSE;
  return rc == 0;
}

static gboolean
store_version (TxDatabase  *db,
               GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db,
                                                  "INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
                                                  error);
  g_autofree char *value = g_strdup_printf ("%d", TX_COLLATE_KEY_VERSION);

  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, VERSION_KEY);
  tx_bind_text (stmt, 2, value);
  return tx_database_step_done (db, stmt, error);
}

gboolean
_tx_sort_keys_refresh (TxDatabase  *db,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (_tx_sort_keys_get_version (db) == TX_COLLATE_KEY_VERSION)
    return TRUE;
  if (!tx_database_begin (db, error))
    return FALSE;
  /* another copy of the program may have done it while we waited */
  if (_tx_sort_keys_get_version (db) == TX_COLLATE_KEY_VERSION)
    return tx_database_commit (db, error);

  if (!refresh_table (db, "SELECT uuid, name FROM person", _tx_person_store_keys, &local_error) ||
      !refresh_table (db, "SELECT uuid, name FROM staff", _tx_staff_store_keys, &local_error) ||
      !store_version (db, &local_error) ||
      !tx_database_commit (db, &local_error))
    {
      tx_database_rollback (db);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
