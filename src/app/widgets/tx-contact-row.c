/* tx-contact-row.c — one contact of a pairing
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-codes.h"

#include "app/tx-app-util.h"
#include "tx-contact-row.h"
#include "tx-code-drop-down.h"
#include "tx-date-entry.h"

struct _TxContactRow
{
  GtkListBoxRow  parent_instance;

  TxDateEntry   *date;
  TxCodeDropDown *mode;
  GtkEditable   *note;
};

G_DEFINE_FINAL_TYPE (TxContactRow, tx_contact_row, GTK_TYPE_LIST_BOX_ROW)

GtkWidget *
tx_contact_row_new (const TxContact *contact,
                    const char      *date)
{
  TxContactRow *self = g_object_new (TX_TYPE_CONTACT_ROW, NULL);

  if (contact != NULL)
    {
      tx_date_entry_set_date (self->date, contact->date);
      tx_code_drop_down_set_code (self->mode, contact->mode);
      tx_editable_set_text_or_empty (self->note, contact->note);
    }
  else
    tx_date_entry_set_date (self->date, date);
  return GTK_WIDGET (self);
}

gboolean
tx_contact_row_check (TxContactRow  *self,
                      GError       **error)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (TX_IS_CONTACT_ROW (self), FALSE);
  return tx_date_entry_read (self->date, _("Contact date"), &date, error);
}

void
tx_contact_row_add_to (TxContactRow *self,
                       TxPairing    *pairing)
{
  g_autofree char *note = tx_editable_dup_text (self->note);
  const char *date = tx_date_entry_get_date (self->date);
  const char *mode = tx_code_drop_down_get_code (self->mode);

  g_return_if_fail (TX_IS_CONTACT_ROW (self));
  if (date || mode || note)   /* an empty row added and never filled is left out */
    tx_pairing_add_contact (pairing, date, mode, note);
}

static void
on_remove_clicked (GtkWidget *self)
{
  gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (self)), self);
}

/* the focus goes into the row, to its date */
static gboolean
tx_contact_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (TX_CONTACT_ROW (widget)->date));
}

static void
tx_contact_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TX_TYPE_CONTACT_ROW);
  G_OBJECT_CLASS (tx_contact_row_parent_class)->dispose (object);
}

static void
tx_contact_row_class_init (TxContactRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tx_contact_row_dispose;
  widget_class->grab_focus = tx_contact_row_grab_focus;
  g_type_ensure (TX_TYPE_DATE_ENTRY);
  g_type_ensure (TX_TYPE_CODE_DROP_DOWN);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-contact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TxContactRow, date);
  gtk_widget_class_bind_template_child (widget_class, TxContactRow, mode);
  gtk_widget_class_bind_template_child (widget_class, TxContactRow, note);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
tx_contact_row_init (TxContactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (tx_code_drop_down_get_drop_down (self->mode)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("How"), -1);
}
