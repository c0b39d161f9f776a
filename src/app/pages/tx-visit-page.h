/* tx-visit-page.h — the page of visits and condolence calls (走访慰问), newest first
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tx-record-list-page.h"

G_BEGIN_DECLS

#define TX_TYPE_VISIT_PAGE (tx_visit_page_get_type ())
G_DECLARE_FINAL_TYPE (TxVisitPage, tx_visit_page, TX, VISIT_PAGE, TxRecordListPage)

/* A TxPage: set its database with tx_page_set_database(). */
GtkWidget *tx_visit_page_new (void);

G_END_DECLS
