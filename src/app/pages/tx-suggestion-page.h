/* tx-suggestion-page.h — the list of suggestions and how far they got
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tx-record-list-page.h"

G_BEGIN_DECLS

#define TX_TYPE_SUGGESTION_PAGE (tx_suggestion_page_get_type ())
G_DECLARE_FINAL_TYPE (TxSuggestionPage, tx_suggestion_page, TX, SUGGESTION_PAGE, TxRecordListPage)

GtkWidget *tx_suggestion_page_new       (void);

G_END_DECLS
