/* tx-cli.h — tongxin-cli: Tongxin's jobs without a window
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* exit codes */
#define TX_CLI_OK     0
#define TX_CLI_FAILED 1
#define TX_CLI_USAGE  2

int tx_cli_run (int    argc,
                char **argv);

G_END_DECLS
