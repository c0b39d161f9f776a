/* tx-demo-meetings.c — the demo consultations: who is invited, who came, the minutes
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

/* ---- suggestions and what meetings talk about -------------------------- */


static const DemoTopic topics[] = {
  { "老旧小区加装电梯", "关于加快推进老旧小区加装电梯的建议",
    "辖区老旧小区多建于上世纪八九十年代，高龄老人上下楼困难，加装电梯意愿强烈，但低层住户意见不一，推进较慢。",
    "建议街道统筹推进老旧小区加装电梯，对符合条件的楼栋给予资金补贴，并请社区出面协调低层住户的意见。",
    "街道城市管理办公室",
    "街道已将加装电梯列入年度民生实事项目，今年完成两个小区十二部电梯的加装，对低层住户采取协商补偿办法。" },
  { "社区老年助餐", "关于在社区增设老年助餐点的建议",
    "社区高龄、独居老人较多，子女不在身边，一日三餐难以保障。",
    "建议依托社区党群服务中心开设老年助餐点，对高龄、困难老人给予用餐补贴。",
    "街道社会事务办公室",
    "街道已在两个社区试点老年助餐点，对八十周岁以上老人每餐补贴三元，下一步将逐步覆盖全部社区。" },
  { "错时共享停车", "关于利用周边单位车位错时共享停车的建议",
    "小区车位严重不足，夜间车辆占用消防通道现象时有发生。",
    "建议协调周边机关、学校和商场，在夜间和节假日向居民开放闲置车位，实行错时共享停车。",
    "街道城市管理办公室",
    "经协调，辖区三家单位已同意夜间开放车位共一百二十个，居民办理登记后即可使用。" },
  { "垃圾分类督导", "关于完善小区垃圾分类督导的建议",
    "部分小区垃圾定时定点投放时段与上班族作息不符，误时投放、乱丢乱放较多。",
    "建议适当延长投放时段，增设误时投放点，并招募志愿者开展桶边督导。",
    "街道城市管理办公室",
    "已在各小区增设误时投放点，投放时段延长至晚上九点，并招募桶边督导志愿者八十余名。" },
  { "背街小巷照明", "关于改善背街小巷夜间照明的建议",
    "部分背街小巷路灯老化损坏，夜间照明不足，存在安全隐患。",
    "建议对背街小巷路灯进行全面排查，更换损坏灯具，并纳入日常巡查维护。",
    "区城市管理局",
    "区城市管理局已完成排查，更换、新增路灯五十六盏，并建立每月巡查制度。" },
  { "暑期学生托管", "关于开设社区暑期托管班的建议",
    "双职工家庭暑期孩子无人看管，家长普遍反映压力较大。",
    "建议依托社区党群服务中心开设暑期托管班，组织辖区党外知识分子志愿授课。",
    "街道社会事务办公室",
    "今年暑期已在三个社区开设托管班，招收学生一百五十余名，聘请志愿者教师二十名。" },
  { "新就业群体暖心驿站", "关于为快递外卖小哥设立暖心驿站的建议",
    "辖区快递员、外卖送餐员等新就业群体人数较多，缺少休息、饮水、充电的场所。",
    "建议在社区党群服务中心和沿街商铺设立“暖心驿站”，提供休息、饮水、充电、如厕等服务。",
    "街道党群工作办公室",
    "街道已建成暖心驿站六个，提供饮水、充电、休息等服务，并在驿站开展新就业群体座谈。" },
  { "惠企政策宣讲", "关于定期举办惠企政策宣讲会的建议",
    "辖区小微企业和个体工商户对减税降费、稳岗补贴等政策了解不够，享受不充分。",
    "建议街道联合税务、人社部门定期举办惠企政策宣讲会，并建立企业服务专员制度。",
    "街道经济发展办公室",
    "街道已每季度举办一次惠企政策宣讲会，并为辖区重点企业配备服务专员。" },
  { "菜市场提档升级", "关于对社区菜市场进行提档升级的建议",
    "社区菜市场设施陈旧，周边占道经营严重，雨天地面湿滑，居民意见较大。",
    "建议对菜市场进行提档升级改造，规范周边占道经营，完善排水设施。",
    "街道市场监督管理所",
    "菜市场改造已列入区级计划，预计明年上半年开工，占道经营问题已由城管中队专项整治。" },
  { "社区卫生服务", "关于方便居民就近配药看病的建议",
    "社区卫生服务站慢性病药品品种少，老年人配药需多次往返大医院。",
    "建议社区卫生服务站增加慢性病常用药品种，开设周末门诊，推行家庭医生签约上门服务。",
    "区卫生健康委员会",
    "区卫健委已将社区卫生服务站慢性病用药增加至一百二十种，并开设周六上午门诊。" },
  { "楼道消防安全", "关于清理楼道堆物保障消防通道畅通的建议",
    "部分老旧小区楼道堆放杂物、电动自行车飞线充电，存在较大消防隐患。",
    "建议开展楼道堆物集中清理行动，在小区增设电动自行车集中充电桩。",
    "街道平安办公室",
    "已开展两轮楼道堆物集中清理，新建电动自行车集中充电桩三百余个。" },
  { "学校场地错时开放", "关于辖区学校体育场地错时向居民开放的建议",
    "社区缺少健身场地，居民晨练、夜跑只能在马路边进行。",
    "建议协调辖区学校在节假日和课余时间向居民有序开放体育场地。",
    "区教育局",
    "区教育局已指导辖区两所学校在周末和寒暑假向居民预约开放操场。" },
  { "社区无障碍设施", "关于对社区公共设施进行无障碍改造的建议",
    "社区党群服务中心、卫生服务站等场所出入口有台阶，轮椅出入困难。",
    "建议对社区主要公共服务场所出入口进行无障碍改造，增设扶手和坡道。",
    "区住房和城乡建设局",
    "已完成社区党群服务中心和卫生服务站的无障碍改造，增设坡道四处。" },
  { "夜间施工噪声", "关于加强夜间施工噪声管理的建议",
    "周边工地经常夜间施工，噪声影响居民休息，投诉较多。",
    "建议加强对夜间施工审批和噪声的巡查，公布投诉电话，及时查处违规施工。",
    "区生态环境局",
    "区生态环境局已对相关工地开展夜间巡查，查处违规施工两起，并公布了投诉电话。" },
  { "雨季道路积水", "关于解决雨季道路积水问题的建议",
    "每逢大雨，辖区部分路段积水严重，影响居民出行和临街商铺经营。",
    "建议对积水路段雨水管网进行疏通改造，汛期前做好排涝准备。",
    "区水务局",
    "区水务局已对积水路段雨水管网进行清淤疏通，新增雨水口二十个。" },
  { "小区物业管理", "关于指导老旧小区规范物业管理的建议",
    "部分老旧小区无物业或物业服务水平低，公共设施损坏长期无人维修。",
    "建议指导小区依法成立业主委员会，引入专业物业服务，或由社区牵头实行准物业管理。",
    "街道城市管理办公室",
    "街道已指导两个小区成立业主委员会，对无物业小区实行社区托管的准物业管理。" },
  { "民族团结联谊", "关于在少数民族传统节日开展联谊活动的建议",
    "辖区少数民族居民较多，平时交流机会较少。",
    "建议在开斋节、古尔邦节等传统节日期间开展民族团结联谊活动，增进各民族居民的交往交流交融。",
    "街道党群工作办公室",
    "街道今年已在古尔邦节期间举办民族团结联谊会，邀请各族居民一百余人参加。" },
  { "青年人才服务", "关于为新的社会阶层青年人才搭建交流平台的建议",
    "辖区新的社会阶层青年人士较多，彼此缺少联系，参与社区事务渠道不畅。",
    "建议成立社区新的社会阶层人士联谊组织，定期开展沙龙、公益等活动。",
    "街道党群工作办公室",
    "街道已成立新的社会阶层人士联谊会，首批会员六十余名，每月开展一次活动。" },
};

const DemoTopic *
_tx_demo_topic (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (topics), NULL);
  return &topics[index];
}

guint
_tx_demo_n_topics (void)
{
  return G_N_ELEMENTS (topics);
}





/* ---- consultations ------------------------------------------------------ */

static const Weighted consultation_types[] = {
  { "1", 15 }, { "2", 25 }, { "3", 35 }, { "4", 25 },
};

static gboolean
is_representative (Demo             *d,
                   const DemoPerson *info)
{
  return info->representative;
}


static void
meeting_frame_clear (MeetingFrame *frame)
{
  g_clear_pointer (&frame->title, g_free);
  g_clear_pointer (&frame->subject, g_free);
  g_clear_pointer (&frame->report, g_free);
  g_clear_pointer (&frame->facts, g_free);
}

/* A briefing on the last half-year, or (when that one was held already)
 * on one piece of work. */
static void
frame_briefing (Demo                   *d,
                const DemoConsultation *c,
                gboolean                special,
                MeetingFrame           *frame)
{
  const DemoTopic *topic = &topics[c->topics[0]];
  int y, m, dd;
  char a[8], b[8], cc[8], e[8], period[24];

  _tx_demo_day_split (c->day, &y, &m, &dd);
  if (special)
    {
      frame->report = g_strdup_printf ("%s工作进展情况", topic->name);
      frame->title = g_strdup_printf ("关于%s工作进展情况的通报会", topic->name);
      frame->facts = g_strdup (topic->response);
      return;
    }
  if (m <= 6)
    g_snprintf (period, sizeof period, "%d年度", y - 1);
  else if (m <= 10)
    g_snprintf (period, sizeof period, "%d年上半年", y);
  else
    g_snprintf (period, sizeof period, "%d年前三季度", y);
  frame->report = g_strdup_printf ("%s街道工作情况", period);
  frame->title = _tx_demo_fill (d, "{street}{period}工作情况通报会", "{period}", period, NULL);
  g_snprintf (a, sizeof a, "%d", _tx_demo_rnd (d, 2, 8));
  g_snprintf (b, sizeof b, "%d", _tx_demo_rnd (d, 20, 120));
  g_snprintf (cc, sizeof cc, "%d", _tx_demo_rnd (d, 50, 400));
  g_snprintf (e, sizeof e, "%d", _tx_demo_rnd (d, 300, 2000));
  frame->facts = _tx_demo_fill (d, "街道在经济发展、民生保障、城市管理和基层治理等方面取得新进展，"
                          "完成老旧小区改造{a}个，新增养老服务床位{b}张，帮助{c}人实现就业，办结群众诉求{e}件。",
                       "{a}", a, "{b}", b, "{c}", cc, "{e}", e, NULL);
}

/* Annual plans are consulted on around New Year; forums carry their year,
 * as offices title them.  @attempt > 2: the period's briefing is taken. */
static void
frame_meeting (Demo                   *d,
               const DemoConsultation *c,
               const DemoPerson       *partner,
               int                     attempt,
               MeetingFrame           *frame)
{
  int y, m, dd;
  char year[8];

  _tx_demo_day_split (c->day, &y, &m, &dd);
  switch (c->type)
    {
    case 1:
      g_snprintf (year, sizeof year, "%d", m >= 11 ? y + 1 : y);
      if (m >= 11 || m == 1)
        frame->subject = _tx_demo_fill (d, "《{street}{year}年度工作计划（征求意见稿）》", "{year}", year, NULL);
      else
        frame->subject = _tx_demo_fill (d, "《{street}{topic}工作方案（征求意见稿）》", "{topic}", topics[c->topics[0]].name, NULL);
      frame->title = g_strdup_printf ("关于%s的民主协商会", frame->subject);
      break;
    case 2:
      frame_briefing (d, c, attempt > 2, frame);
      break;
    case 3:
      frame->theme = PICK_WORD (d, WORDS (forum_themes));
      frame->title = g_strdup_printf ("%d年%s", y, frame->theme);
      break;
    default:
      frame->title = g_strdup_printf ("与%s谈心谈话", partner->name);
      break;
    }
  frame->place = c->type == 4 ? "{community}党群服务中心谈心室" : PICK_WORD (d, WORDS (consultation_places));
}

/* Persons invited: half of them representative people where there are.
 * Returns how many. */
static guint
invite_people (Demo  *d,
               guint  want,
               guint *out)
{
  g_autofree guint *others = g_new (guint, want);
  guint n = _tx_demo_pick_people (d, -1, want / 2, is_representative, out);
  guint n_others = _tx_demo_pick_people (d, -1, want, NULL, others);

  for (guint i = 0; i < n_others && n < want; i++)
    {
      gboolean seen = FALSE;

      for (guint k = 0; k < n; k++)
        seen |= out[k] == others[i];
      if (!seen)
        out[n++] = others[i];
    }
  return n;
}


static void
roster_init (Roster *r)
{
  r->present = g_string_new (NULL);
  r->absent = g_string_new (NULL);
  r->observers = g_string_new (NULL);
  r->talkers = g_string_new (NULL);
}

static void
roster_clear (Roster *r)
{
  g_string_free (r->present, TRUE);
  g_string_free (r->absent, TRUE);
  g_string_free (r->observers, TRUE);
  g_string_free (r->talkers, TRUE);
}

static void
append_name (GString    *list,
             const char *name)
{
  if (list->len > 0)
    g_string_append (list, "、");
  g_string_append (list, name);
}

/* The first meeting held has an absent member whatever the dice say, so
 * that every attendee state is there to be seen. */
static void
seat_people (Demo             *d,
             TxConsultation   *m,
             DemoConsultation *c,
             Roster           *r,
             guint             partner,
             gboolean          show_all_states)
{
  guint n_speakers = 0;

  if (c->type == 4)
    {
      r->invited[0] = partner;
      r->n_invited = 1;
    }
  else
    r->n_invited = invite_people (d, _tx_demo_rnd (d, 8, 25), r->invited);
  for (guint i = 0; i < r->n_invited; i++)
    {
      const DemoPerson *info = _tx_demo_person_at (d, r->invited[i]);
      const char *note = NULL;
      char state[2] = { '2', '\0' };

      if (c->upcoming)
        state[0] = '1';
      else if ((show_all_states && i == 0) || (c->type != 4 && _tx_demo_chance (d, 12)))
        {
          state[0] = '3';
          note = PICK_WORD (d, WORDS (excuses));
        }
      else if (c->type == 1 && i + 2 >= r->n_invited)
        {
          state[0] = '4';
          note = "居民代表列席";
        }
      r->state[i] = state[0];
      switch (state[0])
        {
        case '2':
          append_name (r->present, info->name);
          r->n_present++;
          if (n_speakers < 3)
            c->speakers[n_speakers++] = r->invited[i];
          break;
        case '3':
          append_name (r->absent, info->name);
          break;
        case '4':
          append_name (r->observers, info->name);
          break;
        default:
          break;
        }
      tx_consultation_add_attendee (m, info->uuid, NULL, state, note);
    }
}

/* Chair and recorder are fields; the other staff who sit in are
 * attendees (列席, or present at a talk). */
static void
seat_staff (Demo             *d,
            TxConsultation   *m,
            DemoConsultation *c,
            Roster           *r,
            int               community)
{
  guint n = c->type == 4 ? 1 : _tx_demo_rnd (d, 1, 3);

  r->staff_chair = c->type == 4 ? _tx_demo_pick_staff (d, community) : 0;
  r->staff_recorder = 1;
  if (r->staff_recorder == r->staff_chair)
    r->staff_recorder = 0;
  for (guint k = 0, tries = 0; k < n && tries < 10; tries++)
    {
      guint s = _tx_demo_pick_staff (d, c->type == 4 ? community : _tx_demo_rnd (d, 0, d->communities->len - 1));

      if (s == r->staff_chair || s == r->staff_recorder)
        continue;
      tx_consultation_add_attendee (m, NULL, _tx_demo_staff_at (d, s)->uuid,
                                    c->upcoming ? "1" : c->type == 4 ? "2" : "4",
                                    c->type == 4 ? NULL : _tx_demo_staff_at (d, s)->post);
      if (c->type == 4)
        append_name (r->talkers, _tx_demo_staff_at (d, s)->name);
      else if (!c->upcoming)
        append_name (r->observers, _tx_demo_staff_at (d, s)->name);
      k++;
    }
  tx_consultation_set_chair (m, _tx_demo_staff_at (d, r->staff_chair)->uuid);
  tx_consultation_set_recorder (m, _tx_demo_staff_at (d, r->staff_recorder)->uuid);
}

/* ---- minutes ------------------------------------------------------------ */

static const char * const agendas[] = {
  [1] = "1. 街道党工委介绍{subject}起草情况；\n2. 与会人士协商发言；\n3. 街道党工委负责同志讲话。",
  [2] = "1. 通报{report}；\n2. 通报上次会议意见建议办理情况；\n3. 与会人士提问交流。",
  [3] = "1. 介绍街道近期工作；\n2. 与会人士座谈发言；\n3. 会议小结。",
  [4] = "1. 了解工作和生活近况；\n2. 听取意见建议；\n3. 介绍社区近期工作。",
};

static const char * const minutes_bodies[] = {
  [1] = "一、会议议程\n{agenda}\n\n"
        "二、情况介绍\n{chair}代表街道党工委介绍了{subject}的起草情况，"
        "对主要目标、重点任务和保障措施作了说明，请与会人士提出意见建议。\n\n"
        "三、协商发言\n{speeches}\n"
        "四、会议小结\n{chair}对与会人士的意见建议表示感谢。大家的发言立足社区实际、针对性强，"
        "街道将认真梳理，能吸收的吸收进方案，一时难以解决的做好解释说明，"
        "并在下次情况通报会上通报采纳和办理情况。",
  [2] = "一、情况通报\n{chair}通报了{report}。{facts}"
        "同时通报了上次会议所提意见建议的办理情况。\n\n"
        "二、交流互动\n{questions}\n"
        "三、会议要求\n{chair}希望大家继续关心支持街道工作，发挥自身优势，多提意见建议，积极参与社区治理。",
  [3] = "会议围绕“{theme}”主题，听取与会人士的意见建议。{chair}介绍了街道近期工作和统战工作安排。\n\n"
        "座谈中，大家畅所欲言：\n{speeches}\n"
        "{chair}在总结时表示，与会人士是社区建设的重要力量，街道将建立常态化联系机制，"
        "把大家的意见建议分类交办、限期答复。",
  [4] = "{date}，{chair}与{person}进行了谈心谈话。\n\n"
        "{person}介绍了近期工作和生活情况，{life}。谈到社区工作，{pronoun}提出：{situation}{proposal}\n\n"
        "{chair}感谢{pronoun}对社区工作的关心，介绍了街道在{topic}方面的工作打算，"
        "表示将把意见转交{unit}研究。双方约定今后保持经常联系。",
};

static const char * const resolution_texts[] = {
  [1] = "1. 与会人士提出的{t1}、{t2}、{t3}等意见建议登记入册，交相关科室办理，30日内答复；\n"
        "2. 对{subject}作进一步修改完善后，提交党工委会议审议；\n"
        "3. 在下次情况通报会上通报意见建议采纳情况。",
  [2] = "1. 与会人士提出的问题由党政办汇总，分别交{u1}、{u2}等单位研究答复；\n"
        "2. 在下次情况通报会上通报办理情况。",
  [3] = "1. 建立与与会人士的常态化联系机制，每季度至少开展一次走访；\n"
        "2. 将{t1}、{t2}等建议列入办理台账，限期答复。",
  [4] = "1. 将关于{t1}的建议转交{u1}研究办理；\n"
        "2. 联络员每季度至少联系一次。",
};

/* "{name}（{label}）：{situation}{proposal}" for each speaker; in a
 * briefing the chair answers each question instead. */
static char *
speeches_text (Demo                   *d,
               const DemoConsultation *c,
               const char             *chair)
{
  GString *s = g_string_new (NULL);

  for (guint k = 0; k < 3 && c->speakers[k] >= 0; k++)
    {
      const DemoPerson *info = _tx_demo_person_at (d, c->speakers[k]);
      const DemoTopic *topic = &topics[c->topics[k]];

      if (c->type == 2)
        g_string_append_printf (s, "%s（%s）关注%s问题，%s%s回应：街道将会同%s研究办理，及时反馈。\n",
                                info->name, info->label, topic->name, topic->proposal, chair, topic->unit);
      else
        g_string_append_printf (s, "%s（%s）：%s%s\n", info->name, info->label,
                                topic->situation, topic->proposal);
    }
  if (s->len == 0)
    g_string_append (s, "与会人士未作发言。\n");
  return g_string_free (s, FALSE);
}

static char *
minutes_header (Demo                   *d,
                const DemoConsultation *c,
                const Roster           *r,
                const char             *place,
                const char             *time)
{
  g_autofree char *date = _tx_demo_day_chinese (c->day);
  const DemoStaff *chair = _tx_demo_staff_at (d, r->staff_chair);
  const DemoPerson *partner = _tx_demo_person_at (d, r->invited[0]);
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "时间：%s %s\n地点：%s\n", date, time, place);
  if (c->type == 4)
    {
      g_string_append_printf (s, "谈话人：%s（%s）%s%s\n", chair->name, chair->post,
                              r->talkers->len > 0 ? "、" : "", r->talkers->str);
      g_string_append_printf (s, "谈话对象：%s（%s）\n", partner->name, partner->label);
      g_string_append_printf (s, "记录：%s\n\n", _tx_demo_staff_at (d, r->staff_recorder)->name);
      return g_string_free (s, FALSE);
    }
  g_string_append_printf (s, "主持：%s（%s）\n记录：%s\n", chair->name, chair->post,
                          _tx_demo_staff_at (d, r->staff_recorder)->name);
  g_string_append_printf (s, "出席：%s（共%u人）\n", r->present->str, r->n_present);
  g_string_append_printf (s, "缺席：%s\n", r->absent->len > 0 ? r->absent->str : "无");
  if (r->observers->len > 0)
    g_string_append_printf (s, "列席：%s\n", r->observers->str);
  g_string_append (s, "\n");
  return g_string_free (s, FALSE);
}

/* What someone says about themselves in a talk. */
static const char *
life_note (Demo             *d,
           const DemoPerson *info)
{
  static const char * const working[] = {
    "工作比较顺利，家人身体健康", "孩子今年考上了大学，家里很高兴", "工作压力较大，但总体顺心",
  };
  static const char * const retired[] = {
    "退休后积极参加社区志愿服务", "近期身体有所好转，仍需定期复查", "老伴身体不太好，平时以照顾家庭为主",
  };

  if (HAS (info, 6))
    return "企业经营总体平稳，但用工成本上升较快";
  return _tx_demo_age_of (d, info) >= 60 ? PICK (d, retired) : PICK (d, working);
}

static void
write_minutes (Demo                   *d,
               TxConsultation         *m,
               const DemoConsultation *c,
               const Roster           *r,
               const MeetingFrame     *frame,
               const char             *place,
               const char             *time)
{
  const DemoStaff *chair = _tx_demo_staff_at (d, r->staff_chair);
  const DemoPerson *partner = _tx_demo_person_at (d, r->invited[0]);
  const DemoTopic *t1 = &topics[c->topics[0]], *t2 = &topics[c->topics[1]], *t3 = &topics[c->topics[2]];
  g_autofree char *header = minutes_header (d, c, r, place, time);
  g_autofree char *speeches = speeches_text (d, c, chair->name);
  g_autofree char *date = _tx_demo_day_chinese (c->day);
  g_autofree char *body = NULL, *minutes = NULL, *resolutions = NULL;

  body = _tx_demo_fill (d, minutes_bodies[c->type], "{agenda}", tx_consultation_get_agenda (m),
               "{speeches}", speeches, "{questions}", speeches, "{chair}", chair->name,
               "{subject}", frame->subject, "{report}", frame->report, "{facts}", frame->facts,
               "{theme}", frame->theme, "{date}", date,
               "{person}", partner->name, "{life}", life_note (d, partner),
               "{pronoun}", partner->male ? "他" : "她", "{situation}", t1->situation,
               "{proposal}", t1->proposal, "{topic}", t1->name, "{unit}", t1->unit, NULL);
  minutes = g_strconcat (header, body, NULL);
  resolutions = _tx_demo_fill (d, resolution_texts[c->type], "{t1}", t1->name, "{t2}", t2->name, "{t3}", t3->name,
                      "{u1}", t1->unit, "{u2}", t2->unit, "{subject}", frame->subject, NULL);
  tx_consultation_set_minutes (m, minutes);
  tx_consultation_set_resolutions (m, resolutions);
}

static void
pick_topics (Demo             *d,
             DemoConsultation *c)
{
  guint order[G_N_ELEMENTS (topics)];

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    order[i] = i;
  _tx_demo_shuffle (d, order, G_N_ELEMENTS (order));
  for (guint k = 0; k < 3; k++)
    {
      c->topics[k] = order[k];
      c->speakers[k] = -1;
      c->taken[k] = FALSE;
    }
}

/* Date, topics and title, drawn again while the title is one the street
 * has already used (one briefing per half-year, one forum per theme a
 * year). */
static void
plan_meeting (Demo             *d,
              DemoConsultation *c,
              const DemoPerson *partner,
              MeetingFrame     *frame)
{
  for (int attempt = 0; ; attempt++)
    {
      c->day = c->upcoming ? d->today + _tx_demo_rnd (d, 7, 30) : _tx_demo_past_day (d, 7, 720);
      pick_topics (d, c);
      frame_meeting (d, c, partner, attempt, frame);
      if (attempt == 9 || !g_hash_table_contains (d->titles, frame->title))
        break;
      meeting_frame_clear (frame);
    }
  g_hash_table_add (d->titles, g_strdup (frame->title));
}

/* The first four cover every type; the second is still to come (a
 * briefing already announced), the first has someone absent. */
gboolean
_tx_demo_add_consultation (Demo     *d,
                           guint     i,
                           GError  **error)
{
  g_autoptr(TxConsultation) m = tx_consultation_new ();
  DemoConsultation *c = &g_array_index (d->consultations, DemoConsultation, i);
  Roster r = { 0, };
  MeetingFrame frame = { NULL, };
  const char *time = _tx_demo_chance (d, 50) ? "09:30" : "14:30";
  g_autofree char *date = NULL, *place = NULL, *agenda = NULL;
  char type[2] = { 0, };
  guint partner = 0;
  int community;
  gboolean ok;

  c->type = i < 4 ? (int) i + 1 : atoi (PICK_WEIGHTED (d, consultation_types));
  c->upcoming = i == 1;
  if (c->type == 4)
    partner = _tx_demo_pick_person (d, _tx_demo_chance (d, 70) ? _tx_demo_is_notable : NULL);
  plan_meeting (d, c, _tx_demo_person_at (d, partner), &frame);

  roster_init (&r);
  _tx_demo_new_uuid (d, m, c->uuid);
  seat_people (d, m, c, &r, partner, i == 0);
  community = (int) _tx_demo_person_at (d, r.invited[0])->community;
  seat_staff (d, m, c, &r, community);

  date = _tx_demo_day_iso (c->day);
  place = _tx_demo_fill (d, frame.place, "{community}",
                g_array_index (d->communities, DemoCommunity, community).name, NULL);
  agenda = _tx_demo_fill (d, agendas[c->type], "{subject}", frame.subject, "{report}", frame.report, NULL);
  type[0] = '0' + c->type;
  tx_consultation_set_consultation_type (m, type);
  tx_consultation_set_title (m, frame.title);
  tx_consultation_set_date (m, date);
  tx_consultation_set_start_time (m, time);
  tx_consultation_set_place (m, place);
  tx_consultation_set_agenda (m, agenda);
  if (c->upcoming)
    tx_consultation_set_notes (m, "会议通知已发出，请各社区确认参会人员");
  else
    write_minutes (d, m, c, &r, &frame, place, time);

  ok = _tx_demo_save (d, m, error);
  roster_clear (&r);
  meeting_frame_clear (&frame);
  return ok;
}
