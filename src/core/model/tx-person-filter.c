/* tx-person-filter.c — what the archive page asks of the people table
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-community-query.h"
#include "tx-person.h"
#include "tx-person-filter.h"

void
tx_person_filter_init (TxPersonFilter *filter)
{
  memset (filter, 0, sizeof *filter);
  filter->min_age = -1;
  filter->max_age = -1;
  filter->representative = -1;
  filter->key_person = -1;
  filter->status = "1";
  filter->trash = TX_TRASH_EXCLUDE;
  filter->sort = TX_PERSON_SORT_PINYIN;
  tx_civil_date_today (&filter->today);
}

static const char *
order_sql (TxPersonSort sort)
{
  switch (sort)
    {
    case TX_PERSON_SORT_STROKES:
      return "sort_strokes, id";
    case TX_PERSON_SORT_COMMUNITY:
      /* the communities in their one order, people of none last */
      return "NOT EXISTS (SELECT 1 FROM community c WHERE c.uuid = person.community), "
             TX_COMMUNITY_ORDER_OF ("person.community") ", sort_pinyin, id";
    case TX_PERSON_SORT_BIRTH:
      return "birth_date IS NULL, birth_date, sort_pinyin, id";
    case TX_PERSON_SORT_MODIFIED:
      return "modified DESC, id DESC";
    case TX_PERSON_SORT_PINYIN:
    default:
      return "sort_pinyin, id";
    }
}

/* Pinyin is typed in lower case, ID numbers end in upper-case X. */
static void
add_search (TxQuery    *query,
            const char *search)
{
  g_autofree char *text = g_strstrip (g_strdup (search));
  g_autofree char *lower = NULL;
  g_autofree char *upper = NULL;

  if (*text == '\0')
    return;
  lower = g_utf8_strdown (text, -1);
  upper = g_utf8_strup (text, -1);
  tx_query_add_condition (query,
                          "instr(name, ?) > 0 OR instr(former_name, ?) > 0"
                          " OR instr(name_pinyin, ' ' || ?) > 0"
                          " OR instr(name_initials, ' ' || ?) > 0"
                          " OR instr(document_number, ?) > 0"
                          " OR instr(phone, ?) > 0 OR instr(phone_other, ?) > 0"
                          " OR instr(work_unit, ?) > 0");
  tx_query_bind_text (query, text);
  tx_query_bind_text (query, text);
  tx_query_bind_text (query, lower);
  tx_query_bind_text (query, lower);
  tx_query_bind_text (query, upper);
  tx_query_bind_text (query, text);
  tx_query_bind_text (query, text);
  tx_query_bind_text (query, text);
}

/* The latest birth date at which a person is at least @age years old on
 * @today, as an ISO prefix that compares correctly with stored dates. */
static char *
birth_bound (const TxCivilDate *today,
             int                age)
{
  TxCivilDate bound = { today->year - age, today->month, today->day };

  if (bound.month == 2 && bound.day == 29 && !tx_civil_date_is_leap_year (bound.year))
    bound.day = 28;
  return tx_civil_date_to_iso (&bound);
}

static void
add_ages (TxQuery              *query,
          const TxPersonFilter *filter)
{
  if (filter->min_age >= 0)
    {
      g_autofree char *latest = birth_bound (&filter->today, filter->min_age);

      tx_query_add_condition (query, "birth_date <= ?");
      tx_query_bind_text (query, latest);
    }
  if (filter->max_age >= 0)
    {
      /* older than max_age + 1 years is too old */
      g_autofree char *earliest = birth_bound (&filter->today, filter->max_age + 1);

      tx_query_add_condition (query, "birth_date > ?");
      tx_query_bind_text (query, earliest);
    }
}

static void
add_equal (TxQuery    *query,
           const char *condition,
           const char *value)
{
  if (value == NULL)
    return;
  tx_query_add_condition (query, condition);
  tx_query_bind_text (query, value);
}

static void
add_flag (TxQuery    *query,
          const char *condition,
          int         value)
{
  if (value < 0)
    return;
  tx_query_add_condition (query, condition);
  tx_query_bind_int (query, value != 0);
}

static void
add_exclude (TxQuery            *query,
             const char * const *uuids)
{
  if (uuids == NULL || uuids[0] == NULL)
    return;
  tx_query_add_condition (query, "uuid NOT IN (SELECT value FROM json_each(?))");
  tx_query_bind_text_array (query, uuids);
}

TxQuery *
tx_person_filter_to_query (const TxPersonFilter *filter)
{
  TxQuery *query = tx_query_new (TX_TYPE_PERSON);

  tx_query_set_trash (query, filter->trash);
  tx_query_set_order (query, order_sql (filter->sort));
  if (filter->search != NULL)
    add_search (query, filter->search);
  add_equal (query, "EXISTS (SELECT 1 FROM person_category pc WHERE pc.owner = person.uuid AND pc.category = ?)",
             filter->category);
  add_equal (query, "community = ?", filter->community);
  add_equal (query, "political_status = ?", filter->political_status);
  add_equal (query, "ethnicity = ?", filter->ethnicity);
  add_equal (query, "gender = ?", filter->gender);
  add_equal (query, "EXISTS (SELECT 1 FROM person_role pr WHERE pr.owner = person.uuid AND pr.kind = ?)",
             filter->role_kind);
  add_equal (query, "status = ?", filter->status);
  add_flag (query, "representative = ?", filter->representative);
  add_flag (query, "key_person = ?", filter->key_person);
  add_ages (query, filter);
  add_exclude (query, filter->exclude);
  return query;
}
