/* tx-database-private.h — internals shared by the core's store files
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-database.h"

G_BEGIN_DECLS

/* Tests: open (creating) a database migrated to @version only, or leave it
 * unmigrated with @version 0. */
TxDatabase *_tx_database_open_at_version (const char  *path,
                                          int          version,
                                          GError     **error);

/* After a restore replaced the file's pages under the connection: set the
 * connection up again, upgrade an older copy's schema, and announce that
 * anything may have changed. */
gboolean    _tx_database_after_restore   (TxDatabase  *self,
                                          GError     **error);

G_END_DECLS
