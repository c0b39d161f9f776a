/* tx-lookup.h — names by uuid and the choices a form offers
 *
 * The one home of "what is this uuid called" (a person, a staff member, a
 * community) and of the lists a drop-down or picker offers (staff,
 * communities, consultations). Lists of
 * records do not call these per row: their queries join the names.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"

G_BEGIN_DECLS

/* A record named by uuid, for lists and drop-downs. */
typedef struct
{
  char *uuid;
  /* what the user reads ("label": the name the meeting editors use) */
  union
  {
    char *name;
    char *label;
  };
} TxChoice;

void       tx_choice_free               (TxChoice    *choice);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxChoice, tx_choice_free)

/* The name of a person / staff member / community (trashed ones too: old
 * records still name them); NULL when there is no such uuid. */
char      *tx_lookup_person_name        (TxDatabase  *db,
                                         const char  *uuid);
char      *tx_lookup_staff_name         (TxDatabase  *db,
                                         const char  *uuid);
char      *tx_lookup_community_name     (TxDatabase  *db,
                                         const char  *uuid);
/* Names of several staff members joined with "、" in the given order. */
char      *tx_lookup_staff_names        (TxDatabase  *db,
                                         const char * const *uuids);

/* The choices are GPtrArrays of TxChoice; NULL with @error. */

/* Untrashed staff in pinyin order: only the active ones when
 * @active_only, and @keep_uuid (NULL: none) even when inactive, so that a
 * form keeps showing the one it has. */
GPtrArray *tx_lookup_list_staff         (TxDatabase  *db,
                                         gboolean     active_only,
                                         const char  *keep_uuid,
                                         GError     **error);
/* Untrashed communities by statistical code. */
GPtrArray *tx_lookup_list_communities   (TxDatabase  *db,
                                         GError     **error);
/* Consultations not in the trash, newest first, labelled "date title". */
GPtrArray *tx_lookup_list_consultations (TxDatabase  *db,
                                         GError     **error);
G_END_DECLS
