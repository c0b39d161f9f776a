/* tx-demo-suggestions.c — the demo suggestions and how far they got
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-community.h"
#include "core/model/tx-consultation.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/db/tx-settings.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"

#include "tx-demo-private.h"

static const char * const satisfaction_words[] = {
  [1] = "满意", [2] = "基本满意", [3] = "不满意",
};

/* ---- suggestions -------------------------------------------------------- */

static const Weighted suggestion_states[] = {
  { "09", 40 }, { "08", 12 }, { "05", 14 }, { "03", 16 }, { "02", 6 },
  { "01", 6 }, { "10", 6 },
};

/* by state: what the history says, and how many days the step takes */
static const struct
{
  const char *note;
  int         min_days, max_days;
} steps[] = {
  [1] = { "登记建议，拟交{unit}办理", 0, 0 },
  [2] = { "受理", 1, 5 },
  [3] = { "交{unit}办理", 1, 5 },
  [5] = { "{unit}作出书面答复", 10, 40 },
  [8] = { "向建议人反馈办理结果", 3, 10 },
  [9] = { "办结归档", 1, 10 },
  [10] = { "不属于本级职责范围，已告知建议人向{unit}反映", 1, 5 },
};

/* 登记 → 受理 → 转办 → 答复 → 反馈 → 办结 as far as @target, or 不予受理
 * after 登记 or 受理; the days after the first step in @offsets.  The
 * first eight suggestions end in each state (the fourth overdue). */
static guint
suggestion_path (Demo *d,
                 int   target,
                 int  *path,
                 int  *offsets)
{
  static const int order[] = { 1, 2, 3, 5, 8, 9 };
  guint n = 0;

  if (target == 10)
    {
      path[n++] = 1;
      if (_tx_demo_chance (d, 50))
        path[n++] = 2;
      path[n++] = 10;
    }
  else
    for (guint k = 0; k < G_N_ELEMENTS (order) && order[k] <= target; k++)
      path[n++] = order[k];
  offsets[0] = 0;
  for (guint k = 1; k < n; k++)
    offsets[k] = offsets[k - 1] + _tx_demo_rnd (d, steps[path[k]].min_days, steps[path[k]].max_days);
  return n;
}

/* A point someone raised at a meeting held before @latest and not yet
 * followed up; -1 when there is none. */
static int
find_raised_point (Demo    *d,
                   guint32  latest,
                   guint   *slot)
{
  guint n = d->consultations->len;
  guint start = _tx_demo_rnd (d, 0, n - 1);

  for (guint j = 0; j < n; j++)
    {
      DemoConsultation *c = &g_array_index (d->consultations, DemoConsultation, (start + j) % n);

      if (c->upcoming || c->day > latest)
        continue;
      for (guint k = 0; k < 3; k++)
        if (c->speakers[k] >= 0 && !c->taken[k])
          {
            c->taken[k] = TRUE;
            *slot = k;
            return (int) ((start + j) % n);
          }
    }
  return -1;
}


/* 采纳, 部分采纳, 列入计划, 留作参考, 未采纳 */
static const Weighted adoptions[] = {
  { "1", 40 }, { "2", 20 }, { "3", 18 }, { "4", 12 }, { "5", 10 },
};

/* The answer, with its adoption result, before the step to 答复. */
static void
set_answer (Demo            *d,
            TxSuggestion    *s,
            const DemoTopic *topic,
            const char      *date)
{
  const char *adoption = PICK_WEIGHTED (d, adoptions);
  g_autofree char *answer = g_str_equal (adoption, "5")
                            ? g_strdup_printf ("经研究，%s。已向建议人做好解释说明。",
                                               PICK_WORD (d, WORDS (rejection_reasons)))
                            : g_strdup (topic->response);

  tx_suggestion_set_response (s, answer);
  tx_suggestion_set_response_date (s, date);
  tx_suggestion_set_adoption (s, adoption);
}

/* Feedback and satisfaction, before the step to 反馈. */
static void
set_feedback (Demo         *d,
              TxSuggestion *s,
              const char   *date)
{
  gboolean refused = g_strcmp0 (tx_suggestion_get_adoption (s), "5") == 0;
  int roll = _tx_demo_rnd (d, 0, 99);
  int satisfaction = refused ? (roll < 20 ? 1 : roll < 80 ? 2 : 3) : (roll < 80 ? 1 : 2);
  g_autofree char *feedback = g_strdup_printf ("已%s向建议人反馈办理结果，建议人表示%s。",
                                               PICK_WORD (d, WORDS (feedback_ways)),
                                               satisfaction_words[satisfaction]);
  char code[2] = { '0' + satisfaction, '\0' };

  tx_suggestion_set_feedback (s, feedback);
  tx_suggestion_set_feedback_date (s, date);
  tx_suggestion_set_satisfaction (s, code);
}

/* Every step through the state machine, as an office would record it. */
static gboolean
add_history (Demo             *d,
             TxSuggestion     *s,
             const DemoTopic  *topic,
             const int        *path,
             const int        *offsets,
             guint             n,
             guint32           day,
             const char       *registrar,
             GError          **error)
{
  for (guint k = 0; k < n; k++)
    {
      g_autofree char *date = _tx_demo_day_iso (day + offsets[k]);
      g_autofree char *note = _tx_demo_fill (d, steps[path[k]].note, "{unit}", topic->unit, NULL);
      char state[3];

      g_snprintf (state, sizeof state, "%02d", path[k]);
      if (path[k] == 5)
        set_answer (d, s, topic, date);
      else if (path[k] == 8)
        set_feedback (d, s, date);
      if (k == 0)
        tx_suggestion_register (s, date, registrar);
      else if (!tx_suggestion_advance (s, state, date, note, _tx_demo_staff_at (d, 1)->name, error))
        return FALSE;
    }
  return TRUE;
}

static void
add_cosigners (Demo         *d,
               TxSuggestion *s,
               guint         lead)
{
  guint others[3];
  guint n = _tx_demo_chance (d, 30) ? _tx_demo_pick_people (d, -1, 3, NULL, others) : 0;
  guint added = 0;

  for (guint k = 0; k < n && added < 2; k++)
    if (others[k] != lead)
      {
        tx_suggestion_add_proposer (s, _tx_demo_person_at (d, others[k])->uuid, NULL);
        added++;
      }
}

/* The first seven end in each of the seven states; the fourth is overdue,
 * the seventh comes from a meeting when one is early enough. */
gboolean
_tx_demo_add_suggestion (Demo     *d,
                         guint     i,
                         GError  **error)
{
  g_autoptr(TxSuggestion) s = tx_suggestion_new ();
  static const int first_targets[] = { 1, 2, 3, 3, 5, 8, 9, 10 };
  int target = i < G_N_ELEMENTS (first_targets) ? first_targets[i]
               : atoi (PICK_WEIGHTED (d, suggestion_states));
  int path[8], offsets[8];
  guint n = suggestion_path (d, target, path, offsets);
  guint32 latest = d->today - offsets[n - 1] - 1;
  gboolean from_meeting = i != 3 && (i == 6 || _tx_demo_chance (d, 30));
  guint slot = 0;
  int meeting = from_meeting ? find_raised_point (d, latest, &slot) : -1;
  const DemoTopic *topic;
  g_autofree char *date = NULL, *deadline = NULL, *content = NULL;
  guint lead;
  guint32 day;

  _tx_demo_new_uuid (d, s, NULL);
  if (meeting >= 0)
    {
      const DemoConsultation *c = &g_array_index (d->consultations, DemoConsultation, meeting);

      day = c->day;
      topic = _tx_demo_topic (c->topics[slot]);
      lead = c->speakers[slot];
      tx_suggestion_set_channel (s, "3");
      tx_suggestion_set_consultation (s, c->uuid);
    }
  else
    {
      /* open ones are recent, and some of them past their deadline */
      day = latest + 1 - (target <= 3 ? _tx_demo_rnd (d, i == 3 ? 40 : 3, i == 3 ? 70 : 75) : _tx_demo_rnd (d, 1, 600));
      topic = _tx_demo_topic (_tx_demo_rnd (d, 0, _tx_demo_n_topics () - 1));
      lead = _tx_demo_pick_person (d, _tx_demo_chance (d, 50) ? _tx_demo_is_notable : NULL);
      tx_suggestion_set_channel (s, _tx_demo_chance (d, 55) ? "1" : "2");
    }
  date = _tx_demo_day_iso (day);
  deadline = _tx_demo_day_iso (day + 30);
  content = g_strconcat (topic->situation, topic->proposal, NULL);
  tx_suggestion_set_title (s, topic->title);
  tx_suggestion_set_content (s, content);
  tx_suggestion_set_date (s, date);
  tx_suggestion_set_handling_unit (s, topic->unit);
  tx_suggestion_set_deadline (s, deadline);
  tx_suggestion_add_proposer (s, _tx_demo_person_at (d, lead)->uuid, "1");
  add_cosigners (d, s, lead);
  if (!add_history (d, s, topic, path, offsets, n, day,
                    _tx_demo_staff_at (d, _tx_demo_pick_staff (d, (int) _tx_demo_person_at (d, lead)->community))->name,
                    error))
    return FALSE;
  return _tx_demo_save (d, s, error);
}
