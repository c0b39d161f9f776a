/* tx-activity-query.c — what the activity, visit, staff and pairing pages
 * ask of the database
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-activity.h"
#include "tx-activity-query.h"
#include "tx-community-query.h"
#include "tx-pairing.h"
#include "tx-person-search.h"
#include "tx-staff.h"
#include "tx-visit.h"

/* The search text, trimmed; NULL when there is nothing to search for. */
static char *
search_text (const char *search)
{
  g_autofree char *text = NULL;

  if (search == NULL)
    return NULL;
  text = g_strstrip (g_strdup (search));
  if (*text == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

/* Bind @text @times times (one per '?' of a condition). */
static void
bind_repeated (TxQuery    *query,
               const char *text,
               guint       times)
{
  for (guint i = 0; i < times; i++)
    tx_query_bind_text (query, text);
}

TxQuery *
tx_activity_query_new (const char *search)
{
  TxQuery *query = tx_query_new (TX_TYPE_ACTIVITY);
  g_autofree char *text = search_text (search);

  tx_query_set_order (query, "start_date DESC, start_time DESC, id DESC");
  if (text != NULL)
    {
      tx_query_add_condition (query,
                              "instr(title, ?) > 0 OR instr(place, ?) > 0"
                              " OR instr(organiser, ?) > 0");
      bind_repeated (query, text, 3);
    }
  return query;
}

TxQuery *
tx_visit_query_new (const char *search)
{
  TxQuery *query = tx_query_new (TX_TYPE_VISIT);
  g_autofree char *text = search_text (search);

  tx_query_set_order (query, "date DESC, id DESC");
  tx_person_search_add_condition (query, "visit.person", TX_SEARCH_SCOPE_NAMES, text);
  return query;
}

TxQuery *
tx_staff_query_new (const char *search,
                    gboolean    active_only)
{
  TxQuery *query = tx_query_new (TX_TYPE_STAFF);
  g_autofree char *text = search_text (search);

  tx_query_set_order (query, "sort_pinyin, id");
  if (active_only)
    tx_query_add_condition (query, "active <> 0");
  if (text != NULL)
    {
      tx_query_add_condition (query, "instr(name, ?) > 0");
      tx_query_bind_text (query, text);
    }
  return query;
}

TxQuery *
tx_pairing_query_new (const char *search)
{
  TxQuery *query = tx_query_new (TX_TYPE_PAIRING);
  g_autofree char *text = search_text (search);

  tx_query_set_order (query,
                      "(SELECT s.sort_pinyin FROM staff s WHERE s.uuid = pairing.staff), staff,"
                      " (SELECT p.sort_pinyin FROM person p WHERE p.uuid = pairing.person), id");
  if (text != NULL)
    {
      const char *person = tx_person_search_bind (query, "pairing.person", TX_SEARCH_SCOPE_NAMES, text);
      g_autofree char *condition =
        g_strconcat ("(", person, ") OR EXISTS (SELECT 1 FROM staff s WHERE s.uuid = pairing.staff"
                     " AND instr(s.name, ?) > 0)", NULL);

      /* a query keeps only a pointer to its SQL */
      tx_query_add_condition (query, g_intern_string (condition));
      tx_query_bind_text (query, text);
    }
  return query;
}

void
tx_name_ref_free (TxNameRef *ref)
{
  if (ref == NULL)
    return;
  g_free (ref->uuid);
  g_free (ref->name);
  g_free (ref);
}

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

char *
tx_lookup_community_name (TxDatabase *db,
                          const char *uuid)
{
  return lookup_name (db, "SELECT name FROM community WHERE uuid = ?", uuid);
}

static GPtrArray *
list_names (TxDatabase  *db,
            const char  *sql,
            GError     **error)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func ((GDestroyNotify) tx_name_ref_free);
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      TxNameRef *ref = g_new0 (TxNameRef, 1);

      ref->uuid = g_strdup (tx_column_text (stmt, 0));
      ref->name = g_strdup (tx_column_text (stmt, 1));
      g_ptr_array_add (refs, ref);
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&refs);
}

GPtrArray *
tx_staff_list_names (TxDatabase  *db,
                     gboolean     active_only,
                     GError     **error)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  return list_names (db,
                     active_only
                     ? "SELECT uuid, name FROM staff WHERE trashed IS NULL AND active <> 0"
                       " ORDER BY sort_pinyin, id"
                     : "SELECT uuid, name FROM staff WHERE trashed IS NULL ORDER BY sort_pinyin, id",
                     error);
}

GPtrArray *
tx_community_list_names (TxDatabase  *db,
                         GError     **error)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  return list_names (db, "SELECT uuid, name FROM community WHERE trashed IS NULL ORDER BY "
                     TX_COMMUNITY_ORDER ("community"), error);
}
