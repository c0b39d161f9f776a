/* test-window-changes.c — what another program, or another page, changes
 * reaches every page of an open window; saves survive a second program
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <gtk/gtk.h>

#include "app/tx-application.h"
#include "app/pages/tx-page.h"
#include "app/editors/tx-person-editor.h"
#include "app/tx-window.h"
#include "core/text/tx-i18n.h"
#include "core/model/tx-person.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"
#include "tx-test-gtk-util.h"

static TxApplication *app;

typedef struct
{
  char       *dir;
  char       *path;
  TxDatabase *db;
  TxWindow   *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = tx_test_make_temp_dir ("test-window-changes");
  f->path = g_build_filename (f->dir, "tongxin.db", NULL);
  if (tx_test_skip_without_display ())
    return;
  f->db = tx_test_open_demo_database (f->dir, 60, 3);
  f->window = tx_test_show_window (app, f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    tx_test_destroy_window (GTK_WINDOW (f->window));
  if (f->db != NULL)
    tx_test_release_database (f->db);
  tx_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static GtkWidget *
page (Fixture    *f,
      const char *name)
{
  GtkWidget *widget = tx_window_get_page (f->window, name);

  g_assert_nonnull (widget);
  return widget;
}

/* The number in a page's count label ("共 60 人" → 60). */
static gint64
shown_count (Fixture    *f,
             const char *page_name)
{
  GtkWidget *label = tx_test_find_by_name (page (f, page_name), "count-label");
  const char *text;

  tx_test_wait_for_loads (f->db);
  g_assert_true (GTK_IS_LABEL (label));
  text = gtk_label_get_label (GTK_LABEL (label));
  while (*text != '\0' && !g_ascii_isdigit (*text))
    text++;
  return g_ascii_strtoll (text, NULL, 10);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return tx_test_count (f->db, sql, NULL);
}

/* ---- the search text of each page --------------------------------------- */

static void
test_search_survives_page_switch (Fixture       *f,
                                  gconstpointer  data)
{
  GtkEditable *entry;

  if (f->window == NULL)
    return;
  entry = GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (f->window), "search-entry"));
  tx_window_show_page (f->window, "archive");
  gtk_editable_set_text (entry, "王");
  tx_test_run_main_loop_for (400);   /* the entry's search delay */
  g_assert_cmpstr (g_object_get_data (G_OBJECT (page (f, "archive")), "tx-window-search"), ==, "王");

  for (guint i = 0; i < 3; i++)
    {
      tx_window_show_page (f->window, "activities");
      g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
      tx_window_show_page (f->window, "archive");
      g_assert_cmpstr (gtk_editable_get_text (entry), ==, "王");
      tx_test_run_main_loop_for (300);
    }
  /* neither page was given another page's text, nor an empty one */
  g_assert_cmpstr (g_object_get_data (G_OBJECT (page (f, "archive")), "tx-window-search"), ==, "王");
  g_assert_null (g_object_get_data (G_OBJECT (page (f, "activities")), "tx-window-search"));
  g_assert_cmpint (shown_count (f, "archive"), ==,
                   count (f, "SELECT count(*) FROM person WHERE trashed IS NULL AND name LIKE '王%'"));
}

/* ---- one path for changes ---------------------------------------------- */

static void
select_in_trash (Fixture    *f,
                 const char *uuid)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (tx_test_find_by_type (page (f, "trash"), GTK_TYPE_COLUMN_VIEW));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(TxRecord) record = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (g_strcmp0 (tx_record_get_uuid (record), uuid) == 0)
        {
          gtk_single_selection_set_selected (selection, i);
          return;
        }
    }
  g_assert_not_reached ();
}

/* Trashed on one page, restored on another: the archive's count follows
 * both without F5. */
static void
test_restore_updates_archive (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autoptr(TxRecord) person = NULL;
  gint64 before;

  if (f->window == NULL)
    return;
  /* the archive shows 在册 people unless asked for others */
  before = shown_count (f, "archive");
  uuid = tx_test_dup_existing_text (f->db, "SELECT uuid FROM person WHERE trashed IS NULL AND status = '1' ORDER BY id LIMIT 1", NULL);
  person = tx_store_load (f->db, TX_TYPE_PERSON, uuid, &error);
  g_assert_true (tx_store_trash (f->db, person, &error));
  g_assert_cmpint (shown_count (f, "archive"), ==, before - 1);

  tx_window_show_page (f->window, "trash");
  tx_test_drain_main_loop ();
  select_in_trash (f, uuid);
  g_assert_true (gtk_widget_activate_action (page (f, "trash"), "trash.restore", NULL));
  g_assert_cmpint (shown_count (f, "archive"), ==, before);
}

/* A suggestion raised at a meeting shows in 意见建议 at once, and the
 * meeting's own count of suggestions follows. */
static void
test_suggestion_from_meeting (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxSuggestion) suggestion = tx_suggestion_new ();
  g_autofree char *meeting = NULL;
  g_autofree char *sql = NULL;
  gint64 before;

  if (f->window == NULL)
    return;
  before = shown_count (f, "suggestions");
  meeting = tx_test_dup_existing_text (f->db, "SELECT uuid FROM consultation WHERE trashed IS NULL ORDER BY id LIMIT 1", NULL);
  tx_suggestion_set_title (suggestion, "增设社区老年食堂");
  tx_suggestion_set_consultation (suggestion, meeting);
  tx_suggestion_set_date (suggestion, "2026-03-01");
  g_assert_true (tx_store_save (f->db, TX_RECORD (suggestion), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);

  g_assert_cmpint (shown_count (f, "suggestions"), ==, before + 1);
  g_assert_cmpint (shown_count (f, "suggestions"), ==,
                   count (f, "SELECT count(*) FROM suggestion WHERE trashed IS NULL"));
  sql = g_strdup_printf ("SELECT count(*) FROM suggestion WHERE trashed IS NULL AND consultation = '%s'", meeting);
  g_assert_cmpint (count (f, sql), >=, 1);
}

static gboolean
staff_count_is (gpointer data)
{
  gpointer *args = data;
  Fixture *f = args[0];
  GtkWidget *label = tx_test_find_by_name (page (f, "staff"), "count-label");
  g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, GPOINTER_TO_SIZE (args[1]));

  return strstr (gtk_label_get_label (GTK_LABEL (label)), expected) != NULL;
}

/* Another program writes: the open window notices by itself (its timer),
 * with no focus change and no F5. */
static void
test_other_program_shows_up (Fixture       *f,
                             gconstpointer  data)
{
  const char *argv[] = { TX_TEST_PEER, "write", f->path, "新来的联络员", "3", NULL };
  gint64 before;
  gpointer args[2];

  if (f->window == NULL)
    return;
  before = shown_count (f, "staff");
  tx_test_run_program (argv);
  args[0] = f;
  args[1] = GSIZE_TO_POINTER ((gsize) (before + 3));
  tx_test_wait_for (staff_count_is, args);
  g_assert_cmpint (before + 3, ==, count (f, "SELECT count(*) FROM staff WHERE trashed IS NULL"));
}

/* (c) The lost save: an editor saves after another program opened and
 * closed the database; the save is in the file when it is opened again. */
static void
test_save_after_other_program (Fixture       *f,
                               gconstpointer  data)
{
  const char *argv[] = { TX_TEST_PEER, "read", f->path, NULL };
  g_autoptr(TxDatabase) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  GtkWindow *editor;
  gpointer weak;

  if (f->window == NULL)
    return;
  uuid = tx_test_dup_existing_text (f->db, "SELECT uuid FROM person WHERE trashed IS NULL ORDER BY id LIMIT 1", NULL);
  tx_test_run_program (argv);
  tx_test_run_program (argv);

  tx_window_open_record (f->window, "person", uuid);
  editor = tx_test_find_visible_toplevel (TX_TYPE_PERSON_EDITOR);
  g_assert_nonnull (editor);
  tx_test_wait_for (tx_test_is_mapped, editor);
  gtk_editable_set_text (GTK_EDITABLE (tx_test_find_by_buildable_id (GTK_WIDGET (editor), "former_name_entry")),
                         "保存测试");
  weak = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  tx_test_wait_for (tx_test_is_gone, &weak);

  /* as after quitting: the window and its database gone, the file again */
  tx_test_destroy_window (GTK_WINDOW (f->window));
  f->window = NULL;
  tx_test_release_database (f->db);
  f->db = NULL;
  reopened = tx_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tx_test_count (reopened, "SELECT count(*) FROM person WHERE former_name = ?", "保存测试"), ==, 1);
}

/* 彻底删除 says what goes with a person. */
static void
test_purge_names_effects (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(TxRecord) person = NULL;
  GtkWindow *dialog;
  GtkWidget *secondary;
  g_autofree char *visits = NULL;
  gint64 n_visits;

  if (f->window == NULL)
    return;
  uuid = tx_test_dup_existing_text (f->db, "SELECT person FROM visit WHERE trashed IS NULL GROUP BY person ORDER BY count(*) DESC LIMIT 1", NULL);
  sql = g_strdup_printf ("SELECT count(*) FROM visit WHERE person = '%s'", uuid);
  n_visits = count (f, sql);
  g_assert_cmpint (n_visits, >, 0);
  person = tx_store_load (f->db, TX_TYPE_PERSON, uuid, &error);
  g_assert_true (tx_store_trash (f->db, person, &error));

  tx_window_show_page (f->window, "trash");
  tx_test_drain_main_loop ();
  select_in_trash (f, uuid);
  g_assert_true (gtk_widget_activate_action (page (f, "trash"), "trash.purge", NULL));
  dialog = tx_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  secondary = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
  G_GNUC_END_IGNORE_DEPRECATIONS
  visits = g_strdup_printf ("%" G_GINT64_FORMAT " 次走访记录", n_visits);
  {
    GtkWidget *label = gtk_widget_get_last_child (secondary);
    const char *text = gtk_label_get_label (GTK_LABEL (label));

    g_assert_nonnull (strstr (text, "同时删除"));
    g_assert_nonnull (strstr (text, visits));
  }
  tx_test_answer_message_dialog (GTK_RESPONSE_CANCEL);
  g_assert_cmpint (count (f, sql), ==, n_visits);
}

/* The first text a user can type into. */
static GtkWidget *
first_text (GtkWidget *widget)
{
  if (GTK_IS_TEXT (widget) && gtk_widget_is_drawable (widget) && gtk_editable_get_editable (GTK_EDITABLE (widget)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_text (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The editor the page just opened: the one toplevel over the window. */
static GtkWindow *
find_editor (Fixture *f)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (toplevel) == GTK_WINDOW (f->window)
          && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }
  return NULL;
}

/* 放弃修改 in every editor closes it without touching it after it is gone
 * (no reference is kept here, as none is in the window; valgrind and the
 * fatal criticals see the rest). */
static void
test_discard_frees_editors (Fixture       *f,
                            gconstpointer  data)
{
  const char *pages[] = { "archive", "activities", "visits", "consultations",
                          "suggestions", "pairings", "staff" };
  g_autofree char *before = NULL;

  if (f->window == NULL)
    return;
  before = tx_test_dup_existing_text (f->db, "SELECT max(id) FROM change_log", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWindow *editor;
      GtkWidget *text;
      gpointer weak;

      tx_window_show_page (f->window, pages[i]);
      tx_page_create_new (TX_PAGE (page (f, pages[i])));
      editor = find_editor (f);
      g_assert_nonnull (editor);
      tx_test_wait_for (tx_test_is_mapped, editor);
      text = first_text (GTK_WIDGET (editor));
      g_assert_nonnull (text);
      gtk_editable_set_text (GTK_EDITABLE (text), "欧阳修");
      weak = editor;
      g_object_add_weak_pointer (G_OBJECT (editor), &weak);
      gtk_window_close (editor);
      tx_test_drain_main_loop ();
      g_assert_nonnull (tx_test_find_message_dialog ());
      tx_test_answer_message_dialog (GTK_RESPONSE_REJECT);
      tx_test_wait_for (tx_test_is_gone, &weak);
      tx_test_drain_main_loop_repeatedly (5);
    }
  /* nothing was written */
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM change_log WHERE id > ?", before), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  if (tx_test_gtk_init ())
    app = tx_test_application_new ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window-changes/search-survives-page-switch", test_search_survives_page_switch);
  ADD ("/window-changes/restore-updates-archive", test_restore_updates_archive);
  ADD ("/window-changes/suggestion-from-meeting", test_suggestion_from_meeting);
  ADD ("/window-changes/other-program-shows-up", test_other_program_shows_up);
  ADD ("/window-changes/save-after-other-program", test_save_after_other_program);
  ADD ("/window-changes/purge-names-effects", test_purge_names_effects);
  ADD ("/window-changes/discard-frees-editors", test_discard_frees_editors);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
