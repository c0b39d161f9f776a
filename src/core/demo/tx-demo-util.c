/* tx-demo-util.c — randomness, dates, fill-in texts, names, phones and ID numbers, and choosing people for the demo data
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

/* where people study abroad: not the overseas-Chinese countries above */

static const char * const mobile_prefixes[] = {
  "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
  "150", "151", "152", "153", "155", "156", "157", "158", "159",
  "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
};

/* ---- places ------------------------------------------------------------- */



/* Street and community names are made of a root and, for communities, a
 * suffix: a district of 100,000 united-front people has some forty streets
 * and four hundred communities. */








/* ---- names -------------------------------------------------------------- */

/* Frequencies per 100,000 after the 2020 census tables, rounded; the tail
 * keeps the surnames that sort or read unusually (单 Shàn, 曾 Zēng, 解 Xiè,
 * 区 Ōu, 查 Zhā, 仇 Qiú, 朴 Piáo, 盖 Gě, 乐 Yuè, and the compound ones). */
static const Weighted surnames[] = {
  { "王", 710 }, { "李", 700 }, { "张", 660 }, { "刘", 540 }, { "陈", 450 },
  { "杨", 310 }, { "黄", 220 }, { "赵", 200 }, { "吴", 200 }, { "周", 190 },
  { "徐", 130 }, { "孙", 120 }, { "马", 120 }, { "朱", 110 }, { "胡", 100 },
  { "郭", 97 }, { "何", 90 }, { "林", 90 }, { "高", 90 }, { "罗", 86 },
  { "郑", 80 }, { "梁", 70 }, { "谢", 60 }, { "宋", 60 }, { "唐", 60 },
  { "许", 50 }, { "韩", 50 }, { "冯", 50 }, { "邓", 50 }, { "曹", 50 },
  { "彭", 50 }, { "曾", 45 }, { "肖", 45 }, { "田", 40 }, { "董", 40 },
  { "袁", 40 }, { "潘", 40 }, { "于", 38 }, { "蒋", 38 }, { "蔡", 38 },
  { "余", 38 }, { "杜", 35 }, { "叶", 35 }, { "程", 35 }, { "苏", 33 },
  { "魏", 33 }, { "吕", 33 }, { "丁", 32 }, { "任", 32 }, { "沈", 30 },
  { "姚", 30 }, { "卢", 30 }, { "姜", 28 }, { "崔", 28 }, { "钟", 28 },
  { "谭", 27 }, { "陆", 27 }, { "汪", 27 }, { "范", 26 }, { "金", 26 },
  { "石", 25 }, { "廖", 25 }, { "贾", 25 }, { "夏", 24 }, { "韦", 24 },
  { "付", 24 }, { "方", 23 }, { "白", 22 }, { "邹", 22 }, { "孟", 22 },
  { "熊", 21 }, { "秦", 21 }, { "邱", 21 }, { "江", 20 }, { "尹", 20 },
  { "薛", 20 }, { "闫", 19 }, { "段", 19 }, { "雷", 19 }, { "侯", 18 },
  { "龙", 18 }, { "史", 18 }, { "陶", 17 }, { "黎", 17 }, { "贺", 17 },
  { "顾", 16 }, { "毛", 16 }, { "郝", 16 }, { "龚", 15 }, { "邵", 15 },
  { "万", 15 }, { "钱", 15 }, { "严", 14 }, { "武", 14 }, { "戴", 14 },
  { "覃", 12 }, { "莫", 12 }, { "孔", 12 }, { "向", 11 }, { "汤", 11 },
  { "单", 8 }, { "翟", 6 }, { "朴", 6 }, { "仇", 5 }, { "解", 5 },
  { "查", 5 }, { "缪", 4 }, { "乐", 4 }, { "区", 3 }, { "盖", 3 },
  { "欧阳", 8 }, { "司马", 2 }, { "诸葛", 2 }, { "上官", 2 }, { "东方", 1 },
  { "皇甫", 1 }, { "令狐", 1 }, { "长孙", 1 }, { "端木", 1 }, { "慕容", 1 },
  { "夏侯", 1 }, { "公孙", 1 }, { "尉迟", 1 },
};


/* Given-name characters, the most frequent first (after name statistics of
 * the 2020 census and the public-security name reports): a name takes one
 * or two of them, the earlier ones more often, so that 100,000 people
 * carry over 90,000 different names, as real registers do. */


/* names of their time, now and then: the 1940s–60s, and the 1990s */



static const DemoNativeNames native_names[] = {
  { "05", "·", "uyghur_male", "uyghur_female", "uyghur_male" },
  { "17", "·", "kazakh_male", "kazakh_female", "kazakh_male" },
  { "04", "", "tibetan_first", "tibetan_female", NULL },
  { "02", "", "mongol_male", "mongol_female", NULL },
};

/* ---- randomness --------------------------------------------------------- */

/* @lo..@hi inclusive */
int
_tx_demo_rnd (Demo *d,
              int   lo,
              int   hi)
{
  if (hi <= lo)
    return lo;
  return g_rand_int_range (d->rand, lo, hi + 1);
}

gboolean
_tx_demo_chance (Demo *d,
                 int   percent)
{
  return _tx_demo_rnd (d, 0, 99) < percent;
}

const char *
_tx_demo_pick_weighted (Demo           *d,
                        const Weighted *table,
                        guint           n)
{
  guint total = 0;
  int roll;

  for (guint i = 0; i < n; i++)
    total += table[i].weight;
  roll = _tx_demo_rnd (d, 0, (int) total - 1);
  for (guint i = 0; i < n; i++)
    {
      roll -= (int) table[i].weight;
      if (roll < 0)
        return table[i].value;
    }
  return table[n - 1].value;
}

void
_tx_demo_shuffle (Demo  *d,
                  guint *items,
                  guint  n)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = _tx_demo_rnd (d, 0, i - 1);
      guint swap = items[i - 1];

      items[i - 1] = items[j];
      items[j] = swap;
    }
}

/* The first @want items of a partial Fisher–Yates _tx_demo_shuffle of @items. */
static guint
take_random (Demo        *d,
             guint       *items,
             guint        n,
             guint        want,
             guint       *out)
{
  guint taken = MIN (want, n);

  for (guint i = 0; i < taken; i++)
    {
      guint j = _tx_demo_rnd (d, i, n - 1);
      guint swap = items[i];

      items[i] = items[j];
      items[j] = swap;
      out[i] = items[i];
    }
  return taken;
}

/* A version-4 UUID from the seeded generator, so that records keep their
 * identity from one run to the next (exchange merges by UUID).  Copied to
 * @out (UUID_LEN bytes) unless it is NULL. */
void
_tx_demo_new_uuid (Demo     *d,
                   gpointer  record,
                   char     *out)
{
  char buffer[UUID_LEN];
  guint8 b[16];

  for (guint i = 0; i < 4; i++)
    {
      guint32 v = g_rand_int (d->rand);

      b[4 * i] = v >> 24;
      b[4 * i + 1] = v >> 16;
      b[4 * i + 2] = v >> 8;
      b[4 * i + 3] = v;
    }
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  if (out == NULL)
    out = buffer;
  g_snprintf (out, UUID_LEN,
              "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
              b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
              b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
  tx_record_set_uuid (TX_RECORD (record), out);
}

/* ---- dates -------------------------------------------------------------- */

/* Dates are GDate Julian days: differences are plain subtraction. */
guint32
_tx_demo_day_new (int year,
                  int month,
                  int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

void
_tx_demo_day_split (guint32  day,
                    int     *year,
                    int     *month,
                    int     *mday)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  *year = g_date_get_year (&date);
  *month = g_date_get_month (&date);
  *mday = g_date_get_day (&date);
}

char *
_tx_demo_day_iso (guint32 day)
{
  int y, m, dd;

  _tx_demo_day_split (day, &y, &m, &dd);
  return g_strdup_printf ("%04d-%02d-%02d", y, m, dd);
}

char *
_tx_demo_day_chinese (guint32 day)
{
  int y, m, dd;

  _tx_demo_day_split (day, &y, &m, &dd);
  return g_strdup_printf ("%d年%d月%d日", y, m, dd);
}

guint32
_tx_demo_past_day (Demo *d,
                   int   min_days,
                   int   max_days)
{
  return d->today - _tx_demo_rnd (d, min_days, max_days);
}

int
_tx_demo_age_of (Demo             *d,
                 const DemoPerson *person)
{
  return d->today_year - person->birth_year;
}

/* ---- text --------------------------------------------------------------- */

static char *
fill_valist (Demo       *d,
             const char *text,
             va_list     args)
{
  GString *s = g_string_new (text);
  const char *key;

  while ((key = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);

      g_string_replace (s, key, value != NULL ? value : "", 0);
    }
  g_string_replace (s, "{city}", d->district->city, 0);
  g_string_replace (s, "{district}", d->district->district, 0);
  g_string_replace (s, "{street}", d->street, 0);
  return g_string_free (s, FALSE);
}

/* Replaces "{key}", value pairs and then the place names in @text: the
 * texts live in tables, where printf formats would defeat -Wformat. */
char *
_tx_demo_fill (Demo       *d,
               const char *text,
               ...)
{
  va_list args;
  char *result;

  va_start (args, text);
  result = fill_valist (d, text, args);
  va_end (args);
  return result;
}

/* ---- saving ------------------------------------------------------------- */

gboolean
_tx_demo_save (Demo      *d,
               gpointer   record,
               GError   **error)
{
  if (!tx_store_save (d->db, TX_RECORD (record), TX_SAVE_DEFAULT, error))
    return FALSE;
  d->done++;
  if (d->progress != NULL && (d->done % 100 == 0 || d->done == d->total))
    d->progress (d->done, d->total, d->user_data);
  return TRUE;
}

/* ---- names, phones, ID numbers ------------------------------------------ */

static guint
strv_len (const char * const *v)
{
  return g_strv_length ((char **) v);
}

/* A position in a list ordered by frequency: the first entries often, the
 * last ones still now and then. */
guint
_tx_demo_frequent_index (Demo  *d,
                         guint  n)
{
  double u = g_rand_double (d->rand);

  /* density 2 at the front falling to 0.67 at the end */
  return MIN (n - 1, (guint) (n * u * (0.5 + 0.5 * u)));
}


static const char *
pick_from (Demo               *d,
           const char * const *v)
{
  return v[_tx_demo_rnd (d, 0, (int) strv_len (v) - 1)];
}

/* Tibetan and Mongolian names join two parts; Uyghur and Kazakh names are
 * the given name and the father's, joined with ·. */
static char *
native_name (Demo       *d,
             const char *ethnicity,
             gboolean    male)
{
  for (guint i = 0; i < G_N_ELEMENTS (native_names); i++)
    {
      const DemoNativeNames *n = &native_names[i];
      const char *first, *second;

      if (!g_str_equal (n->ethnicity, ethnicity))
        continue;
      first = pick_from (d, _tx_demo_words (male ? n->male : n->female)->v);
      if (n->second != NULL)
        second = pick_from (d, _tx_demo_words (n->second)->v);
      else if (g_str_equal (ethnicity, "04"))
        second = pick_from (d, male ? WORDS (tibetan_male_second)->v : WORDS (tibetan_female_second)->v);
      else
        second = pick_from (d, male ? WORDS (mongol_male_second)->v : WORDS (mongol_female_second)->v);
      if (g_str_equal (first, second))
        return g_strdup (first);
      return g_strconcat (first, n->separator, second, NULL);
    }
  return NULL;
}

/* Mostly two characters from the pools; a few names of their time and
 * some of one character. */
char *
_tx_demo_given_name (Demo     *d,
                     gboolean  male,
                     int       birth_year)
{
  const char *first, *second;

  if (birth_year < 1965 && _tx_demo_chance (d, 6))
    return g_strdup (male ? PICK_WORD (d, WORDS (classic_male)) : PICK_WORD (d, WORDS (classic_female)));
  if (birth_year >= 1988 && _tx_demo_chance (d, 5))
    return g_strdup (male ? PICK_WORD (d, WORDS (modern_male)) : PICK_WORD (d, WORDS (modern_female)));

  first = male ? PICK_FREQUENT_WORD (d, WORDS (male_chars)) : PICK_FREQUENT_WORD (d, WORDS (female_chars));
  if (_tx_demo_chance (d, 7))
    return g_strdup (first);
  do
    second = male ? PICK_FREQUENT_WORD (d, WORDS (male_chars)) : PICK_FREQUENT_WORD (d, WORDS (female_chars));
  while (g_str_equal (first, second));
  return g_strconcat (first, second, NULL);
}

static const char *
surname (Demo       *d,
         const char *ethnicity)
{
  if (g_strcmp0 (ethnicity, "03") == 0 && _tx_demo_chance (d, 40))
    return PICK_WORD (d, WORDS (hui_surnames));
  if (g_strcmp0 (ethnicity, "10") == 0 && _tx_demo_chance (d, 70))
    return PICK_WORD (d, WORDS (korean_surnames));
  return PICK_WEIGHTED (d, surnames);
}

/* @family_out: the surname, or NULL for a name in a people's own style */
char *
_tx_demo_make_name (Demo        *d,
                    const char  *ethnicity,
                    gboolean     male,
                    int          birth_year,
                    const char **family_out)
{
  const char *family = surname (d, ethnicity);
  g_autofree char *given = _tx_demo_given_name (d, male, birth_year);
  char *native = NULL;

  if (ethnicity != NULL && _tx_demo_chance (d, 75))
    native = native_name (d, ethnicity, male);
  if (family_out != NULL)
    *family_out = native != NULL ? NULL : family;
  if (native != NULL)
    return native;
  return g_strconcat (family, given, NULL);
}

/* Unique within the demo: two people with one phone would look like a
 * duplicate to the merge check. */
char *
_tx_demo_make_mobile (Demo *d)
{
  char *phone = NULL;

  do
    {
      g_free (phone);
      phone = g_strdup_printf ("%s%04d%04d", PICK (d, mobile_prefixes),
                               _tx_demo_rnd (d, 0, 9999), _tx_demo_rnd (d, 0, 9999));
    }
  while (g_hash_table_contains (d->issued, phone));
  g_hash_table_add (d->issued, g_strdup (phone));
  return phone;
}

char *
_tx_demo_make_landline (Demo *d)
{
  return g_strdup_printf ("%s-%d%07d", d->district->phone_area, _tx_demo_rnd (d, 5, 8), _tx_demo_rnd (d, 0, 9999999));
}

/* GB 11643: area, birth date, a sequence whose last digit is odd for men,
 * and the MOD 11-2 check character. */
char *
_tx_demo_make_id_number (Demo       *d,
                         const char *area,
                         int         year,
                         int         month,
                         int         mday,
                         gboolean    male)
{
  char *number = NULL;

  do
    {
      int sequence = _tx_demo_rnd (d, 0, 99) * 10 + _tx_demo_rnd (d, 0, 4) * 2 + (male ? 1 : 0);

      g_free (number);
      number = g_strdup_printf ("%s%04d%02d%02d%03d?", area, year, month, mday, sequence);
      number[17] = tx_id_number_compute_check (number);
    }
  while (g_hash_table_contains (d->issued, number));
  g_hash_table_add (d->issued, g_strdup (number));
  return number;
}

char *
_tx_demo_make_address (Demo                *d,
                       const DemoCommunity *community)
{
  return g_strdup_printf ("%s%d号%d栋%d单元%d%02d室",
                          community->roads[_tx_demo_rnd (d, 0, 1)], _tx_demo_rnd (d, 1, 260),
                          _tx_demo_rnd (d, 1, 28), _tx_demo_rnd (d, 1, 4), _tx_demo_rnd (d, 1, 18), _tx_demo_rnd (d, 1, 4));
}

/* ---- choosing people ---------------------------------------------------- */


/* Up to @want different people on the books, those of @community first
 * (-1: anywhere), in random order.  Returns how many were found. */
guint
_tx_demo_pick_people (Demo         *d,
                      int           community,
                      guint         want,
                      PersonFilter  accept,
                      guint        *out)
{
  g_autofree guint *near = g_new (guint, d->people->len);
  g_autofree guint *far = g_new (guint, d->people->len);
  guint n_near = 0, n_far = 0, n = 0;

  for (guint i = 0; i < d->people->len; i++)
    {
      const DemoPerson *info = &g_array_index (d->people, DemoPerson, i);

      if (info->status != '1' || (accept != NULL && !accept (d, info)))
        continue;
      if (community < 0 || (int) info->community == community)
        near[n_near++] = i;
      else
        far[n_far++] = i;
    }
  /* only the first @want places need shuffling: a whole _tx_demo_shuffle per pick
   * made large fills quadratic */
  n += take_random (d, near, n_near, want, out);
  n += take_random (d, far, n_far, want - n, out + n);
  return n;
}

/* One person on the books that @accept takes, or anyone on the books.
 * Random probes first: scanning every person for each visit made large
 * fills quadratic. */
guint
_tx_demo_pick_person (Demo         *d,
                      PersonFilter  accept)
{
  guint found;

  for (guint tries = 0; tries < 64 && d->people->len > 0; tries++)
    {
      guint i = _tx_demo_rnd (d, 0, d->people->len - 1);
      const DemoPerson *info = &g_array_index (d->people, DemoPerson, i);

      if (info->status == '1' && (accept == NULL || accept (d, info)))
        return i;
    }

  if (accept != NULL && _tx_demo_pick_people (d, -1, 1, accept, &found) == 1)
    return found;
  if (_tx_demo_pick_people (d, -1, 1, NULL, &found) == 1)
    return found;
  return 0;                   /* the first person is always on the books */
}

DemoPerson *
_tx_demo_person_at (Demo  *d,
                    guint  i)
{
  return &g_array_index (d->people, DemoPerson, i);
}

DemoStaff *
_tx_demo_staff_at (Demo  *d,
                   guint  i)
{
  return &g_array_index (d->staff, DemoStaff, i);
}

/* An active staff member of @community, or of the street office. */
guint
_tx_demo_pick_staff (Demo *d,
                     int   community)
{
  g_autofree guint *found = g_new (guint, d->staff->len);
  guint n = 0;

  for (guint i = 0; i < d->staff->len; i++)
    if (_tx_demo_staff_at (d, i)->active && _tx_demo_staff_at (d, i)->community == community)
      found[n++] = i;
  if (n == 0)
    for (guint i = 0; i < d->staff->len; i++)
      if (_tx_demo_staff_at (d, i)->active && _tx_demo_staff_at (d, i)->community < 0)
        found[n++] = i;
  return found[_tx_demo_rnd (d, 0, n - 1)];
}
