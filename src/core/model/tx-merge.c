/* tx-merge.c — two records of the same person made one, and undone
 *
 * A merge moves what refers to the merged person over to the kept one
 * with constant SQL. For an undo, the records it is about to change are
 * loaded first, whole (the merged person, the kept one when values are
 * taken over, every activity, visit, consultation, suggestion and pairing
 * that names the merged person): the undo saves them back as they were,
 * timestamps and all, so the database is what it was before the merge.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/db/tx-store.h"
#include "tx-activity.h"
#include "tx-consultation.h"
#include "tx-merge.h"
#include "tx-pairing.h"
#include "tx-person.h"
#include "tx-suggestion.h"
#include "tx-tombstone.h"
#include "tx-visit.h"

struct _TxMergeUndo
{
  char        *kept;
  char        *merged;
  char        *time;              /* of the merge: the moved records' modified */
  TxRecord    *merged_before;
  gint64       merged_row_id;
  TxRecord    *kept_before;       /* NULL when no value was taken over */
  char        *kept_after;        /* its modified time after the merge */
  TxTombstone *tombstone_before;  /* the merged person's, or NULL */
  GPtrArray   *referrers;         /* TxRecord, as they were */
};

/* ?1 kept, ?2 merged, ?3 now: first the owners of moved rows are touched,
 * then the rows move. Constant SQL. */
static const char * const move_sql[] = {
  "UPDATE activity SET modified = ?3 WHERE uuid IN (SELECT owner FROM activity_participant WHERE person = ?2) AND ?1 IS NOT NULL",
  "UPDATE activity_participant SET person = ?1 WHERE person = ?2 AND ?3 IS NOT NULL",
  "UPDATE visit SET person = ?1, modified = ?3 WHERE person = ?2",
  "UPDATE consultation SET modified = ?3 WHERE uuid IN (SELECT owner FROM consultation_attendee WHERE person = ?2) AND ?1 IS NOT NULL",
  "UPDATE consultation_attendee SET person = ?1 WHERE person = ?2 AND ?3 IS NOT NULL",
  "UPDATE suggestion SET modified = ?3 WHERE uuid IN (SELECT owner FROM suggestion_proposer WHERE person = ?2) AND ?1 IS NOT NULL",
  "UPDATE suggestion_proposer SET person = ?1 WHERE person = ?2 AND ?3 IS NOT NULL",
  "UPDATE pairing SET person = ?1, modified = ?3 WHERE person = ?2",
  "DELETE FROM person WHERE uuid = ?2 AND ?1 IS NOT NULL AND ?3 IS NOT NULL",
};

/* The records the moves above change, by kind: constant SQL. */
typedef struct
{
  const char *sql;
  GType     (*get_type) (void);
} Referrers;

static const Referrers referrers[] = {
  { "SELECT DISTINCT owner FROM activity_participant WHERE person = ?", tx_activity_get_type },
  { "SELECT uuid FROM visit WHERE person = ?", tx_visit_get_type },
  { "SELECT DISTINCT owner FROM consultation_attendee WHERE person = ?", tx_consultation_get_type },
  { "SELECT DISTINCT owner FROM suggestion_proposer WHERE person = ?", tx_suggestion_get_type },
  { "SELECT uuid FROM pairing WHERE person = ?", tx_pairing_get_type },
};

void
tx_merge_undo_free (TxMergeUndo *undo)
{
  if (undo == NULL)
    return;
  g_free (undo->kept);
  g_free (undo->merged);
  g_free (undo->time);
  g_clear_object (&undo->merged_before);
  g_clear_object (&undo->kept_before);
  g_free (undo->kept_after);
  tx_tombstone_free (undo->tombstone_before);
  g_clear_pointer (&undo->referrers, g_ptr_array_unref);
  g_free (undo);
}

const char *
tx_merge_undo_get_kept (TxMergeUndo *undo)
{
  g_return_val_if_fail (undo != NULL, NULL);
  return undo->kept;
}

const char *
tx_merge_undo_get_merged (TxMergeUndo *undo)
{
  g_return_val_if_fail (undo != NULL, NULL);
  return undo->merged;
}

static gboolean
run_move (TxDatabase  *db,
          const char  *sql,
          const char  *kept,
          const char  *merged,
          const char  *now,
          GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, kept);
  tx_bind_text (stmt, 2, merged);
  tx_bind_text (stmt, 3, now);
  return tx_database_step_done (db, stmt, error);
}

static gboolean
person_exists (TxDatabase  *db,
               const char  *uuid,
               GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, "SELECT count(*) FROM person WHERE uuid = ?", error);

  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, uuid);
  return tx_database_step_row (db, stmt, error) == 1 && sqlite3_column_int (stmt, 0) > 0;
}

/* uuids first, records after: loading must not run while the select
 * still steps */
static GStrv
list_uuids (TxDatabase  *db,
            const char  *sql,
            const char  *person,
            GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  tx_bind_text (stmt, 1, person);
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    g_strv_builder_add (builder, tx_column_text (stmt, 0));
  if (rc < 0)
    return NULL;
  return g_strv_builder_end (builder);
}

static gboolean
load_referrers (TxDatabase   *db,
                TxMergeUndo  *undo,
                GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (referrers); i++)
    {
      g_auto(GStrv) uuids = list_uuids (db, referrers[i].sql, undo->merged, error);

      if (uuids == NULL)
        return FALSE;
      for (guint u = 0; uuids[u] != NULL; u++)
        {
          TxRecord *record = tx_store_load (db, referrers[i].get_type (), uuids[u], error);

          if (record == NULL)
            return FALSE;
          g_ptr_array_add (undo->referrers, record);
        }
    }
  return TRUE;
}

/* Loads @name as it is, for the undo. */
static TxRecord *
load_person (TxDatabase  *db,
             const char  *uuid,
             const char  *missing,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  TxRecord *person = tx_store_load (db, TX_TYPE_PERSON, uuid, &local_error);

  if (person == NULL && g_error_matches (local_error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND))
    g_set_error_literal (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND, missing);
  else if (person == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return person;
}

static TxMergeUndo *
undo_new (TxDatabase  *db,
          const char  *kept,
          const char  *merged,
          GError     **error)
{
  g_autoptr(TxMergeUndo) undo = g_new0 (TxMergeUndo, 1);
  g_autoptr(GError) local_error = NULL;

  undo->kept = g_strdup (kept);
  undo->merged = g_strdup (merged);
  undo->referrers = g_ptr_array_new_with_free_func (g_object_unref);
  undo->merged_before = load_person (db, merged, _("The person to merge was not found; it may have been deleted."), error);
  if (undo->merged_before == NULL)
    return NULL;
  undo->merged_row_id = tx_record_get_row_id (undo->merged_before);
  undo->tombstone_before = tx_tombstone_find (db, merged, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (!load_referrers (db, undo, error))
    return NULL;
  return g_steal_pointer (&undo);
}

/* @take_fields of @merged into @kept (fields, or child tables such as
 * "categories" whose rows replace the kept one's), checked as the editor
 * checks */
static gboolean
take_values (TxDatabase          *db,
             const char          *kept,
             const char          *merged,
             const char * const  *take_fields,
             TxMergeUndo         *undo,
             GError             **error)
{
  g_autoptr(TxRecord) to = load_person (db, kept, _("The person to keep was not found; it may have been deleted."), error);
  g_autoptr(TxRecord) from = NULL;
  TxRecordClass *klass;

  if (to == NULL)
    return FALSE;
  from = load_person (db, merged, _("The person to merge was not found; it may have been deleted."), error);
  if (from == NULL)
    return FALSE;
  if (undo != NULL)
    undo->kept_before = tx_store_load (db, TX_TYPE_PERSON, kept, NULL);
  klass = TX_RECORD_GET_CLASS (to);
  for (guint i = 0; take_fields[i] != NULL; i++)
    {
      const TxField *field = tx_record_class_find_field (klass, take_fields[i]);
      int children = tx_record_class_find_children (klass, take_fields[i]);
      g_auto(GValue) value = G_VALUE_INIT;

      if (field == NULL && children >= 0)
        {
          tx_record_copy_children (to, from, children);
          continue;
        }
      if (field == NULL)
        {
          g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID,
                       _("A person has no field “%s”."), take_fields[i]);
          return FALSE;
        }
      tx_record_get_field_value (from, field - klass->fields, &value);
      tx_record_set_field_value (to, field - klass->fields, &value);
    }
  if (!tx_person_check (TX_PERSON (to), db, error) || !tx_store_save (db, to, TX_SAVE_DEFAULT, error))
    return FALSE;
  if (undo != NULL)
    undo->kept_after = g_strdup (tx_record_get_modified (to));
  return TRUE;
}

static gboolean
move_over (TxDatabase  *db,
           const char  *kept,
           const char  *merged,
           const char  *now,
           GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (move_sql); i++)
    if (!run_move (db, move_sql[i], kept, merged, now, error))
      return FALSE;
  if (sqlite3_changes (tx_database_get_handle (db)) == 0)
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND,
                   _("The person to merge was not found; it may have been deleted."));
      return FALSE;
    }
  if (!tx_tombstone_add (db, "person", merged, now, kept, error))
    return FALSE;
  tx_database_log_change (db, "person", merged, "merge", NULL, error);
  if (error != NULL && *error != NULL)
    return FALSE;
  tx_database_log_change (db, "person", kept, "merge-into", NULL, error);
  return error == NULL || *error == NULL;
}

static gboolean
merge_in_transaction (TxDatabase          *db,
                      const char          *kept,
                      const char          *merged,
                      const char * const  *take_fields,
                      TxMergeUndo        **undo_out,
                      GError             **error)
{
  g_autoptr(TxMergeUndo) undo = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!person_exists (db, kept, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND,
                     _("The person to keep was not found; it may have been deleted."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (undo_out != NULL && (undo = undo_new (db, kept, merged, error)) == NULL)
    return FALSE;
  if (take_fields != NULL && take_fields[0] != NULL && !take_values (db, kept, merged, take_fields, undo, error))
    return FALSE;
  if (undo != NULL)
    undo->time = tx_database_now (db);
  {
    g_autofree char *now = undo != NULL ? g_strdup (undo->time) : tx_database_now (db);

    if (!move_over (db, kept, merged, now, error))
      return FALSE;
  }
  if (undo_out != NULL)
    *undo_out = g_steal_pointer (&undo);
  return TRUE;
}

gboolean
tx_merge_people_full (TxDatabase          *db,
                      const char          *kept,
                      const char          *merged,
                      const char * const  *take_fields,
                      TxMergeUndo        **undo,
                      GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TxMergeUndo) result = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kept != NULL && merged != NULL, FALSE);
  g_return_val_if_fail (undo == NULL || *undo == NULL, FALSE);

  if (g_str_equal (kept, merged))
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID,
                   _("A person cannot be merged into themselves."));
      return FALSE;
    }
  if (!tx_store_begin (db, error))
    return FALSE;
  if (!merge_in_transaction (db, kept, merged, take_fields, undo != NULL ? &result : NULL, &local_error) ||
      !tx_store_commit (db, &local_error))
    {
      tx_store_rollback (db);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (undo != NULL)
    *undo = g_steal_pointer (&result);
  return TRUE;
}

gboolean
tx_merge_people (TxDatabase  *db,
                 const char  *kept,
                 const char  *merged,
                 GError     **error)
{
  return tx_merge_people_full (db, kept, merged, NULL, NULL, error);
}

/* ---- undo ------------------------------------------------------------------- */

static gboolean
changed_since (TxDatabase  *db,
               TxRecord    *before,
               const char  *expected,
               GError     **error)
{
  g_autoptr(TxRecord) now = tx_store_load (db, G_OBJECT_TYPE (before), tx_record_get_uuid (before), NULL);
  g_autofree char *title = tx_record_dup_title (before);

  if (now != NULL && g_strcmp0 (tx_record_get_modified (now), expected) == 0)
    return FALSE;
  g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CONFLICT,
               _("“%s” was changed or deleted after the merge; the merge can no longer be undone."), title);
  return TRUE;
}

static gboolean
check_undoable (TxDatabase   *db,
                TxMergeUndo  *undo,
                GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  if (person_exists (db, undo->merged, &local_error) || local_error != NULL)
    {
      if (local_error == NULL)
        g_set_error (&local_error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CONFLICT,
                     _("The merged person is in the archive again; the merge can no longer be undone."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (undo->kept_before != NULL && changed_since (db, undo->kept_before, undo->kept_after, error))
    return FALSE;
  for (guint i = 0; i < undo->referrers->len; i++)
    if (changed_since (db, g_ptr_array_index (undo->referrers, i), undo->time, error))
      return FALSE;
  return TRUE;
}

/* The list's order follows the row id: the merged person gets theirs back
 * unless another record took it meanwhile. */
static gboolean
restore_row_id (TxDatabase   *db,
                TxMergeUndo  *undo,
                GError      **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db,
                                                  "UPDATE person SET id = ?1 WHERE uuid = ?2 "
                                                  "AND NOT EXISTS (SELECT 1 FROM person WHERE id = ?1)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, undo->merged_row_id);
  tx_bind_text (stmt, 2, undo->merged);
  return tx_database_step_done (db, stmt, error);
}

static gboolean
restore_tombstone (TxDatabase   *db,
                   TxMergeUndo  *undo,
                   GError      **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, "DELETE FROM tombstone WHERE uuid = ?", error);
  TxTombstone *before = undo->tombstone_before;

  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, undo->merged);
  if (!tx_database_step_done (db, stmt, error))
    return FALSE;
  return before == NULL || tx_tombstone_add (db, before->kind, before->uuid, before->time, before->merged_into, error);
}

static gboolean
undo_in_transaction (TxDatabase   *db,
                     TxMergeUndo  *undo,
                     GError      **error)
{
  if (!check_undoable (db, undo, error))
    return FALSE;
  /* the merged person first: the records put back refer to them */
  if (!tx_store_save (db, undo->merged_before, TX_SAVE_KEEP_TIMESTAMPS, error) ||
      !restore_row_id (db, undo, error))
    return FALSE;
  for (guint i = 0; i < undo->referrers->len; i++)
    if (!tx_store_save (db, g_ptr_array_index (undo->referrers, i), TX_SAVE_KEEP_TIMESTAMPS, error))
      return FALSE;
  if (undo->kept_before != NULL && !tx_store_save (db, undo->kept_before, TX_SAVE_KEEP_TIMESTAMPS, error))
    return FALSE;
  if (!restore_tombstone (db, undo, error))
    return FALSE;
  tx_database_log_change (db, "person", undo->merged, "unmerge", NULL, error);
  if (error != NULL && *error != NULL)
    return FALSE;
  tx_database_log_change (db, "person", undo->kept, "unmerge-from", NULL, error);
  return error == NULL || *error == NULL;
}

gboolean
tx_merge_undo (TxDatabase   *db,
               TxMergeUndo  *undo,
               GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  if (!tx_store_begin (db, error))
    return FALSE;
  if (!undo_in_transaction (db, undo, &local_error) || !tx_store_commit (db, &local_error))
    {
      tx_store_rollback (db);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
tx_merge_list_duplicates (TxDatabase  *db,
                          GError     **error)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  g_auto(TxStatement) stmt = NULL;
  int rc;

  stmt = tx_database_prepare (db,
                              "SELECT a.uuid, b.uuid FROM person a JOIN person b "
                              "ON a.document_number = b.document_number AND a.id < b.id "
                              "WHERE a.trashed IS NULL AND b.trashed IS NULL AND a.document_number IS NOT NULL "
                              "ORDER BY a.id, b.id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      g_ptr_array_add (pairs, g_strdup (tx_column_text (stmt, 0)));
      g_ptr_array_add (pairs, g_strdup (tx_column_text (stmt, 1)));
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&pairs);
}
