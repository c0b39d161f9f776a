/* test-overview-months.c — a month bar of the overview opens the activities
 * or the meetings filtered to that month, under Xvfb on demo data
 *
 * The list must show as many rows as the bar says, and as many as counted
 * here in SQL; the chip's ✕ brings every record back.
 *
 * Set TONGXIN_SCREENSHOTS=DIR to save the filtered activities there.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "app/pages/tx-page.h"
#include "app/pages/tx-record-list-page.h"
#include "app/tx-window.h"
#include "app/widgets/tx-bar-chart.h"
#include "core/text/tx-civil-date.h"
#include "core/text/tx-i18n.h"

#include "tx-test-gtk-util.h"

static TxApplication *app;

typedef struct
{
  char       *dir;
  TxDatabase *db;
  TxWindow   *window;
} Fixture;

typedef struct
{
  const char *chart;        /* the overview's chart */
  const char *page;         /* the window's page it opens */
  const char *count_sql;    /* a month's records, LIKE ? on the date */
  const char *all_sql;      /* every record not in the trash */
} MonthBarSpec;

static const MonthBarSpec activity_bars = {
  "activity-month-chart", "activities",
  "SELECT count(*) FROM activity WHERE trashed IS NULL AND start_date LIKE ?",
  "SELECT count(*) FROM activity WHERE trashed IS NULL",
};

static const MonthBarSpec meeting_bars = {
  "meeting-month-chart", "consultations",
  "SELECT count(*) FROM consultation WHERE trashed IS NULL AND date LIKE ?",
  "SELECT count(*) FROM consultation WHERE trashed IS NULL",
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = tx_test_make_temp_dir ("overview-months");
  /* enough people for meetings in several months of this year */
  f->db = tx_test_open_demo_database (f->dir, 2000, 7);
  f->window = tx_test_show_window (app, f->db);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  tx_test_wait_for_loads (f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tx_test_destroy_window (GTK_WINDOW (f->window));
  tx_test_release_database (f->db);
  tx_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* the bar with the most records (a month with none would prove little) */
static guint
fullest_bar (TxBarChart *chart)
{
  guint best = 0;

  g_assert_cmpuint (tx_bar_chart_get_n_bars (chart), ==, 12);
  for (guint i = 1; i < 12; i++)
    if (tx_bar_chart_get_value (chart, i) > tx_bar_chart_get_value (chart, best))
      best = i;
  g_assert_cmpint (tx_bar_chart_get_value (chart, best), >, 0);
  return best;
}

static void
wait_for_list (GtkWidget *page)
{
  tx_test_run_main_loop_for (50);
  tx_test_wait_for_page (page);
}

static void
assert_month_bar_opens_list (Fixture            *f,
                             const MonthBarSpec *spec,
                             const char         *screenshot)
{
  TxBarChart *chart = TX_BAR_CHART (tx_test_get_by_name (GTK_WIDGET (f->window), spec->chart));
  guint bar = fullest_bar (chart);
  TxCivilDate today;
  g_autofree char *month = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *chip_text = NULL;
  GtkWidget *page, *chip;
  gint64 shown_on_bar = tx_bar_chart_get_value (chart, bar);
  gint64 all = tx_test_count (f->db, spec->all_sql, NULL);

  tx_civil_date_today (&today);
  month = g_strdup_printf ("%04d-%s", today.year, tx_bar_chart_get_ref (chart, bar));
  pattern = g_strdup_printf ("%s%%", month);
  g_assert_cmpint (shown_on_bar, ==, tx_test_count (f->db, spec->count_sql, pattern));
  g_assert_cmpint (all, >, shown_on_bar);

  tx_bar_chart_activate_bar (chart, bar);
  g_assert_cmpstr (tx_window_get_visible_page_name (f->window), ==, spec->page);
  page = tx_window_get_page (f->window, spec->page);
  wait_for_list (page);
  g_assert_cmpint (tx_record_list_page_get_n_items (TX_RECORD_LIST_PAGE (page)), ==, shown_on_bar);
  g_assert_cmpstr (tx_record_list_page_get_date_from (TX_RECORD_LIST_PAGE (page)), ==, month);

  /* the chip says which month, in the user's language */
  chip = tx_test_get_by_name (page, "date-filter");
  g_assert_true (gtk_widget_get_visible (chip));
  {
    TxCivilDate first = { today.year, (int) g_ascii_strtoll (tx_bar_chart_get_ref (chart, bar), NULL, 10), 0 };
    g_autofree char *month_text = tx_civil_date_format (&first);

    chip_text = g_strdup (gtk_label_get_label (GTK_LABEL (tx_test_get_by_name (page, "date-filter-label"))));
    g_assert_nonnull (strstr (chip_text, month_text));
  }
  if (screenshot != NULL)
    tx_test_save_screenshot (GTK_WIDGET (f->window), "TONGXIN_SCREENSHOTS", screenshot);

  /* ✕ shows every record again */
  /* "clicked" itself: gtk_widget_activate() on a button clicks it only
   * after GTK's 250 ms press animation */
  g_signal_emit_by_name (tx_test_get_by_name (page, "date-filter-clear"), "clicked");
  wait_for_list (page);
  g_assert_false (gtk_widget_get_visible (chip));
  g_assert_null (tx_record_list_page_get_date_from (TX_RECORD_LIST_PAGE (page)));
  g_assert_cmpint (tx_record_list_page_get_n_items (TX_RECORD_LIST_PAGE (page)), ==, all);
}

static void
test_activity_month (Fixture       *f,
                     gconstpointer  data)
{
  if (tx_test_skip_without_display ())
    return;
  assert_month_bar_opens_list (f, &activity_bars, "activities-month-filter.png");
}

static void
test_meeting_month (Fixture       *f,
                    gconstpointer  data)
{
  if (tx_test_skip_without_display ())
    return;
  assert_month_bar_opens_list (f, &meeting_bars, NULL);
}

/* another database drops the month: it was asked of the other office's
 * figures */
static void
test_other_database (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *page;
  g_autofree char *other_dir = NULL;
  TxDatabase *other;

  if (tx_test_skip_without_display ())
    return;
  page = tx_window_get_page (f->window, "activities");
  tx_record_list_page_show_month (TX_RECORD_LIST_PAGE (page), 2026, 3);
  wait_for_list (page);
  g_assert_true (gtk_widget_get_visible (tx_test_get_by_name (page, "date-filter")));

  other_dir = tx_test_make_temp_dir ("overview-months-other");
  other = tx_test_open_demo_database (other_dir, 300, 5);
  tx_page_set_database (TX_PAGE (page), other);
  wait_for_list (page);
  g_assert_null (tx_record_list_page_get_date_from (TX_RECORD_LIST_PAGE (page)));
  g_assert_false (gtk_widget_get_visible (tx_test_get_by_name (page, "date-filter")));
  g_assert_cmpint (tx_record_list_page_get_n_items (TX_RECORD_LIST_PAGE (page)), ==,
                   tx_test_count (other, activity_bars.all_sql, NULL));
  tx_page_set_database (TX_PAGE (page), f->db);
  wait_for_list (page);
  tx_test_release_database (other);
  tx_test_remove_tree (other_dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  tx_test_gtk_init ();
  app = tx_test_application_new ();

  g_test_add ("/overview-months/activity-bar", Fixture, NULL, fixture_set_up, test_activity_month, fixture_tear_down);
  g_test_add ("/overview-months/meeting-bar", Fixture, NULL, fixture_set_up, test_meeting_month, fixture_tear_down);

  g_test_add ("/overview-months/other-database", Fixture, NULL, fixture_set_up, test_other_database, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
