/* tx-print-preview.c — the in-app print preview
 *
 * The document is read and laid out on the database's reading thread; the
 * pages then belong to the main thread, which draws them here and for the
 * print dialog. Exporting a PDF lays the document out again in a worker
 * thread (its own Pango context), so the preview can go on drawing.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "app/tx-app-util.h"
#include "tx-print-operation.h"
#include "tx-print-preview.h"

#define PAGE_GAP 16.0

struct _TxPrintPreview
{
  GtkWindow        parent_instance;

  GtkStack        *stack;
  GtkLabel        *page_label;
  GtkLabel        *working_label;
  GtkProgressBar  *progress;
  GtkDrawingArea  *area;
  GtkLabel        *error_label;

  TxReportPages   *pages;
  guint            page;
  gboolean         busy;
  guint            pulse_source;
  int              permille;     /* of the work done, set by the worker (atomic) */
  GCancellable    *cancellable;
};

G_DEFINE_FINAL_TYPE (TxPrintPreview, tx_print_preview, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  TxPrintBuildFunc build;
  gpointer         data;
  GDestroyNotify   data_free;
  int             *permille;    /* the preview's; it outlives the job */
} BuildJob;

static void
build_job_free (gpointer data)
{
  BuildJob *job = data;

  if (job->data_free != NULL)
    job->data_free (job->data);
  g_free (job);
}

/* ---- state ------------------------------------------------------------------- */

/* a fraction when the work says how far it is, else a pulse */
static gboolean
pulse (gpointer user_data)
{
  TxPrintPreview *self = TX_PRINT_PREVIEW (user_data);
  int permille = g_atomic_int_get (&self->permille);

  if (permille > 0)
    gtk_progress_bar_set_fraction (self->progress, permille / 1000.0);
  else
    gtk_progress_bar_pulse (self->progress);
  return G_SOURCE_CONTINUE;
}

static void
set_busy (TxPrintPreview *self,
          gboolean        busy,
          const char     *what)
{
  if (what != NULL)
    gtk_label_set_text (self->working_label, what);
  if (self->busy == busy)
    return;
  self->busy = busy;
  if (busy)
    {
      g_atomic_int_set (&self->permille, 0);
      gtk_stack_set_visible_child_name (self->stack, "working");
      self->pulse_source = g_timeout_add (100, pulse, self);
    }
  else
    g_clear_handle_id (&self->pulse_source, g_source_remove);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
update_page (TxPrintPreview *self)
{
  guint n = self->pages ? tx_report_pages_get_n_pages (self->pages) : 0;
  g_autofree char *text = n > 0 ? g_strdup_printf (_("Page %u of %u"), self->page + 1, n) : g_strdup ("");
  gboolean ready = n > 0 && !self->busy;

  gtk_label_set_text (self->page_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", ready && self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next", ready && self->page + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.export", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.cancel", self->busy);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
show_error (TxPrintPreview *self,
            const GError   *error)
{
  set_busy (self, FALSE, NULL);
  gtk_label_set_text (self->error_label, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  update_page (self);
}

/* ---- drawing ----------------------------------------------------------------- */

/* The page fitted into the window, on a grey desk. */
static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  TxPrintPreview *self = TX_PRINT_PREVIEW (user_data);
  double page_width, page_height, scale;

  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_paint (cr);
  if (self->pages == NULL)
    return;
  page_width = tx_report_pages_get_width (self->pages);
  page_height = tx_report_pages_get_height (self->pages);
  scale = MIN ((width - 2 * PAGE_GAP) / page_width, (height - 2 * PAGE_GAP) / page_height);
  if (scale <= 0)
    return;
  cairo_translate (cr, (width - page_width * scale) / 2, (height - page_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, page_width, page_height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  tx_report_pages_draw_page (self->pages, cr, self->page);
}

/* ---- laying out ------------------------------------------------------------------ */

/* reading the records is the first half of the work, laying out the second */
static void
building (guint    done,
          guint    total,
          gpointer user_data)
{
  g_atomic_int_set (((BuildJob *) user_data)->permille, total ? (int) (500.0 * done / total) : 0);
}

static void
laying_out (guint    done,
            guint    total,
            gpointer user_data)
{
  g_atomic_int_set (((BuildJob *) user_data)->permille, total ? 500 + (int) (500.0 * done / total) : 500);
}

static gpointer
build_pages (TxDatabase    *reader,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  BuildJob *job = data;
  g_autoptr(TxReport) report = job->build (reader, job->data, building, job, cancellable, error);

  if (report == NULL)
    return NULL;
  return tx_report_pages_new (report, laying_out, job, cancellable, error);
}

static void
on_pages_built (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TxPrintPreview) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TxReportPages) pages = tx_database_read_finish (TX_DATABASE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (pages == NULL)
    {
      show_error (self, error);
      return;
    }
  self->pages = g_steal_pointer (&pages);
  self->page = 0;
  gtk_window_set_title (GTK_WINDOW (self), tx_report_get_title (tx_report_pages_get_report (self->pages)));
  set_busy (self, FALSE, NULL);
  gtk_stack_set_visible_child_name (self->stack, "pages");
  update_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->area));
}

/* ---- actions ------------------------------------------------------------------- */

void
tx_print_preview_set_page (TxPrintPreview *self,
                           guint           page)
{
  g_return_if_fail (TX_IS_PRINT_PREVIEW (self));

  if (self->pages == NULL || page >= tx_report_pages_get_n_pages (self->pages) || page == self->page)
    return;
  self->page = page;
  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TxPrintPreview *self = TX_PRINT_PREVIEW (widget);

  if (self->page > 0)
    tx_print_preview_set_page (self, self->page - 1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TxPrintPreview *self = TX_PRINT_PREVIEW (widget);

  tx_print_preview_set_page (self, self->page + 1);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxPrintPreview *self = TX_PRINT_PREVIEW (widget);
  g_autoptr(TxPrintOperation) operation = NULL;

  if (self->pages == NULL)
    return;
  operation = tx_print_operation_new (self->pages);
  tx_print_operation_run_dialog (operation, GTK_WINDOW (self));
}

static void
page_setup_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  tx_print_run_page_setup (GTK_WINDOW (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* ---- export ------------------------------------------------------------------- */

static void
export_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TxPrintPreview *self = TX_PRINT_PREVIEW (source);
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TxReportPages) pages = NULL;

  /* a layout of its own: the preview's belongs to the main thread */
  pages = tx_report_pages_new (tx_report_pages_get_report (self->pages), NULL, NULL, cancellable, &error);
  if (pages == NULL || !tx_report_pages_write_pdf_file (pages, file, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  TxPrintPreview *self = TX_PRINT_PREVIEW (source);
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE, NULL);
  gtk_stack_set_visible_child_name (self->stack, "pages");
  update_page (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    tx_show_error (GTK_WIDGET (self), _("The PDF could not be saved"), error);
}

void
tx_print_preview_export (TxPrintPreview *self,
                         GFile          *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TX_IS_PRINT_PREVIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->pages == NULL || self->busy)
    return;
  g_cancellable_reset (self->cancellable);
  task = g_task_new (self, self->cancellable, on_exported, NULL);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  set_busy (self, TRUE, _("Writing the PDF…"));
  update_page (self);
  g_task_run_in_thread (task, export_in_thread);
}

static void
on_export_chosen (GtkWidget      *owner,
                  GFile          *file,
                  GtkFileChooser *chooser,
                  gpointer        data)
{
  tx_print_preview_export (TX_PRINT_PREVIEW (owner), file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TxPrintPreview *self = TX_PRINT_PREVIEW (widget);
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  TxFileChoice choice = { _("Export PDF"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL, NULL, TRUE };

  if (self->pages == NULL)
    return;
  name = g_strdup_printf ("%s.pdf", tx_report_get_title (tx_report_pages_get_report (self->pages)));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  choice.name = name;
  choice.filter = filter;
  tx_choose_file (widget, &choice, on_export_chosen, NULL, NULL);
}

/* ---- GObject ------------------------------------------------------------------ */

static void
tx_print_preview_dispose (GObject *object)
{
  TxPrintPreview *self = TX_PRINT_PREVIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  G_OBJECT_CLASS (tx_print_preview_parent_class)->dispose (object);
}

static void
tx_print_preview_finalize (GObject *object)
{
  TxPrintPreview *self = TX_PRINT_PREVIEW (object);

  g_clear_object (&self->pages);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (tx_print_preview_parent_class)->finalize (object);
}

static void
tx_print_preview_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TxPrintPreview *self = TX_PRINT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* JPEG photos for the screen (cairo reads only PNG) */
static cairo_surface_t *
decode_with_gdk (GBytes *data)
{
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (data, NULL);
  cairo_surface_t *surface;

  if (texture == NULL)
    return NULL;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gdk_texture_get_width (texture),
                                        gdk_texture_get_height (texture));
  cairo_surface_flush (surface);
  gdk_texture_download (texture, cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);
  return surface;
}

static void
tx_print_preview_class_init (TxPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_print_preview_dispose;
  object_class->finalize = tx_print_preview_finalize;
  object_class->get_property = tx_print_preview_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, TxPrintPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, TxPrintPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, TxPrintPreview, working_label);
  gtk_widget_class_bind_template_child (widget_class, TxPrintPreview, progress);
  gtk_widget_class_bind_template_child (widget_class, TxPrintPreview, area);
  gtk_widget_class_bind_template_child (widget_class, TxPrintPreview, error_label);

  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "preview.page-setup", NULL, page_setup_action);
  gtk_widget_class_install_action (widget_class, "preview.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "preview.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "preview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  tx_report_set_image_decoder (decode_with_gdk);
}

static void
tx_print_preview_init (TxPrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_drawing_area_set_draw_func (self->area, draw_preview, self, NULL);
  update_page (self);
}

TxPrintPreview *
tx_print_preview_new (GtkWindow        *parent,
                      TxDatabase       *db,
                      TxPrintBuildFunc  build,
                      gpointer          data,
                      GDestroyNotify    data_free)
{
  TxPrintPreview *self;
  BuildJob *job;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  self = g_object_new (TX_TYPE_PRINT_PREVIEW, "transient-for", parent,
                       "modal", parent != NULL && gtk_window_get_modal (parent), NULL);
  job = g_new0 (BuildJob, 1);
  job->build = build;
  job->data = data;
  job->data_free = data_free;
  job->permille = &self->permille;
  set_busy (self, TRUE, NULL);
  update_page (self);
  tx_database_read_async (db, build_pages, job, build_job_free, g_object_unref,
                          self->cancellable, on_pages_built, g_object_ref (self));
  return self;
}

gboolean
tx_print_preview_get_busy (TxPrintPreview *self)
{
  g_return_val_if_fail (TX_IS_PRINT_PREVIEW (self), FALSE);
  return self->busy;
}

TxReportPages *
tx_print_preview_get_pages (TxPrintPreview *self)
{
  g_return_val_if_fail (TX_IS_PRINT_PREVIEW (self), NULL);
  return self->pages;
}

guint
tx_print_preview_get_page (TxPrintPreview *self)
{
  g_return_val_if_fail (TX_IS_PRINT_PREVIEW (self), 0);
  return self->page;
}
