/* tx-csv-import.h — a roster from Excel into the archive: a trial run that
 * says what each row would do, then everything in one transaction
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "core/db/tx-database.h"
#include "tx-csv-mapping.h"
#include "tx-csv-reader.h"

G_BEGIN_DECLS

/* What to do with a row whose ID number is already in the archive. */
typedef enum
{
  TX_CSV_ON_EXISTING_UPDATE,   /* the row's filled cells replace the stored values */
  TX_CSV_ON_EXISTING_SKIP,
} TxCsvOnExisting;

typedef enum
{
  TX_CSV_ROW_NEW,
  TX_CSV_ROW_UPDATE,
  TX_CSV_ROW_UNCHANGED,        /* an existing person the row does not change */
  TX_CSV_ROW_SKIP,             /* existing and told to skip, or in the trash */
  TX_CSV_ROW_INVALID,
  TX_CSV_N_ROW_ACTIONS
} TxCsvRowAction;

typedef struct
{
  guint           line;        /* of the file */
  TxCsvRowAction  action;
  char           *name;        /* as the row gives it, may be "" */
  char           *message;     /* why invalid or skipped, or a note
                                * (an older category mapped); NULL if none */
} TxCsvRowResult;

typedef struct
{
  GPtrArray  *rows;                        /* TxCsvRowResult, in file order */
  guint       counts[TX_CSV_N_ROW_ACTIONS];
  guint       n_ignored;                   /* subtotal and note rows */
  GHashTable *legacy;                      /* older category name → count */
  gboolean    applied;                     /* written to the database */
} TxCsvReport;

void         tx_csv_report_free                (TxCsvReport     *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxCsvReport, tx_csv_report_free)
/* "new", "update", "unchanged", "skip", "invalid": stable, for scripts */
const char  *tx_csv_row_action_key             (TxCsvRowAction   action);
/* translated */
const char  *tx_csv_row_action_label           (TxCsvRowAction   action);

#define TX_TYPE_CSV_IMPORT (tx_csv_import_get_type ())
G_DECLARE_FINAL_TYPE (TxCsvImport, tx_csv_import, TX, CSV_IMPORT, GObject)

/* Reads the file and maps its columns from their headers. @encoding NULL
 * detects (see tx_csv_decode()). */
TxCsvImport *tx_csv_import_new_for_file        (const char      *path,
                                                const char      *encoding,
                                                GError         **error);
TxCsvImport *tx_csv_import_new_for_bytes       (GBytes          *bytes,
                                                const char      *encoding,
                                                GError         **error);

const char  *tx_csv_import_get_encoding        (TxCsvImport     *self);
guint        tx_csv_import_get_n_rows          (TxCsvImport     *self);
guint        tx_csv_import_get_n_columns       (TxCsvImport     *self);
const char  *tx_csv_import_get_column_header   (TxCsvImport     *self,
                                                guint            column);
TxCsvTarget  tx_csv_import_get_column_target   (TxCsvImport     *self,
                                                guint            column);
/* The caller's correction of the automatic mapping; TX_CSV_TARGET_NONE
 * leaves the column out. Checked when the import runs: one column per
 * target, and a name column. */
void         tx_csv_import_set_column_target   (TxCsvImport     *self,
                                                guint            column,
                                                TxCsvTarget      target);

/* What each row would do; nothing is written. NULL with @error only when
 * the mapping is unusable. */
TxCsvReport *tx_csv_import_trial               (TxCsvImport     *self,
                                                TxDatabase      *db,
                                                TxCsvOnExisting  on_existing,
                                                GError         **error);
/* The same checks, then the new and changed people saved in one
 * transaction. With an invalid row and !@skip_invalid nothing is written
 * and the error is TX_CSV_ERROR_INVALID_ROWS. @report (may be NULL)
 * receives the report whenever the rows were checked. */
gboolean     tx_csv_import_apply               (TxCsvImport     *self,
                                                TxDatabase      *db,
                                                TxCsvOnExisting  on_existing,
                                                gboolean         skip_invalid,
                                                TxCsvReport    **report,
                                                GError         **error);

G_END_DECLS
