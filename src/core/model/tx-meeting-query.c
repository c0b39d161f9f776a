/* tx-meeting-query.c — what the consultation and suggestion pages ask of
 * the database: list queries, overdue logic and name look-ups
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/text/tx-civil-date.h"
#include "tx-consultation.h"
#include "tx-meeting-query.h"

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

void
tx_meeting_consultation_query_add_dates (TxQuery    *query,
                                         const char *from,
                                         const char *to)
{
  tx_query_add_condition (query, TX_QUERY_DATE_IN_RANGE ("date"));
  tx_query_bind_date_range (query, from, to);
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
