/* test-backup.c — backups, their rotation, restore and damaged files
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <utime.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/backup/tx-backup.h"
#include "core/model/tx-community.h"
#include "core/model/tx-person.h"
#include "core/db/tx-database-private.h"
#include "core/db/tx-store.h"

#include "tx-test-util.h"

typedef struct
{
  char       *dir;
  TxDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = tx_test_make_temp_dir ("backup");
  fixture->db = tx_test_open_demo_database (fixture->dir, 40, 3);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->db);
  tx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* the names in @dir, sorted */
static GPtrArray *
list_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  return names;
}

static guint
count_named (const char *dir,
             const char *part)
{
  g_autoptr(GPtrArray) names = list_dir (dir);
  guint n = 0;

  for (guint i = 0; i < names->len; i++)
    if (strstr (g_ptr_array_index (names, i), part) != NULL)
      n++;
  return n;
}

/* what a plain SQLite connection reads from @path */
static gint64
count_in_file (const char *path,
               const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return n;
}

static void
assert_mode_0600 (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_to_file (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *usb = g_build_filename (fixture->dir, "usb", NULL);
  g_autofree char *dest = g_build_filename (usb, "同心备份.db", NULL);
  g_autoptr(TxBackupInfo) info = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (usb, 0755), ==, 0);
  g_assert_true (tx_backup_to_file (fixture->db, dest, &error));
  g_assert_no_error (error);
  assert_mode_0600 (dest);
  /* only the copy: no temporary file, no journal, no -wal */
  names = list_dir (usb);
  g_assert_cmpuint (names->len, ==, 1);
  /* never over the live database (a file chooser's "replace") */
  g_assert_false (tx_backup_to_file (fixture->db, tx_database_get_path (fixture->db), &error));
  g_assert_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (tx_database_check_integrity (fixture->db, TRUE, NULL));

  /* the copy holds what the database holds (counted another way) */
  g_assert_cmpint (count_in_file (dest, "SELECT count(*) FROM person WHERE trashed IS NULL"), ==,
                   tx_store_count (fixture->db, TX_TYPE_PERSON, FALSE, NULL));
  g_assert_cmpint (count_in_file (dest, "SELECT count(*) FROM change_log"), ==,
                   tx_test_count (fixture->db, "SELECT count(*) FROM change_log", NULL));
  info = tx_backup_inspect (dest, &error);
  g_assert_no_error (error);
  g_assert_cmpint (info->people, ==, 40);
  g_assert_cmpint (info->communities, ==, tx_store_count (fixture->db, TX_TYPE_COMMUNITY, FALSE, NULL));
  g_assert_cmpint (info->schema, ==, tx_database_latest_version ());
  g_assert_nonnull (info->last_change);
}

static void
test_rotation (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *folder = tx_backup_folder (tx_database_get_path (fixture->db));
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 2, 9, 0, 0);
  g_autoptr(GError) error = NULL;

  /* 40 days of start-ups, two a day: one daily copy a day, a weekly one
   * every 7 days; the last 7 daily and 4 weekly are kept */
  for (int day = 0; day < 40; day++)
    for (int hour = 0; hour < 2; hour++)
      {
        g_autoptr(GDateTime) now = g_date_time_add_hours (start, day * 24 + hour * 3);
        g_autofree char *made = tx_backup_daily (fixture->db, now, &error);

        g_assert_no_error (error);
        g_assert_true ((made != NULL) == (hour == 0));
      }
  g_assert_cmpuint (count_named (folder, "-daily-"), ==, 7);
  g_assert_cmpuint (count_named (folder, "-weekly-"), ==, 4);
  /* the newest daily copy is the last day's */
  g_assert_cmpuint (count_named (folder, "-daily-20260410T"), ==, 1);

  /* what a copy killed half-way an hour ago left behind goes */
  {
    g_autofree char *stale = g_build_filename (folder, "tongxin-manual-x.db.part-ABCDEF", NULL);
    g_autofree char *fresh = g_build_filename (folder, "tongxin-manual-y.db.part-ABCDEF", NULL);

    g_assert_true (g_file_set_contents (stale, "", 0, NULL));
    g_assert_true (g_file_set_contents (fresh, "", 0, NULL));
    g_assert_cmpint (g_utime (stale, &(struct utimbuf) { 0, 0 }), ==, 0);
  }

  for (int i = 0; i < 7; i++)
    {
      g_autofree char *made = tx_backup_before_import (fixture->db, &error);

      g_assert_no_error (error);
      assert_mode_0600 (made);
    }
  g_assert_cmpuint (count_named (folder, "-before-import-"), ==, tx_backup_keep (TX_BACKUP_PRE_IMPORT));
  g_assert_cmpuint (tx_backup_keep (TX_BACKUP_PRE_IMPORT), ==, 5);
  /* the fresh one may still be being written by another program */
  g_assert_cmpuint (count_named (folder, ".part"), ==, 1);
  g_assert_cmpuint (count_named (folder, "-y.db.part"), ==, 1);
}

static void
on_changed (TxDatabase         *db,
            const char * const *entities,
            gpointer            user_data)
{
  guint *n_everything = user_data;

  if (entities == NULL)
    (*n_everything)++;
}

static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *dest = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autoptr(TxCommunity) added = tx_community_new ();
  g_autoptr(TxBackupInfo) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *safety = NULL;
  gint64 before = tx_store_count (fixture->db, TX_TYPE_COMMUNITY, FALSE, NULL);
  guint n_everything = 0;

  g_assert_true (tx_backup_to_file (fixture->db, dest, &error));
  g_object_set (added, "name", "新建社区", NULL);
  g_assert_true (tx_store_save (fixture->db, TX_RECORD (added), TX_SAVE_DEFAULT, &error));
  g_assert_cmpint (tx_store_count (fixture->db, TX_TYPE_COMMUNITY, FALSE, NULL), ==, before + 1);

  g_signal_connect (fixture->db, "changed", G_CALLBACK (on_changed), &n_everything);
  g_assert_true (tx_backup_restore (fixture->db, dest, &safety, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_everything, ==, 1);

  /* the open connection sees the copy, and so does a new one */
  g_assert_cmpint (tx_store_count (fixture->db, TX_TYPE_COMMUNITY, FALSE, NULL), ==, before);
  g_assert_cmpint (count_in_file (tx_database_get_path (fixture->db),
                                  "SELECT count(*) FROM community WHERE name = '新建社区'"), ==, 0);
  /* the replaced state was kept */
  kept = tx_backup_inspect (safety, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kept->communities, ==, before + 1);
  g_assert_true (tx_database_check_integrity (fixture->db, TRUE, &error));
  g_assert_cmpint (tx_database_get_schema_version (fixture->db), ==, tx_database_latest_version ());

  /* and the database goes on working */
  g_assert_true (tx_store_save (fixture->db, TX_RECORD (added), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
}

static void
test_restore_refuses (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *other = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autoptr(GError) error = NULL;
  gint64 people = tx_store_count (fixture->db, TX_TYPE_PERSON, FALSE, NULL);
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (other, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TABLE t (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
  g_assert_true (g_file_set_contents (text, "不是备份", -1, NULL));

  g_assert_false (tx_backup_restore (fixture->db, other, NULL, &error));
  g_assert_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_NOT_BACKUP);
  g_clear_error (&error);
  g_assert_false (tx_backup_restore (fixture->db, text, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (tx_backup_inspect (fixture->dir, &error));
  g_assert_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_NOT_BACKUP);
  g_assert_cmpint (tx_store_count (fixture->db, TX_TYPE_PERSON, FALSE, NULL), ==, people);
}

/* Overwrites pages of the closed database file at @path: a failing disk. */
static void
damage_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 16 * 4096);
  memset (contents + 4 * 4096, 0x5a, 8 * 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  g_chmod (path, 0600);
}

static void
on_daily_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;
  g_autofree char *made = tx_backup_daily_finish (result, error);

  g_assert_null (made);
}

static void
test_damaged (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = g_strdup (tx_database_get_path (fixture->db));
  g_autofree char *good = NULL;
  g_autofree char *latest = NULL;
  g_autofree char *dest = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *damaged = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  GError *async_error = NULL;
  gsize length = 0;

  good = tx_backup_make (fixture->db, TX_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->db);   /* checkpoints: everything is in the file */
  damage_file (path);
  g_assert_true (g_file_get_contents (path, &damaged, &length, NULL));

  fixture->db = tx_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (tx_database_check_integrity (fixture->db, FALSE, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  /* no backup of a damaged file passes for a good one */
  g_assert_false (tx_backup_to_file (fixture->db, dest, &error));
  g_assert_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));

  /* the window's start-up check says so and names the latest good copy */
  tx_backup_daily_async (path, NULL, on_daily_done, &async_error);
  while (async_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (async_error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_DAMAGED);
  g_assert_nonnull (strstr (async_error->message, good));
  g_clear_error (&async_error);
  latest = tx_backup_find_latest_good (path);
  g_assert_cmpstr (latest, ==, good);

  /* the damaged file was kept as it was */
  g_clear_object (&fixture->db);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_true (memcmp (after, damaged, length) == 0);
}

/* A full USB stick: the child may write only a few pages. */
static void
test_full_target (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *usb = g_build_filename (fixture->dir, "usb", NULL);
  g_autofree char *dest = NULL;

  if (g_test_subprocess ())
    {
      struct rlimit limit = { 64 * 1024, 64 * 1024 };
      g_autoptr(GError) error = NULL;

      /* the parent's folder: the child's fixture made another */
      dest = g_build_filename (g_getenv ("TX_TEST_USB"), "copy.db", NULL);
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (tx_backup_to_file (fixture->db, dest, &error));
      g_assert_error (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_FULL);
      g_printerr ("%s\n", error->message);
      return;
    }
  g_assert_cmpint (g_mkdir (usb, 0700), ==, 0);
  g_setenv ("TX_TEST_USB", usb, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*no room for the backup*");
  /* nothing left under either name */
  g_assert_cmpuint (count_named (usb, ""), ==, 0);
}

/* An older file is copied before its schema changes: the copy is named for
 * the upgrade, sits in the backup folder and still has the old schema.  The
 * database layer gets the copy from the backup module through a hook. */
static void
test_before_upgrade (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "old.db", NULL);
  g_autofree char *folder = tx_backup_folder (path);
  int old_version = tx_database_latest_version () - 1;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *copy = NULL;
  TxDatabase *old = _tx_database_open_at_version (path, old_version, &error);
  TxDatabase *upgraded;

  g_assert_no_error (error);
  g_object_unref (old);
  g_assert_cmpuint (count_named (folder, "before-upgrade"), ==, 0);

  upgraded = tx_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tx_database_get_schema_version (upgraded), ==, tx_database_latest_version ());
  g_object_unref (upgraded);

  names = list_dir (folder);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (names, 0), "before-upgrade"));
  copy = g_build_filename (folder, g_ptr_array_index (names, 0), NULL);
  g_assert_cmpint (count_in_file (copy, "PRAGMA user_version"), ==, old_version);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("TONGXIN_NOW");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/backup/to-file", test_to_file);
  ADD ("/backup/rotation", test_rotation);
  ADD ("/backup/restore", test_restore);
  ADD ("/backup/restore-refuses", test_restore_refuses);
  ADD ("/backup/damaged", test_damaged);
  ADD ("/backup/full-target", test_full_target);
  ADD ("/backup/before-upgrade", test_before_upgrade);

#undef ADD
  return g_test_run ();
}
