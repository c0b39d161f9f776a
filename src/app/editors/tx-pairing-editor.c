/* tx-pairing-editor.c — the window that creates or edits one pairing
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"
#include "core/db/tx-store.h"

#include "app/pages/tx-activity-pages-private.h"
#include "app/tx-app-util.h"
#include "tx-editor-util.h"
#include "tx-record-editor.h"
#include "tx-pairing-editor.h"
#include "app/widgets/tx-choice-item.h"
#include "app/widgets/tx-code-drop-down.h"
#include "app/widgets/tx-contact-row.h"
#include "app/widgets/tx-person-field.h"

struct _TxPairingEditor
{
  TxRecordEditor parent_instance;

  GtkDropDown *staff_drop_down;
  TxPersonField *person_field;
  TxDateEntry *since_entry;
  TxDateEntry *until_entry;
  GtkTextView *notes_view;
  GtkButton   *add_contact_button;
  GtkListBox  *contact_list;
};

G_DEFINE_FINAL_TYPE (TxPairingEditor, tx_pairing_editor, TX_TYPE_RECORD_EDITOR)

void
_tx_pairing_editor_set_person (TxPairingEditor *self,
                               const char      *person_uuid)
{
  g_return_if_fail (TX_IS_PAIRING_EDITOR (self));
  tx_person_field_set_person_uuid (self->person_field, person_uuid);
}

/* ---- contact log ---- */

static GtkWidget *
add_contact_row (TxPairingEditor *self,
                 const TxContact *contact,
                 const char      *date)
{
  GtkWidget *row = tx_contact_row_new (contact, date);

  gtk_list_box_append (self->contact_list, row);
  return row;
}

void
_tx_pairing_editor_add_contact (TxPairingEditor  *self,
                                GtkEditable     **date,
                                GtkDropDown     **mode,
                                GtkEditable     **note)
{
  GtkWidget *row = add_contact_row (self, NULL, NULL);

  *date = GTK_EDITABLE (gtk_widget_get_template_child (row, TX_TYPE_CONTACT_ROW, "date"));
  *mode = tx_code_drop_down_get_drop_down (TX_CODE_DROP_DOWN (gtk_widget_get_template_child (row, TX_TYPE_CONTACT_ROW, "mode")));
  *note = GTK_EDITABLE (gtk_widget_get_template_child (row, TX_TYPE_CONTACT_ROW, "note"));
}

static void
on_add_contact_clicked (TxPairingEditor *self)
{
  g_autofree char *today = tx_civil_date_dup_today_iso ();

  gtk_widget_grab_focus (add_contact_row (self, NULL, today));
}

/* ---- form ⇄ record ---- */

/* "—", the active staff, and whoever the pairing names: a pairing of
 * someone no longer active still names them */
static void
fill_staff (TxPairingEditor *self)
{
  TxDatabase *db = tx_record_editor_get_database (TX_RECORD_EDITOR (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = tx_staff_list_names (db, TRUE, &error);
  const char *current = tx_pairing_get_staff (TX_PAIRING (tx_record_editor_get_record (TX_RECORD_EDITOR (self))));
  g_autoptr(GListStore) items = NULL;
  guint position;

  if (staff == NULL)
    tx_show_error (GTK_WIDGET (self), _("The staff list could not be read"), error);
  items = tx_choice_item_store_new (staff, TRUE);
  position = tx_choice_item_find (G_LIST_MODEL (items), current);
  if (position == G_MAXUINT)
    {
      g_autofree char *name = tx_lookup_staff_name (db, current);
      g_autoptr(TxChoiceItem) item = tx_choice_item_new (current, name ? name : "");

      g_list_store_append (items, item);
      position = g_list_model_get_n_items (G_LIST_MODEL (items)) - 1;
    }
  gtk_drop_down_set_model (self->staff_drop_down, G_LIST_MODEL (items));
  gtk_drop_down_set_selected (self->staff_drop_down, position);
}

static void
fill_form (TxRecordEditor *editor,
           TxRecord       *record)
{
  TxPairingEditor *self = TX_PAIRING_EDITOR (editor);
  TxPairing *p = TX_PAIRING (tx_record_editor_get_record (TX_RECORD_EDITOR (self)));
  GPtrArray *contacts = tx_pairing_get_contacts (p);
  GtkWidget *child;

  fill_staff (self);
  _tx_pairing_editor_set_person (self, tx_pairing_get_person (p));
  tx_date_entry_set_date (self->since_entry, tx_pairing_get_since (p));
  tx_date_entry_set_date (self->until_entry, tx_pairing_get_until (p));
  tx_text_view_set_text (self->notes_view, tx_pairing_get_notes (p));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->contact_list))) != NULL
         && GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->contact_list, child);
  for (guint i = 0; i < contacts->len; i++)
    add_contact_row (self, g_ptr_array_index (contacts, i), NULL);
}

static gboolean
read_contacts (TxPairingEditor  *self,
               GError          **error)
{
  TxPairing *pairing = TX_PAIRING (tx_record_editor_get_record (TX_RECORD_EDITOR (self)));
  GtkWidget *row;

  /* check everything first: a bad date must not leave half a log behind */
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->contact_list)); row; row = gtk_widget_get_next_sibling (row))
    if (TX_IS_CONTACT_ROW (row) && !tx_contact_row_check (TX_CONTACT_ROW (row), error))
      return FALSE;
  tx_pairing_clear_contacts (pairing);
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->contact_list)); row; row = gtk_widget_get_next_sibling (row))
    if (TX_IS_CONTACT_ROW (row))
      tx_contact_row_add_to (TX_CONTACT_ROW (row), pairing);
  return TRUE;
}

static gboolean
read_form (TxRecordEditor  *editor,
           TxRecord        *record,
           GError         **error)
{
  TxPairingEditor *self = TX_PAIRING_EDITOR (editor);
  TxPairing *p = TX_PAIRING (tx_record_editor_get_record (TX_RECORD_EDITOR (self)));
  g_autofree char *since = NULL, *until = NULL;
  g_autofree char *notes = NULL;
  const char *staff = tx_choice_item_uuid_at (gtk_drop_down_get_model (self->staff_drop_down),
                                              gtk_drop_down_get_selected (self->staff_drop_down));

  if (staff == NULL)
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED, _("Choose the staff member."));
      gtk_widget_grab_focus (GTK_WIDGET (self->staff_drop_down));
      return FALSE;
    }
  if (tx_person_field_get_person_uuid (self->person_field) == NULL)
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED, _("Choose the person to befriend."));
      gtk_widget_grab_focus (GTK_WIDGET (self->person_field));
      return FALSE;
    }
  if (!tx_date_entry_read (self->since_entry, _("Since"), &since, error) ||
      !tx_date_entry_read (self->until_entry, _("Until"), &until, error))
    return FALSE;
  if (since != NULL && until != NULL && strcmp (until, since) < 0)
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
                   _("The pairing ends before it begins: check the dates."));
      gtk_widget_grab_focus (GTK_WIDGET (self->until_entry));
      return FALSE;
    }
  if (!read_contacts (self, error))
    return FALSE;
  notes = tx_text_view_dup_text (self->notes_view);
  tx_pairing_set_staff (p, staff);
  tx_pairing_set_person (p, tx_person_field_get_person_uuid (self->person_field));
  tx_pairing_set_since (p, since);
  tx_pairing_set_until (p, until);
  tx_pairing_set_notes (p, notes);
  return TRUE;
}

/* a pairing is mostly entered the day it begins */
static void
prepare_new (TxRecordEditor *editor,
             TxRecord       *record)
{
  g_autofree char *iso = tx_civil_date_dup_today_iso ();

  tx_pairing_set_since (TX_PAIRING (record), iso);
}

static void
tx_pairing_editor_dispose (GObject *object)
{
  TxPairingEditor *self = TX_PAIRING_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_PAIRING_EDITOR);
  G_OBJECT_CLASS (tx_pairing_editor_parent_class)->dispose (object);
}

static void
tx_pairing_editor_class_init (TxPairingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TxRecordEditorClass *editor_class = TX_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = tx_pairing_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-pairing-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TxPairingEditor, staff_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxPairingEditor, person_field);
  gtk_widget_class_bind_template_child (widget_class, TxPairingEditor, since_entry);
  gtk_widget_class_bind_template_child (widget_class, TxPairingEditor, until_entry);
  gtk_widget_class_bind_template_child (widget_class, TxPairingEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, TxPairingEditor, add_contact_button);
  gtk_widget_class_bind_template_child (widget_class, TxPairingEditor, contact_list);

  editor_class->record_type = TX_TYPE_PAIRING;
  editor_class->new_title = N_("New Pairing");
  editor_class->open_failed = N_("The pairing could not be opened");
  editor_class->fill_form = fill_form;
  editor_class->read_form = read_form;
  editor_class->prepare_new = prepare_new;
}

static void
tx_pairing_editor_init (TxPairingEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->add_contact_button, "clicked", G_CALLBACK (on_add_contact_clicked), self);
}

GtkWindow *
tx_pairing_editor_new (GtkWindow  *parent,
                       TxDatabase *db,
                       const char *uuid)
{
  TxPairingEditor *self;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  self = g_object_new (TX_TYPE_PAIRING_EDITOR, "transient-for", parent, "database", db, NULL);
  tx_person_field_set_database (self->person_field, db);
  tx_record_editor_open (TX_RECORD_EDITOR (self), uuid);
  return GTK_WINDOW (self);
}

GtkWindow *
tx_pairing_editor_new_for_person (GtkWindow  *parent,
                                  TxDatabase *db,
                                  const char *person_uuid)
{
  GtkWindow *window = tx_pairing_editor_new (parent, db, NULL);

  _tx_pairing_editor_set_person (TX_PAIRING_EDITOR (window), person_uuid);
  return window;
}
