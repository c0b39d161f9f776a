/* tx-person-editor.c — the window that creates or edits one person
 *
 * The widgets are the truth while the window is open: the person object is
 * filled from them only when saving, and a snapshot taken right after
 * loading tells whether anything was changed (Escape asks before throwing
 * edits away).  Saving checks for a conflicting save by someone else
 * (TX_SAVE_CHECK_CONFLICT) and lets the user choose: reload or overwrite.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-community.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-person-history.h"
#include "core/model/tx-query.h"
#include "core/model/tx-record-list.h"
#include "core/db/tx-store.h"

#include "app/tx-app-util.h"
#include "tx-editor-util.h"
#include "tx-record-editor.h"
#include "app/widgets/tx-person-history.h"
#include "app/widgets/tx-circumstance-row.h"
#include "app/widgets/tx-photo-field.h"
#include "app/widgets/tx-role-row.h"
#include "tx-person-editor-private.h"
#include "app/tx-window.h"

/* 01 居民身份证 and 02 港澳台居民居住证 carry GB 11643 numbers */
#define ID_CARD          "01"
#define RESIDENCE_PERMIT "02"

struct _TxPersonEditor
{
  TxRecordEditor  parent_instance;

  GPtrArray      *community_uuids;
  GPtrArray      *category_checks;
  gboolean        loading;

  /* template */
  GtkLabel       *banner;
  GtkStack       *stack;
  GtkEntry       *name_entry;
  GtkLabel       *name_error;
  GtkEntry       *former_name_entry;
  GtkDropDown    *gender_drop;
  GtkDropDown    *ethnicity_drop;
  GtkEntry       *birth_date_entry;
  GtkLabel       *birth_date_error;
  GtkEntry       *native_place_entry;
  GtkDropDown    *document_type_drop;
  GtkEntry       *document_number_entry;
  GtkLabel       *document_number_error;
  GtkButton      *id_upgrade_button;
  GtkButton      *id_fill_button;
  TxPhotoField   *photo_field;
  GtkDropDown    *political_drop;
  GtkEntry       *party_joined_entry;
  GtkLabel       *party_joined_error;
  GtkEntry       *party_post_entry;
  GtkDropDown    *religion_drop;
  GtkDropDown    *education_drop;
  GtkDropDown    *degree_drop;
  GtkEntry       *professional_title_entry;
  GtkEntry       *work_unit_entry;
  GtkEntry       *work_post_entry;
  GtkEntry       *sector_entry;
  GtkListBox     *roles_list;
  GtkButton      *add_role_button;
  GtkEntry       *phone_entry;
  GtkEntry       *phone_other_entry;
  GtkEntry       *address_entry;
  GtkDropDown    *community_drop;
  GtkLabel       *categories_label;
  GtkGrid        *categories_grid;
  GtkCheckButton *representative_check;
  GtkCheckButton *key_person_check;
  GtkDropDown    *status_drop;
  GtkEntry       *status_date_entry;
  GtkLabel       *status_date_error;
  GtkTextView    *skills_view;
  GtkTextView    *health_view;
  GtkListBox     *circumstances_list;
  GtkButton      *add_circumstance_button;
  GtkTextView    *notes_view;
  TxPersonHistory *history;
};

G_DEFINE_FINAL_TYPE (TxPersonEditor, tx_person_editor, TX_TYPE_RECORD_EDITOR)

enum
{
  OPEN_RECORD,
  CREATE_VISIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean check_id_number (TxPersonEditor *self,
                                 gboolean        final);

static TxDatabase *
database (TxPersonEditor *self)
{
  return tx_record_editor_get_database (TX_RECORD_EDITOR (self));
}

static TxPerson *
person (TxPersonEditor *self)
{
  return TX_PERSON (tx_record_editor_get_record (TX_RECORD_EDITOR (self)));
}

/* ---- small helpers --------------------------------------------------------- */

static void
show_banner (TxPersonEditor *self,
             const char     *message)
{
  gtk_label_set_text (self->banner, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->banner), message != NULL);
}

/* The stack page that holds @widget, shown so that the user sees the
 * marked field. */
static void
reveal_widget (TxPersonEditor *self,
               GtkWidget      *widget)
{
  GtkWidget *child = widget;

  while (child != NULL && gtk_widget_get_parent (child) != GTK_WIDGET (self->stack))
    child = gtk_widget_get_parent (child);
  if (child != NULL)
    gtk_stack_set_visible_child (self->stack, child);
  gtk_widget_grab_focus (widget);
}

/* ---- dates ----------------------------------------------------------------- */

static void
on_date_entry_leave (GtkEventControllerFocus *controller,
                     GtkLabel                *error_label)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *editor = GTK_WIDGET (gtk_widget_get_root (entry));

  tx_date_entry_check (GTK_ENTRY (entry), error_label);
  if (TX_IS_PERSON_EDITOR (editor) && GTK_ENTRY (entry) == TX_PERSON_EDITOR (editor)->birth_date_entry)
    check_id_number (TX_PERSON_EDITOR (editor), FALSE);
}

static void
on_date_entry_activate (GtkEntry *entry,
                        GtkLabel *error_label)
{
  GtkWidget *editor = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (entry)));

  tx_date_entry_check (entry, error_label);
  if (TX_IS_PERSON_EDITOR (editor) && entry == TX_PERSON_EDITOR (editor)->birth_date_entry)
    check_id_number (TX_PERSON_EDITOR (editor), FALSE);
}

static void
setup_date_entry (GtkEntry *entry,
                  GtkLabel *error_label)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (on_date_entry_leave), error_label, 0);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_date_entry_activate), error_label, 0);
}

/* ---- ID numbers ------------------------------------------------------------ */

static gboolean
is_id_card (TxPersonEditor *self)
{
  const char *type = tx_code_drop_down_get_code (self->document_type_drop);

  return g_strcmp0 (type, ID_CARD) == 0 || g_strcmp0 (type, RESIDENCE_PERMIT) == 0;
}

/* Checks the document number against GB 11643 and the record's birth date
 * and gender; offers the 15→18 conversion and filling birth date and
 * gender from the number.  While typing (@final FALSE) a number too short
 * to judge is not marked yet. */
static gboolean
check_id_number (TxPersonEditor *self,
                 gboolean        final)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *number = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *id_birth = NULL;
  const char *gender;
  const char *id_gender;
  TxCivilDate date;

  /* focus leaves the entry while the window is being destroyed */
  if (self->document_number_entry == NULL || self->birth_date_entry == NULL)
    return TRUE;
  raw = tx_editable_dup_text (GTK_EDITABLE (self->document_number_entry));
  number = tx_id_number_normalize (raw);
  gtk_widget_set_visible (GTK_WIDGET (self->id_upgrade_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->id_fill_button), FALSE);
  if (number == NULL || !is_id_card (self) || (!final && strlen (number) < 15))
    {
      tx_field_set_error (GTK_WIDGET (self->document_number_entry), self->document_number_error, NULL);
      return TRUE;
    }

  if (!tx_id_number_validate_for (number, tx_code_drop_down_get_code (self->document_type_drop), &error))
    {
      if (g_error_matches (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_OLD_FORMAT))
        gtk_widget_set_visible (GTK_WIDGET (self->id_upgrade_button), TRUE);
      else if (!final && strlen (number) < 18)
        {
          tx_field_set_error (GTK_WIDGET (self->document_number_entry), self->document_number_error, NULL);
          return FALSE;
        }
      tx_field_set_error (GTK_WIDGET (self->document_number_entry), self->document_number_error, error->message);
      return FALSE;
    }

  /* a birth date that is no date yet is marked at its own field */
  birth = tx_civil_date_normalize (gtk_editable_get_text (GTK_EDITABLE (self->birth_date_entry)), NULL);
  gender = tx_code_drop_down_get_code (self->gender_drop);
  tx_id_number_birth_date (number, &date);
  id_birth = tx_civil_date_to_iso (&date);
  id_gender = tx_id_number_gender_code (number);
  gtk_widget_set_visible (GTK_WIDGET (self->id_fill_button),
                          g_strcmp0 (birth, id_birth) != 0 || g_strcmp0 (gender, id_gender) != 0);

  if (!tx_id_number_check_record (number, tx_code_drop_down_get_code (self->document_type_drop),
                                  birth, gender, &error))
    {
      tx_field_set_error (GTK_WIDGET (self->document_number_entry), self->document_number_error, error->message);
      return FALSE;
    }
  tx_field_set_error (GTK_WIDGET (self->document_number_entry), self->document_number_error, NULL);
  return TRUE;
}

static void
on_document_number_changed (TxPersonEditor *self)
{
  if (!self->loading)
    check_id_number (self, FALSE);
}

static void
on_document_number_leave (TxPersonEditor *self)
{
  check_id_number (self, TRUE);
}

static void
on_id_fill_clicked (TxPersonEditor *self)
{
  g_autofree char *number = tx_id_number_normalize (gtk_editable_get_text (GTK_EDITABLE (self->document_number_entry)));
  g_autofree char *iso = NULL;
  TxCivilDate date;

  if (!tx_id_number_birth_date (number, &date))
    return;
  iso = tx_civil_date_to_iso (&date);
  gtk_editable_set_text (GTK_EDITABLE (self->birth_date_entry), iso);
  tx_field_set_error (GTK_WIDGET (self->birth_date_entry), self->birth_date_error, NULL);
  tx_code_drop_down_set_code (self->gender_drop, tx_id_number_gender_code (number));
  check_id_number (self, TRUE);
}

static void
on_id_upgrade_clicked (TxPersonEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = tx_id_number_normalize (gtk_editable_get_text (GTK_EDITABLE (self->document_number_entry)));
  g_autofree char *upgraded = tx_id_number_upgrade_15 (number, &error);

  if (upgraded == NULL)
    {
      tx_field_set_error (GTK_WIDGET (self->document_number_entry), self->document_number_error, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->document_number_entry), upgraded);
  check_id_number (self, TRUE);
}

/* ---- list rows (roles, circumstances) -------------------------------------- */

static GtkWidget *
add_role_row (TxPersonEditor     *self,
              const TxSocialRole *role)
{
  GtkWidget *row = tx_role_row_new (role);

  gtk_list_box_append (self->roles_list, row);
  return row;
}

static GtkWidget *
add_circumstance_row (TxPersonEditor       *self,
                      const TxCircumstance *circumstance)
{
  GtkWidget *row = tx_circumstance_row_new (circumstance);

  gtk_list_box_append (self->circumstances_list, row);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* ---- communities and categories -------------------------------------------- */

static void
setup_communities (TxPersonEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxQuery) query = tx_query_new (TX_TYPE_COMMUNITY);
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->community_uuids, g_ptr_array_unref);
  self->community_uuids = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (names, "—");
  g_ptr_array_add (self->community_uuids, NULL);

  tx_query_set_order (query, "code, name");
  list = tx_record_list_new (database (self), query, &error);
  if (list == NULL)
    g_warning ("Cannot list the communities: %s", error->message);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(TxCommunity) community = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (community == NULL)
        continue;
      gtk_string_list_append (names, tx_community_get_name (community));
      g_ptr_array_add (self->community_uuids, g_strdup (tx_record_get_uuid (TX_RECORD (community))));
    }
  gtk_drop_down_set_model (self->community_drop, G_LIST_MODEL (names));
}

static gboolean
str_equal0 (gconstpointer a,
            gconstpointer b)
{
  return g_strcmp0 (a, b) == 0;
}

static void
set_community (TxPersonEditor *self,
               const char     *uuid)
{
  guint index = 0;

  if (uuid != NULL &&
      !g_ptr_array_find_with_equal_func (self->community_uuids, uuid, str_equal0, &index))
    index = 0;
  gtk_drop_down_set_selected (self->community_drop, index);
}

static const char *
get_community (TxPersonEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->community_drop);

  if (selected >= self->community_uuids->len)
    return NULL;
  return g_ptr_array_index (self->community_uuids, selected);
}

static void
setup_categories (TxPersonEditor *self)
{
  GPtrArray *rows = tx_code_table_rows (TX_CODE_CATEGORY);

  self->category_checks = g_ptr_array_new ();
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      TxCode *code = g_ptr_array_index (rows, i);
      GtkWidget *check = gtk_check_button_new_with_label (code->name);

      gtk_grid_attach (self->categories_grid, check, i % 2, i / 2, 1, 1);
      g_ptr_array_add (self->category_checks, check);
    }
  if (self->category_checks->len > 0)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (self->categories_grid),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->categories_label, NULL, -1);
}

/* the code of the category check at @i: the checks follow the code table */
static const char *
category_code (guint i)
{
  return ((TxCode *) g_ptr_array_index (tx_code_table_rows (TX_CODE_CATEGORY), i))->code;
}

/* ---- photo ----------------------------------------------------------------- */

gboolean
_tx_person_editor_set_photo_bytes (TxPersonEditor *self,
                                   GBytes         *bytes,
                                   GError        **error)
{
  return tx_photo_field_take_file_contents (self->photo_field, bytes, error);
}

/* ---- history --------------------------------------------------------------- */

static void
on_open_record (TxPersonEditor  *self,
                const char      *entity,
                const char      *uuid)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gboolean handled = FALSE;

  g_signal_emit (self, signals[OPEN_RECORD], 0, entity, uuid, &handled);
  if (!handled && TX_IS_WINDOW (parent))
    tx_window_open_record (TX_WINDOW (parent), entity, uuid);
}

static void
on_create_visit (TxPersonEditor *self)
{
  const char *uuid = tx_record_get_uuid (TX_RECORD (person (self)));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gboolean handled = FALSE;

  if (uuid == NULL)
    return;
  g_signal_emit (self, signals[CREATE_VISIT], 0, uuid, &handled);
  if (!handled && TX_IS_WINDOW (parent))
    tx_window_create_for_person (TX_WINDOW (parent), "visits", uuid);
}

/* ---- widgets ↔ person ------------------------------------------------------ */

static void update_title (TxPersonEditor *self);

static void
fill_form (TxRecordEditor *editor,
           TxRecord       *record)
{
  TxPersonEditor *self = TX_PERSON_EDITOR (editor);
  TxPerson *p = TX_PERSON (record);
  GPtrArray *rows;

  self->loading = TRUE;
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->name_entry), tx_person_get_name (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->former_name_entry), tx_person_get_former_name (p));
  tx_code_drop_down_set_code (self->gender_drop, tx_person_get_gender (p));
  tx_code_drop_down_set_code (self->ethnicity_drop, tx_person_get_ethnicity (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->birth_date_entry), tx_person_get_birth_date (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->native_place_entry), tx_person_get_native_place (p));
  tx_code_drop_down_set_code (self->document_type_drop, tx_person_get_document_type (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->document_number_entry), tx_person_get_document_number (p));
  tx_code_drop_down_set_code (self->political_drop, tx_person_get_political_status (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->party_joined_entry), tx_person_get_party_joined (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->party_post_entry), tx_person_get_party_post (p));
  tx_code_drop_down_set_code (self->religion_drop, tx_person_get_religion (p));
  tx_code_drop_down_set_code (self->education_drop, tx_person_get_education (p));
  tx_code_drop_down_set_code (self->degree_drop, tx_person_get_degree (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->professional_title_entry), tx_person_get_professional_title (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->work_unit_entry), tx_person_get_work_unit (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->work_post_entry), tx_person_get_work_post (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->sector_entry), tx_person_get_sector (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->phone_entry), tx_person_get_phone (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->phone_other_entry), tx_person_get_phone_other (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->address_entry), tx_person_get_address (p));
  set_community (self, tx_person_get_community (p));
  for (guint i = 0; i < self->category_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->category_checks, i);

      gtk_check_button_set_active (check, tx_person_has_category (p, category_code (i)));
    }
  gtk_check_button_set_active (self->representative_check, tx_person_get_representative (p));
  gtk_check_button_set_active (self->key_person_check, tx_person_get_key_person (p));
  tx_code_drop_down_set_code (self->status_drop, tx_person_get_status (p) ? tx_person_get_status (p) : "1");
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->status_date_entry), tx_person_get_status_date (p));
  tx_text_view_set_text (self->skills_view, tx_person_get_skills (p));
  tx_text_view_set_text (self->health_view, tx_person_get_health (p));
  tx_text_view_set_text (self->notes_view, tx_person_get_notes (p));

  clear_list (self->roles_list);
  rows = tx_person_get_roles (p);
  for (guint i = 0; i < rows->len; i++)
    add_role_row (self, g_ptr_array_index (rows, i));
  clear_list (self->circumstances_list);
  rows = tx_person_get_circumstances (p);
  for (guint i = 0; i < rows->len; i++)
    add_circumstance_row (self, g_ptr_array_index (rows, i));

  rows = tx_person_get_photo (p);
  if (rows->len > 0)
    tx_photo_field_set_photo (self->photo_field, ((TxPhoto *) g_ptr_array_index (rows, 0))->data,
                              ((TxPhoto *) g_ptr_array_index (rows, 0))->mime);
  else
    tx_photo_field_set_photo (self->photo_field, NULL, NULL);

  tx_field_set_error (GTK_WIDGET (self->name_entry), self->name_error, NULL);
  tx_field_set_error (GTK_WIDGET (self->birth_date_entry), self->birth_date_error, NULL);
  tx_field_set_error (GTK_WIDGET (self->party_joined_entry), self->party_joined_error, NULL);
  tx_field_set_error (GTK_WIDGET (self->status_date_entry), self->status_date_error, NULL);
  show_banner (self, NULL);
  self->loading = FALSE;
  check_id_number (self, TRUE);
  tx_person_history_load (self->history, database (self), tx_record_get_uuid (record));
  update_title (self);
}

#define SET_TEXT(setter, editable) \
  G_STMT_START { \
    g_autofree char *value_ = tx_editable_dup_text (GTK_EDITABLE (editable)); \
    setter (p, value_); \
  } G_STMT_END
#define SET_DATE(setter, entry) \
  G_STMT_START { \
    g_autofree char *value_ = tx_date_entry_dup_value (entry); \
    setter (p, value_); \
  } G_STMT_END
#define SET_VIEW(setter, view) \
  G_STMT_START { \
    g_autofree char *value_ = tx_text_view_dup_text (view); \
    setter (p, value_); \
  } G_STMT_END

/* Copies every input into @p (the same for the baseline and for saving). */
static void
collect_person (TxPersonEditor *self,
                TxPerson       *p)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  GtkWidget *row;

  SET_TEXT (tx_person_set_name, self->name_entry);
  SET_TEXT (tx_person_set_former_name, self->former_name_entry);
  tx_person_set_gender (p, tx_code_drop_down_get_code (self->gender_drop));
  tx_person_set_ethnicity (p, tx_code_drop_down_get_code (self->ethnicity_drop));
  SET_DATE (tx_person_set_birth_date, self->birth_date_entry);
  SET_TEXT (tx_person_set_native_place, self->native_place_entry);
  tx_person_set_document_type (p, tx_code_drop_down_get_code (self->document_type_drop));
  {
    g_autofree char *raw = tx_editable_dup_text (GTK_EDITABLE (self->document_number_entry));
    g_autofree char *number = is_id_card (self) ? tx_id_number_normalize (raw) : g_strdup (raw);

    tx_person_set_document_number (p, number);
  }
  tx_person_set_political_status (p, tx_code_drop_down_get_code (self->political_drop));
  SET_DATE (tx_person_set_party_joined, self->party_joined_entry);
  SET_TEXT (tx_person_set_party_post, self->party_post_entry);
  tx_person_set_religion (p, tx_code_drop_down_get_code (self->religion_drop));
  tx_person_set_education (p, tx_code_drop_down_get_code (self->education_drop));
  tx_person_set_degree (p, tx_code_drop_down_get_code (self->degree_drop));
  SET_TEXT (tx_person_set_professional_title, self->professional_title_entry);
  SET_TEXT (tx_person_set_work_unit, self->work_unit_entry);
  SET_TEXT (tx_person_set_work_post, self->work_post_entry);
  SET_TEXT (tx_person_set_sector, self->sector_entry);
  SET_TEXT (tx_person_set_phone, self->phone_entry);
  SET_TEXT (tx_person_set_phone_other, self->phone_other_entry);
  SET_TEXT (tx_person_set_address, self->address_entry);
  tx_person_set_community (p, get_community (self));
  tx_person_set_representative (p, gtk_check_button_get_active (self->representative_check));
  tx_person_set_key_person (p, gtk_check_button_get_active (self->key_person_check));
  tx_person_set_status (p, tx_code_drop_down_get_code (self->status_drop));
  SET_DATE (tx_person_set_status_date, self->status_date_entry);
  SET_VIEW (tx_person_set_skills, self->skills_view);
  SET_VIEW (tx_person_set_health, self->health_view);
  SET_VIEW (tx_person_set_notes, self->notes_view);

  for (guint i = 0; i < self->category_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->category_checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (codes, (gpointer) category_code (i));
    }
  g_ptr_array_add (codes, NULL);
  tx_person_set_categories (p, (const char * const *) codes->pdata);

  tx_person_clear_roles (p);
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->roles_list)); row; row = gtk_widget_get_next_sibling (row))
    tx_role_row_add_to (TX_ROLE_ROW (row), p);
  tx_person_clear_circumstances (p);
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->circumstances_list)); row; row = gtk_widget_get_next_sibling (row))
    tx_circumstance_row_add_to (TX_CIRCUMSTANCE_ROW (row), p);

  tx_person_clear_photo (p);
  if (tx_photo_field_get_data (self->photo_field) != NULL)
    tx_person_add_photo (p, tx_photo_field_get_mime (self->photo_field), tx_photo_field_get_data (self->photo_field));
}

gboolean
tx_person_editor_is_modified (TxPersonEditor *self)
{
  g_return_val_if_fail (TX_IS_PERSON_EDITOR (self), FALSE);
  return tx_record_editor_is_modified (TX_RECORD_EDITOR (self));
}

static void
update_title (TxPersonEditor *self)
{
  const char *name = tx_person_get_name (person (self));
  g_autofree char *title = NULL;

  if (tx_record_get_uuid (TX_RECORD (person (self))) == NULL)
    gtk_window_set_title (GTK_WINDOW (self), _("New Person"));
  else
    {
      title = g_strdup_printf (_("Person: %s"), name ? name : "");
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
}

/* ---- validation and saving ------------------------------------------------- */

/* Marks every field that cannot be saved; FALSE and the first such field
 * shown when there is one. */
static gboolean
validate_inputs (TxPersonEditor  *self,
                 GError         **error)
{
  GtkWidget *first = NULL;
  g_autofree char *name = tx_editable_dup_text (GTK_EDITABLE (self->name_entry));
  GtkWidget *row;

  if (tx_record_text_is_blank (name))
    {
      tx_field_set_error (GTK_WIDGET (self->name_entry), self->name_error, _("The name is required."));
      first = GTK_WIDGET (self->name_entry);
    }
  else
    tx_field_set_error (GTK_WIDGET (self->name_entry), self->name_error, NULL);

  if (!tx_date_entry_check (self->birth_date_entry, self->birth_date_error) && first == NULL)
    first = GTK_WIDGET (self->birth_date_entry);
  if (!check_id_number (self, TRUE) && first == NULL)
    first = GTK_WIDGET (self->document_number_entry);
  if (!tx_date_entry_check (self->party_joined_entry, self->party_joined_error) && first == NULL)
    first = GTK_WIDGET (self->party_joined_entry);
  if (!tx_date_entry_check (self->status_date_entry, self->status_date_error) && first == NULL)
    first = GTK_WIDGET (self->status_date_entry);
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->circumstances_list)); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *wrong = tx_circumstance_row_check (TX_CIRCUMSTANCE_ROW (row));

      if (first == NULL)
        first = wrong;
    }

  if (first != NULL)
    {
      reveal_widget (self, first);
      g_set_error_literal (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
                           _("The person was not saved: correct the marked fields first."));
      return FALSE;
    }
  show_banner (self, NULL);
  return TRUE;
}

/* the base's read_form: the marked fields first, then every input into
 * @record (which keeps the modified stamp of what was loaded, so a save by
 * someone else in between is seen) */
static gboolean
read_form (TxRecordEditor  *editor,
           TxRecord        *record,
           GError         **error)
{
  TxPersonEditor *self = TX_PERSON_EDITOR (editor);

  if (!validate_inputs (self, error))
    return FALSE;
  collect_person (self, TX_PERSON (record));
  return TRUE;
}

/* the field rules and the code tables, as for every person read from a file */
static gboolean
check (TxRecordEditor  *editor,
       TxRecord        *record,
       GError         **error)
{
  return tx_person_check (TX_PERSON (record), tx_record_editor_get_database (editor), error);
}

/* what was refused shows above the form, beside the marked fields */
static void
show_invalid (TxRecordEditor *editor,
              const GError   *error)
{
  show_banner (TX_PERSON_EDITOR (editor), error->message);
}

/* ---- class ------------------------------------------------------------------ */

static void
on_add_role_clicked (TxPersonEditor *self)
{
  gtk_widget_grab_focus (add_role_row (self, NULL));
}

static void
on_add_circumstance_clicked (TxPersonEditor *self)
{
  gtk_widget_grab_focus (add_circumstance_row (self, NULL));
}

static void
on_name_changed (TxPersonEditor *self)
{
  if (!self->loading && gtk_widget_has_css_class (GTK_WIDGET (self->name_entry), "error"))
    {
      g_autofree char *name = tx_editable_dup_text (GTK_EDITABLE (self->name_entry));

      if (name != NULL)
        tx_field_set_error (GTK_WIDGET (self->name_entry), self->name_error, NULL);
    }
}

static void
on_id_context_changed (TxPersonEditor *self)
{
  if (!self->loading)
    check_id_number (self, FALSE);
}

static void
tx_person_editor_dispose (GObject *object)
{
  TxPersonEditor *self = TX_PERSON_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_PERSON_EDITOR);
  G_OBJECT_CLASS (tx_person_editor_parent_class)->dispose (object);
}

static void
tx_person_editor_finalize (GObject *object)
{
  TxPersonEditor *self = TX_PERSON_EDITOR (object);

  g_clear_pointer (&self->community_uuids, g_ptr_array_unref);
  g_clear_pointer (&self->category_checks, g_ptr_array_unref);
  G_OBJECT_CLASS (tx_person_editor_parent_class)->finalize (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, TxPersonEditor, name)

static void
tx_person_editor_class_init (TxPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TxRecordEditorClass *editor_class = TX_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = tx_person_editor_dispose;
  object_class->finalize = tx_person_editor_finalize;
  editor_class->record_type = TX_TYPE_PERSON;
  editor_class->open_failed = N_("The person could not be opened.");
  editor_class->fill_form = fill_form;
  editor_class->read_form = read_form;
  editor_class->check = check;
  editor_class->show_invalid = show_invalid;
  signals[OPEN_RECORD] = g_signal_new ("open-record", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, g_signal_accumulator_true_handled, NULL, NULL,
                                       G_TYPE_BOOLEAN, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[CREATE_VISIT] = g_signal_new ("create-visit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, g_signal_accumulator_true_handled, NULL, NULL,
                                        G_TYPE_BOOLEAN, 1, G_TYPE_STRING);


  g_type_ensure (TX_TYPE_PHOTO_FIELD);
  g_type_ensure (TX_TYPE_PERSON_HISTORY);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-person-editor.ui");
  BIND (banner);
  BIND (stack);
  BIND (name_entry);
  BIND (name_error);
  BIND (former_name_entry);
  BIND (gender_drop);
  BIND (ethnicity_drop);
  BIND (birth_date_entry);
  BIND (birth_date_error);
  BIND (native_place_entry);
  BIND (document_type_drop);
  BIND (document_number_entry);
  BIND (document_number_error);
  BIND (id_upgrade_button);
  BIND (id_fill_button);
  BIND (photo_field);
  BIND (political_drop);
  BIND (party_joined_entry);
  BIND (party_joined_error);
  BIND (party_post_entry);
  BIND (religion_drop);
  BIND (education_drop);
  BIND (degree_drop);
  BIND (professional_title_entry);
  BIND (work_unit_entry);
  BIND (work_post_entry);
  BIND (sector_entry);
  BIND (roles_list);
  BIND (add_role_button);
  BIND (phone_entry);
  BIND (phone_other_entry);
  BIND (address_entry);
  BIND (community_drop);
  BIND (categories_label);
  BIND (categories_grid);
  BIND (representative_check);
  BIND (key_person_check);
  BIND (status_drop);
  BIND (status_date_entry);
  BIND (status_date_error);
  BIND (skills_view);
  BIND (health_view);
  BIND (circumstances_list);
  BIND (add_circumstance_button);
  BIND (notes_view);
  BIND (history);
  gtk_widget_class_bind_template_callback (widget_class, on_open_record);
  gtk_widget_class_bind_template_callback (widget_class, on_create_visit);
}

static void
tx_person_editor_init (TxPersonEditor *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  tx_code_drop_down_setup (self->gender_drop, TX_CODE_GENDER, TRUE);
  tx_code_drop_down_setup (self->ethnicity_drop, TX_CODE_ETHNICITY, TRUE);
  tx_code_drop_down_setup (self->document_type_drop, TX_CODE_DOCUMENT_TYPE, TRUE);
  tx_code_drop_down_setup (self->political_drop, TX_CODE_POLITICAL, TRUE);
  tx_code_drop_down_setup (self->religion_drop, TX_CODE_RELIGION, TRUE);
  tx_code_drop_down_setup (self->education_drop, TX_CODE_EDUCATION, TRUE);
  tx_code_drop_down_setup (self->degree_drop, TX_CODE_DEGREE, TRUE);
  tx_code_drop_down_setup (self->status_drop, TX_CODE_PERSON_STATUS, FALSE);
  setup_categories (self);

  setup_date_entry (self->birth_date_entry, self->birth_date_error);
  setup_date_entry (self->party_joined_entry, self->party_joined_error);
  setup_date_entry (self->status_date_entry, self->status_date_error);
  g_signal_connect_swapped (self->name_entry, "changed", G_CALLBACK (on_name_changed), self);
  g_signal_connect_swapped (self->document_number_entry, "changed", G_CALLBACK (on_document_number_changed), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_document_number_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->document_number_entry), focus);
  g_signal_connect_swapped (self->document_number_entry, "activate", G_CALLBACK (on_document_number_leave), self);
  g_signal_connect_swapped (self->document_type_drop, "notify::selected", G_CALLBACK (on_id_context_changed), self);
  g_signal_connect_swapped (self->gender_drop, "notify::selected", G_CALLBACK (on_id_context_changed), self);
  g_signal_connect_swapped (self->id_fill_button, "clicked", G_CALLBACK (on_id_fill_clicked), self);
  g_signal_connect_swapped (self->id_upgrade_button, "clicked", G_CALLBACK (on_id_upgrade_clicked), self);
  g_signal_connect_swapped (self->add_role_button, "clicked", G_CALLBACK (on_add_role_clicked), self);
  g_signal_connect_swapped (self->add_circumstance_button, "clicked", G_CALLBACK (on_add_circumstance_clicked), self);
}

GtkWindow *
tx_person_editor_new (GtkWindow  *parent,
                      TxDatabase *db,
                      const char *uuid)
{
  TxPersonEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  self = g_object_new (TX_TYPE_PERSON_EDITOR, "transient-for", parent, "modal", TRUE, "database", db, NULL);
  setup_communities (self);
  tx_record_editor_open (TX_RECORD_EDITOR (self), uuid);
  return GTK_WINDOW (self);
}

TxPerson *
tx_person_editor_get_person (TxPersonEditor *self)
{
  g_return_val_if_fail (TX_IS_PERSON_EDITOR (self), NULL);
  return person (self);
}

/* ---- for tests ------------------------------------------------------------- */

GtkWidget *
_tx_person_editor_add_role_row (TxPersonEditor *self)
{
  return add_role_row (self, NULL);
}

GtkWidget *
_tx_person_editor_add_circumstance_row (TxPersonEditor *self)
{
  return add_circumstance_row (self, NULL);
}

GtkWidget *
_tx_person_editor_row_get (GtkWidget  *row,
                           const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (row, G_OBJECT_TYPE (row), name));
}

GtkCheckButton *
_tx_person_editor_get_category_check (TxPersonEditor *self,
                                      const char     *code)
{
  for (guint i = 0; i < self->category_checks->len; i++)
    if (g_strcmp0 (category_code (i), code) == 0)
      return g_ptr_array_index (self->category_checks, i);
  return NULL;
}

gboolean
_tx_person_editor_select_community (TxPersonEditor *self,
                                    const char     *uuid)
{
  guint index;

  if (!g_ptr_array_find_with_equal_func (self->community_uuids, uuid, str_equal0, &index))
    return FALSE;
  gtk_drop_down_set_selected (self->community_drop, index);
  return TRUE;
}

