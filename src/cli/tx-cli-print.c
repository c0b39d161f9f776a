/* tx-cli-print.c — tongxin-cli print: the printed documents as PDF files
 *
 *   print roster [--category C]… [--community C]… [--columns name,gender,…]
 *                [--order strokes|pinyin|community] [--full-id] [--person UUID]…
 *   print signin --activity UUID | --consultation UUID
 *   print minutes --consultation UUID
 *   print person --person UUID
 *   print summary --year YYYY
 * each with --output FILE.pdf.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/model/tx-activity-query.h"
#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"
#include "core/report/tx-documents.h"
#include "core/report/tx-report-pages.h"

#include "tx-cli.h"
#include "tx-cli-private.h"

typedef struct
{
  char  *output;
  char **categories;
  char **communities;
  char  *columns;
  char  *order;
  gboolean full_id;
  char **people;
  char  *activity;
  char  *consultation;
  char  *year;
} PrintOptions;

static void
print_options_clear (PrintOptions *options)
{
  g_free (options->output);
  g_strfreev (options->categories);
  g_strfreev (options->communities);
  g_free (options->columns);
  g_free (options->order);
  g_strfreev (options->people);
  g_free (options->activity);
  g_free (options->consultation);
  g_free (options->year);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PrintOptions, print_options_clear)

static int
write_report (TxReport   *report,
              const char *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxReportPages) pages = tx_report_pages_new (report, NULL, NULL, NULL, &error);
  g_autoptr(GFile) file = NULL;

  if (pages == NULL)
    return tx_cli_fail (error);
  file = g_file_new_for_commandline_arg (output);
  if (!tx_report_pages_write_pdf_file (pages, file, NULL, &error))
    return tx_cli_fail (error);
  /* for scripts: stable English keys */
  g_print ("pages: %u\n", tx_report_pages_get_n_pages (pages));
  return TX_CLI_OK;
}

/* ---- roster ---------------------------------------------------------------- */

static gboolean
parse_columns (const char  *text,
               GArray      *columns,
               GError     **error)
{
  g_auto(GStrv) keys = g_strsplit (text, ",", -1);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      int column = tx_roster_column_from_key (g_strstrip (keys[i]));

      if (g_str_equal (keys[i], "number") || g_str_equal (keys[i], ""))
        continue;   /* 序号 is always there */
      if (column < 0)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("Unknown column “%s” (columns: name, gender, ethnicity, birth, political, education, unit, category, community, phone, id, address)."),
                       keys[i]);
          return FALSE;
        }
      g_array_append_vals (columns, &(TxRosterColumn) { column }, 1);
    }
  return TRUE;
}

static gboolean
parse_order (const char    *text,
             TxPersonSort  *sort,
             GError       **error)
{
  if (text == NULL || g_str_equal (text, "strokes"))
    *sort = TX_PERSON_SORT_STROKES;
  else if (g_str_equal (text, "pinyin"))
    *sort = TX_PERSON_SORT_PINYIN;
  else if (g_str_equal (text, "community"))
    *sort = TX_PERSON_SORT_COMMUNITY;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--order is strokes, pinyin or community, not “%s”."), text);
      return FALSE;
    }
  return TRUE;
}

/* a category's code, from its code or its name */
static const char *
find_category (TxDatabase  *db,
               const char  *text,
               GError     **error)
{
  const char *code = tx_codes_is_valid (db, TX_CODE_CATEGORY, text) ? text
                     : tx_codes_find (db, TX_CODE_CATEGORY, text);

  if (code == NULL)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("There is no united-front category “%s”."), text);
  return code;
}

/* a community's uuid, from its uuid or its name */
static char *
find_community (TxDatabase  *db,
                const char  *text,
                GError     **error)
{
  g_autoptr(GPtrArray) communities = tx_community_list_names (db, error);

  if (communities == NULL)
    return NULL;
  for (guint i = 0; i < communities->len; i++)
    {
      TxNameRef *ref = g_ptr_array_index (communities, i);

      if (g_strcmp0 (ref->uuid, text) == 0 || g_strcmp0 (ref->name, text) == 0)
        return g_strdup (ref->uuid);
    }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("There is no community “%s”."), text);
  return NULL;
}

/* "统战类别：A、B；社区：X" for several values of a condition */
static char *
describe_choice (TxDatabase  *db,
                 const char  *categories[],
                 char        *communities[])
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; categories[i] != NULL; i++)
    g_string_append_printf (text, "%s%s", i == 0 ? "" : "、", tx_codes_name (db, TX_CODE_CATEGORY, categories[i]));
  if (text->len > 0)
    {
      g_autofree char *names = g_string_free (g_steal_pointer (&text), FALSE);

      text = g_string_new (NULL);
      g_string_printf (text, _("%s: %s"), _("United-front category"), names);
    }
  for (guint i = 0; communities[i] != NULL; i++)
    {
      g_autofree char *name = tx_lookup_community_name (db, communities[i]);

      if (i == 0)
        {
          if (text->len > 0)
            g_string_append (text, _("; "));
          g_string_append_printf (text, _("%s: "), _("Community"));
        }
      g_string_append_printf (text, "%s%s", i == 0 ? "" : "、", name);
    }
  return text->len > 0 ? g_strdup (text->str) : NULL;
}

/* Every combination of one category and one community, as filters. */
static GArray *
make_filters (const char *categories[],
              char       *communities[])
{
  GArray *filters = g_array_new (FALSE, FALSE, sizeof (TxPersonFilter));
  guint n_categories = MAX (g_strv_length ((char **) categories), 1);
  guint n_communities = MAX (g_strv_length (communities), 1);

  for (guint a = 0; a < n_categories; a++)
    for (guint b = 0; b < n_communities; b++)
      {
        TxPersonFilter filter;

        tx_person_filter_init (&filter);
        filter.category = categories[0] ? categories[a] : NULL;
        filter.community = communities[0] ? communities[b] : NULL;
        g_array_append_val (filters, filter);
      }
  return filters;
}

static int
print_roster (TxDatabase   *db,
              PrintOptions *options)
{
  guint n_categories = options->categories ? g_strv_length (options->categories) : 0;
  guint n_communities = options->communities ? g_strv_length (options->communities) : 0;
  g_autofree const char **categories = g_new0 (const char *, n_categories + 1);
  g_auto(GStrv) communities = g_new0 (char *, n_communities + 1);
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (TxRosterColumn));
  g_autoptr(GArray) filters = NULL;
  g_autoptr(TxReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) chosen = NULL;
  g_autofree char *description = NULL;
  TxRosterOptions roster;

  tx_roster_options_init (&roster);
  if (!parse_order (options->order, &roster.sort, &error) ||
      (options->columns != NULL && !parse_columns (options->columns, columns, &error)))
    return tx_cli_usage_error (error->message);
  for (guint i = 0; i < n_categories; i++)
    if ((categories[i] = find_category (db, options->categories[i], &error)) == NULL)
      return tx_cli_usage_error (error->message);
  for (guint i = 0; i < n_communities; i++)
    if ((communities[i] = find_community (db, options->communities[i], &error)) == NULL)
      return error->domain == G_OPTION_ERROR ? tx_cli_usage_error (error->message) : tx_cli_fail (error);

  filters = make_filters (categories, communities);
  roster.columns = (const TxRosterColumn *) columns->data;
  roster.n_columns = columns->len;
  roster.full_id = options->full_id;
  if (options->people != NULL)
    roster.uuids = (const char * const *) options->people;
  else if (filters->len == 1)
    roster.filter = &g_array_index (filters, TxPersonFilter, 0);
  else
    {
      chosen = tx_roster_collect_uuids (db, (TxPersonFilter *) filters->data, filters->len, &error);
      if (chosen == NULL)
        return tx_cli_fail (error);
      description = describe_choice (db, categories, communities);
      roster.uuids = (const char * const *) chosen;
      roster.description = description;
    }
  report = tx_roster_build (db, &roster, NULL, &error);
  if (report == NULL)
    return tx_cli_fail (error);
  return write_report (report, options->output);
}

/* ---- the other documents ----------------------------------------------------- */

static int
print_document (TxDatabase   *db,
                const char   *kind,
                PrintOptions *options)
{
  g_autoptr(TxReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (g_str_equal (kind, "signin"))
    {
      if ((options->activity == NULL) == (options->consultation == NULL))
        return tx_cli_usage_error (_("“print signin” needs --activity UUID or --consultation UUID."));
      report = tx_signin_sheet_build (db, options->activity, options->consultation, 8, &error);
    }
  else if (g_str_equal (kind, "minutes"))
    {
      if (options->consultation == NULL)
        return tx_cli_usage_error (_("“print minutes” needs --consultation UUID."));
      report = tx_minutes_build (db, options->consultation, &error);
    }
  else if (g_str_equal (kind, "person"))
    {
      if (options->people == NULL || options->people[1] != NULL)
        return tx_cli_usage_error (_("“print person” needs one --person UUID."));
      report = tx_registration_sheet_build (db, options->people[0], &error);
    }
  else
    {
      guint64 year = 0;

      if (options->year == NULL ||
          !g_ascii_string_to_unsigned (options->year, 10, TX_CIVIL_DATE_MIN_YEAR, TX_CIVIL_DATE_MAX_YEAR - 1, &year, NULL))
        return tx_cli_usage_error (_("“print summary” needs --year YYYY."));
      report = tx_summary_build (db, (int) year, NULL, &error);
    }
  if (report == NULL)
    return tx_cli_fail (error);
  return write_report (report, options->output);
}

int
tx_cli_command_print (CliGlobals  *globals,
                      int          argc,
                      char       **argv)
{
  g_auto(PrintOptions) options = { 0 };
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output, N_("The PDF file to write"), N_("FILE") },
    { "category", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.categories, N_("Roster: people of this united-front category (code or name; may be repeated)"), "C" },
    { "community", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.communities, N_("Roster: people of this community (name or uuid; may be repeated)"), "C" },
    { "columns", 0, 0, G_OPTION_ARG_STRING, &options.columns, N_("Roster: the columns in order, e.g. name,gender,birth,id,unit,phone"), N_("LIST") },
    { "order", 0, 0, G_OPTION_ARG_STRING, &options.order, N_("Roster: strokes (default), pinyin or community"), N_("ORDER") },
    { "full-id", 0, 0, G_OPTION_ARG_NONE, &options.full_id, N_("Roster: full ID numbers instead of masked ones"), NULL },
    { "person", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.people, N_("The person (registration sheet), or the people of a roster"), "UUID" },
    { "activity", 0, 0, G_OPTION_ARG_STRING, &options.activity, N_("Sign-in sheet: the activity"), "UUID" },
    { "consultation", 0, 0, G_OPTION_ARG_STRING, &options.consultation, N_("Sign-in sheet or minutes: the consultation"), "UUID" },
    { "year", 0, 0, G_OPTION_ARG_STRING, &options.year, N_("Summary: the year"), "YYYY" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("roster|signin|minutes|person|summary"));
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  const char *kinds[] = { "roster", "signin", "minutes", "person", "summary", NULL };

  g_option_context_set_summary (context, _("Write a printed document as a PDF file. Without a selection the roster lists every person on the register."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tx_cli_usage_error (error->message);
  if (argc != 2 || !g_strv_contains (kinds, argv[1]))
    return tx_cli_usage_error (_("“print” needs one of roster, signin, minutes, person or summary."));
  if (options.output == NULL)
    return tx_cli_usage_error (_("“print” needs --output FILE.pdf."));

  db = tx_cli_open_database (globals, FALSE, &error);
  if (db == NULL)
    return tx_cli_fail (error);
  if (g_str_equal (argv[1], "roster"))
    return print_roster (db, &options);
  return print_document (db, argv[1], &options);
}
