/* tx-store.h — load, save, trash, restore and purge any record
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-database.h"
#include "core/model/tx-record.h"

G_BEGIN_DECLS

typedef enum
{
  TX_SAVE_DEFAULT         = 0,
  /* refuse with TX_DATABASE_ERROR_CONFLICT when the stored record changed
   * since this object was loaded (another window or program saved it) */
  TX_SAVE_CHECK_CONFLICT  = 1 << 0,
  /* exchange: keep the record's own created/modified/trashed */
  TX_SAVE_KEEP_TIMESTAMPS = 1 << 1,
  /* the caller has just looked, in this transaction: no record with this
   * uuid is stored, so the save inserts without reading first (imports) */
  TX_SAVE_NEW             = 1 << 2,
  /* a trial run, rolled back at its end: no change-log row is written */
  TX_SAVE_TRIAL           = 1 << 3,
  /* the caller has run tx_record_validate() on the record as it is now */
  TX_SAVE_VALIDATED       = 1 << 4,
} TxSaveFlags;

TxRecord *tx_store_load          (TxDatabase   *db,
                                  GType         type,
                                  const char   *uuid,
                                  GError      **error);
/* For list rows: on-demand children (photos) are not read and the record
 * is partial (tx_record_is_partial()); saving it keeps them as stored. */
TxRecord *tx_store_load_row      (TxDatabase   *db,
                                  GType         type,
                                  gint64        row_id,
                                  GError      **error);
/* The list rows of @row_ids, as tx_store_load_row() reads them, in one
 * statement per table: in the order of @row_ids (each listed once), those
 * not found left out; in a read transaction of its own unless one is open. */
GPtrArray *tx_store_load_rows    (TxDatabase   *db,
                                  GType         type,
                                  const gint64 *row_ids,
                                  guint         n_rows,
                                  GError      **error);
gboolean  tx_store_save          (TxDatabase   *db,
                                  TxRecord     *record,
                                  TxSaveFlags   flags,
                                  GError      **error);
gboolean  tx_store_trash         (TxDatabase   *db,
                                  TxRecord     *record,
                                  GError      **error);
gboolean  tx_store_restore       (TxDatabase   *db,
                                  TxRecord     *record,
                                  GError      **error);
gboolean  tx_store_purge         (TxDatabase   *db,
                                  TxRecord     *record,
                                  GError      **error);
/* Every record of @type, trashed ones too, in the byte order of their
 * uuids, each complete with its child rows (the on-demand ones, photos,
 * only when @on_demand; otherwise the record is partial). One pass over
 * each table instead of a query per record: for exports. @func returns
 * FALSE with its error set to stop. */
typedef gboolean (*TxStoreEachFunc) (TxRecord  *record,
                                     gpointer   user_data,
                                     GError   **error);
gboolean  tx_store_foreach       (TxDatabase       *db,
                                  GType             type,
                                  gboolean          on_demand,
                                  TxStoreEachFunc   func,
                                  gpointer          user_data,
                                  GError          **error);
gint64    tx_store_count         (TxDatabase   *db,
                                  GType         type,
                                  gboolean      include_trashed,
                                  GError      **error);

/* Transactions that nest: the outermost is BEGIN IMMEDIATE … COMMIT, inner
 * ones are savepoints, so a failed inner step undoes only itself. */
gboolean  tx_store_begin         (TxDatabase   *db,
                                  GError      **error);
gboolean  tx_store_commit        (TxDatabase   *db,
                                  GError      **error);
void      tx_store_rollback      (TxDatabase   *db);

G_END_DECLS
