/* fuzz-csv-import.c — libFuzzer harness for the CSV roster reader and the
 * CSV importer's trial run
 *
 * Every byte string is decoded (detected, and forced as UTF-8 and as
 * GB18030), split into records and searched for a roster table; a table
 * found is checked row by row against a small demo database, as the import
 * dialog's trial does. Refusals always say why; a table's rows are all in
 * the report, each exactly once.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>
#include <stdlib.h>

#include "core/exchange/tx-csv-import.h"
#include "fuzz-db-fixture.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
parse_as (const uint8_t *data,
          size_t         size,
          const char    *encoding)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = tx_csv_decode ((const char *) data, size, encoding, NULL, &error);
  g_autoptr(GPtrArray) records = NULL;

  if ((text == NULL) == (error == NULL))
    abort ();
  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    abort ();
  records = tx_csv_parse (text, tx_csv_guess_delimiter (text), &error);
  if ((records == NULL) == (error == NULL))
    abort ();
}

static void
check_trial (TxCsvImport     *import,
             TxCsvOnExisting  on_existing)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxCsvReport) report = tx_csv_import_trial (import, fuzz_fixture_database (),
                                                       on_existing, &error);
  guint total = 0;

  if ((report == NULL) == (error == NULL))
    abort ();
  if (report == NULL)
    return;
  for (guint i = 0; i < TX_CSV_N_ROW_ACTIONS; i++)
    total += report->counts[i];
  if (total != report->rows->len || report->rows->len != tx_csv_import_get_n_rows (import))
    abort ();
  if (report->applied)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TxCsvImport) import = NULL;

  parse_as (data, size, "UTF-8");
  parse_as (data, size, "GB18030");
  import = tx_csv_import_new_for_bytes (bytes, NULL, &error);
  if ((import == NULL) == (error == NULL))
    abort ();
  if (import == NULL)
    return 0;
  for (guint i = 0; i < tx_csv_import_get_n_columns (import); i++)
    if (tx_csv_import_get_column_header (import, i) == NULL)
      abort ();
  check_trial (import, TX_CSV_ON_EXISTING_UPDATE);
  check_trial (import, TX_CSV_ON_EXISTING_SKIP);
  return 0;
}
