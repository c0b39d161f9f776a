/* tx-activity-page.h — the page of activities: newest first, searched by title, place and organiser
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tx-record-list-page.h"

G_BEGIN_DECLS

#define TX_TYPE_ACTIVITY_PAGE (tx_activity_page_get_type ())
G_DECLARE_FINAL_TYPE (TxActivityPage, tx_activity_page, TX, ACTIVITY_PAGE, TxRecordListPage)

/* A TxPage: set its database with tx_page_set_database(). */
GtkWidget *tx_activity_page_new (void);

G_END_DECLS
