/* test-festivals.c — the office's festivals in Preferences, under Xvfb:
 * a year's holidays listed, festivals added (dates through the civil-date
 * parser) and removed, and `tongxin-cli holidays` agreeing with the page.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "app/tx-application.h"
#include "app/dialogs/tx-festivals-page.h"
#include "app/dialogs/tx-preferences-dialog.h"
#include "app/tx-window.h"
#include "core/calendar/tx-holidays.h"
#include "core/text/tx-i18n.h"
#include "tx-test-gtk-util.h"

static TxApplication *app;

typedef struct
{
  char                *dir;
  TxDatabase          *db;
  TxWindow            *window;
  TxPreferencesDialog *dialog;
  TxFestivalsPage     *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = tx_test_make_temp_dir ("festivals");
  f->db = tx_test_open_database (f->dir, "tongxin.db");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->dialog != NULL)
    tx_test_destroy_window (GTK_WINDOW (f->dialog));
  if (f->window != NULL)
    tx_test_destroy_window (GTK_WINDOW (f->window));
  tx_test_release_database (f->db);
  tx_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Preferences from the window's menu action, on its festivals page */
static void
open_festivals (Fixture *f)
{
  GtkStack *stack;

  f->window = tx_test_show_window (app, f->db);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preferences", NULL));
  f->dialog = TX_PREFERENCES_DIALOG (tx_test_find_visible_toplevel (TX_TYPE_PREFERENCES_DIALOG));
  g_assert_nonnull (f->dialog);
  stack = GTK_STACK (tx_test_get_by_name (GTK_WIDGET (f->dialog), "preferences-stack"));
  gtk_stack_set_visible_child_name (stack, "festivals");
  f->page = TX_FESTIVALS_PAGE (tx_test_get_by_name (GTK_WIDGET (f->dialog), "festivals-page"));
  g_assert_true (gtk_stack_get_visible_child (stack) == GTK_WIDGET (f->page));
}

static guint
n_rows (Fixture *f)
{
  GtkWidget *list = tx_test_get_by_name (GTK_WIDGET (f->page), "holiday-list");
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static guint
count_named (GtkWidget  *widget,
             const char *name)
{
  guint n = g_strcmp0 (gtk_widget_get_name (widget), name) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_named (child, name);
  return n;
}

/* the lines `tongxin-cli holidays --year YEAR` prints for office festivals */
static char *
cli_office_festivals (Fixture *f,
                      int      year)
{
  g_autofree char *year_text = g_strdup_printf ("%d", year);
  const char *argv[] = { TONGXIN_CLI, "--database", tx_database_get_path (f->db), "holidays", "--year", year_text, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) office = g_string_new ("");
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "\toffice\t") != NULL)
      g_string_append_printf (office, "%s\n", lines[i]);
  return g_string_free (g_steal_pointer (&office), FALSE);
}

/* selects @name in the festival drop-down; FALSE when it is not offered */
static gboolean
choose_festival (Fixture    *f,
                 const char *name)
{
  GtkDropDown *drop = GTK_DROP_DOWN (tx_test_get_by_name (GTK_WIDGET (f->page), "festival-drop-down"));
  GListModel *names = gtk_drop_down_get_model (drop);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
      {
        gtk_drop_down_set_selected (drop, i);
        return TRUE;
      }
  return FALSE;
}

static void
set_entry (Fixture    *f,
           const char *name,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (f->page), name)), text);
}

/* a mapped button emits "clicked" when its pressed look is over */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_activate (button));
  tx_test_run_main_loop_for (400);
}

static void
click_add (Fixture *f)
{
  click (tx_test_get_by_name (GTK_WIDGET (f->page), "add-festival-button"));
}

/* the seven built-in holidays every year (元旦 春节 元宵节 端午节 中秋节 重阳节 国庆节) */
#define N_BUILT_IN 7

static void
test_add_and_remove (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *error_label;
  GtkWidget *remove;
  g_autofree char *listed = NULL;

  if (tx_test_skip_without_display ())
    return;
  open_festivals (f);
  tx_festivals_page_set_year (f->page, 2027);
  g_assert_cmpuint (n_rows (f), ==, N_BUILT_IN);
  /* the built-in dates are computed: they are not offered */
  g_assert_false (choose_festival (f, "春节"));
  g_assert_false (choose_festival (f, "国庆节"));

  /* a Chinese date, read by the civil-date parser */
  g_assert_true (choose_festival (f, "开斋节"));
  g_assert_false (gtk_widget_get_sensitive (tx_test_get_by_name (GTK_WIDGET (f->page), "festival-name-entry")));
  set_entry (f, "festival-date-entry", "2027年3月10日");
  click_add (f);
  g_assert_cmpuint (n_rows (f), ==, N_BUILT_IN + 1);
  listed = cli_office_festivals (f, 2027);
  g_assert_cmpstr (listed, ==, "2027-03-10\t09\toffice\t开斋节\n");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (f->page), "festival-date-entry"))), ==, "");

  /* no such day: refused under the fields, nothing added */
  error_label = tx_test_get_by_name (GTK_WIDGET (f->page), "festival-error");
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_true (choose_festival (f, "古尔邦节"));
  set_entry (f, "festival-date-entry", "2027-02-30");
  click_add (f);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), !=, "");
  g_assert_cmpuint (n_rows (f), ==, N_BUILT_IN + 1);
  /* a month is not a day either */
  set_entry (f, "festival-date-entry", "2027-05");
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_false (tx_festivals_page_add (f->page));
  g_assert_true (gtk_widget_get_visible (error_label));

  /* 其他节日 takes a name; a date in another year shows that year */
  g_assert_true (choose_festival (f, "其他节日"));
  g_assert_true (gtk_widget_get_sensitive (tx_test_get_by_name (GTK_WIDGET (f->page), "festival-name-entry")));
  set_entry (f, "festival-name-entry", "泼水节");
  set_entry (f, "festival-date-entry", "2028-04-13");
  g_assert_true (tx_festivals_page_add (f->page));
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_cmpint (tx_festivals_page_get_year (f->page), ==, 2028);
  g_clear_pointer (&listed, g_free);
  listed = cli_office_festivals (f, 2028);
  g_assert_cmpstr (listed, ==, "2028-04-13\t99\toffice\t泼水节\n");

  /* remove the 开斋节 of 2027: the built-in holidays keep no such button */
  tx_festivals_page_set_year (f->page, 2027);
  g_assert_cmpuint (count_named (GTK_WIDGET (f->page), "remove-festival"), ==, 1);
  remove = tx_test_get_by_name (GTK_WIDGET (f->page), "remove-festival");
  g_assert_nonnull (remove);
  click (remove);
  g_assert_cmpuint (n_rows (f), ==, N_BUILT_IN);
  g_assert_cmpuint (count_named (GTK_WIDGET (f->page), "remove-festival"), ==, 0);
  g_clear_pointer (&listed, g_free);
  listed = cli_office_festivals (f, 2027);
  g_assert_cmpstr (listed, ==, "");
}

/* what the office added with the CLI shows on the page, and a screenshot */
static void
test_lists_cli_festivals (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (tx_test_skip_without_display ())
    return;
  g_assert_true (tx_holidays_add_office (f->db, "09", "2027-03-10", NULL, &error));
  g_assert_true (tx_holidays_add_office (f->db, "10", "2027-05-17", NULL, &error));
  g_assert_true (tx_holidays_add_office (f->db, "12", "2027-12-25", NULL, &error));
  g_assert_no_error (error);
  open_festivals (f);
  tx_festivals_page_set_year (f->page, 2027);
  g_assert_cmpuint (n_rows (f), ==, N_BUILT_IN + 3);
  gtk_window_set_default_size (GTK_WINDOW (f->dialog), 640, 720);
  tx_test_run_main_loop_for (100);
  tx_test_save_screenshot (GTK_WIDGET (f->dialog), "TONGXIN_SCREENSHOTS", "preferences-festivals.png");
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

  g_test_add ("/festivals/add-and-remove", Fixture, NULL, fixture_set_up, test_add_and_remove, fixture_tear_down);
  g_test_add ("/festivals/lists-cli-festivals", Fixture, NULL, fixture_set_up, test_lists_cli_festivals, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
