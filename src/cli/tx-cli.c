/* tx-cli.c — tongxin-cli: Tongxin's jobs without a window
 *
 * Every error goes to stderr with a non-zero exit: 2 for a wrong command
 * line, 1 when the job itself failed.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "core/model/tx-activity.h"
#include "core/text/tx-civil-date.h"
#include "core/model/tx-community.h"
#include "core/model/tx-consultation.h"
#include "core/db/tx-database.h"
#include "core/demo/tx-demo.h"
#include "core/model/tx-meeting-query.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"
#include "core/stats/tx-year-figures.h"

#include "tx-cli-private.h"

typedef int (*CommandFunc) (CliGlobals *globals, int argc, char **argv);

typedef struct
{
  const char  *name;
  CommandFunc  run;
  const char  *summary;   /* N_() */
} Command;

static int command_demo  (CliGlobals *globals, int argc, char **argv);
static int command_stats (CliGlobals *globals, int argc, char **argv);

static const Command commands[] = {
  { "demo",  command_demo,  N_("Fill a new database with generated demo data") },
  { "stats", command_stats, N_("Print the number of records of each kind, or a year's figures") },
  { "remind", tx_cli_command_remind, N_("Print what the office's rules say is to be done") },
  { "holidays", tx_cli_command_holidays, N_("List a year's holidays; add or remove the office's festivals") },
  { "export", tx_cli_command_export, N_("Write an exchange file for the office above") },
  { "import", tx_cli_command_import, N_("Read an exchange file from another office") },
  { "backup",  tx_cli_command_backup,  N_("Back the database up, to the backup folder or a file") },
  { "restore", tx_cli_command_restore, N_("Replace the database with a backup (the current state is backed up first)") },
  { "check",   tx_cli_command_check,   N_("Check the database file for damage") },
  { "validate", tx_cli_command_validate, N_("Check an exchange file without importing it") },
  { "import-csv", tx_cli_command_import_csv, N_("Import people from a roster saved as CSV (Excel)") },
  { "export-csv", tx_cli_command_export_csv, N_("Export the archive as a CSV roster that Excel opens") },
  { "list", tx_cli_command_list, N_("Print the names in the archive, in pinyin or surname-stroke order") },
  { "print", tx_cli_command_print, N_("Print a roster, sign-in sheet, minutes, registration sheet or annual summary to PDF") },
};

int
tx_cli_fail (GError *error)
{
  g_printerr (_("tongxin-cli: %s\n"), error->message);
  return TX_CLI_FAILED;
}

int
tx_cli_usage_error (const char *message)
{
  g_printerr (_("tongxin-cli: %s\n"), message);
  g_printerr (_("Run “tongxin-cli --help” for the commands.\n"));
  return TX_CLI_USAGE;
}

/* Only the commands that make a database (demo, import) pass @create:
 * one that reads must not turn a mistyped path into a new empty archive. */
TxDatabase *
tx_cli_open_database (CliGlobals  *globals,
                      gboolean     create,
                      GError     **error)
{
  g_autofree char *path = globals->database ? g_strdup (globals->database)
                                            : tx_database_default_path ();
  return create ? tx_database_open (path, error) : tx_database_open_existing (path, error);
}

/* ---- stats ---------------------------------------------------------------- */

typedef struct
{
  const char *label;
  GType     (*get_type) (void);
} Counted;

/* The answers' adoption results, as the annual summary counts them. */
static int
print_adoption (TxDatabase *db)
{
  static const struct { const char *code, *label; } adoption[] = {
    { "1", "suggestions-adopted" }, { "2", "suggestions-partly-adopted" },
    { "3", "suggestions-planned" }, { "4", "suggestions-for-reference" },
    { "5", "suggestions-not-adopted" },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (adoption); i++)
    {
      gint64 n = tx_meeting_count_adoption (db, adoption[i].code, &error);

      if (n < 0)
        return tx_cli_fail (error);
      g_print ("%s: %" G_GINT64_FORMAT "\n", adoption[i].label, n);
    }
  return TX_CLI_OK;
}

/* the figures of the annual summary, one "key: value" line each */
static int
print_year_figures (TxDatabase *db,
                    int         year,
                    const char *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxYearFigures) figures = tx_year_figures_compute (db, year, today, &error);

  if (figures == NULL)
    return tx_cli_fail (error);
  for (guint i = 0; i < tx_year_figures_get_n (figures); i++)
    {
      const TxFigure *figure = tx_year_figures_get_nth (figures, i);

      g_print ("%s: %" G_GINT64_FORMAT "\n", figure->key, figure->value);
    }
  return TX_CLI_OK;
}

static int
print_counts (TxDatabase *db)
{
  const Counted counted[] = {
    { "people", tx_person_get_type },
    { "communities", tx_community_get_type },
    { "staff", tx_staff_get_type },
    { "activities", tx_activity_get_type },
    { "visits", tx_visit_get_type },
    { "consultations", tx_consultation_get_type },
    { "suggestions", tx_suggestion_get_type },
    { "pairings", tx_pairing_get_type },
  };
  g_autoptr(GError) error = NULL;

  /* the keys are stable English words: scripts read them */
  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    {
      gint64 n = tx_store_count (db, counted[i].get_type (), FALSE, &error);

      if (n < 0)
        return tx_cli_fail (error);
      g_print ("%s: %" G_GINT64_FORMAT "\n", counted[i].label, n);
    }
  return print_adoption (db);
}

static int
command_stats (CliGlobals  *globals,
               int          argc,
               char       **argv)
{
  g_autofree char *year_text = NULL;
  g_autofree char *today_text = NULL;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_text, N_("Print the figures of the year’s work summary instead"), "YYYY" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("The day suggestions are judged overdue on (default: today)"), "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  guint64 year = 0;
  TxCivilDate today;

  g_option_context_set_summary (context, _("Print one “name: count” line per kind of record (the trash not counted), or with --year the figures of that year’s work summary."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc > 1)
    return tx_cli_usage_error (_("“stats” takes no arguments."));
  if (year_text != NULL &&
      !g_ascii_string_to_unsigned (year_text, 10, TX_CIVIL_DATE_MIN_YEAR, TX_CIVIL_DATE_MAX_YEAR - 1, &year, NULL))
    return tx_cli_usage_error (_("--year needs a year such as 2026."));
  if (today_text != NULL && (!tx_civil_date_from_iso (today_text, &today) || today.day == 0))
    return tx_cli_usage_error (_("--today needs a date written as YYYY-MM-DD."));
  if (today_text != NULL && year_text == NULL)
    return tx_cli_usage_error (_("--today goes with --year."));

  db = tx_cli_open_database (globals, FALSE, &error);
  if (db == NULL)
    return tx_cli_fail (error);
  if (year_text != NULL)
    return print_year_figures (db, (int) year, today_text);
  return print_counts (db);
}

/* ---- demo ----------------------------------------------------------------- */

static void
report_progress (guint    done,
                 guint    total,
                 gpointer user_data)
{
  if (isatty (STDERR_FILENO))
    {
      g_printerr ("\r");
      g_printerr (_("Generating demo data: %u of %u records"), done, total);
    }
}

static gboolean
parse_people (const char  *text,
              guint       *out,
              GError     **error)
{
  guint64 value = 0;

  if (text == NULL ||
      !g_ascii_string_to_unsigned (text, 10, 1, 1000000, &value, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--people needs a number from 1 to 1000000, not “%s”."), text ? text : "");
      return FALSE;
    }
  *out = (guint) value;
  return TRUE;
}

static int
command_demo (CliGlobals  *globals,
              int          argc,
              char       **argv)
{
  g_autofree char *people_text = NULL;
  g_autofree char *today_text = NULL;
  gint64 seed = 1;
  GOptionEntry entries[] = {
    { "people", 0, 0, G_OPTION_ARG_STRING, &people_text, N_("How many people to generate"), "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Seed of the generator: the same seed gives the same data (default 1)"), "S" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("The date the data is generated for (default 2026-06-30)"), "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  TxDemoOptions options = { 0 };
  gint64 existing;

  g_option_context_set_summary (context, _("Fill a new, empty database with realistic generated data for trying Tongxin out."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc > 1)
    return tx_cli_usage_error (_("“demo” takes only options."));
  if (people_text == NULL)
    return tx_cli_usage_error (_("“demo” needs --people N."));
  if (!parse_people (people_text, &options.people, &error))
    return tx_cli_usage_error (error->message);
  if (seed < 0 || seed > G_MAXUINT32)
    return tx_cli_usage_error (_("--seed must be a number from 0 to 4294967295."));
  options.seed = (guint32) seed;
  if (today_text != NULL)
    {
      g_autofree char *midnight = g_strconcat (today_text, "T00:00:00Z", NULL);

      today = g_date_time_new_from_iso8601 (midnight, NULL);
      if (today == NULL)
        return tx_cli_usage_error (_("--today needs a date written as YYYY-MM-DD."));
      options.today = today;
    }

  db = tx_cli_open_database (globals, TRUE, &error);
  if (db == NULL)
    return tx_cli_fail (error);

  /* demo records must never be mixed into a real archive */
  existing = tx_store_count (db, TX_TYPE_PERSON, TRUE, &error);
  if (existing < 0)
    return tx_cli_fail (error);
  if (existing > 0)
    {
      g_printerr (_("tongxin-cli: %s already holds %lld people; demo data goes only into a new, empty database (use --database with a new file).\n"),
                  tx_database_get_path (db), (long long) existing);
      return TX_CLI_FAILED;
    }

  if (!tx_demo_fill (db, &options, report_progress, NULL, &error))
    {
      if (isatty (STDERR_FILENO))
        g_printerr ("\n");
      return tx_cli_fail (error);
    }
  if (isatty (STDERR_FILENO))
    g_printerr ("\n");
  g_print (_("Generated demo data for %u people in %s.\n"), options.people, tx_database_get_path (db));
  return TX_CLI_OK;
}

/* ---- the command line ------------------------------------------------------ */

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-10s %s", commands[i].name, _(commands[i].summary));
  g_string_append_printf (text, "\n\n%s", _("Run “tongxin-cli COMMAND --help” for the options of a command."));
  return g_string_free (text, FALSE);
}

int
tx_cli_run (int    argc,
            char **argv)
{
  g_autofree char *database = NULL;
  gboolean version = FALSE;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file (default: $TONGXIN_DATABASE, or tongxin.db in the user data folder)"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Print the version and exit"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("COMMAND [OPTIONS…]"));
  g_autofree char *description = describe_commands ();
  g_autoptr(GError) error = NULL;
  CliGlobals globals = { 0 };

  g_option_context_set_summary (context, _("Tongxin (同心): the archive, activities and consultations of community united-front work, from the command line."));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* options after the command belong to the command */
  g_option_context_set_strict_posix (context, TRUE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);

  if (version)
    {
      g_print ("tongxin-cli %s\n", PACKAGE_VERSION);
      return TX_CLI_OK;
    }
  if (argc < 2)
    return tx_cli_usage_error (_("No command given."));

  globals.database = database;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (&globals, argc - 1, argv + 1);

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), argv[1]);
    return tx_cli_usage_error (message);
  }
}
