/* tx-import-dialog.h — importing an exchange file: trial run, report, apply
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_IMPORT_DIALOG (tx_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TxImportDialog, tx_import_dialog, TX, IMPORT_DIALOG, GtkWindow)

/* Starts the trial run of @file at once, on a thread of its own with a
 * connection of its own to @db's file. */
TxImportDialog *tx_import_dialog_new     (GtkWindow      *parent,
                                          TxDatabase     *db,
                                          GFile          *file);
/* TRUE while a trial run or the import itself is running (tests wait) */
gboolean        tx_import_dialog_is_busy (TxImportDialog *self);

/* The file chooser for 导入, then the dialog. */
void            tx_import_dialog_choose  (GtkWindow      *parent,
                                          TxDatabase     *db);

G_END_DECLS
