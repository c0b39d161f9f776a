/* tx-person-editor.c — the window that creates or edits one person
 *
 * A TxRecordEditor (saving, the conflict bar, the question before edits
 * are lost) assembled from sections: the inputs and the person in
 * tx-person-editor-form.c, the dates and ID number checked at the field in
 * tx-person-editor-identity.c, and the field widgets TxPhotoField,
 * TxRoleRow, TxCircumstanceRow and TxPersonHistory.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-codes.h"
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

G_DEFINE_FINAL_TYPE (TxPersonEditor, tx_person_editor, TX_TYPE_RECORD_EDITOR)

enum
{
  OPEN_RECORD,
  CREATE_VISIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
  const char *uuid = tx_record_get_uuid (TX_RECORD (editor_person (self)));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gboolean handled = FALSE;

  if (uuid == NULL)
    return;
  g_signal_emit (self, signals[CREATE_VISIT], 0, uuid, &handled);
  if (!handled && TX_IS_WINDOW (parent))
    tx_window_create_for_person (TX_WINDOW (parent), "visits", uuid);
}

gboolean
tx_person_editor_is_modified (TxPersonEditor *self)
{
  g_return_val_if_fail (TX_IS_PERSON_EDITOR (self), FALSE);
  return tx_record_editor_is_modified (TX_RECORD_EDITOR (self));
}

/* ---- sections --------------------------------------------------------------- */

/* the stack's pages in the order of the section buttons: Alt+1 … Alt+8 */
static const char *const sections[] = {
  "basic", "political", "work", "roles", "contact", "united-front", "notes", "history",
};

/* shows the section and puts the focus on its first input */
static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TxPersonEditor *self = TX_PERSON_EDITOR (widget);
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, g_variant_get_string (parameter, NULL));

  if (page == NULL)
    return;
  gtk_stack_set_visible_child (self->stack, page);
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/* ---- class ------------------------------------------------------------------ */

static void
on_add_role_clicked (TxPersonEditor *self)
{
  gtk_widget_grab_focus (_tx_person_editor_add_role_row_for (self, NULL));
}

static void
on_add_circumstance_clicked (TxPersonEditor *self)
{
  gtk_widget_grab_focus (_tx_person_editor_add_circumstance_row_for (self, NULL));
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
  editor_class->fill_form = _tx_person_editor_fill_form;
  editor_class->read_form = _tx_person_editor_read_form;
  editor_class->check = _tx_person_editor_check;
  editor_class->show_invalid = _tx_person_editor_show_invalid;
  signals[OPEN_RECORD] = g_signal_new ("open-record", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, g_signal_accumulator_true_handled, NULL, NULL,
                                       G_TYPE_BOOLEAN, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[CREATE_VISIT] = g_signal_new ("create-visit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, g_signal_accumulator_true_handled, NULL, NULL,
                                        G_TYPE_BOOLEAN, 1, G_TYPE_STRING);


  gtk_widget_class_install_action (widget_class, "editor.show-section", "s", show_section_action);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "editor.show-section", "s", sections[i]);

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
  gtk_widget_init_template (GTK_WIDGET (self));

  _tx_person_editor_setup_categories (self);
  _tx_person_editor_setup_identity (self);
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
  tx_community_drop_down_set_database (self->community_drop, db);
  tx_record_editor_open (TX_RECORD_EDITOR (self), uuid);
  return GTK_WINDOW (self);
}

TxPerson *
tx_person_editor_get_person (TxPersonEditor *self)
{
  g_return_val_if_fail (TX_IS_PERSON_EDITOR (self), NULL);
  return editor_person (self);
}

/* ---- for tests ------------------------------------------------------------- */

GtkWidget *
_tx_person_editor_add_role_row (TxPersonEditor *self)
{
  return _tx_person_editor_add_role_row_for (self, NULL);
}

GtkWidget *
_tx_person_editor_add_circumstance_row (TxPersonEditor *self)
{
  return _tx_person_editor_add_circumstance_row_for (self, NULL);
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
    if (g_strcmp0 (_tx_person_editor_category_code (i), code) == 0)
      return g_ptr_array_index (self->category_checks, i);
  return NULL;
}

