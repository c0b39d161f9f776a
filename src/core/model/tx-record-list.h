/* tx-record-list.h — a lazy GListModel of records
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/db/tx-database.h"
#include "tx-query.h"
#include "tx-record.h"

G_BEGIN_DECLS

#define TX_TYPE_RECORD_LIST (tx_record_list_get_type ())
G_DECLARE_FINAL_TYPE (TxRecordList, tx_record_list, TX, RECORD_LIST, GObject)

TxRecordList *tx_record_list_new        (TxDatabase    *db,
                                         TxQuery       *query,
                                         GError       **error);
TxQuery      *tx_record_list_get_query  (TxRecordList  *self);
/* The same query (tx_query_equal()): only the rows added, removed or
 * stored differently are told of, each removal and insertion a change of
 * its own; an unchanged row keeps its object.  Another query: its rows
 * inserted ahead of the old ones, "new-rows-ahead" emitted, then the old
 * rows removed. */
gboolean      tx_record_list_set_query  (TxRecordList  *self,
                                         TxQuery       *query,
                                         GError       **error);
gboolean      tx_record_list_reload     (TxRecordList  *self,
                                         GError       **error);
gint64        tx_record_list_get_row_id (TxRecordList  *self,
                                         guint          position);
guint         tx_record_list_find_uuid  (TxRecordList  *self,
                                         const char    *uuid);

/* Not under a GtkMapListModel: GTK's map model puts rows inserted before a
 * mapped row after it, and a reload inserts rows anywhere. */

/* The same, with the ids read in the database's reading thread
 * (tx_database_read_async()); the list is made, or changed, on the main
 * thread when the result is finished, and its rows are built there from
 * @db when a view asks for them. A cancelled read finishes with
 * G_IO_ERROR_CANCELLED and changes nothing: cancel the previous read
 * before starting a newer one and its stale result is dropped. */
void          tx_record_list_new_async        (TxDatabase          *db,
                                               TxQuery             *query,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
TxRecordList *tx_record_list_new_finish       (GAsyncResult        *result,
                                               GError             **error);
void          tx_record_list_set_query_async  (TxRecordList        *self,
                                               TxQuery             *query,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean      tx_record_list_set_query_finish (TxRecordList        *self,
                                               GAsyncResult        *result,
                                               GError             **error);

G_END_DECLS
