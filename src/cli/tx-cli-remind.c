/* tx-cli-remind.c — tongxin-cli remind: the reminders as lines
 *
 * One line a reminder, tab-separated: kind (stable English), date,
 * entity:uuid of the record it concerns (or "-"), "done" or "todo", title
 * and detail (translated).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/reminders/tx-reminders.h"

#include "tx-cli.h"
#include "tx-cli-private.h"

static void
print_reminder (TxReminder *reminder)
{
  const char *uuid = tx_reminder_get_uuid (reminder);
  g_autofree char *record = uuid != NULL ? g_strconcat (tx_reminder_get_entity (reminder), ":", uuid, NULL)
                                         : g_strdup ("-");

  g_print ("%s\t%s\t%s\t%s\t%s\t%s\n", tx_reminder_get_kind_name (reminder),
           tx_reminder_get_date (reminder), record,
           tx_reminder_get_done (reminder) ? "done" : "todo",
           tx_reminder_get_title (reminder), tx_reminder_get_detail (reminder));
}

static gboolean
parse_options (int                 *argc,
               char              ***argv,
               TxReminderOptions   *options,
               GError             **error)
{
  g_autofree char *date = NULL;
  int days = 30, limit = 0;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day to remind on (default: today)"), "YYYY-MM-DD" },
    { "days", 0, 0, G_OPTION_ARG_INT, &days, N_("How many days ahead to look for holidays and birthdays (default 30)"), "N" },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N reminders of each kind (default: all)"), "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_set_summary (context, _("Print the reminders: holiday visits, milestone birthdays, illness and hardship without a visit, suggestions overdue or not reported back, people and pairings without contact, and meetings short of the year's count."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;
  tx_reminder_options_init (options);
  if (*argc > 1)
    return g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, _("“remind” takes only options.")), FALSE;
  if (date != NULL && (!tx_civil_date_from_iso (date, &options->today) || options->today.day == 0))
    return g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("--date needs a date written as YYYY-MM-DD.")), FALSE;
  if (days < 0 || days > 366)
    return g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("--days needs a number from 0 to 366.")), FALSE;
  if (limit < 0)
    return g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("--limit needs a number of 0 or more.")), FALSE;
  options->days = days;
  options->limit = (guint) limit;
  return TRUE;
}

int
tx_cli_command_remind (CliGlobals  *globals,
                        int          argc,
                        char       **argv)
{
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GError) error = NULL;
  TxReminderOptions options;

  if (!parse_options (&argc, &argv, &options, &error))
    return tx_cli_usage_error (error->message);
  db = tx_cli_open_database (globals, FALSE, &error);
  if (db == NULL)
    return tx_cli_fail (error);
  reminders = tx_reminders_compute (db, &options, &error);
  if (reminders == NULL)
    return tx_cli_fail (error);
  for (guint i = 0; i < reminders->len; i++)
    print_reminder (g_ptr_array_index (reminders, i));
  return TX_CLI_OK;
}
