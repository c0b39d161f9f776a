/* tx-id-diff.h — the few edits that turn one list of row ids into another
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One step: at @position, @n_removed ids go, or @n_added ids of the new
 * list (from the same position in it) come in. */
typedef struct
{
  guint position;
  guint n_removed;
  guint n_added;
} TxIdEdit;

/* The edits (TxIdEdit) that turn @old_ids into @new_ids, each list holding
 * an id at most once, in the order to apply them: every removal first,
 * from the end backwards, then every insertion from the start; so no id is
 * ever in the list twice on the way, and the ids of @changed (a set of
 * gint64 *, or NULL) are removed and inserted again even where they stay.
 * The ids kept are a longest common subsequence of the two lists where
 * that takes at most @max_edits edits; otherwise only the common start and
 * end are kept. */
GArray *tx_id_diff (const gint64 *old_ids,
                    guint         n_old,
                    const gint64 *new_ids,
                    guint         n_new,
                    GHashTable   *changed,
                    guint         max_edits);

G_END_DECLS
