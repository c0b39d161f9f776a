/* tx-demo-activities.c — the demo activities, their participants and write-ups
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

/* ---- activities --------------------------------------------------------- */


static const DemoActivityKind activity_kinds[] = {
  { "01", "迎新春统战人士联谊会", 1, 1, NULL },
  { "01", "“同心圆”中秋茶话会", 9, 1, NULL },
  { "01", "庆国庆联欢会", 9, 1, NULL },
  { "01", "新的社会阶层人士联谊活动", 0, 1, NULL },
  { "02", "摄影兴趣小组外拍活动", 0, 1, "{city}植物园" },
  { "02", "压花兴趣小组作品交流", 0, 1, NULL },
  { "02", "书画兴趣小组笔会", 0, 1, NULL },
  { "02", "合唱兴趣小组排练", 0, 1, NULL },
  { "03", "五月鲜花展", 5, 5, "{street}文化广场" },
  { "03", "统战人士书画作品展", 0, 7, "{street}文化活动中心展厅" },
  { "03", "“同心向党”摄影作品展", 6, 5, "{street}文化活动中心展厅" },
  { "04", "统一战线政策法规学习会", 0, 1, NULL },
  { "04", "新的社会阶层人士培训班", 0, 2, "{district}委党校" },
  { "05", "《民法典》专题讲座", 0, 1, NULL },
  { "05", "经济形势专题报告会", 0, 1, NULL },
  { "05", "“健康养生”专题报告会", 0, 1, NULL },
  { "05", "民族宗教政策专题报告会", 0, 1, NULL },
  { "06", "参观革命历史纪念馆", 0, 1, "{city}革命历史纪念馆" },
  { "06", "赴高新技术产业园考察", 0, 1, "{city}高新技术产业园" },
  { "06", "参观城市规划展览馆", 0, 1, "{city}城市规划展览馆" },
  { "07", "环境整治志愿服务", 0, 1, "{where}辖区背街小巷" },
  { "07", "义务植树", 3, 1, "{district}滨河公园" },
  { "07", "免费健康检查", 0, 1, "{where}文化广场" },
  { "07", "法律咨询进社区", 0, 1, "{where}文化广场" },
  { "07", "爱心助学捐赠", 8, 1, NULL },
  { "08", "趣味运动会", 0, 1, "{street}全民健身中心" },
  { "08", "重阳登高健步走", 10, 1, "{city}郊野公园" },
  { "08", "乒乓球友谊赛", 0, 1, "{street}全民健身中心" },
  { "07", "新春送福写春联", 1, 1, NULL },
  { "99", "统战人士恳谈交流", 0, 1, NULL },
};

static const char * const activity_types[] = { "01", "02", "03", "04", "05", "06", "07", "08", "99" };

/* by activity type: how the write-up opens, what happened, what came of it,
 * and the range of the {n} they mention */
static const struct
{
  const char *type;
  const char *lead;
  const char *body;
  const char *outcome;
  int         n_min, n_max;
} activity_texts[] = {
  { "01", "{date}{part}，{organiser}在{place}举办{title}，辖区{groups}等{count}人参加。",
    "活动中，大家表演了歌舞、诗朗诵等节目，畅谈社区发展变化和个人工作生活感受。",
    "增进了统战人士之间的了解和友谊，进一步凝聚了共识。", 0, 0 },
  { "02", "{date}{part}，{organiser}在{place}举办{title}，辖区{groups}等{count}人参加。",
    "组员们交流了近期作品，指导老师现场点评，并布置了下一阶段的创作主题。",
    "丰富了统战人士的业余文化生活，兴趣小组新增成员{n}人。", 2, 6 },
  { "03", "{date}，{organiser}在{place}举办{title}，辖区{groups}等{count}人参加开幕式。",
    "展览共展出作品{n}件，开幕当天吸引辖区居民二百余人次参观。",
    "展示了统战人士的风采，扩大了社区统战工作的影响。", 40, 120 },
  { "04", "{date}{part}，{organiser}在{place}举办{title}，辖区{groups}等{count}人参加。",
    "邀请区委统战部同志授课，系统讲解了统一战线的有关政策，学员结合工作实际进行了交流讨论。",
    "提高了统战人士对党的统一战线方针政策的理解，学员普遍反映收获较大。", 0, 0 },
  { "05", "{date}{part}，{organiser}在{place}举办{title}，辖区{groups}等{count}人参加。",
    "报告会邀请专家作专题辅导，与会人员踊跃提问，现场交流气氛热烈。",
    "与会人员表示受益匪浅，希望今后多举办此类活动。", 0, 0 },
  { "06", "{date}，{organiser}组织辖区{groups}等{count}人{title}。",
    "大家认真参观了展陈，听取了讲解介绍，并在参观结束后进行了座谈交流。",
    "增强了统战人士对城市发展成就的认同感和归属感。", 0, 0 },
  { "07", "{date}{part}，{organiser}组织辖区{groups}等{count}人在{place}开展{title}活动。",
    "志愿者们分组开展服务，耐心细致，共服务居民{n}人次。",
    "活动收到群众好评，社区微信群里点赞不断。", 50, 300 },
  { "08", "{date}{part}，{organiser}在{place}举办{title}，辖区{groups}等{count}人参加。",
    "活动设置了多个项目，大家积极参与、相互加油，现场气氛热烈。",
    "增强了统战人士的凝聚力，展示了健康向上的精神风貌。", 0, 0 },
  { "99", "{date}{part}，{organiser}在{place}举办{title}活动，辖区{groups}等{count}人参加。",
    "大家交流了近况，对社区工作提出了意见建议，社区党委逐一作了回应。",
    "收集意见建议{n}条，已交社区居委会梳理办理。", 3, 12 },
};

/* minutes after midnight; the evening only indoors */
static const int start_minutes[] = { 540, 570, 840, 870, 1140 };


/* ---- activities --------------------------------------------------------- */

static const DemoActivityKind *
pick_activity_kind (Demo       *d,
                    const char *type,
                    int         month)
{
  guint found[G_N_ELEMENTS (activity_kinds)];
  guint n = 0;

  /* a title tied to a month only in that month ("五月鲜花展" in May) */
  for (guint i = 0; i < G_N_ELEMENTS (activity_kinds); i++)
    if (g_str_equal (activity_kinds[i].type, type) &&
        (month == 0 || activity_kinds[i].month == 0 || activity_kinds[i].month == month))
      found[n++] = i;
  return &activity_kinds[found[_tx_demo_rnd (d, 0, n - 1)]];
}

static guint32
activity_day (Demo                   *d,
              const DemoActivityKind *kind)
{
  guint32 candidates[4];
  guint n = 0;

  if (kind->month != 0)
    for (int year = d->today_year - 3; year <= d->today_year; year++)
      {
        guint32 day = _tx_demo_day_new (year, kind->month, _tx_demo_rnd (d, 1, 28));

        if (day < d->today && d->today - day < WINDOW_DAYS)
          candidates[n++] = day;
      }
  if (n > 0)
    return candidates[_tx_demo_rnd (d, 0, n - 1)];
  return _tx_demo_past_day (d, 1, WINDOW_DAYS);
}

static const char *
participant_state (Demo     *d,
                   gboolean  upcoming)
{
  int roll = _tx_demo_rnd (d, 0, 99);

  if (upcoming)
    return roll < 50 ? "1" : "2";
  return roll < 75 ? "3" : roll < 85 ? "4" : roll < 93 ? "5" : roll < 97 ? "2" : "1";
}

/* how a write-up names a group of people */
static const char * const category_groups[13] = {
  NULL, "民主党派成员", "无党派人士", "党外知识分子", "少数民族人士", "宗教界人士",
  "非公有制经济人士", "新的社会阶层人士", "留学人员", "港澳同胞", "台胞台属",
  "归侨侨眷", "其他统战人士",
};

/* The two categories most of those present belong to: "党外知识分子、新的社会阶层人士". */
static char *
main_categories (Demo        *d,
                 const guint *present,
                 guint        n_present)
{
  guint counts[13] = { 0, };
  int first = 1, second = 2;

  for (guint i = 0; i < n_present; i++)
    for (int c = 1; c <= 12; c++)
      counts[c] += HAS (_tx_demo_person_at (d, present[i]), c);
  for (int c = 1; c <= 12; c++)
    if (counts[c] > counts[first])
      first = c;
  if (second == first)
    second = 1;
  for (int c = 1; c <= 12; c++)
    if (c != first && counts[c] > counts[second])
      second = c;
  if (counts[second] == 0)
    return g_strdup (category_groups[first]);
  return g_strdup_printf ("%s、%s", category_groups[first], category_groups[second]);
}

static const char *
day_part (int minutes)
{
  return minutes < 720 ? "上午" : minutes < 1080 ? "下午" : "晚上";
}

static char *
clock_text (int minutes)
{
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/* The first activity held gets one excused and one absent participant
 * whatever the dice say, so every state is there to be seen. */
static guint
add_participants (Demo       *d,
                  TxActivity *a,
                  int         community,
                  gboolean    upcoming,
                  gboolean    show_all_states,
                  guint      *present)
{
  guint chosen[40];
  guint n = _tx_demo_pick_people (d, community, _tx_demo_rnd (d, 10, 40), NULL, chosen);
  guint n_present = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *state = participant_state (d, upcoming);

      if (show_all_states && i < 2)
        state = i == 0 ? "4" : "5";
      if (g_str_equal (state, "3"))
        present[n_present++] = chosen[i];
      tx_activity_add_participant (a, _tx_demo_person_at (d, chosen[i])->uuid, state,
                                   g_str_equal (state, "4") ? PICK_WORD (d, WORDS (excuses)) : NULL);
    }
  return n_present;
}

static void
write_up_activity (Demo                   *d,
                   TxActivity             *a,
                   const DemoActivityKind *kind,
                   guint32                 day,
                   int                     start,
                   const guint            *present,
                   guint                   n_present)
{
  guint t = 0;
  g_autofree char *date = _tx_demo_day_chinese (day);
  g_autofree char *groups = main_categories (d, present, n_present);
  g_autofree char *lead = NULL, *body = NULL, *summary = NULL, *outcome = NULL;
  char count[16], number[16];

  while (t + 1 < G_N_ELEMENTS (activity_texts) && !g_str_equal (activity_texts[t].type, kind->type))
    t++;
  g_snprintf (count, sizeof count, "%u", n_present);
  g_snprintf (number, sizeof number, "%d", _tx_demo_rnd (d, activity_texts[t].n_min, activity_texts[t].n_max));
  lead = _tx_demo_fill (d, activity_texts[t].lead, "{date}", date, "{part}", day_part (start),
               "{organiser}", tx_activity_get_organiser (a), "{place}", tx_activity_get_place (a),
               "{title}", kind->title, "{groups}", groups, "{count}", count, NULL);
  body = _tx_demo_fill (d, activity_texts[t].body, "{n}", number, NULL);
  summary = g_strconcat (lead, body, NULL);
  outcome = _tx_demo_fill (d, activity_texts[t].outcome, "{n}", number, NULL);
  tx_activity_set_summary (a, summary);
  tx_activity_set_outcome (a, outcome);
}

static void
set_activity_times (Demo                   *d,
                    TxActivity             *a,
                    const DemoActivityKind *kind,
                    guint32                 day,
                    int                     start)
{
  g_autofree char *start_date = _tx_demo_day_iso (day);
  g_autofree char *end_date = _tx_demo_day_iso (day + kind->days - 1);
  g_autofree char *start_time = clock_text (start);
  g_autofree char *end_time = clock_text (kind->days > 1 ? 17 * 60
                                          : start + (g_str_equal (kind->type, "06") ? 180 : 120));

  tx_activity_set_start_date (a, start_date);
  tx_activity_set_start_time (a, start_time);
  tx_activity_set_end_date (a, end_date);
  tx_activity_set_end_time (a, end_time);
}

/* The first @n_upcoming are still to come; the first nine cover every type. */
gboolean
_tx_demo_add_activity (Demo     *d,
                       guint     i,
                       guint     n_upcoming,
                       GError  **error)
{
  g_autoptr(TxActivity) a = tx_activity_new ();
  const char *type = i < G_N_ELEMENTS (activity_types) ? activity_types[i] : PICK (d, activity_types);
  gboolean upcoming = i < n_upcoming;
  int community = _tx_demo_chance (d, 65) ? _tx_demo_rnd (d, 0, d->communities->len - 1) : -1;
  const char *community_name;
  gboolean indoors = g_str_equal (type, "01") || g_str_equal (type, "02") || g_str_equal (type, "05");
  int start = start_minutes[_tx_demo_rnd (d, 0, G_N_ELEMENTS (start_minutes) - (indoors ? 1 : 2))];
  const DemoActivityKind *kind;
  guint32 day;
  g_autofree char *organiser = NULL, *place = NULL;
  guint present[40], n_present;

  if (upcoming)
    {
      int y, m, dd;

      day = d->today + _tx_demo_rnd (d, 5, 45);
      _tx_demo_day_split (day, &y, &m, &dd);
      kind = pick_activity_kind (d, type, m);
    }
  else
    {
      kind = pick_activity_kind (d, type, 0);
      day = activity_day (d, kind);
    }
  /* a training at the Party school is the street's, not a community's */
  if (kind->place != NULL && strstr (kind->place, "党校") != NULL)
    community = -1;
  community_name = community >= 0 ? g_array_index (d->communities, DemoCommunity, community).name : NULL;
  organiser = _tx_demo_fill (d, community >= 0 ? "{community}党委" : "{street}党工委统战办",
                    "{community}", community_name, NULL);
  place = _tx_demo_fill (d, kind->place != NULL ? kind->place
                   : community >= 0 ? "{community}党群服务中心多功能厅" : "{street}文化活动中心",
                "{community}", community_name, "{where}", community_name ? community_name : d->street, NULL);

  _tx_demo_new_uuid (d, a, NULL);
  tx_activity_set_title (a, kind->title);
  tx_activity_set_activity_type (a, kind->type);
  set_activity_times (d, a, kind, day, start);
  tx_activity_set_place (a, place);
  tx_activity_set_organiser (a, organiser);
  if (community >= 0)
    tx_activity_set_community (a, g_array_index (d->communities, DemoCommunity, community).uuid);
  n_present = add_participants (d, a, community, upcoming, i == n_upcoming, present);
  if (upcoming)
    tx_activity_set_notes (a, "筹备中，活动通知已发出");
  else
    write_up_activity (d, a, kind, day, start, present, n_present);
  return _tx_demo_save (d, a, error);
}
