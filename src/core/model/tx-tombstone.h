/* tx-tombstone.h — traces of records deleted for good or merged away
 *
 * A purge or a merge leaves a tombstone (uuid, kind, time and, for a
 * merge, the record it went into), so that an exchange file can carry the
 * deletion to the office above and the record does not come back with
 * the next file from below.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"

G_BEGIN_DECLS

typedef struct
{
  char *uuid;
  char *kind;          /* entity: "person", "visit" … */
  char *time;          /* UTC, ISO 8601 with milliseconds */
  char *merged_into;   /* uuid of the record kept by a merge, or NULL */
} TxTombstone;

void        tx_tombstone_free   (TxTombstone  *tombstone);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxTombstone, tx_tombstone_free)

/* Every tombstone, sorted by uuid: a GPtrArray of TxTombstone. */
GPtrArray  *tx_tombstone_list   (TxDatabase   *db,
                                 GError      **error);
/* The tombstone of @uuid, or NULL (with @error unset) when there is none. */
TxTombstone *tx_tombstone_find  (TxDatabase   *db,
                                 const char   *uuid,
                                 GError      **error);
/* Records a tombstone; one already there keeps the later time. */
gboolean    tx_tombstone_add    (TxDatabase   *db,
                                 const char   *kind,
                                 const char   *uuid,
                                 const char   *time,
                                 const char   *merged_into,
                                 GError      **error);

/* For the store's purge, in its transaction: tombstones for the record
 * and for every record the purge removes with it (a person's visits and
 * pairings, a staff member's pairings). */
gboolean    _tx_tombstone_record_purge (TxDatabase  *db,
                                        const char  *entity,
                                        const char  *uuid,
                                        const char  *time,
                                        GError     **error);

G_END_DECLS
