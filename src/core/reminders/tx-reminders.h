/* tx-reminders.h — the office's rules turned into a to-do list
 *
 * Only people 在册 and not in the trash are reminded of; the thresholds are
 * the office settings in the database (tx-settings.h).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/text/tx-civil-date.h"
#include "core/db/tx-database.h"
#include "tx-reminder.h"

G_BEGIN_DECLS

typedef struct
{
  TxCivilDate today;   /* a full date */
  int         days;    /* how far ahead holidays and birthdays are looked for */
  guint       limit;   /* at most this many reminders of each kind; 0: all */
  GCancellable *cancellable;   /* or NULL: once cancelled, the computation stops
                                * between its queries with G_IO_ERROR_CANCELLED */
} TxReminderOptions;

/* today (local), 30 days, no limit, not cancellable */
void       tx_reminder_options_init (TxReminderOptions        *options);

/* The reminders, kind by kind (in TxReminderKind order), each kind in date
 * order; a GPtrArray of TxReminder. */
GPtrArray *tx_reminders_compute     (TxDatabase               *db,
                                     const TxReminderOptions  *options,
                                     GError                  **error);

G_END_DECLS
