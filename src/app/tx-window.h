/* tx-window.h — the main window: one window per open database
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_WINDOW (tx_window_get_type ())
G_DECLARE_FINAL_TYPE (TxWindow, tx_window, TX, WINDOW, GtkApplicationWindow)

TxWindow   *tx_window_new          (GtkApplication *app,
                                    TxDatabase     *db);
TxDatabase *tx_window_get_database (TxWindow       *self);
void        tx_window_refresh      (TxWindow       *self);

/* in-window notification; the callback runs when the button is clicked,
 * @destroy when the notification goes away (see tx_show_toast()) */
void        tx_window_show_toast   (TxWindow       *self,
                                    const char     *message,
                                    const char     *button_label,
                                    void          (*callback) (gpointer user_data),
                                    gpointer        user_data,
                                    GDestroyNotify  destroy);

G_END_DECLS
