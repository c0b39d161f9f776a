/* tx-duplicates-dialog.h — two records of one person merged by hand
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

/* Every pair of people who share an ID number. */
TxDuplicatesDialog *tx_duplicates_dialog_new      (GtkWindow  *parent,
                                                   TxDatabase *db);
/* Two people the user chose in the archive (合并人员…). */
TxDuplicatesDialog *tx_duplicates_dialog_new_pair (GtkWindow  *parent,
                                                   TxDatabase *db,
                                                   const char *first,
                                                   const char *second);

G_END_DECLS
