/* tx-tombstone.c — traces of records deleted for good or merged away
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-tombstone.h"

/* A later tombstone of the same uuid moves the time on; a merge target,
 * once known, is kept. */
static const char add_sql[] =
  "INSERT INTO tombstone (uuid, kind, time, merged_into) VALUES (?1, ?2, ?3, ?4) "
  "ON CONFLICT (uuid) DO UPDATE SET time = max(time, excluded.time), "
  "merged_into = coalesce(excluded.merged_into, merged_into)";

/* The records a purge removes through ON DELETE CASCADE, by the purged
 * record's kind: constant SQL, the uuid bound. */
typedef struct
{
  const char *entity;
  const char *sql;
} Cascade;

static const Cascade cascades[] = {
  { "person", "SELECT 'visit', uuid FROM visit WHERE person = ?1 "
              "UNION ALL SELECT 'pairing', uuid FROM pairing WHERE person = ?1" },
  { "staff",  "SELECT 'pairing', uuid FROM pairing WHERE staff = ?1" },
};

void
tx_tombstone_free (TxTombstone *tombstone)
{
  if (tombstone == NULL)
    return;
  g_free (tombstone->uuid);
  g_free (tombstone->kind);
  g_free (tombstone->time);
  g_free (tombstone->merged_into);
  g_free (tombstone);
}

static TxTombstone *
tombstone_from_row (sqlite3_stmt *stmt)
{
  TxTombstone *tombstone = g_new0 (TxTombstone, 1);

  tombstone->uuid = g_strdup (tx_column_text (stmt, 0));
  tombstone->kind = g_strdup (tx_column_text (stmt, 1));
  tombstone->time = g_strdup (tx_column_text (stmt, 2));
  tombstone->merged_into = g_strdup (tx_column_text (stmt, 3));
  return tombstone;
}

GPtrArray *
tx_tombstone_list (TxDatabase  *db,
                   GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) tx_tombstone_free);
  g_auto(TxStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  stmt = tx_database_prepare (db, "SELECT uuid, kind, time, merged_into FROM tombstone ORDER BY uuid", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    g_ptr_array_add (list, tombstone_from_row (stmt));
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&list);
}

TxTombstone *
tx_tombstone_find (TxDatabase  *db,
                   const char  *uuid,
                   GError     **error)
{
  g_auto(TxStatement) stmt = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  stmt = tx_database_prepare (db, "SELECT uuid, kind, time, merged_into FROM tombstone WHERE uuid = ?", error);
  if (stmt == NULL)
    return NULL;
  tx_bind_text (stmt, 1, uuid);
  if (tx_database_step_row (db, stmt, error) != 1)
    return NULL;
  return tombstone_from_row (stmt);
}

gboolean
tx_tombstone_add (TxDatabase  *db,
                  const char  *kind,
                  const char  *uuid,
                  const char  *time,
                  const char  *merged_into,
                  GError     **error)
{
  g_auto(TxStatement) stmt = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kind != NULL && uuid != NULL && time != NULL, FALSE);

  stmt = tx_database_prepare (db, add_sql, error);
  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, uuid);
  tx_bind_text (stmt, 2, kind);
  tx_bind_text (stmt, 3, time);
  tx_bind_text (stmt, 4, merged_into);
  return tx_database_step_done (db, stmt, error);
}

/* Rows first, tombstones after: the insert must not run while the select
 * still steps over the same statement cache. */
static GPtrArray *
list_cascaded (TxDatabase  *db,
               const char  *sql,
               const char  *uuid,
               GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  tx_bind_text (stmt, 1, uuid);
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      g_ptr_array_add (rows, g_strdup (tx_column_text (stmt, 0)));
      g_ptr_array_add (rows, g_strdup (tx_column_text (stmt, 1)));
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&rows);
}

gboolean
_tx_tombstone_record_purge (TxDatabase  *db,
                            const char  *entity,
                            const char  *uuid,
                            const char  *time,
                            GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (cascades); i++)
    {
      g_autoptr(GPtrArray) rows = NULL;

      if (!g_str_equal (cascades[i].entity, entity))
        continue;
      rows = list_cascaded (db, cascades[i].sql, uuid, error);
      if (rows == NULL)
        return FALSE;
      for (guint r = 0; r + 1 < rows->len; r += 2)
        if (!tx_tombstone_add (db, g_ptr_array_index (rows, r), g_ptr_array_index (rows, r + 1),
                               time, NULL, error))
          return FALSE;
    }
  return tx_tombstone_add (db, entity, uuid, time, NULL, error);
}
