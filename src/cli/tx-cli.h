/* tx-cli.h — tongxin-cli: Tongxin's jobs without a window
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "core/tx-database.h"

G_BEGIN_DECLS

/* exit codes */
#define TX_CLI_OK     0
#define TX_CLI_FAILED 1
#define TX_CLI_USAGE  2

int tx_cli_run (int    argc,
                char **argv);

/* for the commands in their own files */
typedef struct
{
  const char *database;   /* --database, or NULL for the default */
} TxCliGlobals;

TxDatabase *tx_cli_open_database (TxCliGlobals  *globals,
                                  GError       **error);
/* the message on stderr; TX_CLI_FAILED */
int         tx_cli_fail          (GError        *error);
/* the message and a hint on stderr; TX_CLI_USAGE */
int         tx_cli_usage_error   (const char    *message);

int         tx_cli_print         (TxCliGlobals  *globals,
                                  int            argc,
                                  char         **argv);

G_END_DECLS
