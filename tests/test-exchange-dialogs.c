/* test-exchange-dialogs.c — 导入 and 导出 in the window: the trial run and
 * its report, a conflict shown side by side and resolved, the export
 * dialog's counts and its file
 *
 * With TONGXIN_SCREENSHOT_DIR set, the dialogs are also saved as PNG.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "app/pages/tx-archive-page.h"
#include "app/dialogs/tx-duplicates-dialog.h"
#include "app/dialogs/tx-export-dialog.h"
#include "app/dialogs/tx-import-dialog.h"
#include "core/exchange/tx-exchange-export.h"
#include "core/demo/tx-demo.h"
#include "core/text/tx-i18n.h"
#include "core/model/tx-person.h"
#include "core/db/tx-settings.h"
#include "core/db/tx-store.h"
#include "core/model/tx-tombstone.h"
#include "core/model/tx-visit.h"
#include "core/backup/tx-backup.h"
#include "tx-test-gtk-util.h"

#define SHARED_NUMBER "110101196503120018"

static TxApplication *app;

typedef TxTestGtkFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  tx_test_gtk_fixture_set_up (f, 0, 0);
  g_assert_true (tx_settings_set (f->db, TX_SETTING_OFFICE_NAME, "兴隆街道办事处", &error));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tx_test_gtk_fixture_tear_down (f);
}

/* the birth date and gender that @number says */
static TxPerson *
add_person (TxDatabase *db,
            const char *name,
            const char *number,
            const char *work_unit)
{
  TxPerson *person = tx_person_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *birth = g_strdup_printf ("%.4s-%.2s-%.2s", number + 6, number + 10, number + 12);

  tx_person_set_name (person, name);
  tx_person_set_gender (person, (number[16] - '0') % 2 ? "1" : "2");
  tx_person_set_birth_date (person, birth);
  tx_person_set_document_type (person, "01");
  tx_person_set_document_number (person, number);
  tx_person_set_work_unit (person, work_unit);
  g_assert_true (tx_store_save (db, TX_RECORD (person), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  return person;
}

/* A community office's file: someone who has the ID number of one of ours,
 * and two more people. */
static GFile *
their_file (Fixture *f)
{
  TxDatabase *theirs = tx_test_open_database (f->dir, "theirs.db");
  g_autoptr(TxPerson) a = add_person (theirs, "王建国", SHARED_NUMBER, "桃源中学");
  g_autoptr(TxPerson) b = add_person (theirs, "李秀英", "110101197809200023", "区医院");
  g_autoptr(TxPerson) c = tx_person_new ();
  g_autofree char *path = g_build_filename (f->dir, "theirs.xml", NULL);
  GFile *file = g_file_new_for_path (path);
  TxExportOptions options = { TX_PRIVACY_FULL };
  g_autoptr(GError) error = NULL;

  tx_person_set_name (c, "赵晓明");
  g_assert_true (tx_store_save (theirs, TX_RECORD (c), TX_SAVE_DEFAULT, &error));
  g_assert_true (tx_settings_set (theirs, TX_SETTING_OFFICE_NAME, "桃源社区", &error));
  g_assert_true (tx_exchange_export (theirs, file, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  tx_test_release_database (theirs);
  return file;
}

static gboolean
import_idle (gpointer dialog)
{
  return !tx_import_dialog_is_busy (dialog);
}

static TxImportDialog *
open_import (TxWindow *window,
             TxDatabase *db,
             GFile    *file)
{
  TxImportDialog *dialog = tx_import_dialog_new (GTK_WINDOW (window), db, file);

  gtk_window_present (GTK_WINDOW (dialog));
  tx_test_wait_until_mapped (GTK_WIDGET (dialog));
  tx_test_wait_for (import_idle, dialog);
  return dialog;
}

/* ours, someone in their file with our ID number, and the dialog on it */
static TxImportDialog *
open_conflict (Fixture   *f,
               TxWindow **window,
               TxPerson **ours)
{
  g_autoptr(GFile) file = NULL;

  *ours = add_person (f->db, "王健国", SHARED_NUMBER, "兴隆街道办事处");
  file = their_file (f);
  *window = tx_test_show_window (app, f->db);
  return open_import (*window, f->db, file);
}

static gboolean
is_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

/* copies in the backup folder whose name has @kind */
static guint
count_backups (Fixture    *f,
               const char *kind)
{
  g_autofree char *folder = tx_backup_folder (tx_database_get_path (f->db));
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += strstr (name, kind) != NULL;
  return n;
}

/* Import, and wait until the dialog closed itself. */
static void
apply_and_wait (TxImportDialog *dialog)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_signal_emit_by_name (tx_test_get_by_name (GTK_WIDGET (dialog), "apply-button"), "clicked");
  tx_test_wait_for (tx_test_is_gone, &weak);
}

static void
test_import_conflict (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TxPerson) ours = NULL;
  g_autoptr(TxTombstone) tombstone = NULL;
  TxImportDialog *dialog;
  TxWindow *window;
  GtkWidget *apply;
  GtkWidget *grid;

  if (tx_test_skip_without_display ())
    return;
  dialog = open_conflict (f, &window, &ours);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (tx_test_find_by_buildable_id (GTK_WIDGET (dialog), "stack"))),
                   ==, "report");
  g_assert_true (gtk_widget_get_visible (tx_test_get_by_name (GTK_WIDGET (dialog), "conflict-box")));
  grid = tx_test_get_by_name (GTK_WIDGET (dialog), "conflict-grid");
  /* side by side: the two names and work units are there, ours and theirs */
  g_assert_nonnull (gtk_grid_get_child_at (GTK_GRID (grid), 1, 1));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 1, 1))), ==, "王健国");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 2, 1))), ==, "王建国");
  apply = tx_test_get_by_name (GTK_WIDGET (dialog), "apply-button");
  g_assert_false (gtk_widget_get_sensitive (apply));
  /* the trial run wrote nothing */
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 1);
  tx_test_save_screenshot (GTK_WIDGET (dialog), "TONGXIN_SCREENSHOT_DIR", "exchange-import-conflict.png");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (tx_test_get_by_name (GTK_WIDGET (dialog), "choice-drop-down")), 2);
  g_assert_true (gtk_widget_get_sensitive (apply));
  apply_and_wait (dialog);

  /* the archive (one person) was copied before the import wrote */
  g_assert_cmpuint (count_backups (f, "before-import"), ==, 1);

  /* theirs taken, ours merged into it and remembered as merged */
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 3);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person WHERE name = '王建国'", NULL), ==, 1);
  tombstone = tx_tombstone_find (f->db, tx_record_get_uuid (TX_RECORD (ours)), NULL);
  g_assert_nonnull (tombstone);
  g_assert_nonnull (tombstone->merged_into);
  tx_test_destroy_window (GTK_WINDOW (window));
}

/* one person's own choice: keep both */
static void
test_import_conflict_each (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(TxPerson) ours = NULL;
  TxImportDialog *dialog;
  TxWindow *window;
  GtkWidget *apply;
  GtkWidget *grid;
  GtkWidget *chooser = NULL;

  if (tx_test_skip_without_display ())
    return;
  dialog = open_conflict (f, &window, &ours);
  apply = tx_test_get_by_name (GTK_WIDGET (dialog), "apply-button");
  grid = tx_test_get_by_name (GTK_WIDGET (dialog), "conflict-grid");
  for (GtkWidget *child = gtk_widget_get_first_child (grid); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_DROP_DOWN (child))
      chooser = child;
  g_assert_nonnull (chooser);
  g_assert_false (gtk_widget_get_sensitive (apply));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (chooser), 3);
  g_assert_true (gtk_widget_get_sensitive (apply));
  apply_and_wait (dialog);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person WHERE document_number = ?", SHARED_NUMBER), ==, 2);
  tx_test_destroy_window (GTK_WINDOW (window));
}

/* 保留本地 for one person is remembered: the same file a second time shows
 * no conflict and can be imported as it is. */
static void
test_import_keep_mine_remembered (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(TxPerson) ours = NULL;
  g_autoptr(GFile) file = NULL;
  TxImportDialog *dialog;
  TxWindow *window;
  GtkWidget *grid;
  GtkWidget *chooser = NULL;

  if (tx_test_skip_without_display ())
    return;
  ours = add_person (f->db, "王健国", SHARED_NUMBER, "兴隆街道办事处");
  file = their_file (f);
  window = tx_test_show_window (app, f->db);
  dialog = open_import (window, f->db, file);
  grid = tx_test_get_by_name (GTK_WIDGET (dialog), "conflict-grid");
  for (GtkWidget *child = gtk_widget_get_first_child (grid); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_DROP_DOWN (child))
      chooser = child;
  g_assert_nonnull (chooser);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (chooser), 1);
  apply_and_wait (dialog);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 3);

  dialog = open_import (window, f->db, file);
  g_assert_false (gtk_widget_get_visible (tx_test_get_by_name (GTK_WIDGET (dialog), "conflict-box")));
  g_assert_true (gtk_widget_get_sensitive (tx_test_get_by_name (GTK_WIDGET (dialog), "apply-button")));
  apply_and_wait (dialog);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 3);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person WHERE name = '王健国' AND uuid = ?",
                                  tx_record_get_uuid (TX_RECORD (ours))), ==, 1);
  tx_test_destroy_window (GTK_WINDOW (window));
}

static void
test_import_report (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  TxImportDialog *dialog;
  TxWindow *window;
  GtkWidget *grid;

  if (tx_test_skip_without_display ())
    return;
  file = their_file (f);
  window = tx_test_show_window (app, f->db);
  dialog = open_import (window, f->db, file);
  grid = tx_test_get_by_name (GTK_WIDGET (dialog), "counts-grid");
  /* one row of people: three added */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 1, 1))), ==, "3");
  g_assert_false (gtk_widget_get_visible (tx_test_get_by_name (GTK_WIDGET (dialog), "conflict-box")));
  g_assert_true (gtk_widget_get_sensitive (tx_test_get_by_name (GTK_WIDGET (dialog), "apply-button")));
  tx_test_save_screenshot (GTK_WIDGET (dialog), "TONGXIN_SCREENSHOT_DIR", "exchange-import-report.png");
  apply_and_wait (dialog);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 3);
  tx_test_destroy_window (GTK_WINDOW (window));
}

static gboolean
counts_shown (gpointer grid)
{
  return gtk_grid_get_child_at (GTK_GRID (grid), 1, 2) != NULL;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "export.xml.gz", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TxDemoOptions demo = { 50, 1, NULL };
  TxExportDialog *dialog;
  TxWindow *window;
  GtkWidget *grid;
  GtkWidget *entry;
  GtkWidget *button;
  gpointer weak;
  g_autofree char *people = NULL;

  if (tx_test_skip_without_display ())
    return;
  g_assert_true (tx_demo_fill (f->db, &demo, NULL, NULL, &error));
  g_assert_true (tx_settings_set (f->db, TX_SETTING_OFFICE_NAME, "", &error));
  window = tx_test_show_window (app, f->db);
  dialog = tx_export_dialog_new (GTK_WINDOW (window), f->db);
  gtk_window_present (GTK_WINDOW (dialog));
  tx_test_wait_until_mapped (GTK_WIDGET (dialog));

  grid = tx_test_get_by_name (GTK_WIDGET (dialog), "counts-grid");
  /* counted on a thread, shown when done */
  tx_test_wait_for (counts_shown, grid);
  people = g_strdup_printf ("%" G_GINT64_FORMAT, tx_test_count (f->db, "SELECT count(*) FROM person", NULL));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 1, 2))), ==, people);
  /* no office name: asked for, and no export without it */
  entry = tx_test_get_by_name (GTK_WIDGET (dialog), "office-entry");
  button = tx_test_get_by_name (GTK_WIDGET (dialog), "export-button");
  g_assert_false (gtk_widget_get_sensitive (button));
  gtk_editable_set_text (GTK_EDITABLE (entry), "兴隆街道办事处");
  g_assert_true (gtk_widget_get_sensitive (button));
  tx_test_save_screenshot (GTK_WIDGET (dialog), "TONGXIN_SCREENSHOT_DIR", "exchange-export-dialog.png");

  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  tx_export_dialog_export_to (dialog, file);
  tx_test_wait_for (tx_test_is_gone, &weak);
  g_assert_true (tx_exchange_validate_schema (file, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *office = tx_test_dup_text (f->db, "SELECT value FROM settings WHERE key = ?", TX_SETTING_OFFICE_NAME);

    g_assert_cmpstr (office, ==, "兴隆街道办事处");
  }
  tx_test_destroy_window (GTK_WINDOW (window));
}

/* Two records of one person merged by hand: the left one kept */
static void
test_duplicates (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TxPerson) first = NULL;
  g_autoptr(TxPerson) second = NULL;
  g_autoptr(TxVisit) visit = tx_visit_new ();
  g_autoptr(TxTombstone) tombstone = NULL;
  g_autoptr(GError) error = NULL;
  TxDuplicatesDialog *dialog;
  TxWindow *window;
  GtkWidget *intro;

  if (tx_test_skip_without_display ())
    return;
  first = add_person (f->db, "王建国", SHARED_NUMBER, "桃源中学");
  second = add_person (f->db, "王建囯", SHARED_NUMBER, NULL);
  tx_visit_set_person (visit, tx_record_get_uuid (TX_RECORD (second)));
  tx_visit_set_date (visit, "2026-05-01");
  g_assert_true (tx_store_save (f->db, TX_RECORD (visit), TX_SAVE_DEFAULT, &error));
  window = tx_test_show_window (app, f->db);
  dialog = tx_duplicates_dialog_new (GTK_WINDOW (window), f->db);
  gtk_window_present (GTK_WINDOW (dialog));
  tx_test_wait_until_mapped (GTK_WIDGET (dialog));
  tx_test_save_screenshot (GTK_WIDGET (dialog), "TONGXIN_SCREENSHOT_DIR", "exchange-duplicates.png");

  g_signal_emit_by_name (tx_test_get_by_name (GTK_WIDGET (dialog), "keep-first-button"), "clicked");
  tx_test_wait_for (is_visible, tx_test_get_by_name (GTK_WIDGET (dialog), "undo-bar"));
  g_assert_cmpuint (count_backups (f, "before-import"), ==, 1);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 1);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM visit WHERE person = ?",
                                  tx_record_get_uuid (TX_RECORD (first))), ==, 1);
  tombstone = tx_tombstone_find (f->db, tx_record_get_uuid (TX_RECORD (second)), NULL);
  g_assert_nonnull (tombstone);
  g_assert_cmpstr (tombstone->merged_into, ==, tx_record_get_uuid (TX_RECORD (first)));
  /* the list is read again: nothing left to merge, the undo offered */
  intro = tx_test_get_by_name (GTK_WIDGET (dialog), "intro-label");
  g_assert_true (gtk_widget_get_visible (tx_test_get_by_name (GTK_WIDGET (dialog), "undo-bar")));
  g_assert_null (gtk_widget_get_next_sibling (tx_test_get_by_name (GTK_WIDGET (dialog), "undo-bar")));

  /* undone: both are back, the visit with the second, the pair listed again */
  g_signal_emit_by_name (tx_test_get_by_name (GTK_WIDGET (dialog), "undo-merge-button"), "clicked");
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 2);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM visit WHERE person = ?",
                                  tx_record_get_uuid (TX_RECORD (second))), ==, 1);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM tombstone", NULL), ==, 0);
  g_assert_false (gtk_widget_get_visible (tx_test_get_by_name (GTK_WIDGET (dialog), "undo-bar")));
  g_assert_nonnull (tx_test_find_by_name (GTK_WIDGET (dialog), "keep-first-button"));
  g_assert_nonnull (intro);

  /* merged again and the dialog closed: the window offers the undo */
  g_signal_emit_by_name (tx_test_get_by_name (GTK_WIDGET (dialog), "keep-first-button"), "clicked");
  tx_test_wait_for (is_visible, tx_test_get_by_name (GTK_WIDGET (dialog), "undo-bar"));
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 1);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  tx_test_wait_for (tx_test_is_gone, &dialog);
  g_signal_emit_by_name (tx_test_get_by_name (GTK_WIDGET (window), "toast-button"), "clicked");
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 2);
  tx_test_destroy_window (GTK_WINDOW (window));
}

/* The check button that shows @text in @root, or NULL. */
static GtkCheckButton *
find_value_button (GtkWidget  *root,
                   const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found;

      if (GTK_IS_CHECK_BUTTON (child) && GTK_IS_LABEL (gtk_check_button_get_child (GTK_CHECK_BUTTON (child))) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_check_button_get_child (GTK_CHECK_BUTTON (child)))), text) == 0)
        return GTK_CHECK_BUTTON (child);
      if ((found = find_value_button (child, text)) != NULL)
        return found;
    }
  return NULL;
}

static char *
dup_uuid_at (GtkSelectionModel *selection,
             guint              position)
{
  g_autoptr(TxRecord) record = g_list_model_get_item (G_LIST_MODEL (selection), position);

  return g_strdup (tx_record_get_uuid (record));
}

/* 合并人员… in the archive: two people chosen by hand, a value taken from
 * the one merged away, the merge undone from the window's notification. */
static void
test_archive_merge (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TxPerson) a = NULL;
  g_autoptr(TxPerson) b = NULL;
  g_autoptr(TxVisit) visit = tx_visit_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *merged = NULL;
  GtkSelectionModel *selection;
  GtkWidget *page;
  GtkWindow *dialog;
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;
  a = add_person (f->db, "王建国", SHARED_NUMBER, "桃源中学");
  b = add_person (f->db, "王建国", "110101196503120026", "区人民医院");
  tx_person_add_category (a, "01");
  tx_person_add_category (b, "03");
  tx_person_add_category (b, "04");
  g_assert_true (tx_store_save (f->db, TX_RECORD (a), TX_SAVE_DEFAULT, &error));
  g_assert_true (tx_store_save (f->db, TX_RECORD (b), TX_SAVE_DEFAULT, &error));
  tx_visit_set_person (visit, tx_record_get_uuid (TX_RECORD (b)));
  tx_visit_set_date (visit, "2026-05-01");
  g_assert_true (tx_store_save (f->db, TX_RECORD (visit), TX_SAVE_DEFAULT, &error));
  window = tx_test_show_window (app, f->db);
  g_assert_true (tx_window_show_page (window, "archive"));
  page = tx_window_get_page (window, "archive");
  tx_test_wait_for_page (page);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (tx_test_find_by_type (page, GTK_TYPE_COLUMN_VIEW)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 2);
  kept = dup_uuid_at (selection, 0);
  merged = dup_uuid_at (selection, 1);

  /* one person is nothing to merge */
  gtk_selection_model_select_item (selection, 0, TRUE);
  g_assert_false (gtk_widget_is_sensitive (tx_test_get_by_name (page, "merge-button")));
  gtk_selection_model_select_item (selection, 1, FALSE);
  g_assert_true (gtk_widget_is_sensitive (tx_test_get_by_name (page, "merge-button")));
  g_signal_emit_by_name (tx_test_get_by_name (page, "merge-button"), "clicked");
  dialog = tx_test_find_visible_toplevel (TX_TYPE_DUPLICATES_DIALOG);
  g_assert_nonnull (dialog);
  tx_test_wait_until_mapped (GTK_WIDGET (dialog));
  tx_test_save_screenshot (GTK_WIDGET (dialog), "TONGXIN_SCREENSHOT_DIR", "exchange-merge-people.png");

  /* the second one's work unit survives, the rest is the first one's */
  {
    const char *unit = g_str_equal (merged, tx_record_get_uuid (TX_RECORD (b))) ? "区人民医院" : "桃源中学";
    const char *categories = g_str_equal (unit, "区人民医院") ? "党外知识分子、少数民族人士" : "民主党派成员";
    g_autofree char *stored = NULL;

    gtk_check_button_set_active (find_value_button (GTK_WIDGET (dialog), unit), TRUE);
    gtk_check_button_set_active (find_value_button (GTK_WIDGET (dialog), categories), TRUE);
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
    g_signal_emit_by_name (tx_test_get_by_name (GTK_WIDGET (dialog), "keep-first-button"), "clicked");
    tx_test_wait_for (tx_test_is_gone, &dialog);
    g_assert_cmpuint (count_backups (f, "before-import"), ==, 1);
    g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 1);
    stored = tx_test_dup_text (f->db, "SELECT work_unit FROM person WHERE uuid = ?", kept);
    g_assert_cmpstr (stored, ==, unit);
    g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person_category WHERE owner = ?", kept), ==,
                     g_str_equal (unit, "区人民医院") ? 2 : 1);
  }
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM visit WHERE person = ?", kept), ==, 1);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM tombstone WHERE uuid = ?", merged), ==, 1);

  tx_test_wait_for_page (page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  tx_test_drain_main_loop ();
  tx_test_save_screenshot (GTK_WIDGET (window), "TONGXIN_SCREENSHOT_DIR", "exchange-merge-undo.png");
  /* 撤销 in the window's notification */
  g_signal_emit_by_name (tx_test_get_by_name (GTK_WIDGET (window), "toast-button"), "clicked");
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, 2);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM tombstone", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM visit WHERE person = ?",
                                  tx_record_get_uuid (TX_RECORD (b))), ==, 1);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person WHERE work_unit = '桃源中学' AND uuid = ?",
                                  tx_record_get_uuid (TX_RECORD (a))), ==, 1);
  tx_test_wait_for_page (page);
  tx_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  tx_test_gtk_init ();
  app = tx_test_application_new ();

  g_test_add ("/exchange-dialogs/import-conflict", Fixture, NULL, fixture_set_up, test_import_conflict, fixture_tear_down);
  g_test_add ("/exchange-dialogs/import-conflict-each", Fixture, NULL, fixture_set_up, test_import_conflict_each, fixture_tear_down);
  g_test_add ("/exchange-dialogs/import-keep-mine-remembered", Fixture, NULL, fixture_set_up, test_import_keep_mine_remembered, fixture_tear_down);
  g_test_add ("/exchange-dialogs/import-report", Fixture, NULL, fixture_set_up, test_import_report, fixture_tear_down);
  g_test_add ("/exchange-dialogs/duplicates", Fixture, NULL, fixture_set_up, test_duplicates, fixture_tear_down);
  g_test_add ("/exchange-dialogs/archive-merge", Fixture, NULL, fixture_set_up, test_archive_merge, fixture_tear_down);
  g_test_add ("/exchange-dialogs/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  return g_test_run ();
}
