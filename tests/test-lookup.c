/* test-lookup.c — names by uuid and the choices a form offers (tx-lookup)
 *
 * The oracle is another path to the same facts: the records loaded by the
 * store and read through their properties, and counts in plain SQL.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/db/tx-store.h"
#include "core/model/tx-activity.h"
#include "core/model/tx-community.h"
#include "core/model/tx-consultation.h"
#include "core/model/tx-lookup.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/model/tx-staff.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"
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

static char *
dup_string (TxRecord   *record,
            const char *property)
{
  char *value = NULL;

  g_object_get (record, property, &value, NULL);
  return value;
}

/* The first rows of @table as the lists load them (tx_store_load_row). */
static GPtrArray *
list_rows (GType       type,
           const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 n = tx_test_count (db, sql, NULL);

  for (gint64 id = 1; id <= MIN (n, 30); id++)
    {
      TxRecord *row = tx_store_load_row (db, type, id, NULL);

      if (row != NULL)
        g_ptr_array_add (rows, row);
    }
  g_assert_cmpuint (rows->len, >, 0);
  return rows;
}

/* What the lists bind (names joined in the row's own query) is what the
 * look-ups by uuid say. */
static void
test_joined_names (void)
{
  g_autoptr(GPtrArray) people = list_rows (TX_TYPE_PERSON, "person");
  g_autoptr(GPtrArray) visits = list_rows (TX_TYPE_VISIT, "visit");
  g_autoptr(GPtrArray) pairings = list_rows (TX_TYPE_PAIRING, "pairing");
  g_autoptr(GPtrArray) staff = list_rows (TX_TYPE_STAFF, "staff");

  for (guint i = 0; i < people->len; i++)
    {
      TxRecord *person = g_ptr_array_index (people, i);
      g_autofree char *community = dup_string (person, "community");
      g_autofree char *joined = dup_string (person, "community-name");
      g_autofree char *looked_up = tx_lookup_community_name (db, community);

      g_assert_cmpstr (joined, ==, looked_up);
    }
  for (guint i = 0; i < visits->len; i++)
    {
      TxVisit *visit = g_ptr_array_index (visits, i);
      GPtrArray *visitors = tx_visit_get_visitors (visit);
      g_autoptr(GPtrArray) uuids = g_ptr_array_new ();
      g_autofree char *person = tx_lookup_person_name (db, tx_visit_get_person (visit));
      g_autofree char *joined_person = dup_string (TX_RECORD (visit), "person-name");
      g_autofree char *names = NULL;
      g_autofree char *joined_names = dup_string (TX_RECORD (visit), "visitor-names");

      for (guint v = 0; v < visitors->len; v++)
        g_ptr_array_add (uuids, ((TxVisitor *) g_ptr_array_index (visitors, v))->staff);
      g_ptr_array_add (uuids, NULL);
      names = tx_lookup_staff_names (db, (const char * const *) uuids->pdata);
      g_assert_cmpstr (joined_person, ==, person);
      /* in the visitors' order; none: no text */
      g_assert_cmpstr (joined_names ? joined_names : "", ==, names);
    }
  for (guint i = 0; i < pairings->len; i++)
    {
      TxPairing *pairing = g_ptr_array_index (pairings, i);
      g_autofree char *person = tx_lookup_person_name (db, tx_pairing_get_person (pairing));
      g_autofree char *member = tx_lookup_staff_name (db, tx_pairing_get_staff (pairing));
      g_autofree char *joined_person = dup_string (TX_RECORD (pairing), "person-name");
      g_autofree char *joined_staff = dup_string (TX_RECORD (pairing), "staff-name");

      g_assert_cmpstr (joined_person, ==, person);
      g_assert_cmpstr (joined_staff, ==, member);
    }
  for (guint i = 0; i < staff->len; i++)
    {
      g_autofree char *community = dup_string (g_ptr_array_index (staff, i), "community");
      g_autofree char *joined = dup_string (g_ptr_array_index (staff, i), "community-name");
      g_autofree char *looked_up = tx_lookup_community_name (db, community);

      g_assert_cmpstr (joined, ==, looked_up);
    }
}

/* A meeting's counts, against counting its rows in the test. */
static void
test_joined_counts (void)
{
  g_autoptr(GPtrArray) meetings = list_rows (TX_TYPE_CONSULTATION, "consultation");
  guint attended = 0;

  for (guint i = 0; i < meetings->len; i++)
    {
      TxConsultation *meeting = g_ptr_array_index (meetings, i);
      GPtrArray *attendees = tx_consultation_get_attendees (meeting);
      const char *uuid = tx_record_get_uuid (TX_RECORD (meeting));
      g_autofree char *present = dup_string (TX_RECORD (meeting), "present-count");
      g_autofree char *raised = dup_string (TX_RECORD (meeting), "raised-count");
      g_autofree char *chair = dup_string (TX_RECORD (meeting), "chair-name");
      g_autofree char *chair_name = tx_lookup_staff_name (db, tx_consultation_get_chair (meeting));
      guint n_present = 0;

      /* 出席 "2" and 列席 "4" sat in the meeting */
      for (guint a = 0; a < attendees->len; a++)
        {
          const char *state = ((TxAttendee *) g_ptr_array_index (attendees, a))->state;

          n_present += g_strcmp0 (state, "2") == 0 || g_strcmp0 (state, "4") == 0;
        }
      attended += n_present;
      g_assert_cmpint (atoi (present), ==, n_present);
      g_assert_cmpint (atoi (raised), ==, tx_test_count (db, "SELECT count(*) FROM suggestion"
                                                           " WHERE consultation = ? AND trashed IS NULL", uuid));
      g_assert_cmpstr (chair, ==, chair_name);
    }
  g_assert_cmpuint (attended, >, 0);
}

/* A suggestion's lead proposer (the first marked lead, else the first)
 * and how many signed, against its proposer rows. */
static void
test_joined_proposers (void)
{
  g_autoptr(GPtrArray) suggestions = list_rows (TX_TYPE_SUGGESTION, "suggestion");
  guint several = 0;

  for (guint i = 0; i < suggestions->len; i++)
    {
      TxSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      GPtrArray *proposers = tx_suggestion_get_proposers (suggestion);
      g_autofree char *joined_name = dup_string (TX_RECORD (suggestion), "lead-proposer-name");
      g_autofree char *joined_count = dup_string (TX_RECORD (suggestion), "proposer-count");
      TxProposer *lead = NULL;
      g_autofree char *name = NULL;

      for (guint p = 0; p < proposers->len && lead == NULL; p++)
        if (g_strcmp0 (((TxProposer *) g_ptr_array_index (proposers, p))->lead, "1") == 0)
          lead = g_ptr_array_index (proposers, p);
      if (lead == NULL && proposers->len > 0)
        lead = g_ptr_array_index (proposers, 0);
      name = lead ? tx_lookup_person_name (db, lead->person) : NULL;
      g_assert_cmpstr (joined_name, ==, name);
      g_assert_cmpint (atoi (joined_count), ==, proposers->len);
      several += proposers->len > 1;
    }
  g_assert_cmpuint (several, >, 0);
}

/* An activity's 出席/报名, against counting its participants here: 出席
 * is state "3", every state but 邀请 "1" is a registration; no
 * participants, no text. */
static void
test_joined_attendance (void)
{
  g_autoptr(GPtrArray) activities = list_rows (TX_TYPE_ACTIVITY, "activity");
  guint with_participants = 0, with_present = 0;

  for (guint i = 0; i < activities->len; i++)
    {
      TxActivity *activity = g_ptr_array_index (activities, i);
      GPtrArray *participants = tx_activity_get_participants (activity);
      g_autofree char *joined = dup_string (TX_RECORD (activity), "attendance");
      g_autofree char *expected = NULL;
      guint present = 0, registered = 0;

      for (guint p = 0; p < participants->len; p++)
        {
          const char *state = ((TxParticipant *) g_ptr_array_index (participants, p))->state;

          present += strcmp (state, "3") == 0;
          registered += strcmp (state, "1") != 0;
        }
      if (participants->len > 0)
        expected = g_strdup_printf ("%u/%u", present, registered);
      g_assert_cmpstr (joined, ==, expected);
      with_participants += participants->len > 0;
      with_present += present > 0;
    }
  g_assert_cmpuint (with_participants, >, 0);
  g_assert_cmpuint (with_present, >, 0);
}

/* A pairing's latest contact, against its contact rows (ISO dates compare
 * as text); none: no date. */
static void
test_joined_latest_contact (void)
{
  g_autoptr(GPtrArray) pairings = list_rows (TX_TYPE_PAIRING, "pairing");
  guint with_contacts = 0;

  for (guint i = 0; i < pairings->len; i++)
    {
      TxPairing *pairing = g_ptr_array_index (pairings, i);
      GPtrArray *contacts = tx_pairing_get_contacts (pairing);
      g_autofree char *joined = dup_string (TX_RECORD (pairing), "latest-contact");
      const char *latest = NULL;

      for (guint c = 0; c < contacts->len; c++)
        {
          const char *date = ((TxContact *) g_ptr_array_index (contacts, c))->date;

          if (date != NULL && (latest == NULL || strcmp (date, latest) > 0))
            latest = date;
        }
      g_assert_cmpstr (joined, ==, latest);
      with_contacts += latest != NULL;
    }
  g_assert_cmpuint (with_contacts, >, 0);
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
  g_test_add_func ("/lookup/joined-names", test_joined_names);
  g_test_add_func ("/lookup/joined-counts", test_joined_counts);
  g_test_add_func ("/lookup/joined-proposers", test_joined_proposers);
  g_test_add_func ("/lookup/joined-attendance", test_joined_attendance);
  g_test_add_func ("/lookup/joined-latest-contact", test_joined_latest_contact);
  status = g_test_run ();

  g_clear_object (&db);
  tx_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
