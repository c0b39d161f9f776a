/* tx-test-util.c — fixtures the core tests share
 *
 * The SQL helpers go straight to SQLite on the database's handle, apart
 * from the store and the query builders, so that what they read is what
 * is really stored.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-test-util.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/demo/tx-demo.h"

/* A new empty directory "tongxin-@purpose-XXXXXX" in the temporary
 * directory; free it with g_free() after tx_test_remove_tree(). */
void
tx_test_skip (const char *reason)
{
  if (g_getenv ("TONGXIN_TEST_NO_SKIP") != NULL)
    g_test_fail_printf ("cannot run, and this run may not skip: %s", reason);
  else
    g_test_skip (reason);
}

char *
tx_test_make_temp_dir (const char *purpose)
{
  g_autofree char *template = g_strdup_printf ("tongxin-%s-XXXXXX", purpose);
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

/* Removes @path, and everything in it when it is a directory. */
void
tx_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      tx_test_remove_tree (child);
    }
  g_remove (path);
}

/* Opens (creating it when missing) the database @name in @dir. */
TxDatabase *
tx_test_open_database (const char *dir,
                       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  TxDatabase *db = tx_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

/* A new database "tongxin.db" in @dir, filled with demo data for @people
 * people from @seed. */
TxDatabase *
tx_test_open_demo_database (const char *dir,
                            guint       people,
                            guint32     seed)
{
  TxDatabase *db = tx_test_open_database (dir, "tongxin.db");
  TxDemoOptions options = { people, seed, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_demo_fill (db, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  return db;
}

/* The file at @path holds exactly @expected. */
void
tx_test_assert_file_contents (const char *path,
                              const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
}

/* Prepares @sql on @db's own handle, with @text (unless NULL) bound to
 * every parameter. */
static sqlite3_stmt *
prepare_with_text (TxDatabase *db,
                   const char *sql,
                   const char *text)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (tx_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  for (int i = 1; text != NULL && i <= sqlite3_bind_parameter_count (stmt); i++)
    sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
  return stmt;
}

/* The number @sql (a "SELECT count(*) …") answers, with @text (unless
 * NULL) bound to every parameter. */
gint64
tx_test_count (TxDatabase *db,
               const char *sql,
               const char *text)
{
  sqlite3_stmt *stmt = prepare_with_text (db, sql, text);
  gint64 count;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return count;
}

/* The first column of the first row @sql answers, with @text (unless
 * NULL) bound to every parameter; NULL when there is no row. */
char *
tx_test_dup_text (TxDatabase *db,
                  const char *sql,
                  const char *text)
{
  sqlite3_stmt *stmt = prepare_with_text (db, sql, text);
  char *value = NULL;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* Like tx_test_dup_text(), for a value the test relies on being there. */
char *
tx_test_dup_existing_text (TxDatabase *db,
                           const char *sql,
                           const char *text)
{
  char *value = tx_test_dup_text (db, sql, text);

  if (value == NULL)
    g_error ("no value for %s", sql);
  return value;
}

/* A valid GB 11643 ID number, written out again here (ISO 7064 MOD 11-2:
 * weights 2^(17-i) mod 11, check table "10X98765432") rather than taken
 * from tx-idnumber.c, so that tests check the core against it. */
char *
tx_test_make_id_number (const char *area,
                        const char *birth,
                        const char *sequence)
{
  static const char checks[] = "10X98765432";
  g_autofree char *first17 = g_strconcat (area, birth, sequence, NULL);
  int sum = 0;

  g_assert_cmpuint (strlen (first17), ==, 17);
  for (int i = 0; i < 17; i++)
    sum += (first17[i] - '0') * ((1 << (17 - i)) % 11);
  return g_strdup_printf ("%s%c", first17, checks[sum % 11]);
}

/* Runs another program (tests/tx-test-peer, tongxin-cli) to its end; it
 * must succeed. */
void
tx_test_run_program (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) program = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (program, NULL, &error));
  g_assert_no_error (error);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The first line where two dumps differ, so a failure says what changed. */
void
tx_test_assert_same_dump (const char *before,
                  const char *after)
{
  g_auto(GStrv) x = g_strsplit (before, "\n", -1);
  g_auto(GStrv) y = g_strsplit (after, "\n", -1);

  for (guint i = 0; x[i] != NULL || y[i] != NULL; i++)
    {
      g_assert_nonnull (x[i]);
      g_assert_nonnull (y[i]);
      if (!g_str_equal (x[i], y[i]))
        g_error ("line %u differs:\n  %s\n  %s", i, x[i], y[i]);
      if (x[i] == NULL || y[i] == NULL)
        break;
    }
}

/* Every table but @skip (NULL-terminated, or NULL), every row, as text,
 * rows sorted: "the database is the same". */
char *
tx_test_dump_database (TxDatabase         *db,
                       const char * const *skip)
{
  sqlite3 *handle = tx_database_get_handle (db);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  GString *dump = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) g_ptr_array_index (tables, t));
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

      if (skip != NULL && g_strv_contains (skip, g_ptr_array_index (tables, t)))
        continue;
      g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *row = g_string_new (NULL);

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (row, "|%s", sqlite3_column_text (stmt, c) ? (const char *) sqlite3_column_text (stmt, c) : "∅");
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      sqlite3_finalize (stmt);
      g_ptr_array_sort (rows, compare_rows);
      g_string_append_printf (dump, "## %s\n", (char *) g_ptr_array_index (tables, t));
      for (guint r = 0; r < rows->len; r++)
        g_string_append_printf (dump, "%s\n", (char *) g_ptr_array_index (rows, r));
    }
  return g_string_free (dump, FALSE);
}
