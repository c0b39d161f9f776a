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
#include "core/db/tx-store.h"
#include "core/model/tx-person.h"
#include "tx-bench-util.h"

/* One roster to PDF: wall-clock and CPU ms; the pages in @n_pages */
static void
print_once (TxDatabase *db,
            GFile      *file,
            double     *wall,
            double     *cpu,
            guint      *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxReport) report = NULL;
  g_autoptr(TxReportPages) pages = NULL;
  TxRosterOptions options;
  gint64 start = g_get_monotonic_time ();
  double cpu_start = tx_bench_cpu_ms ();

  tx_roster_options_init (&options);
  report = tx_roster_build (db, &options, NULL, &error);
  if (report != NULL)
    pages = tx_report_pages_new (report, NULL, NULL, NULL, &error);
  if (pages == NULL || !tx_report_pages_write_pdf_file (pages, file, NULL, &error))
    g_error ("%s", error->message);
  *wall = (g_get_monotonic_time () - start) / 1000.0;
  *cpu = tx_bench_cpu_ms () - cpu_start;
  *n_pages = tx_report_pages_get_n_pages (pages);
}

/* --runs N: only the BENCH line, the median of N runs */
static int
bench_runs (TxDatabase *db,
            GFile      *file,
            guint       runs)
{
  g_autofree double *wall = g_new (double, runs);
  g_autofree double *cpu = g_new (double, runs);
  g_autofree char *label = NULL;
  guint n_pages = 0;
  gint64 people;

  for (guint r = 0; r < runs; r++)
    print_once (db, file, &wall[r], &cpu[r], &n_pages);
  people = tx_store_count (db, TX_TYPE_PERSON, FALSE, NULL);
  label = g_strdup_printf ("roster of the register to PDF (%" G_GINT64_FORMAT " people on the books,"
                           " %u pages; CPU %.0f ms)", people, n_pages, tx_bench_median (cpu, runs));
  tx_bench_print (label, tx_bench_median (wall, runs), "ms", 3000);
  return 0;
}

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
      g_printerr ("usage: %s DATABASE [OUTPUT.pdf [--runs N]]\n", argv[0]);
      return 2;
    }
  db = tx_database_open (argv[1], &error);
  if (db == NULL)
    g_error ("%s", error->message);
  file = g_file_new_for_path (argc > 2 ? argv[2] : "/dev/null");
  if (argc > 4 && g_str_equal (argv[3], "--runs"))
    return bench_runs (db, file, MAX (1, atoi (argv[4])));
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
