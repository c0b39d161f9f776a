/* tx-reminder.h — one thing the office's rules say is to be done
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  TX_REMINDER_HOLIDAY,               /* a coming holiday: who is due, who was visited */
  TX_REMINDER_HOLIDAY_VISIT,         /* one person due a visit for it */
  TX_REMINDER_BIRTHDAY,              /* a 70th, 80th, 90th, 100th … birthday */
  TX_REMINDER_CIRCUMSTANCE,          /* illness or hardship, no visit since */
  TX_REMINDER_SUGGESTION_OVERDUE,    /* past its deadline, awaiting a response */
  TX_REMINDER_SUGGESTION_FEEDBACK,   /* answered, not reported back to the proposer */
  TX_REMINDER_NO_CONTACT,            /* no contact for the set number of days */
  TX_REMINDER_MEETINGS,              /* the year's briefings or consultations short */
  TX_REMINDER_PAIRING,               /* a pairing with no contact logged */
} TxReminderKind;

#define TX_TYPE_REMINDER (tx_reminder_get_type ())
G_DECLARE_FINAL_TYPE (TxReminder, tx_reminder, TX, REMINDER, GObject)

/* @entity is the kind of record it concerns ("person", "suggestion",
 * "pairing", "consultation", as in the change log), @uuid that record or
 * NULL (a holiday, the year's meetings); @date "YYYY-MM-DD" the day it is
 * about; @title and @detail are shown. */
TxReminder     *tx_reminder_new              (TxReminderKind  kind,
                                              const char     *date,
                                              const char     *entity,
                                              const char     *uuid,
                                              const char     *title,
                                              const char     *detail);

TxReminderKind  tx_reminder_get_kind         (TxReminder     *self);
const char     *tx_reminder_get_date         (TxReminder     *self);
const char     *tx_reminder_get_entity       (TxReminder     *self);
const char     *tx_reminder_get_uuid         (TxReminder     *self);
const char     *tx_reminder_get_title        (TxReminder     *self);
const char     *tx_reminder_get_detail       (TxReminder     *self);
/* the stable English name of the kind, for scripts ("holiday-visit") */
const char     *tx_reminder_get_kind_name    (TxReminder     *self);

/* holiday reminders: the holiday code and year a visit would record */
const char     *tx_reminder_get_holiday      (TxReminder     *self);
int             tx_reminder_get_holiday_year (TxReminder     *self);
void            tx_reminder_set_holiday      (TxReminder     *self,
                                              const char     *code,
                                              int             year);
/* a holiday visit already made (shown, not to do) */
gboolean        tx_reminder_get_done         (TxReminder     *self);
void            tx_reminder_set_done         (TxReminder     *self,
                                              gboolean        done);

G_END_DECLS
