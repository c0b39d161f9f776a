/* tx-community-query.h — the communities a page offers to choose from
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-community.h"

G_BEGIN_DECLS

/* The one order of communities, everywhere (drop-downs, filters, the
 * archive's community order): by statistical area code, those without one
 * last, then by name.  @c is the table's name in the query. */
#define TX_COMMUNITY_ORDER(c) c ".code IS NULL, " c ".code, " c ".name, " c ".id"

/* Every community not in the trash, by statistical area code then name:
 * a GPtrArray of TxCommunity (an office has tens of them, not thousands). */
GPtrArray *tx_community_list       (TxDatabase  *db,
                                    GError     **error);

/* uuid → name of the same communities, for list cells */
GHashTable *tx_community_name_table (TxDatabase  *db,
                                     GError     **error);

G_END_DECLS
