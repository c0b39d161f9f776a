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

void
tx_activity_query_add_dates (TxQuery    *query,
                             const char *from,
                             const char *to)
{
  tx_query_add_condition (query, TX_QUERY_DATE_IN_RANGE ("start_date"));
  tx_query_bind_date_range (query, from, to);
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
