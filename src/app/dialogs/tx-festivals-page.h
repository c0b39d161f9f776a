/* tx-festivals-page.h — the office's festivals, a page of the preferences
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_FESTIVALS_PAGE (tx_festivals_page_get_type ())
G_DECLARE_FINAL_TYPE (TxFestivalsPage, tx_festivals_page, TX, FESTIVALS_PAGE, GtkBox)

void  tx_festivals_page_set_database (TxFestivalsPage *self,
                                      TxDatabase      *db);
/* the year listed */
int   tx_festivals_page_get_year     (TxFestivalsPage *self);
void  tx_festivals_page_set_year     (TxFestivalsPage *self,
                                      int              year);
/* Adds the festival chosen in the page's fields (holiday, date, name); on
 * a refusal the page says why under the fields. TRUE when added. */
gboolean tx_festivals_page_add       (TxFestivalsPage *self);

G_END_DECLS
