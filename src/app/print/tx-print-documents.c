/* tx-print-documents.c — open the print preview of each document
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-print-documents.h"

#define SIGNIN_BLANK_ROWS 8

static TxPrintPreview *
present (TxPrintPreview *preview)
{
  gtk_window_present (GTK_WINDOW (preview));
  return preview;
}

/* ---- roster: a deep copy of the options, for the reading thread ---------------- */

static const char *
keep (TxFilterCopy *copy,
      const char   *text)
{
  char *kept = g_strdup (text);

  if (kept != NULL)
    g_ptr_array_add (copy->strings, kept);
  return kept;
}

void
tx_filter_copy_init (TxFilterCopy         *copy,
                     const TxPersonFilter *filter)
{
  copy->strings = g_ptr_array_new_with_free_func (g_free);
  copy->filter = *filter;
  copy->filter.search = keep (copy, filter->search);
  copy->filter.category = keep (copy, filter->category);
  copy->filter.community = keep (copy, filter->community);
  copy->filter.political_status = keep (copy, filter->political_status);
  copy->filter.ethnicity = keep (copy, filter->ethnicity);
  copy->filter.role_kind = keep (copy, filter->role_kind);
  copy->filter.status = keep (copy, filter->status);
  copy->filter.exclude = NULL;
}

void
tx_filter_copy_clear (TxFilterCopy *copy)
{
  g_clear_pointer (&copy->strings, g_ptr_array_unref);
}

typedef struct
{
  TxRosterOptions options;
  TxFilterCopy    filter;
  GStrv           uuids;
  TxRosterColumn *columns;
} RosterJob;

static void
roster_job_free (gpointer data)
{
  RosterJob *job = data;

  tx_filter_copy_clear (&job->filter);
  g_strfreev (job->uuids);
  g_free (job->columns);
  g_free (job);
}

static TxReport *
build_roster (TxDatabase        *reader,
              gpointer           data,
              TxReportProgress   progress,
              gpointer           progress_data,
              GCancellable      *cancellable,
              GError           **error)
{
  RosterJob *job = data;

  job->options.progress = progress;
  job->options.progress_data = progress_data;
  return tx_roster_build (reader, &job->options, cancellable, error);
}

TxPrintPreview *
tx_print_roster (GtkWindow             *parent,
                 TxDatabase            *db,
                 const TxRosterOptions *options)
{
  RosterJob *job = g_new0 (RosterJob, 1);

  job->options = *options;
  job->options.description = NULL;
  if (options->filter != NULL)
    {
      tx_filter_copy_init (&job->filter, options->filter);
      job->options.filter = &job->filter.filter;
    }
  job->uuids = g_strdupv ((char **) options->uuids);
  job->options.uuids = (const char * const *) job->uuids;
  job->columns = g_memdup2 (options->columns, sizeof (TxRosterColumn) * options->n_columns);
  job->options.columns = job->columns;
  return present (tx_print_preview_new (parent, db, build_roster, job, roster_job_free));
}

/* ---- documents of one record ---------------------------------------------------- */

typedef struct
{
  char *activity;
  char *consultation;
  char *person;
  int   year;
} RecordJob;

static void
record_job_free (gpointer data)
{
  RecordJob *job = data;

  g_free (job->activity);
  g_free (job->consultation);
  g_free (job->person);
  g_free (job);
}

static RecordJob *
record_job_new (const char *activity,
                const char *consultation,
                const char *person,
                int         year)
{
  RecordJob *job = g_new0 (RecordJob, 1);

  job->activity = g_strdup (activity);
  job->consultation = g_strdup (consultation);
  job->person = g_strdup (person);
  job->year = year;
  return job;
}

static TxReport *
build_signin (TxDatabase        *reader,
              gpointer           data,
              TxReportProgress   progress,
              gpointer           progress_data,
              GCancellable      *cancellable,
              GError           **error)
{
  RecordJob *job = data;

  return tx_signin_sheet_build (reader, job->activity, job->consultation, SIGNIN_BLANK_ROWS, error);
}

static TxReport *
build_minutes (TxDatabase        *reader,
               gpointer           data,
               TxReportProgress   progress,
               gpointer           progress_data,
               GCancellable      *cancellable,
               GError           **error)
{
  return tx_minutes_build (reader, ((RecordJob *) data)->consultation, error);
}

static TxReport *
build_registration (TxDatabase        *reader,
                    gpointer           data,
                    TxReportProgress   progress,
                    gpointer           progress_data,
                    GCancellable      *cancellable,
                    GError           **error)
{
  return tx_registration_sheet_build (reader, ((RecordJob *) data)->person, error);
}

static TxReport *
build_summary (TxDatabase        *reader,
               gpointer           data,
               TxReportProgress   progress,
               gpointer           progress_data,
               GCancellable      *cancellable,
               GError           **error)
{
  return tx_summary_build (reader, ((RecordJob *) data)->year, NULL, error);
}

TxPrintPreview *
tx_print_signin_sheet (GtkWindow  *parent,
                       TxDatabase *db,
                       const char *activity_uuid,
                       const char *consultation_uuid)
{
  return present (tx_print_preview_new (parent, db, build_signin,
                                        record_job_new (activity_uuid, consultation_uuid, NULL, 0),
                                        record_job_free));
}

TxPrintPreview *
tx_print_minutes (GtkWindow  *parent,
                  TxDatabase *db,
                  const char *consultation_uuid)
{
  return present (tx_print_preview_new (parent, db, build_minutes,
                                        record_job_new (NULL, consultation_uuid, NULL, 0),
                                        record_job_free));
}

TxPrintPreview *
tx_print_registration_sheet (GtkWindow  *parent,
                             TxDatabase *db,
                             const char *person_uuid)
{
  return present (tx_print_preview_new (parent, db, build_registration,
                                        record_job_new (NULL, NULL, person_uuid, 0),
                                        record_job_free));
}

TxPrintPreview *
tx_print_summary (GtkWindow  *parent,
                  TxDatabase *db,
                  int         year)
{
  return present (tx_print_preview_new (parent, db, build_summary,
                                        record_job_new (NULL, NULL, NULL, year),
                                        record_job_free));
}
