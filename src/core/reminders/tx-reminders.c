/* tx-reminders.c — the office's rules turned into a to-do list
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "core/calendar/tx-holidays.h"
#include "core/stats/tx-suggestion-rules.h"
#include "core/model/tx-codes.h"
#include "core/db/tx-settings.h"

#include "tx-reminders.h"

/* people reminded of: in the archive (在册) and not in the trash */
#define PERSON_ACTIVE "p.trashed IS NULL AND p.status = '1'"
/* an illness or hardship not marked resolved */
#define OPEN_CIRCUMSTANCE(person) \
  "EXISTS (SELECT 1 FROM person_circumstance c WHERE c.owner = " person \
  " AND coalesce(c.resolved, '') = '')"

#define MILESTONE_FIRST 70
#define MILESTONE_LAST  120

typedef struct
{
  TxDatabase               *db;
  const TxReminderOptions  *options;
  GPtrArray                *reminders;
  guint                     kind_count;   /* of the kind being added */
  char                      today[16];
  char                      horizon[16];  /* today + days */
} Context;

static void
iso_of (const TxCivilDate *date,
        char               out[16])
{
  g_snprintf (out, 16, "%04d-%02d-%02d", date->year, date->month, date->day);
}

static void
days_after (const TxCivilDate *date,
            int                days,
            TxCivilDate       *out)
{
  tx_civil_date_from_julian (tx_civil_date_to_julian (date) + days, out);
}

/* TRUE (with @error set) once the caller gave up: a newer computation
 * is on its way */
static gboolean
cancelled (Context  *context,
           GError  **error)
{
  return g_cancellable_set_error_if_cancelled (context->options->cancellable, error);
}

/* FALSE once the kind has its limit: the caller stops reading rows */
static gboolean
add (Context    *context,
     TxReminder *reminder)
{
  g_ptr_array_add (context->reminders, reminder);
  context->kind_count++;
  return context->options->limit == 0 || context->kind_count < context->options->limit;
}

static void
start_kind (Context *context)
{
  context->kind_count = 0;
}

/* ---- holidays ---------------------------------------------------------------- */

static char *
describe_due (sqlite3_stmt *stmt)
{
  g_autoptr(GPtrArray) why = g_ptr_array_new ();

  if (sqlite3_column_int (stmt, 2))
    g_ptr_array_add (why, (gpointer) _("representative person"));
  if (sqlite3_column_int (stmt, 3))
    g_ptr_array_add (why, (gpointer) _("key person"));
  if (sqlite3_column_int (stmt, 4))
    g_ptr_array_add (why, (gpointer) _("elderly"));
  if (sqlite3_column_int (stmt, 5))
    g_ptr_array_add (why, (gpointer) _("illness or hardship"));
  g_ptr_array_add (why, NULL);
  /* TRANSLATORS: separates the reasons a person is due a visit */
  return g_strjoinv (_(", "), (char **) why->pdata);
}

static gboolean
add_holiday (Context          *context,
             const TxHoliday  *holiday,
             GError          **error)
{
  int elderly_age = tx_settings_get_int (context->db, TX_SETTING_ELDERLY_AGE, 70);
  g_auto(TxStatement) stmt =
    tx_database_prepare (context->db,
                         "SELECT p.uuid, p.name, p.representative <> 0, p.key_person <> 0,"
                         "  (length(p.birth_date) >= 4 AND p.birth_date <= ?3),"
                         "  " OPEN_CIRCUMSTANCE ("p.uuid") ","
                         "  EXISTS (SELECT 1 FROM visit v WHERE v.person = p.uuid AND v.trashed IS NULL"
                         "          AND v.holiday = ?1 AND v.holiday_year = ?2) AS visited"
                         " FROM person p WHERE " PERSON_ACTIVE
                         " AND ((length(p.birth_date) >= 4 AND p.birth_date <= ?3)"
                         "   OR (?4 = 0 AND (p.representative <> 0 OR p.key_person <> 0"
                         "       OR " OPEN_CIRCUMSTANCE ("p.uuid") ")))"
                         " ORDER BY visited, p.sort_pinyin, p.id", error);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  char date[16], born_by[16];
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  TxReminder *summary;
  guint due = 0, visited = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  iso_of (&holiday->date, date);
  /* old enough on the holiday; a birth date of a year or month only counts
   * as its first day */
  g_snprintf (born_by, sizeof born_by, "%04d-%02d-%02d",
              holiday->date.year - elderly_age, holiday->date.month, holiday->date.day);
  tx_bind_text (stmt, 1, holiday->code);
  sqlite3_bind_int (stmt, 2, holiday->date.year);
  tx_bind_text (stmt, 3, born_by);
  sqlite3_bind_int (stmt, 4, holiday->elderly_only);
  while ((rc = tx_database_step_row (context->db, stmt, error)) == 1)
    {
      gboolean done = sqlite3_column_int (stmt, 6);
      g_autofree char *why = describe_due (stmt);
      /* TRANSLATORS: after the reasons a person is due a holiday visit */
      g_autofree char *person_detail = g_strdup_printf ("%s %s · %s%s", holiday->name, date, why,
                                                        done ? _(" · visited") : "");
      TxReminder *reminder;

      due++;
      visited += done;
      if (context->options->limit != 0 && people->len >= context->options->limit)
        continue;
      reminder = tx_reminder_new (TX_REMINDER_HOLIDAY_VISIT, date, "person", tx_column_text (stmt, 0),
                                  tx_column_text (stmt, 1), person_detail);
      tx_reminder_set_holiday (reminder, holiday->code, holiday->date.year);
      tx_reminder_set_done (reminder, done);
      g_ptr_array_add (people, reminder);
    }
  if (rc < 0)
    return FALSE;

  title = g_strdup_printf ("%s %s", holiday->name, date);
  detail = g_strdup_printf (_("%u due a holiday visit, %u visited"), due, visited);
  summary = tx_reminder_new (TX_REMINDER_HOLIDAY, date, NULL, NULL, title, detail);
  tx_reminder_set_holiday (summary, holiday->code, holiday->date.year);
  tx_reminder_set_done (summary, due > 0 && visited == due);
  g_ptr_array_add (context->reminders, summary);
  g_ptr_array_extend_and_steal (context->reminders, g_steal_pointer (&people));
  return TRUE;
}

static gboolean
add_holidays (Context  *context,
              GError  **error)
{
  const TxCivilDate *today = &context->options->today;
  TxCivilDate horizon;

  days_after (today, context->options->days, &horizon);
  for (int year = today->year; year <= horizon.year; year++)
    {
      g_autoptr(GPtrArray) holidays = tx_holidays_list_year (context->db, year, error);

      if (holidays == NULL)
        return FALSE;
      for (guint i = 0; i < holidays->len; i++)
        {
          const TxHoliday *holiday = g_ptr_array_index (holidays, i);

          if (cancelled (context, error))
            return FALSE;
          if (tx_civil_date_compare (&holiday->date, today) >= 0 &&
              tx_civil_date_compare (&holiday->date, &horizon) <= 0 &&
              !add_holiday (context, holiday, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* ---- birthdays ------------------------------------------------------------- */

static void
birthday_in (int          year,
             const char  *birth,
             char         out[16])
{
  TxCivilDate date;

  tx_civil_date_from_iso (birth, &date);
  date.year = year;
  /* a 29 February birthday falls on 1 March in common years */
  if (date.month == 2 && date.day == 29 && !tx_civil_date_is_leap_year (year))
    date = (TxCivilDate) { year, 3, 1 };
  iso_of (&date, out);
}

static gboolean
add_birthdays_at (Context  *context,
                  int       age,
                  GError  **error)
{
  g_auto(TxStatement) stmt =
    tx_database_prepare (context->db,
                         "SELECT p.uuid, p.name, p.birth_date FROM person p WHERE " PERSON_ACTIVE
                         " AND length(p.birth_date) = 10 AND p.birth_date >= ?1 AND p.birth_date <= ?2"
                         " ORDER BY substr(p.birth_date, 6), p.sort_pinyin", error);
  const TxCivilDate *today = &context->options->today;
  TxCivilDate horizon;
  char from[16], to[16];
  int rc;

  if (stmt == NULL)
    return FALSE;
  days_after (today, context->options->days, &horizon);
  g_snprintf (from, sizeof from, "%04d-%02d-%02d", today->year - age, today->month, today->day);
  g_snprintf (to, sizeof to, "%04d-%02d-%02d", horizon.year - age, horizon.month, horizon.day);
  tx_bind_text (stmt, 1, from);
  tx_bind_text (stmt, 2, to);
  while ((rc = tx_database_step_row (context->db, stmt, error)) == 1)
    {
      const char *birth = tx_column_text (stmt, 2);
      char date[16];
      g_autofree char *title = NULL;
      g_autofree char *detail = NULL;

      birthday_in (atoi (birth) + age, birth, date);
      title = g_strdup_printf (_("%s turns %d"), tx_column_text (stmt, 1), age);
      detail = g_strdup_printf (_("Birthday %s (born %s)"), date, birth);
      if (!add (context, tx_reminder_new (TX_REMINDER_BIRTHDAY, date, "person",
                                          tx_column_text (stmt, 0), title, detail)))
        break;
    }
  return rc >= 0;
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (tx_reminder_get_date (*(TxReminder * const *) a),
                    tx_reminder_get_date (*(TxReminder * const *) b));
}

static gboolean
add_birthdays (Context  *context,
               GError  **error)
{
  guint first = context->reminders->len;

  start_kind (context);
  for (int age = MILESTONE_FIRST; age <= MILESTONE_LAST; age += 10)
    if (cancelled (context, error) || !add_birthdays_at (context, age, error))
      return FALSE;
  /* ages were read one after the other: put the birthdays in date order */
  {
    g_autoptr(GPtrArray) tail = g_ptr_array_new_with_free_func (g_object_unref);

    while (context->reminders->len > first)
      g_ptr_array_add (tail, g_ptr_array_steal_index (context->reminders, first));
    g_ptr_array_sort (tail, compare_dates);
    g_ptr_array_extend_and_steal (context->reminders, g_steal_pointer (&tail));
  }
  return TRUE;
}

/* ---- one query, one reminder a row ------------------------------------------- */

/* Rows of (uuid, title, date, detail argument); @format makes the detail
 * from the date and the argument. */
static gboolean
add_rows (Context         *context,
          TxReminderKind   kind,
          const char      *entity,
          const char      *sql,
          const char      *bind1,
          const char      *bind2,
          const char      *format,
          GError         **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (context->db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (bind1 != NULL)
    tx_bind_text (stmt, 1, bind1);
  if (bind2 != NULL)
    tx_bind_text (stmt, 2, bind2);
  start_kind (context);
  while ((rc = tx_database_step_row (context->db, stmt, error)) == 1)
    {
      const char *date = tx_column_text (stmt, 2);
      const char *argument = tx_column_text (stmt, 3);
      g_autofree char *detail = NULL;

      /* every @format is a literal of this file with two %s */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      detail = g_strdup_printf (format, date ? date : "—", argument ? argument : "");
#pragma GCC diagnostic pop

      if (!add (context, tx_reminder_new (kind, date, entity, tx_column_text (stmt, 0),
                                          tx_column_text (stmt, 1), detail)))
        break;
    }
  return rc >= 0;
}

static gboolean
add_circumstances (Context  *context,
                   GError  **error)
{
  /* the kind's name comes from the code table, as data */
  return add_rows (context, TX_REMINDER_CIRCUMSTANCE, "person",
                   "SELECT p.uuid, p.name, c.date,"
                   "  (SELECT name FROM code WHERE kind = 'circumstance-kind' AND code = c.kind)"
                   " FROM person_circumstance c JOIN person p ON p.uuid = c.owner"
                   " WHERE " PERSON_ACTIVE " AND coalesce(c.resolved, '') = ''"
                   " AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.person = p.uuid AND v.trashed IS NULL"
                   "   AND coalesce(v.date, '') <> '' AND v.date >= coalesce(c.date, ''))"
                   " ORDER BY c.date IS NULL, c.date, p.sort_pinyin",
                   NULL, NULL, _("Recorded %s: %s; no visit since"), error);
}

static gboolean
add_suggestions (Context  *context,
                 GError  **error)
{
  g_autofree char *overdue =
    g_strconcat ("SELECT uuid, title, deadline, coalesce(handling_unit, '—') FROM suggestion WHERE trashed IS NULL AND ",
                 tx_suggestion_rule_awaiting_response (),
                 " AND coalesce(deadline, '') <> '' AND deadline < ?1 ORDER BY deadline, id", NULL);
  g_autofree char *feedback =
    g_strconcat ("SELECT uuid, title, coalesce(response_date, date), '' FROM suggestion"
                 " WHERE trashed IS NULL AND ", tx_suggestion_rule_answered (),
                 " AND NOT ", tx_suggestion_rule_reported_back (), " ORDER BY 3, id", NULL);

  return add_rows (context, TX_REMINDER_SUGGESTION_OVERDUE, "suggestion", overdue, context->today, NULL,
                   _("Deadline %s passed without a response; handled by %s"), error) &&
         add_rows (context, TX_REMINDER_SUGGESTION_FEEDBACK, "suggestion", feedback, NULL, NULL,
                   _("Answered %s; not yet reported back to the proposer%s"), error);
}

/* the day @days before today */
static void
cutoff_of (Context *context,
           int      days,
           char     out[16])
{
  TxCivilDate date;

  days_after (&context->options->today, -days, &date);
  iso_of (&date, out);
}

static gboolean
add_no_contact (Context  *context,
                GError  **error)
{
  char cutoff[16];

  cutoff_of (context, tx_settings_get_int (context->db, TX_SETTING_VISIT_INTERVAL_DAYS, 180), cutoff);
  /* representative and key persons first, then the longest silence */
  return add_rows (context, TX_REMINDER_NO_CONTACT, "person",
                   "WITH contact (person, date) AS ("
                   "  SELECT person, date FROM visit WHERE trashed IS NULL"
                   "  UNION ALL SELECT ap.person, a.start_date FROM activity_participant ap"
                   "    JOIN activity a ON a.uuid = ap.owner WHERE a.trashed IS NULL AND ap.state = '3'"
                   "  UNION ALL SELECT ca.person, c.date FROM consultation_attendee ca"
                   "    JOIN consultation c ON c.uuid = ca.owner"
                   "    WHERE c.trashed IS NULL AND ca.person IS NOT NULL AND ca.state IN ('2', '4')"
                   "  UNION ALL SELECT pr.person, pc.date FROM pairing_contact pc"
                   "    JOIN pairing pr ON pr.uuid = pc.owner WHERE pr.trashed IS NULL),"
                   " last (person, date) AS (SELECT person, max(date) FROM contact"
                   "   WHERE coalesce(date, '') <> '' AND date <= ?2 GROUP BY person)"
                   " SELECT p.uuid, p.name, coalesce(l.date, substr(p.created, 1, 10)) AS since,"
                   "  ''"
                   " FROM person p LEFT JOIN last l ON l.person = p.uuid"
                   " WHERE " PERSON_ACTIVE " AND coalesce(l.date, substr(p.created, 1, 10)) < ?1"
                   " ORDER BY (p.representative <> 0 OR p.key_person <> 0) DESC, since, p.sort_pinyin",
                   cutoff, context->today, _("No contact since %s%s"), error);
}

static gboolean
add_pairings (Context  *context,
              GError  **error)
{
  char cutoff[16];

  cutoff_of (context, tx_settings_get_int (context->db, TX_SETTING_PAIRING_CONTACT_DAYS, 90), cutoff);
  return add_rows (context, TX_REMINDER_PAIRING, "pairing",
                   "SELECT pr.uuid, p.name || ' — ' || s.name,"
                   "  coalesce(max(pc.date), pr.since, substr(pr.created, 1, 10)) AS last, ''"
                   " FROM pairing pr JOIN person p ON p.uuid = pr.person JOIN staff s ON s.uuid = pr.staff"
                   " LEFT JOIN pairing_contact pc ON pc.owner = pr.uuid AND coalesce(pc.date, '') <> ''"
                   "   AND pc.date <= ?2"
                   " WHERE pr.trashed IS NULL AND " PERSON_ACTIVE
                   " AND (coalesce(pr.until, '') = '' OR pr.until >= ?2)"
                   " GROUP BY pr.id HAVING last < ?1 ORDER BY last, pr.id",
                   cutoff, context->today, _("No contact logged since %s%s"), error);
}

/* ---- the year's meetings --------------------------------------------------------- */

static gboolean
add_meetings_of_type (Context     *context,
                      const char  *type,
                      const char  *setting,
                      int          fallback,
                      GError     **error)
{
  g_auto(TxStatement) stmt =
    tx_database_prepare (context->db,
                         "SELECT count(*) FROM consultation WHERE trashed IS NULL"
                         " AND consultation_type = ?1 AND date >= ?2 AND date < ?3", error);
  const TxCivilDate *today = &context->options->today;
  int required = tx_settings_get_int (context->db, setting, fallback);
  char year[8], next_year[8], year_end[16];
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  gint64 held;

  if (stmt == NULL)
    return FALSE;
  g_snprintf (year, sizeof year, "%04d", today->year);
  g_snprintf (next_year, sizeof next_year, "%04d", today->year + 1);
  tx_bind_text (stmt, 1, type);
  tx_bind_text (stmt, 2, year);
  tx_bind_text (stmt, 3, next_year);
  if (tx_database_step_row (context->db, stmt, error) != 1)
    return FALSE;
  held = sqlite3_column_int64 (stmt, 0);
  if (held >= required)
    return TRUE;
  g_snprintf (year_end, sizeof year_end, "%04d-12-31", today->year);
  title = g_strdup_printf (_("%s: %d of %d held in %d"),
                           tx_code_table_name (TX_CODE_CONSULTATION_TYPE, type), (int) held, required, today->year);
  /* the month we are in still counts */
  detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month left this year", "%d months left this year",
                                         13 - today->month), 13 - today->month);
  g_ptr_array_add (context->reminders,
                   tx_reminder_new (TX_REMINDER_MEETINGS, year_end, "consultation", NULL, title, detail));
  return TRUE;
}

static gboolean
add_meetings (Context  *context,
              GError  **error)
{
  /* consultation-type codes: 2 情况通报会, 1 民主协商会 */
  return add_meetings_of_type (context, "2", TX_SETTING_BRIEFINGS_PER_YEAR, 2, error) &&
         add_meetings_of_type (context, "1", TX_SETTING_CONSULTATIONS_PER_YEAR, 1, error);
}

/* ---- public --------------------------------------------------------------------- */

void
tx_reminder_options_init (TxReminderOptions *options)
{
  g_return_if_fail (options != NULL);

  tx_civil_date_today (&options->today);
  options->days = 30;
  options->limit = 0;
  options->cancellable = NULL;
}

GPtrArray *
tx_reminders_compute (TxDatabase               *db,
                      const TxReminderOptions  *options,
                      GError                  **error)
{
  g_autoptr(GPtrArray) reminders = g_ptr_array_new_with_free_func (g_object_unref);
  Context context = { db, options, reminders, 0 };
  TxCivilDate horizon;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (options != NULL && options->today.day != 0, NULL);

  iso_of (&options->today, context.today);
  days_after (&options->today, options->days, &horizon);
  iso_of (&horizon, context.horizon);
  if (cancelled (&context, error) || !add_holidays (&context, error) ||
      cancelled (&context, error) || !add_birthdays (&context, error) ||
      cancelled (&context, error) || !add_circumstances (&context, error) ||
      cancelled (&context, error) || !add_suggestions (&context, error) ||
      cancelled (&context, error) || !add_no_contact (&context, error) ||
      cancelled (&context, error) || !add_meetings (&context, error) ||
      cancelled (&context, error) || !add_pairings (&context, error))
    return NULL;
  return g_steal_pointer (&reminders);
}
