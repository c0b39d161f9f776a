/* tx-record-list.h — a lazy GListModel of records
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tx-database.h"
#include "tx-query.h"

G_BEGIN_DECLS

#define TX_TYPE_RECORD_LIST (tx_record_list_get_type ())
G_DECLARE_FINAL_TYPE (TxRecordList, tx_record_list, TX, RECORD_LIST, GObject)

TxRecordList *tx_record_list_new        (TxDatabase    *db,
                                         TxQuery       *query,
                                         GError       **error);
TxQuery      *tx_record_list_get_query  (TxRecordList  *self);
gboolean      tx_record_list_set_query  (TxRecordList  *self,
                                         TxQuery       *query,
                                         GError       **error);
gboolean      tx_record_list_reload     (TxRecordList  *self,
                                         GError       **error);
gint64        tx_record_list_get_row_id (TxRecordList  *self,
                                         guint          position);

G_END_DECLS
