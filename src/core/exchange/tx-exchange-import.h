/* tx-exchange-import.h — reading an exchange file: trial run and apply
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-exchange.h"
#include "tx-exchange-export.h"

G_BEGIN_DECLS

/* What to do with a person from the file who is not ours but has the ID
 * number of one of ours. */
typedef enum
{
  TX_CONFLICT_UNDECIDED,     /* report it; nothing can be applied */
  TX_CONFLICT_KEEP_MINE,     /* ours stays as it is; the file's refers to ours */
  TX_CONFLICT_TAKE_THEIRS,   /* theirs is taken and ours merged into it (tombstone) */
  TX_CONFLICT_KEEP_BOTH,     /* both, as two people */
} TxConflictChoice;

gboolean tx_conflict_choice_from_string (const char        *text,
                                         TxConflictChoice  *choice);

/* Called once, before an import that will write starts its transaction:
 * where the backup of the data-safety work (issue 13) goes. Returning
 * FALSE stops the import with nothing written. */
typedef gboolean (*TxImportBackupFunc) (TxDatabase  *db,
                                        gpointer     user_data,
                                        GError     **error);

typedef struct
{
  gboolean            dry_run;       /* the trial run: everything but the commit */
  TxConflictChoice    on_conflict;
  guint64             max_bytes;     /* decompressed; 0: 2 GiB */
  guint64             max_records;   /* 0: 2,000,000 */
  gsize               max_field;     /* bytes of one text value; 0: 64 KiB (1 MiB for minutes and the like) */
  TxImportBackupFunc  backup;
  gpointer            backup_data;
} TxImportOptions;

typedef enum
{
  TX_OUTCOME_ADDED,
  TX_OUTCOME_UPDATED,
  TX_OUTCOME_UNCHANGED,
  TX_OUTCOME_OLDER,       /* ours is newer, or the same age: left alone */
  TX_OUTCOME_CONFLICT,    /* same ID number, another person */
  TX_OUTCOME_REJECTED,    /* fails the editors' checks, dangles, comes from the future */
  TX_OUTCOME_TRASHED,     /* moved to the trash or merged away by a tombstone */
  TX_N_OUTCOMES
} TxImportOutcome;

typedef struct
{
  TxKind    kind;
  int       line;
  char     *uuid;          /* the record in the file */
  char     *local_uuid;    /* for a conflict: ours */
  char     *message;       /* translated, names the record */
  gboolean  conflict;
  gboolean  decided;       /* a conflict the options settled */
} TxImportProblem;

typedef struct _TxImportReport TxImportReport;

struct _TxImportReport
{
  guint64     counts[TX_N_KINDS][TX_N_OUTCOMES];
  GPtrArray  *problems;        /* TxImportProblem, in file order */
  GHashTable *legacy;          /* older category name → GUINT_TO_POINTER (count) */
  char       *office_name;
  char       *office_code;
  char       *office_level;
  char       *as_of;
  char       *created;
  char       *privacy;
  gboolean    photos;
  gboolean    applied;         /* committed */
};

void      tx_import_report_free          (TxImportReport  *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxImportReport, tx_import_report_free)
guint64   tx_import_report_count         (TxImportReport  *report,
                                          TxImportOutcome  outcome);
/* conflicts that were given no decision */
guint64   tx_import_report_undecided     (TxImportReport  *report);
/* nothing rejected and every conflict decided */
gboolean  tx_import_report_can_apply     (TxImportReport  *report);

/* Reads @file in one streaming pass inside one transaction and commits it
 * only when not a dry run and tx_import_report_can_apply(). NULL with
 * @error set when the file is refused (the database is left as it was);
 * otherwise the report, applied or not. */
TxImportReport *tx_exchange_import (TxDatabase              *db,
                                    GFile                   *file,
                                    const TxImportOptions   *options,
                                    TxExchangeProgress       progress,
                                    gpointer                 user_data,
                                    GCancellable            *cancellable,
                                    GError                 **error);

G_END_DECLS
