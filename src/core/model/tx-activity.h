/* tx-activity.h — an activity with its participants and photos
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
  char *state;
  char *note;
} TxParticipant;

typedef struct
{
  char *caption;
  char *mime;
  GBytes *data;
} TxActivityPhoto;

#define TX_TYPE_ACTIVITY (tx_activity_get_type ())
G_DECLARE_FINAL_TYPE (TxActivity, tx_activity, TX, ACTIVITY, TxRecord)

TxActivity *tx_activity_new (void);

TX_DECLARE_TEXT_FIELD (TxActivity, tx_activity, title)
TX_DECLARE_TEXT_FIELD (TxActivity, tx_activity, activity_type)
TX_DECLARE_TEXT_FIELD (TxActivity, tx_activity, start_date)
TX_DECLARE_TEXT_FIELD (TxActivity, tx_activity, start_time)
TX_DECLARE_TEXT_FIELD (TxActivity, tx_activity, end_date)
TX_DECLARE_TEXT_FIELD (TxActivity, tx_activity, end_time)
TX_DECLARE_TEXT_FIELD (TxActivity, tx_activity, place)
TX_DECLARE_TEXT_FIELD (TxActivity, tx_activity, organiser)
TX_DECLARE_TEXT_FIELD (TxActivity, tx_activity, community)
TX_DECLARE_TEXT_FIELD (TxActivity, tx_activity, summary)
TX_DECLARE_TEXT_FIELD (TxActivity, tx_activity, outcome)
TX_DECLARE_TEXT_FIELD (TxActivity, tx_activity, notes)

GPtrArray *tx_activity_get_participants (TxActivity *self);
TxParticipant *tx_activity_add_participant (TxActivity *self, const char *person, const char *state, const char *note);
void tx_activity_clear_participants (TxActivity *self);
GPtrArray *tx_activity_get_photos (TxActivity *self);
TxActivityPhoto *tx_activity_add_photo (TxActivity *self, const char *caption, const char *mime, GBytes *data);
void tx_activity_clear_photos (TxActivity *self);

G_END_DECLS
