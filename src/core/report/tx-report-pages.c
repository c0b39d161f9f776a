/* tx-report-pages.c — a report laid out on A4 pages, drawn with cairo
 *
 * Every block is a table; a row is measured once (its cells' Pango
 * layouts are kept for drawing) and placed whole on a page. Rows tied by
 * a cell spanning several rows move together. Only a row taller than a
 * whole page, or text that flows (paragraphs), is cut: at a height where no
 * cell has a line crossing it, so every line is drawn whole on one page.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "tx-report-pages.h"
#include "tx-report-private.h"

#define MM            (72.0 / 25.4)
#define MARGIN_SIDE   (18 * MM)
#define MARGIN_TOP    (22 * MM)
#define MARGIN_BOTTOM (20 * MM)
#define HEADER_BASE   (14 * MM)  /* the page header's rule, from the top */
#define FOOTER_BASE   (13 * MM)  /* the footer's rule, from the bottom */
#define PADDING       3.0
#define RULE_WIDTH    0.6
#define EPSILON       0.01

#define SANS  "Noto Sans CJK SC, Source Han Sans SC, Noto Sans SC, WenQuanYi Micro Hei, sans-serif"
#define SERIF "Noto Serif CJK SC, Source Han Serif SC, Noto Serif SC, serif"

typedef struct
{
  PangoLayout     *layout;   /* NULL for a cell without text */
  double           height;   /* of the text */
  cairo_surface_t *image;    /* decoded picture, or NULL */
} CellLayout;

typedef struct
{
  CellLayout *cells;         /* parallel to the row's cells */
  double      height;        /* of the row, rules and padding included */
} RowLayout;

typedef struct
{
  TxReportTable *table;
  double        *column_x;   /* n_columns + 1 positions */
  RowLayout     *rows;
  GHashTable    *shared;     /* short texts → PangoLayout, while measuring */
} TableLayout;

/* Cells with the same short text in the same column (男, 群众, a community)
 * share one layout: a big roster measures far fewer. */
#define SHARED_TEXT_MAX 40

/* A row, or a slice of a tall row, at its place on a page. */
typedef struct
{
  TableLayout *table;
  guint        row;
  double       y;
  double       height;       /* of the slot on the page */
  double       from;         /* the slice of the row's text: [from, to) */
  double       to;
  gboolean     whole;
} Placed;

struct _TxReportPages
{
  GObject       parent_instance;

  TxReport     *report;
  PangoContext *context;
  double        width;
  double        height;
  TableLayout  *tables;
  guint         n_tables;
  GPtrArray    *pages;       /* GArray of Placed */
};

G_DEFINE_FINAL_TYPE (TxReportPages, tx_report_pages, G_TYPE_OBJECT)

static void
tx_report_pages_finalize (GObject *object)
{
  TxReportPages *self = TX_REPORT_PAGES (object);

  for (guint t = 0; t < self->n_tables; t++)
    {
      TableLayout *table = &self->tables[t];

      for (guint r = 0; table->rows != NULL && r < table->table->rows->len; r++)
        {
          RowLayout *row = &table->rows[r];
          TxReportRow *model = g_ptr_array_index (table->table->rows, r);

          for (guint c = 0; row->cells != NULL && c < model->cells->len; c++)
            {
              g_clear_object (&row->cells[c].layout);
              g_clear_pointer (&row->cells[c].image, cairo_surface_destroy);
            }
          g_free (row->cells);
        }
      g_free (table->rows);
      g_free (table->column_x);
    }
  g_free (self->tables);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (tx_report_pages_parent_class)->finalize (object);
}

static void
tx_report_pages_class_init (TxReportPagesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tx_report_pages_finalize;
}

static void
tx_report_pages_init (TxReportPages *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

/* ---- text ------------------------------------------------------------------ */

/* A context of its own (a font map of its own: this may run in a worker
 * thread), in points, without hinting so the PDF and the screen agree. */
static PangoContext *
create_context (void)
{
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (context, pango_language_from_string ("zh-cn"));
  return context;
}

static PangoFontDescription *
font_for (TxReportTextStyle style,
          gboolean          bold)
{
  const char *family = SANS;
  double size = 9;
  PangoFontDescription *font;

  switch (style)
    {
    case TX_REPORT_TEXT_TITLE:
      family = SERIF, size = 18, bold = TRUE;
      break;
    case TX_REPORT_TEXT_SUBTITLE:
      size = 10;
      break;
    case TX_REPORT_TEXT_HEADING:
      size = 12, bold = TRUE;
      break;
    case TX_REPORT_TEXT_NOTE:
      size = 8;
      break;
    case TX_REPORT_TEXT_BODY:
    default:
      size = 10.5;
      break;
    }
  font = pango_font_description_from_string (family);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  return font;
}

static PangoLayout *
make_layout (PangoContext               *context,
             const PangoFontDescription *font,
             const char                 *text,
             double                      width,
             PangoAlignment              alignment)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* ---- pictures ---------------------------------------------------------------- */

typedef struct
{
  const guchar *data;
  gsize         size;
  gsize         offset;
} ReadCursor;

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  ReadCursor *cursor = closure;

  if (cursor->offset + length > cursor->size)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, cursor->data + cursor->offset, length);
  cursor->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

/* The size from a JPEG's start-of-frame marker. */
static gboolean
jpeg_size (const guchar *data,
           gsize         size,
           int          *width,
           int          *height)
{
  gsize i = 2;

  if (size < 4 || data[0] != 0xFF || data[1] != 0xD8)
    return FALSE;
  while (i + 9 < size)
    {
      guint marker, length;

      if (data[i] != 0xFF)
        return FALSE;
      marker = data[i + 1];
      length = (data[i + 2] << 8) | data[i + 3];
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
        {
          *height = (data[i + 5] << 8) | data[i + 6];
          *width = (data[i + 7] << 8) | data[i + 8];
          return *width > 0 && *height > 0;
        }
      i += 2 + length;
    }
  return FALSE;
}

static TxReportImageDecoder image_decoder;

void
tx_report_set_image_decoder (TxReportImageDecoder decoder)
{
  image_decoder = decoder;
}

/* cairo cannot decode JPEG; the PDF surface embeds the file itself when
 * it is attached as mime data (the pixels are for other surfaces). */
static cairo_surface_t *
jpeg_surface (GBytes *bytes)
{
  gsize size = 0;
  const guchar *data = g_bytes_get_data (bytes, &size);
  cairo_surface_t *surface = image_decoder ? image_decoder (bytes) : NULL;
  int width, height;

  if (surface == NULL)
    {
      cairo_t *cr;

      if (!jpeg_size (data, size, &width, &height))
        return NULL;
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG, data, size,
                               (cairo_destroy_func_t) g_bytes_unref, g_bytes_ref (bytes));
  return surface;
}

static cairo_surface_t *
decode_image (GBytes     *bytes,
              const char *mime)
{
  ReadCursor cursor = { 0 };
  cairo_surface_t *surface;

  if (bytes == NULL)
    return NULL;
  if (g_strcmp0 (mime, "image/jpeg") == 0)
    return jpeg_surface (bytes);
  cursor.data = g_bytes_get_data (bytes, &cursor.size);
  surface = cairo_image_surface_create_from_png_stream (read_bytes, &cursor);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_clear_pointer (&surface, cairo_surface_destroy);
  return surface;
}

/* ---- measuring ------------------------------------------------------------- */

static double
content_width (TxReportPages *self)
{
  return self->width - 2 * MARGIN_SIDE;
}

static double
body_top (void)
{
  return MARGIN_TOP;
}

static double
body_bottom (TxReportPages *self)
{
  return self->height - MARGIN_BOTTOM;
}

static gboolean
is_header_row (TableLayout *table,
               guint        row)
{
  return row < table->table->header_rows;
}

static PangoAlignment
cell_alignment (TableLayout  *table,
                guint         row,
                TxReportCell *cell)
{
  if (cell->flags & TX_REPORT_CELL_RIGHT)
    return PANGO_ALIGN_RIGHT;
  if ((cell->flags & (TX_REPORT_CELL_CENTER | TX_REPORT_CELL_LABEL)) || is_header_row (table, row))
    return PANGO_ALIGN_CENTER;
  return PANGO_ALIGN_LEFT;
}

static double
cell_padding (TableLayout *table)
{
  return table->table->style == TX_REPORT_TABLE_GRID ? PADDING : 0;
}

static void
measure_cell (TxReportPages              *self,
              TableLayout                *table,
              guint                       row,
              TxReportCell               *cell,
              CellLayout                 *out,
              const PangoFontDescription *font)
{
  double width = table->column_x[cell->column + cell->colspan] - table->column_x[cell->column]
                 - 2 * cell_padding (table);
  g_autofree char *key = NULL;
  int height = 0;

  out->image = decode_image (cell->image, cell->mime);
  if (cell->text == NULL || *cell->text == '\0' || out->image != NULL)
    return;
  if (strlen (cell->text) <= SHARED_TEXT_MAX)
    {
      key = g_strdup_printf ("%u:%u:%d:%d:%s", cell->column, cell->colspan, cell_alignment (table, row, cell),
                             font == NULL ? 0 : pango_font_description_get_weight (font), cell->text);
      out->layout = g_hash_table_lookup (table->shared, key);
    }
  if (out->layout != NULL)
    g_object_ref (out->layout);
  else
    {
      out->layout = make_layout (self->context, font, cell->text, width,
                                 cell_alignment (table, row, cell));
      if (key != NULL)
        g_hash_table_insert (table->shared, g_steal_pointer (&key), g_object_ref (out->layout));
    }
  pango_layout_get_size (out->layout, NULL, &height);
  out->height = (double) height / PANGO_SCALE;
}

static void
measure_row (TxReportPages              *self,
             TableLayout                *table,
             guint                       r,
             const PangoFontDescription *font,
             const PangoFontDescription *bold)
{
  TxReportRow *model = g_ptr_array_index (table->table->rows, r);
  RowLayout *row = &table->rows[r];
  double padding = cell_padding (table);

  row->cells = g_new0 (CellLayout, model->cells->len);
  row->height = model->min_height;
  for (guint c = 0; c < model->cells->len; c++)
    {
      TxReportCell *cell = g_ptr_array_index (model->cells, c);
      gboolean strong = (cell->flags & (TX_REPORT_CELL_BOLD | TX_REPORT_CELL_LABEL)) || is_header_row (table, r);

      measure_cell (self, table, r, cell, &row->cells[c], strong ? bold : font);
      if (cell->rowspan == 1)
        row->height = MAX (row->height, row->cells[c].height + 2 * padding);
    }
}

/* A cell spanning rows taller than those rows together makes the last one
 * higher. */
static void
fit_row_spans (TableLayout *table)
{
  GPtrArray *rows = table->table->rows;

  for (guint r = 0; r < rows->len; r++)
    {
      TxReportRow *model = g_ptr_array_index (rows, r);

      for (guint c = 0; c < model->cells->len; c++)
        {
          TxReportCell *cell = g_ptr_array_index (model->cells, c);
          guint last = MIN (r + cell->rowspan, rows->len) - 1;
          double need = table->rows[r].cells[c].height + 2 * cell_padding (table);
          double have = 0;

          if (cell->rowspan == 1)
            continue;
          for (guint s = r; s <= last; s++)
            have += table->rows[s].height;
          if (need > have)
            table->rows[last].height += need - have;
        }
    }
}

typedef struct
{
  TxReportProgress  func;
  gpointer          data;
  guint             done;
  guint             total;
  GCancellable     *cancellable;
} Progress;

/* every so many rows: report, and stop when cancelled */
static gboolean
step (Progress  *progress,
      guint      rows,
      GError   **error)
{
  progress->done += rows;
  if (progress->func != NULL)
    progress->func (progress->done, progress->total, progress->data);
  return !g_cancellable_set_error_if_cancelled (progress->cancellable, error);
}

static gboolean
measure_table (TxReportPages *self,
               TableLayout   *table,
               Progress      *progress,
               GError       **error)
{
  TxReportTable *model = table->table;
  PangoFontDescription *font = font_for (model->text_style, FALSE);
  PangoFontDescription *bold = font_for (model->text_style, TRUE);
  double x = MARGIN_SIDE;
  gboolean ok = TRUE;

  if (model->style == TX_REPORT_TABLE_GRID)
    {
      pango_font_description_set_size (font, 9 * PANGO_SCALE);
      pango_font_description_set_size (bold, 9 * PANGO_SCALE);
    }
  table->column_x = g_new (double, model->n_columns + 1);
  for (guint c = 0; c < model->n_columns; c++)
    {
      table->column_x[c] = x;
      x += model->widths[c] * content_width (self);
    }
  table->column_x[model->n_columns] = MARGIN_SIDE + content_width (self);
  table->rows = g_new0 (RowLayout, model->rows->len);
  table->shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint r = 0; r < model->rows->len && ok; r++)
    {
      measure_row (self, table, r, font, bold);
      if ((r + 1) % 256 == 0)
        ok = step (progress, 256, error);
    }
  g_clear_pointer (&table->shared, g_hash_table_unref);
  pango_font_description_free (font);
  pango_font_description_free (bold);
  if (!ok)
    return FALSE;
  fit_row_spans (table);
  return step (progress, model->rows->len % 256, error);
}

/* ---- pagination ------------------------------------------------------------- */

typedef struct
{
  TxReportPages *self;
  GArray        *page;       /* Placed, the page being filled */
  double         y;
} Cursor;

static void
new_page (Cursor *cursor)
{
  cursor->page = g_array_new (FALSE, TRUE, sizeof (Placed));
  g_ptr_array_add (cursor->self->pages, cursor->page);
  cursor->y = body_top ();
}

static gboolean
page_is_empty (Cursor *cursor)
{
  return cursor->page->len == 0;
}

static void
place (Cursor      *cursor,
       TableLayout *table,
       guint        row,
       double       height,
       double       from,
       double       to,
       gboolean     whole)
{
  Placed placed = { table, row, cursor->y, height, from, to, whole };

  g_array_append_val (cursor->page, placed);
  cursor->y += height;
}

/* The rows from @first that a cell spanning rows ties to it. */
static guint
unit_end (TxReportTable *table,
          guint          first)
{
  guint end = first + 1;

  for (guint r = first; r < end && r < table->rows->len; r++)
    {
      TxReportRow *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < row->cells->len; c++)
        end = MAX (end, r + ((TxReportCell *) g_ptr_array_index (row->cells, c))->rowspan);
    }
  return MIN (end, table->rows->len);
}

static double
rows_height (TableLayout *table,
             guint        first,
             guint        end)
{
  double height = 0;

  for (guint r = first; r < end; r++)
    height += table->rows[r].height;
  return height;
}

static void
place_header (Cursor      *cursor,
              TableLayout *table)
{
  for (guint r = 0; r < table->table->header_rows && r < table->table->rows->len; r++)
    place (cursor, table, r, table->rows[r].height, 0, G_MAXDOUBLE, TRUE);
}

/* Where to cut a row's text at most @room below @from: the top of the
 * first line, in any cell, that would cross it. @from itself when not
 * even one line fits. */
static double
cut_position (TableLayout *table,
              guint        row,
              double       from,
              double       room)
{
  TxReportRow *model = g_ptr_array_index (table->table->rows, row);
  double cut = G_MAXDOUBLE;

  for (guint c = 0; c < model->cells->len; c++)
    {
      PangoLayout *layout = table->rows[row].cells[c].layout;
      PangoLayoutIter *iter;

      if (layout == NULL)
        continue;
      iter = pango_layout_get_iter (layout);
      do
        {
          int top, bottom;
          double line_top, line_bottom;

          pango_layout_iter_get_line_yrange (iter, &top, &bottom);
          line_top = (double) top / PANGO_SCALE;
          line_bottom = (double) bottom / PANGO_SCALE;
          if (line_top + EPSILON >= from && line_bottom > from + room + EPSILON)
            {
              cut = MIN (cut, line_top);
              break;
            }
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
  return cut;
}

static double
row_text_height (TableLayout *table,
                 guint        row)
{
  return table->rows[row].height - 2 * cell_padding (table);
}

/* A row that cannot stay whole: as much as fits on each page. */
static void
place_sliced (Cursor      *cursor,
              TableLayout *table,
              guint        row,
              gboolean     repeat_header)
{
  double padding = cell_padding (table);
  double total = row_text_height (table, row);
  double from = 0;

  while (from < total - EPSILON)
    {
      double room = body_bottom (cursor->self) - cursor->y - 2 * padding;
      double cut = cut_position (table, row, from, room);

      if (cut >= total - EPSILON || cut == G_MAXDOUBLE)
        {
          place (cursor, table, row, total - from + 2 * padding, from, total, FALSE);
          return;
        }
      if (cut <= from + EPSILON)
        {
          if (page_is_empty (cursor))
            cut = from + MAX (room, 1);  /* a line taller than a page: cut it */
          else
            {
              new_page (cursor);
              if (repeat_header)
                place_header (cursor, table);
              continue;
            }
        }
      place (cursor, table, row, cut - from + 2 * padding, from, cut, FALSE);
      from = cut;
      new_page (cursor);
      if (repeat_header)
        place_header (cursor, table);
    }
}

static void
place_unit (Cursor      *cursor,
            TableLayout *table,
            guint        first,
            guint        end,
            gboolean    *header_due)
{
  double header = *header_due ? rows_height (table, 0, table->table->header_rows) : 0;
  double unit = rows_height (table, first, end);
  double room = body_bottom (cursor->self) - cursor->y;
  double page_room = body_bottom (cursor->self) - body_top ();
  gboolean repeat = table->table->header_rows > 0;

  if (header + unit > room + EPSILON && !table->table->flow &&
      (!page_is_empty (cursor) && header + unit <= page_room + EPSILON))
    {
      new_page (cursor);
      header = repeat ? rows_height (table, 0, table->table->header_rows) : 0;
      *header_due = repeat;
    }
  if (*header_due)
    place_header (cursor, table);
  *header_due = FALSE;
  room = body_bottom (cursor->self) - cursor->y;
  if (unit <= room + EPSILON || end - first > 1)
    {
      for (guint r = first; r < end; r++)
        place (cursor, table, r, table->rows[r].height, 0, G_MAXDOUBLE, TRUE);
      return;
    }
  place_sliced (cursor, table, first, repeat);
}

static gboolean
paginate_table (Cursor       *cursor,
                TableLayout  *table,
                GCancellable *cancellable,
                GError      **error)
{
  TxReportTable *model = table->table;
  gboolean header_due = model->header_rows > 0;
  guint r = MIN (model->header_rows, model->rows->len);

  if (!page_is_empty (cursor))
    cursor->y += model->space_before;
  if (r == model->rows->len && header_due)
    {
      place_header (cursor, table);
      return TRUE;
    }
  while (r < model->rows->len)
    {
      guint end = unit_end (model, r);

      if (r % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      place_unit (cursor, table, r, end, &header_due);
      r = end;
    }
  return TRUE;
}

/* A heading goes to the next page rather than stay alone at the bottom
 * of this one: it needs room for the first rows of what follows. */
static void
keep_with_next (Cursor      *cursor,
                TableLayout *heading,
                TableLayout *next)
{
  TxReportTable *model = next->table;
  guint first = MIN (model->header_rows, model->rows->len);
  double need;

  if (heading->table->text_style != TX_REPORT_TEXT_HEADING || page_is_empty (cursor) ||
      heading->table->rows->len == 0)
    return;
  need = heading->table->space_before + rows_height (heading, 0, heading->table->rows->len) +
         next->table->space_before + rows_height (next, 0, first);
  if (first < model->rows->len)
    need += MIN (rows_height (next, first, unit_end (model, first)), 60);
  if (cursor->y + need > body_bottom (cursor->self) + EPSILON)
    new_page (cursor);
}

static guint
count_rows (TxReportPages *self)
{
  guint total = 0;

  for (guint t = 0; t < self->n_tables; t++)
    total += self->tables[t].table->rows->len;
  return total;
}

static gboolean
lay_out (TxReportPages     *self,
         TxReportProgress   progress,
         gpointer           user_data,
         GCancellable      *cancellable,
         GError           **error)
{
  GPtrArray *blocks = _tx_report_get_blocks (self->report);
  Progress steps = { progress, user_data, 0, 0, cancellable };
  Cursor cursor = { self, NULL, 0 };

  self->n_tables = blocks->len;
  self->tables = g_new0 (TableLayout, blocks->len);
  for (guint t = 0; t < blocks->len; t++)
    self->tables[t].table = g_ptr_array_index (blocks, t);
  steps.total = count_rows (self);
  for (guint t = 0; t < self->n_tables; t++)
    if (!measure_table (self, &self->tables[t], &steps, error))
      return FALSE;
  new_page (&cursor);
  for (guint t = 0; t < self->n_tables; t++)
    {
      if (t + 1 < self->n_tables)
        keep_with_next (&cursor, &self->tables[t], &self->tables[t + 1]);
      if (!paginate_table (&cursor, &self->tables[t], cancellable, error))
        return FALSE;
    }
  return TRUE;
}

TxReportPages *
tx_report_pages_new (TxReport          *report,
                     TxReportProgress   progress,
                     gpointer           user_data,
                     GCancellable      *cancellable,
                     GError           **error)
{
  g_autoptr(TxReportPages) self = NULL;

  g_return_val_if_fail (TX_IS_REPORT (report), NULL);

  self = g_object_new (TX_TYPE_REPORT_PAGES, NULL);
  self->report = g_object_ref (report);
  self->context = create_context ();
  self->width = tx_report_get_landscape (report) ? TX_REPORT_A4_LONG : TX_REPORT_A4_SHORT;
  self->height = tx_report_get_landscape (report) ? TX_REPORT_A4_SHORT : TX_REPORT_A4_LONG;
  if (!lay_out (self, progress, user_data, cancellable, error))
    return NULL;
  return g_steal_pointer (&self);
}

TxReport *
tx_report_pages_get_report (TxReportPages *self)
{
  g_return_val_if_fail (TX_IS_REPORT_PAGES (self), NULL);
  return self->report;
}

guint
tx_report_pages_get_n_pages (TxReportPages *self)
{
  g_return_val_if_fail (TX_IS_REPORT_PAGES (self), 0);
  return self->pages->len;
}

double
tx_report_pages_get_width (TxReportPages *self)
{
  g_return_val_if_fail (TX_IS_REPORT_PAGES (self), 0);
  return self->width;
}

double
tx_report_pages_get_height (TxReportPages *self)
{
  g_return_val_if_fail (TX_IS_REPORT_PAGES (self), 0);
  return self->height;
}

/* ---- drawing ---------------------------------------------------------------- */

static void
draw_image (cairo_t         *cr,
            cairo_surface_t *image,
            double           x,
            double           y,
            double           width,
            double           height)
{
  double w = cairo_image_surface_get_width (image);
  double h = cairo_image_surface_get_height (image);
  double scale = MIN ((width - 2 * PADDING) / w, (height - 2 * PADDING) / h);

  cairo_save (cr);
  cairo_translate (cr, x + (width - w * scale) / 2, y + (height - h * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* Only the lines whose top is in [from, to), moved up by @from. */
static void
draw_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       y,
            double       from,
            double       to)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      int top, bottom;
      double line_top;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      line_top = (double) top / PANGO_SCALE;
      if (line_top + EPSILON < from || line_top + EPSILON >= to)
        continue;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                     y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - from);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static double
spanned_height (Placed       *placed,
                TxReportCell *cell)
{
  GPtrArray *rows = placed->table->table->rows;
  guint last = MIN (placed->row + cell->rowspan, rows->len);

  if (!placed->whole)
    return placed->height;
  return rows_height (placed->table, placed->row, last);
}

static gboolean
is_shaded (Placed       *placed,
           TxReportCell *cell)
{
  return (cell->flags & TX_REPORT_CELL_LABEL) || is_header_row (placed->table, placed->row);
}

/* Each pass over all the cells of a page: the shading, the text, then every
 * rule in one path (one stroke a page keeps big PDFs small and fast). */
typedef enum
{
  PASS_SHADING,
  PASS_CONTENT,
  PASS_RULES,
} DrawPass;

static void
draw_cell_content (cairo_t      *cr,
                   Placed       *placed,
                   CellLayout   *layout,
                   double        x,
                   double        width,
                   double        height)
{
  double padding = cell_padding (placed->table);

  if (layout->image != NULL && placed->from == 0)
    draw_image (cr, layout->image, x, placed->y, width, height);
  if (layout->layout == NULL)
    return;
  if (placed->whole)
    {
      /* grid cells are centred vertically in their rows */
      gboolean grid = placed->table->table->style == TX_REPORT_TABLE_GRID;
      double offset = grid ? (height - layout->height) / 2 : padding;

      cairo_move_to (cr, x + padding, placed->y + offset);
      pango_cairo_show_layout (cr, layout->layout);
    }
  else
    draw_lines (cr, layout->layout, x + padding, placed->y + padding, placed->from, placed->to);
}

/* The rules of a page as lines, each drawn once: cells side by side share
 * their edges, rows one under the other too, and a column's edge runs down
 * the page as one line. (Rectangles per cell made big rosters' PDFs slow.) */
typedef struct
{
  double along0, along1;   /* from, to along the line */
  double across;           /* the line's y (horizontal) or x (vertical) */
} Segment;

static gboolean
near (double a,
      double b)
{
  return fabs (a - b) < EPSILON;
}

static void
add_segment (GArray *segments,
             double  across,
             double  from,
             double  to)
{
  for (guint i = 0; i < segments->len; i++)
    {
      Segment *s = &g_array_index (segments, Segment, i);

      if (!near (s->across, across) || s->along0 > to + EPSILON || s->along1 < from - EPSILON)
        continue;
      /* touches or overlaps a line drawn already: one line */
      s->along0 = MIN (s->along0, from);
      s->along1 = MAX (s->along1, to);
      return;
    }
  g_array_append_val (segments, ((Segment) { from, to, across }));
}

typedef struct
{
  GArray *horizontal;
  GArray *vertical;
} Rules;

static void
add_cell_rules (Rules  *rules,
                double  x,
                double  y,
                double  width,
                double  height)
{
  add_segment (rules->horizontal, y, x, x + width);
  add_segment (rules->horizontal, y + height, x, x + width);
  add_segment (rules->vertical, x, y, y + height);
  add_segment (rules->vertical, x + width, y, y + height);
}

static void
stroke_rules (cairo_t *cr,
              Rules   *rules)
{
  for (guint i = 0; i < rules->horizontal->len; i++)
    {
      Segment *s = &g_array_index (rules->horizontal, Segment, i);

      cairo_move_to (cr, s->along0, s->across);
      cairo_line_to (cr, s->along1, s->across);
    }
  for (guint i = 0; i < rules->vertical->len; i++)
    {
      Segment *s = &g_array_index (rules->vertical, Segment, i);

      cairo_move_to (cr, s->across, s->along0);
      cairo_line_to (cr, s->across, s->along1);
    }
  cairo_set_line_width (cr, RULE_WIDTH);
  /* square caps close the corners where lines meet */
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  cairo_stroke (cr);
}

static void
draw_placed (cairo_t  *cr,
             Placed   *placed,
             DrawPass  pass,
             Rules    *rules)
{
  TableLayout *table = placed->table;
  TxReportRow *model = g_ptr_array_index (table->table->rows, placed->row);
  RowLayout *row = &table->rows[placed->row];
  gboolean grid = table->table->style == TX_REPORT_TABLE_GRID;

  if (!grid && pass != PASS_CONTENT)
    return;
  for (guint c = 0; c < model->cells->len; c++)
    {
      TxReportCell *cell = g_ptr_array_index (model->cells, c);
      double x = table->column_x[cell->column];
      double width = table->column_x[cell->column + cell->colspan] - x;
      double height = spanned_height (placed, cell);

      if (pass == PASS_CONTENT)
        draw_cell_content (cr, placed, &row->cells[c], x, width, height);
      else if (pass == PASS_RULES)
        add_cell_rules (rules, x, placed->y, width, height);
      else if (is_shaded (placed, cell))
        cairo_rectangle (cr, x, placed->y, width, height);
    }
}

static void
draw_text (cairo_t        *cr,
           PangoContext   *context,
           const char     *text,
           double          x,
           double          baseline_y,
           double          width,
           PangoAlignment  alignment)
{
  PangoFontDescription *font = font_for (TX_REPORT_TEXT_NOTE, FALSE);
  g_autoptr(PangoLayout) layout = make_layout (context, font, text ? text : "", width, alignment);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_move_to (cr, x, baseline_y - (double) pango_layout_get_baseline (layout) / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
}

static void
draw_rule (cairo_t *cr,
           double   x0,
           double   x1,
           double   y)
{
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
}

/* Header: the office, the title. Footer: print date, page N of M, note. */
static void
draw_furniture (TxReportPages *self,
                cairo_t       *cr,
                guint          page)
{
  double width = content_width (self);
  double third = width / 3;
  double footer_y = self->height - FOOTER_BASE;
  g_autofree char *printed = g_strdup_printf (_("Printed on %s"), tx_report_get_print_date (self->report));
  g_autofree char *numbers = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);

  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, self->context, tx_report_get_office_name (self->report),
             MARGIN_SIDE, HEADER_BASE - 3, width / 2, PANGO_ALIGN_LEFT);
  draw_text (cr, self->context, tx_report_get_title (self->report),
             MARGIN_SIDE + width / 2, HEADER_BASE - 3, width / 2, PANGO_ALIGN_RIGHT);
  draw_rule (cr, MARGIN_SIDE, MARGIN_SIDE + width, HEADER_BASE);
  draw_rule (cr, MARGIN_SIDE, MARGIN_SIDE + width, footer_y);
  draw_text (cr, self->context, printed, MARGIN_SIDE, footer_y + 11, third, PANGO_ALIGN_LEFT);
  draw_text (cr, self->context, numbers, MARGIN_SIDE + third, footer_y + 11, third, PANGO_ALIGN_CENTER);
  draw_text (cr, self->context, tx_report_get_footer_note (self->report),
             MARGIN_SIDE + 2 * third, footer_y + 11, third, PANGO_ALIGN_RIGHT);
}

void
tx_report_pages_draw_page (TxReportPages *self,
                           cairo_t       *cr,
                           guint          page)
{
  g_autoptr(GArray) horizontal = g_array_new (FALSE, FALSE, sizeof (Segment));
  g_autoptr(GArray) vertical = g_array_new (FALSE, FALSE, sizeof (Segment));
  Rules rules = { horizontal, vertical };
  GArray *placed;

  g_return_if_fail (TX_IS_REPORT_PAGES (self));
  g_return_if_fail (page < self->pages->len);

  placed = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_new_path (cr);
  for (guint i = 0; i < placed->len; i++)
    draw_placed (cr, &g_array_index (placed, Placed, i), PASS_SHADING, &rules);
  cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_furniture (self, cr, page);
  for (guint i = 0; i < placed->len; i++)
    draw_placed (cr, &g_array_index (placed, Placed, i), PASS_CONTENT, &rules);
  cairo_new_path (cr);
  for (guint i = 0; i < placed->len; i++)
    draw_placed (cr, &g_array_index (placed, Placed, i), PASS_RULES, &rules);
  stroke_rules (cr, &rules);
  cairo_restore (cr);
}

/* ---- PDF -------------------------------------------------------------------- */

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} PdfSink;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  PdfSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, sink->cancellable, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
tx_report_pages_write_pdf (TxReportPages  *self,
                           GOutputStream  *stream,
                           GCancellable   *cancellable,
                           GError        **error)
{
  PdfSink sink = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (TX_IS_REPORT_PAGES (self), FALSE);

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &sink, self->width, self->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, tx_report_get_title (self->report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Tongxin " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint page = 0; page < self->pages->len && sink.error == NULL; page++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &sink.error))
        break;
      tx_report_pages_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TX_REPORT_ERROR, TX_REPORT_ERROR_FAILED,
                   _("The PDF could not be written: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
tx_report_pages_write_pdf_file (TxReportPages  *self,
                                GFile          *file,
                                GCancellable   *cancellable,
                                GError        **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    return FALSE;
  if (!tx_report_pages_write_pdf (self, G_OUTPUT_STREAM (stream), cancellable, error))
    {
      /* a cancelled close leaves the old file as it was */
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}
