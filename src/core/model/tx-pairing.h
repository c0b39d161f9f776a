/* tx-pairing.h — a friendship pairing of a staff member and a person (交友)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-record.h"

G_BEGIN_DECLS

typedef struct
{
  char *date;
  char *mode;
  char *note;
} TxContact;

#define TX_TYPE_PAIRING (tx_pairing_get_type ())
G_DECLARE_FINAL_TYPE (TxPairing, tx_pairing, TX, PAIRING, TxRecord)

TxPairing *tx_pairing_new (void);

TX_DECLARE_TEXT_FIELD (TxPairing, tx_pairing, staff)
TX_DECLARE_TEXT_FIELD (TxPairing, tx_pairing, person)
TX_DECLARE_TEXT_FIELD (TxPairing, tx_pairing, since)
TX_DECLARE_TEXT_FIELD (TxPairing, tx_pairing, until)
TX_DECLARE_TEXT_FIELD (TxPairing, tx_pairing, notes)

GPtrArray *tx_pairing_get_contacts (TxPairing *self);
TxContact *tx_pairing_add_contact (TxPairing *self, const char *date, const char *mode, const char *note);
void tx_pairing_clear_contacts (TxPairing *self);

G_END_DECLS
