/* tx-community-query.h — the communities a page offers to choose from
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-community.h"

G_BEGIN_DECLS

/* Every community not in the trash, by statistical area code then name:
 * a GPtrArray of TxCommunity (an office has tens of them, not thousands). */
GPtrArray *tx_community_list       (TxDatabase  *db,
                                    GError     **error);

/* uuid → name of the same communities, for list cells */
GHashTable *tx_community_name_table (TxDatabase  *db,
                                     GError     **error);

G_END_DECLS
