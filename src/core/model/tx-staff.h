/* tx-staff.h — the office's own cadres and liaison officers
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-record.h"

G_BEGIN_DECLS

#define TX_TYPE_STAFF (tx_staff_get_type ())
G_DECLARE_FINAL_TYPE (TxStaff, tx_staff, TX, STAFF, TxRecord)

TxStaff *tx_staff_new (void);

TX_DECLARE_TEXT_FIELD (TxStaff, tx_staff, name)
TX_DECLARE_TEXT_FIELD (TxStaff, tx_staff, gender)
TX_DECLARE_TEXT_FIELD (TxStaff, tx_staff, post)
TX_DECLARE_TEXT_FIELD (TxStaff, tx_staff, phone)
TX_DECLARE_TEXT_FIELD (TxStaff, tx_staff, community)
TX_DECLARE_BOOL_FIELD (TxStaff, tx_staff, active)
TX_DECLARE_TEXT_FIELD (TxStaff, tx_staff, notes)


G_END_DECLS
