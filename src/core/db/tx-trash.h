/* tx-trash.h — the trash: trashed records of every kind
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tx-database.h"
#include "core/model/tx-record.h"

G_BEGIN_DECLS

/* The record type stored under @entity ("person", "visit" …), or
 * G_TYPE_INVALID for an unknown one. */
GType       tx_trash_type_for_entity  (const char  *entity);
/* The kind of a record for people: "Person", "Visit" … (translated) */
const char *tx_trash_kind_label       (const char  *entity);

/* Every trashed record, most recently trashed first: a GListStore of
 * TxRecord (the trash is small; each record is loaded in full). */
GListStore *tx_trash_list             (TxDatabase  *db,
                                       GError     **error);
gint64      tx_trash_count            (TxDatabase  *db,
                                       GError     **error);
gboolean    tx_trash_restore          (TxDatabase  *db,
                                       TxRecord    *record,
                                       GError     **error);
gboolean    tx_trash_purge            (TxDatabase  *db,
                                       TxRecord    *record,
                                       GError     **error);
/* What purging @record also deletes (participations, visits … of a
 * person), as a sentence for its confirmation; "" when nothing. */
char       *tx_trash_dup_purge_effects (TxDatabase *db,
                                        TxRecord   *record,
                                        GError    **error);
/* Moves the records @uuids (NULL-terminated) of @type to the trash, or
 * back from it when @to_trash is FALSE, in one transaction (one user
 * action): all of them move, or none. */
gboolean    tx_trash_move_all         (TxDatabase         *db,
                                       GType               type,
                                       const char * const *uuids,
                                       gboolean            to_trash,
                                       GError            **error);
/* Purges everything in the trash in one transaction: all or nothing. */
gboolean    tx_trash_empty            (TxDatabase  *db,
                                       guint       *n_purged,
                                       GError     **error);

G_END_DECLS
