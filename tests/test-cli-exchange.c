/* test-cli-exchange.c — tongxin-cli export, import and validate as a user
 * runs them: exit codes, messages, and the database left alone on refusal
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "core/model/tx-person.h"
#include "core/db/tx-settings.h"
#include "core/db/tx-store.h"
#include "tx-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = tx_test_make_temp_dir ("cli-exchange");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* tongxin-cli --database @db @args… in the C locale: messages are
 * compared in their source language */
static void
run_on (Run         *run,
        const char  *db,
        const char **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE);
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) TONGXIN_CLI);
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, (gpointer) db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  g_test_message ("%s → %d\n%s%s", args[0], run->status, run->out, run->err);
}

static char *
office_db (Fixture    *fixture,
           const char *name,
           const char *office,
           guint       demo_people)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (demo_people > 0)
    {
      g_autofree char *people = g_strdup_printf ("%u", demo_people);
      const char *args[] = { "demo", "--people", people, NULL };
      g_auto(Run) run = { 0 };

      run_on (&run, path, args);
      g_assert_cmpint (run.status, ==, 0);
    }
  /* the demo names an office of its own: this one's, or none */
  {
    g_autoptr(TxDatabase) db = tx_database_open (path, &error);

    g_assert_no_error (error);
    g_assert_true (tx_settings_set (db, TX_SETTING_OFFICE_NAME, office, &error));
  }
  return path;
}

static gint64
people_in (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = tx_database_open (path, &error);

  g_assert_no_error (error);
  return tx_store_count (db, TX_TYPE_PERSON, TRUE, &error);
}

static void
test_no_office (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *db = office_db (fixture, "a.db", NULL, 10);
  g_autofree char *file = g_build_filename (fixture->dir, "a.xml", NULL);
  const char *args[] = { "export", file, NULL };
  g_auto(Run) run = { 0 };

  run_on (&run, db, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "The office has no name yet"));
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
}

static void
test_export_validate_import (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *a = office_db (fixture, "a.db", "兴隆街道", 25);
  g_autofree char *b = office_db (fixture, "b.db", "天河区", 0);
  g_autofree char *file = g_build_filename (fixture->dir, "a.xml.gz", NULL);
  const char *export_args[] = { "export", file, "--privacy", "full", NULL };
  const char *validate_args[] = { "validate", file, NULL };
  const char *trial_args[] = { "import", file, "--dry-run", NULL };
  const char *import_args[] = { "import", file, NULL };
  g_auto(Run) exported = { 0 };
  g_auto(Run) validated = { 0 };
  g_auto(Run) trial = { 0 };
  g_auto(Run) imported = { 0 };
  g_auto(Run) again = { 0 };

  run_on (&exported, a, export_args);
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_nonnull (strstr (exported.out, "people: 25\n"));
  run_on (&validated, a, validate_args);
  g_assert_cmpint (validated.status, ==, 0);
  g_assert_nonnull (strstr (validated.out, "The file is valid."));

  run_on (&trial, b, trial_args);
  g_assert_cmpint (trial.status, ==, 0);
  g_assert_nonnull (strstr (trial.out, "people: added 25, updated 0, unchanged 0"));
  g_assert_nonnull (strstr (trial.out, "Trial run"));
  g_assert_cmpint (people_in (b), ==, 0);

  run_on (&imported, b, import_args);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_nonnull (strstr (imported.out, "Imported."));
  g_assert_cmpint (people_in (b), ==, 25);
  run_on (&again, b, import_args);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "people: added 0, updated 0, unchanged 25"));
}

static void
add_person (const char *path,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = tx_database_open (path, &error);
  g_autoptr(TxPerson) person = tx_person_new ();

  tx_person_set_name (person, name);
  tx_person_set_document_type (person, "01");
  tx_person_set_document_number (person, "110101196503120018");
  g_assert_true (tx_store_save (db, TX_RECORD (person), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
}

static void
test_conflict (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *a = office_db (fixture, "a.db", "桃源社区", 0);
  g_autofree char *b = office_db (fixture, "b.db", "兴隆街道", 0);
  g_autofree char *file = g_build_filename (fixture->dir, "a.xml", NULL);
  const char *export_args[] = { "export", file, "--privacy", "full", NULL };
  const char *import_args[] = { "import", file, NULL };
  const char *decided_args[] = { "import", file, "--on-conflict", "keep-both", NULL };
  const char *wrong_args[] = { "import", file, "--on-conflict", "toss-a-coin", NULL };
  g_auto(Run) exported = { 0 };
  g_auto(Run) undecided = { 0 };
  g_auto(Run) wrong = { 0 };
  g_auto(Run) decided = { 0 };

  add_person (a, "王建国");
  add_person (b, "王健国");
  run_on (&exported, a, export_args);
  g_assert_cmpint (exported.status, ==, 0);

  run_on (&undecided, b, import_args);
  g_assert_cmpint (undecided.status, ==, 1);
  g_assert_nonnull (strstr (undecided.out, "conflict: Line"));
  g_assert_nonnull (strstr (undecided.err, "--on-conflict"));
  g_assert_cmpint (people_in (b), ==, 1);

  run_on (&wrong, b, wrong_args);
  g_assert_cmpint (wrong.status, ==, 2);

  run_on (&decided, b, decided_args);
  g_assert_cmpint (decided.status, ==, 0);
  g_assert_cmpint (people_in (b), ==, 2);
}

/* Every person of @path gets a new work unit: a newer version of them. */
static void
change_people (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = tx_database_open (path, &error);
  g_autofree char *uuid = tx_test_dup_text (db, "SELECT uuid FROM person LIMIT 1", NULL);
  g_autoptr(TxRecord) person = tx_store_load (db, TX_TYPE_PERSON, uuid, &error);

  g_assert_no_error (error);
  g_usleep (2000);
  tx_person_set_work_unit (TX_PERSON (person), "区人民医院");
  g_assert_true (tx_store_save (db, person, TX_SAVE_DEFAULT, &error));
}

/* keep-mine is remembered: the same file again needs no decision and
 * changes nothing; a newer version of their person asks again */
static void
test_keep_mine_remembered (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *a = office_db (fixture, "a.db", "桃源社区", 0);
  g_autofree char *b = office_db (fixture, "b.db", "兴隆街道", 0);
  g_autofree char *file = g_build_filename (fixture->dir, "a.xml", NULL);
  const char *export_args[] = { "export", file, "--privacy", "full", NULL };
  const char *import_args[] = { "import", file, NULL };
  const char *keep_args[] = { "import", file, "--on-conflict", "keep-mine", NULL };
  g_auto(Run) exported = { 0 };
  g_auto(Run) kept = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) newer = { 0 };
  g_auto(Run) asked = { 0 };

  add_person (a, "王建国");
  add_person (b, "王健国");
  run_on (&exported, a, export_args);
  g_assert_cmpint (exported.status, ==, 0);
  run_on (&kept, b, keep_args);
  g_assert_cmpint (kept.status, ==, 0);

  run_on (&again, b, import_args);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_null (strstr (again.out, "conflict: Line"));
  g_assert_nonnull (strstr (again.out, "people: added 0, updated 0, unchanged 1, older 0, conflicts 0"));
  g_assert_cmpint (people_in (b), ==, 1);

  change_people (a);
  run_on (&newer, a, export_args);
  g_assert_cmpint (newer.status, ==, 0);
  run_on (&asked, b, import_args);
  g_assert_cmpint (asked.status, ==, 1);
  g_assert_nonnull (strstr (asked.out, "conflict: Line"));
  g_assert_cmpint (people_in (b), ==, 1);
}

static void
test_refused_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *b = office_db (fixture, "b.db", "兴隆街道", 5);
  g_autofree char *file = g_build_filename (fixture->dir, "evil.xml", NULL);
  const char *import_args[] = { "import", file, NULL };
  const char *validate_args[] = { "validate", file, NULL };
  const char *privacy_args[] = { "export", file, "--privacy", "some", NULL };
  g_auto(Run) imported = { 0 };
  g_auto(Run) validated = { 0 };
  g_auto(Run) usage = { 0 };

  g_assert_true (g_file_set_contents (file,
                                      "<?xml version=\"1.0\"?>\n"
                                      "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                                      "<tongxin-exchange xmlns=\"urn:tongxin:exchange:1\" version=\"1\">&e;</tongxin-exchange>\n",
                                      -1, NULL));
  run_on (&imported, b, import_args);
  g_assert_cmpint (imported.status, ==, 1);
  g_assert_nonnull (strstr (imported.err, "document type declaration"));
  g_assert_cmpint (people_in (b), ==, 5);
  run_on (&validated, b, validate_args);
  g_assert_cmpint (validated.status, ==, 1);
  run_on (&usage, b, privacy_args);
  g_assert_cmpint (usage.status, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli-exchange/no-office", test_no_office);
  ADD ("/cli-exchange/export-validate-import", test_export_validate_import);
  ADD ("/cli-exchange/conflict", test_conflict);
  ADD ("/cli-exchange/keep-mine-remembered", test_keep_mine_remembered);
  ADD ("/cli-exchange/refused-file", test_refused_file);
  return g_test_run ();
}
