/* test-window.c — the main window: sidebar, search, New, notifications,
 * trash, preferences and the demo marking, under Xvfb
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "app/tx-application.h"
#include "app/pages/tx-overview-page.h"
#include "app/pages/tx-page.h"
#include "app/pages/tx-record-list-page.h"
#include "app/dialogs/tx-preferences-dialog.h"
#include "app/pages/tx-trash-page.h"
#include "app/tx-window.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-person.h"
#include "core/db/tx-settings.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/db/tx-trash.h"
#include "app/widgets/tx-code-drop-down.h"
#include "tx-test-gtk-util.h"

#define SCHEMA_ID "io.github.tongxin.Tongxin"

static TxApplication *app;

/* ---- a tiny page ---------------------------------------------------------- */

#define TEST_TYPE_PAGE (test_page_get_type ())
G_DECLARE_FINAL_TYPE (TestPage, test_page, TEST, PAGE, GtkBox)

struct _TestPage
{
  GtkBox      parent_instance;
  TxDatabase *db;
  char       *search;
  guint       n_search;
  guint       n_create;
  guint       n_reload;
  char       *opened;
  char       *for_person;
};

static void test_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestPage, test_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, test_page_iface_init))

static void
test_page_set_database (TxPage *page, TxDatabase *db)
{
  g_set_object (&TEST_PAGE (page)->db, db);
}

static void
test_page_set_search (TxPage *page, const char *text)
{
  TestPage *self = TEST_PAGE (page);

  g_free (self->search);
  self->search = g_strdup (text);
  self->n_search++;
}

static void
test_page_reload (TxPage *page)
{
  TEST_PAGE (page)->n_reload++;
}

static void
test_page_create_new (TxPage *page)
{
  TEST_PAGE (page)->n_create++;
}

static const char *
test_page_get_new_label (TxPage *page)
{
  return "New Test Record";
}

static void
test_page_open_record (TxPage *page, const char *uuid)
{
  g_free (TEST_PAGE (page)->opened);
  TEST_PAGE (page)->opened = g_strdup (uuid);
}

static void
test_page_create_for_person (TxPage *page, const char *uuid)
{
  g_free (TEST_PAGE (page)->for_person);
  TEST_PAGE (page)->for_person = g_strdup (uuid);
}

static void
test_page_iface_init (TxPageInterface *iface)
{
  iface->set_database = test_page_set_database;
  iface->set_search = test_page_set_search;
  iface->reload = test_page_reload;
  iface->create_new = test_page_create_new;
  iface->get_new_label = test_page_get_new_label;
  iface->open_record = test_page_open_record;
  iface->create_for_person = test_page_create_for_person;
}

static void
test_page_dispose (GObject *object)
{
  TestPage *self = TEST_PAGE (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->opened, g_free);
  g_clear_pointer (&self->for_person, g_free);
  G_OBJECT_CLASS (test_page_parent_class)->dispose (object);
}

static void
test_page_class_init (TestPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = test_page_dispose;
}

static void
test_page_init (TestPage *self)
{
  GtkWidget *button = gtk_button_new_with_label ("focus me");

  gtk_box_append (GTK_BOX (self), button);
}

/* ---- fixture and helpers ---------------------------------------------------- */

typedef struct
{
  char       *dir;
  char       *path;
  TxDatabase *db;
} Fixture;

static void
fixture_set_up_named (Fixture    *f,
                      const char *name)
{
  f->dir = tx_test_make_temp_dir ("window");
  f->path = g_build_filename (f->dir, name, NULL);
  f->db = tx_test_open_database (f->dir, name);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  fixture_set_up_named (f, data != NULL ? data : "tongxin.db");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->db != NULL)
    tx_test_release_database (f->db);
  tx_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static GtkStack *
page_stack (TxWindow *window)
{
  return GTK_STACK (tx_test_get_by_name (GTK_WIDGET (window), "page-stack"));
}

static TxPerson *
save_person (TxDatabase *db,
             const char *name)
{
  g_autoptr(TxPerson) person = tx_person_new ();
  g_autoptr(GError) error = NULL;

  tx_person_set_name (person, name);
  tx_store_save (db, TX_RECORD (person), TX_SAVE_DEFAULT, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&person);
}

static TxPerson *
save_trashed_person (TxDatabase *db,
                     const char *name)
{
  TxPerson *person = save_person (db, name);
  g_autoptr(GError) error = NULL;

  tx_store_trash (db, TX_RECORD (person), &error);
  g_assert_no_error (error);
  return person;
}

/* -1: no such row; 0: live; 1: in the trash — with plain SQL */
static int
sql_person_state (TxDatabase *db,
                  const char *uuid)
{
  sqlite3_stmt *stmt = NULL;
  int state = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (tx_database_get_handle (db),
                                       "SELECT trashed IS NOT NULL FROM person WHERE uuid = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    state = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return state;
}

static gboolean
have_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  return schema != NULL;
}

/* ---- sidebar ------------------------------------------------------------- */

static const char *page_names[] = {
  "overview", "archive", "activities", "visits", "consultations",
  "suggestions", "pairings", "staff", "trash",
};
static const char *page_titles[] = {
  "Overview", "Archive", "Activities", "Visits", "Consultations",
  "Suggestions", "Pairings", "Staff", "Trash",
};

static void
assert_page_order (TxWindow *window)
{
  GtkSelectionModel *pages = gtk_stack_get_pages (page_stack (window));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (page_names));
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkStackPage *page = GTK_STACK_PAGE (item);

      g_assert_cmpstr (gtk_stack_page_get_name (page), ==, page_names[i]);
      g_assert_cmpstr (gtk_stack_page_get_title (page), ==, page_titles[i]);
    }
  g_object_unref (pages);
}

static void
test_sidebar (Fixture       *f,
              gconstpointer  data)
{
  TxWindow *window;
  GtkWidget *sidebar;
  GtkWidget *list;
  guint n_rows = 0;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  assert_page_order (window);
  g_assert_true (TX_IS_OVERVIEW_PAGE (tx_window_get_page (window, "overview")));
  g_assert_true (TX_IS_TRASH_PAGE (tx_window_get_page (window, "trash")));

  /* the sidebar shows the same nine, as rows the keyboard can reach */
  sidebar = tx_test_get_by_name (GTK_WIDGET (window), "sidebar");
  g_assert_true (GTK_IS_STACK_SIDEBAR (sidebar));
  g_assert_true (gtk_stack_sidebar_get_stack (GTK_STACK_SIDEBAR (sidebar)) == page_stack (window));
  list = tx_test_find_by_type (sidebar, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_visible (row))
      {
        g_assert_true (gtk_widget_get_focusable (row));
        n_rows++;
      }
  g_assert_cmpuint (n_rows, ==, G_N_ELEMENTS (page_names));

  /* a row chosen in the sidebar shows its page */
  gtk_list_box_select_row (GTK_LIST_BOX (list), gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 8));
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "trash");
  /* Alt+2 … */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "archive"));
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "archive");
  g_assert_false (tx_window_show_page (window, "no-such-page"));
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "archive");

  /* Tab from a sidebar row goes into the page, not to the next row (GTK
   * 4.8's list box would walk the rows, switching page at each) */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (sidebar);
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1);
    GtkWidget *page = GTK_WIDGET (tx_window_get_page (window, "archive"));
    GtkWidget *focus;
    gboolean handled = FALSE;
    guint i;

    gtk_widget_grab_focus (GTK_WIDGET (row));
    for (i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
          g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Tab, 0, 0, &handled);
      }
    g_assert_true (handled);
    g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "archive");
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, page));
  }

  /* replacing a page keeps its place */
  tx_window_add_page (window, "archive", "Archive", NULL, g_object_new (TEST_TYPE_PAGE, NULL));
  assert_page_order (window);
  g_assert_true (TEST_IS_PAGE (tx_window_get_page (window, "archive")));
  g_assert_true (TEST_PAGE (tx_window_get_page (window, "archive"))->db == f->db);
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "archive");

  tx_test_destroy_window (GTK_WINDOW (window));
}

/* ---- search and New -------------------------------------------------------- */

static gboolean
page_has_search (gpointer data)
{
  TestPage *page = data;

  return page->n_search > 0 && g_strcmp0 (page->search, "张伟") == 0;
}

static gboolean
page_search_cleared (gpointer data)
{
  return TEST_PAGE (data)->search == NULL;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  TxWindow *window;
  TestPage *page;
  GtkWidget *entry;
  GtkWidget *focus;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  page = g_object_new (TEST_TYPE_PAGE, NULL);
  tx_window_add_page (window, "test", "Test", NULL, GTK_WIDGET (page));
  entry = tx_test_get_by_name (GTK_WIDGET (window), "search-entry");
  g_assert_true (GTK_IS_SEARCH_ENTRY (entry));

  /* the overview searches nothing */
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "overview");
  g_assert_false (gtk_widget_get_sensitive (entry));

  tx_window_show_page (window, "test");
  g_assert_true (gtk_widget_get_sensitive (entry));

  /* Ctrl+F */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  /* typing reaches the page */
  gtk_editable_set_text (GTK_EDITABLE (entry), "张伟");
  tx_test_wait_for (page_has_search, page);

  /* another page has its own search */
  tx_window_show_page (window, "trash");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  tx_test_drain_main_loop ();
  g_assert_cmpstr (page->search, ==, "张伟");
  tx_window_show_page (window, "test");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "张伟");

  /* Escape clears */
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  tx_test_wait_for (page_search_cleared, page);

  tx_test_destroy_window (GTK_WINDOW (window));
}

static void
test_new (Fixture       *f,
          gconstpointer  data)
{
  TxWindow *window;
  TestPage *page;
  GtkWidget *button;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  button = tx_test_get_by_name (GTK_WIDGET (window), "new-button");

  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "overview");
  g_assert_false (gtk_widget_get_sensitive (button));

  page = g_object_new (TEST_TYPE_PAGE, NULL);
  tx_window_add_page (window, "test", "Test", NULL, GTK_WIDGET (page));
  tx_window_show_page (window, "test");
  tx_test_drain_main_loop ();
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "New Test Record"));

  /* Ctrl+N and the button */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_cmpuint (page->n_create, ==, 1);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (page->n_create, ==, 2);

  /* back on the trash, nothing to create */
  tx_window_show_page (window, "trash");
  tx_test_drain_main_loop ();
  g_assert_false (gtk_widget_get_sensitive (button));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  g_assert_cmpuint (page->n_create, ==, 2);

  /* F5 reloads the page shown */
  tx_window_show_page (window, "test");
  page->n_reload = 0;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.refresh", NULL));
  g_assert_cmpuint (page->n_reload, ==, 1);

  tx_test_destroy_window (GTK_WINDOW (window));
}

static void
test_open_record (Fixture       *f,
                  gconstpointer  data)
{
  TxWindow *window;
  TestPage *archive, *visits;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  /* a page that is no TxPage cannot open anything */
  tx_window_add_page (window, "pairings", "Pairings", NULL, gtk_label_new ("—"));
  g_assert_false (tx_window_open_record (window, "pairing", "uuid-0"));
  g_assert_false (tx_window_create_for_person (window, "pairings", "uuid-0"));
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "overview");

  archive = g_object_new (TEST_TYPE_PAGE, NULL);
  visits = g_object_new (TEST_TYPE_PAGE, NULL);
  tx_window_add_page (window, "archive", "Archive", NULL, GTK_WIDGET (archive));
  tx_window_add_page (window, "visits", "Visits", NULL, GTK_WIDGET (visits));
  assert_page_order (window);

  g_assert_true (tx_window_open_record (window, "person", "uuid-1"));
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "archive");
  g_assert_cmpstr (archive->opened, ==, "uuid-1");
  g_assert_false (tx_window_open_record (window, "no-such-kind", "uuid-2"));

  g_assert_true (tx_window_create_for_person (window, "visits", "uuid-3"));
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "visits");
  g_assert_cmpstr (visits->for_person, ==, "uuid-3");

  /* the empty state's New Person goes to the archive's New */
  tx_window_show_page (window, "overview");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-person", NULL));
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "archive");
  g_assert_cmpuint (archive->n_create, ==, 1);

  tx_test_destroy_window (GTK_WINDOW (window));
}

/* ---- GSettings --------------------------------------------------------------- */

static void
close_window (TxWindow *window)
{
  GObject *weak = G_OBJECT (window);

  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  gtk_window_close (GTK_WINDOW (window));
  tx_test_drain_main_loop ();
  g_assert_null (weak);
}

static void
test_last_page (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = NULL;
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;
  if (!have_schema ())
    {
      tx_test_skip ("schema not compiled (GSETTINGS_SCHEMA_DIR=<build>/data)");
      return;
    }
  g_assert_cmpstr (g_getenv ("GSETTINGS_BACKEND"), ==, "memory");
  settings = g_settings_new (SCHEMA_ID);

  g_settings_set_string (settings, "last-page", "trash");
  window = tx_test_show_window (app, f->db);
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "trash");
  tx_window_show_page (window, "visits");
  close_window (window);
  {
    g_autofree char *last = g_settings_get_string (settings, "last-page");

    g_assert_cmpstr (last, ==, "visits");
  }

  /* a page added later is shown when it was the last one */
  g_settings_set_string (settings, "last-page", "test");
  window = tx_test_show_window (app, f->db);
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "overview");
  tx_window_add_page (window, "test", "Test", NULL, g_object_new (TEST_TYPE_PAGE, NULL));
  g_assert_cmpstr (tx_window_get_visible_page_name (window), ==, "test");
  tx_test_destroy_window (GTK_WINDOW (window));

  g_settings_reset (settings, "last-page");
}

/* ---- notifications ---------------------------------------------------------- */

typedef struct
{
  guint called;
  guint destroyed;
} ToastData;

static void
toast_callback (gpointer data)
{
  ((ToastData *) data)->called++;
}

static void
toast_destroy (gpointer data)
{
  ((ToastData *) data)->destroyed++;
}

static void
test_toast (Fixture       *f,
            gconstpointer  data)
{
  TxWindow *window;
  ToastData first = { 0 }, second = { 0 }, third = { 0 }, last = { 0 };
  GtkWidget *revealer, *label, *button, *close;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  revealer = tx_test_get_by_name (GTK_WIDGET (window), "toast");
  label = tx_test_get_by_name (GTK_WIDGET (window), "toast-label");
  button = tx_test_get_by_name (GTK_WIDGET (window), "toast-button");
  close = tx_test_get_by_name (GTK_WIDGET (window), "toast-close-button");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* the button runs the callback, once; then the data goes */
  tx_window_show_toast (window, "“张伟” moved to the trash", "Undo", toast_callback, &first, toast_destroy);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "“张伟” moved to the trash");
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Undo");
  g_assert_true (gtk_widget_get_focusable (button) || gtk_widget_get_focusable (gtk_widget_get_first_child (button)));
  g_signal_emit_by_name (button, "clicked");
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (first.called, ==, 1);
  g_assert_cmpuint (first.destroyed, ==, 1);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* a newer one replaces the older: its data goes, its callback never runs */
  tx_window_show_toast (window, "second", "Undo", toast_callback, &second, toast_destroy);
  tx_window_show_toast (window, "third", "Undo", toast_callback, &third, toast_destroy);
  g_assert_cmpuint (second.called, ==, 0);
  g_assert_cmpuint (second.destroyed, ==, 1);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "third");

  /* closed without the button */
  g_signal_emit_by_name (close, "clicked");
  g_assert_cmpuint (third.called, ==, 0);
  g_assert_cmpuint (third.destroyed, ==, 1);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* no button */
  tx_window_show_toast (window, "saved", NULL, NULL, NULL, NULL);
  g_assert_false (gtk_widget_get_visible (button));

  /* still shown when the window goes: released with it */
  tx_window_show_toast (window, "last", "Undo", toast_callback, &last, toast_destroy);
  tx_test_destroy_window (GTK_WINDOW (window));
  g_assert_cmpuint (last.called, ==, 0);
  g_assert_cmpuint (last.destroyed, ==, 1);
  g_assert_cmpuint (first.destroyed, ==, 1);
  g_assert_cmpuint (second.destroyed, ==, 1);
  g_assert_cmpuint (third.destroyed, ==, 1);
}

/* ---- trash --------------------------------------------------------------------- */

static const char *
message_dialog_secondary (void)
{
  static char *secondary;
  GtkWindow *dialog;

  dialog = tx_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_clear_pointer (&secondary, g_free);
  g_object_get (dialog, "secondary-text", &secondary, NULL);
  return secondary;
}

static char *
model_title (GListModel *model,
             guint       position)
{
  g_autoptr(TxRecord) record = g_list_model_get_item (model, position);

  g_assert_nonnull (record);
  return tx_record_dup_title (record);
}

static void
test_trash (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(TxPerson) wang = NULL;
  g_autoptr(TxPerson) li = NULL;
  g_autoptr(TxPerson) zhang = NULL;
  g_autoptr(TxStaff) staff = tx_staff_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  TxWindow *window;
  TxTrashPage *page;
  GListModel *model;
  GtkWidget *list;

  if (tx_test_skip_without_display ())
    return;

  zhang = save_person (f->db, "张伟");
  wang = save_trashed_person (f->db, "王芳");

  window = tx_test_show_window (app, f->db);
  tx_window_show_page (window, "trash");
  page = TX_TRASH_PAGE (tx_window_get_page (window, "trash"));
  model = tx_trash_page_get_model (page);
  list = tx_test_get_by_name (GTK_WIDGET (page), "trash-list");
  g_assert_true (gtk_widget_get_mapped (list));

  /* only what is in the trash */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  title = model_title (model, 0);
  g_assert_cmpstr (title, ==, "王芳");

  /* restore */
  tx_trash_page_select (page, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "trash.restore", NULL));
  g_assert_cmpint (sql_person_state (f->db, tx_record_get_uuid (TX_RECORD (wang))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  /* trashed elsewhere: shown when the page is shown again */
  tx_store_trash (f->db, TX_RECORD (wang), &error);
  g_assert_no_error (error);
  tx_staff_set_name (staff, "陈静");
  tx_store_save (f->db, TX_RECORD (staff), TX_SAVE_DEFAULT, &error);
  g_assert_no_error (error);
  tx_store_trash (f->db, TX_RECORD (staff), &error);
  g_assert_no_error (error);
  tx_window_show_page (window, "overview");
  tx_window_show_page (window, "trash");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  /* newest first */
  g_clear_pointer (&title, g_free);
  title = model_title (model, 0);
  g_assert_cmpstr (title, ==, "陈静");

  /* search in the trash */
  tx_page_set_search (TX_PAGE (page), "王");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  tx_page_set_search (TX_PAGE (page), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* delete for good asks first; No keeps the record */
  tx_trash_page_select (page, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "trash.purge", NULL));
  g_assert_cmpstr (message_dialog_secondary (), ==, "Once deleted for good, it cannot be restored.");
  tx_test_answer_message_dialog (GTK_RESPONSE_CANCEL);
  g_assert_cmpint (sql_person_state (f->db, tx_record_get_uuid (TX_RECORD (wang))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* Yes deletes it */
  tx_trash_page_select (page, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "trash.purge", NULL));
  tx_test_answer_message_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_cmpint (sql_person_state (f->db, tx_record_get_uuid (TX_RECORD (wang))), ==, -1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  /* the live person was never touched */
  g_assert_cmpint (sql_person_state (f->db, tx_record_get_uuid (TX_RECORD (zhang))), ==, 0);

  /* empty trash asks too */
  li = save_trashed_person (f->db, "李娜");
  tx_page_reload (TX_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "trash.empty", NULL));
  tx_test_answer_message_dialog (GTK_RESPONSE_CANCEL);
  g_assert_cmpint (tx_trash_count (f->db, NULL), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "trash.empty", NULL));
  tx_test_answer_message_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_cmpint (tx_trash_count (f->db, NULL), ==, 0);
  g_assert_cmpint (sql_person_state (f->db, tx_record_get_uuid (TX_RECORD (li))), ==, -1);
  g_assert_cmpint (sql_person_state (f->db, tx_record_get_uuid (TX_RECORD (zhang))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  tx_test_destroy_window (GTK_WINDOW (window));
}

/* ---- preferences ------------------------------------------------------------- */

static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  TxWindow *window;
  TxPreferencesDialog *dialog;
  GtkWidget *error_label;
  GtkWidget *level;
  GPtrArray *levels;
  g_autofree char *value = NULL;
  GObject *weak;

  if (tx_test_skip_without_display ())
    return;

  g_object_unref (save_person (f->db, "张伟"));
  window = tx_test_show_window (app, f->db);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  dialog = TX_PREFERENCES_DIALOG (tx_test_find_visible_toplevel (TX_TYPE_PREFERENCES_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  gtk_editable_set_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (dialog), "office-name-entry")), " 和平里街道工委 ");
  gtk_editable_set_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (dialog), "office-street-entry")), "和平里街道");
  levels = tx_code_table_rows (TX_CODE_OFFICE_LEVEL);
  g_assert_cmpuint (levels->len, >=, 2);
  level = tx_test_get_by_name (GTK_WIDGET (dialog), "office-level-drop-down");
  /* no level is assumed: the dialog asks for one, and will not save without */
  g_assert_cmpuint (gtk_drop_down_get_selected (tx_code_drop_down_get_drop_down (TX_CODE_DROP_DOWN (level))), ==, 0);
  g_assert_true (gtk_widget_get_visible (tx_test_get_by_name (GTK_WIDGET (dialog), "office-level-hint")));
  gtk_editable_set_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (dialog), "office-code-entry")), "110101001000");
  g_assert_false (tx_preferences_dialog_save (dialog));
  g_assert_null (tx_settings_dup (f->db, TX_SETTING_OFFICE_NAME));
  g_assert_true (gtk_widget_has_css_class (tx_test_get_by_name (GTK_WIDGET (dialog), "office-level-hint"), "error"));
  /* "—" first, then the levels */
  gtk_drop_down_set_selected (tx_code_drop_down_get_drop_down (TX_CODE_DROP_DOWN (level)), 2);
  g_assert_false (gtk_widget_get_visible (tx_test_get_by_name (GTK_WIDGET (dialog), "office-level-hint")));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (tx_test_get_by_name (GTK_WIDGET (dialog), "visit-interval-spin")), 120);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (tx_test_get_by_name (GTK_WIDGET (dialog), "briefings-spin")), 3);

  /* eleven digits: refused at the field, nothing saved */
  gtk_editable_set_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (dialog), "office-code-entry")), "11010100100");
  error_label = tx_test_get_by_name (GTK_WIDGET (dialog), "office-code-error");
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "preferences.save", NULL));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), !=, "");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_null (tx_settings_dup (f->db, TX_SETTING_OFFICE_CODE));
  g_assert_null (tx_settings_dup (f->db, TX_SETTING_OFFICE_NAME));

  /* letters neither */
  gtk_editable_set_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (dialog), "office-code-entry")), "11010100100X");
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_false (tx_preferences_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (error_label));

  /* twelve: saved, and the dialog closes */
  gtk_editable_set_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (dialog), "office-code-entry")), "110101001000");
  weak = G_OBJECT (dialog);
  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "preferences.save", NULL));
  tx_test_drain_main_loop ();
  g_assert_null (weak);

  value = tx_settings_dup (f->db, TX_SETTING_OFFICE_NAME);
  g_assert_cmpstr (value, ==, "和平里街道工委");
  g_clear_pointer (&value, g_free);
  value = tx_settings_dup (f->db, TX_SETTING_OFFICE_CODE);
  g_assert_cmpstr (value, ==, "110101001000");
  g_clear_pointer (&value, g_free);
  value = tx_settings_dup (f->db, TX_SETTING_OFFICE_LEVEL);
  g_assert_cmpstr (value, ==, ((TxCode *) g_ptr_array_index (levels, 1))->code);
  g_clear_pointer (&value, g_free);
  value = tx_settings_dup (f->db, TX_SETTING_OFFICE_STREET);
  g_assert_cmpstr (value, ==, "和平里街道");
  g_assert_cmpint (tx_settings_get_int (f->db, TX_SETTING_VISIT_INTERVAL_DAYS, 0), ==, 120);
  g_assert_cmpint (tx_settings_get_int (f->db, TX_SETTING_BRIEFINGS_PER_YEAR, 0), ==, 3);
  g_assert_cmpint (tx_settings_get_int (f->db, TX_SETTING_CONSULTATIONS_PER_YEAR, 0), ==,
                   TX_PREFERENCES_DEFAULT_CONSULTATIONS_PER_YEAR);

  /* the overview shows the office name at once */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (tx_test_get_by_name (GTK_WIDGET (window), "office-name"))),
                   ==, "和平里街道工委");

  /* opened again, the dialog shows what was saved */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  dialog = TX_PREFERENCES_DIALOG (tx_test_find_visible_toplevel (TX_TYPE_PREFERENCES_DIALOG));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (dialog), "office-code-entry"))),
                   ==, "110101001000");
  g_assert_cmpuint (gtk_drop_down_get_selected (tx_code_drop_down_get_drop_down (TX_CODE_DROP_DOWN (tx_test_get_by_name (GTK_WIDGET (dialog), "office-level-drop-down")))),
                    ==, 2);
  /* Escape closes without saving */
  gtk_editable_set_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (dialog), "office-name-entry")), "别的名字");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  tx_test_drain_main_loop ();
  g_clear_pointer (&value, g_free);
  value = tx_settings_dup (f->db, TX_SETTING_OFFICE_NAME);
  g_assert_cmpstr (value, ==, "和平里街道工委");

  tx_test_destroy_window (GTK_WINDOW (window));
}

/* ---- first run and demo data ------------------------------------------------- */

static void
test_empty_state (Fixture       *f,
                  gconstpointer  data)
{
  TxWindow *window;
  TxOverviewPage *overview;
  g_autoptr(TxPerson) person = NULL;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  overview = TX_OVERVIEW_PAGE (tx_window_get_page (window, "overview"));
  g_assert_true (tx_overview_page_is_empty (overview));
  g_assert_true (gtk_widget_get_mapped (tx_test_get_by_name (GTK_WIDGET (window), "empty-title")));
  g_assert_true (gtk_widget_get_sensitive (tx_test_get_by_name (GTK_WIDGET (window), "demo-button")));
  /* exchange files and CSV rosters can be imported */
  g_assert_true (gtk_widget_get_sensitive (tx_test_get_by_name (GTK_WIDGET (window), "import-xml-button")));
  g_assert_true (gtk_widget_get_sensitive (tx_test_get_by_name (GTK_WIDGET (window), "import-csv-button")));
  /* New Person needs an archive page that creates */
  tx_window_add_page (window, "archive", "Archive", NULL, gtk_label_new ("—"));
  g_assert_false (gtk_widget_get_sensitive (tx_test_get_by_name (GTK_WIDGET (window), "new-person-button")));
  tx_window_add_page (window, "archive", "Archive", NULL, g_object_new (TEST_TYPE_PAGE, NULL));
  g_assert_true (gtk_widget_get_sensitive (tx_test_get_by_name (GTK_WIDGET (window), "new-person-button")));

  /* a person: the counts */
  person = save_person (f->db, "张伟");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.refresh", NULL);
  tx_test_wait_for_loads (f->db);
  g_assert_false (tx_overview_page_is_empty (overview));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (tx_test_get_by_name (GTK_WIDGET (window), "count-people"))), ==, "1");

  tx_test_destroy_window (GTK_WINDOW (window));
}

static void
assert_demo_marked (TxWindow *window,
                    gboolean  demo)
{
  g_assert_cmpint (tx_window_is_demo (window), ==, demo);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   demo ? "Tongxin — Demo Data" : "Tongxin");
  g_assert_cmpint (gtk_widget_get_visible (tx_test_get_by_name (GTK_WIDGET (window), "demo-bar")), ==, demo);
}

static void
test_demo_marked_by_name (Fixture       *f,
                          gconstpointer  data)
{
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  assert_demo_marked (window, TRUE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "demo"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "devel"));
  tx_test_destroy_window (GTK_WINDOW (window));
}

static void
test_demo_marked_by_setting (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  assert_demo_marked (window, FALSE);
  tx_test_destroy_window (GTK_WINDOW (window));

  tx_settings_set (f->db, TX_WINDOW_SETTING_DEMO, "1", &error);
  g_assert_no_error (error);
  window = tx_test_show_window (app, f->db);
  assert_demo_marked (window, TRUE);
  tx_test_destroy_window (GTK_WINDOW (window));
}

typedef struct
{
  guint  n_progress;
  guint  last_done;
  guint  last_total;
  char  *path;
  GError *error;
  gboolean finished;
} DemoResult;

static void
demo_progress (guint done, guint total, gpointer user_data)
{
  DemoResult *result = user_data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  result->n_progress++;
  result->last_done = done;
  result->last_total = total;
}

static void
demo_done (GObject *source, GAsyncResult *res, gpointer user_data)
{
  DemoResult *result = user_data;

  result->path = tx_application_create_demo_finish (TX_APPLICATION (source), res, &result->error);
  result->finished = TRUE;
}

static gboolean
demo_finished (gpointer data)
{
  return ((DemoResult *) data)->finished;
}

static void
test_demo_create (void)
{
  g_autofree char *dir = tx_test_make_temp_dir ("demo");
  g_autofree char *path = g_build_filename (dir, "sub", TX_WINDOW_DEMO_FILE_NAME, NULL);
  g_autofree char *default_demo = tx_application_dup_demo_path ();
  g_autofree char *flag = NULL;
  DemoResult result = { 0 };
  TxWindow *window;
  TxDatabase *db;

  if (tx_test_skip_without_display ())
    return;
  g_assert_true (g_str_has_suffix (default_demo, "/" TX_WINDOW_DEMO_FILE_NAME));

  tx_application_create_demo_async (app, path, 30, demo_progress, &result, NULL, demo_done, &result);
  tx_test_wait_for (demo_finished, &result);
  g_assert_no_error (result.error);
  g_assert_cmpstr (result.path, ==, path);
  g_assert_cmpuint (result.n_progress, >, 0);
  g_assert_cmpuint (result.last_done, ==, result.last_total);

  window = tx_application_open_database (app, result.path);
  g_assert_nonnull (window);
  tx_test_wait_for (tx_test_is_mapped, window);
  assert_demo_marked (window, TRUE);
  db = tx_window_get_database (window);
  g_assert_cmpint (tx_store_count (db, TX_TYPE_PERSON, FALSE, NULL), ==, 30);
  flag = tx_settings_dup (db, TX_WINDOW_SETTING_DEMO);
  g_assert_cmpstr (flag, ==, "1");
  g_assert_false (tx_overview_page_is_empty (TX_OVERVIEW_PAGE (tx_window_get_page (window, "overview"))));
  tx_test_destroy_window (GTK_WINDOW (window));

  /* asked again, the demo there is opened as it is */
  g_clear_pointer (&result.path, g_free);
  result.finished = FALSE;
  result.n_progress = 0;
  tx_application_create_demo_async (app, path, 30, demo_progress, &result, NULL, demo_done, &result);
  tx_test_wait_for (demo_finished, &result);
  g_assert_no_error (result.error);
  g_assert_cmpstr (result.path, ==, path);
  g_assert_cmpuint (result.n_progress, ==, 0);

  g_free (result.path);
  tx_test_remove_tree (dir);
}

/* ---- menu and shortcuts --------------------------------------------------------- */

static void
collect_actions (GMenuModel *menu,
                 GPtrArray  *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      char *action = NULL;

      if (section != NULL)
        collect_actions (section, actions);
      else if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_ptr_array_add (actions, action);
    }
}

/* The label of the menu item for @action, its mnemonic removed: "_Keyboard
 * Shortcuts" and "键盘快捷键(_K)" both lose what only marks the key. */
static char *
dup_menu_label (GMenuModel *menu,
                const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *item_action = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GRegex) mnemonic = NULL;

      if (section != NULL)
        {
          char *found = dup_menu_label (section, action);

          if (found != NULL)
            return found;
          continue;
        }
      if (!g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action)
          || !g_str_equal (item_action, action)
          || !g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        continue;
      mnemonic = g_regex_new ("\\(_.\\)|_", 0, 0, NULL);
      return g_regex_replace_literal (mnemonic, label, -1, 0, "", 0, NULL);
    }
  return NULL;
}

static void
test_menu (Fixture       *f,
           gconstpointer  data)
{
  const char *expected[] = {
    "win.import", "win.export", "win.import-csv", "win.export-csv", "win.merge-duplicates", "win.print",
    "win.backup-to", "win.restore-from", "win.preferences",
    "win.show-help-overlay", "app.about", "app.quit",
  };
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) accels = NULL;
  g_autofree char *menu_label = NULL;
  TxWindow *window;
  GtkWidget *button;
  GtkShortcutsWindow *overlay;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  button = tx_test_get_by_name (GTK_WIDGET (window), "primary-menu-button");
  g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (button)));   /* F10 */
  collect_actions (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), actions);
  g_assert_cmpuint (actions->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (actions, i), ==, expected[i]);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.preferences");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>comma"));

  /* the shortcuts window, loaded from the resource base path */
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  tx_test_drain_main_loop ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  /* titled as the menu item that opens it */
  menu_label = dup_menu_label (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), "win.show-help-overlay");
  g_assert_nonnull (menu_label);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (overlay)), ==, menu_label);
  gtk_window_close (GTK_WINDOW (overlay));
  tx_test_drain_main_loop ();

  tx_test_destroy_window (GTK_WINDOW (window));
}

/* ---- the rows of hidden pages -------------------------------------------- */

static void
fixture_set_up_people (Fixture       *f,
                       gconstpointer  data)
{
  f->dir = tx_test_make_temp_dir ("window");
  f->db = tx_test_open_demo_database (f->dir, 400, 7);
  f->path = g_strdup (tx_database_get_path (f->db));
}

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);
  return n;
}

typedef struct
{
  GtkAdjustment *adjustment;
  double         value;
} ScrollWait;

static gboolean
scrolled_to (gpointer data)
{
  ScrollWait *wait = data;

  return G_APPROX_VALUE (gtk_adjustment_get_value (wait->adjustment), wait->value, 1.0);
}

/* A hidden page's list drops its row widgets (GTK 4.8 keeps ~200 rows a
 * view) and gets its rows, selection and scroll position back when shown;
 * a page that changed its list while hidden keeps what it made; the
 * archive keeps its rows. */
static void
test_hidden_rows (Fixture       *f,
                  gconstpointer  data)
{
  TxWindow *window;
  GtkWidget *visits, *archive;
  GtkColumnView *view, *archive_view;
  GtkSelectionModel *model;
  ScrollWait wait;
  guint rows, n;

  if (tx_test_skip_without_display ())
    return;
  window = tx_test_show_window (app, f->db);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 400);
  tx_window_show_page (window, "archive");
  archive = tx_window_get_page (window, "archive");
  tx_test_wait_for_page (archive);
  archive_view = GTK_COLUMN_VIEW (tx_test_get_by_name (archive, "archive-view"));
  tx_window_show_page (window, "visits");
  visits = tx_window_get_page (window, "visits");
  tx_test_wait_for_page (visits);
  tx_test_drain_main_loop ();
  /* the archive hidden: its rows stay */
  g_assert_nonnull (gtk_column_view_get_model (archive_view));

  view = tx_record_list_page_get_view (TX_RECORD_LIST_PAGE (visits));
  model = gtk_column_view_get_model (view);
  g_assert_nonnull (model);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n, >, 40);
  gtk_selection_model_select_item (model, n / 2, TRUE);
  wait.adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  gtk_adjustment_set_value (wait.adjustment, gtk_adjustment_get_upper (wait.adjustment) / 2);
  tx_test_drain_main_loop ();
  wait.value = gtk_adjustment_get_value (wait.adjustment);
  g_assert_cmpfloat (wait.value, >, 0);
  rows = count_widgets (GTK_WIDGET (view));
  g_assert_cmpuint (rows, >, n);

  tx_window_show_page (window, "overview");
  tx_test_drain_main_loop ();
  g_assert_null (gtk_column_view_get_model (view));
  g_assert_cmpuint (count_widgets (GTK_WIDGET (view)), <, rows / 4);
  g_assert_nonnull (gtk_column_view_get_model (archive_view));

  tx_window_show_page (window, "visits");
  g_assert_true (gtk_column_view_get_model (view) == model);
  g_assert_true (gtk_selection_model_is_selected (model, n / 2));
  tx_test_wait_for (scrolled_to, &wait);
  g_assert_cmpuint (count_widgets (GTK_WIDGET (view)), >, n);

  /* searched while hidden: the page's new list, not the old one */
  tx_window_show_page (window, "overview");
  tx_test_drain_main_loop ();
  g_assert_null (gtk_column_view_get_model (view));
  tx_page_set_search (TX_PAGE (visits), "zzzz-nobody");
  tx_test_wait_for_page (visits);
  tx_window_show_page (window, "visits");
  tx_test_drain_main_loop ();
  g_assert_nonnull (gtk_column_view_get_model (view));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, 0);
  tx_test_destroy_window (GTK_WINDOW (window));
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

  g_test_add ("/window/sidebar", Fixture, NULL, fixture_set_up, test_sidebar, fixture_tear_down);
  g_test_add ("/window/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/window/new", Fixture, NULL, fixture_set_up, test_new, fixture_tear_down);
  g_test_add ("/window/open-record", Fixture, NULL, fixture_set_up, test_open_record, fixture_tear_down);
  g_test_add ("/window/last-page", Fixture, NULL, fixture_set_up, test_last_page, fixture_tear_down);
  g_test_add ("/window/toast", Fixture, NULL, fixture_set_up, test_toast, fixture_tear_down);
  g_test_add ("/window/trash", Fixture, NULL, fixture_set_up, test_trash, fixture_tear_down);
  g_test_add ("/window/preferences", Fixture, NULL, fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/window/empty-state", Fixture, NULL, fixture_set_up, test_empty_state, fixture_tear_down);
  g_test_add ("/window/demo/by-name", Fixture, TX_WINDOW_DEMO_FILE_NAME, fixture_set_up,
              test_demo_marked_by_name, fixture_tear_down);
  g_test_add ("/window/demo/by-setting", Fixture, NULL, fixture_set_up, test_demo_marked_by_setting,
              fixture_tear_down);
  g_test_add_func ("/window/demo/create", test_demo_create);
  g_test_add ("/window/hidden-rows", Fixture, NULL, fixture_set_up_people, test_hidden_rows, fixture_tear_down);
  g_test_add ("/window/menu", Fixture, NULL, fixture_set_up, test_menu, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
