/* test-record-list-page.c — what every list page has from TxRecordListPage:
 * the search narrows the count, Enter in the search focuses the list, the
 * trash with 撤销, and a New editor's record selected once saved. Each case
 * runs on every page built on the base class.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "app/pages/tx-page.h"
#include "app/pages/tx-record-list-page.h"
#include "core/db/tx-store.h"
#include "core/model/tx-record-list.h"
#include "core/text/tx-i18n.h"
#include "tx-test-gtk-util.h"

static TxApplication *app;
static char *tmp_dir;
static TxDatabase *db;
static TxWindow *window;

/* The window's name of each page, and a column of its table that the
 * page's search covers (an oracle for a term that matches some rows).
 * The archive is one of them: its rows can be selected several at a time,
 * which must not change what one row does. */
typedef struct
{
  const char *page;
  const char *search_sql;
} PageCase;

static const PageCase cases[] = {
  { "archive",       "SELECT name FROM person WHERE trashed IS NULL AND status = '1' ORDER BY id LIMIT 1" },
  { "activities",    "SELECT title FROM activity WHERE trashed IS NULL ORDER BY id LIMIT 1" },
  { "visits",        "SELECT p.name FROM visit v JOIN person p ON p.uuid = v.person"
                     " WHERE v.trashed IS NULL ORDER BY v.id LIMIT 1" },
  { "consultations", "SELECT title FROM consultation WHERE trashed IS NULL ORDER BY id LIMIT 1" },
  { "suggestions",   "SELECT title FROM suggestion WHERE trashed IS NULL ORDER BY id LIMIT 1" },
  { "pairings",      "SELECT p.name FROM pairing x JOIN person p ON p.uuid = x.person"
                     " WHERE x.trashed IS NULL ORDER BY x.id LIMIT 1" },
  { "staff",         "SELECT name FROM staff WHERE trashed IS NULL ORDER BY id LIMIT 1" },
};

static TxRecordListPage *
show_page (const char *name)
{
  GtkWidget *page = tx_window_get_page (window, name);

  g_assert_true (TX_IS_RECORD_LIST_PAGE (page));
  tx_window_show_page (window, name);
  tx_test_wait_for_page (page);
  tx_test_drain_main_loop_repeatedly (5);
  return TX_RECORD_LIST_PAGE (page);
}

static const char *
count_text (TxRecordListPage *page)
{
  return gtk_label_get_label (GTK_LABEL (tx_test_get_by_name (GTK_WIDGET (page), "count-label")));
}

/* the list pages' view, or the archive's (named for the benchmark) */
static GtkWidget *
list_view (gpointer page)
{
  GtkWidget *view = tx_test_find_by_name (page, "list-view");

  return view != NULL ? view : tx_test_get_by_name (page, "archive-view");
}

static void
search (TxRecordListPage *page,
        const char       *text)
{
  tx_page_set_search (TX_PAGE (page), text);
  tx_test_wait_for_page (GTK_WIDGET (page));
}

static void
test_search_narrows (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TxRecordListPage *page = show_page (cases[i].page);
      g_autofree char *term = tx_test_dup_text (db, cases[i].search_sql, NULL);
      g_autofree char *all_count = g_strdup (count_text (page));
      g_autofree char *n_text = NULL;
      guint all = tx_record_list_page_get_n_items (page);
      guint found;

      g_test_message ("page %s, search “%s”", cases[i].page, term);
      g_assert_nonnull (term);
      g_assert_cmpuint (all, >, 1);
      search (page, term);
      found = tx_record_list_page_get_n_items (page);
      g_assert_cmpuint (found, >=, 1);
      g_assert_cmpuint (found, <, all);
      /* the count says so */
      n_text = g_strdup_printf ("%u", found);
      g_assert_nonnull (strstr (count_text (page), n_text));
      g_assert_cmpstr (count_text (page), !=, all_count);
      search (page, NULL);
      g_assert_cmpuint (tx_record_list_page_get_n_items (page), ==, all);
      g_assert_cmpstr (count_text (page), ==, all_count);
    }
}

static gboolean
list_has_focus (gpointer page)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *view = list_view (page);

  return focus != NULL && (focus == view || gtk_widget_is_ancestor (focus, view));
}

/* Enter in the search, on @name, a page of the window */
static void
assert_enter_focuses_list (const char *name)
{
  GtkWidget *entry = tx_test_get_by_name (GTK_WIDGET (window), "search-entry");
  GtkWidget *page = tx_window_get_page (window, name);

  g_test_message ("page %s", name);
  tx_window_show_page (window, name);
  tx_test_wait_for_loads (db);
  tx_test_drain_main_loop_repeatedly (5);
  gtk_widget_grab_focus (entry);
  tx_test_drain_main_loop ();
  g_assert_false (list_has_focus (page));
  g_signal_emit_by_name (entry, "activate");
  tx_test_drain_main_loop ();
  g_assert_true (list_has_focus (page));
}

static void
test_enter_focuses_list (void)
{
  /* the archive too, past its row of filters */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_enter_focuses_list (cases[i].page);
}

/* 删除 carries the trash icon on every page */
static void
test_trash_icon (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWidget *button = tx_test_get_by_name (tx_window_get_page (window, cases[i].page), "trash-button");
      GtkWidget *icon = tx_test_find_by_type (button, GTK_TYPE_IMAGE);

      g_test_message ("page %s", cases[i].page);
      g_assert_nonnull (icon);
      g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (icon)), ==, "user-trash-symbolic");
    }
}

static gboolean
is_trashed (TxRecord *record)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE uuid = ? AND trashed IS NOT NULL",
                                          tx_record_get_entity (record));

  return tx_test_count (db, sql, tx_record_get_uuid (record)) == 1;
}

/* whether the window's notification is up */
static gboolean
toast_shown (void)
{
  GtkWidget *button = tx_test_get_by_name (GTK_WIDGET (window), "toast-button");

  return gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (button, GTK_TYPE_REVEALER)));
}

static void
test_trash_undo (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TxRecordListPage *page = show_page (cases[i].page);
      GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (list_view (page))));
      guint before = tx_record_list_page_get_n_items (page);
      g_autoptr(TxRecord) record = g_list_model_get_item (rows, 1);

      g_test_message ("page %s", cases[i].page);
      /* nothing selected: Delete does nothing */
      g_assert_cmpuint (tx_record_list_page_get_selected (page), ==, GTK_INVALID_LIST_POSITION);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "list.trash", NULL));
      tx_test_wait_for_page (GTK_WIDGET (page));
      g_assert_cmpuint (tx_record_list_page_get_n_items (page), ==, before);

      tx_record_list_page_select (page, 1);
      g_signal_emit_by_name (tx_test_get_by_name (GTK_WIDGET (page), "trash-button"), "clicked");
      tx_test_wait_for_loads (db);
      tx_test_wait_for_page (GTK_WIDGET (page));
      g_assert_true (is_trashed (record));
      g_assert_cmpuint (tx_record_list_page_get_n_items (page), ==, before - 1);
      g_assert_true (toast_shown ());

      /* 撤销, as Ctrl+Z does it */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "list.undo-trash", NULL));
      tx_test_wait_for_loads (db);
      tx_test_wait_for_page (GTK_WIDGET (page));
      g_assert_false (is_trashed (record));
      g_assert_cmpuint (tx_record_list_page_get_n_items (page), ==, before);
      /* once undone, nothing is left to undo, and the notification's 撤销 is gone */
      g_assert_false (tx_record_list_page_undo_trash (page));
      g_assert_false (toast_shown ());
    }
}

/* The rows a page shows */
static GListModel *
shown_rows (GtkWidget *page)
{
  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (list_view (page))));
}

/* the one selected row of @page, or GTK_INVALID_LIST_POSITION */
static guint
selected_position (GtkWidget *page)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (shown_rows (page)));

  if (gtk_bitset_get_size (selected) != 1)
    return GTK_INVALID_LIST_POSITION;
  return gtk_bitset_get_nth (selected, 0);
}

/* A copy of the page's last row saved as a new record, as an editor's save
 * would; returns its uuid. */
static char *
save_copy_of_last_row (GtkWidget *page)
{
  GListModel *rows = shown_rows (page);
  g_autoptr(TxRecord) row = g_list_model_get_item (rows, g_list_model_get_n_items (rows) - 1);
  g_autoptr(TxRecord) copy = NULL;
  g_autoptr(GError) error = NULL;

  copy = tx_store_load (db, G_OBJECT_TYPE (row), tx_record_get_uuid (row), &error);
  g_assert_no_error (error);
  tx_record_set_uuid (copy, NULL);
  g_assert_true (tx_store_save (db, copy, TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  return g_strdup (tx_record_get_uuid (copy));
}

/* the editor New opened: the visible window with a "saved" signal */
static GtkWindow *
find_editor (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) window && gtk_widget_get_visible (l->data)
        && g_signal_lookup ("saved", G_OBJECT_TYPE (l->data)) != 0)
      return l->data;
  g_error ("New opened no editor");
  return NULL;
}

/* "saved" gives the uuid of what was saved */
static void
assert_saved_gives_uuid (GtkWindow *editor)
{
  GSignalQuery query;

  g_signal_query (g_signal_lookup ("saved", G_OBJECT_TYPE (editor)), &query);
  g_assert_cmpuint (query.n_params, ==, 1);
  g_assert_cmpuint (G_TYPE_FUNDAMENTAL (query.param_types[0]), ==, G_TYPE_STRING);
}

/* New on the page @name, its editor saves: the new record is selected */
static void
assert_new_record_selected (const char *name)
{
  GtkWidget *page = tx_window_get_page (window, name);
  GtkWindow *editor;
  g_autofree char *uuid = NULL;
  g_autoptr(TxRecord) selected = NULL;
  guint position;

  g_test_message ("page %s", name);
  tx_window_show_page (window, name);
  tx_test_wait_for_page (page);
  tx_test_drain_main_loop_repeatedly (5);
  tx_page_create_new (TX_PAGE (page));
  editor = find_editor ();
  assert_saved_gives_uuid (editor);
  uuid = save_copy_of_last_row (page);
  g_signal_emit_by_name (editor, "saved", uuid);
  gtk_window_destroy (editor);
  tx_test_wait_for_loads (db);
  tx_test_wait_for_page (page);
  position = selected_position (page);
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  selected = g_list_model_get_item (shown_rows (page), position);
  g_assert_cmpstr (tx_record_get_uuid (selected), ==, uuid);
}

/* The archive's search waits for the main loop (queue_search): a second
 * search while the first one's query is read shows the second's rows, and
 * the first's never replace them. The oracle is the second search alone. */
static void
test_newer_search_wins (void)
{
  TxRecordListPage *page = show_page ("archive");
  g_autofree char *first = tx_test_dup_text (db, "SELECT substr(name, 1, 1) FROM person"
                                             " WHERE trashed IS NULL AND status = '1' ORDER BY id LIMIT 1", NULL);
  g_autofree char *second = tx_test_dup_text (db, cases[0].search_sql, NULL);
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint n_second, n_first;

  search (page, second);
  n_second = tx_record_list_page_get_n_items (page);
  search (page, first);
  n_first = tx_record_list_page_get_n_items (page);
  search (page, NULL);
  g_assert_cmpuint (n_first, !=, n_second);

  tx_page_set_search (TX_PAGE (page), first);
  /* until the first search's query is handed to the reading thread */
  while (tx_database_get_n_reads (db) == 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (tx_database_get_n_reads (db), >, 0);
  tx_page_set_search (TX_PAGE (page), second);
  tx_test_wait_for_loads (db);
  tx_test_wait_for_page (GTK_WIDGET (page));
  g_assert_cmpuint (tx_record_list_page_get_n_items (page), ==, n_second);
  search (page, NULL);
}

/* A reload of the same list keeps the selected row selected (the list
 * keeps its object); another search lists its rows anew with none
 * selected, so that Delete never acts on a row the user did not pick. */
static void
test_reload_keeps_selection (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TxRecordListPage *page = show_page (cases[i].page);
      g_autoptr(TxRecord) picked = g_list_model_get_item (shown_rows (GTK_WIDGET (page)), 1);
      g_autoptr(TxRecord) still = NULL;
      g_autofree char *term = tx_test_dup_text (db, cases[i].search_sql, NULL);
      guint position;

      g_test_message ("page %s", cases[i].page);
      tx_record_list_page_select (page, 1);
      tx_page_reload (TX_PAGE (page));
      tx_test_wait_for_loads (db);
      tx_test_wait_for_page (GTK_WIDGET (page));
      position = selected_position (GTK_WIDGET (page));
      g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
      still = g_list_model_get_item (shown_rows (GTK_WIDGET (page)), position);
      g_assert_cmpstr (tx_record_get_uuid (still), ==, tx_record_get_uuid (picked));

      /* another query lists its rows anew: nothing is selected */
      search (page, term);
      g_assert_cmpuint (selected_position (GTK_WIDGET (page)), ==, GTK_INVALID_LIST_POSITION);
      search (page, NULL);
      tx_record_list_page_select (page, GTK_INVALID_LIST_POSITION);
    }
}

/* every page with its editor, the archive's person editor too */
static void
test_new_record_selected (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_new_record_selected (cases[i].page);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  if (!tx_test_gtk_init ())
    {
      g_printerr ("no display: run with meson test --setup=xvfb\n");
      return 1;
    }
  app = tx_test_application_new ();
  tmp_dir = tx_test_make_temp_dir ("record-list-page");
  db = tx_test_open_demo_database (tmp_dir, 200, 3);
  window = tx_test_show_window (app, db);

  g_test_add_func ("/record-list-page/search-narrows", test_search_narrows);
  g_test_add_func ("/record-list-page/enter-focuses-list", test_enter_focuses_list);
  g_test_add_func ("/record-list-page/trash-icon", test_trash_icon);
  g_test_add_func ("/record-list-page/trash-undo", test_trash_undo);
  g_test_add_func ("/record-list-page/new-record-selected", test_new_record_selected);
  g_test_add_func ("/record-list-page/newer-search-wins", test_newer_search_wins);
  g_test_add_func ("/record-list-page/reload-keeps-selection", test_reload_keeps_selection);
  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  tx_test_drain_main_loop_repeatedly (20);
  g_clear_object (&db);
  tx_test_remove_tree (tmp_dir);
  g_clear_object (&app);
  return status;
}
