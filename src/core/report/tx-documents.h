/* tx-documents.h — the printed documents, built from the database
 *
 * Each builder reads what it needs in one read of the database (call it
 * from the database's reading thread for big rosters) and returns the
 * document, ready to be laid out by TxReportPages. The page header names
 * the office (office settings).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"
#include "core/model/tx-person-filter.h"

#include "tx-report.h"

G_BEGIN_DECLS

/* The roster's columns, in the order the user picks; 序号 always comes first. */
typedef enum
{
  TX_ROSTER_NAME,
  TX_ROSTER_GENDER,
  TX_ROSTER_ETHNICITY,
  TX_ROSTER_BIRTH,
  TX_ROSTER_POLITICAL,
  TX_ROSTER_EDUCATION,
  TX_ROSTER_UNIT,          /* 工作单位及职务 */
  TX_ROSTER_CATEGORY,
  TX_ROSTER_COMMUNITY,
  TX_ROSTER_PHONE,
  TX_ROSTER_ID,            /* masked unless full_id */
  TX_ROSTER_ADDRESS,
  TX_ROSTER_N_COLUMNS
} TxRosterColumn;

typedef struct
{
  const TxPersonFilter *filter;    /* NULL: every 在册 person */
  const char * const   *uuids;     /* a selection instead of the filter, or NULL */
  TxPersonSort          sort;      /* STROKES (default), PINYIN or COMMUNITY */
  const TxRosterColumn *columns;   /* NULL: tx_roster_default_columns() */
  guint                 n_columns;
  gboolean              full_id;   /* the footer then says so */
  const char           *description; /* what was chosen, in words, under the
                                      * title (NULL: the filter's) */
  TxReportProgress      progress;  /* people read so far, or NULL */
  gpointer              progress_data;
} TxRosterOptions;

void            tx_roster_options_init         (TxRosterOptions       *options);
const TxRosterColumn *tx_roster_default_columns (guint                *n_columns);
/* "name", "gender" … as the command line writes them; -1 when unknown */
int             tx_roster_column_from_key      (const char            *key);
const char     *tx_roster_column_key           (TxRosterColumn         column);
/* the column's heading, translated */
const char     *tx_roster_column_label         (TxRosterColumn         column);
/* "统战类别：民主党派成员；社区：丹桂社区", or NULL for no condition */
char           *tx_roster_describe_filter      (TxDatabase            *db,
                                                const TxPersonFilter  *filter);

/* The uuids of the people of any of @filters (NULL-terminated). */
char          **tx_roster_collect_uuids        (TxDatabase            *db,
                                                const TxPersonFilter  *filters,
                                                guint                  n_filters,
                                                GError               **error);

TxReport       *tx_roster_build                (TxDatabase            *db,
                                                const TxRosterOptions *options,
                                                GCancellable          *cancellable,
                                                GError               **error);

/* For an activity (@activity_uuid) or a consultation (@consultation_uuid):
 * one row per invited person, then @blank_rows for those who come
 * unannounced. */
TxReport       *tx_signin_sheet_build          (TxDatabase            *db,
                                                const char            *activity_uuid,
                                                const char            *consultation_uuid,
                                                guint                  blank_rows,
                                                GError               **error);

TxReport       *tx_minutes_build               (TxDatabase            *db,
                                                const char            *consultation_uuid,
                                                GError               **error);

TxReport       *tx_registration_sheet_build    (TxDatabase            *db,
                                                const char            *person_uuid,
                                                GError               **error);

/* 年度工作统计: tx_year_figures_compute()'s figures for @year; @today
 * (NULL: today) judges overdue suggestions. */
TxReport       *tx_summary_build               (TxDatabase            *db,
                                                int                    year,
                                                const char            *today,
                                                GError               **error);

G_END_DECLS
