/* tx-demo-private.h — what the files of the demo generator share
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n-lib.h>

#include "tx-demo.h"
#include "core/model/tx-person.h"

G_BEGIN_DECLS

/* ---- word lists (tx-demo-words.c, the files of data/demo/) ---- */

typedef struct
{
  const char * const *v;   /* NULL-terminated */
  guint  n;
} TxDemoWords;

/* the list data/demo/NAME.txt, with '_' for '-' in NAME; never NULL */
const TxDemoWords *_tx_demo_words (const char *name);

#define WORDS(name) _tx_demo_words (#name)

/* ---- types and constants of the tables ---- */

typedef struct
{
  guint communities, staff, people, activities, upcoming, visits, consultations, suggestions, pairings;
} Counts;

typedef struct
{
  const char *type;
  const char *title;
  int         month;       /* the month it belongs to, 0: any */
  int         days;
  const char *place;       /* NULL: the community's or the street's hall;
                            * {where}: the community, or the street */
} DemoActivityKind;

typedef struct
{
  const char *name;        /* short, for lists and resolutions */
  const char *title;
  const char *situation;   /* the problem as the proposer saw it */
  const char *proposal;    /* what they asked for */
  const char *unit;        /* who handles it */
  const char *response;    /* what the unit answered when it could */
} DemoTopic;

/* What a meeting is about, in the words of its title, agenda and minutes. */
typedef struct
{
  char       *title;
  char       *subject;     /* 民主协商会: what is consulted on */
  char       *report;      /* 情况通报会: what is reported on */
  char       *facts;       /* … and what it says */
  const char *theme;       /* 座谈会 */
  const char *place;
} MeetingFrame;

typedef struct
{
  guint     staff_chair;
  guint     staff_recorder;
  guint     invited[25];
  guint     n_invited;
  char      state[25];     /* '2' present, '3' absent, '4' observer, '1' invited */
  GString  *present;       /* names, for the minutes */
  GString  *absent;
  GString  *observers;
  GString  *talkers;       /* the staff at a talk besides the chair */
  guint     n_present;
} Roster;

#define HAS(info, n) ((((info)->categories) >> (n)) & 1)

typedef struct
{
  const char *code;        /* GB/T 2260 county-level code */
  const char *city;        /* without 市: 南京 */
  const char *district;
  const char *phone_area;
  const char *native;      /* how 籍贯 names it */
} DemoDistrict;

typedef struct
{
  const char *place;
  const char *area;        /* an area code there, for ID numbers */
  const char *ethnicity;   /* NULL: anyone; else the people mostly from there */
} DemoNative;

#define N_HAN_NATIVES 20     /* the first rows: places anyone may come from */

/* Peoples whose names are not a Han surname and given name: a name of
 * two parts drawn from a pool (扎西 + 多吉), or a given name and the
 * father's name joined with · (艾力·买买提). */
typedef struct
{
  const char        *ethnicity;
  const char        *separator;       /* "" or "·" */
  const char        *male;            /* names of word lists (data/demo/) */
  const char        *female;
  const char        *second;          /* the father's name, or a second part */
} DemoNativeNames;

#define PICK_FREQUENT(d, array) ((array)[_tx_demo_frequent_index ((d), G_N_ELEMENTS (array))])

#define PICK_FREQUENT_WORD(d, words) ((words)->v[_tx_demo_frequent_index ((d), (words)->n)])

/* Gregorian dates (MMDD) of the lunar holidays, from Debian's `lunar`
 * converter, and of the two Islamic ones as observed in China (±1 day). */
#define HOLIDAY_FIRST_YEAR 2018

#define HOLIDAY_YEARS      15

typedef struct
{
  const char *code;
  guint16     fixed;                      /* MMDD of a solar holiday, else 0 */
  guint16     dates[HOLIDAY_YEARS];
  const char *gifts;
} DemoHoliday;

typedef enum
{
  JOB_LEARNED,
  JOB_TECH,
  JOB_INTERMEDIARY,
  JOB_FREELANCE,
  JOB_MEDIA,
  JOB_BUSINESS,
  N_JOB_KINDS
} JobKind;

typedef struct
{
  const char *unit;        /* template: {city} {district} {brand} */
  const char *sector;
  const char *title;       /* 职称 */
  const char *post;
  const char *skill;
  int         min_age;     /* a senior title or post takes years */
} DemoJob;

#define UUID_LEN      37      /* 36 characters and the NUL */
#define WINDOW_DAYS   900     /* how far back the records go */

typedef struct
{
  const char *value;
  guint       weight;
} Weighted;

#define PICK(d, array) ((array)[_tx_demo_rnd ((d), 0, G_N_ELEMENTS (array) - 1)])
#define PICK_WORD(d, words) ((words)->v[_tx_demo_rnd ((d), 0, (words)->n - 1)])
#define PICK_WEIGHTED(d, table) _tx_demo_pick_weighted ((d), (table), G_N_ELEMENTS (table))

/* ---- the generator's state ---------------------------------------------- */

typedef struct
{
  char        uuid[UUID_LEN];
  char       *name;
  const char *roads[2];
  guint       street;
} DemoCommunity;

typedef struct
{
  char        uuid[UUID_LEN];
  char       *name;
  const char *post;
  int         community;       /* -1: the street office */
  gboolean    active;
} DemoStaff;

/* What later records need to know about a person. */
typedef struct
{
  char        uuid[UUID_LEN];
  char       *name;
  char       *label;           /* how minutes introduce them: "民盟盟员，某大学教授" */
  guint       community;
  guint       categories;      /* bit n: category n */
  const char *ethnicity;
  const char *religion;
  const char *political;
  const char *education;
  int         birth_year;
  int         birth_month;
  int         birth_day;       /* 0: year-month only */
  gboolean    male;
  gboolean    representative;
  gboolean    key_person;
  char        status;          /* '1' 在册, '2' 迁出, '3' 去世 */
  guint32     status_day;      /* when they moved away or died */
  gboolean    taiwan_native;   /* 籍贯 台湾: a 台湾同胞, not a relative */
  int         circumstance;    /* its kind, 0: none */
  guint32     circumstance_day;
  guint       circumstance_visits;
  gboolean    birthday_visited;
} DemoPerson;

typedef struct
{
  char      uuid[UUID_LEN];
  guint32   day;
  int       type;
  gboolean  upcoming;
  guint     topics[3];
  int       speakers[3];       /* people who raised topics[i], -1: none */
  gboolean  taken[3];          /* already followed up as a suggestion */
} DemoConsultation;

typedef struct
{
  TxDatabase         *db;
  GRand              *rand;
  guint32             today;   /* GDate Julian day */
  int                 today_year;
  const DemoDistrict *district;
  const char         *street;  /* the first street: where the office is */
  char                street_code[10];
  guint               n_streets;
  char              **street_names;  /* n_streets of them */
  GArray             *communities;
  GArray             *staff;
  GArray             *people;
  GArray             *consultations;
  GHashTable         *issued;  /* ID numbers and phones already given */
  GHashTable         *titles;  /* of meetings held */
  TxDemoProgress      progress;
  gpointer            user_data;
  guint               done;
  guint               total;
} Demo;

typedef gboolean (*PersonFilter) (Demo             *d,
                                  const DemoPerson *info);

/* the visit reasons, each visited at least once */
/* ---- visits ------------------------------------------------------------- */

static const char * const visit_reason_codes[] = { "1", "2", "3", "4", "5", "6", "9" };

/* ---- shared functions, by the file that defines them ---- */

/* tx-demo-util.c */
const char *_tx_demo_pick_weighted (Demo           *d,
                                    const Weighted *table,
                                    guint           n);
/* a position in a list ordered by frequency */
guint       _tx_demo_frequent_index (Demo  *d,
                                     guint  n);
/* @text with each {key} of the NULL-terminated key, value pairs replaced */
G_GNUC_NULL_TERMINATED
char       *_tx_demo_fill (Demo       *d,
                           const char *text,
                           ...);
int _tx_demo_age_of (Demo             *d,
                     const DemoPerson *person);
gboolean _tx_demo_chance (Demo *d,
                          int   percent);
char *_tx_demo_day_chinese (guint32 day);
char *_tx_demo_day_iso (guint32 day);
guint32 _tx_demo_day_new (int year,
                          int month,
                          int day);
void _tx_demo_day_split (guint32  day,
                         int     *year,
                         int     *month,
                         int     *mday);
char *_tx_demo_given_name (Demo     *d,
                           gboolean  male,
                           int       birth_year);
char *_tx_demo_make_address (Demo                *d,
                             const DemoCommunity *community);
char *_tx_demo_make_id_number (Demo       *d,
                               const char *area,
                               int         year,
                               int         month,
                               int         mday,
                               gboolean    male);
char *_tx_demo_make_landline (Demo *d);
char *_tx_demo_make_mobile (Demo *d);
char *_tx_demo_make_name (Demo        *d,
                          const char  *ethnicity,
                          gboolean     male,
                          int          birth_year,
                          const char **family_out);
void _tx_demo_new_uuid (Demo     *d,
                        gpointer  record,
                        char     *out);
guint32 _tx_demo_past_day (Demo *d,
                           int   min_days,
                           int   max_days);
DemoPerson *_tx_demo_person_at (Demo  *d,
                                guint  i);
guint _tx_demo_pick_people (Demo         *d,
                            int           community,
                            guint         want,
                            PersonFilter  accept,
                            guint        *out);
guint _tx_demo_pick_person (Demo         *d,
                            PersonFilter  accept);
guint _tx_demo_pick_staff (Demo *d,
                           int   community);
int _tx_demo_rnd (Demo *d,
                  int   lo,
                  int   hi);
gboolean _tx_demo_save (Demo      *d,
                        gpointer   record,
                        GError   **error);
void _tx_demo_shuffle (Demo  *d,
                       guint *items,
                       guint  n);
DemoStaff *_tx_demo_staff_at (Demo  *d,
                              guint  i);

/* tx-demo-people.c */
gboolean _tx_demo_add_person (Demo     *d,
                              guint     i,
                              GError  **error);
int _tx_demo_choose_background (Demo       *d,
                                DemoPerson *info);
void _tx_demo_choose_birth (Demo       *d,
                            DemoPerson *info);

/* tx-demo-work.c */
const char *_tx_demo_clergy_association (const char *religion);
const char *_tx_demo_choose_work (Demo       *d,
                                  DemoPerson *info,
                                  int         primary,
                                  gboolean    hong_kong,
                                  TxPerson   *p);

/* tx-demo-activities.c */
gboolean _tx_demo_add_activity (Demo     *d,
                                guint     i,
                                guint     n_upcoming,
                                GError  **error);

/* tx-demo-visits.c */
gboolean _tx_demo_add_visit (Demo     *d,
                             guint     i,
                             GError  **error);
gboolean _tx_demo_is_notable (Demo             *d,
                              const DemoPerson *info);

/* tx-demo-meetings.c */
const DemoTopic *_tx_demo_topic (guint index);
guint       _tx_demo_n_topics (void);
gboolean _tx_demo_add_consultation (Demo     *d,
                                    guint     i,
                                    GError  **error);

/* tx-demo-suggestions.c */
gboolean _tx_demo_add_suggestion (Demo     *d,
                                  guint     i,
                                  GError  **error);

G_END_DECLS
