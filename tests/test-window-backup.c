/* test-window-backup.c — the window's backups: the daily copy after the
 * first frame, 从备份恢复… showing the counts and keeping the state it
 * replaces, and a damaged database told about, kept, a backup offered
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "app/tx-application.h"
#include "app/tx-window.h"
#include "core/backup/tx-backup.h"
#include "core/model/tx-community.h"
#include "core/text/tx-i18n.h"
#include "core/model/tx-person.h"
#include "core/db/tx-store.h"
#include "tx-test-gtk-util.h"

static TxApplication *app;

typedef struct
{
  char       *dir;
  char       *backups;
  TxDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = tx_test_make_temp_dir ("window-backup");
  f->db = tx_test_open_demo_database (f->dir, 20, 5);
  f->backups = tx_backup_folder (tx_database_get_path (f->db));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->db != NULL)
    tx_test_release_database (f->db);
  tx_test_remove_tree (f->dir);
  g_free (f->backups);
  g_free (f->dir);
}

static guint
count_named (const char *dir,
             const char *part)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (strstr (name, part) != NULL && g_str_has_suffix (name, ".db"))
      n++;
  return n;
}

static gboolean
have_daily (gpointer data)
{
  return count_named (data, "-daily-") == 1 && count_named (data, "-weekly-") == 1;
}

static void
test_daily_after_first_frame (Fixture       *f,
                              gconstpointer  data)
{
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;
  g_assert_cmpuint (count_named (f->backups, "-daily-"), ==, 0);
  window = tx_test_show_window (app, f->db);
  tx_test_wait_for (have_daily, f->backups);
  /* nothing to tell: no dialog */
  g_assert_null (tx_test_find_message_dialog ());
  tx_test_destroy_window (GTK_WINDOW (window));
}

static char *
dialog_text (GtkWindow *dialog)
{
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;

  g_object_get (dialog, "text", &primary, "secondary-text", &secondary, NULL);
  return g_strconcat (primary, "\n", secondary, NULL);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "U盘备份.db", NULL);
  g_autoptr(TxCommunity) added = tx_community_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *people = NULL;
  gint64 communities = tx_store_count (f->db, TX_TYPE_COMMUNITY, FALSE, NULL);
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;
  g_assert_true (tx_backup_to_file (f->db, copy, &error));
  g_object_set (added, "name", "恢复前新建的社区", NULL);
  g_assert_true (tx_store_save (f->db, TX_RECORD (added), TX_SAVE_DEFAULT, &error));

  window = tx_test_show_window (app, f->db);
  tx_test_wait_for (have_daily, f->backups);
  tx_window_ask_restore (window, copy);
  tx_test_drain_main_loop ();

  /* the counts of the backup, before anything is replaced */
  tx_test_save_screenshot (GTK_WIDGET (tx_test_find_message_dialog ()), "TONGXIN_SCREENSHOTS",
                           "window-restore-dialog.png");
  text = dialog_text (tx_test_find_message_dialog ());
  g_test_message ("%s", text);
  people = g_strdup_printf ("%" G_GINT64_FORMAT, tx_store_count (f->db, TX_TYPE_PERSON, FALSE, NULL));
  g_assert_nonnull (strstr (text, people));
  g_assert_cmpint (tx_store_count (f->db, TX_TYPE_COMMUNITY, FALSE, NULL), ==, communities + 1);

  tx_test_answer_message_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_cmpint (tx_store_count (f->db, TX_TYPE_COMMUNITY, FALSE, NULL), ==, communities);
  /* the replaced state was backed up first */
  g_assert_cmpuint (count_named (f->backups, "-before-restore-"), ==, 1);
  tx_test_wait_for_loads (f->db);
  tx_test_destroy_window (GTK_WINDOW (window));
}

/* Overwrites pages in the middle of the closed file: a failing disk. */
static void
damage_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 16 * 4096);
  memset (contents + 4 * 4096, 0x5a, 8 * 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static gboolean
have_named (gpointer data)
{
  return tx_test_find_named_toplevel (data) != NULL;
}

/* (the pages may show their own read errors beside it) */
static char *
answer_named (const char *name,
              int         response)
{
  GtkWindow *dialog = tx_test_find_named_toplevel (name);
  char *text;

  g_assert_nonnull (dialog);
  text = dialog_text (dialog);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), response);
  G_GNUC_END_IGNORE_DEPRECATIONS
  tx_test_drain_main_loop ();
  return text;
}

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_strdup (tx_database_get_path (f->db));
  g_autofree char *good = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  GLogLevelFlags fatal;
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;
  good = tx_backup_make (f->db, TX_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  g_clear_object (&f->db);
  damage_file (path);
  g_assert_true (g_file_get_contents (path, &before, &length, NULL));
  f->db = tx_database_open (path, &error);
  g_assert_no_error (error);

  /* the pages warn that they cannot read the damaged file: expected here;
   * criticals stay fatal */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  window = tx_test_show_window (app, f->db);
  tx_test_wait_for (have_named, "damage-dialog");
  tx_test_save_screenshot (GTK_WIDGET (tx_test_find_named_toplevel ("damage-dialog")), "TONGXIN_SCREENSHOTS",
                           "window-damaged-database.png");
  /* told, with the newest good copy named; the offer to restore it
   * follows when this message is closed */
  text = answer_named ("damage-dialog", GTK_RESPONSE_CLOSE);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, path));
  g_assert_nonnull (strstr (text, good));
  g_assert_cmpuint (count_named (f->backups, "-daily-"), ==, 0);
  g_clear_pointer (&text, g_free);
  text = answer_named ("restore-dialog", GTK_RESPONSE_CANCEL);
  g_assert_nonnull (strstr (text, "20"));   /* the good copy's 20 people */
  tx_test_destroy_window (GTK_WINDOW (window));
  g_log_set_always_fatal (fatal);

  /* the damaged file was kept as it was */
  g_clear_object (&f->db);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_true (memcmp (after, before, length) == 0);
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
  ADD ("/window-backup/daily-after-first-frame", test_daily_after_first_frame);
  ADD ("/window-backup/restore", test_restore);
  ADD ("/window-backup/damaged", test_damaged);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
