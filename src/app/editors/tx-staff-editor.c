/* tx-staff-editor.c — the window that creates or edits one staff member
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/model/tx-codes.h"
#include "core/db/tx-store.h"

#include "app/pages/tx-activity-pages-private.h"
#include "app/tx-app-util.h"
#include "tx-editor-util.h"
#include "tx-record-editor.h"
#include "tx-staff-editor.h"
#include "app/widgets/tx-code-drop-down.h"
#include "app/widgets/tx-community-drop-down.h"

struct _TxStaffEditor
{
  TxRecordEditor  parent_instance;

  GtkEditable    *name_entry;
  TxCodeDropDown *gender_drop_down;
  GtkEditable    *post_entry;
  GtkEditable    *phone_entry;
  TxCommunityDropDown *community_drop_down;
  GtkCheckButton *active_check;
  GtkTextView    *notes_view;
};

G_DEFINE_FINAL_TYPE (TxStaffEditor, tx_staff_editor, TX_TYPE_RECORD_EDITOR)

static void
fill_form (TxRecordEditor *editor,
           TxRecord       *record)
{
  TxStaffEditor *self = TX_STAFF_EDITOR (editor);
  TxStaff *s = TX_STAFF (record);

  tx_editable_set_text_or_empty (self->name_entry, tx_staff_get_name (s));
  tx_code_drop_down_set_code (self->gender_drop_down, tx_staff_get_gender (s));
  tx_editable_set_text_or_empty (self->post_entry, tx_staff_get_post (s));
  tx_editable_set_text_or_empty (self->phone_entry, tx_staff_get_phone (s));
  tx_community_drop_down_set_community_uuid (self->community_drop_down, tx_staff_get_community (s));
  gtk_check_button_set_active (self->active_check, tx_staff_get_active (s));
  tx_text_view_set_text (self->notes_view, tx_staff_get_notes (s));
}

static gboolean
read_form (TxRecordEditor  *editor,
           TxRecord        *record,
           GError         **error)
{
  TxStaffEditor *self = TX_STAFF_EDITOR (editor);
  TxStaff *s = TX_STAFF (record);
  g_autofree char *name = tx_editable_dup_text (self->name_entry);
  g_autofree char *post = tx_editable_dup_text (self->post_entry);
  g_autofree char *phone = tx_editable_dup_text (self->phone_entry);
  g_autofree char *notes = tx_text_view_dup_text (self->notes_view);

  tx_staff_set_name (s, name);
  tx_staff_set_gender (s, tx_code_drop_down_get_code (self->gender_drop_down));
  tx_staff_set_post (s, post);
  tx_staff_set_phone (s, phone);
  tx_staff_set_community (s, tx_community_drop_down_get_community_uuid (self->community_drop_down));
  tx_staff_set_active (s, gtk_check_button_get_active (self->active_check));
  tx_staff_set_notes (s, notes);
  if (name == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  return TRUE;
}

/* staff are entered when they join, so they start active */
static void
prepare_new (TxRecordEditor *editor,
             TxRecord       *record)
{
  tx_staff_set_active (TX_STAFF (record), TRUE);
}

static void
tx_staff_editor_dispose (GObject *object)
{
  TxStaffEditor *self = TX_STAFF_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_STAFF_EDITOR);
  G_OBJECT_CLASS (tx_staff_editor_parent_class)->dispose (object);
}

static void
tx_staff_editor_class_init (TxStaffEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TxRecordEditorClass *editor_class = TX_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = tx_staff_editor_dispose;
  editor_class->record_type = TX_TYPE_STAFF;
  editor_class->new_title = N_("New Staff Member");
  editor_class->open_failed = N_("The staff member could not be opened");
  editor_class->fill_form = fill_form;
  editor_class->read_form = read_form;
  editor_class->prepare_new = prepare_new;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-staff-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TxStaffEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, TxStaffEditor, gender_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxStaffEditor, post_entry);
  gtk_widget_class_bind_template_child (widget_class, TxStaffEditor, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, TxStaffEditor, community_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxStaffEditor, active_check);
  gtk_widget_class_bind_template_child (widget_class, TxStaffEditor, notes_view);
}

static void
tx_staff_editor_init (TxStaffEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWindow *
tx_staff_editor_new (GtkWindow  *parent,
                     TxDatabase *db,
                     const char *uuid)
{
  TxStaffEditor *self;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  self = g_object_new (TX_TYPE_STAFF_EDITOR, "transient-for", parent, "database", db, NULL);
  tx_community_drop_down_set_database (self->community_drop_down, db);
  tx_record_editor_open (TX_RECORD_EDITOR (self), uuid);
  return GTK_WINDOW (self);
}
