/* test-cli.c — tongxin-cli as a user runs it
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tx-test-util.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = tx_test_make_temp_dir ("cli");
  fixture->db = g_build_filename (fixture->dir, "data", "tongxin.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
}

/* Runs tongxin-cli with @args (NULL-terminated) in the C locale, so that
 * messages are compared in their source language. */
static int
run_cli (char       **out,
         char       **err,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, (gpointer) TONGXIN_CLI);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "TONGXIN_DATABASE");
  /* stdout not asked for must not mix into the TAP output */
  g_spawn_sync (NULL, (char **) argv->pdata, envp,
                out == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static gint64
stat_value (const char *output,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ": ", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_ascii_strtoll (lines[i] + strlen (prefix), NULL, 10);
  return -1;
}

static void
test_demo_and_stats (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *keys[] = { "people", "communities", "staff", "activities", "visits",
                         "consultations", "suggestions", "pairings" };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *stats = NULL;
  g_autofree char *db_dir = g_path_get_dirname (fixture->db);
  struct stat st;

  g_assert_cmpint (run_cli (&out, &err, "--database", fixture->db, "demo", "--people", "200", "--seed", "7", NULL), ==, 0);
  g_assert_cmpint (run_cli (&stats, NULL, "--database", fixture->db, "stats", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (stats, "people: 200\n"));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_cmpint (stat_value (stats, keys[i]), >, 0);

  g_assert_cmpint (g_stat (fixture->db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (db_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  /* demo data never goes into a database that holds people */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, &err, "--database", fixture->db, "demo", "--people", "5", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "already holds 200 people"));
}

static void
test_environment_database (Fixture       *fixture,
                           gconstpointer  data)
{
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "TONGXIN_DATABASE", fixture->db, TRUE);
  const char *argv[] = { TONGXIN_CLI, "stats", NULL };
  g_autofree char *out = NULL;
  const char *demo_argv[] = { TONGXIN_CLI, "demo", "--people", "3", NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) demo_argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_true (g_str_has_prefix (out, "people: 3\n"));
}

/* A read-only command on a mistyped path says so and makes nothing: no
 * file, no folder on the way to it. */
static void
test_missing_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *top = g_build_filename (fixture->dir, "mistyped", NULL);
  g_autofree char *path = g_build_filename (top, "path", "tongxin.db", NULL);
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;

  g_assert_cmpint (run_cli (&out, &err, "--database", path, "stats", NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "tongxin-cli: "));
  g_assert_nonnull (strstr (err, path));
  g_assert_false (g_file_test (top, G_FILE_TEST_EXISTS));

  /* the default database too, when it was never made */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, &err, "--database", fixture->db, "stats", NULL), ==, 1);
  g_assert_nonnull (strstr (err, fixture->db));
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}

/* backup to a file, restore shows the counts first and keeps the state
 * it replaces, check says ok */
static void
test_backup_restore_check (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, "usb-copy.db", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other", "tongxin.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *stats = NULL;

  g_assert_cmpint (run_cli (NULL, NULL, "--database", fixture->db, "demo", "--people", "25", NULL), ==, 0);
  g_assert_cmpint (run_cli (&out, NULL, "--database", fixture->db, "check", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "ok\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (&out, NULL, "--database", fixture->db, "check", "--full", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "ok\n");

  g_assert_cmpint (run_cli (NULL, NULL, "--database", fixture->db, "backup", copy, NULL), ==, 0);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
  /* never over an existing file (the database itself, say) */
  g_assert_cmpint (run_cli (NULL, &err, "--database", fixture->db, "backup", fixture->db, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "exists already"));

  /* another office's new computer: shown first, nothing made without --yes */
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (&out, NULL, "--database", other, "restore", copy, NULL), ==, 1);
  g_assert_cmpint (stat_value (out, "people"), ==, 25);
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (&out, NULL, "--database", other, "restore", copy, "--yes", NULL), ==, 0);
  g_assert_cmpint (run_cli (&stats, NULL, "--database", other, "stats", NULL), ==, 0);
  g_assert_cmpint (stat_value (stats, "people"), ==, 25);
  g_assert_nonnull (strstr (out, "before-restore"));
}

/* the child may write files of at most 640 KB: a nearly full disk */
static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { 640 * 1024, 640 * 1024 };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* A full disk in the middle of a write: a clear message, exit 1, and the
 * database as it was before (demo fills in one transaction). */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  const char *argv[] = { TONGXIN_CLI, "--database", fixture->db, "demo", "--people", "2000", NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE);
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  argv[2] = g_build_filename (fixture->dir, "full.db", NULL);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, limit_file_size, NULL,
                NULL, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", g_strstrip (err));
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  /* a full disk (ENOSPC) is SQLITE_FULL; the file-size limit used here
   * (EFBIG) reaches SQLite as an I/O error, which is checked and
   * reported as harmless */
  g_assert_true (strstr (err, "The disk is full") != NULL ||
                 strstr (err, "a check found the file in order: nothing stored was lost") != NULL);
  g_assert_cmpint (run_cli (&out, NULL, "--database", argv[2], "check", "--full", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (&out, NULL, "--database", argv[2], "stats", NULL), ==, 0);
  g_assert_cmpint (stat_value (out, "people"), ==, 0);
  g_free ((char *) argv[2]);
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  struct { const char *args[6]; int code; const char *message; } cases[] = {
    { { NULL }, 2, "No command given" },
    { { "frobnicate", NULL }, 2, "Unknown command “frobnicate”" },
    { { "demo", NULL }, 2, "needs --people" },
    { { "demo", "--people", "many", NULL }, 2, "--people needs a number" },
    { { "demo", "--people", "0", NULL }, 2, "--people needs a number" },
    { { "demo", "--people", "5", "--today", "2026-13-01", NULL }, 2, "--today needs a date" },
    { { "stats", "extra", NULL }, 2, "takes no arguments" },
    { { "restore", NULL }, 2, "needs the backup file" },
    { { "backup", "a", "b", NULL }, 2, "at most one file" },
    { { "check", "extra", NULL }, 2, "takes only options" },
    { { "--no-such-option", NULL }, 2, "Unknown option" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;
      int code = run_cli (NULL, &err, "--database", fixture->db,
                          cases[i].args[0], cases[i].args[1], cases[i].args[2],
                          cases[i].args[3], cases[i].args[4], cases[i].args[5], NULL);

      g_test_message ("case %u: %s", i, err);
      g_assert_cmpint (code, ==, cases[i].code);
      g_assert_nonnull (strstr (err, cases[i].message));
    }
}

static void
test_bad_database (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *text_file = g_build_filename (fixture->dir, "notes.txt", NULL);
  const char *text = "这不是数据库。\n";
  g_autofree char *err = NULL;

  g_assert_true (g_file_set_contents (text_file, text, -1, NULL));
  g_assert_cmpint (run_cli (NULL, &err, "--database", text_file, "stats", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (err, "tongxin-cli: "));
  tx_test_assert_file_contents (text_file, text);

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, &err, "--database", fixture->dir, "stats", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (err, "tongxin-cli: "));
}

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *out = NULL;

  g_assert_cmpint (run_cli (&out, NULL, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "demo"));
  g_assert_nonnull (strstr (out, "stats"));
  g_assert_nonnull (strstr (out, "--database"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (&out, NULL, "demo", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "--people"));
  g_assert_nonnull (strstr (out, "--seed"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/demo-and-stats", Fixture, NULL, fixture_set_up, test_demo_and_stats, fixture_tear_down);
  g_test_add ("/cli/environment-database", Fixture, NULL, fixture_set_up, test_environment_database, fixture_tear_down);
  g_test_add ("/cli/missing-database", Fixture, NULL, fixture_set_up, test_missing_database, fixture_tear_down);
  g_test_add ("/cli/backup-restore-check", Fixture, NULL, fixture_set_up, test_backup_restore_check, fixture_tear_down);
  g_test_add ("/cli/disk-full", Fixture, NULL, fixture_set_up, test_disk_full, fixture_tear_down);
  g_test_add ("/cli/usage-errors", Fixture, NULL, fixture_set_up, test_usage_errors, fixture_tear_down);
  g_test_add ("/cli/bad-database", Fixture, NULL, fixture_set_up, test_bad_database, fixture_tear_down);
  g_test_add ("/cli/help", Fixture, NULL, fixture_set_up, test_help, fixture_tear_down);

  return g_test_run ();
}
