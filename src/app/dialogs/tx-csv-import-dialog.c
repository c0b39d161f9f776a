/* tx-csv-import-dialog.c — a roster from Excel: trial run, mapping, import
 *
 * The trial run reads the database in its reading thread (a roster of
 * thousands of rows takes longer than a frame); the mapping and options
 * wait while it runs. Import writes on a thread with a connection of its
 * own, in one transaction (tx_csv_import_apply()), and the pages reload
 * when the window's connection sees the commit.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/exchange/tx-csv-import.h"
#include "core/model/tx-codes.h"

#include "app/tx-app-task.h"
#include "tx-csv-import-dialog.h"

struct _TxCsvImportDialog
{
  GtkWindow     parent_instance;

  TxDatabase   *db;
  GFile        *file;
  TxCsvImport  *import;
  TxCsvReport  *report;
  GCancellable *trial;
  TxAppTask    *applying;      /* the import on its thread, or NULL */

  GtkLabel       *file_label;
  GtkWidget      *options_box;
  GtkDropDown    *encoding_drop;
  GtkDropDown    *existing_drop;
  GtkCheckButton *skip_check;
  GtkWidget      *mapping_box;
  GtkLabel       *summary_label;
  GtkListBox     *rows_box;
  GtkWidget      *import_button;
};

G_DEFINE_FINAL_TYPE (TxCsvImportDialog, tx_csv_import_dialog, GTK_TYPE_WINDOW)

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static TxCsvOnExisting
get_on_existing (TxCsvImportDialog *self)
{
  return gtk_drop_down_get_selected (self->existing_drop) == 1 ? TX_CSV_ON_EXISTING_SKIP
                                                               : TX_CSV_ON_EXISTING_UPDATE;
}

static void
set_busy (TxCsvImportDialog *self,
          gboolean           busy)
{
  gtk_widget_set_sensitive (self->options_box, !busy);
  gtk_widget_set_sensitive (self->mapping_box, !busy);
  if (busy)
    gtk_widget_set_sensitive (self->import_button, FALSE);
}

/* ---- the report ------------------------------------------------------------ */

static GtkWidget *
row_widget (TxCsvRowResult *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *line = g_strdup_printf (_("Line %u"), row->line);
  GtkWidget *line_label = gtk_label_new (line);
  GtkWidget *name_label = gtk_label_new (row->name);
  GtkWidget *action_label = gtk_label_new (tx_csv_row_action_label (row->action));
  GtkWidget *message_label = gtk_label_new (row->message);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_width_chars (GTK_LABEL (line_label), 8);
  gtk_label_set_xalign (GTK_LABEL (line_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (name_label), 8);
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (action_label), 5);
  gtk_label_set_xalign (GTK_LABEL (action_label), 0);
  if (row->action == TX_CSV_ROW_INVALID)
    gtk_widget_add_css_class (action_label, "error");
  gtk_label_set_wrap (GTK_LABEL (message_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message_label), 0);
  gtk_widget_set_hexpand (message_label, TRUE);
  gtk_box_append (GTK_BOX (box), line_label);
  gtk_box_append (GTK_BOX (box), name_label);
  gtk_box_append (GTK_BOX (box), action_label);
  gtk_box_append (GTK_BOX (box), message_label);
  return box;
}

static char *
summary_text (TxCsvReport *report,
              gboolean     skip_invalid)
{
  const guint *n = report->counts;
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, _("Trial run: %u new, %u to update, %u unchanged, %u skipped, %u invalid."),
                          n[TX_CSV_ROW_NEW], n[TX_CSV_ROW_UPDATE], n[TX_CSV_ROW_UNCHANGED],
                          n[TX_CSV_ROW_SKIP], n[TX_CSV_ROW_INVALID]);
  if (report->n_ignored > 0)
    g_string_append_printf (text, _(" %u subtotal and note rows left out."), report->n_ignored);
  /* the leading spaces are the translators': Chinese sentences need none */
  if (n[TX_CSV_ROW_INVALID] > 0 && !skip_invalid)
    g_string_append (text, _(" Correct the invalid rows in the file, or skip them."));
  return g_string_free (text, FALSE);
}

/* Only rows with something to say: a roster of a thousand good rows
 * shows an empty list. */
static void
show_report (TxCsvImportDialog *self)
{
  TxCsvReport *report = self->report;
  g_autofree char *summary = summary_text (report, gtk_check_button_get_active (self->skip_check));
  GtkWidget *child;
  gboolean can_import;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rows_box))) != NULL)
    gtk_list_box_remove (self->rows_box, child);
  for (guint i = 0; i < report->rows->len; i++)
    {
      TxCsvRowResult *row = g_ptr_array_index (report->rows, i);

      if (row->message != NULL)
        gtk_list_box_append (self->rows_box, row_widget (row));
    }
  gtk_label_set_text (self->summary_label, summary);
  can_import = (report->counts[TX_CSV_ROW_INVALID] == 0 || gtk_check_button_get_active (self->skip_check)) &&
               report->counts[TX_CSV_ROW_NEW] + report->counts[TX_CSV_ROW_UPDATE] > 0;
  gtk_widget_set_sensitive (self->import_button, can_import);
}

static void
show_error (TxCsvImportDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->summary_label, message);
  gtk_widget_set_sensitive (self->import_button, FALSE);
}

/* ---- the trial run ------------------------------------------------------------ */

typedef struct
{
  TxCsvImport     *import;
  TxCsvOnExisting  on_existing;
} TrialData;

static void
trial_data_free (TrialData *data)
{
  g_object_unref (data->import);
  g_free (data);
}

/* in the reading thread, on its own connection */
static gpointer
run_trial (TxDatabase    *reader,
           gpointer       user_data,
           GCancellable  *cancellable,
           GError       **error)
{
  TrialData *data = user_data;

  return tx_csv_import_trial (data->import, reader, data->on_existing, error);
}

static void
on_trial_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TxCsvImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  TxCsvReport *report = tx_database_read_finish (TX_DATABASE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->trial);
  set_busy (self, FALSE);
  g_clear_pointer (&self->report, tx_csv_report_free);
  if (report == NULL)
    {
      show_error (self, error->message);
      return;
    }
  self->report = report;
  show_report (self);
}

static void
start_trial (TxCsvImportDialog *self)
{
  TrialData *data;

  if (self->import == NULL)
    return;
  g_cancellable_cancel (self->trial);
  g_clear_object (&self->trial);
  self->trial = g_cancellable_new ();
  data = g_new0 (TrialData, 1);
  data->import = g_object_ref (self->import);
  data->on_existing = get_on_existing (self);
  set_busy (self, TRUE);
  gtk_label_set_text (self->summary_label, _("Checking every row…"));
  tx_database_read_async (self->db, run_trial, data, (GDestroyNotify) trial_data_free,
                          (GDestroyNotify) tx_csv_report_free, self->trial, on_trial_done,
                          g_object_ref (self));
}

/* ---- the columns ---------------------------------------------------------------- */

static void
on_column_target_changed (GtkDropDown       *drop,
                          GParamSpec        *pspec,
                          TxCsvImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (drop), "column"));

  tx_csv_import_set_column_target (self->import, column, gtk_drop_down_get_selected (drop));
  start_trial (self);
}

static GtkStringList *
target_labels (void)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint t = 0; t < TX_CSV_N_TARGETS; t++)
    gtk_string_list_append (labels, tx_csv_target_label (t));
  return labels;
}

/* One column: its header as written over the field it fills in. */
static GtkWidget *
column_widget (TxCsvImportDialog *self,
               guint              column)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *header = gtk_label_new (tx_csv_import_get_column_header (self->import, column));
  GtkWidget *drop = gtk_drop_down_new (G_LIST_MODEL (target_labels ()), NULL);
  g_autofree char *name = g_strdup_printf ("csv-column-%u", column + 1);

  gtk_label_set_ellipsize (GTK_LABEL (header), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (header), 10);
  gtk_widget_set_tooltip_text (header, tx_csv_import_get_column_header (self->import, column));
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_set_name (drop, name);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), tx_csv_import_get_column_target (self->import, column));
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tx_csv_import_get_column_header (self->import, column), -1);
  g_object_set_data (G_OBJECT (drop), "column", GUINT_TO_POINTER (column));
  g_signal_connect (drop, "notify::selected", G_CALLBACK (on_column_target_changed), self);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), drop);
  return box;
}

static void
show_columns (TxCsvImportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->mapping_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->mapping_box), child);
  for (guint i = 0; self->import != NULL && i < tx_csv_import_get_n_columns (self->import); i++)
    gtk_box_append (GTK_BOX (self->mapping_box), column_widget (self, i));
}

static const char *
chosen_encoding (TxCsvImportDialog *self)
{
  switch (gtk_drop_down_get_selected (self->encoding_drop))
    {
    case 1:
      return "UTF-8";
    case 2:
      return "GB18030";
    default:
      return NULL;
    }
}

static void
load_file (TxCsvImportDialog *self)
{
  g_autofree char *path = g_file_get_path (self->file);
  g_autofree char *base = g_file_get_basename (self->file);
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (self->trial);
  g_clear_object (&self->trial);
  set_busy (self, FALSE);
  g_clear_object (&self->import);
  g_clear_pointer (&self->report, tx_csv_report_free);
  if (path != NULL)
    self->import = tx_csv_import_new_for_file (path, chosen_encoding (self), &error);
  else
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be imported."));
  show_columns (self);
  if (self->import == NULL)
    {
      gtk_label_set_text (self->file_label, base);
      show_error (self, error->message);
      return;
    }
  /* Translators: file name, its encoding, number of rows */
  title = g_strdup_printf (_("%s — %s, %u rows"), base, tx_csv_import_get_encoding (self->import),
                           tx_csv_import_get_n_rows (self->import));
  gtk_label_set_text (self->file_label, title);
  start_trial (self);
}

static void
on_encoding_changed (TxCsvImportDialog *self)
{
  if (self->file != NULL)
    load_file (self);
}

static void
on_options_changed (TxCsvImportDialog *self)
{
  start_trial (self);
}

/* ---- import -------------------------------------------------------------------- */

typedef struct
{
  TxCsvImport     *import;
  TxCsvOnExisting  on_existing;
  gboolean         skip_invalid;
  TxCsvReport     *report;     /* also when the import fails */
} ApplyJob;

static void
apply_job_free (ApplyJob *job)
{
  g_clear_object (&job->import);
  g_clear_pointer (&job->report, tx_csv_report_free);
  g_free (job);
}

/* on a thread, with a connection of its own: the main loop stays free */
static gboolean
apply_on_thread (TxDatabase         *db,
                 gpointer            data,
                 TxAppTaskProgress  *progress,
                 GCancellable       *cancellable,
                 GError            **error)
{
  ApplyJob *job = data;

  return tx_csv_import_apply (job->import, db, job->on_existing, job->skip_invalid, &job->report, error);
}

static void
apply_done (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(TxCsvImportDialog) self = data;
  ApplyJob *job = tx_app_task_get_job (TX_APP_TASK (source));
  g_autoptr(GError) error = NULL;
  gboolean ok = tx_app_task_finish (TX_APP_TASK (source), result, &error);

  g_clear_object (&self->applying);
  /* the window's lists learn of the other connection's commit */
  tx_database_check_external_changes (self->db);
  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  set_busy (self, FALSE);
  if (!ok)
    {
      /* the file or the database changed since the trial run: show why */
      if (job->report != NULL)
        {
          g_clear_pointer (&self->report, tx_csv_report_free);
          self->report = g_steal_pointer (&job->report);
          show_report (self);
        }
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0,
                 job->report->counts[TX_CSV_ROW_NEW], job->report->counts[TX_CSV_ROW_UPDATE]);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The writing is done on a thread, in one transaction on a connection of
 * its own; the dialog stays busy until it is done. */
static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxCsvImportDialog *self = TX_CSV_IMPORT_DIALOG (widget);
  ApplyJob *job;

  if (self->import == NULL || tx_csv_import_dialog_is_busy (self))
    return;
  set_busy (self, TRUE);
  gtk_label_set_text (self->summary_label, _("Importing…"));
  job = g_new0 (ApplyJob, 1);
  job->import = g_object_ref (self->import);
  job->on_existing = get_on_existing (self);
  job->skip_invalid = gtk_check_button_get_active (self->skip_check);
  self->applying = tx_app_task_new (self->db, apply_on_thread, job, (GDestroyNotify) apply_job_free);
  tx_app_task_run (self->applying, NULL, apply_done, g_object_ref (self));
}

/* ---- the object ------------------------------------------------------------------- */

gboolean
tx_csv_import_dialog_is_busy (TxCsvImportDialog *self)
{
  g_return_val_if_fail (TX_IS_CSV_IMPORT_DIALOG (self), FALSE);
  return self->trial != NULL || self->applying != NULL;
}

const TxCsvReport *
tx_csv_import_dialog_get_report (TxCsvImportDialog *self)
{
  g_return_val_if_fail (TX_IS_CSV_IMPORT_DIALOG (self), NULL);
  return self->report;
}

static void
tx_csv_import_dialog_dispose (GObject *object)
{
  TxCsvImportDialog *self = TX_CSV_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->trial);
  g_clear_object (&self->trial);
  /* the import is one transaction: it is let finish */
  g_clear_object (&self->applying);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_CSV_IMPORT_DIALOG);
  G_OBJECT_CLASS (tx_csv_import_dialog_parent_class)->dispose (object);
}

static void
tx_csv_import_dialog_finalize (GObject *object)
{
  TxCsvImportDialog *self = TX_CSV_IMPORT_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_object (&self->file);
  g_clear_object (&self->import);
  g_clear_pointer (&self->report, tx_csv_report_free);
  G_OBJECT_CLASS (tx_csv_import_dialog_parent_class)->finalize (object);
}

static void
tx_csv_import_dialog_class_init (TxCsvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_csv_import_dialog_dispose;
  object_class->finalize = tx_csv_import_dialog_finalize;

  signals[SIGNAL_IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TxCsvImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, TxCsvImportDialog, options_box);
  gtk_widget_class_bind_template_child (widget_class, TxCsvImportDialog, encoding_drop);
  gtk_widget_class_bind_template_child (widget_class, TxCsvImportDialog, existing_drop);
  gtk_widget_class_bind_template_child (widget_class, TxCsvImportDialog, skip_check);
  gtk_widget_class_bind_template_child (widget_class, TxCsvImportDialog, mapping_box);
  gtk_widget_class_bind_template_child (widget_class, TxCsvImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TxCsvImportDialog, rows_box);
  gtk_widget_class_bind_template_child (widget_class, TxCsvImportDialog, import_button);
  gtk_widget_class_bind_template_callback (widget_class, on_encoding_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_options_changed);
  gtk_widget_class_install_action (widget_class, "csv-import.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tx_csv_import_dialog_init (TxCsvImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

TxCsvImportDialog *
tx_csv_import_dialog_new (GtkWindow  *parent,
                          TxDatabase *db,
                          GFile      *file)
{
  TxCsvImportDialog *self;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (TX_TYPE_CSV_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->file = g_object_ref (file);
  load_file (self);
  return self;
}
