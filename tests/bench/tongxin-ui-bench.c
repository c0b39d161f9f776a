/* tongxin-ui-bench.c — the window's figures, in the real window
 *
 *   xvfb-run -a build/tests/tongxin-ui-bench DATABASE [--runs N]
 *   xvfb-run -a build/tests/tongxin-ui-bench DATABASE --first-frame
 *
 * prints BENCH lines (tests/bench/tx-bench-util.h): for queries of each
 * kind typed into the archive's search entry, the time from the last key
 * press (an X key event sent by xdotool; without xdotool the text is
 * inserted into the entry, and the label says so) to the first frame
 * painted with the result, any debounce included; the longest main-loop
 * pass while typing and while scrolling the archive from top to bottom;
 * the peak RSS with the archive shown and after visiting every page.
 * --typing-only stops after the typing figures, --scrolling-only does the
 * scrolling alone (for a profiler).
 * --first-frame starts the application as `tongxin --database` does and
 * prints the time from the start of the process to its first frame.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <unistd.h>

#include <gtk/gtk.h>

#include "app/tx-application.h"
#include "app/tx-renderer.h"
#include "app/pages/tx-page.h"
#include "app/tx-window.h"
#include "core/db/tx-database.h"
#include "core/model/tx-person-filter.h"
#include "tx-bench-util.h"

static guint runs = 5;

/* ---- start to first frame -------------------------------------------------- */

/* ms since the kernel started this process (its start time is in clock
 * ticks since boot) */
static double
ms_since_process_start (void)
{
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;
  struct timespec now;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (after_name = strrchr (stat, ')')) == NULL)
    return -1;
  fields = g_strsplit (after_name + 2, " ", 0);
  clock_gettime (CLOCK_BOOTTIME, &now);
  /* field 22 of the line is the 20th after the name */
  return (now.tv_sec + now.tv_nsec / 1e9) * 1000.0 -
         g_ascii_strtod (fields[19], NULL) * 1000.0 / sysconf (_SC_CLK_TCK);
}

static void
on_first_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, user_data);
  tx_bench_print ("start to first frame, 100k db", ms_since_process_start (), "ms", 250);
  g_application_quit (G_APPLICATION (user_data));
}

static void
on_window_realized (GtkWidget *window,
                    gpointer   app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_first_paint), app);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_connect (window, "realize", G_CALLBACK (on_window_realized), app);
}

static int
first_frame (const char *path)
{
  g_autoptr(TxApplication) app = tx_application_new ();
  char *argv[] = { (char *) "tongxin", (char *) "--database", (char *) path, NULL };

  /* added to the application's own flags: without HANDLES_COMMAND_LINE
   * --database is never read and the default database is shown instead */
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
  return g_application_run (G_APPLICATION (app), 3, argv);
}

/* ---- the main loop, pass by pass ------------------------------------------ */

static gint64 longest_pass;   /* µs, since the last reset */

static void
iterate (void)
{
  gint64 start = g_get_monotonic_time ();

  if (!g_main_context_iteration (NULL, FALSE))
    {
      g_usleep (200);
      return;
    }
  longest_pass = MAX (longest_pass, g_get_monotonic_time () - start);
}

static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    iterate ();
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* ---- keystroke to frame --------------------------------------------------- */

typedef struct
{
  GtkWidget  *entry;
  GtkWidget  *view;
  const char *query;
  guint       expected;      /* rows the archive shows for the query */
  gint64      last_key;      /* µs */
  guint       keys;
  gboolean    ready;         /* the result was laid out for this frame */
  gint64      shown;         /* µs: the frame that shows it was painted */
} Typing;

static gboolean
result_is_there (Typing *typing)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (typing->view)));

  return typing->last_key > 0 && model != NULL &&
         g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (typing->entry)), typing->query) == 0 &&
         g_list_model_get_n_items (model) == typing->expected;
}

static void
on_layout (GdkFrameClock *clock,
           Typing        *typing)
{
  if (typing->shown == 0)
    typing->ready = result_is_there (typing);
}

static void
on_after_paint (GdkFrameClock *clock,
                Typing        *typing)
{
  if (typing->ready && typing->shown == 0)
    typing->shown = g_get_monotonic_time ();
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                Typing                *typing)
{
  typing->last_key = g_get_monotonic_time ();
  typing->keys++;
  return FALSE;
}

static gpointer
count_in_reader (TxDatabase    *reader,
                 gpointer       data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  TxPersonFilter filter;
  g_autoptr(TxQuery) query = NULL;
  gint64 n;

  tx_person_filter_init (&filter);
  filter.search = data;
  query = tx_person_filter_to_query (&filter);
  n = tx_query_count (query, reader, error);
  return n < 0 ? NULL : g_memdup2 (&n, sizeof n);
}

static void
on_counted (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autofree gint64 *n = tx_database_read_finish (TX_DATABASE (source), result, NULL);

  *(gint64 *) data = n != NULL ? *n : 0;
}

/* the rows the archive shows for @search, counted on the database's
 * reading thread as the window's lists are: a count on the main
 * connection would build a second set of the in-memory search keys,
 * which the program never does, and add it to the RSS measured */
static guint
archive_count (TxDatabase *db,
               const char *search)
{
  gint64 n = -1;

  tx_database_read_async (db, count_in_reader, g_strdup (search), g_free, g_free, NULL, on_counted, &n);
  while (n < 0)
    g_main_context_iteration (NULL, TRUE);
  return n;
}

/* xdotool types @text into the focused window; FALSE when it could not */
static gboolean
type_with_xdotool (const char *text)
{
  const char *argv[] = { "xdotool", "type", "--delay", "80", text, NULL };

  return g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                        NULL, NULL, NULL, NULL);
}

/* without xdotool: the characters inserted one by one, 80 ms apart */
static void
type_into_entry (Typing *typing)
{
  int position;

  for (const char *p = typing->query; *p; p = g_utf8_next_char (p))
    {
      position = -1;
      typing->last_key = g_get_monotonic_time ();
      gtk_editable_insert_text (GTK_EDITABLE (typing->entry), p, g_utf8_next_char (p) - p, &position);
      gtk_editable_set_position (GTK_EDITABLE (typing->entry), -1);
      run_for (80);
    }
}

/* ms from the last key to the frame showing the result, and the longest
 * pass meanwhile; FALSE when the result did not show within 10 s */
static gboolean
type_once (Typing   *typing,
           gboolean  xdotool,
           double   *latency,
           double   *stall)
{
  gint64 deadline;

  gtk_editable_set_text (GTK_EDITABLE (typing->entry), "");
  run_for (1500);
  typing->last_key = 0;
  typing->keys = 0;
  typing->ready = FALSE;
  typing->shown = 0;
  longest_pass = 0;
  if (xdotool)
    type_with_xdotool (typing->query);
  else
    type_into_entry (typing);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (typing->shown == 0 && g_get_monotonic_time () < deadline)
    iterate ();
  if (typing->shown == 0 || typing->shown < typing->last_key)
    return FALSE;
  *latency = (typing->shown - typing->last_key) / 1000.0;
  *stall = longest_pass / 1000.0;
  return TRUE;
}

static void
bench_typing (TxWindow   *window,
              TxDatabase *db,
              Typing     *typing,
              const char *label,
              const char *query,
              double      target,
              double     *worst_stall)
{
  g_autofree double *latencies = g_new0 (double, runs);
  gboolean xdotool = g_find_program_in_path ("xdotool") != NULL;
  double stall = 0;
  guint done = 0;

  typing->query = query;
  typing->expected = archive_count (db, query);
  for (guint r = 0; r < runs; r++)
    {
      if (!type_once (typing, xdotool, &latencies[done], &stall) && xdotool)
        {
          /* the X keys did not arrive (no focus, no keysym for the text) */
          xdotool = FALSE;
          r--;
          continue;
        }
      *worst_stall = MAX (*worst_stall, stall);
      done++;
    }
  {
    g_autofree char *full = g_strdup_printf ("keystroke to frame, %s%s (%u rows)", label,
                                             xdotool ? "" : " [inserted, no X key]", typing->expected);
    tx_bench_print (full, done > 0 ? tx_bench_median (latencies, done) : -1, "ms", target);
  }
}

/* ---- scrolling ---------------------------------------------------------------- */

static double
scroll_top_to_bottom (GtkWidget *view)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  const guint steps = 200;

  gtk_adjustment_set_value (adjustment, 0);
  run_for (500);
  longest_pass = 0;
  for (guint i = 1; i <= steps; i++)
    {
      double bottom = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

      gtk_adjustment_set_value (adjustment, bottom * i / steps);
      run_for (20);
    }
  run_for (500);
  return longest_pass / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  const char *pages[] = { "overview", "archive", "activities", "visits", "consultations",
                          "suggestions", "pairings", "staff", "trash" };
  gboolean first = FALSE;
  gboolean typing_only = FALSE;
  gboolean scrolling_only = FALSE;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each figure; the median is printed (default 5)", "N" },
    { "first-frame", 0, 0, G_OPTION_ARG_NONE, &first, "Only the time from start to the first frame", NULL },
    { "typing-only", 0, 0, G_OPTION_ARG_NONE, &typing_only, "Only the typing figures (for a profiler)", NULL },
    { "scrolling-only", 0, 0, G_OPTION_ARG_NONE, &scrolling_only, "Only the scrolling figure (for a profiler)", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DATABASE");
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = NULL;
  g_autoptr(TxApplication) app = NULL;
  GtkEventController *keys;
  GdkFrameClock *clock;
  Typing typing = { 0 };
  TxWindow *window;
  g_autofree char *digits = NULL;
  double typing_stall = 0;

  /* the renderer the tongxin program would choose here (src/app/main.c) */
  tx_renderer_choose_default ();
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("usage: %s DATABASE [--runs N] [--first-frame]\n", argv[0]);
      return 2;
    }
  runs = MAX (runs, 1);
  if (first)
    return first_frame (argv[1]);
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
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  tx_window_show_page (window, "archive");
  run_for (4000);
  tx_bench_print ("peak RSS, archive shown", tx_bench_memory_mib ("VmHWM:"), "MiB", 0);

  typing.entry = find_named (GTK_WIDGET (window), "search-entry");
  typing.view = find_named (tx_window_get_page (window, "archive"), "archive-view");
  g_assert (typing.entry != NULL && typing.view != NULL);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), &typing);
  gtk_widget_add_controller (GTK_WIDGET (window), keys);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "layout", G_CALLBACK (on_layout), &typing);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &typing);
  gtk_widget_grab_focus (typing.entry);
  {
    /* the X pointer over the window: without a window manager the keys go
     * to the window under it */
    const char *argv_move[] = { "xdotool", "mousemove", "300", "20", NULL };
    g_spawn_sync (NULL, (char **) argv_move, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, NULL, NULL, NULL, NULL);
  }

  {
    g_auto(TxStatement) stmt = tx_database_prepare (db, "SELECT substr(document_number, 7, 8) FROM person"
                                                    " WHERE length(document_number) = 18 ORDER BY id"
                                                    " LIMIT 1 OFFSET 5000", NULL);
    digits = stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW ? g_strdup (tx_column_text (stmt, 0))
                                                               : g_strdup ("19650101");
  }
  if (!scrolling_only)
    {
      bench_typing (window, db, &typing, "1 character 张", "张", 50, &typing_stall);
      bench_typing (window, db, &typing, "2 characters 张伟", "张伟", 50, &typing_stall);
      bench_typing (window, db, &typing, "pinyin initials zw", "zw", 50, &typing_stall);
      bench_typing (window, db, &typing, "pinyin zhangw", "zhangw", 16, &typing_stall);
      bench_typing (window, db, &typing, "8 ID digits", digits, 16, &typing_stall);
      tx_bench_print ("longest main-thread stall while typing", typing_stall, "ms", 16);
    }
  if (typing_only)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      run_for (500);
      return 0;
    }

  gtk_editable_set_text (GTK_EDITABLE (typing.entry), "");
  run_for (2000);
  {
    g_autofree double *stalls = g_new (double, runs);

    for (guint r = 0; r < runs; r++)
      stalls[r] = scroll_top_to_bottom (typing.view);
    tx_bench_print ("longest main-thread stall scrolling the archive top to bottom",
                    tx_bench_median (stalls, runs), "ms", 16);
  }
  if (scrolling_only)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      run_for (500);
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      tx_window_show_page (window, pages[i]);
      run_for (2000);
    }
  tx_bench_print ("peak RSS after visiting every page", tx_bench_memory_mib ("VmHWM:"), "MiB", 180);

  gtk_window_destroy (GTK_WINDOW (window));
  run_for (500);
  return 0;
}
