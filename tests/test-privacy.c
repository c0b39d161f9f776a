/* test-privacy.c — no ID number, phone or address in any output or log,
 * and no file readable by others, whatever the command
 *
 * Every command of tongxin-cli runs with G_MESSAGES_DEBUG=all over a demo
 * database; stdout and stderr together are searched for every ID number,
 * phone and address the database holds (read with plain SQLite, not
 * through the code under test). The exchange commands (import, export,
 * validate, print) join by adding lines to the command table below.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tx-test-util.h"

/* runs tongxin-cli; stdout and stderr appended to @log; the exit status */
static int
run_logged (GString     *log,
            const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) TONGXIN_CLI);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  envp = g_environ_setenv (envp, "G_MESSAGES_DEBUG", "all", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_string_append_printf (log, "$ %s\n%s%s", args[2], out, err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* every sensitive value in the file, read with plain SQLite */
static GPtrArray *
collect_sensitive (const char *path)
{
  const char *sql =
    "SELECT document_number FROM person UNION SELECT phone FROM person "
    "UNION SELECT phone_other FROM person UNION SELECT address FROM person "
    "UNION SELECT phone FROM staff";
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    if (sqlite3_column_text (stmt, 0) != NULL && sqlite3_column_bytes (stmt, 0) >= 6)
      g_ptr_array_add (values, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return values;
}

static void
assert_private_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      g_assert_cmpint (g_stat (path, &st), ==, 0);
      if (S_ISDIR (st.st_mode))
        {
          g_assert_cmpint (st.st_mode & 0077, ==, 0);
          assert_private_files (path);
          continue;
        }
      g_test_message ("%s %o", path, st.st_mode & 0777);
      g_assert_cmpint (st.st_mode & 0077, ==, 0);
      /* no temporary file left behind */
      g_assert_null (strstr (name, ".part-"));
      g_assert_false (g_str_has_suffix (name, "-journal"));
    }
}

static void
test_commands (void)
{
  g_autofree char *dir = tx_test_make_temp_dir ("privacy");
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *db = g_build_filename (data, "tongxin.db", NULL);
  g_autofree char *usb = g_build_filename (dir, "usb", NULL);
  g_autofree char *copy = g_build_filename (usb, "copy.db", NULL);
  g_autofree char *other = g_build_filename (dir, "other", "tongxin.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.db", NULL);
  /* each: the exit status expected, then the arguments */
  const struct { int status; const char *args[8]; } commands[] = {
    { 0, { "--database", db, "demo", "--people", "150", "--seed", "11", NULL } },
    { 0, { "--database", db, "stats", NULL } },
    { 0, { "--database", db, "check", NULL } },
    { 0, { "--database", db, "check", "--full", NULL } },
    { 0, { "--database", db, "backup", NULL } },
    { 0, { "--database", db, "backup", copy, NULL } },
    { 1, { "--database", other, "restore", copy, NULL } },
    { 0, { "--database", other, "restore", copy, "--yes", NULL } },
    { 0, { "--database", db, "restore", copy, "--yes", NULL } },
    { 1, { "--database", missing, "stats", NULL } },
    { 1, { "--database", db, "demo", "--people", "5", NULL } },
  };
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GPtrArray) sensitive = NULL;

  g_assert_cmpint (g_mkdir (usb, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_assert_cmpint (run_logged (log, commands[i].args), ==, commands[i].status);

  sensitive = collect_sensitive (db);
  /* the demo data has them: a search for nothing proves nothing */
  g_assert_cmpuint (sensitive->len, >, 150);
  /* the debug messages were on: GLib's own say so */
  g_test_message ("%" G_GSIZE_FORMAT " bytes of output", log->len);
  for (guint i = 0; i < sensitive->len; i++)
    if (strstr (log->str, g_ptr_array_index (sensitive, i)) != NULL)
      g_error ("a sensitive value (%u) is in the output of tongxin-cli", i);

  assert_private_files (dir);
  tx_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("TONGXIN_DATABASE");

  g_test_add_func ("/privacy/cli-commands", test_commands);
  return g_test_run ();
}
