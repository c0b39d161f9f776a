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

/* a copy of the request, for the reading thread */
typedef struct
{
  TxDocumentKind kind;
  char          *activity;
  char          *consultation;
  char          *person;
  int            year;
} DocumentJob;

static void
document_job_free (gpointer data)
{
  DocumentJob *job = data;

  g_free (job->activity);
  g_free (job->consultation);
  g_free (job->person);
  g_free (job);
}

static DocumentJob *
document_job_new (const TxDocumentRequest *request)
{
  DocumentJob *job = g_new0 (DocumentJob, 1);

  job->kind = request->kind;
  job->activity = g_strdup (request->activity_uuid);
  job->consultation = g_strdup (request->consultation_uuid);
  job->person = g_strdup (request->person_uuid);
  job->year = request->year;
  return job;
}

static TxReport *
build_document (TxDatabase        *reader,
                gpointer           data,
                TxReportProgress   progress,
                gpointer           progress_data,
                GCancellable      *cancellable,
                GError           **error)
{
  DocumentJob *job = data;

  switch (job->kind)
    {
    case TX_DOCUMENT_SIGNIN_SHEET:
      return tx_signin_sheet_build (reader, job->activity, job->consultation, SIGNIN_BLANK_ROWS, error);
    case TX_DOCUMENT_MINUTES:
      return tx_minutes_build (reader, job->consultation, error);
    case TX_DOCUMENT_REGISTRATION_SHEET:
      return tx_registration_sheet_build (reader, job->person, error);
    case TX_DOCUMENT_SUMMARY:
      return tx_summary_build (reader, job->year, NULL, error);
    default:
      g_return_val_if_reached (NULL);
    }
}

TxPrintPreview *
tx_print_document (GtkWindow               *parent,
                   TxDatabase              *db,
                   const TxDocumentRequest *request)
{
  g_return_val_if_fail (request != NULL, NULL);

  return present (tx_print_preview_new (parent, db, build_document, document_job_new (request),
                                        document_job_free));
}
