/* tx-csv-reader.c — rosters saved from Excel: decoding, RFC 4180 records,
 * and the table under the title rows
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "tx-csv-mapping.h"
#include "tx-csv-reader.h"

G_DEFINE_QUARK (tx-csv-error-quark, tx_csv_error)

/* the header is looked for in this many first rows: a title or two, a
 * unit and date line, then the header */
#define MAX_TITLE_ROWS 10

void
tx_csv_record_free (TxCsvRecord *record)
{
  if (record == NULL)
    return;
  g_strfreev (record->cells);
  g_free (record);
}

void
tx_csv_table_free (TxCsvTable *table)
{
  if (table == NULL)
    return;
  g_free (table->encoding);
  g_strfreev (table->header);
  g_clear_pointer (&table->rows, g_ptr_array_unref);
  g_free (table);
}

/* ---- decoding -------------------------------------------------------------- */

static gboolean
is_auto (const char *encoding)
{
  return encoding == NULL || *encoding == '\0' || g_ascii_strcasecmp (encoding, "auto") == 0;
}

static gboolean
is_utf8_name (const char *encoding)
{
  return g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

static char *
decode_utf8 (const char  *data,
             gsize        length,
             GError     **error)
{
  const char *end = NULL;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_ENCODING,
                   _("The file is not valid UTF-8 text (at byte %lu); try another encoding such as GB18030."),
                   (unsigned long) (end - data));
      return NULL;
    }
  return g_strndup (data, length);
}

static char *
decode_other (const char  *data,
              gsize        length,
              const char  *encoding,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize read = 0;
  char *text = g_convert (data, length, "UTF-8", encoding, &read, NULL, &local_error);

  /* a UTF-16 byte-order mark comes through as U+FEFF */
  if (text != NULL && g_str_has_prefix (text, "\xEF\xBB\xBF"))
    memmove (text, text + 3, strlen (text + 3) + 1);
  if (text != NULL)
    return text;
  if (g_error_matches (local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
    g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_ENCODING,
                 _("“%s” is not an encoding this system knows."), encoding);
  else
    g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_ENCODING,
                 _("The file is not %s text (at byte %lu)."), encoding, (unsigned long) read);
  return NULL;
}

static const char *
utf16_by_bom (const char *data,
              gsize       length)
{
  if (length >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    return "UTF-16LE";
  if (length >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    return "UTF-16BE";
  return NULL;
}

char *
tx_csv_decode (const char  *data,
               gsize        length,
               const char  *encoding,
               char       **detected,
               GError     **error)
{
  const char *used = encoding;
  char *text;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  /* Excel's "CSV UTF-8" starts with a BOM; its plain "CSV" on a Chinese
   * Windows is GB18030 (code page 936), which is never valid UTF-8 beyond
   * plain ASCII, where both read the same; its "Unicode text" is UTF-16
   * with a BOM (and tabs). */
  if (is_auto (encoding))
    used = utf16_by_bom (data, length);
  if (is_auto (encoding) && used == NULL)
    used = g_utf8_validate_len (data, length, NULL) ? "UTF-8" : "GB18030";
  if (is_utf8_name (used))
    text = decode_utf8 (data, length, error);
  else
    text = decode_other (data, length, used, error);
  if (text != NULL && detected != NULL)
    *detected = is_utf8_name (used) ? g_strdup ("UTF-8") : g_ascii_strup (used, -1);
  return text;
}

/* ---- records --------------------------------------------------------------- */

char
tx_csv_guess_delimiter (const char *text)
{
  gsize commas = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == '\t')
        tabs++;
    }
  return tabs > commas ? '\t' : ',';
}

typedef struct
{
  const char *p;
  guint       line;
} Cursor;

/* Reads a quoted cell after its opening quote, up to the closing one. Text
 * between the closing quote and the delimiter is kept, as Excel does. */
static gboolean
read_quoted (Cursor   *cursor,
             GString  *cell,
             guint     start_line,
             GError  **error)
{
  for (;;)
    {
      char c = *cursor->p;

      if (c == '\0')
        {
          g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_FORMAT,
                       _("Line %u: a quoted cell is not closed before the end of the file."), start_line);
          return FALSE;
        }
      cursor->p++;
      if (c == '"' && *cursor->p == '"')
        {
          g_string_append_c (cell, '"');
          cursor->p++;
          continue;
        }
      if (c == '"')
        return TRUE;
      if (c == '\n' || (c == '\r' && *cursor->p != '\n'))
        cursor->line++;
      g_string_append_c (cell, c);
    }
}

static gboolean
at_line_end (const char *p)
{
  return *p == '\n' || *p == '\r' || *p == '\0';
}

static void
skip_line_end (Cursor *cursor)
{
  if (*cursor->p == '\r')
    cursor->p++;
  if (*cursor->p == '\n')
    cursor->p++;
  cursor->line++;
}

static TxCsvRecord *
read_record (Cursor   *cursor,
             char      delimiter,
             GError  **error)
{
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  g_autoptr(TxCsvRecord) record = g_new0 (TxCsvRecord, 1);
  g_autoptr(GString) cell = g_string_new (NULL);

  record->line = cursor->line;
  for (;;)
    {
      if (*cursor->p == '"')
        {
          cursor->p++;
          if (!read_quoted (cursor, cell, record->line, error))
            return NULL;
        }
      while (*cursor->p != delimiter && !at_line_end (cursor->p))
        g_string_append_c (cell, *cursor->p++);
      g_strv_builder_add (cells, cell->str);
      g_string_truncate (cell, 0);
      if (*cursor->p != delimiter)
        break;
      cursor->p++;
    }
  skip_line_end (cursor);
  record->cells = g_strv_builder_end (cells);
  return g_steal_pointer (&record);
}

GPtrArray *
tx_csv_parse (const char  *text,
              char         delimiter,
              GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) tx_csv_record_free);
  Cursor cursor = { text, 1 };

  g_return_val_if_fail (text != NULL, NULL);

  while (*cursor.p != '\0')
    {
      TxCsvRecord *record = read_record (&cursor, delimiter, error);

      if (record == NULL)
        return NULL;
      g_ptr_array_add (records, record);
    }
  return g_steal_pointer (&records);
}

/* ---- the table ------------------------------------------------------------- */

static gboolean
cell_is_blank (const char *cell)
{
  g_autofree char *folded = tx_csv_fold (cell);

  return *folded == '\0';
}

static guint
count_filled (GStrv cells)
{
  guint n = 0;

  for (guint i = 0; cells[i] != NULL; i++)
    if (!cell_is_blank (cells[i]))
      n++;
  return n;
}

/* A header row names the person and at least one other field. */
static gboolean
is_header (GStrv cells)
{
  gboolean has_name = FALSE;
  guint known = 0;

  for (guint i = 0; cells[i] != NULL; i++)
    {
      TxCsvTarget target = tx_csv_header_target (cells[i]);

      if (target == TX_CSV_TARGET_NAME)
        has_name = TRUE;
      if (target != TX_CSV_TARGET_NONE)
        known++;
    }
  return has_name && known >= 2;
}

/* "合计", "小 计：35人", "总计" in one of the first cells; a person's
 * name or work unit further right may contain the words. */
static gboolean
is_subtotal (GStrv cells)
{
  for (guint i = 0; cells[i] != NULL && i < 3; i++)
    {
      g_autofree char *folded = tx_csv_fold (cells[i]);
      GString *squeezed = g_string_new (NULL);
      gboolean found;

      for (const char *p = folded; *p; p++)
        if (*p != ' ')
          g_string_append_c (squeezed, *p);
      found = g_str_has_prefix (squeezed->str, "合计") || g_str_has_prefix (squeezed->str, "小计") ||
              g_str_has_prefix (squeezed->str, "总计");
      g_string_free (squeezed, TRUE);
      if (found)
        return TRUE;
    }
  return FALSE;
}

static int
name_column (GStrv header)
{
  for (guint i = 0; header[i] != NULL; i++)
    if (tx_csv_header_target (header[i]) == TX_CSV_TARGET_NAME)
      return (int) i;
  return -1;
}

/* Below the header: blank rows are dropped; subtotal rows and notes (one
 * cell filled, not the name: "制表人：…", "填表日期：…") are counted as
 * ignored. Any other row is data, even with the name missing, so that the
 * check reports it. */
static void
keep_data_rows (TxCsvTable *table,
                GPtrArray  *records,
                guint       first)
{
  int name = name_column (table->header);

  for (guint i = first; i < records->len; i++)
    {
      TxCsvRecord *record = g_ptr_array_index (records, i);
      guint filled = count_filled (record->cells);
      gboolean has_name = (guint) name < g_strv_length (record->cells) &&
                          !cell_is_blank (record->cells[name]);

      if (filled == 0)
        continue;
      if (is_subtotal (record->cells) || (filled == 1 && !has_name))
        {
          table->n_ignored++;
          continue;
        }
      g_ptr_array_add (table->rows, g_ptr_array_steal_index (records, i));
      g_ptr_array_insert (records, i, NULL);
    }
}

static TxCsvTable *
table_from_records (GPtrArray  *records,
                    char       *encoding,
                    GError    **error)
{
  g_autoptr(TxCsvTable) table = g_new0 (TxCsvTable, 1);

  table->encoding = encoding;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) tx_csv_record_free);
  for (guint i = 0; i < records->len && i < MAX_TITLE_ROWS; i++)
    {
      TxCsvRecord *record = g_ptr_array_index (records, i);

      if (!is_header (record->cells))
        continue;
      table->header_line = record->line;
      table->header = g_strdupv (record->cells);
      keep_data_rows (table, records, i + 1);
      return g_steal_pointer (&table);
    }
  g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_NO_HEADER,
               _("No header row found in the first %d rows: the roster needs a column headed “姓名” and at least one other known column."),
               MAX_TITLE_ROWS);
  return NULL;
}

TxCsvTable *
tx_csv_table_read (GBytes      *bytes,
                   const char  *encoding,
                   GError     **error)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *detected = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) records = NULL;

  if (length > TX_CSV_MAX_FILE_SIZE)
    {
      g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_FORMAT,
                   _("The file is too big for a roster (more than %d MB)."), TX_CSV_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  text = tx_csv_decode (data ? data : "", length, encoding, &detected, error);
  if (text == NULL)
    return NULL;
  records = tx_csv_parse (text, tx_csv_guess_delimiter (text), error);
  if (records == NULL)
    return NULL;
  return table_from_records (records, g_steal_pointer (&detected), error);
}

TxCsvTable *
tx_csv_table_read_file (const char  *path,
                        const char  *encoding,
                        GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > TX_CSV_MAX_FILE_SIZE)
    {
      g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_FORMAT,
                   _("The file is too big for a roster (more than %d MB)."), TX_CSV_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;
  return tx_csv_table_read (bytes, encoding, error);
}
