/* tx-exchange-export.h — writing an exchange file
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-exchange.h"

G_BEGIN_DECLS

typedef struct
{
  TxPrivacy    privacy;       /* TX_PRIVACY_MASKED unless the user asks */
  gboolean     photos;        /* photos travel only when asked for */
  /* a subset: people of these communities (12-digit area codes) and
   * categories, activities and meetings of these dates; NULL for all */
  char       **communities;
  char       **categories;
  const char  *from;          /* "YYYY-MM-DD", inclusive */
  const char  *to;
  const char  *as_of;         /* 截止日期; NULL for today */
} TxExportOptions;

/* @done of @total records written */
typedef void (*TxExchangeProgress) (guint64   done,
                                    guint64   total,
                                    gpointer  user_data);

/* How many records of each kind the export would write (for the export
 * dialog): @counts has TX_N_KINDS entries. */
gboolean tx_exchange_export_count (TxDatabase             *db,
                                   const TxExportOptions  *options,
                                   guint64                *counts,
                                   GError                **error);

/* Writes @file (gzip-compressed when its name ends in .gz) through
 * g_file_replace(), mode 0600, after the whole document was checked
 * against the schema: a failed or cancelled export leaves no file and
 * an existing one as it was. Refused when the office has no name. */
gboolean tx_exchange_export       (TxDatabase             *db,
                                   GFile                  *file,
                                   const TxExportOptions  *options,
                                   TxExchangeProgress      progress,
                                   gpointer                user_data,
                                   GCancellable           *cancellable,
                                   GError                **error);

G_END_DECLS
