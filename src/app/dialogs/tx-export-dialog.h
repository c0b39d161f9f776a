/* tx-export-dialog.h — exporting an exchange file for the office above
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_EXPORT_DIALOG (tx_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TxExportDialog, tx_export_dialog, TX, EXPORT_DIALOG, GtkWindow)

TxExportDialog *tx_export_dialog_new       (GtkWindow      *parent,
                                            TxDatabase     *db);
/* What the export button does after its file chooser (tests call it). */
void            tx_export_dialog_export_to (TxExportDialog *self,
                                            GFile          *file);

G_END_DECLS
