/* tx-csv-import-dialog.h — a roster from Excel: trial run, mapping, import
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/exchange/tx-csv-import.h"
#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_CSV_IMPORT_DIALOG (tx_csv_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TxCsvImportDialog, tx_csv_import_dialog, TX, CSV_IMPORT_DIALOG, GtkWindow)

/* Reads @file and starts the trial run at once; nothing is written until
 * the user presses Import. Emits "imported" (new, updated) after writing. */
TxCsvImportDialog *tx_csv_import_dialog_new        (GtkWindow         *parent,
                                                    TxDatabase        *db,
                                                    GFile             *file);
/* TRUE while the trial run is going on (in the database's reading thread)
 * or the import is about to write */
gboolean           tx_csv_import_dialog_is_busy    (TxCsvImportDialog *self);

/* the last trial run's report, or NULL (none yet, or the file unreadable) */
const TxCsvReport *tx_csv_import_dialog_get_report (TxCsvImportDialog *self);

G_END_DECLS
