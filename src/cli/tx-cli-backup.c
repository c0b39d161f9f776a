/* tx-cli-backup.c — tongxin-cli backup [FILE]
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/backup/tx-backup.h"

#include "tx-cli-private.h"

int
tx_cli_command_backup (CliGlobals  *globals,
                       int          argc,
                       char       **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("[FILE]"));
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;

  g_option_context_set_summary (context, _("Back the database up: to FILE (a new file, on a USB stick for example), or without FILE into the backup folder beside the database. The copy is checked after it is written."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc > 2)
    return tx_cli_usage_error (_("“backup” takes at most one file."));
  if (argc == 2 && g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” exists already; back up to a new file."), argv[1]);
      return tx_cli_usage_error (message);
    }

  db = tx_cli_open_database (globals, FALSE, &error);
  if (db == NULL)
    return tx_cli_fail (error);
  if (argc == 2)
    made = tx_backup_to_file (db, argv[1], &error) ? g_strdup (argv[1]) : NULL;
  else
    made = tx_backup_make (db, TX_BACKUP_MANUAL, &error);
  if (made == NULL)
    return tx_cli_fail (error);
  g_print (_("Backed up to %s\n"), made);
  return TX_CLI_OK;
}
