/* tx-exchange-apply.c — the merge rules, one record at a time
 *
 * Same uuid: the newer modified time wins; an older or equal one changes
 * nothing, so importing a file twice changes nothing. A withheld value
 * never overwrites ours. Communities are matched by their area code. A
 * different person with one of our ID numbers is a conflict, settled only
 * by the options. A tombstone trashes a record only when it is newer.
 * Every record goes through the editors' checks.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/model/tx-codes.h"
#include "core/model/tx-merge.h"
#include "core/model/tx-person.h"
#include "core/db/tx-search-index.h"
#include "core/db/tx-store.h"
#include "core/model/tx-tombstone.h"

#include "tx-conflict-decision.h"
#include "tx-exchange-import-private.h"

static void
count (TxImport        *import,
       TxKind           kind,
       TxImportOutcome  outcome)
{
  import->report->counts[kind][outcome]++;
}

static TxImportProblem *
add_problem (TxImport    *import,
             TxKind       kind,
             int          line,
             const char  *uuid,
             char        *message)
{
  TxImportProblem *problem = g_new0 (TxImportProblem, 1);

  problem->kind = kind;
  problem->line = line;
  problem->uuid = g_strdup (uuid);
  problem->message = message;
  g_ptr_array_add (import->report->problems, problem);
  return problem;
}

static void
reject (TxImport   *import,
        const char *reason)
{
  g_autofree char *title = tx_record_dup_title (import->record);

  add_problem (import, import->kind, import->line, tx_record_get_uuid (import->record),
               g_strdup_printf (_("Line %d: %s “%s” (%s) was rejected: %s"), import->line,
                                tx_record_get_entity (import->record), title,
                                tx_record_get_uuid (import->record), reason));
  count (import, import->kind, TX_OUTCOME_REJECTED);
}

/* A uuid twice in one file: two records would claim one identity. */
static gboolean
remember_uuid (TxImport    *import,
               const char  *uuid,
               int          line,
               GError     **error)
{
  if (!g_hash_table_add (import->seen, g_strdup (uuid)))
    {
      g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_INVALID,
                   _("Line %d: the uuid %s appears twice in the file; it was refused."), line, uuid);
      return FALSE;
    }
  return TRUE;
}

/* ---- an import into an empty database --------------------------------------
 * Nothing is stored but what the import itself stored, so whether a uuid is
 * here, who holds an ID number and which community has an area code are
 * answered from memory. A merge or a tombstone changes the database in ways
 * these tables do not follow: from then on SQLite answers again. */

gboolean
_tx_import_check_fresh (TxImport  *import,
                        GError   **error)
{
  g_autoptr(GPtrArray) tombstones = NULL;

  import->fresh = FALSE;
  for (guint kind = 0; kind < TX_N_RECORD_KINDS; kind++)
    {
      gint64 n = tx_store_count (import->db, tx_exchange_kind (kind)->get_type (), TRUE, error);

      if (n != 0)
        return n > 0;
    }
  tombstones = tx_tombstone_list (import->db, error);
  if (tombstones == NULL)
    return FALSE;
  if (tombstones->len > 0)
    return TRUE;
  import->indexes = tx_database_suspend_indexes (import->db, error);
  if (import->indexes == NULL)
    return FALSE;
  /* the search index too is made once at the end, not kept row by row */
  if (!tx_search_index_begin_bulk (import->db, error))
    return FALSE;
  import->fresh = TRUE;
  import->stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  import->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return TRUE;
}

void
_tx_import_clear_fresh (TxImport *import)
{
  import->fresh = FALSE;
  g_clear_pointer (&import->stored, g_hash_table_unref);
  g_clear_pointer (&import->numbers, g_hash_table_unref);
  g_clear_pointer (&import->codes, g_hash_table_unref);
  g_clear_pointer (&import->indexes, g_ptr_array_unref);
}

gboolean
_tx_import_end_fresh (TxImport  *import,
                      GError   **error)
{
  gboolean ok = import->indexes == NULL ||
                (tx_database_resume_indexes (import->db, import->indexes, error) &&
                 tx_search_index_end_bulk (import->db, error));

  _tx_import_clear_fresh (import);
  return ok;
}

static const char *
text_field (TxRecord   *record,
            const char *name,
            GValue     *value)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  const TxField *field = tx_record_class_find_field (klass, name);

  tx_record_get_field_value (record, field - klass->fields, value);
  return g_value_get_string (value);
}

/* after a save that inserted the record of @import */
static void
note_stored (TxImport *import)
{
  TxRecord *record = import->record;
  g_auto(GValue) value = G_VALUE_INIT;
  const char *key = NULL;
  GHashTable *table = NULL;

  if (!import->fresh || tx_record_get_row_id (record) == 0)
    return;
  g_hash_table_insert (import->stored, g_strdup (tx_record_get_uuid (record)), GINT_TO_POINTER (import->kind + 1));
  if (import->kind == TX_KIND_COMMUNITY)
    {
      key = text_field (record, "code", &value);
      table = import->codes;
    }
  else if (import->kind == TX_KIND_PERSON && !tx_record_is_trashed (record))
    {
      key = tx_person_get_document_number (TX_PERSON (record));
      table = import->numbers;
    }
  /* the first one stays: SQLite would find the oldest row */
  if (key != NULL && !g_hash_table_contains (table, key))
    g_hash_table_insert (table, g_strdup (key), g_strdup (tx_record_get_uuid (record)));
}

static gboolean
record_exists (TxImport   *import,
               TxKind      kind,
               const char *uuid)
{
  g_autofree char *sql = NULL;
  g_auto(TxStatement) stmt = NULL;

  if (import->fresh)
    return GPOINTER_TO_INT (g_hash_table_lookup (import->stored, uuid)) == (int) kind + 1;
  sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE uuid = ?", tx_exchange_kind (kind)->entity);
  stmt = tx_database_prepare (import->db, sql, NULL);
  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, uuid);
  return tx_database_step_row (import->db, stmt, NULL) == 1 && sqlite3_column_int (stmt, 0) > 0;
}

static TxTombstone *
find_tombstone (TxImport   *import,
                const char *uuid)
{
  return import->fresh ? NULL : tx_tombstone_find (import->db, uuid, NULL);
}

/* Follows the remapping (communities matched by code, people kept) and
 * checks that the target is here; the message names a dangling one. */
static char *
resolve_one (TxImport                   *import,
             const TxExchangeReference  *ref,
             char                      **uuid)
{
  const char *mapped = g_hash_table_lookup (import->remap, *uuid);

  if (mapped != NULL)
    {
      g_free (*uuid);
      *uuid = g_strdup (mapped);
    }
  if (record_exists (import, ref->target, *uuid))
    return NULL;
  /* merged away here: the record it went into stands for it */
  {
    g_autoptr(TxTombstone) tombstone = find_tombstone (import, *uuid);

    if (tombstone != NULL && tombstone->merged_into != NULL &&
        record_exists (import, ref->target, tombstone->merged_into))
      {
        g_free (*uuid);
        *uuid = g_strdup (tombstone->merged_into);
        return NULL;
      }
  }
  return g_strdup_printf (_("it refers to the %s %s, which is neither in the file nor in this database"),
                          tx_exchange_kind (ref->target)->entity, *uuid);
}

typedef struct
{
  TxImport *import;
  char     *dangling;
} Resolving;

static gboolean
resolve_reference (const TxExchangeReference  *ref,
                   char                      **uuid,
                   gpointer                    data)
{
  Resolving *resolving = data;

  resolving->dangling = resolve_one (resolving->import, ref, uuid);
  return resolving->dangling != NULL;
}

/* NULL, or what dangles */
static char *
resolve_references (TxImport *import)
{
  Resolving resolving = { import, NULL };

  tx_exchange_foreach_reference (import->record, resolve_reference, &resolving);
  return resolving.dangling;
}

/* Files from before the 2015 regulations name the older fifteen
 * categories: mapped onto the twelve, and counted for the report. */
static void
map_legacy_categories (TxImport *import)
{
  GPtrArray *rows = tx_person_get_categories (TX_PERSON (import->record));
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < rows->len; i++)
    {
      TxPersonCategory *row = g_ptr_array_index (rows, i);
      char *mapped = NULL;

      if (row->category != NULL && !tx_codes_is_valid (import->db, TX_CODE_CATEGORY, row->category))
        mapped = tx_codes_map_category (import->db, row->category);
      if (mapped != NULL)
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (import->report->legacy, row->category));

          g_hash_table_insert (import->report->legacy, g_strdup (row->category), GUINT_TO_POINTER (n + 1));
        }
      g_ptr_array_add (codes, mapped ? mapped : g_strdup (row->category));
    }
  if (rows->len == 0)
    return;
  g_ptr_array_add (codes, NULL);
  tx_person_set_categories (TX_PERSON (import->record), (const char * const *) codes->pdata);
}

/* What tx_store_save() refuses is rejected, not the file: the editors'
 * checks and the code tables (TX_RECORD_ERROR; tx_store_save() checks
 * every code before it writes, so they are not checked here twice), and
 * what SQLite refuses. */
static gboolean
is_rejection (const GError *error)
{
  return error->domain == TX_RECORD_ERROR ||
         (error->domain == TX_DATABASE_ERROR &&
          (error->code == TX_DATABASE_ERROR_SQL || error->code == TX_DATABASE_ERROR_INVALID));
}

/* NULL when there is none, or on a failure (then @error is set) */
static TxRecord *
load_local (TxImport    *import,
            GType        type,
            const char  *uuid,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  TxRecord *record;

  if (import->fresh && !g_hash_table_contains (import->stored, uuid))
    return NULL;
  record = tx_store_load (import->db, type, uuid, &local_error);

  if (record == NULL && !g_error_matches (local_error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return record;
}

/* A withheld value, and photos a file without photos does not carry,
 * stay as we have them. */
static void
keep_ours (TxImport *import,
           TxRecord *local)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (import->record);

  for (guint i = 0; i < klass->n_fields; i++)
    if (import->withheld & (G_GUINT64_CONSTANT (1) << i))
      {
        g_auto(GValue) value = G_VALUE_INIT;

        tx_record_get_field_value (local, i, &value);
        tx_record_set_field_value (import->record, i, &value);
      }
  for (guint t = 0; t < klass->n_children; t++)
    if (klass->children[t].on_demand && !import->report->photos)
      tx_record_copy_children (import->record, local, t);
}

/* @local: ours, for an update: a newer record with the same values is no
 * change (the store keeps our modified time then) */
static gboolean
save (TxImport         *import,
      TxImportOutcome   outcome,
      TxRecord         *local,
      GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  /* the editors' checks first: what they refuse is rejected, whatever
   * the domain of their error */
  if (!tx_record_validate (import->record, &local_error))
    {
      reject (import, local_error->message);
      return TRUE;
    }
  /* no local record: _tx_import_take_record() has just looked; a trial
   * run is rolled back, its change log with it, so it writes none */
  if (!tx_store_save (import->db, import->record,
                      TX_SAVE_KEEP_TIMESTAMPS | TX_SAVE_VALIDATED |
                      (local == NULL ? TX_SAVE_NEW : 0) | (import->options->dry_run ? TX_SAVE_TRIAL : 0),
                      &local_error))
    {
      if (!is_rejection (local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      reject (import, local_error->message);
      return TRUE;
    }
  if (local != NULL && g_strcmp0 (tx_record_get_modified (import->record), tx_record_get_modified (local)) == 0)
    outcome = TX_OUTCOME_UNCHANGED;
  if (local == NULL)
    note_stored (import);
  count (import, import->kind, outcome);
  return TRUE;
}

/* Ours by area code: the same community, made in two offices. */
static TxRecord *
match_community (TxImport  *import,
                 GError   **error)
{
  g_autofree char *code = NULL;
  g_autofree char *ours = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  const TxField *field = tx_record_class_find_field (TX_RECORD_GET_CLASS (import->record), "code");

  tx_record_get_field_value (import->record, field - TX_RECORD_GET_CLASS (import->record)->fields, &value);
  if (g_value_get_string (&value) == NULL ||
      (import->fresh && !g_hash_table_contains (import->codes, g_value_get_string (&value))))
    return NULL;
  {
    g_auto(TxStatement) stmt = tx_database_prepare (import->db, "SELECT uuid FROM community WHERE code = ?", error);

    if (stmt == NULL)
      return NULL;
    tx_bind_text (stmt, 1, g_value_get_string (&value));
    if (tx_database_step_row (import->db, stmt, error) != 1)
      return NULL;
    ours = g_strdup (tx_column_text (stmt, 0));
  }
  g_hash_table_insert (import->remap, g_strdup (tx_record_get_uuid (import->record)), g_strdup (ours));
  tx_record_set_uuid (import->record, ours);
  return load_local (import, G_OBJECT_TYPE (import->record), ours, error);
}

/* Another live person of ours with this ID number, or NULL. */
static char *
find_same_number (TxImport *import)
{
  const char *number = tx_person_get_document_number (TX_PERSON (import->record));
  g_auto(TxStatement) stmt = NULL;

  if (number == NULL)
    return NULL;
  if (import->fresh)
    return g_strdup (g_hash_table_lookup (import->numbers, number));
  stmt = tx_database_prepare (import->db,
                              "SELECT uuid FROM person WHERE document_number = ?1 AND uuid <> ?2 "
                              "AND trashed IS NULL ORDER BY id LIMIT 1", NULL);
  if (stmt == NULL)
    return NULL;
  tx_bind_text (stmt, 1, number);
  tx_bind_text (stmt, 2, tx_record_get_uuid (import->record));
  if (tx_database_step_row (import->db, stmt, NULL) != 1)
    return NULL;
  return g_strdup (tx_column_text (stmt, 0));
}

/* the user's choice for this person, else the one for every conflict;
 * @chosen: whether it was this person's own */
static TxConflictChoice
conflict_choice (TxImport   *import,
                 const char *theirs,
                 gboolean   *chosen)
{
  gpointer choice;

  *chosen = import->options->choices != NULL &&
            g_hash_table_lookup_extended (import->options->choices, theirs, NULL, &choice) &&
            GPOINTER_TO_INT (choice) != TX_CONFLICT_UNDECIDED;
  if (*chosen)
    return GPOINTER_TO_INT (choice);
  return import->options->on_conflict;
}

static void
report_conflict (TxImport         *import,
                 const char       *ours,
                 TxConflictChoice  choice)
{
  const char *theirs = tx_record_get_uuid (import->record);
  g_autofree char *title = tx_record_dup_title (import->record);
  TxImportProblem *problem;

  problem = add_problem (import, TX_KIND_PERSON, import->line, theirs,
                         g_strdup_printf (_("Line %d: person “%s” (%s) has the ID number of a different person here (%s)."),
                                          import->line, title, theirs, ours));
  problem->conflict = TRUE;
  problem->local_uuid = g_strdup (ours);
  problem->decided = choice != TX_CONFLICT_UNDECIDED;
  problem->theirs = g_object_ref (import->record);
  count (import, TX_KIND_PERSON, TX_OUTCOME_CONFLICT);
}

static gboolean
take_conflict (TxImport    *import,
               const char  *ours,
               GError     **error)
{
  const char *theirs = tx_record_get_uuid (import->record);
  const char *version = tx_record_get_modified (import->record);
  gboolean chosen;
  TxConflictChoice choice = conflict_choice (import, theirs, &chosen);
  g_autoptr(TxRecord) local = NULL;

  /* ours was kept against this version of theirs before: not asked again */
  if (!chosen && tx_conflict_decision_keeps_mine (import->db, theirs, ours, version))
    {
      choice = TX_CONFLICT_KEEP_MINE;
      count (import, TX_KIND_PERSON, TX_OUTCOME_UNCHANGED);
    }
  else
    report_conflict (import, ours, choice);

  if (choice == TX_CONFLICT_UNDECIDED || choice == TX_CONFLICT_KEEP_MINE)
    {
      /* their records about this person are about ours */
      g_hash_table_insert (import->remap, g_strdup (theirs), g_strdup (ours));
      return choice == TX_CONFLICT_UNDECIDED ||
             tx_conflict_decision_remember (import->db, theirs, ours, version, error);
    }
  if (choice == TX_CONFLICT_KEEP_BOTH)
    return save (import, TX_OUTCOME_ADDED, NULL, error);

  local = load_local (import, TX_TYPE_PERSON, ours, error);
  if (local == NULL)
    return FALSE;
  keep_ours (import, local);
  if (!save (import, TX_OUTCOME_ADDED, NULL, error))
    return FALSE;
  if (tx_record_get_row_id (import->record) == 0)
    return TRUE;
  return _tx_import_end_fresh (import, error) &&
         tx_merge_people (import->db, theirs, ours, error);
}

/* Deleted (or merged away) here after their last change: it stays
 * deleted, and so do the records that went with it. */
static gboolean
deleted_here (TxImport *import)
{
  const char *uuid = tx_record_get_uuid (import->record);
  g_autoptr(TxTombstone) tombstone = NULL;

  if (record_exists (import, import->kind, uuid))
    return FALSE;
  tombstone = find_tombstone (import, uuid);
  return tombstone != NULL && g_strcmp0 (tombstone->time, tx_record_get_modified (import->record)) >= 0;
}

static gboolean
take_new (TxImport  *import,
          GError   **error)
{
  g_autofree char *ours = NULL;

  if (import->kind == TX_KIND_PERSON && (ours = find_same_number (import)) != NULL)
    return take_conflict (import, ours, error);
  return save (import, TX_OUTCOME_ADDED, NULL, error);
}

gboolean
_tx_import_take_record (TxImport  *import,
                        GError   **error)
{
  g_autoptr(TxRecord) local = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dangling = NULL;
  const char *modified = tx_record_get_modified (import->record);
  int age;

  if (!remember_uuid (import, tx_record_get_uuid (import->record), import->line, error))
    return FALSE;
  if (import->kind == TX_KIND_PERSON)
    map_legacy_categories (import);
  if (g_strcmp0 (modified, import->future) > 0)
    {
      g_autofree char *reason = g_strdup_printf (_("its modification time %s is in the future"), modified);

      reject (import, reason);
      return TRUE;
    }
  if (deleted_here (import))
    {
      count (import, import->kind, TX_OUTCOME_OLDER);
      return TRUE;
    }
  dangling = resolve_references (import);
  if (dangling != NULL)
    {
      reject (import, dangling);
      return TRUE;
    }

  local = load_local (import, G_OBJECT_TYPE (import->record), tx_record_get_uuid (import->record), &local_error);
  if (local == NULL && local_error == NULL && import->kind == TX_KIND_COMMUNITY)
    local = match_community (import, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (local == NULL)
    return take_new (import, error);

  age = g_strcmp0 (modified, tx_record_get_modified (local));
  if (age <= 0)
    {
      count (import, import->kind, age == 0 ? TX_OUTCOME_UNCHANGED : TX_OUTCOME_OLDER);
      return TRUE;
    }
  keep_ours (import, local);
  return save (import, TX_OUTCOME_UPDATED, local, error);
}

/* ---- tombstones ------------------------------------------------------------ */

static gboolean
apply_tombstone (TxImport    *import,
                 TxRecord    *local,
                 const char  *time,
                 const char  *merged_into,
                 GError     **error)
{
  if (merged_into != NULL && TX_IS_PERSON (local) && record_exists (import, TX_KIND_PERSON, merged_into))
    return tx_merge_people (import->db, merged_into, tx_record_get_uuid (local), error);
  if (tx_record_is_trashed (local))
    return TRUE;
  return tx_store_trash (import->db, local, error);
}

gboolean
_tx_import_take_tombstone (TxImport    *import,
                           const char  *kind_name,
                           const char  *uuid,
                           const char  *time,
                           const char  *merged_into,
                           int          line,
                           GError     **error)
{
  TxKind kind = tx_exchange_kind_for_entity (kind_name);
  g_autoptr(TxTombstone) known = NULL;
  g_autoptr(TxRecord) local = NULL;
  g_autoptr(GError) local_error = NULL;

  {
    /* a record and its tombstone may both travel (trashed here, deleted
     * there): uuids are unique among records and among tombstones */
    g_autofree char *key = g_strconcat ("tombstone:", uuid, NULL);

    if (!remember_uuid (import, key, line, error))
      return FALSE;
  }
  if (kind >= TX_N_RECORD_KINDS)
    return TRUE;   /* the schema refuses it */
  if (!_tx_import_end_fresh (import, error))
    return FALSE;
  known = tx_tombstone_find (import->db, uuid, NULL);
  if (known != NULL && g_strcmp0 (known->time, time) >= 0)
    {
      count (import, TX_KIND_TOMBSTONE, TX_OUTCOME_UNCHANGED);
      return TRUE;
    }
  local = load_local (import, tx_exchange_kind (kind)->get_type (), uuid, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* changed here after it was deleted there: ours stands (a record already
   * in the trash takes the tombstone along, so it travels on) */
  if (local != NULL && !tx_record_is_trashed (local) && g_strcmp0 (time, tx_record_get_modified (local)) <= 0)
    {
      count (import, TX_KIND_TOMBSTONE, TX_OUTCOME_OLDER);
      return TRUE;
    }
  if (!tx_tombstone_add (import->db, kind_name, uuid, time, merged_into, error))
    return FALSE;
  if (local != NULL && !apply_tombstone (import, local, time, merged_into, error))
    return FALSE;
  count (import, TX_KIND_TOMBSTONE, local != NULL ? TX_OUTCOME_TRASHED : TX_OUTCOME_ADDED);
  return TRUE;
}
