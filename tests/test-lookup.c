/* test-lookup.c — names by uuid and the choices a form offers (tx-lookup)
 *
 * The oracle is another path to the same facts: the records loaded by the
 * store and read through their properties, and counts in plain SQL.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/db/tx-store.h"
#include "core/model/tx-community.h"
#include "core/model/tx-lookup.h"
#include "core/model/tx-person.h"
#include "core/model/tx-staff.h"
#include "tx-test-util.h"

static char *tmp_dir;
static TxDatabase *db;

/* the "name" property of the stored record @uuid */
static char *
stored_name (GType       type,
             const char *uuid)
{
  g_autoptr(TxRecord) record = tx_store_load (db, type, uuid, NULL);
  char *name = NULL;

  g_assert_nonnull (record);
  g_object_get (record, "name", &name, NULL);
  return name;
}

static void
assert_names_of (GType       type,
                 const char *table,
                 char     *(*lookup) (TxDatabase *, const char *))
{
  g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM %s ORDER BY id LIMIT 1 OFFSET ?", table);
  guint checked = 0;

  for (guint offset = 0; offset < 40; offset += 7)
    {
      g_autofree char *offset_text = g_strdup_printf ("%u", offset);
      g_autofree char *uuid = tx_test_dup_text (db, sql, offset_text);
      g_autofree char *name = NULL;
      g_autofree char *expected = NULL;

      if (uuid == NULL)
        break;
      name = lookup (db, uuid);
      expected = stored_name (type, uuid);
      g_assert_cmpstr (name, ==, expected);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
  g_assert_null (lookup (db, "00000000-0000-4000-8000-000000000000"));
  g_assert_null (lookup (db, NULL));
}

static void
test_names (void)
{
  assert_names_of (TX_TYPE_PERSON, "person", tx_lookup_person_name);
  assert_names_of (TX_TYPE_STAFF, "staff", tx_lookup_staff_name);
  assert_names_of (TX_TYPE_COMMUNITY, "community", tx_lookup_community_name);
}

static void
test_staff_names (void)
{
  g_autofree char *first = tx_test_dup_text (db, "SELECT uuid FROM staff ORDER BY id LIMIT 1", NULL);
  g_autofree char *last = tx_test_dup_text (db, "SELECT uuid FROM staff ORDER BY id DESC LIMIT 1", NULL);
  const char *uuids[] = { last, "00000000-0000-4000-8000-000000000000", first, NULL };
  g_autofree char *first_name = stored_name (TX_TYPE_STAFF, first);
  g_autofree char *last_name = stored_name (TX_TYPE_STAFF, last);
  g_autofree char *expected = g_strconcat (last_name, "、", first_name, NULL);
  g_autofree char *joined = tx_lookup_staff_names (db, uuids);

  g_assert_cmpstr (first, !=, last);
  /* in the order given, the unknown one left out */
  g_assert_cmpstr (joined, ==, expected);
}

static gboolean
has_uuid (GPtrArray  *choices,
          const char *uuid)
{
  for (guint i = 0; i < choices->len; i++)
    if (g_strcmp0 (((TxChoice *) g_ptr_array_index (choices, i))->uuid, uuid) == 0)
      return TRUE;
  return FALSE;
}

static void
test_staff_choices (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(TxRecord) staff = NULL;
  g_autofree char *uuid = tx_test_dup_text (db, "SELECT uuid FROM staff WHERE trashed IS NULL ORDER BY id LIMIT 1", NULL);

  /* one member made inactive: the active list leaves them out unless kept */
  staff = tx_store_load (db, TX_TYPE_STAFF, uuid, &error);
  g_assert_no_error (error);
  g_object_set (staff, "active", FALSE, NULL);
  g_assert_true (tx_store_save (db, staff, TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);

  all = tx_lookup_list_staff (db, FALSE, NULL, &error);
  g_assert_no_error (error);
  active = tx_lookup_list_staff (db, TRUE, NULL, &error);
  g_assert_no_error (error);
  kept = tx_lookup_list_staff (db, TRUE, uuid, &error);
  g_assert_no_error (error);

  g_assert_cmpint (all->len, ==, tx_test_count (db, "SELECT count(*) FROM staff WHERE trashed IS NULL", NULL));
  g_assert_cmpint (active->len, ==, tx_test_count (db, "SELECT count(*) FROM staff WHERE trashed IS NULL"
                                                       " AND active <> 0", NULL));
  g_assert_cmpuint (active->len, <, all->len);
  g_assert_true (has_uuid (all, uuid));
  g_assert_false (has_uuid (active, uuid));
  g_assert_true (has_uuid (kept, uuid));
  g_assert_cmpuint (kept->len, ==, active->len + 1);
  for (guint i = 0; i < all->len; i++)
    {
      TxChoice *choice = g_ptr_array_index (all, i);
      g_autofree char *name = stored_name (TX_TYPE_STAFF, choice->uuid);

      g_assert_cmpstr (choice->name, ==, name);
    }
}

static void
test_other_choices (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) communities = tx_lookup_list_communities (db, &error);
  g_autoptr(GPtrArray) meetings = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (communities->len, ==, tx_test_count (db, "SELECT count(*) FROM community WHERE trashed IS NULL", NULL));
  g_assert_cmpuint (communities->len, >, 0);
  meetings = tx_lookup_list_consultations (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (meetings->len, ==, tx_test_count (db, "SELECT count(*) FROM consultation WHERE trashed IS NULL", NULL));
  /* newest first, labelled "date title" */
  for (guint i = 0; i < meetings->len; i++)
    {
      TxChoice *choice = g_ptr_array_index (meetings, i);
      g_autofree char *date = tx_test_dup_text (db, "SELECT date FROM consultation WHERE uuid = ?", choice->uuid);

      g_assert_true (date == NULL || g_str_has_prefix (choice->label, date));
      if (i > 0 && date != NULL)
        {
          TxChoice *before = g_ptr_array_index (meetings, i - 1);
          g_autofree char *before_date = tx_test_dup_text (db, "SELECT date FROM consultation WHERE uuid = ?",
                                                           before->uuid);

          g_assert_cmpstr (before_date, >=, date);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = tx_test_make_temp_dir ("lookup");
  db = tx_test_open_demo_database (tmp_dir, 60, 7);

  g_test_add_func ("/lookup/names", test_names);
  g_test_add_func ("/lookup/staff-names", test_staff_names);
  g_test_add_func ("/lookup/staff-choices", test_staff_choices);
  g_test_add_func ("/lookup/other-choices", test_other_choices);
  status = g_test_run ();

  g_clear_object (&db);
  tx_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
