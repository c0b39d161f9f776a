/* test-print-preview.c — printing from the window: the roster dialog, the
 * in-app preview paged through, the registration sheet and the minutes
 * from their pages, driven as a user would, under Xvfb
 *
 * With TONGXIN_SCREENSHOT_DIR set, the roster dialog and the preview are
 * also saved there as PNG.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "app/editors/tx-consultation-editor.h"
#include "app/print/tx-print-operation.h"
#include "app/print/tx-print-preview.h"
#include "app/dialogs/tx-roster-dialog.h"
#include "core/text/tx-i18n.h"
#include "core/db/tx-settings.h"
#include "tx-test-gtk-util.h"

typedef struct
{
  char          *dir;
  TxDatabase    *db;
  TxApplication *app;
  TxWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = tx_test_make_temp_dir ("print-preview");
  f->db = tx_test_open_demo_database (f->dir, 300, 1);
  g_assert_true (tx_settings_set (f->db, TX_SETTING_OFFICE_NAME, "兴隆街道统战办", &error));
  if (tx_test_skip_without_display ())
    return;
  f->app = tx_test_application_new ();
  f->window = tx_test_show_window (f->app, f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *preview;

  while (f->window != NULL && (preview = tx_test_find_toplevel (TX_TYPE_PRINT_PREVIEW)) != NULL)
    tx_test_destroy_window (preview);
  if (f->window != NULL)
    tx_test_destroy_window (GTK_WINDOW (f->window));
  g_clear_object (&f->app);
  if (f->window != NULL)
    tx_test_release_database (g_steal_pointer (&f->db));
  g_clear_object (&f->db);
  tx_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gboolean
preview_ready (gpointer data)
{
  TxPrintPreview *preview = data;

  return !tx_print_preview_get_busy (preview) && tx_print_preview_get_pages (preview) != NULL;
}

static TxPrintPreview *
wait_for_preview (void)
{
  TxPrintPreview *preview;

  tx_test_drain_main_loop ();
  preview = TX_PRINT_PREVIEW (tx_test_find_toplevel (TX_TYPE_PRINT_PREVIEW));
  g_assert_nonnull (preview);
  tx_test_wait_for (preview_ready, preview);
  tx_test_drain_main_loop ();
  return preview;
}

static const char *
page_label (TxPrintPreview *preview)
{
  return gtk_label_get_text (GTK_LABEL (tx_test_get_by_name (GTK_WIDGET (preview), "page-label")));
}

static void
assert_page_label (TxPrintPreview *preview,
                   guint           page,
                   guint           n)
{
  g_autofree char *expected = g_strdup_printf ("第 %u 页 共 %u 页", page, n);

  g_assert_cmpstr (page_label (preview), ==, expected);
  g_assert_cmpuint (tx_print_preview_get_page (preview), ==, page - 1);
}

static GtkWidget *
show_archive (Fixture *f)
{
  GtkWidget *page;

  g_assert_true (tx_window_show_page (f->window, "archive"));
  page = tx_window_get_page (f->window, "archive");
  tx_test_wait_for_page (page);
  return page;
}

/* The pages' text, written to a PDF and read back. */
static char *
pages_text (Fixture       *f,
            TxReportPages *pages)
{
  g_autofree char *path = g_build_filename (f->dir, "preview.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  char *text = NULL;
  int status = 0;

  g_assert_true (tx_report_pages_write_pdf_file (pages, file, NULL, &error));
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

/* 打印 on the archive: the roster dialog; untick 性别, move 联系电话 to the
 * top, preview; page through to the end and back. */
static void
test_roster_preview (Fixture       *f,
                     gconstpointer  data)
{
  GtkWindow *dialog;
  TxPrintPreview *preview;
  GtkWidget *phone, *row;
  g_autofree char *text = NULL;
  guint n;
  if (f->window == NULL)
    return;

  show_archive (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print", NULL);
  tx_test_drain_main_loop ();
  dialog = tx_test_find_toplevel (TX_TYPE_ROSTER_DIALOG);
  g_assert_nonnull (dialog);
  tx_test_wait_until_mapped (GTK_WIDGET (dialog));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tx_test_get_by_name (GTK_WIDGET (dialog), "gender")), FALSE);
  phone = tx_test_get_by_name (GTK_WIDGET (dialog), "phone");
  row = gtk_widget_get_ancestor (phone, GTK_TYPE_LIST_BOX_ROW);
  while (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) > 0)
    g_signal_emit_by_name (gtk_widget_get_next_sibling (phone), "clicked");   /* ↑ */
  tx_test_save_screenshot (GTK_WIDGET (dialog), "TONGXIN_SCREENSHOT_DIR", "print-roster-dialog.png");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "roster.preview", NULL);

  preview = wait_for_preview ();
  g_assert_null (dialog);   /* 预览 closed the dialog */
  n = tx_report_pages_get_n_pages (tx_print_preview_get_pages (preview));
  g_assert_cmpuint (n, >, 3);
  tx_test_wait_until_mapped (GTK_WIDGET (preview));
  assert_page_label (preview, 1, n);
  tx_test_save_screenshot (GTK_WIDGET (preview), "TONGXIN_SCREENSHOT_DIR", "print-preview.png");
  g_assert_false (gtk_widget_is_sensitive (tx_test_get_by_name (GTK_WIDGET (preview), "previous-page")));
  for (guint page = 2; page <= n; page++)
    {
      gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL);
      tx_test_drain_main_loop ();
      assert_page_label (preview, page, n);
    }
  g_assert_false (gtk_widget_is_sensitive (tx_test_get_by_name (GTK_WIDGET (preview), "next-page")));
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL);
  assert_page_label (preview, n, n);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous", NULL);
  tx_test_drain_main_loop ();
  assert_page_label (preview, n - 1, n);

  /* what was chosen: no 性别, 联系电话 right after 序号 */
  text = pages_text (f, tx_print_preview_get_pages (preview));
  g_assert_null (strstr (text, "性别"));
  g_assert_true (g_regex_match_simple ("序号\\s+联系电话\\s+姓名", text, 0, 0));
}

static gboolean
preview_idle (gpointer data)
{
  return !tx_print_preview_get_busy (TX_PRINT_PREVIEW (data));
}

/* 导出 PDF writes the pages shown; 取消 while laying out closes the
 * preview and nothing is left running. */
static void
test_export_and_cancel (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "exported.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *expected = NULL;
  TxPrintPreview *preview;
  int status = 0;
  if (f->window == NULL)
    return;

  show_archive (f);
  gtk_widget_activate_action (tx_window_get_page (f->window, "archive"), "archive.print-roster", NULL);
  tx_test_drain_main_loop ();
  gtk_widget_activate_action (GTK_WIDGET (tx_test_find_toplevel (TX_TYPE_ROSTER_DIALOG)), "roster.preview", NULL);
  preview = wait_for_preview ();
  tx_print_preview_export (preview, file);
  g_assert_true (tx_print_preview_get_busy (preview));
  tx_test_wait_for (preview_idle, preview);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL, &status, &error);
  g_assert_no_error (error);
  expected = g_strdup_printf ("Pages:           %u\n", tx_report_pages_get_n_pages (tx_print_preview_get_pages (preview)));
  g_assert_nonnull (strstr (info, expected));
  g_assert_nonnull (strstr (info, "Title:           统战人士花名册"));
  tx_test_destroy_window (GTK_WINDOW (preview));

  gtk_widget_activate_action (tx_window_get_page (f->window, "archive"), "archive.print-roster", NULL);
  tx_test_drain_main_loop ();
  gtk_widget_activate_action (GTK_WIDGET (tx_test_find_toplevel (TX_TYPE_ROSTER_DIALOG)), "roster.preview", NULL);
  preview = TX_PRINT_PREVIEW (tx_test_find_toplevel (TX_TYPE_PRINT_PREVIEW));
  g_assert_true (tx_print_preview_get_busy (preview));
  g_object_add_weak_pointer (G_OBJECT (preview), (gpointer *) &preview);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.cancel", NULL);
  tx_test_wait_for (tx_test_is_gone, &preview);
  tx_test_wait_for_background_loads (f->db);
}

/* GtkPrintOperation draws the same pages: exported through it (what the
 * print dialog's "print to file" does), the PDF has every page, in order. */
static void
test_print_operation (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "printed.pdf", NULL);
  const char *info_argv[] = { "pdfinfo", path, NULL };
  const char *text_argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(TxPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;
  TxPrintPreview *preview;
  guint n;
  if (f->window == NULL)
    return;

  show_archive (f);
  gtk_widget_activate_action (tx_window_get_page (f->window, "archive"), "archive.print-roster", NULL);
  tx_test_drain_main_loop ();
  gtk_widget_activate_action (GTK_WIDGET (tx_test_find_toplevel (TX_TYPE_ROSTER_DIALOG)), "roster.preview", NULL);
  preview = wait_for_preview ();
  n = tx_report_pages_get_n_pages (tx_print_preview_get_pages (preview));
  operation = tx_print_operation_new (tx_print_preview_get_pages (preview));
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            GTK_WINDOW (preview), &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) info_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL, NULL, &error);
  g_assert_no_error (error);
  pages = g_strdup_printf ("Pages:           %u\n", n);
  g_assert_nonnull (strstr (info, pages));
  g_assert_nonnull (strstr (info, "(A4)"));
  g_spawn_sync (NULL, (char **) text_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint page = 1; page <= n; page++)
    {
      g_autofree char *footer = g_strdup_printf ("第\\s*%u\\s*页\\s*共\\s*%u\\s*页", page, n);

      g_assert_true (g_regex_match_simple (footer, text, 0, 0));
    }
}

/* one person selected: 登记表 */
static void
test_registration_sheet (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *page = show_archive (f);
  GtkColumnView *view = GTK_COLUMN_VIEW (tx_test_get_by_name (page, "archive-view"));
  GtkSelectionModel *selection = gtk_column_view_get_model (view);
  g_autoptr(GObject) person = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  TxPrintPreview *preview;
  g_autofree char *text = NULL;
  char *name = NULL;
  if (f->window == NULL)
    return;

  g_object_get (person, "name", &name, NULL);
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_widget_activate_action (page, "archive.print-person", NULL);
  preview = wait_for_preview ();
  g_assert_cmpuint (tx_report_pages_get_n_pages (tx_print_preview_get_pages (preview)), ==, 1);
  assert_page_label (preview, 1, 1);
  text = pages_text (f, tx_print_preview_get_pages (preview));
  g_assert_nonnull (strstr (text, "统战人士信息登记表"));
  g_assert_nonnull (strstr (text, name));
  g_free (name);
}

/* a meeting's editor prints its minutes */
static void
test_minutes_from_editor (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *uuid = tx_test_dup_existing_text (f->db, "SELECT uuid FROM consultation WHERE trashed IS NULL"
                                                     " AND ?1 IS NULL ORDER BY date LIMIT 1", NULL);
  g_autofree char *title = tx_test_dup_existing_text (f->db, "SELECT title FROM consultation WHERE uuid = ?", uuid);
  g_autofree char *start = g_utf8_substring (title, 0, 6);
  GtkWindow *editor = tx_consultation_editor_new (GTK_WINDOW (f->window), f->db, uuid);
  TxPrintPreview *preview;
  g_autofree char *text = NULL;
  if (f->window == NULL)
    return;

  gtk_window_present (editor);
  tx_test_wait_until_mapped (GTK_WIDGET (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.print-minutes", NULL);
  preview = wait_for_preview ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == GTK_WINDOW (editor));
  text = pages_text (f, tx_print_preview_get_pages (preview));
  g_assert_nonnull (strstr (text, "会议纪要"));
  /* long titles wrap: their beginning is on one line */
  g_assert_nonnull (strstr (text, start));
  tx_test_destroy_window (GTK_WINDOW (preview));
  tx_test_destroy_window (GTK_WINDOW (editor));
}

int
main (int   argc,
      char *argv[])
{
  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  tx_test_gtk_init ();

  g_test_add ("/print-preview/roster", Fixture, NULL, fixture_set_up, test_roster_preview, fixture_tear_down);
  g_test_add ("/print-preview/export-and-cancel", Fixture, NULL, fixture_set_up, test_export_and_cancel, fixture_tear_down);
  g_test_add ("/print-preview/print-operation", Fixture, NULL, fixture_set_up, test_print_operation, fixture_tear_down);
  g_test_add ("/print-preview/registration-sheet", Fixture, NULL, fixture_set_up, test_registration_sheet, fixture_tear_down);
  g_test_add ("/print-preview/minutes-from-editor", Fixture, NULL, fixture_set_up, test_minutes_from_editor, fixture_tear_down);
  return g_test_run ();
}
