/* tongxin-print-bench.c — how long a big roster takes to print to PDF
 *
 *   build/tests/tongxin-print-bench DATABASE [OUTPUT.pdf]
 *
 * prints the time to read the people, lay out the pages and write the PDF
 * of the default roster (every person on the register, stroke order):
 * wall-clock time, and in brackets the CPU time this process used (the
 * figure to trust on a machine busy with other work).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <time.h>

#include <glib/gstdio.h>

#include "core/text/tx-i18n.h"
#include "core/report/tx-documents.h"
#include "core/report/tx-report-pages.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(TxReport) report = NULL;
  g_autoptr(TxReportPages) pages = NULL;
  g_autoptr(GFile) file = NULL;
  TxRosterOptions options;
  gint64 t0, t1, t2, t3;
  clock_t c0, c1, c2, c3;

  tx_i18n_init ();
  if (argc < 2)
    {
      g_printerr ("usage: %s DATABASE [OUTPUT.pdf]\n", argv[0]);
      return 2;
    }
  db = tx_database_open (argv[1], &error);
  if (db == NULL)
    g_error ("%s", error->message);
  file = g_file_new_for_path (argc > 2 ? argv[2] : "/dev/null");
  tx_roster_options_init (&options);

  t0 = g_get_monotonic_time ();
  c0 = clock ();
  report = tx_roster_build (db, &options, NULL, &error);
  t1 = g_get_monotonic_time ();
  c1 = clock ();
  if (report != NULL)
    pages = tx_report_pages_new (report, NULL, NULL, NULL, &error);
  t2 = g_get_monotonic_time ();
  c2 = clock ();
  if (pages == NULL || !tx_report_pages_write_pdf_file (pages, file, NULL, &error))
    g_error ("%s", error->message);
  t3 = g_get_monotonic_time ();
  c3 = clock ();

  g_print ("pages: %u\n", tx_report_pages_get_n_pages (pages));
#define MS(c) ((double) (c) * 1000.0 / CLOCKS_PER_SEC)
  g_print ("read people: %.0f ms (CPU %.0f ms)\n", (t1 - t0) / 1000.0, MS (c1 - c0));
  g_print ("lay out: %.0f ms (CPU %.0f ms)\n", (t2 - t1) / 1000.0, MS (c2 - c1));
  g_print ("write PDF: %.0f ms (CPU %.0f ms)\n", (t3 - t2) / 1000.0, MS (c3 - c2));
  g_print ("total: %.0f ms (CPU %.0f ms)\n", (t3 - t0) / 1000.0, MS (c3 - c0));
  return 0;
}
