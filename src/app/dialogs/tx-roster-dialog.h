/* tx-roster-dialog.h — whom a roster lists, in which order, with which columns
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"
#include "core/model/tx-person-filter.h"

G_BEGIN_DECLS

#define TX_TYPE_ROSTER_DIALOG (tx_roster_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TxRosterDialog, tx_roster_dialog, TX, ROSTER_DIALOG, GtkWindow)

/* @filter (the archive's, copied) with @n_filtered people; @selected the
 * uuids chosen in the list (NULL or empty: none). 预览 opens the roster's
 * print preview and closes the dialog. */
TxRosterDialog *tx_roster_dialog_new (GtkWindow            *parent,
                                      TxDatabase           *db,
                                      const TxPersonFilter *filter,
                                      guint                 n_filtered,
                                      const char * const   *selected);

G_END_DECLS
