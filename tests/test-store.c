/* test-store.c — what the save flags leave out, and the statement cache
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib.h>
#include <sqlite3.h>

#include "core/db/tx-database.h"
#include "core/db/tx-store.h"
#include "core/model/tx-person.h"
#include "core/model/tx-record.h"
#include "tx-test-util.h"

static gint64
change_rows (TxDatabase *db,
             const char *uuid)
{
  return tx_test_count (db, "SELECT count(*) FROM change_log WHERE uuid = ?", uuid);
}

/* A trial run's save writes the record and no change-log row, for an
 * insert and for an update; the same saves without the flag write one
 * each, as the rows show. */
static void
test_trial_save_writes_no_change_log (TxTestDatabaseFixture *fixture,
                                      gconstpointer          data)
{
  TxDatabase *db = fixture->db;
  g_autoptr(TxRecord) quiet = g_object_new (TX_TYPE_PERSON, "name", "欧阳娜娜", NULL);
  g_autoptr(TxRecord) logged = g_object_new (TX_TYPE_PERSON, "name", "王建国", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_store_save (db, quiet, TX_SAVE_TRIAL, &error));
  g_assert_no_error (error);
  g_assert_true (tx_store_save (db, logged, TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE uuid = ?",
                                  tx_record_get_uuid (quiet)), ==, 1);
  g_assert_cmpint (change_rows (db, tx_record_get_uuid (quiet)), ==, 0);
  g_assert_cmpint (change_rows (db, tx_record_get_uuid (logged)), ==, 1);

  g_object_set (quiet, "notes", "试运行", NULL);
  g_object_set (logged, "notes", "正式", NULL);
  g_assert_true (tx_store_save (db, quiet, TX_SAVE_TRIAL, &error));
  g_assert_true (tx_store_save (db, logged, TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE uuid = ? AND notes = '试运行'",
                                  tx_record_get_uuid (quiet)), ==, 1);
  g_assert_cmpint (change_rows (db, tx_record_get_uuid (quiet)), ==, 0);
  g_assert_cmpint (change_rows (db, tx_record_get_uuid (logged)), ==, 2);
}

/* TX_SAVE_VALIDATED leaves out the editors' checks, which the caller ran,
 * but never the code tables: a code that is not in its table is refused
 * and nothing is written. */
static void
test_validated_save_still_checks_codes (TxTestDatabaseFixture *fixture,
                                        gconstpointer          data)
{
  TxDatabase *db = fixture->db;
  g_autoptr(TxRecord) person = g_object_new (TX_TYPE_PERSON, "name", "李四", NULL);
  g_autoptr(GError) error = NULL;

  tx_person_add_category (TX_PERSON (person), "no-such-category");
  g_assert_true (tx_record_validate (person, &error));
  g_assert_no_error (error);
  g_assert_false (tx_store_save (db, person, TX_SAVE_VALIDATED, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE name = ?", "李四"), ==, 0);
}

/* Without the flag the store runs the editors' checks itself; with it,
 * it takes the caller's word: an ID number with a wrong check character,
 * which SQLite would store, is refused only without the flag. */
static void
test_validated_save_skips_record_checks (TxTestDatabaseFixture *fixture,
                                         gconstpointer          data)
{
  TxDatabase *db = fixture->db;
  g_autofree char *number = tx_test_make_id_number ("110101", "19800101", "123");
  g_autoptr(TxRecord) person = NULL;
  g_autoptr(GError) error = NULL;

  number[17] = number[17] == '0' ? '1' : '0';
  person = g_object_new (TX_TYPE_PERSON, "name", "张三", "document-type", "01",
                         "document-number", number, NULL);
  g_assert_false (tx_record_validate (person, NULL));
  g_assert_false (tx_store_save (db, person, TX_SAVE_DEFAULT, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == TX_RECORD_ERROR);
  g_clear_error (&error);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE name = ?", "张三"), ==, 0);
  g_assert_true (tx_store_save (db, person, TX_SAVE_VALIDATED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE name = ?", "张三"), ==, 1);
}

static gint64
select_number (TxDatabase *db,
               const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* The cache finds a statement by the address of its SQL first: one buffer
 * that holds another text later must give that text's statement, and a
 * copy of a text at another address the same one as the original. */
static void
test_prepare_by_address_follows_the_text (TxTestDatabaseFixture *fixture,
                                          gconstpointer          data)
{
  TxDatabase *db = fixture->db;
  char buffer[64];
  g_autofree char *copy = NULL;

  g_strlcpy (buffer, "SELECT 11", sizeof buffer);
  g_assert_cmpint (select_number (db, buffer), ==, 11);
  g_strlcpy (buffer, "SELECT 22", sizeof buffer);
  g_assert_cmpint (select_number (db, buffer), ==, 22);
  g_strlcpy (buffer, "SELECT 11", sizeof buffer);
  g_assert_cmpint (select_number (db, buffer), ==, 11);
  copy = g_strdup ("SELECT 22");
  g_assert_cmpint (select_number (db, copy), ==, 22);
  g_assert_true (tx_database_prepare (db, copy, NULL) == tx_database_prepare (db, "SELECT 22", NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/trial-save-writes-no-change-log", TxTestDatabaseFixture, NULL,
              tx_test_database_fixture_set_up, test_trial_save_writes_no_change_log,
              tx_test_database_fixture_tear_down);
  g_test_add ("/store/validated-save-still-checks-codes", TxTestDatabaseFixture, NULL,
              tx_test_database_fixture_set_up, test_validated_save_still_checks_codes,
              tx_test_database_fixture_tear_down);
  g_test_add ("/store/validated-save-skips-record-checks", TxTestDatabaseFixture, NULL,
              tx_test_database_fixture_set_up, test_validated_save_skips_record_checks,
              tx_test_database_fixture_tear_down);
  g_test_add ("/store/prepare-by-address-follows-the-text", TxTestDatabaseFixture, NULL,
              tx_test_database_fixture_set_up, test_prepare_by_address_follows_the_text,
              tx_test_database_fixture_tear_down);
  return g_test_run ();
}
