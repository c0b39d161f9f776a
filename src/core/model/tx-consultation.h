/* tx-consultation.h — a consultation meeting with its attendees and minutes
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-record.h"

G_BEGIN_DECLS

typedef struct
{
  char *person;
  char *staff;
  char *state;
  char *note;
} TxAttendee;

#define TX_TYPE_CONSULTATION (tx_consultation_get_type ())
G_DECLARE_FINAL_TYPE (TxConsultation, tx_consultation, TX, CONSULTATION, TxRecord)

TxConsultation *tx_consultation_new (void);

TX_DECLARE_TEXT_FIELD (TxConsultation, tx_consultation, consultation_type)
TX_DECLARE_TEXT_FIELD (TxConsultation, tx_consultation, title)
TX_DECLARE_TEXT_FIELD (TxConsultation, tx_consultation, date)
TX_DECLARE_TEXT_FIELD (TxConsultation, tx_consultation, start_time)
TX_DECLARE_TEXT_FIELD (TxConsultation, tx_consultation, place)
TX_DECLARE_TEXT_FIELD (TxConsultation, tx_consultation, chair)
TX_DECLARE_TEXT_FIELD (TxConsultation, tx_consultation, recorder)
TX_DECLARE_TEXT_FIELD (TxConsultation, tx_consultation, agenda)
TX_DECLARE_TEXT_FIELD (TxConsultation, tx_consultation, minutes)
TX_DECLARE_TEXT_FIELD (TxConsultation, tx_consultation, resolutions)
TX_DECLARE_TEXT_FIELD (TxConsultation, tx_consultation, notes)

GPtrArray *tx_consultation_get_attendees (TxConsultation *self);
TxAttendee *tx_consultation_add_attendee (TxConsultation *self, const char *person, const char *staff, const char *state, const char *note);
void tx_consultation_clear_attendees (TxConsultation *self);

G_END_DECLS
