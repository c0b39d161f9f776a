/* tx-application.h — the Tongxin desktop application
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/demo/tx-demo.h"

#include "tx-window.h"

G_BEGIN_DECLS

#define TX_TYPE_APPLICATION (tx_application_get_type ())
G_DECLARE_FINAL_TYPE (TxApplication, tx_application, TX, APPLICATION, GtkApplication)

TxApplication *tx_application_new           (void);
TxWindow      *tx_application_open_database (TxApplication *self,
                                             const char    *path);

/* The demo database: tongxin-demo.db next to the default database. */
char          *tx_application_dup_demo_path (void);
/* Fills the database at @path with @people demo people in a thread (its
 * own connection), unless it already holds demo data; @progress runs on
 * the main thread. The result is the path to open. */
void           tx_application_create_demo_async  (TxApplication        *self,
                                                  const char           *path,
                                                  guint                 people,
                                                  TxDemoProgress        progress,
                                                  gpointer              progress_data,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
char          *tx_application_create_demo_finish (TxApplication        *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);

G_END_DECLS
