/* test-overview.c — the overview page on demo data under Xvfb: its figures
 * and charts are those of `tongxin-cli stats --year`, bars open the
 * archive filtered, a holiday reminder starts a visit
 *
 * Set TONGXIN_SCREENSHOTS=DIR to save the page (light and dark) there.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "app/tx-app-util.h"
#include "app/pages/tx-archive-page.h"
#include "app/widgets/tx-bar-chart.h"
#include "app/pages/tx-overview-page.h"
#include "app/editors/tx-visit-editor.h"
#include "app/tx-window.h"
#include "core/calendar/tx-holidays.h"
#include "core/reminders/tx-reminders.h"

#include "core/text/tx-i18n.h"
#include "app/widgets/tx-code-drop-down.h"
#include "tx-test-gtk-util.h"

static TxApplication *app;

typedef struct
{
  char       *dir;
  TxDatabase *db;
  TxWindow   *window;
  GHashTable *stats;   /* key → value, from tongxin-cli */
  GPtrArray  *keys;    /* in the order printed */
} Fixture;

/* tongxin-cli stats --year (the current year), as the user would run it */
static void
read_stats (Fixture *f)
{
  TxCivilDate today;
  g_autofree char *year = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  tx_civil_date_today (&today);
  year = g_strdup_printf ("%d", today.year);
  {
    const char *argv[] = { TONGXIN_CLI, "--database", tx_database_get_path (f->db), "stats", "--year", year, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) pair = g_strsplit (lines[i], ": ", 2);

      g_ptr_array_add (f->keys, g_strdup (pair[0]));
      g_hash_table_insert (f->stats, g_strdup (pair[0]), g_strdup (pair[1]));
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TxCivilDate today, tomorrow;
  g_autofree char *date = NULL;

  f->dir = tx_test_make_temp_dir ("overview");
  f->db = tx_test_open_demo_database (f->dir, 300, 5);
  /* a festival tomorrow, so there is a holiday to remind of on any day */
  tx_civil_date_today (&today);
  tx_civil_date_from_julian (tx_civil_date_to_julian (&today) + 1, &tomorrow);
  date = tx_civil_date_to_iso (&tomorrow);
  g_assert_true (tx_holidays_add_office (f->db, "12", date, NULL, &error));
  g_assert_no_error (error);

  f->stats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  f->keys = g_ptr_array_new_with_free_func (g_free);
  read_stats (f);
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
  g_hash_table_unref (f->stats);
  g_ptr_array_unref (f->keys);
}

static TxOverviewPage *
overview (Fixture *f)
{
  return TX_OVERVIEW_PAGE (tx_window_get_page (f->window, "overview"));
}

static const char *
stat_of (Fixture    *f,
      const char *key)
{
  const char *value = g_hash_table_lookup (f->stats, key);

  g_assert_nonnull (value);
  return value;
}

static void
assert_label (Fixture    *f,
              const char *widget_name,
              const char *expected)
{
  GtkWidget *label = tx_test_get_by_name (GTK_WIDGET (f->window), widget_name);

  g_test_message ("%s", widget_name);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, expected);
}

/* the chart's bars are the values stats prints under @prefix, in order
 * (the gender chart leaves out codes nobody has) */
static void
assert_chart (Fixture    *f,
              const char *widget_name,
              const char *prefix)
{
  TxBarChart *chart = TX_BAR_CHART (tx_test_get_by_name (GTK_WIDGET (f->window), widget_name));
  g_autofree char *dotted = g_strconcat (prefix, ".", NULL);
  gboolean skip_zero = g_str_equal (prefix, "people.gender");
  guint bar = 0;

  for (guint i = 0; i < f->keys->len; i++)
    {
      const char *key = g_ptr_array_index (f->keys, i);
      g_autofree char *shown = NULL;

      if (!g_str_has_prefix (key, dotted) || (skip_zero && g_str_equal (stat_of (f, key), "0")))
        continue;
      g_assert_cmpuint (bar, <, tx_bar_chart_get_n_bars (chart));
      shown = g_strdup_printf ("%" G_GINT64_FORMAT, tx_bar_chart_get_value (chart, bar));
      g_test_message ("%s %s", key, shown);
      g_assert_cmpstr (shown, ==, stat_of (f, key));
      bar++;
    }
  g_assert_cmpuint (bar, ==, tx_bar_chart_get_n_bars (chart));
  g_assert_cmpuint (bar, >, 0);
}

static void
test_figures_equal_stats (Fixture       *f,
                          gconstpointer  data)
{
  if (tx_test_skip_without_display ())
    return;

  g_assert_cmpstr (tx_window_get_visible_page_name (f->window), ==, "overview");
  g_assert_nonnull (tx_overview_page_get_figures (overview (f)));
  assert_label (f, "figure-people", stat_of (f, "people"));
  assert_label (f, "figure-representative", stat_of (f, "people.representative"));
  assert_label (f, "figure-key", stat_of (f, "people.key"));
  assert_label (f, "figure-activities", stat_of (f, "activities"));
  assert_label (f, "figure-meetings", stat_of (f, "meetings"));
  assert_label (f, "figure-visits", stat_of (f, "visits"));
  assert_label (f, "figure-suggestions-overdue", stat_of (f, "suggestions.overdue"));
  assert_label (f, "figure-suggestions-open", stat_of (f, "suggestions.awaiting"));

  assert_chart (f, "category-chart", "people.category");
  assert_chart (f, "community-chart", "people.community");
  assert_chart (f, "activity-month-chart", "activities.month");
  assert_chart (f, "meeting-month-chart", "meetings.month");
  assert_chart (f, "age-chart", "people.age");
  assert_chart (f, "gender-chart", "people.gender");

  tx_test_save_screenshot (GTK_WIDGET (f->window), "TONGXIN_SCREENSHOTS", "overview-light.png");
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);
  tx_test_save_screenshot (GTK_WIDGET (f->window), "TONGXIN_SCREENSHOTS", "overview-dark.png");
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
}

static GtkWidget *archive_page;

static gboolean
archive_has (gpointer expected)
{
  return tx_archive_page_get_n_people (TX_ARCHIVE_PAGE (archive_page)) == (guint) GPOINTER_TO_INT (expected);
}

/* Activates the bar @ref of @chart_name: the archive shows, filtered to
 * exactly the people stats counts under @key. */
static void
assert_bar_opens_archive (Fixture    *f,
                          const char *chart_name,
                          const char *ref,
                          const char *key)
{
  TxBarChart *chart = TX_BAR_CHART (tx_test_get_by_name (GTK_WIDGET (f->window), chart_name));
  gint64 expected = g_ascii_strtoll (stat_of (f, key), NULL, 10);
  GtkWidget *archive;
  guint index;

  for (index = 0; index < tx_bar_chart_get_n_bars (chart); index++)
    if (g_strcmp0 (tx_bar_chart_get_ref (chart, index), ref) == 0)
      break;
  g_assert_cmpuint (index, <, tx_bar_chart_get_n_bars (chart));
  g_assert_cmpint (tx_bar_chart_get_value (chart, index), ==, expected);
  tx_bar_chart_activate_bar (chart, index);

  g_assert_cmpstr (tx_window_get_visible_page_name (f->window), ==, "archive");
  archive = archive_page = tx_window_get_page (f->window, "archive");
  tx_test_run_main_loop_for (50);
  tx_test_wait_for_page (archive);
  tx_test_wait_until (archive_has, GINT_TO_POINTER (expected));
  g_assert_cmpint (tx_archive_page_get_n_people (TX_ARCHIVE_PAGE (archive)), ==, expected);
  g_assert_cmpint (expected, >, 0);
}

/* a category bar opens the archive filtered to that category */
static void
test_bar_opens_archive (Fixture       *f,
                        gconstpointer  data)
{
  if (tx_test_skip_without_display ())
    return;
  assert_bar_opens_archive (f, "category-chart", "03", "people.category.03");
}

/* an age bar: the archive's ages counted as the chart counts them (the age
 * reached in the year), so the numbers agree whatever today's date */
static void
test_age_bar_opens_archive (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *note;

  if (tx_test_skip_without_display ())
    return;
  assert_bar_opens_archive (f, "age-chart", "60-69", "people.age.60-69");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (tx_test_get_by_name (GTK_WIDGET (f->window), "min-age-filter"))), ==, 60);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (tx_test_get_by_name (GTK_WIDGET (f->window), "max-age-filter"))), ==, 69);
  note = tx_test_get_by_name (GTK_WIDGET (f->window), "ages-year-note");
  g_assert_true (gtk_widget_get_visible (note));
  tx_window_show_page (f->window, "overview");
  assert_bar_opens_archive (f, "age-chart", "under-40", "people.age.under-40");
  tx_window_show_page (f->window, "overview");
  assert_bar_opens_archive (f, "age-chart", "80-plus", "people.age.80-plus");
}

/* a gender bar opens the archive filtered to that gender */
static void
test_gender_bar_opens_archive (Fixture       *f,
                               gconstpointer  data)
{
  if (tx_test_skip_without_display ())
    return;
  assert_bar_opens_archive (f, "gender-chart", "2", "people.gender.2");
  g_assert_cmpstr (tx_code_drop_down_get_code (TX_CODE_DROP_DOWN (tx_test_get_by_name (GTK_WIDGET (f->window), "gender-filter"))), ==, "2");
  tx_window_show_page (f->window, "overview");
  assert_bar_opens_archive (f, "gender-chart", "1", "people.gender.1");
}

static gboolean
visit_editor_shown (gpointer data)
{
  return tx_test_find_visible_toplevel (TX_TYPE_VISIT_EDITOR) != NULL;
}

/* the holiday reminder's 记录走访 starts a visit with holiday and year */
static void
test_holiday_reminder_starts_visit (Fixture       *f,
                                    gconstpointer  data)
{
  GListModel *reminders;
  GtkListView *list;
  GtkWidget *button;
  GtkWindow *editor;
  TxReminder *chosen = NULL;
  guint position;

  if (tx_test_skip_without_display ())
    return;

  reminders = tx_overview_page_get_reminders (overview (f));
  for (position = 0; position < g_list_model_get_n_items (reminders); position++)
    {
      g_autoptr(TxReminder) reminder = g_list_model_get_item (reminders, position);

      if (tx_reminder_get_kind (reminder) == TX_REMINDER_HOLIDAY_VISIT &&
          g_str_equal (tx_reminder_get_holiday (reminder), "12"))
        {
          chosen = reminder;
          break;
        }
    }
  g_assert_nonnull (chosen);
  g_assert_nonnull (tx_reminder_get_uuid (chosen));

  list = GTK_LIST_VIEW (tx_test_get_by_name (GTK_WIDGET (f->window), "reminder-list"));
  button = tx_test_get_by_name (GTK_WIDGET (f->window), "record-visit-button");
  g_assert_false (gtk_widget_get_sensitive (button));
  gtk_selection_model_select_item (gtk_list_view_get_model (list), position, TRUE);
  g_assert_true (gtk_widget_get_sensitive (button));
  gtk_widget_activate (button);

  tx_test_wait_for (visit_editor_shown, NULL);
  editor = tx_test_find_visible_toplevel (TX_TYPE_VISIT_EDITOR);
  g_assert_cmpstr (tx_code_drop_down_get_code (TX_CODE_DROP_DOWN (tx_test_get_by_name (GTK_WIDGET (editor), "holiday-drop-down"))), ==, "12");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (tx_test_get_by_name (GTK_WIDGET (editor), "holiday-year-spin"))),
                   ==, tx_reminder_get_holiday_year (chosen));
  g_assert_cmpstr (tx_code_drop_down_get_code (TX_CODE_DROP_DOWN (tx_test_get_by_name (GTK_WIDGET (editor), "reason-drop-down"))), ==, "1");
  tx_test_destroy_window (editor);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* in the test's locale: the screenshots show what a user sees */
  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  tx_test_gtk_init ();
  app = tx_test_application_new ();

  g_test_add ("/overview/figures-equal-stats", Fixture, NULL, fixture_set_up, test_figures_equal_stats, fixture_tear_down);
  g_test_add ("/overview/bar-opens-archive", Fixture, NULL, fixture_set_up, test_bar_opens_archive, fixture_tear_down);
  g_test_add ("/overview/age-bar-opens-archive", Fixture, NULL, fixture_set_up, test_age_bar_opens_archive, fixture_tear_down);
  g_test_add ("/overview/gender-bar-opens-archive", Fixture, NULL, fixture_set_up, test_gender_bar_opens_archive, fixture_tear_down);
  g_test_add ("/overview/holiday-reminder-starts-visit", Fixture, NULL, fixture_set_up, test_holiday_reminder_starts_visit, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
