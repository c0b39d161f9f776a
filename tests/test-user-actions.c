/* test-user-actions.c — the core functions a window calls for one user
 * action, each one transaction: all of it happens, or none
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/db/tx-settings.h"
#include "core/db/tx-store.h"
#include "core/db/tx-trash.h"
#include "core/model/tx-person.h"
#include "tx-test-util.h"

static char *tmp_dir;
static TxDatabase *db;

static gint64
trashed_among (const char * const *uuids)
{
  gint64 n = 0;

  for (guint i = 0; uuids[i] != NULL; i++)
    n += tx_test_count (db, "SELECT count(*) FROM person WHERE uuid = ? AND trashed IS NOT NULL", uuids[i]);
  return n;
}

static void
test_trash_all_or_none (void)
{
  g_autofree char *a = tx_test_dup_text (db, "SELECT uuid FROM person WHERE trashed IS NULL ORDER BY id LIMIT 1", NULL);
  g_autofree char *b = tx_test_dup_text (db, "SELECT uuid FROM person WHERE trashed IS NULL ORDER BY id DESC LIMIT 1", NULL);
  const char *both[] = { a, b, NULL };
  const char *with_unknown[] = { a, "00000000-0000-4000-8000-000000000000", b, NULL };
  g_autoptr(GError) error = NULL;

  /* one of them unknown: nobody moves */
  g_assert_false (tx_trash_move_all (db, TX_TYPE_PERSON, with_unknown, TRUE, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (trashed_among (both), ==, 0);

  g_assert_true (tx_trash_move_all (db, TX_TYPE_PERSON, both, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (trashed_among (both), ==, 2);
  /* one of them unknown on the way back: both stay in the trash */
  g_assert_false (tx_trash_move_all (db, TX_TYPE_PERSON, with_unknown, FALSE, &error));
  g_clear_error (&error);
  g_assert_cmpint (trashed_among (both), ==, 2);
  g_assert_true (tx_trash_move_all (db, TX_TYPE_PERSON, both, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (trashed_among (both), ==, 0);
}

static void
test_settings_all_or_none (void)
{
  const char *pairs[] = { TX_SETTING_OFFICE_NAME, "清河街道工委", TX_SETTING_OFFICE_STREET, "清河街道", NULL };
  const char *changed[] = { TX_SETTING_OFFICE_NAME, "别的名字", TX_SETTING_OFFICE_STREET, "", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *street = NULL;

  g_assert_true (tx_settings_set_all (db, pairs, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM settings WHERE key = ? AND value = '清河街道工委'",
                                  TX_SETTING_OFFICE_NAME), ==, 1);

  /* a failure half-way (a trigger refuses the second write) leaves the
   * first as it was */
  g_assert_true (tx_database_exec (db, "CREATE TEMP TRIGGER no_street BEFORE UPDATE ON settings"
                                   " WHEN NEW.key = '" TX_SETTING_OFFICE_STREET "'"
                                   " BEGIN SELECT RAISE (ABORT, 'refused'); END", &error));
  g_assert_false (tx_settings_set_all (db, changed, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  name = tx_settings_dup (db, TX_SETTING_OFFICE_NAME);
  street = tx_settings_dup (db, TX_SETTING_OFFICE_STREET);
  g_assert_cmpstr (name, ==, "清河街道工委");
  g_assert_cmpstr (street, ==, "清河街道");
  g_assert_true (tx_database_exec (db, "DROP TRIGGER no_street", &error));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = tx_test_make_temp_dir ("user-actions");
  db = tx_test_open_demo_database (tmp_dir, 20, 5);

  g_test_add_func ("/user-actions/trash-all-or-none", test_trash_all_or_none);
  g_test_add_func ("/user-actions/settings-all-or-none", test_settings_all_or_none);
  status = g_test_run ();

  g_clear_object (&db);
  tx_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
