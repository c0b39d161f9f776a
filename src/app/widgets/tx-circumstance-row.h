/* tx-circumstance-row.h — one dated circumstance of a person (患病住院,
 * 家庭变故 …), as a row of the person editor's list
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/model/tx-person.h"

G_BEGIN_DECLS

#define TX_TYPE_CIRCUMSTANCE_ROW (tx_circumstance_row_get_type ())
G_DECLARE_FINAL_TYPE (TxCircumstanceRow, tx_circumstance_row, TX, CIRCUMSTANCE_ROW, GtkListBoxRow)

/* A row showing @circumstance (NULL: an empty row); its dates are checked
 * when the focus leaves them, and its remove button takes it out of its
 * list. */
GtkWidget *tx_circumstance_row_new    (const TxCircumstance *circumstance);
/* Marks a date that is no date; returns the first such entry, or NULL. */
GtkWidget *tx_circumstance_row_check  (TxCircumstanceRow    *self);
/* Adds what the row holds to @person, unless the row is blank. */
void       tx_circumstance_row_add_to (TxCircumstanceRow    *self,
                                       TxPerson             *person);

G_END_DECLS
