/* tx-cli-check.c — tongxin-cli check [--full]
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "tx-cli-private.h"

int
tx_cli_command_check (CliGlobals  *globals,
                      int          argc,
                      char       **argv)
{
  gboolean full = FALSE;
  GOptionEntry entries[] = {
    { "full", 0, 0, G_OPTION_ARG_NONE, &full, N_("Check every page and index (integrity_check; slower)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _("Check the database file for damage (quick_check, or integrity_check with --full). Prints “ok” when it is sound; nothing is changed."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc > 1)
    return tx_cli_usage_error (_("“check” takes only options."));

  db = tx_cli_open_database (globals, FALSE, &error);
  if (db == NULL || !tx_database_check_integrity (db, full, &error))
    return tx_cli_fail (error);
  g_print ("ok\n");
  return TX_CLI_OK;
}
