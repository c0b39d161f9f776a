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

/* One text of records, a record a person in the order of ids: its fields
 * lower-cased and separated by U+001F, the names first, then U+001E and
 * the others, then '\n'. */
typedef struct
{
  GString *text;
  GArray  *starts;      /* guint: where each record starts */
  GArray  *names_end;   /* guint: where its names end */
} KeyText;

/* The fields all ASCII after lower-casing (pinyin, initials, numbers) are
 * kept apart from the others (Chinese names, work units): a needle with
 * another character can only be in the second text, 40% of the bytes, so
 * a one-character Chinese search scans that much less. */
typedef struct
{
  KeyText        ascii;
  KeyText        other;
  GArray        *ids;        /* gint64: the person's row id, by record */
  gint64         data_version;
  sqlite3_int64  total_changes;
  gboolean       built;
} SearchKeys;

static void
key_text_init (KeyText *self)
{
  self->text = g_string_new (NULL);
  self->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->names_end = g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
key_text_clear (KeyText *self)
{
  g_string_truncate (self->text, 0);
  g_array_set_size (self->starts, 0);
  g_array_set_size (self->names_end, 0);
}

static void
key_text_free (KeyText *self)
{
  g_string_free (self->text, TRUE);
  g_array_unref (self->starts);
  g_array_unref (self->names_end);
}

static void
search_keys_clear (SearchKeys *self)
{
  key_text_clear (&self->ascii);
  key_text_clear (&self->other);
  g_array_set_size (self->ids, 0);
  self->built = FALSE;
}

static void
search_keys_free (void *data)
{
  SearchKeys *self = data;

  key_text_free (&self->ascii);
  key_text_free (&self->other);
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

static gboolean
is_ascii (const char *text)
{
  for (; *text != '\0'; text++)
    if ((guchar) *text >= 0x80)
      return FALSE;
  return TRUE;
}

/* Column @column of @stmt, lower-cased, onto the text it belongs to; a
 * newline (the record separator) becomes a space. */
static void
append_field (SearchKeys   *self,
              sqlite3_stmt *stmt,
              int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  g_autofree char *lower = NULL;
  GString *keys;
  gsize start;

  if (text == NULL || *text == '\0')
    return;
  lower = g_utf8_strdown (text, -1);
  keys = is_ascii (lower) ? self->ascii.text : self->other.text;
  if (keys->len > 0 && keys->str[keys->len - 1] != '\n' && keys->str[keys->len - 1] != '\x1e')
    g_string_append_c (keys, '\x1f');
  start = keys->len;
  g_string_append (keys, lower);
  for (gsize i = start; i < keys->len; i++)
    if (keys->str[i] == '\n')
      keys->str[i] = ' ';
}

static void
begin_record (KeyText *self)
{
  guint start = self->text->len;

  g_array_append_val (self->starts, start);
}

static void
end_names (KeyText *self)
{
  guint end = self->text->len;

  g_array_append_val (self->names_end, end);
  g_string_append_c (self->text, '\x1e');
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

      begin_record (&self->ascii);
      begin_record (&self->other);
      for (int i = 1; i <= 4; i++)        /* the names */
        append_field (self, stmt, i);
      end_names (&self->ascii);
      end_names (&self->other);
      for (int i = 5; i <= 8; i++)        /* numbers and work unit */
        append_field (self, stmt, i);
      g_string_append_c (self->ascii.text, '\n');
      g_string_append_c (self->other.text, '\n');
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

/* the record that holds byte @offset of the text */
static guint
record_at (KeyText *self,
           gsize    offset)
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

static void
append_id (GString *json,
           gint64   id)
{
  char digits[24];
  int n = 0;
  guint64 value = id < 0 ? -(guint64) id : (guint64) id;

  if (json->len > 1)
    g_string_append_c (json, ',');
  if (id < 0)
    g_string_append_c (json, '-');
  do
    digits[n++] = '0' + value % 10;
  while ((value /= 10) > 0);
  while (n > 0)
    g_string_append_c (json, digits[--n]);
}

/* memmem(), faster for a needle that ends in a byte of a Chinese
 * character: that byte is rare (about one byte in a hundred of the
 * text), and memchr() skips to it far faster than memmem() steps. */
static const char *
find_bytes (const char *text,
            gsize       size,
            const char *needle,
            gsize       length)
{
  guchar last = needle[length - 1];
  const char *end = text + size;

  if (length < 2 || last < 0x80)
    return memmem (text, size, needle, length);
  for (const char *p = text + length - 1; p < end; p++)
    {
      p = memchr (p, last, end - p);
      if (p == NULL)
        return NULL;
      if (memcmp (p - (length - 1), needle, length - 1) == 0)
        return p - (length - 1);
    }
  return NULL;
}

/* The ids of the records of @keys that hold @needle (within the names for
 * TX_SEARCH_SCOPE_NAMES), onto @json. */
static void
key_text_find (KeyText       *keys,
               GArray        *ids,
               const char    *needle,
               TxSearchScope  scope,
               GString       *json)
{
  gsize length = strlen (needle), pos = 0;
  const char *hit;

  while (length > 0 && pos < keys->text->len &&
         (hit = find_bytes (keys->text->str + pos, keys->text->len - pos, needle, length)) != NULL)
    {
      gsize offset = hit - keys->text->str;
      guint record = record_at (keys, offset);

      if (scope == TX_SEARCH_SCOPE_ALL || offset + length <= g_array_index (keys->names_end, guint, record))
        append_id (json, g_array_index (ids, gint64, record));
      /* one hit a person is enough; a later one in the same record is
       * further from the names */
      pos = record + 1 < keys->starts->len ? g_array_index (keys->starts, guint, record + 1)
                                           : keys->text->len;
    }
}

/* The ids of the people whose keys hold @needle, as a JSON array (an id
 * may be there twice: from both texts). */
static char *
search_keys_find (SearchKeys    *self,
                  const char    *needle,
                  TxSearchScope  scope)
{
  GString *json = g_string_new ("[");

  key_text_find (&self->other, self->ids, needle, scope, json);
  if (is_ascii (needle))
    key_text_find (&self->ascii, self->ids, needle, scope, json);
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

  key_text_init (&self->ascii);
  key_text_init (&self->other);
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_create_function_v2 (handle, "tx_person_candidates", 2,
                              SQLITE_UTF8 | SQLITE_DIRECTONLY, self,
                              person_candidates, NULL, NULL, search_keys_free);
}
