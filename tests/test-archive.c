/* test-archive.c — the archive page and the person picker on a demo database
 *
 * Every count the page shows is compared with a direct SQL count or with a
 * count computed here in C from the rows themselves.
 *
 * With TX_SCREENSHOT_DIR set, the page is also saved as PNGs there.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "core/text/tx-civil-date.h"
#include "core/text/tx-collate.h"
#include "core/demo/tx-demo.h"
#include "core/model/tx-person.h"
#include "core/model/tx-community.h"
#include "core/db/tx-store.h"
#include "app/tx-app-util.h"
#include "app/pages/tx-archive-page.h"
#include "core/text/tx-i18n.h"
#include "app/pages/tx-page.h"
#include "app/editors/tx-person-editor.h"
#include "app/widgets/tx-person-picker.h"
#include "app/widgets/tx-code-drop-down.h"
#include "tx-test-gtk-util.h"

static TxDatabase *db;
static char *tmp_dir;
static GtkWindow *window;
static TxArchivePage *page;

/* ---- helpers ---------------------------------------------------------------- */

static gboolean
page_idle (gpointer data)
{
  return !tx_record_list_page_get_loading (TX_RECORD_LIST_PAGE (data));
}

static void
wait_page (void)
{
  tx_test_wait_for (page_idle, page);
  /* let the view build its rows */
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* a widget of the archive's template, or of its base's (the count, the
 * list) */
static gpointer
child (const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (page), TX_TYPE_ARCHIVE_PAGE, name);

  if (object == NULL)
    object = gtk_widget_get_template_child (GTK_WIDGET (page), TX_TYPE_RECORD_LIST_PAGE, name);

  g_assert_nonnull (object);
  return object;
}

#define IN_REGISTER "FROM person WHERE trashed IS NULL AND status = '1'"

static guint
shown (void)
{
  return tx_archive_page_get_n_people (page);
}

static void
reset_filters (void)
{
  g_signal_emit_by_name (child ("reset_button"), "clicked");
  tx_page_set_search (TX_PAGE (page), NULL);
  gtk_drop_down_set_selected (child ("sort_drop"), 0);
  wait_page ();
}

static TxPerson *
item_at (guint position)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (child ("view")));

  return g_list_model_get_item (model, position);
}

/* ---- counts and search -------------------------------------------------------- */

static void
test_count (void)
{
  g_autofree char *label = NULL;
  gint64 expected = tx_test_count (db, "SELECT count(*) " IN_REGISTER, NULL);

  reset_filters ();
  g_assert_cmpint (expected, >, 400);
  g_assert_cmpuint (shown (), ==, expected);
  label = g_strdup_printf ("%" G_GINT64_FORMAT, expected);
  g_assert_nonnull (strstr (gtk_label_get_label (child ("count_label")), label));
}

static gboolean
contains (const char *haystack,
          const char *needle)
{
  return haystack != NULL && strstr (haystack, needle) != NULL;
}

/* What the search promises, computed in C from the rows: a part of the name,
 * former name, phone or work unit; the start of a pinyin or initials form of
 * the name; a part of the ID number. */
static GHashTable *
uuids_matching (const char *query)
{
  g_autofree char *lower = g_utf8_strdown (query, -1);
  g_autofree char *upper = g_utf8_strup (query, -1);
  GHashTable *uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (tx_database_get_handle (db),
                                       "SELECT name, former_name, document_number, phone, phone_other, work_unit, uuid "
                                       IN_REGISTER, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      g_auto(GStrv) terms = tx_collate_name_search_terms (name);
      gboolean match = contains (name, query)
                       || contains ((const char *) sqlite3_column_text (stmt, 1), query)
                       || contains ((const char *) sqlite3_column_text (stmt, 2), upper)
                       || contains ((const char *) sqlite3_column_text (stmt, 3), query)
                       || contains ((const char *) sqlite3_column_text (stmt, 4), query)
                       || contains ((const char *) sqlite3_column_text (stmt, 5), query);

      for (guint i = 0; !match && terms[i] != NULL; i++)
        match = g_str_has_prefix (terms[i], lower);
      if (match)
        g_hash_table_add (uuids, g_strdup ((const char *) sqlite3_column_text (stmt, 6)));
    }
  sqlite3_finalize (stmt);
  return uuids;
}

static guint
count_matching (const char *query)
{
  g_autoptr(GHashTable) uuids = uuids_matching (query);

  return g_hash_table_size (uuids);
}

static void
check_search (const char *query)
{
  guint expected = count_matching (query);

  tx_page_set_search (TX_PAGE (page), query);
  wait_page ();
  g_test_message ("search “%s”: %u people", query, expected);
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (shown (), ==, expected);
}

static void
test_search (void)
{
  g_autofree char *name = tx_test_dup_existing_text (db, "SELECT name " IN_REGISTER " AND length(name) >= 2 ORDER BY id LIMIT 1 OFFSET 7", NULL);
  g_autofree char *initials = tx_collate_name_initials (name);
  g_autofree char *document = tx_test_dup_existing_text (db, "SELECT substr(document_number, 7, 8) " IN_REGISTER
                                        " AND length(document_number) = 18 ORDER BY id LIMIT 1 OFFSET 3", NULL);
  g_autofree char *surname = g_utf8_substring (name, 0, 1);
  guint all;

  reset_filters ();
  all = shown ();
  check_search (name);
  g_assert_cmpuint (shown (), <, all);
  check_search (surname);
  check_search (initials);
  check_search (document);
  /* in the pinyin of a name */
  {
    g_autofree char *pinyin = tx_collate_name_pinyin (name);
    check_search (pinyin);
  }
  tx_page_set_search (TX_PAGE (page), "");
  wait_page ();
  g_assert_cmpuint (shown (), ==, all);
}

/* Every change of the view's rows while the searches run */
typedef struct {
  guint       n_changes;
  guint       n_added_other;   /* rows added that are not the newest search's */
  guint       expected;
  GHashTable *newest;          /* the uuids the newest search finds */
} ChangeLog;

/* Another search's rows are inserted ahead of the old ones, which go
 * next: every row added must be one of the newest search's. */
static void
on_view_items_changed (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       ChangeLog  *log)
{
  log->n_changes++;
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(TxRecord) row = g_list_model_get_item (model, position + i);

      if (!g_hash_table_contains (log->newest, tx_record_get_uuid (row)))
        log->n_added_other++;
    }
}

/* A search started while another reads cancels it: only the newest result
 * reaches the view, in the same selection model. */
static void
test_newest_search (void)
{
  g_autofree char *name = tx_test_dup_existing_text (db, "SELECT name " IN_REGISTER " AND length(name) >= 2 ORDER BY id LIMIT 1 OFFSET 11", NULL);
  g_autofree char *surname = g_utf8_substring (name, 0, 1);
  g_autoptr(GHashTable) newest = uuids_matching (name);
  GtkSelectionModel *model;
  ChangeLog log = { 0, 0, g_hash_table_size (newest), newest };
  gulong handler;
  guint reads;

  reset_filters ();
  reads = tx_database_get_n_reads (db);
  g_assert_cmpuint (log.expected, >, 0);
  g_assert_cmpuint (count_matching (surname), !=, log.expected);
  g_assert_cmpuint (shown (), !=, log.expected);
  model = gtk_column_view_get_model (child ("view"));
  handler = g_signal_connect (model, "items-changed", G_CALLBACK (on_view_items_changed), &log);

  /* the older search starts reading now, and the newer one before any
   * result of it can come back to the main loop */
  tx_page_set_search (TX_PAGE (page), surname);
  tx_page_reload (TX_PAGE (page));
  g_assert_true (tx_record_list_page_get_loading (TX_RECORD_LIST_PAGE (page)));
  tx_page_set_search (TX_PAGE (page), name);
  tx_page_reload (TX_PAGE (page));
  /* the newer is read without waiting for the older to finish */
  g_assert_cmpuint (tx_database_get_n_reads (db), ==, reads + 2);
  wait_page ();
  g_signal_handler_disconnect (model, handler);

  g_assert_true (gtk_column_view_get_model (child ("view")) == model);
  g_assert_cmpuint (log.n_changes, >, 0);
  g_assert_cmpuint (log.n_added_other, ==, 0);
  g_assert_cmpuint (shown (), ==, log.expected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, log.expected);
  for (guint i = 0; i < log.expected; i++)
    {
      g_autoptr(TxPerson) person = item_at (i);

      g_assert_true (g_hash_table_contains (newest, tx_record_get_uuid (TX_RECORD (person))));
    }
  reset_filters ();
}

/* ---- filters ------------------------------------------------------------------ */

static guint
position_of (GtkDropDown *drop,
             const char  *text)
{
  GListModel *model = gtk_drop_down_get_model (drop);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
      return i;
  g_assert_not_reached ();
}

static gboolean
drop_down_lists (GtkDropDown *drop,
                 const char  *text)
{
  GListModel *model = gtk_drop_down_get_model (drop);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
      return TRUE;
  return FALSE;
}

/* The community drop-down follows the database while a search is shown
 * (a search alone does not read the communities again, the change's
 * reload does), and through the next searches. */
static void
test_communities_follow_database (void)
{
  g_autoptr(TxCommunity) community = tx_community_new ();
  g_autoptr(GError) error = NULL;
  const char *name = "测试新增社区";

  reset_filters ();
  tx_page_set_search (TX_PAGE (page), "张");
  wait_page ();
  g_assert_false (drop_down_lists (child ("community_drop"), name));
  tx_community_set_name (community, name);
  g_assert_true (tx_store_save (db, TX_RECORD (community), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  tx_test_wait_for_loads (db);
  wait_page ();
  g_assert_true (drop_down_lists (child ("community_drop"), name));
  tx_page_set_search (TX_PAGE (page), "张伟");
  wait_page ();
  g_assert_true (drop_down_lists (child ("community_drop"), name));
  g_assert_true (tx_store_trash (db, TX_RECORD (community), &error));
  g_assert_no_error (error);
  reset_filters ();
}

static void
check_filter (const char *what,
              gint64      expected)
{
  wait_page ();
  g_test_message ("%s: %" G_GINT64_FORMAT " people", what, expected);
  g_assert_cmpint (expected, >, 0);
  g_assert_cmpuint (shown (), ==, expected);
  reset_filters ();
  g_assert_null (tx_code_drop_down_get_code (child ("category_drop")));
  g_assert_cmpuint (shown (), ==, tx_test_count (db, "SELECT count(*) " IN_REGISTER, NULL));
}

/* Age on @today of a birth date written 1965-03-12 or 1965-03: a missing
 * month or day counts as the earliest one. */
static int
age_of (const char        *birth,
        const TxCivilDate *today)
{
  int year = 0, month = 0, day = 0;

  sscanf (birth, "%d-%d-%d", &year, &month, &day);
  return today->year - year - ((month > today->month || (month == today->month && day > today->day)) ? 1 : 0);
}

static gint64
count_ages (int min_age,
            int max_age)
{
  TxCivilDate today;
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  tx_civil_date_today (&today);
  g_assert_cmpint (sqlite3_prepare_v2 (tx_database_get_handle (db),
                                       "SELECT birth_date " IN_REGISTER " AND birth_date IS NOT NULL",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int age = age_of ((const char *) sqlite3_column_text (stmt, 0), &today);

      n += age >= min_age && age <= max_age;
    }
  sqlite3_finalize (stmt);
  return n;
}

static void
test_filters (void)
{
  g_autofree char *community = tx_test_dup_existing_text (db, "SELECT c.name FROM person p JOIN community c ON c.uuid = p.community"
                                         " WHERE p.trashed IS NULL AND p.status = '1' ORDER BY p.id LIMIT 1", NULL);
  g_autofree char *community_uuid = tx_test_dup_existing_text (db, "SELECT uuid FROM community WHERE name = (SELECT c.name FROM person p"
                                              " JOIN community c ON c.uuid = p.community WHERE p.trashed IS NULL"
                                              " AND p.status = '1' ORDER BY p.id LIMIT 1)", NULL);

  reset_filters ();

  tx_code_drop_down_set_code (child ("category_drop"), "03");
  check_filter ("category 03", tx_test_count (db, "SELECT count(*) " IN_REGISTER " AND EXISTS (SELECT 1 FROM person_category pc"
                                          " WHERE pc.owner = person.uuid AND pc.category = '03')", NULL));

  gtk_drop_down_set_selected (child ("community_drop"), position_of (child ("community_drop"), community));
  check_filter ("community", tx_test_count (db, "SELECT count(*) " IN_REGISTER " AND community = ?", community_uuid));

  tx_code_drop_down_set_code (child ("political_drop"), "05");
  check_filter ("political 05", tx_test_count (db, "SELECT count(*) " IN_REGISTER " AND political_status = '05'", NULL));

  tx_code_drop_down_set_code (child ("ethnicity_drop"), "03");
  check_filter ("ethnicity 03", tx_test_count (db, "SELECT count(*) " IN_REGISTER " AND ethnicity = '03'", NULL));

  gtk_spin_button_set_value (child ("min_age_spin"), 40);
  gtk_spin_button_set_value (child ("max_age_spin"), 60);
  check_filter ("age 40–60", count_ages (40, 60));

  gtk_spin_button_set_value (child ("min_age_spin"), 70);
  check_filter ("age 70 and over", count_ages (70, 1000));

  gtk_check_button_set_active (child ("representative_check"), TRUE);
  check_filter ("representative", tx_test_count (db, "SELECT count(*) " IN_REGISTER " AND representative = 1", NULL));

  gtk_check_button_set_active (child ("key_person_check"), TRUE);
  check_filter ("key person", tx_test_count (db, "SELECT count(*) " IN_REGISTER " AND key_person = 1", NULL));

  tx_code_drop_down_set_code (child ("role_drop"), "1");
  check_filter ("deputies", tx_test_count (db, "SELECT count(*) " IN_REGISTER " AND EXISTS (SELECT 1 FROM person_role pr"
                                       " WHERE pr.owner = person.uuid AND pr.kind = '1')", NULL));
  tx_code_drop_down_set_code (child ("role_drop"), "2");
  check_filter ("CPPCC members", tx_test_count (db, "SELECT count(*) " IN_REGISTER " AND EXISTS (SELECT 1 FROM person_role pr"
                                            " WHERE pr.owner = person.uuid AND pr.kind = '2')", NULL));

  tx_code_drop_down_set_code (child ("status_drop"), NULL);
  check_filter ("any status", tx_test_count (db, "SELECT count(*) FROM person WHERE trashed IS NULL", NULL));
  tx_code_drop_down_set_code (child ("status_drop"), "2");
  check_filter ("moved away", tx_test_count (db, "SELECT count(*) FROM person WHERE trashed IS NULL AND status = '2'", NULL));

  /* two at once */
  tx_code_drop_down_set_code (child ("category_drop"), "03");
  gtk_check_button_set_active (child ("representative_check"), TRUE);
  check_filter ("category 03 and representative",
                tx_test_count (db, "SELECT count(*) " IN_REGISTER " AND representative = 1 AND EXISTS (SELECT 1 FROM"
                           " person_category pc WHERE pc.owner = person.uuid AND pc.category = '03')", NULL));
}

/* ---- sorting ------------------------------------------------------------------ */

typedef struct
{
  char   *key;
  gint64  id;
  char   *name;
} Row;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *x = a, *y = b;
  int c = strcmp (x->key, y->key);

  return c != 0 ? c : (x->id > y->id) - (x->id < y->id);
}

static void
check_order (guint   sort,
             char *(*key_func) (const char *))
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  sqlite3_stmt *stmt = NULL;

  gtk_drop_down_set_selected (child ("sort_drop"), sort);
  wait_page ();

  g_assert_cmpint (sqlite3_prepare_v2 (tx_database_get_handle (db), "SELECT id, name " IN_REGISTER,
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      Row row = { key_func (name), sqlite3_column_int64 (stmt, 0), g_strdup (name) };

      g_array_append_val (rows, row);
    }
  sqlite3_finalize (stmt);
  g_array_sort (rows, compare_rows);

  g_assert_cmpuint (shown (), ==, rows->len);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(TxPerson) person = item_at (i);

      g_assert_cmpstr (tx_person_get_name (person), ==, g_array_index (rows, Row, i).name);
    }
  for (guint i = 0; i < rows->len; i++)
    {
      g_free (g_array_index (rows, Row, i).key);
      g_free (g_array_index (rows, Row, i).name);
    }
}

static void
test_sort (void)
{
  reset_filters ();
  check_order (0, tx_collate_pinyin_key);
  check_order (1, tx_collate_stroke_key);
  reset_filters ();
}

/* ---- phones ------------------------------------------------------------------- */

static void
collect_labels (GtkWidget *widget,
                GString   *texts)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "|%s|", gtk_label_get_label (GTK_LABEL (widget)));
  else if (GTK_IS_INSCRIPTION (widget))   /* the cells */
    g_string_append_printf (texts, "|%s|", gtk_inscription_get_text (GTK_INSCRIPTION (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, texts);
}

static gboolean
view_shows (const char *text)
{
  g_autoptr(GString) texts = g_string_new (NULL);
  g_autofree char *needle = g_strdup_printf ("|%s|", text);

  collect_labels (child ("view"), texts);
  return strstr (texts->str, needle) != NULL;
}

static gboolean
shows_text (gpointer data)
{
  return view_shows (data);
}

static void
test_phone (void)
{
  g_autofree char *phone = NULL;
  g_autofree char *masked = NULL;

  reset_filters ();
  for (guint i = 0; i < 10 && phone == NULL; i++)
    {
      g_autoptr(TxPerson) person = item_at (i);

      if (tx_person_get_phone (person) != NULL && strlen (tx_person_get_phone (person)) >= 11)
        phone = g_strdup (tx_person_get_phone (person));
    }
  g_assert_nonnull (phone);
  masked = tx_mask_phone (phone);
  g_assert_cmpstr (masked, !=, phone);

  tx_test_wait_for (shows_text, masked);
  g_assert_false (view_shows (phone));

  gtk_toggle_button_set_active (child ("reveal_phone_toggle"), TRUE);
  if (!tx_test_wait_until (shows_text, phone))
    {
      g_autoptr(GString) texts = g_string_new (NULL);
      collect_labels (child ("view"), texts);
      g_test_message ("%s", texts->str);
      g_assert_not_reached ();
    }
  g_assert_false (view_shows (masked));

  gtk_toggle_button_set_active (child ("reveal_phone_toggle"), FALSE);
  tx_test_wait_for (shows_text, masked);
  g_assert_false (view_shows (phone));

  /* the ID number is never in the list */
  {
    g_autoptr(TxPerson) person = item_at (0);

    if (tx_person_get_document_number (person) != NULL)
      g_assert_false (view_shows (tx_person_get_document_number (person)));
  }
}

/* ---- trash and undo ------------------------------------------------------------- */

static void
test_trash (void)
{
  g_autoptr(TxPerson) first = NULL;
  g_autoptr(TxPerson) second = NULL;
  g_autofree char *uuid1 = NULL;
  g_autofree char *uuid2 = NULL;
  GtkSelectionModel *selection;
  guint before;

  reset_filters ();
  before = shown ();
  first = item_at (0);
  second = item_at (1);
  uuid1 = g_strdup (tx_record_get_uuid (TX_RECORD (first)));
  uuid2 = g_strdup (tx_record_get_uuid (TX_RECORD (second)));
  selection = gtk_column_view_get_model (child ("view"));

  /* nothing selected: nothing happens */
  gtk_selection_model_unselect_all (selection);
  gtk_widget_activate_action (GTK_WIDGET (page), "list.trash", NULL);
  wait_page ();
  g_assert_cmpuint (shown (), ==, before);

  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 1, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (page), "list.trash", NULL);
  wait_page ();
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE trashed IS NOT NULL AND uuid = ?", uuid1), ==, 1);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE trashed IS NOT NULL AND uuid = ?", uuid2), ==, 1);
  g_assert_cmpuint (shown (), ==, before - 2);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) " IN_REGISTER, NULL), ==, before - 2);

  /* undo (the toast's button and Ctrl+Z run the same restore) */
  gtk_widget_activate_action (GTK_WIDGET (page), "list.undo-trash", NULL);
  wait_page ();
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE trashed IS NOT NULL AND uuid = ?", uuid1), ==, 0);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM person WHERE trashed IS NOT NULL AND uuid = ?", uuid2), ==, 0);
  g_assert_cmpuint (shown (), ==, before);

  /* the Delete key */
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_widget_grab_focus (child ("view"));
  gtk_widget_activate_action (GTK_WIDGET (page), "list.trash", NULL);
  wait_page ();
  g_assert_cmpuint (shown (), ==, before - 1);
  gtk_widget_activate_action (GTK_WIDGET (page), "list.undo-trash", NULL);
  wait_page ();
  g_assert_cmpuint (shown (), ==, before);
}

/* ---- the editor ---------------------------------------------------------------- */

static TxPersonEditor *
find_editor (void)
{
  return (TxPersonEditor *) tx_test_find_toplevel (TX_TYPE_PERSON_EDITOR);
}

static void
test_editor (void)
{
  g_autoptr(TxPerson) third = NULL;
  TxPersonEditor *editor;

  reset_filters ();
  third = item_at (2);
  g_signal_emit_by_name (child ("view"), "activate", 2);
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_cmpstr (tx_record_get_uuid (TX_RECORD (tx_person_editor_get_person (editor))), ==,
                   tx_record_get_uuid (TX_RECORD (third)));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_null (find_editor ());

  g_assert_true (tx_page_can_create (TX_PAGE (page)));
  tx_page_create_new (TX_PAGE (page));
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_null (tx_person_get_name (tx_person_editor_get_person (editor)));
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* ---- accessibility -------------------------------------------------------------- */

static void
test_labels (void)
{
  const char *inputs[] = {
    "category_drop", "community_drop", "political_drop", "status_drop", "ethnicity_drop",
    "role_drop", "sort_drop", "min_age_spin", "max_age_spin",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      GList *labels = gtk_widget_list_mnemonic_labels (child (inputs[i]));

      g_test_message ("%s", inputs[i]);
      g_assert_nonnull (labels);
      g_list_free (labels);
    }
  /* check buttons and toggles carry their own mnemonic label */
  g_assert_true (gtk_check_button_get_use_underline (child ("representative_check")));
  g_assert_true (gtk_check_button_get_use_underline (child ("key_person_check")));
  g_assert_true (gtk_button_get_use_underline (child ("reveal_phone_toggle")));
}

/* ---- the picker ----------------------------------------------------------------- */

typedef struct
{
  gboolean called;
  GStrv    uuids;
} PickResult;

static void
on_picked (GStrv    uuids,
           gpointer user_data)
{
  PickResult *result = user_data;

  result->called = TRUE;
  result->uuids = g_strdupv (uuids);
}

static TxPersonPicker *
find_picker (void)
{
  return (TxPersonPicker *) tx_test_find_toplevel (TX_TYPE_PERSON_PICKER);
}

static gboolean
picker_idle (gpointer data)
{
  gboolean loading;

  g_object_get (data, "loading", &loading, NULL);
  return !loading;
}

static gboolean
picked (gpointer data)
{
  return ((PickResult *) data)->called;
}

static gpointer
picker_child (TxPersonPicker *picker,
              const char     *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (picker), TX_TYPE_PERSON_PICKER, name);
}

static void
picker_search (TxPersonPicker *picker,
               const char     *text)
{
  gtk_editable_set_text (picker_child (picker, "search_entry"), text);
  /* the search entry itself waits a little before it says "changed" */
  for (int i = 0; i < 50; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  tx_test_wait_for (picker_idle, picker);
}

static void
test_picker (void)
{
  g_autofree char *excluded = tx_test_dup_existing_text (db, "SELECT uuid " IN_REGISTER " ORDER BY id LIMIT 1", NULL);
  g_autofree char *name1 = tx_test_dup_existing_text (db, "SELECT name " IN_REGISTER " ORDER BY id LIMIT 1 OFFSET 11", NULL);
  g_autofree char *name2 = tx_test_dup_existing_text (db, "SELECT name " IN_REGISTER " ORDER BY id LIMIT 1 OFFSET 23", NULL);
  const char *exclude[] = { excluded, NULL };
  PickResult result = { 0 };
  TxPersonPicker *picker;
  GtkColumnView *view;
  GListModel *model;
  g_autofree char *uuid1 = NULL;
  g_autofree char *uuid2 = NULL;

  tx_person_picker_choose (window, db, TRUE, exclude, on_picked, &result);
  picker = find_picker ();
  g_assert_nonnull (picker);
  tx_test_wait_for (picker_idle, picker);
  view = picker_child (picker, "view");
  model = G_LIST_MODEL (gtk_column_view_get_model (view));
  g_assert_cmpint (g_list_model_get_n_items (model), ==, tx_test_count (db, "SELECT count(*) " IN_REGISTER, NULL) - 1);

  /* the excluded person is not offered even when searched for */
  {
    g_autofree char *excluded_name = tx_test_dup_existing_text (db, "SELECT name " IN_REGISTER " ORDER BY id LIMIT 1", NULL);
    g_autofree char *pattern = g_strdup (excluded_name);

    picker_search (picker, pattern);
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(TxRecord) person = g_list_model_get_item (model, i);
        g_assert_cmpstr (tx_record_get_uuid (person), !=, excluded);
      }
  }

  picker_search (picker, name1);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  {
    g_autoptr(TxRecord) person = g_list_model_get_item (model, 0);
    uuid1 = g_strdup (tx_record_get_uuid (person));
  }
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (model), 0, TRUE);

  /* a second search keeps the first choice */
  picker_search (picker, name2);
  {
    g_autoptr(TxRecord) person = g_list_model_get_item (model, 0);
    uuid2 = g_strdup (tx_record_get_uuid (person));
  }
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (model), 0, FALSE);

  gtk_widget_activate_action (GTK_WIDGET (picker), "picker.choose", NULL);
  tx_test_wait_for (picked, &result);
  g_assert_nonnull (result.uuids);
  g_assert_cmpuint (g_strv_length (result.uuids), ==, 2);
  g_assert_cmpstr (result.uuids[0], ==, uuid1);
  g_assert_cmpstr (result.uuids[1], ==, uuid2);
  g_clear_pointer (&result.uuids, g_strfreev);

  /* cancel: NULL */
  result.called = FALSE;
  tx_person_picker_choose (window, db, FALSE, NULL, on_picked, &result);
  picker = find_picker ();
  g_assert_nonnull (picker);
  tx_test_wait_for (picker_idle, picker);
  gtk_window_close (GTK_WINDOW (picker));
  tx_test_wait_for (picked, &result);
  g_assert_null (result.uuids);

  /* single choice: activating a row chooses it */
  result.called = FALSE;
  tx_person_picker_choose (window, db, FALSE, NULL, on_picked, &result);
  picker = find_picker ();
  tx_test_wait_for (picker_idle, picker);
  picker_search (picker, name2);
  g_signal_emit_by_name (picker_child (picker, "view"), "activate", 0);
  tx_test_wait_for (picked, &result);
  g_assert_nonnull (result.uuids);
  g_assert_cmpuint (g_strv_length (result.uuids), ==, 1);
  g_assert_cmpstr (result.uuids[0], ==, uuid2);
  g_clear_pointer (&result.uuids, g_strfreev);
}

/* ---- screenshots ------------------------------------------------------------- */

static void
take_screenshots (const char *dir)
{
  g_autofree char *list_png = g_build_filename (dir, "archive-list.png", NULL);
  g_autofree char *strokes_png = g_build_filename (dir, "archive-strokes.png", NULL);
  g_autofree char *filters_png = g_build_filename (dir, "archive-filters.png", NULL);
  g_autofree char *picker_png = g_build_filename (dir, "archive-picker.png", NULL);
  PickResult result = { 0 };
  TxPersonPicker *picker;

  reset_filters ();
  tx_test_run_main_loop_for (500);
  tx_test_save_png (GTK_WIDGET (window), list_png);
  /* 姓氏笔画: the same list, each surname together */
  gtk_drop_down_set_selected (child ("sort_drop"), 1);
  wait_page ();
  tx_test_run_main_loop_for (500);
  tx_test_save_png (GTK_WIDGET (window), strokes_png);
  reset_filters ();

  tx_code_drop_down_set_code (child ("category_drop"), "03");
  gtk_check_button_set_active (child ("representative_check"), TRUE);
  gtk_toggle_button_set_active (child ("reveal_phone_toggle"), TRUE);
  wait_page ();
  gtk_menu_button_popup (child ("more_button"));
  tx_test_run_main_loop_for (500);
  tx_test_save_png (GTK_WIDGET (window), filters_png);

  gtk_menu_button_popdown (child ("more_button"));
  gtk_toggle_button_set_active (child ("reveal_phone_toggle"), FALSE);
  reset_filters ();

  tx_person_picker_choose (window, db, TRUE, NULL, on_picked, &result);
  picker = find_picker ();
  tx_test_wait_for (picker_idle, picker);
  gtk_selection_model_select_item (gtk_column_view_get_model (picker_child (picker, "view")), 1, FALSE);
  gtk_selection_model_select_item (gtk_column_view_get_model (picker_child (picker, "view")), 3, FALSE);
  tx_test_run_main_loop_for (500);
  tx_test_save_png (GTK_WIDGET (picker), picker_png);
  gtk_window_close (GTK_WINDOW (picker));
  tx_test_wait_for (picked, &result);
}

int
main (int    argc,
      char **argv)
{
  const char *screenshots = g_getenv ("TX_SCREENSHOT_DIR");
  int status;

  setlocale (LC_ALL, "");
  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  if (!tx_test_gtk_init ())
    {
      /* outside any test case: a failing exit status, not a skip */
      if (g_getenv ("TONGXIN_TEST_NO_SKIP") != NULL)
        {
          g_printerr ("Bail out! no display, and this run may not skip\n");
          return 1;
        }
      g_test_skip ("No display");
      return g_test_run ();
    }

  tmp_dir = tx_test_make_temp_dir ("archive");
  db = tx_test_open_demo_database (tmp_dir, 500, 1);

  page = TX_ARCHIVE_PAGE (tx_archive_page_new ());
  window = tx_test_window_new_for (GTK_WIDGET (page));
  gtk_window_present (window);
  tx_page_set_database (TX_PAGE (page), db);
  wait_page ();

  if (screenshots != NULL)
    {
      take_screenshots (screenshots);
      status = 0;
    }
  else
    {
      g_test_add_func ("/archive/count", test_count);
      g_test_add_func ("/archive/search", test_search);
      g_test_add_func ("/archive/newest-search", test_newest_search);
      g_test_add_func ("/archive/filters", test_filters);
      g_test_add_func ("/archive/communities-follow-database", test_communities_follow_database);
      g_test_add_func ("/archive/sort", test_sort);
      g_test_add_func ("/archive/phone", test_phone);
      g_test_add_func ("/archive/trash", test_trash);
      g_test_add_func ("/archive/editor", test_editor);
      g_test_add_func ("/archive/labels", test_labels);
      g_test_add_func ("/archive/picker", test_picker);
      status = g_test_run ();
    }

  gtk_window_destroy (window);
  g_clear_object (&db);
  tx_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
