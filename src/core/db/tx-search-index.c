/* tx-search-index.c — what makes the archive's search answer at once
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE   /* memmem */
#include <string.h>

#include "tx-search-index.h"

/* ---- the trigram index, for 3 characters and more ------------------------ */

static const char flush_sql[] =
  "DELETE FROM person_fts WHERE rowid IN (SELECT id FROM person_search_stale);"
  "INSERT INTO person_fts (rowid, " TX_SEARCH_INDEX_COLUMNS ")"
  " SELECT id, " TX_SEARCH_INDEX_COLUMNS " FROM person"
  " WHERE id IN (SELECT id FROM person_search_stale);"
  "DELETE FROM person_search_stale;";

/* Before each commit: the people changed in the transaction into the
 * index. A file without the index (before its migration) has nothing to do. */
gboolean
_tx_search_index_flush (TxDatabase  *db,
                        GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean stale;

  if (sqlite3_prepare_v2 (tx_database_get_handle (db),
                          "SELECT EXISTS (SELECT 1 FROM person_search_stale)", -1, &stmt, NULL) != SQLITE_OK)
    {
      sqlite3_finalize (stmt);
      return TRUE;
    }
  stale = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_finalize (stmt);
  return !stale || tx_database_exec (db, flush_sql, error);
}

gboolean
tx_search_index_begin_bulk (TxDatabase  *db,
                            GError     **error)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  return tx_database_exec (db,
                           "DROP TRIGGER IF EXISTS person_search_insert;"
                           "DROP TRIGGER IF EXISTS person_search_update;"
                           "DROP TRIGGER IF EXISTS person_search_delete;",
                           error);
}

gboolean
tx_search_index_end_bulk (TxDatabase  *db,
                          GError     **error)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  return tx_search_index_begin_bulk (db, error) &&
         tx_database_exec (db,
                           "DELETE FROM person_fts;"
                           "DELETE FROM person_search_stale;"
                           TX_SEARCH_INDEX_FILL_SQL
                           TX_SEARCH_INDEX_TRIGGERS_SQL,
                           error);
}

/* ---- the in-memory keys, for 1 and 2 characters -------------------------- */

typedef struct
{
  GString       *keys;       /* one record a person, each ended by '\n' */
  GArray        *starts;     /* guint: where each record starts in keys */
  GArray        *names_end;  /* guint: where its names end */
  GArray        *ids;        /* gint64: the person's row id */
  gint64         data_version;
  sqlite3_int64  total_changes;
  gboolean       built;
} SearchKeys;

static void
search_keys_clear (SearchKeys *self)
{
  g_string_truncate (self->keys, 0);
  g_array_set_size (self->starts, 0);
  g_array_set_size (self->names_end, 0);
  g_array_set_size (self->ids, 0);
  self->built = FALSE;
}

static void
search_keys_free (void *data)
{
  SearchKeys *self = data;

  g_string_free (self->keys, TRUE);
  g_array_unref (self->starts);
  g_array_unref (self->names_end);
  g_array_unref (self->ids);
  g_free (self);
}

static gint64
read_data_version (sqlite3 *handle)
{
  sqlite3_stmt *stmt = NULL;
  gint64 version = -1;

  if (sqlite3_prepare_v2 (handle, "PRAGMA data_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

/* Columns @first … @last of @stmt, lower-cased, separated by U+001F; a
 * newline (the record separator) becomes a space. */
static void
append_fields (GString      *keys,
               sqlite3_stmt *stmt,
               int           first,
               int           last)
{
  gsize start = keys->len;

  for (int i = first; i <= last; i++)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, i);
      g_autofree char *lower = NULL;

      if (i > first)
        g_string_append_c (keys, '\x1f');
      if (text == NULL)
        continue;
      lower = g_utf8_strdown (text, -1);
      g_string_append (keys, lower);
    }
  for (gsize i = start; i < keys->len; i++)
    if (keys->str[i] == '\n')
      keys->str[i] = ' ';
}

static gboolean
search_keys_build (SearchKeys *self,
                   sqlite3    *handle)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  search_keys_clear (self);
  if (sqlite3_prepare_v2 (handle, "SELECT id, " TX_SEARCH_INDEX_COLUMNS " FROM person",
                          -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint start = self->keys->len, names_end;

      append_fields (self->keys, stmt, 1, 4);        /* the names */
      names_end = self->keys->len;
      g_string_append_c (self->keys, '\x1e');
      append_fields (self->keys, stmt, 5, 8);        /* numbers and work unit */
      g_string_append_c (self->keys, '\n');
      g_array_append_val (self->starts, start);
      g_array_append_val (self->names_end, names_end);
      g_array_append_val (self->ids, id);
    }
  sqlite3_finalize (stmt);
  self->built = rc == SQLITE_DONE;
  return self->built;
}

/* Rebuilt when another connection committed (data_version) or this one
 * wrote (total_changes) since the last build. */
static gboolean
search_keys_update (SearchKeys *self,
                    sqlite3    *handle)
{
  gint64 version = read_data_version (handle);
  sqlite3_int64 changes = sqlite3_total_changes64 (handle);

  if (self->built && version == self->data_version && changes == self->total_changes)
    return TRUE;
  if (!search_keys_build (self, handle))
    return FALSE;
  self->data_version = version;
  self->total_changes = changes;
  return TRUE;
}

/* the record that holds byte @offset of the keys */
static guint
record_at (SearchKeys *self,
           gsize       offset)
{
  guint low = 0, high = self->starts->len;

  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->starts, guint, middle) <= offset)
        low = middle;
      else
        high = middle;
    }
  return low;
}

/* The ids of the records that hold @needle (within the names for
 * TX_SEARCH_SCOPE_NAMES), as a JSON array. */
static char *
search_keys_find (SearchKeys    *self,
                  const char    *needle,
                  TxSearchScope  scope)
{
  GString *json = g_string_new ("[");
  gsize length = strlen (needle), pos = 0;
  const char *hit;

  while (length > 0 && pos < self->keys->len &&
         (hit = memmem (self->keys->str + pos, self->keys->len - pos, needle, length)) != NULL)
    {
      gsize offset = hit - self->keys->str;
      guint record = record_at (self, offset);

      if (scope == TX_SEARCH_SCOPE_ALL || offset + length <= g_array_index (self->names_end, guint, record))
        g_string_append_printf (json, "%s%" G_GINT64_FORMAT, json->len > 1 ? "," : "",
                                g_array_index (self->ids, gint64, record));
      /* one hit a person is enough; a later one in the same record is
       * further from the names */
      pos = record + 1 < self->starts->len ? g_array_index (self->starts, guint, record + 1)
                                           : self->keys->len;
    }
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/* SQL: tx_person_candidates(TEXT, SCOPE) */
static void
person_candidates (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  SearchKeys *self = sqlite3_user_data (context);
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  g_autofree char *needle = NULL;
  char *json;

  if (!search_keys_update (self, sqlite3_context_db_handle (context)))
    {
      sqlite3_result_error (context, "tx_person_candidates: cannot read the people", -1);
      return;
    }
  needle = g_utf8_strdown (text != NULL ? text : "", -1);
  json = search_keys_find (self, needle, sqlite3_value_int (argv[1]));
  sqlite3_result_text64 (context, json, strlen (json), g_free, SQLITE_UTF8);
}

void
_tx_search_index_register (sqlite3 *handle)
{
  SearchKeys *self = g_new0 (SearchKeys, 1);

  self->keys = g_string_new (NULL);
  self->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->names_end = g_array_new (FALSE, FALSE, sizeof (guint));
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_create_function_v2 (handle, "tx_person_candidates", 2,
                              SQLITE_UTF8 | SQLITE_DIRECTONLY, self,
                              person_candidates, NULL, NULL, search_keys_free);
}
