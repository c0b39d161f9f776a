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

#include "core/model/tx-person.h"
#include "core/db/tx-store.h"
#include "core/reminders/tx-reminders.h"
#include "core/stats/tx-year-figures.h"

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
  /* the adoption results of the answers add up to the answered ones */
  {
    TxDatabase *db = tx_test_open_database (db_dir, "tongxin.db");
    gint64 answered = tx_test_count (db, "SELECT count(*) FROM suggestion WHERE trashed IS NULL"
                                     " AND state IN ('05', '08', '09')", NULL);
    gint64 sum = stat_value (stats, "suggestions-adopted") + stat_value (stats, "suggestions-partly-adopted")
                 + stat_value (stats, "suggestions-planned") + stat_value (stats, "suggestions-for-reference")
                 + stat_value (stats, "suggestions-not-adopted");

    g_assert_cmpint (answered, >, 0);
    g_assert_cmpint (sum, ==, answered);
    g_assert_finalize_object (db);
  }

  g_assert_cmpint (g_stat (fixture->db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (db_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  /* demo data never goes into a database that holds people */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, &err, "--database", fixture->db, "demo", "--people", "5", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "already holds 200 people"));
}

/* `list` prints the archive's order, from the keys stored with the
 * records: the same hand-written orders as the collation's own test. */
static void
test_list_orders (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const by_strokes =
    "丁一\n于丹\n于谦\n万达\n马云\n王一鸣\n王飞杰\n王子轩\n王月\n韦子豪\n方芳\n"
    "司马光\n欧明\n欧阳修\n单雄信\n";
  static const char * const by_pinyin =
    "丁一\n方芳\n江浩然\n姜德胜\n姜可馨\n马云\n欧明\n欧阳修\n单雄信\n司马光\n万达\n王飞杰\n"
    "王一鸣\n王月\n王子轩\n韦子豪\n于丹\n于谦\n余春燕\n";
  const char * const names[] = {
    "王月", "欧阳修", "于谦", "韦子豪", "丁一", "王子轩", "马云", "单雄信", "方芳", "司马光",
    "万达", "王飞杰", "欧明", "于丹", "王一鸣", "姜可馨", "江浩然", "姜德胜", "余春燕",
  };
  g_autofree char *path = g_build_filename (fixture->dir, "list.db", NULL);
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  TxDatabase *db = tx_test_open_database (fixture->dir, "list.db");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(TxPerson) person = tx_person_new ();
      g_autoptr(GError) error = NULL;

      tx_person_set_name (person, names[i]);
      g_assert_true (tx_store_save (db, TX_RECORD (person), TX_SAVE_DEFAULT, &error));
      g_assert_no_error (error);
    }
  g_assert_finalize_object (db);

  g_assert_cmpint (run_cli (&out, NULL, "--database", path, "list", "--order", "pinyin", NULL), ==, 0);
  g_assert_cmpstr (out, ==, by_pinyin);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (&out, NULL, "--database", path, "list", "--order", "strokes", NULL), ==, 0);
  /* the people the stroke list above does not name sort after 单 (8):
   * 江 6 … are in between; compare the ones it names, in order */
  lines = g_strsplit (out, "\n", -1);
  {
    g_autoptr(GString) named = g_string_new (NULL);

    for (guint i = 0; lines[i] != NULL; i++)
      if (*lines[i] != '\0' && strstr (by_strokes, lines[i]) != NULL)
        g_string_append_printf (named, "%s\n", lines[i]);
    g_assert_cmpstr (named->str, ==, by_strokes);
  }
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (&out, NULL, "--database", path, "list", "--limit", "3", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "丁一\n方芳\n江浩然\n");
  g_assert_cmpint (run_cli (NULL, NULL, "--database", path, "list", "--order", "age", NULL), ==, 2);
}

/* stats --year prints every figure of the core's computation, in its
 * order, and nothing else */
static void
test_year_figures (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *demo_out = NULL;
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(TxYearFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  guint n;

  g_assert_cmpint (run_cli (&demo_out, NULL, "--database", fixture->db, "demo", "--people", "300", "--seed", "3", NULL), ==, 0);
  g_assert_cmpint (run_cli (&out, NULL, "--database", fixture->db, "stats", "--year", "2026", "--today", "2026-06-30", NULL), ==, 0);

  db = tx_database_open (fixture->db, &error);
  g_assert_no_error (error);
  figures = tx_year_figures_compute (db, 2026, "2026-06-30", &error);
  g_assert_no_error (error);
  lines = g_strsplit (out, "\n", -1);
  n = tx_year_figures_get_n (figures);
  g_assert_cmpuint (g_strv_length (lines), ==, n + 1);   /* the last line ends in \n */
  for (guint i = 0; i < n; i++)
    {
      const TxFigure *figure = tx_year_figures_get_nth (figures, i);
      g_autofree char *expected = g_strdup_printf ("%s: %" G_GINT64_FORMAT, figure->key, figure->value);

      g_assert_cmpstr (lines[i], ==, expected);
    }
  g_assert_cmpint (stat_value (out, "year"), ==, 2026);
  g_assert_cmpint (stat_value (out, "people"), >, 0);
  g_assert_cmpint (stat_value (out, "visits"), >, 0);
}

/* remind prints one tab-separated line per reminder of the core's list */
static void
test_remind (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *demo_out = NULL;
  g_autofree char *out = NULL;
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  TxReminderOptions options;

  g_assert_cmpint (run_cli (&demo_out, NULL, "--database", fixture->db, "demo", "--people", "300", "--seed", "3", NULL), ==, 0);
  g_assert_cmpint (run_cli (&out, NULL, "--database", fixture->db, "remind", "--date", "2026-09-20", "--days", "30", NULL), ==, 0);

  db = tx_database_open (fixture->db, &error);
  g_assert_no_error (error);
  tx_reminder_options_init (&options);
  options.today = (TxCivilDate) { 2026, 9, 20 };
  reminders = tx_reminders_compute (db, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reminders->len, >, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, reminders->len + 1);
  for (guint i = 0; i < reminders->len; i++)
    {
      TxReminder *reminder = g_ptr_array_index (reminders, i);
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (cells), ==, 6);
      g_assert_cmpstr (cells[0], ==, tx_reminder_get_kind_name (reminder));
      g_assert_cmpstr (cells[1], ==, tx_reminder_get_date (reminder));
      g_assert_cmpstr (cells[3], ==, tx_reminder_get_done (reminder) ? "done" : "todo");
    }
  /* 中秋节 2026-09-25 is among them */
  g_assert_nonnull (strstr (out, "holiday\t2026-09-25\t-\t"));
}

/* holidays lists the year's holidays, lunar ones included, and the
 * office's festivals added and removed */
static void
test_holidays (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *added = NULL;
  g_autofree char *removed = NULL;
  g_autofree char *err = NULL;
  g_autofree char *dir = g_path_get_dirname (fixture->db);
  g_autofree char *name = g_path_get_basename (fixture->db);

  /* holidays reads and writes an archive; it makes none */
  g_object_unref (tx_test_open_database (dir, name));
  g_assert_cmpint (run_cli (&out, NULL, "--database", fixture->db, "holidays", "--year", "2033", NULL), ==, 0);
  g_assert_cmpstr (out, ==,
                   "2033-01-01\t11\tbuilt-in\t元旦\n"
                   "2033-01-31\t01\tbuilt-in\t春节\n"
                   "2033-02-14\t02\tbuilt-in\t元宵节\n"
                   "2033-06-01\t04\tbuilt-in\t端午节\n"
                   "2033-09-08\t06\tbuilt-in\t中秋节\n"
                   "2033-10-01\t07\tbuilt-in\t国庆节\n"
                   "2033-10-01\t08\tbuilt-in\t重阳节\n");
  g_assert_cmpint (run_cli (NULL, NULL, "--database", fixture->db, "holidays", "--add", "09", "--date", "2033-12-21", NULL), ==, 0);
  g_assert_cmpint (run_cli (&added, NULL, "--database", fixture->db, "holidays", "--year", "2033", NULL), ==, 0);
  g_assert_true (g_str_has_suffix (added, "2033-12-21\t09\toffice\t开斋节\n"));
  g_assert_cmpint (run_cli (NULL, NULL, "--database", fixture->db, "holidays", "--remove", "09", "--date", "2033-12-21", NULL), ==, 0);
  g_assert_cmpint (run_cli (&removed, NULL, "--database", fixture->db, "holidays", "--year", "2033", NULL), ==, 0);
  g_assert_cmpstr (removed, ==, out);
  /* the date of a built-in holiday is computed, never typed */
  g_assert_cmpint (run_cli (NULL, &err, "--database", fixture->db, "holidays", "--add", "01", "--date", "2033-02-01", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "only other festivals"));
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
    { { "stats", "--year", "20x6", NULL }, 2, "--year needs a year" },
    { { "stats", "--year", "2026", "--today", "2026-02-30", NULL }, 2, "--today needs a date" },
    { { "stats", "--today", "2026-02-03", NULL }, 2, "--today goes with --year" },
    { { "remind", "--date", "2026-02-30", NULL }, 2, "--date needs a date" },
    { { "remind", "--days", "400", NULL }, 2, "--days needs a number" },
    { { "remind", "now", NULL }, 2, "takes only options" },
    { { "holidays", "--add", "09", NULL }, 2, "need --date" },
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
  g_test_add ("/cli/year-figures", Fixture, NULL, fixture_set_up, test_year_figures, fixture_tear_down);
  g_test_add ("/cli/holidays", Fixture, NULL, fixture_set_up, test_holidays, fixture_tear_down);
  g_test_add ("/cli/remind", Fixture, NULL, fixture_set_up, test_remind, fixture_tear_down);
  g_test_add ("/cli/environment-database", Fixture, NULL, fixture_set_up, test_environment_database, fixture_tear_down);
  g_test_add ("/cli/missing-database", Fixture, NULL, fixture_set_up, test_missing_database, fixture_tear_down);
  g_test_add ("/cli/backup-restore-check", Fixture, NULL, fixture_set_up, test_backup_restore_check, fixture_tear_down);
  g_test_add ("/cli/disk-full", Fixture, NULL, fixture_set_up, test_disk_full, fixture_tear_down);
  g_test_add ("/cli/usage-errors", Fixture, NULL, fixture_set_up, test_usage_errors, fixture_tear_down);
  g_test_add ("/cli/bad-database", Fixture, NULL, fixture_set_up, test_bad_database, fixture_tear_down);
  g_test_add ("/cli/help", Fixture, NULL, fixture_set_up, test_help, fixture_tear_down);
  g_test_add ("/cli/list-orders", Fixture, NULL, fixture_set_up, test_list_orders, fixture_tear_down);

  return g_test_run ();
}
