/* tongxin-ui-bench.c — how long the window's main thread is blocked
 *
 * For each sidebar page: how long tx_page_reload() and a search block the
 * caller, and the longest main-loop pass in the 1.5 s after (when the rows
 * are shown). Needs a display (xvfb-run) and a database, e.g. one filled
 * with `tongxin-cli --database big.db demo --people 100000`:
 *
 *   xvfb-run -a build/tests/tongxin-ui-bench big.db
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "app/tx-application.h"
#include "app/pages/tx-page.h"
#include "app/tx-window.h"
#include "core/db/tx-database.h"

/* the longest single main-loop pass during the next @ms milliseconds */
static gint64
longest_pass_within (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;
  gint64 worst = 0;

  while (g_get_monotonic_time () < end)
    {
      gint64 start = g_get_monotonic_time ();

      if (!g_main_context_iteration (NULL, FALSE))
        {
          g_usleep (500);
          continue;
        }
      worst = MAX (worst, g_get_monotonic_time () - start);
    }
  return worst;
}

static void
measure_page (TxWindow   *window,
              const char *name,
              const char *search)
{
  TxPage *page = TX_PAGE (tx_window_get_page (window, name));
  gint64 start, reload_call, reload_pass, search_call = 0, search_pass = 0;

  tx_window_show_page (window, name);
  longest_pass_within (1500);

  start = g_get_monotonic_time ();
  tx_page_reload (page);
  reload_call = g_get_monotonic_time () - start;
  reload_pass = longest_pass_within (1500);

  if (search != NULL)
    {
      start = g_get_monotonic_time ();
      tx_page_set_search (page, search);
      search_call = g_get_monotonic_time () - start;
      search_pass = longest_pass_within (1500);
      tx_page_set_search (page, NULL);
      longest_pass_within (1500);
    }
  g_print ("%-14s %9.1f ms %11.1f ms %9.1f ms %11.1f ms\n", name,
           reload_call / 1000.0, reload_pass / 1000.0, search_call / 1000.0, search_pass / 1000.0);
}

int
main (int    argc,
      char **argv)
{
  const struct { const char *page; const char *search; } pages[] = {
    { "overview", NULL }, { "archive", "张" }, { "activities", "座谈" }, { "visits", "张" },
    { "consultations", "座谈" }, { "suggestions", "建议" }, { "pairings", "王" }, { "staff", "李" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(TxApplication) app = NULL;
  TxWindow *window;

  if (argc != 2)
    {
      g_printerr ("usage: %s DATABASE\n", argv[0]);
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_printerr ("%s: no display (run it with xvfb-run -a)\n", argv[0]);
      return 1;
    }
  db = tx_database_open (argv[1], &error);
  if (db == NULL)
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return 1;
    }

  app = tx_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = tx_window_new (GTK_APPLICATION (app), db);
  gtk_window_present (GTK_WINDOW (window));
  longest_pass_within (3000);

  g_print ("%-14s %12s %14s %12s %14s\n", "page", "reload call", "longest after", "search call", "longest after");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    measure_page (window, pages[i].page, pages[i].search);

  gtk_window_destroy (GTK_WINDOW (window));
  longest_pass_within (500);
  return 0;
}
