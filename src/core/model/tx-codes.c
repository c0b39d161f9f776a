/* tx-codes.c — the national and local code tables
 *
 * The tables are data files (the .tsv files in data/codes/, compiled into the core as a
 * GResource) loaded into every new database, so that the exchange files of
 * every office use the same codes.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "tx-codes.h"

#define CODES_PATH "/io/github/tongxin/Tongxin/core/codes/"
#define LEGACY_FILE "category-legacy.tsv"

/* Per database: "kind\x1fcode" → name, and "kind\x1ename" → code. */
static GQuark cache_quark;

void
tx_code_free (TxCode *code)
{
  if (code == NULL)
    return;
  g_free (code->code);
  g_free (code->name);
  g_free (code);
}

static gboolean
insert_code (TxDatabase  *db,
             const char  *sql,
             const char  *a,
             const char  *b,
             const char  *c,
             int          position,
             GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, a);
  tx_bind_text (stmt, 2, b);
  if (c != NULL)
    {
      tx_bind_text (stmt, 3, c);
      sqlite3_bind_int (stmt, 4, position);
    }
  return tx_database_step_done (db, stmt, error);
}

static gboolean
load_file (TxDatabase  *db,
           const char  *file,
           GError     **error)
{
  g_autofree char *path = g_strconcat (CODES_PATH, file, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, error);
  g_autofree char *kind = g_strndup (file, strlen (file) - strlen (".tsv"));
  gboolean legacy = g_str_equal (file, LEGACY_FILE);
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    return FALSE;
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);

  /* line 0 is the header */
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;

      if (*lines[i] == '\0')
        continue;
      cells = g_strsplit (lines[i], "\t", 3);
      if (g_strv_length (cells) < 2)
        {
          g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID,
                       "Bad line %u in code table %s", i + 1, file);
          return FALSE;
        }
      if (legacy
          ? !insert_code (db, "INSERT INTO category_legacy (name, code) VALUES (?, ?)",
                          cells[0], cells[1], NULL, 0, error)
          : !insert_code (db, "INSERT INTO code (kind, code, name, position) VALUES (?, ?, ?, ?)",
                          kind, cells[0], cells[1], i, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_tx_codes_load_all (TxDatabase  *db,
                    GError     **error)
{
  g_auto(GStrv) files = g_resources_enumerate_children (CODES_PATH, 0, error);

  if (files == NULL)
    return FALSE;
  for (guint i = 0; files[i] != NULL; i++)
    if (g_str_has_suffix (files[i], ".tsv") && !load_file (db, files[i], error))
      return FALSE;
  return TRUE;
}

GPtrArray *
tx_codes_list (TxDatabase  *db,
               const char  *kind,
               GError     **error)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func ((GDestroyNotify) tx_code_free);
  g_auto(TxStatement) stmt = NULL;
  int rc;

  stmt = tx_database_prepare (db, "SELECT code, name FROM code WHERE kind = ? ORDER BY position", error);
  if (stmt == NULL)
    return NULL;
  tx_bind_text (stmt, 1, kind);
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      TxCode *code = g_new0 (TxCode, 1);

      code->code = g_strdup (tx_column_text (stmt, 0));
      code->name = g_strdup (tx_column_text (stmt, 1));
      g_ptr_array_add (codes, code);
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&codes);
}

/* Code tables do not change while a database is open, so one read fills a
 * cache that list rows can use for every cell. */
static GHashTable *
code_cache (TxDatabase *db)
{
  GHashTable *cache;
  g_auto(TxStatement) stmt = NULL;

  if (cache_quark == 0)
    cache_quark = g_quark_from_static_string ("tx-codes-cache");
  cache = g_object_get_qdata (G_OBJECT (db), cache_quark);
  if (cache != NULL)
    return cache;

  cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  stmt = tx_database_prepare (db, "SELECT kind, code, name FROM code", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *kind = tx_column_text (stmt, 0);
      const char *code = tx_column_text (stmt, 1);
      const char *name = tx_column_text (stmt, 2);

      g_hash_table_insert (cache, g_strconcat (kind, "\x1f", code, NULL), g_strdup (name));
      g_hash_table_insert (cache, g_strconcat (kind, "\x1e", name, NULL), g_strdup (code));
    }
  g_object_set_qdata_full (G_OBJECT (db), cache_quark, cache, (GDestroyNotify) g_hash_table_unref);
  return cache;
}

const char *
tx_codes_name (TxDatabase *db,
               const char *kind,
               const char *code)
{
  g_autofree char *key = NULL;

  if (code == NULL)
    return NULL;
  key = g_strconcat (kind, "\x1f", code, NULL);
  return g_hash_table_lookup (code_cache (db), key);
}

const char *
tx_codes_find (TxDatabase *db,
               const char *kind,
               const char *name)
{
  g_autofree char *key = NULL;

  if (name == NULL)
    return NULL;
  key = g_strconcat (kind, "\x1e", name, NULL);
  return g_hash_table_lookup (code_cache (db), key);
}

gboolean
tx_codes_is_valid (TxDatabase *db,
                   const char *kind,
                   const char *code)
{
  return tx_codes_name (db, kind, code) != NULL;
}

static gboolean
check_fields (TxDatabase  *db,
              TxRecord    *record,
              GError     **error)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const TxField *field = &klass->fields[i];
      const char *value;

      if (field->code_kind == NULL)
        continue;
      value = *(char **) G_STRUCT_MEMBER_P (record, field->offset);
      if (value != NULL && !tx_codes_is_valid (db, field->code_kind, value))
        {
          g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
                       _("%s: “%s” is not a known code."), _(field->label), value);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_child_column (TxDatabase          *db,
                    const TxChildTable  *table,
                    const TxChildColumn *column,
                    GPtrArray           *rows,
                    GError             **error)
{
  for (guint r = 0; r < rows->len; r++)
    {
      const char *code = *(char **) ((guint8 *) g_ptr_array_index (rows, r) + column->offset);

      if (code == NULL || tx_codes_is_valid (db, column->code_kind, code))
        continue;
      if (g_str_equal (column->code_kind, TX_CODE_CATEGORY))
        g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
                     _("“%s” is not a united-front category."), code);
      else
        g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
                     _("“%s” is not a known code of %s."), code, table->name);
      return FALSE;
    }
  return TRUE;
}

gboolean
tx_codes_check_record (TxDatabase  *db,
                       TxRecord    *record,
                       GError     **error)
{
  TxRecordClass *klass;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (TX_IS_RECORD (record), FALSE);

  if (!check_fields (db, record, error))
    return FALSE;
  klass = TX_RECORD_GET_CLASS (record);
  for (guint t = 0; t < klass->n_children; t++)
    {
      const TxChildTable *table = &klass->children[t];

      for (guint c = 0; c < table->n_columns; c++)
        if (table->columns[c].code_kind != NULL &&
            !check_child_column (db, table, &table->columns[c], tx_record_get_children (record, t), error))
          return FALSE;
    }
  return TRUE;
}

char *
tx_codes_map_category (TxDatabase *db,
                       const char *name)
{
  g_auto(TxStatement) stmt = NULL;
  g_autofree char *trimmed = NULL;
  const char *code;

  if (name == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (name));
  code = tx_codes_find (db, TX_CODE_CATEGORY, trimmed);
  if (code != NULL)
    return g_strdup (code);
  if (tx_codes_is_valid (db, TX_CODE_CATEGORY, trimmed))
    return g_strdup (trimmed);

  stmt = tx_database_prepare (db, "SELECT code FROM category_legacy WHERE name = ?", NULL);
  if (stmt == NULL)
    return NULL;
  tx_bind_text (stmt, 1, trimmed);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return g_strdup (tx_column_text (stmt, 0));
  return NULL;
}

/* ---- the tables without a database ---------------------------------------- */

static GHashTable *tables;   /* kind → GPtrArray of TxCode */

static GPtrArray *
parse_table (const char *file)
{
  g_autofree char *path = g_strconcat (CODES_PATH, file, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) tx_code_free);

  if (bytes == NULL)
    return rows;
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", 3);
      TxCode *code;

      if (g_strv_length (cells) < 2)
        continue;
      code = g_new0 (TxCode, 1);
      code->code = g_strdup (cells[0]);
      code->name = g_strdup (cells[1]);
      g_ptr_array_add (rows, code);
    }
  return rows;
}

static gpointer
load_tables (gpointer data)
{
  GHashTable *all = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
  g_auto(GStrv) files = g_resources_enumerate_children (CODES_PATH, 0, NULL);

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      if (!g_str_has_suffix (files[i], ".tsv") || g_str_equal (files[i], LEGACY_FILE))
        continue;
      g_hash_table_insert (all, g_strndup (files[i], strlen (files[i]) - strlen (".tsv")),
                           parse_table (files[i]));
    }
  return all;
}

GPtrArray *
tx_code_table_rows (const char *kind)
{
  static GOnce once = G_ONCE_INIT;

  tables = g_once (&once, load_tables, NULL);
  return g_hash_table_lookup (tables, kind);
}

const char *
tx_code_table_name (const char *kind,
                    const char *code)
{
  GPtrArray *rows;

  if (code == NULL)
    return NULL;
  rows = tx_code_table_rows (kind);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      TxCode *row = g_ptr_array_index (rows, i);

      if (g_str_equal (row->code, code))
        return row->name;
    }
  return NULL;
}
