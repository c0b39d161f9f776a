/* tx-holidays.c — the holidays of a year, for holiday visits
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/model/tx-codes.h"
#include "core/db/tx-store.h"

#include "tx-holidays.h"
#include "tx-lunar.h"

G_DEFINE_QUARK (tx-holidays-error-quark, tx_holidays_error)

typedef struct
{
  const char *code;
  gboolean    lunar;
  int         month;
  int         day;
} BuiltIn;

/* Every lunar festival of lunar year Y falls in civil year Y: the lunar
 * year starts between 21 January and 20 February. */
static const BuiltIn built_ins[] = {
  { TX_HOLIDAY_NEW_YEAR,     FALSE, 1, 1 },
  { TX_HOLIDAY_SPRING,       TRUE,  1, 1 },
  { TX_HOLIDAY_LANTERN,      TRUE,  1, 15 },
  { TX_HOLIDAY_DRAGON_BOAT,  TRUE,  5, 5 },
  { TX_HOLIDAY_MID_AUTUMN,   TRUE,  8, 15 },
  { TX_HOLIDAY_DOUBLE_NINTH, TRUE,  9, 9 },
  { TX_HOLIDAY_NATIONAL_DAY, FALSE, 10, 1 },
};

void
tx_holiday_free (TxHoliday *holiday)
{
  if (holiday == NULL)
    return;
  g_free (holiday->code);
  g_free (holiday->name);
  g_free (holiday);
}

static TxHoliday *
holiday_new (const char        *code,
             const char        *name,
             const TxCivilDate *date,
             gboolean           office_added)
{
  TxHoliday *holiday = g_new0 (TxHoliday, 1);
  const char *code_name = tx_code_table_name (TX_CODE_HOLIDAY, code);

  holiday->code = g_strdup (code);
  holiday->name = g_strdup (name != NULL ? name : code_name != NULL ? code_name : code);
  holiday->date = *date;
  holiday->office_added = office_added;
  holiday->elderly_only = g_str_equal (code, TX_HOLIDAY_DOUBLE_NINTH);
  return holiday;
}

static int
compare_holidays (gconstpointer a,
                  gconstpointer b)
{
  const TxHoliday *x = *(TxHoliday * const *) a;
  const TxHoliday *y = *(TxHoliday * const *) b;
  int order = tx_civil_date_compare (&x->date, &y->date);

  return order != 0 ? order : g_strcmp0 (x->code, y->code);
}

GPtrArray *
tx_holidays_built_in (int year)
{
  GPtrArray *holidays = g_ptr_array_new_with_free_func ((GDestroyNotify) tx_holiday_free);

  if (year < TX_LUNAR_MIN_YEAR || year > TX_LUNAR_MAX_YEAR)
    return holidays;
  for (guint i = 0; i < G_N_ELEMENTS (built_ins); i++)
    {
      TxCivilDate date = { year, built_ins[i].month, built_ins[i].day };

      if (built_ins[i].lunar)
        {
          TxLunarDate lunar = { year, built_ins[i].month, built_ins[i].day, FALSE };

          if (!tx_lunar_to_solar (&lunar, &date))
            continue;
        }
      g_ptr_array_add (holidays, holiday_new (built_ins[i].code, NULL, &date, FALSE));
    }
  g_ptr_array_sort (holidays, compare_holidays);
  return holidays;
}

GPtrArray *
tx_holidays_list_year (TxDatabase  *db,
                       int          year,
                       GError     **error)
{
  g_autoptr(GPtrArray) holidays = tx_holidays_built_in (year);
  g_auto(TxStatement) stmt = NULL;
  char from[8], to[8];
  int rc;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  stmt = tx_database_prepare (db, "SELECT code, date, name FROM holiday_date"
                                  " WHERE date >= ? AND date < ? ORDER BY date, code", error);
  if (stmt == NULL)
    return NULL;
  g_snprintf (from, sizeof from, "%04d", year);
  g_snprintf (to, sizeof to, "%04d", year + 1);
  tx_bind_text (stmt, 1, from);
  tx_bind_text (stmt, 2, to);
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      TxCivilDate date;

      if (tx_civil_date_from_iso (tx_column_text (stmt, 1), &date) && date.day != 0)
        g_ptr_array_add (holidays, holiday_new (tx_column_text (stmt, 0), tx_column_text (stmt, 2), &date, TRUE));
    }
  if (rc < 0)
    return NULL;
  g_ptr_array_sort (holidays, compare_holidays);
  return g_steal_pointer (&holidays);
}

gboolean
tx_holidays_is_built_in (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (built_ins); i++)
    if (g_str_equal (code, built_ins[i].code))
      return TRUE;
  return FALSE;
}

static gboolean
check_office_holiday (TxDatabase  *db,
                      const char  *code,
                      const char  *date,
                      GError     **error)
{
  TxCivilDate parsed;

  if (code == NULL || tx_code_table_name (TX_CODE_HOLIDAY, code) == NULL ||
      date == NULL || !tx_civil_date_from_iso (date, &parsed) || parsed.day == 0)
    {
      g_set_error (error, TX_HOLIDAYS_ERROR, TX_HOLIDAYS_ERROR_INVALID,
                   _("A festival needs a holiday and a full date."));
      return FALSE;
    }
  if (tx_holidays_is_built_in (code))
    {
      g_set_error (error, TX_HOLIDAYS_ERROR, TX_HOLIDAYS_ERROR_BUILT_IN,
                   _("The date of %s is known; only other festivals are added by hand."),
                   tx_code_table_name (TX_CODE_HOLIDAY, code));
      return FALSE;
    }
  return TRUE;
}

/* one statement in a transaction of its own, logged as a settings change */
static gboolean
change_office_holiday (TxDatabase  *db,
                       const char  *sql,
                       const char  *code,
                       const char  *date,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *now = NULL;

  if (!tx_store_begin (db, error))
    return FALSE;
  now = tx_database_now (db);
  {
    g_auto(TxStatement) stmt = tx_database_prepare (db, sql, &local_error);

    if (stmt != NULL)
      {
        tx_bind_text (stmt, 1, code);
        tx_bind_text (stmt, 2, date);
        if (sqlite3_bind_parameter_count (stmt) >= 3)
          {
            tx_bind_text (stmt, 3, name);
            tx_bind_text (stmt, 4, now);
          }
        tx_database_step_done (db, stmt, &local_error);
      }
  }
  if (local_error == NULL)
    tx_database_log_change (db, "holiday_date", NULL, "update", code, &local_error);
  if (local_error != NULL || !tx_store_commit (db, &local_error))
    {
      tx_store_rollback (db);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
tx_holidays_add_office (TxDatabase  *db,
                        const char  *code,
                        const char  *date,
                        const char  *name,
                        GError     **error)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);

  if (!check_office_holiday (db, code, date, error))
    return FALSE;
  if (name != NULL && *name == '\0')
    name = NULL;
  return change_office_holiday (db,
                                "INSERT INTO holiday_date (code, date, name, modified) VALUES (?1, ?2, ?3, ?4)"
                                " ON CONFLICT (code, date) DO UPDATE SET name = ?3, modified = ?4",
                                code, date, name, error);
}

gboolean
tx_holidays_remove_office (TxDatabase  *db,
                           const char  *code,
                           const char  *date,
                           GError     **error)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);

  return change_office_holiday (db, "DELETE FROM holiday_date WHERE code = ?1 AND date = ?2",
                                code, date, NULL, error);
}
