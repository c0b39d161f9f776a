/* tx-document-util.c — what the document builders share
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/model/tx-codes.h"
#include "core/model/tx-person.h"
#include "core/db/tx-settings.h"
#include "core/db/tx-store.h"

#include "tx-documents-private.h"

TxReport *
_tx_document_new (TxDatabase *db,
                  const char *title)
{
  TxReport *report = tx_report_new (title);
  g_autofree char *office = tx_settings_dup (db, TX_SETTING_OFFICE_NAME);

  tx_report_set_office_name (report, office);
  return report;
}

/* uuids are letters, digits and dashes: anything else is left out, so the
 * JSON array needs no escaping */
static char *
uuids_to_json (const char * const *uuids)
{
  GString *json = g_string_new ("[");
  gboolean first = TRUE;

  for (guint i = 0; uuids[i] != NULL; i++)
    {
      gboolean plain = *uuids[i] != '\0';

      for (const char *p = uuids[i]; *p && plain; p++)
        plain = g_ascii_isalnum (*p) || *p == '-';
      if (!plain)
        continue;
      g_string_append_printf (json, "%s\"%s\"", first ? "" : ",", uuids[i]);
      first = FALSE;
    }
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/* The archive's own query (tx_person_filter_to_query()), so a roster is in
 * exactly the archive's order. */
static TxQuery *
people_query (const TxPersonFilter *filter,
              const char * const   *uuids,
              TxPersonSort          sort)
{
  TxPersonFilter copy;
  TxQuery *query;

  if (filter != NULL && uuids == NULL)
    copy = *filter;
  else
    tx_person_filter_init (&copy);
  copy.sort = sort;
  if (uuids != NULL)
    copy.status = NULL;   /* the people chosen, whatever their state */
  query = tx_person_filter_to_query (&copy);
  if (uuids != NULL)
    {
      g_autofree char *json = uuids_to_json (uuids);

      tx_query_add_condition (query, "uuid IN (SELECT value FROM json_each(?))");
      tx_query_bind_text (query, json);
    }
  return query;
}

GArray *
_tx_document_people_ids (TxDatabase            *db,
                         const TxPersonFilter  *filter,
                         const char * const    *uuids,
                         TxPersonSort           sort,
                         GCancellable          *cancellable,
                         GError               **error)
{
  g_autoptr(TxQuery) query = people_query (filter, uuids, sort);
  g_autofree char *sql = tx_query_to_sql (query, "id");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  tx_query_bind (query, stmt);
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      if (ids->len % 1024 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&ids);
}

/* tx_store_load(), with a message that names what is missing */
TxRecord *
_tx_document_load (TxDatabase  *db,
                   GType        type,
                   const char  *uuid,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  TxRecord *record;

  if (uuid == NULL || *uuid == '\0')
    {
      g_set_error (error, TX_REPORT_ERROR, TX_REPORT_ERROR_INVALID, _("No record was given to print."));
      return NULL;
    }
  record = tx_store_load (db, type, uuid, &local_error);
  if (record == NULL && g_error_matches (local_error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND))
    {
      g_set_error (error, TX_REPORT_ERROR, TX_REPORT_ERROR_NOT_FOUND, _("There is no record %s."), uuid);
      return NULL;
    }
  if (record == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return record;
}

char *
_tx_document_year_month (const char *iso_date)
{
  if (iso_date == NULL || strlen (iso_date) < 4)
    return g_strdup ("");
  if (strlen (iso_date) < 7)
    return g_strndup (iso_date, 4);
  return g_strdup_printf ("%.4s.%.2s", iso_date, iso_date + 5);
}

char *
_tx_document_long_date (const char *iso_date)
{
  TxCivilDate date;

  if (iso_date == NULL || !tx_civil_date_from_iso (iso_date, &date))
    return g_strdup (iso_date ? iso_date : "");
  return tx_civil_date_format (&date);
}

char *
_tx_document_unit_and_post (const char *unit,
                            const char *post)
{
  if (unit == NULL || *unit == '\0')
    return g_strdup (post ? post : "");
  if (post == NULL || *post == '\0')
    return g_strdup (unit);
  return g_strdup_printf ("%s %s", unit, post);
}

char *
_tx_document_category_names (TxRecord *person)
{
  g_auto(GStrv) codes = tx_person_dup_categories (TX_PERSON (person));
  GString *names = g_string_new (NULL);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      const char *name = tx_code_table_name (TX_CODE_CATEGORY, codes[i]);

      if (names->len > 0)
        g_string_append (names, "、");
      g_string_append (names, name ? name : codes[i]);
    }
  return g_string_free (names, FALSE);
}

const char *
_tx_document_text (const char *text)
{
  return text ? text : "";
}
