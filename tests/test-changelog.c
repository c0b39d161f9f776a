/* test-changelog.c — who changed what, and when, without the values
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-community.h"
#include "core/model/tx-consultation.h"
#include "core/db/tx-database.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"
#include "tx-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  TxDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = tx_test_make_temp_dir ("test-changelog");
  fixture->path = g_build_filename (fixture->dir, "tongxin.db", NULL);
  fixture->db = tx_test_open_database (fixture->dir, "tongxin.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->db);
  tx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* ---- helpers ------------------------------------------------------------- */

typedef struct
{
  gint64  id;
  char   *time;
  char   *operator_name;
  char   *entity;
  char   *uuid;
  char   *action;
  char   *fields;
} LogRow;

static void
log_row_free (LogRow *row)
{
  g_free (row->time);
  g_free (row->operator_name);
  g_free (row->entity);
  g_free (row->uuid);
  g_free (row->action);
  g_free (row->fields);
  g_free (row);
}

/* every row, oldest first */
static GPtrArray *
read_log (TxDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_auto(TxStatement) stmt = tx_database_prepare (db,
                                                  "SELECT id, time, operator, entity, uuid, action, fields "
                                                  "FROM change_log ORDER BY id", &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) log_row_free);
  int rc;

  g_assert_no_error (error);
  while ((rc = tx_database_step_row (db, stmt, &error)) == 1)
    {
      LogRow *row = g_new0 (LogRow, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->time = g_strdup (tx_column_text (stmt, 1));
      row->operator_name = g_strdup (tx_column_text (stmt, 2));
      row->entity = g_strdup (tx_column_text (stmt, 3));
      row->uuid = g_strdup (tx_column_text (stmt, 4));
      row->action = g_strdup (tx_column_text (stmt, 5));
      row->fields = g_strdup (tx_column_text (stmt, 6));
      g_ptr_array_add (rows, row);
    }
  g_assert_no_error (error);
  g_assert_cmpint (rc, ==, 0);
  return rows;
}

static gint64
log_count (TxDatabase *db)
{
  return tx_test_count (db, "SELECT count(*) FROM change_log", NULL);
}

static LogRow *
last_row (GPtrArray *rows)
{
  g_assert_cmpuint (rows->len, >, 0);
  return g_ptr_array_index (rows, rows->len - 1);
}

static void
assert_last (TxDatabase *db,
             gint64      expected_count,
             TxRecord   *record,
             const char *action,
             const char *fields)
{
  g_autoptr(GPtrArray) rows = read_log (db);
  LogRow *row;

  g_assert_cmpint (rows->len, ==, expected_count);
  row = last_row (rows);
  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$",
                                       row->time, 0, 0));
  g_assert_cmpstr (row->operator_name, ==, tx_database_get_operator (db));
  g_assert_cmpstr (row->entity, ==, tx_record_get_entity (record));
  g_assert_cmpstr (row->uuid, ==, tx_record_get_uuid (record));
  g_assert_cmpstr (row->action, ==, action);
  g_assert_cmpstr (row->fields, ==, fields);
}

static void
save_ok (TxDatabase *db,
         TxRecord   *record)
{
  g_autoptr(GError) error = NULL;
  gboolean saved = tx_store_save (db, record, TX_SAVE_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_true (saved);
}

static char *
save_new (TxDatabase *db,
          TxRecord   *record)
{
  save_ok (db, record);
  return g_strdup (tx_record_get_uuid (record));
}

/* One record of each kind, with what it needs to refer to. */
static GPtrArray *
make_one_of_each (TxDatabase *db)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  TxRecord *community = g_object_new (TX_TYPE_COMMUNITY, "name", "南池子社区", NULL);
  TxRecord *staff = g_object_new (TX_TYPE_STAFF, "name", "王建国", NULL);
  TxRecord *person = g_object_new (TX_TYPE_PERSON, "name", "欧阳娜娜", NULL);
  g_autofree char *community_uuid = save_new (db, community);
  g_autofree char *staff_uuid = NULL;
  g_autofree char *person_uuid = NULL;
  TxActivity *activity = g_object_new (TX_TYPE_ACTIVITY, "title", "庆国庆联欢会", NULL);
  TxVisit *visit = g_object_new (TX_TYPE_VISIT, NULL);
  TxConsultation *meeting = g_object_new (TX_TYPE_CONSULTATION, "title", "民主协商会", NULL);
  TxSuggestion *suggestion = g_object_new (TX_TYPE_SUGGESTION, "title", "关于增设老年食堂的建议", NULL);
  TxPairing *pairing = NULL;

  g_object_set (person, "community", community_uuid, NULL);
  tx_person_add_category (TX_PERSON (person), "03");
  staff_uuid = save_new (db, staff);
  person_uuid = save_new (db, person);
  pairing = g_object_new (TX_TYPE_PAIRING, "staff", staff_uuid, "person", person_uuid, NULL);
  g_object_set (visit, "person", person_uuid, NULL);

  tx_activity_add_participant (activity, person_uuid, "3", NULL);
  tx_visit_add_visitor (visit, staff_uuid);
  tx_consultation_add_attendee (meeting, person_uuid, NULL, "2", NULL);
  tx_suggestion_add_proposer (suggestion, person_uuid, "1");
  tx_pairing_add_contact (pairing, "2024-02-10", "1", NULL);

  g_ptr_array_add (records, community);
  g_ptr_array_add (records, staff);
  g_ptr_array_add (records, person);
  g_ptr_array_add (records, activity);
  g_ptr_array_add (records, visit);
  g_ptr_array_add (records, meeting);
  g_ptr_array_add (records, suggestion);
  g_ptr_array_add (records, pairing);
  return records;
}

/* ---- tests ------------------------------------------------------------------ */

static void
test_every_action (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = make_one_of_each (fixture->db);
  gint64 n;

  /* the three referred-to records were inserted already */
  n = log_count (fixture->db);
  g_assert_cmpint (n, ==, 3);
  {
    g_autoptr(GPtrArray) rows = read_log (fixture->db);

    for (guint i = 0; i < rows->len; i++)
      g_assert_cmpstr (((LogRow *) g_ptr_array_index (rows, i))->action, ==, "insert");
  }

  /* in reverse, so that nothing is purged while something refers to it */
  for (guint i = records->len; i-- > 0;)
    {
      TxRecord *record = g_ptr_array_index (records, i);
      TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
      const char *last_field = klass->fields[klass->n_fields - 1].column;

      g_test_message ("%s", klass->entity);
      g_assert_cmpstr (last_field, ==, "notes");
      if (tx_record_get_uuid (record) == NULL)
        {
          save_ok (fixture->db, record);
          assert_last (fixture->db, ++n, record, "insert", NULL);
        }

      g_object_set (record, "notes", "第一次修改", NULL);
      save_ok (fixture->db, record);
      assert_last (fixture->db, ++n, record, "update", "notes");

      if (klass->n_children > 0)
        {
          tx_record_clear_children (record, 0);
          save_ok (fixture->db, record);
          assert_last (fixture->db, ++n, record, "update", klass->children[0].name);
        }

      g_assert_true (tx_store_trash (fixture->db, record, &error));
      g_assert_no_error (error);
      assert_last (fixture->db, ++n, record, "trash", NULL);

      g_assert_true (tx_store_restore (fixture->db, record, &error));
      g_assert_no_error (error);
      assert_last (fixture->db, ++n, record, "restore", NULL);

      g_assert_true (tx_store_trash (fixture->db, record, &error));
      assert_last (fixture->db, ++n, record, "trash", NULL);
      g_assert_true (tx_store_purge (fixture->db, record, &error));
      g_assert_no_error (error);
      assert_last (fixture->db, ++n, record, "purge", NULL);
    }

  /* times only go forward */
  {
    g_autoptr(GPtrArray) rows = read_log (fixture->db);

    for (guint i = 1; i < rows->len; i++)
      g_assert_cmpstr (((LogRow *) g_ptr_array_index (rows, i - 1))->time, <,
                       ((LogRow *) g_ptr_array_index (rows, i))->time);
  }
}

/* Reading, saving what did not change, trashing what is in the trash and
 * failing write nothing. */
static void
test_no_change_no_row (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecord) person = g_object_new (TX_TYPE_PERSON, "name", "欧阳娜娜", "phone", "13912345678", NULL);
  g_autoptr(TxRecord) loaded = NULL;
  g_autoptr(TxRecord) broken = NULL;
  gint64 n;

  save_ok (fixture->db, person);
  n = log_count (fixture->db);

  loaded = tx_store_load (fixture->db, TX_TYPE_PERSON, tx_record_get_uuid (person), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tx_store_count (fixture->db, TX_TYPE_PERSON, FALSE, &error), ==, 1);
  save_ok (fixture->db, loaded);
  g_object_set (loaded, "phone", "13912345678", "notes", "", NULL);
  save_ok (fixture->db, loaded);
  g_assert_true (tx_store_restore (fixture->db, loaded, &error));
  g_assert_cmpint (log_count (fixture->db), ==, n);

  g_assert_true (tx_store_trash (fixture->db, loaded, &error));
  g_assert_cmpint (log_count (fixture->db), ==, n + 1);
  g_assert_true (tx_store_trash (fixture->db, person, &error));
  g_assert_cmpint (log_count (fixture->db), ==, n + 1);

  broken = g_object_new (TX_TYPE_PERSON, "name", NULL, NULL);
  g_assert_false (tx_store_save (fixture->db, broken, TX_SAVE_DEFAULT, &error));
  g_assert_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED);
  g_assert_cmpint (log_count (fixture->db), ==, n + 1);
}

static gint64
count_containing (TxDatabase *db,
                  const char *column,
                  const char *value)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM change_log WHERE instr (coalesce (%s, ''), ?) > 0",
                                          column);

  return tx_test_count (db, sql, value);
}

static char *
id_number (const char *birth,
           const char *sequence)
{
  char *number = g_strdup_printf ("110101%s%s?", birth, sequence);

  number[17] = tx_id_number_compute_check (number);
  return number;
}

/* ID numbers, phones and addresses never reach the log: it names fields,
 * never their values. */
static void
test_no_sensitive_values (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id1 = id_number ("19650312", "003");
  g_autofree char *id2 = id_number ("19650312", "015");
  g_autofree char *tail1 = g_strdup (id1 + 10);   /* the part a mask hides */
  g_autofree char *bad = g_strdup (id2);
  g_autoptr(TxRecord) person = NULL;
  g_autoptr(TxRecord) staff = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const char *columns[] = { "time", "operator", "entity", "uuid", "action", "fields" };
  const char *values[] = {
    id1, id2, tail1,
    "13912345678", "010-65127788", "13800138000", "13700001111",
    "北京市东城区南池子大街12号院3单元401室", "南池子大街", "景山前街4号",
    "对青霉素过敏",
  };
  gboolean saw_update = FALSE;

  person = g_object_new (TX_TYPE_PERSON,
                         "name", "欧阳娜娜",
                         "gender", "1",
                         "birth-date", "1965-03-12",
                         "document-type", "01",
                         "document-number", id1,
                         "phone", "13912345678",
                         "phone-other", "010-65127788",
                         "address", "北京市东城区南池子大街12号院3单元401室",
                         "health", "对青霉素过敏",
                         NULL);
  save_ok (fixture->db, person);
  g_object_set (person,
                "document-number", id2,
                "phone", "13800138000",
                "address", "北京市东城区景山前街4号",
                NULL);
  save_ok (fixture->db, person);
  g_assert_true (tx_store_trash (fixture->db, person, &error));
  g_assert_true (tx_store_restore (fixture->db, person, &error));
  g_assert_no_error (error);

  staff = g_object_new (TX_TYPE_STAFF, "name", "王建国", "phone", "13700001111", NULL);
  save_ok (fixture->db, staff);
  g_object_set (staff, "phone", "13912345678", NULL);
  save_ok (fixture->db, staff);

  /* a refused save does not leave the number behind either */
  bad[17] = bad[17] == '0' ? '1' : '0';
  g_object_set (person, "document-number", bad, NULL);
  g_assert_false (tx_store_save (fixture->db, person, TX_SAVE_DEFAULT, &error));
  g_assert_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID);
  g_assert_null (strstr (error->message, bad));
  g_assert_null (strstr (error->message, bad + 6));

  rows = read_log (fixture->db);
  g_assert_cmpuint (rows->len, ==, 6);
  for (guint i = 0; i < rows->len; i++)
    {
      LogRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (row->action, "update") == 0 && g_strcmp0 (row->entity, "person") == 0)
        {
          /* the names of the fields are there: that is what the log is for */
          g_assert_cmpstr (row->fields, ==, "document_number,phone,address");
          saw_update = TRUE;
        }
    }
  g_assert_true (saw_update);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    for (guint v = 0; v < G_N_ELEMENTS (values); v++)
      {
        g_test_message ("%s ∌ %s", columns[c], values[v]);
        g_assert_cmpint (count_containing (fixture->db, columns[c], values[v]), ==, 0);
      }
  g_assert_cmpint (count_containing (fixture->db, "fields", "9650312"), ==, 0);
}

static void
test_operator (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecord) person = g_object_new (TX_TYPE_PERSON, "name", "欧阳娜娜", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *os_user = g_strdup (tx_database_get_operator (fixture->db));
  TxDatabase *other;

  /* the account's login name, or its full name where the system has one */
  g_assert_nonnull (os_user);
  g_assert_cmpstr (os_user, !=, "");
  g_assert_true (g_str_equal (os_user, g_get_user_name ()) ||
                 (g_str_equal (os_user, g_get_real_name ()) &&
                  !g_str_equal (g_get_real_name (), "Unknown")));

  save_ok (fixture->db, person);
  tx_database_set_operator (fixture->db, "统战委员王建国");
  g_assert_cmpstr (tx_database_get_operator (fixture->db), ==, "统战委员王建国");
  g_object_set (person, "notes", "一", NULL);
  save_ok (fixture->db, person);
  g_assert_true (tx_store_trash (fixture->db, person, &error));

  /* an empty name is not an operator: the last one stays */
  tx_database_set_operator (fixture->db, "");
  tx_database_set_operator (fixture->db, NULL);
  g_assert_cmpstr (tx_database_get_operator (fixture->db), ==, "统战委员王建国");
  g_assert_true (tx_store_restore (fixture->db, person, &error));

  /* another connection (another program) has its own */
  other = tx_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tx_database_get_operator (other), ==, os_user);
  g_object_set (person, "notes", "二", NULL);
  g_assert_true (tx_store_save (other, person, TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (other);

  rows = read_log (fixture->db);
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpstr (((LogRow *) g_ptr_array_index (rows, 0))->operator_name, ==, os_user);
  g_assert_cmpstr (((LogRow *) g_ptr_array_index (rows, 1))->operator_name, ==, "统战委员王建国");
  g_assert_cmpstr (((LogRow *) g_ptr_array_index (rows, 2))->operator_name, ==, "统战委员王建国");
  g_assert_cmpstr (((LogRow *) g_ptr_array_index (rows, 3))->operator_name, ==, "统战委员王建国");
  g_assert_cmpstr (((LogRow *) g_ptr_array_index (rows, 3))->action, ==, "restore");
  g_assert_cmpstr (((LogRow *) g_ptr_array_index (rows, 4))->operator_name, ==, os_user);
}

/* With a pinned clock the log is the same on every run. */
static void
test_pinned_times (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) pin = g_date_time_new_utc (2025, 1, 28, 12, 0, 0);
  g_autoptr(TxRecord) person = g_object_new (TX_TYPE_PERSON, "name", "欧阳娜娜", NULL);
  g_autoptr(GPtrArray) rows = NULL;

  tx_database_pin_clock (fixture->db, pin);
  save_ok (fixture->db, person);
  g_assert_true (tx_store_trash (fixture->db, person, &error));

  rows = read_log (fixture->db);
  g_assert_cmpuint (rows->len, ==, 2);
  /* the log row follows the save it records */
  g_assert_cmpstr (tx_record_get_created (person), ==, "2025-01-28T12:00:00.000Z");
  g_assert_cmpstr (((LogRow *) g_ptr_array_index (rows, 0))->time, >=, tx_record_get_created (person));
  g_assert_cmpstr (((LogRow *) g_ptr_array_index (rows, 0))->time, <, "2025-01-28T12:00:01.000Z");
  g_assert_cmpstr (((LogRow *) g_ptr_array_index (rows, 1))->time, >=, tx_record_get_trashed (person));
  g_assert_cmpstr (((LogRow *) g_ptr_array_index (rows, 1))->time, <, "2025-01-28T12:00:01.000Z");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("TONGXIN_NOW");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/changelog/every-action", test_every_action);
  ADD ("/changelog/no-change-no-row", test_no_change_no_row);
  ADD ("/changelog/no-sensitive-values", test_no_sensitive_values);
  ADD ("/changelog/operator", test_operator);
  ADD ("/changelog/pinned-times", test_pinned_times);

#undef ADD
  return g_test_run ();
}
