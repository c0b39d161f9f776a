/* tx-merge.h — two records of the same person made one, and undone
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"

G_BEGIN_DECLS

/* What a merge changed, kept in memory so that it can be undone right
 * after (the 撤销 of the notification). */
typedef struct _TxMergeUndo TxMergeUndo;

void        tx_merge_undo_free       (TxMergeUndo  *undo);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxMergeUndo, tx_merge_undo_free)
const char *tx_merge_undo_get_kept   (TxMergeUndo  *undo);
const char *tx_merge_undo_get_merged (TxMergeUndo  *undo);

/* Moves the participations, visits, attendances, suggestions and pairings
 * of @merged over to @kept, deletes @merged and leaves a tombstone for it
 * (merged into @kept), so it does not come back with the next file. Each
 * record that now names @kept gets a new modified time, so that exports
 * carry the move. One transaction; logged in the change log. */
gboolean tx_merge_people            (TxDatabase          *db,
                                     const char          *kept,
                                     const char          *merged,
                                     GError             **error);

/* The same, choosing field by field: the values of @take_fields (field
 * names, "work-unit" or "work_unit", or lists: "categories", "roles",
 * "circumstances", "photo") come from @merged; the person that
 * results must pass the editor's checks. With @undo, what
 * tx_merge_undo() needs to put everything back. */
gboolean tx_merge_people_full       (TxDatabase          *db,
                                     const char          *kept,
                                     const char          *merged,
                                     const char * const  *take_fields,
                                     TxMergeUndo        **undo,
                                     GError             **error);

/* Undoes a merge in one transaction: @merged is back with its own values,
 * @kept has its old ones, every record that was moved names @merged again
 * with its old modified time, and the tombstone is gone. Refused, with
 * nothing changed, when one of these records was changed since. */
gboolean tx_merge_undo              (TxDatabase          *db,
                                     TxMergeUndo         *undo,
                                     GError             **error);

/* Pairs of live people who share an ID number: a GPtrArray of uuids, two
 * by two (the older record first). */
GPtrArray *tx_merge_list_duplicates (TxDatabase          *db,
                                     GError             **error);

G_END_DECLS
