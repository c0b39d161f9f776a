/* tx-report-private.h — the report model as the page layout reads it
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-report.h"

G_BEGIN_DECLS

typedef struct
{
  char              *text;
  TxReportCellFlags  flags;
  guint              column;     /* first column */
  guint              colspan;
  guint              rowspan;
  GBytes            *image;      /* or NULL */
  char              *mime;
} TxReportCell;

typedef struct
{
  GPtrArray *cells;              /* TxReportCell */
  double     min_height;
} TxReportRow;

struct _TxReportTable
{
  TxReportTableStyle  style;
  TxReportTextStyle   text_style;
  gboolean            flow;      /* text: split rows wherever the page ends */
  double              space_before;
  guint               n_columns;
  double             *widths;    /* fractions of the width, summing to 1 */
  guint               header_rows;
  GPtrArray          *rows;      /* TxReportRow */
  TxReportRow        *open_row;  /* being filled */
  guint               next_column;
  guint              *covered;   /* per column: rows still covered by a rowspan */
};

/* the blocks in order: TxReportTable * (owned by the report) */
GPtrArray *_tx_report_get_blocks (TxReport *self);

G_END_DECLS
