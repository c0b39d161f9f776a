/* tx-merge.c — two records of the same person made one
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "tx-merge.h"
#include "core/db/tx-store.h"
#include "tx-tombstone.h"

/* ?1 kept, ?2 merged, ?3 now: first the owners of moved rows are touched,
 * then the rows move. Constant SQL. */
static const char * const move_sql[] = {
  "UPDATE activity SET modified = ?3 WHERE uuid IN (SELECT owner FROM activity_participant WHERE person = ?2) AND ?1 IS NOT NULL",
  "UPDATE activity_participant SET person = ?1 WHERE person = ?2 AND ?3 IS NOT NULL",
  "UPDATE visit SET person = ?1, modified = ?3 WHERE person = ?2",
  "UPDATE consultation SET modified = ?3 WHERE uuid IN (SELECT owner FROM consultation_attendee WHERE person = ?2) AND ?1 IS NOT NULL",
  "UPDATE consultation_attendee SET person = ?1 WHERE person = ?2 AND ?3 IS NOT NULL",
  "UPDATE suggestion SET modified = ?3 WHERE uuid IN (SELECT owner FROM suggestion_proposer WHERE person = ?2) AND ?1 IS NOT NULL",
  "UPDATE suggestion_proposer SET person = ?1 WHERE person = ?2 AND ?3 IS NOT NULL",
  "UPDATE pairing SET person = ?1, modified = ?3 WHERE person = ?2",
  "DELETE FROM person WHERE uuid = ?2 AND ?1 IS NOT NULL AND ?3 IS NOT NULL",
};

static gboolean
run_move (TxDatabase  *db,
          const char  *sql,
          const char  *kept,
          const char  *merged,
          const char  *now,
          GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, kept);
  tx_bind_text (stmt, 2, merged);
  tx_bind_text (stmt, 3, now);
  return tx_database_step_done (db, stmt, error);
}

static gboolean
person_exists (TxDatabase  *db,
               const char  *uuid,
               GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, "SELECT count(*) FROM person WHERE uuid = ?", error);

  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, uuid);
  return tx_database_step_row (db, stmt, error) == 1 && sqlite3_column_int (stmt, 0) > 0;
}

gboolean
tx_merge_people (TxDatabase  *db,
                 const char  *kept,
                 const char  *merged,
                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kept != NULL && merged != NULL, FALSE);

  if (g_str_equal (kept, merged))
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID,
                   _("A person cannot be merged into themselves."));
      return FALSE;
    }
  if (!tx_store_begin (db, error))
    return FALSE;
  if (!person_exists (db, kept, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND,
                     _("The person to keep was not found; it may have been deleted."));
      goto failed;
    }
  now = tx_database_now (db);
  for (guint i = 0; i < G_N_ELEMENTS (move_sql); i++)
    if (!run_move (db, move_sql[i], kept, merged, now, &local_error))
      goto failed;
  if (sqlite3_changes (tx_database_get_handle (db)) == 0)
    {
      g_set_error (&local_error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND,
                   _("The person to merge was not found; it may have been deleted."));
      goto failed;
    }
  if (!tx_tombstone_add (db, "person", merged, now, kept, &local_error))
    goto failed;
  tx_database_log_change (db, "person", merged, "merge", NULL, &local_error);
  if (local_error == NULL)
    tx_database_log_change (db, "person", kept, "merge-into", NULL, &local_error);
  if (local_error != NULL || !tx_store_commit (db, &local_error))
    goto failed;
  return TRUE;

failed:
  tx_store_rollback (db);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

GPtrArray *
tx_merge_list_duplicates (TxDatabase  *db,
                          GError     **error)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  g_auto(TxStatement) stmt = NULL;
  int rc;

  stmt = tx_database_prepare (db,
                              "SELECT a.uuid, b.uuid FROM person a JOIN person b "
                              "ON a.document_number = b.document_number AND a.id < b.id "
                              "WHERE a.trashed IS NULL AND b.trashed IS NULL AND a.document_number IS NOT NULL "
                              "ORDER BY a.id, b.id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      g_ptr_array_add (pairs, g_strdup (tx_column_text (stmt, 0)));
      g_ptr_array_add (pairs, g_strdup (tx_column_text (stmt, 1)));
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&pairs);
}
