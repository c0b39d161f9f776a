/* tx-sort-keys.c — the stored sort keys kept in step with the collation
 *
 * Names are sorted by keys stored with each record (person.sort_pinyin,
 * sort_strokes, name_pinyin, name_initials; staff.sort_pinyin), so that the
 * archive page, the command-line tool and the printed roster read one order
 * from SQLite's indexes.  When the collation changes (TX_COLLATE_KEY_VERSION
 * in tx-collate.h), a database made by an older version has stale keys: the
 * first open by this version recomputes them all, in one transaction, and
 * records the version in local_state (a table that never travels with
 * exchanged data).  This needs no migration per collation change.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "core/text/tx-collate.h"
#include "tx-sort-keys.h"

#define VERSION_KEY "sort-keys.version"

/* Search forms of a name, each after a space, so that a typed prefix is
 * found with instr (column, ' ' || text): the surname reading and, where it
 * differs, the everyday one (曾国藩 → " zengguofan cengguofan"). */
static char *
search_forms (char *surname_form,
              char *everyday_form)
{
  g_autofree char *a = surname_form;
  g_autofree char *b = everyday_form;

  if (g_strcmp0 (a, b) == 0)
    return g_strconcat (" ", a, NULL);
  return g_strconcat (" ", a, " ", b, NULL);
}

/* name_pinyin, name_initials, sort_pinyin, sort_strokes */
void
_tx_sort_keys_person (const char  *name,
                      char       **keys)
{
  keys[0] = search_forms (tx_collate_name_pinyin (name), tx_collate_pinyin (name));
  keys[1] = search_forms (tx_collate_name_initials (name), tx_collate_initials (name));
  keys[2] = tx_collate_pinyin_key (name);
  keys[3] = tx_collate_stroke_key (name);
}

/* sort_pinyin */
void
_tx_sort_keys_staff (const char  *name,
                     char       **keys)
{
  keys[0] = tx_collate_pinyin_key (name);
}

static const TxSortKeys sort_keys[] = {
  { "person", ", name_pinyin, name_initials, sort_pinyin, sort_strokes", 4, _tx_sort_keys_person },
  { "staff",  ", sort_pinyin",                                           1, _tx_sort_keys_staff },
};

typedef struct
{
  const TxSortKeys *table;
  char             *name;
  char             *keys[4];
} Offer;

static void
offer_clear (Offer *offer)
{
  if (offer->table != NULL)
    for (guint i = 0; i < offer->table->n_keys; i++)
      g_clear_pointer (&offer->keys[i], g_free);
  g_clear_pointer (&offer->name, g_free);
  offer->table = NULL;
}

static void
offer_free (gpointer data)
{
  offer_clear (data);
  g_free (data);
}

static GPrivate offered = G_PRIVATE_INIT (offer_free);

void
_tx_sort_keys_offer (const char  *entity,
                     const char  *name,
                     char       **keys)
{
  Offer *offer = g_private_get (&offered);
  const TxSortKeys *table = entity ? _tx_sort_keys_for_entity (entity) : NULL;

  if (offer == NULL)
    {
      offer = g_new0 (Offer, 1);
      g_private_set (&offered, offer);
    }
  offer_clear (offer);
  if (table == NULL)
    return;
  g_assert (table->n_keys <= G_N_ELEMENTS (offer->keys));
  offer->table = table;
  offer->name = g_strdup (name);
  memcpy (offer->keys, keys, table->n_keys * sizeof (char *));
}

gboolean
_tx_sort_keys_take (const char  *entity,
                    const char  *name,
                    char       **keys)
{
  Offer *offer = g_private_get (&offered);

  if (offer == NULL || offer->table == NULL || name == NULL ||
      g_strcmp0 (offer->table->entity, entity) != 0 || g_strcmp0 (offer->name, name) != 0)
    return FALSE;
  memcpy (keys, offer->keys, offer->table->n_keys * sizeof (char *));
  memset (offer->keys, 0, sizeof offer->keys);
  offer_clear (offer);
  return TRUE;
}

const TxSortKeys *
_tx_sort_keys_for_entity (const char *entity)
{
  for (guint i = 0; i < G_N_ELEMENTS (sort_keys); i++)
    if (g_strcmp0 (sort_keys[i].entity, entity) == 0)
      return &sort_keys[i];
  return NULL;
}

int
_tx_sort_keys_get_version (TxDatabase *db)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, "SELECT value FROM local_state WHERE key = ?", NULL);

  if (stmt == NULL)
    return 0;
  tx_bind_text (stmt, 1, VERSION_KEY);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int (stmt, 0);
}

typedef gboolean (*StoreKeys) (TxDatabase *db, const char *uuid, const char *name, GError **error);

/* Trashed records too: they come back from the trash in order. */
static gboolean
refresh_table (TxDatabase  *db,
               const char  *sql,
               StoreKeys    store,
               GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    if (!store (db, tx_column_text (stmt, 0), tx_column_text (stmt, 1), error))
      return FALSE;
  return rc == 0;
}

static gboolean
store_version (TxDatabase  *db,
               GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db,
                                                  "INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
                                                  error);
  g_autofree char *value = g_strdup_printf ("%d", TX_COLLATE_KEY_VERSION);

  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, VERSION_KEY);
  tx_bind_text (stmt, 2, value);
  return tx_database_step_done (db, stmt, error);
}

gboolean
_tx_sort_keys_refresh (TxDatabase  *db,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (_tx_sort_keys_get_version (db) == TX_COLLATE_KEY_VERSION)
    return TRUE;
  if (!tx_database_begin (db, error))
    return FALSE;
  /* another copy of the program may have done it while we waited */
  if (_tx_sort_keys_get_version (db) == TX_COLLATE_KEY_VERSION)
    return tx_database_commit (db, error);

  if (!refresh_table (db, "SELECT uuid, name FROM person", _tx_person_store_keys, &local_error) ||
      !refresh_table (db, "SELECT uuid, name FROM staff", _tx_staff_store_keys, &local_error) ||
      !store_version (db, &local_error) ||
      !tx_database_commit (db, &local_error))
    {
      tx_database_rollback (db);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
