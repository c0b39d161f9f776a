/* tx-cli-private.h — what the command files of tongxin-cli share
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "core/db/tx-database.h"

#include "tx-cli.h"

G_BEGIN_DECLS

typedef struct
{
  const char *database;   /* --database, or NULL for the default */
} CliGlobals;

/* prints "tongxin-cli: message" and gives TX_CLI_FAILED */
int         tx_cli_fail          (GError      *error);
/* prints the message and a hint, and gives TX_CLI_USAGE */
int         tx_cli_usage_error   (const char  *message);
/* Only the commands that make a database (demo, import, restore) pass
 * @create: one that reads must not turn a mistyped path into a new empty
 * archive. */
TxDatabase *tx_cli_open_database (CliGlobals  *globals,
                                  gboolean     create,
                                  GError     **error);

typedef struct _TxImportReport TxImportReport;
/* the report of an import or a trial run, on stdout */
void tx_cli_print_import_report (TxImportReport *report);

/* one per command file: tx-cli-<command>.c */
int tx_cli_command_export   (CliGlobals *globals, int argc, char **argv);
int tx_cli_command_import   (CliGlobals *globals, int argc, char **argv);
int tx_cli_command_validate (CliGlobals *globals, int argc, char **argv);
int tx_cli_command_import_csv (CliGlobals *globals, int argc, char **argv);
int tx_cli_command_export_csv (CliGlobals *globals, int argc, char **argv);
int tx_cli_command_list     (CliGlobals *globals, int argc, char **argv);
int tx_cli_command_remind   (CliGlobals *globals, int argc, char **argv);
int tx_cli_command_holidays (CliGlobals *globals, int argc, char **argv);
int tx_cli_command_print    (CliGlobals *globals, int argc, char **argv);
int tx_cli_command_backup   (CliGlobals *globals, int argc, char **argv);
int tx_cli_command_restore  (CliGlobals *globals, int argc, char **argv);
int tx_cli_command_check    (CliGlobals *globals, int argc, char **argv);

G_END_DECLS
