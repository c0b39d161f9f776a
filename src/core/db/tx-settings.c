/* tx-settings.c — office-wide settings stored in the database
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "tx-settings.h"
#include "tx-store.h"

char *
tx_settings_dup (TxDatabase *db,
                 const char *key)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, "SELECT value FROM settings WHERE key = ?", NULL);

  if (stmt == NULL)
    return NULL;
  tx_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup (tx_column_text (stmt, 0));
}

int
tx_settings_get_int (TxDatabase *db,
                     const char *key,
                     int         fallback)
{
  g_autofree char *value = tx_settings_dup (db, key);
  char *end = NULL;
  long number;

  if (value == NULL)
    return fallback;
  number = strtol (value, &end, 10);
  if (end == value || *end != '\0' || number < G_MININT || number > G_MAXINT)
    return fallback;
  return (int) number;
}

gboolean
tx_settings_set (TxDatabase  *db,
                 const char  *key,
                 const char  *value,
                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (key != NULL, FALSE);

  if (value != NULL && *value == '\0')
    value = NULL;
  if (!tx_store_begin (db, error))
    return FALSE;
  now = tx_database_now (db);
  {
    g_auto(TxStatement) stmt =
      tx_database_prepare (db,
                           "INSERT INTO settings (key, value, modified) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT (key) DO UPDATE SET value = ?2, modified = ?3 "
                           "WHERE value IS NOT ?2", &local_error);
    if (stmt == NULL)
      goto failed;
    tx_bind_text (stmt, 1, key);
    tx_bind_text (stmt, 2, value);
    tx_bind_text (stmt, 3, now);
    if (!tx_database_step_done (db, stmt, &local_error))
      goto failed;
  }
  if (sqlite3_changes (tx_database_get_handle (db)) > 0)
    tx_database_log_change (db, "settings", NULL, "update", key, &local_error);
  if (local_error != NULL || !tx_store_commit (db, &local_error))
    goto failed;
  return TRUE;

failed:
  tx_store_rollback (db);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
tx_settings_set_all (TxDatabase         *db,
                     const char * const *pairs,
                     GError            **error)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (pairs != NULL, FALSE);

  if (!tx_store_begin (db, error))
    return FALSE;
  for (guint i = 0; pairs[i] != NULL; i += 2)
    {
      g_return_val_if_fail (pairs[i + 1] != NULL, (tx_store_rollback (db), FALSE));
      if (!tx_settings_set (db, pairs[i], pairs[i + 1], error))
        {
          tx_store_rollback (db);
          return FALSE;
        }
    }
  return tx_store_commit (db, error);
}
