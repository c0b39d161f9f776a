/* tx-cli-private.h — what the command files share with tx-cli.c
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

/* the message on stderr; TX_CLI_FAILED */
int         _tx_cli_fail          (GError      *error);
/* the message and a hint on stderr; TX_CLI_USAGE */
int         _tx_cli_usage_error   (const char  *message);
TxDatabase *_tx_cli_open_database (CliGlobals  *globals,
                                   GError     **error);

/* the commands in files of their own */
int         _tx_cli_command_remind (CliGlobals  *globals,
                                    int          argc,
                                    char       **argv);

G_END_DECLS
