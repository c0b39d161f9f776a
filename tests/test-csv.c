/* test-csv.c — rosters from Excel in and out: real files written in the
 * test (GB18030 through g_convert, UTF-8 with a BOM), a real database
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sys/stat.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/exchange/tx-csv-export.h"
#include "core/exchange/tx-csv-import.h"
#include "core/model/tx-community.h"
#include "core/model/tx-person.h"
#include "core/db/tx-store.h"

#include "tx-test-util.h"

typedef struct
{
  char       *dir;
  TxDatabase *db;
} Fixture;

static void
save_community (TxDatabase *db,
                const char *code,
                const char *name)
{
  g_autoptr(TxCommunity) community = tx_community_new ();
  g_autoptr(GError) error = NULL;

  tx_community_set_code (community, code);
  tx_community_set_name (community, name);
  g_assert_true (tx_store_save (db, TX_RECORD (community), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = tx_test_make_temp_dir ("csv");
  fixture->db = tx_test_open_database (fixture->dir, "tongxin.db");
  save_community (fixture->db, "110101001001", "东风社区");
  save_community (fixture->db, "110101001002", "朝阳社区");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->db);
  tx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* ---- helpers ----------------------------------------------------------------- */

/* Every row of every table, in rowid order: two equal dumps mean nothing
 * was written. */
static char *
dump_database (TxDatabase *db)
{
  sqlite3 *handle = tx_database_get_handle (db);
  GString *dump = g_string_new (NULL);
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name", -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", sqlite3_column_text (tables, 0));
      sqlite3_stmt *rows = NULL;

      if (sqlite3_prepare_v2 (handle, sql, -1, &rows, NULL) != SQLITE_OK)
        continue;   /* virtual tables of FTS modules */
      g_string_append_printf (dump, "== %s\n", sqlite3_column_text (tables, 0));
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (rows); c++)
            g_string_append_printf (dump, "%s|", sqlite3_column_text (rows, c) ? (const char *) sqlite3_column_text (rows, c) : "∅");
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);
  return g_string_free (dump, FALSE);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *bytes,
            gsize       length)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, bytes, length, &error);
  g_assert_no_error (error);
  return path;
}

static char *
write_gb18030 (Fixture    *fixture,
               const char *name,
               const char *utf8)
{
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, &error);

  g_assert_no_error (error);
  /* GB18030 Chinese is never valid UTF-8: detection has work to do */
  g_assert_false (g_utf8_validate (gb, length, NULL));
  return write_file (fixture, name, gb, length);
}

static char *
write_utf8_bom (Fixture    *fixture,
                const char *name,
                const char *utf8)
{
  g_autofree char *text = g_strconcat ("\xEF\xBB\xBF", utf8, NULL);

  return write_file (fixture, name, text, strlen (text));
}

static char *
person_text (TxDatabase *db,
             const char *column_sql,
             const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM person WHERE name = ?", column_sql);

  return tx_test_dup_text (db, sql, name);
}

static const TxCsvRowResult *
find_row (TxCsvReport *report,
          guint        line)
{
  for (guint i = 0; i < report->rows->len; i++)
    {
      TxCsvRowResult *row = g_ptr_array_index (report->rows, i);

      if (row->line == line)
        return row;
    }
  g_assert_not_reached ();
}

/* ---- a roster as offices send it ------------------------------------------------ */

/* Title rows, 序号, padded names, full-width digits, four date forms, a
 * quoted cell with a comma and one with a line break, a blank row, a
 * subtotal and a note under the table; CRLF as Excel writes. */
static char *
real_roster (void)
{
  g_autofree char *id1 = tx_test_make_id_number ("110101", "19650315", "011");
  g_autofree char *id2 = tx_test_make_id_number ("110102", "19650312", "022");
  g_autofree char *id4 = tx_test_make_id_number ("110105", "19650312", "042");

  return g_strdup_printf (
    "东风街道统战对象花名册,,,,,,,,,,,,\r\n"
    "填报单位：东风街道统战办　截止日期：2026年6月30日,,,,,,,,,,,,\r\n"
    "序号,姓名,性别,民族,出生年月,身份证号,政治面貌,学历,工作单位及职务,联系电话,社区,统战类别,备注\r\n"
    "1,张  三,男,汉,1965年3月,%s,民盟,本科,东风中学 教师,１３８００１３８０００,东风社区,民主党派成员、党外知识分子,\r\n"
    "2,李四,女,回族,1965.03.12,%s,无党派人士,研究生,\"朝阳医院,主任医师\",13900001111,朝阳,少数民族人士/无党派人士,\"爱好摄影\r\n擅长书法\"\r\n"
    "3,王五,男,汉族,1965-3-12,,群众,大专,个体,13700002222,110101001001,自由职业人员,'=1+1\r\n"
    ",,,,,,,,,,,,\r\n"
    "4,赵六,女,汉族,19650312,%s,中共党员,硕士,区政府,13600003333,东风社区,其他需要联系和团结的人员,\r\n"
    "合计,4人,,,,,,,,,,,\r\n"
    "制表人：刘某,,,,,,,,,,,,\r\n",
    id1, id2, id4);
}

static void
assert_roster_imported (TxDatabase *db)
{
  g_autofree char *dongfeng = tx_test_dup_existing_text (db, "SELECT uuid FROM community WHERE code = '110101001001'", NULL);
  g_autofree char *chaoyang = tx_test_dup_existing_text (db, "SELECT uuid FROM community WHERE code = '110101001002'", NULL);
  struct { const char *name, *column, *expected; } checks[] = {
    { "张三", "gender", "1" }, { "张三", "ethnicity", "01" }, { "张三", "birth_date", "1965-03" },
    { "张三", "political_status", "05" }, { "张三", "education", "21" }, { "张三", "document_type", "01" },
    { "张三", "work_unit", "东风中学 教师" }, { "张三", "phone", "13800138000" }, { "张三", "community", dongfeng },
    { "李四", "gender", "2" }, { "李四", "ethnicity", "03" }, { "李四", "birth_date", "1965-03-12" },
    { "李四", "political_status", "12" }, { "李四", "education", "14" },
    { "李四", "work_unit", "朝阳医院,主任医师" }, { "李四", "community", chaoyang },
    { "李四", "notes", "爱好摄影\r\n擅长书法" },
    { "王五", "birth_date", "1965-03-12" }, { "王五", "document_number", NULL }, { "王五", "community", dongfeng },
    { "王五", "notes", "=1+1" },
    { "赵六", "birth_date", "1965-03-12" }, { "赵六", "political_status", "01" }, { "赵六", "status", "1" },
  };

  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person", NULL), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      g_autofree char *value = person_text (db, checks[i].column, checks[i].name);

      g_test_message ("%s %s", checks[i].name, checks[i].column);
      g_assert_cmpstr (value, ==, checks[i].expected);
    }
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_category pc JOIN person p ON p.uuid = pc.owner "
                                      "WHERE p.name = '张三' AND pc.category IN ('01', '03')", NULL), ==, 2);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_category pc JOIN person p ON p.uuid = pc.owner "
                                      "WHERE p.name = '李四' AND pc.category IN ('02', '04')", NULL), ==, 2);
  /* 自由职业人员, one of the fifteen older categories, is 新的社会阶层人士 */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_category pc JOIN person p ON p.uuid = pc.owner "
                                      "WHERE p.name = '王五' AND pc.category = '07'", NULL), ==, 1);
}

static void
assert_roster_report (TxCsvReport *report)
{
  g_assert_cmpuint (report->counts[TX_CSV_ROW_NEW], ==, 4);
  g_assert_cmpuint (report->counts[TX_CSV_ROW_INVALID], ==, 0);
  g_assert_cmpuint (report->n_ignored, ==, 2);
  /* lines of the file: 李四's note spans lines 5 and 6 */
  g_assert_cmpstr (find_row (report, 4)->name, ==, "张三");
  g_assert_cmpstr (find_row (report, 5)->name, ==, "李四");
  g_assert_cmpstr (find_row (report, 7)->name, ==, "王五");
  g_assert_cmpstr (find_row (report, 9)->name, ==, "赵六");
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (report->legacy, "自由职业人员")), ==, 1);
  g_assert_nonnull (strstr (find_row (report, 7)->message, "自由职业人员"));
}

static void
import_roster (Fixture    *fixture,
               const char *path,
               const char *encoding,
               const char *expected_encoding)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxCsvImport) import = tx_csv_import_new_for_file (path, encoding, &error);
  g_autoptr(TxCsvReport) trial = NULL;
  g_autoptr(TxCsvReport) report = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (tx_csv_import_get_encoding (import), ==, expected_encoding);
  g_assert_cmpuint (tx_csv_import_get_n_rows (import), ==, 4);
  g_assert_cmpint (tx_csv_import_get_column_target (import, 0), ==, TX_CSV_TARGET_SERIAL);
  g_assert_cmpint (tx_csv_import_get_column_target (import, 8), ==, TX_CSV_TARGET_WORK_UNIT_AND_POST);

  /* the trial run writes nothing */
  before = dump_database (fixture->db);
  trial = tx_csv_import_trial (import, fixture->db, TX_CSV_ON_EXISTING_UPDATE, &error);
  g_assert_no_error (error);
  assert_roster_report (trial);
  after = dump_database (fixture->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (trial->applied);

  g_assert_true (tx_csv_import_apply (import, fixture->db, TX_CSV_ON_EXISTING_UPDATE, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_true (report->applied);
  assert_roster_report (report);
  assert_roster_imported (fixture->db);
}

static void
test_gb18030 (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *roster = real_roster ();
  g_autofree char *path = write_gb18030 (fixture, "roster-gb.csv", roster);

  import_roster (fixture, path, NULL, "GB18030");
}

static void
test_utf8_bom (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *roster = real_roster ();
  g_autofree char *path = write_utf8_bom (fixture, "roster-utf8.csv", roster);

  import_roster (fixture, path, NULL, "UTF-8");
}

/* Excel's "Unicode text": UTF-16 with a BOM, tab-separated */
static void
test_utf16 (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *id = tx_test_make_id_number ("110101", "19650315", "011");
  g_autofree char *text = g_strdup_printf ("\xEF\xBB\xBF姓名\t身份证号\t民族\r\n张三\t%s\t汉族\r\n", id);
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *utf16 = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &length, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TxCsvImport) import = NULL;
  g_autoptr(TxCsvReport) report = NULL;
  g_autofree char *ethnicity = NULL;

  g_assert_no_error (error);
  g_assert_true (memcmp (utf16, "\xFF\xFE", 2) == 0);
  bytes = g_bytes_new (utf16, length);
  import = tx_csv_import_new_for_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tx_csv_import_get_encoding (import), ==, "UTF-16LE");
  g_assert_cmpint (tx_csv_import_get_column_target (import, 0), ==, TX_CSV_TARGET_NAME);
  g_assert_true (tx_csv_import_apply (import, fixture->db, TX_CSV_ON_EXISTING_UPDATE, FALSE, &report, &error));
  g_assert_no_error (error);
  ethnicity = person_text (fixture->db, "ethnicity", "张三");
  g_assert_cmpstr (ethnicity, ==, "01");
}

/* the detection can be overruled both ways */
static void
test_encoding_override (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *roster = real_roster ();
  g_autofree char *path = write_gb18030 (fixture, "roster-gb.csv", roster);
  g_autoptr(GError) error = NULL;
  g_autoptr(TxCsvImport) wrong = tx_csv_import_new_for_file (path, "UTF-8", &error);

  g_assert_null (wrong);
  g_assert_error (error, TX_CSV_ERROR, TX_CSV_ERROR_ENCODING);
  g_clear_error (&error);

  import_roster (fixture, path, "GBK", "GBK");
}

/* ---- bad rows -------------------------------------------------------------------- */

static char *
bad_roster (void)
{
  g_autofree char *good1 = tx_test_make_id_number ("110101", "19700101", "013");
  g_autofree char *good2 = tx_test_make_id_number ("110101", "19710203", "024");
  g_autofree char *wrong_check = tx_test_make_id_number ("110101", "19700101", "035");

  /* the last character changed: the check fails */
  wrong_check[17] = wrong_check[17] == '1' ? '2' : '1';
  return g_strdup_printf (
    "序号,姓名,性别,民族,出生日期,公民身份号码,手机\n"
    "1,好人,男,汉族,1970-01-01,%s,13800000001\n"
    "2,坏号,男,汉族,1970-01-01,1.10102E+17,13800000002\n"
    "3,错号,男,汉族,1970-01-01,%s,13800000003\n"
    "4,火星,男,火星族,1970-01-01,,13800000004\n"
    "5,好人二,女,汉族,1971-02-03,%s,13800000005\n"
    "小计,,,,,,\n",
    good1, wrong_check, good2);
}

static void
assert_bad_report (TxCsvReport *report)
{
  g_assert_cmpuint (report->counts[TX_CSV_ROW_NEW], ==, 2);
  g_assert_cmpuint (report->counts[TX_CSV_ROW_INVALID], ==, 3);
  g_assert_cmpuint (report->n_ignored, ==, 1);
  g_assert_cmpint (find_row (report, 2)->action, ==, TX_CSV_ROW_NEW);
  g_assert_cmpint (find_row (report, 3)->action, ==, TX_CSV_ROW_INVALID);
  g_assert_nonnull (strstr (find_row (report, 3)->message, "Excel"));
  g_assert_cmpint (find_row (report, 4)->action, ==, TX_CSV_ROW_INVALID);
  g_assert_nonnull (strstr (find_row (report, 4)->message, "check"));
  g_assert_cmpint (find_row (report, 5)->action, ==, TX_CSV_ROW_INVALID);
  g_assert_nonnull (strstr (find_row (report, 5)->message, "火星族"));
  g_assert_cmpint (find_row (report, 6)->action, ==, TX_CSV_ROW_NEW);
}

static void
test_invalid_rows (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *roster = bad_roster ();
  g_autofree char *path = write_utf8_bom (fixture, "bad.csv", roster);
  g_autoptr(GError) error = NULL;
  g_autoptr(TxCsvImport) import = tx_csv_import_new_for_file (path, NULL, &error);
  g_autoptr(TxCsvReport) refused = NULL;
  g_autoptr(TxCsvReport) applied = NULL;
  g_autofree char *before = dump_database (fixture->db);
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  /* without skipping: nothing written, the bad rows reported */
  g_assert_false (tx_csv_import_apply (import, fixture->db, TX_CSV_ON_EXISTING_UPDATE, FALSE, &refused, &error));
  g_assert_error (error, TX_CSV_ERROR, TX_CSV_ERROR_INVALID_ROWS);
  g_clear_error (&error);
  assert_bad_report (refused);
  g_assert_false (refused->applied);
  after = dump_database (fixture->db);
  g_assert_cmpstr (before, ==, after);

  /* skipping them: the two good rows go in */
  g_assert_true (tx_csv_import_apply (import, fixture->db, TX_CSV_ON_EXISTING_UPDATE, TRUE, &applied, &error));
  g_assert_no_error (error);
  assert_bad_report (applied);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM person", NULL), ==, 2);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM person WHERE name IN ('好人', '好人二')", NULL), ==, 2);
}

/* ---- people already in the archive --------------------------------------------------- */

static TxCsvReport *
apply_text (Fixture         *fixture,
            const char      *text,
            TxCsvOnExisting  on_existing)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(TxCsvImport) import = tx_csv_import_new_for_bytes (bytes, NULL, &error);
  TxCsvReport *report = NULL;

  g_assert_no_error (error);
  g_assert_true (tx_csv_import_apply (import, fixture->db, on_existing, FALSE, &report, &error));
  g_assert_no_error (error);
  return report;
}

static void
test_existing (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *id = tx_test_make_id_number ("110101", "19650315", "011");
  g_autofree char *first = g_strdup_printf ("姓名,身份证号,联系电话\n张三,%s,13800138000\n", id);
  g_autofree char *second = g_strdup_printf ("姓名,身份证号,联系电话\n张三,%s,13999999999\n", id);
  g_autoptr(TxCsvReport) created = apply_text (fixture, first, TX_CSV_ON_EXISTING_UPDATE);
  g_autoptr(TxCsvReport) skipped = NULL;
  g_autoptr(TxCsvReport) updated = NULL;
  g_autoptr(TxCsvReport) unchanged = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpuint (created->counts[TX_CSV_ROW_NEW], ==, 1);
  /* birth date and gender read from the ID number */
  phone = person_text (fixture->db, "birth_date || '/' || gender", "张三");
  g_assert_cmpstr (phone, ==, "1965-03-15/1");
  g_clear_pointer (&phone, g_free);

  before = dump_database (fixture->db);
  skipped = apply_text (fixture, second, TX_CSV_ON_EXISTING_SKIP);
  g_assert_cmpuint (skipped->counts[TX_CSV_ROW_SKIP], ==, 1);
  after = dump_database (fixture->db);
  g_assert_cmpstr (before, ==, after);

  updated = apply_text (fixture, second, TX_CSV_ON_EXISTING_UPDATE);
  g_assert_cmpuint (updated->counts[TX_CSV_ROW_UPDATE], ==, 1);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM person", NULL), ==, 1);
  phone = person_text (fixture->db, "phone", "张三");
  g_assert_cmpstr (phone, ==, "13999999999");

  unchanged = apply_text (fixture, second, TX_CSV_ON_EXISTING_UPDATE);
  g_assert_cmpuint (unchanged->counts[TX_CSV_ROW_UNCHANGED], ==, 1);
  g_assert_cmpuint (unchanged->counts[TX_CSV_ROW_UPDATE], ==, 0);
}

/* Without an ID number a row is always a new person; a namesake without
 * one is pointed out, not merged. */
static void
test_no_id_number (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *text = "姓名,性别,出生日期\n王五,男,1965-03-12\n";
  g_autoptr(TxCsvReport) first = apply_text (fixture, text, TX_CSV_ON_EXISTING_UPDATE);
  g_autoptr(TxCsvReport) second = NULL;

  g_assert_cmpuint (first->counts[TX_CSV_ROW_NEW], ==, 1);
  g_assert_null (find_row (first, 2)->message);
  second = apply_text (fixture, text, TX_CSV_ON_EXISTING_UPDATE);
  g_assert_cmpuint (second->counts[TX_CSV_ROW_NEW], ==, 1);
  g_assert_nonnull (strstr (find_row (second, 2)->message, "without an ID number"));
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM person WHERE name = '王五'", NULL), ==, 2);
}

/* ---- the caller's mapping ---------------------------------------------------------- */

static void
test_mapping_override (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *text = "姓名,单位电话,性别\n钱七,010-88886666,女\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(TxCsvImport) import = tx_csv_import_new_for_bytes (bytes, NULL, &error);
  g_autoptr(TxCsvReport) refused = NULL;
  g_autoptr(TxCsvReport) report = NULL;
  g_autofree char *phone = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (tx_csv_import_get_column_target (import, 1), ==, TX_CSV_TARGET_NONE);
  g_assert_cmpstr (tx_csv_import_get_column_header (import, 1), ==, "单位电话");

  /* two columns for one field is refused */
  tx_csv_import_set_column_target (import, 1, TX_CSV_TARGET_GENDER);
  refused = tx_csv_import_trial (import, fixture->db, TX_CSV_ON_EXISTING_UPDATE, &error);
  g_assert_null (refused);
  g_assert_error (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING);
  g_clear_error (&error);

  g_assert_cmpint (tx_csv_target_from_key ("phone-other"), ==, TX_CSV_TARGET_PHONE_OTHER);
  tx_csv_import_set_column_target (import, 1, tx_csv_target_from_key ("phone-other"));
  g_assert_true (tx_csv_import_apply (import, fixture->db, TX_CSV_ON_EXISTING_UPDATE, FALSE, &report, &error));
  g_assert_no_error (error);
  phone = person_text (fixture->db, "phone_other", "钱七");
  g_assert_cmpstr (phone, ==, "010-88886666");
}

/* values as offices write them, each mapped on its own */
static void
test_values (Fixture       *fixture,
             gconstpointer  data)
{
  struct { const char *text, *expected; } dates[] = {
    { "1965年3月", "1965-03" }, { "1965.03.12", "1965-03-12" }, { "1965-3-12", "1965-03-12" },
    { "19650312", "1965-03-12" }, { "1965/3/12 0:00", "1965-03-12" }, { "１９６５年３月１２日", "1965-03-12" },
  };
  g_autoptr(GHashTable) legacy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) categories = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *folded = tx_csv_fold (dates[i].text);
      g_autofree char *iso = tx_csv_map_date (folded, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, dates[i].expected);
    }
  g_assert_true (tx_csv_is_excel_number ("1.10102E+17"));
  g_assert_true (tx_csv_is_excel_number ("１.１０１０２Ｅ＋１７"));
  g_assert_false (tx_csv_is_excel_number ("110101196503150117"));

  /* a name holding a 、 itself, an older name, a short name, mixed separators */
  categories = tx_csv_map_categories (fixture->db, "香港同胞、澳门同胞，自由职业人员;原工商业者/少数民族", legacy, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (categories, ((const char * const[]) { "04", "07", "09", "12", NULL }));
  g_assert_cmpuint (g_hash_table_size (legacy), ==, 2);

  g_assert_null (tx_csv_map_categories (fixture->db, "火星人", NULL, &error));
  g_assert_error (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING);
  g_clear_error (&error);

  g_assert_cmpint (tx_csv_header_target ("联系电话（手机）"), ==, TX_CSV_TARGET_PHONE);
  g_assert_cmpint (tx_csv_header_target ("出生\n年月"), ==, TX_CSV_TARGET_BIRTH_DATE);
  g_assert_cmpint (tx_csv_header_target ("人员类别"), ==, TX_CSV_TARGET_CATEGORIES);
}

/* ---- export ----------------------------------------------------------------------- */

static void
save_person (TxDatabase *db,
             const char *name,
             const char *id,
             const char *phone,
             const char *notes,
             const char *work_unit)
{
  g_autoptr(TxPerson) person = tx_person_new ();
  g_autoptr(GError) error = NULL;

  tx_person_set_name (person, name);
  tx_person_set_document_type (person, "01");
  tx_person_set_document_number (person, id);
  tx_person_set_phone (person, phone);
  tx_person_set_address (person, "东风路1号");
  tx_person_set_notes (person, notes);
  tx_person_set_work_unit (person, work_unit);
  g_assert_true (tx_store_save (db, TX_RECORD (person), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
}

static char *
export_to (Fixture      *fixture,
           const char   *name,
           TxPrivacy  privacy)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TxPersonFilter filter;
  char *contents = NULL;
  guint n = 0;

  tx_person_filter_init (&filter);
  g_assert_true (tx_csv_export_filter (fixture->db, &filter, file, privacy, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, tx_test_count (fixture->db, "SELECT count(*) FROM person WHERE status = '1'", NULL));
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_export_format (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *id = tx_test_make_id_number ("110101", "19650315", "011");
  g_autofree char *path = g_build_filename (fixture->dir, "out.csv", NULL);
  g_autofree char *masked = NULL;
  g_autofree char *full = NULL;
  g_autofree char *omitted = NULL;
  g_autofree char *masked_id = g_strdup_printf ("\t110101********%s", id + 14);
  g_autofree char *full_id = g_strdup_printf ("\"\t%s\"", id);
  GStatBuf st;

  save_person (fixture->db, "张三", id, "13800138000", "=HYPERLINK(\"http://x\")", "@SUM(A1)");
  /* an existing, readable file is replaced by a private one */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  masked = export_to (fixture, "out.csv", TX_PRIVACY_MASKED);
  g_assert_true (g_str_has_prefix (masked, "\xEF\xBB\xBF序号,姓名,性别,"));
  g_assert_nonnull (strstr (masked, "\r\n1,张三,"));
  g_assert_null (strstr (masked, "\n1,张三,\n"));
  g_assert_null (strstr (masked, id));
  g_assert_nonnull (strstr (masked, masked_id));
  g_assert_nonnull (strstr (masked, "\"\t138****8000\""));
  g_assert_null (strstr (masked, "东风路"));
  /* formulas start with a quote; the cell's own quotes doubled */
  g_assert_nonnull (strstr (masked, "\"'=HYPERLINK(\"\"http://x\"\")\""));
  g_assert_nonnull (strstr (masked, ",'@SUM(A1),"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  full = export_to (fixture, "out.csv", TX_PRIVACY_FULL);
  g_assert_nonnull (strstr (full, full_id));
  g_assert_nonnull (strstr (full, "\"\t13800138000\""));
  g_assert_nonnull (strstr (full, "东风路1号"));

  omitted = export_to (fixture, "out.csv", TX_PRIVACY_OMIT);
  g_assert_nonnull (strstr (omitted, "\r\n1,张三,"));
  g_assert_null (strstr (omitted, "110101"));
  g_assert_null (strstr (omitted, "138"));
  g_assert_null (strstr (omitted, "东风路"));
}

/* The mapped fields of every person, one line each, sorted: equal in two
 * databases means the same people (communities by their code). */
static char *
mapped_fields (TxDatabase *db)
{
  const char *columns[] = {
    "name", "gender", "ethnicity", "birth_date", "native_place", "document_type", "document_number",
    "political_status", "education", "professional_title", "work_unit", "work_post", "phone",
    "phone_other", "address", "(SELECT c.code FROM community c WHERE c.uuid = p.community)",
    "(SELECT group_concat(category) FROM (SELECT category FROM person_category WHERE owner = p.uuid ORDER BY category))",
    "representative", "key_person", "status", "notes",
  };
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *sql = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    g_string_append_printf (line, "%sifnull(%s, '∅')", i > 0 ? " || '|' || " : "", columns[i]);
  sql = g_strdup_printf ("SELECT group_concat(line, char(10)) FROM (SELECT %s AS line FROM person p "
                         "WHERE trashed IS NULL ORDER BY line)", line->str);
  return tx_test_dup_existing_text (db, sql, NULL);
}

/* the first differing line, not two walls of text */
static void
assert_same_lines (const char *got,
                   const char *expected)
{
  g_auto(GStrv) a = g_strsplit (got, "\n", -1);
  g_auto(GStrv) b = g_strsplit (expected, "\n", -1);

  for (guint i = 0; a[i] != NULL && b[i] != NULL; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
  g_assert_cmpuint (g_strv_length (a), ==, g_strv_length (b));
}

static void
copy_communities (TxDatabase *from,
                  TxDatabase *to)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (tx_database_get_handle (from), "SELECT code, name FROM community WHERE code NOT IN "
                                       "('110101001001', '110101001002')", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    save_community (to, (const char *) sqlite3_column_text (stmt, 0), (const char *) sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);
}

/* demo people (every status) out in full and into an empty archive */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *demo_dir = g_build_filename (fixture->dir, "demo", NULL);
  g_autoptr(TxDatabase) demo = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "demo.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TxQuery) query = tx_query_new (TX_TYPE_PERSON);
  g_autoptr(GError) error = NULL;
  g_autoptr(TxCsvImport) import = NULL;
  g_autoptr(TxCsvReport) report = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *imported = NULL;
  guint n = 0;

  g_assert_cmpint (g_mkdir_with_parents (demo_dir, 0700), ==, 0);
  demo = tx_test_open_demo_database (demo_dir, 300, 7);
  copy_communities (demo, fixture->db);
  g_assert_true (tx_csv_export_query (demo, query, file, TX_PRIVACY_FULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, tx_test_count (demo, "SELECT count(*) FROM person WHERE trashed IS NULL", NULL));

  import = tx_csv_import_new_for_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tx_csv_import_get_n_rows (import), ==, n);
  g_assert_true (tx_csv_import_apply (import, fixture->db, TX_CSV_ON_EXISTING_UPDATE, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->counts[TX_CSV_ROW_NEW], ==, n);

  expected = mapped_fields (demo);
  imported = mapped_fields (fixture->db);
  assert_same_lines (imported, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/csv/import/gb18030", test_gb18030);
  ADD ("/csv/import/utf8-bom", test_utf8_bom);
  ADD ("/csv/import/encoding-override", test_encoding_override);
  ADD ("/csv/import/utf16", test_utf16);
  ADD ("/csv/import/invalid-rows", test_invalid_rows);
  ADD ("/csv/import/existing", test_existing);
  ADD ("/csv/import/no-id-number", test_no_id_number);
  ADD ("/csv/import/mapping-override", test_mapping_override);
  ADD ("/csv/import/values", test_values);
  ADD ("/csv/export/format", test_export_format);
  ADD ("/csv/export/round-trip", test_round_trip);
#undef ADD
  return g_test_run ();
}
