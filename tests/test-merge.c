/* test-merge.c — two records of one person made one: everything that
 * named the merged record names the kept one, with a tombstone and a log
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-consultation.h"
#include "core/model/tx-merge.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-tombstone.h"
#include "core/model/tx-visit.h"
#include "tx-test-util.h"

/* a temporary folder and a new database in it (tx-test-util.h) */
typedef TxTestDatabaseFixture Fixture;

static gpointer
save (TxDatabase *db,
      gpointer    record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_store_save (db, record, TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  return record;
}

static TxPerson *
person (TxDatabase *db,
        const char *name)
{
  TxPerson *p = tx_person_new ();

  tx_person_set_name (p, name);
  tx_person_set_document_type (p, "01");
  tx_person_set_document_number (p, "110101196503120018");
  tx_person_set_gender (p, "1");
  tx_person_set_birth_date (p, "1965-03-12");
  return save (db, p);
}

static void
test_merge_moves_everything (Fixture       *fixture,
                             gconstpointer  data)
{
  TxDatabase *db = fixture->db;
  g_autoptr(TxPerson) kept = person (db, "王建国");
  g_autoptr(TxPerson) merged = person (db, "王建囯");
  g_autoptr(TxStaff) staff = tx_staff_new ();
  g_autoptr(TxActivity) activity = tx_activity_new ();
  g_autoptr(TxVisit) visit = tx_visit_new ();
  g_autoptr(TxConsultation) consultation = tx_consultation_new ();
  g_autoptr(TxSuggestion) suggestion = tx_suggestion_new ();
  g_autoptr(TxPairing) pairing = tx_pairing_new ();
  g_autoptr(TxTombstone) tombstone = NULL;
  g_autoptr(GPtrArray) duplicates = NULL;
  g_autoptr(GError) error = NULL;
  const char *k = tx_record_get_uuid (TX_RECORD (kept));
  const char *m = tx_record_get_uuid (TX_RECORD (merged));
  g_autofree char *visit_modified = NULL;
  g_autofree char *after = NULL;

  duplicates = tx_merge_list_duplicates (db, &error);
  g_assert_cmpuint (duplicates->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (duplicates, 0), ==, k);
  g_assert_cmpstr (g_ptr_array_index (duplicates, 1), ==, m);

  tx_staff_set_name (staff, "张卫东");
  save (db, staff);
  tx_activity_set_title (activity, "五月鲜花展");
  tx_activity_add_participant (activity, m, "3", NULL);
  save (db, activity);
  tx_visit_set_person (visit, m);
  save (db, visit);
  tx_consultation_set_title (consultation, "民主协商会");
  tx_consultation_add_attendee (consultation, m, NULL, "2", NULL);
  save (db, consultation);
  tx_suggestion_set_title (suggestion, "增设老年活动室");
  tx_suggestion_add_proposer (suggestion, m, "1");
  save (db, suggestion);
  tx_pairing_set_person (pairing, m);
  tx_pairing_set_staff (pairing, tx_record_get_uuid (TX_RECORD (staff)));
  save (db, pairing);
  visit_modified = g_strdup (tx_record_get_modified (TX_RECORD (visit)));

  g_assert_true (tx_merge_people (db, k, m, &error));
  g_assert_no_error (error);

  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE uuid = ?", m), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM activity_participant WHERE person = ?", k), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM visit WHERE person = ?", k), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM consultation_attendee WHERE person = ?", k), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM suggestion_proposer WHERE person = ?", k), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM pairing WHERE person = ?", k), ==, 1);
  /* nothing still names the merged record */
  g_assert_cmpint (tx_test_count (db, "SELECT (SELECT count(*) FROM activity_participant WHERE person = ?1) + "
                                      "(SELECT count(*) FROM consultation_attendee WHERE person = ?1) + "
                                      "(SELECT count(*) FROM suggestion_proposer WHERE person = ?1)", m), ==, 0);
  /* the records that changed carry a new time, so exports carry the move */
  after = tx_test_dup_text (db, "SELECT modified FROM visit WHERE uuid = ?", tx_record_get_uuid (TX_RECORD (visit)));
  g_assert_cmpstr (after, >, visit_modified);

  tombstone = tx_tombstone_find (db, m, &error);
  g_assert_nonnull (tombstone);
  g_assert_cmpstr (tombstone->kind, ==, "person");
  g_assert_cmpstr (tombstone->merged_into, ==, k);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM change_log WHERE uuid = ? AND action = 'merge'", m), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM change_log WHERE uuid = ? AND action = 'merge-into'", k), ==, 1);

  g_clear_pointer (&duplicates, g_ptr_array_unref);
  duplicates = tx_merge_list_duplicates (db, &error);
  g_assert_cmpuint (duplicates->len, ==, 0);
}

static void
test_merge_refusals (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TxPerson) kept = person (fixture->db, "王建国");
  g_autoptr(GError) error = NULL;
  const char *k = tx_record_get_uuid (TX_RECORD (kept));

  g_assert_false (tx_merge_people (fixture->db, k, k, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (tx_merge_people (fixture->db, k, "00000000-0000-4000-8000-000000000000", &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (tx_merge_people (fixture->db, "00000000-0000-4000-8000-000000000000", k, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM person", NULL), ==, 1);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM tombstone", NULL), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, tx_test_database_fixture_set_up, func, tx_test_database_fixture_tear_down)
  ADD ("/merge/moves-everything", test_merge_moves_everything);
  ADD ("/merge/refusals", test_merge_refusals);
  return g_test_run ();
}
