/* tx-person-editor-form.c — the person editor's inputs and the person:
 * filling them, checking them, reading them back
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"
#include "core/text/tx-idnumber.h"

#include "app/tx-app-util.h"
#include "app/widgets/tx-circumstance-row.h"
#include "app/widgets/tx-photo-field.h"
#include "app/widgets/tx-role-row.h"
#include "tx-editor-util.h"
#include "tx-person-editor-private.h"

/* ---- small helpers --------------------------------------------------------- */

void
_tx_person_editor_show_banner (TxPersonEditor *self,
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

/* ---- list rows (roles, circumstances) -------------------------------------- */

GtkWidget *
_tx_person_editor_add_role_row_for (TxPersonEditor     *self,
              const TxSocialRole *role)
{
  GtkWidget *row = tx_role_row_new (role);

  gtk_list_box_append (self->roles_list, row);
  return row;
}

GtkWidget *
_tx_person_editor_add_circumstance_row_for (TxPersonEditor       *self,
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

void
_tx_person_editor_setup_categories (TxPersonEditor *self)
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
const char *
_tx_person_editor_category_code (guint i)
{
  return ((TxCode *) g_ptr_array_index (tx_code_table_rows (TX_CODE_CATEGORY), i))->code;
}

/* ---- widgets ↔ person ------------------------------------------------------ */

void
_tx_person_editor_fill_form (TxRecordEditor *editor,
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
  tx_date_entry_set_date (self->birth_date_entry, tx_person_get_birth_date (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->native_place_entry), tx_person_get_native_place (p));
  tx_code_drop_down_set_code (self->document_type_drop, tx_person_get_document_type (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->document_number_entry), tx_person_get_document_number (p));
  tx_code_drop_down_set_code (self->political_drop, tx_person_get_political_status (p));
  tx_date_entry_set_date (self->party_joined_entry, tx_person_get_party_joined (p));
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
  tx_community_drop_down_set_community_uuid (self->community_drop, tx_person_get_community (p));
  for (guint i = 0; i < self->category_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->category_checks, i);

      gtk_check_button_set_active (check, tx_person_has_category (p, _tx_person_editor_category_code (i)));
    }
  gtk_check_button_set_active (self->representative_check, tx_person_get_representative (p));
  gtk_check_button_set_active (self->key_person_check, tx_person_get_key_person (p));
  tx_code_drop_down_set_code (self->status_drop, tx_person_get_status (p) ? tx_person_get_status (p) : "1");
  tx_date_entry_set_date (self->status_date_entry, tx_person_get_status_date (p));
  tx_text_view_set_text (self->skills_view, tx_person_get_skills (p));
  tx_text_view_set_text (self->health_view, tx_person_get_health (p));
  tx_text_view_set_text (self->notes_view, tx_person_get_notes (p));

  clear_list (self->roles_list);
  rows = tx_person_get_roles (p);
  for (guint i = 0; i < rows->len; i++)
    _tx_person_editor_add_role_row_for (self, g_ptr_array_index (rows, i));
  clear_list (self->circumstances_list);
  rows = tx_person_get_circumstances (p);
  for (guint i = 0; i < rows->len; i++)
    _tx_person_editor_add_circumstance_row_for (self, g_ptr_array_index (rows, i));

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
  _tx_person_editor_show_banner (self, NULL);
  self->loading = FALSE;
  _tx_person_editor_check_id_number (self, TRUE);
  tx_person_history_load (self->history, editor_database (self), tx_record_get_uuid (record));
  _tx_person_editor_update_title (self);
}

#define SET_TEXT(setter, editable) \
  G_STMT_START { \
    g_autofree char *value_ = tx_editable_dup_text (GTK_EDITABLE (editable)); \
    setter (p, value_); \
  } G_STMT_END
#define SET_DATE(setter, entry) \
  G_STMT_START { \
    g_autofree char *value_ = tx_date_field_dup_value (entry); \
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
    g_autofree char *number = _tx_person_editor_is_id_card (self) ? tx_id_number_normalize (raw) : g_strdup (raw);

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
  tx_person_set_community (p, tx_community_drop_down_get_community_uuid (self->community_drop));
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
        g_ptr_array_add (codes, (gpointer) _tx_person_editor_category_code (i));
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

void
_tx_person_editor_update_title (TxPersonEditor *self)
{
  const char *name = tx_person_get_name (editor_person (self));
  g_autofree char *title = NULL;

  if (tx_record_get_uuid (TX_RECORD (editor_person (self))) == NULL)
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

  if (!tx_date_field_check (self->birth_date_entry, self->birth_date_error) && first == NULL)
    first = GTK_WIDGET (self->birth_date_entry);
  if (!_tx_person_editor_check_id_number (self, TRUE) && first == NULL)
    first = GTK_WIDGET (self->document_number_entry);
  if (!tx_date_field_check (self->party_joined_entry, self->party_joined_error) && first == NULL)
    first = GTK_WIDGET (self->party_joined_entry);
  if (!tx_date_field_check (self->status_date_entry, self->status_date_error) && first == NULL)
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
  _tx_person_editor_show_banner (self, NULL);
  return TRUE;
}

/* the base's read_form: the marked fields first, then every input into
 * @record (which keeps the modified stamp of what was loaded, so a save by
 * someone else in between is seen) */
gboolean
_tx_person_editor_read_form (TxRecordEditor  *editor,
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
gboolean
_tx_person_editor_check (TxRecordEditor  *editor,
       TxRecord        *record,
       GError         **error)
{
  return tx_person_check (TX_PERSON (record), tx_record_editor_get_database (editor), error);
}

/* what was refused shows above the form, beside the marked fields */
void
_tx_person_editor_show_invalid (TxRecordEditor *editor,
              const GError   *error)
{
  _tx_person_editor_show_banner (TX_PERSON_EDITOR (editor), error->message);
}

gboolean
_tx_person_editor_select_community (TxPersonEditor *self,
                                    const char     *uuid)
{
  return tx_community_drop_down_select (self->community_drop, uuid);
}
