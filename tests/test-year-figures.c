/* test-year-figures.c — the year's figures against crafted records counted
 * here, record by record, in C
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-community.h"
#include "core/model/tx-consultation.h"
#include "core/model/tx-person.h"
#include "core/db/tx-settings.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"
#include "core/stats/tx-year-figures.h"

#include "tx-test-util.h"

#define YEAR  2026
#define TODAY "2026-06-30"

typedef struct { const char *code; const char *name; gboolean trashed; } CommunitySpec;
typedef struct
{
  const char *status;
  gboolean    trashed, representative, key_person;
  int         community;    /* index in communities, -1 none */
  const char *categories;   /* comma-separated codes */
  const char *gender;
  const char *birth;
} PersonSpec;
typedef struct { const char *date; const char *type; gboolean trashed; } DatedSpec;
typedef struct { const char *date; const char *state; const char *deadline; const char *adoption; gboolean trashed; } SuggestionSpec;
typedef struct { const char *date; const char *reason; const char *holiday; gboolean trashed; } VisitSpec;

static const CommunitySpec communities[] = {
  { "110101001001", "甲社区", FALSE },
  { NULL, "乙社区", FALSE },
  { "110101001003", "丙社区", TRUE },
};

static const PersonSpec people[] = {
  { "1", FALSE, TRUE,  FALSE, 0,  "01,03",    "1", "1950-03-01" },
  { "1", FALSE, FALSE, TRUE,  0,  "03",       "2", "1990" },
  { "1", FALSE, TRUE,  TRUE,  1,  "04",       "2", "1986-07" },
  { "1", FALSE, FALSE, FALSE, -1, "",         NULL, NULL },
  { "2", FALSE, TRUE,  FALSE, 1,  "01",       "1", "1940-01-01" },   /* moved away */
  { "3", FALSE, FALSE, TRUE,  0,  "01",       "1", "1930-01-01" },   /* deceased */
  { "1", TRUE,  TRUE,  TRUE,  0,  "01,12",    "2", "1960-05-05" },   /* in the trash */
  { "1", FALSE, FALSE, FALSE, 2,  "12",       "9", "1946-12-31" },   /* community in the trash */
  { "1", FALSE, FALSE, FALSE, 1,  "07,03,01", "1", "1977-02-02" },
  { "1", FALSE, TRUE,  FALSE, 0,  "05",       "1", "1936-08-08" },
};

static const DatedSpec activities[] = {
  { "2026-03-05", "01", FALSE }, { "2026-03", "02", FALSE }, { "2026", "01", FALSE },
  { "2025-12-31", "01", FALSE }, { "2027-01-01", "01", FALSE }, { "2026-11-11", "99", TRUE },
  { "2026-11-12", NULL, FALSE }, { "2026-12-31", "07", FALSE },
};

static const DatedSpec meetings[] = {
  { "2026-02-01", "2", FALSE }, { "2026-09-01", "2", FALSE }, { "2026-05-01", "1", FALSE },
  { "2026-05-02", "3", TRUE }, { "2025-05-01", "1", FALSE }, { "2026-05-20", "4", FALSE },
};

static const SuggestionSpec suggestions[] = {
  { "2026-01-10", "01", "2026-02-01", NULL, FALSE },   /* overdue */
  { "2026-01-11", "03", "2026-12-01", NULL, FALSE },   /* awaiting, not yet due */
  { "2026-02-01", "05", "2026-01-01", "5", FALSE },    /* answered late, 未采纳: not overdue */
  { "2026-03-01", "05", NULL, "1", FALSE },            /* 采纳 */
  { "2026-03-02", "08", NULL, "2", FALSE },            /* 部分采纳, reported back */
  { "2026-03-03", "09", NULL, "4", FALSE },            /* 留作参考, closed */
  { "2026-04-01", "02", "2026-06", NULL, FALSE },      /* a month deadline, past */
  { "2025-12-01", "01", "2026-01-01", NULL, FALSE },   /* another year */
  { "2026-05-01", "01", "2026-05-05", NULL, TRUE },    /* in the trash */
  { "2026-06-01", "03", TODAY, NULL, FALSE },          /* due today: not overdue yet */
  { "2026-06-02", "10", "2026-06-10", NULL, FALSE },   /* 不予受理: neither */
};

static const VisitSpec visits[] = {
  { "2026-01-28", "1", "01", FALSE }, { "2026-02-10", "1", "02", FALSE },
  { "2026-04-01", "2", NULL, FALSE }, { "2025-10-01", "1", "07", FALSE },
  { "2026-06-01", "5", NULL, TRUE }, { "2026-10-01", "1", "07", FALSE },
  { "2026-10-02", "1", "07", FALSE },
};

typedef struct
{
  char       *dir;
  TxDatabase *db;
  char       *community_uuids[G_N_ELEMENTS (communities)];
  char       *person_uuid;   /* the person the visits are to */
} Fixture;

static void
save (TxDatabase *db,
      gpointer    record,
      gboolean    trashed)
{
  g_autoptr(GError) error = NULL;

  tx_store_save (db, TX_RECORD (record), TX_SAVE_DEFAULT, &error);
  g_assert_no_error (error);
  if (trashed)
    g_assert_true (tx_store_trash (db, TX_RECORD (record), &error));
  g_assert_no_error (error);
}

static void
craft_people (Fixture *fixture)
{
  for (guint i = 0; i < G_N_ELEMENTS (communities); i++)
    {
      g_autoptr(TxCommunity) community = tx_community_new ();

      tx_community_set_code (community, communities[i].code);
      tx_community_set_name (community, communities[i].name);
      save (fixture->db, community, communities[i].trashed);
      fixture->community_uuids[i] = g_strdup (tx_record_get_uuid (TX_RECORD (community)));
    }
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(TxPerson) person = tx_person_new ();
      g_auto(GStrv) categories = g_strsplit (people[i].categories, ",", -1);

      tx_person_set_name (person, "测试");
      tx_person_set_status (person, people[i].status);
      tx_person_set_representative (person, people[i].representative);
      tx_person_set_key_person (person, people[i].key_person);
      if (people[i].community >= 0)
        tx_person_set_community (person, fixture->community_uuids[people[i].community]);
      for (guint j = 0; categories[j] != NULL; j++)
        if (*categories[j] != '\0')
          tx_person_add_category (person, categories[j]);
      tx_person_set_gender (person, people[i].gender);
      tx_person_set_birth_date (person, people[i].birth);
      save (fixture->db, person, people[i].trashed);
      if (fixture->person_uuid == NULL)
        fixture->person_uuid = g_strdup (tx_record_get_uuid (TX_RECORD (person)));
    }
}

static void
craft_events (Fixture *fixture)
{
  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    {
      g_autoptr(TxActivity) activity = tx_activity_new ();

      tx_activity_set_title (activity, "活动");
      tx_activity_set_start_date (activity, activities[i].date);
      tx_activity_set_activity_type (activity, activities[i].type);
      save (fixture->db, activity, activities[i].trashed);
    }
  for (guint i = 0; i < G_N_ELEMENTS (meetings); i++)
    {
      g_autoptr(TxConsultation) meeting = tx_consultation_new ();

      tx_consultation_set_title (meeting, "会议");
      tx_consultation_set_date (meeting, meetings[i].date);
      tx_consultation_set_consultation_type (meeting, meetings[i].type);
      save (fixture->db, meeting, meetings[i].trashed);
    }
  for (guint i = 0; i < G_N_ELEMENTS (suggestions); i++)
    {
      g_autoptr(TxSuggestion) suggestion = tx_suggestion_new ();

      tx_suggestion_set_title (suggestion, "建议");
      tx_suggestion_set_date (suggestion, suggestions[i].date);
      tx_suggestion_set_state (suggestion, suggestions[i].state);
      tx_suggestion_set_deadline (suggestion, suggestions[i].deadline);
      tx_suggestion_set_adoption (suggestion, suggestions[i].adoption);
      if (suggestions[i].adoption != NULL)   /* answered: the answer and its date */
        {
          tx_suggestion_set_response (suggestion, "答复意见");
          tx_suggestion_set_response_date (suggestion, suggestions[i].date);
        }
      if (g_str_equal (suggestions[i].state, "08") || g_str_equal (suggestions[i].state, "09"))
        {
          tx_suggestion_set_feedback (suggestion, "已反馈");
          tx_suggestion_set_feedback_date (suggestion, suggestions[i].date);
        }
      save (fixture->db, suggestion, suggestions[i].trashed);
    }
  for (guint i = 0; i < G_N_ELEMENTS (visits); i++)
    {
      g_autoptr(TxVisit) visit = tx_visit_new ();

      tx_visit_set_person (visit, fixture->person_uuid);
      tx_visit_set_date (visit, visits[i].date);
      tx_visit_set_reason (visit, visits[i].reason);
      tx_visit_set_holiday (visit, visits[i].holiday);
      save (fixture->db, visit, visits[i].trashed);
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = tx_test_make_temp_dir ("year-figures");
  fixture->db = tx_test_open_database (fixture->dir, "tongxin.db");
  craft_people (fixture);
  craft_events (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->db);
  tx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  for (guint i = 0; i < G_N_ELEMENTS (communities); i++)
    g_free (fixture->community_uuids[i]);
  g_free (fixture->person_uuid);
}

/* ---- the oracle: the crafted arrays counted in C ---------------------------- */

static gboolean
person_counted (const PersonSpec *person)
{
  return !person->trashed && g_str_equal (person->status, "1");
}

static gboolean
in_year (const char *date)
{
  return date != NULL && atoi (date) == YEAR;
}

static gboolean
has_category (const PersonSpec *person,
              const char       *code)
{
  g_auto(GStrv) codes = g_strsplit (person->categories, ",", -1);

  return g_strv_contains ((const char * const *) codes, code);
}

static const char *
age_band (const char *birth)
{
  int age;

  if (birth == NULL)
    return "unknown";
  age = YEAR - atoi (birth);
  if (age >= 80) return "80-plus";
  if (age >= 70) return "70-79";
  if (age >= 60) return "60-69";
  if (age >= 50) return "50-59";
  if (age >= 40) return "40-49";
  return "under-40";
}

static gint64
value (TxYearFigures *figures,
       const char    *format,
       ...) G_GNUC_PRINTF (2, 3);

static gint64
value (TxYearFigures *figures,
       const char    *format,
       ...)
{
  g_autofree char *key = NULL;
  va_list args;

  va_start (args, format);
  key = g_strdup_vprintf (format, args);
  va_end (args);
  g_test_message ("%s", key);
  return tx_year_figures_get_value (figures, key);
}

static TxYearFigures *
compute (TxDatabase *db)
{
  g_autoptr(GError) error = NULL;
  TxYearFigures *figures = tx_year_figures_compute (db, YEAR, TODAY, &error);

  g_assert_no_error (error);
  g_assert_nonnull (figures);
  return figures;
}

/* ---- tests -------------------------------------------------------------------- */

static void
test_people (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TxYearFigures) figures = compute (fixture->db);
  const char *categories[] = { "01", "03", "04", "05", "07", "12" };
  const char *bands[] = { "under-40", "40-49", "50-59", "60-69", "70-79", "80-plus", "unknown" };
  gint64 total = 0, representative = 0, key = 0, none = 0;

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    if (person_counted (&people[i]))
      {
        total++;
        representative += people[i].representative;
        key += people[i].key_person;
        none += people[i].community < 0 || communities[people[i].community].trashed;
      }
  g_assert_cmpint (value (figures, "year"), ==, YEAR);
  g_assert_cmpint (value (figures, "people"), ==, total);
  g_assert_cmpint (value (figures, "people.representative"), ==, representative);
  g_assert_cmpint (value (figures, "people.key"), ==, key);
  g_assert_cmpint (value (figures, "people.community.none"), ==, none);

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      gint64 n = 0;

      for (guint i = 0; i < G_N_ELEMENTS (people); i++)
        n += person_counted (&people[i]) && has_category (&people[i], categories[c]);
      g_assert_cmpint (value (figures, "people.category.%s", categories[c]), ==, n);
    }
  g_assert_cmpint (value (figures, "people.category.02"), ==, 0);

  for (guint c = 0; c < G_N_ELEMENTS (communities); c++)
    {
      gint64 n = 0;

      for (guint i = 0; i < G_N_ELEMENTS (people); i++)
        n += person_counted (&people[i]) && people[i].community == (int) c;
      /* by area code, by uuid when there is none; none for one in the trash */
      g_assert_cmpint (value (figures, "people.community.%s",
                              communities[c].code ? communities[c].code : fixture->community_uuids[c]),
                       ==, communities[c].trashed ? -1 : n);
    }

  for (guint b = 0; b < G_N_ELEMENTS (bands); b++)
    {
      gint64 n = 0;

      for (guint i = 0; i < G_N_ELEMENTS (people); i++)
        n += person_counted (&people[i]) && g_str_equal (age_band (people[i].birth), bands[b]);
      g_assert_cmpint (value (figures, "people.age.%s", bands[b]), ==, n);
    }
  g_assert_cmpint (value (figures, "people.gender.2"), ==, 2);
  g_assert_cmpint (value (figures, "people.gender.none"), ==, 1);
}

static gint64
count_dated (const DatedSpec *specs,
             guint            n_specs,
             const char      *type,      /* NULL: any */
             int              month)     /* 0: any */
{
  gint64 n = 0;

  for (guint i = 0; i < n_specs; i++)
    if (!specs[i].trashed && in_year (specs[i].date) &&
        (type == NULL || g_strcmp0 (specs[i].type, type) == 0) &&
        (month == 0 || (strlen (specs[i].date) >= 7 && atoi (specs[i].date + 5) == month)))
      n++;
  return n;
}

static void
test_activities_and_meetings (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(TxYearFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  const char *activity_types[] = { "01", "02", "07", "08", "99" };
  const char *meeting_types[] = { "1", "2", "3", "4" };

  g_assert_true (tx_settings_set (fixture->db, "meetings.briefings-per-year", "3", &error));
  g_assert_no_error (error);
  figures = compute (fixture->db);

  g_assert_cmpint (value (figures, "activities"), ==, count_dated (activities, G_N_ELEMENTS (activities), NULL, 0));
  for (guint t = 0; t < G_N_ELEMENTS (activity_types); t++)
    g_assert_cmpint (value (figures, "activities.type.%s", activity_types[t]), ==,
                     count_dated (activities, G_N_ELEMENTS (activities), activity_types[t], 0));
  g_assert_cmpint (value (figures, "activities.type.none"), ==, 1);
  for (int month = 1; month <= 12; month++)
    g_assert_cmpint (value (figures, "activities.month.%02d", month), ==,
                     count_dated (activities, G_N_ELEMENTS (activities), NULL, month));

  g_assert_cmpint (value (figures, "meetings"), ==, count_dated (meetings, G_N_ELEMENTS (meetings), NULL, 0));
  for (guint t = 0; t < G_N_ELEMENTS (meeting_types); t++)
    g_assert_cmpint (value (figures, "meetings.type.%s", meeting_types[t]), ==,
                     count_dated (meetings, G_N_ELEMENTS (meetings), meeting_types[t], 0));
  for (int month = 1; month <= 12; month++)
    g_assert_cmpint (value (figures, "meetings.month.%02d", month), ==,
                     count_dated (meetings, G_N_ELEMENTS (meetings), NULL, month));
  /* the required counts come from the office settings */
  g_assert_cmpint (value (figures, "meetings.briefings.required"), ==, 3);
  g_assert_cmpint (value (figures, "meetings.consultations.required"), ==, 1);
}

/* 登记, 受理, 转办/交办 wait for an answer; 答复, 反馈, 办结 follow one */
static gboolean
awaiting (const SuggestionSpec *s)
{
  return g_str_equal (s->state, "01") || g_str_equal (s->state, "02") || g_str_equal (s->state, "03");
}

static gboolean
answered (const SuggestionSpec *s)
{
  return g_str_equal (s->state, "05") || g_str_equal (s->state, "08") || g_str_equal (s->state, "09");
}

static void
test_suggestions_and_visits (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TxYearFigures) figures = compute (fixture->db);
  gint64 received = 0, n_answered = 0, n_awaiting = 0, adopted = 0, overdue = 0, total_visits = 0, holiday_07 = 0, reason_1 = 0;

  for (guint i = 0; i < G_N_ELEMENTS (suggestions); i++)
    {
      const SuggestionSpec *s = &suggestions[i];

      if (s->trashed || !in_year (s->date))
        continue;
      received++;
      n_answered += answered (s);
      n_awaiting += awaiting (s);
      /* 采纳, 部分采纳, 列入计划 */
      adopted += g_strcmp0 (s->adoption, "1") == 0 || g_strcmp0 (s->adoption, "2") == 0 ||
                 g_strcmp0 (s->adoption, "3") == 0;
      overdue += awaiting (s) && s->deadline != NULL && strcmp (s->deadline, TODAY) < 0;
    }
  g_assert_cmpint (value (figures, "suggestions.received"), ==, received);
  g_assert_cmpint (value (figures, "suggestions.answered"), ==, n_answered);
  g_assert_cmpint (n_answered, ==, 4);
  g_assert_cmpint (value (figures, "suggestions.awaiting"), ==, n_awaiting);
  g_assert_cmpint (n_awaiting, ==, 4);   /* 不予受理 is neither */
  g_assert_cmpint (adopted, ==, 2);
  g_assert_cmpint (value (figures, "suggestions.adopted"), ==, adopted);
  g_assert_cmpint (value (figures, "suggestions.overdue"), ==, overdue);
  g_assert_cmpint (overdue, ==, 2);

  for (guint i = 0; i < G_N_ELEMENTS (visits); i++)
    if (!visits[i].trashed && in_year (visits[i].date))
      {
        total_visits++;
        holiday_07 += g_strcmp0 (visits[i].holiday, "07") == 0;
        reason_1 += g_str_equal (visits[i].reason, "1");
      }
  g_assert_cmpint (value (figures, "visits"), ==, total_visits);
  g_assert_cmpint (value (figures, "visits.holiday.07"), ==, holiday_07);
  g_assert_cmpint (value (figures, "visits.reason.1"), ==, reason_1);
  g_assert_cmpint (value (figures, "visits.reason.5"), ==, 0);
}

static void
test_groups_and_bad_year (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TxYearFigures) figures = compute (fixture->db);
  g_autoptr(GPtrArray) months = tx_year_figures_dup_group (figures, TX_FIGURES_ACTIVITY_MONTH);
  g_autoptr(GPtrArray) categories = tx_year_figures_dup_group (figures, TX_FIGURES_PEOPLE_CATEGORY);
  g_autoptr(GError) error = NULL;
  const TxFigure *march = g_ptr_array_index (months, 2);
  const TxFigure *first = g_ptr_array_index (categories, 0);

  g_assert_cmpuint (months->len, ==, 12);
  g_assert_cmpstr (march->key, ==, "activities.month.03");
  g_assert_cmpstr (march->ref, ==, "03");
  g_assert_cmpuint (categories->len, ==, 12);
  g_assert_cmpstr (first->ref, ==, "01");
  g_assert_cmpstr (first->label, ==, "民主党派成员");
  g_assert_cmpint (tx_year_figures_get_value (figures, "no.such.figure"), ==, -1);

  g_assert_null (tx_year_figures_compute (fixture->db, 12026, TODAY, &error));
  g_assert_error (error, TX_YEAR_FIGURES_ERROR, TX_YEAR_FIGURES_ERROR_YEAR);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/year-figures/people", Fixture, NULL, fixture_set_up, test_people, fixture_tear_down);
  g_test_add ("/year-figures/activities-and-meetings", Fixture, NULL, fixture_set_up, test_activities_and_meetings, fixture_tear_down);
  g_test_add ("/year-figures/suggestions-and-visits", Fixture, NULL, fixture_set_up, test_suggestions_and_visits, fixture_tear_down);
  g_test_add ("/year-figures/groups-and-bad-year", Fixture, NULL, fixture_set_up, test_groups_and_bad_year, fixture_tear_down);
  return g_test_run ();
}
