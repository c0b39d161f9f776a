/* tx-cli-holidays.c — tongxin-cli holidays: a year's holidays, and the
 * festivals the office adds with their dates
 *
 * One line a holiday, tab-separated: date, holiday code, "built-in" or
 * "office", name.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/calendar/tx-holidays.h"

#include "tx-cli.h"
#include "tx-cli-private.h"

static int
print_year (TxDatabase *db,
            int         year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) holidays = tx_holidays_list_year (db, year, &error);

  if (holidays == NULL)
    return tx_cli_fail (error);
  for (guint i = 0; i < holidays->len; i++)
    {
      const TxHoliday *holiday = g_ptr_array_index (holidays, i);

      g_print ("%04d-%02d-%02d\t%s\t%s\t%s\n", holiday->date.year, holiday->date.month, holiday->date.day,
               holiday->code, holiday->office_added ? "office" : "built-in", holiday->name);
    }
  return TX_CLI_OK;
}

int
tx_cli_command_holidays (CliGlobals  *globals,
                         int          argc,
                         char       **argv)
{
  g_autofree char *year_text = NULL;
  g_autofree char *add = NULL;
  g_autofree char *remove = NULL;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_text, N_("The year to list (default: this year)"), "YYYY" },
    { "add", 0, 0, G_OPTION_ARG_STRING, &add, N_("Add the office festival of this holiday code (with --date)"), "CODE" },
    { "remove", 0, 0, G_OPTION_ARG_STRING, &remove, N_("Remove the office festival of this holiday code (with --date)"), "CODE" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The festival’s date"), "YYYY-MM-DD" },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The festival’s name, for 其他节日"), "NAME" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  guint64 year = 0;
  TxCivilDate today;

  g_option_context_set_summary (context, _("List a year's holidays for holiday visits (元旦, 春节, 元宵节, 端午节, 中秋节, 重阳节, 国庆节 and the office's festivals), or add and remove the office's festivals."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc > 1)
    return tx_cli_usage_error (_("“holidays” takes only options."));
  if (year_text != NULL &&
      !g_ascii_string_to_unsigned (year_text, 10, TX_CIVIL_DATE_MIN_YEAR, TX_CIVIL_DATE_MAX_YEAR - 1, &year, NULL))
    return tx_cli_usage_error (_("--year needs a year such as 2026."));
  if ((add != NULL || remove != NULL) && date == NULL)
    return tx_cli_usage_error (_("--add and --remove need --date."));
  if (add != NULL && remove != NULL)
    return tx_cli_usage_error (_("Give --add or --remove, not both."));

  db = tx_cli_open_database (globals, FALSE, &error);
  if (db == NULL)
    return tx_cli_fail (error);
  if ((add != NULL && !tx_holidays_add_office (db, add, date, name, &error)) ||
      (remove != NULL && !tx_holidays_remove_office (db, remove, date, &error)))
    return tx_cli_fail (error);
  if (add != NULL || remove != NULL)
    return TX_CLI_OK;
  tx_civil_date_today (&today);
  return print_year (db, year != 0 ? (int) year : today.year);
}
