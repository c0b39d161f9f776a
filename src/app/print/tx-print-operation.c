/* tx-print-operation.c — printing a laid-out report through GTK
 *
 * The pages are laid out before the dialog opens (TxReportPages, in
 * points on A4), so "paginate" has nothing to do: begin-print gives the
 * page count and draw-page draws a page with the same code as the PDF and
 * the preview, scaled to the paper the user chose.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "app/tx-app-util.h"
#include "tx-print-operation.h"

struct _TxPrintOperation
{
  GtkPrintOperation  parent_instance;

  TxReportPages     *pages;
  gboolean           from_dialog;   /* the user chose: remember it */
};

G_DEFINE_FINAL_TYPE (TxPrintOperation, tx_print_operation, GTK_TYPE_PRINT_OPERATION)

/* What the user chose last, for this run and the next ones. */
static GtkPrintSettings *remembered_settings;
static GtkPageSetup *remembered_setup;

static char *
config_path (const char *name)
{
  return g_build_filename (g_get_user_config_dir (), "tongxin", name, NULL);
}

static void
load_remembered (void)
{
  static gboolean loaded;
  g_autofree char *settings_path = config_path ("print-settings.ini");
  g_autofree char *setup_path = config_path ("page-setup.ini");

  if (loaded)
    return;
  loaded = TRUE;
  remembered_settings = gtk_print_settings_new_from_file (settings_path, NULL);
  remembered_setup = gtk_page_setup_new_from_file (setup_path, NULL);
}

static void
save_remembered (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_config_dir (), "tongxin", NULL);
  g_autofree char *settings_path = config_path ("print-settings.ini");
  g_autofree char *setup_path = config_path ("page-setup.ini");
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (dir, 0700);
  if (remembered_settings != NULL && !gtk_print_settings_to_file (remembered_settings, settings_path, &error))
    g_debug ("Print settings not kept: %s", error->message);
  g_clear_error (&error);
  if (remembered_setup != NULL && !gtk_page_setup_to_file (remembered_setup, setup_path, &error))
    g_debug ("Page setup not kept: %s", error->message);
}

static void
tx_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  TxPrintOperation *self = TX_PRINT_OPERATION (operation);

  gtk_print_operation_set_n_pages (operation, (int) tx_report_pages_get_n_pages (self->pages));
}

/* The A4 page fitted into the paper's page (the same on A4). */
static void
tx_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  TxPrintOperation *self = TX_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = tx_report_pages_get_width (self->pages);
  double height = tx_report_pages_get_height (self->pages);
  double scale = MIN (gtk_print_context_get_width (context) / width,
                      gtk_print_context_get_height (context) / height);

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  tx_report_pages_draw_page (self->pages, cr, (guint) page_nr);
  cairo_restore (cr);
}

static void
tx_print_operation_done (GtkPrintOperation       *operation,
                         GtkPrintOperationResult  result)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && TX_PRINT_OPERATION (operation)->from_dialog)
    {
      g_set_object (&remembered_settings, gtk_print_operation_get_print_settings (operation));
      save_remembered ();
    }
}

/* The dialog's 预览 would start an external viewer (none in the Flatpak):
 * the pages are in the in-app preview already, which stays open. */
static gboolean
tx_print_operation_preview (GtkPrintOperation        *operation,
                            GtkPrintOperationPreview *preview,
                            GtkPrintContext          *context,
                            GtkWindow                *parent)
{
  /* GTK goes on to lay out for the preview: it needs a context to measure with */
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  gtk_print_operation_preview_end_preview (preview);
  if (parent != NULL)
    gtk_window_present (parent);
  return TRUE;
}

static void
tx_print_operation_finalize (GObject *object)
{
  TxPrintOperation *self = TX_PRINT_OPERATION (object);

  g_clear_object (&self->pages);
  G_OBJECT_CLASS (tx_print_operation_parent_class)->finalize (object);
}

static void
tx_print_operation_class_init (TxPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = tx_print_operation_finalize;
  operation_class->begin_print = tx_print_operation_begin_print;
  operation_class->draw_page = tx_print_operation_draw_page;
  operation_class->done = tx_print_operation_done;
  operation_class->preview = tx_print_operation_preview;
}

static void
tx_print_operation_init (TxPrintOperation *self)
{
}

static GtkPageSetup *
page_setup_for (TxReportPages *pages)
{
  GtkPageSetup *setup = remembered_setup ? gtk_page_setup_copy (remembered_setup) : gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gboolean landscape = tx_report_get_landscape (tx_report_pages_get_report (pages));

  if (remembered_setup == NULL)
    gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                   : GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

TxPrintOperation *
tx_print_operation_new (TxReportPages *pages)
{
  TxPrintOperation *self = g_object_new (TX_TYPE_PRINT_OPERATION, NULL);
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) setup = NULL;

  g_return_val_if_fail (TX_IS_REPORT_PAGES (pages), NULL);

  load_remembered ();
  self->pages = g_object_ref (pages);
  setup = page_setup_for (pages);
  gtk_print_operation_set_default_page_setup (operation, setup);
  if (remembered_settings != NULL)
    gtk_print_operation_set_print_settings (operation, remembered_settings);
  /* our own margins, header and footer: the whole sheet is ours */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, tx_report_get_title (tx_report_pages_get_report (pages)));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  return self;
}

void
tx_print_operation_run_dialog (TxPrintOperation *self,
                               GtkWindow        *parent)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TX_IS_PRINT_OPERATION (self));

  self->from_dialog = TRUE;
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (self), TRUE);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (self), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    tx_show_error (GTK_WIDGET (parent), _("The document could not be printed"), error);
}

static void
on_page_setup_done (GtkPageSetup *setup,
                    gpointer      user_data)
{
  if (setup == NULL)
    return;
  g_set_object (&remembered_setup, setup);
  save_remembered ();
}

void
tx_print_run_page_setup (GtkWindow *parent)
{
  load_remembered ();
  if (remembered_settings == NULL)
    remembered_settings = gtk_print_settings_new ();
  gtk_print_run_page_setup_dialog_async (parent, remembered_setup, remembered_settings,
                                         on_page_setup_done, NULL);
}
