/* tx-csv-reader.h — rosters saved from Excel: decoding, RFC 4180 records,
 * and the table under the title rows
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TX_CSV_ERROR (tx_csv_error_quark ())

typedef enum
{
  TX_CSV_ERROR_ENCODING,      /* not text in the given or detected encoding */
  TX_CSV_ERROR_FORMAT,        /* an unterminated quote, a file too big */
  TX_CSV_ERROR_NO_HEADER,     /* no header row with a name column */
  TX_CSV_ERROR_INVALID_ROWS,  /* rows refused and not told to skip them */
  TX_CSV_ERROR_MAPPING,       /* a column mapping the caller set is wrong */
} TxCsvError;

/* Files bigger than this are refused before they are read: a roster of
 * 100,000 people is about 20 MB. */
#define TX_CSV_MAX_FILE_SIZE (256 * 1024 * 1024)

/* One record of the file: @line is the line of the file it starts on
 * (1-based; a quoted cell may carry newlines, so records and lines differ). */
typedef struct
{
  guint  line;
  GStrv  cells;
} TxCsvRecord;

/* The roster under its title rows: the header and the data rows, blank
 * and subtotal (合计 / 小计) rows and notes below the table left out. */
typedef struct
{
  char       *encoding;     /* "UTF-8" or the encoding read, e.g. "GB18030" */
  guint       header_line;
  GStrv       header;       /* the header cells as written */
  GPtrArray  *rows;         /* TxCsvRecord */
  guint       n_ignored;    /* subtotal and note rows left out */
} TxCsvTable;

GQuark      tx_csv_error_quark     (void);

void        tx_csv_record_free     (TxCsvRecord  *record);
void        tx_csv_table_free      (TxCsvTable   *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxCsvRecord, tx_csv_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxCsvTable, tx_csv_table_free)

/* UTF-8 text without a byte-order mark. @encoding NULL (or "auto") detects:
 * a UTF-16 BOM is UTF-16 (Excel's "Unicode text"), a UTF-8 BOM or valid
 * UTF-8 is UTF-8, anything else is read as GB18030 (a superset of GBK and
 * GB2312, what Chinese Excel saves as "CSV").
 * @detected, when not NULL, receives the encoding used. */
char       *tx_csv_decode          (const char   *data,
                                    gsize         length,
                                    const char   *encoding,
                                    char        **detected,
                                    GError      **error);

/* ',' unless the text has more tabs than commas outside quotes (Excel's
 * "Unicode text" and copies from other programs are tab-separated). */
char        tx_csv_guess_delimiter (const char   *text);

/* RFC 4180: quoted cells with "" for a quote and line breaks inside; CRLF,
 * LF or CR line ends. A GPtrArray of TxCsvRecord. */
GPtrArray  *tx_csv_parse           (const char   *text,
                                    char          delimiter,
                                    GError      **error);

/* Decode, parse and find the table: the header is the first of the first
 * rows where a name column (姓名) and at least one other known column are
 * found (see tx_csv_header_target()). */
TxCsvTable *tx_csv_table_read      (GBytes       *bytes,
                                    const char   *encoding,
                                    GError      **error);
TxCsvTable *tx_csv_table_read_file (const char   *path,
                                    const char   *encoding,
                                    GError      **error);

G_END_DECLS
