/* tx-person-history.c — what a person took part in (档案记录)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-codes.h"
#include "tx-person-history.h"

/* One statement over the five relations; every branch leaves out trashed
 * records.  Column 4 is a code of the table named by column 5 (or plain
 * text when that is NULL), turned into its name below. */
static const char history_sql[] =
  "SELECT * FROM ("
  "SELECT 'activity' AS entity, a.uuid AS uuid, a.start_date AS date, a.title AS title,"
  "       p.state AS detail, 'participant-state' AS kind"
  "  FROM activity_participant p JOIN activity a ON a.uuid = p.owner"
  "  WHERE p.person = ?1 AND a.trashed IS NULL "
  "UNION ALL "
  "SELECT 'visit', v.uuid, v.date, v.reason, v.holiday, 'holiday'"
  "  FROM visit v WHERE v.person = ?1 AND v.trashed IS NULL "
  "UNION ALL "
  "SELECT 'consultation', c.uuid, c.date, c.title, t.state, 'attendee-state'"
  "  FROM consultation_attendee t JOIN consultation c ON c.uuid = t.owner"
  "  WHERE t.person = ?1 AND c.trashed IS NULL "
  "UNION ALL "
  "SELECT 'suggestion', s.uuid, s.date, s.title, s.state, 'suggestion-state'"
  "  FROM suggestion_proposer sp JOIN suggestion s ON s.uuid = sp.owner"
  "  WHERE sp.person = ?1 AND s.trashed IS NULL "
  "UNION ALL "
  "SELECT 'pairing', r.uuid, r.since, st.name, r.until, NULL"
  "  FROM pairing r LEFT JOIN staff st ON st.uuid = r.staff"
  "  WHERE r.person = ?1 AND r.trashed IS NULL "
  ") ORDER BY date IS NULL, date DESC, entity, title";

void
tx_person_history_item_free (TxPersonHistoryItem *item)
{
  if (item == NULL)
    return;
  g_free (item->entity);
  g_free (item->uuid);
  g_free (item->date);
  g_free (item->title);
  g_free (item->detail);
  g_free (item);
}

static char *
code_name (const char *kind,
           const char *code)
{
  const char *name;

  if (code == NULL || kind == NULL)
    return g_strdup (code);
  name = tx_code_table_name (kind, code);
  return g_strdup (name != NULL ? name : code);
}

static TxPersonHistoryItem *
item_from_row (sqlite3_stmt *stmt)
{
  TxPersonHistoryItem *item = g_new0 (TxPersonHistoryItem, 1);
  const char *kind = tx_column_text (stmt, 5);

  item->entity = g_strdup (tx_column_text (stmt, 0));
  item->uuid = g_strdup (tx_column_text (stmt, 1));
  item->date = g_strdup (tx_column_text (stmt, 2));
  item->detail = code_name (kind, tx_column_text (stmt, 4));
  if (g_str_equal (item->entity, "visit"))
    item->title = code_name (TX_CODE_VISIT_REASON, tx_column_text (stmt, 3));
  else
    item->title = g_strdup (tx_column_text (stmt, 3));
  return item;
}

GPtrArray *
tx_person_history (TxDatabase  *db,
                   const char  *person_uuid,
                   GError     **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_auto(TxStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (person_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = tx_database_prepare (db, history_sql, error);
  if (stmt == NULL)
    return NULL;
  tx_bind_text (stmt, 1, person_uuid);
  items = g_ptr_array_new_with_free_func ((GDestroyNotify) tx_person_history_item_free);
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    g_ptr_array_add (items, item_from_row (stmt));
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&items);
}
