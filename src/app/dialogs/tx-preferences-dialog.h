/* tx-preferences-dialog.h — the office's settings, stored in the database
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

/* what the dialog shows when a setting is missing: the values a new
 * database starts with (tx-migrations.c) */
#define TX_PREFERENCES_DEFAULT_VISIT_INTERVAL_DAYS      180
#define TX_PREFERENCES_DEFAULT_SUGGESTION_WARNING_DAYS  7
#define TX_PREFERENCES_DEFAULT_CONSULTATIONS_PER_YEAR   1
#define TX_PREFERENCES_DEFAULT_BRIEFINGS_PER_YEAR       2
#define TX_PREFERENCES_DEFAULT_ELDERLY_AGE              70
#define TX_PREFERENCES_DEFAULT_PAIRING_CONTACT_DAYS     90

#define TX_TYPE_PREFERENCES_DIALOG (tx_preferences_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TxPreferencesDialog, tx_preferences_dialog, TX, PREFERENCES_DIALOG, GtkWindow)

TxPreferencesDialog *tx_preferences_dialog_new  (GtkWindow           *parent,
                                                 TxDatabase          *db);
/* Checks and saves; FALSE (with the reason shown at the field or in a
 * dialog) when nothing was saved. Closes the dialog on success. */
gboolean             tx_preferences_dialog_save (TxPreferencesDialog *self);

G_END_DECLS
