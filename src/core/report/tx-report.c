/* tx-report.c — a printed document: title block, text, forms and tables
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/text/tx-civil-date.h"

#include "tx-report-private.h"

struct _TxReport
{
  GObject    parent_instance;

  char      *title;
  char      *office_name;
  char      *print_date;
  char      *footer_note;
  gboolean   landscape;
  GPtrArray *blocks;           /* TxReportTable */
  double     pending_space;
};

G_DEFINE_FINAL_TYPE (TxReport, tx_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (tx-report-error-quark, tx_report_error)

static void
cell_free (gpointer data)
{
  TxReportCell *cell = data;

  g_free (cell->text);
  g_clear_pointer (&cell->image, g_bytes_unref);
  g_free (cell->mime);
  g_free (cell);
}

static void
row_free (gpointer data)
{
  TxReportRow *row = data;

  if (row == NULL)
    return;
  g_ptr_array_unref (row->cells);
  g_free (row);
}

static TxReportRow *
row_new (void)
{
  TxReportRow *row = g_new0 (TxReportRow, 1);

  row->cells = g_ptr_array_new_with_free_func (cell_free);
  return row;
}

static void
table_free (gpointer data)
{
  TxReportTable *table = data;

  g_free (table->widths);
  g_free (table->covered);
  g_ptr_array_unref (table->rows);
  row_free (table->open_row);
  g_free (table);
}

static void
tx_report_finalize (GObject *object)
{
  TxReport *self = TX_REPORT (object);

  g_free (self->title);
  g_free (self->office_name);
  g_free (self->print_date);
  g_free (self->footer_note);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (tx_report_parent_class)->finalize (object);
}

static void
tx_report_class_init (TxReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tx_report_finalize;
}

static void
tx_report_init (TxReport *self)
{
  self->blocks = g_ptr_array_new_with_free_func (table_free);
  self->print_date = tx_civil_date_dup_today_iso ();
}

TxReport *
tx_report_new (const char *title)
{
  TxReport *self = g_object_new (TX_TYPE_REPORT, NULL);

  self->title = g_strdup (title ? title : "");
  return self;
}

const char *
tx_report_get_title (TxReport *self)
{
  g_return_val_if_fail (TX_IS_REPORT (self), NULL);
  return self->title;
}

gboolean
tx_report_get_landscape (TxReport *self)
{
  g_return_val_if_fail (TX_IS_REPORT (self), FALSE);
  return self->landscape;
}

void
tx_report_set_landscape (TxReport *self,
                         gboolean  landscape)
{
  g_return_if_fail (TX_IS_REPORT (self));
  self->landscape = !!landscape;
}

const char *
tx_report_get_office_name (TxReport *self)
{
  g_return_val_if_fail (TX_IS_REPORT (self), NULL);
  return self->office_name;
}

void
tx_report_set_office_name (TxReport   *self,
                           const char *name)
{
  g_return_if_fail (TX_IS_REPORT (self));
  g_free (self->office_name);
  self->office_name = g_strdup (name);
}

const char *
tx_report_get_print_date (TxReport *self)
{
  g_return_val_if_fail (TX_IS_REPORT (self), NULL);
  return self->print_date;
}

const char *
tx_report_get_footer_note (TxReport *self)
{
  g_return_val_if_fail (TX_IS_REPORT (self), NULL);
  return self->footer_note;
}

void
tx_report_set_footer_note (TxReport   *self,
                           const char *note)
{
  g_return_if_fail (TX_IS_REPORT (self));
  g_free (self->footer_note);
  self->footer_note = g_strdup (note);
}

GPtrArray *
_tx_report_get_blocks (TxReport *self)
{
  return self->blocks;
}

static TxReportTable *
append_table (TxReport           *self,
              TxReportTableStyle  style,
              guint               n_columns,
              const double       *widths)
{
  TxReportTable *table = g_new0 (TxReportTable, 1);
  double sum = 0;

  table->style = style;
  table->n_columns = MAX (n_columns, 1);
  table->widths = g_new0 (double, table->n_columns);
  table->covered = g_new0 (guint, table->n_columns);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  for (guint i = 0; i < table->n_columns; i++)
    sum += widths ? MAX (widths[i], 0.01) : 1;
  for (guint i = 0; i < table->n_columns; i++)
    table->widths[i] = (widths ? MAX (widths[i], 0.01) : 1) / sum;
  table->space_before = self->pending_space;
  self->pending_space = 0;
  g_ptr_array_add (self->blocks, table);
  return table;
}

void
tx_report_add_text (TxReport          *self,
                    TxReportTextStyle  style,
                    const char        *text)
{
  g_auto(GStrv) paragraphs = NULL;

  g_return_if_fail (TX_IS_REPORT (self));

  paragraphs = g_strsplit (text ? text : "", "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      TxReportTable *table = append_table (self, TX_REPORT_TABLE_PLAIN, 1, NULL);

      table->text_style = style;
      table->flow = TRUE;
      tx_report_table_add_cell (table, paragraphs[i],
                                style == TX_REPORT_TEXT_TITLE || style == TX_REPORT_TEXT_SUBTITLE
                                ? TX_REPORT_CELL_CENTER : TX_REPORT_CELL_DEFAULT, 1, 1);
      tx_report_table_end_row (table, 0);
    }
}

void
tx_report_add_space (TxReport *self,
                     double    points)
{
  g_return_if_fail (TX_IS_REPORT (self));
  self->pending_space += points;
}

void
tx_report_add_key_values (TxReport           *self,
                          guint               pairs_per_row,
                          const char * const *keys_values)
{
  g_autofree double *widths = NULL;
  TxReportTable *table;
  guint n = 0;

  g_return_if_fail (TX_IS_REPORT (self));
  g_return_if_fail (pairs_per_row > 0);

  /* one pair a row lines up with the first label of two pairs a row */
  widths = g_new (double, pairs_per_row * 2);
  for (guint i = 0; i < pairs_per_row; i++)
    {
      widths[2 * i] = 1;
      widths[2 * i + 1] = pairs_per_row == 1 ? 5.4 : 2.2;
    }
  table = append_table (self, TX_REPORT_TABLE_GRID, pairs_per_row * 2, widths);
  for (; keys_values[n] != NULL && keys_values[n + 1] != NULL; n += 2)
    {
      tx_report_table_add_cell (table, keys_values[n], TX_REPORT_CELL_LABEL, 1, 1);
      tx_report_table_add_cell (table, keys_values[n + 1], TX_REPORT_CELL_DEFAULT, 1, 1);
      if ((n / 2) % pairs_per_row == pairs_per_row - 1)
        tx_report_table_end_row (table, 0);
    }
  if (table->open_row != NULL)
    {
      /* the last row's remaining columns as one empty cell */
      guint used = table->next_column;

      if (used < table->n_columns)
        tx_report_table_add_cell (table, "", TX_REPORT_CELL_DEFAULT, table->n_columns - used, 1);
      tx_report_table_end_row (table, 0);
    }
}

TxReportTable *
tx_report_add_table (TxReport           *self,
                     TxReportTableStyle  style,
                     guint               n_columns,
                     const double       *widths)
{
  g_return_val_if_fail (TX_IS_REPORT (self), NULL);
  return append_table (self, style, n_columns, widths);
}

void
tx_report_table_set_header_rows (TxReportTable *table,
                                 guint          n)
{
  table->header_rows = n;
}

/* the next column of the open row not covered by a rowspan from above */
static void
skip_covered_columns (TxReportTable *table)
{
  while (table->next_column < table->n_columns && table->covered[table->next_column] > 0)
    table->next_column++;
}

static TxReportCell *
append_cell (TxReportTable     *table,
             TxReportCellFlags  flags,
             guint              colspan,
             guint              rowspan)
{
  TxReportCell *cell = g_new0 (TxReportCell, 1);

  if (table->open_row == NULL)
    {
      table->open_row = row_new ();
      table->next_column = 0;
    }
  skip_covered_columns (table);
  cell->flags = flags;
  cell->column = MIN (table->next_column, table->n_columns - 1);
  cell->colspan = CLAMP (colspan, 1, table->n_columns - cell->column);
  cell->rowspan = MAX (rowspan, 1);
  /* the rows below skip these columns; end_row counts this row down */
  for (guint c = cell->column; c < cell->column + cell->colspan; c++)
    table->covered[c] = cell->rowspan;
  table->next_column = cell->column + cell->colspan;
  g_ptr_array_add (table->open_row->cells, cell);
  return cell;
}

void
tx_report_table_add_cell (TxReportTable     *table,
                          const char        *text,
                          TxReportCellFlags  flags,
                          guint              colspan,
                          guint              rowspan)
{
  TxReportCell *cell = append_cell (table, flags, colspan, rowspan);

  cell->text = g_strdup (text ? text : "");
}

void
tx_report_table_add_image (TxReportTable *table,
                           GBytes        *data,
                           const char    *mime,
                           const char    *placeholder,
                           guint          colspan,
                           guint          rowspan)
{
  TxReportCell *cell = append_cell (table, TX_REPORT_CELL_CENTER, colspan, rowspan);

  cell->text = g_strdup (placeholder ? placeholder : "");
  cell->image = data ? g_bytes_ref (data) : NULL;
  cell->mime = g_strdup (mime);
}

void
tx_report_table_end_row (TxReportTable *table,
                         double         min_height)
{
  if (table->open_row == NULL)
    table->open_row = row_new ();
  table->open_row->min_height = min_height;
  g_ptr_array_add (table->rows, g_steal_pointer (&table->open_row));
  for (guint c = 0; c < table->n_columns; c++)
    if (table->covered[c] > 0)
      table->covered[c]--;
  table->next_column = 0;
}

void
tx_report_table_add_row (TxReportTable      *table,
                         const char * const *texts,
                         TxReportCellFlags   flags)
{
  for (guint c = 0; c < table->n_columns; c++)
    tx_report_table_add_cell (table, texts[c], flags, 1, 1);
  tx_report_table_end_row (table, 0);
}
