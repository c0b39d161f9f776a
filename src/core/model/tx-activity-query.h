/* tx-activity-query.h — what the activity, visit, staff and pairing pages
 * ask of the database: list queries and name lookups
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"
#include "tx-query.h"

G_BEGIN_DECLS

/* List queries; @search (NULL or blank: none) is only ever bound. */

/* activities, newest first; search in title, place and organiser */
TxQuery   *tx_activity_query_new        (const char  *search);
/* visits, newest first; search in the visited person's name (or pinyin) */
TxQuery   *tx_visit_query_new           (const char  *search);
/* staff in pinyin order; search in the name */
TxQuery   *tx_staff_query_new           (const char  *search,
                                         gboolean     active_only);
/* pairings by staff, then person; search in either name */
TxQuery   *tx_pairing_query_new         (const char  *search);

/* A staff member or person named by uuid, for lists and drop-downs. */
typedef struct
{
  char *uuid;
  char *name;
} TxNameRef;

void       tx_name_ref_free             (TxNameRef   *ref);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxNameRef, tx_name_ref_free)

/* The name of a person / staff member (trashed ones too: old records still
 * name them); NULL when there is no such uuid. */
char      *tx_lookup_person_name        (TxDatabase  *db,
                                         const char  *uuid);
char      *tx_lookup_staff_name         (TxDatabase  *db,
                                         const char  *uuid);
/* Names of several staff members joined with "、" in the given order. */
char      *tx_lookup_staff_names        (TxDatabase  *db,
                                         const char * const *uuids);

char      *tx_lookup_community_name     (TxDatabase  *db,
                                         const char  *uuid);

/* Untrashed communities by statistical code: a GPtrArray of TxNameRef. */
GPtrArray *tx_community_list_names      (TxDatabase  *db,
                                         GError     **error);

/* Untrashed staff (only the active ones when @active_only) in pinyin
 * order: a GPtrArray of TxNameRef. */
GPtrArray *tx_staff_list_names          (TxDatabase  *db,
                                         gboolean     active_only,
                                         GError     **error);

G_END_DECLS
