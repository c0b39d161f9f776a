/* test-migrations.c — the schema and the code tables loaded with it
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/model/tx-codes.h"
#include "core/text/tx-collate.h"
#include "core/db/tx-database-private.h"
#include "core/db/tx-database.h"
#include "core/db/tx-migrations.h"
#include "tx-test-util.h"

/* a temporary folder and the path of a database in it (tx-test-util.h) */
typedef TxTestFileFixture Fixture;

static gboolean
has_table (TxDatabase *db,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_auto(TxStatement) stmt = tx_database_prepare (db,
                                                  "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?",
                                                  &error);

  g_assert_no_error (error);
  tx_bind_text (stmt, 1, name);
  g_assert_cmpint (tx_database_step_row (db, stmt, &error), ==, 1);
  return sqlite3_column_int (stmt, 0) == 1;
}

static const char *tables[] = {
  "code", "category_legacy", "settings", "change_log",
  "community", "staff",
  "person", "person_category", "person_role", "person_circumstance", "person_photo",
  "activity", "activity_participant", "activity_photo",
  "visit", "visit_staff",
  "consultation", "consultation_attendee",
  "suggestion", "suggestion_proposer", "suggestion_history",
  "pairing", "pairing_contact",
};

static const char *kinds[] = {
  TX_CODE_CATEGORY, TX_CODE_GENDER, TX_CODE_ETHNICITY, TX_CODE_POLITICAL,
  TX_CODE_EDUCATION, TX_CODE_DEGREE, TX_CODE_DOCUMENT_TYPE, TX_CODE_PERSON_STATUS,
  TX_CODE_RELIGION, TX_CODE_ROLE_KIND, TX_CODE_ROLE_LEVEL, TX_CODE_CIRCUMSTANCE_KIND,
  TX_CODE_ACTIVITY_TYPE, TX_CODE_PARTICIPANT_STATE, TX_CODE_CONSULTATION_TYPE,
  TX_CODE_ATTENDEE_STATE, TX_CODE_VISIT_REASON, TX_CODE_HOLIDAY,
  TX_CODE_SUGGESTION_STATE, TX_CODE_SUGGESTION_CHANNEL, TX_CODE_SATISFACTION,
  TX_CODE_CONTACT_MODE, TX_CODE_OFFICE_LEVEL, TX_CODE_ADOPTION,
};

static void
assert_latest_schema (TxDatabase *db)
{
  g_assert_cmpint (tx_database_get_schema_version (db), ==, tx_database_latest_version ());
  g_assert_cmpint (tx_test_count (db, "PRAGMA application_id", NULL), ==, TX_DATABASE_APPLICATION_ID);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_test_message ("table %s", tables[i]);
      g_assert_true (has_table (db, tables[i]));
    }
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM pragma_foreign_key_check", NULL), ==, 0);
}

/* ---- a new file ---------------------------------------------------------- */

static void
test_fresh (Fixture       *fixture,
            gconstpointer  data)
{
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");

  assert_latest_schema (db);
  /* a new database has no records and an empty change log */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM change_log", NULL), ==, 0);
  /* the office settings travel with the data */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM settings WHERE key = 'meetings.briefings-per-year' AND value = '2'", NULL), ==, 1);
  g_assert_finalize_object (db);
}

static void
test_every_code_table (Fixture       *fixture,
                       gconstpointer  data)
{
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      gint64 n = tx_test_count (db, "SELECT count(*) FROM code WHERE kind = ?", kinds[i]);

      g_test_message ("kind %s: %" G_GINT64_FORMAT, kinds[i], n);
      g_assert_cmpint (n, >, 1);
      total += n;
    }
  /* no table loaded under a name the code does not know */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM code", NULL), ==, total);
  /* no header line loaded as a code, no stray carriage return or space */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM code WHERE code = 'code' OR name = 'name'", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM code WHERE name <> trim (name, ' ' || char (9, 13)) "
                              "OR code <> trim (code, ' ' || char (9, 13)) OR name = '' OR code = ''", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM category_legacy WHERE name <> trim (name, ' ' || char (9, 13)) "
                              "OR code <> trim (code, ' ' || char (9, 13))", NULL), ==, 0);
  /* the database's tables (written by the migrations) are the data files'
   * (what the drop-downs show), in the same order */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) stored = tx_codes_list (db, kinds[i], &error);
      GPtrArray *shipped = tx_code_table_rows (kinds[i]);

      g_assert_no_error (error);
      g_test_message ("kind %s", kinds[i]);
      g_assert_cmpuint (stored->len, ==, shipped->len);
      for (guint j = 0; j < stored->len; j++)
        {
          TxCode *a = g_ptr_array_index (stored, j);
          TxCode *b = g_ptr_array_index (shipped, j);

          g_assert_cmpstr (a->code, ==, b->code);
          g_assert_cmpstr (a->name, ==, b->name);
        }
    }
  /* every legacy category maps onto a current one */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM category_legacy WHERE code NOT IN "
                              "(SELECT code FROM code WHERE kind = 'category')", NULL), ==, 0);
  g_assert_finalize_object (db);
}

static void
assert_codes (TxDatabase  *db,
              const char  *kind,
              const char **expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) codes = tx_codes_list (db, kind, &error);
  guint n = g_strv_length ((char **) expected) / 2;

  g_assert_no_error (error);
  g_assert_cmpuint (codes->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      TxCode *code = g_ptr_array_index (codes, i);

      g_assert_cmpstr (code->code, ==, expected[2 * i]);
      g_assert_cmpstr (code->name, ==, expected[2 * i + 1]);
      g_assert_cmpstr (tx_codes_name (db, kind, expected[2 * i]), ==, expected[2 * i + 1]);
      g_assert_cmpstr (tx_codes_find (db, kind, expected[2 * i + 1]), ==, expected[2 * i]);
      g_assert_true (tx_codes_is_valid (db, kind, expected[2 * i]));
    }
}

static void
test_categories (Fixture       *fixture,
                 gconstpointer  data)
{
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  const char *expected[] = {
    "01", "民主党派成员",
    "02", "无党派人士",
    "03", "党外知识分子",
    "04", "少数民族人士",
    "05", "宗教界人士",
    "06", "非公有制经济人士",
    "07", "新的社会阶层人士",
    "08", "出国和归国留学人员",
    "09", "香港同胞、澳门同胞",
    "10", "台湾同胞及其在大陆的亲属",
    "11", "华侨、归侨及侨眷",
    "12", "其他需要联系和团结的人员",
    NULL
  };

  assert_codes (db, TX_CODE_CATEGORY, expected);
  g_assert_false (tx_codes_is_valid (db, TX_CODE_CATEGORY, "13"));
  g_assert_false (tx_codes_is_valid (db, TX_CODE_CATEGORY, "1"));
  g_assert_false (tx_codes_is_valid (db, TX_CODE_CATEGORY, NULL));
  g_assert_null (tx_codes_name (db, TX_CODE_CATEGORY, "00"));
  g_assert_finalize_object (db);
}

static void
test_ethnicity (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  g_autoptr(GPtrArray) codes = tx_codes_list (db, TX_CODE_ETHNICITY, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (codes->len, ==, 56 + 2);
  /* 01 … 56 in order, then 97 and 98 */
  for (guint i = 0; i < 56; i++)
    {
      g_autofree char *code = g_strdup_printf ("%02u", i + 1);
      TxCode *row = g_ptr_array_index (codes, i);

      g_assert_cmpstr (row->code, ==, code);
      g_assert_true (g_str_has_suffix (row->name, "族"));
    }
  g_assert_cmpstr (((TxCode *) g_ptr_array_index (codes, 56))->code, ==, "97");
  g_assert_cmpstr (((TxCode *) g_ptr_array_index (codes, 57))->code, ==, "98");

  g_assert_cmpstr (tx_codes_name (db, TX_CODE_ETHNICITY, "01"), ==, "汉族");
  g_assert_cmpstr (tx_codes_name (db, TX_CODE_ETHNICITY, "02"), ==, "蒙古族");
  g_assert_cmpstr (tx_codes_name (db, TX_CODE_ETHNICITY, "03"), ==, "回族");
  g_assert_cmpstr (tx_codes_name (db, TX_CODE_ETHNICITY, "05"), ==, "维吾尔族");
  g_assert_cmpstr (tx_codes_name (db, TX_CODE_ETHNICITY, "22"), ==, "畲族");
  g_assert_cmpstr (tx_codes_name (db, TX_CODE_ETHNICITY, "37"), ==, "仡佬族");
  g_assert_cmpstr (tx_codes_name (db, TX_CODE_ETHNICITY, "55"), ==, "珞巴族");
  g_assert_cmpstr (tx_codes_name (db, TX_CODE_ETHNICITY, "56"), ==, "基诺族");
  g_assert_cmpstr (tx_codes_name (db, TX_CODE_ETHNICITY, "97"), ==, "其他");
  g_assert_cmpstr (tx_codes_name (db, TX_CODE_ETHNICITY, "98"), ==, "外国血统中国籍人士");
  g_assert_cmpstr (tx_codes_find (db, TX_CODE_ETHNICITY, "朝鲜族"), ==, "10");
  g_assert_false (tx_codes_is_valid (db, TX_CODE_ETHNICITY, "57"));
  g_assert_false (tx_codes_is_valid (db, TX_CODE_ETHNICITY, "1"));
  g_assert_finalize_object (db);
}

static void
test_gender_and_political (Fixture       *fixture,
                           gconstpointer  data)
{
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  /* 男, 女 first, as offices expect them in a drop-down */
  const char *gender[] = {
    "1", "男",
    "2", "女",
    "0", "未知的性别",
    "9", "未说明的性别",
    NULL
  };
  const char *political[] = {
    "01", "中共党员",
    "02", "中共预备党员",
    "03", "共青团员",
    "04", "民革会员",
    "05", "民盟盟员",
    "06", "民建会员",
    "07", "民进会员",
    "08", "农工党党员",
    "09", "致公党党员",
    "10", "九三学社社员",
    "11", "台盟盟员",
    "12", "无党派人士",
    "13", "群众",
    NULL
  };

  assert_codes (db, TX_CODE_GENDER, gender);
  assert_codes (db, TX_CODE_POLITICAL, political);
  g_assert_false (tx_codes_is_valid (db, TX_CODE_GENDER, "3"));
  g_assert_finalize_object (db);
}

static void
test_legacy_categories (Fixture       *fixture,
                        gconstpointer  data)
{
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  /* the fifteen of the older articles, as they spell them */
  const char *legacy[] = {
    "各民主党派成员", "01",
    "无党派人士", "02",
    "党外知识分子", "03",
    "少数民族人士", "04",
    "宗教界人士", "05",
    "非公有制经济人士", "06",
    "私营企业和外资企业的管理技术人员", "07",
    "中介组织及从业人员", "07",
    "自由职业人员", "07",
    "原工商业者", "12",
    "起义投诚的原国民党军政人员及眷属", "12",
    "港澳同胞", "09",
    "台湾同胞、去台湾人员留在大陆的亲属", "10",
    "出国和归国留学人员", "08",
    "海外侨胞和归侨侨眷", "11",
  };

  /* and the usual ways of writing them */
  const char *variants[] = {
    "私营企业主", "06",
    "个体工商户", "06",
    "民营企业家", "06",
    "自由职业者", "07",
    "新媒体从业人员", "07",
    "去台人员亲属", "10",
    "台属", "10",
    "归侨侨眷", "11",
    "留学归国人员", "08",
    "香港同胞", "09",
  };

  for (guint i = 0; i < G_N_ELEMENTS (legacy); i += 2)
    {
      g_autofree char *code = tx_codes_map_category (db, legacy[i]);

      g_test_message ("%s", legacy[i]);
      g_assert_cmpstr (code, ==, legacy[i + 1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (variants); i += 2)
    {
      g_autofree char *code = tx_codes_map_category (db, variants[i]);

      g_test_message ("%s", variants[i]);
      g_assert_cmpstr (code, ==, variants[i + 1]);
    }

  /* a current name, a current code, spaces around, and nonsense */
  {
    g_autofree char *by_name = tx_codes_map_category (db, "新的社会阶层人士");
    g_autofree char *by_code = tx_codes_map_category (db, "07");
    g_autofree char *spaced = tx_codes_map_category (db, " 自由职业人员\t");
    g_autofree char *without_ge = tx_codes_map_category (db, "民主党派成员");
    g_autofree char *unknown = tx_codes_map_category (db, "街头艺人");
    g_autofree char *empty = tx_codes_map_category (db, "");

    g_assert_cmpstr (by_name, ==, "07");
    g_assert_cmpstr (by_code, ==, "07");
    g_assert_cmpstr (spaced, ==, "07");
    g_assert_cmpstr (without_ge, ==, "01");
    g_assert_null (unknown);
    g_assert_null (empty);
    g_assert_null (tx_codes_map_category (db, NULL));
  }
  g_assert_finalize_object (db);
}

/* ---- older files ---------------------------------------------------------- */

static void
test_from_every_older_version (Fixture       *fixture,
                               gconstpointer  data)
{
  for (int version = 0; version < tx_database_latest_version (); version++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("v%d.db", version);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      TxDatabase *db = _tx_database_open_at_version (path, version, &error);

      g_test_message ("from version %d", version);
      g_assert_no_error (error);
      g_assert_cmpint (tx_database_get_schema_version (db), ==, version);
      if (version == 0)
        g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM sqlite_schema", NULL), ==, 0);
      g_assert_finalize_object (db);

      db = tx_test_open_database (fixture->dir, name);
      assert_latest_schema (db);
      g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM code WHERE kind = ?", TX_CODE_CATEGORY), ==, 12);
      g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM code WHERE kind = ?", TX_CODE_ETHNICITY), ==, 58);
      g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM category_legacy", NULL), >=, 15);
      g_assert_finalize_object (db);
    }
}

static void
test_reopen_is_noop (Fixture       *fixture,
                     gconstpointer  data)
{
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  gint64 codes = tx_test_count (db, "SELECT count(*) FROM code", NULL);
  gint64 legacy = tx_test_count (db, "SELECT count(*) FROM category_legacy", NULL);
  gint64 settings = tx_test_count (db, "SELECT count(*) FROM settings", NULL);
  gint64 schema = tx_test_count (db, "SELECT count(*) FROM sqlite_schema", NULL);

  g_assert_cmpint (codes, >, 0);
  g_assert_finalize_object (db);

  for (guint i = 0; i < 2; i++)
    {
      db = tx_test_open_database (fixture->dir, "tongxin.db");
      g_assert_cmpint (tx_database_get_schema_version (db), ==, tx_database_latest_version ());
      g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM code", NULL), ==, codes);
      g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM category_legacy", NULL), ==, legacy);
      g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM settings", NULL), ==, settings);
      g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM sqlite_schema", NULL), ==, schema);
      g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM change_log", NULL), ==, 0);
      g_assert_finalize_object (db);
    }
}

/* Two connections on one new file: the second finds the work done. */
static void
test_two_openers (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TxDatabase *bare = _tx_database_open_at_version (fixture->path, 0, &error);
  TxDatabase *first;
  TxDatabase *second;

  g_assert_no_error (error);
  first = tx_test_open_database (fixture->dir, "tongxin.db");
  second = tx_test_open_database (fixture->dir, "tongxin.db");
  g_assert_cmpint (tx_database_get_schema_version (bare), ==, tx_database_latest_version ());
  g_assert_cmpint (tx_test_count (second, "SELECT count(*) FROM code WHERE kind = 'category'", NULL), ==, 12);
  g_assert_finalize_object (bare);
  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
}

/* A migration that fails half-way leaves the file as it was. */
static void
test_failed_migration (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;"
                                          "CREATE TABLE pairing_contact (x);",
                                          TX_DATABASE_APPLICATION_ID);
  TxDatabase *db = _tx_database_open_at_version (fixture->path, 0, &error);

  g_assert_no_error (error);
  /* a table in the way of the last statement of schema 1 */
  g_assert_true (tx_database_exec (db, sql, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  g_assert_null (tx_database_open (fixture->path, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_OPEN);
  g_clear_error (&error);

  db = _tx_database_open_at_version (fixture->path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tx_database_get_schema_version (db), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM sqlite_schema", NULL), ==, 1);
  g_assert_false (tx_database_in_transaction (db));
  g_assert_finalize_object (db);
}

/* ---- the suggestion handling migration ------------------------------------ */

static gboolean
suggestion_has_adoption (TxDatabase *db)
{
  return tx_test_count (db, "SELECT count(*) FROM pragma_table_info ('suggestion') WHERE name = 'adoption'",
                        NULL) == 1;
}

/* The version just before the migration that made the adoption an
 * attribute (found, not written down: the lead renumbers migrations). */
static int
version_before_adoption (Fixture *fixture)
{
  for (int version = 1; version <= tx_database_latest_version (); version++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("probe%d.db", version);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      TxDatabase *db = _tx_database_open_at_version (path, version, &error);
      gboolean has;

      g_assert_no_error (error);
      has = suggestion_has_adoption (db);
      g_assert_finalize_object (db);
      if (has)
        return version - 1;
    }
  g_assert_not_reached ();
}

static void
insert_old_suggestion (TxDatabase *db,
                       const char *uuid,
                       const char *state,
                       const char *history)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) steps = g_strsplit (history, " ", -1);
  g_autofree char *sql = g_strdup_printf ("INSERT INTO suggestion (uuid, created, modified, title, state)"
                                          " VALUES ('%s', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z',"
                                          " '建议', '%s')", uuid, state);

  g_assert_true (tx_database_exec (db, sql, &error));
  for (guint i = 0; steps[i] != NULL; i++)
    {
      g_autofree char *step = g_strdup_printf ("INSERT INTO suggestion_history (owner, position, state, date, note)"
                                               " VALUES ('%s', %u, '%s', '2024-01-0%u', %s)",
                                               uuid, i, steps[i], i + 1,
                                               g_str_equal (steps[i], "06") ? "'按建议办理'" : "NULL");

      g_assert_true (tx_database_exec (db, step, &error));
    }
  g_assert_no_error (error);
}

static char *
dup_text (TxDatabase *db,
          const char *sql,
          const char *arg)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  tx_bind_text (stmt, 1, arg);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup (tx_column_text (stmt, 0));
}

/* Old states 04 办理, 06 采纳, 07 未采纳 are folded into the new path; the
 * adoption result comes from the state or the history. */
static void
test_suggestion_states (Fixture       *fixture,
                        gconstpointer  data)
{
  static const struct { const char *uuid, *state, *history, *new_state, *adoption; } cases[] = {
    { "s1", "01", "01", "01", NULL },
    { "s2", "04", "01 02 03 04", "03", NULL },
    { "s3", "05", "01 02 03 04 05", "05", NULL },
    { "s4", "06", "01 02 03 04 05 06", "05", "1" },
    { "s5", "07", "01 05 07", "05", "5" },
    { "s6", "09", "01 05 06 08 09", "09", "1" },
    { "s7", "08", "01 05 07 08", "08", "5" },
    { "s8", "09", "01 02 09", "09", NULL },
  };
  g_autoptr(GError) error = NULL;
  int before = version_before_adoption (fixture);
  TxDatabase *db = _tx_database_open_at_version (fixture->path, before, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    insert_old_suggestion (db, cases[i].uuid, cases[i].state, cases[i].history);
  g_assert_finalize_object (db);

  db = tx_test_open_database (fixture->dir, "tongxin.db");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *state = dup_text (db, "SELECT state FROM suggestion WHERE uuid = ?", cases[i].uuid);
      g_autofree char *adoption = dup_text (db, "SELECT adoption FROM suggestion WHERE uuid = ?", cases[i].uuid);

      g_test_message ("%s", cases[i].uuid);
      g_assert_cmpstr (state, ==, cases[i].new_state);
      g_assert_cmpstr (adoption, ==, cases[i].adoption);
    }
  /* no retired state is left, in the records or their history */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion WHERE state IN ('04', '06', '07')", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion_history WHERE state IN ('04', '06', '07')", NULL), ==, 0);
  /* the history keeps the old result in words, and its note */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion_history WHERE owner = 's4' AND state = '05'"
                                  " AND note = '采纳：按建议办理'", NULL), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion_history WHERE owner = 's5' AND state = '05'"
                                  " AND note = '未采纳'", NULL), ==, 1);
  /* the office level nobody chose is not assumed any more */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM settings WHERE key = 'office.level' AND value IS NULL",
                                  NULL), ==, 1);
  g_assert_finalize_object (db);
}

/* Keys made by an older collation are recomputed on the next open. */
static void
test_sort_keys_refreshed (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  g_autofree char *expected = tx_collate_stroke_key ("于丹");
  g_autofree char *expected_pinyin = tx_collate_pinyin_key ("于丹");
  g_autofree char *stored = NULL, *stored_pinyin = NULL;

  g_assert_true (tx_database_exec (db,
                                   "INSERT INTO person (uuid, created, modified, name, sort_pinyin, sort_strokes)"
                                   " VALUES ('p1', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z',"
                                   " '于丹', 'yu2 dan1 !', '0304 yu2 dan1 !');"
                                   "UPDATE local_state SET value = '1' WHERE key = 'sort-keys.version';",
                                   &error));
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  db = tx_test_open_database (fixture->dir, "tongxin.db");
  stored = dup_text (db, "SELECT sort_strokes FROM person WHERE uuid = ?", "p1");
  stored_pinyin = dup_text (db, "SELECT sort_pinyin FROM person WHERE uuid = ?", "p1");
  g_assert_cmpstr (stored, ==, expected);
  g_assert_cmpstr (stored_pinyin, ==, expected_pinyin);
  /* the record itself did not change */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE modified = '2024-01-01T00:00:00.000Z'",
                                  NULL), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM change_log", NULL), ==, 0);
  g_assert_finalize_object (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, tx_test_file_fixture_set_up, func, tx_test_file_fixture_tear_down)

  ADD ("/migrations/fresh", test_fresh);
  ADD ("/migrations/codes/every-table", test_every_code_table);
  ADD ("/migrations/codes/categories", test_categories);
  ADD ("/migrations/codes/ethnicity", test_ethnicity);
  ADD ("/migrations/codes/gender-and-political", test_gender_and_political);
  ADD ("/migrations/codes/legacy-categories", test_legacy_categories);
  ADD ("/migrations/from-every-older-version", test_from_every_older_version);
  ADD ("/migrations/reopen-is-noop", test_reopen_is_noop);
  ADD ("/migrations/two-openers", test_two_openers);
  ADD ("/migrations/failed", test_failed_migration);
  ADD ("/migrations/suggestion-states", test_suggestion_states);
  ADD ("/migrations/sort-keys-refreshed", test_sort_keys_refreshed);

#undef ADD
  return g_test_run ();
}
