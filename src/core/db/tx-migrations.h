/* tx-migrations.h — numbered schema migrations
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-database.h"

G_BEGIN_DECLS

/* 'TXDB': marks a file as ours, so another program's SQLite file is refused. */
#define TX_DATABASE_APPLICATION_ID 0x54584442

int      _tx_migrations_latest (void);
gboolean _tx_migrations_run    (TxDatabase  *db,
                                int          from_version,
                                GError     **error);
/* Tests only: run migrations up to @version (inclusive), not beyond. */
gboolean _tx_migrations_run_to (TxDatabase  *db,
                                int          version,
                                GError     **error);

G_END_DECLS
