/* tx-community-drop-down.c — a drop-down of the office's communities
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/model/tx-lookup.h"

#include "tx-choice-drop-down-private.h"
#include "tx-choice-item.h"
#include "tx-community-drop-down.h"

struct _TxCommunityDropDown
{
  GtkWidget      parent_instance;

  GtkDropDown   *drop_down;
  GListStore    *items;       /* TxChoiceItem: "—", then the communities */
  TxDatabase    *db;
};

G_DEFINE_FINAL_TYPE (TxCommunityDropDown, tx_community_drop_down, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_COMMUNITY_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "—" and the communities; the chosen one stays chosen */
static void
fill_rows (TxCommunityDropDown *self)
{
  g_autofree char *chosen = g_strdup (tx_community_drop_down_get_community_uuid (self));
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GError) error = NULL;

  if (self->db != NULL && (communities = tx_lookup_list_communities (self->db, &error)) == NULL)
    g_warning ("Listing the communities failed: %s", error->message);
  g_clear_object (&self->items);
  self->items = tx_choice_item_store_new (communities, TRUE);
  gtk_drop_down_set_model (self->drop_down, G_LIST_MODEL (self->items));
  tx_community_drop_down_set_community_uuid (self, chosen);
}

GtkWidget *
tx_community_drop_down_new (TxDatabase *db)
{
  return g_object_new (TX_TYPE_COMMUNITY_DROP_DOWN, "database", db, NULL);
}

TxDatabase *
tx_community_drop_down_get_database (TxCommunityDropDown *self)
{
  g_return_val_if_fail (TX_IS_COMMUNITY_DROP_DOWN (self), NULL);
  return self->db;
}

void
tx_community_drop_down_set_database (TxCommunityDropDown *self,
                                     TxDatabase          *db)
{
  gboolean changed;

  g_return_if_fail (TX_IS_COMMUNITY_DROP_DOWN (self));
  g_return_if_fail (db == NULL || TX_IS_DATABASE (db));
  changed = g_set_object (&self->db, db);
  fill_rows (self);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

const char *
tx_community_drop_down_get_community_uuid (TxCommunityDropDown *self)
{
  g_return_val_if_fail (TX_IS_COMMUNITY_DROP_DOWN (self), NULL);
  return tx_choice_item_uuid_at (gtk_drop_down_get_model (self->drop_down), gtk_drop_down_get_selected (self->drop_down));
}

gboolean
tx_community_drop_down_select (TxCommunityDropDown *self,
                               const char          *uuid)
{
  guint position;

  g_return_val_if_fail (TX_IS_COMMUNITY_DROP_DOWN (self), FALSE);
  position = tx_choice_item_find (gtk_drop_down_get_model (self->drop_down), uuid);
  if (position == G_MAXUINT)
    return FALSE;
  /* "community-uuid" is notified by the drop-down's "selected" */
  gtk_drop_down_set_selected (self->drop_down, position);
  return TRUE;
}

void
tx_community_drop_down_set_community_uuid (TxCommunityDropDown *self,
                                           const char          *uuid)
{
  g_autofree char *name = NULL;
  g_autoptr(TxChoiceItem) kept = NULL;

  g_return_if_fail (TX_IS_COMMUNITY_DROP_DOWN (self));
  if (self->items == NULL || tx_community_drop_down_select (self, uuid))
    return;
  /* not offered (in the trash): kept, so saving does not drop it */
  name = self->db ? tx_lookup_community_name (self->db, uuid) : NULL;
  kept = tx_choice_item_new (uuid, name ? name : "?");
  g_list_store_append (self->items, kept);
  gtk_drop_down_set_selected (self->drop_down, g_list_model_get_n_items (G_LIST_MODEL (self->items)) - 1);
}

GtkDropDown *
tx_community_drop_down_get_drop_down (TxCommunityDropDown *self)
{
  g_return_val_if_fail (TX_IS_COMMUNITY_DROP_DOWN (self), NULL);
  return self->drop_down;
}

static void
on_selected_changed (TxCommunityDropDown *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMUNITY_UUID]);
}

static void
tx_community_drop_down_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TxCommunityDropDown *self = TX_COMMUNITY_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;
    case PROP_COMMUNITY_UUID:
      g_value_set_string (value, tx_community_drop_down_get_community_uuid (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_community_drop_down_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TxCommunityDropDown *self = TX_COMMUNITY_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      tx_community_drop_down_set_database (self, g_value_get_object (value));
      break;
    case PROP_COMMUNITY_UUID:
      tx_community_drop_down_set_community_uuid (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_community_drop_down_dispose (GObject *object)
{
  TxCommunityDropDown *self = TX_COMMUNITY_DROP_DOWN (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), TX_TYPE_COMMUNITY_DROP_DOWN);
  g_clear_object (&self->db);
  g_clear_object (&self->items);
  G_OBJECT_CLASS (tx_community_drop_down_parent_class)->dispose (object);
}

static void
tx_community_drop_down_class_init (TxCommunityDropDownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tx_community_drop_down_get_property;
  object_class->set_property = tx_community_drop_down_set_property;
  object_class->dispose = tx_community_drop_down_dispose;

  properties[PROP_DATABASE] = g_param_spec_object ("database", NULL, NULL, TX_TYPE_DATABASE, flags);
  properties[PROP_COMMUNITY_UUID] = g_param_spec_string ("community-uuid", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TX_TYPE_CHOICE_ITEM);
  _tx_choice_class_forward (widget_class);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-community-drop-down.ui");
  gtk_widget_class_bind_template_child (widget_class, TxCommunityDropDown, drop_down);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_changed);
}

static void
tx_community_drop_down_init (TxCommunityDropDown *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_rows (self);
}
