/* tx-community-drop-down.h — a drop-down of the office's communities
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_COMMUNITY_DROP_DOWN (tx_community_drop_down_get_type ())
G_DECLARE_FINAL_TYPE (TxCommunityDropDown, tx_community_drop_down, TX, COMMUNITY_DROP_DOWN, GtkWidget)

/* "—" (no community), then the communities of "database" not in the trash
 * in the one order of communities (tx_lookup_list_communities()).
 * "community-uuid" is the chosen one, NULL for "—"; a uuid that is not
 * offered (a community in the trash) is added under its name, so saving
 * keeps it. */
GtkWidget  *tx_community_drop_down_new                (TxDatabase          *db);

TxDatabase *tx_community_drop_down_get_database       (TxCommunityDropDown *self);
/* (re)reads the communities; the chosen one stays chosen */
void        tx_community_drop_down_set_database       (TxCommunityDropDown *self,
                                                       TxDatabase          *db);
const char *tx_community_drop_down_get_community_uuid (TxCommunityDropDown *self);
void        tx_community_drop_down_set_community_uuid (TxCommunityDropDown *self,
                                                       const char          *uuid);
/* Chooses @uuid only when it is offered; FALSE (and no change) otherwise. */
gboolean    tx_community_drop_down_select             (TxCommunityDropDown *self,
                                                       const char          *uuid);
/* the drop-down inside (borrowed), for tests */
GtkDropDown *tx_community_drop_down_get_drop_down     (TxCommunityDropDown *self);

G_END_DECLS
