/* tx-role-row.c — one social role of a person
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/model/tx-codes.h"

#include "app/tx-app-util.h"
#include "tx-code-drop-down.h"
#include "tx-role-row.h"

struct _TxRoleRow
{
  GtkListBoxRow  parent_instance;

  TxCodeDropDown *kind;
  TxCodeDropDown *level;
  GtkEditable   *term;
  GtkEditable   *organization;
  GtkEditable   *post;
};

G_DEFINE_FINAL_TYPE (TxRoleRow, tx_role_row, GTK_TYPE_LIST_BOX_ROW)

GtkWidget *
tx_role_row_new (const TxSocialRole *role)
{
  TxRoleRow *self = g_object_new (TX_TYPE_ROLE_ROW, NULL);

  if (role != NULL)
    {
      tx_code_drop_down_set_code (self->kind, role->kind);
      tx_code_drop_down_set_code (self->level, role->level);
      tx_editable_set_text_or_empty (self->term, role->term);
      tx_editable_set_text_or_empty (self->organization, role->organization);
      tx_editable_set_text_or_empty (self->post, role->post);
    }
  return GTK_WIDGET (self);
}

void
tx_role_row_add_to (TxRoleRow *self,
                    TxPerson  *person)
{
  g_autofree char *organization = tx_editable_dup_text (self->organization);
  g_autofree char *term = tx_editable_dup_text (self->term);
  g_autofree char *post = tx_editable_dup_text (self->post);
  const char *kind = tx_code_drop_down_get_code (self->kind);
  const char *level = tx_code_drop_down_get_code (self->level);

  g_return_if_fail (TX_IS_ROLE_ROW (self));
  if (kind || level || organization || term || post)
    tx_person_add_role (person, kind, organization, level, term, post);
}

static void
on_remove_clicked (GtkWidget *self)
{
  gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (self)), self);
}

/* the focus goes into the row, to its first input */
static gboolean
tx_role_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (TX_ROLE_ROW (widget)->kind));
}

static void
tx_role_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TX_TYPE_ROLE_ROW);
  G_OBJECT_CLASS (tx_role_row_parent_class)->dispose (object);
}

static void
tx_role_row_class_init (TxRoleRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tx_role_row_dispose;
  g_type_ensure (TX_TYPE_CODE_DROP_DOWN);
  widget_class->grab_focus = tx_role_row_grab_focus;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-role-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TxRoleRow, kind);
  gtk_widget_class_bind_template_child (widget_class, TxRoleRow, level);
  gtk_widget_class_bind_template_child (widget_class, TxRoleRow, term);
  gtk_widget_class_bind_template_child (widget_class, TxRoleRow, organization);
  gtk_widget_class_bind_template_child (widget_class, TxRoleRow, post);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
tx_role_row_init (TxRoleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
