/* test-editors.c — the same checks against every record editor, through
 * the base class: a save by someone else meanwhile (the bar, 重新载入 and
 * 覆盖), the question before edits are lost, Escape and Ctrl+S
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "app/editors/tx-activity-editor.h"
#include "app/editors/tx-consultation-editor.h"
#include "app/editors/tx-pairing-editor.h"
#include "app/editors/tx-person-editor.h"
#include "app/editors/tx-record-editor.h"
#include "app/editors/tx-staff-editor.h"
#include "app/editors/tx-suggestion-editor.h"
#include "app/editors/tx-visit-editor.h"
#include "core/db/tx-store.h"
#include "core/text/tx-i18n.h"
#include "tx-test-gtk-util.h"

#define THEIRS "另一个窗口写的备注"
#define MINE   "这个窗口写的备注"

typedef struct
{
  char       *dir;
  TxDatabase *db;
} Fixture;

typedef GtkWindow *(*OpenFunc) (TxDatabase *db,
                                const char *uuid);

static GtkWindow *
open_person (TxDatabase *db, const char *uuid)
{
  return tx_person_editor_new (NULL, db, uuid);
}

static GtkWindow *
open_activity (TxDatabase *db, const char *uuid)
{
  return tx_activity_editor_new (NULL, db, uuid);
}

static GtkWindow *
open_visit (TxDatabase *db, const char *uuid)
{
  return tx_visit_editor_new (NULL, db, uuid);
}

static GtkWindow *
open_staff (TxDatabase *db, const char *uuid)
{
  return tx_staff_editor_new (NULL, db, uuid);
}

static GtkWindow *
open_pairing (TxDatabase *db, const char *uuid)
{
  return tx_pairing_editor_new (NULL, db, uuid);
}

static GtkWindow *
open_consultation (TxDatabase *db, const char *uuid)
{
  return tx_consultation_editor_new (NULL, db, uuid);
}

static GtkWindow *
open_suggestion (TxDatabase *db, const char *uuid)
{
  return tx_suggestion_editor_new (NULL, db, uuid);
}

/* the seven editors: the table of their records and how each is opened */
static const struct
{
  const char *table;
  OpenFunc    open;
} editors[] = {
  { "person",       open_person },
  { "activity",     open_activity },
  { "visit",        open_visit },
  { "staff",        open_staff },
  { "pairing",      open_pairing },
  { "consultation", open_consultation },
  { "suggestion",   open_suggestion },
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = tx_test_make_temp_dir ("editors");
  f->db = tx_test_open_demo_database (f->dir, 200, 3);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  tx_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* ---- helpers --------------------------------------------------------------- */

static char *
first_uuid (Fixture    *f,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM %s WHERE trashed IS NULL ORDER BY id LIMIT 1", table);

  return tx_test_dup_existing_text (f->db, sql, NULL);
}

static char *
stored_notes (Fixture    *f,
              const char *table,
              const char *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT notes FROM %s WHERE uuid = ?", table);

  return tx_test_dup_text (f->db, sql, uuid);
}

static TxRecordEditor *
open_editor (Fixture *f,
             guint    i,
             char   **uuid)
{
  GtkWindow *editor;

  *uuid = first_uuid (f, editors[i].table);
  editor = editors[i].open (f->db, *uuid);
  g_assert_true (TX_IS_RECORD_EDITOR (editor));
  g_assert_cmpstr (tx_record_get_uuid (tx_record_editor_get_record (TX_RECORD_EDITOR (editor))), ==, *uuid);
  tx_test_present (editor);
  g_assert_false (tx_record_editor_is_modified (TX_RECORD_EDITOR (editor)));
  return TX_RECORD_EDITOR (editor);
}

static GtkTextView *
notes_view (TxRecordEditor *editor)
{
  GObject *view = gtk_widget_get_template_child (GTK_WIDGET (editor), G_OBJECT_TYPE (editor), "notes_view");

  g_assert_true (GTK_IS_TEXT_VIEW (view));
  return GTK_TEXT_VIEW (view);
}

static char *
notes_text (TxRecordEditor *editor)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (notes_view (editor));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
type_notes (TxRecordEditor *editor,
            const char     *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes_view (editor)), text, -1);
}

/* another window saves the record meanwhile */
static void
save_notes_elsewhere (Fixture        *f,
                      TxRecordEditor *editor,
                      const char     *uuid)
{
  GType type = G_OBJECT_TYPE (tx_record_editor_get_record (editor));
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecord) other = tx_store_load (f->db, type, uuid, &error);

  g_assert_no_error (error);
  g_object_set (other, "notes", THEIRS, NULL);
  g_assert_true (tx_store_save (f->db, other, TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
}

static gboolean
conflict_bar_shown (TxRecordEditor *editor)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (tx_test_get_by_name (GTK_WIDGET (editor), "conflict-bar")));
}

static void
activate (TxRecordEditor *editor,
          const char     *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), action, NULL));
  tx_test_drain_main_loop_repeatedly (3);
}

/* activates @action and waits until the editor is gone */
static void
activate_and_expect_gone (TxRecordEditor *editor,
                          const char     *action)
{
  gpointer weak = editor;

  g_object_add_weak_pointer (G_OBJECT (editor), &weak);
  activate (editor, action);
  tx_test_wait_for (tx_test_is_gone, &weak);
}

static void
on_saved (TxRecordEditor  *editor,
          const char      *uuid,
          char           **out)
{
  g_free (*out);
  *out = g_strdup (uuid);
}

/* ---- the checks ------------------------------------------------------------ */

/* A save finds the record saved elsewhere: the bar, nothing written, the
 * input kept; 覆盖 writes mine, closes and says "saved" with the uuid. */
static void
test_conflict_overwrite (Fixture       *f,
                         gconstpointer  data)
{
  if (tx_test_skip_without_display ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      g_autofree char *uuid = NULL;
      g_autofree char *notes = NULL;
      g_autofree char *saved = NULL;
      TxRecordEditor *editor = open_editor (f, i, &uuid);

      g_test_message ("%s editor", editors[i].table);
      g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved);
      g_assert_false (conflict_bar_shown (editor));
      save_notes_elsewhere (f, editor, uuid);
      type_notes (editor, MINE);
      activate (editor, "editor.save");
      g_assert_true (conflict_bar_shown (editor));
      g_assert_null (tx_test_find_message_dialog ());
      g_assert_null (saved);
      notes = stored_notes (f, editors[i].table, uuid);
      g_assert_cmpstr (notes, ==, THEIRS);
      g_clear_pointer (&notes, g_free);
      notes = notes_text (editor);
      g_assert_cmpstr (notes, ==, MINE);
      g_clear_pointer (&notes, g_free);

      activate_and_expect_gone (editor, "editor.overwrite");
      g_assert_cmpstr (saved, ==, uuid);
      notes = stored_notes (f, editors[i].table, uuid);
      g_assert_cmpstr (notes, ==, MINE);
    }
}

/* 重新载入 shows their version at once (the bar was the question: nothing
 * asks again), the form counts as unchanged, and a save goes through. */
static void
test_conflict_reload (Fixture       *f,
                      gconstpointer  data)
{
  if (tx_test_skip_without_display ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      g_autofree char *uuid = NULL;
      g_autofree char *notes = NULL;
      TxRecordEditor *editor = open_editor (f, i, &uuid);

      g_test_message ("%s editor", editors[i].table);
      save_notes_elsewhere (f, editor, uuid);
      type_notes (editor, MINE);
      activate (editor, "editor.save");
      g_assert_true (conflict_bar_shown (editor));

      activate (editor, "editor.reload");
      g_assert_null (tx_test_find_message_dialog ());
      g_assert_null (tx_record_editor_get_question (editor));
      g_assert_false (conflict_bar_shown (editor));
      notes = notes_text (editor);
      g_assert_cmpstr (notes, ==, THEIRS);
      g_clear_pointer (&notes, g_free);
      g_assert_false (tx_record_editor_is_modified (editor));

      type_notes (editor, MINE "（重新载入后）");
      activate_and_expect_gone (editor, "editor.save");
      notes = stored_notes (f, editors[i].table, uuid);
      g_assert_cmpstr (notes, ==, MINE "（重新载入后）");
    }
}

/* Escape closes an untouched editor at once; after a change it asks, and
 * so does the window's close button; 放弃 closes without writing. */
static void
test_escape (Fixture       *f,
             gconstpointer  data)
{
  if (tx_test_skip_without_display ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      g_autofree char *uuid = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *notes = NULL;
      TxRecordEditor *editor = open_editor (f, i, &uuid);

      g_test_message ("%s editor", editors[i].table);
      g_assert_cmpstr (tx_test_bound_action (GTK_WIDGET (editor), GDK_KEY_Escape, 0), ==, "editor.cancel");
      g_assert_cmpstr (tx_test_bound_action (GTK_WIDGET (editor), GDK_KEY_s, GDK_CONTROL_MASK), ==, "editor.save");

      /* untouched: closes at once */
      activate_and_expect_gone (editor, "editor.cancel");
      g_assert_null (tx_test_find_message_dialog ());

      /* changed: asks; keep editing keeps the text */
      g_clear_pointer (&uuid, g_free);
      editor = open_editor (f, i, &uuid);
      before = stored_notes (f, editors[i].table, uuid);
      type_notes (editor, MINE);
      g_assert_true (tx_record_editor_is_modified (editor));
      activate (editor, "editor.cancel");
      g_assert_nonnull (tx_record_editor_get_question (editor));
      tx_test_answer_message_dialog (GTK_RESPONSE_CANCEL);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
      notes = notes_text (editor);
      g_assert_cmpstr (notes, ==, MINE);

      /* the close button asks the same; 放弃 closes, nothing written */
      gtk_window_close (GTK_WINDOW (editor));
      tx_test_drain_main_loop_repeatedly (3);
      g_assert_nonnull (tx_record_editor_get_question (editor));
      {
        gpointer weak = editor;

        g_object_add_weak_pointer (G_OBJECT (editor), &weak);
        tx_test_answer_message_dialog (GTK_RESPONSE_REJECT);
        tx_test_wait_for (tx_test_is_gone, &weak);
      }
      after = stored_notes (f, editors[i].table, uuid);
      g_assert_cmpstr (after, ==, before);
    }
}

int
main (int   argc,
      char *argv[])
{
  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  tx_test_gtk_init ();

  g_test_add ("/editors/conflict-overwrite", Fixture, NULL, fixture_set_up, test_conflict_overwrite, fixture_tear_down);
  g_test_add ("/editors/conflict-reload", Fixture, NULL, fixture_set_up, test_conflict_reload, fixture_tear_down);
  g_test_add ("/editors/escape", Fixture, NULL, fixture_set_up, test_escape, fixture_tear_down);

  return g_test_run ();
}
