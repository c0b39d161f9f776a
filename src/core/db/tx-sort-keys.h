/* tx-sort-keys.h — private: the stored sort keys kept in step with the
 * collation
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-database.h"

G_BEGIN_DECLS

/* Writes one record's keys (the save_derived of TxPerson and TxStaff). */
gboolean _tx_person_store_keys (TxDatabase  *db,
                                const char  *uuid,
                                const char  *name,
                                GError     **error);
gboolean _tx_staff_store_keys  (TxDatabase  *db,
                                const char  *uuid,
                                const char  *name,
                                GError     **error);

/* The keys a new record's row carries from its first INSERT, so that a
 * hundred thousand imported people are not each written twice: the
 * columns (", a, b" to append to the INSERT's list) and, from the record's
 * name, their values. NULL for a kind without stored keys. */
typedef struct
{
  const char *entity;
  const char *columns;
  guint       n_keys;
  void      (*compute) (const char *name,
                        char      **keys);   /* n_keys, each to g_free() */
} TxSortKeys;

const TxSortKeys *_tx_sort_keys_for_entity  (const char  *entity);
/* the values of _tx_person_store_keys() and _tx_staff_store_keys() */
void              _tx_sort_keys_person      (const char  *name,
                                             char       **keys);
void              _tx_sort_keys_staff       (const char  *name,
                                             char       **keys);

/* A hand-over between threads: @keys (n_keys strings, taken), computed on
 * another thread from @name, for the next record of @entity this thread
 * inserts. The insert takes them only when its name is @name, so an offer
 * never changes what is stored, only where it is computed. NULL @entity
 * drops what is offered. */
void              _tx_sort_keys_offer       (const char  *entity,
                                             const char  *name,
                                             char       **keys);
/* @keys from an offer of this thread for @entity and @name; FALSE if none */
gboolean          _tx_sort_keys_take        (const char  *entity,
                                             const char  *name,
                                             char       **keys);

/* Recomputes every stored name key when they were made by another
 * TX_COLLATE_KEY_VERSION (or none is recorded), in one transaction. */
gboolean _tx_sort_keys_refresh (TxDatabase  *db,
                                GError     **error);

/* The version the stored keys were made by; 0 when none is recorded. */
int      _tx_sort_keys_get_version (TxDatabase *db);

G_END_DECLS
