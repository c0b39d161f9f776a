/* tx-store.c — load, save, trash, restore and purge any record
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tx-store.h"
#include "tx-sort-keys.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-tombstone.h"

/* Each entity's SQL is composed once from its constant field table. */
typedef struct
{
  char *select_by_uuid;
  char *select_by_id;
  char *insert;
  char *update;
  char *trash;
  char *restore;
  char *purge;
  char *count_live;
  char *count_all;
  char *child_select[8];
  char *child_delete[8];
  char *child_insert[8];
  char *select_all;          /* by uuid */
  char *child_scan[8];       /* every row, by owner */
  /* list rows by id, the ids bound as one JSON array text */
  char *select_by_ids;
  char *child_select_by_ids[8];
} ClassSql;

static GMutex sql_lock;
static GHashTable *sql_by_type;   /* GType → ClassSql */

static char *
field_columns (TxRecordClass *klass,
               const char    *prefix)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    g_string_append_printf (s, ", %s%s", prefix, klass->fields[i].column);
  return g_string_free (s, FALSE);
}

/* ", (expr), (expr)": the joined fields, read after the stored ones */
static char *
joined_columns (TxRecordClass *klass)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_joined; i++)
    g_string_append_printf (s, ", (%s)", klass->joined[i].sql);
  return g_string_free (s, FALSE);
}

static void
compose_child_sql (ClassSql           *sql,
                   guint               i,
                   const TxChildTable *table)
{
  GString *columns = g_string_new (NULL);
  GString *marks = g_string_new (NULL);

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_string_append_printf (columns, "%s%s", c ? ", " : "", table->columns[c].column);
      g_string_append (marks, ", ?");
    }
  sql->child_select[i] = g_strdup_printf ("SELECT %s FROM %s WHERE owner = ? ORDER BY position",
                                          columns->str, table->table);
  sql->child_delete[i] = g_strdup_printf ("DELETE FROM %s WHERE owner = ?", table->table);
  sql->child_insert[i] = g_strdup_printf ("INSERT INTO %s (owner, position, %s) VALUES (?, ?%s)",
                                          table->table, columns->str, marks->str);
  sql->child_scan[i] = g_strdup_printf ("SELECT %s, owner FROM %s ORDER BY owner, position",
                                        columns->str, table->table);
  g_string_free (columns, TRUE);
  g_string_free (marks, TRUE);
}

/* A block of list rows in one statement per table: the row ids, then the
 * owners' uuids, go in as one bound text, a JSON array, so each statement
 * stays the same (and cached) whatever the ids and their number. */
#define IDS_FROM_JSON "json_each(?)"

static void
compose_batch_sql (ClassSql      *sql,
                   TxRecordClass *klass,
                   const char    *joined)
{
  const char *t = klass->entity;
  g_autofree char *prefix = g_strdup_printf ("%s.", t);
  g_autofree char *columns = field_columns (klass, prefix);

  /* json_each first, each id looked up in turn: no table of the ids built
   * for the statement, as IN (…) does */
  sql->select_by_ids = g_strdup_printf ("SELECT %s.id, %s.uuid, %s.created, %s.modified, %s.trashed%s%s "
                                        "FROM " IDS_FROM_JSON " AS ids CROSS JOIN %s ON %s.id = ids.value",
                                        t, t, t, t, t, columns, joined, t, t);
  for (guint i = 0; i < klass->n_children; i++)
    {
      const TxChildTable *table = &klass->children[i];
      GString *child_columns = g_string_new (NULL);

      for (guint c = 0; c < table->n_columns; c++)
        g_string_append_printf (child_columns, "%s.%s, ", table->table, table->columns[c].column);
      /* by the owners' uuids, read first: seeking the owners again by id
       * for each child table took twice as long as the child rows */
      sql->child_select_by_ids[i] =
        g_strdup_printf ("SELECT %s%s.owner FROM " IDS_FROM_JSON " AS ids CROSS JOIN %s ON %s.owner = ids.value "
                         "ORDER BY ids.key, %s.position",
                         child_columns->str, table->table, table->table, table->table, table->table);
      g_string_free (child_columns, TRUE);
    }
}

static ClassSql *
compose_sql (TxRecordClass *klass)
{
  ClassSql *sql = g_new0 (ClassSql, 1);
  const char *t = klass->entity;
  g_autofree char *columns = field_columns (klass, "");
  g_autofree char *joined = joined_columns (klass);
  GString *marks = g_string_new (NULL);
  GString *sets = g_string_new (NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_string_append (marks, ", ?");
      g_string_append_printf (sets, ", %s = ?", klass->fields[i].column);
    }

  sql->select_by_uuid = g_strdup_printf ("SELECT id, uuid, created, modified, trashed%s%s FROM %s WHERE uuid = ?",
                                         columns, joined, t);
  sql->select_by_id = g_strdup_printf ("SELECT id, uuid, created, modified, trashed%s%s FROM %s WHERE id = ?",
                                       columns, joined, t);
  sql->select_all = g_strdup_printf ("SELECT id, uuid, created, modified, trashed%s%s FROM %s ORDER BY uuid",
                                     columns, joined, t);
  {
    /* a new row has its sort keys at once: no UPDATE after each INSERT */
    const TxSortKeys *keys = _tx_sort_keys_for_entity (t);
    GString *key_marks = g_string_new (NULL);

    for (guint i = 0; keys != NULL && i < keys->n_keys; i++)
      g_string_append (key_marks, ", ?");
    sql->insert = g_strdup_printf ("INSERT INTO %s (uuid, created, modified, trashed%s%s) VALUES (?, ?, ?, ?%s%s)",
                                   t, columns, keys ? keys->columns : "", marks->str, key_marks->str);
    g_string_free (key_marks, TRUE);
  }
  sql->update = g_strdup_printf ("UPDATE %s SET modified = ?, trashed = ?%s WHERE uuid = ?", t, sets->str);
  sql->trash = g_strdup_printf ("UPDATE %s SET trashed = ?1, modified = ?1 WHERE uuid = ?2 AND trashed IS NULL", t);
  sql->restore = g_strdup_printf ("UPDATE %s SET trashed = NULL, modified = ?1 WHERE uuid = ?2 AND trashed IS NOT NULL", t);
  sql->purge = g_strdup_printf ("DELETE FROM %s WHERE uuid = ? AND trashed IS NOT NULL", t);
  sql->count_live = g_strdup_printf ("SELECT count(*) FROM %s WHERE trashed IS NULL", t);
  sql->count_all = g_strdup_printf ("SELECT count(*) FROM %s", t);
  for (guint i = 0; i < klass->n_children; i++)
    compose_child_sql (sql, i, &klass->children[i]);
  compose_batch_sql (sql, klass, joined);

  g_string_free (marks, TRUE);
  g_string_free (sets, TRUE);
  return sql;
}

static const ClassSql *
class_sql (GType type)
{
  ClassSql *sql;

  g_mutex_lock (&sql_lock);
  if (sql_by_type == NULL)
    sql_by_type = g_hash_table_new (g_direct_hash, g_direct_equal);
  sql = g_hash_table_lookup (sql_by_type, GSIZE_TO_POINTER (type));
  if (sql == NULL)
    {
      TxRecordClass *klass = g_type_class_ref (type);

      sql = compose_sql (klass);
      g_hash_table_insert (sql_by_type, GSIZE_TO_POINTER (type), sql);
    }
  g_mutex_unlock (&sql_lock);
  return sql;
}

/* ---- nesting transactions ----------------------------------------------- */

/* Savepoints go through the statement cache: an import saves a hundred
 * thousand records inside its transaction, and sqlite3_exec() would
 * compile the same three statements again for each. */
static gboolean
run_cached (TxDatabase  *db,
            const char  *sql,
            GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);

  return stmt != NULL && tx_database_step_done (db, stmt, error);
}

gboolean
tx_store_begin (TxDatabase  *db,
                GError     **error)
{
  if (tx_database_in_transaction (db))
    return run_cached (db, "SAVEPOINT tx_store", error);
  return tx_database_begin (db, error);
}

gboolean
tx_store_commit (TxDatabase  *db,
                 GError     **error)
{
  if (sqlite3_get_autocommit (tx_database_get_handle (db)))
    return TRUE;
  /* RELEASE of the outermost savepoint would commit; we only release ours */
  if (!run_cached (db, "RELEASE tx_store", NULL))
    return tx_database_commit (db, error);
  return TRUE;
}

void
tx_store_rollback (TxDatabase *db)
{
  if (!tx_database_in_transaction (db))
    return;
  if (!run_cached (db, "ROLLBACK TO tx_store", NULL))
    tx_database_rollback (db);
  else
    run_cached (db, "RELEASE tx_store", NULL);
}

/* ---- loading ------------------------------------------------------------ */

static void
read_field (TxRecord      *record,
            guint          index,
            sqlite3_stmt  *stmt,
            int            column)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  g_auto(GValue) value = G_VALUE_INIT;

  switch (klass->fields[index].type)
    {
    case TX_FIELD_TEXT:
      /* the record keeps its own copy: no second one for the GValue */
      g_value_init (&value, G_TYPE_STRING);
      g_value_set_static_string (&value, tx_column_text (stmt, column));
      break;
    case TX_FIELD_INT:
      g_value_init (&value, G_TYPE_INT);
      g_value_set_int (&value, sqlite3_column_int (stmt, column));
      break;
    case TX_FIELD_BOOL:
      g_value_init (&value, G_TYPE_BOOLEAN);
      g_value_set_boolean (&value, sqlite3_column_int (stmt, column) != 0);
      break;
    }
  tx_record_set_field_value (record, index, &value);
}

static void
read_child_row (TxRecord     *record,
                guint         table_index,
                sqlite3_stmt *stmt)
{
  const TxChildTable *table = &TX_RECORD_GET_CLASS (record)->children[table_index];
  guint8 *row = tx_record_add_child (record, table_index);

  for (guint c = 0; c < table->n_columns; c++)
    {
      const TxChildColumn *column = &table->columns[c];

      if (column->type == TX_CHILD_TEXT)
        *(char **) (row + column->offset) = g_strdup (tx_column_text (stmt, c));
      else if (sqlite3_column_type (stmt, c) != SQLITE_NULL)
        *(GBytes **) (row + column->offset) =
          g_bytes_new (sqlite3_column_blob (stmt, c), sqlite3_column_bytes (stmt, c));
    }
}

static gboolean
load_children (TxDatabase  *db,
               TxRecord    *record,
               guint        table_index,
               GError     **error)
{
  const ClassSql *sql = class_sql (G_OBJECT_TYPE (record));
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql->child_select[table_index], error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  tx_record_clear_children (record, table_index);
  tx_bind_text (stmt, 1, tx_record_get_uuid (record));
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    read_child_row (record, table_index, stmt);
  return rc == 0;
}

static gboolean
has_on_demand_children (TxRecordClass *klass)
{
  for (guint i = 0; i < klass->n_children; i++)
    if (klass->children[i].on_demand)
      return TRUE;
  return FALSE;
}

/* A list row's photos were never read, so they were not edited either:
 * read them now, before the save compares and writes children. */
static gboolean
complete_partial (TxDatabase  *db,
                  TxRecord    *record,
                  GError     **error)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_children; i++)
    if (klass->children[i].on_demand &&
        tx_record_get_children (record, i)->len == 0 &&
        !load_children (db, record, i, error))
      return FALSE;
  _tx_record_set_partial (record, FALSE);
  return TRUE;
}

/* A record from a row of select_*: its stored fields */
static TxRecord *
read_record (GType         type,
             sqlite3_stmt *stmt)
{
  TxRecord *record = g_object_new (type, NULL);
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);

  tx_record_set_uuid (record, tx_column_text (stmt, 1));
  for (guint i = 0; i < klass->n_fields; i++)
    read_field (record, i, stmt, 5 + i);
  _tx_record_set_stored (record, sqlite3_column_int64 (stmt, 0), tx_column_text (stmt, 2),
                         tx_column_text (stmt, 3), tx_column_text (stmt, 4));
  return record;
}

/* … and its joined fields, read after the stored ones */
static TxRecord *
read_stored_row (GType         type,
                 sqlite3_stmt *stmt)
{
  TxRecord *record = read_record (type, stmt);
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_joined; i++)
    _tx_record_set_joined (record, i, tx_column_text (stmt, 5 + klass->n_fields + i));
  return record;
}

static TxRecord *
load_with (TxDatabase   *db,
           GType         type,
           const char   *sql_text,
           const char   *uuid,
           gint64        row_id,
           gboolean      list_row,
           GError      **error)
{
  g_autoptr(TxRecord) record = NULL;
  g_auto(TxStatement) stmt = NULL;
  TxRecordClass *klass;
  int rc;

  stmt = tx_database_prepare (db, sql_text, error);
  if (stmt == NULL)
    return NULL;
  if (uuid != NULL)
    tx_bind_text (stmt, 1, uuid);
  else
    sqlite3_bind_int64 (stmt, 1, row_id);

  rc = tx_database_step_row (db, stmt, error);
  if (rc < 0)
    return NULL;
  if (rc == 0)
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND,
                   _("The record was not found; it may have been deleted."));
      return NULL;
    }

  record = read_stored_row (type, stmt);
  klass = TX_RECORD_GET_CLASS (record);
  tx_statement_clear (&stmt);

  for (guint i = 0; i < klass->n_children; i++)
    {
      if (list_row && klass->children[i].on_demand)
        continue;
      if (!load_children (db, record, i, error))
        return NULL;
    }
  _tx_record_set_partial (record, list_row && has_on_demand_children (klass));

  return g_steal_pointer (&record);
}

TxRecord *
tx_store_load (TxDatabase  *db,
               GType        type,
               const char  *uuid,
               GError     **error)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (g_type_is_a (type, TX_TYPE_RECORD), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  return load_with (db, type, class_sql (type)->select_by_uuid, uuid, 0, FALSE, error);
}

/* ---- every record, in one pass per table ---- */

typedef struct
{
  sqlite3_stmt *stmt;
  int           rc;      /* of the last step: 1 on a row */
  int           owner;   /* column */
} ChildCursor;

/* Moves @cursor past the rows of owners before @uuid (orphans, which the
 * foreign keys should not allow) and reads those of @uuid. */
static gboolean
take_child_rows (TxDatabase   *db,
                 TxRecord     *record,
                 guint         table_index,
                 ChildCursor  *cursor,
                 GError      **error)
{
  const char *uuid = tx_record_get_uuid (record);

  while (cursor->rc == 1)
    {
      int order = strcmp (tx_column_text (cursor->stmt, cursor->owner), uuid);

      if (order > 0)
        break;
      if (order == 0)
        read_child_row (record, table_index, cursor->stmt);
      cursor->rc = tx_database_step_row (db, cursor->stmt, error);
    }
  return cursor->rc >= 0;
}

gboolean
tx_store_foreach (TxDatabase       *db,
                  GType             type,
                  gboolean          on_demand,
                  TxStoreEachFunc   func,
                  gpointer          user_data,
                  GError          **error)
{
  const ClassSql *sql = class_sql (type);
  g_autoptr(GTypeClass) type_class = g_type_class_ref (type);
  TxRecordClass *klass = TX_RECORD_CLASS (type_class);
  ChildCursor cursors[G_N_ELEMENTS (sql->child_scan)] = { { 0 } };
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql->select_all, error);
  gboolean ok = stmt != NULL;
  int rc = 0;

  for (guint i = 0; ok && i < klass->n_children; i++)
    {
      if (klass->children[i].on_demand && !on_demand)
        continue;
      cursors[i].stmt = tx_database_prepare (db, sql->child_scan[i], error);
      cursors[i].owner = klass->children[i].n_columns;
      ok = cursors[i].stmt != NULL && (cursors[i].rc = tx_database_step_row (db, cursors[i].stmt, error)) >= 0;
    }
  while (ok && (rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      g_autoptr(TxRecord) record = read_record (type, stmt);

      for (guint i = 0; ok && i < klass->n_children; i++)
        if (cursors[i].stmt != NULL)
          ok = take_child_rows (db, record, i, &cursors[i], error);
      _tx_record_set_partial (record, !on_demand && has_on_demand_children (klass));
      ok = ok && func (record, user_data, error);
    }
  for (guint i = 0; i < klass->n_children; i++)
    tx_statement_clear (&cursors[i].stmt);
  return ok && rc == 0;
}

TxRecord *
tx_store_load_row (TxDatabase  *db,
                   GType        type,
                   gint64       row_id,
                   GError     **error)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (g_type_is_a (type, TX_TYPE_RECORD), NULL);

  return load_with (db, type, class_sql (type)->select_by_id, NULL, row_id, TRUE, error);
}


/* ---- list rows in blocks ---- */

/* "[1,2,3]": bound as one text, never spliced into the SQL */
static char *
ids_as_json (const gint64 *row_ids,
             guint         n_rows)
{
  GString *json = g_string_sized_new (2 + n_rows * 8);

  g_string_append_c (json, '[');
  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i ? "," : "", row_ids[i]);
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/* The rows of @json's ids into @by_id (row id → record, owned) */
static gboolean
read_stored_rows (TxDatabase  *db,
                  GType        type,
                  const char  *sql_text,
                  const char  *json,
                  GHashTable  *by_id,
                  GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql_text, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, json);
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      TxRecord *record = read_stored_row (type, stmt);
      gint64 id = tx_record_get_row_id (record);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), record);
    }
  return rc == 0;
}

/* The child rows of table @table_index for the owners in @json, every
 * record of @by_uuid */
static gboolean
read_block_children (TxDatabase  *db,
                     const char  *sql_text,
                     const char  *json,
                     guint        table_index,
                     guint        owner_column,
                     GHashTable  *by_uuid,
                     GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql_text, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, json);
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      TxRecord *owner = g_hash_table_lookup (by_uuid, tx_column_text (stmt, owner_column));

      if (owner != NULL)
        read_child_row (owner, table_index, stmt);
    }
  return rc == 0;
}

/* @text as a JSON string, quoted and escaped */
static void
append_json_string (GString    *json,
                    const char *text)
{
  g_string_append_c (json, '"');
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '"' || *c == '\\')
        g_string_append_c (json, '\\');
      if ((guchar) *c < 0x20)
        g_string_append_printf (json, "\\u%04x", (guint) (guchar) *c);
      else
        g_string_append_c (json, *c);
    }
  g_string_append_c (json, '"');
}

/* The records of @by_id by uuid, and their uuids as a JSON array into @json */
static GHashTable *
index_by_uuid (GHashTable  *by_id,
               char       **json)
{
  GHashTable *by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  GString *uuids = g_string_new ("[");
  GHashTableIter iter;
  gpointer record;

  g_hash_table_iter_init (&iter, by_id);
  while (g_hash_table_iter_next (&iter, NULL, &record))
    {
      const char *uuid = tx_record_get_uuid (record);

      g_hash_table_insert (by_uuid, (gpointer) uuid, record);
      if (uuids->len > 1)
        g_string_append_c (uuids, ',');
      append_json_string (uuids, uuid);
    }
  g_string_append_c (uuids, ']');
  *json = g_string_free (uuids, FALSE);
  return by_uuid;
}

/* Statements of one block in one read transaction: the rows agree with
 * their children, and SQLite takes its lock once. */
static GPtrArray *
load_rows_in (TxDatabase    *db,
              GType          type,
              const gint64  *row_ids,
              guint          n_rows,
              GError       **error)
{
  const ClassSql *sql = class_sql (type);
  g_autoptr(GTypeClass) type_class = g_type_class_ref (type);
  TxRecordClass *klass = TX_RECORD_CLASS (type_class);
  g_autofree char *json = ids_as_json (row_ids, n_rows);
  g_autofree char *owners = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GHashTable) by_uuid = NULL;
  GPtrArray *rows;

  if (!read_stored_rows (db, type, sql->select_by_ids, json, by_id, error))
    return NULL;
  by_uuid = index_by_uuid (by_id, &owners);
  for (guint i = 0; i < klass->n_children; i++)
    if (!klass->children[i].on_demand &&
        !read_block_children (db, sql->child_select_by_ids[i], owners, i,
                              klass->children[i].n_columns, by_uuid, error))
      return NULL;

  rows = g_ptr_array_new_full (g_hash_table_size (by_id), g_object_unref);
  for (guint i = 0; i < n_rows; i++)
    {
      TxRecord *record = g_hash_table_lookup (by_id, &row_ids[i]);

      if (record == NULL)
        continue;
      _tx_record_set_partial (record, has_on_demand_children (klass));
      g_ptr_array_add (rows, g_object_ref (record));
    }
  return rows;
}

GPtrArray *
tx_store_load_rows (TxDatabase    *db,
                    GType          type,
                    const gint64  *row_ids,
                    guint          n_rows,
                    GError       **error)
{
  gboolean own;
  GPtrArray *rows;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (g_type_is_a (type, TX_TYPE_RECORD), NULL);
  g_return_val_if_fail (row_ids != NULL || n_rows == 0, NULL);

  own = !tx_database_in_transaction (db);
  if (own && !run_cached (db, "BEGIN", error))
    return NULL;
  rows = load_rows_in (db, type, row_ids, n_rows, error);
  if (own && !run_cached (db, "COMMIT", rows != NULL ? error : NULL))
    {
      tx_database_rollback (db);
      g_clear_pointer (&rows, g_ptr_array_unref);
    }
  return rows;
}

/* ---- saving ------------------------------------------------------------- */

static void
bind_field (TxRecord     *record,
            guint         index,
            sqlite3_stmt *stmt,
            int           column)
{
  g_auto(GValue) value = G_VALUE_INIT;

  tx_record_get_field_value (record, index, &value);
  if (G_VALUE_HOLDS_STRING (&value))
    tx_bind_text (stmt, column, g_value_get_string (&value));
  else if (G_VALUE_HOLDS_INT (&value))
    sqlite3_bind_int (stmt, column, g_value_get_int (&value));
  else
    sqlite3_bind_int (stmt, column, g_value_get_boolean (&value));
}

/* On the insert path the record outlives the step (the bindings are
 * cleared with the statement), so a text is bound where the record keeps
 * it (TxField.offset), not copied twice, into a GValue and by SQLite. */
static void
bind_field_in_place (TxRecord     *record,
                     guint         index,
                     sqlite3_stmt *stmt,
                     int           column)
{
  const TxField *field = &TX_RECORD_GET_CLASS (record)->fields[index];
  gconstpointer at = G_STRUCT_MEMBER_P (record, field->offset);

  switch (field->type)
    {
    case TX_FIELD_TEXT:
      if (*(const char * const *) at == NULL)
        sqlite3_bind_null (stmt, column);
      else
        sqlite3_bind_text (stmt, column, *(const char * const *) at, -1, SQLITE_STATIC);
      break;
    case TX_FIELD_INT:
      sqlite3_bind_int (stmt, column, *(const int *) at);
      break;
    case TX_FIELD_BOOL:
      sqlite3_bind_int (stmt, column, *(const gboolean *) at != FALSE);
      break;
    }
}

/* @replace: rows of the record may be stored already */
static gboolean
write_children (TxDatabase  *db,
                TxRecord    *record,
                guint        table_index,
                gboolean     replace,
                GError     **error)
{
  const TxChildTable *table = &TX_RECORD_GET_CLASS (record)->children[table_index];
  const ClassSql *sql = class_sql (G_OBJECT_TYPE (record));
  GPtrArray *rows = tx_record_get_children (record, table_index);
  const char *uuid = tx_record_get_uuid (record);

  if (replace)
  {
    g_auto(TxStatement) del = tx_database_prepare (db, sql->child_delete[table_index], error);

    if (del == NULL)
      return FALSE;
    tx_bind_text (del, 1, uuid);
    if (!tx_database_step_done (db, del, error))
      return FALSE;
  }

  for (guint i = 0; i < rows->len; i++)
    {
      g_auto(TxStatement) ins = tx_database_prepare (db, sql->child_insert[table_index], error);
      const guint8 *row = g_ptr_array_index (rows, i);

      if (ins == NULL)
        return FALSE;
      /* the record and its rows outlive the step: bound in place */
      sqlite3_bind_text (ins, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int (ins, 2, i);
      for (guint c = 0; c < table->n_columns; c++)
        {
          const TxChildColumn *column = &table->columns[c];

          if (column->type == TX_CHILD_TEXT)
            sqlite3_bind_text (ins, 3 + c, *(char * const *) (row + column->offset), -1, SQLITE_STATIC);
          else
            {
              GBytes *bytes = *(GBytes * const *) (row + column->offset);

              if (bytes == NULL)
                sqlite3_bind_null (ins, 3 + c);
              else if (g_bytes_get_size (bytes) == 0)
                sqlite3_bind_zeroblob (ins, 3 + c, 0);   /* a NULL pointer would bind NULL */
              else
                sqlite3_bind_blob64 (ins, 3 + c, g_bytes_get_data (bytes, NULL),
                                     g_bytes_get_size (bytes), SQLITE_TRANSIENT);
            }
        }
      if (!tx_database_step_done (db, ins, error))
        return FALSE;
    }
  return TRUE;
}

/* the sort keys of @record's kind, computed from its name, after its fields */
static void
bind_sort_keys (TxRecord     *record,
                sqlite3_stmt *stmt,
                int           column)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  const TxSortKeys *keys = _tx_sort_keys_for_entity (klass->entity);
  const TxField *name_field = keys ? tx_record_class_find_field (klass, "name") : NULL;
  g_auto(GValue) name = G_VALUE_INIT;
  char *values[8] = { NULL };

  if (name_field == NULL)
    return;
  g_assert (keys->n_keys <= G_N_ELEMENTS (values));
  tx_record_get_field_value (record, name_field - klass->fields, &name);
  if (!_tx_sort_keys_take (klass->entity, g_value_get_string (&name), values))
    keys->compute (g_value_get_string (&name), values);
  for (guint i = 0; i < keys->n_keys; i++)
    sqlite3_bind_text (stmt, column + i, values[i], -1, g_free);
}

static gboolean
insert_record (TxDatabase   *db,
               TxRecord     *record,
               TxSaveFlags   flags,
               const char   *now,
               GError      **error)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  g_auto(TxStatement) stmt = tx_database_prepare (db, class_sql (G_OBJECT_TYPE (record))->insert, error);
  gboolean keep = (flags & TX_SAVE_KEEP_TIMESTAMPS) && tx_record_get_modified (record) != NULL;
  const char *created = keep && tx_record_get_created (record) ? tx_record_get_created (record) : now;
  const char *modified = keep ? tx_record_get_modified (record) : now;
  g_autofree char *created_copy = g_strdup (created);
  g_autofree char *modified_copy = g_strdup (modified);
  g_autofree char *trashed = keep ? g_strdup (tx_record_get_trashed (record)) : NULL;
  gint64 row_id;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, tx_record_get_uuid (record), -1, SQLITE_STATIC);
  tx_bind_text (stmt, 2, created_copy);
  tx_bind_text (stmt, 3, modified_copy);
  tx_bind_text (stmt, 4, trashed);
  for (guint i = 0; i < klass->n_fields; i++)
    bind_field_in_place (record, i, stmt, 5 + i);
  bind_sort_keys (record, stmt, 5 + klass->n_fields);
  if (!tx_database_step_done (db, stmt, error))
    return FALSE;
  tx_statement_clear (&stmt);
  /* now: child tables with a rowid would change it */
  row_id = sqlite3_last_insert_rowid (tx_database_get_handle (db));

  for (guint i = 0; i < klass->n_children; i++)
    if (!write_children (db, record, i, !(flags & TX_SAVE_NEW), error))
      return FALSE;

  _tx_record_set_stored (record, row_id, created_copy, modified_copy, trashed);
  if (!(flags & TX_SAVE_TRIAL))
    tx_database_log_change (db, klass->entity, tx_record_get_uuid (record), "insert", NULL, error);
  return error == NULL || *error == NULL;
}

/* Names of what differs, for the change log ("name,phone,participants"). */
static GPtrArray *
list_changes (TxRecord *record,
              TxRecord *stored)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  GPtrArray *changed = g_ptr_array_new ();

  for (guint i = 0; i < klass->n_fields; i++)
    if (!tx_record_field_equal (record, stored, i))
      g_ptr_array_add (changed, (gpointer) klass->fields[i].column);
  for (guint i = 0; i < klass->n_children; i++)
    if (!tx_record_children_equal (record, stored, i))
      g_ptr_array_add (changed, (gpointer) klass->children[i].name);
  if (g_strcmp0 (tx_record_get_trashed (record), tx_record_get_trashed (stored)) != 0)
    g_ptr_array_add (changed, (gpointer) "trashed");
  return changed;
}

static gboolean
update_record (TxDatabase   *db,
               TxRecord     *record,
               TxRecord     *stored,
               TxSaveFlags   flags,
               const char   *now,
               gboolean     *changed_out,
               GError      **error)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  g_autoptr(GPtrArray) changed = NULL;
  g_auto(TxStatement) stmt = NULL;
  g_autofree char *field_list = NULL;
  g_autofree char *modified = NULL;
  g_autofree char *trashed = NULL;
  gboolean keep = (flags & TX_SAVE_KEEP_TIMESTAMPS) && tx_record_get_modified (record) != NULL;

  if ((flags & TX_SAVE_CHECK_CONFLICT) &&
      g_strcmp0 (tx_record_get_modified (record), tx_record_get_modified (stored)) != 0)
    {
      g_autofree char *title = tx_record_dup_title (stored);

      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CONFLICT,
                   _("“%s” was changed by someone else after you opened it."), title);
      return FALSE;
    }

  if (!keep)
    {
      /* an edit does not carry trash state: that is trash()/restore()'s job */
      _tx_record_set_stored (record, tx_record_get_row_id (stored), tx_record_get_created (stored),
                             tx_record_get_modified (record), tx_record_get_trashed (stored));
    }
  changed = list_changes (record, stored);
  *changed_out = changed->len > 0;
  if (changed->len == 0)
    {
      _tx_record_set_stored (record, tx_record_get_row_id (stored), tx_record_get_created (stored),
                             tx_record_get_modified (stored), tx_record_get_trashed (stored));
      return TRUE;
    }

  modified = g_strdup (keep ? tx_record_get_modified (record) : now);
  trashed = g_strdup (tx_record_get_trashed (record));
  stmt = tx_database_prepare (db, class_sql (G_OBJECT_TYPE (record))->update, error);
  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, modified);
  tx_bind_text (stmt, 2, trashed);
  for (guint i = 0; i < klass->n_fields; i++)
    bind_field (record, i, stmt, 3 + i);
  tx_bind_text (stmt, 3 + klass->n_fields, tx_record_get_uuid (record));
  if (!tx_database_step_done (db, stmt, error))
    return FALSE;
  tx_statement_clear (&stmt);

  for (guint i = 0; i < klass->n_children; i++)
    if (!tx_record_children_equal (record, stored, i) && !write_children (db, record, i, TRUE, error))
      return FALSE;

  g_ptr_array_add (changed, NULL);
  field_list = g_strjoinv (",", (char **) changed->pdata);
  _tx_record_set_stored (record, tx_record_get_row_id (stored), tx_record_get_created (stored),
                         modified, trashed);
  if (!(flags & TX_SAVE_TRIAL))
    tx_database_log_change (db, klass->entity, tx_record_get_uuid (record), "update", field_list, error);
  return error == NULL || *error == NULL;
}

/* A record that keeps its own times (an import) does not read the clock:
 * reading it is not free a hundred thousand times, and each reading
 * within one millisecond moves the database's clock on by one. */
static gboolean
needs_now (TxRecord    *record,
           TxSaveFlags  flags)
{
  return !(flags & TX_SAVE_KEEP_TIMESTAMPS) ||
         tx_record_get_modified (record) == NULL || tx_record_get_created (record) == NULL;
}

gboolean
tx_store_save (TxDatabase   *db,
               TxRecord     *record,
               TxSaveFlags   flags,
               GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TxRecord) stored = NULL;
  g_autofree char *now = NULL;
  g_autofree char *old_uuid = NULL;
  g_autofree char *old_created = NULL;
  g_autofree char *old_modified = NULL;
  g_autofree char *old_trashed = NULL;
  gint64 old_row_id;
  TxRecordClass *klass;
  gboolean changed = TRUE;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (TX_IS_RECORD (record), FALSE);

  /* every caller's save, not only the editors': a bad code never reaches the file */
  if ((!(flags & TX_SAVE_VALIDATED) && !tx_record_validate (record, error)) ||
      !tx_codes_check_record (db, record, error))
    return FALSE;
  if (!tx_store_begin (db, error))
    return FALSE;
  if (tx_record_is_partial (record) && !complete_partial (db, record, error))
    {
      tx_store_rollback (db);
      return FALSE;
    }

  /* what the object says about the stored record, put back if the save is
   * undone: a new modified time that never reached the file would make the
   * next TX_SAVE_CHECK_CONFLICT see a conflict that is not there */
  old_uuid = g_strdup (tx_record_get_uuid (record));
  old_created = g_strdup (tx_record_get_created (record));
  old_modified = g_strdup (tx_record_get_modified (record));
  old_trashed = g_strdup (tx_record_get_trashed (record));
  old_row_id = tx_record_get_row_id (record);

  klass = TX_RECORD_GET_CLASS (record);
  now = needs_now (record, flags) ? tx_database_now (db) : NULL;
  if (tx_record_get_uuid (record) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      tx_record_set_uuid (record, uuid);
    }
  else if (!(flags & TX_SAVE_NEW))
    {
      stored = tx_store_load (db, G_OBJECT_TYPE (record), tx_record_get_uuid (record), &local_error);
      if (stored == NULL && !g_error_matches (local_error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND))
        goto failed;
      g_clear_error (&local_error);

      /* it was stored once and is gone: deleted for good from another
       * window, which an edit must not quietly undo */
      if (stored == NULL && (flags & TX_SAVE_CHECK_CONFLICT) && tx_record_get_modified (record) != NULL)
        {
          g_autofree char *title = tx_record_dup_title (record);

          g_set_error (&local_error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CONFLICT,
                       _("“%s” was deleted by someone else after you opened it."), title);
          goto failed;
        }
    }

  if (stored == NULL)
    {
      if (!insert_record (db, record, flags, now, &local_error))
        goto failed;
    }
  else if (!update_record (db, record, stored, flags, now, &changed, &local_error))
    goto failed;

  /* the sort keys, the derived columns of the kinds that have them, came
   * with the INSERT */
  if (changed && klass->save_derived != NULL &&
      !(stored == NULL && _tx_sort_keys_for_entity (klass->entity) != NULL) &&
      !klass->save_derived (record, db, &local_error))
    goto failed;
  if (!tx_store_commit (db, &local_error))
    goto failed;
  return TRUE;

failed:
  tx_store_rollback (db);
  tx_record_set_uuid (record, old_uuid);
  _tx_record_set_stored (record, old_row_id, old_created, old_modified, old_trashed);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* ---- trash, restore, purge ------------------------------------------------ */

/* Trashing what is already in the trash is no change; purging what is not
 * in the trash (any more: another window may have restored it) is refused
 * when @must_change. */
static gboolean
run_state_change (TxDatabase  *db,
                  TxRecord    *record,
                  const char  *sql_text,
                  const char  *action,
                  gboolean     bind_now,
                  gboolean     must_change,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *now = NULL;
  gboolean done;

  if (!tx_store_begin (db, error))
    return FALSE;
  now = tx_database_now (db);
  {
    g_auto(TxStatement) stmt = tx_database_prepare (db, sql_text, &local_error);

    if (stmt == NULL)
      goto failed;
    if (bind_now)
      {
        tx_bind_text (stmt, 1, now);
        tx_bind_text (stmt, 2, tx_record_get_uuid (record));
      }
    else
      tx_bind_text (stmt, 1, tx_record_get_uuid (record));
    if (!tx_database_step_done (db, stmt, &local_error))
      goto failed;
    done = sqlite3_changes (tx_database_get_handle (db)) > 0;
  }
  if (!done && must_change)
    {
      g_autofree char *title = tx_record_dup_title (record);

      g_set_error (&local_error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID,
                   _("“%s” is not in the trash any more; it was not deleted."), title);
      goto failed;
    }
  if (done)
    {
      tx_database_log_change (db, tx_record_get_entity (record), tx_record_get_uuid (record),
                              action, NULL, &local_error);
      if (local_error != NULL)
        goto failed;
    }
  if (!tx_store_commit (db, &local_error))
    goto failed;
  return TRUE;

failed:
  tx_store_rollback (db);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
reload_bookkeeping (TxDatabase *db,
                    TxRecord   *record)
{
  g_autoptr(TxRecord) stored = tx_store_load (db, G_OBJECT_TYPE (record), tx_record_get_uuid (record), NULL);

  if (stored != NULL)
    _tx_record_set_stored (record, tx_record_get_row_id (stored), tx_record_get_created (stored),
                           tx_record_get_modified (stored), tx_record_get_trashed (stored));
}

gboolean
tx_store_trash (TxDatabase  *db,
                TxRecord    *record,
                GError     **error)
{
  g_return_val_if_fail (TX_IS_RECORD (record) && tx_record_get_uuid (record) != NULL, FALSE);

  if (!run_state_change (db, record, class_sql (G_OBJECT_TYPE (record))->trash, "trash", TRUE, FALSE, error))
    return FALSE;
  reload_bookkeeping (db, record);
  return TRUE;
}

gboolean
tx_store_restore (TxDatabase  *db,
                  TxRecord    *record,
                  GError     **error)
{
  g_return_val_if_fail (TX_IS_RECORD (record) && tx_record_get_uuid (record) != NULL, FALSE);

  if (!run_state_change (db, record, class_sql (G_OBJECT_TYPE (record))->restore, "restore", TRUE, FALSE, error))
    return FALSE;
  reload_bookkeeping (db, record);
  return TRUE;
}

/* The tombstones first: the cascade that follows removes the rows that
 * name the records it takes along. */
static gboolean
purge_with_tombstones (TxDatabase  *db,
                       TxRecord    *record,
                       GError     **error)
{
  g_autofree char *now = NULL;

  if (!tx_store_begin (db, error))
    return FALSE;
  now = tx_database_now (db);
  if (!_tx_tombstone_record_purge (db, tx_record_get_entity (record), tx_record_get_uuid (record), now, error) ||
      !run_state_change (db, record, class_sql (G_OBJECT_TYPE (record))->purge, "purge", FALSE, TRUE, error))
    {
      tx_store_rollback (db);
      return FALSE;
    }
  return tx_store_commit (db, error);
}

/* Only what is already in the trash can be purged: a record is never
 * destroyed in one step. */
gboolean
tx_store_purge (TxDatabase  *db,
                TxRecord    *record,
                GError     **error)
{
  g_return_val_if_fail (TX_IS_RECORD (record) && tx_record_get_uuid (record) != NULL, FALSE);

  if (!tx_record_is_trashed (record))
    {
      g_autofree char *title = tx_record_dup_title (record);

      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID,
                   _("“%s” is not in the trash; move it to the trash before deleting it for good."), title);
      return FALSE;
    }
  return purge_with_tombstones (db, record, error);
}

gint64
tx_store_count (TxDatabase  *db,
                GType        type,
                gboolean     include_trashed,
                GError     **error)
{
  const ClassSql *sql = class_sql (type);

  return tx_database_count (db, include_trashed ? sql->count_all : sql->count_live, error);
}
