/* tx-cli-export-csv.c — tongxin-cli export-csv: the archive as a roster
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/exchange/tx-csv-export.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-community-query.h"
#include "core/model/tx-person.h"

#include "tx-cli.h"
#include "tx-cli-private.h"

/* A mistyped code would quietly export nobody: refuse it instead. */
static gboolean
check_codes (TxDatabase          *db,
             const char * const  *communities,
             const char * const  *categories,
             GError             **error)
{
  g_autoptr(GPtrArray) list = tx_community_list (db, error);

  if (list == NULL)
    return FALSE;
  for (guint i = 0; communities != NULL && communities[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint c = 0; c < list->len && !found; c++)
        found = g_strcmp0 (tx_community_get_code (g_ptr_array_index (list, c)), communities[i]) == 0;
      if (!found)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("No community in the archive has the code “%s”."), communities[i]);
          return FALSE;
        }
    }
  for (guint i = 0; categories != NULL && categories[i] != NULL; i++)
    if (!tx_codes_is_valid (db, TX_CODE_CATEGORY, categories[i]))
      {
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("“%s” is not a category code (01 to 12)."), categories[i]);
        return FALSE;
      }
  return TRUE;
}

int
tx_cli_command_export_csv (CliGlobals    *globals,
                   int            argc,
                   char         **argv)
{
  g_auto(GStrv) communities = NULL;
  g_auto(GStrv) categories = NULL;
  g_autofree char *privacy_text = NULL;
  GOptionEntry entries[] = {
    { "community", 0, 0, G_OPTION_ARG_STRING_ARRAY, &communities, N_("Only people of this community (its 12-digit code); may be repeated"), "CODE" },
    { "category", 0, 0, G_OPTION_ARG_STRING_ARRAY, &categories, N_("Only people of this category (01 to 12); may be repeated"), "CODE" },
    { "privacy", 0, 0, G_OPTION_ARG_STRING, &privacy_text, N_("masked (default): ID numbers and phones masked, no address; full: every value; omit: no ID number, phone, address or political status"), "masked|full|omit" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(TxQuery) query = tx_query_new (TX_TYPE_PERSON);
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  TxPrivacy privacy = TX_PRIVACY_MASKED;
  guint n = 0;

  g_option_context_set_summary (context, _("Write the people of the archive (the trash left out) to a CSV file that Excel opens: UTF-8 with a byte-order mark, ID numbers and phones kept as text."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc != 2)
    return tx_cli_usage_error (_("“export-csv” needs one FILE."));
  if (privacy_text != NULL && !tx_exchange_privacy_from_string (privacy_text, &privacy))
    return tx_cli_usage_error (_("--privacy takes “masked”, “full” or “omit”."));

  db = tx_cli_open_database (globals, FALSE, &error);
  if (db == NULL)
    return tx_cli_fail (error);
  if (!check_codes (db, (const char * const *) communities, (const char * const *) categories, &error))
    return tx_cli_fail (error);

  tx_query_set_order (query, "sort_pinyin, id");
  tx_csv_query_restrict (query, (const char * const *) communities, (const char * const *) categories);
  file = g_file_new_for_commandline_arg (argv[1]);
  if (!tx_csv_export_query (db, query, file, privacy, &n, &error))
    return tx_cli_fail (error);
  g_print ("people: %u\n", n);
  return TX_CLI_OK;
}
