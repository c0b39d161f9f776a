/* test-reminders.c — each reminder rule on crafted records: due, not due,
 * already done, the deceased, the moved away and the trash skipped, the
 * thresholds read from the office settings
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "core/calendar/tx-holidays.h"
#include "core/reminders/tx-reminders.h"
#include "core/model/tx-activity.h"
#include "core/model/tx-consultation.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/db/tx-settings.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"

#include "tx-test-util.h"

#define ACTIVE    "1"
#define MOVED     "2"
#define DECEASED  "3"

enum { PLAIN = 0, REPRESENTATIVE = 1, KEY = 2, TRASHED = 4 };

typedef struct
{
  char       *dir;
  TxDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) created = g_date_time_new_utc (2025, 1, 1, 9, 0, 0);

  fixture->dir = tx_test_make_temp_dir ("reminders");
  fixture->db = tx_test_open_database (fixture->dir, "tongxin.db");
  /* records were entered long ago: their creation is no recent contact */
  tx_database_pin_clock (fixture->db, created);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->db);
  tx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
save (TxDatabase *db,
      gpointer    record,
      gboolean    trashed)
{
  g_autoptr(GError) error = NULL;

  tx_store_save (db, TX_RECORD (record), TX_SAVE_DEFAULT, &error);
  g_assert_no_error (error);
  if (trashed)
    g_assert_true (tx_store_trash (db, TX_RECORD (record), &error));
  g_assert_no_error (error);
}

static char *
person (Fixture    *fixture,
        const char *name,
        const char *status,
        int         flags,
        const char *birth,
        const char *illness_date)   /* an open illness recorded then, or NULL */
{
  g_autoptr(TxPerson) person = tx_person_new ();

  tx_person_set_name (person, name);
  tx_person_set_status (person, status);
  tx_person_set_representative (person, (flags & REPRESENTATIVE) != 0);
  tx_person_set_key_person (person, (flags & KEY) != 0);
  tx_person_set_birth_date (person, birth);
  if (illness_date != NULL)
    tx_person_add_circumstance (person, "1", illness_date, "住院", NULL);
  save (fixture->db, person, (flags & TRASHED) != 0);
  return g_strdup (tx_record_get_uuid (TX_RECORD (person)));
}

static void
visit (Fixture    *fixture,
       const char *person_uuid,
       const char *date,
       const char *holiday,
       int         holiday_year,
       gboolean    trashed)
{
  g_autoptr(TxVisit) visit = tx_visit_new ();

  tx_visit_set_person (visit, person_uuid);
  tx_visit_set_date (visit, date);
  tx_visit_set_reason (visit, holiday ? "1" : "6");
  tx_visit_set_holiday (visit, holiday);
  tx_visit_set_holiday_year (visit, holiday_year);
  save (fixture->db, visit, trashed);
}

static void
set_setting (Fixture    *fixture,
             const char *key,
             const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_settings_set (fixture->db, key, value, &error));
  g_assert_no_error (error);
}

static GPtrArray *
remind (Fixture    *fixture,
        const char *today,
        int         days)
{
  g_autoptr(GError) error = NULL;
  TxReminderOptions options;
  GPtrArray *reminders;

  tx_reminder_options_init (&options);
  g_assert_true (tx_civil_date_from_iso (today, &options.today));
  options.days = days;
  reminders = tx_reminders_compute (fixture->db, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reminders);
  return reminders;
}

/* the reminder of @kind about @uuid (NULL: about no record), or NULL */
static TxReminder *
find (GPtrArray      *reminders,
      TxReminderKind  kind,
      const char     *uuid)
{
  for (guint i = 0; i < reminders->len; i++)
    {
      TxReminder *reminder = g_ptr_array_index (reminders, i);

      if (tx_reminder_get_kind (reminder) == kind && g_strcmp0 (tx_reminder_get_uuid (reminder), uuid) == 0)
        return reminder;
    }
  return NULL;
}

static guint
count_kind (GPtrArray      *reminders,
            TxReminderKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < reminders->len; i++)
    n += tx_reminder_get_kind (g_ptr_array_index (reminders, i)) == kind;
  return n;
}

static void
assert_due (GPtrArray      *reminders,
            TxReminderKind  kind,
            const char     *uuid,
            const char     *date)
{
  TxReminder *reminder = find (reminders, kind, uuid);

  g_assert_nonnull (reminder);
  g_assert_cmpstr (tx_reminder_get_date (reminder), ==, date);
}

/* ---- holiday visits ---------------------------------------------------------- */

static void
test_holiday_visits (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *representative = person (fixture, "甲", ACTIVE, REPRESENTATIVE, "1980-01-01", NULL);
  g_autofree char *visited = person (fixture, "乙", ACTIVE, KEY, "1980-01-01", NULL);
  g_autofree char *elderly = person (fixture, "丙", ACTIVE, PLAIN, "1950-01-01", NULL);
  g_autofree char *young = person (fixture, "丁", ACTIVE, PLAIN, "1990-01-01", NULL);
  g_autofree char *deceased = person (fixture, "戊", DECEASED, REPRESENTATIVE, "1940-01-01", NULL);
  g_autofree char *moved = person (fixture, "己", MOVED, REPRESENTATIVE, "1940-01-01", NULL);
  g_autofree char *trashed = person (fixture, "庚", ACTIVE, REPRESENTATIVE | TRASHED, "1940-01-01", NULL);
  g_autofree char *last_year = person (fixture, "辛", ACTIVE, KEY, NULL, NULL);
  g_autofree char *ill = person (fixture, "壬", ACTIVE, PLAIN, "1985-05-05", "2026-12-01");
  g_autoptr(GPtrArray) reminders = NULL;
  TxReminder *summary, *done;

  visit (fixture, visited, "2027-02-03", "01", 2027, FALSE);
  visit (fixture, last_year, "2026-02-10", "01", 2026, FALSE);
  visit (fixture, representative, "2027-02-01", "01", 2027, TRUE);   /* in the trash: not made */

  /* 2027-01-20 + 30 days: 春节 2027-02-06 is in, 元宵节 2027-02-20 is not */
  reminders = remind (fixture, "2027-01-20", 30);
  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_HOLIDAY), ==, 1);
  summary = find (reminders, TX_REMINDER_HOLIDAY, NULL);
  g_assert_cmpstr (tx_reminder_get_date (summary), ==, "2027-02-06");
  g_assert_cmpstr (tx_reminder_get_holiday (summary), ==, "01");
  g_assert_cmpint (tx_reminder_get_holiday_year (summary), ==, 2027);
  g_assert_nonnull (strstr (tx_reminder_get_title (summary), "春节 2027-02-06"));

  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_HOLIDAY_VISIT), ==, 5);
  for (const char *uuid, * const *due = (const char * const []) { representative, visited, elderly, last_year, ill, NULL };
       (uuid = *due) != NULL; due++)
    {
      TxReminder *reminder = find (reminders, TX_REMINDER_HOLIDAY_VISIT, uuid);

      g_assert_nonnull (reminder);
      g_assert_cmpstr (tx_reminder_get_date (reminder), ==, "2027-02-06");
      g_assert_cmpstr (tx_reminder_get_holiday (reminder), ==, "01");
      g_assert_cmpint (tx_reminder_get_holiday_year (reminder), ==, 2027);
      g_assert_cmpint (tx_reminder_get_done (reminder), ==, uuid == visited);
    }
  for (const char *uuid, * const *skipped = (const char * const []) { young, deceased, moved, trashed, NULL };
       (uuid = *skipped) != NULL; skipped++)
    g_assert_null (find (reminders, TX_REMINDER_HOLIDAY_VISIT, uuid));
  done = find (reminders, TX_REMINDER_HOLIDAY_VISIT, visited);
  g_assert_true (tx_reminder_get_done (done));

  /* the age that counts as elderly is the office's setting */
  set_setting (fixture, "reminder.elderly-age", "80");
  g_clear_pointer (&reminders, g_ptr_array_unref);
  reminders = remind (fixture, "2027-01-20", 30);
  g_assert_null (find (reminders, TX_REMINDER_HOLIDAY_VISIT, elderly));
  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_HOLIDAY_VISIT), ==, 4);
}

/* 重阳节 is a visit for older people only; office festivals are reminded of */
static void
test_double_ninth_and_office_festivals (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autofree char *representative = person (fixture, "甲", ACTIVE, REPRESENTATIVE, "1980-01-01", NULL);
  g_autofree char *elderly = person (fixture, "丙", ACTIVE, PLAIN, "1950-01-01", NULL);
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GError) error = NULL;
  guint holidays = 0;

  g_assert_true (tx_holidays_add_office (fixture->db, "09", "2027-10-05", NULL, &error));
  g_assert_no_error (error);
  /* 2027-10-02 + 7 days: 开斋节 10-05 and 重阳节 10-08; 国庆节 10-01 is past */
  reminders = remind (fixture, "2027-10-02", 7);
  for (guint i = 0; i < reminders->len; i++)
    {
      TxReminder *reminder = g_ptr_array_index (reminders, i);

      if (tx_reminder_get_kind (reminder) != TX_REMINDER_HOLIDAY)
        continue;
      holidays++;
      g_assert_true (g_str_equal (tx_reminder_get_holiday (reminder), "09") ||
                     g_str_equal (tx_reminder_get_holiday (reminder), "08"));
    }
  g_assert_cmpuint (holidays, ==, 2);
  /* each of them is due both visits but 重阳节 only the elder's */
  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_HOLIDAY_VISIT), ==, 3);
  for (guint i = 0; i < reminders->len; i++)
    {
      TxReminder *reminder = g_ptr_array_index (reminders, i);

      if (tx_reminder_get_kind (reminder) == TX_REMINDER_HOLIDAY_VISIT &&
          g_str_equal (tx_reminder_get_holiday (reminder), "08"))
        {
          g_assert_cmpstr (tx_reminder_get_uuid (reminder), ==, elderly);
          g_assert_cmpstr (tx_reminder_get_date (reminder), ==, "2027-10-08");
        }
    }
}

/* ---- birthdays --------------------------------------------------------------- */

static void
test_milestone_birthdays (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *seventy = person (fixture, "甲", ACTIVE, PLAIN, "1957-02-01", NULL);
  g_autofree char *eighty = person (fixture, "乙", ACTIVE, PLAIN, "1947-01-25", NULL);
  g_autofree char *hundred = person (fixture, "丙", ACTIVE, PLAIN, "1927-01-20", NULL);   /* today */
  g_autofree char *sixty_nine = person (fixture, "丁", ACTIVE, PLAIN, "1958-02-01", NULL);
  g_autofree char *later = person (fixture, "戊", ACTIVE, PLAIN, "1957-03-01", NULL);
  g_autofree char *yesterday = person (fixture, "己", ACTIVE, PLAIN, "1957-01-19", NULL);
  g_autofree char *year_only = person (fixture, "庚", ACTIVE, PLAIN, "1957", NULL);
  g_autofree char *deceased = person (fixture, "辛", DECEASED, PLAIN, "1937-01-21", NULL);
  g_autofree char *moved = person (fixture, "壬", MOVED, PLAIN, "1937-01-22", NULL);
  g_autofree char *trashed = person (fixture, "癸", ACTIVE, TRASHED, "1937-01-23", NULL);
  g_autoptr(GPtrArray) reminders = remind (fixture, "2027-01-20", 30);

  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_BIRTHDAY), ==, 3);
  assert_due (reminders, TX_REMINDER_BIRTHDAY, hundred, "2027-01-20");
  assert_due (reminders, TX_REMINDER_BIRTHDAY, eighty, "2027-01-25");
  assert_due (reminders, TX_REMINDER_BIRTHDAY, seventy, "2027-02-01");
  for (const char *uuid, * const *not_due = (const char * const []) { sixty_nine, later, yesterday, year_only,
                                                                        deceased, moved, trashed, NULL };
       (uuid = *not_due) != NULL; not_due++)
    g_assert_null (find (reminders, TX_REMINDER_BIRTHDAY, uuid));
  /* in date order */
  g_assert_true (find (reminders, TX_REMINDER_BIRTHDAY, hundred) ==
                 g_ptr_array_index (reminders, 0 + count_kind (reminders, TX_REMINDER_HOLIDAY) +
                                    count_kind (reminders, TX_REMINDER_HOLIDAY_VISIT)));
}

/* ---- illness and hardship ----------------------------------------------------- */

static void
test_circumstances (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *not_visited = person (fixture, "甲", ACTIVE, PLAIN, NULL, "2026-12-01");
  g_autofree char *visited = person (fixture, "乙", ACTIVE, PLAIN, NULL, "2026-12-01");
  g_autofree char *visited_before = person (fixture, "丙", ACTIVE, PLAIN, NULL, "2026-12-10");
  g_autofree char *trashed_visit = person (fixture, "丁", ACTIVE, PLAIN, NULL, "2026-12-10");
  g_autofree char *deceased = person (fixture, "戊", DECEASED, PLAIN, NULL, "2026-12-01");
  g_autofree char *moved = person (fixture, "己", MOVED, PLAIN, NULL, "2026-12-01");
  g_autofree char *trashed = person (fixture, "庚", ACTIVE, TRASHED, NULL, "2026-12-01");
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(TxPerson) resolved = tx_person_new ();

  tx_person_set_name (resolved, "辛");
  tx_person_add_circumstance (resolved, "2", "2026-11-01", "困难", "2026-12-20");
  save (fixture->db, resolved, FALSE);
  visit (fixture, visited, "2026-12-05", NULL, 0, FALSE);
  visit (fixture, visited_before, "2026-11-01", NULL, 0, FALSE);
  visit (fixture, trashed_visit, "2026-12-15", NULL, 0, TRUE);

  reminders = remind (fixture, "2027-01-20", 30);
  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_CIRCUMSTANCE), ==, 3);
  assert_due (reminders, TX_REMINDER_CIRCUMSTANCE, not_visited, "2026-12-01");
  assert_due (reminders, TX_REMINDER_CIRCUMSTANCE, visited_before, "2026-12-10");
  assert_due (reminders, TX_REMINDER_CIRCUMSTANCE, trashed_visit, "2026-12-10");
  for (const char *uuid, * const *not_due = (const char * const []) { visited, deceased, moved, trashed, NULL };
       (uuid = *not_due) != NULL; not_due++)
    g_assert_null (find (reminders, TX_REMINDER_CIRCUMSTANCE, uuid));
}

/* ---- suggestions -------------------------------------------------------------- */

static char *
suggestion (Fixture    *fixture,
            const char *state,
            const char *deadline,
            const char *response_date,
            const char *feedback_date,
            gboolean    trashed)
{
  g_autoptr(TxSuggestion) suggestion = tx_suggestion_new ();

  tx_suggestion_set_title (suggestion, "建议");
  tx_suggestion_set_date (suggestion, "2026-10-01");
  tx_suggestion_set_state (suggestion, state);
  tx_suggestion_set_deadline (suggestion, deadline);
  tx_suggestion_set_response_date (suggestion, response_date);
  tx_suggestion_set_response (suggestion, response_date ? "答复意见" : NULL);
  tx_suggestion_set_feedback_date (suggestion, feedback_date);
  tx_suggestion_set_feedback (suggestion, feedback_date ? "已反馈" : NULL);
  save (fixture->db, suggestion, trashed);
  return g_strdup (tx_record_get_uuid (TX_RECORD (suggestion)));
}

static void
test_suggestions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *overdue = suggestion (fixture, "03", "2027-01-10", NULL, NULL, FALSE);
  g_autofree char *not_yet = suggestion (fixture, "02", "2027-01-20", NULL, NULL, FALSE);
  g_autofree char *answered_late = suggestion (fixture, "05", "2026-12-01", "2027-01-05", NULL, FALSE);
  g_autofree char *trashed = suggestion (fixture, "01", "2026-12-01", NULL, NULL, TRUE);
  g_autofree char *reported = suggestion (fixture, "08", "2026-12-01", "2026-11-20", "2026-11-25", FALSE);
  g_autofree char *adopted_told = suggestion (fixture, "05", NULL, "2026-11-20", "2026-11-28", FALSE);
  g_autofree char *adopted_untold = suggestion (fixture, "05", NULL, "2026-11-21", NULL, FALSE);
  g_autofree char *rejected = suggestion (fixture, "10", "2026-12-01", NULL, NULL, FALSE);
  g_autoptr(GPtrArray) reminders = remind (fixture, "2027-01-20", 30);

  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_SUGGESTION_OVERDUE), ==, 1);
  assert_due (reminders, TX_REMINDER_SUGGESTION_OVERDUE, overdue, "2027-01-10");
  g_assert_cmpstr (tx_reminder_get_entity (find (reminders, TX_REMINDER_SUGGESTION_OVERDUE, overdue)), ==, "suggestion");

  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_SUGGESTION_FEEDBACK), ==, 2);
  assert_due (reminders, TX_REMINDER_SUGGESTION_FEEDBACK, adopted_untold, "2026-11-21");
  assert_due (reminders, TX_REMINDER_SUGGESTION_FEEDBACK, answered_late, "2027-01-05");
  for (const char *uuid, * const *not_due = (const char * const []) { not_yet, trashed, reported, adopted_told,
                                                                        rejected, NULL };
       (uuid = *not_due) != NULL; not_due++)
    {
      g_assert_null (find (reminders, TX_REMINDER_SUGGESTION_OVERDUE, uuid));
      g_assert_null (find (reminders, TX_REMINDER_SUGGESTION_FEEDBACK, uuid));
    }
}

/* ---- contact ------------------------------------------------------------------ */

static char *
staff (Fixture *fixture)
{
  g_autoptr(TxStaff) staff = tx_staff_new ();

  tx_staff_set_name (staff, "干部");
  save (fixture->db, staff, FALSE);
  return g_strdup (tx_record_get_uuid (TX_RECORD (staff)));
}

static char *
pairing (Fixture    *fixture,
         const char *staff_uuid,
         const char *person_uuid,
         const char *since,
         const char *until,
         const char *contact,
         gboolean    trashed)
{
  g_autoptr(TxPairing) pairing = tx_pairing_new ();

  tx_pairing_set_staff (pairing, staff_uuid);
  tx_pairing_set_person (pairing, person_uuid);
  tx_pairing_set_since (pairing, since);
  tx_pairing_set_until (pairing, until);
  if (contact != NULL)
    tx_pairing_add_contact (pairing, contact, "1", NULL);
  save (fixture->db, pairing, trashed);
  return g_strdup (tx_record_get_uuid (TX_RECORD (pairing)));
}

static void
test_no_contact (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *visited = person (fixture, "甲", ACTIVE, PLAIN, NULL, NULL);
  g_autofree char *long_ago = person (fixture, "乙", ACTIVE, PLAIN, NULL, NULL);
  g_autofree char *attended = person (fixture, "丙", ACTIVE, PLAIN, NULL, NULL);
  g_autofree char *absent = person (fixture, "丁", ACTIVE, PLAIN, NULL, NULL);
  g_autofree char *met = person (fixture, "戊", ACTIVE, PLAIN, NULL, NULL);
  g_autofree char *paired = person (fixture, "己", ACTIVE, PLAIN, NULL, NULL);
  g_autofree char *never = person (fixture, "庚", ACTIVE, PLAIN, NULL, NULL);
  g_autofree char *deceased = person (fixture, "辛", DECEASED, PLAIN, NULL, NULL);
  g_autofree char *trashed = person (fixture, "壬", ACTIVE, TRASHED, NULL, NULL);
  g_autofree char *staff_uuid = staff (fixture);
  g_autofree char *pairing_uuid = pairing (fixture, staff_uuid, paired, "2025-01-01", NULL, "2026-12-01", FALSE);
  g_autoptr(TxActivity) activity = tx_activity_new ();
  g_autoptr(TxConsultation) meeting = tx_consultation_new ();
  g_autoptr(GPtrArray) reminders = NULL;

  visit (fixture, visited, "2026-12-01", NULL, 0, FALSE);
  visit (fixture, long_ago, "2026-06-01", NULL, 0, FALSE);
  tx_activity_set_title (activity, "联谊会");
  tx_activity_set_start_date (activity, "2026-12-01");
  tx_activity_add_participant (activity, attended, "3", NULL);   /* 出席 */
  tx_activity_add_participant (activity, absent, "5", NULL);     /* 缺席 */
  save (fixture->db, activity, FALSE);
  tx_consultation_set_title (meeting, "通报会");
  tx_consultation_set_date (meeting, "2026-12-02");
  tx_consultation_add_attendee (meeting, met, NULL, "2", NULL);  /* 出席 */
  save (fixture->db, meeting, FALSE);

  set_setting (fixture, "reminder.visit-interval-days", "100");   /* since 2026-10-12 */
  reminders = remind (fixture, "2027-01-20", 30);
  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_NO_CONTACT), ==, 3);
  assert_due (reminders, TX_REMINDER_NO_CONTACT, long_ago, "2026-06-01");
  assert_due (reminders, TX_REMINDER_NO_CONTACT, absent, "2025-01-01");   /* in the archive since */
  assert_due (reminders, TX_REMINDER_NO_CONTACT, never, "2025-01-01");
  for (const char *uuid, * const *not_due = (const char * const []) { visited, attended, met, paired,
                                                                        deceased, trashed, NULL };
       (uuid = *not_due) != NULL; not_due++)
    g_assert_null (find (reminders, TX_REMINDER_NO_CONTACT, uuid));

  set_setting (fixture, "reminder.visit-interval-days", "1000");
  g_clear_pointer (&reminders, g_ptr_array_unref);
  reminders = remind (fixture, "2027-01-20", 30);
  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_NO_CONTACT), ==, 0);
}

static void
test_pairings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *someone = person (fixture, "甲", ACTIVE, PLAIN, NULL, NULL);
  g_autofree char *deceased = person (fixture, "乙", DECEASED, PLAIN, NULL, NULL);
  g_autofree char *staff_uuid = staff (fixture);
  g_autofree char *recent = pairing (fixture, staff_uuid, someone, "2025-03-01", NULL, "2026-12-01", FALSE);
  g_autofree char *silent = pairing (fixture, staff_uuid, someone, "2025-03-01", NULL, "2026-06-01", FALSE);
  g_autofree char *never = pairing (fixture, staff_uuid, someone, "2026-01-01", NULL, NULL, FALSE);
  g_autofree char *ended = pairing (fixture, staff_uuid, someone, "2025-03-01", "2026-12-31", NULL, FALSE);
  g_autofree char *with_deceased = pairing (fixture, staff_uuid, deceased, "2025-03-01", NULL, NULL, FALSE);
  g_autofree char *trashed = pairing (fixture, staff_uuid, someone, "2025-03-01", NULL, NULL, TRUE);
  g_autoptr(GPtrArray) reminders = remind (fixture, "2027-01-20", 30);

  /* 90 days by default: before 2026-10-22 */
  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_PAIRING), ==, 2);
  assert_due (reminders, TX_REMINDER_PAIRING, never, "2026-01-01");
  assert_due (reminders, TX_REMINDER_PAIRING, silent, "2026-06-01");
  for (const char *uuid, * const *not_due = (const char * const []) { recent, ended, with_deceased, trashed, NULL };
       (uuid = *not_due) != NULL; not_due++)
    g_assert_null (find (reminders, TX_REMINDER_PAIRING, uuid));

  set_setting (fixture, "reminder.pairing-contact-days", "30");   /* before 2026-12-21 */
  g_clear_pointer (&reminders, g_ptr_array_unref);
  reminders = remind (fixture, "2027-01-20", 30);
  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_PAIRING), ==, 3);
  g_assert_nonnull (find (reminders, TX_REMINDER_PAIRING, recent));
}

/* ---- the year's meetings ----------------------------------------------------- */

static void
meeting (Fixture    *fixture,
         const char *type,
         const char *date,
         gboolean    trashed)
{
  g_autoptr(TxConsultation) meeting = tx_consultation_new ();

  tx_consultation_set_title (meeting, "会议");
  tx_consultation_set_consultation_type (meeting, type);
  tx_consultation_set_date (meeting, date);
  save (fixture->db, meeting, trashed);
}

static void
test_meetings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) reminders = NULL;
  TxReminder *short_of;

  meeting (fixture, "2", "2027-03-05", FALSE);   /* 情况通报会 */
  meeting (fixture, "2", "2026-11-05", FALSE);   /* last year */
  meeting (fixture, "2", "2027-04-05", TRUE);    /* in the trash */
  meeting (fixture, "1", "2027-02-01", FALSE);   /* 民主协商会 */

  reminders = remind (fixture, "2027-09-20", 30);
  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_MEETINGS), ==, 1);
  short_of = find (reminders, TX_REMINDER_MEETINGS, NULL);
  g_assert_cmpstr (tx_reminder_get_date (short_of), ==, "2027-12-31");
  g_assert_nonnull (strstr (tx_reminder_get_title (short_of), "情况通报会"));
  g_assert_nonnull (strstr (tx_reminder_get_title (short_of), "1"));
  g_assert_nonnull (strstr (tx_reminder_get_detail (short_of), "4"));   /* September to December */

  set_setting (fixture, "meetings.briefings-per-year", "1");
  set_setting (fixture, "meetings.consultations-per-year", "2");
  g_clear_pointer (&reminders, g_ptr_array_unref);
  reminders = remind (fixture, "2027-09-20", 30);
  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_MEETINGS), ==, 1);
  g_assert_nonnull (strstr (tx_reminder_get_title (find (reminders, TX_REMINDER_MEETINGS, NULL)), "民主协商会"));
}

static void
test_limit (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GError) error = NULL;
  TxReminderOptions options;

  for (int i = 0; i < 5; i++)
    g_free (person (fixture, "甲", ACTIVE, REPRESENTATIVE, NULL, NULL));
  tx_reminder_options_init (&options);
  tx_civil_date_from_iso ("2027-01-20", &options.today);
  options.limit = 2;
  reminders = tx_reminders_compute (fixture->db, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_HOLIDAY_VISIT), ==, 2);
  g_assert_cmpuint (count_kind (reminders, TX_REMINDER_NO_CONTACT), ==, 2);
  /* the summary still counts everyone */
  g_assert_nonnull (strstr (tx_reminder_get_detail (find (reminders, TX_REMINDER_HOLIDAY, NULL)), "5"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/reminders/holiday-visits", test_holiday_visits);
  ADD ("/reminders/double-ninth-and-office-festivals", test_double_ninth_and_office_festivals);
  ADD ("/reminders/milestone-birthdays", test_milestone_birthdays);
  ADD ("/reminders/circumstances", test_circumstances);
  ADD ("/reminders/suggestions", test_suggestions);
  ADD ("/reminders/no-contact", test_no_contact);
  ADD ("/reminders/pairings", test_pairings);
  ADD ("/reminders/meetings", test_meetings);
  ADD ("/reminders/limit", test_limit);
  return g_test_run ();
}
