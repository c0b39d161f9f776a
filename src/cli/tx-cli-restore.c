/* tx-cli-restore.c — tongxin-cli restore FILE [--yes]
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/backup/tx-backup.h"

#include "tx-cli-private.h"

/* the keys are stable English words, as in "stats": scripts read them */
static void
print_info (const TxBackupInfo *info)
{
  g_print ("office: %s\n", info->office != NULL ? info->office : "");
  g_print ("last-change: %s\n", info->last_change != NULL ? info->last_change : "");
  g_print ("people: %" G_GINT64_FORMAT "\n", info->people);
  g_print ("communities: %" G_GINT64_FORMAT "\n", info->communities);
  g_print ("staff: %" G_GINT64_FORMAT "\n", info->staff);
  g_print ("activities: %" G_GINT64_FORMAT "\n", info->activities);
  g_print ("visits: %" G_GINT64_FORMAT "\n", info->visits);
  g_print ("consultations: %" G_GINT64_FORMAT "\n", info->consultations);
  g_print ("suggestions: %" G_GINT64_FORMAT "\n", info->suggestions);
  g_print ("pairings: %" G_GINT64_FORMAT "\n", info->pairings);
}

int
tx_cli_command_restore (CliGlobals  *globals,
                        int          argc,
                        char       **argv)
{
  gboolean yes = FALSE;
  GOptionEntry entries[] = {
    { "yes", 'y', 0, G_OPTION_ARG_NONE, &yes, N_("Replace the database without asking"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(TxBackupInfo) info = NULL;
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *safety_copy = NULL;

  g_option_context_set_summary (context, _("Show what the backup FILE holds; with --yes, replace the database with it. The current state is backed up first. On a new computer this makes the database from the backup."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc != 2)
    return tx_cli_usage_error (_("“restore” needs the backup file."));

  info = tx_backup_inspect (argv[1], &error);
  if (info == NULL)
    return tx_cli_fail (error);
  print_info (info);
  if (!yes)
    {
      g_printerr (_("tongxin-cli: nothing was changed; run again with --yes to replace the database with this backup.\n"));
      return TX_CLI_FAILED;
    }

  /* the backup is sound: only now may a database be made (a new computer) */
  db = tx_cli_open_database (globals, TRUE, &error);
  if (db == NULL || !tx_backup_restore (db, argv[1], &safety_copy, &error))
    return tx_cli_fail (error);
  g_print (_("Restored from %s; the state before is kept in %s\n"), argv[1], safety_copy);
  return TX_CLI_OK;
}
