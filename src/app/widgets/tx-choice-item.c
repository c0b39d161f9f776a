/* tx-choice-item.c — a record to choose as an item of a drop-down's model
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/model/tx-lookup.h"

#include "tx-choice-item.h"

struct _TxChoiceItem
{
  GObject  parent_instance;

  char    *uuid;
  char    *label;
};

G_DEFINE_FINAL_TYPE (TxChoiceItem, tx_choice_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_UUID,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

TxChoiceItem *
tx_choice_item_new (const char *uuid,
                    const char *label)
{
  return g_object_new (TX_TYPE_CHOICE_ITEM, "uuid", uuid, "label", label, NULL);
}

const char *
tx_choice_item_get_uuid (TxChoiceItem *self)
{
  g_return_val_if_fail (TX_IS_CHOICE_ITEM (self), NULL);
  return self->uuid;
}

const char *
tx_choice_item_get_label (TxChoiceItem *self)
{
  g_return_val_if_fail (TX_IS_CHOICE_ITEM (self), NULL);
  return self->label;
}

GListStore *
tx_choice_item_store_new (GPtrArray *choices,
                          gboolean   with_empty)
{
  GListStore *store = g_list_store_new (TX_TYPE_CHOICE_ITEM);

  if (with_empty)
    {
      g_autoptr(TxChoiceItem) empty = tx_choice_item_new (NULL, "—");

      g_list_store_append (store, empty);
    }
  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      TxChoice *choice = g_ptr_array_index (choices, i);
      g_autoptr(TxChoiceItem) item = tx_choice_item_new (choice->uuid, choice->label ? choice->label : "");

      g_list_store_append (store, item);
    }
  return store;
}

guint
tx_choice_item_find (GListModel *model,
                     const char *uuid)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TxChoiceItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (item->uuid, uuid) == 0)
        return i;
    }
  return G_MAXUINT;
}

const char *
tx_choice_item_uuid_at (GListModel *model,
                        guint       position)
{
  g_autoptr(TxChoiceItem) item = NULL;

  if (model == NULL || position >= g_list_model_get_n_items (model))
    return NULL;
  item = g_list_model_get_item (model, position);
  return item->uuid;   /* the model holds the item */
}

static void
tx_choice_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TxChoiceItem *self = TX_CHOICE_ITEM (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_choice_item_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TxChoiceItem *self = TX_CHOICE_ITEM (object);

  switch (prop_id)
    {
    case PROP_UUID:
      self->uuid = g_value_dup_string (value);
      break;
    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_choice_item_finalize (GObject *object)
{
  TxChoiceItem *self = TX_CHOICE_ITEM (object);

  g_free (self->uuid);
  g_free (self->label);
  G_OBJECT_CLASS (tx_choice_item_parent_class)->finalize (object);
}

static void
tx_choice_item_class_init (TxChoiceItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags once = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tx_choice_item_get_property;
  object_class->set_property = tx_choice_item_set_property;
  object_class->finalize = tx_choice_item_finalize;

  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, once);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, once);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tx_choice_item_init (TxChoiceItem *self)
{
}
