/* tx-roster.c — 花名册: the people of a filter or a selection
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/model/tx-activity-query.h"
#include "core/model/tx-codes.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-person.h"
#include "core/db/tx-store.h"

#include "tx-documents-private.h"

/* widths in points at the table's 9 pt: what the column usually needs */
#define NUMBER_WIDTH 28.0
#define PORTRAIT_CONTENT 490.0

typedef struct
{
  const char *key;
  const char *label;    /* N_() */
  double      width;
} ColumnInfo;

static const ColumnInfo column_info[TX_ROSTER_N_COLUMNS] = {
  [TX_ROSTER_NAME]      = { "name",      N_("Name"),                 56 },
  [TX_ROSTER_GENDER]    = { "gender",    N_("Gender"),               28 },
  [TX_ROSTER_ETHNICITY] = { "ethnicity", N_("Ethnicity"),            40 },
  [TX_ROSTER_BIRTH]     = { "birth",     N_("Born"),                 48 },
  [TX_ROSTER_POLITICAL] = { "political", N_("Political status"),     62 },
  [TX_ROSTER_EDUCATION] = { "education", N_("Education"),            52 },
  [TX_ROSTER_UNIT]      = { "unit",      N_("Work unit and post"),  150 },
  [TX_ROSTER_CATEGORY]  = { "category",  N_("United-front category"), 100 },
  [TX_ROSTER_COMMUNITY] = { "community", N_("Community"),            64 },
  [TX_ROSTER_PHONE]     = { "phone",     N_("Phone"),                68 },
  [TX_ROSTER_ID]        = { "id",        N_("ID number"),           104 },
  [TX_ROSTER_ADDRESS]   = { "address",   N_("Address"),             140 },
};

static const TxRosterColumn default_columns[] = {
  TX_ROSTER_NAME, TX_ROSTER_GENDER, TX_ROSTER_BIRTH, TX_ROSTER_POLITICAL,
  TX_ROSTER_UNIT, TX_ROSTER_CATEGORY, TX_ROSTER_COMMUNITY, TX_ROSTER_PHONE,
  TX_ROSTER_ID,
};

void
tx_roster_options_init (TxRosterOptions *options)
{
  memset (options, 0, sizeof *options);
  options->sort = TX_PERSON_SORT_STROKES;
}

const TxRosterColumn *
tx_roster_default_columns (guint *n_columns)
{
  *n_columns = G_N_ELEMENTS (default_columns);
  return default_columns;
}

int
tx_roster_column_from_key (const char *key)
{
  for (guint i = 0; i < TX_ROSTER_N_COLUMNS; i++)
    if (g_strcmp0 (key, column_info[i].key) == 0)
      return (int) i;
  return -1;
}

const char *
tx_roster_column_key (TxRosterColumn column)
{
  g_return_val_if_fail (column < TX_ROSTER_N_COLUMNS, NULL);
  return column_info[column].key;
}

const char *
tx_roster_column_label (TxRosterColumn column)
{
  g_return_val_if_fail (column < TX_ROSTER_N_COLUMNS, NULL);
  return _(column_info[column].label);
}

/* ---- the filter, in words ---------------------------------------------------- */

static void
describe (GString    *text,
          const char *label,
          const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  if (text->len > 0)
    g_string_append (text, _("; "));
  g_string_append_printf (text, _("%s: %s"), label, value);
}

static const char *
code_name (const char *kind,
           const char *code)
{
  const char *name = code ? tx_code_table_name (kind, code) : NULL;

  return name ? name : code;
}

static char *
describe_ages (const TxPersonFilter *filter)
{
  if (filter->min_age >= 0 && filter->max_age >= 0)
    return g_strdup_printf (_("%d to %d years"), filter->min_age, filter->max_age);
  if (filter->min_age >= 0)
    return g_strdup_printf (_("%d years or older"), filter->min_age);
  if (filter->max_age >= 0)
    return g_strdup_printf (_("%d years or younger"), filter->max_age);
  return NULL;
}

char *
tx_roster_describe_filter (TxDatabase           *db,
                           const TxPersonFilter *filter)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *community = NULL;
  g_autofree char *ages = NULL;

  if (filter == NULL)
    return NULL;
  community = tx_lookup_community_name (db, filter->community);
  ages = describe_ages (filter);
  describe (text, _("United-front category"), code_name (TX_CODE_CATEGORY, filter->category));
  describe (text, _("Community"), community);
  describe (text, _("Political status"), code_name (TX_CODE_POLITICAL, filter->political_status));
  describe (text, _("Ethnicity"), code_name (TX_CODE_ETHNICITY, filter->ethnicity));
  describe (text, _("Social role"), code_name (TX_CODE_ROLE_KIND, filter->role_kind));
  describe (text, _("Age"), ages);
  if (filter->representative > 0)
    describe (text, _("Representative figure"), _("yes"));
  if (filter->key_person > 0)
    describe (text, _("Key person"), _("yes"));
  if (g_strcmp0 (filter->status, "1") != 0)
    describe (text, _("Status"), filter->status ? code_name (TX_CODE_PERSON_STATUS, filter->status) : _("any"));
  describe (text, _("Search"), filter->search);
  if (text->len == 0)
    return NULL;
  return g_strdup (text->str);
}

/* ---- cells ------------------------------------------------------------------- */

typedef struct
{
  TxDatabase *db;
  GHashTable *communities;   /* uuid → name */
  gboolean    full_id;
} RosterContext;

static const char *
community_name (RosterContext *ctx,
                const char    *uuid)
{
  char *name;

  if (uuid == NULL)
    return "";
  name = g_hash_table_lookup (ctx->communities, uuid);
  if (name == NULL)
    {
      char *found = tx_lookup_community_name (ctx->db, uuid);

      name = found ? found : g_strdup ("");
      g_hash_table_insert (ctx->communities, g_strdup (uuid), name);
    }
  return name;
}

static char *
cell_text (RosterContext  *ctx,
           TxPerson       *person,
           TxRosterColumn  column)
{
  switch (column)
    {
    case TX_ROSTER_NAME:
      return g_strdup (_tx_document_text (tx_person_get_name (person)));
    case TX_ROSTER_GENDER:
      return g_strdup (_tx_document_text (code_name (TX_CODE_GENDER, tx_person_get_gender (person))));
    case TX_ROSTER_ETHNICITY:
      return g_strdup (_tx_document_text (code_name (TX_CODE_ETHNICITY, tx_person_get_ethnicity (person))));
    case TX_ROSTER_BIRTH:
      return _tx_document_year_month (tx_person_get_birth_date (person));
    case TX_ROSTER_POLITICAL:
      return g_strdup (_tx_document_text (code_name (TX_CODE_POLITICAL, tx_person_get_political_status (person))));
    case TX_ROSTER_EDUCATION:
      return g_strdup (_tx_document_text (code_name (TX_CODE_EDUCATION, tx_person_get_education (person))));
    case TX_ROSTER_UNIT:
      return _tx_document_unit_and_post (tx_person_get_work_unit (person), tx_person_get_work_post (person));
    case TX_ROSTER_CATEGORY:
      return _tx_document_category_names (TX_RECORD (person));
    case TX_ROSTER_COMMUNITY:
      return g_strdup (community_name (ctx, tx_person_get_community (person)));
    case TX_ROSTER_PHONE:
      return g_strdup (_tx_document_text (tx_person_get_phone (person)));
    case TX_ROSTER_ID:
      if (ctx->full_id)
        return g_strdup (_tx_document_text (tx_person_get_document_number (person)));
      if (tx_person_get_document_number (person) == NULL)
        return g_strdup ("");
      return tx_id_number_mask (tx_person_get_document_number (person));
    case TX_ROSTER_ADDRESS:
      return g_strdup (_tx_document_text (tx_person_get_address (person)));
    case TX_ROSTER_N_COLUMNS:
    default:
      return g_strdup ("");
    }
}

/* ---- the document ------------------------------------------------------------ */

static TxReportTable *
add_roster_table (TxReport             *report,
                  const TxRosterColumn *columns,
                  guint                 n_columns)
{
  g_autofree double *widths = g_new (double, n_columns + 1);
  g_autofree const char **labels = g_new0 (const char *, n_columns + 2);
  TxReportTable *table;
  double total = NUMBER_WIDTH;

  widths[0] = NUMBER_WIDTH;
  labels[0] = _("No.");
  for (guint i = 0; i < n_columns; i++)
    {
      widths[i + 1] = column_info[columns[i]].width;
      labels[i + 1] = _(column_info[columns[i]].label);
      total += widths[i + 1];
    }
  tx_report_set_landscape (report, total > PORTRAIT_CONTENT);
  table = tx_report_add_table (report, TX_REPORT_TABLE_GRID, n_columns + 1, widths);
  tx_report_table_add_row (table, labels, TX_REPORT_CELL_DEFAULT);
  tx_report_table_set_header_rows (table, 1);
  return table;
}

static gboolean
add_people (TxReportTable         *table,
            RosterContext         *ctx,
            GArray                *ids,
            const TxRosterOptions *options,
            const TxRosterColumn  *columns,
            guint                  n_columns,
            GCancellable          *cancellable,
            GError               **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(TxRecord) person = tx_store_load_row (ctx->db, TX_TYPE_PERSON,
                                                      g_array_index (ids, gint64, i), error);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      if (person == NULL)
        return FALSE;
      if (i % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (i % 256 == 0 && options->progress != NULL)
        options->progress (i, ids->len, options->progress_data);
      tx_report_table_add_cell (table, number, TX_REPORT_CELL_CENTER, 1, 1);
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = cell_text (ctx, TX_PERSON (person), columns[c]);
          gboolean narrow = columns[c] != TX_ROSTER_UNIT && columns[c] != TX_ROSTER_ADDRESS &&
                            columns[c] != TX_ROSTER_CATEGORY;

          tx_report_table_add_cell (table, text, narrow ? TX_REPORT_CELL_CENTER : TX_REPORT_CELL_DEFAULT, 1, 1);
        }
      tx_report_table_end_row (table, 0);
    }
  return TRUE;
}

static const char *
sort_description (TxPersonSort sort)
{
  switch (sort)
    {
    case TX_PERSON_SORT_PINYIN:
      return _("in pinyin order");
    case TX_PERSON_SORT_COMMUNITY:
      return _("by community");
    case TX_PERSON_SORT_STROKES:
    default:
      return _("in order of surname strokes");
    }
}

static void
add_title_block (TxReport              *report,
                 TxDatabase            *db,
                 const TxRosterOptions *options,
                 guint                  n_people)
{
  g_autofree char *filter = options->description ? g_strdup (options->description)
                            : options->uuids ? NULL : tx_roster_describe_filter (db, options->filter);
  g_autofree char *count = g_strdup_printf (ngettext ("%u person, %s", "%u people, %s", n_people),
                                            n_people, sort_description (options->sort));

  tx_report_add_text (report, TX_REPORT_TEXT_TITLE, tx_report_get_title (report));
  if (filter != NULL)
    tx_report_add_text (report, TX_REPORT_TEXT_SUBTITLE, filter);
  else if (options->uuids != NULL)
    tx_report_add_text (report, TX_REPORT_TEXT_SUBTITLE, _("People chosen in the archive"));
  tx_report_add_text (report, TX_REPORT_TEXT_SUBTITLE, count);
  tx_report_add_space (report, 6);
}

TxReport *
tx_roster_build (TxDatabase             *db,
                 const TxRosterOptions  *options,
                 GCancellable           *cancellable,
                 GError                **error)
{
  g_autoptr(TxReport) report = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GHashTable) communities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  RosterContext ctx = { db, communities, options->full_id };
  const TxRosterColumn *columns = options->columns;
  guint n_columns = options->n_columns;
  TxReportTable *table;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  if (columns == NULL || n_columns == 0)
    columns = tx_roster_default_columns (&n_columns);
  ids = _tx_document_people_ids (db, options->filter, options->uuids, options->sort, cancellable, error);
  if (ids == NULL)
    return NULL;
  report = _tx_document_new (db, _("Roster of united-front figures"));
  if (options->full_id)
    tx_report_set_footer_note (report, _("Full ID numbers: keep this document confidential"));
  add_title_block (report, db, options, ids->len);
  table = add_roster_table (report, columns, n_columns);
  if (!add_people (table, &ctx, ids, options, columns, n_columns, cancellable, error))
    return NULL;
  return g_steal_pointer (&report);
}

char **
tx_roster_collect_uuids (TxDatabase            *db,
                         const TxPersonFilter  *filters,
                         guint                  n_filters,
                         GError               **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) uuids = g_ptr_array_new ();

  for (guint f = 0; f < n_filters; f++)
    {
      g_autoptr(TxQuery) query = tx_person_filter_to_query (&filters[f]);
      g_autofree char *sql = tx_query_to_sql (query, "uuid");
      g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);
      int rc;

      if (stmt == NULL)
        return NULL;
      tx_query_bind (query, stmt);
      while ((rc = tx_database_step_row (db, stmt, error)) == 1)
        g_hash_table_add (seen, g_strdup (tx_column_text (stmt, 0)));
      if (rc < 0)
        return NULL;
    }
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, seen);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (uuids, g_strdup (key));
  }
  g_ptr_array_add (uuids, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&uuids), FALSE);
}
