/* tx-person-field.c — the one person a record is about
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-lookup.h"

#include "tx-person-field.h"
#include "tx-person-picker.h"

struct _TxPersonField
{
  GtkWidget   parent_instance;

  TxDatabase *db;
  char       *person_uuid;

  GtkLabel   *person_label;
  GtkButton  *choose_person_button;
};

G_DEFINE_FINAL_TYPE (TxPersonField, tx_person_field, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_PERSON_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

TxDatabase *
tx_person_field_get_database (TxPersonField *self)
{
  g_return_val_if_fail (TX_IS_PERSON_FIELD (self), NULL);
  return self->db;
}

void
tx_person_field_set_database (TxPersonField *self,
                              TxDatabase    *db)
{
  g_return_if_fail (TX_IS_PERSON_FIELD (self));
  g_return_if_fail (db == NULL || TX_IS_DATABASE (db));
  if (g_set_object (&self->db, db))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

const char *
tx_person_field_get_person_uuid (TxPersonField *self)
{
  g_return_val_if_fail (TX_IS_PERSON_FIELD (self), NULL);
  return self->person_uuid;
}

void
tx_person_field_set_person_uuid (TxPersonField *self,
                                 const char    *uuid)
{
  g_autofree char *name = NULL;

  g_return_if_fail (TX_IS_PERSON_FIELD (self));
  name = uuid != NULL && self->db != NULL ? tx_lookup_person_name (self->db, uuid) : NULL;
  gtk_label_set_label (self->person_label, name ? name : _("(nobody chosen)"));
  if (g_strcmp0 (self->person_uuid, uuid) == 0)
    return;
  g_free (self->person_uuid);
  self->person_uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_UUID]);
}

static void
on_person_chosen (GStrv    uuids,
                  gpointer user_data)
{
  g_autoptr(TxPersonField) self = g_weak_ref_get (user_data);

  g_weak_ref_clear (user_data);
  g_free (user_data);
  if (self != NULL && uuids != NULL && uuids[0] != NULL)   /* NULL: closed meanwhile */
    tx_person_field_set_person_uuid (self, uuids[0]);
}

static void
on_choose_clicked (TxPersonField *self)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, self);
  tx_person_picker_choose (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->db, FALSE, NULL,
                           on_person_chosen, ref);
}

static gboolean
tx_person_field_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (TX_PERSON_FIELD (widget)->choose_person_button));
}

static gboolean
tx_person_field_mnemonic_activate (GtkWidget *widget,
                                   gboolean   group_cycling)
{
  return gtk_widget_mnemonic_activate (GTK_WIDGET (TX_PERSON_FIELD (widget)->choose_person_button), group_cycling);
}

static void
tx_person_field_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TxPersonField *self = TX_PERSON_FIELD (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;
    case PROP_PERSON_UUID:
      g_value_set_string (value, self->person_uuid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_person_field_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TxPersonField *self = TX_PERSON_FIELD (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      tx_person_field_set_database (self, g_value_get_object (value));
      break;
    case PROP_PERSON_UUID:
      tx_person_field_set_person_uuid (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_person_field_dispose (GObject *object)
{
  TxPersonField *self = TX_PERSON_FIELD (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), TX_TYPE_PERSON_FIELD);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tx_person_field_parent_class)->dispose (object);
}

static void
tx_person_field_finalize (GObject *object)
{
  g_free (TX_PERSON_FIELD (object)->person_uuid);
  G_OBJECT_CLASS (tx_person_field_parent_class)->finalize (object);
}

static void
tx_person_field_class_init (TxPersonFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tx_person_field_get_property;
  object_class->set_property = tx_person_field_set_property;
  object_class->dispose = tx_person_field_dispose;
  object_class->finalize = tx_person_field_finalize;
  widget_class->grab_focus = tx_person_field_grab_focus;
  widget_class->mnemonic_activate = tx_person_field_mnemonic_activate;

  properties[PROP_DATABASE] = g_param_spec_object ("database", NULL, NULL, TX_TYPE_DATABASE, flags);
  properties[PROP_PERSON_UUID] = g_param_spec_string ("person-uuid", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-person-field.ui");
  gtk_widget_class_bind_template_child (widget_class, TxPersonField, person_label);
  gtk_widget_class_bind_template_child (widget_class, TxPersonField, choose_person_button);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked);
}

static void
tx_person_field_init (TxPersonField *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
