/* tx-report.h — a printed document: title block, text, forms and tables
 *
 * A report is the model only: blocks one under the other, each a table
 * (a paragraph is a table of one cell without rules). TxReportPages lays
 * it out on A4 pages and draws them; the same pages go to a PDF file, to
 * GtkPrintOperation and to the in-app preview.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TX_REPORT_ERROR (tx_report_error_quark ())

typedef enum
{
  TX_REPORT_ERROR_FAILED,
  TX_REPORT_ERROR_NOT_FOUND,
  TX_REPORT_ERROR_INVALID,
} TxReportError;

typedef enum
{
  TX_REPORT_TEXT_BODY,
  TX_REPORT_TEXT_TITLE,      /* the document's title, big and centred */
  TX_REPORT_TEXT_SUBTITLE,   /* under the title, centred */
  TX_REPORT_TEXT_HEADING,    /* a section */
  TX_REPORT_TEXT_NOTE,       /* small print */
} TxReportTextStyle;

typedef enum
{
  TX_REPORT_CELL_DEFAULT = 0,
  TX_REPORT_CELL_LABEL   = 1 << 0,   /* a form's field name: shaded, centred */
  TX_REPORT_CELL_CENTER  = 1 << 1,
  TX_REPORT_CELL_BOLD    = 1 << 2,
  TX_REPORT_CELL_RIGHT   = 1 << 3,
} TxReportCellFlags;

typedef enum
{
  TX_REPORT_TABLE_GRID,    /* ruled: header rows shaded and repeated on each page */
  TX_REPORT_TABLE_PLAIN,   /* no rules */
} TxReportTableStyle;

typedef struct _TxReportTable TxReportTable;

/* Called now and then while a long document is built or laid out, from
 * the thread that does it: @done of @total rows. */
typedef void (*TxReportProgress) (guint    done,
                                  guint    total,
                                  gpointer user_data);

#define TX_TYPE_REPORT (tx_report_get_type ())
G_DECLARE_FINAL_TYPE (TxReport, tx_report, TX, REPORT, GObject)

GQuark          tx_report_error_quark        (void);

TxReport       *tx_report_new                (const char         *title);
const char     *tx_report_get_title          (TxReport           *self);
gboolean        tx_report_get_landscape      (TxReport           *self);
void            tx_report_set_landscape      (TxReport           *self,
                                              gboolean            landscape);
/* the page header's left part (the office's name) */
const char     *tx_report_get_office_name    (TxReport           *self);
void            tx_report_set_office_name    (TxReport           *self,
                                              const char         *name);
/* shown in the footer; default today (local) */
const char     *tx_report_get_print_date     (TxReport           *self);
/* a warning in the footer of every page (e.g. full ID numbers) */
const char     *tx_report_get_footer_note    (TxReport           *self);
void            tx_report_set_footer_note    (TxReport           *self,
                                              const char         *note);

/* Text that flows over pages: each line of @text is a paragraph. */
void            tx_report_add_text           (TxReport           *self,
                                              TxReportTextStyle   style,
                                              const char         *text);
void            tx_report_add_space          (TxReport           *self,
                                              double              points);
/* Label–value pairs in a ruled grid, @pairs_per_row pairs a row;
 * @keys_values is NULL-terminated: key, value, key, value … (a NULL value
 * is written as an empty string: pass "" ). */
void            tx_report_add_key_values     (TxReport           *self,
                                              guint               pairs_per_row,
                                              const char * const *keys_values);

/* A table of @n_columns whose widths are in proportion to @widths. Rows
 * are never split across pages; only a row taller than a page continues
 * on the next, at a line boundary. */
TxReportTable  *tx_report_add_table          (TxReport           *self,
                                              TxReportTableStyle  style,
                                              guint               n_columns,
                                              const double       *widths);
/* the first @n rows are the header, repeated at the top of each page */
void            tx_report_table_set_header_rows (TxReportTable   *table,
                                                 guint            n);
/* A cell of the current row; a cell spanning several rows ties them
 * together (they stay on one page). */
void            tx_report_table_add_cell     (TxReportTable      *table,
                                              const char         *text,
                                              TxReportCellFlags   flags,
                                              guint               colspan,
                                              guint               rowspan);
/* A picture (PNG or JPEG bytes) fitted into its cell. */
void            tx_report_table_add_image    (TxReportTable      *table,
                                              GBytes             *data,
                                              const char         *mime,
                                              const char         *placeholder,
                                              guint               colspan,
                                              guint               rowspan);
/* ends the current row; @min_height in points (0: as high as its text) */
void            tx_report_table_end_row      (TxReportTable      *table,
                                              double              min_height);
/* one row of one-column cells, @texts has n_columns entries */
void            tx_report_table_add_row      (TxReportTable      *table,
                                              const char * const *texts,
                                              TxReportCellFlags   flags);

G_END_DECLS
