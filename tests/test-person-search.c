/* test-person-search.c — one answer whichever index gives it
 *
 * A person is searched through the trigram index (3 characters and more),
 * the in-memory keys (1 and 2), with pinyin initials, pinyin and ID digits
 * among them; each answer is compared, person by person, with a matcher
 * written here over the records themselves. Also: people not yet in the
 * trigram index (changed without tx_database_commit()), the bulk mode of
 * importers, and the database's reading thread.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "core/db/tx-search-index.h"
#include "core/db/tx-store.h"
#include "core/model/tx-person.h"
#include "core/model/tx-person-filter.h"
#include "core/model/tx-person-search.h"
#include "core/model/tx-record-list.h"
#include "core/text/tx-collate.h"
#include "tx-test-util.h"

#define PEOPLE 600

static char *db_dir;
static TxDatabase *db;

/* ---- the matcher, from the records ---------------------------------------- */

static gboolean
contains (const char *haystack,
          const char *needle)
{
  return haystack != NULL && strstr (haystack, needle) != NULL;
}

/* a reading of the name (surname reading or everyday one) starts with @lower */
static gboolean
reading_starts (char       *surname_form,
                char       *everyday_form,
                const char *lower)
{
  g_autofree char *a = surname_form;
  g_autofree char *b = everyday_form;

  return g_str_has_prefix (a, lower) || g_str_has_prefix (b, lower);
}

static gboolean
name_matches (TxPerson   *person,
              const char *text)
{
  const char *name = tx_person_get_name (person);
  g_autofree char *lower = g_utf8_strdown (text, -1);

  return contains (name, text) ||
         reading_starts (tx_collate_name_pinyin (name), tx_collate_pinyin (name), lower) ||
         reading_starts (tx_collate_name_initials (name), tx_collate_initials (name), lower);
}

static gboolean
all_matches (TxPerson   *person,
             const char *text)
{
  g_autofree char *upper = g_utf8_strup (text, -1);

  return name_matches (person, text) ||
         contains (tx_person_get_former_name (person), text) ||
         contains (tx_person_get_document_number (person), upper) ||
         contains (tx_person_get_phone (person), text) ||
         contains (tx_person_get_phone_other (person), text) ||
         contains (tx_person_get_work_unit (person), text);
}

/* ---- what the program answers --------------------------------------------- */

static GPtrArray *
live_people (void)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (tx_database_get_handle (db),
                                       "SELECT uuid FROM person WHERE trashed IS NULL ORDER BY uuid",
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

/* the uuids of @people that @matches, sorted, one a line */
static char *
expected_uuids (GPtrArray  *people,
                const char *typed,
                gboolean  (*matches) (TxPerson *person, const char *text))
{
  g_autofree char *text = g_strstrip (g_strdup (typed));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < people->len; i++)
    if (matches (g_ptr_array_index (people, i), text))
      g_string_append_printf (out, "%s\n", tx_record_get_uuid (g_ptr_array_index (people, i)));
  return g_string_free (out, FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
sorted_lines (GPtrArray *uuids)
{
  GString *out = g_string_new (NULL);

  g_ptr_array_sort (uuids, compare_strings);
  for (guint i = 0; i < uuids->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (uuids, i));
  return g_string_free (out, FALSE);
}

static char *
list_uuids (TxRecordList *list)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(TxRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_ptr_array_add (uuids, g_strdup (tx_record_get_uuid (record)));
    }
  return sorted_lines (uuids);
}

static TxQuery *
archive_query (const char *typed)
{
  TxPersonFilter filter;

  tx_person_filter_init (&filter);
  filter.status = NULL;
  filter.search = typed;
  return tx_person_filter_to_query (&filter);
}

static char *
archive_uuids (const char *typed)
{
  g_autoptr(TxQuery) query = archive_query (typed);
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecordList) list = tx_record_list_new (db, query, &error);

  g_assert_no_error (error);
  return list_uuids (list);
}

/* the search of the pages that find people by name (visits, pairings) */
static char *
names_uuids (const char *typed)
{
  g_autoptr(TxQuery) query = tx_query_new (TX_TYPE_PERSON);
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecordList) list = NULL;

  tx_person_search_add_condition (query, NULL, TX_SEARCH_SCOPE_NAMES, typed);
  list = tx_record_list_new (db, query, &error);
  g_assert_no_error (error);
  return list_uuids (list);
}

/* the same uuids (compared by count first: the lists are long) */
static void
assert_same (const char *typed,
             const char *found,
             const char *expected)
{
  if (strcmp (found, expected) != 0)
    g_error ("“%s”: %zu found, %zu expected, or other people", typed, strlen (found) / 37, strlen (expected) / 37);
}

static void
check (GPtrArray  *people,
       const char *typed)
{
  g_autofree char *all = expected_uuids (people, typed, all_matches);
  g_autofree char *names = expected_uuids (people, typed, name_matches);
  g_autofree char *archive = archive_uuids (typed);
  g_autofree char *by_name = names_uuids (typed);

  /* a uuid and its newline are 37 bytes */
  g_test_message ("“%s”: %zu in the archive, %zu by name", typed, strlen (all) / 37, strlen (names) / 37);
  assert_same (typed, archive, all);
  assert_same (typed, by_name, names);
}

/* ---- the queries ------------------------------------------------------------ */

/* what people type, taken from person @i: every path and its edges */
static GPtrArray *
queries_from (TxPerson *person)
{
  GPtrArray *queries = g_ptr_array_new_with_free_func (g_free);
  const char *name = tx_person_get_name (person);
  const char *id = tx_person_get_document_number (person);
  const char *phone = tx_person_get_phone (person);
  const char *unit = tx_person_get_work_unit (person);
  g_autofree char *initials = tx_collate_name_initials (name);
  g_autofree char *pinyin = tx_collate_name_pinyin (name);

  g_ptr_array_add (queries, g_utf8_substring (name, 0, 1));                 /* 1 character */
  g_ptr_array_add (queries, g_utf8_substring (name, 0, 2));                 /* 2 */
  g_ptr_array_add (queries, g_strdup (name));                               /* the name, 2–3 */
  g_ptr_array_add (queries, g_utf8_substring (name, 1, g_utf8_strlen (name, -1)));   /* given name */
  g_ptr_array_add (queries, g_strndup (initials, 2));                       /* initials, short */
  g_ptr_array_add (queries, g_strdup (initials));                           /* and long */
  g_ptr_array_add (queries, g_strndup (pinyin, 3));                         /* pinyin */
  g_ptr_array_add (queries, g_strndup (pinyin, 6));
  g_ptr_array_add (queries, g_ascii_strup (pinyin, MIN (strlen (pinyin), 6)));  /* typed in capitals */
  g_ptr_array_add (queries, g_strdup_printf ("  %s ", name));               /* spaces round */
  /* an 18-digit ID number (not a passport or permit number) */
  if (id != NULL && strlen (id) == 18)
    {
      g_ptr_array_add (queries, g_strndup (id + 6, 8));                     /* 8 ID digits */
      g_ptr_array_add (queries, g_strndup (id + 10, 2));                    /* 2 */
      g_ptr_array_add (queries, g_utf8_strdown (id + 14, -1));              /* an x in lower case */
    }
  if (phone != NULL && strlen (phone) >= 4)
    g_ptr_array_add (queries, g_strdup (phone + strlen (phone) - 4));       /* 4 phone digits */
  if (unit != NULL)
    {
      glong length = g_utf8_strlen (unit, -1);

      g_ptr_array_add (queries, g_utf8_substring (unit, 0, MIN (length, 2)));
      g_ptr_array_add (queries, g_utf8_substring (unit, MIN (length, 1), MIN (length, 5)));
    }
  return queries;
}

static void
test_paths_agree (void)
{
  g_autoptr(GPtrArray) people = live_people ();
  const char *fixed[] = { "1", "x", "没有这个人", "\"张", "张\"伟\"", "a AND b", "NEAR(", "*", "zw*", "",
                          "\x1f", "社区", "有限公司" };
  /* not UTF-8 (no entry gives it): answered, without an error */
  const char *invalid[] = { "张\xf0", "\xe5\xbc", "\xe5\xbc\xa0\xe5" };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    check (people, fixed[i]);
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_free (archive_uuids (invalid[i]));
  for (guint i = 0; i < people->len; i += people->len / 12)
    {
      g_autoptr(GPtrArray) queries = queries_from (g_ptr_array_index (people, i));

      for (guint q = 0; q < queries->len; q++)
        check (people, g_ptr_array_index (queries, q));
    }
}

/* A person changed without tx_database_commit() (autocommit SQL) is not
 * in the trigram index yet: found all the same, and by the new name only. */
static void
test_stale_rows (void)
{
  g_autoptr(GPtrArray) people = NULL;

  g_assert_true (tx_database_exec (db, "UPDATE person SET name = '欧阳测试' WHERE id = (SELECT min(id) FROM person"
                                   " WHERE trashed IS NULL)", NULL));
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_search_stale", NULL), ==, 1);
  people = live_people ();
  check (people, "欧阳测试");
  check (people, "阳测试");
  check (people, "欧阳");
  check (people, "测");

  /* the next commit brings the index up to date */
  g_assert_true (tx_database_begin (db, NULL));
  g_assert_true (tx_database_commit (db, NULL));
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_search_stale", NULL), ==, 0);
  check (people, "欧阳测试");
}

/* Latin letters within Chinese text (a work unit, a former name): the
 * short-query path keeps fields of plain ASCII apart from the others, and
 * must find a Latin needle in either, a Chinese one within a mixed field,
 * and none across two fields. */
static void
test_mixed_fields (void)
{
  g_autoptr(GPtrArray) people = NULL;
  const char *typed[] = { "ab", "AB", "c科", "科", "li", "雷", "i李", "q", "技1", "-李" };

  g_assert_true (tx_database_exec (db, "UPDATE person SET work_unit = 'ABC科技', former_name = 'Li李雷'"
                                   " WHERE id = (SELECT max(id) FROM person WHERE trashed IS NULL)", NULL));
  g_assert_true (tx_database_exec (db, "UPDATE person SET work_unit = 'Qīng 青', phone = '1', former_name = NULL"
                                   " WHERE id = (SELECT min(id) FROM person WHERE trashed IS NULL)", NULL));
  people = live_people ();
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    check (people, typed[i]);
}

/* begin_bulk … end_bulk: no stale rows noted, the index rebuilt whole */
static void
test_bulk (void)
{
  g_autoptr(GPtrArray) people = NULL;

  g_assert_true (tx_database_begin (db, NULL));
  g_assert_true (tx_search_index_begin_bulk (db, NULL));
  g_assert_true (tx_database_exec (db, "UPDATE person SET work_unit = '同心批量导入测试有限公司'"
                                   " WHERE id % 7 = 0", NULL));
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_search_stale", NULL), ==, 0);
  g_assert_true (tx_search_index_end_bulk (db, NULL));
  g_assert_true (tx_database_commit (db, NULL));
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_fts", NULL), ==,
                   tx_test_count (db, "SELECT count(*) FROM person", NULL));
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                                  " AND name LIKE 'person_search_%'", NULL), ==, 3);
  people = live_people ();
  check (people, "批量导入");
  check (people, "同心");

  /* the triggers are back */
  g_assert_true (tx_database_exec (db, "UPDATE person SET phone = '13900000000' WHERE id = 1", NULL));
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person_search_stale", NULL), ==, 1);
}

static void
on_list (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  TxRecordList **list = user_data;

  *list = tx_record_list_new_finish (result, &error);
  g_assert_no_error (error);
}

static char *
async_archive_uuids (const char *typed)
{
  g_autoptr(TxQuery) query = archive_query (typed);
  g_autoptr(TxRecordList) list = NULL;

  tx_record_list_new_async (db, query, NULL, on_list, &list);
  while (list == NULL)
    g_main_context_iteration (NULL, TRUE);
  return list_uuids (list);
}

/* The reading thread's connection keeps keys of its own: a person saved on
 * the main connection is found there at once, under the new name only. */
static void
test_reader_sees_changes (void)
{
  g_autoptr(GPtrArray) before = live_people ();
  TxPerson *person = g_ptr_array_index (before, before->len / 2);
  g_autofree char *old_name = g_strdup (tx_person_get_name (person));
  g_autofree char *expected = NULL;
  g_autofree char *found = NULL;
  g_autoptr(GPtrArray) after = NULL;

  found = async_archive_uuids ("鑫");        /* builds the reader's keys */
  g_free (found);
  tx_person_set_name (person, "鑫淼");
  g_assert_true (tx_store_save (db, TX_RECORD (person), 0, NULL));
  after = live_people ();
  for (guint i = 0; i < 2; i++)
    {
      const char *typed = i == 0 ? "鑫" : "淼";

      expected = expected_uuids (after, typed, all_matches);
      found = async_archive_uuids (typed);
      g_assert_cmpstr (found, ==, expected);
      g_clear_pointer (&expected, g_free);
      g_clear_pointer (&found, g_free);
    }
  expected = expected_uuids (after, old_name, all_matches);
  found = async_archive_uuids (old_name);
  g_assert_cmpstr (found, ==, expected);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  db_dir = tx_test_make_temp_dir ("search");
  db = tx_test_open_demo_database (db_dir, PEOPLE, 5);

  g_test_add_func ("/person-search/paths-agree", test_paths_agree);
  g_test_add_func ("/person-search/stale-rows", test_stale_rows);
  g_test_add_func ("/person-search/bulk", test_bulk);
  g_test_add_func ("/person-search/mixed-fields", test_mixed_fields);
  g_test_add_func ("/person-search/reader-sees-changes", test_reader_sees_changes);

  status = g_test_run ();
  g_clear_object (&db);
  tx_test_remove_tree (db_dir);
  g_free (db_dir);
  return status;
}
