/* tx-window-csv.h — the main window's CSV roster import and export
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/exchange/tx-csv-export.h"
#include "app/dialogs/tx-csv-import-dialog.h"
#include "tx-window.h"

G_BEGIN_DECLS

/* the trial-run dialog for @file, shown; a toast when it has imported */
TxCsvImportDialog *tx_window_import_csv_file (TxWindow      *self,
                                              GFile         *file);
/* the archive page's current filter to @file, written in the database's
 * reading thread; then a toast saying how many, or an error dialog */
void               tx_window_export_csv_file (TxWindow      *self,
                                              GFile         *file,
                                              TxPrivacy   privacy);

/* win.import-csv and win.export-csv: a file chooser first */
void               _tx_window_import_csv_action (GtkWidget  *widget,
                                                 const char *action_name,
                                                 GVariant   *parameter);
void               _tx_window_export_csv_action (GtkWidget  *widget,
                                                 const char *action_name,
                                                 GVariant   *parameter);

G_END_DECLS
