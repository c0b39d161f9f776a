/* tx-circumstance-row.c — one dated circumstance of a person
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/model/tx-codes.h"

#include "app/editors/tx-editor-util.h"
#include "app/tx-app-util.h"
#include "tx-circumstance-row.h"
#include "tx-code-drop-down.h"

struct _TxCircumstanceRow
{
  GtkListBoxRow  parent_instance;

  TxCodeDropDown *kind;
  TxDateEntry   *date;
  TxDateEntry   *resolved;
  GtkEditable   *description;
  GtkLabel      *error;
};

G_DEFINE_FINAL_TYPE (TxCircumstanceRow, tx_circumstance_row, GTK_TYPE_LIST_BOX_ROW)

GtkWidget *
tx_circumstance_row_new (const TxCircumstance *circumstance)
{
  TxCircumstanceRow *self = g_object_new (TX_TYPE_CIRCUMSTANCE_ROW, NULL);

  if (circumstance != NULL)
    {
      tx_code_drop_down_set_code (self->kind, circumstance->kind);
      tx_date_entry_set_date (self->date, circumstance->date);
      tx_date_entry_set_date (self->resolved, circumstance->resolved);
      tx_editable_set_text_or_empty (self->description, circumstance->description);
    }
  return GTK_WIDGET (self);
}

GtkWidget *
tx_circumstance_row_check (TxCircumstanceRow *self)
{
  g_return_val_if_fail (TX_IS_CIRCUMSTANCE_ROW (self), NULL);

  /* one error line for both dates: the first wrong one is told */
  if (!tx_date_field_check (self->date, self->error))
    return GTK_WIDGET (self->date);
  if (!tx_date_field_check (self->resolved, self->error))
    return GTK_WIDGET (self->resolved);
  return NULL;
}

void
tx_circumstance_row_add_to (TxCircumstanceRow *self,
                            TxPerson          *person)
{
  g_autofree char *date = tx_date_field_dup_value (self->date);
  g_autofree char *resolved = tx_date_field_dup_value (self->resolved);
  g_autofree char *description = tx_editable_dup_text (self->description);
  const char *kind = tx_code_drop_down_get_code (self->kind);

  g_return_if_fail (TX_IS_CIRCUMSTANCE_ROW (self));
  if (kind || date || resolved || description)
    tx_person_add_circumstance (person, kind, date, description, resolved);
}

static void
on_date_done (TxCircumstanceRow *self)
{
  /* focus leaves the entry while the window is being destroyed */
  if (self->date != NULL)
    tx_circumstance_row_check (self);
}

static void
watch_date (TxCircumstanceRow *self,
            TxDateEntry       *entry)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (on_date_done), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_date_done), self, G_CONNECT_SWAPPED);
}

static void
on_remove_clicked (GtkWidget *self)
{
  gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (self)), self);
}

/* the focus goes into the row, to its first input */
static gboolean
tx_circumstance_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (TX_CIRCUMSTANCE_ROW (widget)->kind));
}

static void
tx_circumstance_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TX_TYPE_CIRCUMSTANCE_ROW);
  G_OBJECT_CLASS (tx_circumstance_row_parent_class)->dispose (object);
}

static void
tx_circumstance_row_class_init (TxCircumstanceRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tx_circumstance_row_dispose;
  widget_class->grab_focus = tx_circumstance_row_grab_focus;
  g_type_ensure (TX_TYPE_DATE_ENTRY);
  g_type_ensure (TX_TYPE_CODE_DROP_DOWN);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-circumstance-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TxCircumstanceRow, kind);
  gtk_widget_class_bind_template_child (widget_class, TxCircumstanceRow, date);
  gtk_widget_class_bind_template_child (widget_class, TxCircumstanceRow, resolved);
  gtk_widget_class_bind_template_child (widget_class, TxCircumstanceRow, description);
  gtk_widget_class_bind_template_child (widget_class, TxCircumstanceRow, error);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
tx_circumstance_row_init (TxCircumstanceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  watch_date (self, self->date);
  watch_date (self, self->resolved);
}
