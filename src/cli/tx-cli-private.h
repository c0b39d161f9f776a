/* tx-cli-private.h — what the commands of tongxin-cli share
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "core/tx-database.h"

G_BEGIN_DECLS

typedef struct
{
  const char *database;   /* --database, or NULL for the default */
} TxCliGlobals;

/* the message on stderr; TX_CLI_FAILED */
int         tx_cli_fail           (GError       *error);
/* the message and a hint on stderr; TX_CLI_USAGE */
int         tx_cli_usage_error    (const char   *message);
TxDatabase *tx_cli_open_database  (TxCliGlobals *globals,
                                   GError      **error);

/* the commands, one file each */
int         tx_cli_import_csv     (TxCliGlobals *globals,
                                   int           argc,
                                   char        **argv);
int         tx_cli_export_csv     (TxCliGlobals *globals,
                                   int           argc,
                                   char        **argv);

G_END_DECLS
