/* tx-community-query.c — the communities a page offers to choose from
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-community-query.h"
#include "tx-query.h"
#include "core/db/tx-store.h"

GPtrArray *
tx_community_list (TxDatabase  *db,
                   GError     **error)
{
  g_autoptr(TxQuery) query = tx_query_new (TX_TYPE_COMMUNITY);
  g_autoptr(GPtrArray) communities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *sql = NULL;
  int rc;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  tx_query_set_order (query, TX_COMMUNITY_ORDER ("community"));
  sql = tx_query_to_sql (query, "id");
  {
    g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);

    if (stmt == NULL)
      return NULL;
    tx_query_bind (query, stmt);
    while ((rc = tx_database_step_row (db, stmt, error)) == 1)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);
        g_array_append_val (ids, id);
      }
    if (rc < 0)
      return NULL;
  }

  /* loaded after the statement is reset: loading prepares statements too */
  for (guint i = 0; i < ids->len; i++)
    {
      TxRecord *community = tx_store_load_row (db, TX_TYPE_COMMUNITY,
                                               g_array_index (ids, gint64, i), error);

      if (community == NULL)
        return NULL;
      g_ptr_array_add (communities, community);
    }
  return g_steal_pointer (&communities);
}

GHashTable *
tx_community_name_table (TxDatabase  *db,
                         GError     **error)
{
  g_autoptr(GPtrArray) communities = tx_community_list (db, error);
  GHashTable *names;

  if (communities == NULL)
    return NULL;
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < communities->len; i++)
    {
      TxCommunity *community = g_ptr_array_index (communities, i);
      const char *uuid = tx_record_get_uuid (TX_RECORD (community));

      if (uuid != NULL)
        g_hash_table_insert (names, g_strdup (uuid),
                             g_strdup (tx_community_get_name (community) ? tx_community_get_name (community) : ""));
    }
  return names;
}
