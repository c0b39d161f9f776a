/* tx-person-editor-identity.c — the person editor's dates and ID number,
 * checked at the field as the user goes: GB 11643 numbers against the
 * birth date and gender, 15 → 18 digits, birth date and gender read from
 * the number
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-community.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-query.h"
#include "core/model/tx-record-list.h"

#include "app/tx-app-util.h"
#include "app/widgets/tx-circumstance-row.h"
#include "app/widgets/tx-photo-field.h"
#include "app/widgets/tx-role-row.h"
#include "tx-editor-util.h"
#include "tx-person-editor-private.h"

/* 01 居民身份证 and 02 港澳台居民居住证 carry GB 11643 numbers */
#define ID_CARD          "01"
#define RESIDENCE_PERMIT "02"

/* ---- dates ----------------------------------------------------------------- */

/* The entry shows its date in the display form itself; the person editor
 * adds the error line under it, and a changed birth date rechecks the ID
 * number. */
static void
on_date_entry_done (TxDateEntry *entry,
                    GtkLabel    *error_label)
{
  GtkWidget *editor = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (entry)));

  tx_date_field_check (entry, error_label);
  if (TX_IS_PERSON_EDITOR (editor) && entry == TX_PERSON_EDITOR (editor)->birth_date_entry)
    _tx_person_editor_check_id_number (TX_PERSON_EDITOR (editor), FALSE);
}

static void
on_date_entry_leave (GtkEventControllerFocus *controller,
                     GtkLabel                *error_label)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  on_date_entry_done (TX_DATE_ENTRY (entry), error_label);
}

static void
setup_date_entry (TxDateEntry *entry,
                  GtkLabel    *error_label)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (on_date_entry_leave), error_label, 0);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_date_entry_done), error_label, 0);
}

/* ---- ID numbers ------------------------------------------------------------ */

gboolean
_tx_person_editor_is_id_card (TxPersonEditor *self)
{
  const char *type = tx_code_drop_down_get_code (self->document_type_drop);

  return g_strcmp0 (type, ID_CARD) == 0 || g_strcmp0 (type, RESIDENCE_PERMIT) == 0;
}

/* Checks the document number against GB 11643 and the record's birth date
 * and gender; offers the 15→18 conversion and filling birth date and
 * gender from the number.  While typing (@final FALSE) a number too short
 * to judge is not marked yet. */
gboolean
_tx_person_editor_check_id_number (TxPersonEditor *self,
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
  if (number == NULL || !_tx_person_editor_is_id_card (self) || (!final && strlen (number) < 15))
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
  birth = g_strdup (tx_date_entry_get_date (self->birth_date_entry));
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
    _tx_person_editor_check_id_number (self, FALSE);
}

static void
on_document_number_leave (TxPersonEditor *self)
{
  _tx_person_editor_check_id_number (self, TRUE);
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
  tx_date_entry_set_date (self->birth_date_entry, iso);
  tx_field_set_error (GTK_WIDGET (self->birth_date_entry), self->birth_date_error, NULL);
  tx_code_drop_down_set_code (self->gender_drop, tx_id_number_gender_code (number));
  _tx_person_editor_check_id_number (self, TRUE);
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
  _tx_person_editor_check_id_number (self, TRUE);
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
    _tx_person_editor_check_id_number (self, FALSE);
}

/* the date and ID inputs check themselves as the user goes */
void
_tx_person_editor_setup_identity (TxPersonEditor *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  setup_date_entry (self->birth_date_entry, self->birth_date_error);
  setup_date_entry (self->party_joined_entry, self->party_joined_error);
  setup_date_entry (self->status_date_entry, self->status_date_error);
  g_signal_connect_swapped (self->name_entry, "changed", G_CALLBACK (on_name_changed), self);
  g_signal_connect_swapped (self->document_number_entry, "changed", G_CALLBACK (on_document_number_changed), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_document_number_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->document_number_entry), focus);
  g_signal_connect_swapped (self->document_number_entry, "activate", G_CALLBACK (on_document_number_leave), self);
  g_signal_connect_swapped (self->document_type_drop, "notify::code", G_CALLBACK (on_id_context_changed), self);
  g_signal_connect_swapped (self->gender_drop, "notify::code", G_CALLBACK (on_id_context_changed), self);
  g_signal_connect_swapped (self->id_fill_button, "clicked", G_CALLBACK (on_id_fill_clicked), self);
  g_signal_connect_swapped (self->id_upgrade_button, "clicked", G_CALLBACK (on_id_upgrade_clicked), self);
}
