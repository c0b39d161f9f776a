/* tx-window.h — the main window: one window per open database
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

/* Set to "1" in a database filled with demo data (see tx_settings_set()). */
#define TX_WINDOW_SETTING_DEMO "demo"
/* The file name of the demo database, next to the default database. */
#define TX_WINDOW_DEMO_FILE_NAME "tongxin-demo.db"

#define TX_TYPE_WINDOW (tx_window_get_type ())
G_DECLARE_FINAL_TYPE (TxWindow, tx_window, TX, WINDOW, GtkApplicationWindow)

TxWindow   *tx_window_new          (GtkApplication *app,
                                    TxDatabase     *db);
TxDatabase *tx_window_get_database (TxWindow       *self);
/* re-reads every page from the database */
void        tx_window_refresh      (TxWindow       *self);
gboolean    tx_window_is_demo      (TxWindow       *self);

/* Pages of the sidebar, in the order they are added. Adding a page under
 * a name that exists replaces that page in place. @page may be any widget;
 * a TxPage gets the window's database at once. */
void        tx_window_add_page     (TxWindow       *self,
                                    const char     *name,
                                    const char     *title,
                                    const char     *icon_name,
                                    GtkWidget      *page);
/* the pages every window has; in tx-window-pages.c */
void        tx_window_add_default_pages (TxWindow  *self);
GtkWidget  *tx_window_get_page     (TxWindow       *self,
                                    const char     *name);
const char *tx_window_get_visible_page_name (TxWindow *self);
/* FALSE when there is no page called @name */
gboolean    tx_window_show_page    (TxWindow       *self,
                                    const char     *name);

/* Shows the page of @entity ("person", "activity", "visit",
 * "consultation", "suggestion", "pairing", "staff") and opens the record
 * there; FALSE when that page cannot open records (yet). */
gboolean    tx_window_open_record  (TxWindow       *self,
                                    const char     *entity,
                                    const char     *uuid);
/* Shows @page_name ("visits", "pairings" …) and starts a new record about
 * one person there; FALSE when that page cannot. */
gboolean    tx_window_create_for_person (TxWindow   *self,
                                         const char *page_name,
                                         const char *person_uuid);

/* in-window notification; the callback runs when the button is clicked,
 * @destroy when the notification goes away (see tx_show_toast()) */
void        tx_window_show_toast   (TxWindow       *self,
                                    const char     *message,
                                    const char     *button_label,
                                    void          (*callback) (gpointer user_data),
                                    gpointer        user_data,
                                    GDestroyNotify  destroy);
void        tx_window_dismiss_toast (TxWindow      *self);
void        tx_window_withdraw_toast (TxWindow     *self,
                                      gpointer      user_data);

/* backups; in tx-window-backup.c */
void        tx_window_install_backup_actions (GtkWidgetClass *widget_class);
void        tx_window_start_safety_check     (TxWindow       *self);
void        tx_window_ask_restore            (TxWindow       *self,
                                              const char     *path);

G_END_DECLS
