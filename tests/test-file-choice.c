/* test-file-choice.c — the one way the app asks for a file
 * (tx_choose_file(), tx_file_chooser_new()): what the chooser offers, the
 * file chosen, no callback when nothing was chosen or its owner went
 *
 * Without a portal GtkFileChooserNative shows a GtkFileChooserDialog,
 * which the tests answer.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "app/tx-app-util.h"

#include "tx-test-gtk-util.h"

typedef struct
{
  guint      called;
  guint      destroyed;
  GtkWidget *owner;
  GFile     *file;
} Heard;

static void
on_chosen (GtkWidget      *owner,
           GFile          *file,
           GtkFileChooser *chooser,
           gpointer        data)
{
  Heard *heard = data;

  heard->called++;
  heard->owner = owner;
  g_set_object (&heard->file, file);
}

static void
on_destroy (gpointer data)
{
  ((Heard *) data)->destroyed++;
}

static gboolean
was_destroyed (gpointer data)
{
  return ((Heard *) data)->destroyed > 0;
}

static GtkFileChooserDialog *
find_chooser (void)
{
  GtkWindow *dialog = NULL;

  for (guint i = 0; i < 200 && dialog == NULL; i++)
    {
      dialog = tx_test_find_visible_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
      if (dialog == NULL)
        tx_test_run_main_loop_for (10);
    }
  g_assert_nonnull (dialog);
  return GTK_FILE_CHOOSER_DIALOG (dialog);
}

/* the owner: a button in a window of its own */
static GtkWidget *
owner_new (GtkWindow **window)
{
  GtkWidget *button = gtk_button_new_with_label ("…");

  *window = tx_test_window_new_for (button);
  tx_test_present (*window);
  return button;
}

/* A file to write: the chooser is titled, offers the name and the filter,
 * and over the owner's window; the callback gets the file and the owner. */
static void
test_save (void)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *dir = tx_test_make_temp_dir ("file-choice");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *basename = NULL;
  TxFileChoice choice = { "存为", GTK_FILE_CHOOSER_ACTION_SAVE, "_Save", "名单.csv", filter, TRUE };
  Heard heard = { 0 };
  GtkFileChooserDialog *dialog;
  GtkWindow *window;
  GtkWidget *owner;
  g_autofree char *name = NULL;

  if (tx_test_skip_without_display ())
    return;
  owner = owner_new (&window);
  gtk_file_filter_set_name (filter, "CSV");
  gtk_file_filter_add_pattern (filter, "*.csv");
  tx_choose_file (owner, &choice, on_chosen, &heard, on_destroy);
  dialog = find_chooser ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "存为");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog)) == filter);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpstr (name, ==, "名单.csv");
  /* a folder the chooser can write to, so that it answers */
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL));
  tx_test_run_main_loop_for (100);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  tx_test_wait_for (was_destroyed, &heard);
  g_assert_cmpuint (heard.called, ==, 1);
  g_assert_true (heard.owner == owner);
  g_assert_nonnull (heard.file);
  basename = g_file_get_basename (heard.file);
  g_assert_cmpstr (basename, ==, "名单.csv");
  g_assert_cmpuint (heard.destroyed, ==, 1);
  g_assert_null (tx_test_find_visible_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_clear_object (&heard.file);
  tx_test_destroy_window (window);
  tx_test_remove_tree (dir);
}

/* Cancelled: no callback, the data freed, the chooser gone. */
static void
test_cancelled (void)
{
  TxFileChoice choice = { "打开", GTK_FILE_CHOOSER_ACTION_OPEN, "_Open" };
  Heard heard = { 0 };
  GtkFileChooserDialog *dialog;
  GtkWindow *window;
  GtkWidget *owner;

  if (tx_test_skip_without_display ())
    return;
  owner = owner_new (&window);
  tx_choose_file (owner, &choice, on_chosen, &heard, on_destroy);
  dialog = find_chooser ();
  g_assert_false (gtk_window_get_modal (GTK_WINDOW (dialog)));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  tx_test_wait_for (was_destroyed, &heard);
  g_assert_cmpuint (heard.called, ==, 0);
  g_assert_cmpuint (heard.destroyed, ==, 1);
  tx_test_destroy_window (window);
}

/* The owner went while the chooser was open (an editor closed): the file
 * chosen goes nowhere, the data is still freed. */
static void
test_owner_gone (void)
{
  g_autofree char *dir = tx_test_make_temp_dir ("file-choice");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  TxFileChoice choice = { "存为", GTK_FILE_CHOOSER_ACTION_SAVE, "_Save", "备份.db" };
  Heard heard = { 0 };
  GtkFileChooserDialog *dialog;
  GtkWindow *window;
  GtkWidget *owner;

  if (tx_test_skip_without_display ())
    return;
  owner = owner_new (&window);
  tx_choose_file (owner, &choice, on_chosen, &heard, on_destroy);
  dialog = find_chooser ();
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL));
  g_object_ref (dialog);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  tx_test_destroy_window (window);
  tx_test_run_main_loop_for (100);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  tx_test_wait_for (was_destroyed, &heard);
  g_assert_cmpuint (heard.called, ==, 0);
  g_assert_cmpuint (heard.destroyed, ==, 1);
  g_object_unref (dialog);
  tx_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  tx_test_gtk_init ();

  g_test_add_func ("/file-choice/save", test_save);
  g_test_add_func ("/file-choice/cancelled", test_cancelled);
  g_test_add_func ("/file-choice/owner-gone", test_owner_gone);
  return g_test_run ();
}
