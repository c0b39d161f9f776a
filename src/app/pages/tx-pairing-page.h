/* tx-pairing-page.h — the page of friendship pairings (交友) of staff and persons
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tx-record-list-page.h"

G_BEGIN_DECLS

#define TX_TYPE_PAIRING_PAGE (tx_pairing_page_get_type ())
G_DECLARE_FINAL_TYPE (TxPairingPage, tx_pairing_page, TX, PAIRING_PAGE, TxRecordListPage)

/* A TxPage: set its database with tx_page_set_database(). */
GtkWidget *tx_pairing_page_new (void);

G_END_DECLS
