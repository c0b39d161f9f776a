/* tx-window-actions.c — the main window's win.* actions and their keys
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "app/dialogs/tx-duplicates-dialog.h"
#include "app/dialogs/tx-export-dialog.h"
#include "app/dialogs/tx-import-dialog.h"
#include "app/dialogs/tx-preferences-dialog.h"
#include "app/pages/tx-page.h"
#include "app/print/tx-print-documents.h"
#include "tx-window-private.h"

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  GtkWidget *page = _tx_window_visible_page (TX_WINDOW (widget));

  if (page != NULL && TX_IS_PAGE (page) && tx_page_can_create (TX_PAGE (page)))
    tx_page_create_new (TX_PAGE (page));
}

static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TxWindow *self = TX_WINDOW (widget);
  GtkWidget *archive = tx_window_get_page (self, "archive");

  if (archive == NULL || !TX_IS_PAGE (archive) || !tx_page_can_create (TX_PAGE (archive)))
    return;
  tx_window_show_page (self, "archive");
  tx_page_create_new (TX_PAGE (archive));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TxWindow *self = TX_WINDOW (widget);

  if (gtk_widget_get_sensitive (GTK_WIDGET (self->search_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkWidget *page = _tx_window_visible_page (TX_WINDOW (widget));

  if (page != NULL && TX_IS_PAGE (page))
    tx_page_reload (TX_PAGE (page));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TxWindow *self = TX_WINDOW (widget);
  GtkWidget *page;

  if (!tx_window_show_page (self, g_variant_get_string (parameter, NULL)))
    return;
  page = _tx_window_visible_page (self);
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TxWindow *self = TX_WINDOW (widget);
  TxPreferencesDialog *dialog = tx_preferences_dialog_new (GTK_WINDOW (self), self->db);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TxWindow *self = TX_WINDOW (widget);

  tx_import_dialog_choose (GTK_WINDOW (self), self->db);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TxWindow *self = TX_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (tx_export_dialog_new (GTK_WINDOW (self), self->db)));
}

static void
merge_duplicates_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TxWindow *self = TX_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (tx_duplicates_dialog_new (GTK_WINDOW (self), self->db)));
}

/* 打印: the archive prints a roster (its dialog says of whom); elsewhere
 * the year's work summary. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxWindow *self = TX_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (self->db == NULL)
    return;
  if (g_strcmp0 (tx_window_get_visible_page_name (self), "archive") == 0)
    {
      gtk_widget_activate_action (tx_window_get_page (self, "archive"), "archive.print-roster", NULL);
      return;
    }
  tx_print_document (GTK_WINDOW (self), self->db,
                     &(TxDocumentRequest) { .kind = TX_DOCUMENT_SUMMARY, .year = g_date_time_get_year (now) });
}

static void
add_page_key (GtkWidgetClass *widget_class,
              guint           keyval,
              const char     *page)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, GDK_ALT_MASK, "win.show-page", "s", page);
}

/* Alt+1 … Alt+9 show the pages in the sidebar's order. */
static void
add_page_keys (GtkWidgetClass *widget_class)
{
  static const char *pages[] = {
    "overview", "archive", "activities", "visits", "consultations",
    "suggestions", "pairings", "staff", "trash",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    add_page_key (widget_class, GDK_KEY_1 + i, pages[i]);
}

void
_tx_window_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.refresh", NULL, refresh_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-xml", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, _tx_window_import_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, _tx_window_export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.merge-duplicates", NULL, merge_duplicates_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  tx_window_install_backup_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.refresh", NULL);
  add_page_keys (widget_class);
}
