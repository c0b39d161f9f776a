/* test-code-drop-down.c — TxCodeDropDown and TxCommunityDropDown, the
 * drop-downs of every editor: codes go in and come out as they were, the
 * communities come in the one order of the core, a long table is searched
 * by typing
 *
 * The oracles: the code tables read as files (data/codes/), and the order
 * of communities worked out here from the records the test made.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "app/widgets/tx-code-drop-down.h"
#include "app/widgets/tx-community-drop-down.h"
#include "core/db/tx-store.h"
#include "core/model/tx-community.h"
#include "core/text/tx-i18n.h"
#include "tx-test-gtk-util.h"

typedef TxTestDatabaseFixture Fixture;

/* what row @i of a drop-down reads: its string, or what the drop-down's
 * expression makes of its item */
static char *
row_text (GtkDropDown *drop_down,
          guint        i)
{
  g_autoptr(GObject) item = g_list_model_get_item (gtk_drop_down_get_model (drop_down), i);
  g_auto(GValue) text = G_VALUE_INIT;

  g_assert_nonnull (item);
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  g_assert_true (gtk_expression_evaluate (gtk_drop_down_get_expression (drop_down), item, &text));
  return g_value_dup_string (&text);
}

/* The codes of a table as its data file lists them: a header line, then
 * "code<TAB>name" lines. */
static GPtrArray *
codes_from_file (const char *table)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "codes", NULL);
  g_autofree char *file = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, table) && name[strlen (table)] == '.')
      file = g_build_filename (path, name, NULL);
  g_assert_nonnull (file);
  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 2);

      if (i == 0 || fields[0] == NULL || fields[1] == NULL || lines[i][0] == '#')
        continue;
      g_ptr_array_add (codes, g_strdup (g_strstrip (fields[0])));
    }
  g_assert_cmpuint (codes->len, >, 0);
  return codes;
}

static void
count_notify (guint *count)
{
  (*count)++;
}

/* every code of the table goes in and comes out; "—" is no code */
static void
test_round_trip (void)
{
  const char *tables[] = { "gender", "ethnicity", "political", "person-status", "holiday" };

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autoptr(GPtrArray) codes = codes_from_file (tables[t]);
      TxCodeDropDown *drop = TX_CODE_DROP_DOWN (g_object_ref_sink (tx_code_drop_down_new (tables[t], TRUE)));
      GtkDropDown *inner = tx_code_drop_down_get_drop_down (drop);
      guint notified = 0;

      g_test_message ("%s", tables[t]);
      g_signal_connect_swapped (drop, "notify::code", G_CALLBACK (count_notify), &notified);
      g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (inner)), ==, codes->len + 1);
      g_assert_null (tx_code_drop_down_get_code (drop));
      for (guint i = 0; i < codes->len; i++)
        {
          const char *code = g_ptr_array_index (codes, i);
          g_autofree char *property = NULL;

          tx_code_drop_down_set_code (drop, code);
          g_assert_cmpstr (tx_code_drop_down_get_code (drop), ==, code);
          g_object_get (drop, "code", &property, NULL);
          g_assert_cmpstr (property, ==, code);
          g_assert_cmpuint (gtk_drop_down_get_selected (inner), ==, i + 1);
        }
      g_assert_cmpuint (notified, ==, codes->len);
      /* the user's choice in the drop-down is the code */
      gtk_drop_down_set_selected (inner, 1);
      g_assert_cmpstr (tx_code_drop_down_get_code (drop), ==, g_ptr_array_index (codes, 0));
      g_assert_cmpuint (notified, ==, codes->len + 1);
      /* a code the table does not have, and none */
      tx_code_drop_down_set_code (drop, "no such code");
      g_assert_null (tx_code_drop_down_get_code (drop));
      g_object_set (drop, "code", g_ptr_array_index (codes, codes->len - 1), NULL);
      g_assert_cmpstr (tx_code_drop_down_get_code (drop), ==, g_ptr_array_index (codes, codes->len - 1));
      tx_code_drop_down_set_code (drop, NULL);
      g_assert_null (tx_code_drop_down_get_code (drop));
      g_object_unref (drop);
    }
}

/* Without "—" the first code stands for none; the empty row's text is
 * the caller's, and changing the table keeps a code both have. */
static void
test_empty_row (void)
{
  g_autoptr(GPtrArray) statuses = codes_from_file ("person-status");
  TxCodeDropDown *drop = TX_CODE_DROP_DOWN (g_object_ref_sink (tx_code_drop_down_new ("person-status", FALSE)));
  GtkDropDown *inner = tx_code_drop_down_get_drop_down (drop);
  g_autofree char *first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (inner)), ==, statuses->len);
  g_assert_cmpstr (tx_code_drop_down_get_code (drop), ==, g_ptr_array_index (statuses, 0));
  tx_code_drop_down_set_code (drop, NULL);
  g_assert_cmpstr (tx_code_drop_down_get_code (drop), ==, g_ptr_array_index (statuses, 0));

  tx_code_drop_down_set_code (drop, g_ptr_array_index (statuses, 1));
  g_object_set (drop, "allow-empty", TRUE, "empty-label", "全部", NULL);
  g_assert_cmpstr (tx_code_drop_down_get_code (drop), ==, g_ptr_array_index (statuses, 1));
  first = row_text (inner, 0);
  g_assert_cmpstr (first, ==, "全部");
  g_object_unref (drop);
}

/* A subset of the table in the caller's order (the steps that may follow),
 * and the whole table again. */
static void
test_only_codes (void)
{
  g_autoptr(GPtrArray) states = codes_from_file ("suggestion-state");
  const char *only[] = { g_ptr_array_index (states, 2), g_ptr_array_index (states, 0), NULL };
  TxCodeDropDown *drop = TX_CODE_DROP_DOWN (g_object_ref_sink (tx_code_drop_down_new ("suggestion-state", FALSE)));
  GtkDropDown *inner = tx_code_drop_down_get_drop_down (drop);

  tx_code_drop_down_set_only_codes (drop, only);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (inner)), ==, 2);
  /* the code chosen before (the table's first) is still offered: it stays */
  g_assert_cmpstr (tx_code_drop_down_get_code (drop), ==, only[1]);
  gtk_drop_down_set_selected (inner, 0);
  g_assert_cmpstr (tx_code_drop_down_get_code (drop), ==, only[0]);
  /* a code of the table that is not offered chooses the first row */
  tx_code_drop_down_set_code (drop, g_ptr_array_index (states, 1));
  g_assert_cmpstr (tx_code_drop_down_get_code (drop), ==, only[0]);
  tx_code_drop_down_set_only_codes (drop, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (inner)), ==, states->len);
  g_assert_cmpstr (tx_code_drop_down_get_code (drop), ==, only[0]);
  g_object_unref (drop);
}

/* the 56 ethnic groups are found by typing in the drop-down's search entry */
static GtkWidget *
find_search_entry (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_search_entry (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkListView *
find_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return GTK_LIST_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_list_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
popover_shown (gpointer drop_down)
{
  for (GtkWidget *child = gtk_widget_get_first_child (drop_down); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_mapped (child))
      return TRUE;
  return FALSE;
}

static gboolean
shows_one_row (gpointer model)
{
  return g_list_model_get_n_items (model) == 1;
}

static gboolean
shows_many_rows (gpointer model)
{
  return g_list_model_get_n_items (model) > 1;
}

static void
test_typing_search (void)
{
  GtkWidget *ethnicity, *gender, *box, *entry;
  GtkDropDown *inner;
  GtkWindow *window;
  GtkListView *list;
  GListModel *shown;

  if (tx_test_skip_without_display ())
    return;
  ethnicity = tx_code_drop_down_new ("ethnicity", TRUE);
  gender = tx_code_drop_down_new ("gender", TRUE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  inner = tx_code_drop_down_get_drop_down (TX_CODE_DROP_DOWN (ethnicity));
  gtk_box_append (GTK_BOX (box), ethnicity);
  gtk_box_append (GTK_BOX (box), gender);
  window = tx_test_window_new_for (box);
  tx_test_present (window);
  g_assert_true (gtk_drop_down_get_enable_search (inner));
  g_assert_false (gtk_drop_down_get_enable_search (tx_code_drop_down_get_drop_down (TX_CODE_DROP_DOWN (gender))));

  /* the focus given to the widget goes to its drop-down */
  g_assert_true (gtk_widget_grab_focus (ethnicity));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (inner)));

  g_signal_emit_by_name (inner, "activate");
  tx_test_wait_for (popover_shown, inner);
  entry = find_search_entry (GTK_WIDGET (inner));
  list = find_list_view (GTK_WIDGET (inner));
  g_assert_nonnull (entry);
  g_assert_nonnull (list);
  /* the search entry filters after a short delay: wait for it */
  gtk_editable_set_text (GTK_EDITABLE (entry), "回");
  shown = G_LIST_MODEL (gtk_list_view_get_model (list));
  tx_test_wait_for (shows_one_row, shown);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  {
    g_autoptr(GtkStringObject) item = g_list_model_get_item (shown, 0);

    g_assert_cmpstr (gtk_string_object_get_string (item), ==, "回族");
  }
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  tx_test_wait_for (shows_many_rows, shown);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (gtk_drop_down_get_model (inner)));
  tx_test_destroy_window (window);
}

/* ---- communities ----------------------------------------------------------- */

typedef struct
{
  const char *code;
  const char *name;
  gboolean    trashed;
  guint       made;      /* the order they were made in: the last key */
  char       *uuid;
} Community;

/* the core's order, written out: by code, those without one last, then by
 * name, then the one made first; SQLite compares text byte by byte */
static int
compare_communities (gconstpointer a,
                     gconstpointer b)
{
  const Community *x = *(Community **) a, *y = *(Community **) b;

  if ((x->code == NULL) != (y->code == NULL))
    return x->code == NULL ? 1 : -1;
  if (x->code != NULL && strcmp (x->code, y->code) != 0)
    return strcmp (x->code, y->code);
  if (strcmp (x->name, y->name) != 0)
    return strcmp (x->name, y->name);
  return (int) x->made - (int) y->made;
}

static void
make_communities (TxDatabase *db,
                  Community  *communities,
                  guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TxCommunity) community = tx_community_new ();
      g_autoptr(GError) error = NULL;

      tx_community_set_code (community, communities[i].code);
      tx_community_set_name (community, communities[i].name);
      tx_store_save (db, TX_RECORD (community), TX_SAVE_DEFAULT, &error);
      g_assert_no_error (error);
      if (communities[i].trashed)
        g_assert_true (tx_store_trash (db, TX_RECORD (community), NULL));
      communities[i].made = i;
      communities[i].uuid = g_strdup (tx_record_get_uuid (TX_RECORD (community)));
    }
}

static void
test_community_order (Fixture       *f,
                      gconstpointer  data)
{
  Community communities[] = {
    { "430102001002", "东风社区", FALSE },
    { NULL, "新建社区", FALSE },
    { "430102001001", "望月湖社区", FALSE },
    { "430102001003", "已撤销社区", TRUE },
    { NULL, "八一社区", FALSE },
    { "430102001011", "白沙社区", FALSE },   /* codes are unique: a name does not decide */
    { NULL, "新建社区", FALSE },             /* no code and the same name: the first made first */
  };
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  TxCommunityDropDown *drop;
  GtkDropDown *inner;
  g_autofree char *first = NULL;
  g_autofree char *property = NULL;
  guint row = 1;

  make_communities (f->db, communities, G_N_ELEMENTS (communities));
  for (guint i = 0; i < G_N_ELEMENTS (communities); i++)
    if (!communities[i].trashed)
      g_ptr_array_add (expected, &communities[i]);
  g_ptr_array_sort (expected, compare_communities);

  drop = TX_COMMUNITY_DROP_DOWN (g_object_ref_sink (tx_community_drop_down_new (f->db)));
  inner = tx_community_drop_down_get_drop_down (drop);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (inner)), ==, expected->len + 1);
  first = row_text (inner, 0);
  g_assert_cmpstr (first, ==, "—");
  for (guint i = 0; i < expected->len; i++, row++)
    {
      Community *community = g_ptr_array_index (expected, i);
      g_autofree char *text = row_text (inner, row);

      g_assert_cmpstr (text, ==, community->name);
      /* and the uuid of that row is the community's */
      gtk_drop_down_set_selected (inner, row);
      g_assert_cmpstr (tx_community_drop_down_get_community_uuid (drop), ==, community->uuid);
    }

  /* a community in the trash is not offered, but a record naming it keeps it */
  g_assert_false (tx_community_drop_down_select (drop, communities[3].uuid));
  g_object_set (drop, "community-uuid", communities[3].uuid, NULL);
  g_object_get (drop, "community-uuid", &property, NULL);
  g_assert_cmpstr (property, ==, communities[3].uuid);
  {
    g_autofree char *shown = row_text (inner, gtk_drop_down_get_selected (inner));

    g_assert_cmpstr (shown, ==, "已撤销社区");
  }
  tx_community_drop_down_set_community_uuid (drop, NULL);
  g_assert_null (tx_community_drop_down_get_community_uuid (drop));
  g_object_unref (drop);
  for (guint i = 0; i < G_N_ELEMENTS (communities); i++)
    g_free (communities[i].uuid);
}

int
main (int   argc,
      char *argv[])
{
  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  tx_test_gtk_init ();

  g_test_add_func ("/code-drop-down/round-trip", test_round_trip);
  g_test_add_func ("/code-drop-down/empty-row", test_empty_row);
  g_test_add_func ("/code-drop-down/only-codes", test_only_codes);
  g_test_add_func ("/code-drop-down/typing-search", test_typing_search);
  g_test_add ("/code-drop-down/community-order", Fixture, NULL,
              tx_test_database_fixture_set_up, test_community_order, tx_test_database_fixture_tear_down);
  return g_test_run ();
}
