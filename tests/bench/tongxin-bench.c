/* tongxin-bench.c — figures for the speed of the core
 *
 * Speed is measured here, not asserted in tests: run
 *   build/tests/bench/tongxin-bench [--people N] [--database PATH]
 * and read the table it prints. With --database an existing file is
 * reused (filled with demo data first when it is empty).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-activity-query.h"
#include "core/model/tx-community.h"
#include "core/model/tx-consultation.h"
#include "core/demo/tx-demo.h"
#include "core/text/tx-civil-date.h"
#include "core/model/tx-meeting-query.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/model/tx-person-filter.h"
#include "core/model/tx-record-list.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"
#include "core/reminders/tx-reminders.h"
#include "core/stats/tx-year-figures.h"

static void
report (const char *what,
        gint64      start,
        const char *extra)
{
  double ms = (g_get_monotonic_time () - start) / 1000.0;

  g_print ("%-44s %10.1f ms  %s\n", what, ms, extra ? extra : "");
}

static void
time_list (TxDatabase           *db,
           const char           *label,
           const TxPersonFilter *filter)
{
  g_autoptr(TxQuery) query = tx_person_filter_to_query (filter);
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  gint64 start = g_get_monotonic_time ();
  guint n;

  list = tx_record_list_new (db, query, &error);
  if (list == NULL)
    g_error ("%s: %s", label, error->message);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  rows = g_strdup_printf ("%u rows", n);
  report (label, start, rows);

  /* what a view does for one screen of rows */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < MIN (n, 50); i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), n / 2 + i - MIN (n / 2, 25)));
  {
    g_autofree char *what = g_strdup_printf ("  build 50 visible rows (%s)", label);
    report (what, start, NULL);
  }
}

/* The id query of one of the other list pages, as their reload runs it. */
static void
time_query (TxDatabase *db,
            const char *label,
            TxQuery    *query)
{
  g_autoptr(TxQuery) owned = query;
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  gint64 start = g_get_monotonic_time ();

  list = tx_record_list_new (db, owned, &error);
  if (list == NULL)
    g_error ("%s: %s", label, error->message);
  rows = g_strdup_printf ("%u rows", g_list_model_get_n_items (G_LIST_MODEL (list)));
  report (label, start, rows);
}

static void
time_other_lists (TxDatabase *db)
{
  g_autofree char *today = tx_civil_date_dup_today_iso ();
  TxSuggestionFilter suggestions = { 0 };
  GType counted[] = {
    TX_TYPE_PERSON, TX_TYPE_COMMUNITY, TX_TYPE_STAFF, TX_TYPE_ACTIVITY,
    TX_TYPE_VISIT, TX_TYPE_CONSULTATION, TX_TYPE_SUGGESTION, TX_TYPE_PAIRING,
  };
  gint64 start;

  time_query (db, "activities", tx_activity_query_new (NULL));
  time_query (db, "activities, search 座谈", tx_activity_query_new ("座谈"));
  time_query (db, "visits", tx_visit_query_new (NULL));
  time_query (db, "visits, search 张", tx_visit_query_new ("张"));
  time_query (db, "staff", tx_staff_query_new (NULL, FALSE));
  time_query (db, "pairings", tx_pairing_query_new (NULL));
  time_query (db, "pairings, search 王", tx_pairing_query_new ("王"));
  time_query (db, "consultations", tx_meeting_consultation_query (NULL));
  suggestions.today = today;
  time_query (db, "suggestions", tx_meeting_suggestion_query (&suggestions));
  suggestions.search = "建议";
  time_query (db, "suggestions, search 建议", tx_meeting_suggestion_query (&suggestions));

  /* what the overview page reads each time it is shown */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    {
      g_autoptr(GError) error = NULL;

      if (tx_store_count (db, counted[i], FALSE, &error) < 0)
        g_error ("count: %s", error->message);
    }
  report ("overview: 8 counts", start, NULL);
}

/* the overview page's background job: the year's figures and the reminders */
static gpointer
overview_job (TxDatabase    *reader,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  TxReminderOptions options;
  g_autoptr(TxYearFigures) figures = NULL;
  GPtrArray *reminders;

  tx_reminder_options_init (&options);
  options.limit = 50;
  options.cancellable = cancellable;
  figures = tx_year_figures_compute_cancellable (reader, options.today.year, NULL, cancellable, error);
  if (figures == NULL)
    return NULL;
  reminders = tx_reminders_compute (reader, &options, error);
  return reminders;
}

typedef struct
{
  gint64   done_at;
  gboolean cancelled;
} JobResult;

static void
job_done (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  JobResult *job = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *reminders = tx_database_read_finish (TX_DATABASE (source), result, &error);

  job->done_at = g_get_monotonic_time ();
  job->cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_pointer (&reminders, g_ptr_array_unref);
}

/* Runs the job in the reading thread, cancelled after @cancel_after_ms
 * (0: never): the time from the start (or the cancel) to its end. */
static void
time_overview_job (TxDatabase *db,
                   guint       cancel_after_ms)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  JobResult job = { 0 };
  gint64 start = g_get_monotonic_time (), cancelled_at = 0;

  tx_database_read_async (db, overview_job, NULL, NULL, (GDestroyNotify) g_ptr_array_unref,
                          cancellable, job_done, &job);
  while (job.done_at == 0)
    {
      g_main_context_iteration (NULL, FALSE);
      if (cancel_after_ms > 0 && cancelled_at == 0 && g_get_monotonic_time () - start >= cancel_after_ms * 1000)
        {
          cancelled_at = g_get_monotonic_time ();
          g_cancellable_cancel (cancellable);
        }
      g_usleep (500);
    }
  if (cancel_after_ms == 0)
    report ("overview job (year figures + reminders)", start, NULL);
  else
    {
      g_autofree char *what = g_strdup_printf ("  its end after a cancel at %u ms", cancel_after_ms);

      report (what, cancelled_at != 0 ? cancelled_at : job.done_at, job.cancelled ? "cancelled" : "ran to the end");
    }
}

static void
list_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gint64 *done_at = user_data;
  g_autoptr(TxRecordList) list = tx_record_list_new_finish (result, NULL);

  *done_at = g_get_monotonic_time ();
}

/* The archive's list read after a change, queued behind the overview's job
 * (what a hidden overview did on every change) or alone (the overview
 * computes only while it is shown). */
static void
time_list_after_change (TxDatabase *db,
                        gboolean    behind_job)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  TxPersonFilter filter;
  g_autoptr(TxQuery) query = NULL;
  JobResult job = { 0 };
  gint64 start = g_get_monotonic_time (), list_at = 0;

  tx_person_filter_init (&filter);
  query = tx_person_filter_to_query (&filter);
  if (behind_job)
    tx_database_read_async (db, overview_job, NULL, NULL, (GDestroyNotify) g_ptr_array_unref,
                            cancellable, job_done, &job);
  tx_record_list_new_async (db, query, NULL, list_done, &list_at);
  while (list_at == 0 || (behind_job && job.done_at == 0))
    g_main_context_iteration (NULL, TRUE);
  /* from the change to the list's ids, not to the job's end */
  report (behind_job ? "archive list read behind the overview's job" : "archive list read alone",
          start + (g_get_monotonic_time () - list_at), NULL);
}

int
main (int    argc,
      char **argv)
{
  guint people = 100000;
  gboolean overview_only = FALSE;
  g_autofree char *database = NULL;
  GOptionEntry entries[] = {
    { "people", 0, 0, G_OPTION_ARG_INT, &people, "People to generate (default 100000)", "N" },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Reuse this database", "PATH" },
    { "overview", 0, 0, G_OPTION_ARG_NONE, &overview_only, "Only the overview's background job", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  TxPersonFilter filter;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (database == NULL)
    {
      dir = g_dir_make_tmp ("tongxin-bench-XXXXXX", &error);
      database = g_build_filename (dir, "bench.db", NULL);
    }

  start = g_get_monotonic_time ();
  db = tx_database_open (database, &error);
  if (db == NULL)
    g_error ("%s", error->message);
  report ("open (create and migrate)", start, database);

  if (tx_store_count (db, TX_TYPE_PERSON, TRUE, NULL) == 0)
    {
      TxDemoOptions options = { people, 1, NULL };
      g_autofree char *what = g_strdup_printf ("demo fill, %u people", people);

      start = g_get_monotonic_time ();
      if (!tx_demo_fill (db, &options, NULL, NULL, &error))
        g_error ("%s", error->message);
      report (what, start, NULL);
    }

  time_overview_job (db, 0);
  for (guint ms = 100; ms <= 6400; ms *= 2)
    time_overview_job (db, ms);
  time_list_after_change (db, TRUE);
  time_list_after_change (db, FALSE);
  if (overview_only)
    return 0;

  tx_person_filter_init (&filter);
  filter.sort = TX_PERSON_SORT_PINYIN;
  time_list (db, "archive, pinyin order", &filter);
  filter.sort = TX_PERSON_SORT_STROKES;
  time_list (db, "archive, surname strokes", &filter);
  filter.sort = TX_PERSON_SORT_COMMUNITY;
  time_list (db, "archive, by community", &filter);
  filter.sort = TX_PERSON_SORT_BIRTH;
  time_list (db, "archive, by birth date", &filter);
  filter.sort = TX_PERSON_SORT_PINYIN;
  filter.search = "张";
  time_list (db, "search 张 (name)", &filter);
  filter.search = "zw";
  time_list (db, "search zw (initials)", &filter);
  filter.search = "19650";
  time_list (db, "search 19650 (ID number)", &filter);
  filter.search = NULL;
  filter.category = "03";
  filter.min_age = 40;
  filter.max_age = 60;
  time_list (db, "category 03, age 40-60", &filter);
  time_other_lists (db);

  {
    TxPersonFilter all;
    g_autoptr(TxQuery) query = NULL;
    gint64 n;

    tx_person_filter_init (&all);
    query = tx_person_filter_to_query (&all);
    start = g_get_monotonic_time ();
    n = tx_query_count (query, db, &error);
    {
      g_autofree char *rows = g_strdup_printf ("%" G_GINT64_FORMAT " rows", n);
      report ("count(*) of the archive", start, rows);
    }
  }

  {
    g_autoptr(TxRecordList) list = NULL;
    g_autoptr(TxQuery) query = NULL;
    g_autoptr(TxPerson) person = NULL;

    tx_person_filter_init (&filter);
    query = tx_person_filter_to_query (&filter);
    list = tx_record_list_new (db, query, NULL);
    person = g_list_model_get_item (G_LIST_MODEL (list), 0);
    tx_person_set_notes (person, "benchmark");
    start = g_get_monotonic_time ();
    if (!tx_store_save (db, TX_RECORD (person), TX_SAVE_CHECK_CONFLICT, &error))
      g_error ("%s", error->message);
    report ("save one changed person (own transaction)", start, NULL);
  }

  if (dir != NULL)
    {
      g_autofree char *wal = g_strconcat (database, "-wal", NULL);
      g_autofree char *shm = g_strconcat (database, "-shm", NULL);

      g_clear_object (&db);
      g_remove (wal);
      g_remove (shm);
      g_remove (database);
      g_rmdir (dir);
    }
  return 0;
}
