/* test-concurrency.c — a second program beside an open database
 *
 * Another process (tests/tx-test-peer, linked with the core like
 * tongxin-cli) opens, reads, writes and closes the file while this one
 * holds its connections — the main one and the reading thread's. Nothing
 * that either saved may be lost: closing any descriptor of the file drops
 * every POSIX lock of the process, and the other program would then delete
 * the -wal still in use.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "core/db/tx-database.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "tx-test-util.h"

/* a temporary folder and the path of a database in it (tx-test-util.h) */
typedef TxTestFileFixture Fixture;

static gpointer
read_staff_count (TxDatabase    *reader,
                  gpointer       data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  gint64 n = tx_store_count (reader, TX_TYPE_STAFF, TRUE, error);

  return n < 0 ? NULL : g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  char **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = tx_database_read_finish (TX_DATABASE (source), result, &error);
  g_assert_no_error (error);
}

/* Makes the reading thread open its own connection, as the window's
 * lists do, and returns what it counted. */
static gint64
count_on_reader (TxDatabase *db)
{
  g_autofree char *answer = NULL;

  tx_database_read_async (db, read_staff_count, NULL, NULL, g_free, NULL, on_read, &answer);
  while (answer == NULL)
    g_main_context_iteration (NULL, TRUE);
  return g_ascii_strtoll (answer, NULL, 10);
}

static void
save_staff (TxDatabase *db,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxStaff) staff = tx_staff_new ();

  tx_staff_set_name (staff, name);
  g_assert_true (tx_store_save (db, TX_RECORD (staff), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
}

/* No descriptor of this process points at a deleted database, -wal or
 * -shm: had another program deleted them, our writes would go nowhere. */
static void
assert_no_deleted_descriptors (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) fds = g_dir_open ("/proc/self/fd", 0, &error);
  const char *name;
  guint n_open = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (fds)) != NULL)
    {
      g_autofree char *link = g_build_filename ("/proc/self/fd", name, NULL);
      g_autofree char *target = g_file_read_link (link, NULL);

      if (target == NULL || !g_str_has_prefix (target, path))
        continue;
      n_open++;
      g_assert_false (g_str_has_suffix (target, "(deleted)"));
    }
  /* the database, its -wal and its -shm, for two connections */
  g_assert_cmpuint (n_open, >=, 3);
}

/* A POSIX lock of this process on the database file (/proc/locks:
 * "1: POSIX ADVISORY READ PID MAJ:MIN:INODE START END"). */
static gboolean
holds_lock_on (const char *path)
{
  g_autofree char *locks = NULL;
  g_auto(GStrv) lines = NULL;
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_true (g_file_get_contents ("/proc/locks", &locks, NULL, NULL));
  lines = g_strsplit (locks, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (lines[i], " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();
      g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());
      g_autofree char *inode = g_strdup_printf (":%lu", (unsigned long) st.st_ino);

      for (guint j = 0; fields[j] != NULL; j++)
        if (fields[j][0] != '\0')
          g_ptr_array_add (words, fields[j]);
      if (words->len >= 6 && g_str_equal (g_ptr_array_index (words, 4), pid)
          && g_str_has_suffix (g_ptr_array_index (words, 5), inode))
        return TRUE;
    }
  return FALSE;
}

/* (a) The window's case: the main connection and the reading thread's are
 * open; another program opens, reads and closes; then we save. */
static void
test_peer_open_close (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  const char *argv[] = { TX_TEST_PEER, "read", fixture->path, NULL };
  g_autoptr(GError) error = NULL;
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");

  save_staff (db, "before");
  g_assert_cmpint (count_on_reader (db), ==, 1);
  g_assert_true (holds_lock_on (fixture->path));

  tx_test_run_program (argv);
  tx_test_run_program (argv);

  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  assert_no_deleted_descriptors (fixture->path);
  g_assert_true (holds_lock_on (fixture->path));

  save_staff (db, "after the other program");
  g_assert_cmpint (count_on_reader (db), ==, 2);
  /* the reading thread may still hold its request's reference a moment */
  g_object_unref (db);

  db = tx_test_open_database (fixture->dir, "tongxin.db");
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM staff WHERE name = ?",
                                  "after the other program"), ==, 1);
  g_assert_cmpint (tx_store_count (db, TX_TYPE_STAFF, TRUE, &error), ==, 2);
  g_assert_finalize_object (db);
}

/* (b) Two processes write at the same time, 500 small saves each, this one
 * reading on its reading thread in between: every save is there. */
static void
test_alternating_writes (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *argv[] = { TX_TEST_PEER, "write", fixture->path, "peer", "500", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) peer = NULL;
  g_autofree char *check = NULL;
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");

  peer = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *name = g_strdup_printf ("self-%u", i);

      save_staff (db, name);
      if (i % 50 == 0)
        g_assert_cmpint (count_on_reader (db), >, (gint64) i);
    }
  g_assert_true (g_subprocess_wait_check (peer, NULL, &error));
  g_assert_no_error (error);
  assert_no_deleted_descriptors (fixture->path);
  g_object_unref (db);

  db = tx_test_open_database (fixture->dir, "tongxin.db");
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM staff WHERE name LIKE ?", "self-%"), ==, 500);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM staff WHERE name LIKE ?", "peer-%"), ==, 500);
  g_assert_cmpint (tx_test_count (db, "SELECT count(DISTINCT name) FROM staff WHERE name <> ?", ""), ==, 1000);
  check = tx_test_dup_text (db, "PRAGMA integrity_check", NULL);
  g_assert_cmpstr (check, ==, "ok");
  g_assert_finalize_object (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, tx_test_file_fixture_set_up, func, tx_test_file_fixture_tear_down)
  ADD ("/concurrency/peer-open-close", test_peer_open_close);
  ADD ("/concurrency/alternating-writes", test_alternating_writes);
#undef ADD

  return g_test_run ();
}
