/* tx-choice-item.h — a record to choose (a staff member, a meeting …) as
 * an item of a drop-down's model
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TX_TYPE_CHOICE_ITEM (tx_choice_item_get_type ())
G_DECLARE_FINAL_TYPE (TxChoiceItem, tx_choice_item, TX, CHOICE_ITEM, GObject)

/* "uuid" (NULL: the "—" of no record) and "label", what the user reads:
 * a drop-down shows it with <lookup name="label" type="TxChoiceItem"/>. */
TxChoiceItem *tx_choice_item_new        (const char   *uuid,
                                         const char   *label);
const char   *tx_choice_item_get_uuid   (TxChoiceItem *self);
const char   *tx_choice_item_get_label  (TxChoiceItem *self);

/* A GListStore of TxChoiceItem: "—" first when @with_empty, then one item
 * per TxChoice of @choices (may be NULL). */
GListStore   *tx_choice_item_store_new  (GPtrArray    *choices,
                                         gboolean      with_empty);
/* the position of @uuid in @model, or GTK_INVALID_LIST_POSITION
 * (G_MAXUINT) */
guint         tx_choice_item_find       (GListModel   *model,
                                         const char   *uuid);
/* the uuid of the item at @position (NULL: none, or "—") */
const char   *tx_choice_item_uuid_at    (GListModel   *model,
                                         guint         position);

G_END_DECLS
