/* test-database.c — opening the database file, its settings and its clock
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/model/tx-community.h"
#include "core/db/tx-database.h"
#include "core/db/tx-migrations.h"
#include "core/model/tx-person.h"
#include "core/db/tx-store.h"
#include "tx-test-util.h"

/* a temporary folder and the path of a database in it (tx-test-util.h) */
typedef TxTestFileFixture Fixture;

static void
close_db (TxDatabase *db)
{
  g_assert_finalize_object (db);
}

/* Runs SQL on a plain SQLite connection: another program, or a newer
 * Tongxin, that wrote the file. */
static void
sqlite_exec (const char *path,
             const char *sql)
{
  sqlite3 *handle = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
}

/* What is on disk for a database: the file, its -wal and its mode. */
typedef struct
{
  GBytes  *contents;
  gboolean has_wal;
  goffset  wal_size;
  guint    mode;
} Snapshot;

static void
snapshot_take (Snapshot   *snap,
               const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  char *data = NULL;
  gsize len = 0;
  GStatBuf st;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  snap->contents = g_bytes_new_take (data, len);
  snap->has_wal = g_stat (wal, &st) == 0;
  snap->wal_size = snap->has_wal ? st.st_size : -1;
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  snap->mode = st.st_mode & 0777;
}

static void
snapshot_assert_same (Snapshot   *before,
                      const char *path)
{
  Snapshot after;

  snapshot_take (&after, path);
  g_assert_true (g_bytes_equal (before->contents, after.contents));
  g_assert_cmpint (before->has_wal, ==, after.has_wal);
  g_assert_cmpint (before->wal_size, ==, after.wal_size);
  g_assert_cmpuint (before->mode, ==, after.mode);
  g_bytes_unref (after.contents);
  g_bytes_unref (before->contents);
}

/* ---- the file ------------------------------------------------------------ */

static void
test_new_file_mode (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "new", "tongxin", NULL);
  g_autofree char *path = g_build_filename (folder, "tongxin.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  TxDatabase *db;
  GStatBuf st;

  /* a permissive umask must not widen what the program asks for */
  umask (022);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  db = tx_test_open_database (folder, "tongxin.db");
  g_assert_cmpstr (tx_database_get_path (db), ==, path);

  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
  /* SQLite gives the write-ahead log the mode of the database */
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
  close_db (db);
}

/* A Tongxin database that was copied with a loose mode is tightened. */
static void
test_existing_file_mode (Fixture       *fixture,
                         gconstpointer  data)
{
  GStatBuf st;

  close_db (tx_test_open_database (fixture->dir, "tongxin.db"));
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  close_db (tx_test_open_database (fixture->dir, "tongxin.db"));
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
}

static void
test_pragmas (Fixture       *fixture,
              gconstpointer  data)
{
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  g_autofree char *mode = tx_test_dup_existing_text (db, "PRAGMA journal_mode", NULL);

  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (tx_test_count (db, "PRAGMA synchronous", NULL), ==, 2);   /* FULL */
  g_assert_cmpint (tx_test_count (db, "PRAGMA foreign_keys", NULL), ==, 1);
  g_assert_cmpint (tx_test_count (db, "PRAGMA busy_timeout", NULL), >, 0);
  g_assert_cmpint (tx_test_count (db, "PRAGMA trusted_schema", NULL), ==, 0);
  g_assert_cmpint (tx_test_count (db, "PRAGMA secure_delete", NULL), ==, 1);
  close_db (db);

  /* the settings are per connection: a reopened file has them again */
  db = tx_test_open_database (fixture->dir, "tongxin.db");
  g_assert_cmpint (tx_test_count (db, "PRAGMA foreign_keys", NULL), ==, 1);
  g_assert_cmpint (tx_test_count (db, "PRAGMA synchronous", NULL), ==, 2);
  close_db (db);
}

static void
test_identity (Fixture       *fixture,
               gconstpointer  data)
{
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");

  g_assert_cmpint (tx_database_latest_version (), >=, 1);
  g_assert_cmpint (tx_database_get_schema_version (db), ==, tx_database_latest_version ());
  g_assert_cmpint (tx_test_count (db, "PRAGMA user_version", NULL), ==, tx_database_latest_version ());
  g_assert_cmpint (tx_test_count (db, "PRAGMA application_id", NULL), ==, TX_DATABASE_APPLICATION_ID);
  g_assert_cmpint (TX_DATABASE_APPLICATION_ID, ==, 0x54584442);   /* 'TXDB' */
  close_db (db);
}

static void
test_too_new (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", tx_database_latest_version () + 98);
  Snapshot before;
  TxDatabase *db;

  close_db (tx_test_open_database (fixture->dir, "tongxin.db"));
  sqlite_exec (fixture->path, sql);

  snapshot_take (&before, fixture->path);
  db = tx_database_open (fixture->path, &error);
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_TOO_NEW);
  g_assert_null (db);
  g_assert_nonnull (strstr (error->message, fixture->path));
  snapshot_assert_same (&before, fixture->path);

  /* and again, now that a -wal may be lying about */
  g_clear_error (&error);
  snapshot_take (&before, fixture->path);
  g_assert_null (tx_database_open (fixture->path, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_TOO_NEW);
  snapshot_assert_same (&before, fixture->path);
}

static void
test_not_tongxin (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Snapshot before;

  sqlite_exec (fixture->path,
               "CREATE TABLE contacts (name TEXT, phone TEXT);"
               "INSERT INTO contacts VALUES ('张三', '13800138000');");
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);

  snapshot_take (&before, fixture->path);
  g_assert_false (before.has_wal);
  g_assert_null (tx_database_open (fixture->path, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_TONGXIN);
  snapshot_assert_same (&before, fixture->path);
}

/* Another program's file in WAL mode, with only a user_version set. */
static void
test_not_tongxin_wal (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Snapshot before;

  sqlite_exec (fixture->path, "PRAGMA journal_mode=WAL; PRAGMA user_version = 3;");
  snapshot_take (&before, fixture->path);
  g_assert_null (tx_database_open (fixture->path, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_TONGXIN);
  snapshot_assert_same (&before, fixture->path);
}

static void
test_not_a_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *text = "姓名,电话,住址\n张三,13800138000,北京市东城区\n";
  Snapshot before;

  g_file_set_contents (fixture->path, text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);

  snapshot_take (&before, fixture->path);
  g_assert_null (tx_database_open (fixture->path, &error));
  /* not "damaged": it never was a database */
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_TONGXIN);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  snapshot_assert_same (&before, fixture->path);
}

/* An empty file (touched by a user, or left by a crash before the first
 * write) is a new database. */
static void
test_empty_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TxDatabase *db;

  g_file_set_contents (fixture->path, "", 0, &error);
  g_assert_no_error (error);
  db = tx_test_open_database (fixture->dir, "tongxin.db");
  g_assert_cmpint (tx_database_get_schema_version (db), ==, tx_database_latest_version ());
  close_db (db);
}

/* The read-only open makes nothing: a missing file (and its folder) stays
 * missing, and a file with no schema is refused, not set up. */
static void
test_existing_missing (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (fixture->dir, "nowhere", NULL);
  g_autofree char *path = g_build_filename (folder, "tongxin.db", NULL);

  g_assert_null (tx_database_open_existing (path, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

static void
test_existing_empty (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  g_assert_null (tx_database_open_existing (fixture->path, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_TONGXIN);
  tx_test_assert_file_contents (fixture->path, "");
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_existing_current (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TxDatabase *db;

  close_db (tx_test_open_database (fixture->dir, "tongxin.db"));
  db = tx_database_open_existing (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tx_database_get_schema_version (db), ==, tx_database_latest_version ());
  close_db (db);
}

/* ---- two connections -------------------------------------------------------- */

typedef struct
{
  TxDatabase *db;
  gint64      committed_at;
} Holder;

static gpointer
commit_later (gpointer data)
{
  Holder *holder = data;
  g_autoptr(GError) error = NULL;

  g_usleep (200 * G_TIME_SPAN_MILLISECOND);
  holder->committed_at = g_get_monotonic_time ();
  tx_database_commit (holder->db, &error);
  g_assert_no_error (error);
  return NULL;
}

static TxCommunity *
new_community (const char *name)
{
  TxCommunity *community = tx_community_new ();

  g_object_set (community, "name", name, NULL);
  return community;
}

static void
test_busy_waits (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TxDatabase *first = tx_test_open_database (fixture->dir, "tongxin.db");
  TxDatabase *second = tx_test_open_database (fixture->dir, "tongxin.db");
  g_autoptr(TxCommunity) held = new_community ("南池子社区");
  g_autoptr(TxCommunity) waiting = new_community ("东华门社区");
  Holder holder = { first, 0 };
  GThread *thread;
  gint64 start;
  gboolean saved;

  /* the first program is in the middle of writing */
  g_assert_true (tx_database_begin (first, &error));
  g_assert_no_error (error);
  g_assert_true (tx_store_save (first, TX_RECORD (held), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_true (tx_database_in_transaction (first));

  /* opening meanwhile is not blocked: readers do not wait for writers */
  {
    TxDatabase *third = tx_test_open_database (fixture->dir, "tongxin.db");
    close_db (third);
  }

  thread = g_thread_new ("commit-later", commit_later, &holder);
  start = g_get_monotonic_time ();
  saved = tx_store_save (second, TX_RECORD (waiting), TX_SAVE_DEFAULT, &error);
  g_thread_join (thread);

  g_assert_no_error (error);
  g_assert_true (saved);
  /* it waited for the other commit instead of failing at once */
  g_assert_cmpint (holder.committed_at, >, start);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 150 * G_TIME_SPAN_MILLISECOND);
  g_assert_false (tx_database_in_transaction (second));

  g_assert_cmpint (tx_store_count (second, TX_TYPE_COMMUNITY, FALSE, &error), ==, 2);
  g_assert_cmpint (tx_store_count (first, TX_TYPE_COMMUNITY, FALSE, &error), ==, 2);
  g_assert_no_error (error);

  g_clear_object (&held);
  g_clear_object (&waiting);
  close_db (first);
  close_db (second);
}

/* A second program holds a write transaction longer than the busy
 * timeout: the save fails with a message that says so, leaves nothing
 * half-written, and works once the other program is done; the other
 * program's write is kept. */
static void
test_busy_fails_cleanly (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  g_autoptr(TxCommunity) waiting = new_community ("东华门社区");
  sqlite3 *other = NULL;
  gint64 start, waited;

  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE;"
                                 "INSERT INTO settings (key, value) VALUES ('test.other', 'kept')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  start = g_get_monotonic_time ();
  g_assert_false (tx_store_save (db, TX_RECORD (waiting), TX_SAVE_DEFAULT, &error));
  waited = g_get_monotonic_time () - start;
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_clear_error (&error);
  /* a few seconds, not at once and not for ever */
  g_assert_cmpint (waited, >=, 4 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (waited, <, 30 * G_TIME_SPAN_SECOND);
  g_assert_false (tx_database_in_transaction (db));

  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (other), ==, SQLITE_OK);
  g_assert_cmpint (tx_store_count (db, TX_TYPE_COMMUNITY, TRUE, NULL), ==, 0);
  g_assert_true (tx_store_save (db, TX_RECORD (waiting), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tx_store_count (db, TX_TYPE_COMMUNITY, TRUE, NULL), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM settings WHERE key = 'test.other' AND value = ?", "kept"), ==, 1);
  g_assert_true (tx_database_check_integrity (db, TRUE, &error));
  g_clear_object (&waiting);
  close_db (db);
}

/* No room (PRAGMA max_page_count stands for a full disk): the save fails
 * with a clear message, and nothing committed before is lost. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  g_autofree char *limit = NULL;
  gint64 pages = tx_database_count (db, "PRAGMA page_count", NULL);
  guint saved = 0;

  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 3);
  g_assert_true (tx_database_exec (db, limit, &error));
  for (guint i = 0; i < 10000 && error == NULL; i++)
    {
      g_autoptr(TxPerson) person = tx_person_new ();
      g_autofree char *notes = g_strnfill (1500, 'x');

      g_object_set (person, "name", "测试人员", "notes", notes, NULL);
      if (tx_store_save (db, TX_RECORD (person), TX_SAVE_DEFAULT, &error))
        saved++;
    }
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_clear_error (&error);
  g_assert_cmpuint (saved, >, 0);
  g_assert_false (tx_database_in_transaction (db));
  g_assert_cmpint (tx_store_count (db, TX_TYPE_PERSON, TRUE, NULL), ==, saved);
  g_assert_true (tx_database_check_integrity (db, TRUE, NULL));
  close_db (db);

  /* and after a restart too */
  db = tx_database_open_existing (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tx_store_count (db, TX_TYPE_PERSON, TRUE, NULL), ==, saved);
  close_db (db);
}

/* A second program opening the file while another holds it locked (here a
 * plain SQLite connection in exclusive locking mode, as a backup tool
 * might) waits for it instead of failing. */
typedef struct
{
  const char *path;
  GMutex      lock;
  GCond       cond;
  gboolean    locked;
  gint64      released_at;
} Locker;

static gpointer
lock_for_a_while (gpointer data)
{
  Locker *locker = data;
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (locker->path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE;"
                                 "UPDATE settings SET value = value;", NULL, NULL, NULL), ==, SQLITE_OK);
  g_mutex_lock (&locker->lock);
  locker->locked = TRUE;
  g_cond_signal (&locker->cond);
  g_mutex_unlock (&locker->lock);

  g_usleep (200 * G_TIME_SPAN_MILLISECOND);
  locker->released_at = g_get_monotonic_time ();
  g_assert_cmpint (sqlite3_exec (handle, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
  return NULL;
}

static void
test_open_waits (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Locker locker = { fixture->path, };
  TxDatabase *db;
  GThread *thread;

  close_db (tx_test_open_database (fixture->dir, "tongxin.db"));
  g_mutex_init (&locker.lock);
  g_cond_init (&locker.cond);
  thread = g_thread_new ("locker", lock_for_a_while, &locker);
  g_mutex_lock (&locker.lock);
  while (!locker.locked)
    g_cond_wait (&locker.cond, &locker.lock);
  g_mutex_unlock (&locker.lock);

  db = tx_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_thread_join (thread);
  g_assert_cmpint (locker.released_at, >, 0);
  g_assert_cmpint (tx_database_get_schema_version (db), ==, tx_database_latest_version ());
  close_db (db);
  g_mutex_clear (&locker.lock);
  g_cond_clear (&locker.cond);
}

/* ---- statements ------------------------------------------------------------- */

static void
test_statement_cache (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  const char *sql = "SELECT code FROM code WHERE kind = ? ORDER BY position";
  sqlite3_stmt *first;

  {
    g_auto(TxStatement) stmt = tx_database_prepare (db, sql, &error);

    g_assert_no_error (error);
    first = stmt;
    tx_bind_text (stmt, 1, "gender");
    g_assert_cmpint (tx_database_step_row (db, stmt, &error), ==, 1);
    g_assert_cmpstr (tx_column_text (stmt, 0), ==, "1");   /* 男 first */
  }
  {
    /* the same statement, reset and without the old binding */
    g_auto(TxStatement) stmt = tx_database_prepare (db, sql, &error);

    g_assert_true (stmt == first);
    g_assert_false (sqlite3_stmt_busy (stmt));
    g_assert_cmpint (tx_database_step_row (db, stmt, &error), ==, 0);
    g_assert_no_error (error);
  }
  /* a bad statement is an error, not a crash, and is not cached */
  g_assert_null (tx_database_prepare (db, "SELECT nonsense FROM nowhere", &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_SQL);
  close_db (db);
}

/* ---- the clock --------------------------------------------------------------- */

static gboolean
is_iso_ms (const char *text)
{
  return g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$",
                               text, 0, 0);
}

static void
test_now (Fixture       *fixture,
          gconstpointer  data)
{
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  g_autofree char *previous = NULL;
  gint64 before = g_get_real_time ();

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *now = tx_database_now (db);

      g_assert_true (is_iso_ms (now));
      if (previous != NULL)
        g_assert_cmpstr (previous, <, now);
      g_free (previous);
      previous = g_steal_pointer (&now);
    }

  {
    g_autoptr(GDateTime) first = NULL;
    g_autoptr(GDateTime) last = g_date_time_new_from_iso8601 (previous, NULL);
    g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (before / G_USEC_PER_SEC);
    gint64 ahead;

    g_assert_nonnull (last);
    g_assert_cmpint (g_date_time_get_utc_offset (last), ==, 0);
    /* real time: 2000 calls in one millisecond may run ahead by 2 s at most */
    ahead = g_date_time_difference (last, start);
    g_assert_cmpint (ahead, >=, 0);
    g_assert_cmpint (ahead, <, 60 * G_TIME_SPAN_SECOND);
  }
  close_db (db);
}

static void
test_now_pinned (Fixture       *fixture,
                 gconstpointer  data)
{
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");
  TxDatabase *other = tx_test_open_database (fixture->dir, "tongxin.db");
  g_autoptr(GTimeZone) beijing = g_time_zone_new_identifier ("+08:00");
  g_autoptr(GDateTime) pin = g_date_time_new (beijing, 2024, 10, 1, 8, 0, 0.5);
  const char *expected[] = {
    "2024-10-01T00:00:00.500Z",
    "2024-10-01T00:00:00.501Z",
    "2024-10-01T00:00:00.502Z",
  };

  /* twice on one connection and once on another: the same sequence */
  for (guint round = 0; round < 3; round++)
    {
      TxDatabase *target = round < 2 ? db : other;

      tx_database_pin_clock (target, pin);
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        {
          g_autofree char *now = tx_database_now (target);
          g_assert_cmpstr (now, ==, expected[i]);
        }
    }

  /* unpinned, it is today again */
  tx_database_pin_clock (db, NULL);
  {
    g_autofree char *now = tx_database_now (db);
    g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (now, NULL);

    g_assert_cmpint (g_date_time_get_year (parsed), >, 2024);
  }
  close_db (db);
  close_db (other);
}

/* TONGXIN_NOW pins the clock of every database opened (demo data, tests). */
static void
test_now_from_environment (Fixture       *fixture,
                           gconstpointer  data)
{
  TxDatabase *db;

  g_setenv ("TONGXIN_NOW", "2025-01-28T12:00:00Z", TRUE);
  db = tx_test_open_database (fixture->dir, "tongxin.db");
  g_unsetenv ("TONGXIN_NOW");
  {
    g_autofree char *a = tx_database_now (db);
    g_autofree char *b = tx_database_now (db);

    g_assert_cmpstr (a, ==, "2025-01-28T12:00:00.000Z");
    g_assert_cmpstr (b, ==, "2025-01-28T12:00:00.001Z");
  }
  close_db (db);
}


/* ---- damage is checked, not assumed ------------------------------------------ */

/* SQLITE_CORRUPT on a healthy file (a lock lost to another program reads
 * the same): the message says the check found it in order, and it is not
 * reported as damage. */
static void
test_corrupt_error_checked (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TxDatabase *db = tx_test_open_database (fixture->dir, "tongxin.db");

  g_assert_false (tx_database_set_error (db, SQLITE_CORRUPT, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_SQL);
  g_clear_error (&error);
  g_assert_false (tx_database_set_error (db, SQLITE_IOERR_WRITE, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_SQL);
  close_db (db);
}

/* Real damage (pages overwritten while no one had the file open) is
 * reported as such, naming the file. */
static void
test_damage_reported (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  TxDatabase *db = tx_test_open_demo_database (fixture->dir, 300, 2);
  gint64 n;

  close_db (db);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 16 * 4096);
  /* every page but the first (the schema) few, garbage */
  memset (contents + 4 * 4096, 0x5a, length - 4 * 4096);
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));

  db = tx_database_open (fixture->path, &error);
  if (db != NULL)
    {
      n = tx_store_count (db, TX_TYPE_PERSON, TRUE, &error);
      g_assert_cmpint (n, ==, -1);
      close_db (db);
    }
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, fixture->path));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("TONGXIN_NOW");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, tx_test_file_fixture_set_up, func, tx_test_file_fixture_tear_down)

  ADD ("/database/file/new-mode", test_new_file_mode);
  ADD ("/database/file/existing-mode", test_existing_file_mode);
  ADD ("/database/file/empty", test_empty_file);
  ADD ("/database/existing/missing", test_existing_missing);
  ADD ("/database/existing/empty", test_existing_empty);
  ADD ("/database/existing/current", test_existing_current);
  ADD ("/database/pragmas", test_pragmas);
  ADD ("/database/identity", test_identity);
  ADD ("/database/refuse/too-new", test_too_new);
  ADD ("/database/refuse/not-tongxin", test_not_tongxin);
  ADD ("/database/refuse/not-tongxin-wal", test_not_tongxin_wal);
  ADD ("/database/refuse/not-a-database", test_not_a_database);
  ADD ("/database/busy-waits", test_busy_waits);
  ADD ("/database/open-waits", test_open_waits);
  ADD ("/database/busy-fails-cleanly", test_busy_fails_cleanly);
  ADD ("/database/disk-full", test_disk_full);
  ADD ("/database/statement-cache", test_statement_cache);
  ADD ("/database/now/increasing", test_now);
  ADD ("/database/now/pinned", test_now_pinned);
  ADD ("/database/now/environment", test_now_from_environment);
  ADD ("/database/damage/checked", test_corrupt_error_checked);
  ADD ("/database/damage/reported", test_damage_reported);

#undef ADD
  return g_test_run ();
}
