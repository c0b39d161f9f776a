/* tx-conflict-decision.h — "keep mine", remembered across imports
 *
 * A person in another office's file who has the ID number of a different
 * person here is a conflict. When the user keeps ours, the decision is
 * stored with the version (modified time) of their record: the next file
 * with that version does not ask again, a newer version does.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"

G_BEGIN_DECLS

/* TRUE when ours (@ours) was kept against this version of @theirs, or a
 * newer one. */
gboolean tx_conflict_decision_keeps_mine (TxDatabase   *db,
                                          const char   *theirs,
                                          const char   *ours,
                                          const char   *modified);
/* Within the import's transaction: a trial run forgets it again. */
gboolean tx_conflict_decision_remember   (TxDatabase   *db,
                                          const char   *theirs,
                                          const char   *ours,
                                          const char   *modified,
                                          GError      **error);

G_END_DECLS
