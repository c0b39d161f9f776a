/* tx-lookup.c — names by uuid and the choices a form offers
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-lookup.h"
#include "tx-community-query.h"

void
tx_choice_free (TxChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->uuid);
  g_free (choice->name);
  g_free (choice);
}

/* ---- names ---------------------------------------------------------------- */

static char *
lookup_name (TxDatabase *db,
             const char *sql,
             const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_auto(TxStatement) stmt = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  if (uuid == NULL)
    return NULL;
  stmt = tx_database_prepare (db, sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Looking up a name failed: %s", error->message);
      return NULL;
    }
  tx_bind_text (stmt, 1, uuid);
  if (tx_database_step_row (db, stmt, &error) != 1)
    {
      if (error != NULL)
        g_warning ("Looking up a name failed: %s", error->message);
      return NULL;
    }
  return g_strdup (tx_column_text (stmt, 0));
}

char *
tx_lookup_person_name (TxDatabase *db,
                       const char *uuid)
{
  return lookup_name (db, "SELECT name FROM person WHERE uuid = ?", uuid);
}

char *
tx_lookup_staff_name (TxDatabase *db,
                      const char *uuid)
{
  return lookup_name (db, "SELECT name FROM staff WHERE uuid = ?", uuid);
}

char *
tx_lookup_community_name (TxDatabase *db,
                          const char *uuid)
{
  return lookup_name (db, "SELECT name FROM community WHERE uuid = ?", uuid);
}

char *
tx_lookup_staff_names (TxDatabase         *db,
                       const char * const *uuids)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    {
      g_autofree char *name = tx_lookup_staff_name (db, uuids[i]);

      if (name == NULL)
        continue;
      if (names->len > 0)
        g_string_append (names, "、");
      g_string_append (names, name);
    }
  return g_string_free (names, FALSE);
}

/* ---- choices -------------------------------------------------------------- */

/* Runs @stmt (bindings done) and collects its (uuid, name) rows. */
static GPtrArray *
collect_choices (TxDatabase    *db,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) tx_choice_free);
  int rc;

  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      TxChoice *choice = g_new0 (TxChoice, 1);

      choice->uuid = g_strdup (tx_column_text (stmt, 0));
      choice->name = g_strdup (tx_column_text (stmt, 1));
      g_ptr_array_add (choices, choice);
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&choices);
}

GPtrArray *
tx_lookup_list_staff (TxDatabase  *db,
                      gboolean     active_only,
                      const char  *keep_uuid,
                      GError     **error)
{
  g_auto(TxStatement) stmt = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  stmt = tx_database_prepare (db,
                              "SELECT uuid, name FROM staff WHERE trashed IS NULL"
                              " AND (?1 = 0 OR active <> 0 OR uuid = ?2) ORDER BY sort_pinyin, name, id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, active_only);
  tx_bind_text (stmt, 2, keep_uuid);
  return collect_choices (db, stmt, error);
}

GPtrArray *
tx_lookup_list_communities (TxDatabase  *db,
                            GError     **error)
{
  g_auto(TxStatement) stmt = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  stmt = tx_database_prepare (db, "SELECT uuid, name FROM community WHERE trashed IS NULL ORDER BY "
                              TX_COMMUNITY_ORDER ("community"), error);
  if (stmt == NULL)
    return NULL;
  return collect_choices (db, stmt, error);
}

GPtrArray *
tx_lookup_list_consultations (TxDatabase  *db,
                              GError     **error)
{
  g_auto(TxStatement) stmt = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  stmt = tx_database_prepare (db,
                              "SELECT uuid, trim(coalesce(date, '') || ' ' || title) FROM consultation"
                              " WHERE trashed IS NULL"
                              " ORDER BY date IS NULL, date DESC, start_time DESC, id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  return collect_choices (db, stmt, error);
}
