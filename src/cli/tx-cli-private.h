/* tx-cli-private.h — what the command files of tongxin-cli share
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/tx-database.h"

G_BEGIN_DECLS

typedef struct
{
  const char *database;   /* --database, or NULL for the default */
} CliGlobals;

/* Report @error (or @message) on stderr; return the exit status. */
int         _tx_cli_fail           (GError      *error);
int         _tx_cli_usage_error    (const char  *message);
TxDatabase *_tx_cli_open_database  (CliGlobals  *globals,
                                    GError     **error);

int         _tx_cli_command_list   (CliGlobals  *globals,
                                    int          argc,
                                    char       **argv);

G_END_DECLS
