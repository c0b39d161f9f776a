/* tx-meeting-documents.c — 签到表 for an activity or a consultation, and
 * 会议纪要 of a consultation
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-activity-query.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-consultation.h"
#include "core/model/tx-meeting-query.h"
#include "core/model/tx-person.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"

#include "tx-documents-private.h"

#define SIGNATURE_ROW_HEIGHT 26.0

static char *
when (const char *date,
      const char *time)
{
  g_autofree char *day = _tx_document_long_date (date);

  if (time == NULL || *time == '\0')
    return g_steal_pointer (&day);
  return g_strdup_printf ("%s %s", day, time);
}

/* ---- sign-in sheet ------------------------------------------------------------ */

static void
add_signin_row (TxReportTable *table,
                guint          number,
                const char    *name,
                const char    *unit)
{
  g_autofree char *text = g_strdup_printf ("%u", number);

  tx_report_table_add_cell (table, text, TX_REPORT_CELL_CENTER, 1, 1);
  tx_report_table_add_cell (table, name, TX_REPORT_CELL_CENTER, 1, 1);
  tx_report_table_add_cell (table, unit, TX_REPORT_CELL_DEFAULT, 1, 1);
  tx_report_table_add_cell (table, "", TX_REPORT_CELL_DEFAULT, 1, 1);
  tx_report_table_add_cell (table, "", TX_REPORT_CELL_DEFAULT, 1, 1);
  tx_report_table_end_row (table, SIGNATURE_ROW_HEIGHT);
}

static TxReportTable *
add_signin_table (TxReport *report)
{
  static const double widths[] = { 30, 70, 210, 110, 70 };
  const char *labels[] = { _("No."), _("Name"), _("Work unit and post"), _("Signature"), _("Time") };
  TxReportTable *table = tx_report_add_table (report, TX_REPORT_TABLE_GRID, 5, widths);

  tx_report_table_add_row (table, labels, TX_REPORT_CELL_DEFAULT);
  tx_report_table_set_header_rows (table, 1);
  return table;
}

/* The people invited, in surname stroke order (as offices list them). */
static gboolean
add_invited (TxReportTable      *table,
             TxDatabase         *db,
             const char * const *uuids,
             guint              *number,
             GError            **error)
{
  g_autoptr(GArray) ids = _tx_document_people_ids (db, NULL, uuids, TX_PERSON_SORT_STROKES, NULL, error);

  if (ids == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(TxRecord) person = tx_store_load_row (db, TX_TYPE_PERSON, g_array_index (ids, gint64, i), error);
      g_autofree char *unit = NULL;

      if (person == NULL)
        return FALSE;
      unit = _tx_document_unit_and_post (tx_person_get_work_unit (TX_PERSON (person)),
                                         tx_person_get_work_post (TX_PERSON (person)));
      add_signin_row (table, ++*number, tx_person_get_name (TX_PERSON (person)), unit);
    }
  return TRUE;
}

static void
add_meeting_heading (TxReport   *report,
                     const char *name,
                     const char *time,
                     const char *place)
{
  g_autofree char *line = g_strdup_printf (_("Time: %s    Place: %s"), time, _tx_document_text (place));

  tx_report_add_text (report, TX_REPORT_TEXT_TITLE, name);
  tx_report_add_text (report, TX_REPORT_TEXT_SUBTITLE, tx_report_get_title (report));
  tx_report_add_space (report, 4);
  tx_report_add_text (report, TX_REPORT_TEXT_BODY, line);
  tx_report_add_space (report, 6);
}

TxReport *
tx_signin_sheet_build (TxDatabase  *db,
                       const char  *activity_uuid,
                       const char  *consultation_uuid,
                       guint        blank_rows,
                       GError     **error)
{
  g_autoptr(TxRecord) record = NULL;
  g_autoptr(GPtrArray) uuids = g_ptr_array_new ();
  g_autoptr(TxReport) report = NULL;
  g_autofree char *time = NULL;
  const char *name, *place;
  TxReportTable *table;
  guint number = 0;

  record = _tx_document_load (db, activity_uuid ? TX_TYPE_ACTIVITY : TX_TYPE_CONSULTATION,
                              activity_uuid ? activity_uuid : consultation_uuid, error);
  if (record == NULL)
    return NULL;
  if (TX_IS_ACTIVITY (record))
    {
      GPtrArray *participants = tx_activity_get_participants (TX_ACTIVITY (record));

      for (guint i = 0; i < participants->len; i++)
        g_ptr_array_add (uuids, ((TxParticipant *) g_ptr_array_index (participants, i))->person);
      name = tx_activity_get_title (TX_ACTIVITY (record));
      place = tx_activity_get_place (TX_ACTIVITY (record));
      time = when (tx_activity_get_start_date (TX_ACTIVITY (record)), tx_activity_get_start_time (TX_ACTIVITY (record)));
    }
  else
    {
      GPtrArray *attendees = tx_consultation_get_attendees (TX_CONSULTATION (record));

      for (guint i = 0; i < attendees->len; i++)
        if (((TxAttendee *) g_ptr_array_index (attendees, i))->person != NULL)
          g_ptr_array_add (uuids, ((TxAttendee *) g_ptr_array_index (attendees, i))->person);
      name = tx_consultation_get_title (TX_CONSULTATION (record));
      place = tx_consultation_get_place (TX_CONSULTATION (record));
      time = when (tx_consultation_get_date (TX_CONSULTATION (record)), tx_consultation_get_start_time (TX_CONSULTATION (record)));
    }
  g_ptr_array_add (uuids, NULL);

  report = _tx_document_new (db, _("Sign-in sheet"));
  add_meeting_heading (report, _tx_document_text (name), time, place);
  table = add_signin_table (report);
  if (uuids->len > 1 && !add_invited (table, db, (const char * const *) uuids->pdata, &number, error))
    return NULL;
  for (guint i = 0; i < blank_rows; i++)
    add_signin_row (table, ++number, "", "");
  return g_steal_pointer (&report);
}

/* ---- minutes ---------------------------------------------------------------- */

typedef struct
{
  GString *present;
  GString *observers;
  GString *excused;
  GString *absent;
} Attendance;

static void
append_name (GString    *list,
             const char *name)
{
  if (name == NULL)
    return;
  if (list->len > 0)
    g_string_append (list, "、");
  g_string_append (list, name);
}

/* 出席, 列席; an absence with a reason given is 请假, without one 缺席. */
static void
sort_attendees (TxDatabase     *db,
                TxConsultation *meeting,
                Attendance     *out)
{
  GPtrArray *attendees = tx_consultation_get_attendees (meeting);

  for (guint i = 0; i < attendees->len; i++)
    {
      TxAttendee *attendee = g_ptr_array_index (attendees, i);
      g_autofree char *name = attendee->person ? tx_lookup_person_name (db, attendee->person)
                                               : tx_lookup_staff_name (db, attendee->staff);
      gboolean excused = attendee->note != NULL && *attendee->note != '\0';

      if (g_strcmp0 (attendee->state, TX_ATTENDEE_PRESENT) == 0)
        append_name (out->present, name);
      else if (g_strcmp0 (attendee->state, TX_ATTENDEE_OBSERVER) == 0)
        append_name (out->observers, name);
      else if (g_strcmp0 (attendee->state, TX_ATTENDEE_ABSENT) == 0)
        append_name (excused ? out->excused : out->absent, name);
    }
}

static void
add_minutes_facts (TxReport       *report,
                   TxDatabase     *db,
                   TxConsultation *meeting)
{
  g_autofree char *time = when (tx_consultation_get_date (meeting), tx_consultation_get_start_time (meeting));
  g_autofree char *chair = tx_lookup_staff_name (db, tx_consultation_get_chair (meeting));
  g_autofree char *recorder = tx_lookup_staff_name (db, tx_consultation_get_recorder (meeting));
  const char *type = tx_code_table_name (TX_CODE_CONSULTATION_TYPE, tx_consultation_get_consultation_type (meeting));
  Attendance who = { g_string_new (NULL), g_string_new (NULL), g_string_new (NULL), g_string_new (NULL) };
  const char *facts[] = {
    _("Meeting"), _tx_document_text (tx_consultation_get_title (meeting)),
    _("Type"), _tx_document_text (type),
    _("Time"), time,
    _("Place"), _tx_document_text (tx_consultation_get_place (meeting)),
    _("Chair"), _tx_document_text (chair),
    _("Recorder"), _tx_document_text (recorder),
    NULL
  };
  const char *attendance[] = {
    C_("minutes", "Present"), NULL, C_("minutes", "Observers"), NULL,
    C_("minutes", "Excused"), NULL, C_("minutes", "Absent"), NULL, NULL
  };

  sort_attendees (db, meeting, &who);
  attendance[1] = who.present->str;
  attendance[3] = who.observers->str;
  attendance[5] = who.excused->str;
  attendance[7] = who.absent->str;
  tx_report_add_key_values (report, 2, facts);
  tx_report_add_key_values (report, 1, attendance);
  g_string_free (who.present, TRUE);
  g_string_free (who.observers, TRUE);
  g_string_free (who.excused, TRUE);
  g_string_free (who.absent, TRUE);
}

static void
add_section (TxReport   *report,
             const char *heading,
             const char *text)
{
  tx_report_add_space (report, 10);
  tx_report_add_text (report, TX_REPORT_TEXT_HEADING, heading);
  tx_report_add_space (report, 3);
  tx_report_add_text (report, TX_REPORT_TEXT_BODY, text && *text ? text : _("(none)"));
}

static gboolean
add_suggestions (TxReport    *report,
                 TxDatabase  *db,
                 const char  *consultation_uuid,
                 GError     **error)
{
  static const double widths[] = { 30, 230, 70, 90, 70 };
  const char *labels[] = { _("No."), _("Suggestion"), _("Proposed by"), _("Handling unit"), _("State") };
  g_autoptr(TxQuery) query = tx_meeting_raised_at_query (consultation_uuid);
  g_autofree char *sql = tx_query_to_sql (query, "id");
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);
  TxReportTable *table;
  guint number = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  tx_report_add_space (report, 10);
  tx_report_add_text (report, TX_REPORT_TEXT_HEADING, _("Suggestions raised"));
  tx_report_add_space (report, 3);
  table = tx_report_add_table (report, TX_REPORT_TABLE_GRID, 5, widths);
  tx_report_table_add_row (table, labels, TX_REPORT_CELL_DEFAULT);
  tx_report_table_set_header_rows (table, 1);
  tx_query_bind (query, stmt);
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      g_autoptr(TxRecord) record = tx_store_load_row (db, TX_TYPE_SUGGESTION, sqlite3_column_int64 (stmt, 0), error);
      TxSuggestion *suggestion = TX_SUGGESTION (record);
      GPtrArray *proposers;
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *text = g_strdup_printf ("%u", ++number);

      if (record == NULL)
        return FALSE;
      proposers = tx_suggestion_get_proposers (suggestion);
      for (guint i = 0; i < proposers->len; i++)
        {
          g_autofree char *name = tx_lookup_person_name (db, ((TxProposer *) g_ptr_array_index (proposers, i))->person);

          append_name (names, name);
        }
      tx_report_table_add_cell (table, text, TX_REPORT_CELL_CENTER, 1, 1);
      tx_report_table_add_cell (table, _tx_document_text (tx_suggestion_get_title (suggestion)), 0, 1, 1);
      tx_report_table_add_cell (table, names->str, TX_REPORT_CELL_CENTER, 1, 1);
      tx_report_table_add_cell (table, _tx_document_text (tx_suggestion_get_handling_unit (suggestion)), 0, 1, 1);
      tx_report_table_add_cell (table, _tx_document_text (tx_code_table_name (TX_CODE_SUGGESTION_STATE, tx_suggestion_get_state (suggestion))),
                                TX_REPORT_CELL_CENTER, 1, 1);
      tx_report_table_end_row (table, 0);
    }
  if (rc < 0)
    return FALSE;
  if (number == 0)
    {
      tx_report_table_add_cell (table, _("(none)"), TX_REPORT_CELL_CENTER, 5, 1);
      tx_report_table_end_row (table, 0);
    }
  return TRUE;
}

TxReport *
tx_minutes_build (TxDatabase  *db,
                  const char  *consultation_uuid,
                  GError     **error)
{
  g_autoptr(TxRecord) record = _tx_document_load (db, TX_TYPE_CONSULTATION, consultation_uuid, error);
  g_autoptr(TxReport) report = NULL;
  TxConsultation *meeting;

  if (record == NULL)
    return NULL;
  meeting = TX_CONSULTATION (record);
  report = _tx_document_new (db, _("Minutes"));
  tx_report_add_text (report, TX_REPORT_TEXT_TITLE, _tx_document_text (tx_consultation_get_title (meeting)));
  tx_report_add_text (report, TX_REPORT_TEXT_SUBTITLE, tx_report_get_title (report));
  tx_report_add_space (report, 8);
  add_minutes_facts (report, db, meeting);
  add_section (report, _("Agenda"), tx_consultation_get_agenda (meeting));
  add_section (report, _("Minutes"), tx_consultation_get_minutes (meeting));
  add_section (report, _("Resolutions"), tx_consultation_get_resolutions (meeting));
  if (!add_suggestions (report, db, consultation_uuid, error))
    return NULL;
  return g_steal_pointer (&report);
}
