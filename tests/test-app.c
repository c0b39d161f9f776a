/* test-app.c — the application and its main window, under Xvfb
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>
#include <unistd.h>

#include "app/tx-application.h"
#include "app/pages/tx-overview-page.h"
#include "app/tx-window.h"
#include "core/model/tx-activity.h"
#include "core/model/tx-community.h"
#include "core/model/tx-consultation.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"
#include "tx-test-gtk-util.h"

#define SCHEMA_ID "io.github.tongxin.Tongxin"

static TxApplication *app;

typedef struct
{
  const char *widget_name;
  const char *table;
  GType     (*get_type) (void);
} Kind;

static const Kind kinds[] = {
  { "count-people",        "person",       tx_person_get_type },
  { "count-communities",   "community",    tx_community_get_type },
  { "count-staff",         "staff",        tx_staff_get_type },
  { "count-activities",    "activity",     tx_activity_get_type },
  { "count-visits",        "visit",        tx_visit_get_type },
  { "count-consultations", "consultation", tx_consultation_get_type },
  { "count-suggestions",   "suggestion",   tx_suggestion_get_type },
  { "count-pairings",      "pairing",      tx_pairing_get_type },
};

typedef TxTestGtkFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  tx_test_gtk_fixture_set_up (f, 0, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tx_test_gtk_fixture_tear_down (f);
}

static void
save_person (TxDatabase *db,
             const char *name,
             TxPerson  **out)
{
  g_autoptr(TxPerson) person = tx_person_new ();
  g_autoptr(GError) error = NULL;

  tx_person_set_name (person, name);
  tx_store_save (db, TX_RECORD (person), TX_SAVE_DEFAULT, &error);
  g_assert_no_error (error);
  if (out != NULL)
    *out = g_steal_pointer (&person);
}

static void
fill_database (TxDatabase *db)
{
  g_autoptr(TxCommunity) community = tx_community_new ();
  g_autoptr(TxStaff) staff = tx_staff_new ();
  g_autoptr(TxPerson) trashed = NULL;
  g_autoptr(GError) error = NULL;

  save_person (db, "张伟", NULL);
  save_person (db, "李娜", NULL);
  save_person (db, "王芳", &trashed);
  tx_store_trash (db, TX_RECORD (trashed), &error);
  g_assert_no_error (error);

  tx_community_set_name (community, "和平里社区");
  tx_community_set_code (community, "110101001001");
  tx_store_save (db, TX_RECORD (community), TX_SAVE_DEFAULT, &error);
  g_assert_no_error (error);

  tx_staff_set_name (staff, "陈静");
  tx_store_save (db, TX_RECORD (staff), TX_SAVE_DEFAULT, &error);
  g_assert_no_error (error);
}

/* Counted with plain SQL, independently of the store. */
static gint64
sql_count (TxDatabase *db,
           const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE trashed IS NULL", table);

  return tx_test_count (db, sql, NULL);
}

static const char *
count_text (TxWindow   *window,
            const char *widget_name)
{
  GtkWidget *label;

  /* the counts are read in a thread */
  tx_test_wait_for_loads (tx_window_get_database (window));
  label = tx_test_find_by_name (GTK_WIDGET (window), widget_name);
  g_assert_nonnull (label);
  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static void
assert_counts (TxWindow   *window,
               TxDatabase *db)
{
  tx_test_wait_for_loads (db);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 stored = tx_store_count (db, kinds[i].get_type (), FALSE, &error);
      g_autofree char *expected = NULL;

      g_assert_no_error (error);
      g_assert_cmpint (stored, ==, sql_count (db, kinds[i].table));
      expected = g_strdup_printf ("%" G_GINT64_FORMAT, stored);
      g_assert_cmpstr (count_text (window, kinds[i].widget_name), ==, expected);
    }
}

static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;

  fill_database (f->db);
  window = tx_test_show_window (app, f->db);

  g_assert_true (tx_window_get_database (window) == f->db);
  /* the counts are on the overview page, shown first */
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "overview");
  g_assert_false (tx_overview_page_is_empty (TX_OVERVIEW_PAGE (tx_window_get_page (window, "overview"))));
  assert_counts (window, f->db);
  /* the trashed person is not counted */
  g_assert_cmpstr (count_text (window, "count-people"), ==, "2");
  g_assert_cmpstr (count_text (window, "count-communities"), ==, "1");
  g_assert_cmpstr (count_text (window, "count-staff"), ==, "1");
  g_assert_cmpstr (count_text (window, "count-visits"), ==, "0");

  tx_test_destroy_window (GTK_WINDOW (window));
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  assert_counts (window, f->db);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpstr (count_text (window, kinds[i].widget_name), ==, "0");
  /* no people: the first-run state instead of the counts */
  g_assert_true (tx_overview_page_is_empty (TX_OVERVIEW_PAGE (tx_window_get_page (window, "overview"))));
  tx_test_destroy_window (GTK_WINDOW (window));
}

static void
test_refresh (Fixture       *f,
              gconstpointer  data)
{
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;

  fill_database (f->db);
  window = tx_test_show_window (app, f->db);
  g_assert_cmpstr (count_text (window, "count-people"), ==, "2");

  /* a save through the window's database is announced: the counts follow */
  save_person (f->db, "刘洋", NULL);
  tx_test_wait_for_loads (f->db);
  g_assert_cmpstr (count_text (window, "count-people"), ==, "3");

  /* another connection's save is seen at the next check (focus, a
   * timer: see test-window); the action behind F5 reloads the page shown,
   * the overview, at once */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TxDatabase) other = tx_database_open (tx_database_get_path (f->db), &error);

    g_assert_no_error (error);
    save_person (other, "钱多多", NULL);
  }
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "overview");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.refresh", NULL));
  tx_test_wait_for_loads (f->db);
  g_assert_cmpstr (count_text (window, "count-people"), ==, "4");
  assert_counts (window, f->db);

  /* tx_window_refresh() reloads every page */
  save_person (f->db, "赵敏", NULL);
  tx_window_refresh (window);
  tx_test_wait_for_loads (f->db);
  g_assert_cmpstr (count_text (window, "count-people"), ==, "5");
  assert_counts (window, f->db);

  tx_test_destroy_window (GTK_WINDOW (window));
}

/* The primary menu offers About and Quit, and F10 opens it. */
static void
assert_primary_menu (GtkWidget *header_bar)
{
  GtkWidget *button = tx_test_find_by_type (header_bar, GTK_TYPE_MENU_BUTTON);
  GMenuModel *menu;
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (button);
  g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (button)));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_nonnull (menu);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      GMenuModel *items = section != NULL ? section : menu;

      for (int j = 0; j < g_menu_model_get_n_items (items); j++)
        {
          char *action = NULL;

          if (g_menu_model_get_item_attribute (items, j, G_MENU_ATTRIBUTE_ACTION, "s", &action))
            g_ptr_array_add (actions, action);
        }
    }
  g_ptr_array_add (actions, NULL);
  g_assert_true (g_strv_contains ((const char * const *) actions->pdata, "app.about"));
  g_assert_true (g_strv_contains ((const char * const *) actions->pdata, "app.quit"));
}

static void
test_title (Fixture       *f,
            gconstpointer  data)
{
  TxWindow *window;
  GtkWidget *title_widget;
  GtkWidget *header_bar;
  gboolean found_name = FALSE;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Tongxin");

  header_bar = gtk_window_get_titlebar (GTK_WINDOW (window));
  g_assert_true (GTK_IS_HEADER_BAR (header_bar));
  title_widget = gtk_header_bar_get_title_widget (GTK_HEADER_BAR (header_bar));
  g_assert_nonnull (title_widget);
  for (GtkWidget *child = gtk_widget_get_first_child (title_widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) &&
          g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), "tongxin.db") == 0)
        {
          found_name = TRUE;
          g_assert_cmpstr (gtk_widget_get_tooltip_text (child), ==, f->path);
        }
    }
  g_assert_true (found_name);
  assert_primary_menu (header_bar);
  g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (window), "devel"), ==, DEVELOPMENT_BUILD);

  tx_test_destroy_window (GTK_WINDOW (window));
}

static void
test_window_state (Fixture       *f,
                   gconstpointer  data)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  TxWindow *window;
  int width, height;

  if (tx_test_skip_without_display ())
    return;
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema == NULL)
    {
      tx_test_skip ("schema not compiled (GSETTINGS_SCHEMA_DIR=<build>/data)");
      return;
    }
  g_assert_cmpstr (g_getenv ("GSETTINGS_BACKEND"), ==, "memory");

  settings = g_settings_new (SCHEMA_ID);
  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 600);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = tx_test_show_window (app, f->db);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 600);

  /* closing saves the size the window has now */
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 500);
  tx_test_drain_main_loop ();
  {
    GObject *weak = G_OBJECT (window);

    g_object_add_weak_pointer (weak, (gpointer *) &weak);
    gtk_window_close (GTK_WINDOW (window));
    tx_test_drain_main_loop ();
    g_assert_null (weak);
  }
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 500);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "last-page");
}

static void
test_open_bad_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tx_test_make_temp_dir ("bad");
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  const char *lines = "这不是数据库。\nThis is not a database, but a text file long enough to be read.\n";
  g_autoptr(TxDatabase) db = NULL;

  /* a directory */
  db = tx_database_open (dir, &error);
  g_assert_null (db);
  g_assert_nonnull (error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpstr (error->message, !=, "");
  g_test_message ("directory: %s", error->message);
  g_clear_error (&error);

  /* a text file */
  g_file_set_contents (text, lines, -1, &error);
  g_assert_no_error (error);
  db = tx_database_open (text, &error);
  g_assert_null (db);
  g_assert_nonnull (error);
  g_assert_true (error->domain == TX_DATABASE_ERROR);
  g_assert_cmpstr (error->message, !=, "");
  g_test_message ("text file: %s", error->message);
  g_clear_error (&error);

  /* and the text file was left as it was */
  tx_test_assert_file_contents (text, lines);

  tx_test_remove_tree (dir);
}

static GtkWindow *
find_app_window (GType type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

/* The application shows the reason in a dialog instead of a window. */
static void
test_open_error_dialog (void)
{
  g_autofree char *dir = tx_test_make_temp_dir ("bad");
  g_autofree char *secondary = NULL;
  GtkWindow *dialog;
  GObject *weak;

  if (tx_test_skip_without_display ())
    return;

  g_assert_null (tx_application_open_database (app, dir));

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = find_app_window (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_object_get (dialog, "secondary-text", &secondary, NULL);
  g_assert_nonnull (secondary);
  g_assert_cmpstr (secondary, !=, "");
  g_test_message ("dialog: %s", secondary);
  g_assert_null (find_app_window (TX_TYPE_WINDOW));

  weak = G_OBJECT (dialog);
  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  G_GNUC_END_IGNORE_DEPRECATIONS
  tx_test_drain_main_loop ();
  g_assert_null (weak);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  tx_test_remove_tree (dir);
}

/* Opening the same file again raises its window instead of opening it twice. */
static void
test_open_twice (Fixture       *f,
                 gconstpointer  data)
{
  TxWindow *window;
  g_autofree char *dir = NULL;
  g_autofree char *relative = NULL;

  if (tx_test_skip_without_display ())
    return;

  window = tx_application_open_database (app, f->path);
  g_assert_nonnull (window);
  g_assert_cmpstr (tx_database_get_path (tx_window_get_database (window)), ==, f->path);
  g_assert_true (tx_application_open_database (app, f->path) == window);

  /* the same file named differently */
  dir = g_path_get_dirname (f->path);
  relative = g_build_filename (dir, ".", "tongxin.db", NULL);
  g_assert_true (tx_application_open_database (app, relative) == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  tx_test_destroy_window (GTK_WINDOW (window));
}

static void
test_actions (void)
{
  g_auto(GStrv) accels = NULL;
  GtkWindow *about;

  if (tx_test_skip_without_display ())
    return;

  g_assert_true (g_action_map_lookup_action (G_ACTION_MAP (app), "quit") != NULL);
  g_assert_true (g_action_map_lookup_action (G_ACTION_MAP (app), "about") != NULL);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>q"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  tx_test_drain_main_loop ();
  about = find_app_window (GTK_TYPE_ABOUT_DIALOG);
  if (about == NULL)
    {
      /* gtk_show_about_dialog() without a parent does not add it to the
       * application: look among all toplevels */
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels) && about == NULL; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);
          if (GTK_IS_ABOUT_DIALOG (item))
            about = GTK_WINDOW (item);
        }
    }
  g_assert_nonnull (about);
  g_assert_cmpstr (gtk_about_dialog_get_program_name (GTK_ABOUT_DIALOG (about)), ==, "Tongxin");
  g_assert_cmpstr (gtk_about_dialog_get_version (GTK_ABOUT_DIALOG (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (gtk_about_dialog_get_license_type (GTK_ABOUT_DIALOG (about)), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (gtk_about_dialog_get_comments (GTK_ABOUT_DIALOG (about)), !=, "");
  gtk_window_destroy (about);
  tx_test_drain_main_loop ();
}

/* Command-line parsing, end to end, in a child process. */
static gboolean
quit_later (gpointer data)
{
  g_action_group_activate_action (G_ACTION_GROUP (data), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
print_and_close (GtkApplication *application,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  if (TX_IS_WINDOW (window))
    {
      g_print ("window on %s\n", tx_database_get_path (tx_window_get_database (TX_WINDOW (window))));
      /* once it is shown, quit through the action, which closes it */
      g_idle_add_full (G_PRIORITY_LOW, quit_later, g_object_ref (application), g_object_unref);
    }
}

/* The child finds the path from its parent's pid: GLib 2.74 has no
 * g_test_trap_subprocess_with_envp(), and setenv() is unsafe once GTK has
 * started threads. */
static char *
command_line_database (pid_t test_pid)
{
  g_autofree char *dir_name = g_strdup_printf ("tongxin-cmdline-%d", (int) test_pid);

  return g_build_filename (g_get_tmp_dir (), dir_name, "office.db", NULL);
}

static void
test_command_line (void)
{
  if (tx_test_skip_without_display ())
    return;

  if (g_test_subprocess ())
    {
      g_autoptr(TxApplication) child = tx_application_new ();
      g_autofree char *path = command_line_database (getppid ());
      char *argv[] = { (char *) "tongxin", (char *) "--database", (char *) path, NULL };

      g_application_set_flags (G_APPLICATION (child),
                               g_application_get_flags (G_APPLICATION (child)) | G_APPLICATION_NON_UNIQUE);
      g_signal_connect (child, "window-added", G_CALLBACK (print_and_close), NULL);
      g_assert_cmpint (g_application_run (G_APPLICATION (child), 3, argv), ==, 0);
      return;
    }

  {
    g_autofree char *path = command_line_database (getpid ());
    g_autofree char *dir = g_path_get_dirname (path);
    g_autofree char *expected = g_strdup_printf ("*window on %s\n*", path);
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
    g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed ();
    g_test_trap_assert_stdout (expected);
    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

    g_remove (path);
    g_remove (wal);
    g_remove (shm);
    g_rmdir (dir);
  }
}

static void
test_version (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(TxApplication) child = tx_application_new ();
      char *argv[] = { (char *) "tongxin", (char *) "--version", NULL };

      g_assert_cmpint (g_application_run (G_APPLICATION (child), 2, argv), ==, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*" PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  tx_test_gtk_init ();

  app = tx_test_application_new ();

  g_test_add ("/app/window/counts", Fixture, NULL, fixture_set_up, test_counts, fixture_tear_down);
  g_test_add ("/app/window/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/app/window/refresh", Fixture, NULL, fixture_set_up, test_refresh, fixture_tear_down);
  g_test_add ("/app/window/title", Fixture, NULL, fixture_set_up, test_title, fixture_tear_down);
  g_test_add ("/app/window/state", Fixture, NULL, fixture_set_up, test_window_state, fixture_tear_down);
  g_test_add_func ("/app/open/bad-path", test_open_bad_path);
  g_test_add_func ("/app/open/error-dialog", test_open_error_dialog);
  g_test_add ("/app/open/twice", Fixture, NULL, fixture_set_up, test_open_twice, fixture_tear_down);
  g_test_add_func ("/app/actions", test_actions);
  g_test_add_func ("/app/command-line/database", test_command_line);
  g_test_add_func ("/app/command-line/version", test_version);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
