/* tx-cli-validate.c — tongxin-cli validate: check an exchange file, write nothing
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/exchange/tx-exchange-import.h"

#include "tx-cli.h"
#include "tx-cli-private.h"

/* A trial run that takes every conflict as "keep both": the schema, the
 * content checks and the references, with the database left as it is. */
int
tx_cli_command_validate (CliGlobals  *globals,
                         int          argc,
                         char       **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  TxImportOptions options = { .dry_run = TRUE, .on_conflict = TX_CONFLICT_KEEP_BOTH };

  g_option_context_set_summary (context, _("Check an exchange file against the schema and the record checks, and against the database for references; nothing is written."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc != 2)
    return tx_cli_usage_error (_("“validate” needs one FILE."));

  db = tx_cli_open_database (globals, FALSE, &error);
  if (db == NULL)
    return tx_cli_fail (error);
  file = g_file_new_for_commandline_arg (argv[1]);
  report = tx_exchange_import (db, file, &options, NULL, NULL, NULL, &error);
  if (report == NULL)
    return tx_cli_fail (error);
  tx_cli_print_import_report (report);
  if (tx_import_report_count (report, TX_OUTCOME_REJECTED) > 0)
    {
      g_printerr (_("tongxin-cli: the file is valid XML of the exchange format, but %llu records fail the checks.\n"),
                  (unsigned long long) tx_import_report_count (report, TX_OUTCOME_REJECTED));
      return TX_CLI_FAILED;
    }
  g_print (_("The file is valid.\n"));
  return TX_CLI_OK;
}
