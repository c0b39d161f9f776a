/* tx-role-row.h — one social role of a person, as a row of the person
 * editor's 社会职务 list
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/model/tx-person.h"

G_BEGIN_DECLS

#define TX_TYPE_ROLE_ROW (tx_role_row_get_type ())
G_DECLARE_FINAL_TYPE (TxRoleRow, tx_role_row, TX, ROLE_ROW, GtkListBoxRow)

/* A row showing @role (NULL: an empty row); its remove button takes it out
 * of its list. */
GtkWidget *tx_role_row_new    (const TxSocialRole *role);
/* Adds what the row holds to @person, unless the row is blank. */
void       tx_role_row_add_to (TxRoleRow          *self,
                               TxPerson           *person);

G_END_DECLS
