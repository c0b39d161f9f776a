/* tx-window-private.h — what the parts of the main window share
 *
 * The window is one class in several files, the way gnome-text-editor
 * splits its page: tx-window.c (pages, search, GObject), tx-window-actions.c
 * (the win.* actions and their keys), tx-window-toast.c (the in-window
 * notification), tx-window-pages.c, tx-window-backup.c and tx-window-csv.c.
 * Only those files include this header.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-window.h"
#include "tx-window-csv.h"

G_BEGIN_DECLS

struct _TxWindow
{
  GtkApplicationWindow parent_instance;

  TxDatabase *db;
  GSettings  *settings;     /* NULL when the schema is not installed */
  char       *pending_page; /* the last page, until a page of that name is added */
  gboolean    is_demo;

  GtkLabel   *title_label;
  GtkLabel   *subtitle_label;
  GtkWidget  *new_button;
  GtkSearchEntry *search_entry;
  GtkWidget  *demo_bar;
  GtkStack   *stack;
  GtkStackSidebar *sidebar;

  GtkRevealer *toast_revealer;
  GtkLabel   *toast_label;
  GtkButton  *toast_button;
  GtkEventController *toast_focus;
  GtkEventController *toast_motion;
  guint       toast_timeout;
  void      (*toast_callback) (gpointer user_data);
  gpointer    toast_data;
  GDestroyNotify toast_destroy;

  guint       external_check;
};

/* tx-window.c */
GtkWidget *_tx_window_visible_page            (TxWindow       *self);

/* tx-window-pages.c: the default pages are built when first shown */
GtkWidget *_tx_window_page_in                 (TxWindow       *self,
                                               GtkWidget      *child,
                                               gboolean        build);
gboolean   _tx_window_page_is_unbuilt         (GtkWidget      *child);
void       _tx_window_release_hidden_rows     (TxWindow       *self);

/* tx-window-actions.c: the win.* actions and their key bindings */
void       _tx_window_install_actions         (GtkWidgetClass *widget_class);

/* tx-window-toast.c */
void       _tx_window_toast_release           (TxWindow       *self);
void       _tx_window_on_toast_button_clicked (TxWindow       *self);
void       _tx_window_on_toast_close_clicked  (TxWindow       *self);

G_END_DECLS
