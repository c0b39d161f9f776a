/* tx-demo-visits.c — the demo visits: holidays, birthdays, illness, hardship and bereavement
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

/* ---- holidays ----------------------------------------------------------- */



static const DemoHoliday holidays[] = {
  { "01", 0, { 216, 205, 125, 212, 201, 122, 210, 129, 217, 206, 126, 213, 203, 123, 211 },
    "慰问金500元、米面油一份" },
  { "02", 0, { 302, 219, 208, 226, 215, 205, 224, 212, 303, 220, 209, 227, 217, 206, 225 },
    "汤圆礼盒一份" },
  { "04", 0, { 618, 607, 625, 614, 603, 622, 610, 531, 619, 609, 528, 616, 605, 624, 612 },
    "粽子、咸鸭蛋礼盒一份" },
  { "06", 0, { 924, 913, 1001, 921, 910, 929, 917, 1006, 925, 915, 1003, 922, 912, 1001, 919 },
    "月饼一盒、水果一箱" },
  { "07", 1001, { 0 }, "慰问信一封、纪念品一份" },
  { "11", 101, { 0 }, "慰问金300元、台历一本" },
  { "08", 0, { 1017, 1007, 1025, 1014, 1004, 1023, 1011, 1029, 1018, 1008, 1026, 1016, 1005, 1024, 1012 },
    "重阳糕、老年保健品一份" },
  { "09", 0, { 615, 605, 524, 513, 503, 422, 410, 331, 320, 310, 227, 215, 205, 125, 114 },
    "清真食品礼包、慰问金500元" },
  { "10", 0, { 822, 812, 731, 720, 710, 629, 617, 607, 527, 517, 506, 424, 414, 403, 322 },
    "清真食品礼包、慰问金500元" },
};

static const Weighted holiday_weights[] = {
  { "01", 45 }, { "11", 12 }, { "06", 22 }, { "04", 9 }, { "07", 7 }, { "02", 3 },
};

static const Weighted visit_reasons[] = {
  { "1", 45 }, { "2", 12 }, { "3", 10 }, { "4", 6 }, { "5", 10 }, { "6", 14 }, { "9", 3 },
};




/* what each kind of visit brings and leaves behind */
static const struct
{
  const char *reason;
  const char *gifts;
  const char *issues;
  const char *follow_up;
} visit_texts[] = {
  { "2", "鲜花、营养品，慰问金500元", "希望社区帮助联系康复护理服务", "已联系社区卫生服务中心上门随访" },
  { "3", "慰问金1000元、米面油一份", "申请临时救助", "协助申请临时救助，已获批2000元" },
  { "3", "慰问金1000元、米面油一份", "反映子女就业困难", "已推荐到辖区企业应聘" },
  { "4", "慰问金800元", NULL, "安排联络员定期探望" },
  { "5", "生日蛋糕、鲜花", NULL, NULL },
};

gboolean
_tx_demo_is_notable (Demo             *d,
                     const DemoPerson *info)
{
  return info->representative || info->key_person || _tx_demo_age_of (d, info) >= 70;
}

static gboolean
is_muslim (Demo             *d,
           const DemoPerson *info)
{
  return g_str_equal (info->religion, "4");
}

static int
age_at_last_birthday (Demo             *d,
                      const DemoPerson *info)
{
  guint32 this_year = _tx_demo_day_new (d->today_year, info->birth_month, MIN (info->birth_day, 28));

  return d->today_year - info->birth_year - (this_year >= d->today ? 1 : 0);
}

/* 60, 70, 80 and every year from 80: the birthdays an office visits */
static gboolean
has_milestone_birthday (Demo             *d,
                        const DemoPerson *info)
{
  int age;

  if (info->birth_day == 0 || info->birthday_visited)
    return FALSE;
  age = age_at_last_birthday (d, info);
  return age >= 60 && (age % 10 == 0 || age >= 80);
}

/* The first visit for a circumstance goes to someone not yet visited for
 * it; once everyone has had one, a second visit follows up. */
static gboolean
was_ill (Demo             *d,
         const DemoPerson *info)
{
  return info->circumstance == 1;
}

static gboolean
had_hardship (Demo             *d,
              const DemoPerson *info)
{
  return info->circumstance == 2;
}

static gboolean
was_bereaved (Demo             *d,
              const DemoPerson *info)
{
  return info->circumstance == 3;
}

static gboolean
ill_not_visited (Demo             *d,
                 const DemoPerson *info)
{
  return was_ill (d, info) && info->circumstance_visits == 0;
}

static gboolean
hardship_not_visited (Demo             *d,
                      const DemoPerson *info)
{
  return had_hardship (d, info) && info->circumstance_visits == 0;
}

static gboolean
bereaved_not_visited (Demo             *d,
                      const DemoPerson *info)
{
  return was_bereaved (d, info) && info->circumstance_visits == 0;
}

static guint32
holiday_day (const DemoHoliday *holiday,
             int                year)
{
  guint16 mmdd;

  if (holiday->fixed != 0)
    mmdd = holiday->fixed;
  else if (year >= HOLIDAY_FIRST_YEAR && year < HOLIDAY_FIRST_YEAR + HOLIDAY_YEARS)
    mmdd = holiday->dates[year - HOLIDAY_FIRST_YEAR];
  else
    return 0;                 /* beyond the table: not offered */
  return _tx_demo_day_new (year, mmdd / 100, mmdd % 100);
}

static const DemoHoliday *
find_holiday (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    if (g_str_equal (holidays[i].code, code))
      return &holidays[i];
  return &holidays[0];
}

/* A holiday of the last two and a half years; falls back on National Day,
 * whose date is known for any year. */
static void
holiday_visit (Demo             *d,
               TxVisit          *v,
               const DemoPerson *info,
               guint32          *day)
{
  const char *code;
  const DemoHoliday *holiday;
  guint32 candidates[8];
  int years[8];
  guint n = 0, k;

  if (is_muslim (d, info) && _tx_demo_chance (d, 50))
    code = _tx_demo_chance (d, 50) ? "09" : "10";
  else if (_tx_demo_age_of (d, info) >= 60 && _tx_demo_chance (d, 25))
    code = "08";
  else
    code = PICK_WEIGHTED (d, holiday_weights);
  for (int attempt = 0; attempt < 2 && n == 0; attempt++)
    {
      holiday = find_holiday (attempt == 0 ? code : "07");
      for (int year = d->today_year - 3; year <= d->today_year; year++)
        {
          guint32 h = holiday_day (holiday, year);

          if (h != 0 && h < d->today && d->today - h < WINDOW_DAYS)
            {
              candidates[n] = h;
              years[n++] = year;
            }
        }
    }
  k = _tx_demo_rnd (d, 0, MAX (n, 1) - 1);
  /* the 两节 (元旦, 春节) visits run over the month before; others the
   * two weeks before the holiday */
  *day = n > 0 ? candidates[k] - _tx_demo_rnd (d, 0, g_str_equal (holiday->code, "01") || g_str_equal (holiday->code, "11")
                                            ? 30 : 14)
               : _tx_demo_past_day (d, 1, WINDOW_DAYS);
  tx_visit_set_holiday (v, holiday->code);
  tx_visit_set_holiday_year (v, n > 0 ? years[k] : d->today_year);
  tx_visit_set_gifts (v, holiday->gifts);
}

/* The most recent birthday, when the person gives a full birth date. */
static guint32
birthday_visit (Demo       *d,
                TxVisit    *v,
                DemoPerson *info)
{
  int mday = MIN (info->birth_day, 28);
  int year = d->today_year;
  guint32 day;
  g_autofree char *note = NULL;

  if (info->birth_day == 0)
    return _tx_demo_past_day (d, 1, WINDOW_DAYS);
  day = _tx_demo_day_new (year, info->birth_month, mday);
  if (day >= d->today)
    day = _tx_demo_day_new (--year, info->birth_month, mday);
  info->birthday_visited = TRUE;
  note = g_strdup_printf ("%d岁生日", year - info->birth_year);
  tx_visit_set_notes (v, note);
  return day;
}

/* Soon after it happened; a follow-up visit some weeks later. */
static guint32
circumstance_visit_day (Demo       *d,
                        DemoPerson *info)
{
  guint32 day;

  if (info->circumstance_day == 0)
    return _tx_demo_past_day (d, 1, WINDOW_DAYS);
  day = info->circumstance_day + (info->circumstance_visits == 0 ? _tx_demo_rnd (d, 1, 10) : _tx_demo_rnd (d, 15, 60));
  info->circumstance_visits++;
  /* a visit that would fall after today happened in the days since the
   * circumstance, not all of them yesterday */
  if (day >= d->today)
    day = d->today - _tx_demo_rnd (d, 1, (int) MAX (1, MIN (30, d->today - info->circumstance_day)));
  return MIN (MAX (day, info->circumstance_day), d->today - 1);
}

/* Whom a visit for @reason goes to: holidays favour representative, key
 * and old people; 三必访 go to those with that circumstance on file. */
static guint
pick_visited (Demo       *d,
              const char *reason)
{
  static const PersonFilter first[] = { [2] = ill_not_visited, [3] = hardship_not_visited, [4] = bereaved_not_visited };
  static const PersonFilter again[] = { [2] = was_ill, [3] = had_hardship, [4] = was_bereaved };
  int r = reason[0] - '0';
  guint found;

  if (r == 1)
    return _tx_demo_pick_person (d, _tx_demo_chance (d, 60) ? _tx_demo_is_notable : NULL);
  if (r == 5)
    return _tx_demo_pick_person (d, has_milestone_birthday);
  if (r >= 2 && r <= 4)
    {
      if (_tx_demo_pick_people (d, -1, 1, first[r], &found) == 1)
        return found;
      return _tx_demo_pick_person (d, again[r]);
    }
  return _tx_demo_pick_person (d, NULL);
}

static void
set_visit_texts (Demo       *d,
                 TxVisit    *v,
                 const char *reason)
{
  guint found[G_N_ELEMENTS (visit_texts)];
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (visit_texts); i++)
    if (g_str_equal (visit_texts[i].reason, reason))
      found[n++] = i;
  if (n > 0)
    {
      guint row = found[_tx_demo_rnd (d, 0, n - 1)];
      gboolean raised = visit_texts[row].issues != NULL && _tx_demo_chance (d, 60);

      tx_visit_set_gifts (v, visit_texts[row].gifts);
      tx_visit_set_issues (v, raised ? visit_texts[row].issues : NULL);
      if (raised || visit_texts[row].issues == NULL)
        tx_visit_set_follow_up (v, visit_texts[row].follow_up);
    }
  else if (g_str_equal (reason, "6") && _tx_demo_chance (d, 50))
    {
      tx_visit_set_issues (v, PICK_WORD (d, WORDS (visit_issues)));
      tx_visit_set_follow_up (v, PICK_WORD (d, WORDS (visit_follow_ups)));
    }
  else if (g_str_equal (reason, "9"))
    tx_visit_set_notes (v, PICK_WORD (d, WORDS (other_purposes)));
}

/* One to three staff: the person's community first, then the street's. */
static void
add_visitors (Demo             *d,
              TxVisit          *v,
              const DemoPerson *info)
{
  guint want = _tx_demo_rnd (d, 1, 3);
  guint chosen[3];
  guint n = 0;

  for (guint attempt = 0; attempt < 2 * want && n < want; attempt++)
    {
      guint s = _tx_demo_pick_staff (d, attempt == 0 || _tx_demo_chance (d, 50) ? (int) info->community : -1);
      gboolean seen = FALSE;

      for (guint k = 0; k < n; k++)
        seen |= chosen[k] == s;
      if (!seen)
        chosen[n++] = s;
    }
  for (guint k = 0; k < n; k++)
    tx_visit_add_visitor (v, _tx_demo_staff_at (d, chosen[k])->uuid);
}

/* The first seven cover every reason (三必访 and the others). */
gboolean
_tx_demo_add_visit (Demo     *d,
                    guint     i,
                    GError  **error)
{
  g_autoptr(TxVisit) v = tx_visit_new ();
  const char *reason = i < G_N_ELEMENTS (visit_reason_codes) ? visit_reason_codes[i]
                       : PICK_WEIGHTED (d, visit_reasons);
  DemoPerson *info = _tx_demo_person_at (d, pick_visited (d, reason));
  g_autofree char *date = NULL;
  guint32 day;

  _tx_demo_new_uuid (d, v, NULL);
  tx_visit_set_person (v, info->uuid);
  tx_visit_set_reason (v, reason);
  if (g_str_equal (reason, "1"))
    holiday_visit (d, v, info, &day);
  else if (g_str_equal (reason, "5"))
    day = birthday_visit (d, v, info);
  else if (strchr ("234", reason[0]) != NULL)
    day = circumstance_visit_day (d, info);
  else
    day = _tx_demo_past_day (d, 1, WINDOW_DAYS);
  set_visit_texts (d, v, reason);
  add_visitors (d, v, info);
  date = _tx_demo_day_iso (day);
  tx_visit_set_date (v, date);
  return _tx_demo_save (d, v, error);
}
