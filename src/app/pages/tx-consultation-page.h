/* tx-consultation-page.h — the list of consultation meetings
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tx-record-list-page.h"

G_BEGIN_DECLS

#define TX_TYPE_CONSULTATION_PAGE (tx_consultation_page_get_type ())
G_DECLARE_FINAL_TYPE (TxConsultationPage, tx_consultation_page, TX, CONSULTATION_PAGE, TxRecordListPage)

GtkWidget *tx_consultation_page_new       (void);

G_END_DECLS
