/* tx-meeting-query.h — what the consultation and suggestion pages ask of
 * the database: list queries, overdue logic and name look-ups
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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

/* Derived numbers for the lists (-1 on error). */
gint64    tx_meeting_count_raised        (TxDatabase   *db,
                                          const char   *consultation_uuid);
gint64    tx_meeting_count_present       (TxDatabase   *db,
                                          const char   *consultation_uuid);

/* Names by uuid; NULL when unknown. */
char     *tx_meeting_dup_staff_name      (TxDatabase   *db,
                                          const char   *staff_uuid);
char     *tx_meeting_dup_person_name     (TxDatabase   *db,
                                          const char   *person_uuid);

/* A choice for a drop-down: an uuid and what the user reads. */
typedef struct
{
  char *uuid;
  char *label;
} TxMeetingChoice;

void       tx_meeting_choice_free        (TxMeetingChoice *choice);

/* Staff in pinyin order, the active ones (and @keep_uuid, if set, even when
 * inactive); a GPtrArray of TxMeetingChoice. */
GPtrArray *tx_meeting_list_staff         (TxDatabase   *db,
                                          const char   *keep_uuid,
                                          GError      **error);
/* Consultations not in the trash, newest first, labelled "date title". */
GPtrArray *tx_meeting_list_consultations (TxDatabase   *db,
                                          GError      **error);

/* Suggestions (not in the trash) answered with the adoption result
 * @adoption; -1 on error. */
gint64    tx_meeting_count_adoption      (TxDatabase   *db,
                                          const char   *adoption,
                                          GError      **error);

G_END_DECLS
