/* tx-duplicates-dialog.h — people who share an ID number, merged by hand
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_DUPLICATES_DIALOG (tx_duplicates_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TxDuplicatesDialog, tx_duplicates_dialog, TX, DUPLICATES_DIALOG, GtkWindow)

TxDuplicatesDialog *tx_duplicates_dialog_new (GtkWindow  *parent,
                                              TxDatabase *db);

G_END_DECLS
