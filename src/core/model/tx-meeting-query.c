/* tx-meeting-query.c — what the consultation and suggestion pages ask of
 * the database: list queries, overdue logic and name look-ups
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/text/tx-civil-date.h"
#include "tx-consultation.h"
#include "tx-meeting-query.h"
#include "tx-person.h"
#include "tx-person-search.h"

/* Overdue is a suggestion still waiting for an answer (登记, 受理, 转办)
 * past its deadline: once answered (答复) it is not late, whatever comes
 * after.  Keep in step with tx_suggestion_state_awaits_response(). */
#define AWAITING_STATES_SQL "('" TX_SUGGESTION_REGISTERED "', '" TX_SUGGESTION_ACCEPTED "', '" TX_SUGGESTION_REFERRED "')"

static char *
stripped (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

TxQuery *
tx_meeting_consultation_query (const char *search)
{
  TxQuery *query = tx_query_new (TX_TYPE_CONSULTATION);
  g_autofree char *text = stripped (search);

  tx_query_set_order (query, "date IS NULL, date DESC, start_time DESC, id DESC");
  if (text != NULL)
    {
      tx_query_add_condition (query,
                              "instr(title, ?) > 0 OR instr(place, ?) > 0"
                              " OR instr(agenda, ?) > 0 OR instr(minutes, ?) > 0"
                              " OR instr(resolutions, ?) > 0");
      for (int i = 0; i < 5; i++)
        tx_query_bind_text (query, text);
    }
  return query;
}


TxQuery *
tx_meeting_suggestion_query (const TxSuggestionFilter *filter)
{
  TxQuery *query = tx_query_new (TX_TYPE_SUGGESTION);
  g_autofree char *text = stripped (filter->search);

  tx_query_set_order (query, "date IS NULL, date DESC, id DESC");
  if (text != NULL)
    {
      tx_query_add_condition (query,
                              "instr(title, ?) > 0 OR instr(content, ?) > 0"
                              " OR instr(handling_unit, ?) > 0");
      for (int i = 0; i < 3; i++)
        tx_query_bind_text (query, text);
    }
  if (filter->state != NULL)
    {
      tx_query_add_condition (query, "state = ?");
      tx_query_bind_text (query, filter->state);
    }
  if (filter->overdue_only)
    {
      g_autofree char *today = filter->today ? g_strdup (filter->today) : tx_civil_date_dup_today_iso ();

      /* "2026-06" (a month only) is before "2026-06-01": such a deadline
       * counts as the first of the month, on the safe side */
      tx_query_add_condition (query,
                              "deadline IS NOT NULL AND deadline <> '' AND deadline < ?"
                              " AND state IN " AWAITING_STATES_SQL);
      tx_query_bind_text (query, today);
    }
  return query;
}

TxQuery *
tx_meeting_raised_at_query (const char *consultation_uuid)
{
  TxQuery *query = tx_query_new (TX_TYPE_SUGGESTION);

  tx_query_set_order (query, "date IS NULL, date, id");
  tx_query_add_condition (query, "consultation = ?");
  tx_query_bind_text (query, consultation_uuid);
  return query;
}

gboolean
tx_meeting_suggestion_is_overdue (TxSuggestion *suggestion,
                                  const char   *today)
{
  const char *deadline;
  g_autofree char *now = NULL;

  g_return_val_if_fail (TX_IS_SUGGESTION (suggestion), FALSE);

  deadline = tx_suggestion_get_deadline (suggestion);
  if (deadline == NULL || *deadline == '\0')
    return FALSE;
  if (!tx_suggestion_state_awaits_response (tx_suggestion_get_state (suggestion)))
    return FALSE;
  if (today == NULL)
    today = now = tx_civil_date_dup_today_iso ();
  return strcmp (deadline, today) < 0;
}

static gint64
count_by_uuid (TxDatabase *db,
               const char *sql,
               const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, &error);

  if (stmt == NULL)
    {
      g_debug ("Counting failed: %s", error->message);
      return -1;
    }
  tx_bind_text (stmt, 1, uuid);
  if (tx_database_step_row (db, stmt, &error) != 1)
    {
      g_debug ("Counting failed: %s", error ? error->message : "no row");
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

gint64
tx_meeting_count_raised (TxDatabase *db,
                         const char *consultation_uuid)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), -1);

  if (consultation_uuid == NULL)
    return 0;
  return count_by_uuid (db,
                        "SELECT count(*) FROM suggestion WHERE consultation = ? AND trashed IS NULL",
                        consultation_uuid);
}

/* 列席 (observers) sat in the meeting too: they count as present. */
gint64
tx_meeting_count_present (TxDatabase *db,
                          const char *consultation_uuid)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), -1);

  if (consultation_uuid == NULL)
    return 0;
  return count_by_uuid (db,
                        "SELECT count(*) FROM consultation_attendee WHERE owner = ?"
                        " AND state IN ('" TX_ATTENDEE_PRESENT "', '" TX_ATTENDEE_OBSERVER "')",
                        consultation_uuid);
}

static char *
name_by_uuid (TxDatabase *db,
              const char *sql,
              const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_auto(TxStatement) stmt = NULL;

  if (uuid == NULL)
    return NULL;
  stmt = tx_database_prepare (db, sql, &error);
  if (stmt == NULL)
    return NULL;
  tx_bind_text (stmt, 1, uuid);
  if (tx_database_step_row (db, stmt, &error) != 1)
    return NULL;
  return g_strdup (tx_column_text (stmt, 0));
}

char *
tx_meeting_dup_staff_name (TxDatabase *db,
                           const char *staff_uuid)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  return name_by_uuid (db, "SELECT name FROM staff WHERE uuid = ?", staff_uuid);
}

char *
tx_meeting_dup_person_name (TxDatabase *db,
                            const char *person_uuid)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  return name_by_uuid (db, "SELECT name FROM person WHERE uuid = ?", person_uuid);
}

void
tx_meeting_choice_free (TxMeetingChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->uuid);
  g_free (choice->label);
  g_free (choice);
}

/* Runs @stmt (bindings done) and collects (uuid, label) rows. */
static GPtrArray *
collect_choices (TxDatabase    *db,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) tx_meeting_choice_free);
  int rc;

  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      TxMeetingChoice *choice = g_new0 (TxMeetingChoice, 1);

      choice->uuid = g_strdup (tx_column_text (stmt, 0));
      choice->label = g_strdup (tx_column_text (stmt, 1));
      g_ptr_array_add (choices, choice);
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&choices);
}

GPtrArray *
tx_meeting_list_staff (TxDatabase  *db,
                       const char  *keep_uuid,
                       GError     **error)
{
  g_auto(TxStatement) stmt = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  stmt = tx_database_prepare (db,
                              "SELECT uuid, name FROM staff WHERE trashed IS NULL"
                              " AND (active <> 0 OR uuid = ?) ORDER BY sort_pinyin, name, id",
                              error);
  if (stmt == NULL)
    return NULL;
  tx_bind_text (stmt, 1, keep_uuid);
  return collect_choices (db, stmt, error);
}

GPtrArray *
tx_meeting_list_consultations (TxDatabase  *db,
                               GError     **error)
{
  g_auto(TxStatement) stmt = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  stmt = tx_database_prepare (db,
                              "SELECT uuid, trim(coalesce(date, '') || ' ' || title) FROM consultation"
                              " WHERE trashed IS NULL"
                              " ORDER BY date IS NULL, date DESC, start_time DESC, id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  return collect_choices (db, stmt, error);
}

GPtrArray *
tx_meeting_find_people (TxDatabase  *db,
                        const char  *text,
                        guint        limit,
                        GError     **error)
{
  g_auto(TxStatement) stmt = NULL;
  g_autoptr(TxQuery) query = tx_query_new (TX_TYPE_PERSON);
  g_autofree char *sql = NULL;
  g_autofree char *limited = NULL;
  const char *condition;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  tx_query_set_order (query, "sort_pinyin, id");
  condition = tx_person_search_bind (query, NULL, TX_SEARCH_SCOPE_NAMES, text);
  if (condition == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) tx_meeting_choice_free);
  tx_query_add_condition (query, condition);
  sql = tx_query_to_sql (query, "uuid, name");
  limited = g_strdup_printf ("%s LIMIT %u", sql, limit);
  stmt = tx_database_prepare (db, limited, error);
  if (stmt == NULL)
    return NULL;
  tx_query_bind (query, stmt);
  return collect_choices (db, stmt, error);
}

/* How many suggestions not in the trash were answered with the adoption
 * result @adoption (code table adoption): the figures of the annual
 * summary.  -1 on error. */
gint64
tx_meeting_count_adoption (TxDatabase  *db,
                           const char  *adoption,
                           GError     **error)
{
  g_auto(TxStatement) stmt = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), -1);

  stmt = tx_database_prepare (db, "SELECT count(*) FROM suggestion WHERE trashed IS NULL AND adoption = ?", error);
  if (stmt == NULL)
    return -1;
  tx_bind_text (stmt, 1, adoption);
  if (tx_database_step_row (db, stmt, error) != 1)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}
