/* tx-community.h — a community (社区), known across offices by its statistical area code
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-record.h"

G_BEGIN_DECLS

#define TX_TYPE_COMMUNITY (tx_community_get_type ())
G_DECLARE_FINAL_TYPE (TxCommunity, tx_community, TX, COMMUNITY, TxRecord)

TxCommunity *tx_community_new (void);

TX_DECLARE_TEXT_FIELD (TxCommunity, tx_community, code)
TX_DECLARE_TEXT_FIELD (TxCommunity, tx_community, name)
TX_DECLARE_TEXT_FIELD (TxCommunity, tx_community, street)
TX_DECLARE_TEXT_FIELD (TxCommunity, tx_community, notes)


G_END_DECLS
