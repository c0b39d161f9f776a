/* tx-demo.c — realistic demonstration data for a street office
 *
 * Everything comes from one GRand seeded by the caller, UUIDs included,
 * and the database clock is pinned: the same seed gives the same file,
 * so screenshots, manuals and bug reports can refer to the same people.
 * The names, places and units are made up; area codes and code tables are
 * the real ones, so that the data passes the same checks as real data.
 *
 * This file plans the street and writes it; the other tx-demo-*.c files
 * make each kind of record, and the word lists are the files of data/demo/.
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

static const DemoDistrict districts[] = {
  { "110105", "北京", "朝阳区", "010", "北京" },
  { "320102", "南京", "玄武区", "025", "江苏南京" },
  { "330106", "杭州", "西湖区", "0571", "浙江杭州" },
  { "420106", "武汉", "武昌区", "027", "湖北武汉" },
  { "510107", "成都", "武侯区", "028", "四川成都" },
  { "440106", "广州", "天河区", "020", "广东广州" },
  { "610113", "西安", "雁塔区", "029", "陕西西安" },
  { "370102", "济南", "历下区", "0531", "山东济南" },
};

/* ---- pairings ----------------------------------------------------------- */

static const Weighted contact_modes[] = {
  { "1", 30 }, { "2", 35 }, { "3", 15 }, { "4", 18 }, { "9", 2 },
};

static const struct
{
  const char *mode;
  const char *notes[3];
} contact_notes[] = {
  { "1", { "面谈，听取对社区工作的意见建议", "面谈，邀请参加社区联谊活动", "面谈，交流学习统战政策的体会" } },
  { "2", { "电话问候近况", "电话了解企业经营情况", "电话通知参加情况通报会" } },
  { "3", { "上门走访，了解家庭生活情况", "上门走访，送去节日慰问", "上门看望，了解身体康复情况" } },
  { "4", { "微信交流，转发统战政策学习材料", "微信联系，征求对活动安排的意见", "视频通话，了解在外地工作情况" } },
  { "9", { "在社区活动中交谈", "书信往来", "在社区活动中交谈" } },
};

static void
demo_staff_clear (gpointer data)
{
  g_free (((DemoStaff *) data)->name);
}

static void
demo_person_clear (gpointer data)
{
  DemoPerson *person = data;

  g_free (person->name);
  g_free (person->label);
}

/* ---- the street, its communities and staff ------------------------------ */

static void
demo_community_clear (gpointer data)
{
  g_free (((DemoCommunity *) data)->name);
}

/* The communities, street by street (8–15 each), with codes under their
 * street's code: 001, 002 … with the odd gap where one was merged. */
static gboolean
add_communities (Demo    *d,
                 guint    n,
                 GError **error)
{
  guint roots[WORDS (community_roots)->n];
  guint roads[WORDS (road_names)->n];
  guint number = 0, street = 0;

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    roots[i] = i;
  for (guint i = 0; i < G_N_ELEMENTS (roads); i++)
    roads[i] = i;
  _tx_demo_shuffle (d, roots, G_N_ELEMENTS (roots));
  _tx_demo_shuffle (d, roads, G_N_ELEMENTS (roads));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TxCommunity) community = tx_community_new ();
      DemoCommunity *info = &g_array_index (d->communities, DemoCommunity, i);
      g_autofree char *code = NULL;
      guint next_street = i * d->n_streets / n;

      if (next_street != street)
        number = 0;
      street = next_street;
      number += _tx_demo_chance (d, 15) ? 2 : 1;
      code = g_strdup_printf ("%s%03u%03u", d->district->code, street + 1, number);
      info->street = street;
      info->name = g_strconcat (WORDS (community_roots)->v[roots[i % G_N_ELEMENTS (roots)]],
                                WORDS (community_suffixes)->v[(i / G_N_ELEMENTS (roots)) % WORDS (community_suffixes)->n],
                                NULL);
      info->roads[0] = WORDS (road_names)->v[roads[(2 * i) % G_N_ELEMENTS (roads)]];
      info->roads[1] = WORDS (road_names)->v[roads[(2 * i + 1) % G_N_ELEMENTS (roads)]];
      _tx_demo_new_uuid (d, community, info->uuid);
      tx_community_set_code (community, code);
      tx_community_set_name (community, info->name);
      tx_community_set_street (community, d->street_names[street]);
      if (!_tx_demo_save (d, community, error))
        return FALSE;
    }
  return TRUE;
}

/* Each street's united-front member and officer lead (the first street's
 * pair first: the office's own); each community has a secretary or a
 * united-front member; the rest are liaison officers of a community. */
static void
staff_place (Demo      *d,
             guint      i,
             DemoStaff *info)
{
  guint n_communities = d->communities->len;
  guint street_staff = 2 * d->n_streets;

  if (i < street_staff)
    {
      info->post = i % 2 == 0 ? "街道党工委统战委员" : "街道统战干事";
      info->community = -1;
      return;
    }
  i -= street_staff;
  if (i < n_communities)
    {
      info->post = i % 3 == 0 ? "社区党委书记" : "社区统战委员";
      info->community = (int) i;
      return;
    }
  info->post = "统战联络员";
  info->community = _tx_demo_rnd (d, 0, n_communities - 1);
}

static gboolean
add_staff (Demo    *d,
           guint    n,
           GError **error)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TxStaff) staff = tx_staff_new ();
      DemoStaff *info = &g_array_index (d->staff, DemoStaff, i);
      gboolean male = _tx_demo_chance (d, 45);
      g_autofree char *phone = NULL;

      _tx_demo_new_uuid (d, staff, info->uuid);
      info->name = _tx_demo_make_name (d, NULL, male, _tx_demo_rnd (d, 1966, 1998), NULL);
      staff_place (d, i, info);
      /* one who has moved on stays on the books for the old records */
      info->active = !(i == n - 1 && n > 10);
      phone = _tx_demo_make_mobile (d);

      tx_staff_set_name (staff, info->name);
      tx_staff_set_gender (staff, male ? "1" : "2");
      tx_staff_set_post (staff, info->post);
      tx_staff_set_phone (staff, phone);
      if (info->community >= 0)
        tx_staff_set_community (staff, g_array_index (d->communities, DemoCommunity, info->community).uuid);
      tx_staff_set_active (staff, info->active);
      if (!info->active)
        tx_staff_set_notes (staff, "2025年12月调任其他街道工作");
      if (!_tx_demo_save (d, staff, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- pairings ----------------------------------------------------------- */

static gboolean
is_notable_or_key (Demo             *d,
                   const DemoPerson *info)
{
  return info->representative || info->key_person;
}

static gboolean
is_ordinary (Demo             *d,
             const DemoPerson *info)
{
  return !is_notable_or_key (d, info);
}

static void
sort_days (guint32 *days,
           guint    n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && days[j - 1] > days[j]; j--)
      {
        guint32 swap = days[j];

        days[j] = days[j - 1];
        days[j - 1] = swap;
      }
}

/* About once a quarter, counting back from the latest, at most twelve. */
static void
add_contacts (Demo      *d,
              TxPairing *p,
              guint32    since,
              guint32    end)
{
  guint32 days[12];
  guint n = 0;

  for (guint32 day = end - _tx_demo_rnd (d, 0, 40); day > since && n < G_N_ELEMENTS (days); day -= _tx_demo_rnd (d, 45, 120))
    days[n++] = day;
  if (n == 0)
    days[n++] = end;
  sort_days (days, n);
  for (guint k = 0; k < n; k++)
    {
      const char *mode = PICK_WEIGHTED (d, contact_modes);
      g_autofree char *date = _tx_demo_day_iso (days[k]);
      guint row = 0;

      while (row + 1 < G_N_ELEMENTS (contact_notes) && !g_str_equal (contact_notes[row].mode, mode))
        row++;
      tx_pairing_add_contact (p, date, mode, PICK (d, contact_notes[row].notes));
    }
}

static gboolean
add_pairing (Demo     *d,
             guint     person,
             GError  **error)
{
  g_autoptr(TxPairing) p = tx_pairing_new ();
  const DemoPerson *info = _tx_demo_person_at (d, person);
  guint staff = _tx_demo_pick_staff (d, (int) info->community);
  guint32 since = _tx_demo_past_day (d, 120, 1400);
  guint32 until = _tx_demo_chance (d, 10) ? since + _tx_demo_rnd (d, 200, 700) : 0;
  g_autofree char *since_text = _tx_demo_day_iso (since);
  g_autofree char *until_text = NULL;

  if (until >= d->today)
    until = 0;
  until_text = until != 0 ? _tx_demo_day_iso (until) : NULL;
  _tx_demo_new_uuid (d, p, NULL);
  tx_pairing_set_staff (p, _tx_demo_staff_at (d, staff)->uuid);
  tx_pairing_set_person (p, info->uuid);
  tx_pairing_set_since (p, since_text);
  tx_pairing_set_until (p, until_text);
  tx_pairing_set_notes (p, until != 0 ? "工作调整，交友关系转由其他同志接续"
                                      : "结对交友，每季度至少联系一次");
  add_contacts (d, p, since, until != 0 ? until : d->today - 1);
  return _tx_demo_save (d, p, error);
}

/* Representative and key people first, each paired once; more pairings
 * than people on the books go round again. */
static gboolean
add_pairings (Demo     *d,
              guint     n,
              GError  **error)
{
  g_autofree guint *notable = g_new (guint, d->people->len);
  g_autofree guint *others = g_new (guint, d->people->len);
  guint n_notable = _tx_demo_pick_people (d, -1, d->people->len, is_notable_or_key, notable);
  guint n_others = _tx_demo_pick_people (d, -1, d->people->len, is_ordinary, others);

  for (guint i = 0; i < n; i++)
    {
      guint person;

      if (i < n_notable)
        person = notable[i];
      else if (n_others > 0)
        person = others[(i - n_notable) % n_others];
      else
        person = notable[i % n_notable];
      if (!add_pairing (d, person, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- the whole street --------------------------------------------------- */

static gboolean
database_is_empty (TxDatabase  *db,
                   GError     **error)
{
  const GType types[] = { TX_TYPE_COMMUNITY, TX_TYPE_STAFF, TX_TYPE_PERSON };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      gint64 count = tx_store_count (db, types[i], TRUE, error);

      if (count < 0)
        return FALSE;
      if (count > 0)
        {
          /* demo people mixed with real ones could not be told apart */
          g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID,
                       _("Demonstration data can only be added to an empty database."));
          return FALSE;
        }
    }
  return TRUE;
}

static void
demo_clear (Demo *d)
{
  g_clear_pointer (&d->rand, g_rand_free);
  g_clear_pointer (&d->communities, g_array_unref);
  g_clear_pointer (&d->staff, g_array_unref);
  g_clear_pointer (&d->people, g_array_unref);
  g_clear_pointer (&d->consultations, g_array_unref);
  g_clear_pointer (&d->issued, g_hash_table_unref);
  g_clear_pointer (&d->titles, g_hash_table_unref);
  g_clear_pointer (&d->street_names, g_strfreev);
}

static GArray *
sized_array (gsize          element_size,
             guint          n,
             GDestroyNotify clear)
{
  GArray *array = g_array_sized_new (FALSE, TRUE, element_size, n);

  g_array_set_size (array, n);
  if (clear != NULL)
    g_array_set_clear_func (array, clear);
  return array;
}


/* A few hundred people a community at most, 8–15 communities a street:
 * 2,000 people are one street, 100,000 a district of forty.  Staff to
 * match: two at each street, one in each community, and a liaison officer
 * for every fifth. */
static void
plan_streets (Demo   *d,
              guint   people,
              Counts *n)
{
  guint roots[WORDS (street_roots)->n];

  n->communities = MAX (8, (people + 249) / 250);
  d->n_streets = MAX (1, (n->communities + 10) / 11);
  while (n->communities / d->n_streets > 15)
    d->n_streets++;
  d->n_streets = MIN (d->n_streets, WORDS (street_roots)->n);
  n->staff = 2 * d->n_streets + n->communities + n->communities / 5;

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    roots[i] = i;
  _tx_demo_shuffle (d, roots, G_N_ELEMENTS (roots));
  d->street_names = g_new0 (char *, d->n_streets + 1);
  for (guint i = 0; i < d->n_streets; i++)
    d->street_names[i] = g_strconcat (WORDS (street_roots)->v[roots[i]], "街道", NULL);
  d->street = d->street_names[0];
  g_snprintf (d->street_code, sizeof d->street_code, "%s001", d->district->code);
}

/* The street and the number of everything, drawn first. */
static void
plan (Demo   *d,
      guint   people,
      Counts *n)
{
  d->district = &PICK (d, districts);
  plan_streets (d, people, n);
  n->people = people;
  n->activities = MAX (5, people / 20);
  n->upcoming = MAX (1, n->activities / 30);
  n->visits = MAX (G_N_ELEMENTS (visit_reason_codes), people / 4);
  n->consultations = MAX (4, people / 100);
  n->suggestions = MAX (10, people / 40);
  n->pairings = MAX (5, people / 25);
  d->total = n->communities + n->staff + n->people + n->activities + n->visits +
             n->consultations + n->suggestions + n->pairings;

  d->communities = sized_array (sizeof (DemoCommunity), n->communities, demo_community_clear);
  d->staff = sized_array (sizeof (DemoStaff), n->staff, demo_staff_clear);
  d->people = sized_array (sizeof (DemoPerson), people, demo_person_clear);
  d->consultations = sized_array (sizeof (DemoConsultation), n->consultations, NULL);
}

/* The office the demo belongs to: the street office when there is one
 * street, else the district's united-front department.  An office the
 * user already named is left as it is. */
static gboolean
set_office (Demo    *d,
            GError **error)
{
  g_autofree char *existing = tx_settings_dup (d->db, TX_SETTING_OFFICE_NAME);
  g_autofree char *name = NULL, *code = NULL;
  gboolean district = d->n_streets > 1;

  if (existing != NULL)
    return TRUE;
  name = district ? g_strdup_printf ("%s市%s委统战部", d->district->city, d->district->district)
                  : g_strdup_printf ("%s%s党工委", d->district->district, d->street);
  code = g_strdup_printf ("%s%s", district ? d->district->code : d->street_code,
                          district ? "000000" : "000");
  return tx_settings_set (d->db, TX_SETTING_OFFICE_NAME, name, error) &&
         tx_settings_set (d->db, TX_SETTING_OFFICE_LEVEL, district ? "3" : "2", error) &&
         tx_settings_set (d->db, TX_SETTING_OFFICE_CODE, code, error) &&
         tx_settings_set (d->db, TX_SETTING_OFFICE_STREET, district ? NULL : d->street, error);
}

/* In dependency order: a meeting before the suggestions raised at it. */
static gboolean
write_all (Demo          *d,
           const Counts  *n,
           GError       **error)
{
  if (!set_office (d, error) ||
      !add_communities (d, n->communities, error) ||
      !add_staff (d, n->staff, error))
    return FALSE;
  for (guint i = 0; i < n->people; i++)
    if (!_tx_demo_add_person (d, i, error))
      return FALSE;
  for (guint i = 0; i < n->consultations; i++)
    if (!_tx_demo_add_consultation (d, i, error))
      return FALSE;
  for (guint i = 0; i < n->activities; i++)
    if (!_tx_demo_add_activity (d, i, n->upcoming, error))
      return FALSE;
  for (guint i = 0; i < n->visits; i++)
    if (!_tx_demo_add_visit (d, i, error))
      return FALSE;
  for (guint i = 0; i < n->suggestions; i++)
    if (!_tx_demo_add_suggestion (d, i, error))
      return FALSE;
  return add_pairings (d, n->pairings, error);
}

static gboolean
fill_street (Demo    *d,
             guint    people,
             GError **error)
{
  Counts counts;

  plan (d, people, &counts);
  if (!tx_store_begin (d->db, error))
    return FALSE;
  if (!write_all (d, &counts, error))
    {
      tx_store_rollback (d->db);
      return FALSE;
    }
  return tx_store_commit (d->db, error);
}

gboolean
tx_demo_fill (TxDatabase           *db,
              const TxDemoOptions  *options,
              TxDemoProgress        progress,
              gpointer              user_data,
              GError              **error)
{
  const TxDemoOptions defaults = { TX_DEMO_DEFAULT_PEOPLE, TX_DEMO_DEFAULT_SEED, NULL };
  g_autoptr(GDateTime) default_today = NULL;
  g_autoptr(GDateTime) previous_clock = NULL;
  GDateTime *today;
  Demo d = { NULL, };
  int year, month, mday;
  gboolean ok;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    options = &defaults;
  if (options->people == 0)
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID,
                   _("Demonstration data needs at least one person."));
      return FALSE;
    }
  if (!database_is_empty (db, error))
    return FALSE;

  /* 09:00 in Beijing */
  default_today = g_date_time_new_utc (2026, 6, 30, 1, 0, 0);
  today = options->today != NULL ? options->today : default_today;
  g_date_time_get_ymd (today, &year, &month, &mday);

  d.db = db;
  d.rand = g_rand_new_with_seed (options->seed);
  d.today = _tx_demo_day_new (year, month, mday);
  d.today_year = year;
  d.issued = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d.titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d.progress = progress;
  d.user_data = user_data;

  previous_clock = tx_database_dup_pinned_clock (db);
  tx_database_pin_clock (db, today);
  ok = fill_street (&d, options->people, error);
  tx_database_pin_clock (db, previous_clock);
  demo_clear (&d);
  return ok;
}

/* The names of @n people as tx_demo_fill() would choose them (the same
 * background, birth and name steps), without a database: for the test
 * that a district-sized demo looks like a real register. */
GPtrArray *
_tx_demo_sample_names (guint   n,
                       guint32 seed)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  Demo d = { NULL, };

  d.rand = g_rand_new_with_seed (seed);
  d.today = _tx_demo_day_new (2026, 6, 30);
  d.today_year = 2026;
  for (guint i = 0; i < n; i++)
    {
      DemoPerson info = { { 0 }, };
      const char *ethnicity;

      _tx_demo_choose_background (&d, &info);
      ethnicity = g_str_equal (info.ethnicity, "01") ? NULL : info.ethnicity;
      info.male = _tx_demo_chance (&d, 55);
      _tx_demo_choose_birth (&d, &info);
      g_ptr_array_add (names, _tx_demo_make_name (&d, ethnicity, info.male, info.birth_year, NULL));
    }
  demo_clear (&d);
  return names;
}
