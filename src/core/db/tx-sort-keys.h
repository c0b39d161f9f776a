/* tx-sort-keys.h — private: the stored sort keys kept in step with the
 * collation
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-database.h"

G_BEGIN_DECLS

/* Writes one record's keys (the save_derived of TxPerson and TxStaff). */
gboolean _tx_person_store_keys (TxDatabase  *db,
                                const char  *uuid,
                                const char  *name,
                                GError     **error);
gboolean _tx_staff_store_keys  (TxDatabase  *db,
                                const char  *uuid,
                                const char  *name,
                                GError     **error);

/* Recomputes every stored name key when they were made by another
 * TX_COLLATE_KEY_VERSION (or none is recorded), in one transaction. */
gboolean _tx_sort_keys_refresh (TxDatabase  *db,
                                GError     **error);

/* The version the stored keys were made by; 0 when none is recorded. */
int      _tx_sort_keys_get_version (TxDatabase *db);

G_END_DECLS
