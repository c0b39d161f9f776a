/* tx-window-csv.c — the main window's CSV roster import and export
 *
 * Kept apart from tx-window.c: the file choosers, the dialog and the
 * archive's filter are the CSV work's, the window only installs the
 * actions. GtkFileChooserNative goes through the portal inside Flatpak.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "app/pages/tx-archive-page.h"
#include "tx-app-util.h"
#include "tx-window-csv.h"

static void
on_imported (TxCsvImportDialog *dialog,
             guint              n_new,
             guint              n_updated,
             TxWindow          *self)
{
  g_autofree char *message = g_strdup_printf (_("Imported from the roster: %u new, %u updated."), n_new, n_updated);

  tx_window_show_toast (self, message, NULL, NULL, NULL, NULL);
}

TxCsvImportDialog *
tx_window_import_csv_file (TxWindow *self,
                           GFile    *file)
{
  TxCsvImportDialog *dialog;

  g_return_val_if_fail (TX_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  dialog = tx_csv_import_dialog_new (GTK_WINDOW (self), tx_window_get_database (self), file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static GtkFileFilter *
csv_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Rosters (CSV)"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  return filter;
}

static void
on_import_chosen (GtkWidget      *window,
                  GFile          *file,
                  GtkFileChooser *chooser,
                  gpointer        data)
{
  tx_window_import_csv_file (TX_WINDOW (window), file);
}

void
_tx_window_import_csv_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) filter = csv_filter ();
  TxFileChoice choice = { _("Import a Roster"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL, filter, TRUE };

  tx_choose_file (widget, &choice, on_import_chosen, NULL, NULL);
}

typedef struct
{
  TxQuery      *query;
  GFile        *file;
  TxPrivacy  privacy;
} ExportData;

static void
export_data_free (ExportData *data)
{
  tx_query_unref (data->query);
  g_object_unref (data->file);
  g_free (data);
}

/* in the database's reading thread: an export only reads, and a big
 * archive takes seconds */
static gpointer
run_export (TxDatabase    *reader,
            gpointer       user_data,
            GCancellable  *cancellable,
            GError       **error)
{
  ExportData *data = user_data;
  guint *n = g_new0 (guint, 1);

  if (!tx_csv_export_query (reader, data->query, data->file, data->privacy, n, error))
    g_clear_pointer (&n, g_free);
  return n;
}

static void
show_export_error (TxWindow *self,
                   GError   *error)
{
  tx_show_error (GTK_WIDGET (self), _("The roster could not be exported"), error);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TxWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree guint *n = tx_database_read_finish (TX_DATABASE (source), result, &error);
  g_autofree char *message = NULL;

  if (n == NULL)
    {
      show_export_error (self, error);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u person to the roster.",
                                          "Exported %u people to the roster.", *n), *n);
  tx_window_show_toast (self, message, NULL, NULL, NULL, NULL);
}

void
tx_window_export_csv_file (TxWindow     *self,
                           GFile        *file,
                           TxPrivacy  privacy)
{
  GtkWidget *archive = tx_window_get_page (self, "archive");
  ExportData *data;
  TxPersonFilter filter;

  g_return_if_fail (TX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* what the archive shows, in its order; the query holds copies of the
   * filter's values, so the thread does not read the widgets */
  if (archive != NULL && TX_IS_ARCHIVE_PAGE (archive))
    tx_archive_page_get_filter (TX_ARCHIVE_PAGE (archive), &filter);
  else
    tx_person_filter_init (&filter);
  data = g_new0 (ExportData, 1);
  data->query = tx_person_filter_to_query (&filter);
  data->file = g_object_ref (file);
  data->privacy = privacy;
  tx_database_read_async (tx_window_get_database (self), run_export, data, (GDestroyNotify) export_data_free,
                          g_free, NULL, on_export_done, g_object_ref (self));
}

static void
on_export_chosen (GtkWidget      *window,
                  GFile          *file,
                  GtkFileChooser *chooser,
                  gpointer        data)
{
  const char *choice = gtk_file_chooser_get_choice (chooser, "privacy");
  TxPrivacy privacy = TX_PRIVACY_MASKED;

  tx_exchange_privacy_from_string (choice, &privacy);
  tx_window_export_csv_file (TX_WINDOW (window), file, privacy);
}

/* The privacy choice sits in the file chooser itself (the portal shows
 * it too): masked unless the user asks for full values. */
void
_tx_window_export_csv_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  const char *options[] = { "masked", "full", "omit", NULL };
  const char *labels[] = { _("Masked (110101********123X, 138****1234)"), _("In full"), _("Left out"), NULL };
  g_autoptr(GtkFileFilter) filter = csv_filter ();
  /* Translators: the default file name of an exported roster */
  TxFileChoice choice = { _("Export the Archive as a Roster"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                          _("roster.csv"), filter, TRUE };
  GtkFileChooser *chooser = tx_file_chooser_new (widget, &choice, on_export_chosen, NULL, NULL);

  gtk_file_chooser_add_choice (chooser, "privacy", _("ID numbers and phones"), options, labels);
  gtk_file_chooser_set_choice (chooser, "privacy", "masked");
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
