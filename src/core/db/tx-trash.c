/* tx-trash.c — the trash: trashed records of every kind
 *
 * Each entity keeps its trashed rows in its own table (trashed IS NOT
 * NULL); the trash is the union of them. Restoring and purging go through
 * the store, so the change log sees them like any other change.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-community.h"
#include "core/model/tx-consultation.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/model/tx-staff.h"
#include "tx-store.h"
#include "core/model/tx-suggestion.h"
#include "tx-trash.h"
#include "core/model/tx-visit.h"

typedef struct
{
  const char *entity;
  const char *label;
  GType     (*get_type) (void);
} TxTrashKind;

static const TxTrashKind kinds[] = {
  { "person",       N_("Person"),       tx_person_get_type },
  { "community",    N_("Community"),    tx_community_get_type },
  { "staff",        N_("Staff Member"), tx_staff_get_type },
  { "activity",     N_("Activity"),     tx_activity_get_type },
  { "visit",        N_("Visit"),        tx_visit_get_type },
  { "consultation", N_("Consultation"), tx_consultation_get_type },
  { "suggestion",   N_("Suggestion"),   tx_suggestion_get_type },
  { "pairing",      N_("Pairing"),      tx_pairing_get_type },
};

/* Constant SQL: the table names come from the list above, never from input. */
#define TRASHED_IN(table) \
  "SELECT '" table "' AS entity, uuid, trashed FROM " table " WHERE trashed IS NOT NULL"

#define TRASHED_UNION \
  TRASHED_IN ("person") " UNION ALL " \
  TRASHED_IN ("community") " UNION ALL " \
  TRASHED_IN ("staff") " UNION ALL " \
  TRASHED_IN ("activity") " UNION ALL " \
  TRASHED_IN ("visit") " UNION ALL " \
  TRASHED_IN ("consultation") " UNION ALL " \
  TRASHED_IN ("suggestion") " UNION ALL " \
  TRASHED_IN ("pairing")

static const char list_sql[] = TRASHED_UNION " ORDER BY trashed DESC, entity, uuid";
static const char count_sql[] = "SELECT count(*) FROM (" TRASHED_UNION ")";

static const TxTrashKind *
find_kind (const char *entity)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].entity, entity) == 0)
      return &kinds[i];
  return NULL;
}

GType
tx_trash_type_for_entity (const char *entity)
{
  const TxTrashKind *kind = find_kind (entity);

  return kind != NULL ? kind->get_type () : G_TYPE_INVALID;
}

const char *
tx_trash_kind_label (const char *entity)
{
  const TxTrashKind *kind = find_kind (entity);

  return kind != NULL ? _(kind->label) : entity;
}

/* Rows first, records after: loading a record runs statements of its own
 * while the union would still be stepping. */
static GPtrArray *
list_trashed_rows (TxDatabase  *db,
                   GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_auto(TxStatement) stmt = tx_database_prepare (db, list_sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      g_ptr_array_add (rows, g_strdup (tx_column_text (stmt, 0)));
      g_ptr_array_add (rows, g_strdup (tx_column_text (stmt, 1)));
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&rows);
}

GListStore *
tx_trash_list (TxDatabase  *db,
               GError     **error)
{
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  rows = list_trashed_rows (db, error);
  if (rows == NULL)
    return NULL;
  store = g_list_store_new (TX_TYPE_RECORD);
  for (guint i = 0; i + 1 < rows->len; i += 2)
    {
      GType type = tx_trash_type_for_entity (g_ptr_array_index (rows, i));
      g_autoptr(TxRecord) record = NULL;

      if (type == G_TYPE_INVALID)
        continue;
      record = tx_store_load (db, type, g_ptr_array_index (rows, i + 1), error);
      if (record == NULL)
        return NULL;
      g_list_store_append (store, record);
    }
  return g_steal_pointer (&store);
}

gint64
tx_trash_count (TxDatabase  *db,
                GError     **error)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), -1);
  return tx_database_count (db, count_sql, error);
}

gboolean
tx_trash_restore (TxDatabase  *db,
                  TxRecord    *record,
                  GError     **error)
{
  return tx_store_restore (db, record, error);
}

gboolean
tx_trash_purge (TxDatabase  *db,
                TxRecord    *record,
                GError     **error)
{
  return tx_store_purge (db, record, error);
}

gboolean
tx_trash_empty (TxDatabase  *db,
                guint       *n_purged,
                GError     **error)
{
  g_autoptr(GListStore) store = NULL;
  guint n_items;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);

  if (!tx_store_begin (db, error))
    return FALSE;
  store = tx_trash_list (db, error);
  if (store == NULL)
    goto failed;
  n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TxRecord) record = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (!tx_store_purge (db, record, error))
        goto failed;
    }
  if (!tx_store_commit (db, error))
    goto failed;
  if (n_purged != NULL)
    *n_purged = n_items;
  return TRUE;

failed:
  tx_store_rollback (db);
  return FALSE;
}

/* ---- what a purge takes along ------------------------------------------- */

/* Rows that ON DELETE CASCADE removes with a record of @entity; constant
 * SQL, one parameter: the record's uuid. */
typedef struct
{
  const char *entity;
  const char *sql;
  const char *singular;   /* N_(): "%u visit" */
  const char *plural;
} TxPurgeEffect;

static const TxPurgeEffect purge_effects[] = {
  { "person", "SELECT count(*) FROM activity_participant WHERE person = ?",
    N_("%u activity participation"), N_("%u activity participations") },
  { "person", "SELECT count(*) FROM consultation_attendee WHERE person = ?",
    N_("%u meeting attendance"), N_("%u meeting attendances") },
  { "person", "SELECT count(*) FROM suggestion_proposer WHERE person = ?",
    N_("%u suggestion signature"), N_("%u suggestion signatures") },
  { "person", "SELECT count(*) FROM visit WHERE person = ?",
    N_("%u visit record"), N_("%u visit records") },
  { "person", "SELECT count(*) FROM pairing WHERE person = ?",
    N_("%u pairing record"), N_("%u pairing records") },
  { "staff", "SELECT count(*) FROM visit_staff WHERE staff = ?",
    N_("%u visit as visitor"), N_("%u visits as visitor") },
  { "staff", "SELECT count(*) FROM consultation_attendee WHERE staff = ?",
    N_("%u meeting attendance"), N_("%u meeting attendances") },
  { "staff", "SELECT count(*) FROM pairing WHERE staff = ?",
    N_("%u pairing record"), N_("%u pairing records") },
};

static gint64
count_for_uuid (TxDatabase  *db,
                const char  *sql,
                const char  *uuid,
                GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);

  if (stmt == NULL)
    return -1;
  tx_bind_text (stmt, 1, uuid);
  if (tx_database_step_row (db, stmt, error) != 1)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

char *
tx_trash_dup_purge_effects (TxDatabase  *db,
                            TxRecord    *record,
                            GError     **error)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *entity;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (TX_IS_RECORD (record), NULL);

  entity = tx_record_get_entity (record);
  for (guint i = 0; i < G_N_ELEMENTS (purge_effects); i++)
    {
      const TxPurgeEffect *effect = &purge_effects[i];
      gint64 n;

      if (g_strcmp0 (effect->entity, entity) != 0)
        continue;
      n = count_for_uuid (db, effect->sql, tx_record_get_uuid (record), error);
      if (n < 0)
        return NULL;
      if (n > 0)
        {
          /* the formats are the table's N_() strings, each with one %u */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
          g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, effect->singular,
                                                                effect->plural, (gulong) n),
                                                   (guint) n));
#pragma GCC diagnostic pop
        }
    }
  if (parts->len == 0)
    return g_strdup ("");
  g_ptr_array_add (parts, NULL);
  {
    /* Translators: the separator of a list, "、" in Chinese */
    g_autofree char *list = g_strjoinv (_(", "), (char **) parts->pdata);

    /* Translators: %s is a list such as "2 activity participations, 1 visit record" */
    return g_strdup_printf (_("Also deleted with it: %s."), list);
  }
}

gboolean
tx_trash_move_all (TxDatabase         *db,
                   GType               type,
                   const char * const *uuids,
                   gboolean            to_trash,
                   GError            **error)
{
  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (uuids != NULL, FALSE);

  if (!tx_store_begin (db, error))
    return FALSE;
  for (guint i = 0; uuids[i] != NULL; i++)
    {
      g_autoptr(TxRecord) record = tx_store_load (db, type, uuids[i], error);

      if (record == NULL
          || !(to_trash ? tx_store_trash (db, record, error) : tx_store_restore (db, record, error)))
        {
          tx_store_rollback (db);
          return FALSE;
        }
    }
  return tx_store_commit (db, error);
}
