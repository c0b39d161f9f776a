/* tx-person-field.h — the one person a record is about (a visit's, a
 * pairing's): their name and a button that chooses them from the archive
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_PERSON_FIELD (tx_person_field_get_type ())
G_DECLARE_FINAL_TYPE (TxPersonField, tx_person_field, TX, PERSON_FIELD, GtkWidget)

/* "person-uuid" (NULL: nobody) names the person of "database"; 选择…
 * opens the person picker over the field's window. The focus and the
 * mnemonic of the field's label go to the button. */
TxDatabase *tx_person_field_get_database    (TxPersonField *self);
void        tx_person_field_set_database    (TxPersonField *self,
                                             TxDatabase    *db);
const char *tx_person_field_get_person_uuid (TxPersonField *self);
void        tx_person_field_set_person_uuid (TxPersonField *self,
                                             const char    *uuid);

G_END_DECLS
