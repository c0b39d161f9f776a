/* fuzz-xml-import.c — libFuzzer harness for the XML exchange importer
 *
 * Every byte string is imported as an exchange file (plain or gzip) into a
 * small demo database, as a trial run (everything but the commit), once
 * leaving conflicts undecided and once taking the file's side. The
 * importer either reports or fails with a reason, never both or neither;
 * every problem it reports says what it is; and the trial leaves the
 * database as it was.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>
#include <stdlib.h>

#include "core/exchange/tx-exchange-import.h"
#include "fuzz-db-fixture.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* what any import that commits would change */
#define WRITTEN "SELECT (SELECT count(*) FROM change_log) + (SELECT count(*) FROM person)" \
                " + (SELECT count(*) FROM tombstone)"

static void
check_report (TxImportReport *report)
{
  for (guint i = 0; i < report->problems->len; i++)
    {
      TxImportProblem *problem = g_ptr_array_index (report->problems, i);

      if (problem->message == NULL || *problem->message == '\0')
        abort ();
    }
  if (report->applied)
    abort ();   /* a trial run never commits */
}

static void
import_once (TxDatabase       *db,
             GFile            *file,
             TxConflictChoice  choice)
{
  /* small limits keep a gzip bomb from filling the fuzzer's memory;
   * the importer must refuse it cleanly */
  TxImportOptions options = { .dry_run = TRUE, .on_conflict = choice,
                              .max_bytes = 4 * 1024 * 1024, .max_records = 10000 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TxImportReport) report = tx_exchange_import (db, file, &options, NULL, NULL, NULL, &error);

  if ((report == NULL) == (error == NULL))
    abort ();
  if (report != NULL)
    check_report (report);
  if (tx_database_in_transaction (db))
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  TxDatabase *db = fuzz_fixture_database ();
  const char *path = fuzz_fixture_input_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 before = tx_database_count (db, WRITTEN, NULL);

  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    abort ();
  import_once (db, file, TX_CONFLICT_UNDECIDED);
  import_once (db, file, TX_CONFLICT_TAKE_THEIRS);
  if (tx_database_count (db, WRITTEN, NULL) != before)
    abort ();   /* the trial wrote something */
  return 0;
}
