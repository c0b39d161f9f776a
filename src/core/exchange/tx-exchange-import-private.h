/* tx-exchange-import-private.h — the importer's state, shared by the
 * reading (tx-exchange-import.c) and the deciding (tx-exchange-apply.c)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-exchange-import.h"
#include "tx-exchange-private.h"

G_BEGIN_DECLS

typedef struct
{
  TxDatabase             *db;
  const TxImportOptions  *options;
  TxImportReport         *report;
  GHashTable             *seen;       /* uuids of the file */
  GHashTable             *remap;      /* file uuid → ours (communities by code, people kept) */
  char                   *future;     /* a modified time after this is from the future */

  /* started on an empty database: what is stored is what this import
   * stored, so the questions below are answered without SQLite */
  gboolean                fresh;
  GHashTable             *stored;     /* uuid → GINT_TO_POINTER (kind + 1) */
  GHashTable             *numbers;    /* ID number → uuid of the first live person */
  GHashTable             *codes;      /* area code → uuid of the community */
  GPtrArray              *indexes;    /* suspended meanwhile: the SQL that makes them */

  /* the record being read */
  TxKind                  kind;
  TxRecord               *record;
  int                     line;
  guint64                 withheld;   /* bit per field */
} TxImport;

/* Sets @import->fresh when the database holds no record and no tombstone. */
gboolean _tx_import_check_fresh    (TxImport     *import,
                                    GError      **error);
/* from here on SQLite answers again: the indexes are made again */
gboolean _tx_import_end_fresh      (TxImport     *import,
                                    GError      **error);
/* the transaction is rolled back: forgets without making indexes */
void     _tx_import_clear_fresh    (TxImport     *import);

/* the record in @import is complete: decide and write (within the
 * import's transaction). FALSE with @error: the file is refused. */
gboolean _tx_import_take_record    (TxImport     *import,
                                    GError      **error);
gboolean _tx_import_take_tombstone (TxImport     *import,
                                    const char   *kind,
                                    const char   *uuid,
                                    const char   *time,
                                    const char   *merged_into,
                                    int           line,
                                    GError      **error);

G_END_DECLS
