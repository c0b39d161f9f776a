/* tx-meeting-query.h — what the consultation and suggestion pages ask of
 * the database: list queries, overdue logic and name look-ups
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-lookup.h"
#include "tx-query.h"
#include "tx-suggestion.h"

G_BEGIN_DECLS

/* Attendee states (TX_CODE_ATTENDEE_STATE) */
#define TX_ATTENDEE_INVITED  "1"
#define TX_ATTENDEE_PRESENT  "2"
#define TX_ATTENDEE_ABSENT   "3"
#define TX_ATTENDEE_OBSERVER "4"

/* Suggestion channel "raised at a meeting" (TX_CODE_SUGGESTION_CHANNEL) */
#define TX_SUGGESTION_CHANNEL_MEETING "3"

/* Consultations, newest first; @search (may be NULL) matches the title,
 * place, agenda, minutes and resolutions. */
TxQuery  *tx_meeting_consultation_query  (const char   *search);
/* only the consultations held between @from and @to (inclusive; see
 * TX_QUERY_DATE_IN_RANGE): what the overview counts in a month */
void      tx_meeting_consultation_query_add_dates (TxQuery    *query,
                                                   const char *from,
                                                   const char *to);

typedef struct
{
  const char *search;        /* title, content, handling unit; NULL: any */
  const char *state;         /* TX_CODE_SUGGESTION_STATE code; NULL: any */
  gboolean    overdue_only;
  const char *today;         /* ISO date for the overdue test; NULL: today */
} TxSuggestionFilter;

/* Suggestions, newest first. */
TxQuery  *tx_meeting_suggestion_query    (const TxSuggestionFilter *filter);
/* The suggestions raised at one meeting, oldest first. */
TxQuery  *tx_meeting_raised_at_query     (const char   *consultation_uuid);

/* 采纳, 未采纳 and 办结 end the handling: such a suggestion is never late. */
/* deadline before @today (ISO; NULL: today) and the state not final */
gboolean  tx_meeting_suggestion_is_overdue (TxSuggestion *suggestion,
                                            const char   *today);
/* Today as an ISO date, local time. */

/* Names and choices live in tx-lookup.h; the names below are those the
 * meeting editors knew them by, kept until the editors move onto
 * TxRecordEditor. */
typedef TxChoice TxMeetingChoice;
#define tx_meeting_choice_free                 tx_choice_free
#define tx_meeting_dup_staff_name              tx_lookup_staff_name
#define tx_meeting_dup_person_name             tx_lookup_person_name
#define tx_meeting_list_staff(db, keep, e)     tx_lookup_list_staff ((db), TRUE, (keep), (e))
#define tx_meeting_list_consultations(db, e)   tx_lookup_list_consultations ((db), (e))

/* Suggestions (not in the trash) answered with the adoption result
 * @adoption; -1 on error. */
gint64    tx_meeting_count_adoption      (TxDatabase   *db,
                                          const char   *adoption,
                                          GError      **error);

G_END_DECLS
