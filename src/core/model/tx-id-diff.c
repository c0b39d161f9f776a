/* tx-id-diff.c — the few edits that turn one list of row ids into another
 *
 * A reload of a list of 100,000 rows usually changes a handful of them (a
 * record saved, trashed, a search narrowed): told only of those, a view
 * keeps its other rows, their widgets and its selection.  The rows kept are
 * a longest increasing subsequence of the matched positions (patience
 * diff): O(n log n), with ids unique in each list.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-id-diff.h"

/* the positions of one id in the old and in the new list */
typedef struct
{
  guint old_pos;
  guint new_pos;
} Match;

/* Above this many ids on the smaller side of the changed middle, matching
 * would take more time on the main thread than a view spends rebuilding
 * what it shows. */
#define MATCH_LIMIT 50000

typedef struct
{
  const gint64 *ids;
  guint         from;
  guint         to;
} Span;

static gboolean
is_changed (GHashTable   *changed,
            const gint64 *id)
{
  return changed != NULL && g_hash_table_contains (changed, id);
}

/* The ids in both spans (those of @changed left out), in the order of the
 * larger span: the smaller one is hashed. */
static GArray *
find_matches (Span        old_span,
              Span        new_span,
              GHashTable *changed,
              gboolean   *by_old)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (Match));
  gboolean hash_old = old_span.to - old_span.from <= new_span.to - new_span.from;
  Span small = hash_old ? old_span : new_span;
  Span large = hash_old ? new_span : old_span;
  g_autoptr(GHashTable) index = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = small.from; i < small.to; i++)
    if (!is_changed (changed, &small.ids[i]))
      g_hash_table_insert (index, (gpointer) &small.ids[i], GUINT_TO_POINTER (i + 1));
  for (guint j = large.from; j < large.to; j++)
    {
      guint i = GPOINTER_TO_UINT (g_hash_table_lookup (index, &large.ids[j]));
      Match match = hash_old ? (Match) { i - 1, j } : (Match) { j, i - 1 };

      if (i > 0)
        g_array_append_val (matches, match);
    }
  *by_old = !hash_old;
  return matches;
}

static guint
match_key (const Match *match,
           gboolean     by_old)
{
  /* ordered by one position, increasing in the other */
  return by_old ? match->new_pos : match->old_pos;
}

/* The longest run of @matches (ordered by one list's position) whose other
 * position increases too: the rows that keep their order. */
static GArray *
longest_increasing (GArray   *matches,
                    gboolean  by_old)
{
  const Match *m = (const Match *) (gpointer) matches->data;
  guint n = matches->len, length = 0;
  g_autofree guint *tails = g_new (guint, MAX (n, 1));
  g_autofree guint *prev = g_new (guint, MAX (n, 1));
  GArray *kept;

  for (guint i = 0; i < n; i++)
    {
      guint key = match_key (&m[i], by_old), lo = 0, hi = length;

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (match_key (&m[tails[mid]], by_old) < key)
            lo = mid + 1;
          else
            hi = mid;
        }
      prev[i] = lo > 0 ? tails[lo - 1] : G_MAXUINT;
      tails[lo] = i;
      if (lo == length)
        length++;
    }
  kept = g_array_sized_new (FALSE, FALSE, sizeof (Match), length);
  g_array_set_size (kept, length);
  for (guint k = length, i = length > 0 ? tails[length - 1] : G_MAXUINT; k > 0; k--, i = prev[i])
    g_array_index (kept, Match, k - 1) = m[i];
  return kept;
}

static void
add_edit (GArray *edits,
          guint   position,
          guint   n_removed,
          guint   n_added)
{
  TxIdEdit edit = { position, n_removed, n_added };

  if (n_removed > 0 || n_added > 0)
    g_array_append_val (edits, edit);
}

/* Between the rows kept: removals from the end, then insertions from the
 * start, each at its position in the list as it is then. */
static GArray *
edits_around (const Match *kept,
              guint        n_kept,
              Span         old_span,
              Span         new_span)
{
  GArray *edits = g_array_new (FALSE, FALSE, sizeof (TxIdEdit));

  for (guint k = n_kept + 1; k-- > 0;)
    {
      guint from = k == 0 ? old_span.from : kept[k - 1].old_pos + 1;
      guint to = k == n_kept ? old_span.to : kept[k].old_pos;

      add_edit (edits, from, to - from, 0);
    }
  for (guint k = 0; k <= n_kept; k++)
    {
      guint from = k == 0 ? new_span.from : kept[k - 1].new_pos + 1;
      guint to = k == n_kept ? new_span.to : kept[k].new_pos;

      add_edit (edits, from, 0, to - from);
    }
  return edits;
}

GArray *
tx_id_diff (const gint64 *old_ids,
            guint         n_old,
            const gint64 *new_ids,
            guint         n_new,
            GHashTable   *changed,
            guint         max_edits)
{
  Span old_span = { old_ids, 0, n_old };
  Span new_span = { new_ids, 0, n_new };
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) kept = NULL;
  GArray *edits;
  gboolean by_old;

  /* the common start and end */
  while (old_span.from < n_old && new_span.from < n_new && old_ids[old_span.from] == new_ids[new_span.from]
         && !is_changed (changed, &old_ids[old_span.from]))
    old_span.from++, new_span.from++;
  while (old_span.to > old_span.from && new_span.to > new_span.from
         && old_ids[old_span.to - 1] == new_ids[new_span.to - 1] && !is_changed (changed, &old_ids[old_span.to - 1]))
    old_span.to--, new_span.to--;

  if (MIN (old_span.to - old_span.from, new_span.to - new_span.from) > MATCH_LIMIT)
    return edits_around (NULL, 0, old_span, new_span);

  matches = find_matches (old_span, new_span, changed, &by_old);
  kept = longest_increasing (matches, by_old);
  edits = edits_around ((const Match *) (gpointer) kept->data, kept->len, old_span, new_span);
  if (edits->len <= max_edits)
    return edits;
  g_array_unref (edits);
  return edits_around (NULL, 0, old_span, new_span);
}
