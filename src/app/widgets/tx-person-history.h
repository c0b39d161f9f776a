/* tx-person-history.h — what the office did with one person, newest first
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_PERSON_HISTORY (tx_person_history_get_type ())
G_DECLARE_FINAL_TYPE (TxPersonHistory, tx_person_history, TX, PERSON_HISTORY, GtkGrid)

/* Lists the activities, visits, meetings, suggestions and pairings of
 * @person_uuid (NULL: a new person, who has none yet).
 *
 * Signals:
 *   "open-record" (const char *entity, const char *uuid)   a row was activated
 *   "create-visit" ()                                       记录走访 was clicked */
void tx_person_history_load (TxPersonHistory *self,
                             TxDatabase      *db,
                             const char      *person_uuid);

G_END_DECLS
