/* tx-application.h — the Tongxin desktop application
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tx-window.h"

G_BEGIN_DECLS

#define TX_TYPE_APPLICATION (tx_application_get_type ())
G_DECLARE_FINAL_TYPE (TxApplication, tx_application, TX, APPLICATION, GtkApplication)

TxApplication *tx_application_new           (void);
TxWindow      *tx_application_open_database (TxApplication *self,
                                             const char    *path);

G_END_DECLS
