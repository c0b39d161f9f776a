/* test-activity-pages.c — the activity, visit, staff and pairing pages and
 * their editors, driven as a user would, under Xvfb
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "app/editors/tx-activity-editor.h"
#include "app/pages/tx-activity-page.h"
#include "app/pages/tx-activity-pages-private.h"
#include "app/tx-app-util.h"
#include "app/tx-application.h"
#include "app/editors/tx-pairing-editor.h"
#include "app/pages/tx-pairing-page.h"
#include "app/widgets/tx-contact-row.h"
#include "app/widgets/tx-person-picker.h"
#include "app/editors/tx-staff-editor.h"
#include "app/pages/tx-staff-page.h"
#include "app/editors/tx-visit-editor.h"
#include "app/pages/tx-visit-page.h"
#include "app/tx-window.h"
#include "core/model/tx-activity.h"
#include "core/demo/tx-demo.h"
#include "core/text/tx-i18n.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-visit.h"
#include "app/pages/tx-record-list-page.h"
#include "app/widgets/tx-code-drop-down.h"
#include "tx-test-gtk-util.h"

static gboolean have_display;
static TxApplication *app;
static char *tmp_dir;
static TxDatabase *db;
static TxWindow *window;

/* ---- widgets ---- */

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWindow *
open_editor (TxPage *page,
             GType   type)
{
  GtkWindow *editor;

  tx_page_create_new (page);
  editor = tx_test_find_visible_toplevel (type);
  g_assert_nonnull (editor);
  tx_test_wait_for (tx_test_is_mapped, editor);
  return editor;
}

/* saves with the editor's action and waits until it has closed */
static void
save_and_wait (GtkWindow *editor)
{
  gpointer weak = editor;

  g_object_add_weak_pointer (G_OBJECT (editor), &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  tx_test_wait_for (tx_test_is_gone, &weak);
}

static GtkEditable *
editable (GtkWindow  *editor,
          const char *name)
{
  GtkWidget *widget = tx_test_find_by_name (GTK_WIDGET (editor), name);

  g_assert_nonnull (widget);
  return GTK_EDITABLE (widget);
}

static void
set_text_view (GtkWindow  *editor,
               const char *name,
               const char *text)
{
  GtkWidget *view = tx_test_find_by_name (GTK_WIDGET (editor), name);

  g_assert_true (GTK_IS_TEXT_VIEW (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

/* selects the drop-down row that shows @name, as a user would */
static void
choose_in_drop_down (GtkDropDown *drop_down,
                     const char  *name)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_auto(GValue) text = G_VALUE_INIT;

      /* what the row shows: its string, or the drop-down's expression of it */
      if (GTK_IS_STRING_OBJECT (item))
        g_value_set_string (g_value_init (&text, G_TYPE_STRING), gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
      else
        g_assert_true (gtk_expression_evaluate (gtk_drop_down_get_expression (drop_down), item, &text));
      if (g_strcmp0 (g_value_get_string (&text), name) == 0)
        {
          gtk_drop_down_set_selected (drop_down, i);
          return;
        }
    }
  g_error ("no “%s” in the drop-down", name);
}

static GtkDropDown *
drop_down (GtkWindow  *editor,
           const char *name)
{
  GtkWidget *widget = tx_test_find_by_name (GTK_WIDGET (editor), name);

  /* a code drop-down is chosen in through the drop-down inside */
  if (TX_IS_CODE_DROP_DOWN (widget))
    return tx_code_drop_down_get_drop_down (TX_CODE_DROP_DOWN (widget));
  g_assert_true (GTK_IS_DROP_DOWN (widget));
  return GTK_DROP_DOWN (widget);
}

static TxPage *
page_of (const char *name)
{
  GtkWidget *page = tx_window_get_page (window, name);

  g_assert_true (TX_IS_PAGE (page));
  tx_window_show_page (window, name);
  tx_test_drain_main_loop_repeatedly (20);
  return TX_PAGE (page);
}

static guint
n_items (TxPage *page)
{
  return tx_record_list_page_get_n_items (TX_RECORD_LIST_PAGE (page));
}

static const char *
count_label (TxPage *page)
{
  GtkWidget *label = tx_test_find_by_name (GTK_WIDGET (page), "count-label");

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static void
assert_count (TxPage *page,
              gint64  expected)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, expected);

  tx_test_wait_for_loads (db);
  g_assert_cmpint (n_items (page), ==, expected);
  g_assert_nonnull (strstr (count_label (page), number));
}

/* ---- tests ---- */

static const struct
{
  const char *page;
  const char *table;
} lists[] = {
  { "activities", "activity" },
  { "visits",     "visit" },
  { "staff",      "staff" },
  { "pairings",   "pairing" },
};

static void
test_lists (void)
{
  TxPage *page;
  g_autofree char *title = NULL;
  g_autofree char *word = NULL;
  g_autofree char *person = NULL;
  g_autofree char *staff = NULL;
  g_autofree char *surname = NULL;

  if (tx_test_skip_without_display ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE trashed IS NULL", lists[i].table);
      gint64 expected = tx_test_count (db, sql, NULL);

      g_assert_cmpint (expected, >, 0);
      assert_count (page_of (lists[i].page), expected);
    }

  /* activities: newest first, and the cells show the record */
  page = page_of ("activities");
  title = tx_test_dup_text (db, "SELECT title FROM activity WHERE trashed IS NULL"
                    " ORDER BY start_date DESC, start_time DESC, id DESC LIMIT 1", NULL);
  tx_test_wait_for (tx_test_is_mapped, tx_test_find_by_name (GTK_WIDGET (page), "list-view"));
  tx_test_drain_main_loop_repeatedly (20);
  g_assert_nonnull (find_label (GTK_WIDGET (page), title));

  /* search narrows, to what SQL finds */
  word = g_utf8_substring (title, 0, 2);
  tx_page_set_search (page, word);
  assert_count (page, tx_test_count (db, "SELECT count(*) FROM activity WHERE trashed IS NULL AND"
                                 " (instr(title, ?1) > 0 OR instr(place, ?1) > 0 OR instr(organiser, ?1) > 0)",
                                 word));
  g_assert_cmpint (n_items (page), <, tx_test_count (db, "SELECT count(*) FROM activity WHERE trashed IS NULL", NULL));
  tx_page_set_search (page, "没有这样的活动");
  assert_count (page, 0);
  tx_page_set_search (page, NULL);

  page = page_of ("visits");
  person = tx_test_dup_text (db, "SELECT p.name FROM visit v JOIN person p ON p.uuid = v.person"
                     " WHERE v.trashed IS NULL LIMIT 1", NULL);
  tx_page_set_search (page, person);
  assert_count (page, tx_test_count (db, "SELECT count(*) FROM visit v JOIN person p ON p.uuid = v.person"
                                 " WHERE v.trashed IS NULL AND instr(p.name, ?) > 0", person));
  g_assert_cmpint (n_items (page), >, 0);
  tx_page_set_search (page, NULL);

  page = page_of ("staff");
  staff = tx_test_dup_text (db, "SELECT name FROM staff WHERE trashed IS NULL LIMIT 1", NULL);
  surname = g_utf8_substring (staff, 0, 1);
  tx_page_set_search (page, surname);
  assert_count (page, tx_test_count (db, "SELECT count(*) FROM staff WHERE trashed IS NULL AND instr(name, ?) > 0",
                                 surname));
  tx_page_set_search (page, NULL);

  page = page_of ("pairings");
  tx_page_set_search (page, staff);
  assert_count (page, tx_test_count (db, "SELECT count(*) FROM pairing pa WHERE pa.trashed IS NULL AND"
                                 " (EXISTS (SELECT 1 FROM staff s WHERE s.uuid = pa.staff AND instr(s.name, ?1) > 0)"
                                 " OR EXISTS (SELECT 1 FROM person p WHERE p.uuid = pa.person AND instr(p.name, ?1) > 0))",
                                 staff));
  tx_page_set_search (page, NULL);
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               gpointer    user_data)
{
  /* a list is emptied, then filled (see tx-record-list.c): count fillings */
  if (added > 0)
    (*(guint *) user_data)++;
}

/* A read the test holds on the database's reading thread: the page's
 * reads queue behind it until the test lets it go. */
typedef struct
{
  GMutex   lock;
  GCond    cond;
  gboolean released;
} HeldRead;

static gpointer
hold_reader (TxDatabase    *reader,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  HeldRead *held = data;

  g_mutex_lock (&held->lock);
  while (!held->released)
    g_cond_wait (&held->cond, &held->lock);
  g_mutex_unlock (&held->lock);
  return g_strdup ("released");
}

static void
release_reader (HeldRead *held)
{
  g_mutex_lock (&held->lock);
  held->released = TRUE;
  g_cond_signal (&held->cond);
  g_mutex_unlock (&held->lock);
}

static gboolean
is_spinning (gpointer spinner)
{
  return gtk_spinner_get_spinning (spinner);
}

/* A reload does not block: right after a new search the page still shows
 * its rows and count; its spinner turns only once the read has taken a
 * moment (most end sooner); the rows of the last search come afterwards,
 * those of a search typed over it never. */
static void
test_reload_in_background (void)
{
  TxPage *page;
  TxRecordListPage *rows;
  GtkWidget *spinner;
  g_autofree char *count_before = NULL;
  g_autofree char *person = NULL;
  GListModel *model;
  guint before, changes = 0;
  gulong handler;
  gint64 matching;
  HeldRead held = { .released = FALSE };

  if (tx_test_skip_without_display ())
    return;

  g_mutex_init (&held.lock);
  g_cond_init (&held.cond);
  page = page_of ("visits");
  rows = TX_RECORD_LIST_PAGE (page);
  spinner = tx_test_get_by_name (GTK_WIDGET (page), "loading-spinner");
  tx_test_wait_for_page (GTK_WIDGET (page));
  g_assert_false (tx_record_list_page_get_loading (rows));
  g_assert_false (gtk_spinner_get_spinning (GTK_SPINNER (spinner)));
  before = n_items (page);
  count_before = g_strdup (count_label (page));

  person = tx_test_dup_text (db, "SELECT p.name FROM visit v JOIN person p ON p.uuid = v.person"
                             " WHERE v.trashed IS NULL LIMIT 1", NULL);
  matching = tx_test_count (db, "SELECT count(*) FROM visit v JOIN person p ON p.uuid = v.person"
                            " WHERE v.trashed IS NULL AND instr(p.name, ?) > 0", person);
  g_assert_cmpint (matching, <, before);

  /* typed over: the first search's result must not show */
  model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (tx_test_get_by_name (GTK_WIDGET (page),
                                                                                         "list-view"))));
  handler = g_signal_connect (model, "items-changed", G_CALLBACK (count_changes), &changes);
  tx_database_read_async (db, hold_reader, &held, NULL, g_free, NULL, NULL, NULL);
  tx_page_set_search (page, "没有这个人");
  tx_page_set_search (page, person);
  g_assert_true (tx_record_list_page_get_loading (rows));
  g_assert_false (gtk_spinner_get_spinning (GTK_SPINNER (spinner)));
  tx_test_wait_for (is_spinning, spinner);
  g_assert_true (tx_record_list_page_get_loading (rows));
  g_assert_cmpuint (n_items (page), ==, before);
  g_assert_cmpstr (count_label (page), ==, count_before);

  release_reader (&held);
  tx_test_wait_for_page (GTK_WIDGET (page));
  g_assert_false (gtk_spinner_get_spinning (GTK_SPINNER (spinner)));
  g_assert_cmpuint (tx_database_get_n_reads (db), ==, 0);
  g_assert_cmpuint (changes, ==, 1);   /* the list changed once: to the last search */
  g_signal_handler_disconnect (model, handler);
  assert_count (page, matching);

  tx_page_set_search (page, NULL);
  assert_count (page, before);
  g_mutex_clear (&held.lock);
  g_cond_clear (&held.cond);
}

/* a 320×240 picture: a gradient, so a screenshot shows a thumbnail */
static GFile *
write_test_png (void)
{
  const int width = 320, height = 240;
  g_autofree guchar *pixels = g_malloc (width * height * 4);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "合影.png", NULL);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guchar *p = pixels + (y * width + x) * 4;

        p[0] = 200 - y / 3;
        p[1] = 120 + x / 4;
        p[2] = 80 + y / 2;
        p[3] = 0xff;
      }
  bytes = g_bytes_new_take (g_steal_pointer (&pixels), width * height * 4);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_R8G8B8A8, bytes, width * 4);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  return g_file_new_for_path (path);
}

static void
test_activity_editor (void)
{
  TxPage *page = page_of ("activities");
  gint64 before = tx_test_count (db, "SELECT count(*) FROM activity WHERE trashed IS NULL", NULL);
  g_autofree char *first = tx_test_dup_text (db, "SELECT uuid FROM person WHERE trashed IS NULL ORDER BY id LIMIT 1", NULL);
  g_autofree char *second = tx_test_dup_text (db, "SELECT uuid FROM person WHERE trashed IS NULL ORDER BY id DESC LIMIT 1", NULL);
  g_autofree char *uuid = NULL;
  g_autoptr(TxRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) png = NULL;
  GtkWindow *editor, *dialog, *picker;
  TxActivity *activity;
  GPtrArray *participants, *photos;

  if (tx_test_skip_without_display ())
    return;

  editor = open_editor (page, TX_TYPE_ACTIVITY_EDITOR);
  gtk_editable_set_text (editable (editor, "title-entry"), "测试：五月鲜花展");
  choose_in_drop_down (drop_down (editor, "type-drop-down"), "展览展示");
  gtk_editable_set_text (editable (editor, "start-date-entry"), "2026年13月2日");
  gtk_editable_set_text (editable (editor, "start-time-entry"), "9：30");
  gtk_editable_set_text (editable (editor, "place-entry"), "社区活动中心");
  gtk_editable_set_text (editable (editor, "organiser-entry"), "街道统战办");
  set_text_view (editor, "summary-view", "展出居民养护的盆花一百余盆。");

  /* 添加人员 opens the archive's person picker; closing it adds nobody */
  g_signal_emit_by_name (tx_test_find_by_name (GTK_WIDGET (editor), "add-participant-button"), "clicked");
  picker = tx_test_find_visible_toplevel (TX_TYPE_PERSON_PICKER);
  g_assert_nonnull (picker);
  tx_test_wait_for (tx_test_is_mapped, picker);
  gtk_window_close (picker);
  tx_test_drain_main_loop_repeatedly (20);
  g_assert_null (tx_test_find_visible_toplevel (TX_TYPE_PERSON_PICKER));

  _tx_activity_editor_add_participant (TX_ACTIVITY_EDITOR (editor), first);
  _tx_activity_editor_add_participant (TX_ACTIVITY_EDITOR (editor), second);
  _tx_activity_editor_add_participant (TX_ACTIVITY_EDITOR (editor), first);   /* already there */
  tx_test_drain_main_loop_repeatedly (20);
  choose_in_drop_down (_tx_activity_editor_get_state_drop_down (TX_ACTIVITY_EDITOR (editor), 0), "出席");
  choose_in_drop_down (_tx_activity_editor_get_state_drop_down (TX_ACTIVITY_EDITOR (editor), 1), "请假");
  png = write_test_png ();
  g_assert_true (_tx_activity_editor_add_photo_file (TX_ACTIVITY_EDITOR (editor), png, &error));
  g_assert_no_error (error);

  /* a month 13 is refused with a message, and nothing typed is lost */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  tx_test_drain_main_loop_repeatedly (20);
  dialog = tx_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  g_assert_true (tx_test_find_visible_toplevel (TX_TYPE_ACTIVITY_EDITOR) == editor);
  g_assert_cmpstr (gtk_editable_get_text (editable (editor, "title-entry")), ==, "测试：五月鲜花展");
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM activity WHERE trashed IS NULL", NULL), ==, before);

  gtk_editable_set_text (editable (editor, "start-date-entry"), "2026年5月2日");
  save_and_wait (editor);

  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM activity WHERE trashed IS NULL", NULL), ==, before + 1);
  assert_count (page, before + 1);
  uuid = tx_test_dup_text (db, "SELECT uuid FROM activity WHERE title = ?", "测试：五月鲜花展");
  g_assert_nonnull (uuid);
  record = tx_store_load (db, TX_TYPE_ACTIVITY, uuid, &error);
  g_assert_no_error (error);
  activity = TX_ACTIVITY (record);
  g_assert_cmpstr (tx_activity_get_activity_type (activity), ==, "03");
  g_assert_cmpstr (tx_activity_get_start_date (activity), ==, "2026-05-02");
  g_assert_cmpstr (tx_activity_get_start_time (activity), ==, "09:30");
  g_assert_cmpstr (tx_activity_get_place (activity), ==, "社区活动中心");
  g_assert_cmpstr (tx_activity_get_summary (activity), ==, "展出居民养护的盆花一百余盆。");
  participants = tx_activity_get_participants (activity);
  g_assert_cmpuint (participants->len, ==, 2);
  g_assert_cmpstr (((TxParticipant *) participants->pdata[0])->person, ==, first);
  g_assert_cmpstr (((TxParticipant *) participants->pdata[0])->state, ==, "3");
  g_assert_cmpstr (((TxParticipant *) participants->pdata[1])->person, ==, second);
  g_assert_cmpstr (((TxParticipant *) participants->pdata[1])->state, ==, "4");
  photos = tx_activity_get_photos (activity);
  g_assert_cmpuint (photos->len, ==, 1);
  g_assert_cmpstr (((TxActivityPhoto *) photos->pdata[0])->mime, ==, "image/png");
  g_assert_cmpstr (((TxActivityPhoto *) photos->pdata[0])->caption, ==, "合影");

  /* the list shows it: present / registered */
  tx_page_set_search (page, "五月鲜花展");
  tx_test_drain_main_loop_repeatedly (20);
  g_assert_nonnull (find_label (GTK_WIDGET (page), "1/2"));
  tx_page_set_search (page, NULL);
}

static void
test_visit_for_person (void)
{
  TxPage *page = page_of ("visits");
  g_autofree char *person = tx_test_dup_text (db, "SELECT uuid FROM person WHERE trashed IS NULL ORDER BY id LIMIT 1 OFFSET 5", NULL);
  g_autofree char *name = tx_test_dup_text (db, "SELECT name FROM person WHERE uuid = ?", person);
  g_autofree char *staff = tx_test_dup_text (db, "SELECT name FROM staff WHERE trashed IS NULL AND active = 1"
                                     " ORDER BY sort_pinyin LIMIT 1", NULL);
  gint64 before = tx_test_count (db, "SELECT count(*) FROM visit WHERE trashed IS NULL", NULL);
  g_autofree char *uuid = NULL;
  g_autoptr(TxRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *editor;
  GtkWidget *holiday, *visitor;
  GPtrArray *visitors;

  if (tx_test_skip_without_display ())
    return;

  g_assert_true (tx_page_create_for_person (page, person));
  editor = tx_test_find_visible_toplevel (TX_TYPE_VISIT_EDITOR);
  g_assert_nonnull (editor);
  tx_test_wait_for (tx_test_is_mapped, editor);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (tx_test_find_by_name (GTK_WIDGET (editor), "person-label"))), ==, name);

  /* the holiday is chosen directly: the reason follows; another reason
   * clears it */
  holiday = tx_test_find_by_name (GTK_WIDGET (editor), "holiday-drop-down");
  g_assert_true (gtk_widget_get_visible (holiday));
  choose_in_drop_down (tx_code_drop_down_get_drop_down (TX_CODE_DROP_DOWN (holiday)), "中秋节");
  g_assert_cmpstr (tx_code_drop_down_get_code (TX_CODE_DROP_DOWN (tx_test_find_by_name (GTK_WIDGET (editor), "reason-drop-down"))), ==, "1");
  choose_in_drop_down (drop_down (editor, "reason-drop-down"), "患病住院");
  g_assert_null (tx_code_drop_down_get_code (TX_CODE_DROP_DOWN (holiday)));
  /* its year comes from the visit's date: a 春节 visit in December is for
   * the next year's 春节 */
  choose_in_drop_down (tx_code_drop_down_get_drop_down (TX_CODE_DROP_DOWN (holiday)), "春节");
  gtk_editable_set_text (editable (editor, "date-entry"), "2025.12.28");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (tx_test_find_by_name (GTK_WIDGET (editor),
                   "holiday-year-spin"))), ==, 2026);
  gtk_editable_set_text (editable (editor, "date-entry"), "2026.2.10");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (tx_test_find_by_name (GTK_WIDGET (editor),
                   "holiday-year-spin"))), ==, 2026);
  visitor = find_label (GTK_WIDGET (editor), staff);
  g_assert_nonnull (visitor);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_widget_get_parent (visitor)), TRUE);
  set_text_view (editor, "gifts-view", "米、油各一份");
  save_and_wait (editor);

  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM visit WHERE trashed IS NULL", NULL), ==, before + 1);
  uuid = tx_test_dup_text (db, "SELECT uuid FROM visit WHERE gifts = ?", "米、油各一份");
  record = tx_store_load (db, TX_TYPE_VISIT, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tx_visit_get_person (TX_VISIT (record)), ==, person);
  g_assert_cmpstr (tx_visit_get_date (TX_VISIT (record)), ==, "2026-02-10");
  g_assert_cmpstr (tx_visit_get_reason (TX_VISIT (record)), ==, "1");
  g_assert_cmpstr (tx_visit_get_holiday (TX_VISIT (record)), ==, "01");
  g_assert_cmpint (tx_visit_get_holiday_year (TX_VISIT (record)), ==, 2026);
  visitors = tx_visit_get_visitors (TX_VISIT (record));
  g_assert_cmpuint (visitors->len, ==, 1);
  {
    g_autofree char *visitor_name = tx_test_dup_text (db, "SELECT name FROM staff WHERE uuid = ?",
                                                 ((TxVisitor *) visitors->pdata[0])->staff);

    g_assert_cmpstr (visitor_name, ==, staff);
  }

  assert_count (page, before + 1);
  tx_page_set_search (page, name);
  tx_test_drain_main_loop_repeatedly (20);
  g_assert_nonnull (find_label (GTK_WIDGET (page), "春节 2026"));
  tx_page_set_search (page, NULL);
}

static void
test_staff_and_pairing (void)
{
  TxPage *staff_page = page_of ("staff");
  TxPage *pairing_page;
  g_autofree char *person = tx_test_dup_text (db, "SELECT uuid FROM person WHERE trashed IS NULL ORDER BY id LIMIT 1 OFFSET 7", NULL);
  g_autofree char *staff_uuid = NULL;
  g_autofree char *pairing_uuid = NULL;
  g_autofree char *latest = NULL;
  g_autoptr(TxRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before;
  GtkWindow *editor;
  GtkEditable *date, *note;
  GtkDropDown *mode;
  GPtrArray *contacts;

  if (tx_test_skip_without_display ())
    return;

  before = tx_test_count (db, "SELECT count(*) FROM staff WHERE trashed IS NULL", NULL);
  editor = open_editor (staff_page, TX_TYPE_STAFF_EDITOR);
  gtk_editable_set_text (editable (editor, "name-entry"), "  欧阳晓红 ");
  choose_in_drop_down (drop_down (editor, "gender-drop-down"), "女");
  gtk_editable_set_text (editable (editor, "post-entry"), "统战联络员");
  gtk_editable_set_text (editable (editor, "phone-entry"), "13800138000");
  save_and_wait (editor);
  assert_count (staff_page, before + 1);
  staff_uuid = tx_test_dup_text (db, "SELECT uuid FROM staff WHERE name = ?", "欧阳晓红");
  g_assert_nonnull (staff_uuid);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM staff WHERE name = '欧阳晓红' AND gender = '2'"
                              " AND active = 1 AND phone = '13800138000'", NULL), ==, 1);
  tx_page_set_search (staff_page, "欧阳");
  tx_test_drain_main_loop_repeatedly (20);
  g_assert_nonnull (find_label (GTK_WIDGET (staff_page), "138****8000"));
  tx_page_set_search (staff_page, NULL);

  pairing_page = page_of ("pairings");
  before = tx_test_count (db, "SELECT count(*) FROM pairing WHERE trashed IS NULL", NULL);
  g_assert_true (tx_page_create_for_person (pairing_page, person));
  editor = tx_test_find_visible_toplevel (TX_TYPE_PAIRING_EDITOR);
  g_assert_nonnull (editor);
  tx_test_wait_for (tx_test_is_mapped, editor);
  choose_in_drop_down (drop_down (editor, "staff-drop-down"), "欧阳晓红");
  gtk_editable_set_text (editable (editor, "since-entry"), "2025年12月");
  _tx_pairing_editor_add_contact (TX_PAIRING_EDITOR (editor), &date, &mode, &note);
  gtk_editable_set_text (date, "2026.1.5");
  choose_in_drop_down (mode, "电话");
  gtk_editable_set_text (note, "问候身体情况");
  _tx_pairing_editor_add_contact (TX_PAIRING_EDITOR (editor), &date, &mode, &note);
  gtk_editable_set_text (date, "2026年2月3日");
  choose_in_drop_down (mode, "上门走访");
  gtk_editable_set_text (note, "春节前上门慰问");
  save_and_wait (editor);

  assert_count (pairing_page, before + 1);
  pairing_uuid = tx_test_dup_text (db, "SELECT uuid FROM pairing WHERE staff = ?", staff_uuid);
  record = tx_store_load (db, TX_TYPE_PAIRING, pairing_uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tx_pairing_get_person (TX_PAIRING (record)), ==, person);
  g_assert_cmpstr (tx_pairing_get_since (TX_PAIRING (record)), ==, "2025-12");
  contacts = tx_pairing_get_contacts (TX_PAIRING (record));
  g_assert_cmpuint (contacts->len, ==, 2);
  g_assert_cmpstr (((TxContact *) contacts->pdata[0])->date, ==, "2026-01-05");
  g_assert_cmpstr (((TxContact *) contacts->pdata[0])->mode, ==, "2");
  g_assert_cmpstr (((TxContact *) contacts->pdata[1])->date, ==, "2026-02-03");
  g_assert_cmpstr (((TxContact *) contacts->pdata[1])->mode, ==, "3");
  g_assert_cmpstr (((TxContact *) contacts->pdata[1])->note, ==, "春节前上门慰问");

  /* the list shows the latest contact */
  tx_page_set_search (pairing_page, "欧阳晓红");
  assert_count (pairing_page, 1);
  tx_test_drain_main_loop_repeatedly (20);
  latest = tx_format_date ("2026-02-03");
  g_assert_nonnull (find_label (GTK_WIDGET (pairing_page), latest));
  tx_page_set_search (pairing_page, NULL);
}

static gboolean
has_message_dialog (gpointer data)
{
  return tx_test_find_message_dialog () != NULL;
}

/* Escape (and the close button) closes an untouched editor at once, but
 * asks before throwing away what the user typed. */
/* A contact row: its date is a TxDateEntry (every form, stored as ISO), a
 * wrong date is refused before anything is added, a blank row adds nothing. */
static void
test_contact_row (void)
{
  g_autoptr(TxPairing) pairing = tx_pairing_new ();
  g_autoptr(GError) error = NULL;
  GtkWindow *holder;
  GtkWidget *list, *filled, *blank;
  GtkEditable *date, *note;
  const TxContact *contact;

  if (tx_test_skip_without_display ())
    return;
  list = gtk_list_box_new ();
  holder = tx_test_window_new_for (list);
  filled = tx_contact_row_new (NULL, "2026-01-05");
  blank = tx_contact_row_new (NULL, NULL);
  gtk_list_box_append (GTK_LIST_BOX (list), filled);
  gtk_list_box_append (GTK_LIST_BOX (list), blank);
  date = GTK_EDITABLE (gtk_widget_get_template_child (filled, TX_TYPE_CONTACT_ROW, "date"));
  note = GTK_EDITABLE (gtk_widget_get_template_child (filled, TX_TYPE_CONTACT_ROW, "note"));
  g_assert_true (tx_contact_row_check (TX_CONTACT_ROW (blank), &error));

  gtk_editable_set_text (date, "2026年2月30日");
  g_assert_false (tx_contact_row_check (TX_CONTACT_ROW (filled), &error));
  g_assert_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  g_clear_error (&error);

  gtk_editable_set_text (date, "2026.2.3");
  gtk_editable_set_text (note, "春节前上门慰问");
  g_assert_true (tx_contact_row_check (TX_CONTACT_ROW (filled), &error));
  g_assert_no_error (error);
  tx_contact_row_add_to (TX_CONTACT_ROW (filled), pairing);
  tx_contact_row_add_to (TX_CONTACT_ROW (blank), pairing);
  g_assert_cmpuint (tx_pairing_get_contacts (pairing)->len, ==, 1);
  contact = g_ptr_array_index (tx_pairing_get_contacts (pairing), 0);
  g_assert_cmpstr (contact->date, ==, "2026-02-03");
  g_assert_cmpstr (contact->note, ==, "春节前上门慰问");
  g_assert_null (contact->mode);
  tx_test_destroy_window (holder);
}

static void
test_escape_asks (void)
{
  TxPage *staff_page = page_of ("staff");
  g_autoptr(GtkWindow) kept = NULL;
  GtkWindow *editor;
  gint64 before;

  if (tx_test_skip_without_display ())
    return;

  before = tx_test_count (db, "SELECT count(*) FROM staff", NULL);

  editor = open_editor (staff_page, TX_TYPE_STAFF_EDITOR);
  kept = g_object_ref (editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  tx_test_drain_main_loop_repeatedly (5);
  g_assert_null (tx_test_find_message_dialog ());
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (kept)));
  g_clear_object (&kept);

  editor = open_editor (staff_page, TX_TYPE_STAFF_EDITOR);
  kept = g_object_ref (editor);
  gtk_editable_set_text (editable (editor, "name-entry"), "司马光");

  /* keep editing: the editor and the text stay */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  tx_test_wait_for (has_message_dialog, NULL);
  tx_test_answer_message_dialog (GTK_RESPONSE_CANCEL);
  tx_test_drain_main_loop_repeatedly (5);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (kept)));
  g_assert_cmpstr (gtk_editable_get_text (editable (editor, "name-entry")), ==, "司马光");

  /* the window's close button asks the same */
  gtk_window_close (editor);
  tx_test_wait_for (has_message_dialog, NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (kept)));

  /* discard: closed, nothing written */
  tx_test_answer_message_dialog (GTK_RESPONSE_REJECT);
  tx_test_drain_main_loop_repeatedly (10);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (kept)));
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM staff", NULL), ==, before);
}

static void
test_trash_undo (void)
{
  TxPage *page = page_of ("activities");
  GtkSelectionModel *selection;
  g_autoptr(TxRecord) record = NULL;
  g_autofree char *trashed_sql = NULL;
  const char *uuid;
  gint64 before = tx_test_count (db, "SELECT count(*) FROM activity WHERE trashed IS NULL", NULL);
  GtkWidget *toast_button;

  if (tx_test_skip_without_display ())
    return;

  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (tx_test_find_by_name (GTK_WIDGET (page), "list-view")));
  g_assert_true (gtk_selection_model_select_item (selection, 1, TRUE));
  record = g_list_model_get_item (G_LIST_MODEL (selection), 1);
  uuid = tx_record_get_uuid (record);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "list.trash", NULL));
  tx_test_drain_main_loop_repeatedly (20);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM activity WHERE uuid = ? AND trashed IS NOT NULL", uuid), ==, 1);
  assert_count (page, before - 1);

  /* the window's notification offers 撤销 */
  toast_button = tx_test_find_by_name (GTK_WIDGET (window), "toast-button");
  if (toast_button != NULL)
    {
      g_assert_true (gtk_widget_get_visible (toast_button));
      g_signal_emit_by_name (toast_button, "clicked");
    }
  else
    {
      g_test_message ("no toast button in the main window: undoing through the page");
      g_assert_true (tx_record_list_page_undo_trash (TX_RECORD_LIST_PAGE (page)));
    }
  tx_test_drain_main_loop_repeatedly (20);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM activity WHERE uuid = ? AND trashed IS NULL", uuid), ==, 1);
  assert_count (page, before);

  /* staff too */
  page = page_of ("staff");
  before = tx_test_count (db, "SELECT count(*) FROM staff WHERE trashed IS NULL", NULL);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (tx_test_find_by_name (GTK_WIDGET (page), "list-view")));
  gtk_selection_model_select_item (selection, 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "list.trash", NULL));
  tx_test_drain_main_loop_repeatedly (20);
  assert_count (page, before - 1);
  g_assert_true (tx_record_list_page_undo_trash (TX_RECORD_LIST_PAGE (page)));
  assert_count (page, before);
  g_assert_cmpint (tx_test_count (db, "SELECT count(*) FROM staff WHERE trashed IS NULL", NULL), ==, before);
}

static void
change_place_elsewhere (const char *uuid,
                        const char *place)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecord) other = tx_store_load (db, TX_TYPE_ACTIVITY, uuid, &error);

  g_assert_no_error (error);
  tx_activity_set_place (TX_ACTIVITY (other), place);
  tx_store_save (db, other, TX_SAVE_DEFAULT, &error);
  g_assert_no_error (error);
}

static gboolean
conflict_bar_shown (GtkWindow *editor)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (tx_test_get_by_name (GTK_WIDGET (editor), "conflict-bar")));
}

static void
test_conflict (void)
{
  TxPage *page = page_of ("activities");
  g_autofree char *uuid = tx_test_dup_text (db, "SELECT uuid FROM activity WHERE trashed IS NULL ORDER BY id LIMIT 1", NULL);
  g_autofree char *place = NULL;
  GtkWindow *editor;
  gpointer weak;

  if (tx_test_skip_without_display ())
    return;

  /* overwrite */
  tx_page_open_record (page, uuid);
  editor = tx_test_find_visible_toplevel (TX_TYPE_ACTIVITY_EDITOR);
  g_assert_nonnull (editor);
  tx_test_wait_for (tx_test_is_mapped, editor);
  change_place_elsewhere (uuid, "另一个窗口写的地点");
  gtk_editable_set_text (editable (editor, "place-entry"), "编辑器里的地点");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  tx_test_drain_main_loop_repeatedly (20);
  g_assert_true (conflict_bar_shown (editor));
  place = tx_test_dup_text (db, "SELECT place FROM activity WHERE uuid = ?", uuid);
  g_assert_cmpstr (place, ==, "另一个窗口写的地点");
  weak = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.overwrite", NULL));
  tx_test_wait_for (tx_test_is_gone, &weak);
  g_free (place);
  place = tx_test_dup_text (db, "SELECT place FROM activity WHERE uuid = ?", uuid);
  g_assert_cmpstr (place, ==, "编辑器里的地点");

  /* reload */
  tx_page_open_record (page, uuid);
  editor = tx_test_find_visible_toplevel (TX_TYPE_ACTIVITY_EDITOR);
  tx_test_wait_for (tx_test_is_mapped, editor);
  change_place_elsewhere (uuid, "第三次的地点");
  gtk_editable_set_text (editable (editor, "place-entry"), "不会保存");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  tx_test_drain_main_loop_repeatedly (20);
  g_assert_true (conflict_bar_shown (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.reload", NULL));
  tx_test_drain_main_loop_repeatedly (20);
  g_assert_null (tx_test_find_message_dialog ());
  g_assert_false (conflict_bar_shown (editor));
  g_assert_cmpstr (gtk_editable_get_text (editable (editor, "place-entry")), ==, "第三次的地点");
  /* after reloading, saving goes through */
  gtk_editable_set_text (editable (editor, "place-entry"), "最后的地点");
  save_and_wait (editor);
  g_free (place);
  place = tx_test_dup_text (db, "SELECT place FROM activity WHERE uuid = ?", uuid);
  g_assert_cmpstr (place, ==, "最后的地点");
}

static void
test_screenshots (void)
{
  static const struct
  {
    const char *page;
    GType     (*editor_type) (void);
  } shots[] = {
    { "activities", tx_activity_editor_get_type },
    { "visits",     tx_visit_editor_get_type },
    { "staff",      tx_staff_editor_get_type },
    { "pairings",   tx_pairing_editor_get_type },
  };

  if (tx_test_skip_without_display ())
    return;
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  tx_window_dismiss_toast (window);
  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      TxPage *page = page_of (shots[i].page);
      g_autofree char *list_name = g_strdup_printf ("activities-%s-list.png", shots[i].page);
      g_autofree char *editor_name = g_strdup_printf ("activities-%s-editor.png", shots[i].page);
      g_autoptr(TxRecord) record = NULL;
      GtkSelectionModel *model;
      GtkWindow *editor;

      tx_test_drain_main_loop_repeatedly (20);
      tx_test_save_screenshot (GTK_WIDGET (window), "TONGXIN_SCREENSHOTS", list_name);
      model = gtk_column_view_get_model (GTK_COLUMN_VIEW (tx_test_find_by_name (GTK_WIDGET (page), "list-view")));
      record = g_list_model_get_item (G_LIST_MODEL (model), 0);
      if (g_str_equal (shots[i].page, "activities"))
        {
          g_autofree char *uuid = tx_test_dup_text (db, "SELECT uuid FROM activity WHERE title = ?", "测试：五月鲜花展");

          tx_page_open_record (page, uuid ? uuid : tx_record_get_uuid (record));
        }
      else
        tx_page_open_record (page, tx_record_get_uuid (record));
      editor = tx_test_find_visible_toplevel (shots[i].editor_type ());
      g_assert_nonnull (editor);
      tx_test_wait_for (tx_test_is_mapped, editor);
      tx_test_save_screenshot (GTK_WIDGET (editor), "TONGXIN_SCREENSHOTS", editor_name);
      if (g_str_equal (shots[i].page, "activities"))
        {
          /* the lower half: notes and photos (the form's own scrolled
           * window comes first, below the conflict bar) */
          GtkWidget *scrolled = tx_test_find_by_type (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW);
          GtkAdjustment *adjustment;

          g_assert_nonnull (scrolled);
          adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
          tx_test_save_screenshot (GTK_WIDGET (editor), "TONGXIN_SCREENSHOTS", "activities-activities-editor-photos.png");
        }
      gtk_window_destroy (editor);
      tx_test_drain_main_loop_repeatedly (20);
    }
}

static void
add_pages (void)
{
  tx_window_add_page (window, "activities", _("Activities"), "x-office-calendar-symbolic", tx_activity_page_new ());
  tx_window_add_page (window, "visits", _("Visits"), "mail-send-symbolic", tx_visit_page_new ());
  tx_window_add_page (window, "pairings", _("Pairings"), "emblem-favorite-symbolic", tx_pairing_page_new ());
  tx_window_add_page (window, "staff", _("Staff"), "avatar-default-symbolic", tx_staff_page_new ());
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  have_display = tx_test_gtk_init ();

  if (have_display)
    {
      app = tx_test_application_new ();
      tmp_dir = tx_test_make_temp_dir ("activities");
      db = tx_test_open_demo_database (tmp_dir, 300, 1);

      window = tx_window_new (GTK_APPLICATION (app), db);
      add_pages ();
      gtk_window_present (GTK_WINDOW (window));
      tx_test_wait_until_mapped (GTK_WIDGET (window));
    }

  g_test_add_func ("/activity-pages/lists", test_lists);
  g_test_add_func ("/activity-pages/reload-in-background", test_reload_in_background);
  g_test_add_func ("/activity-pages/activity-editor", test_activity_editor);
  g_test_add_func ("/activity-pages/visit-for-person", test_visit_for_person);
  g_test_add_func ("/activity-pages/staff-and-pairing", test_staff_and_pairing);
  g_test_add_func ("/activity-pages/contact-row", test_contact_row);
  g_test_add_func ("/activity-pages/escape-asks", test_escape_asks);
  g_test_add_func ("/activity-pages/trash-undo", test_trash_undo);
  g_test_add_func ("/activity-pages/conflict", test_conflict);
  /* only when asked for: a test that always skipped would count as a pass */
  if (g_getenv ("TONGXIN_SCREENSHOTS") != NULL)
    g_test_add_func ("/activity-pages/screenshots", test_screenshots);

  status = g_test_run ();

  if (have_display)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      tx_test_drain_main_loop_repeatedly (20);
      g_clear_object (&db);
      tx_test_remove_tree (tmp_dir);
      g_clear_object (&app);
    }
  return status;
}
