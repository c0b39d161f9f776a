/* tx-export-dialog.c — exporting an exchange file for the office above
 *
 * The dialog says how many records of each kind will be written before
 * anything is (counted on a thread); the export runs on a thread with a
 * connection of its own,
 * with progress and cancel. An office without a name is asked for it here.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n.h>

#include "core/exchange/tx-exchange-export.h"
#include "core/text/tx-civil-date.h"
#include "core/model/tx-record.h"
#include "core/db/tx-settings.h"

#include "app/tx-app-task.h"
#include "app/tx-app-util.h"
#include "tx-export-dialog.h"
#include "app/tx-window.h"

struct _TxExportDialog
{
  GtkWindow parent_instance;

  TxDatabase     *db;
  TxAppTask      *task;        /* the export running, or NULL */
  guint64         counts[TX_N_KINDS];

  GtkEditable    *office_entry;
  GtkDropDown    *privacy_drop_down;
  GtkCheckButton *photos_check;
  GtkGrid        *counts_grid;
  GtkProgressBar *progress_bar;
  GtkLabel       *message_label;
  GtkWidget      *export_button;
};

G_DEFINE_FINAL_TYPE (TxExportDialog, tx_export_dialog, GTK_TYPE_WINDOW)

typedef struct
{
  GFile           *file;
  TxExportOptions  options;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->file);
  g_free (job);
}

static gboolean
run_job (TxDatabase         *db,
         gpointer            data,
         TxAppTaskProgress  *progress,
         GCancellable       *cancellable,
         GError            **error)
{
  Job *job = data;

  return tx_exchange_export (db, job->file, &job->options, tx_app_task_progress, progress, cancellable, error);
}

static guint64
total_count (TxExportDialog *self)
{
  guint64 n = 0;

  for (guint kind = 0; kind < TX_N_KINDS; kind++)
    n += self->counts[kind];
  return n;
}

static void
job_done (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  g_autoptr(TxExportDialog) self = data;
  g_autoptr(GError) error = NULL;
  Job *job = tx_app_task_get_job (TX_APP_TASK (source));
  gboolean done = tx_app_task_finish (TX_APP_TASK (source), result, &error);
  GtkWindow *parent;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_clear_object (&self->task);
  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  if (!done)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_label_set_text (self->message_label, _("Export cancelled; no file was written."));
      else
        gtk_label_set_text (self->message_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
      gtk_widget_set_sensitive (self->export_button, TRUE);
      return;
    }
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  name = g_file_get_parse_name (job->file);
  message = g_strdup_printf (_("Exported %llu records to %s."), (unsigned long long) total_count (self), name);
  if (TX_IS_WINDOW (parent))
    tx_show_toast (GTK_WIDGET (parent), message, NULL, NULL, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The office's name is part of the file's header: an export without it
 * would not say where it came from. */
static gboolean
save_office_name (TxExportDialog *self)
{
  const char *name = gtk_editable_get_text (self->office_entry);
  g_autofree char *stored = tx_settings_dup (self->db, TX_SETTING_OFFICE_NAME);
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  if (g_strcmp0 (trimmed, stored) == 0)
    return TRUE;
  if (!tx_settings_set (self->db, TX_SETTING_OFFICE_NAME, trimmed, &error))
    {
      gtk_label_set_text (self->message_label, error->message);
      return FALSE;
    }
  return TRUE;
}

void
tx_export_dialog_export_to (TxExportDialog *self,
                            GFile          *file)
{
  Job *job;

  g_return_if_fail (TX_IS_EXPORT_DIALOG (self));
  g_return_if_fail (self->task == NULL);

  if (!save_office_name (self))
    return;
  job = g_new0 (Job, 1);
  job->file = g_object_ref (file);
  job->options.privacy = gtk_drop_down_get_selected (self->privacy_drop_down);
  job->options.photos = gtk_check_button_get_active (self->photos_check);

  gtk_label_set_text (self->message_label, "");
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_widget_set_sensitive (self->export_button, FALSE);
  self->task = tx_app_task_new (self->db, run_job, job, (GDestroyNotify) job_free);
  tx_app_task_run (self->task, self->progress_bar, job_done, g_object_ref (self));
}

static void
on_chosen (GtkWidget      *owner,
           GFile          *file,
           GtkFileChooser *chooser,
           gpointer        data)
{
  tx_export_dialog_export_to (TX_EXPORT_DIALOG (owner), file);
}

static void
on_export_clicked (TxExportDialog *self)
{
  g_autofree char *today = tx_civil_date_dup_today_iso ();
  g_autofree char *name = g_strdup_printf ("%s-%s.xml.gz", gtk_editable_get_text (self->office_entry), today);
  TxFileChoice choice = { _("Export an Exchange File"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), name };

  tx_choose_file (GTK_WIDGET (self), &choice, on_chosen, NULL, NULL);
}

static void
on_cancel_clicked (TxExportDialog *self)
{
  tx_app_task_cancel_or_close (self->task, GTK_WINDOW (self));
}

static void
on_office_changed (TxExportDialog *self)
{
  gboolean named = !tx_record_text_is_blank (gtk_editable_get_text (self->office_entry));

  gtk_widget_set_sensitive (self->export_button, named && self->task == NULL);
  gtk_label_set_text (self->message_label, named ? "" : _("Enter the name of your office: the file says where it came from."));
}

/* ---- the counts, on a thread: a district's archive takes a while ---- */

static void
count_on_thread (GTask        *task,
                 gpointer      source,
                 gpointer      data,
                 GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = tx_database_open (data, &error);
  TxExportOptions options = { TX_PRIVACY_MASKED };
  guint64 *counts = g_new0 (guint64, TX_N_KINDS);

  if (db == NULL || !tx_exchange_export_count (db, &options, counts, &error))
    {
      g_free (counts);
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_pointer (task, counts, g_free);
}

static void
show_counts (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(TxExportDialog) self = data;
  g_autoptr(GError) error = NULL;
  g_autofree guint64 *counts = g_task_propagate_pointer (G_TASK (result), &error);
  int row = 0;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  if (counts == NULL)
    {
      gtk_label_set_text (self->message_label, error->message);
      return;
    }
  memcpy (self->counts, counts, sizeof self->counts);
  for (guint kind = 0; kind < TX_N_KINDS; kind++)
    {
      g_autofree char *n = g_strdup_printf ("%llu", (unsigned long long) self->counts[kind]);

      gtk_label_set_xalign (tx_grid_attach_label (self->counts_grid, tx_exchange_kind_label (kind), 0, row, FALSE), 0);
      gtk_label_set_xalign (tx_grid_attach_label (self->counts_grid, n, 1, row++, FALSE), 1);
    }
}

static void
start_counting (TxExportDialog *self)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, show_counts, g_object_ref (self));

  g_task_set_task_data (task, g_strdup (tx_database_get_path (self->db)), g_free);
  g_task_run_in_thread (task, count_on_thread);
}

static void
tx_export_dialog_dispose (GObject *object)
{
  TxExportDialog *self = TX_EXPORT_DIALOG (object);

  tx_app_task_clear (&self->task);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (tx_export_dialog_parent_class)->dispose (object);
}

static void
tx_export_dialog_finalize (GObject *object)
{
  TxExportDialog *self = TX_EXPORT_DIALOG (object);

  g_clear_object (&self->db);
  G_OBJECT_CLASS (tx_export_dialog_parent_class)->finalize (object);
}

static void
tx_export_dialog_class_init (TxExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_export_dialog_dispose;
  object_class->finalize = tx_export_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TxExportDialog, office_entry);
  gtk_widget_class_bind_template_child (widget_class, TxExportDialog, privacy_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxExportDialog, photos_check);
  gtk_widget_class_bind_template_child (widget_class, TxExportDialog, counts_grid);
  gtk_widget_class_bind_template_child (widget_class, TxExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TxExportDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, TxExportDialog, export_button);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_office_changed);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tx_export_dialog_init (TxExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

TxExportDialog *
tx_export_dialog_new (GtkWindow  *parent,
                      TxDatabase *db)
{
  TxExportDialog *self;
  g_autofree char *office = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  self = g_object_new (TX_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  office = tx_settings_dup (db, TX_SETTING_OFFICE_NAME);
  gtk_editable_set_text (self->office_entry, office ? office : "");
  on_office_changed (self);
  start_counting (self);
  return self;
}
