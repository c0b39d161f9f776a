/* tx-window-backup.c — the window's backups: 备份到…, 从备份恢复…, and the
 * check and daily copy after start-up
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/backup/tx-backup.h"

#include "tx-app-util.h"
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

/* what a question about a backup file answers to */
typedef struct
{
  TxWindow *window;
  char     *path;
} BackupQuestion;

static BackupQuestion *
backup_question_new (TxWindow   *self,
                     const char *path)
{
  BackupQuestion *question = g_new0 (BackupQuestion, 1);

  question->window = g_object_ref (self);
  question->path = g_strdup (path);
  return question;
}

static void
backup_question_free (gpointer data)
{
  BackupQuestion *question = data;

  g_object_unref (question->window);
  g_free (question->path);
  g_free (question);
}

static void
on_restore_response (int      response,
                     gpointer data)
{
  TxWindow *self = ((BackupQuestion *) data)->window;
  const char *path = ((BackupQuestion *) data)->path;
  g_autoptr(GError) error = NULL;
  g_autofree char *safety = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      if (!tx_backup_restore (tx_window_get_database (self), path, &safety, &error))
        tx_show_error (GTK_WIDGET (self), _("The backup was not restored"), error);
      else
        {
          message = g_strdup_printf (_("Restored. The data from before is kept in %s"), safety);
          tx_window_show_toast (self, message, NULL, NULL, NULL, NULL);
        }
    }
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
  const TxAlertButton buttons[] = {
    { _("_Cancel"), GTK_RESPONSE_CANCEL, FALSE },
    { _("_Restore"), GTK_RESPONSE_ACCEPT, FALSE },
    { NULL },
  };
  TxAlert alert = {
    .parent = GTK_WINDOW (self),
    .type = GTK_MESSAGE_QUESTION,
    .message = _("Replace all data with this backup?"),
    .buttons = buttons,
    .cancel = GTK_RESPONSE_CANCEL,
    .name = "restore-dialog",
  };

  info = tx_backup_inspect (path, &error);
  if (info == NULL)
    {
      tx_show_error (GTK_WIDGET (self), _("This file cannot be restored"), error);
      return;
    }
  details = describe_backup (info);
  alert.detail = details;
  tx_alert_show (&alert, on_restore_response, backup_question_new (self, path), backup_question_free);
}

static void
on_restore_chosen (GtkWidget      *window,
                   GFile          *file,
                   GtkFileChooser *chooser,
                   gpointer        data)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    tx_window_ask_restore (TX_WINDOW (window), path);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TxFileChoice choice = { _("Restore from Backup"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open") };

  tx_choose_file (widget, &choice, on_restore_chosen, NULL, NULL);
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
    tx_show_error (GTK_WIDGET (self), _("The backup failed"), error);
  else
    tx_window_show_toast (self, _("Backed up and checked."), NULL, NULL, NULL, NULL);
}

static void
on_backup_chosen (GtkWidget      *window,
                  GFile          *file,
                  GtkFileChooser *chooser,
                  gpointer        data)
{
  TxWindow *self = TX_WINDOW (window);
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    tx_backup_to_file_async (tx_database_get_path (tx_window_get_database (self)), path,
                             NULL, on_backup_written, weak_window_new (self));
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: the suggested file name of a backup; %s is the date */
  g_autofree char *name = g_strdup_printf (_("tongxin-backup-%s.db"), date);
  TxFileChoice choice = { _("Back Up To"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), name };

  tx_choose_file (widget, &choice, on_backup_chosen, NULL, NULL);
}

/* ---- after start-up ---------------------------------------------------------- */

static void
on_damage_response (int      response,
                    gpointer data)
{
  BackupQuestion *question = data;

  /* the newest good copy is offered next; the damaged file stays as it is */
  if (question->path != NULL)
    tx_window_ask_restore (question->window, question->path);
}

static void
show_damage (TxWindow   *self,
             const char *message,
             const char *latest)
{
  TxAlert alert = {
    .parent = GTK_WINDOW (self),
    .type = GTK_MESSAGE_ERROR,
    .message = _("The database file is damaged"),
    .detail = message,
    .cancel = GTK_RESPONSE_CLOSE,
    .name = "damage-dialog",
  };

  tx_alert_show (&alert, on_damage_response, backup_question_new (self, latest), backup_question_free);
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
