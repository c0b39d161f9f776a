/* tx-date-entry.h — the one civil-date input of every editor: accepts every
 * form offices write (see tx_civil_date_parse), shows the long form
 * ("2026年2月10日"), keeps the storage form in its `date` property
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TX_TYPE_DATE_ENTRY (tx_date_entry_get_type ())
G_DECLARE_FINAL_TYPE (TxDateEntry, tx_date_entry, TX, DATE_ENTRY, GtkEntry)

GtkWidget  *tx_date_entry_new      (void);
/* The storage form ("2026-02-10", "1965-03", "1965") of what is typed;
 * NULL when blank or when the text is no date (see tx_date_entry_validate). */
const char *tx_date_entry_get_date (TxDateEntry  *self);
/* Shows @iso (NULL: empty) in the display form and clears any mark. */
void        tx_date_entry_set_date (TxDateEntry  *self,
                                    const char   *iso);
/* TRUE when the text is blank or a date, which is then shown in the
 * display form; otherwise marks the entry as wrong and says why. */
gboolean    tx_date_entry_validate (TxDateEntry  *self,
                                    GError      **error);
/* For an editor's read-back: the date (NULL when blank) in @out, or FALSE
 * with an error naming the field @what and the focus on the entry. */
gboolean    tx_date_entry_read     (TxDateEntry  *self,
                                    const char   *what,
                                    char        **out,
                                    GError      **error);

G_END_DECLS
