/* test-tombstone.c — purges leave tombstones, for the record and for what
 * the purge takes along
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib.h>

#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-tombstone.h"
#include "core/model/tx-visit.h"
#include "tx-test-util.h"

/* a temporary folder and a new database in it (tx-test-util.h) */
typedef TxTestDatabaseFixture Fixture;

static TxRecord *
save_new (TxDatabase *db,
          gpointer    record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_store_save (db, record, TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  return record;
}

static void
trash_and_purge (TxDatabase *db,
                 TxRecord   *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_store_trash (db, record, &error));
  g_assert_no_error (error);
  g_assert_true (tx_store_purge (db, record, &error));
  g_assert_no_error (error);
}

/* "kind uuid" lines of the table, read with plain SQL: an oracle
 * independent of tx_tombstone_list() */
static char *
dump_tombstones (TxDatabase *db)
{
  return tx_test_dup_text (db, "SELECT group_concat(kind || ' ' || uuid, ',') FROM "
                               "(SELECT kind, uuid FROM tombstone ORDER BY uuid)", NULL);
}

static char *
expected_line (GPtrArray *pairs)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  /* @pairs are "uuid kind" strings in uuid order: turned round */
  for (guint i = 0; i < pairs->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (pairs, i), " ", 2);
      g_autofree char *line = g_strconcat (parts[1], " ", parts[0], NULL);

      g_strv_builder_add (builder, line);
    }
  lines = g_strv_builder_end (builder);
  return g_strjoinv (",", lines);
}

static int
compare_uuid_first (gconstpointer a,
                    gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
test_purge_person_cascade (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(TxPerson) person = tx_person_new ();
  g_autoptr(TxPerson) other = tx_person_new ();
  g_autoptr(TxStaff) staff = tx_staff_new ();
  g_autoptr(TxVisit) visit = tx_visit_new ();
  g_autoptr(TxVisit) other_visit = tx_visit_new ();
  g_autoptr(TxPairing) pairing = tx_pairing_new ();
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  tx_person_set_name (person, "王建国");
  tx_person_set_name (other, "李秀英");
  tx_staff_set_name (staff, "张卫东");
  save_new (fixture->db, person);
  save_new (fixture->db, other);
  save_new (fixture->db, staff);
  tx_visit_set_person (visit, tx_record_get_uuid (TX_RECORD (person)));
  tx_visit_set_date (visit, "2026-05-01");
  tx_visit_add_visitor (visit, tx_record_get_uuid (TX_RECORD (staff)));
  save_new (fixture->db, visit);
  tx_visit_set_person (other_visit, tx_record_get_uuid (TX_RECORD (other)));
  tx_visit_set_date (other_visit, "2026-05-02");
  save_new (fixture->db, other_visit);
  tx_pairing_set_person (pairing, tx_record_get_uuid (TX_RECORD (person)));
  tx_pairing_set_staff (pairing, tx_record_get_uuid (TX_RECORD (staff)));
  save_new (fixture->db, pairing);

  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM tombstone", NULL), ==, 0);
  trash_and_purge (fixture->db, TX_RECORD (person));

  g_ptr_array_add (expected, g_strconcat (tx_record_get_uuid (TX_RECORD (person)), " person", NULL));
  g_ptr_array_add (expected, g_strconcat (tx_record_get_uuid (TX_RECORD (visit)), " visit", NULL));
  g_ptr_array_add (expected, g_strconcat (tx_record_get_uuid (TX_RECORD (pairing)), " pairing", NULL));
  g_ptr_array_sort (expected, compare_uuid_first);
  want = expected_line (expected);
  got = dump_tombstones (fixture->db);
  g_assert_cmpstr (got, ==, want);
  /* the cascade really happened, and took nothing else */
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM visit", NULL), ==, 1);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM pairing", NULL), ==, 0);

  listed = tx_tombstone_list (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 3);
  for (guint i = 0; i < listed->len; i++)
    {
      TxTombstone *t = g_ptr_array_index (listed, i);

      if (i > 0)
        g_assert_cmpstr (((TxTombstone *) g_ptr_array_index (listed, i - 1))->uuid, <, t->uuid);
      g_assert_nonnull (t->time);
      g_assert_cmpuint (strlen (t->time), ==, strlen ("2026-01-01T00:00:00.000Z"));
      g_assert_null (t->merged_into);
    }
}

static void
test_purge_staff_cascade (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TxPerson) person = tx_person_new ();
  g_autoptr(TxStaff) staff = tx_staff_new ();
  g_autoptr(TxPairing) pairing = tx_pairing_new ();
  g_autoptr(TxTombstone) found = NULL;
  g_autoptr(GError) error = NULL;

  tx_person_set_name (person, "王建国");
  tx_staff_set_name (staff, "张卫东");
  save_new (fixture->db, person);
  save_new (fixture->db, staff);
  tx_pairing_set_person (pairing, tx_record_get_uuid (TX_RECORD (person)));
  tx_pairing_set_staff (pairing, tx_record_get_uuid (TX_RECORD (staff)));
  save_new (fixture->db, pairing);

  trash_and_purge (fixture->db, TX_RECORD (staff));
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM tombstone", NULL), ==, 2);
  found = tx_tombstone_find (fixture->db, tx_record_get_uuid (TX_RECORD (pairing)), &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpstr (found->kind, ==, "pairing");
  g_clear_pointer (&found, tx_tombstone_free);
  found = tx_tombstone_find (fixture->db, tx_record_get_uuid (TX_RECORD (person)), &error);
  g_assert_no_error (error);
  g_assert_null (found);
}

/* a refused purge (the record is not in the trash any more) leaves none */
static void
test_failed_purge_leaves_none (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(TxPerson) person = tx_person_new ();
  g_autoptr(TxRecord) stale = NULL;
  g_autoptr(GError) error = NULL;

  tx_person_set_name (person, "王建国");
  save_new (fixture->db, person);
  g_assert_true (tx_store_trash (fixture->db, TX_RECORD (person), &error));
  stale = tx_store_load (fixture->db, TX_TYPE_PERSON, tx_record_get_uuid (TX_RECORD (person)), &error);
  g_assert_true (tx_store_restore (fixture->db, TX_RECORD (person), &error));
  g_assert_false (tx_store_purge (fixture->db, stale, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM tombstone", NULL), ==, 0);
}

/* a later tombstone moves the time on, an earlier one does not go back */
static void
test_add_keeps_latest (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *time = NULL;

  g_assert_true (tx_tombstone_add (fixture->db, "person", "u-1", "2026-01-02T00:00:00.000Z", NULL, &error));
  g_assert_true (tx_tombstone_add (fixture->db, "person", "u-1", "2026-01-01T00:00:00.000Z", "u-2", &error));
  time = tx_test_dup_text (fixture->db, "SELECT time || ' ' || merged_into FROM tombstone WHERE uuid = ?", "u-1");
  g_assert_cmpstr (time, ==, "2026-01-02T00:00:00.000Z u-2");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, tx_test_database_fixture_set_up, func, tx_test_database_fixture_tear_down)
  ADD ("/tombstone/purge-person-cascade", test_purge_person_cascade);
  ADD ("/tombstone/purge-staff-cascade", test_purge_staff_cascade);
  ADD ("/tombstone/failed-purge-leaves-none", test_failed_purge_leaves_none);
  ADD ("/tombstone/add-keeps-latest", test_add_keeps_latest);
  return g_test_run ();
}
