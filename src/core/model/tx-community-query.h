/* tx-community-query.h — the communities a page offers to choose from
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-community.h"

G_BEGIN_DECLS

/* The one order of communities, everywhere (drop-downs, filters, the
 * archive's community order, the year's figures): by statistical area code,
 * those without one last, then by name.  Its keys are listed here once; each
 * key is written between @before and @after. */
#define TX_COMMUNITY_ORDER_KEYS(before, after) \
  before "code IS NULL" after ", " before "code" after ", " before "name" after ", " before "id" after

/* ORDER BY terms for a query on the community table named @c */
#define TX_COMMUNITY_ORDER(c) TX_COMMUNITY_ORDER_KEYS (c ".", "")

/* ORDER BY terms for rows that name their community by UUID in the column
 * @uuid (people, activities): the rows follow their communities' order */
#define TX_COMMUNITY_ORDER_OF(uuid) \
  TX_COMMUNITY_ORDER_KEYS ("(SELECT c.", " FROM community c WHERE c.uuid = " uuid ")")

/* Every community not in the trash, by statistical area code then name:
 * a GPtrArray of TxCommunity (an office has tens of them, not thousands). */
GPtrArray *tx_community_list       (TxDatabase  *db,
                                    GError     **error);

/* uuid → name of the same communities, for list cells */
GHashTable *tx_community_name_table (TxDatabase  *db,
                                     GError     **error);

G_END_DECLS
