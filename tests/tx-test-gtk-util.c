/* tx-test-gtk-util.c — what the widget tests share
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-test-gtk-util.h"

#include "app/pages/tx-record-list-page.h"

/* how long a test waits for something to happen before it fails */
/* 20 s; more under valgrind or a sanitizer (TX_TEST_WAIT_SECONDS) */
static guint
wait_seconds (void)
{
  const char *env = g_getenv ("TX_TEST_WAIT_SECONDS");
  guint64 seconds = env != NULL ? g_ascii_strtoull (env, NULL, 10) : 0;

  return seconds > 0 ? (guint) seconds : 20;
}

static gboolean have_display;

/* ---- the display ---------------------------------------------------------- */

/* Initializes GTK when there is a display; after g_test_init(). */
gboolean
tx_test_gtk_init (void)
{
  have_display = gtk_init_check ();
  return have_display;
}

/* Skips the current test when tx_test_gtk_init() found no display (or
 * fails it under build-aux/dev test: see tx_test_skip()). */
gboolean
tx_test_skip_without_display (void)
{
  if (!have_display)
    tx_test_skip ("no display (run with meson test --setup=xvfb)");
  return !have_display;
}

/* ---- the fixture ----------------------------------------------------------- */

void
tx_test_gtk_fixture_set_up (TxTestGtkFixture *fixture,
                            guint             people,
                            guint32           seed)
{
  TxTestFileFixture file;

  tx_test_file_fixture_set_up (&file, NULL);
  fixture->dir = file.dir;
  fixture->path = file.path;
  fixture->db = people > 0 ? tx_test_open_demo_database (fixture->dir, people, seed)
                           : tx_test_open_database (fixture->dir, "tongxin.db");
  g_assert_cmpstr (tx_database_get_path (fixture->db), ==, fixture->path);
}

void
tx_test_gtk_fixture_tear_down (TxTestGtkFixture *fixture)
{
  TxTestFileFixture file = { fixture->dir, fixture->path };

  if (fixture->db != NULL)
    tx_test_release_database (g_steal_pointer (&fixture->db));
  tx_test_file_fixture_tear_down (&file, NULL);
}

/* ---- the application and its windows ----------------------------------------- */

/* The application, not unique (tests run side by side), and registered
 * when there is a display. */
TxApplication *
tx_test_application_new (void)
{
  TxApplication *app = tx_application_new ();

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  if (have_display)
    {
      g_autoptr(GError) error = NULL;

      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }
  return app;
}

static gboolean
has_size (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0;
}

/* A main window on @db, shown, its pages' lists and counts read. */
TxWindow *
tx_test_show_window (TxApplication *app,
                     TxDatabase    *db)
{
  TxWindow *window = tx_window_new (GTK_APPLICATION (app), db);

  gtk_window_present (GTK_WINDOW (window));
  tx_test_wait_until_mapped (GTK_WIDGET (window));
  tx_test_wait_for_loads (db);
  /* laid out: the X server's first configure event came, so it does not
   * overwrite a size the test sets */
  tx_test_wait_for (has_size, window);
  return window;
}

/* A plain window of the office screen's size around @child, not shown
 * yet. */
GtkWindow *
tx_test_window_new_for (GtkWidget *child)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, child);
  return window;
}

/* Shows @window and lets it lay out. */
void
tx_test_present (GtkWindow *window)
{
  gtk_window_present (window);
  tx_test_wait_until_mapped (GTK_WIDGET (window));
  tx_test_drain_main_loop ();
}

/* The window must go away entirely, giving back what it holds (the
 * database among it). */
void
tx_test_destroy_window (GtkWindow *window)
{
  GObject *weak = G_OBJECT (window);

  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  gtk_window_destroy (window);
  tx_test_drain_main_loop_repeatedly (5);
  g_assert_null (weak);
}

/* ---- the main loop ------------------------------------------------------------ */

/* Dispatches whatever is ready, without waiting. */
void
tx_test_drain_main_loop (void)
{
  tx_test_drain_main_loop_repeatedly (1);
}

/* Drains @passes times: work dispatched in one pass (a frame, a thread's
 * result) often makes more ready for the next. */
void
tx_test_drain_main_loop_repeatedly (guint passes)
{
  for (guint i = 0; i < passes; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* Keeps the main loop running for @milliseconds, so that lists fill and
 * the layout settles (a screenshot, not a condition a test checks). */
void
tx_test_run_main_loop_for (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  tx_test_drain_main_loop_repeatedly (5);
}

static gboolean
timeout_reached (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds, for wait_seconds() at most:
 * whether it came to hold. */
gboolean
tx_test_wait_until (TxTestCondition condition,
                    gpointer        data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (wait_seconds (), timeout_reached, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return !timed_out;
}

/* Like tx_test_wait_until(), failing the test when @condition does not
 * come to hold. */
void
tx_test_wait_for (TxTestCondition condition,
                  gpointer        data)
{
  g_assert_true (tx_test_wait_until (condition, data));
}

gboolean
tx_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* For a weak pointer's location: whether its object went. */
gboolean
tx_test_is_gone (gpointer weak_pointer)
{
  return *(gpointer *) weak_pointer == NULL;
}

void
tx_test_wait_until_mapped (GtkWidget *widget)
{
  tx_test_wait_for (tx_test_is_mapped, widget);
}

static gboolean
no_reads_pending (gpointer db)
{
  return tx_database_get_n_reads (db) == 0;
}

/* Pages read their lists and counts in the database's reading thread:
 * runs the main loop until every read of @db started so far (and any
 * started while they complete) has been shown. */
void
tx_test_wait_for_loads (TxDatabase *db)
{
  tx_test_wait_for (no_reads_pending, db);
}

static gboolean
page_loaded (gpointer page)
{
  return !TX_IS_RECORD_LIST_PAGE (page) || !tx_record_list_page_get_loading (page);
}

/* Runs the main loop until @page, a list page (TxRecordListPage or the
 * archive), has shown the rows of its last reload. */
void
tx_test_wait_for_page (GtkWidget *page)
{
  tx_test_wait_for (page_loaded, page);
}

/* Pages load in threads (in the database's reading thread): a load
 * still running when its window went holds the database until it
 * completes on the main loop. */
void
tx_test_wait_for_background_loads (TxDatabase *db)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (G_OBJECT (db)->ref_count > 1 && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

/* Drops the test's reference on @db, which must be the last one once the
 * background loads are done. */
void
tx_test_release_database (TxDatabase *db)
{
  tx_test_wait_for_background_loads (db);
  g_assert_finalize_object (db);
}

/* ---- widgets and windows ------------------------------------------------------ */

typedef gboolean (*WidgetMatch) (GtkWidget *widget,
                                 gconstpointer what);

static GtkWidget *
find_in_tree (GtkWidget     *widget,
              WidgetMatch    match,
              gconstpointer  what)
{
  if (match (widget, what))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_in_tree (child, match, what);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_name (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
has_type (GtkWidget     *widget,
          gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, *(const GType *) type);
}

static gboolean
has_buildable_id (GtkWidget     *widget,
                  gconstpointer  id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

/* The first widget in @root's tree (@root included) with the widget name
 * @name (the "name" property the templates set), or NULL. */
GtkWidget *
tx_test_find_by_name (GtkWidget  *root,
                      const char *name)
{
  return find_in_tree (root, has_name, name);
}

/* the action a key is bound to on @widget's class, or NULL */
const char *
tx_test_bound_action (GtkWidget       *widget,
                      guint            keyval,
                      GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers
              && GTK_IS_NAMED_ACTION (action))
            return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
        }
    }
  return NULL;
}

/* Like tx_test_find_by_name(), for a widget that must be there. */
GtkWidget *
tx_test_get_by_name (GtkWidget  *root,
                     const char *name)
{
  GtkWidget *widget = tx_test_find_by_name (root, name);

  if (widget == NULL)
    g_error ("no widget named %s", name);
  return widget;
}

GtkWidget *
tx_test_find_by_type (GtkWidget *root,
                      GType      type)
{
  return find_in_tree (root, has_type, &type);
}

/* The first widget in @root's tree with the id @id in its template. */
GtkWidget *
tx_test_find_by_buildable_id (GtkWidget  *root,
                              const char *id)
{
  return find_in_tree (root, has_buildable_id, id);
}

/* A toplevel of @type, shown or not, or NULL. */
GtkWindow *
tx_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* borrowed */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return GTK_WINDOW (toplevel);
    }
  return NULL;
}

/* The one visible toplevel of @type (an editor, a dialog), or NULL; two
 * fail the test. */
GtkWindow *
tx_test_find_visible_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* borrowed */
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          g_assert_null (found);
          found = GTK_WINDOW (toplevel);
        }
    }
  return found;
}

/* The visible toplevel with the widget name @name (a dialog a widget
 * builds itself), or NULL. */
GtkWindow *
tx_test_find_named_toplevel (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* borrowed */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (toplevel), name) == 0 && gtk_widget_get_visible (toplevel))
        return GTK_WINDOW (toplevel);
    }
  return NULL;
}

/* ---- dialogs ------------------------------------------------------------------ */

/* The visible message dialog (a question, an error), or NULL. */
GtkWindow *
tx_test_find_message_dialog (void)
{
  GtkWindow *dialog;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = tx_test_find_visible_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return dialog;
}

/* Answers the modal message dialog with @response, as a user would; the
 * dialog must go. */
void
tx_test_answer_message_dialog (int response)
{
  GtkWindow *dialog = tx_test_find_message_dialog ();
  GObject *weak;

  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (dialog));
  weak = G_OBJECT (dialog);
  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), response);
  G_GNUC_END_IGNORE_DEPRECATIONS
  tx_test_drain_main_loop ();
  g_assert_null (weak);
}

/* ---- screenshots -------------------------------------------------------------- */

/* Renders @widget as it is now into the PNG file @path. */
void
tx_test_save_png (GtkWidget  *widget,
                  const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* When the environment variable @dir_variable names a directory, saves
 * @widget there as @file_name once it has laid out and its lists filled
 * (a look at what is drawn, for data/screenshots/); otherwise nothing. */
void
tx_test_save_screenshot (GtkWidget  *widget,
                         const char *dir_variable,
                         const char *file_name)
{
  const char *dir = g_getenv (dir_variable);
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  tx_test_wait_for (has_size, widget);
  tx_test_run_main_loop_for (400);
  path = g_build_filename (dir, file_name, NULL);
  tx_test_save_png (widget, path);
}
