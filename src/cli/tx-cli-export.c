/* tx-cli-export.c — tongxin-cli export: an exchange file for the office above
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "core/exchange/tx-exchange-export.h"
#include "core/text/tx-civil-date.h"

#include "tx-cli.h"
#include "tx-cli-private.h"

static gboolean
is_day (const char *text)
{
  TxCivilDate date;

  return text != NULL && strlen (text) == 10 && tx_civil_date_from_iso (text, &date);
}

static gboolean
all_area_codes (char **codes)
{
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      if (strlen (codes[i]) != 12)
        return FALSE;
      for (const char *p = codes[i]; *p; p++)
        if (!g_ascii_isdigit (*p))
          return FALSE;
    }
  return TRUE;
}

static void
report_progress (guint64  done,
                 guint64  total,
                 gpointer user_data)
{
  if (isatty (STDERR_FILENO))
    {
      g_printerr ("\r");
      g_printerr (_("Exporting: %llu of %llu records"), (unsigned long long) done, (unsigned long long) total);
    }
}

/* the options' own checks: 2 and a message, or 0 */
static int
check_options (TxExportOptions *options,
               const char      *privacy)
{
  if (privacy != NULL && !tx_exchange_privacy_from_string (privacy, &options->privacy))
    return tx_cli_usage_error (_("--privacy is masked, full or omit."));
  if (!all_area_codes (options->communities))
    return tx_cli_usage_error (_("--community needs a 12-digit statistical area code."));
  if ((options->from != NULL && !is_day (options->from)) || (options->to != NULL && !is_day (options->to)) ||
      (options->as_of != NULL && !is_day (options->as_of)))
    return tx_cli_usage_error (_("Dates are written as YYYY-MM-DD."));
  if (options->from != NULL && options->to != NULL && g_strcmp0 (options->from, options->to) > 0)
    return tx_cli_usage_error (_("--from must not be after --to."));
  return 0;
}

int
tx_cli_command_export (CliGlobals  *globals,
                       int          argc,
                       char       **argv)
{
  g_auto(GStrv) communities = NULL;
  g_auto(GStrv) categories = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *privacy = NULL;
  gboolean photos = FALSE;
  GOptionEntry entries[] = {
    { "community", 0, 0, G_OPTION_ARG_STRING_ARRAY, &communities, N_("Only the people of this community (12-digit area code; may be repeated)"), N_("CODE") },
    { "category", 0, 0, G_OPTION_ARG_STRING_ARRAY, &categories, N_("Only the people of this category (code; may be repeated)"), N_("CODE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Activities and meetings from this date"), "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Activities and meetings up to this date"), "YYYY-MM-DD" },
    { "privacy", 0, 0, G_OPTION_ARG_STRING, &privacy, N_("masked (default), full or omit: how ID numbers, phones and addresses are written"), N_("LEVEL") },
    { "photos", 0, 0, G_OPTION_ARG_NONE, &photos, N_("Include photos"), NULL },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("The as-of date of the data (default today)"), "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  guint64 counts[TX_N_KINDS];
  TxExportOptions options = { TX_PRIVACY_MASKED };
  int rc;

  g_option_context_set_summary (context, _("Write the archive, or a part of it, to an exchange file (.xml or .xml.gz) for the office above."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc != 2)
    return tx_cli_usage_error (_("“export” needs one FILE."));
  options.communities = communities;
  options.categories = categories;
  options.from = from;
  options.to = to;
  options.as_of = as_of;
  options.photos = photos;
  if ((rc = check_options (&options, privacy)) != 0)
    return rc;

  db = tx_cli_open_database (globals, FALSE, &error);
  if (db == NULL)
    return tx_cli_fail (error);
  file = g_file_new_for_commandline_arg (argv[1]);
  if (!tx_exchange_export (db, file, &options, report_progress, NULL, NULL, &error) ||
      !tx_exchange_export_count (db, &options, counts, &error))
    {
      if (isatty (STDERR_FILENO))
        g_printerr ("\n");
      return tx_cli_fail (error);
    }
  if (isatty (STDERR_FILENO))
    g_printerr ("\n");
  /* the keys are stable English words: scripts read them */
  for (guint kind = 0; kind < TX_N_KINDS; kind++)
    g_print ("%s: %" G_GUINT64_FORMAT "\n",
             kind == TX_KIND_TOMBSTONE ? "tombstones" : tx_exchange_kind (kind)->section, counts[kind]);
  return TX_CLI_OK;
}
