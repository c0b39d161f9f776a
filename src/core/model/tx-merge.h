/* tx-merge.h — two records of the same person made one
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"

G_BEGIN_DECLS

/* Moves the participations, visits, attendances, suggestions and pairings
 * of @merged over to @kept, deletes @merged and leaves a tombstone for it
 * (merged into @kept), so it does not come back with the next file. Each
 * record that now names @kept gets a new modified time, so that exports
 * carry the move. One transaction; logged in the change log. */
gboolean tx_merge_people            (TxDatabase   *db,
                                     const char   *kept,
                                     const char   *merged,
                                     GError      **error);

/* Pairs of live people who share an ID number: a GPtrArray of uuids, two
 * by two (the older record first). */
GPtrArray *tx_merge_list_duplicates (TxDatabase   *db,
                                     GError      **error);

G_END_DECLS
