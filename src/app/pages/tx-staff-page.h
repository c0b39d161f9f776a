/* tx-staff-page.h — the page of the office's own staff (工作人员)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tx-record-list-page.h"

G_BEGIN_DECLS

#define TX_TYPE_STAFF_PAGE (tx_staff_page_get_type ())
G_DECLARE_FINAL_TYPE (TxStaffPage, tx_staff_page, TX, STAFF_PAGE, TxRecordListPage)

/* A TxPage: set its database with tx_page_set_database(). */
GtkWidget *tx_staff_page_new (void);

G_END_DECLS
