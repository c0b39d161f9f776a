/* tx-cli-import-csv.c — tongxin-cli import-csv: a roster from Excel
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/exchange/tx-csv-import.h"
#include "core/model/tx-codes.h"

#include "tx-cli.h"
#include "tx-cli-private.h"

typedef struct
{
  gboolean          dry_run;
  gboolean          skip_invalid;
  TxCsvOnExisting   on_existing;
} ImportOptions;

/* --map COLUMN=FIELD: COLUMN is a header as written or a column number
 * from 1, FIELD a target key ("phone-other") or "none". */
static gboolean
apply_map (TxCsvImport  *import,
           const char   *spec,
           GError      **error)
{
  g_auto(GStrv) parts = g_strsplit (spec, "=", 2);
  guint64 number = 0;
  TxCsvTarget target;

  if (g_strv_length (parts) != 2)
    goto bad;
  target = tx_csv_target_from_key (parts[1]);
  if (target == TX_CSV_TARGET_NONE && g_strcmp0 (parts[1], "none") != 0)
    goto bad;
  for (guint i = 0; i < tx_csv_import_get_n_columns (import); i++)
    if (g_strcmp0 (tx_csv_import_get_column_header (import, i), parts[0]) == 0)
      {
        tx_csv_import_set_column_target (import, i, target);
        return TRUE;
      }
  if (g_ascii_string_to_unsigned (parts[0], 10, 1, tx_csv_import_get_n_columns (import), &number, NULL))
    {
      tx_csv_import_set_column_target (import, (guint) number - 1, target);
      return TRUE;
    }

bad:
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--map needs COLUMN=FIELD, with a column header of the file (or its number) and a field such as phone-other, not “%s”."),
               spec);
  return FALSE;
}

static void
print_rows (TxCsvReport *report)
{
  for (guint i = 0; i < report->rows->len; i++)
    {
      TxCsvRowResult *row = g_ptr_array_index (report->rows, i);

      if (row->action == TX_CSV_ROW_INVALID)
        g_printerr (_("Line %u (%s): %s\n"), row->line, row->name, row->message);
      else if (row->message != NULL)
        g_print (_("Line %u (%s), %s: %s\n"), row->line, row->name,
                 tx_csv_row_action_label (row->action), row->message);
    }
}

static void
print_counts (TxCsvImport *import,
              TxCsvReport *report,
              TxDatabase  *db)
{
  GHashTableIter iter;
  gpointer name, count;

  /* the keys are stable English words: scripts read them */
  g_print ("encoding: %s\n", tx_csv_import_get_encoding (import));
  for (guint a = 0; a < TX_CSV_N_ROW_ACTIONS; a++)
    g_print ("%s: %u\n", tx_csv_row_action_key (a), report->counts[a]);
  g_print ("ignored: %u\n", report->n_ignored);
  g_hash_table_iter_init (&iter, report->legacy);
  while (g_hash_table_iter_next (&iter, &name, &count))
    {
      g_autofree char *code = tx_codes_map_category (db, name);

      g_print (_("Older category “%s” taken as “%s”: %d rows\n"), (const char *) name,
               tx_codes_name (db, TX_CODE_CATEGORY, code), GPOINTER_TO_INT (count));
    }
}

static int
run_import (TxCsvImport   *import,
            TxDatabase    *db,
            ImportOptions *options)
{
  g_autoptr(TxCsvReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (options->dry_run)
    {
      report = tx_csv_import_trial (import, db, options->on_existing, &error);
      ok = report != NULL;
    }
  else
    ok = tx_csv_import_apply (import, db, options->on_existing, options->skip_invalid, &report, &error);
  if (report == NULL)
    return tx_cli_fail (error);

  print_rows (report);
  print_counts (import, report, db);
  if (!ok)
    return tx_cli_fail (error);
  if (options->dry_run)
    {
      if (report->counts[TX_CSV_ROW_INVALID] > 0 && !options->skip_invalid)
        {
          g_printerr (_("tongxin-cli: Dry run: the file would be refused; fix the rows above or use --skip-invalid.\n"));
          return TX_CLI_FAILED;
        }
      g_print (_("Dry run: nothing was written.\n"));
      return TX_CLI_OK;
    }
  g_print (_("Imported: %u new, %u updated.\n"), report->counts[TX_CSV_ROW_NEW], report->counts[TX_CSV_ROW_UPDATE]);
  return TX_CLI_OK;
}

static gboolean
parse_on_existing (const char       *text,
                   TxCsvOnExisting  *out)
{
  if (text == NULL || g_str_equal (text, "update"))
    *out = TX_CSV_ON_EXISTING_UPDATE;
  else if (g_str_equal (text, "skip"))
    *out = TX_CSV_ON_EXISTING_SKIP;
  else
    return FALSE;
  return TRUE;
}

int
tx_cli_command_import_csv (CliGlobals    *globals,
                   int            argc,
                   char         **argv)
{
  g_autofree char *encoding = NULL;
  g_autofree char *on_existing = NULL;
  g_auto(GStrv) maps = NULL;
  ImportOptions options = { FALSE, FALSE, TX_CSV_ON_EXISTING_UPDATE };
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options.dry_run, N_("Check every row and print the report; write nothing"), NULL },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &encoding, N_("The file's encoding, e.g. UTF-8 or GB18030 (default: detected)"), "E" },
    { "on-existing", 0, 0, G_OPTION_ARG_STRING, &on_existing, N_("A person with the same ID number already in the archive: update (default) or skip"), "update|skip" },
    { "skip-invalid", 0, 0, G_OPTION_ARG_NONE, &options.skip_invalid, N_("Import the valid rows and list the invalid ones (default: one invalid row and nothing is imported)"), NULL },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &maps, N_("Map a column to a field, e.g. --map 单位电话=phone-other or --map 5=none"), "COLUMN=FIELD" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(TxCsvImport) import = NULL;
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _("Import people from a roster saved as CSV: a trial of every row first, then all of them in one transaction, or none."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc != 2)
    return tx_cli_usage_error (_("“import-csv” needs one FILE."));
  if (!parse_on_existing (on_existing, &options.on_existing))
    return tx_cli_usage_error (_("--on-existing takes “update” or “skip”."));

  import = tx_csv_import_new_for_file (argv[1], encoding, &error);
  if (import == NULL)
    return tx_cli_fail (error);
  for (guint i = 0; maps != NULL && maps[i] != NULL; i++)
    if (!apply_map (import, maps[i], &error))
      return tx_cli_usage_error (error->message);

  db = tx_cli_open_database (globals, !options.dry_run, &error);
  if (db == NULL)
    return tx_cli_fail (error);
  return run_import (import, db, &options);
}
