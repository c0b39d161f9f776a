/* tx-print-operation.h — printing a laid-out report through GTK
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/report/tx-report-pages.h"

G_BEGIN_DECLS

#define TX_TYPE_PRINT_OPERATION (tx_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (TxPrintOperation, tx_print_operation, TX, PRINT_OPERATION, GtkPrintOperation)

/* The printer and paper last chosen are used again (and kept across runs
 * in the user's configuration folder); the orientation is the report's. */
TxPrintOperation *tx_print_operation_new   (TxReportPages *pages);

/* Shows the print dialog, then prints (asynchronously). */
void              tx_print_operation_run_dialog (TxPrintOperation *self,
                                                 GtkWindow        *parent);

/* The remembered page setup: 页面设置 changes it for the next prints. */
void              tx_print_run_page_setup       (GtkWindow        *parent);

G_END_DECLS
