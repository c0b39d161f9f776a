/* tx-query.h — a filter and order for a lazy record list
 *
 * Conditions are SQL fragments written in Tongxin's code, with '?' where a
 * value goes; values (anything a user typed) are only ever bound.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"

G_BEGIN_DECLS

typedef enum
{
  TX_TRASH_EXCLUDE,
  TX_TRASH_ONLY,
  TX_TRASH_INCLUDE,
} TxTrashFilter;

#define TX_TYPE_QUERY (tx_query_get_type ())
typedef struct _TxQuery TxQuery;

GType       tx_query_get_type       (void) G_GNUC_CONST;
TxQuery    *tx_query_new            (GType          record_type);
TxQuery    *tx_query_ref            (TxQuery       *self);
void        tx_query_unref          (TxQuery       *self);
GType       tx_query_get_record_type (TxQuery      *self);
void        tx_query_add_condition  (TxQuery       *self,
                                     const char    *sql);
void        tx_query_bind_text      (TxQuery       *self,
                                     const char    *value);
/* a JSON array of @values (NULL-terminated), for "… IN (SELECT value FROM
 * json_each(?))" */
void        tx_query_bind_text_array (TxQuery      *self,
                                     const char * const *values);
void        tx_query_bind_int       (TxQuery       *self,
                                     gint64         value);
void        tx_query_set_order      (TxQuery       *self,
                                     const char    *sql);
void        tx_query_set_trash      (TxQuery       *self,
                                     TxTrashFilter  trash);
char       *tx_query_to_sql         (TxQuery       *self,
                                     const char    *columns);
void        tx_query_bind           (TxQuery       *self,
                                     sqlite3_stmt  *stmt);
gboolean    tx_query_equal          (TxQuery       *a,
                                     TxQuery       *b);
gint64      tx_query_count          (TxQuery       *self,
                                     TxDatabase    *db,
                                     GError       **error);

/* A date range on @column (a column of Tongxin's code), both ends
 * inclusive, compared as text: the date at or after @from, and the date cut
 * to @to's length at or before @to.  The ends are ISO dates or their
 * prefixes; with ends given to the month ("2026-03" … "2026-03") the range
 * holds exactly what the year figures count in March: the full dates of
 * March and the dates given as "2026-03", not those given to the year
 * only; "2026" … "2026" holds what they count in the year.  Add the
 * condition with tx_query_add_condition(), then bind with
 * tx_query_bind_date_range(). */
#define TX_QUERY_DATE_IN_RANGE(column) \
  column " >= ? AND substr(" column ", 1, length(?)) <= ?"
void        tx_query_bind_date_range (TxQuery      *self,
                                      const char   *from,
                                      const char   *to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxQuery, tx_query_unref)

G_END_DECLS
