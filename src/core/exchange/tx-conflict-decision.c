/* tx-conflict-decision.c — "keep mine", remembered across imports
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-conflict-decision.h"

gboolean
tx_conflict_decision_keeps_mine (TxDatabase *db,
                                 const char *theirs,
                                 const char *ours,
                                 const char *modified)
{
  g_auto(TxStatement) stmt = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);

  if (theirs == NULL || ours == NULL || modified == NULL)
    return FALSE;
  stmt = tx_database_prepare (db,
                              "SELECT count(*) FROM conflict_decision "
                              "WHERE theirs = ?1 AND ours = ?2 AND modified >= ?3", NULL);
  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, theirs);
  tx_bind_text (stmt, 2, ours);
  tx_bind_text (stmt, 3, modified);
  return tx_database_step_row (db, stmt, NULL) == 1 && sqlite3_column_int (stmt, 0) > 0;
}

gboolean
tx_conflict_decision_remember (TxDatabase  *db,
                               const char  *theirs,
                               const char  *ours,
                               const char  *modified,
                               GError     **error)
{
  g_auto(TxStatement) stmt = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);

  if (theirs == NULL || ours == NULL || modified == NULL)
    return TRUE;
  now = tx_database_now (db);
  /* the same version decided again is no change: the file stays as it was */
  stmt = tx_database_prepare (db,
                              "INSERT INTO conflict_decision (theirs, ours, modified, decided) "
                              "VALUES (?1, ?2, ?3, ?4) "
                              "ON CONFLICT (theirs, ours) DO UPDATE SET modified = excluded.modified, "
                              "decided = excluded.decided WHERE modified <> excluded.modified", error);
  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, theirs);
  tx_bind_text (stmt, 2, ours);
  tx_bind_text (stmt, 3, modified);
  tx_bind_text (stmt, 4, now);
  return tx_database_step_done (db, stmt, error);
}
