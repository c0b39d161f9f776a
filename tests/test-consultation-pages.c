/* test-consultation-pages.c — the consultation and suggestion pages and
 * editors, driven as a user would, under Xvfb
 *
 * With TONGXIN_SCREENSHOT_DIR set, the lists and editors are also saved
 * there as PNG (run in zh_CN for data/screenshots/meetings-*.png).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "app/editors/tx-consultation-editor.h"
#include "app/pages/tx-consultation-page.h"
#include "app/pages/tx-meetings-private.h"
#include "app/pages/tx-page.h"
#include "app/editors/tx-suggestion-editor.h"
#include "app/pages/tx-suggestion-page.h"
#include "core/text/tx-civil-date.h"
#include "core/model/tx-consultation.h"
#include "core/demo/tx-demo.h"
#include "core/text/tx-i18n.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "app/widgets/tx-code-drop-down.h"
#include "tx-test-gtk-util.h"

#define OPERATOR "测试员"


typedef TxTestGtkFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  tx_test_gtk_fixture_set_up (f, 300, 1);
  tx_database_set_operator (f->db, OPERATOR);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tx_test_gtk_fixture_tear_down (f);
}

/* ---- widgets ------------------------------------------------------------ */

static GtkWindow *
show_page (GtkWidget  *page,
           TxDatabase *db)
{
  GtkWindow *window = tx_test_window_new_for (page);

  tx_page_set_database (TX_PAGE (page), db);
  gtk_window_present (window);
  tx_test_wait_until_mapped (GTK_WIDGET (window));
  tx_test_wait_for_loads (db);
  return window;
}

/* The pages read in a thread: the counts once the last reload is shown. */
static guint
consultation_count (GtkWidget *page)
{
  tx_test_wait_for_page (page);
  return tx_record_list_page_get_n_items (TX_RECORD_LIST_PAGE (page));
}

static guint
suggestion_count (GtkWidget *page)
{
  tx_test_wait_for_page (page);
  return tx_record_list_page_get_n_items (TX_RECORD_LIST_PAGE (page));
}

/* An editor action that closes the editor on success. */
static void
activate_and_expect_closed (GtkWidget  *editor,
                            const char *action)
{
  GObject *weak = G_OBJECT (editor);

  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  g_assert_true (gtk_widget_activate_action (editor, action, NULL));
  tx_test_drain_main_loop ();
  g_assert_null (weak);
}

static void
set_entry (GtkWidget  *root,
           const char *name,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (tx_test_get_by_name (root, name)), text);
}

/* An error dialog means the user was told something went wrong. */
static void
assert_no_error_dialog (void)
{
  g_assert_null (tx_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
}

/* ---- consultation page -------------------------------------------------- */

#define CONSULTATIONS_SQL "SELECT count(*) FROM consultation WHERE trashed IS NULL"
#define CONSULTATIONS_SEARCH_SQL \
  CONSULTATIONS_SQL " AND (instr(title, ?1) OR instr(place, ?1) OR instr(agenda, ?1)" \
  " OR instr(minutes, ?1) OR instr(resolutions, ?1))"

static void
assert_count_label (GtkWidget *page,
                    guint      count)
{
  const char *text = gtk_label_get_label (GTK_LABEL (tx_test_get_by_name (page, "count-label")));
  g_autofree char *number = g_strdup_printf ("%u", count);

  g_assert_nonnull (strstr (text, number));
}

static void
test_consultation_list (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *page;
  GtkWindow *window;
  gint64 total, matching;
  g_autofree char *word = NULL;
  g_autofree char *title = NULL;

  if (tx_test_skip_without_display ())
    return;

  page = tx_consultation_page_new ();
  window = show_page (page, f->db);
  total = tx_test_count (f->db, CONSULTATIONS_SQL, NULL);
  g_assert_cmpint (total, >, 1);
  g_assert_cmpint (consultation_count (page), ==, total);
  assert_count_label (page, total);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (
                    GTK_COLUMN_VIEW (tx_test_get_by_name (page, "list-view"))))), ==, total);
  tx_test_save_screenshot (GTK_WIDGET (window), "TONGXIN_SCREENSHOT_DIR", "meetings-consultations.png");

  /* newest first, and a word of the newest meeting's title narrows */
  title = tx_test_dup_text (f->db, "SELECT title FROM consultation WHERE trashed IS NULL"
                           " ORDER BY date DESC, start_time DESC, id DESC LIMIT 1", NULL);
  word = g_utf8_substring (title, 0, MIN (4, g_utf8_strlen (title, -1)));
  tx_page_set_search (TX_PAGE (page), word);
  matching = tx_test_count (f->db, CONSULTATIONS_SEARCH_SQL, word);
  g_assert_cmpint (matching, >=, 1);
  g_assert_cmpint (consultation_count (page), ==, matching);
  assert_count_label (page, matching);

  tx_page_set_search (TX_PAGE (page), "不会出现的词语");
  g_assert_cmpint (consultation_count (page), ==, 0);
  /* what the user typed is bound, never SQL: a quote finds nothing, breaks nothing */
  tx_page_set_search (TX_PAGE (page), "' OR 1=1 --");
  g_assert_cmpint (consultation_count (page), ==, 0);
  tx_page_set_search (TX_PAGE (page), NULL);
  g_assert_cmpint (consultation_count (page), ==, total);
  assert_no_error_dialog ();
  tx_test_destroy_window (window);
}

/* ---- suggestion page ---------------------------------------------------- */

#define SUGGESTIONS_SQL "SELECT count(*) FROM suggestion WHERE trashed IS NULL"

/* Overdue, computed here from each suggestion's deadline and state: past
 * the deadline while still waiting for an answer (登记, 受理, 转办). */
static gint64
count_overdue_in_c (TxDatabase *db)
{
  static const char * const awaiting[] = { "01", "02", "03", NULL };
  sqlite3_stmt *stmt = NULL;
  TxCivilDate today;
  g_autofree char *today_iso = NULL;
  gint64 count = 0;

  tx_civil_date_today (&today);
  today_iso = tx_civil_date_to_iso (&today);
  g_assert_cmpint (sqlite3_prepare_v2 (tx_database_get_handle (db),
                                       "SELECT deadline, state FROM suggestion WHERE trashed IS NULL",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *deadline = (const char *) sqlite3_column_text (stmt, 0);
      const char *state = (const char *) sqlite3_column_text (stmt, 1);
      TxCivilDate date;

      if (deadline == NULL || !tx_civil_date_from_iso (deadline, &date))
        continue;
      if (!g_strv_contains (awaiting, state))
        continue;
      if (tx_civil_date_compare (&date, &today) < 0)
        count++;
    }
  sqlite3_finalize (stmt);
  return count;
}

static void
test_suggestion_list (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *page;
  GtkWindow *window;
  gint64 total, matching, overdue, accepted;
  g_autofree char *unit = NULL;

  if (tx_test_skip_without_display ())
    return;

  page = tx_suggestion_page_new ();
  window = show_page (page, f->db);
  total = tx_test_count (f->db, SUGGESTIONS_SQL, NULL);
  g_assert_cmpint (total, >, 1);
  g_assert_cmpint (suggestion_count (page), ==, total);
  assert_count_label (page, total);

  /* the search covers the handling unit */
  unit = tx_test_dup_text (f->db, "SELECT handling_unit FROM suggestion WHERE handling_unit IS NOT NULL LIMIT 1", NULL);
  g_assert_nonnull (unit);
  tx_page_set_search (TX_PAGE (page), unit);
  matching = tx_test_count (f->db, SUGGESTIONS_SQL " AND (instr(title, ?1) OR instr(content, ?1)"
                                               " OR instr(handling_unit, ?1))", unit);
  g_assert_cmpint (matching, >=, 1);
  g_assert_cmpint (suggestion_count (page), ==, matching);
  assert_count_label (page, matching);
  tx_page_set_search (TX_PAGE (page), NULL);

  /* 只看逾期 */
  overdue = count_overdue_in_c (f->db);
  g_assert_cmpint (overdue, >, 0);
  g_assert_cmpint (overdue, <, total);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tx_test_get_by_name (page, "overdue-filter")), TRUE);
  g_assert_cmpint (suggestion_count (page), ==, overdue);
  assert_count_label (page, overdue);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tx_test_get_by_name (page, "overdue-filter")), FALSE);
  g_assert_cmpint (suggestion_count (page), ==, total);
  tx_test_save_screenshot (GTK_WIDGET (window), "TONGXIN_SCREENSHOT_DIR", "meetings-suggestions.png");

  /* the state filter: the fourth entry after 全部 is 答复 (05) */
  accepted = tx_test_count (f->db, SUGGESTIONS_SQL " AND state = '05'", NULL);
  g_assert_cmpint (accepted, >, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (tx_test_get_by_name (page, "state-filter")), 4);
  g_assert_cmpint (suggestion_count (page), ==, accepted);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (tx_test_get_by_name (page, "state-filter")), 0);
  g_assert_cmpint (suggestion_count (page), ==, total);
  assert_no_error_dialog ();
  tx_test_destroy_window (window);
}

/* ---- attendees ---------------------------------------------------------- */

static void
test_attendee (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *meeting_uuid = NULL;
  g_autofree char *person = NULL;
  g_autoptr(TxRecord) stored = NULL;
  TxConsultationEditor *editor;
  GtkWidget *list, *last_row, *drop_down;
  GPtrArray *attendees;
  guint before;
  gboolean found = FALSE;

  if (tx_test_skip_without_display ())
    return;

  meeting_uuid = tx_test_dup_text (f->db, "SELECT uuid FROM consultation WHERE trashed IS NULL AND minutes IS NOT NULL"
                                  " ORDER BY date DESC LIMIT 1", NULL);
  person = tx_test_dup_text (f->db, "SELECT uuid FROM person WHERE trashed IS NULL AND uuid NOT IN"
                            " (SELECT person FROM consultation_attendee WHERE owner = ?1 AND person IS NOT NULL)"
                            " ORDER BY id LIMIT 1", meeting_uuid);
  g_assert_nonnull (person);
  stored = tx_store_load (f->db, TX_TYPE_CONSULTATION, meeting_uuid, &error);
  g_assert_no_error (error);
  before = tx_consultation_get_attendees (TX_CONSULTATION (stored))->len;
  g_clear_object (&stored);

  editor = TX_CONSULTATION_EDITOR (tx_consultation_editor_new (NULL, f->db, meeting_uuid));
  tx_test_present (GTK_WINDOW (editor));
  gtk_notebook_set_current_page (GTK_NOTEBOOK (tx_test_find_by_type (GTK_WIDGET (editor), GTK_TYPE_NOTEBOOK)), 2);
  tx_test_save_screenshot (GTK_WIDGET (editor), "TONGXIN_SCREENSHOT_DIR", "meetings-consultation-attendees.png");
  gtk_notebook_set_current_page (GTK_NOTEBOOK (tx_test_find_by_type (GTK_WIDGET (editor), GTK_TYPE_NOTEBOOK)), 0);
  tx_test_save_screenshot (GTK_WIDGET (editor), "TONGXIN_SCREENSHOT_DIR", "meetings-consultation-editor.png");

  /* what the picker hands back; the same person twice is added once */
  _tx_consultation_editor_add_people (editor, (const char * const []) { person, person, NULL });
  list = tx_test_get_by_name (GTK_WIDGET (editor), "attendee-list");
  last_row = gtk_widget_get_last_child (list);
  g_assert_true (GTK_IS_LIST_BOX_ROW (last_row));
  drop_down = tx_test_find_by_type (last_row, GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (drop_down);
  /* 邀请 出席 缺席 列席: 出席 is the second */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), 1);
  activate_and_expect_closed (GTK_WIDGET (editor), "editor.save");
  assert_no_error_dialog ();

  stored = tx_store_load (f->db, TX_TYPE_CONSULTATION, meeting_uuid, &error);
  g_assert_no_error (error);
  attendees = tx_consultation_get_attendees (TX_CONSULTATION (stored));
  g_assert_cmpuint (attendees->len, ==, before + 1);
  for (guint i = 0; i < attendees->len; i++)
    {
      TxAttendee *attendee = g_ptr_array_index (attendees, i);

      if (g_strcmp0 (attendee->person, person) == 0)
        {
          g_assert_cmpstr (attendee->state, ==, "2");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

/* ---- suggestion states -------------------------------------------------- */

static void
move_to_next (GtkWidget  *editor,
              const char *date,
              const char *note)
{
  /* the first entry of the drop-down is the very next state */
  gtk_drop_down_set_selected (tx_code_drop_down_get_drop_down (TX_CODE_DROP_DOWN (tx_test_get_by_name (editor, "next-state"))), 0);
  set_entry (editor, "next-date", date);
  set_entry (editor, "next-note", note);
  g_assert_true (gtk_widget_activate_action (editor, "editor.move", NULL));
}

static void
remember_uuid (GtkWidget  *editor,
               const char *uuid,
               char      **out)
{
  g_free (*out);
  *out = g_strdup (uuid);
}

static void
test_suggestion_states (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecord) stored = NULL;
  g_autofree char *uuid = NULL;
  TxSuggestionEditor *editor;
  GPtrArray *history;
  TxStateChange *change;

  if (tx_test_skip_without_display ())
    return;

  editor = TX_SUGGESTION_EDITOR (tx_suggestion_editor_new (NULL, f->db, NULL));
  tx_test_present (GTK_WINDOW (editor));
  set_entry (GTK_WIDGET (editor), "title-entry", "关于增设社区养老服务站的建议");
  set_entry (GTK_WIDGET (editor), "unit-entry", "街道民政科");
  /* registered on the day it was made */
  set_entry (GTK_WIDGET (editor), "date-entry", "2026-06-28");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (tx_test_get_by_name (GTK_WIDGET (editor), "state-label"))), ==, "登记");

  move_to_next (GTK_WIDGET (editor), "2026-07-01", "已受理");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (tx_test_get_by_name (GTK_WIDGET (editor), "state-label"))), ==, "受理");
  /* a date as offices write it */
  move_to_next (GTK_WIDGET (editor), "2026年7月3日", "转街道民政科办理");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (tx_test_get_by_name (GTK_WIDGET (editor), "state-label"))), ==, "转办/交办");
  tx_test_save_screenshot (GTK_WIDGET (editor), "TONGXIN_SCREENSHOT_DIR", "meetings-suggestion-editor.png");

  g_signal_connect (editor, "saved", G_CALLBACK (remember_uuid), &uuid);
  activate_and_expect_closed (GTK_WIDGET (editor), "editor.save");
  assert_no_error_dialog ();
  g_assert_nonnull (uuid);

  stored = tx_store_load (f->db, TX_TYPE_SUGGESTION, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tx_suggestion_get_state (TX_SUGGESTION (stored)), ==, "03");
  history = tx_suggestion_get_history (TX_SUGGESTION (stored));
  g_assert_cmpuint (history->len, ==, 3);
  change = g_ptr_array_index (history, 0);
  g_assert_cmpstr (change->state, ==, "01");
  g_assert_cmpstr (change->date, ==, "2026-06-28");
  g_assert_cmpstr (change->operator, ==, OPERATOR);
  change = g_ptr_array_index (history, 1);
  g_assert_cmpstr (change->state, ==, "02");
  g_assert_cmpstr (change->date, ==, "2026-07-01");
  g_assert_cmpstr (change->note, ==, "已受理");
  g_assert_cmpstr (change->operator, ==, OPERATOR);
  change = g_ptr_array_index (history, 2);
  g_assert_cmpstr (change->state, ==, "03");
  g_assert_cmpstr (change->date, ==, "2026-07-03");
  g_assert_cmpstr (change->operator, ==, OPERATOR);

  /* reopened, the history is shown in order and the next step is 答复 */
  editor = TX_SUGGESTION_EDITOR (tx_suggestion_editor_new (NULL, f->db, uuid));
  tx_test_present (GTK_WINDOW (editor));
  {
    GtkWidget *list = tx_test_get_by_name (GTK_WIDGET (editor), "history-list");
    guint rows = 0;

    for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
      rows++;
    g_assert_cmpuint (rows, ==, 3);
  }
  g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (gtk_drop_down_get_selected_item (
                   tx_code_drop_down_get_drop_down (TX_CODE_DROP_DOWN (tx_test_get_by_name (GTK_WIDGET (editor), "next-state")))))), ==, "答复");
  /* only the next step is offered: no skipping to 办结 */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (
                    tx_code_drop_down_get_drop_down (TX_CODE_DROP_DOWN (tx_test_get_by_name (GTK_WIDGET (editor), "next-state"))))), ==, 1);
  /* a step back, with its reason in the note */
  gtk_editable_set_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (editor), "next-note")), "承办单位退回");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.step-back", NULL));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (tx_test_get_by_name (GTK_WIDGET (editor), "state-label"))), ==, "受理");
  {
    GtkWidget *list = tx_test_get_by_name (GTK_WIDGET (editor), "history-list");
    guint rows = 0;

    for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
      rows++;
    g_assert_cmpuint (rows, ==, 4);
  }
  assert_no_error_dialog ();
  tx_test_destroy_window (GTK_WINDOW (editor));
}

/* ---- a suggestion raised at a meeting ------------------------------------ */

static void
test_raised_at_meeting (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *meeting_uuid = NULL;
  g_autofree char *linked = NULL;
  g_autofree char *channel = NULL;
  TxConsultationEditor *editor;
  GtkWindow *suggestion_editor;
  GtkWidget *list;

  if (tx_test_skip_without_display ())
    return;

  /* a new meeting: saved first, so the suggestion can refer to it */
  editor = TX_CONSULTATION_EDITOR (tx_consultation_editor_new (NULL, f->db, NULL));
  tx_test_present (GTK_WINDOW (editor));
  set_entry (GTK_WIDGET (editor), "title-entry", "2026年下半年情况通报会");
  set_entry (GTK_WIDGET (editor), "date-entry", "2026.9.15");
  set_entry (GTK_WIDGET (editor), "time-entry", "14：30");
  g_assert_null (tx_consultation_editor_get_uuid (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.new-suggestion", NULL));
  assert_no_error_dialog ();
  g_assert_nonnull (tx_consultation_editor_get_uuid (editor));
  meeting_uuid = g_strdup (tx_consultation_editor_get_uuid (editor));
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM consultation WHERE uuid = ?1"
                                     " AND date = '2026-09-15' AND start_time = '14:30'", meeting_uuid), ==, 1);

  suggestion_editor = tx_test_find_toplevel (TX_TYPE_SUGGESTION_EDITOR);
  g_assert_nonnull (suggestion_editor);
  tx_test_wait_until_mapped (GTK_WIDGET (suggestion_editor));
  set_entry (GTK_WIDGET (suggestion_editor), "title-entry", "建议加快老旧小区加装电梯");
  activate_and_expect_closed (GTK_WIDGET (suggestion_editor), "editor.save");
  assert_no_error_dialog ();

  linked = tx_test_dup_text (f->db, "SELECT consultation FROM suggestion WHERE title = ?1", "建议加快老旧小区加装电梯");
  channel = tx_test_dup_text (f->db, "SELECT channel FROM suggestion WHERE title = ?1", "建议加快老旧小区加装电梯");
  g_assert_cmpstr (linked, ==, meeting_uuid);
  g_assert_cmpstr (channel, ==, "3");

  /* the meeting's list of suggestions raised shows it */
  list = tx_test_get_by_name (GTK_WIDGET (editor), "suggestion-list");
  g_assert_nonnull (gtk_widget_get_first_child (list));
  g_assert_null (gtk_widget_get_next_sibling (gtk_widget_get_first_child (list)));
  tx_test_destroy_window (GTK_WINDOW (editor));
}

/* ---- trash and undo ----------------------------------------------------- */

static void
test_trash_undo (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *page;
  GtkWindow *window;
  gint64 total;
  g_autofree char *newest = NULL;
  g_autofree char *trashed = NULL;

  if (tx_test_skip_without_display ())
    return;

  /* consultations: the newest row, with the Delete key's action */
  page = tx_consultation_page_new ();
  window = show_page (page, f->db);
  total = tx_test_count (f->db, CONSULTATIONS_SQL, NULL);
  newest = tx_test_dup_text (f->db, "SELECT uuid FROM consultation WHERE trashed IS NULL"
                            " ORDER BY date DESC, start_time DESC, id DESC LIMIT 1", NULL);
  tx_record_list_page_select (TX_RECORD_LIST_PAGE (page), 0);
  g_assert_true (gtk_widget_activate_action (page, "list.trash", NULL));
  trashed = tx_test_dup_text (f->db, "SELECT trashed FROM consultation WHERE uuid = ?1", newest);
  g_assert_nonnull (trashed);
  g_assert_cmpint (tx_test_count (f->db, CONSULTATIONS_SQL, NULL), ==, total - 1);
  g_assert_cmpint (consultation_count (page), ==, total - 1);
  g_assert_true (tx_record_list_page_undo_trash (TX_RECORD_LIST_PAGE (page)));
  g_clear_pointer (&trashed, g_free);
  trashed = tx_test_dup_text (f->db, "SELECT trashed FROM consultation WHERE uuid = ?1", newest);
  g_assert_null (trashed);
  g_assert_cmpint (consultation_count (page), ==, total);
  tx_test_destroy_window (window);

  /* suggestions: the same through the 删除 button */
  g_clear_pointer (&newest, g_free);
  page = tx_suggestion_page_new ();
  window = show_page (page, f->db);
  total = tx_test_count (f->db, SUGGESTIONS_SQL, NULL);
  newest = tx_test_dup_text (f->db, "SELECT uuid FROM suggestion WHERE trashed IS NULL"
                            " ORDER BY date DESC, id DESC LIMIT 1", NULL);
  tx_record_list_page_select (TX_RECORD_LIST_PAGE (page), 0);
  g_signal_emit_by_name (tx_test_get_by_name (page, "trash-button"), "clicked");
  trashed = tx_test_dup_text (f->db, "SELECT trashed FROM suggestion WHERE uuid = ?1", newest);
  g_assert_nonnull (trashed);
  g_assert_cmpint (suggestion_count (page), ==, total - 1);
  g_assert_true (tx_record_list_page_undo_trash (TX_RECORD_LIST_PAGE (page)));
  g_clear_pointer (&trashed, g_free);
  trashed = tx_test_dup_text (f->db, "SELECT trashed FROM suggestion WHERE uuid = ?1", newest);
  g_assert_null (trashed);
  g_assert_cmpint (suggestion_count (page), ==, total);
  assert_no_error_dialog ();
  tx_test_destroy_window (window);
}

/* ---- conflicts ---------------------------------------------------------- */

static void
change_title_elsewhere (TxDatabase *db,
                        GType       type,
                        const char *uuid,
                        const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecord) record = tx_store_load (db, type, uuid, &error);

  g_assert_no_error (error);
  g_object_set (record, "title", title, NULL);
  tx_store_save (db, record, TX_SAVE_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *suggestion_uuid = NULL;
  g_autofree char *meeting_uuid = NULL;
  g_autofree char *title = NULL;
  TxSuggestionEditor *editor;
  TxConsultationEditor *meeting_editor;

  if (tx_test_skip_without_display ())
    return;

  /* suggestion: conflict, then overwrite */
  suggestion_uuid = tx_test_dup_text (f->db, "SELECT uuid FROM suggestion WHERE trashed IS NULL LIMIT 1", NULL);
  editor = TX_SUGGESTION_EDITOR (tx_suggestion_editor_new (NULL, f->db, suggestion_uuid));
  tx_test_present (GTK_WINDOW (editor));
  change_title_elsewhere (f->db, TX_TYPE_SUGGESTION, suggestion_uuid, "另一处改的标题");
  set_entry (GTK_WIDGET (editor), "title-entry", "这里改的标题");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  tx_test_drain_main_loop ();
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (tx_test_get_by_name (GTK_WIDGET (editor), "conflict-bar"))));
  title = tx_test_dup_text (f->db, "SELECT title FROM suggestion WHERE uuid = ?1", suggestion_uuid);
  g_assert_cmpstr (title, ==, "另一处改的标题");
  /* the input is kept */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (editor), "title-entry"))), ==, "这里改的标题");
  tx_test_save_screenshot (GTK_WIDGET (editor), "TONGXIN_SCREENSHOT_DIR", "meetings-suggestion-conflict.png");
  activate_and_expect_closed (GTK_WIDGET (editor), "editor.overwrite");
  g_clear_pointer (&title, g_free);
  title = tx_test_dup_text (f->db, "SELECT title FROM suggestion WHERE uuid = ?1", suggestion_uuid);
  g_assert_cmpstr (title, ==, "这里改的标题");

  /* meeting: conflict, then reload shows the other version */
  meeting_uuid = tx_test_dup_text (f->db, "SELECT uuid FROM consultation WHERE trashed IS NULL LIMIT 1", NULL);
  meeting_editor = TX_CONSULTATION_EDITOR (tx_consultation_editor_new (NULL, f->db, meeting_uuid));
  tx_test_present (GTK_WINDOW (meeting_editor));
  change_title_elsewhere (f->db, TX_TYPE_CONSULTATION, meeting_uuid, "别处改过的会议");
  set_entry (GTK_WIDGET (meeting_editor), "title-entry", "这里改的会议");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (meeting_editor), "editor.save", NULL));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (tx_test_get_by_name (GTK_WIDGET (meeting_editor), "conflict-bar"))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (meeting_editor), "editor.reload", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (meeting_editor), "title-entry"))), ==, "别处改过的会议");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (tx_test_get_by_name (GTK_WIDGET (meeting_editor), "conflict-bar"))));
  /* after the reload a save goes through */
  set_entry (GTK_WIDGET (meeting_editor), "title-entry", "重新载入后保存");
  activate_and_expect_closed (GTK_WIDGET (meeting_editor), "editor.save");
  g_clear_pointer (&title, g_free);
  title = tx_test_dup_text (f->db, "SELECT title FROM consultation WHERE uuid = ?1", meeting_uuid);
  g_assert_cmpstr (title, ==, "重新载入后保存");
  assert_no_error_dialog ();
}

/* ---- bad input ---------------------------------------------------------- */

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  TxSuggestionEditor *editor;
  GtkWindow *dialog;
  gint64 before = tx_test_count (f->db, "SELECT count(*) FROM suggestion", NULL);

  if (tx_test_skip_without_display ())
    return;

  editor = TX_SUGGESTION_EDITOR (tx_suggestion_editor_new (NULL, f->db, NULL));
  tx_test_present (GTK_WINDOW (editor));
  set_entry (GTK_WIDGET (editor), "title-entry", "日期写错的建议");
  set_entry (GTK_WIDGET (editor), "deadline-entry", "明年春天");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  tx_test_drain_main_loop ();
  /* told, nothing written, the input kept, the editor still open */
  dialog = tx_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM suggestion", NULL), ==, before);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tx_test_get_by_name (GTK_WIDGET (editor), "deadline-entry"))), ==, "明年春天");
  tx_test_destroy_window (GTK_WINDOW (editor));
}

/* ---- unsaved changes ---------------------------------------------------- */

static void
test_unsaved_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *uuid = NULL;
  TxConsultationEditor *editor;
  GtkWindow *dialog;

  if (tx_test_skip_without_display ())
    return;

  /* untouched: Escape (editor.cancel) closes at once */
  uuid = tx_test_dup_text (f->db, "SELECT uuid FROM consultation WHERE trashed IS NULL LIMIT 1", NULL);
  editor = TX_CONSULTATION_EDITOR (tx_consultation_editor_new (NULL, f->db, uuid));
  tx_test_present (GTK_WINDOW (editor));
  activate_and_expect_closed (GTK_WIDGET (editor), "editor.cancel");

  /* typed into: it asks, and keeps what was typed until told to discard */
  editor = TX_CONSULTATION_EDITOR (tx_consultation_editor_new (NULL, f->db, uuid));
  tx_test_present (GTK_WINDOW (editor));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (tx_test_get_by_name (GTK_WIDGET (editor), "minutes-view"))),
                            "会议纪要补充一段", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  tx_test_drain_main_loop ();
  dialog = tx_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  tx_test_drain_main_loop ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  tx_test_drain_main_loop ();
  dialog = tx_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  {
    GObject *weak = G_OBJECT (editor);

    g_object_add_weak_pointer (weak, (gpointer *) &weak);
    gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
    tx_test_drain_main_loop ();
    g_assert_null (weak);
  }
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM consultation WHERE instr(minutes, ?1)", "会议纪要补充一段"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  tx_test_gtk_init ();

  g_test_add ("/meetings/consultation-list", Fixture, NULL, fixture_set_up, test_consultation_list, fixture_tear_down);
  g_test_add ("/meetings/suggestion-list", Fixture, NULL, fixture_set_up, test_suggestion_list, fixture_tear_down);
  g_test_add ("/meetings/attendee", Fixture, NULL, fixture_set_up, test_attendee, fixture_tear_down);
  g_test_add ("/meetings/suggestion-states", Fixture, NULL, fixture_set_up, test_suggestion_states, fixture_tear_down);
  g_test_add ("/meetings/raised-at-meeting", Fixture, NULL, fixture_set_up, test_raised_at_meeting, fixture_tear_down);
  g_test_add ("/meetings/trash-undo", Fixture, NULL, fixture_set_up, test_trash_undo, fixture_tear_down);
  g_test_add ("/meetings/conflict", Fixture, NULL, fixture_set_up, test_conflict, fixture_tear_down);
  g_test_add ("/meetings/unsaved-changes", Fixture, NULL, fixture_set_up, test_unsaved_changes, fixture_tear_down);
  g_test_add ("/meetings/bad-input", Fixture, NULL, fixture_set_up, test_bad_input, fixture_tear_down);

  return g_test_run ();
}
