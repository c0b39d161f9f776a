/* test-exchange.c — exchange files between offices: format, export,
 * import with its merge rules, and hostile files
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include <libxml/relaxng.h>

#include "core/exchange/tx-exchange-export.h"
#include "core/exchange/tx-exchange-private.h"
#include "core/exchange/tx-exchange-import.h"
#include "core/model/tx-community.h"
#include "core/demo/tx-demo.h"
#include "core/model/tx-merge.h"
#include "core/model/tx-person.h"
#include "core/model/tx-person-filter.h"
#include "core/text/tx-collate.h"
#include "core/db/tx-settings.h"
#include "core/db/tx-sort-keys.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-tombstone.h"
#include "core/model/tx-visit.h"
#include "tx-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = tx_test_make_temp_dir ("test-exchange");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* ---- helpers ------------------------------------------------------------- */

/* The office's name and nothing else of its identity (the demo data
 * sets a level, a code and a street of its own). */
static void
set_office (TxDatabase *db,
            const char *office)
{
  const char *cleared[] = { TX_SETTING_OFFICE_LEVEL, TX_SETTING_OFFICE_CODE, TX_SETTING_OFFICE_STREET };
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_settings_set (db, TX_SETTING_OFFICE_NAME, office, &error));
  for (guint i = 0; i < G_N_ELEMENTS (cleared); i++)
    g_assert_true (tx_settings_set (db, cleared[i], NULL, &error));
  g_assert_no_error (error);
}

static TxDatabase *
open_office (Fixture    *fixture,
             const char *name,
             const char *office)
{
  TxDatabase *db = tx_test_open_database (fixture->dir, name);

  if (office != NULL)
    set_office (db, office);
  return db;
}

static TxDatabase *
open_demo (Fixture    *fixture,
           const char *name,
           guint       people,
           guint32     seed)
{
  TxDatabase *db = open_office (fixture, name, "兴隆街道办事处");
  TxDemoOptions options = { people, seed, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_demo_fill (db, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  set_office (db, "兴隆街道办事处");
  return db;
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static char *
export_with (Fixture               *fixture,
             TxDatabase            *db,
             const char            *name,
             const TxExportOptions *options)
{
  char *path = path_in (fixture, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_exchange_export (db, file, options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static char *
export_full (Fixture    *fixture,
             TxDatabase *db,
             const char *name)
{
  TxExportOptions options = { TX_PRIVACY_FULL, .as_of = "2026-06-30" };

  return export_with (fixture, db, name, &options);
}

static TxImportReport *
import_with (TxDatabase       *db,
             const char       *path,
             TxConflictChoice  choice,
             gboolean          dry_run,
             GError          **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TxImportOptions options = { .dry_run = dry_run, .on_conflict = choice };

  return tx_exchange_import (db, file, &options, NULL, NULL, NULL, error);
}

static TxImportReport *
import_ok (TxDatabase *db,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  TxImportReport *report = import_with (db, path, TX_CONFLICT_UNDECIDED, FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  for (guint i = 0; i < report->problems->len; i++)
    g_test_message ("%s", ((TxImportProblem *) g_ptr_array_index (report->problems, i))->message);
  g_assert_true (report->applied);
  return report;
}

/* the file without its header's creation time */
static char *
read_without_created (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out = g_string_new (NULL);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "<created>") == NULL)
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (out, FALSE);
}

static gint64
count_sql (TxDatabase *db,
           const char *sql,
           const char *text)
{
  return tx_test_count (db, sql, text);
}

static TxPerson *
add_person (TxDatabase *db,
            const char *name,
            const char *number)
{
  TxPerson *person = tx_person_new ();
  g_autoptr(GError) error = NULL;

  tx_person_set_name (person, name);
  if (number != NULL)
    {
      tx_person_set_document_type (person, "01");
      tx_person_set_document_number (person, number);
    }
  g_assert_true (tx_store_save (db, TX_RECORD (person), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  return person;
}

static void
add_visit (TxDatabase *db,
           TxPerson   *person,
           const char *date)
{
  g_autoptr(TxVisit) visit = tx_visit_new ();
  g_autoptr(GError) error = NULL;

  tx_visit_set_person (visit, tx_record_get_uuid (TX_RECORD (person)));
  tx_visit_set_date (visit, date);
  g_assert_true (tx_store_save (db, TX_RECORD (visit), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
}

static void
assert_problem_contains (TxImportReport *report,
                         const char     *text)
{
  for (guint i = 0; i < report->problems->len; i++)
    if (strstr (((TxImportProblem *) g_ptr_array_index (report->problems, i))->message, text) != NULL)
      return;
  g_error ("no problem mentions “%s”", text);
}

/* ---- the format ----------------------------------------------------------- */

/* Every sample in the repository follows the schema (libxml2 here;
 * xmllint --relaxng checks the same files as a test of its own). */
static void
test_samples_validate (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "data", "exchange", "samples", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".xml"))
        continue;
      g_test_message ("%s", name);
      g_assert_true (tx_exchange_validate_schema (file, NULL, &error));
      g_assert_no_error (error);
      n++;
    }
  g_assert_cmpuint (n, >=, 2);
}

/* The schema names every field and list of every kind of record, so a
 * field added to a record class cannot make every export fail. */
static void
test_schema_knows_every_field (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GBytes) bytes = tx_exchange_dup_schema_bytes ();
  g_autofree char *schema = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  for (guint kind = 0; kind < TX_N_RECORD_KINDS; kind++)
    {
      TxRecordClass *klass = g_type_class_ref (tx_exchange_kind (kind)->get_type ());
      g_autofree char *start_tag = g_strdup_printf ("<define name=\"%s\">", klass->entity);
      const char *start = strstr (schema, start_tag);
      const char *end = start ? strstr (start, "</define>") : NULL;
      g_autofree char *block = NULL;

      g_assert_nonnull (end);
      block = g_strndup (start, end - start);
      for (guint i = 0; i < klass->n_fields; i++)
        {
          g_autofree char *element = g_strdup_printf ("<element name=\"%s\">", klass->fields[i].name);

          if (strstr (block, element) == NULL)
            g_error ("the schema has no <%s> in <%s>", klass->fields[i].name, klass->entity);
        }
      for (guint i = 0; i < klass->n_children; i++)
        {
          const char *container, *row;
          g_autofree char *element = NULL;

          tx_exchange_child_names (&klass->children[i], &container, &row);
          element = g_strdup_printf ("<element name=\"%s\">", container);
          g_assert_nonnull (strstr (block, element));
        }
      g_type_class_unref (klass);
    }
}

/* Export, import into an empty database, export again: the same bytes
 * but for the creation time, in the C locale and in zh_CN. */
static void
test_roundtrip (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_demo (fixture, "a.db", 120, 7);
  g_autoptr(TxDatabase) b = open_office (fixture, "b.db", "兴隆街道办事处");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *again = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autofree char *again_text = NULL;
  g_autoptr(TxImportReport) report = NULL;
  g_autofree char *saved_locale = g_strdup (setlocale (LC_ALL, NULL));

  setlocale (LC_ALL, "C");
  first = export_full (fixture, a, "first.xml");
  report = import_ok (b, first);
  g_assert_cmpuint (report->counts[TX_KIND_PERSON][TX_OUTCOME_ADDED], ==, 120);
  g_assert_cmpuint (tx_import_report_count (report, TX_OUTCOME_ADDED), ==,
                    count_sql (a, "SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM community) + "
                                  "(SELECT count(*) FROM staff) + (SELECT count(*) FROM activity) + "
                                  "(SELECT count(*) FROM visit) + (SELECT count(*) FROM consultation) + "
                                  "(SELECT count(*) FROM suggestion) + (SELECT count(*) FROM pairing)", NULL));
  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    g_test_message ("zh_CN.UTF-8 is not available; both exports ran in C");
  second = export_full (fixture, b, "second.xml");
  setlocale (LC_ALL, "C");
  again = export_full (fixture, b, "again.xml");
  setlocale (LC_ALL, saved_locale);

  first_text = read_without_created (first);
  second_text = read_without_created (second);
  again_text = read_without_created (again);
  g_assert_cmpstr (first_text, ==, second_text);
  g_assert_cmpstr (second_text, ==, again_text);
  /* sorted by uuid inside a section, with an oracle of its own */
  {
    const char *p = strstr (first_text, "<people>");
    g_autofree char *previous = g_strdup ("");

    while ((p = strstr (p, "<person uuid=\"")) != NULL)
      {
        g_autofree char *uuid = g_strndup (p + strlen ("<person uuid=\""), 36);

        g_assert_cmpstr (previous, <, uuid);
        g_free (previous);
        previous = g_steal_pointer (&uuid);
        p++;
      }
  }
}

static void
test_import_twice (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_demo (fixture, "a.db", 60, 3);
  g_autoptr(TxDatabase) b = open_office (fixture, "b.db", "兴隆街道办事处");
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(TxImportReport) first = NULL;
  g_autoptr(TxImportReport) second = NULL;

  path = export_full (fixture, a, "a.xml");
  first = import_ok (b, path);
  before = tx_test_dump_database (b, NULL);
  second = import_ok (b, path);
  after = tx_test_dump_database (b, NULL);
  tx_test_assert_same_dump (before, after);
  g_assert_cmpuint (tx_import_report_count (second, TX_OUTCOME_ADDED), ==, 0);
  g_assert_cmpuint (tx_import_report_count (second, TX_OUTCOME_UPDATED), ==, 0);
  g_assert_cmpuint (tx_import_report_count (second, TX_OUTCOME_UNCHANGED), ==,
                    tx_import_report_count (first, TX_OUTCOME_ADDED));
}

static void
test_newer_wins (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_office (fixture, "a.db", "桃源社区");
  g_autoptr(TxDatabase) b = open_office (fixture, "b.db", "兴隆街道");
  g_autoptr(TxPerson) x = add_person (a, "王建国", NULL);
  g_autoptr(TxPerson) y = add_person (a, "李秀英", NULL);
  g_autoptr(TxRecord) y_in_b = NULL;
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = export_full (fixture, a, "1.xml");
  g_autofree char *second = NULL;
  g_autofree char *name = NULL;

  report = import_ok (b, first);
  /* A changes X and Y; B changes Y afterwards, so B's Y is newer */
  tx_person_set_work_unit (x, "桃源中学");
  g_assert_true (tx_store_save (a, TX_RECORD (x), TX_SAVE_DEFAULT, &error));
  tx_person_set_notes (y, "社区的旧备注");
  g_assert_true (tx_store_save (a, TX_RECORD (y), TX_SAVE_DEFAULT, &error));
  g_usleep (5000);
  y_in_b = tx_store_load (b, TX_TYPE_PERSON, tx_record_get_uuid (TX_RECORD (y)), &error);
  tx_person_set_notes (TX_PERSON (y_in_b), "街道的备注");
  g_assert_true (tx_store_save (b, y_in_b, TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);

  second = export_full (fixture, a, "2.xml");
  g_clear_pointer (&report, tx_import_report_free);
  report = import_ok (b, second);
  g_assert_cmpuint (report->counts[TX_KIND_PERSON][TX_OUTCOME_UPDATED], ==, 1);
  g_assert_cmpuint (report->counts[TX_KIND_PERSON][TX_OUTCOME_OLDER], ==, 1);
  name = tx_test_dup_text (b, "SELECT work_unit FROM person WHERE uuid = ?", tx_record_get_uuid (TX_RECORD (x)));
  g_assert_cmpstr (name, ==, "桃源中学");
  g_free (name);
  name = tx_test_dup_text (b, "SELECT notes FROM person WHERE uuid = ?", tx_record_get_uuid (TX_RECORD (y)));
  g_assert_cmpstr (name, ==, "街道的备注");
}

/* A masked or omitted value in the file never overwrites a full one. */
static void
test_masked_keeps_values (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_demo (fixture, "a.db", 40, 5);
  g_autoptr(TxDatabase) b = open_office (fixture, "b.db", "兴隆街道");
  g_autofree char *full = export_full (fixture, a, "full.xml");
  g_autofree char *masked = NULL;
  g_autofree char *sensitive_before = NULL;
  g_autofree char *sensitive_after = NULL;
  g_autofree char *text = NULL;
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  TxExportOptions options = { TX_PRIVACY_MASKED };
  const char *sensitive_sql = "SELECT group_concat(uuid || coalesce(document_number, '-') || coalesce(phone, '-') || "
                              "coalesce(phone_other, '-') || coalesce(address, '-') || coalesce(health, '-'), ',') "
                              "FROM (SELECT * FROM person ORDER BY uuid)";

  report = import_ok (b, full);
  sensitive_before = tx_test_dup_text (b, sensitive_sql, NULL);
  /* every person changes in A, so every one is newer in the masked file */
  g_assert_cmpint (sqlite3_exec (tx_database_get_handle (a),
                                 "UPDATE person SET work_unit = '新单位', modified = '2026-11-01T00:00:00.000Z'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  masked = export_with (fixture, a, "masked.xml", &options);
  g_assert_true (g_file_get_contents (masked, &text, NULL, &error));
  g_assert_nonnull (strstr (text, "withheld=\"masked\""));
  g_assert_nonnull (strstr (text, "<address withheld=\"omitted\"/>"));
  g_assert_null (strstr (text, "<document-number>"));

  g_clear_pointer (&report, tx_import_report_free);
  report = import_ok (b, masked);
  g_assert_cmpuint (report->counts[TX_KIND_PERSON][TX_OUTCOME_UPDATED], ==, 40);
  sensitive_after = tx_test_dup_text (b, sensitive_sql, NULL);
  tx_test_assert_same_dump (sensitive_before, sensitive_after);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM person WHERE work_unit = '新单位'", NULL), ==, 40);
}

/* ---- conflicts -------------------------------------------------------------- */

#define SHARED_NUMBER "110101196503120018"

typedef struct
{
  TxDatabase *theirs;
  TxDatabase *ours;
  TxPerson   *their_person;
  TxPerson   *our_person;
  char       *path;
} Conflict;

/* Two offices, each with a different record of someone with the same ID
 * number, each with a visit to them. */
static void
conflict_set_up (Fixture  *fixture,
                 Conflict *c)
{
  c->theirs = open_office (fixture, "theirs.db", "桃源社区");
  c->ours = open_office (fixture, "ours.db", "兴隆街道");
  c->their_person = add_person (c->theirs, "王建国", SHARED_NUMBER);
  c->our_person = add_person (c->ours, "王健国", SHARED_NUMBER);
  add_visit (c->theirs, c->their_person, "2026-05-01");
  add_visit (c->ours, c->our_person, "2026-04-01");
  c->path = export_full (fixture, c->theirs, "theirs.xml");
}

static void
conflict_tear_down (Conflict *c)
{
  g_clear_object (&c->their_person);
  g_clear_object (&c->our_person);
  g_assert_finalize_object (c->theirs);
  g_assert_finalize_object (c->ours);
  g_free (c->path);
}

static void
test_conflict_undecided (Fixture       *fixture,
                         gconstpointer  data)
{
  Conflict c;
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TxImportProblem *problem;

  conflict_set_up (fixture, &c);
  before = tx_test_dump_database (c.ours, NULL);
  report = import_with (c.ours, c.path, TX_CONFLICT_UNDECIDED, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (report->applied);
  g_assert_false (tx_import_report_can_apply (report));
  g_assert_cmpuint (report->counts[TX_KIND_PERSON][TX_OUTCOME_CONFLICT], ==, 1);
  g_assert_cmpuint (report->problems->len, ==, 1);
  problem = g_ptr_array_index (report->problems, 0);
  g_assert_true (problem->conflict);
  g_assert_false (problem->decided);
  g_assert_cmpstr (problem->uuid, ==, tx_record_get_uuid (TX_RECORD (c.their_person)));
  g_assert_cmpstr (problem->local_uuid, ==, tx_record_get_uuid (TX_RECORD (c.our_person)));
  g_assert_cmpint (problem->line, >, 0);
  after = tx_test_dump_database (c.ours, NULL);
  tx_test_assert_same_dump (before, after);
  conflict_tear_down (&c);
}

static void
test_conflict_keep_mine (Fixture       *fixture,
                         gconstpointer  data)
{
  Conflict c;
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const char *ours;

  conflict_set_up (fixture, &c);
  ours = tx_record_get_uuid (TX_RECORD (c.our_person));
  report = import_with (c.ours, c.path, TX_CONFLICT_KEEP_MINE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (report->applied);
  g_assert_cmpint (count_sql (c.ours, "SELECT count(*) FROM person", NULL), ==, 1);
  g_assert_cmpint (count_sql (c.ours, "SELECT count(*) FROM person WHERE name = '王健国'", NULL), ==, 1);
  /* their visit is about our person now */
  g_assert_cmpint (count_sql (c.ours, "SELECT count(*) FROM visit WHERE person = ?", ours), ==, 2);
  conflict_tear_down (&c);
}

/* "Keep mine" is remembered with the version of their record: the same
 * file again brings no conflict and changes nothing; a trial run remembers
 * nothing; a newer version of their record asks again. */
static void
test_conflict_keep_mine_remembered (Fixture       *fixture,
                                    gconstpointer  data)
{
  Conflict c;
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *newer = NULL;

  conflict_set_up (fixture, &c);
  report = import_with (c.ours, c.path, TX_CONFLICT_KEEP_MINE, TRUE, &error);
  g_assert_no_error (error);
  g_clear_pointer (&report, tx_import_report_free);
  report = import_with (c.ours, c.path, TX_CONFLICT_UNDECIDED, TRUE, &error);
  g_assert_cmpuint (tx_import_report_undecided (report), ==, 1);
  g_clear_pointer (&report, tx_import_report_free);

  report = import_with (c.ours, c.path, TX_CONFLICT_KEEP_MINE, FALSE, &error);
  g_assert_true (report->applied);
  g_clear_pointer (&report, tx_import_report_free);
  g_assert_cmpint (count_sql (c.ours, "SELECT count(*) FROM conflict_decision", NULL), ==, 1);

  before = tx_test_dump_database (c.ours, NULL);
  report = import_with (c.ours, c.path, TX_CONFLICT_UNDECIDED, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (report->applied);
  g_assert_cmpuint (tx_import_report_count (report, TX_OUTCOME_CONFLICT), ==, 0);
  g_assert_cmpuint (report->counts[TX_KIND_PERSON][TX_OUTCOME_UNCHANGED], ==, 1);
  g_assert_cmpuint (report->problems->len, ==, 0);
  after = tx_test_dump_database (c.ours, NULL);
  tx_test_assert_same_dump (before, after);
  g_clear_pointer (&report, tx_import_report_free);

  /* they change the record: it is a question again */
  g_usleep (2000);
  tx_person_set_work_unit (c.their_person, "区人民医院");
  g_assert_true (tx_store_save (c.theirs, TX_RECORD (c.their_person), TX_SAVE_DEFAULT, &error));
  newer = export_full (fixture, c.theirs, "theirs-newer.xml");
  report = import_with (c.ours, newer, TX_CONFLICT_UNDECIDED, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (report->applied);
  g_assert_cmpuint (tx_import_report_undecided (report), ==, 1);
  g_clear_pointer (&report, tx_import_report_free);
  g_free (after);
  after = tx_test_dump_database (c.ours, NULL);
  tx_test_assert_same_dump (before, after);
  conflict_tear_down (&c);
}

static void
test_conflict_take_theirs (Fixture       *fixture,
                           gconstpointer  data)
{
  Conflict c;
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(TxTombstone) tombstone = NULL;
  g_autoptr(GError) error = NULL;
  const char *theirs;
  const char *ours;

  conflict_set_up (fixture, &c);
  theirs = tx_record_get_uuid (TX_RECORD (c.their_person));
  ours = tx_record_get_uuid (TX_RECORD (c.our_person));
  report = import_with (c.ours, c.path, TX_CONFLICT_TAKE_THEIRS, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (report->applied);
  g_assert_cmpint (count_sql (c.ours, "SELECT count(*) FROM person", NULL), ==, 1);
  g_assert_cmpint (count_sql (c.ours, "SELECT count(*) FROM person WHERE uuid = ? AND name = '王建国'", theirs), ==, 1);
  g_assert_cmpint (count_sql (c.ours, "SELECT count(*) FROM visit WHERE person = ?", theirs), ==, 2);
  tombstone = tx_tombstone_find (c.ours, ours, &error);
  g_assert_nonnull (tombstone);
  g_assert_cmpstr (tombstone->merged_into, ==, theirs);
  conflict_tear_down (&c);
}

/* a choice for this person wins over the one for every conflict */
static void
test_conflict_each (Fixture       *fixture,
                    gconstpointer  data)
{
  Conflict c;
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(GHashTable) choices = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  TxImportOptions options = { .on_conflict = TX_CONFLICT_TAKE_THEIRS, .choices = choices };

  conflict_set_up (fixture, &c);
  file = g_file_new_for_path (c.path);
  g_hash_table_insert (choices, (gpointer) tx_record_get_uuid (TX_RECORD (c.their_person)),
                       GINT_TO_POINTER (TX_CONFLICT_KEEP_MINE));
  report = tx_exchange_import (c.ours, file, &options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report->applied);
  g_assert_cmpint (count_sql (c.ours, "SELECT count(*) FROM person WHERE name = '王健国'", NULL), ==, 1);
  g_assert_cmpint (count_sql (c.ours, "SELECT count(*) FROM tombstone", NULL), ==, 0);
  conflict_tear_down (&c);
}

static void
test_conflict_keep_both (Fixture       *fixture,
                         gconstpointer  data)
{
  Conflict c;
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(GPtrArray) duplicates = NULL;
  g_autoptr(GError) error = NULL;

  conflict_set_up (fixture, &c);
  report = import_with (c.ours, c.path, TX_CONFLICT_KEEP_BOTH, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (report->applied);
  g_assert_cmpint (count_sql (c.ours, "SELECT count(*) FROM person WHERE document_number = ?", SHARED_NUMBER), ==, 2);
  duplicates = tx_merge_list_duplicates (c.ours, &error);
  g_assert_cmpuint (duplicates->len, ==, 2);
  conflict_tear_down (&c);
}

/* ---- tombstones and merges travel ------------------------------------------ */

static void
test_tombstones_travel (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_office (fixture, "a.db", "桃源社区");
  g_autoptr(TxDatabase) b = open_office (fixture, "b.db", "兴隆街道");
  g_autoptr(TxDatabase) c = open_office (fixture, "c.db", "天河区");
  g_autoptr(TxPerson) gone = add_person (a, "赵晓明", NULL);
  g_autoptr(TxPerson) kept = add_person (a, "钱丽华", "110101197809200023");
  g_autoptr(TxPerson) twin = add_person (a, "钱丽花", NULL);
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  const char *twin_uuid = tx_record_get_uuid (TX_RECORD (twin));

  add_visit (a, twin, "2026-03-01");
  first = export_full (fixture, a, "1.xml");
  report = import_ok (b, first);

  /* A deletes one for good and merges two */
  g_assert_true (tx_store_trash (a, TX_RECORD (gone), &error));
  g_assert_true (tx_store_purge (a, TX_RECORD (gone), &error));
  g_assert_true (tx_merge_people (a, tx_record_get_uuid (TX_RECORD (kept)), twin_uuid, &error));
  g_assert_no_error (error);
  second = export_full (fixture, a, "2.xml");
  g_clear_pointer (&report, tx_import_report_free);
  report = import_ok (b, second);
  g_assert_cmpuint (report->counts[TX_KIND_TOMBSTONE][TX_OUTCOME_TRASHED], ==, 2);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM person WHERE uuid = ? AND trashed IS NOT NULL",
                              tx_record_get_uuid (TX_RECORD (gone))), ==, 1);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM person WHERE uuid = ?", twin_uuid), ==, 0);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM visit WHERE person = ?",
                              tx_record_get_uuid (TX_RECORD (kept))), ==, 1);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM tombstone", NULL), ==, 2);

  /* and on to the district: the tombstones travel with the street's file */
  third = export_full (fixture, b, "3.xml");
  g_clear_pointer (&report, tx_import_report_free);
  report = import_ok (c, third);
  g_assert_cmpint (count_sql (c, "SELECT count(*) FROM tombstone", NULL), ==, 2);
  g_assert_cmpint (count_sql (c, "SELECT count(*) FROM person WHERE uuid = ?", twin_uuid), ==, 0);
  /* the old file from A does not bring the merged person back */
  g_clear_pointer (&report, tx_import_report_free);
  report = import_ok (c, first);
  g_assert_cmpint (count_sql (c, "SELECT count(*) FROM person WHERE uuid = ?", twin_uuid), ==, 0);
}

static void
test_legacy_categories (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TxDatabase) db = open_office (fixture, "db.db", "兴隆街道");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "exchange", "samples",
                                                 "legacy-categories.xml", NULL);
  g_autoptr(TxImportReport) report = import_ok (db, path);

  g_assert_cmpuint (g_hash_table_size (report->legacy), ==, 3);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (report->legacy, "自由职业人员")), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (report->legacy, "港澳同胞")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (report->legacy, "中介组织及从业人员")), ==, 1);
  /* 新的社会阶层人士 07 and 香港同胞、澳门同胞 09, from category-legacy.tsv */
  g_assert_cmpint (count_sql (db, "SELECT count(*) FROM person_category WHERE category = '07'", NULL), ==, 3);
  g_assert_cmpint (count_sql (db, "SELECT count(*) FROM person_category WHERE category = '09'", NULL), ==, 1);
  /* masked numbers were not stored */
  g_assert_cmpint (count_sql (db, "SELECT count(*) FROM person WHERE document_number IS NOT NULL OR phone IS NOT NULL", NULL), ==, 0);
}

/* ---- community → street → district ----------------------------------------- */

static TxCommunity *
add_community (TxDatabase *db,
               const char *code,
               const char *name)
{
  TxCommunity *community = tx_community_new ();
  g_autoptr(GError) error = NULL;

  tx_community_set_code (community, code);
  tx_community_set_name (community, name);
  g_assert_true (tx_store_save (db, TX_RECORD (community), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  return community;
}

/* One community office: its community, the neighbouring one that all of
 * them know (made in each office, so with a uuid of each office's own),
 * two people and a visit. */
static char *
community_office_file (Fixture *fixture,
                       guint    n)
{
  g_autofree char *db_name = g_strdup_printf ("community-%u.db", n);
  g_autofree char *file_name = g_strdup_printf ("community-%u.xml", n);
  g_autofree char *code = g_strdup_printf ("44010600500%u", n);
  g_autofree char *name = g_strdup_printf ("第%u社区", n);
  g_autoptr(TxDatabase) db = open_office (fixture, db_name, name);
  g_autoptr(TxCommunity) own = add_community (db, code, name);
  g_autoptr(TxCommunity) shared = add_community (db, "440106005009", "共建社区");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *person_name = g_strdup_printf ("居民%u-%u", n, i);
      g_autoptr(TxPerson) person = tx_person_new ();

      tx_person_set_name (person, person_name);
      tx_person_set_community (person, tx_record_get_uuid (TX_RECORD (i == 0 ? own : shared)));
      g_assert_true (tx_store_save (db, TX_RECORD (person), TX_SAVE_DEFAULT, &error));
      g_assert_no_error (error);
      if (i == 0)
        add_visit (db, person, "2026-05-01");
    }
  return export_full (fixture, db, file_name);
}

static void
test_street_and_district (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TxDatabase) street = open_office (fixture, "street.db", "兴隆街道");
  g_autoptr(TxDatabase) district = open_office (fixture, "district.db", "天河区");
  g_autofree char *street_file = NULL;
  g_autoptr(TxImportReport) report = NULL;

  for (guint n = 1; n <= 3; n++)
    {
      g_autofree char *path = community_office_file (fixture, n);
      g_autoptr(TxImportReport) one = import_ok (street, path);

      /* the shared community is matched by its code after the first file */
      g_assert_cmpuint (one->counts[TX_KIND_COMMUNITY][TX_OUTCOME_ADDED], ==, n == 1 ? 2 : 1);
    }
  street_file = export_full (fixture, street, "street.xml");
  report = import_ok (district, street_file);
  g_assert_cmpint (count_sql (district, "SELECT count(*) FROM community", NULL), ==, 4);
  g_assert_cmpint (count_sql (district, "SELECT count(DISTINCT code) FROM community", NULL), ==, 4);
  g_assert_cmpint (count_sql (district, "SELECT count(*) FROM person", NULL), ==, 6);
  g_assert_cmpint (count_sql (district, "SELECT count(DISTINCT name) FROM person", NULL), ==, 6);
  g_assert_cmpint (count_sql (district, "SELECT count(*) FROM visit", NULL), ==, 3);
  /* everyone's community is there, and the three offices' neighbours are one */
  g_assert_cmpint (count_sql (district, "SELECT count(*) FROM person p JOIN community c ON c.uuid = p.community", NULL), ==, 6);
  g_assert_cmpint (count_sql (district, "SELECT count(*) FROM person p JOIN community c ON c.uuid = p.community "
                                        "WHERE c.code = '440106005009'", NULL), ==, 3);
  /* and the district reading the community files again changes nothing */
  for (guint n = 1; n <= 3; n++)
    {
      g_autofree char *name = g_strdup_printf ("community-%u.xml", n);
      g_autofree char *path = path_in (fixture, name);
      g_autoptr(TxImportReport) again = import_ok (district, path);

      g_assert_cmpuint (tx_import_report_count (again, TX_OUTCOME_ADDED), ==, 0);
      g_assert_cmpuint (tx_import_report_count (again, TX_OUTCOME_UPDATED), ==, 0);
    }
}

/* A file of one community stands alone: it validates and imports into an
 * empty database with nothing dangling. */
static void
test_subset (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_demo (fixture, "a.db", 150, 11);
  g_autoptr(TxDatabase) b = open_office (fixture, "b.db", "兴隆街道");
  g_autofree char *code = tx_test_dup_text (a, "SELECT code FROM community ORDER BY code LIMIT 1", NULL);
  char *communities[] = { code, NULL };
  TxExportOptions options = { TX_PRIVACY_FULL, .communities = communities, .from = "2026-01-01", .to = "2026-06-30" };
  g_autofree char *path = export_with (fixture, a, "subset.xml", &options);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 members = count_sql (a, "SELECT count(*) FROM person WHERE community = (SELECT uuid FROM community WHERE code = ?)", code);

  g_assert_true (tx_exchange_validate_schema (file, NULL, &error));
  g_assert_no_error (error);
  report = import_ok (b, path);
  g_assert_cmpuint (tx_import_report_count (report, TX_OUTCOME_REJECTED), ==, 0);
  /* all the community's people, and others only where a record needs them */
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM person WHERE community = (SELECT uuid FROM community WHERE code = ?)", code),
                   ==, members);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM person", NULL), <, count_sql (a, "SELECT count(*) FROM person", NULL));
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM visit WHERE date < '2026-01-01'", NULL), ==, 0);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM visit", NULL), ==,
                   count_sql (a, "SELECT count(*) FROM visit v JOIN person p ON p.uuid = v.person "
                                 "WHERE v.date BETWEEN '2026-01-01' AND '2026-06-30' AND "
                                 "p.community = (SELECT uuid FROM community WHERE code = ?)", code));
}

/* ---- hostile and broken files --------------------------------------------- */

static char *
sample_text (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "exchange", "samples", name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, NULL);

  g_assert_nonnull (mapped);
  bytes = g_mapped_file_get_bytes (mapped);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* @text with its first @from replaced by @to */
static char *
replace_once (const char *text,
              const char *from,
              const char *to)
{
  const char *at = strstr (text, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

static void
write_file (const char *path,
            const char *data,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, data, length, &error));
  g_assert_no_error (error);
}

static void
write_gzip (const char *path,
            const char *head,
            gsize       filler,
            const char *tail)
{
  g_autoptr(GZlibCompressor) gzip = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) raw = g_file_replace (file, NULL, FALSE, 0, NULL, NULL);
  g_autoptr(GOutputStream) out = g_converter_output_stream_new (G_OUTPUT_STREAM (raw), G_CONVERTER (gzip));
  g_autofree char *spaces = g_strnfill (1 << 20, ' ');

  g_assert_true (g_output_stream_write_all (out, head, strlen (head), NULL, NULL, NULL));
  for (gsize i = 0; i < filler; i++)
    g_assert_true (g_output_stream_write_all (out, spaces, 1 << 20, NULL, NULL, NULL));
  g_assert_true (g_output_stream_write_all (out, tail, strlen (tail), NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
}

typedef struct
{
  const char *name;
  char       *contents;     /* NULL: the file is made by hand */
  gssize      length;
  const char *expected;     /* in the error message, or in a problem */
  gboolean    refused;      /* no report at all (else: a report that cannot apply) */
} BadFile;

static void
assert_refused (Fixture       *fixture,
                TxDatabase    *db,
                const BadFile *bad)
{
  g_autofree char *path = path_in (fixture, bad->name);
  g_autofree char *before = tx_test_dump_database (db, NULL);
  g_autofree char *after = NULL;
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_test_message ("%s", bad->name);
  if (bad->contents != NULL)
    write_file (path, bad->contents, bad->length);
  report = import_with (db, path, TX_CONFLICT_KEEP_BOTH, FALSE, &error);
  if (bad->refused)
    {
      g_assert_null (report);
      g_assert_nonnull (error);
      g_test_message ("  %s", error->message);
      g_assert_nonnull (strstr (error->message, bad->expected));
    }
  else
    {
      g_assert_no_error (error);
      g_assert_nonnull (report);
      g_assert_false (report->applied);
      assert_problem_contains (report, bad->expected);
    }
  after = tx_test_dump_database (db, NULL);
  tx_test_assert_same_dump (before, after);
}

static void
test_bad_files (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TxDatabase) db = open_office (fixture, "db.db", "兴隆街道");
  g_autofree char *legacy = g_test_build_filename (G_TEST_DIST, "..", "data", "exchange", "samples",
                                                   "legacy-categories.xml", NULL);
  g_autoptr(TxImportReport) start = import_ok (db, legacy);
  g_autofree char *good = sample_text ("community.xml");
  const char *body = strstr (good, "<tongxin-exchange");
  g_autofree char *long_notes = g_strnfill (70 * 1024, 'x');
  g_autofree char *long_field = g_strdup_printf ("<street>%s</street>", long_notes);
  GString *deep = g_string_new ("<?xml version=\"1.0\"?>\n<tongxin-exchange version=\"1\" xmlns=\"urn:tongxin:exchange:1\">");
  g_autofree char *bomb = path_in (fixture, "bomb.xml.gz");
  g_autofree char *bomb_head = g_strndup (good, strstr (good, "  <communities>") - good);
  BadFile files[] = {
    { "malformed.xml", g_strdup ("<tongxin-exchange version=\"1\" xmlns=\"urn:tongxin:exchange:1\"><header></tongxin"), -1, "Line", TRUE },
    { "truncated.xml", g_strndup (good, strlen (good) / 2), -1, "Line", TRUE },
    { "doctype.xml", g_strdup_printf ("<?xml version=\"1.0\"?>\n<!DOCTYPE tongxin-exchange>\n%s", body), -1, "document type", TRUE },
    { "entities.xml", g_strdup_printf ("<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n%s", body), -1, "document type", TRUE },
    { "external-entity.xml", g_strdup_printf ("<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n%s", body), -1, "document type", TRUE },
    { "xinclude.xml", replace_once (good, "<street>兴隆街道</street>", "<street><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" parse=\"text\"/></street>"), -1, "Line", TRUE },
    { "bad-utf8.xml", replace_once (good, "张卫东", "\xff\xfe\xfd"), -1, "Line", TRUE },
    { "wrong-namespace.xml", replace_once (good, "urn:tongxin:exchange:1", "urn:example:other"), -1, "namespace", TRUE },
    { "newer-version.xml", replace_once (good, "version=\"1\"", "version=\"2\""), -1, "version 2", TRUE },
    { "duplicate-uuid.xml", replace_once (good, "30000000-0000-4000-8000-000000000002", "30000000-0000-4000-8000-000000000001"), -1, "appears twice", TRUE },
    { "long-field.xml", replace_once (good, "<street>兴隆街道</street>", long_field), -1, "longer than", TRUE },
    { "counts.xml", replace_once (good, "person=\"2\"", "person=\"3\""), -1, "promises", TRUE },
    { "dangling.xml", replace_once (good, "<person>30000000-0000-4000-8000-000000000002</person>", "<person>30000000-0000-4000-8000-0000000000aa</person>"), -1, "refers to", FALSE },
    { "future.xml", replace_once (good, "modified=\"2026-03-01T08:30:00.000Z\"", "modified=\"2099-03-01T08:30:00.000Z\""), -1, "future", FALSE },
    { "bad-id.xml", replace_once (good, "110101196503120018", "110101196503120019"), -1, "王建国", FALSE },
    { "unknown-code.xml", replace_once (good, "<ethnicity>01</ethnicity>", "<ethnicity>77</ethnicity>"), -1, "77", FALSE },
    { "unknown-list-code.xml", replace_once (good, "state=\"4\" note=\"出差\"", "state=\"99\" note=\"出差\""), -1, "99", FALSE },
    { "deep.xml", NULL, -1, "Line 2", TRUE },
    { "bomb.xml.gz", NULL, -1, "times its size", TRUE },
  };

  for (guint i = 0; i < 200000; i++)
    g_string_append (deep, "<a>");
  files[G_N_ELEMENTS (files) - 2].contents = g_string_free (deep, FALSE);
  write_gzip (bomb, bomb_head, 64, "</tongxin-exchange>\n");
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      assert_refused (fixture, db, &files[i]);
      g_free (files[i].contents);
    }
}

/* The limits of the options, below their defaults */
static void
test_limits (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TxDatabase) db = open_office (fixture, "db.db", "兴隆街道");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "exchange", "samples", "community.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = tx_test_dump_database (db, NULL);
  g_autofree char *after = NULL;
  TxImportOptions few_records = { .max_records = 3 };
  TxImportOptions few_bytes = { .max_bytes = 2048 };
  TxImportOptions short_fields = { .max_field = 8 };
  const TxImportOptions *options[] = { &few_records, &few_bytes, &short_fields };
  const char *expected[] = { "more than 3 records", "larger than", "longer than" };

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TxImportReport) report = tx_exchange_import (db, file, options[i], NULL, NULL, NULL, &error);

      g_assert_null (report);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, expected[i]));
    }
  after = tx_test_dump_database (db, NULL);
  tx_test_assert_same_dump (before, after);
}

/* ---- export ------------------------------------------------------------------ */

static void
test_export_refusals (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TxDatabase) db = open_office (fixture, "db.db", NULL);
  g_autoptr(TxPerson) person = add_person (db, "王建国", NULL);
  g_autofree char *path = path_in (fixture, "out.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  TxExportOptions options = { TX_PRIVACY_MASKED };

  /* no office name */
  g_assert_false (tx_exchange_export (db, file, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_NO_OFFICE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* a document the schema refuses (the office code is not 12 digits) is
   * never put in place, and an older file stays as it was */
  g_assert_true (tx_settings_set (db, TX_SETTING_OFFICE_NAME, "兴隆街道", &error));
  g_assert_true (tx_settings_set (db, TX_SETTING_OFFICE_CODE, "4401", &error));
  g_assert_false (tx_exchange_export (db, file, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_INVALID);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  write_file (path, "older", -1);
  g_assert_false (tx_exchange_export (db, file, &options, NULL, NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "older");
}

static void
test_export_file (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_demo (fixture, "a.db", 30, 2);
  g_autoptr(TxDatabase) b = open_office (fixture, "b.db", "天河区");
  TxExportOptions options = { TX_PRIVACY_FULL };
  g_autofree char *gz = export_with (fixture, a, "a.xml.gz", &options);
  g_autoptr(TxImportReport) report = NULL;
  g_autofree char *head = NULL;
  GStatBuf st;

  g_assert_cmpint (g_stat (gz, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (gz, &head, NULL, NULL));
  g_assert_cmpint ((guint8) head[0], ==, 0x1f);
  g_assert_cmpint ((guint8) head[1], ==, 0x8b);
  report = import_ok (b, gz);
  g_assert_cmpuint (report->counts[TX_KIND_PERSON][TX_OUTCOME_ADDED], ==, 30);
}

/* A control character XML cannot carry does not stop the export. */
static void
test_control_characters (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_office (fixture, "a.db", "桃源社区");
  g_autoptr(TxDatabase) b = open_office (fixture, "b.db", "兴隆街道");
  g_autoptr(TxPerson) person = tx_person_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TxImportReport) report = NULL;
  g_autofree char *path = NULL;

  tx_person_set_name (person, "王建国");
  tx_person_set_notes (person, "从表格粘贴\v的备注\x01");
  tx_person_add_role (person, "2", "区政协\f", NULL, NULL, NULL);
  g_assert_true (tx_store_save (a, TX_RECORD (person), TX_SAVE_DEFAULT, &error));
  path = export_full (fixture, a, "a.xml");
  report = import_ok (b, path);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM person WHERE notes = ?", "从表格粘贴\xef\xbf\xbd的备注\xef\xbf\xbd"), ==, 1);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM person_role WHERE organization = ?", "区政协\xef\xbf\xbd"), ==, 1);
}

/* Photos travel base64 when asked for; a file without them keeps ours. */
static void
test_photos (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_office (fixture, "a.db", "桃源社区");
  g_autoptr(TxDatabase) b = open_office (fixture, "b.db", "兴隆街道");
  g_autoptr(TxPerson) person = tx_person_new ();
  g_autoptr(GBytes) jpeg = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TxImportReport) first = NULL;
  g_autoptr(TxImportReport) second = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_autofree char *stored = NULL;
  guint8 bytes[300];
  TxExportOptions photos = { TX_PRIVACY_FULL, .photos = TRUE };
  TxExportOptions no_photos = { TX_PRIVACY_FULL };

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) (i * 7 + 3);   /* every byte value, not text */
  jpeg = g_bytes_new (bytes, sizeof bytes);
  tx_person_set_name (person, "王建国");
  tx_person_add_photo (person, "image/jpeg", jpeg);
  g_assert_true (tx_store_save (a, TX_RECORD (person), TX_SAVE_DEFAULT, &error));

  with = export_with (fixture, a, "with.xml", &photos);
  first = import_ok (b, with);
  stored = tx_test_dup_text (b, "SELECT hex(data) FROM person_photo", NULL);
  {
    g_autofree char *expected = tx_test_dup_text (a, "SELECT hex(data) FROM person_photo", NULL);

    g_assert_cmpstr (stored, ==, expected);
    g_assert_cmpuint (strlen (expected), ==, 2 * sizeof bytes);
  }

  /* a newer record without photos: the photo stays */
  tx_person_set_notes (person, "更新了备注");
  g_assert_true (tx_store_save (a, TX_RECORD (person), TX_SAVE_DEFAULT, &error));
  without = export_with (fixture, a, "without.xml", &no_photos);
  second = import_ok (b, without);
  g_assert_cmpuint (second->counts[TX_KIND_PERSON][TX_OUTCOME_UPDATED], ==, 1);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM person_photo WHERE hex(data) = ?", stored), ==, 1);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM person WHERE notes = '更新了备注'", NULL), ==, 1);
}

static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_demo (fixture, "a.db", 30, 4);
  g_autoptr(TxDatabase) b = open_office (fixture, "b.db", "天河区");
  g_autofree char *path = export_full (fixture, a, "a.xml");
  g_autofree char *before = tx_test_dump_database (b, NULL);
  g_autofree char *after = NULL;
  g_autoptr(TxImportReport) trial = NULL;
  g_autoptr(TxImportReport) real = NULL;
  g_autoptr(GError) error = NULL;

  trial = import_with (b, path, TX_CONFLICT_UNDECIDED, TRUE, &error);
  g_assert_no_error (error);
  g_assert_false (trial->applied);
  g_assert_true (tx_import_report_can_apply (trial));
  after = tx_test_dump_database (b, NULL);
  tx_test_assert_same_dump (before, after);
  real = import_ok (b, path);
  for (guint kind = 0; kind < TX_N_KINDS; kind++)
    for (guint outcome = 0; outcome < TX_N_OUTCOMES; outcome++)
      g_assert_cmpuint (trial->counts[kind][outcome], ==, real->counts[kind][outcome]);
}

/* ---- the import into an empty database ------------------------------------
 * It answers from memory what the record-by-record import asks SQLite, and
 * makes the indexes once at the end: the result must be the same. */

/* rows of @sql, each as text, sorted */
static char *
dump_rows (TxDatabase *db,
           const char *sql)
{
  sqlite3 *handle = tx_database_get_handle (db);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  GString *dump = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      GString *row = g_string_new (NULL);

      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (row, "|%s", sqlite3_column_text (stmt, c) ? (const char *) sqlite3_column_text (stmt, c) : "∅");
      g_ptr_array_add (rows, g_string_free (row, FALSE));
    }
  sqlite3_finalize (stmt);
  g_ptr_array_sort (rows, tx_test_compare_rows);
  for (guint r = 0; r < rows->len; r++)
    g_string_append_printf (dump, "%s\n", (char *) g_ptr_array_index (rows, r));
  return g_string_free (dump, FALSE);
}

/* Every table but the change log (its times are the clock's), the
 * settings and the tombstones (the test's own); then the change log
 * without its times, and the schema itself: the indexes must all be back. */
static char *
dump_content (TxDatabase *db)
{
  const char * const skip[] = { "change_log", "tombstone", "settings", "local_state", NULL };
  g_autofree char *tables = tx_test_dump_database (db, skip);
  g_autofree char *log = dump_rows (db, "SELECT entity, uuid, action, fields FROM change_log");
  g_autofree char *schema = dump_rows (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");

  return g_strdup_printf ("%s## change_log\n%s## schema\n%s", tables, log, schema);
}

/* Two of the file's people share an ID number (a conflict inside the file),
 * one is in the trash. */
static TxDatabase *
open_tricky_source (Fixture *fixture)
{
  TxDatabase *a = open_demo (fixture, "a.db", 60, 7);
  g_autofree char *number = tx_test_make_id_number ("440106", "19700101", "123");
  g_autoptr(TxPerson) first = add_person (a, "甲一", number);
  g_autoptr(TxPerson) second = add_person (a, "甲二", number);
  g_autoptr(TxPerson) trashed = add_person (a, "丙三", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_store_trash (a, TX_RECORD (trashed), &error));
  g_assert_no_error (error);
  return a;
}

static void
test_bulk_same_as_record_by_record (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_tricky_source (fixture);
  g_autofree char *path = export_full (fixture, a, "a.xml");
  g_autoptr(TxDatabase) empty = open_office (fixture, "empty.db", "天河区");
  g_autoptr(TxDatabase) used = open_office (fixture, "used.db", "天河区");
  g_autofree char *stranger = g_uuid_string_random ();
  g_autoptr(TxImportReport) bulk = NULL;
  g_autoptr(TxImportReport) one_by_one = NULL;
  g_autofree char *bulk_dump = NULL;
  g_autofree char *one_by_one_dump = NULL;
  g_autoptr(GError) error = NULL;

  /* a tombstone of a record the file does not hold: the database is not
   * empty, so this import asks SQLite record by record */
  g_assert_true (tx_tombstone_add (used, "person", stranger, "2020-01-01T00:00:00.000Z", NULL, &error));
  g_assert_no_error (error);

  bulk = import_with (empty, path, TX_CONFLICT_KEEP_BOTH, FALSE, &error);
  g_assert_no_error (error);
  one_by_one = import_with (used, path, TX_CONFLICT_KEEP_BOTH, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (bulk->applied);
  g_assert_true (one_by_one->applied);
  g_assert_cmpuint (bulk->counts[TX_KIND_PERSON][TX_OUTCOME_CONFLICT], ==, 1);
  for (guint kind = 0; kind < TX_N_KINDS; kind++)
    for (guint outcome = 0; outcome < TX_N_OUTCOMES; outcome++)
      g_assert_cmpuint (bulk->counts[kind][outcome], ==, one_by_one->counts[kind][outcome]);

  bulk_dump = dump_content (empty);
  one_by_one_dump = dump_content (used);
  tx_test_assert_same_dump (one_by_one_dump, bulk_dump);
  g_assert_cmpint (count_sql (empty, "SELECT count(*) FROM person", NULL), ==,
                   count_sql (a, "SELECT count(*) FROM person", NULL));
}

/* The trial run on an empty database drops the indexes in its
 * transaction: rolled back, they are all there again. */
static void
test_bulk_dry_run_keeps_schema (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_tricky_source (fixture);
  g_autofree char *path = export_full (fixture, a, "a.xml");
  g_autoptr(TxDatabase) empty = open_office (fixture, "empty.db", "天河区");
  g_autofree char *before = dump_content (empty);
  g_autofree char *after = NULL;
  g_autoptr(TxImportReport) trial = NULL;
  g_autoptr(GError) error = NULL;

  trial = import_with (empty, path, TX_CONFLICT_KEEP_BOTH, TRUE, &error);
  g_assert_no_error (error);
  g_assert_false (trial->applied);
  g_assert_cmpuint (trial->counts[TX_KIND_PERSON][TX_OUTCOME_ADDED], >, 60);
  after = dump_content (empty);
  tx_test_assert_same_dump (before, after);
  g_assert_cmpint (count_sql (empty, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'", NULL), ==,
                   count_sql (a, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'", NULL));
}

static gint64
count_search (TxDatabase *db,
              const char *text)
{
  TxPersonFilter filter;
  g_autoptr(TxQuery) query = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n;

  tx_person_filter_init (&filter);
  filter.search = text;
  filter.status = NULL;
  query = tx_person_filter_to_query (&filter);
  n = tx_query_count (query, db, &error);
  g_assert_no_error (error);
  return n;
}

/* The archive's search finds the people of an import into an empty
 * database by name, pinyin and initials, as it finds them where they were
 * typed in (the search keys are made on the way, not left to a later pass). */
static void
test_bulk_search_finds_people (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_demo (fixture, "a.db", 40, 9);
  g_autofree char *path = export_full (fixture, a, "a.xml");
  g_autoptr(TxDatabase) b = open_office (fixture, "b.db", "天河区");
  g_autoptr(TxImportReport) report = import_ok (b, path);
  g_autofree char *names = dump_rows (a, "SELECT name FROM person WHERE trashed IS NULL");
  g_auto(GStrv) lines = g_strsplit (names, "\n", -1);
  guint checked = 0;

  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      const char *name = lines[i] + 1;
      g_autofree char *pinyin = tx_collate_name_pinyin (name);
      gint64 by_name = count_search (a, name);

      g_assert_cmpint (by_name, >, 0);
      g_assert_cmpint (count_search (b, name), ==, by_name);
      g_assert_cmpint (count_search (b, pinyin), ==, count_search (a, pinyin));
      g_assert_cmpint (count_search (b, pinyin), >, 0);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 40);
}

/* The stored sort and search keys of a bulk import are what the
 * collation makes of each name, computed here from the tx_collate_*
 * functions, for people and staff; the search index holds every person
 * and its triggers are back. */
static void
test_bulk_sort_keys_from_names (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(TxDatabase) a = open_demo (fixture, "a.db", 60, 11);
  g_autofree char *path = export_full (fixture, a, "a.xml");
  g_autoptr(TxDatabase) b = open_office (fixture, "b.db", "天河区");
  g_autoptr(TxImportReport) report = import_ok (b, path);
  g_autoptr(GError) error = NULL;
  guint people = 0, staff = 0;

  {
    g_auto(TxStatement) stmt = tx_database_prepare (b, "SELECT name, name_pinyin, name_initials, sort_pinyin, sort_strokes FROM person", &error);

    g_assert_no_error (error);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        const char *name = (const char *) sqlite3_column_text (stmt, 0);
        g_autofree char *surname_pinyin = tx_collate_name_pinyin (name);
        g_autofree char *initials = tx_collate_name_initials (name);
        g_autofree char *pinyin_key = tx_collate_pinyin_key (name);
        g_autofree char *stroke_key = tx_collate_stroke_key (name);
        g_autofree char *pinyin_form = g_strconcat (" ", surname_pinyin, NULL);
        g_autofree char *initials_form = g_strconcat (" ", initials, NULL);

        g_assert_true (g_str_has_prefix ((const char *) sqlite3_column_text (stmt, 1), pinyin_form));
        g_assert_true (g_str_has_prefix ((const char *) sqlite3_column_text (stmt, 2), initials_form));
        g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, pinyin_key);
        g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, stroke_key);
        people++;
      }
  }
  {
    g_auto(TxStatement) stmt = tx_database_prepare (b, "SELECT name, sort_pinyin FROM staff", &error);

    g_assert_no_error (error);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        g_autofree char *key = tx_collate_pinyin_key ((const char *) sqlite3_column_text (stmt, 0));

        g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, key);
        staff++;
      }
  }
  g_assert_cmpuint (people, ==, count_sql (a, "SELECT count(*) FROM person", NULL));
  g_assert_cmpuint (people, >=, 60);
  g_assert_cmpuint (staff, >, 0);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM person_fts", NULL), ==, people);
  g_assert_cmpint (count_sql (b, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'person_search_%'", NULL), ==, 3);
}

static void
ignore_error (void        *data,
              xmlErrorPtr  error)
{
}

static char *
stored_sort_key (TxDatabase *db,
                 TxPerson   *person)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, "SELECT sort_pinyin FROM person WHERE uuid = ?", NULL);

  tx_bind_text (stmt, 1, tx_record_get_uuid (TX_RECORD (person)));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* Keys an importer's reader offers are stored only with the name they
 * were computed from: here made-up keys for 王芳, offered before a save of
 * 李娜 (not taken, and gone after that insert's own computation) and of
 * 王芳 (taken). */
static void
test_bulk_offered_sort_keys (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TxDatabase) db = open_office (fixture, "db.db", "天河区");
  char *keys[4];
  g_autoptr(TxPerson) other = NULL;
  g_autoptr(TxPerson) same = NULL;
  g_autofree char *other_key = NULL;
  g_autofree char *other_expected = tx_collate_pinyin_key ("李娜");
  g_autofree char *same_key = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    keys[i] = g_strdup_printf ("offered %u", i);
  _tx_sort_keys_offer ("person", "王芳", keys);
  other = add_person (db, "李娜", NULL);
  other_key = stored_sort_key (db, other);
  g_assert_cmpstr (other_key, ==, other_expected);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    keys[i] = g_strdup_printf ("offered %u", i);
  _tx_sort_keys_offer ("person", "王芳", keys);
  same = add_person (db, "王芳", NULL);
  same_key = stored_sort_key (db, same);
  g_assert_cmpstr (same_key, ==, "offered 2");
  _tx_sort_keys_offer (NULL, NULL, NULL);
}

/* libxml2's verdict with the schema as shipped, patterns and all */
static gboolean
valid_by_shipped_schema (const char *text)
{
  g_autoptr(GBytes) bytes = tx_exchange_dup_schema_bytes ();
  xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  xmlRelaxNGPtr schema = xmlRelaxNGParse (parser);
  xmlRelaxNGValidCtxtPtr context = xmlRelaxNGNewValidCtxt (schema);
  xmlDocPtr doc = xmlReadMemory (text, strlen (text), "test.xml", NULL, XML_PARSE_NONET);
  gboolean valid;

  g_assert_nonnull (schema);
  g_assert_nonnull (doc);
  xmlRelaxNGSetValidStructuredErrors (context, ignore_error, NULL);
  valid = xmlRelaxNGValidateDoc (context, doc) == 0;
  xmlFreeDoc (doc);
  xmlRelaxNGFreeValidCtxt (context);
  xmlRelaxNGFree (schema);
  xmlRelaxNGFreeParserCtxt (parser);
  return valid;
}

/* The reader checks the uuids, times and area codes itself (libxml2 would
 * compile each pattern again for every value): it accepts and refuses
 * what the shipped schema does, in attributes and in elements. */
/* @pattern's verdict on @value and on every value one edit away from it
 * (a character changed, dropped or added, at each place) is
 * xmlRegexpExec()'s on the same pattern; the number of values it takes. */
static guint
assert_by_hand_as_regexp (const TxExchangePattern *pattern,
                          const char              *value)
{
  const char * const pieces[] = { "0", "5", "9", "a", "f", "A", "F", "g", "G", "x", "-", ":", ".", "T",
                                  "Z", "z", " ", "\n", "０", "é", "一", "/", "@", "`", "00", "" };
  gsize length = strlen (value);
  guint n = 0;

  g_assert_true (_tx_exchange_pattern_is_by_hand (pattern));
  for (gsize at = 0; at <= length; at++)
    for (guint i = 0; i < G_N_ELEMENTS (pieces); i++)
      for (guint replace = 0; replace <= (at < length ? 1 : 0); replace++)
        {
          g_autofree char *edited = g_strdup_printf ("%.*s%s%s", (int) at, value, pieces[i], value + at + replace);

          g_assert_cmpint (_tx_exchange_patterns_value_ok (pattern, edited), ==,
                           _tx_exchange_pattern_regexp_ok (pattern, edited));
          n++;
        }
  g_assert_true (_tx_exchange_patterns_value_ok (pattern, value) == _tx_exchange_pattern_regexp_ok (pattern, value));
  g_assert_cmpint (_tx_exchange_patterns_value_ok (pattern, NULL), ==, _tx_exchange_pattern_regexp_ok (pattern, NULL));
  return n;
}

/* The uuids, times and area codes are matched by hand: every verdict is
 * the compiled pattern's. */
static void
test_patterns_by_hand (Fixture       *fixture,
                       gconstpointer  data)
{
  const TxExchangePatterns *patterns;
  const TxExchangePattern *uuid, *time, *code;

  g_assert_nonnull (tx_exchange_get_schema (NULL));
  patterns = _tx_exchange_get_patterns ();
  uuid = _tx_exchange_patterns_for_attribute (patterns, "person", "uuid");
  time = _tx_exchange_patterns_for_attribute (patterns, "person", "modified");
  code = _tx_exchange_patterns_for_element (patterns, "community", "code");
  g_assert_nonnull (uuid);
  g_assert_nonnull (time);
  g_assert_nonnull (code);
  g_assert_true (_tx_exchange_patterns_value_ok (uuid, "30000000-0000-4000-8000-00000000000a"));
  g_assert_true (_tx_exchange_patterns_value_ok (time, "2026-01-06T02:05:00Z"));
  g_assert_true (_tx_exchange_patterns_value_ok (code, "440106005001"));
  g_assert_cmpuint (assert_by_hand_as_regexp (uuid, "30000000-0000-4000-8000-00000000000a"), >, 1000);
  assert_by_hand_as_regexp (uuid, "ABCDEF01-abcd-4000-8fff-0123456789AB");
  assert_by_hand_as_regexp (time, "2026-01-06T02:05:00.000Z");
  assert_by_hand_as_regexp (time, "2026-01-06T02:05:00Z");
  assert_by_hand_as_regexp (code, "440106005001");
  assert_by_hand_as_regexp (code, "");
}

static void
test_patterns_as_shipped (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *good = sample_text ("community.xml");
  const char *person_ref = "<person>30000000-0000-4000-8000-000000000002</person>";
  struct { const char *from, *to; } changes[] = {
    { "x", "x" },   /* the sample as it is */
    { "uuid=\"30000000-0000-4000-8000-000000000002\"", "uuid=\"3000000-0000-4000-8000-000000000002\"" },
    { "uuid=\"30000000-0000-4000-8000-000000000002\"", "uuid=\"30000000-0000-4000-8000-00000000000G\"" },
    { "uuid=\"30000000-0000-4000-8000-000000000002\"", "uuid=\"30000000-0000-4000-8000-00000000000A\"" },
    { person_ref, "<person>30000000_0000-4000-8000-000000000002</person>" },
    { person_ref, "<person> 30000000-0000-4000-8000-000000000002</person>" },
    { person_ref, "<person></person>" },
    { person_ref, "<person/>" },
    { person_ref, "<person><![CDATA[30000000-0000-4000-8000-000000000002]]></person>" },
    { "created=\"2026-01-06T02:05:00.000Z\"", "created=\"2026-01-06T02:05:00Z\"" },
    { "created=\"2026-01-06T02:05:00.000Z\"", "created=\"2026-01-06 02:05:00.000Z\"" },
    { "created=\"2026-01-06T02:05:00.000Z\"", "created=\"2026-01-06T02:05:00.00Z\"" },
    { "modified=\"2026-01-06T02:05:00.000Z\"", "modified=\"\"" },
    { "time=\"2026-02-01T00:00:00.000Z\"", "time=\"2026-02-01T00:00:00.000\"" },
    { "<code>440106005001</code>", "<code>44010600500</code>" },
    { "<code>440106005001</code>", "<code>4401060050012</code>" },
  };
  guint refused = 0;

  g_assert_nonnull (tx_exchange_get_schema (NULL));
  /* the uuids and times at least: else the reader is slow again */
  g_assert_cmpuint (_tx_exchange_patterns_n_checks (_tx_exchange_get_patterns ()), >=, 10);
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      g_autofree char *text = replace_once (good, changes[i].from, changes[i].to);
      g_autofree char *path = path_in (fixture, "pattern.xml");
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      gboolean shipped = valid_by_shipped_schema (text);
      gboolean ours;

      write_file (path, text, -1);
      ours = tx_exchange_validate_schema (file, NULL, &error);
      g_test_message ("%s → %s: shipped %d, ours %d %s", changes[i].from, changes[i].to, shipped, ours,
                      error ? error->message : "");
      g_assert_cmpint (ours, ==, shipped);
      if (!ours)
        {
          g_assert_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, "Line"));
          refused++;
        }
    }
  g_assert_cmpuint (refused, >=, 10);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/exchange/samples-validate", test_samples_validate);
  ADD ("/exchange/schema-knows-every-field", test_schema_knows_every_field);
  ADD ("/exchange/roundtrip", test_roundtrip);
  ADD ("/exchange/import-twice", test_import_twice);
  ADD ("/exchange/newer-wins", test_newer_wins);
  ADD ("/exchange/masked-keeps-values", test_masked_keeps_values);
  ADD ("/exchange/conflict/undecided", test_conflict_undecided);
  ADD ("/exchange/conflict/keep-mine", test_conflict_keep_mine);
  ADD ("/exchange/conflict/keep-mine-remembered", test_conflict_keep_mine_remembered);
  ADD ("/exchange/conflict/take-theirs", test_conflict_take_theirs);
  ADD ("/exchange/conflict/keep-both", test_conflict_keep_both);
  ADD ("/exchange/conflict/each", test_conflict_each);
  ADD ("/exchange/tombstones-travel", test_tombstones_travel);
  ADD ("/exchange/legacy-categories", test_legacy_categories);
  ADD ("/exchange/street-and-district", test_street_and_district);
  ADD ("/exchange/subset", test_subset);
  ADD ("/exchange/bad-files", test_bad_files);
  ADD ("/exchange/limits", test_limits);
  ADD ("/exchange/export-refusals", test_export_refusals);
  ADD ("/exchange/export-file", test_export_file);
  ADD ("/exchange/dry-run", test_dry_run);
  ADD ("/exchange/photos", test_photos);
  ADD ("/exchange/control-characters", test_control_characters);
  ADD ("/exchange/bulk/same-as-record-by-record", test_bulk_same_as_record_by_record);
  ADD ("/exchange/bulk/dry-run-keeps-schema", test_bulk_dry_run_keeps_schema);
  ADD ("/exchange/bulk/search-finds-people", test_bulk_search_finds_people);
  ADD ("/exchange/bulk/sort-keys-from-names", test_bulk_sort_keys_from_names);
  ADD ("/exchange/bulk/offered-sort-keys", test_bulk_offered_sort_keys);
  ADD ("/exchange/patterns-as-shipped", test_patterns_as_shipped);
  ADD ("/exchange/patterns-by-hand", test_patterns_by_hand);
  return g_test_run ();
}
