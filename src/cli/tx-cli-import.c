/* tx-cli-import.c — tongxin-cli import: an exchange file from another office
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "core/backup/tx-backup.h"
#include "core/exchange/tx-exchange-import.h"
#include "core/model/tx-person.h"
#include "core/db/tx-store.h"

#include "tx-cli.h"
#include "tx-cli-private.h"

/* the keys are stable English words: scripts read them */
static const char * const outcome_keys[TX_N_OUTCOMES] = {
  "added", "updated", "unchanged", "older", "conflicts", "rejected", "trashed",
};

static void
print_counts (TxImportReport *report)
{
  for (guint kind = 0; kind < TX_N_KINDS; kind++)
    {
      g_print ("%s:", kind == TX_KIND_TOMBSTONE ? "tombstones" : tx_exchange_kind (kind)->section);
      for (guint outcome = 0; outcome < TX_N_OUTCOMES; outcome++)
        g_print (" %s %" G_GUINT64_FORMAT "%s", outcome_keys[outcome], report->counts[kind][outcome],
                 outcome + 1 < TX_N_OUTCOMES ? "," : "\n");
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

void
tx_cli_print_import_report (TxImportReport *report)
{
  g_autofree gpointer *names = NULL;
  guint n_names;

  g_print (_("From: %s (area code %s, level %s), as of %s, written %s, privacy %s\n"),
           report->office_name, report->office_code ? report->office_code : "-",
           report->office_level, report->as_of, report->created, report->privacy);
  print_counts (report);
  /* in code-point order: the same report for the same file */
  names = g_hash_table_get_keys_as_array (report->legacy, &n_names);
  qsort (names, n_names, sizeof (gpointer), compare_names);
  for (guint i = 0; i < n_names; i++)
    g_print ("legacy: %s %u\n", (const char *) names[i],
             GPOINTER_TO_UINT (g_hash_table_lookup (report->legacy, names[i])));
  for (guint i = 0; i < report->problems->len; i++)
    {
      TxImportProblem *problem = g_ptr_array_index (report->problems, i);

      g_print ("%s %s\n", problem->conflict ? (problem->decided ? "conflict (decided):" : "conflict:") : "rejected:",
               problem->message);
    }
}

static void
report_progress (guint64  done,
                 guint64  total,
                 gpointer user_data)
{
  if (isatty (STDERR_FILENO))
    {
      g_printerr ("\r");
      g_printerr (_("Reading: %llu of %llu records"), (unsigned long long) done, (unsigned long long) total);
    }
}

/* 0 when applied (or, on a trial run, when it could be) */
static int
conclude (TxImportReport *report,
          gboolean        dry_run)
{
  guint64 rejected = tx_import_report_count (report, TX_OUTCOME_REJECTED);
  guint64 undecided = tx_import_report_undecided (report);

  if (rejected > 0)
    {
      g_printerr (_("tongxin-cli: %llu records were rejected; nothing was written.\n"), (unsigned long long) rejected);
      return TX_CLI_FAILED;
    }
  if (undecided > 0)
    {
      g_printerr (_("tongxin-cli: %llu people conflict with people here (same ID number); choose with --on-conflict keep-mine, take-theirs or keep-both. Nothing was written.\n"),
                  (unsigned long long) undecided);
      return TX_CLI_FAILED;
    }
  if (dry_run)
    g_print (_("Trial run: the file can be imported; nothing was written.\n"));
  else
    g_print (_("Imported.\n"));
  return TX_CLI_OK;
}

int
tx_cli_command_import (CliGlobals  *globals,
                       int          argc,
                       char       **argv)
{
  g_autofree char *on_conflict = NULL;
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Only report what the import would do"), NULL },
    { "on-conflict", 0, 0, G_OPTION_ARG_STRING, &on_conflict, N_("keep-mine, take-theirs or keep-both: what to do with a different person who has one of our ID numbers"), N_("CHOICE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(TxImportReport) report = NULL;
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  TxImportOptions options = { 0 };
  g_autofree char *copy = NULL;

  g_option_context_set_summary (context, _("Read an exchange file (.xml or .xml.gz) from another office into the database: newer records win, nothing is written when a record is rejected or a conflict has no decision."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc != 2)
    return tx_cli_usage_error (_("“import” needs one FILE."));
  if (on_conflict != NULL &&
      (!tx_conflict_choice_from_string (on_conflict, &options.on_conflict) || options.on_conflict == TX_CONFLICT_UNDECIDED))
    return tx_cli_usage_error (_("--on-conflict is keep-mine, take-theirs or keep-both."));
  options.dry_run = dry_run;
  options.backup = tx_backup_import_hook;
  options.backup_data = &copy;

  /* an import may make the database; a trial run makes nothing */
  db = tx_cli_open_database (globals, !dry_run, &error);
  if (db == NULL)
    return tx_cli_fail (error);
  file = g_file_new_for_commandline_arg (argv[1]);
  report = tx_exchange_import (db, file, &options, report_progress, NULL, NULL, &error);
  if (isatty (STDERR_FILENO))
    g_printerr ("\n");
  if (copy != NULL)
    g_printerr (_("tongxin-cli: the database was backed up first to %s\n"), copy);
  if (report == NULL)
    return tx_cli_fail (error);
  tx_cli_print_import_report (report);
  return conclude (report, dry_run);
}
