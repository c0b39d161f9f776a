/* test-cli-csv.c — tongxin-cli import-csv and export-csv as a user runs them
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "tx-test-util.h"

typedef struct
{
  char *dir;
  char *db;
  char *good;    /* three people, one of them on two lines */
  char *bad;     /* two good rows, two bad ones */
} Fixture;

static char *
write_text (const char *dir,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *a = tx_test_make_id_number ("110101", "19650315", "011");
  g_autofree char *b = tx_test_make_id_number ("110101", "19700203", "024");
  g_autofree char *wrong = tx_test_make_id_number ("110101", "19700101", "035");
  g_autofree char *good = g_strdup_printf ("\xEF\xBB\xBF" "东风街道统战对象花名册\r\n"
                                           "序号,姓名,性别,身份证号,联系电话,备注\r\n"
                                           "1,张三,男,%s,13800138000,\r\n"
                                           "2,李四,女,%s,13900139000,\"两行\r\n备注\"\r\n"
                                           "3,王五,男,,,\r\n"
                                           "合计,3人,,,,\r\n", a, b);
  g_autofree char *bad = NULL;

  wrong[17] = wrong[17] == '1' ? '2' : '1';
  bad = g_strdup_printf ("姓名,民族,身份证号\n好人,汉族,%s\n坏号,汉族,1.10102E+17\n错号,汉族,%s\n火星,火星族,\n好人二,汉,%s\n",
                         a, wrong, b);
  fixture->dir = tx_test_make_temp_dir ("cli-csv");
  fixture->db = g_build_filename (fixture->dir, "tongxin.db", NULL);
  fixture->good = write_text (fixture->dir, "good.csv", good);
  fixture->bad = write_text (fixture->dir, "bad.csv", bad);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
  g_free (fixture->good);
  g_free (fixture->bad);
}

/* Runs tongxin-cli on the fixture's database with @args (NULL-terminated)
 * in the C locale, so that messages are compared in their source language. */
static int
run_cli (Fixture     *fixture,
         char       **out,
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
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, fixture->db);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static gint64
count_people (Fixture *fixture)
{
  g_autoptr(TxDatabase) db = tx_test_open_database (fixture->dir, "tongxin.db");

  return tx_test_count (db, "SELECT count(*) FROM person", NULL);
}

static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* a trial run reads: it needs an archive, even an empty one */
  g_object_unref (tx_test_open_database (fixture->dir, "tongxin.db"));
  g_assert_cmpint (run_cli (fixture, &out, &err, "import-csv", fixture->good, "--dry-run", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "new: 3\n"));
  g_assert_nonnull (strstr (out, "invalid: 0\n"));
  g_assert_nonnull (strstr (out, "ignored: 1\n"));
  g_assert_cmpint (count_people (fixture), ==, 0);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *dry_out = NULL;
  g_autofree char *dry_err = NULL;

  g_assert_cmpint (run_cli (fixture, &out, &err, "import-csv", fixture->bad, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Line 3 (坏号): "));
  g_assert_nonnull (strstr (err, "Line 4 (错号): "));
  g_assert_nonnull (strstr (err, "Line 5 (火星): "));
  g_assert_null (strstr (err, "Line 2 "));
  g_assert_nonnull (strstr (err, "3 rows are invalid; nothing was imported."));
  g_assert_cmpint (count_people (fixture), ==, 0);

  /* a dry run says the same, and fails the same */
  g_assert_cmpint (run_cli (fixture, &dry_out, &dry_err, "import-csv", fixture->bad, "--dry-run", NULL), ==, 1);
  g_assert_nonnull (strstr (dry_out, "invalid: 3\n"));
  g_assert_cmpint (count_people (fixture), ==, 0);
}

static void
test_skip_invalid (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (fixture, &out, &err, "import-csv", fixture->bad, "--skip-invalid", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "new: 2\n"));
  g_assert_nonnull (strstr (err, "Line 3 (坏号): "));
  g_assert_cmpint (count_people (fixture), ==, 2);
}

static void
test_on_existing (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *out1 = NULL, *out2 = NULL, *out3 = NULL;
  g_autofree char *err1 = NULL, *err2 = NULL, *err3 = NULL;

  g_assert_cmpint (run_cli (fixture, &out1, &err1, "import-csv", fixture->good, NULL), ==, 0);
  g_assert_nonnull (strstr (out1, "new: 3\n"));
  /* the two with ID numbers are found; 王五 has none and is new again */
  g_assert_cmpint (run_cli (fixture, &out2, &err2, "import-csv", fixture->good, "--on-existing", "skip", NULL), ==, 0);
  g_assert_nonnull (strstr (out2, "skip: 2\n"));
  g_assert_nonnull (strstr (out2, "new: 1\n"));
  g_assert_cmpint (run_cli (fixture, &out3, &err3, "import-csv", fixture->good, "--on-existing", "update", NULL), ==, 0);
  g_assert_nonnull (strstr (out3, "unchanged: 2\n"));
  g_assert_cmpint (count_people (fixture), ==, 5);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "out.csv", NULL);
  g_autofree char *out1 = NULL, *out2 = NULL, *err1 = NULL, *err2 = NULL;
  g_autofree char *masked = NULL;
  g_autofree char *full = NULL;
  GStatBuf st;

  g_assert_cmpint (run_cli (fixture, &out1, &err1, "import-csv", fixture->good, NULL), ==, 0);
  g_assert_cmpint (run_cli (fixture, &out2, &err2, "export-csv", path, NULL), ==, 0);
  g_assert_cmpstr (out2, ==, "people: 3\n");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &masked, NULL, NULL));
  g_assert_true (g_str_has_prefix (masked, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (masked, "\t138****8000"));
  g_assert_null (strstr (masked, "13800138000"));
  g_clear_pointer (&out2, g_free);
  g_clear_pointer (&err2, g_free);

  g_assert_cmpint (run_cli (fixture, &out2, &err2, "export-csv", path, "--privacy", "full", NULL), ==, 0);
  g_assert_true (g_file_get_contents (path, &full, NULL, NULL));
  g_assert_nonnull (strstr (full, "\t13800138000"));
}

static void
test_exit_codes (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.csv", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "out.csv", NULL);
  struct { int status; const char *args[5]; } cases[] = {
    { 2, { "import-csv", NULL } },
    { 2, { "import-csv", fixture->good, "--on-existing", "merge", NULL } },
    { 2, { "import-csv", fixture->good, "--map", "nonsense", NULL } },
    { 1, { "import-csv", missing, NULL } },
    { 1, { "import-csv", fixture->good, "--encoding", "NO-SUCH-CODESET", NULL } },
    { 2, { "export-csv", NULL } },
    { 2, { "export-csv", path, "--privacy", "secret", NULL } },
    { 1, { "export-csv", path, "--community", "999999999999", NULL } },
    { 1, { "export-csv", path, "--category", "99", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      const char **a = cases[i].args;

      g_test_message ("case %u: %s", i, a[0]);
      g_assert_cmpint (run_cli (fixture, &out, &err, a[0], a[1], a[2], a[3], a[4], NULL), ==, cases[i].status);
      g_assert_cmpstr (err, !=, "");
    }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli-csv/import/dry-run", test_dry_run);
  ADD ("/cli-csv/import/refused", test_refused);
  ADD ("/cli-csv/import/skip-invalid", test_skip_invalid);
  ADD ("/cli-csv/import/on-existing", test_on_existing);
  ADD ("/cli-csv/export", test_export);
  ADD ("/cli-csv/exit-codes", test_exit_codes);
#undef ADD
  return g_test_run ();
}
