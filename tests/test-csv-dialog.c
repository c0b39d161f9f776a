/* test-csv-dialog.c — a roster imported through the window: the trial-run
 * dialog, a column mapped by hand, invalid rows skipped; the archive
 * exported from the window
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "app/pages/tx-archive-page.h"
#include "app/dialogs/tx-csv-import-dialog.h"
#include "app/tx-window-csv.h"
#include "core/exchange/tx-csv-import.h"
#include "core/exchange/tx-csv-mapping.h"
#include "core/model/tx-community.h"
#include "core/text/tx-i18n.h"
#include "core/db/tx-store.h"

#include "tx-test-gtk-util.h"

static TxApplication *app;

typedef struct
{
  char       *dir;
  TxDatabase *db;
  GFile      *roster;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TxCommunity) community = tx_community_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *a = tx_test_make_id_number ("110101", "19650315", "011");
  g_autofree char *b = tx_test_make_id_number ("110101", "19700203", "024");
  g_autofree char *text = g_strdup_printf ("\xEF\xBB\xBF" "东风街道统战对象花名册,,,,,,,\r\n"
                                           "序号,姓名,性别,民族,身份证号,单位电话,社区,统战类别\r\n"
                                           "1,张三,男,汉,%s,010-88886666,东风社区,民主党派成员\r\n"
                                           "2,李四,女,回族,%s,010-88887777,东风,无党派人士、少数民族人士\r\n"
                                           "3,王五,男,火星族,,,东风社区,自由职业人员\r\n"
                                           "4,赵六,女,汉族,1.10102E+17,,东风社区,\r\n"
                                           "合计,4人,,,,,,\r\n", a, b);
  g_autofree char *path = NULL;

  f->dir = tx_test_make_temp_dir ("csv-dialog");
  f->db = tx_test_open_database (f->dir, "tongxin.db");
  tx_community_set_code (community, "110101001001");
  tx_community_set_name (community, "东风社区");
  g_assert_true (tx_store_save (f->db, TX_RECORD (community), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "东风街道花名册.csv", NULL);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  f->roster = g_file_new_for_path (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tx_test_release_database (g_steal_pointer (&f->db));
  g_clear_object (&f->roster);
  tx_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gboolean
dialog_idle (gpointer dialog)
{
  return !tx_csv_import_dialog_is_busy (dialog);
}

static const char *
summary (TxCsvImportDialog *dialog)
{
  return gtk_label_get_text (GTK_LABEL (tx_test_get_by_name (GTK_WIDGET (dialog), "csv-summary")));
}

static guint
count_rows (TxCsvImportDialog *dialog)
{
  GtkWidget *list = tx_test_get_by_name (GTK_WIDGET (dialog), "csv-rows");
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  TxWindow *window;
  TxCsvImportDialog *dialog;
  GtkWidget *import_button;
  GtkWidget *column;
  const TxCsvReport *report;
  gpointer weak;
  g_autofree char *phone = NULL;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  dialog = tx_window_import_csv_file (window, f->roster);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  tx_test_wait_for (tx_test_is_mapped, dialog);
  tx_test_wait_for (dialog_idle, dialog);

  /* two bad rows: nothing can be imported until they are skipped */
  report = tx_csv_import_dialog_get_report (dialog);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->counts[TX_CSV_ROW_NEW], ==, 2);
  g_assert_cmpuint (report->counts[TX_CSV_ROW_INVALID], ==, 2);
  g_assert_cmpstr (summary (dialog), !=, "");
  import_button = tx_test_get_by_name (GTK_WIDGET (dialog), "csv-import-button");
  g_assert_false (gtk_widget_get_sensitive (import_button));
  /* 王五 (unknown ethnicity) and 赵六 (damaged ID number); 张三 and 李四
   * have nothing to say */
  g_assert_cmpuint (count_rows (dialog), ==, 2);

  /* 单位电话 is no column Tongxin knows: the user maps it */
  column = tx_test_get_by_name (GTK_WIDGET (dialog), "csv-column-6");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (column)), ==, TX_CSV_TARGET_NONE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (column), TX_CSV_TARGET_PHONE_OTHER);
  tx_test_wait_for (dialog_idle, dialog);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tx_test_get_by_name (GTK_WIDGET (dialog), "csv-skip-invalid")), TRUE);
  tx_test_wait_for (dialog_idle, dialog);
  g_assert_true (gtk_widget_get_sensitive (import_button));
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 0);
  tx_test_save_screenshot (GTK_WIDGET (dialog), "TONGXIN_SCREENSHOTS", "csv-import-dialog.png");

  g_assert_true (gtk_widget_activate (import_button));
  tx_test_wait_for (tx_test_is_gone, &weak);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 2);
  phone = tx_test_dup_text (f->db, "SELECT phone_other FROM person WHERE name = ?", "李四");
  g_assert_cmpstr (phone, ==, "010-88887777");

  tx_test_destroy_window (GTK_WINDOW (window));
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  TxWindow *window;
  TxCsvImportDialog *dialog;
  gpointer weak;
  g_autofree char *before = NULL;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  dialog = tx_window_import_csv_file (window, f->roster);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  tx_test_wait_for (dialog_idle, dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  tx_test_wait_for (tx_test_is_gone, &weak);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 0);
  tx_test_destroy_window (GTK_WINDOW (window));
}

static gboolean
archive_searches (gpointer page)
{
  TxPersonFilter filter;

  tx_archive_page_get_filter (TX_ARCHIVE_PAGE (page), &filter);
  return g_strcmp0 (filter.search, "李四") == 0;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "out.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  TxWindow *window;
  TxCsvImportDialog *dialog;
  gpointer weak;
  GStatBuf st;

  if (tx_test_skip_without_display ())
    return;

  window = tx_test_show_window (app, f->db);
  dialog = tx_window_import_csv_file (window, f->roster);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  tx_test_wait_for (dialog_idle, dialog);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tx_test_get_by_name (GTK_WIDGET (dialog), "csv-skip-invalid")), TRUE);
  tx_test_wait_for (dialog_idle, dialog);
  g_assert_true (gtk_widget_activate (tx_test_get_by_name (GTK_WIDGET (dialog), "csv-import-button")));
  tx_test_wait_for (tx_test_is_gone, &weak);

  tx_window_export_csv_file (window, file, TX_PRIVACY_MASKED);
  tx_test_wait_for_loads (f->db);
  /* the toast says how many: the two imported */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (tx_test_get_by_name (GTK_WIDGET (window), "toast-label"))), "2"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (contents, "张三"));
  g_assert_nonnull (strstr (contents, "李四"));
  g_assert_nonnull (strstr (contents, "110101********"));
  g_clear_pointer (&contents, g_free);

  /* the archive searched for 李四: the roster has only her */
  tx_window_show_page (window, "archive");
  gtk_editable_set_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (window), "search-entry")), "李四");
  /* the search entry waits a moment before it tells the page */
  tx_test_wait_for (archive_searches, tx_window_get_page (window, "archive"));
  tx_window_export_csv_file (window, file, TX_PRIVACY_FULL);
  tx_test_wait_for_loads (f->db);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "张三"));
  g_assert_nonnull (strstr (contents, "李四"));
  g_assert_null (strstr (contents, "********"));
  tx_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  tx_test_gtk_init ();

  app = tx_test_application_new ();
  g_test_add ("/csv-dialog/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/csv-dialog/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/csv-dialog/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
