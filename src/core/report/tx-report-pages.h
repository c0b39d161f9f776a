/* tx-report-pages.h — a report laid out on A4 pages, drawn with cairo
 *
 * Laying out is the slow part (Pango measures every cell); it needs no
 * display and may run in a worker thread. The pages are then drawn on any
 * cairo context — a PDF surface, GtkPrintOperation's, the preview's — in
 * points, origin at the page's top left corner.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "tx-report.h"

G_BEGIN_DECLS

/* ISO 216 A4 in PostScript points */
#define TX_REPORT_A4_SHORT 595.2756
#define TX_REPORT_A4_LONG  841.8898

/* cairo decodes PNG only; a JPEG is embedded in PDFs as it is but shows
 * as a grey box elsewhere unless a decoder is set (the app sets one that
 * uses GDK). Called from the thread that lays out; returns NULL when it
 * cannot decode. */
typedef cairo_surface_t *(*TxReportImageDecoder) (GBytes *data);

void           tx_report_set_image_decoder    (TxReportImageDecoder decoder);

#define TX_TYPE_REPORT_PAGES (tx_report_pages_get_type ())
G_DECLARE_FINAL_TYPE (TxReportPages, tx_report_pages, TX, REPORT_PAGES, GObject)

TxReportPages *tx_report_pages_new            (TxReport          *report,
                                               TxReportProgress   progress,
                                               gpointer           user_data,
                                               GCancellable      *cancellable,
                                               GError           **error);
TxReport      *tx_report_pages_get_report     (TxReportPages     *self);
guint          tx_report_pages_get_n_pages    (TxReportPages     *self);
double         tx_report_pages_get_width      (TxReportPages     *self);
double         tx_report_pages_get_height     (TxReportPages     *self);
/* @page counts from 0; @cr in points, the page's top left at its origin */
void           tx_report_pages_draw_page      (TxReportPages     *self,
                                               cairo_t           *cr,
                                               guint              page);
/* a PDF with the report's title in its metadata, fonts embedded */
gboolean       tx_report_pages_write_pdf      (TxReportPages     *self,
                                               GOutputStream     *stream,
                                               GCancellable      *cancellable,
                                               GError           **error);
/* replaces @file (atomically, through the document portal too) */
gboolean       tx_report_pages_write_pdf_file (TxReportPages     *self,
                                               GFile             *file,
                                               GCancellable      *cancellable,
                                               GError           **error);

G_END_DECLS
