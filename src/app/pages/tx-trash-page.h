/* tx-trash-page.h — the trash: restore or delete for good
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TX_TYPE_TRASH_PAGE (tx_trash_page_get_type ())
G_DECLARE_FINAL_TYPE (TxTrashPage, tx_trash_page, TX, TRASH_PAGE, GtkBox)

/* the records shown (after the search), TxRecord items */
GListModel *tx_trash_page_get_model    (TxTrashPage *self);
/* selects the @position-th record shown */
void        tx_trash_page_select       (TxTrashPage *self,
                                        guint        position);

G_END_DECLS
