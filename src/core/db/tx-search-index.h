/* tx-search-index.h — what makes the archive's search answer at once
 *
 * Two indexes over the columns a person is searched by (name, former name,
 * pinyin, initials, ID number, phones, work unit):
 *
 *  - person_fts, an FTS5 trigram table, for 3 characters and more. Triggers
 *    note each changed person in person_search_stale (FTS5 may not be used
 *    from triggers while trusted_schema is off); tx_database_commit() brings
 *    the index up to date before each commit, and a search also takes the
 *    stale rows as candidates, so it is never out of date.
 *  - an in-memory array of every person's search keys, per connection, for
 *    1 and 2 characters, which no trigram can answer: the SQL function
 *    tx_person_candidates(TEXT, SCOPE) returns the ids whose keys contain
 *    TEXT as a JSON array. It is rebuilt when the data changed, and built
 *    only on a connection that answers a short search (in the program,
 *    the reading thread's): about 10 MiB for 100,000 people.
 *
 * Both give candidates only; tx-person-search.c checks them exactly.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-database.h"

G_BEGIN_DECLS

typedef enum
{
  TX_SEARCH_SCOPE_NAMES = 0,   /* name, former name, pinyin, initials */
  TX_SEARCH_SCOPE_ALL   = 1,   /* and ID number, phones, work unit */
} TxSearchScope;

/* The searched columns of person, in the order of person_fts */
#define TX_SEARCH_INDEX_COLUMNS \
  "name, former_name, name_pinyin, name_initials, document_number, phone, phone_other, work_unit"

/* For the migration (tx-migrations.c) and tx_search_index_end_bulk() */
#define TX_SEARCH_INDEX_FILL_SQL \
  "INSERT INTO person_fts (rowid, " TX_SEARCH_INDEX_COLUMNS ")" \
  " SELECT id, " TX_SEARCH_INDEX_COLUMNS " FROM person;\n"
#define TX_SEARCH_INDEX_STALE_SQL(row) \
  " BEGIN INSERT OR IGNORE INTO person_search_stale (id) VALUES (" row ".id); END;\n"
#define TX_SEARCH_INDEX_TRIGGERS_SQL \
  "CREATE TRIGGER person_search_insert AFTER INSERT ON person" TX_SEARCH_INDEX_STALE_SQL ("new") \
  "CREATE TRIGGER person_search_update AFTER UPDATE OF " TX_SEARCH_INDEX_COLUMNS " ON person" \
  TX_SEARCH_INDEX_STALE_SQL ("new") \
  "CREATE TRIGGER person_search_delete AFTER DELETE ON person" TX_SEARCH_INDEX_STALE_SQL ("old")

/* For an importer writing many people in one transaction: drops the
 * triggers (end_bulk makes them again and rebuilds the index from the
 * people table, which is faster than keeping it row by row). Call both in
 * the same transaction; a rollback undoes begin_bulk too. */
gboolean  tx_search_index_begin_bulk (TxDatabase  *db,
                                      GError     **error);
gboolean  tx_search_index_end_bulk   (TxDatabase  *db,
                                      GError     **error);

/* Internal: tx-database.c */
gboolean  _tx_search_index_flush     (TxDatabase  *db,
                                      GError     **error);
void      _tx_search_index_register  (sqlite3     *handle);

G_END_DECLS
