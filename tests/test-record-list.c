/* test-record-list.c — the lazy lists against independent computations
 *
 * The list sorts and filters in SQL; these tests compute the same answers
 * in C from the records themselves (collation keys, ages, categories), so
 * a wrong SQL fragment cannot agree with itself.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "core/text/tx-collate.h"
#include "core/demo/tx-demo.h"
#include "core/model/tx-person.h"
#include "core/model/tx-person-filter.h"
#include "core/model/tx-record-list.h"
#include "core/db/tx-store.h"
#include "tx-test-util.h"

#define PEOPLE 400

static char *db_dir;
static TxDatabase *db;

static TxRecordList *
list_for (const TxPersonFilter *filter)
{
  g_autoptr(TxQuery) query = tx_person_filter_to_query (filter);
  g_autoptr(GError) error = NULL;
  TxRecordList *list = tx_record_list_new (db, query, &error);

  g_assert_no_error (error);
  return list;
}

/* Every live person, each loaded by uuid through the store. */
static GPtrArray *
all_people (void)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (tx_database_get_handle (db),
                                       "SELECT uuid FROM person WHERE trashed IS NULL",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GError) error = NULL;
      TxRecord *record = tx_store_load (db, TX_TYPE_PERSON, (const char *) sqlite3_column_text (stmt, 0), &error);

      g_assert_no_error (error);
      g_ptr_array_add (people, record);
    }
  sqlite3_finalize (stmt);
  return people;
}

typedef char *(*KeyFunc) (const char *name);

static void
assert_sorted_by (TxRecordList *list,
                  KeyFunc       key_func)
{
  g_autofree char *previous = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TxPerson) person = g_list_model_get_item (G_LIST_MODEL (list), i);
      char *key = key_func (tx_person_get_name (person));

      if (previous != NULL)
        g_assert_cmpstr (previous, <=, key);
      g_free (previous);
      previous = key;
    }
}

static void
test_all_live_in_register (void)
{
  TxPersonFilter filter;
  g_autoptr(TxRecordList) list = NULL;

  tx_person_filter_init (&filter);
  list = list_for (&filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==,
                    tx_test_count (db, "SELECT count(*) FROM person WHERE trashed IS NULL AND status = '1'", NULL));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == TX_TYPE_PERSON);

  filter.status = NULL;
  {
    g_autoptr(TxQuery) all = tx_person_filter_to_query (&filter);
    g_assert_true (tx_record_list_set_query (list, all, NULL));
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, PEOPLE);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), PEOPLE));
}

static void
test_sort_orders (void)
{
  TxPersonFilter filter;

  tx_person_filter_init (&filter);
  filter.status = NULL;

  filter.sort = TX_PERSON_SORT_PINYIN;
  {
    g_autoptr(TxRecordList) list = list_for (&filter);
    assert_sorted_by (list, tx_collate_pinyin_key);
  }
  filter.sort = TX_PERSON_SORT_STROKES;
  {
    g_autoptr(TxRecordList) list = list_for (&filter);
    assert_sorted_by (list, tx_collate_stroke_key);
  }
  filter.sort = TX_PERSON_SORT_BIRTH;
  {
    g_autoptr(TxRecordList) list = list_for (&filter);
    const char *previous = NULL;
    g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
      {
        TxPerson *person = g_list_model_get_item (G_LIST_MODEL (list), i);
        const char *birth = tx_person_get_birth_date (person);

        g_ptr_array_add (keep, person);
        if (previous != NULL && birth != NULL)
          g_assert_cmpstr (previous, <=, birth);
        if (previous != NULL && birth == NULL)
          previous = "9999";   /* people without a date come last */
        else if (previous == NULL || g_strcmp0 (previous, "9999") != 0)
          previous = birth;
        else
          g_assert_null (birth);
      }
  }
}

/* What a user types; the expected count comes from the records in C. */
static void
check_search (GPtrArray  *people,
              const char *typed,
              gboolean  (*matches) (TxPerson *person, const char *typed))
{
  TxPersonFilter filter;
  g_autoptr(TxRecordList) list = NULL;
  guint expected = 0;

  for (guint i = 0; i < people->len; i++)
    expected += matches (g_ptr_array_index (people, i), typed) ? 1 : 0;

  tx_person_filter_init (&filter);
  filter.status = NULL;
  filter.search = typed;
  list = list_for (&filter);
  g_test_message ("search “%s”: %u", typed, expected);
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected);
}

static gboolean
name_has (TxPerson   *person,
          const char *typed)
{
  return strstr (tx_person_get_name (person), typed) != NULL ||
         (tx_person_get_former_name (person) && strstr (tx_person_get_former_name (person), typed)) ||
         (tx_person_get_work_unit (person) && strstr (tx_person_get_work_unit (person), typed));
}

static gboolean
initials_start (TxPerson   *person,
                const char *typed)
{
  g_autofree char *a = tx_collate_name_initials (tx_person_get_name (person));
  g_autofree char *b = tx_collate_initials (tx_person_get_name (person));

  return g_str_has_prefix (a, typed) || g_str_has_prefix (b, typed);
}

static gboolean
pinyin_start (TxPerson   *person,
              const char *typed)
{
  g_autofree char *a = tx_collate_name_pinyin (tx_person_get_name (person));
  g_autofree char *b = tx_collate_pinyin (tx_person_get_name (person));

  return g_str_has_prefix (a, typed) || g_str_has_prefix (b, typed);
}

static gboolean
id_has (TxPerson   *person,
        const char *typed)
{
  return tx_person_get_document_number (person) != NULL &&
         strstr (tx_person_get_document_number (person), typed) != NULL;
}

static void
test_search (void)
{
  g_autoptr(GPtrArray) people = all_people ();
  TxPerson *someone = NULL;
  g_autofree char *surname = NULL;
  g_autofree char *initials = NULL;
  g_autofree char *pinyin = NULL;
  g_autofree char *id_part = NULL;

  for (guint i = 0; i < people->len && someone == NULL; i++)
    if (tx_person_get_document_number (g_ptr_array_index (people, i)) != NULL)
      someone = g_ptr_array_index (people, i);
  g_assert_nonnull (someone);

  surname = g_utf8_substring (tx_person_get_name (someone), 0, 1);
  initials = tx_collate_name_initials (tx_person_get_name (someone));
  pinyin = tx_collate_name_pinyin (tx_person_get_name (someone));
  pinyin[MIN (strlen (pinyin), 5)] = '\0';
  id_part = g_strndup (tx_person_get_document_number (someone) + 6, 8);

  check_search (people, surname, name_has);
  check_search (people, initials, initials_start);
  check_search (people, pinyin, pinyin_start);
  check_search (people, id_part, id_has);
}

static void
test_filters (void)
{
  g_autoptr(GPtrArray) people = all_people ();
  TxPersonFilter filter;
  guint in_category = 0, representative = 0, aged = 0;
  TxCivilDate today;

  tx_person_filter_init (&filter);
  today = filter.today;
  for (guint i = 0; i < people->len; i++)
    {
      TxPerson *person = g_ptr_array_index (people, i);
      TxCivilDate birth;

      in_category += tx_person_has_category (person, "03");
      representative += tx_person_get_representative (person);
      if (tx_person_get_birth_date (person) != NULL &&
          tx_civil_date_from_iso (tx_person_get_birth_date (person), &birth))
        {
          int age = tx_civil_date_age (&birth, &today);
          aged += age >= 40 && age <= 60;
        }
    }

  filter.status = NULL;
  filter.category = "03";
  {
    g_autoptr(TxRecordList) list = list_for (&filter);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, in_category);
  }
  filter.category = NULL;
  filter.representative = 1;
  {
    g_autoptr(TxRecordList) list = list_for (&filter);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, representative);
  }
  filter.representative = -1;
  filter.min_age = 40;
  filter.max_age = 60;
  {
    g_autoptr(TxRecordList) list = list_for (&filter);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, aged);
  }
  g_assert_cmpuint (in_category, >, 0);
  g_assert_cmpuint (representative, >, 0);
  g_assert_cmpuint (aged, >, 0);
}

static void
test_trash_and_reload (void)
{
  TxPersonFilter filter;
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(TxRecordList) trash = NULL;
  g_autoptr(TxPerson) first = NULL;
  g_autoptr(GError) error = NULL;
  guint before;

  tx_person_filter_init (&filter);
  filter.status = NULL;
  list = list_for (&filter);
  before = g_list_model_get_n_items (G_LIST_MODEL (list));
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);

  g_assert_true (tx_store_trash (db, TX_RECORD (first), &error));
  g_assert_true (tx_record_list_reload (list, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before - 1);

  filter.trash = TX_TRASH_ONLY;
  trash = list_for (&filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trash)), ==, 1);

  g_assert_true (tx_store_restore (db, TX_RECORD (first), &error));
  g_assert_true (tx_record_list_reload (list, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before);
}

/* ---- reading in the database's thread ---- */

typedef struct
{
  gboolean      done;
  TxRecordList *list;
  gboolean      applied;
  GError       *error;
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  g_clear_object (&outcome->list);
  g_clear_error (&outcome->error);
}

static void
on_new (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  Outcome *outcome = user_data;

  g_assert_null (source);
  outcome->list = tx_record_list_new_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static void
on_set_query (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->applied = tx_record_list_set_query_finish (TX_RECORD_LIST (source), result, &outcome->error);
  outcome->done = TRUE;
}

static void
wait_for (Outcome *outcome)
{
  while (!outcome->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
assert_same_ids (TxRecordList *a,
                 TxRecordList *b)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (a));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (tx_record_list_get_row_id (a, i), ==, tx_record_list_get_row_id (b, i));
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               gpointer    user_data)
{
  (*(guint *) user_data)++;
}

typedef struct
{
  guint n_signals;
  guint n_removed;
  guint n_added;
} ChangeLog;

static void
log_change (GListModel *model,
            guint       position,
            guint       removed,
            guint       added,
            gpointer    user_data)
{
  ChangeLog *log = user_data;

  /* never both at once: told of removed and added rows together, GTK
   * 4.8's list views and selections ask for every added row */
  g_assert_true (removed == 0 || added == 0);
  log->n_signals++;
  log->n_removed += removed;
  log->n_added += added;
}

/* A reload of the same query tells only of the rows that changed: three
 * people trashed are three rows removed, restored three rows added.
 * Another query starts the list again: all rows removed, then the new
 * ones added (a view goes back to its top). */
static void
test_reload_tells_changes (void)
{
  TxPersonFilter filter;
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(TxQuery) narrow = NULL;
  g_autoptr(GPtrArray) trashed = g_ptr_array_new_with_free_func (g_object_unref);
  ChangeLog log = { 0 };
  guint before, after;

  tx_person_filter_init (&filter);
  filter.status = NULL;
  list = list_for (&filter);
  before = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_signal_connect (list, "items-changed", G_CALLBACK (log_change), &log);
  for (guint i = 1; i <= 3; i++)
    {
      TxRecord *person = g_list_model_get_item (G_LIST_MODEL (list), i * before / 4);

      g_assert_true (tx_store_trash (db, person, NULL));
      g_ptr_array_add (trashed, person);
    }
  g_assert_true (tx_record_list_reload (list, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before - 3);
  g_assert_cmpuint (log.n_signals, ==, 3);
  g_assert_cmpuint (log.n_removed, ==, 3);
  g_assert_cmpuint (log.n_added, ==, 0);

  log = (ChangeLog) { 0 };
  for (guint i = 0; i < trashed->len; i++)
    g_assert_true (tx_store_restore (db, g_ptr_array_index (trashed, i), NULL));
  g_assert_true (tx_record_list_reload (list, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before);
  g_assert_cmpuint (log.n_removed, ==, 0);
  g_assert_cmpuint (log.n_added, ==, 3);

  log = (ChangeLog) { 0 };
  filter.search = "李";
  narrow = tx_person_filter_to_query (&filter);
  g_assert_true (tx_record_list_set_query (list, narrow, NULL));
  after = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (after, >, 0);
  g_assert_cmpuint (log.n_signals, ==, 2);
  g_assert_cmpuint (log.n_removed, ==, before);
  g_assert_cmpuint (log.n_added, ==, after);
}

/* The thread reads the ids the synchronous list reads, and the rows are
 * built from them on this thread. */
static void
test_async_same_ids (void)
{
  TxPersonFilter filter;
  const TxPersonSort sorts[] = { TX_PERSON_SORT_PINYIN, TX_PERSON_SORT_STROKES, TX_PERSON_SORT_BIRTH };
  const char *searches[] = { NULL, "王", "zh", "1965" };

  for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
    for (guint q = 0; q < G_N_ELEMENTS (searches); q++)
      {
        g_autoptr(TxRecordList) sync = NULL;
        g_autoptr(TxQuery) query = NULL;
        g_autoptr(TxRecord) first = NULL;
        Outcome outcome = { 0 };

        tx_person_filter_init (&filter);
        filter.sort = sorts[s];
        filter.search = searches[q];
        sync = list_for (&filter);
        query = tx_person_filter_to_query (&filter);
        tx_record_list_new_async (db, query, NULL, on_new, &outcome);
        g_assert_cmpuint (tx_database_get_n_reads (db), ==, 1);
        wait_for (&outcome);
        g_assert_no_error (outcome.error);
        g_assert_cmpuint (tx_database_get_n_reads (db), ==, 0);
        assert_same_ids (sync, outcome.list);
        if (g_list_model_get_n_items (G_LIST_MODEL (sync)) > 0)
          {
            g_autoptr(TxRecord) expected = g_list_model_get_item (G_LIST_MODEL (sync), 0);

            first = g_list_model_get_item (G_LIST_MODEL (outcome.list), 0);
            g_assert_cmpstr (tx_record_get_uuid (first), ==, tx_record_get_uuid (expected));
          }
        g_assert_true (tx_record_list_get_query (outcome.list) == query);
        outcome_clear (&outcome);
      }

  /* a list changed in place, when the read is applied: the new query's ids */
  {
    g_autoptr(TxRecordList) list = NULL;
    g_autoptr(TxRecordList) expected = NULL;
    g_autoptr(TxQuery) query = NULL;
    Outcome outcome = { 0 };
    guint changes = 0;

    tx_person_filter_init (&filter);
    list = list_for (&filter);
    filter.search = "李";
    expected = list_for (&filter);
    query = tx_person_filter_to_query (&filter);
    g_signal_connect (list, "items-changed", G_CALLBACK (count_changes), &changes);
    tx_record_list_set_query_async (list, query, NULL, on_set_query, &outcome);
    g_assert_cmpuint (changes, ==, 0);
    wait_for (&outcome);
    g_assert_no_error (outcome.error);
    g_assert_true (outcome.applied);
    g_assert_cmpuint (changes, >, 0);
    assert_same_ids (expected, list);
    g_assert_true (tx_record_list_get_query (list) == query);
  }
}

/* Cancelled, before or after the thread read: nothing changes. */
static void
test_async_cancelled (void)
{
  TxPersonFilter filter;
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(TxQuery) query = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Outcome outcome = { 0 };
  guint before;

  tx_person_filter_init (&filter);
  query = tx_person_filter_to_query (&filter);
  g_cancellable_cancel (cancellable);
  tx_record_list_new_async (db, query, cancellable, on_new, &outcome);
  wait_for (&outcome);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (outcome.list);
  outcome_clear (&outcome);

  list = list_for (&filter);
  before = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (before, >, 0);
  filter.search = "不会有这个人";
  g_clear_pointer (&query, tx_query_unref);
  query = tx_person_filter_to_query (&filter);
  g_clear_object (&cancellable);
  cancellable = g_cancellable_new ();
  outcome = (Outcome) { 0 };
  tx_record_list_set_query_async (list, query, cancellable, on_set_query, &outcome);
  /* the thread has done the read; its result waits for this thread */
  g_usleep (300 * 1000);
  g_cancellable_cancel (cancellable);
  wait_for (&outcome);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (outcome.applied);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before);
  g_assert_true (tx_record_list_get_query (list) != query);
  outcome_clear (&outcome);
  g_assert_cmpuint (tx_database_get_n_reads (db), ==, 0);
}

/* A search typed while the previous one is read: the older result is
 * dropped (its read cancelled) and the newer one shows. */
static void
test_async_stale (void)
{
  TxPersonFilter filter;
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(TxRecordList) expected = NULL;
  g_autoptr(TxQuery) older = NULL;
  g_autoptr(TxQuery) newer = NULL;
  g_autoptr(GCancellable) first = g_cancellable_new ();
  g_autoptr(GCancellable) second = g_cancellable_new ();
  Outcome a = { 0 }, b = { 0 };

  tx_person_filter_init (&filter);
  list = list_for (&filter);
  filter.search = "张";
  older = tx_person_filter_to_query (&filter);
  filter.search = "王";
  newer = tx_person_filter_to_query (&filter);
  expected = list_for (&filter);

  tx_record_list_set_query_async (list, older, first, on_set_query, &a);
  g_cancellable_cancel (first);
  tx_record_list_set_query_async (list, newer, second, on_set_query, &b);
  wait_for (&a);
  wait_for (&b);
  g_assert_error (a.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_no_error (b.error);
  g_assert_true (b.applied);
  assert_same_ids (expected, list);
  g_assert_true (tx_record_list_get_query (list) == newer);
  outcome_clear (&a);
  outcome_clear (&b);
}

/* The database dropped by its owner while a read runs (a window closed):
 * the read completes, and then everything goes. */
static void
test_async_owner_gone (void)
{
  g_autofree char *path = g_strdup (tx_database_get_path (db));
  g_autoptr(GError) error = NULL;
  TxDatabase *other = tx_database_open (path, &error);
  TxPersonFilter filter;
  g_autoptr(TxQuery) query = NULL;
  Outcome outcome = { 0 };
  GObject *weak;

  g_assert_no_error (error);
  weak = G_OBJECT (other);
  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  tx_person_filter_init (&filter);
  query = tx_person_filter_to_query (&filter);
  tx_record_list_new_async (other, query, NULL, on_new, &outcome);
  g_object_unref (other);
  g_assert_nonnull (weak);   /* the read holds it */
  wait_for (&outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (outcome.list)), >, 0);
  outcome_clear (&outcome);
  /* the thread drops its task just after the callback */
  for (guint i = 0; i < 1000 && weak != NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_null (weak);
}

/* ---- rows read in blocks ------------------------------------------------------ */

static int
count_begins (unsigned  type,
              void     *data,
              void     *stmt,
              void     *sql)
{
  if (g_str_has_prefix (sql, "BEGIN"))
    (*(guint *) data)++;
  return 0;
}

/* A view asks for its rows one after the other: they are built a block at
 * a time, each block in one read transaction (none left open), each row
 * the one its position lists; inside the caller's transaction no other is
 * begun or ended. */
static void
test_rows_read_in_blocks (void)
{
  TxPersonFilter filter;
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n, begins = 0;

  tx_person_filter_init (&filter);
  filter.status = NULL;
  list = list_for (&filter);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >, 100);
  sqlite3_trace_v2 (tx_database_get_handle (db), SQLITE_TRACE_STMT, count_begins, &begins);
  for (guint i = 0; i < n - 1; i++)
    {
      TxRecord *record = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_cmpint (tx_record_get_row_id (record), ==, tx_record_list_get_row_id (list, i));
      g_ptr_array_add (held, record);
      g_assert_false (tx_database_in_transaction (db));
    }
  /* a transaction for each block of rows, not for each row */
  g_assert_cmpuint (begins, >, 0);
  g_assert_cmpuint (begins, <=, n / 8);

  begins = 0;
  g_assert_true (tx_database_begin (db, &error));
  {
    g_autoptr(TxRecord) last = g_list_model_get_item (G_LIST_MODEL (list), n - 1);

    g_assert_cmpint (tx_record_get_row_id (last), ==, tx_record_list_get_row_id (list, n - 1));
  }
  g_assert_true (tx_database_in_transaction (db));
  g_assert_true (tx_database_commit (db, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (begins, ==, 1);   /* the caller's own */
  sqlite3_trace_v2 (tx_database_get_handle (db), 0, NULL, NULL);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  db_dir = tx_test_make_temp_dir ("list");
  db = tx_test_open_demo_database (db_dir, PEOPLE, 3);

  g_test_add_func ("/record-list/all-live", test_all_live_in_register);
  g_test_add_func ("/record-list/sort-orders", test_sort_orders);
  g_test_add_func ("/record-list/search", test_search);
  g_test_add_func ("/record-list/filters", test_filters);
  g_test_add_func ("/record-list/trash-and-reload", test_trash_and_reload);
  g_test_add_func ("/record-list/reload-tells-changes", test_reload_tells_changes);
  g_test_add_func ("/record-list/rows-read-in-blocks", test_rows_read_in_blocks);
  g_test_add_func ("/record-list/async/same-ids", test_async_same_ids);
  g_test_add_func ("/record-list/async/cancelled", test_async_cancelled);
  g_test_add_func ("/record-list/async/stale", test_async_stale);
  g_test_add_func ("/record-list/async/owner-gone", test_async_owner_gone);

  status = g_test_run ();
  g_clear_object (&db);
  tx_test_remove_tree (db_dir);
  g_free (db_dir);
  return status;
}
