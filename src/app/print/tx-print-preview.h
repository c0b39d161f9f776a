/* tx-print-preview.h — the in-app print preview
 *
 * GTK's own preview starts an external viewer, which the Flatpak does not
 * have: this window shows the pages itself, then prints them or exports
 * them as PDF.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"
#include "core/report/tx-report-pages.h"

G_BEGIN_DECLS

/* Builds the document: runs on the database's reading thread, with the
 * reading connection @reader; long documents report @progress. */
typedef TxReport *(*TxPrintBuildFunc) (TxDatabase        *reader,
                                       gpointer           data,
                                       TxReportProgress   progress,
                                       gpointer           progress_data,
                                       GCancellable      *cancellable,
                                       GError           **error);

#define TX_TYPE_PRINT_PREVIEW (tx_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (TxPrintPreview, tx_print_preview, TX, PRINT_PREVIEW, GtkWindow)

/* Opens the preview at once; the document is built and laid out off the
 * main thread meanwhile (a progress bar and 取消 show). */
TxPrintPreview *tx_print_preview_new         (GtkWindow        *parent,
                                              TxDatabase       *db,
                                              TxPrintBuildFunc  build,
                                              gpointer          data,
                                              GDestroyNotify    data_free);
/* TRUE while the pages are being made or written */
gboolean        tx_print_preview_get_busy    (TxPrintPreview   *self);
/* NULL until laid out */
TxReportPages  *tx_print_preview_get_pages   (TxPrintPreview   *self);
/* the page shown, from 0 */
guint           tx_print_preview_get_page    (TxPrintPreview   *self);
void            tx_print_preview_set_page    (TxPrintPreview   *self,
                                              guint             page);

/* Writes the pages to @file as PDF, off the main thread (busy meanwhile);
 * what 导出 PDF does once the user chose the file. */
void            tx_print_preview_export      (TxPrintPreview   *self,
                                              GFile            *file);

G_END_DECLS
