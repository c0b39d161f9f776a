/* tx-activity-query.h — what the activity, visit, staff and pairing pages
 * ask of the database: list queries and name lookups
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"
#include "tx-lookup.h"
#include "tx-query.h"

G_BEGIN_DECLS

/* List queries; @search (NULL or blank: none) is only ever bound. */

/* activities, newest first; search in title, place and organiser */
TxQuery   *tx_activity_query_new        (const char  *search);
/* only the activities that start between @from and @to (inclusive; see
 * TX_QUERY_DATE_IN_RANGE): what the overview counts in a month */
void       tx_activity_query_add_dates  (TxQuery     *query,
                                         const char  *from,
                                         const char  *to);
/* visits, newest first; search in the visited person's name (or pinyin) */
TxQuery   *tx_visit_query_new           (const char  *search);
/* staff in pinyin order; search in the name */
TxQuery   *tx_staff_query_new           (const char  *search,
                                         gboolean     active_only);
/* pairings by staff, then person; search in either name */
TxQuery   *tx_pairing_query_new         (const char  *search);

/* The names and choices the forms of these records show live in
 * tx-lookup.h; the names below are those the editors knew them by, kept
 * until the editors move onto TxRecordEditor. */
typedef TxChoice TxNameRef;
#define tx_name_ref_free                         tx_choice_free
#define tx_staff_list_names(db, active_only, e)  tx_lookup_list_staff ((db), (active_only), NULL, (e))
#define tx_community_list_names(db, e)           tx_lookup_list_communities ((db), (e))

G_END_DECLS
