/* tx-demo-people.c — the people of the demo archive: background, identity, politics, roles and circumstances
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

static const DemoNative natives[] = {
  { "江苏南通", "320602", NULL }, { "山东潍坊", "370702", NULL },
  { "浙江绍兴", "330602", NULL }, { "湖南长沙", "430102", NULL },
  { "河北保定", "130602", NULL }, { "安徽合肥", "340104", NULL },
  { "四川绵阳", "510703", NULL }, { "广东梅州", "441402", NULL },
  { "福建泉州", "350502", NULL }, { "河南洛阳", "410302", NULL },
  { "湖北黄冈", "421102", NULL }, { "辽宁沈阳", "210102", NULL },
  { "黑龙江哈尔滨", "230102", NULL }, { "江西九江", "360402", NULL },
  { "山西太原", "140105", NULL }, { "陕西宝鸡", "610302", NULL },
  { "江苏扬州", "321002", NULL }, { "浙江宁波", "330203", NULL },
  { "上海", "310104", NULL }, { "天津", "120101", NULL },
  { "宁夏银川", "640104", "03" }, { "甘肃临夏", "622901", "03" },
  { "内蒙古呼和浩特", "150102", "02" }, { "吉林延边", "222401", "10" },
  { "河北承德", "130802", "11" }, { "辽宁沈阳", "210102", "11" },
  { "广西南宁", "450103", "08" }, { "新疆喀什", "653101", "05" },
  { "西藏拉萨", "540102", "04" }, { "贵州黔东南", "522601", "06" },
  { "湖南湘西", "433101", "15" }, { "云南楚雄", "532301", "07" },
  { "云南大理", "532901", "14" }, { "新疆伊犁", "654002", "17" },
  { "新疆察布查尔", "654022", "38" }, { "甘肃东乡", "622926", "26" },
  { "青海循化", "630225", "35" },
};

/* ---- people ------------------------------------------------------------- */

static const Weighted primary_categories[] = {
  { "03", 280 }, { "07", 240 }, { "06", 110 }, { "01", 100 }, { "02", 40 },
  { "04", 50 }, { "05", 20 }, { "08", 50 }, { "09", 15 }, { "10", 20 },
  { "11", 45 }, { "12", 30 },
};

static const Weighted minority_ethnicities[] = {
  { "03", 25 }, { "11", 20 }, { "08", 10 }, { "02", 10 }, { "10", 8 },
  { "15", 6 }, { "06", 5 }, { "05", 5 }, { "04", 4 }, { "14", 3 },
  { "07", 3 }, { "17", 2 }, { "38", 1 },
};

static const Weighted muslim_ethnicities[] = {
  { "03", 70 }, { "05", 12 }, { "17", 6 }, { "26", 6 }, { "35", 6 },
};

static const Weighted clergy_religions[] = {
  { "2", 35 }, { "3", 15 }, { "4", 15 }, { "5", 10 }, { "6", 25 },
};

static const Weighted lay_religions[] = {
  { "1", 880 }, { "2", 60 }, { "6", 30 }, { "5", 10 }, { "3", 10 }, { "9", 10 },
};

static const Weighted democratic_parties[] = {
  { "05", 25 }, { "07", 18 }, { "06", 15 }, { "10", 15 }, { "08", 12 },
  { "04", 8 }, { "09", 5 }, { "11", 2 },
};

static const char * const party_short[] = {
  [4] = "民革", [5] = "民盟", [6] = "民建", [7] = "民进",
  [8] = "农工党", [9] = "致公党", [10] = "九三学社", [11] = "台盟",
};


/* ---- people ------------------------------------------------------------- */


static const char * const muslim_peoples[] = {
  "03", "05", "17", "26", "29", "35", "41", "43", "47", "50",
};

static gboolean
is_muslim_people (const char *ethnicity)
{
  for (guint i = 0; i < G_N_ELEMENTS (muslim_peoples); i++)
    if (g_str_equal (muslim_peoples[i], ethnicity))
      return TRUE;
  return FALSE;
}

static const char *
lay_religion (Demo       *d,
              const char *ethnicity)
{
  if (is_muslim_people (ethnicity))
    return _tx_demo_chance (d, 85) ? "4" : "1";
  if (g_str_equal (ethnicity, "04") || g_str_equal (ethnicity, "02"))
    return _tx_demo_chance (d, 50) ? "2" : "1";
  return PICK_WEIGHTED (d, lay_religions);
}

/* 民主党派成员 and 无党派人士 exclude each other; 少数民族人士 needs a
 * minority; 宗教界人士 means clergy, never a second category. */
static gboolean
second_category_fits (const DemoPerson *info,
                      int               primary,
                      int               second)
{
  if (second == primary || second == 5)
    return FALSE;
  if ((primary == 1 && second == 2) || (primary == 2 && second == 1))
    return FALSE;
  return second != 4 || !g_str_equal (info->ethnicity, "01");
}

/* Categories, ethnicity and religion, which depend on one another.
 * Returns the main category. */
int
_tx_demo_choose_background (Demo       *d,
                            DemoPerson *info)
{
  int primary = atoi (PICK_WEIGHTED (d, primary_categories));
  int second = 0;

  info->religion = primary == 5 ? PICK_WEIGHTED (d, clergy_religions) : NULL;
  if (g_strcmp0 (info->religion, "4") == 0)
    info->ethnicity = PICK_WEIGHTED (d, muslim_ethnicities);
  else if (primary == 4 || _tx_demo_chance (d, 5))
    info->ethnicity = PICK_WEIGHTED (d, minority_ethnicities);
  else
    info->ethnicity = "01";
  if (info->religion == NULL)
    info->religion = lay_religion (d, info->ethnicity);

  /* most minority people in another category are counted as both */
  if (!g_str_equal (info->ethnicity, "01") && primary != 4 && _tx_demo_chance (d, 60))
    second = 4;
  else if (_tx_demo_chance (d, 13))
    second = atoi (PICK_WEIGHTED (d, primary_categories));
  info->categories = 1u << primary;
  if (second != 0 && second_category_fits (info, primary, second))
    info->categories |= 1u << second;
  return primary;
}

static void
set_categories (TxPerson         *p,
                const DemoPerson *info)
{
  char codes[12][3];
  const char *list[13];
  guint n = 0;

  for (int c = 1; c <= 12; c++)
    if (HAS (info, c))
      {
        g_snprintf (codes[n], sizeof codes[n], "%02d", c);
        list[n] = codes[n];
        n++;
      }
  list[n] = NULL;
  tx_person_set_categories (p, list);
}

static const DemoNative *
choose_native (Demo             *d,
               const DemoPerson *info)
{
  guint matches[G_N_ELEMENTS (natives)];
  guint n = 0;
  gboolean minority = !g_str_equal (info->ethnicity, "01");

  if (!minority && _tx_demo_chance (d, 45))
    return NULL;              /* from here */
  for (guint i = 0; i < G_N_ELEMENTS (natives); i++)
    if (g_strcmp0 (natives[i].ethnicity, minority ? info->ethnicity : NULL) == 0)
      matches[n++] = i;
  if (n == 0 || (minority && _tx_demo_chance (d, 30)))
    return _tx_demo_chance (d, 50) ? NULL : &natives[_tx_demo_rnd (d, 0, N_HAN_NATIVES - 1)];
  return &natives[matches[_tx_demo_rnd (d, 0, n - 1)]];
}

void
_tx_demo_choose_birth (Demo       *d,
                       DemoPerson *info)
{
  /* the new social class is young; the rest peak around 1970 */
  if (HAS (info, 7) || HAS (info, 8))
    info->birth_year = _tx_demo_rnd (d, 1965, 2000);
  else
    info->birth_year = 1940 + _tx_demo_rnd (d, 0, 30) + _tx_demo_rnd (d, 0, 30);
  info->birth_month = _tx_demo_rnd (d, 1, 12);
  info->birth_day = _tx_demo_rnd (d, 1, g_date_get_days_in_month (info->birth_month, info->birth_year));
  /* old paper forms often give the month only */
  if (_tx_demo_chance (d, info->birth_year < 1960 ? 25 : 8))
    info->birth_day = 0;
}

static char *
birth_date_text (const DemoPerson *info)
{
  if (info->birth_day == 0)
    return g_strdup_printf ("%04d-%02d", info->birth_year, info->birth_month);
  return g_strdup_printf ("%04d-%02d-%02d", info->birth_year, info->birth_month, info->birth_day);
}

/* 居民身份证 for most; Hong Kong and Macao people carry a residence
 * permit or a home-return permit, some overseas Chinese a passport. */
static void
choose_document (Demo             *d,
                 const DemoPerson *info,
                 const DemoNative *native,
                 gboolean          hong_kong,
                 TxPerson         *p)
{
  int mday = info->birth_day != 0 ? info->birth_day
             : _tx_demo_rnd (d, 1, g_date_get_days_in_month (info->birth_month, info->birth_year));
  g_autofree char *number = NULL;
  const char *type = "01";

  if (HAS (info, 9) && _tx_demo_chance (d, 50))
    {
      type = "02";
      number = _tx_demo_make_id_number (d, hong_kong ? "810000" : "820000", info->birth_year,
                               info->birth_month, mday, info->male);
    }
  else if (HAS (info, 9))
    {
      type = "04";
      number = g_strdup_printf ("%c%08d", hong_kong ? 'H' : 'M', _tx_demo_rnd (d, 0, 99999999));
    }
  else if (HAS (info, 11) && _tx_demo_chance (d, 20))
    {
      type = "03";
      number = g_strdup_printf ("E%08d", _tx_demo_rnd (d, 0, 99999999));
    }
  else if (_tx_demo_chance (d, info->birth_day == 0 ? 60 : 98))
    number = _tx_demo_make_id_number (d, native != NULL && _tx_demo_chance (d, 60) ? native->area : d->district->code,
                             info->birth_year, info->birth_month, mday, info->male);
  if (number == NULL)
    return;
  tx_person_set_document_type (p, type);
  tx_person_set_document_number (p, number);
}

/* Gender, birth, name, native place and documents. */
static void
choose_identity (Demo       *d,
                 DemoPerson *info,
                 gboolean    hong_kong,
                 TxPerson   *p)
{
  g_autofree char *birth = NULL;
  const DemoNative *native;
  const char *family = NULL;
  const char *ethnicity = g_str_equal (info->ethnicity, "01") ? NULL : info->ethnicity;

  info->male = _tx_demo_chance (d, 55);
  _tx_demo_choose_birth (d, info);
  birth = birth_date_text (info);
  info->name = _tx_demo_make_name (d, ethnicity, info->male, info->birth_year, &family);
  native = choose_native (d, info);

  tx_person_set_name (p, info->name);
  tx_person_set_gender (p, info->male ? "1" : "2");
  tx_person_set_ethnicity (p, info->ethnicity);
  tx_person_set_birth_date (p, birth);
  if (HAS (info, 9))
    tx_person_set_native_place (p, hong_kong ? "香港" : "澳门");
  else if (HAS (info, 10) && _tx_demo_chance (d, 30))
    {
      info->taiwan_native = TRUE;
      tx_person_set_native_place (p, _tx_demo_chance (d, 50) ? "台湾台中" : "台湾高雄");
    }
  else
    tx_person_set_native_place (p, native != NULL ? native->place : d->district->native);
  choose_document (d, info, native, hong_kong, p);

  if (family != NULL && _tx_demo_chance (d, 3))
    {
      g_autofree char *given = _tx_demo_given_name (d, info->male, info->birth_year);
      g_autofree char *former = g_strconcat (family, given, NULL);

      tx_person_set_former_name (p, former);
    }
}

static char *
joined_month (Demo *d,
              int   birth_year)
{
  int year = MIN (birth_year + _tx_demo_rnd (d, 22, 45), d->today_year - 1);

  if (year < birth_year + 18)
    return NULL;
  return g_strdup_printf ("%04d-%02d", year, _tx_demo_rnd (d, 1, 12));
}

/* 民主党派成员 get their party, 无党派人士 12; a few minority, business
 * and overseas-Chinese people are CPC members (the categories allow it). */
static void
choose_politics (Demo       *d,
                 DemoPerson *info,
                 TxPerson   *p)
{
  const guint no_cpc = (1u << 1) | (1u << 2) | (1u << 3) | (1u << 5) | (1u << 7) | (1u << 8) | (1u << 9);
  g_autofree char *joined = NULL;

  if (HAS (info, 1))
    {
      info->political = PICK_WEIGHTED (d, democratic_parties);
      joined = joined_month (d, info->birth_year);
      if (_tx_demo_chance (d, 20))
        tx_person_set_party_post (p, PICK_WORD (d, WORDS (party_posts)));
    }
  else if (HAS (info, 2))
    info->political = "12";
  else if (g_str_equal (info->religion, "1") && (info->categories & no_cpc) == 0 && _tx_demo_chance (d, 10))
    {
      info->political = "01";
      joined = joined_month (d, info->birth_year);
    }
  else if (info->birth_year >= 1998 && _tx_demo_chance (d, 50))
    info->political = "03";
  else
    info->political = "13";
  tx_person_set_political_status (p, info->political);
  tx_person_set_party_joined (p, joined);
  tx_person_set_religion (p, info->religion);
}

static void
choose_contact (Demo       *d,
                DemoPerson *info,
                TxPerson   *p)
{
  const DemoCommunity *community = &g_array_index (d->communities, DemoCommunity, info->community);
  g_autofree char *address = _tx_demo_make_address (d, community);

  if (_tx_demo_chance (d, 97))
    {
      g_autofree char *mobile = _tx_demo_make_mobile (d);

      tx_person_set_phone (p, mobile);
    }
  if (_tx_demo_chance (d, 15))
    {
      g_autofree char *landline = _tx_demo_make_landline (d);

      tx_person_set_phone_other (p, landline);
    }
  tx_person_set_address (p, address);
  tx_person_set_community (p, community->uuid);
}

static void
add_congress_role (Demo     *d,
                   TxPerson *p)
{
  gboolean congress = _tx_demo_chance (d, 40);
  gboolean city = _tx_demo_chance (d, 25);
  g_autofree char *organization = NULL;

  if (congress)
    organization = _tx_demo_fill (d, city ? "{city}市人民代表大会" : "{city}市{district}人民代表大会", NULL);
  else
    organization = _tx_demo_fill (d, city ? "政协{city}市委员会" : "政协{city}市{district}委员会", NULL);
  tx_person_add_role (p, congress ? "1" : "2", organization, city ? "3" : "4",
                      congress ? (city ? "第十六届（2022—2027）" : "第十八届（2021—2026）")
                               : (city ? "第十四届（2022—2027）" : "第十五届（2021—2026）"),
                      congress ? "代表" : _tx_demo_chance (d, 15) ? "常务委员" : "委员");
}

static void
add_role (Demo       *d,
          TxPerson   *p,
          const char *kind,
          const char *organization,
          const char *term,
          const char *post)
{
  g_autofree char *name = _tx_demo_fill (d, organization, NULL);

  tx_person_add_role (p, kind, name, "4", term, post);
}

static void
choose_roles (Demo             *d,
              const DemoPerson *info,
              int               primary,
              TxPerson         *p)
{
  if ((info->representative && _tx_demo_chance (d, 50)) || _tx_demo_chance (d, 1))
    add_congress_role (d, p);
  if (HAS (info, 1) && _tx_demo_chance (d, 35))
    {
      g_autofree char *organization = g_strconcat (party_short[atoi (info->political)],
                                                   "{district}基层委员会", NULL);

      add_role (d, p, "3", organization, "第五届（2022—2027）",
                _tx_demo_chance (d, 15) ? "副主委" : "委员");
    }
  if (HAS (info, 6) && _tx_demo_chance (d, 25))
    add_role (d, p, "4", "{district}工商业联合会", "第十四届（2022—2027）",
              _tx_demo_chance (d, 20) ? "副会长" : "执行委员");
  if (HAS (info, 7) && _tx_demo_chance (d, 10))
    add_role (d, p, "5", "{district}新的社会阶层人士联合会", "第二届（2023—2028）",
              _tx_demo_chance (d, 20) ? "副会长" : "理事");
  if (HAS (info, 3) && _tx_demo_chance (d, 8))
    add_role (d, p, "5", "{district}知识分子联谊会", "第三届（2022—2027）", "理事");
  if (primary == 5 && _tx_demo_chance (d, 40) && _tx_demo_clergy_association (info->religion) != NULL)
    add_role (d, p, "5", _tx_demo_clergy_association (info->religion), "第六届（2021—2026）",
              _tx_demo_chance (d, 30) ? "副会长" : "理事");
}

static char *
month_text (guint32 day)
{
  int y, m, dd;

  _tx_demo_day_split (day, &y, &m, &dd);
  return g_strdup_printf ("%d年%d月", y, m);
}

/* a dated illness, hardship or bereavement, and when it was dealt with */
static void
choose_circumstance (Demo       *d,
                     DemoPerson *info,
                     TxPerson   *p)
{
  int roll = _tx_demo_rnd (d, 0, 999);
  guint32 day = _tx_demo_past_day (d, 10, 700);
  guint32 resolved_day = 0;
  g_autofree char *when = month_text (day);
  g_autofree char *date = _tx_demo_day_iso (day);
  g_autofree char *description = NULL;
  g_autofree char *resolved = NULL;
  char kind[4];

  if (roll < 30 && _tx_demo_age_of (d, info) >= 55)
    {
      const char *illness = PICK_WORD (d, WORDS (illnesses));
      g_autofree char *health = g_strconcat (illness, "治疗后恢复期，需定期复查", NULL);

      info->circumstance = 1;
      description = g_strdup_printf ("%s因%s住院治疗", when, illness);
      resolved_day = _tx_demo_chance (d, 70) ? day + _tx_demo_rnd (d, 7, 30) : 0;
      tx_person_set_health (p, health);
    }
  else if (roll >= 30 && roll < 45)
    {
      info->circumstance = 2;
      description = g_strdup (PICK_WORD (d, WORDS (hardships)));
      resolved_day = _tx_demo_chance (d, 30) ? day + _tx_demo_rnd (d, 30, 180) : 0;
    }
  else if (roll >= 45 && roll < 60)
    {
      info->circumstance = 3;
      description = g_strconcat (when, PICK_WORD (d, WORDS (misfortunes)), NULL);
      resolved_day = _tx_demo_chance (d, 50) ? day + _tx_demo_rnd (d, 20, 90) : 0;
    }
  else
    return;

  info->circumstance_day = day;
  if (resolved_day != 0 && resolved_day < d->today)
    resolved = _tx_demo_day_iso (resolved_day);
  g_snprintf (kind, sizeof kind, "%d", info->circumstance);
  tx_person_add_circumstance (p, kind, date, description, resolved);
}

static void
choose_skills (Demo       *d,
               const char *job_skill,
               TxPerson   *p)
{
  const char *first, *second;
  g_autofree char *text = NULL;

  if (!_tx_demo_chance (d, 40))
    return;
  first = job_skill != NULL && _tx_demo_chance (d, 60) ? job_skill : PICK_WORD (d, WORDS (skills));
  second = PICK_WORD (d, WORDS (skills));
  if (_tx_demo_chance (d, 25) && strstr (first, second) == NULL)
    text = g_strconcat (first, "、", second, NULL);
  else
    text = g_strdup (first);
  tx_person_set_skills (p, text);
}

/* Notes an office would keep: where someone's family is, when they left. */
static char *
standing_notes (Demo             *d,
                const DemoPerson *info,
                gboolean          hong_kong)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *when = info->status_day ? month_text (info->status_day) : NULL;

  if (HAS (info, 9))
    g_ptr_array_add (notes, g_strdup (hong_kong ? "香港居民，在内地经商多年" : "澳门居民，长期在内地工作生活"));
  /* 1947–49 went to Taiwan a father of those born before, a grandfather
   * or an uncle of those born after */
  if (HAS (info, 10) && info->taiwan_native)
    g_ptr_array_add (notes, g_strdup_printf ("台湾同胞，%d年来大陆定居", MIN (MAX (info->birth_year + 22, 1988) + _tx_demo_rnd (d, 0, 20), d->today_year - 1)));
  else if (HAS (info, 10))
    g_ptr_array_add (notes, g_strdup_printf ("其%s%d年赴台，与台湾亲属保持联系",
                                             info->birth_year < 1948 ? "父" : _tx_demo_chance (d, 50) ? "祖父" : "伯父",
                                             _tx_demo_rnd (d, 1947, 1949)));
  if (HAS (info, 11))
    g_ptr_array_add (notes, _tx_demo_chance (d, 50) && info->birth_year < 1965
                            ? g_strdup_printf ("归侨，%d年自%s回国", info->birth_year + _tx_demo_rnd (d, 8, 25), PICK_WORD (d, WORDS (overseas)))
                            : g_strdup_printf ("侨眷，子女在%s定居", PICK_WORD (d, WORDS (overseas))));
  if (HAS (info, 8))
    g_ptr_array_add (notes, g_strdup_printf ("曾留学%s，获%s学位", PICK_WORD (d, WORDS (study_countries)),
                                             g_str_equal (info->education, "11") ? "博士" : "硕士"));
  if (info->key_person)
    g_ptr_array_add (notes, g_strdup ("重点联系对象，每季度走访一次"));
  if (info->status == '2')
    g_ptr_array_add (notes, g_strdup_printf ("%s迁往%s", when, PICK_WORD (d, WORDS (moved_to))));
  if (info->status == '3')
    g_ptr_array_add (notes, g_strdup_printf ("%s病故", when));
  if (notes->len == 0)
    return NULL;
  g_ptr_array_add (notes, NULL);
  return g_strjoinv ("；", (char **) notes->pdata);
}

/* Status, flags, roles, circumstances, health, skills and notes. */
static void
choose_standing (Demo       *d,
                 DemoPerson *info,
                 int         primary,
                 const char *job_skill,
                 gboolean    hong_kong,
                 guint       index,
                 TxPerson   *p)
{
  g_autofree char *notes = NULL;
  char status[2] = { '1', '\0' };

  /* the first person is always on the books: later records need someone;
   * the second has died and the third moved away, so that even a small
   * demo shows every status */
  if (index == 1 || (index > 2 && info->birth_year < 1955 && _tx_demo_chance (d, 15)))
    status[0] = '3';
  else if (index == 2 || (index > 2 && _tx_demo_chance (d, 5)))
    status[0] = '2';
  info->status = status[0];
  if (info->status != '1')
    info->status_day = _tx_demo_past_day (d, 30, 700);
  info->representative = info->status != '3' &&
    (_tx_demo_chance (d, 7) || (primary == 5 && _tx_demo_chance (d, 30)) || ((HAS (info, 1) || HAS (info, 2)) && _tx_demo_chance (d, 6)));
  info->key_person = info->status == '1' && _tx_demo_chance (d, info->representative ? 25 : 3);

  choose_roles (d, info, primary, p);
  if (info->status == '1' && _tx_demo_age_of (d, info) >= 45)
    choose_circumstance (d, info, p);
  if (info->circumstance != 1 && _tx_demo_age_of (d, info) >= 65 && _tx_demo_chance (d, 55))
    tx_person_set_health (p, PICK_WORD (d, WORDS (elderly_health)));
  choose_skills (d, job_skill, p);
  notes = standing_notes (d, info, hong_kong);

  tx_person_set_status (p, status);
  if (info->status_day != 0)
    {
      g_autofree char *status_date = _tx_demo_day_iso (info->status_day);

      tx_person_set_status_date (p, status_date);
    }
  tx_person_set_representative (p, info->representative);
  tx_person_set_key_person (p, info->key_person);
  tx_person_set_notes (p, notes);
}

gboolean
_tx_demo_add_person (Demo     *d,
                     guint     i,
                     GError  **error)
{
  g_autoptr(TxPerson) p = tx_person_new ();
  DemoPerson *info = &g_array_index (d->people, DemoPerson, i);
  gboolean hong_kong;
  const char *job_skill;
  int primary;

  _tx_demo_new_uuid (d, p, info->uuid);
  info->community = _tx_demo_rnd (d, 0, d->communities->len - 1);
  primary = _tx_demo_choose_background (d, info);
  hong_kong = _tx_demo_chance (d, 60);
  set_categories (p, info);
  choose_identity (d, info, hong_kong, p);
  choose_politics (d, info, p);
  job_skill = _tx_demo_choose_work (d, info, primary, hong_kong, p);
  choose_contact (d, info, p);
  choose_standing (d, info, primary, job_skill, hong_kong, i, p);
  return _tx_demo_save (d, p, error);
}
