/* tx-window-toast.c — the main window's in-window notification
 *
 * One message at a time with an optional button (撤销 …); it goes away
 * after a while, but not while the user reads it or works in it.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-window-private.h"

#define TOAST_SECONDS 8

void
_tx_window_toast_release (TxWindow *self)
{
  GDestroyNotify destroy = self->toast_destroy;
  gpointer data = self->toast_data;

  g_clear_handle_id (&self->toast_timeout, g_source_remove);
  self->toast_callback = NULL;
  self->toast_data = NULL;
  self->toast_destroy = NULL;
  /* last: the destroy function may show another notification */
  if (destroy != NULL)
    destroy (data);
}

void
tx_window_dismiss_toast (TxWindow *self)
{
  g_return_if_fail (TX_IS_WINDOW (self));

  if (self->toast_revealer != NULL)
    gtk_revealer_set_reveal_child (self->toast_revealer, FALSE);
  _tx_window_toast_release (self);
}

/* Closes the notification only if it is still the one shown with
 * @user_data: what it offered was done another way (Ctrl+Z) */
void
tx_window_withdraw_toast (TxWindow *self,
                          gpointer  user_data)
{
  g_return_if_fail (TX_IS_WINDOW (self));

  if (user_data != NULL && self->toast_data == user_data)
    tx_window_dismiss_toast (self);
}

/* Not while the user reads it with the pointer on it or works in it with
 * the keyboard: then a little later. */
static gboolean
toast_timeout_cb (gpointer data)
{
  TxWindow *self = data;

  if (gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (self->toast_focus)) ||
      gtk_event_controller_motion_contains_pointer (GTK_EVENT_CONTROLLER_MOTION (self->toast_motion)))
    return G_SOURCE_CONTINUE;
  self->toast_timeout = 0;
  tx_window_dismiss_toast (self);
  return G_SOURCE_REMOVE;
}

void
_tx_window_on_toast_button_clicked (TxWindow *self)
{
  void (*callback) (gpointer) = self->toast_callback;
  gpointer data = self->toast_data;

  /* once: a second click must not undo twice */
  self->toast_callback = NULL;
  gtk_revealer_set_reveal_child (self->toast_revealer, FALSE);
  if (callback != NULL)
    callback (data);
  if (self->toast_data == data)
    _tx_window_toast_release (self);
}

void
_tx_window_on_toast_close_clicked (TxWindow *self)
{
  tx_window_dismiss_toast (self);
}

void
tx_window_show_toast (TxWindow       *self,
                      const char     *message,
                      const char     *button_label,
                      void          (*callback) (gpointer user_data),
                      gpointer        user_data,
                      GDestroyNotify  destroy)
{
  g_return_if_fail (TX_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  /* a newer notification replaces the older one */
  _tx_window_toast_release (self);

  self->toast_callback = callback;
  self->toast_data = user_data;
  self->toast_destroy = destroy;

  gtk_label_set_label (self->toast_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->toast_button), button_label != NULL);
  if (button_label != NULL)
    gtk_button_set_label (self->toast_button, button_label);
  gtk_revealer_set_reveal_child (self->toast_revealer, TRUE);
  self->toast_timeout = g_timeout_add_seconds (TOAST_SECONDS, toast_timeout_cb, self);
}
