/* tx-cli-list.c — tongxin-cli list: the names of the archive in order
 *
 * The order is the archive page's: the same filter, the same query and so
 * the same sort keys stored with each record (tx-collate.c), so the command
 * line, the window and the printed roster never disagree.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/model/tx-person-filter.h"

#include "tx-cli.h"
#include "tx-cli-private.h"

static gboolean
parse_order (const char   *text,
             TxPersonSort *sort)
{
  if (text == NULL || g_str_equal (text, "pinyin"))
    *sort = TX_PERSON_SORT_PINYIN;
  else if (g_str_equal (text, "strokes"))
    *sort = TX_PERSON_SORT_STROKES;
  else
    return FALSE;
  return TRUE;
}

/* One name a line, as the archive page lists the people on the books. */
static int
print_names (TxDatabase   *db,
             TxPersonSort  sort,
             gint64        limit)
{
  TxPersonFilter filter;
  g_autoptr(TxQuery) query = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  gint64 printed = 0;
  int rc;

  tx_person_filter_init (&filter);
  filter.sort = sort;
  query = tx_person_filter_to_query (&filter);
  sql = tx_query_to_sql (query, "name");
  {
    g_auto(TxStatement) stmt = tx_database_prepare (db, sql, &error);

    if (stmt == NULL)
      return tx_cli_fail (error);
    tx_query_bind (query, stmt);
    while ((limit <= 0 || printed < limit) && (rc = tx_database_step_row (db, stmt, &error)) == 1)
      {
        g_print ("%s\n", tx_column_text (stmt, 0));
        printed++;
      }
    if (error != NULL)
      return tx_cli_fail (error);
  }
  return TX_CLI_OK;
}

int
tx_cli_command_list (CliGlobals  *globals,
                     int          argc,
                     char       **argv)
{
  g_autofree char *order = NULL;
  gint64 limit = 0;
  GOptionEntry entries[] = {
    { "order", 0, 0, G_OPTION_ARG_STRING, &order,
      N_("pinyin (音序, the default) or strokes (姓氏笔画)"), N_("ORDER") },
    { "limit", 0, 0, G_OPTION_ARG_INT64, &limit, N_("Print at most N names"), "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  TxPersonSort sort;

  g_option_context_set_summary (context, _("Print the names of the people on the books, one a line, "
                                           "in the archive’s order."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc > 1)
    return tx_cli_usage_error (_("“list” takes only options."));
  if (!parse_order (order, &sort))
    return tx_cli_usage_error (_("--order is pinyin or strokes."));

  db = tx_cli_open_database (globals, FALSE, &error);
  if (db == NULL)
    return tx_cli_fail (error);
  return print_names (db, sort, limit);
}
