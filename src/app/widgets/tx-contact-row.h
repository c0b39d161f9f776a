/* tx-contact-row.h — one contact of a pairing (结对联系), as a row of the
 * pairing editor's contact log
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/model/tx-pairing.h"

G_BEGIN_DECLS

#define TX_TYPE_CONTACT_ROW (tx_contact_row_get_type ())
G_DECLARE_FINAL_TYPE (TxContactRow, tx_contact_row, TX, CONTACT_ROW, GtkListBoxRow)

/* A row showing @contact (NULL: an empty row dated @date, which may be
 * NULL); its remove button takes it out of its list. */
GtkWidget *tx_contact_row_new    (const TxContact  *contact,
                                  const char       *date);
/* FALSE with the focus on the date and @error set when it is no date. */
gboolean   tx_contact_row_check  (TxContactRow     *self,
                                  GError          **error);
/* Adds what the row holds to @pairing, unless the row is blank. */
void       tx_contact_row_add_to (TxContactRow     *self,
                                  TxPairing        *pairing);

G_END_DECLS
