/* test-person-editor.c — the person editor and the person's history, under Xvfb
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "app/tx-app-util.h"
#include "app/editors/tx-person-editor-private.h"
#include "core/model/tx-activity.h"
#include "core/model/tx-codes.h"
#include "core/demo/tx-demo.h"
#include "core/text/tx-i18n.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-person-history.h"
#include "core/db/tx-store.h"
#include "tx-test-gtk-util.h"


typedef TxTestGtkFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  tx_test_gtk_fixture_set_up (f, 200, 1);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tx_test_gtk_fixture_tear_down (f);
}

static GtkWidget *
child (GtkWindow  *editor,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (editor), TX_TYPE_PERSON_EDITOR, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
set_text (GtkWindow  *editor,
          const char *name,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (editor, name)), text);
}

static const char *
get_text (GtkWindow  *editor,
          const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (child (editor, name)));
}

static void
set_code (GtkWindow  *editor,
          const char *name,
          const char *code)
{
  GtkDropDown *drop = GTK_DROP_DOWN (child (editor, name));

  tx_code_drop_down_set_code (drop, code);
  g_assert_cmpstr (tx_code_drop_down_get_code (drop), ==, code);
}

static void
set_view (GtkWindow  *editor,
          const char *name,
          const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (editor, name))), text, -1);
}

static void
on_saved (GtkWindow  *editor,
          const char *uuid,
          int        *n)
{
  g_assert_nonnull (uuid);
  (*n)++;
}

/* what 保存 does: the editor closes once the person is written */
static gboolean
save_editor (GtkWindow *editor)
{
  if (!tx_record_editor_save (TX_RECORD_EDITOR (editor), TX_SAVE_CHECK_CONFLICT))
    return FALSE;
  gtk_window_destroy (editor);
  return TRUE;
}

static gboolean
conflict_bar_shown (GtkWindow *editor)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (tx_test_get_by_name (GTK_WIDGET (editor), "conflict-bar")));
}

static GtkWindow *
open_editor (TxDatabase *db,
             const char *uuid,
             int        *n_saved)
{
  GtkWindow *editor = tx_person_editor_new (NULL, db, uuid);

  g_object_ref_sink (editor);
  if (n_saved != NULL)
    g_signal_connect (editor, "saved", G_CALLBACK (on_saved), n_saved);
  gtk_window_present (editor);
  tx_test_drain_main_loop_repeatedly (5);
  return editor;
}

static void
close_editor (GtkWindow *editor)
{
  GtkWidget *dialog = tx_record_editor_get_question (TX_RECORD_EDITOR (editor));

  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (editor);
  tx_test_drain_main_loop_repeatedly (5);
  g_assert_finalize_object (editor);
}

/* 110101 + birth + sequence; a check digit is added, or @wrong_check */
static char *
make_id (const char *birth8,
         const char *sequence3,
         gboolean    wrong_check)
{
  g_autofree char *first17 = g_strconcat ("110101", birth8, sequence3, NULL);
  char check = tx_id_number_compute_check (first17);

  if (wrong_check)
    check = check == '0' ? '1' : '0';
  return g_strdup_printf ("%s%c", first17, check);
}

static GBytes *
make_png (int      width,
          int      height,
          gboolean noise)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autoptr(GError) error = NULL;
  gchar *buffer = NULL;
  gsize size = 0;

  if (noise)
    {
      guchar *pixels = gdk_pixbuf_get_pixels (pixbuf);
      gsize n = (gsize) gdk_pixbuf_get_rowstride (pixbuf) * height;
      GRand *rand = g_rand_new_with_seed (7);

      for (gsize i = 0; i < n; i++)
        pixels[i] = g_rand_int_range (rand, 0, 256);
      g_rand_free (rand);
    }
  else
    gdk_pixbuf_fill (pixbuf, 0x3366ccff);
  gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "png", &error, NULL);
  g_assert_no_error (error);
  return g_bytes_new_take (buffer, size);
}

/* ---- creating a person through every input ------------------------------- */

static void
test_create_all_fields (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecord) stored = NULL;
  g_autoptr(GBytes) png = make_png (40, 50, FALSE);
  g_autofree char *community = tx_test_dup_existing_text (f->db, "SELECT uuid FROM community WHERE trashed IS NULL ORDER BY code DESC LIMIT 1", NULL);
  g_autofree char *id = make_id ("19650312", "123", FALSE);
  g_auto(GStrv) categories = NULL;
  GtkWindow *editor;
  GtkWidget *row;
  TxPerson *p;
  GPtrArray *rows;
  gint64 before;
  int n_saved = 0;

  if (tx_test_skip_without_display ())
    return;
  before = tx_test_count (f->db, "SELECT count(*) FROM person", NULL);
  editor = open_editor (f->db, NULL, &n_saved);

  set_text (editor, "name_entry", "欧阳明华");
  set_text (editor, "former_name_entry", "欧阳小明");
  set_code (editor, "gender_drop", "1");
  set_code (editor, "ethnicity_drop", "03");
  set_text (editor, "birth_date_entry", "1965年3月12日");
  set_text (editor, "native_place_entry", "湖南长沙");
  set_code (editor, "document_type_drop", "01");
  set_text (editor, "document_number_entry", id);
  g_assert_true (_tx_person_editor_set_photo_bytes (TX_PERSON_EDITOR (editor), png, &error));
  g_assert_no_error (error);
  set_code (editor, "political_drop", "05");
  set_text (editor, "party_joined_entry", "1990.7.1");
  set_text (editor, "party_post_entry", "支部委员");
  set_code (editor, "religion_drop", "1");
  set_code (editor, "education_drop", "21");
  set_code (editor, "degree_drop", "4");
  set_text (editor, "professional_title_entry", "高级工程师");
  set_text (editor, "work_unit_entry", "长沙市第一建筑设计院");
  set_text (editor, "work_post_entry", "总工程师");
  set_text (editor, "sector_entry", "建筑设计");
  row = _tx_person_editor_add_role_row (TX_PERSON_EDITOR (editor));
  tx_code_drop_down_set_code (GTK_DROP_DOWN (_tx_person_editor_row_get (row, "kind")), "2");
  tx_code_drop_down_set_code (GTK_DROP_DOWN (_tx_person_editor_row_get (row, "level")), "3");
  gtk_editable_set_text (GTK_EDITABLE (_tx_person_editor_row_get (row, "organization")), "区政协");
  gtk_editable_set_text (GTK_EDITABLE (_tx_person_editor_row_get (row, "term")), "第十五届");
  gtk_editable_set_text (GTK_EDITABLE (_tx_person_editor_row_get (row, "post")), "委员");
  set_text (editor, "phone_entry", "13812345678");
  set_text (editor, "phone_other_entry", "0731-84123456");
  set_text (editor, "address_entry", "东风路 12 号 3 栋 502");
  g_assert_true (_tx_person_editor_select_community (TX_PERSON_EDITOR (editor), community));
  gtk_check_button_set_active (_tx_person_editor_get_category_check (TX_PERSON_EDITOR (editor), "03"), TRUE);
  gtk_check_button_set_active (_tx_person_editor_get_category_check (TX_PERSON_EDITOR (editor), "01"), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (editor, "representative_check")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (editor, "key_person_check")), TRUE);
  set_code (editor, "status_drop", "2");
  set_view (editor, "skills_view", "建筑设计，古建筑修缮");
  set_view (editor, "health_view", "高血压");
  row = _tx_person_editor_add_circumstance_row (TX_PERSON_EDITOR (editor));
  tx_code_drop_down_set_code (GTK_DROP_DOWN (_tx_person_editor_row_get (row, "kind")), "1");
  gtk_editable_set_text (GTK_EDITABLE (_tx_person_editor_row_get (row, "date")), "2025年11月3日");
  gtk_editable_set_text (GTK_EDITABLE (_tx_person_editor_row_get (row, "resolved")), "2025.11.20");
  gtk_editable_set_text (GTK_EDITABLE (_tx_person_editor_row_get (row, "description")), "心脏手术住院");
  set_view (editor, "notes_view", "热心社区事务");
  g_assert_true (tx_person_editor_is_modified (TX_PERSON_EDITOR (editor)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  tx_test_drain_main_loop_repeatedly (5);
  g_assert_cmpint (n_saved, ==, 1);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, before + 1);

  p = tx_person_editor_get_person (TX_PERSON_EDITOR (editor));
  stored = tx_store_load (f->db, TX_TYPE_PERSON, tx_record_get_uuid (TX_RECORD (p)), &error);
  g_assert_no_error (error);
  p = TX_PERSON (stored);
  g_assert_cmpstr (tx_person_get_name (p), ==, "欧阳明华");
  g_assert_cmpstr (tx_person_get_former_name (p), ==, "欧阳小明");
  g_assert_cmpstr (tx_person_get_gender (p), ==, "1");
  g_assert_cmpstr (tx_person_get_ethnicity (p), ==, "03");
  g_assert_cmpstr (tx_person_get_birth_date (p), ==, "1965-03-12");
  g_assert_cmpstr (tx_person_get_native_place (p), ==, "湖南长沙");
  g_assert_cmpstr (tx_person_get_document_type (p), ==, "01");
  g_assert_cmpstr (tx_person_get_document_number (p), ==, id);
  g_assert_cmpstr (tx_person_get_political_status (p), ==, "05");
  g_assert_cmpstr (tx_person_get_party_joined (p), ==, "1990-07-01");
  g_assert_cmpstr (tx_person_get_party_post (p), ==, "支部委员");
  g_assert_cmpstr (tx_person_get_religion (p), ==, "1");
  g_assert_cmpstr (tx_person_get_education (p), ==, "21");
  g_assert_cmpstr (tx_person_get_degree (p), ==, "4");
  g_assert_cmpstr (tx_person_get_professional_title (p), ==, "高级工程师");
  g_assert_cmpstr (tx_person_get_work_unit (p), ==, "长沙市第一建筑设计院");
  g_assert_cmpstr (tx_person_get_work_post (p), ==, "总工程师");
  g_assert_cmpstr (tx_person_get_sector (p), ==, "建筑设计");
  g_assert_cmpstr (tx_person_get_phone (p), ==, "13812345678");
  g_assert_cmpstr (tx_person_get_phone_other (p), ==, "0731-84123456");
  g_assert_cmpstr (tx_person_get_address (p), ==, "东风路 12 号 3 栋 502");
  g_assert_cmpstr (tx_person_get_community (p), ==, community);
  g_assert_true (tx_person_get_representative (p));
  g_assert_true (tx_person_get_key_person (p));
  g_assert_cmpstr (tx_person_get_status (p), ==, "2");
  g_assert_cmpstr (tx_person_get_skills (p), ==, "建筑设计，古建筑修缮");
  g_assert_cmpstr (tx_person_get_health (p), ==, "高血压");
  g_assert_cmpstr (tx_person_get_notes (p), ==, "热心社区事务");

  categories = tx_person_dup_categories (p);
  g_assert_cmpuint (g_strv_length (categories), ==, 2);
  g_assert_cmpstr (categories[0], ==, "01");
  g_assert_cmpstr (categories[1], ==, "03");

  rows = tx_person_get_roles (p);
  g_assert_cmpuint (rows->len, ==, 1);
  {
    TxSocialRole *role = g_ptr_array_index (rows, 0);

    g_assert_cmpstr (role->kind, ==, "2");
    g_assert_cmpstr (role->level, ==, "3");
    g_assert_cmpstr (role->organization, ==, "区政协");
    g_assert_cmpstr (role->term, ==, "第十五届");
    g_assert_cmpstr (role->post, ==, "委员");
  }
  rows = tx_person_get_circumstances (p);
  g_assert_cmpuint (rows->len, ==, 1);
  {
    TxCircumstance *c = g_ptr_array_index (rows, 0);

    g_assert_cmpstr (c->kind, ==, "1");
    g_assert_cmpstr (c->date, ==, "2025-11-03");
    g_assert_cmpstr (c->resolved, ==, "2025-11-20");
    g_assert_cmpstr (c->description, ==, "心脏手术住院");
  }
  rows = tx_person_get_photo (p);
  g_assert_cmpuint (rows->len, ==, 1);
  {
    TxPhoto *photo = g_ptr_array_index (rows, 0);

    g_assert_cmpstr (photo->mime, ==, "image/png");
    g_assert_true (g_bytes_equal (photo->data, png));
  }

  /* the window closed itself after saving */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  close_editor (editor);
}

/* Editing an existing person keeps what was not touched. */
static void
test_edit_keeps_fields (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = tx_test_dup_existing_text (f->db,
    "SELECT p.uuid FROM person p WHERE trashed IS NULL AND EXISTS "
    "(SELECT 1 FROM person_category c WHERE c.owner = p.uuid) ORDER BY id LIMIT 1", NULL);
  g_autoptr(TxRecord) before = tx_store_load (f->db, TX_TYPE_PERSON, uuid, &error);
  g_autoptr(TxRecord) after = NULL;
  g_auto(GStrv) cats_before = NULL;
  g_auto(GStrv) cats_after = NULL;
  GtkWindow *editor;
  int n_saved = 0;

  if (tx_test_skip_without_display ())
    return;
  g_assert_no_error (error);
  editor = open_editor (f->db, uuid, &n_saved);
  g_assert_cmpstr (get_text (editor, "name_entry"), ==, tx_person_get_name (TX_PERSON (before)));
  g_assert_false (tx_person_editor_is_modified (TX_PERSON_EDITOR (editor)));
  set_text (editor, "work_post_entry", "新的职务");
  g_assert_true (save_editor (editor));
  g_assert_cmpint (n_saved, ==, 1);

  after = tx_store_load (f->db, TX_TYPE_PERSON, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tx_person_get_work_post (TX_PERSON (after)), ==, "新的职务");
  g_assert_cmpstr (tx_person_get_document_number (TX_PERSON (after)), ==, tx_person_get_document_number (TX_PERSON (before)));
  g_assert_cmpstr (tx_person_get_birth_date (TX_PERSON (after)), ==, tx_person_get_birth_date (TX_PERSON (before)));
  g_assert_cmpstr (tx_person_get_community (TX_PERSON (after)), ==, tx_person_get_community (TX_PERSON (before)));
  cats_before = tx_person_dup_categories (TX_PERSON (before));
  cats_after = tx_person_dup_categories (TX_PERSON (after));
  g_assert_true (g_strv_equal ((const char * const *) cats_before, (const char * const *) cats_after));
  g_assert_cmpuint (tx_person_get_roles (TX_PERSON (after))->len, ==, tx_person_get_roles (TX_PERSON (before))->len);
  g_assert_cmpuint (tx_person_get_circumstances (TX_PERSON (after))->len, ==,
                    tx_person_get_circumstances (TX_PERSON (before))->len);
  close_editor (editor);
}

/* ---- dates ----------------------------------------------------------------- */

static void
test_dates (Fixture       *f,
            gconstpointer  data)
{
  GtkWindow *editor;
  GtkWidget *error_label;

  if (tx_test_skip_without_display ())
    return;
  editor = open_editor (f->db, NULL, NULL);
  error_label = child (editor, "birth_date_error");

  set_text (editor, "birth_date_entry", "1965年3月");
  g_signal_emit_by_name (child (editor, "birth_date_entry"), "activate");
  /* every typed form is shown in the one display form of all editors */
  g_assert_cmpstr (get_text (editor, "birth_date_entry"), ==, "1965年3月");
  g_assert_cmpstr (tx_date_entry_get_date (TX_DATE_ENTRY (child (editor, "birth_date_entry"))), ==, "1965-03");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==, "");

  set_text (editor, "birth_date_entry", "1965.3.12");
  g_signal_emit_by_name (child (editor, "birth_date_entry"), "activate");
  g_assert_cmpstr (get_text (editor, "birth_date_entry"), ==, "1965年3月12日");

  set_text (editor, "birth_date_entry", "1965年13月");
  g_signal_emit_by_name (child (editor, "birth_date_entry"), "activate");
  g_assert_cmpstr (get_text (editor, "birth_date_entry"), ==, "1965年13月");   /* kept as typed */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), !=, "");
  g_assert_true (gtk_widget_has_css_class (child (editor, "birth_date_entry"), "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), !=, "");

  /* refused at save, nothing written */
  set_text (editor, "name_entry", "王五");
  {
    gint64 before = tx_test_count (f->db, "SELECT count(*) FROM person", NULL);

    g_assert_false (save_editor (editor));
    g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, before);
    g_assert_cmpstr (get_text (editor, "name_entry"), ==, "王五");
  }
  close_editor (editor);
}

/* ---- validation ------------------------------------------------------------ */

static void
assert_refused (Fixture    *f,
                GtkWindow  *editor,
                const char *label_name,
                const char *expected)
{
  gint64 before = tx_test_count (f->db, "SELECT count(*) FROM person", NULL);
  GtkWidget *label = child (editor, label_name);

  g_assert_false (save_editor (editor));
  tx_test_drain_main_loop_repeatedly (5);
  g_assert_cmpint (tx_test_count (f->db, "SELECT count(*) FROM person", NULL), ==, before);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, "");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), expected));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
}

static void
test_bad_id (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *bad = make_id ("19650312", "123", TRUE);
  g_autofree char *good = make_id ("19650312", "123", FALSE);
  g_autoptr(GError) expected = NULL;
  GtkWindow *editor;

  if (tx_test_skip_without_display ())
    return;
  editor = open_editor (f->db, NULL, NULL);

  /* the name is required */
  assert_refused (f, editor, "name_error", "");
  g_assert_true (gtk_widget_has_css_class (child (editor, "name_entry"), "error"));

  set_text (editor, "name_entry", "李四");
  set_code (editor, "document_type_drop", "01");
  set_text (editor, "document_number_entry", bad);
  g_assert_false (tx_id_number_validate (bad, &expected));
  g_assert_error (expected, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_CHECK_DIGIT);
  assert_refused (f, editor, "document_number_error", expected->message);
  g_clear_error (&expected);

  /* a good number that disagrees with the gender */
  set_text (editor, "document_number_entry", good);
  set_code (editor, "gender_drop", "2");
  g_assert_false (tx_id_number_check_record (good, TX_ID_DOCUMENT_ID_CARD, NULL, "2", &expected));
  assert_refused (f, editor, "document_number_error", expected->message);
  g_clear_error (&expected);

  /* … or with the birth date */
  set_code (editor, "gender_drop", "1");
  set_text (editor, "birth_date_entry", "1966-03-12");
  g_assert_false (tx_id_number_check_record (good, TX_ID_DOCUMENT_ID_CARD, "1966-03-12", "1", &expected));
  assert_refused (f, editor, "document_number_error", expected->message);

  /* other documents have no check */
  set_code (editor, "document_type_drop", "03");   /* a passport */
  set_text (editor, "document_number_entry", "E12345678");
  if (!save_editor (editor))
    g_error ("not saved: %s", gtk_label_get_text (GTK_LABEL (child (editor, "banner"))));
  close_editor (editor);
}

static void
test_fill_from_id (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *id = make_id ("19780509", "246", FALSE);   /* 4: even, a woman */
  GtkWindow *editor;
  GtkWidget *fill;
  GtkWidget *upgrade;

  if (tx_test_skip_without_display ())
    return;
  editor = open_editor (f->db, NULL, NULL);
  fill = child (editor, "id_fill_button");
  upgrade = child (editor, "id_upgrade_button");

  set_code (editor, "document_type_drop", "01");
  g_assert_false (gtk_widget_get_visible (fill));
  set_text (editor, "document_number_entry", id);
  g_assert_true (gtk_widget_get_visible (fill));
  g_signal_emit_by_name (fill, "clicked");
  g_assert_cmpstr (get_text (editor, "birth_date_entry"), ==, "1978年5月9日");
  g_assert_cmpstr (tx_date_entry_get_date (TX_DATE_ENTRY (child (editor, "birth_date_entry"))), ==, "1978-05-09");
  g_assert_cmpstr (tx_code_drop_down_get_code (GTK_DROP_DOWN (child (editor, "gender_drop"))), ==, "2");
  g_assert_false (gtk_widget_get_visible (fill));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (editor, "document_number_error"))), ==, "");

  /* a 15-digit number: the conversion is offered, not done */
  set_text (editor, "document_number_entry", "110101780509246");
  g_assert_true (gtk_widget_get_visible (upgrade));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (editor, "document_number_error"))), !=, "");
  g_assert_cmpstr (get_text (editor, "document_number_entry"), ==, "110101780509246");
  g_signal_emit_by_name (upgrade, "clicked");
  g_assert_cmpuint (strlen (get_text (editor, "document_number_entry")), ==, 18);
  g_assert_true (tx_id_number_validate (get_text (editor, "document_number_entry"), NULL));
  g_assert_false (gtk_widget_get_visible (upgrade));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (editor, "document_number_error"))), ==, "");

  set_text (editor, "name_entry", "赵敏");
  g_assert_true (save_editor (editor));
  close_editor (editor);
}

/* ---- a save by someone else ------------------------------------------------- */

static void
save_elsewhere (Fixture    *f,
                const char *uuid,
                const char *notes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) other = tx_database_open (f->path, &error);
  g_autoptr(TxRecord) record = NULL;

  g_assert_no_error (error);
  record = tx_store_load (other, TX_TYPE_PERSON, uuid, &error);
  g_assert_no_error (error);
  tx_person_set_notes (TX_PERSON (record), notes);
  tx_store_save (other, record, TX_SAVE_CHECK_CONFLICT, &error);
  g_assert_no_error (error);
}

static char *
stored_text (Fixture    *f,
             const char *uuid,
             const char *column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxRecord) record = tx_store_load (f->db, TX_TYPE_PERSON, uuid, &error);
  char *value = NULL;

  g_assert_no_error (error);
  g_object_get (record, column, &value, NULL);
  return value;
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *uuid = tx_test_dup_existing_text (f->db, "SELECT uuid FROM person WHERE trashed IS NULL ORDER BY id LIMIT 1 OFFSET 5", NULL);
  GtkWindow *editor;
  int n_saved = 0;

  if (tx_test_skip_without_display ())
    return;

  /* overwrite */
  editor = open_editor (f->db, uuid, &n_saved);
  save_elsewhere (f, uuid, "别人写的备注");
  set_text (editor, "phone_entry", "13900001111");
  g_assert_false (save_editor (editor));
  tx_test_drain_main_loop_repeatedly (5);
  g_assert_true (conflict_bar_shown (editor));
  g_assert_null (tx_test_find_message_dialog ());
  g_assert_cmpint (n_saved, ==, 0);
  {
    g_autofree char *phone = stored_text (f, uuid, "phone");
    g_autofree char *notes = stored_text (f, uuid, "notes");

    g_assert_cmpstr (phone, !=, "13900001111");
    g_assert_cmpstr (notes, ==, "别人写的备注");
  }
  g_assert_cmpstr (get_text (editor, "phone_entry"), ==, "13900001111");   /* input intact */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.overwrite", NULL));
  tx_test_drain_main_loop_repeatedly (5);
  g_assert_cmpint (n_saved, ==, 1);
  {
    g_autofree char *phone = stored_text (f, uuid, "phone");
    g_autofree char *notes = stored_text (f, uuid, "notes");

    g_assert_cmpstr (phone, ==, "13900001111");
    g_assert_cmpstr (notes, ==, tx_person_get_notes (tx_person_editor_get_person (TX_PERSON_EDITOR (editor))));
    g_assert_cmpstr (notes, !=, "别人写的备注");   /* my version won, as chosen */
  }
  close_editor (editor);

  /* reload: the bar asked already, so nothing asks again */
  n_saved = 0;
  editor = open_editor (f->db, uuid, &n_saved);
  save_elsewhere (f, uuid, "第二次别人写的");
  set_text (editor, "phone_entry", "13700002222");
  g_assert_false (save_editor (editor));
  g_assert_true (conflict_bar_shown (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.reload", NULL));
  tx_test_drain_main_loop_repeatedly (5);
  g_assert_null (tx_record_editor_get_question (TX_RECORD_EDITOR (editor)));
  g_assert_null (tx_test_find_message_dialog ());
  g_assert_false (conflict_bar_shown (editor));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (editor, "notes_view")));
    GtkTextIter start, end;
    g_autofree char *text = NULL;
    g_autofree char *phone = stored_text (f, uuid, "phone");

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "第二次别人写的");
    g_assert_cmpstr (get_text (editor, "phone_entry"), ==, phone);
  }
  g_assert_false (tx_person_editor_is_modified (TX_PERSON_EDITOR (editor)));
  /* and a save now goes through */
  set_text (editor, "party_post_entry", "小组长");
  g_assert_true (save_editor (editor));
  g_assert_cmpint (n_saved, ==, 1);
  close_editor (editor);
}

/* ---- closing ------------------------------------------------------------- */

static void
test_escape_asks (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *uuid = tx_test_dup_existing_text (f->db, "SELECT uuid FROM person ORDER BY id LIMIT 1", NULL);
  GtkWindow *editor;
  GtkWidget *dialog;

  if (tx_test_skip_without_display ())
    return;
  editor = open_editor (f->db, uuid, NULL);
  /* unchanged: closes at once */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  tx_test_drain_main_loop_repeatedly (5);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  close_editor (editor);

  editor = open_editor (f->db, uuid, NULL);
  set_text (editor, "former_name_entry", "改过的名字");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  tx_test_drain_main_loop_repeatedly (5);
  dialog = tx_record_editor_get_question (TX_RECORD_EDITOR (editor));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  tx_test_drain_main_loop_repeatedly (5);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (get_text (editor, "former_name_entry"), ==, "改过的名字");

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  tx_test_drain_main_loop_repeatedly (5);
  dialog = tx_record_editor_get_question (TX_RECORD_EDITOR (editor));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
  tx_test_drain_main_loop_repeatedly (5);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  {
    g_autofree char *former = stored_text (f, uuid, "former-name");

    g_assert_cmpstr (former, !=, "改过的名字");
  }
  close_editor (editor);
}

/* ---- photo ------------------------------------------------------------------ */

static void
test_big_photo (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) big = make_png (1600, 1200, TRUE);
  g_autoptr(TxRecord) stored = NULL;
  GtkWindow *editor;
  TxPhoto *photo;

  if (tx_test_skip_without_display ())
    return;
  g_assert_cmpuint (g_bytes_get_size (big), >, 1024 * 1024);
  editor = open_editor (f->db, NULL, NULL);
  set_text (editor, "name_entry", "照片测试");
  g_assert_true (_tx_person_editor_set_photo_bytes (TX_PERSON_EDITOR (editor), big, &error));
  g_assert_no_error (error);
  g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (tx_test_get_by_name (GTK_WIDGET (editor), "photo-picture"))));
  g_assert_true (save_editor (editor));
  stored = tx_store_load (f->db, TX_TYPE_PERSON,
                          tx_record_get_uuid (TX_RECORD (tx_person_editor_get_person (TX_PERSON_EDITOR (editor)))), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tx_person_get_photo (TX_PERSON (stored))->len, ==, 1);
  photo = g_ptr_array_index (tx_person_get_photo (TX_PERSON (stored)), 0);
  g_assert_cmpstr (photo->mime, ==, "image/jpeg");
  g_assert_cmpuint (g_bytes_get_size (photo->data), <=, 1024 * 1024);

  /* not an image: refused, nothing changed */
  {
    g_autoptr(GBytes) text = g_bytes_new_static ("hello", 5);
    g_autoptr(GError) bad = NULL;

    g_assert_false (_tx_person_editor_set_photo_bytes (TX_PERSON_EDITOR (editor), text, &bad));
    g_assert_nonnull (bad);
  }
  close_editor (editor);
}

/* ---- history ---------------------------------------------------------------- */

static const char person_with_most_sql[] =
  "SELECT person FROM (SELECT person FROM activity_participant UNION ALL SELECT person FROM visit"
  " UNION ALL SELECT person FROM suggestion_proposer) GROUP BY person ORDER BY count(*) DESC, person LIMIT 1";

static const char *entity_sql[][2] = {
  { "activity", "SELECT count(*) FROM activity_participant p JOIN activity a ON a.uuid = p.owner"
                " WHERE p.person = ? AND a.trashed IS NULL" },
  { "visit", "SELECT count(*) FROM visit WHERE person = ? AND trashed IS NULL" },
  { "consultation", "SELECT count(*) FROM consultation_attendee t JOIN consultation c ON c.uuid = t.owner"
                    " WHERE t.person = ? AND c.trashed IS NULL" },
  { "suggestion", "SELECT count(*) FROM suggestion_proposer p JOIN suggestion s ON s.uuid = p.owner"
                  " WHERE p.person = ? AND s.trashed IS NULL" },
  { "pairing", "SELECT count(*) FROM pairing WHERE person = ? AND trashed IS NULL" },
};

static guint
count_entity (GPtrArray  *items,
              const char *entity)
{
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (((TxPersonHistoryItem *) g_ptr_array_index (items, i))->entity, entity))
      n++;
  return n;
}

static void
test_history_core (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *person = tx_test_dup_existing_text (f->db, person_with_most_sql, NULL);
  g_autoptr(GPtrArray) items = tx_person_history (f->db, person, &error);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(TxRecord) activity = NULL;
  const char *activity_uuid = NULL;
  gint64 total = 0;

  g_assert_no_error (error);
  for (guint e = 0; e < G_N_ELEMENTS (entity_sql); e++)
    {
      gint64 n = tx_test_count (f->db, entity_sql[e][1], person);

      g_assert_cmpint (count_entity (items, entity_sql[e][0]), ==, n);
      total += n;
    }
  g_assert_cmpint (items->len, ==, total);
  g_assert_cmpint (count_entity (items, "activity"), >, 0);

  /* newest first, undated last; every item has a uuid and a title */
  for (guint i = 0; i < items->len; i++)
    {
      TxPersonHistoryItem *item = g_ptr_array_index (items, i);

      g_assert_nonnull (item->uuid);
      if (i > 0)
        {
          TxPersonHistoryItem *prev = g_ptr_array_index (items, i - 1);

          if (item->date != NULL)
            {
              g_assert_nonnull (prev->date);
              g_assert_cmpstr (prev->date, >=, item->date);
            }
        }
      if (g_str_equal (item->entity, "activity") && activity_uuid == NULL)
        activity_uuid = item->uuid;
    }

  /* a trashed activity is left out */
  activity = tx_store_load (f->db, TX_TYPE_ACTIVITY, activity_uuid, &error);
  g_assert_no_error (error);
  tx_store_trash (f->db, activity, &error);
  g_assert_no_error (error);
  after = tx_person_history (f->db, person, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, items->len - 1);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpstr (((TxPersonHistoryItem *) g_ptr_array_index (after, i))->uuid, !=, activity_uuid);

  /* a person with no records: empty, not an error */
  none = tx_person_history (f->db, "no-such-person", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static gboolean
on_open_record (GtkWindow  *editor,
                const char *entity,
                const char *uuid,
                char      **out)
{
  *out = g_strdup_printf ("%s/%s", entity, uuid);
  return TRUE;
}

static void
test_history_widget (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *person = tx_test_dup_existing_text (f->db, person_with_most_sql, NULL);
  g_autofree char *opened = NULL;
  GtkWindow *editor;
  GtkWidget *list;
  GtkWidget *row;
  guint n_rows = 0, n_activities = 0, n_visits = 0;
  gint64 total = 0;

  if (tx_test_skip_without_display ())
    return;
  for (guint e = 0; e < G_N_ELEMENTS (entity_sql); e++)
    total += tx_test_count (f->db, entity_sql[e][1], person);

  editor = open_editor (f->db, person, NULL);
  g_signal_connect (editor, "open-record", G_CALLBACK (on_open_record), &opened);
  list = tx_test_get_by_name (GTK_WIDGET (editor), "history-list");
  /* each row opens its record: what it opens tells its kind */
  for (row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      g_clear_pointer (&opened, g_free);
      g_signal_emit_by_name (list, "row-activated", row);
      g_assert_nonnull (opened);
      n_rows++;
      n_activities += g_str_has_prefix (opened, "activity/");
      n_visits += g_str_has_prefix (opened, "visit/");
    }
  g_assert_cmpint (n_rows, ==, total);
  g_assert_cmpint (n_activities, ==, tx_test_count (f->db, entity_sql[0][1], person));
  g_assert_cmpint (n_visits, ==, tx_test_count (f->db, entity_sql[1][1], person));
  g_assert_cmpuint (n_rows, >, 0);

  /* the first row opens a record that exists */
  g_clear_pointer (&opened, g_free);
  g_signal_emit_by_name (list, "row-activated", gtk_widget_get_first_child (list));
  g_assert_nonnull (opened);
  {
    g_auto(GStrv) parts = g_strsplit (opened, "/", 2);
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE uuid = ?", parts[0]);

    g_assert_cmpint (tx_test_count (f->db, sql, parts[1]), ==, 1);
  }
  close_editor (editor);
}

/* ---- sections and layout ----------------------------------------------------- */

/* Alt+1 … Alt+8 show a section and put the focus in it. */
static void
test_sections (Fixture       *f,
               gconstpointer  data)
{
  const char *sections[] = { "basic", "political", "work", "roles", "contact", "united-front", "notes", "history" };
  g_autofree char *uuid = tx_test_dup_existing_text (f->db, person_with_most_sql, NULL);
  GtkWindow *editor;
  GtkStack *stack;

  if (tx_test_skip_without_display ())
    return;
  editor = open_editor (f->db, uuid, NULL);
  stack = GTK_STACK (child (editor, "stack"));
  for (guint i = G_N_ELEMENTS (sections); i-- > 0;)
    {
      GtkWidget *focus;

      g_assert_cmpstr (tx_test_bound_action (GTK_WIDGET (editor), GDK_KEY_1 + i, GDK_ALT_MASK), ==, "editor.show-section");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-section", "s", sections[i]));
      tx_test_drain_main_loop ();
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, sections[i]);
      focus = gtk_root_get_focus (GTK_ROOT (editor));
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, gtk_stack_get_visible_child (stack)));
    }
  close_editor (editor);
}

/* the last widget that takes the focus below @widget */
static GtkWidget *
last_focusable (GtkWidget *widget)
{
  GtkWidget *found = NULL;

  if (!gtk_widget_get_visible (widget) || !gtk_widget_is_sensitive (widget))
    return NULL;
  if (gtk_widget_get_focusable (widget) && !GTK_IS_LABEL (widget))
    found = widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *last = last_focusable (c);

      if (last != NULL)
        found = last;
    }
  return found;
}

/* Tab from the last input of a section leaves it (to the window's buttons
 * and the section buttons), instead of going round inside it. */
static void
test_tab_leaves_section (Fixture       *f,
                         gconstpointer  data)
{
  GtkWindow *editor;
  GtkWidget *page;
  GtkWidget *last;
  GtkWidget *focus;

  if (tx_test_skip_without_display ())
    return;
  editor = open_editor (f->db, NULL, NULL);
  page = gtk_stack_get_visible_child (GTK_STACK (child (editor, "stack")));
  last = last_focusable (page);
  g_assert_nonnull (last);
  g_assert_true (gtk_widget_grab_focus (last));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (editor), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_nonnull (focus);
  g_test_message ("after the last input: %s", G_OBJECT_TYPE_NAME (focus));
  g_assert_false (gtk_widget_is_ancestor (focus, page));
  close_editor (editor);
}

/* The 56 ethnic groups are found by typing a name; short tables are not
 * searched. */
static void
test_ethnicity_search (Fixture       *f,
                       gconstpointer  data)
{
  GtkWindow *editor;
  GtkDropDown *ethnicity;
  GtkExpression *expression;
  GListModel *model;
  g_autoptr(GtkStringFilter) filter = NULL;
  g_autoptr(GtkFilterListModel) found = NULL;

  if (tx_test_skip_without_display ())
    return;
  editor = open_editor (f->db, NULL, NULL);
  ethnicity = GTK_DROP_DOWN (child (editor, "ethnicity_drop"));
  g_assert_true (gtk_drop_down_get_enable_search (ethnicity));
  g_assert_false (gtk_drop_down_get_enable_search (GTK_DROP_DOWN (child (editor, "gender_drop"))));
  expression = gtk_drop_down_get_expression (ethnicity);
  g_assert_nonnull (expression);
  /* what the search does with its expression: 回 finds 回族 and nothing else */
  model = gtk_drop_down_get_model (ethnicity);
  filter = gtk_string_filter_new (gtk_expression_ref (expression));
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_PREFIX);
  gtk_string_filter_set_search (filter, "回");
  found = gtk_filter_list_model_new (g_object_ref (model), GTK_FILTER (g_steal_pointer (&filter)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (found)), ==, 1);
  {
    g_autoptr(GtkStringObject) item = g_list_model_get_item (G_LIST_MODEL (found), 0);

    g_assert_cmpstr (gtk_string_object_get_string (item), ==, "回族");
  }
  close_editor (editor);
}

/* An error line that appears does not push the fields below it down (the
 * banner above the form says what to do; the form itself stays put). */
static void
test_error_keeps_layout (Fixture       *f,
                         gconstpointer  data)
{
  GtkWindow *editor;
  graphene_point_t before, after;

  if (tx_test_skip_without_display ())
    return;
  editor = open_editor (f->db, NULL, NULL);
  tx_test_run_main_loop_for (200);
  g_assert_true (gtk_widget_compute_point (child (editor, "former_name_entry"), child (editor, "stack"),
                                           &GRAPHENE_POINT_INIT (0, 0), &before));
  g_assert_false (save_editor (editor));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (editor, "name_error"))), !=, "");
  tx_test_run_main_loop_for (200);
  g_assert_true (gtk_widget_compute_point (child (editor, "former_name_entry"), child (editor, "stack"),
                                           &GRAPHENE_POINT_INIT (0, 0), &after));
  g_assert_cmpfloat (after.y, ==, before.y);
  g_assert_cmpfloat (after.x, ==, before.x);
  close_editor (editor);
}

/* ---- layout and screenshots --------------------------------------------------- */

static void
test_layout (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *person = tx_test_dup_existing_text (f->db, person_with_most_sql, NULL);
  const char *pages[] = { "basic", "political", "work", "roles", "contact", "united-front", "notes", "history" };
  GtkWindow *editor;
  GtkStack *stack;
  int min_w, min_h;

  if (tx_test_skip_without_display ())
    return;
  editor = open_editor (f->db, person, NULL);
  stack = GTK_STACK (child (editor, "stack"));
  if (tx_person_get_roles (tx_person_editor_get_person (TX_PERSON_EDITOR (editor)))->len == 0)
    _tx_person_editor_add_role_row (TX_PERSON_EDITOR (editor));
  if (tx_person_get_circumstances (tx_person_editor_get_person (TX_PERSON_EDITOR (editor)))->len == 0)
    _tx_person_editor_add_circumstance_row (TX_PERSON_EDITOR (editor));

  /* fits a 1280×800 screen, header bar included, on every page */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gtk_stack_set_visible_child_name (stack, pages[i]);
      tx_test_drain_main_loop_repeatedly (5);
      gtk_widget_measure (GTK_WIDGET (editor), GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (editor), GTK_ORIENTATION_VERTICAL, min_w, &min_h, NULL, NULL, NULL);
      g_assert_cmpint (min_w, <=, 1280);
      g_assert_cmpint (min_h, <=, 760);
      {
        g_autofree char *name = g_strdup_printf ("editor-%s.png", pages[i]);

        tx_test_save_screenshot (GTK_WIDGET (editor), "TX_SCREENSHOT_DIR", name);
      }
    }

  /* what a refused save looks like */
  {
    g_autofree char *bad = make_id ("19650312", "123", TRUE);

    gtk_stack_set_visible_child_name (stack, "basic");
    set_code (editor, "document_type_drop", "01");
    set_text (editor, "document_number_entry", bad);
    set_text (editor, "birth_date_entry", "1965年13月");
    g_assert_false (save_editor (editor));
    g_assert_true (gtk_widget_get_visible (child (editor, "banner")));
    g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "basic");
    tx_test_save_screenshot (GTK_WIDGET (editor), "TX_SCREENSHOT_DIR", "editor-validation.png");
  }
  close_editor (editor);
}

/* every input is named by a label with a mnemonic (what screen readers
 * read, and Alt+letter reaches) */
static void
test_labels (Fixture       *f,
             gconstpointer  data)
{
  const char *inputs[] = {
    "name_entry", "former_name_entry", "gender_drop", "ethnicity_drop", "birth_date_entry",
    "native_place_entry", "document_type_drop", "document_number_entry", "photo_field",
    "political_drop", "party_joined_entry", "party_post_entry", "religion_drop",
    "education_drop", "degree_drop", "professional_title_entry", "work_unit_entry",
    "work_post_entry", "sector_entry", "phone_entry", "phone_other_entry", "address_entry",
    "community_drop", "status_drop", "skills_view", "health_view", "notes_view",
  };
  GtkWindow *editor;

  if (tx_test_skip_without_display ())
    return;
  editor = open_editor (f->db, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      GList *labels = gtk_widget_list_mnemonic_labels (child (editor, inputs[i]));

      if (labels == NULL)
        g_error ("%s has no label", inputs[i]);
      g_assert_true (gtk_label_get_use_underline (labels->data));
      g_assert_nonnull (strchr (gtk_label_get_label (labels->data), '_'));
      g_list_free (labels);
    }
  close_editor (editor);
}

int
main (int   argc,
      char *argv[])
{
  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  tx_test_gtk_init ();

  g_test_add ("/person-editor/create-all-fields", Fixture, NULL, fixture_set_up, test_create_all_fields, fixture_tear_down);
  g_test_add ("/person-editor/edit-keeps-fields", Fixture, NULL, fixture_set_up, test_edit_keeps_fields, fixture_tear_down);
  g_test_add ("/person-editor/dates", Fixture, NULL, fixture_set_up, test_dates, fixture_tear_down);
  g_test_add ("/person-editor/bad-id", Fixture, NULL, fixture_set_up, test_bad_id, fixture_tear_down);
  g_test_add ("/person-editor/fill-from-id", Fixture, NULL, fixture_set_up, test_fill_from_id, fixture_tear_down);
  g_test_add ("/person-editor/conflict", Fixture, NULL, fixture_set_up, test_conflict, fixture_tear_down);
  g_test_add ("/person-editor/escape-asks", Fixture, NULL, fixture_set_up, test_escape_asks, fixture_tear_down);
  g_test_add ("/person-editor/big-photo", Fixture, NULL, fixture_set_up, test_big_photo, fixture_tear_down);
  g_test_add ("/person-editor/history", Fixture, NULL, fixture_set_up, test_history_widget, fixture_tear_down);
  g_test_add ("/person-editor/labels", Fixture, NULL, fixture_set_up, test_labels, fixture_tear_down);
  g_test_add ("/person-editor/layout", Fixture, NULL, fixture_set_up, test_layout, fixture_tear_down);
  g_test_add ("/person-editor/ethnicity-search", Fixture, NULL, fixture_set_up, test_ethnicity_search, fixture_tear_down);
  g_test_add ("/person-editor/tab-leaves-section", Fixture, NULL, fixture_set_up, test_tab_leaves_section, fixture_tear_down);
  g_test_add ("/person-editor/sections", Fixture, NULL, fixture_set_up, test_sections, fixture_tear_down);
  g_test_add ("/person-editor/error-keeps-layout", Fixture, NULL, fixture_set_up, test_error_keeps_layout, fixture_tear_down);
  g_test_add ("/person-history/core", Fixture, NULL, fixture_set_up, test_history_core, fixture_tear_down);

  return g_test_run ();
}
