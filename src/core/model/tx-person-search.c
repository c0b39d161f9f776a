/* tx-person-search.c — finding people by what a user types
 *
 * Each condition is the exact match (instr() on the person's columns)
 * limited to candidates one of the indexes gives: the trigram index for 3
 * characters and more, the in-memory keys for 1 and 2. Both are supersets,
 * so the result is the exact match's whichever answers.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "tx-person-search.h"

#define EXACT_NAMES \
  "instr(name, ?) > 0 OR instr(name_pinyin, ' ' || ?) > 0 OR instr(name_initials, ' ' || ?) > 0"
#define EXACT_ALL \
  EXACT_NAMES " OR instr(former_name, ?) > 0 OR instr(document_number, ?) > 0" \
  " OR instr(phone, ?) > 0 OR instr(phone_other, ?) > 0 OR instr(work_unit, ?) > 0"

#define FTS_CANDIDATES \
  "id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?" \
  " UNION ALL SELECT id FROM person_search_stale)"
#define SHORT_CANDIDATES(scope) \
  "id IN (SELECT value FROM json_each(tx_person_candidates(?, " scope ")))"

/* [scope][short] */
static const char * const person_conditions[2][2] = {
  { "(" FTS_CANDIDATES ") AND (" EXACT_NAMES ")",
    "(" SHORT_CANDIDATES ("0") ") AND (" EXACT_NAMES ")" },
  { "(" FTS_CANDIDATES ") AND (" EXACT_ALL ")",
    "(" SHORT_CANDIDATES ("1") ") AND (" EXACT_ALL ")" },
};

/* An FTS5 query that every row holding @text matches: each of its
 * trigrams, quoted (a trigram table with detail=column takes no phrases),
 * within the name columns for TX_SEARCH_SCOPE_NAMES. */
static char *
trigram_query (const char    *text,
               TxSearchScope  scope)
{
  GString *match = g_string_new (scope == TX_SEARCH_SCOPE_NAMES
                                 ? "{name former_name name_pinyin name_initials} : (" : "(");
  const char *p = text;

  for (; g_utf8_strlen (p, -1) >= 3; p = g_utf8_next_char (p))
    {
      const char *end = g_utf8_offset_to_pointer (p, 3);

      if (p != text)
        g_string_append (match, " AND ");
      g_string_append_c (match, '"');
      for (const char *c = p; c < end; c++)
        {
          if (*c == '"')
            g_string_append_c (match, '"');
          g_string_append_c (match, *c);
        }
      g_string_append_c (match, '"');
    }
  g_string_append_c (match, ')');
  return g_string_free (match, FALSE);
}

static void
bind_exact (TxQuery       *query,
            TxSearchScope  scope,
            const char    *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_autofree char *upper = g_utf8_strup (text, -1);

  tx_query_bind_text (query, text);
  tx_query_bind_text (query, lower);
  tx_query_bind_text (query, lower);
  if (scope == TX_SEARCH_SCOPE_NAMES)
    return;
  tx_query_bind_text (query, text);
  tx_query_bind_text (query, upper);
  tx_query_bind_text (query, text);
  tx_query_bind_text (query, text);
  tx_query_bind_text (query, text);
}

/* "@person_ref IN (SELECT uuid FROM person WHERE @condition)", made once
 * for each column and kept (a query keeps only a pointer to its SQL). */
static const char *
condition_for (const char *person_ref,
               const char *condition)
{
  g_autofree char *sql = NULL;

  if (person_ref == NULL)
    return condition;
  sql = g_strdup_printf ("%s IN (SELECT uuid FROM person WHERE %s)", person_ref, condition);
  return g_intern_string (sql);
}

const char *
tx_person_search_bind (TxQuery       *query,
                       const char    *person_ref,
                       TxSearchScope  scope,
                       const char    *search)
{
  g_autofree char *text = NULL;
  gboolean is_short;

  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (scope == TX_SEARCH_SCOPE_NAMES || scope == TX_SEARCH_SCOPE_ALL, NULL);

  if (search == NULL)
    return NULL;
  /* the trigrams are cut at characters */
  text = g_strstrip (g_utf8_make_valid (search, -1));
  if (*text == '\0')
    return NULL;
  is_short = g_utf8_strlen (text, -1) < 3;
  if (is_short)
    tx_query_bind_text (query, text);
  else
    {
      g_autofree char *match = trigram_query (text, scope);

      tx_query_bind_text (query, match);
    }
  bind_exact (query, scope, text);
  return condition_for (person_ref, person_conditions[scope][is_short]);
}

void
tx_person_search_add_condition (TxQuery       *query,
                                const char    *person_ref,
                                TxSearchScope  scope,
                                const char    *search)
{
  const char *condition = tx_person_search_bind (query, person_ref, scope, search);

  if (condition != NULL)
    tx_query_add_condition (query, condition);
}
