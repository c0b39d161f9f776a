/* tx-window-backup.c — the window's backups: 备份到…, 从备份恢复…, and the
 * check and daily copy after start-up
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/backup/tx-backup.h"

#include "tx-window.h"

/* The window may be closed before a backup thread is done: the thread
 * holds only a weak reference, so it never keeps a closed window alive. */
static GWeakRef *
weak_window_new (TxWindow *self)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, self);
  return ref;
}

/* the window (a strong reference) or NULL; frees @ref */
static TxWindow *
weak_window_take (GWeakRef *ref)
{
  TxWindow *self = g_weak_ref_get (ref);

  g_weak_ref_clear (ref);
  g_free (ref);
  return self;
}

/* a modal message with a Close button, not shown yet */
static GtkWidget *
new_message (TxWindow       *self,
             GtkMessageType  type,
             const char     *primary,
             const char     *secondary)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              type, GTK_BUTTONS_CLOSE, "%s", primary);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  return dialog;
}

static void
show_message (TxWindow       *self,
              GtkMessageType  type,
              const char     *primary,
              const char     *secondary)
{
  GtkWidget *dialog = new_message (self, type, primary, secondary);

  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- 从备份恢复… ------------------------------------------------------------ */

/* the stored UTC time as the user's local date and time */
static char *
dup_local_time (const char *iso)
{
  g_autoptr(GDateTime) utc = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup (_("(none)"));
}

static char *
describe_backup (const TxBackupInfo *info)
{
  g_autofree char *last_change = dup_local_time (info->last_change);

  return g_strdup_printf (_("Office: %s\nLast change: %s\n\n"
                            "People: %lld\nCommunities: %lld\nStaff: %lld\nActivities: %lld\n"
                            "Visits: %lld\nConsultations: %lld\nSuggestions: %lld\nPairings: %lld\n\n"
                            "The data now in the database is backed up first, so this can be undone."),
                          info->office != NULL ? info->office : _("(not set)"),
                          last_change,
                          (long long) info->people, (long long) info->communities,
                          (long long) info->staff, (long long) info->activities,
                          (long long) info->visits, (long long) info->consultations,
                          (long long) info->suggestions, (long long) info->pairings);
}

static void
on_restore_response (GtkDialog *dialog,
                     int        response,
                     TxWindow  *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "tx-backup-path");
  g_autoptr(GError) error = NULL;
  g_autofree char *safety = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      if (!tx_backup_restore (tx_window_get_database (self), path, &safety, &error))
        show_message (self, GTK_MESSAGE_ERROR, _("The backup was not restored"), error->message);
      else
        {
          message = g_strdup_printf (_("Restored. The data from before is kept in %s"), safety);
          tx_window_show_toast (self, message, NULL, NULL, NULL, NULL);
        }
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/**
 * tx_window_ask_restore:
 * @self: the window
 * @path: a backup file
 *
 * Shows what the backup holds and asks before replacing the database.
 */
void
tx_window_ask_restore (TxWindow   *self,
                       const char *path)
{
  g_autoptr(TxBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *details = NULL;
  GtkWidget *dialog;

  info = tx_backup_inspect (path, &error);
  if (info == NULL)
    {
      show_message (self, GTK_MESSAGE_ERROR, _("This file cannot be restored"), error->message);
      return;
    }
  details = describe_backup (info);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Replace all data with this backup?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", details);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Restore"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  gtk_widget_set_name (dialog, "restore-dialog");
  g_object_set_data_full (G_OBJECT (dialog), "tx-backup-path", g_strdup (path), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_restore_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_restore_chosen (GtkNativeDialog *chooser,
                   int              response,
                   TxWindow        *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    tx_window_ask_restore (self, path);
  g_object_unref (chooser);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Restore from Backup"), GTK_WINDOW (widget),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));

  g_signal_connect (chooser, "response", G_CALLBACK (on_restore_chosen), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- 备份到… ---------------------------------------------------------------- */

static void
on_backup_written (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(TxWindow) self = weak_window_take (user_data);
  g_autoptr(GError) error = NULL;
  gboolean written = tx_backup_to_file_finish (result, &error);

  if (self == NULL)
    return;
  if (!written)
    show_message (self, GTK_MESSAGE_ERROR, _("The backup failed"), error->message);
  else
    tx_window_show_toast (self, _("Backed up and checked."), NULL, NULL, NULL, NULL);
}

static void
on_backup_chosen (GtkNativeDialog *chooser,
                  int              response,
                  TxWindow        *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    tx_backup_to_file_async (tx_database_get_path (tx_window_get_database (self)), path,
                             NULL, on_backup_written, weak_window_new (self));
  g_object_unref (chooser);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Back Up To"), GTK_WINDOW (widget),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: the suggested file name of a backup; %s is the date */
  g_autofree char *name = g_strdup_printf (_("tongxin-backup-%s.db"), date);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_backup_chosen), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- after start-up ---------------------------------------------------------- */

static void
on_damage_response (GtkDialog *dialog,
                    int        response,
                    TxWindow  *self)
{
  g_autofree char *latest = g_strdup (g_object_get_data (G_OBJECT (dialog), "tx-backup-path"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  /* the newest good copy is offered next; the damaged file stays as it is */
  if (latest != NULL)
    tx_window_ask_restore (self, latest);
}

static void
show_damage (TxWindow   *self,
             const char *message,
             const char *latest)
{
  GtkWidget *dialog = new_message (self, GTK_MESSAGE_ERROR, _("The database file is damaged"), message);

  gtk_widget_set_name (dialog, "damage-dialog");
  g_object_set_data_full (G_OBJECT (dialog), "tx-backup-path", g_strdup (latest), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_damage_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_daily_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TxWindow) self = weak_window_take (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *made = tx_backup_daily_finish (result, &error);

  if (error == NULL || self == NULL || !gtk_widget_get_visible (GTK_WIDGET (self)))
    return;
  if (g_error_matches (error, TX_BACKUP_ERROR, TX_BACKUP_ERROR_DAMAGED))
    {
      g_autofree char *latest = tx_backup_find_latest_good (tx_database_get_path (tx_window_get_database (self)));

      show_damage (self, error->message, latest);
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("The daily backup failed: %s"), error->message);

      tx_window_show_toast (self, message, NULL, NULL, NULL, NULL);
    }
}

static void
on_first_frame (GdkFrameClock *clock,
                TxWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);
  tx_backup_daily_async (tx_database_get_path (tx_window_get_database (self)), NULL,
                         on_daily_done, weak_window_new (self));
}

static void
on_window_map (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, on_window_map, NULL);
  if (clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_frame), widget);
}

/* quick_check and the daily copy, off the main thread, once the window
 * has drawn its first frame */
void
tx_window_start_safety_check (TxWindow *self)
{
  g_signal_connect (self, "map", G_CALLBACK (on_window_map), NULL);
}

void
tx_window_install_backup_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.backup-to", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.restore-from", NULL, restore_action);
}
