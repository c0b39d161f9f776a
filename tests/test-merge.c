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

typedef struct
{
  char       *dir;
  TxDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = tx_test_make_temp_dir ("test-merge");
  fixture->db = tx_test_open_database (fixture->dir, "tongxin.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->db);
  tx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

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

/* Two people chosen by hand (no shared ID number): the values picked from
 * the merged one survive on the kept one, the rest stays as it was. */
static void
test_merge_by_hand (Fixture       *fixture,
                    gconstpointer  data)
{
  TxDatabase *db = fixture->db;
  g_autoptr(TxPerson) kept = person (db, "王建国");
  g_autoptr(TxPerson) merged = tx_person_new ();
  g_autoptr(TxTombstone) tombstone = NULL;
  g_autoptr(GError) error = NULL;
  const char * const take[] = { "work-unit", "phone", "categories", NULL };
  const char * const unknown[] = { "shoe-size", NULL };
  const char *k = tx_record_get_uuid (TX_RECORD (kept));
  const char *m;

  tx_person_set_work_unit (kept, "桃源中学");
  tx_person_set_phone (kept, "13800000001");
  tx_person_set_notes (kept, "老档案");
  tx_person_add_category (kept, "01");
  tx_person_add_role (kept, "2", "区政协", NULL, NULL, "委员");
  save (db, kept);
  tx_person_set_name (merged, "王建国");
  tx_person_set_work_unit (merged, "区人民医院");
  tx_person_set_phone (merged, "13911112222");
  tx_person_set_notes (merged, "新登记");
  tx_person_add_category (merged, "03");
  tx_person_add_category (merged, "04");
  save (db, merged);
  m = tx_record_get_uuid (TX_RECORD (merged));

  /* a field a person does not have: refused, nothing changed */
  g_assert_false (tx_merge_people_full (db, k, m, unknown, NULL, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person", NULL), ==, 2);

  g_assert_true (tx_merge_people_full (db, k, m, take, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person", NULL), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE uuid = ?1 AND work_unit = '区人民医院' "
                                      "AND phone = '13911112222' AND notes = '老档案' "
                                      "AND document_number = '110101196503120018'", k), ==, 1);
  /* a list taken over replaces the kept one's; one not taken stays */
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_category WHERE owner = ?", k), ==, 2);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_category WHERE owner = ? AND category IN ('03', '04')", k), ==, 2);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_role WHERE owner = ?", k), ==, 1);
  tombstone = tx_tombstone_find (db, m, &error);
  g_assert_nonnull (tombstone);
  g_assert_cmpstr (tombstone->merged_into, ==, k);
}

/* A value taken over must pass the editor's checks: a birth date that
 * disagrees with the kept ID number is refused, nothing merged. */
static void
test_merge_checks_taken_values (Fixture       *fixture,
                                gconstpointer  data)
{
  TxDatabase *db = fixture->db;
  g_autoptr(TxPerson) kept = person (db, "王建国");
  g_autoptr(TxPerson) merged = tx_person_new ();
  g_autoptr(GError) error = NULL;
  const char * const take[] = { "birth-date", NULL };

  tx_person_set_name (merged, "王建国");
  tx_person_set_birth_date (merged, "1970-01-01");
  save (db, merged);
  g_assert_false (tx_merge_people_full (db, tx_record_get_uuid (TX_RECORD (kept)),
                                        tx_record_get_uuid (TX_RECORD (merged)), take, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person", NULL), ==, 2);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM tombstone", NULL), ==, 0);
}

typedef struct
{
  TxPerson *kept;
  TxPerson *merged;
  TxVisit  *visit;
} Scene;

static void
scene_clear (Scene *scene)
{
  g_clear_object (&scene->kept);
  g_clear_object (&scene->merged);
  g_clear_object (&scene->visit);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Scene, scene_clear)

/* Everything a person can be named in, some of it naming both. */
static void
build_scene (TxDatabase *db,
             Scene      *scene)
{
  g_autoptr(TxStaff) staff = tx_staff_new ();
  g_autoptr(TxActivity) activity = tx_activity_new ();
  g_autoptr(TxConsultation) consultation = tx_consultation_new ();
  g_autoptr(TxSuggestion) suggestion = tx_suggestion_new ();
  g_autoptr(TxPairing) pairing = tx_pairing_new ();
  g_autoptr(TxVisit) trashed_visit = tx_visit_new ();
  g_autoptr(GError) error = NULL;
  const char *k, *m;

  scene->kept = person (db, "王建国");
  scene->merged = person (db, "王建囯");
  tx_person_set_work_unit (scene->merged, "区人民医院");
  tx_person_add_category (scene->merged, "03");
  tx_person_add_role (scene->merged, "2", "区政协", NULL, NULL, "委员");
  save (db, scene->merged);
  k = tx_record_get_uuid (TX_RECORD (scene->kept));
  m = tx_record_get_uuid (TX_RECORD (scene->merged));

  tx_staff_set_name (staff, "张卫东");
  save (db, staff);
  tx_activity_set_title (activity, "五月鲜花展");
  tx_activity_add_participant (activity, k, "3", NULL);
  tx_activity_add_participant (activity, m, "3", "带了盆景");
  save (db, activity);
  scene->visit = tx_visit_new ();
  tx_visit_set_person (scene->visit, m);
  tx_visit_set_date (scene->visit, "2026-05-01");
  save (db, scene->visit);
  tx_visit_set_person (trashed_visit, m);
  save (db, trashed_visit);
  g_assert_true (tx_store_trash (db, TX_RECORD (trashed_visit), &error));
  tx_consultation_set_title (consultation, "民主协商会");
  tx_consultation_add_attendee (consultation, m, NULL, "2", NULL);
  save (db, consultation);
  tx_suggestion_set_title (suggestion, "增设老年活动室");
  tx_suggestion_add_proposer (suggestion, k, "1");
  tx_suggestion_add_proposer (suggestion, m, NULL);
  save (db, suggestion);
  tx_pairing_set_person (pairing, m);
  tx_pairing_set_staff (pairing, tx_record_get_uuid (TX_RECORD (staff)));
  save (db, pairing);
}

/* Undone right after: every table but the log is what it was before the
 * merge, row for row, timestamps and row ids included. */
static void
test_merge_undo (Fixture       *fixture,
                 gconstpointer  data)
{
  TxDatabase *db = fixture->db;
  const char * const log[] = { "change_log", NULL };
  const char * const take[] = { "work-unit", "name", NULL };
  g_auto(Scene) scene = { 0 };
  g_autoptr(TxMergeUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *merged_state = NULL;
  g_autofree char *after = NULL;
  const char *k, *m;

  build_scene (db, &scene);
  k = tx_record_get_uuid (TX_RECORD (scene.kept));
  m = tx_record_get_uuid (TX_RECORD (scene.merged));
  before = tx_test_dump_database (db, log);

  g_assert_true (tx_merge_people_full (db, k, m, take, &undo, &error));
  g_assert_no_error (error);
  g_assert_nonnull (undo);
  g_assert_cmpstr (tx_merge_undo_get_kept (undo), ==, k);
  g_assert_cmpstr (tx_merge_undo_get_merged (undo), ==, m);
  merged_state = tx_test_dump_database (db, log);
  g_assert_cmpstr (merged_state, !=, before);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE uuid = ?", m), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE work_unit = '区人民医院' AND name = '王建囯'", NULL), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM tombstone WHERE uuid = ?", m), ==, 1);

  g_assert_true (tx_merge_undo (db, undo, &error));
  g_assert_no_error (error);
  after = tx_test_dump_database (db, log);
  tx_test_assert_same_dump (before, after);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM tombstone", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM change_log WHERE uuid = ? AND action = 'unmerge'", m), ==, 1);

  /* once: the merged person is back, so a second undo is refused */
  g_assert_false (tx_merge_undo (db, undo, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CONFLICT);
}

/* A record changed after the merge would lose the change: the undo is
 * refused and changes nothing. */
static void
test_merge_undo_refused_after_change (Fixture       *fixture,
                                      gconstpointer  data)
{
  TxDatabase *db = fixture->db;
  g_auto(Scene) scene = { 0 };
  g_autoptr(TxMergeUndo) undo = NULL;
  g_autoptr(TxRecord) visit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  build_scene (db, &scene);
  g_assert_true (tx_merge_people_full (db, tx_record_get_uuid (TX_RECORD (scene.kept)),
                                       tx_record_get_uuid (TX_RECORD (scene.merged)), NULL, &undo, &error));
  g_assert_no_error (error);
  /* the database clock moves on: the edit gets a later time */
  g_usleep (2000);
  visit = tx_store_load (db, TX_TYPE_VISIT, tx_record_get_uuid (TX_RECORD (scene.visit)), &error);
  tx_visit_set_gifts (TX_VISIT (visit), "慰问金");
  save (db, visit);
  before = tx_test_dump_database (db, NULL);
  g_assert_false (tx_merge_undo (db, undo, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CONFLICT);
  after = tx_test_dump_database (db, NULL);
  tx_test_assert_same_dump (before, after);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/merge/moves-everything", test_merge_moves_everything);
  ADD ("/merge/refusals", test_merge_refusals);
  ADD ("/merge/by-hand", test_merge_by_hand);
  ADD ("/merge/checks-taken-values", test_merge_checks_taken_values);
  ADD ("/merge/undo", test_merge_undo);
  ADD ("/merge/undo-refused-after-change", test_merge_undo_refused_after_change);
  return g_test_run ();
}
