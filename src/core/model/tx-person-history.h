/* tx-person-history.h — what a person took part in (档案记录)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

typedef struct
{
  char *entity;   /* the record entity: "activity", "visit", "consultation",
                     "suggestion" or "pairing" (tx_record_get_entity ()) */
  char *uuid;     /* of that record */
  char *date;     /* ISO "YYYY-MM-DD" (or partial), may be NULL */
  char *title;    /* the record's title/subject */
  char *detail;   /* state or role, untranslated code/text, may be NULL */
} TxPersonHistoryItem;

void       tx_person_history_item_free (TxPersonHistoryItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxPersonHistoryItem, tx_person_history_item_free)

/* Everything the person @person_uuid appears in, newest first (undated
 * last): activities attended, visits received, consultation meetings
 * attended, suggestions proposed, pairings.  Trashed records are left out.
 * A GPtrArray of TxPersonHistoryItem* that frees its items. */
GPtrArray *tx_person_history           (TxDatabase  *db,
                                        const char  *person_uuid,
                                        GError     **error);

G_END_DECLS
