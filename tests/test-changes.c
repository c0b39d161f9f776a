/* test-changes.c — the database announces what changed; what a purge takes
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib.h>
#include <gio/gio.h>

#include "core/model/tx-activity.h"
#include "core/db/tx-database.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/db/tx-trash.h"
#include "core/model/tx-visit.h"
#include "tx-test-util.h"

typedef struct
{
  char       *dir;
  TxDatabase *db;
  GPtrArray  *announced;   /* one string per emission: "person,visit" or "*" */
} Fixture;

static void
on_changed (TxDatabase         *db,
            const char * const *entities,
            Fixture            *fixture)
{
  g_ptr_array_add (fixture->announced,
                   entities != NULL ? g_strjoinv (",", (char **) entities) : g_strdup ("*"));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = tx_test_make_temp_dir ("test-changes");
  fixture->db = tx_test_open_database (fixture->dir, "tongxin.db");
  fixture->announced = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->db, "changed", G_CALLBACK (on_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_unref (fixture->db);
  g_ptr_array_unref (fixture->announced);
  tx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static TxRecord *
save_person (TxDatabase *db,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  TxPerson *person = tx_person_new ();

  tx_person_set_name (person, name);
  g_assert_true (tx_store_save (db, TX_RECORD (person), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  return TX_RECORD (person);
}

static TxRecord *
save_staff (TxDatabase *db,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  TxStaff *staff = tx_staff_new ();

  tx_staff_set_name (staff, name);
  g_assert_true (tx_store_save (db, TX_RECORD (staff), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  return TX_RECORD (staff);
}

static void
save (TxDatabase *db,
      TxRecord   *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_store_save (db, record, TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
}

static void
assert_announced (Fixture    *fixture,
                  const char *expected)
{
  g_autofree char *all = NULL;

  g_ptr_array_add (fixture->announced, NULL);
  all = g_strjoinv (";", (char **) fixture->announced->pdata);
  g_ptr_array_set_size (fixture->announced, 0);
  g_assert_cmpstr (all, ==, expected);
}

/* Save, trash, restore and purge each announce their kind once, after
 * the commit; an unchanged save announces nothing. */
static void
test_store_announces (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecord) person = save_person (fixture->db, "王一鸣");

  assert_announced (fixture, "person");
  save (fixture->db, person);
  assert_announced (fixture, "");
  g_assert_true (tx_store_trash (fixture->db, person, &error));
  assert_announced (fixture, "person");
  g_assert_true (tx_store_restore (fixture->db, person, &error));
  assert_announced (fixture, "person");
  g_assert_true (tx_store_trash (fixture->db, person, &error));
  g_assert_true (tx_trash_purge (fixture->db, person, &error));
  g_assert_no_error (error);
  assert_announced (fixture, "person;person");
}

/* One user action, one announcement with every kind it changed; an action
 * undone announces nothing. */
static void
test_transaction_announces_once (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecord) person = NULL;
  g_autoptr(TxRecord) staff = NULL;

  g_assert_true (tx_store_begin (fixture->db, &error));
  person = save_person (fixture->db, "于丹");
  staff = save_staff (fixture->db, "马云");
  assert_announced (fixture, "");
  g_assert_true (tx_store_commit (fixture->db, &error));
  assert_announced (fixture, "person,staff");

  g_assert_true (tx_store_begin (fixture->db, &error));
  g_assert_true (tx_store_trash (fixture->db, person, &error));
  tx_store_rollback (fixture->db);
  assert_announced (fixture, "");
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM person WHERE trashed IS NULL AND name = ?", "于丹"), ==, 1);
}

/* Another connection's commit is noticed once, as "anything changed". */
static void
test_external_changes (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "tongxin.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) other = tx_database_open (path, &error);
  g_autoptr(TxRecord) person = NULL;

  g_assert_no_error (error);
  g_assert_false (tx_database_check_external_changes (fixture->db));
  person = save_person (fixture->db, "万达");
  assert_announced (fixture, "person");
  /* our own writes are announced by the commit, not again */
  g_assert_false (tx_database_check_external_changes (fixture->db));

  g_clear_object (&person);
  person = save_person (other, "于谦");
  g_assert_true (tx_database_check_external_changes (fixture->db));
  assert_announced (fixture, "*");
  g_assert_false (tx_database_check_external_changes (fixture->db));
  assert_announced (fixture, "");
}

/* The purge confirmation names what goes with a person: counted here
 * from what was made, checked against SQL after the purge. */
static void
test_purge_effects (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecord) person = save_person (fixture->db, "王月");
  g_autoptr(TxRecord) other = save_person (fixture->db, "王飞杰");
  g_autoptr(TxRecord) staff = save_staff (fixture->db, "韦子豪");
  g_autofree char *effects = NULL;
  const char *uuid = tx_record_get_uuid (person);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TxActivity) activity = tx_activity_new ();

      tx_activity_set_title (activity, "联谊会");
      tx_activity_add_participant (activity, uuid, "3", NULL);
      tx_activity_add_participant (activity, tx_record_get_uuid (other), "3", NULL);
      save (fixture->db, TX_RECORD (activity));
    }
  {
    g_autoptr(TxVisit) visit = tx_visit_new ();
    g_autoptr(TxPairing) pairing = tx_pairing_new ();

    tx_visit_set_person (visit, uuid);
    tx_visit_set_date (visit, "2026-02-10");
    save (fixture->db, TX_RECORD (visit));
    tx_pairing_set_person (pairing, uuid);
    tx_pairing_set_staff (pairing, tx_record_get_uuid (staff));
    save (fixture->db, TX_RECORD (pairing));
  }

  g_assert_true (tx_store_trash (fixture->db, person, &error));
  effects = tx_trash_dup_purge_effects (fixture->db, person, &error);
  g_assert_no_error (error);
  /* the test runs in C: the English sentence */
  g_assert_cmpstr (effects, ==, "Also deleted with it: 2 activity participations, 1 visit record, 1 pairing record.");

  g_clear_pointer (&effects, g_free);
  effects = tx_trash_dup_purge_effects (fixture->db, other, &error);
  g_assert_cmpstr (effects, ==, "Also deleted with it: 2 activity participations.");

  g_assert_true (tx_trash_purge (fixture->db, person, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM activity_participant WHERE person = ?", uuid), ==, 0);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM activity_participant", NULL), ==, 2);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM visit", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM pairing", NULL), ==, 0);

  g_clear_pointer (&effects, g_free);
  effects = tx_trash_dup_purge_effects (fixture->db, staff, &error);
  g_assert_cmpstr (effects, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/changes/store-announces", test_store_announces);
  ADD ("/changes/transaction-announces-once", test_transaction_announces_once);
  ADD ("/changes/external", test_external_changes);
  ADD ("/changes/purge-effects", test_purge_effects);
#undef ADD

  return g_test_run ();
}
