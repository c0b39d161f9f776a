/* tx-year-figures.c — the figures of a year's work summary
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-community-query.h"
#include "core/db/tx-settings.h"

#include "tx-suggestion-rules.h"
#include "tx-year-figures.h"

/* consultation-type codes of the meetings the office must hold */
#define CONSULTATION_TYPE_CONSULTATION "1"   /* 民主协商会 */
#define CONSULTATION_TYPE_BRIEFING     "2"   /* 情况通报会 */

/* people counted: in the archive (在册) and not in the trash */
#define PERSON_COUNTED "p.trashed IS NULL AND p.status = '1'"

struct _TxYearFigures
{
  GObject     parent_instance;

  int         year;
  GPtrArray  *figures;   /* TxFigure, in the order they were added */
  GHashTable *by_key;    /* key → borrowed TxFigure */
};

G_DEFINE_FINAL_TYPE (TxYearFigures, tx_year_figures, G_TYPE_OBJECT)

G_DEFINE_QUARK (tx-year-figures-error-quark, tx_year_figures_error)

static void
figure_free (TxFigure *figure)
{
  g_free (figure->key);
  g_free (figure->label);
  g_free (figure->ref);
  g_free (figure);
}

static void
tx_year_figures_finalize (GObject *object)
{
  TxYearFigures *self = TX_YEAR_FIGURES (object);

  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->figures, g_ptr_array_unref);
  G_OBJECT_CLASS (tx_year_figures_parent_class)->finalize (object);
}

static void
tx_year_figures_class_init (TxYearFiguresClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tx_year_figures_finalize;
}

static void
tx_year_figures_init (TxYearFigures *self)
{
  self->figures = g_ptr_array_new_with_free_func ((GDestroyNotify) figure_free);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
}

static TxFigure *
add_figure (TxYearFigures *self,
            const char    *key,
            const char    *label,
            const char    *ref,
            gint64         value)
{
  TxFigure *figure = g_new0 (TxFigure, 1);

  figure->key = g_strdup (key);
  figure->label = g_strdup (label);
  figure->ref = g_strdup (ref);
  figure->value = value;
  g_ptr_array_add (self->figures, figure);
  g_hash_table_replace (self->by_key, figure->key, figure);
  return figure;
}

/* ---- reading -------------------------------------------------------------- */

/* Dates are stored as "YYYY", "YYYY-MM" or "YYYY-MM-DD": every one of the
 * year sorts at or after "YYYY" and before "YYYY+1", so ?1 and ?2 select
 * the year by the date indexes. */
typedef struct
{
  char year[8];
  char next_year[8];
  char today[16];
} Bounds;

static sqlite3_stmt *
prepare_bound (TxDatabase    *db,
               const char    *sql,
               const Bounds  *bounds,
               GError       **error)
{
  sqlite3_stmt *stmt = tx_database_prepare (db, sql, error);

  if (stmt == NULL)
    return NULL;
  /* unused parameters are simply not in the statement */
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    tx_bind_text (stmt, 1, bounds->year);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    tx_bind_text (stmt, 2, bounds->next_year);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    tx_bind_text (stmt, 3, bounds->today);
  return stmt;
}

static gboolean
add_count (TxYearFigures  *self,
           TxDatabase     *db,
           const Bounds   *bounds,
           const char     *key,
           const char     *label,
           const char     *sql,
           GError        **error)
{
  g_auto(TxStatement) stmt = prepare_bound (db, sql, bounds, error);

  if (stmt == NULL || tx_database_step_row (db, stmt, error) != 1)
    return FALSE;
  add_figure (self, key, label, NULL, sqlite3_column_int64 (stmt, 0));
  return TRUE;
}

/* Adds @value to the figure @prefix.@suffix, creating it (labelled @label)
 * when it is not there yet. */
static void
add_to (TxYearFigures *self,
        const char    *prefix,
        const char    *suffix,
        const char    *label,
        const char    *ref,
        gint64         value)
{
  g_autofree char *key = g_strconcat (prefix, ".", suffix, NULL);
  TxFigure *figure = g_hash_table_lookup (self->by_key, key);

  if (figure == NULL)
    figure = add_figure (self, key, label, ref, 0);
  figure->value += value;
}

/* One figure for each code of @kind (zero when none), then the counts of
 * @sql's (code, count) rows added to them; a row of no code counts as
 * "none", one of a code not in the table under that code. */
static gboolean
add_code_group (TxYearFigures  *self,
                TxDatabase     *db,
                const Bounds   *bounds,
                const char     *prefix,
                const char     *kind,
                const char     *sql,
                GError        **error)
{
  GPtrArray *rows = tx_code_table_rows (kind);   /* borrowed */
  g_auto(TxStatement) stmt = NULL;
  int rc;

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const TxCode *code = g_ptr_array_index (rows, i);

      add_to (self, prefix, code->code, code->name, code->code, 0);
    }
  stmt = prepare_bound (db, sql, bounds, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      const char *code = tx_column_text (stmt, 0);

      if (code == NULL || *code == '\0')
        add_to (self, prefix, "none", _("Not recorded"), NULL, sqlite3_column_int64 (stmt, 1));
      else
        add_to (self, prefix, code, code, code, sqlite3_column_int64 (stmt, 1));
    }
  return rc == 0;
}

/* Twelve figures .01 … .12 from @sql's (month "MM", count) rows; dates
 * given to the year only count in the year's total, in no month. */
static gboolean
add_month_group (TxYearFigures  *self,
                 TxDatabase     *db,
                 const Bounds   *bounds,
                 const char     *prefix,
                 const char     *sql,
                 GError        **error)
{
  g_auto(TxStatement) stmt = NULL;
  int rc;

  for (int month = 1; month <= 12; month++)
    {
      char suffix[4];

      g_snprintf (suffix, sizeof suffix, "%02d", month);
      add_to (self, prefix, suffix, tx_civil_date_month_name (month), suffix, 0);
    }
  stmt = prepare_bound (db, sql, bounds, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      g_autofree char *key = g_strconcat (prefix, ".", tx_column_text (stmt, 0), NULL);
      TxFigure *figure = g_hash_table_lookup (self->by_key, key);

      if (figure != NULL)
        figure->value += sqlite3_column_int64 (stmt, 1);
    }
  return rc == 0;
}

/* ---- people --------------------------------------------------------------- */

static gboolean
add_people_totals (TxYearFigures  *self,
                   TxDatabase     *db,
                   const Bounds   *bounds,
                   GError        **error)
{
  return add_count (self, db, bounds, "people", _("People"),
                    "SELECT count(*) FROM person p WHERE " PERSON_COUNTED, error) &&
         add_count (self, db, bounds, "people.representative", _("Representative persons"),
                    "SELECT count(*) FROM person p WHERE " PERSON_COUNTED " AND p.representative <> 0", error) &&
         add_count (self, db, bounds, "people.key", _("Key persons"),
                    "SELECT count(*) FROM person p WHERE " PERSON_COUNTED " AND p.key_person <> 0", error);
}

static gboolean
add_people_by_community (TxYearFigures  *self,
                         TxDatabase     *db,
                         const Bounds   *bounds,
                         GError        **error)
{
  g_auto(TxStatement) stmt =
    prepare_bound (db,
                   "SELECT c.uuid, c.code, c.name, count(p.id) FROM community c"
                   " LEFT JOIN person p ON p.community = c.uuid AND " PERSON_COUNTED
                   " WHERE c.trashed IS NULL GROUP BY c.id"
                   " ORDER BY " TX_COMMUNITY_ORDER ("c"), bounds, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      const char *uuid = tx_column_text (stmt, 0);
      const char *code = tx_column_text (stmt, 1);

      /* the 12-digit area code is the community's identity across offices */
      add_to (self, TX_FIGURES_PEOPLE_COMMUNITY, code != NULL ? code : uuid,
              tx_column_text (stmt, 2), uuid, sqlite3_column_int64 (stmt, 3));
    }
  if (rc != 0)
    return FALSE;
  {
    g_auto(TxStatement) none =
      prepare_bound (db,
                     "SELECT count(*) FROM person p WHERE " PERSON_COUNTED
                     " AND NOT EXISTS (SELECT 1 FROM community c"
                     "   WHERE c.uuid = p.community AND c.trashed IS NULL)", bounds, error);

    if (none == NULL || tx_database_step_row (db, none, error) != 1)
      return FALSE;
    if (sqlite3_column_int64 (none, 0) > 0)
      add_to (self, TX_FIGURES_PEOPLE_COMMUNITY, "none", _("No community"), NULL,
              sqlite3_column_int64 (none, 0));
  }
  return TRUE;
}

typedef struct
{
  const char *suffix;
  const char *label;   /* N_() */
  int         below;   /* the band holds ages below this */
} AgeBand;

static const AgeBand age_bands[] = {
  { "under-40", N_("Under 40"), 40 },
  { "40-49", N_("40–49"), 50 },
  { "50-59", N_("50–59"), 60 },
  { "60-69", N_("60–69"), 70 },
  { "70-79", N_("70–79"), 80 },
  { "80-plus", N_("80 and over"), G_MAXINT },
};

gboolean
tx_year_figures_age_band (const char *ref,
                          int        *min_age,
                          int        *max_age)
{
  int below = 0;

  g_return_val_if_fail (min_age != NULL && max_age != NULL, FALSE);
  for (guint i = 0; ref != NULL && i < G_N_ELEMENTS (age_bands); i++)
    {
      if (g_str_equal (ref, age_bands[i].suffix))
        {
          *min_age = i > 0 ? below : -1;
          *max_age = age_bands[i].below < G_MAXINT ? age_bands[i].below - 1 : -1;
          return TRUE;
        }
      below = age_bands[i].below;
    }
  return FALSE;
}

static gboolean
add_people_by_age (TxYearFigures  *self,
                   TxDatabase     *db,
                   const Bounds   *bounds,
                   GError        **error)
{
  g_auto(TxStatement) stmt = NULL;
  int rc;

  for (guint i = 0; i < G_N_ELEMENTS (age_bands); i++)
    add_to (self, TX_FIGURES_PEOPLE_AGE, age_bands[i].suffix, _(age_bands[i].label), age_bands[i].suffix, 0);
  add_to (self, TX_FIGURES_PEOPLE_AGE, "unknown", _("Not recorded"), NULL, 0);

  /* the age reached in the year: the year minus the year of birth */
  stmt = prepare_bound (db,
                        "SELECT CASE WHEN length(p.birth_date) >= 4"
                        "  THEN CAST(?1 AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) END,"
                        " count(*) FROM person p WHERE " PERSON_COUNTED " GROUP BY 1", bounds, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      gint64 n = sqlite3_column_int64 (stmt, 1);
      const char *suffix = "unknown";

      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        for (guint i = 0; i < G_N_ELEMENTS (age_bands); i++)
          if (sqlite3_column_int (stmt, 0) < age_bands[i].below)
            {
              suffix = age_bands[i].suffix;
              break;
            }
      add_to (self, TX_FIGURES_PEOPLE_AGE, suffix, NULL, NULL, n);
    }
  return rc == 0;
}

static gboolean
add_people (TxYearFigures  *self,
            TxDatabase     *db,
            const Bounds   *bounds,
            GError        **error)
{
  return add_people_totals (self, db, bounds, error) &&
         add_code_group (self, db, bounds, TX_FIGURES_PEOPLE_CATEGORY, TX_CODE_CATEGORY,
                         "SELECT c.category, count(DISTINCT p.id) FROM person p"
                         " JOIN person_category c ON c.owner = p.uuid"
                         " WHERE " PERSON_COUNTED " GROUP BY c.category", error) &&
         add_people_by_community (self, db, bounds, error) &&
         add_code_group (self, db, bounds, TX_FIGURES_PEOPLE_GENDER, TX_CODE_GENDER,
                         "SELECT p.gender, count(*) FROM person p WHERE " PERSON_COUNTED
                         " GROUP BY p.gender", error) &&
         add_people_by_age (self, db, bounds, error);
}

/* ---- activities, meetings, visits ------------------------------------------ */

#define IN_YEAR(column) " trashed IS NULL AND " column " >= ?1 AND " column " < ?2"

static gboolean
add_activities (TxYearFigures  *self,
                TxDatabase     *db,
                const Bounds   *bounds,
                GError        **error)
{
  return add_count (self, db, bounds, "activities", _("Activities"),
                    "SELECT count(*) FROM activity WHERE" IN_YEAR ("start_date"), error) &&
         add_code_group (self, db, bounds, TX_FIGURES_ACTIVITY_TYPE, TX_CODE_ACTIVITY_TYPE,
                         "SELECT activity_type, count(*) FROM activity WHERE" IN_YEAR ("start_date")
                         " GROUP BY activity_type", error) &&
         add_month_group (self, db, bounds, TX_FIGURES_ACTIVITY_MONTH,
                          "SELECT substr(start_date, 6, 2), count(*) FROM activity WHERE" IN_YEAR ("start_date")
                          " AND length(start_date) >= 7 GROUP BY 1", error);
}

static gboolean
add_meetings (TxYearFigures  *self,
              TxDatabase     *db,
              const Bounds   *bounds,
              GError        **error)
{
  if (!add_count (self, db, bounds, "meetings", _("Meetings"),
                  "SELECT count(*) FROM consultation WHERE" IN_YEAR ("date"), error) ||
      !add_code_group (self, db, bounds, TX_FIGURES_MEETING_TYPE, TX_CODE_CONSULTATION_TYPE,
                       "SELECT consultation_type, count(*) FROM consultation WHERE" IN_YEAR ("date")
                       " GROUP BY consultation_type", error) ||
      !add_month_group (self, db, bounds, TX_FIGURES_MEETING_MONTH,
                        "SELECT substr(date, 6, 2), count(*) FROM consultation WHERE" IN_YEAR ("date")
                        " AND length(date) >= 7 GROUP BY 1", error))
    return FALSE;
  add_figure (self, "meetings.briefings.required", _("Briefings required"), CONSULTATION_TYPE_BRIEFING,
              tx_settings_get_int (db, TX_SETTING_BRIEFINGS_PER_YEAR, 2));
  add_figure (self, "meetings.consultations.required", _("Consultations required"), CONSULTATION_TYPE_CONSULTATION,
              tx_settings_get_int (db, TX_SETTING_CONSULTATIONS_PER_YEAR, 1));
  return TRUE;
}

static gboolean
add_suggestions (TxYearFigures  *self,
                 TxDatabase     *db,
                 const Bounds   *bounds,
                 GError        **error)
{
  static const char received[] = "SELECT count(*) FROM suggestion WHERE" IN_YEAR ("date");
  g_autofree char *answered = g_strconcat (received, " AND ", tx_suggestion_rule_answered (), NULL);
  g_autofree char *awaiting = g_strconcat (received, " AND ", tx_suggestion_rule_awaiting_response (), NULL);
  g_autofree char *adopted = g_strconcat (received, " AND ", tx_suggestion_rule_adopted (), NULL);
  /* a deadline given to the month ("2026-06") sorts before the month's
   * first day: it counts as that day, on the safe side */
  g_autofree char *overdue = g_strconcat (received, " AND ", tx_suggestion_rule_awaiting_response (),
                                          " AND coalesce(deadline, '') <> '' AND deadline < ?3", NULL);

  return add_count (self, db, bounds, "suggestions.received", _("Suggestions received"), received, error) &&
         add_count (self, db, bounds, "suggestions.answered", _("Suggestions answered"), answered, error) &&
         add_count (self, db, bounds, "suggestions.awaiting", _("Suggestions awaiting a response"), awaiting, error) &&
         add_count (self, db, bounds, "suggestions.adopted", _("Suggestions adopted"), adopted, error) &&
         add_count (self, db, bounds, "suggestions.overdue", _("Suggestions overdue"), overdue, error);
}

static gboolean
add_visits (TxYearFigures  *self,
            TxDatabase     *db,
            const Bounds   *bounds,
            GError        **error)
{
  return add_count (self, db, bounds, "visits", _("Visits"),
                    "SELECT count(*) FROM visit WHERE" IN_YEAR ("date"), error) &&
         add_code_group (self, db, bounds, TX_FIGURES_VISIT_REASON, TX_CODE_VISIT_REASON,
                         "SELECT reason, count(*) FROM visit WHERE" IN_YEAR ("date")
                         " GROUP BY reason", error) &&
         add_code_group (self, db, bounds, TX_FIGURES_VISIT_HOLIDAY, TX_CODE_HOLIDAY,
                         "SELECT holiday, count(*) FROM visit WHERE" IN_YEAR ("date")
                         " AND coalesce(holiday, '') <> '' GROUP BY holiday", error);
}

/* ---- public ---------------------------------------------------------------- */

TxYearFigures *
tx_year_figures_compute (TxDatabase  *db,
                         int          year,
                         const char  *today,
                         GError     **error)
{
  return tx_year_figures_compute_cancellable (db, year, today, NULL, error);
}

/* each step once more unless cancelled */
#define STEP(call) (!g_cancellable_set_error_if_cancelled (cancellable, error) && (call))

TxYearFigures *
tx_year_figures_compute_cancellable (TxDatabase    *db,
                                     int            year,
                                     const char    *today,
                                     GCancellable  *cancellable,
                                     GError       **error)
{
  g_autoptr(TxYearFigures) self = NULL;
  g_autofree char *now = NULL;
  Bounds bounds;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  if (year < TX_CIVIL_DATE_MIN_YEAR || year >= TX_CIVIL_DATE_MAX_YEAR)
    {
      g_set_error (error, TX_YEAR_FIGURES_ERROR, TX_YEAR_FIGURES_ERROR_YEAR,
                   _("There are no figures for the year %d: years run from %d to %d."),
                   year, TX_CIVIL_DATE_MIN_YEAR, TX_CIVIL_DATE_MAX_YEAR - 1);
      return NULL;
    }
  if (today == NULL)
    today = now = tx_civil_date_dup_today_iso ();
  g_snprintf (bounds.year, sizeof bounds.year, "%04d", year);
  g_snprintf (bounds.next_year, sizeof bounds.next_year, "%04d", year + 1);
  g_strlcpy (bounds.today, today, sizeof bounds.today);

  self = g_object_new (TX_TYPE_YEAR_FIGURES, NULL);
  self->year = year;
  add_figure (self, "year", _("Year"), NULL, year);
  if (!STEP (add_people (self, db, &bounds, error)) ||
      !STEP (add_activities (self, db, &bounds, error)) ||
      !STEP (add_meetings (self, db, &bounds, error)) ||
      !STEP (add_suggestions (self, db, &bounds, error)) ||
      !STEP (add_visits (self, db, &bounds, error)))
    return NULL;
  return g_steal_pointer (&self);
}

int
tx_year_figures_get_year (TxYearFigures *self)
{
  g_return_val_if_fail (TX_IS_YEAR_FIGURES (self), 0);
  return self->year;
}

guint
tx_year_figures_get_n (TxYearFigures *self)
{
  g_return_val_if_fail (TX_IS_YEAR_FIGURES (self), 0);
  return self->figures->len;
}

const TxFigure *
tx_year_figures_get_nth (TxYearFigures *self,
                         guint          index)
{
  g_return_val_if_fail (TX_IS_YEAR_FIGURES (self), NULL);
  g_return_val_if_fail (index < self->figures->len, NULL);
  return g_ptr_array_index (self->figures, index);
}

gint64
tx_year_figures_get_value (TxYearFigures *self,
                           const char    *key)
{
  TxFigure *figure;

  g_return_val_if_fail (TX_IS_YEAR_FIGURES (self), -1);

  figure = g_hash_table_lookup (self->by_key, key);
  return figure != NULL ? figure->value : -1;
}

GPtrArray *
tx_year_figures_dup_group (TxYearFigures *self,
                           const char    *prefix)
{
  GPtrArray *group = g_ptr_array_new ();
  g_autofree char *dotted = g_strconcat (prefix, ".", NULL);

  g_return_val_if_fail (TX_IS_YEAR_FIGURES (self), group);

  for (guint i = 0; i < self->figures->len; i++)
    {
      TxFigure *figure = g_ptr_array_index (self->figures, i);

      if (g_str_has_prefix (figure->key, dotted))
        g_ptr_array_add (group, figure);
    }
  return group;
}
