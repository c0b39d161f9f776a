/* tx-csv-import.c — a roster from Excel into the archive: a trial run that
 * says what each row would do, then everything in one transaction
 *
 * Every row becomes a TxPerson and goes through tx_person_check(), the
 * editor's checks, before anything is saved: an import is no way around
 * them. ID numbers are never quoted in messages (see tx-idnumber.h).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/model/tx-codes.h"
#include "core/model/tx-community-query.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-person.h"
#include "core/db/tx-store.h"

#include "tx-csv-import.h"

struct _TxCsvImport
{
  GObject      parent_instance;

  TxCsvTable  *table;
  GArray      *targets;    /* TxCsvTarget per column */
};

G_DEFINE_FINAL_TYPE (TxCsvImport, tx_csv_import, G_TYPE_OBJECT)

/* What one run needs besides the rows. */
typedef struct
{
  TxDatabase      *db;
  TxCsvOnExisting  on_existing;
  int              columns[TX_CSV_N_TARGETS];   /* column of each target, -1 */
  GHashTable      *communities;                 /* name or code → uuid */
  GHashTable      *seen_ids;                    /* ID number → line */
  TxCsvReport     *report;
  GPtrArray       *to_save;                     /* TxPerson, for apply */
} Run;

/* One row on its way to a person. */
typedef struct
{
  char     *values[TX_CSV_N_TARGETS];  /* folded, NULL when blank */
  TxPerson *person;
  gboolean  changed;
  GString  *notes;
} Row;

/* ---- report ---------------------------------------------------------------- */

static void
row_result_free (TxCsvRowResult *result)
{
  g_free (result->name);
  g_free (result->message);
  g_free (result);
}

void
tx_csv_report_free (TxCsvReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->rows);
  g_hash_table_unref (report->legacy);
  g_free (report);
}

static TxCsvReport *
report_new (void)
{
  TxCsvReport *report = g_new0 (TxCsvReport, 1);

  report->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_result_free);
  report->legacy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return report;
}

const char *
tx_csv_row_action_key (TxCsvRowAction action)
{
  static const char * const keys[] = { "new", "update", "unchanged", "skip", "invalid" };

  g_return_val_if_fail (action < TX_CSV_N_ROW_ACTIONS, NULL);
  return keys[action];
}

const char *
tx_csv_row_action_label (TxCsvRowAction action)
{
  static const char * const labels[] = { N_("New"), N_("Update"), N_("Unchanged"), N_("Skipped"), N_("Invalid") };

  g_return_val_if_fail (action < TX_CSV_N_ROW_ACTIONS, NULL);
  return _(labels[action]);
}

static void
report_row (Run            *run,
            guint           line,
            TxCsvRowAction  action,
            const char     *name,
            const char     *message)
{
  TxCsvRowResult *result = g_new0 (TxCsvRowResult, 1);

  result->line = line;
  result->action = action;
  result->name = g_strdup (name ? name : "");
  result->message = message && *message ? g_strdup (message) : NULL;
  g_ptr_array_add (run->report->rows, result);
  run->report->counts[action]++;
}

/* ---- the object ------------------------------------------------------------ */

static void
tx_csv_import_finalize (GObject *object)
{
  TxCsvImport *self = TX_CSV_IMPORT (object);

  g_clear_pointer (&self->table, tx_csv_table_free);
  g_clear_pointer (&self->targets, g_array_unref);
  G_OBJECT_CLASS (tx_csv_import_parent_class)->finalize (object);
}

static void
tx_csv_import_class_init (TxCsvImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tx_csv_import_finalize;
}

static void
tx_csv_import_init (TxCsvImport *self)
{
  self->targets = g_array_new (FALSE, TRUE, sizeof (TxCsvTarget));
}

/* From the headers; a second phone column (联系电话 and 手机) is the other
 * phone, any other repeated target is left out for the user to decide. */
static void
map_columns (TxCsvImport *self)
{
  gboolean used[TX_CSV_N_TARGETS] = { FALSE };

  for (guint i = 0; self->table->header[i] != NULL; i++)
    {
      TxCsvTarget target = tx_csv_header_target (self->table->header[i]);

      if (target == TX_CSV_TARGET_PHONE && used[target])
        target = TX_CSV_TARGET_PHONE_OTHER;
      if (target > TX_CSV_TARGET_SERIAL && used[target])
        target = TX_CSV_TARGET_NONE;
      used[target] = TRUE;
      g_array_append_val (self->targets, target);
    }
}

static TxCsvImport *
import_new (TxCsvTable *table)
{
  TxCsvImport *self;

  if (table == NULL)
    return NULL;
  self = g_object_new (TX_TYPE_CSV_IMPORT, NULL);
  self->table = table;
  map_columns (self);
  return self;
}

TxCsvImport *
tx_csv_import_new_for_bytes (GBytes      *bytes,
                             const char  *encoding,
                             GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  return import_new (tx_csv_table_read (bytes, encoding, error));
}

TxCsvImport *
tx_csv_import_new_for_file (const char  *path,
                            const char  *encoding,
                            GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  return import_new (tx_csv_table_read_file (path, encoding, error));
}

const char *
tx_csv_import_get_encoding (TxCsvImport *self)
{
  g_return_val_if_fail (TX_IS_CSV_IMPORT (self), NULL);
  return self->table->encoding;
}

guint
tx_csv_import_get_n_rows (TxCsvImport *self)
{
  g_return_val_if_fail (TX_IS_CSV_IMPORT (self), 0);
  return self->table->rows->len;
}

guint
tx_csv_import_get_n_columns (TxCsvImport *self)
{
  g_return_val_if_fail (TX_IS_CSV_IMPORT (self), 0);
  return self->targets->len;
}

const char *
tx_csv_import_get_column_header (TxCsvImport *self,
                                 guint        column)
{
  g_return_val_if_fail (TX_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (column < self->targets->len, NULL);
  return self->table->header[column];
}

TxCsvTarget
tx_csv_import_get_column_target (TxCsvImport *self,
                                 guint        column)
{
  g_return_val_if_fail (TX_IS_CSV_IMPORT (self), TX_CSV_TARGET_NONE);
  g_return_val_if_fail (column < self->targets->len, TX_CSV_TARGET_NONE);
  return g_array_index (self->targets, TxCsvTarget, column);
}

void
tx_csv_import_set_column_target (TxCsvImport *self,
                                 guint        column,
                                 TxCsvTarget  target)
{
  g_return_if_fail (TX_IS_CSV_IMPORT (self));
  g_return_if_fail (column < self->targets->len);
  g_return_if_fail (target < TX_CSV_N_TARGETS);
  g_array_index (self->targets, TxCsvTarget, column) = target;
}

/* ---- one run ---------------------------------------------------------------- */

static gboolean
resolve_columns (TxCsvImport  *self,
                 Run          *run,
                 GError      **error)
{
  for (guint t = 0; t < TX_CSV_N_TARGETS; t++)
    run->columns[t] = -1;
  for (guint i = 0; i < self->targets->len; i++)
    {
      TxCsvTarget target = g_array_index (self->targets, TxCsvTarget, i);

      if (target <= TX_CSV_TARGET_SERIAL)
        continue;
      if (run->columns[target] >= 0)
        {
          g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING,
                       _("Two columns (“%s” and “%s”) are both mapped to %s."),
                       self->table->header[run->columns[target]], self->table->header[i],
                       tx_csv_target_label (target));
          return FALSE;
        }
      run->columns[target] = (int) i;
    }
  if (run->columns[TX_CSV_TARGET_NAME] < 0)
    {
      g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING,
                   _("No column is mapped to the name."));
      return FALSE;
    }
  return TRUE;
}

static void
add_community (GHashTable *table,
               const char *key,
               const char *uuid)
{
  if (key != NULL && *key != '\0' && !g_hash_table_contains (table, key))
    g_hash_table_insert (table, g_strdup (key), g_strdup (uuid));
}

/* by 12-digit code, by name, and by the name without 社区 ("东风" for
 * 东风社区) */
static GHashTable *
community_table (TxDatabase  *db,
                 GError     **error)
{
  g_autoptr(GPtrArray) list = tx_community_list (db, error);
  GHashTable *table;

  if (list == NULL)
    return NULL;
  table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < list->len; i++)
    {
      TxCommunity *community = g_ptr_array_index (list, i);
      const char *uuid = tx_record_get_uuid (TX_RECORD (community));
      const char *name = tx_community_get_name (community);

      add_community (table, tx_community_get_code (community), uuid);
      add_community (table, name, uuid);
      if (name != NULL && g_str_has_suffix (name, "社区"))
        {
          g_autofree char *short_name = g_strndup (name, strlen (name) - strlen ("社区"));
          add_community (table, short_name, uuid);
        }
    }
  return table;
}

/* ---- cells to values --------------------------------------------------------- */

/* "张  三" → "张三": rosters pad two-character names to line them up;
 * names in Latin letters keep their spaces. */
static char *
clean_name (const char *folded)
{
  GString *name = g_string_new (NULL);
  gboolean latin = FALSE;

  for (const char *p = folded; *p; p++)
    latin |= g_ascii_isalpha (*p);
  for (const char *p = folded; *p; p++)
    if (latin || *p != ' ')
      g_string_append_c (name, *p);
  return g_string_free (name, FALSE);
}

/* Free text keeps its full-width punctuation (a note's "，" is not a
 * comma); codes, numbers, dates and names are folded. */
static gboolean
is_free_text (TxCsvTarget target)
{
  switch (target)
    {
    case TX_CSV_TARGET_NATIVE_PLACE:
    case TX_CSV_TARGET_PROFESSIONAL_TITLE:
    case TX_CSV_TARGET_WORK_UNIT:
    case TX_CSV_TARGET_WORK_POST:
    case TX_CSV_TARGET_WORK_UNIT_AND_POST:
    case TX_CSV_TARGET_SECTOR:
    case TX_CSV_TARGET_ADDRESS:
    case TX_CSV_TARGET_SKILLS:
    case TX_CSV_TARGET_HEALTH:
    case TX_CSV_TARGET_NOTES:
      return TRUE;
    default:
      return FALSE;
    }
}

#define IDEOGRAPHIC_SPACE "\xE3\x80\x80"

/* spaces, tabs and ideographic spaces at both ends */
static char *
trim_cell (const char *cell)
{
  const char *start = cell;
  const char *end = cell + strlen (cell);

  for (;;)
    if (g_ascii_isspace (*start))
      start++;
    else if (g_str_has_prefix (start, IDEOGRAPHIC_SPACE))
      start += strlen (IDEOGRAPHIC_SPACE);
    else
      break;
  while (end > start)
    if (g_ascii_isspace (end[-1]))
      end--;
    else if (end - start >= 3 && memcmp (end - 3, IDEOGRAPHIC_SPACE, 3) == 0)
      end -= 3;
    else
      break;
  return g_strndup (start, end - start);
}

/* Undoes the export's protection of cells: a leading tab (ID numbers and
 * phones kept as text) goes with the trimming, the quote before = + - @
 * here. */
static char *
read_cell (const char  *cell,
           TxCsvTarget  target)
{
  g_autofree char *text = is_free_text (target) ? trim_cell (cell) : tx_csv_fold (cell);

  if (text[0] == '\'' && text[1] != '\0' && strchr ("=+-@", text[1]) != NULL)
    return g_strdup (text + 1);
  return g_steal_pointer (&text);
}

static void
row_read (Run         *run,
          TxCsvRecord *record,
          Row         *row)
{
  guint n_cells = g_strv_length (record->cells);

  for (guint t = TX_CSV_TARGET_NAME; t < TX_CSV_N_TARGETS; t++)
    {
      int column = run->columns[t];
      g_autofree char *value = NULL;

      if (column < 0 || (guint) column >= n_cells)
        continue;
      value = read_cell (record->cells[column], t);
      if (*value == '\0')
        continue;
      row->values[t] = t == TX_CSV_TARGET_NAME ? clean_name (value) : g_steal_pointer (&value);
    }
}

static void
row_clear (Row *row)
{
  for (guint t = 0; t < TX_CSV_N_TARGETS; t++)
    g_free (row->values[t]);
  g_clear_object (&row->person);
  if (row->notes != NULL)
    g_string_free (row->notes, TRUE);
}

/* Digits Excel turned into floating point, or a value masked on export:
 * the real value is not in the file, and nothing is guessed. */
static gboolean
check_intact (const char  *value,
              const char  *damaged,
              const char  *masked,
              GError     **error)
{
  const char *message = NULL;

  if (tx_csv_is_excel_number (value))
    message = damaged;
  else if (strchr (value, '*') != NULL)
    message = masked;
  if (message != NULL)
    g_set_error_literal (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING, message);
  return message == NULL;
}

static gboolean
check_id_number (const char  *value,
                 GError     **error)
{
  return check_intact (value,
                       _("The ID number is damaged: Excel turned it into a number (like 1.10102E+17) and its last digits are lost. Type it in again from the card and save the column as text."),
                       _("The ID number is masked (the file was exported without full values); it cannot be imported."),
                       error);
}

static gboolean
check_phone (const char  *value,
             GError     **error)
{
  return check_intact (value,
                       _("The phone number is damaged: Excel turned it into a number (like 1.38E+10)."),
                       _("The phone number is masked (the file was exported without full values); it cannot be imported."),
                       error);
}

static char *
map_community (Run         *run,
               const char  *value,
               GError     **error)
{
  const char *uuid = g_hash_table_lookup (run->communities, value);

  if (uuid == NULL)
    {
      g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING,
                   _("The community “%s” is not in the archive (give its name or its 12-digit code)."), value);
      return NULL;
    }
  return g_strdup (uuid);
}

/* The stored form of one cell; NULL with @error when it is not understood. */
static char *
convert_value (Run          *run,
               TxCsvTarget   target,
               const char   *value,
               GError      **error)
{
  switch (target)
    {
    case TX_CSV_TARGET_GENDER:
      return tx_csv_map_gender (value, error);
    case TX_CSV_TARGET_ETHNICITY:
      return tx_csv_map_ethnicity (run->db, value, error);
    case TX_CSV_TARGET_POLITICAL_STATUS:
      return tx_csv_map_political (run->db, value, error);
    case TX_CSV_TARGET_EDUCATION:
      return tx_csv_map_education (run->db, value, error);
    case TX_CSV_TARGET_RELIGION:
      return tx_csv_map_code (run->db, TX_CODE_RELIGION, value, error);
    case TX_CSV_TARGET_DEGREE:
      return tx_csv_map_code (run->db, TX_CODE_DEGREE, value, error);
    case TX_CSV_TARGET_DOCUMENT_TYPE:
      return tx_csv_map_code (run->db, TX_CODE_DOCUMENT_TYPE, value, error);
    case TX_CSV_TARGET_STATUS:
      return tx_csv_map_code (run->db, TX_CODE_PERSON_STATUS, value, error);
    case TX_CSV_TARGET_BIRTH_DATE:
    case TX_CSV_TARGET_PARTY_JOINED:
      return tx_csv_map_date (value, error);
    case TX_CSV_TARGET_COMMUNITY:
      return map_community (run, value, error);
    case TX_CSV_TARGET_DOCUMENT_NUMBER:
      return check_id_number (value, error) ? tx_id_number_normalize (value) : NULL;
    case TX_CSV_TARGET_PHONE:
    case TX_CSV_TARGET_PHONE_OTHER:
      return check_phone (value, error) ? g_strdup (value) : NULL;
    default:
      return g_strdup (value);
    }
}

static void
set_text (Row        *row,
          const char *property,
          const char *value)
{
  g_autofree char *old = NULL;

  g_object_get (row->person, property, &old, NULL);
  if (g_strcmp0 (old, value) == 0)
    return;
  g_object_set (row->person, property, value, NULL);
  row->changed = TRUE;
}

static gboolean
set_flag (Row         *row,
          const char  *property,
          const char  *value,
          GError     **error)
{
  gboolean old = FALSE, flag = FALSE;

  if (!tx_csv_map_flag (value, &flag, error))
    return FALSE;
  g_object_get (row->person, property, &old, NULL);
  if (old != flag)
    {
      g_object_set (row->person, property, flag, NULL);
      row->changed = TRUE;
    }
  return TRUE;
}

static void
add_note (Row        *row,
          const char *note)
{
  if (row->notes->len > 0)
    g_string_append (row->notes, "; ");
  g_string_append (row->notes, note);
}

static gboolean
set_categories (Run         *run,
                Row         *row,
                const char  *value,
                GError     **error)
{
  g_autoptr(GHashTable) legacy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) codes = tx_csv_map_categories (run->db, value, legacy, error);
  g_auto(GStrv) old = NULL;
  GHashTableIter iter;
  gpointer name;

  if (codes == NULL)
    return FALSE;
  old = tx_person_dup_categories (row->person);
  if (!g_strv_equal ((const char * const *) old, (const char * const *) codes))
    {
      tx_person_set_categories (row->person, (const char * const *) codes);
      row->changed = TRUE;
    }
  g_hash_table_iter_init (&iter, legacy);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    {
      g_autofree char *code = tx_codes_map_category (run->db, name);

      g_autofree char *note = g_strdup_printf (_("older category “%s” taken as “%s”"), (const char *) name,
                                               tx_codes_name (run->db, TX_CODE_CATEGORY, code));

      add_note (row, note);
      g_hash_table_insert (run->report->legacy, g_strdup (name),
                           GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (run->report->legacy, name)) + 1));
    }
  return TRUE;
}

/* 工作单位及职务 in one cell goes to the work unit, unless the roster also
 * has a work unit column: it cannot be split reliably. */
static const char *
target_property (Run         *run,
                 TxCsvTarget  target)
{
  if (target == TX_CSV_TARGET_WORK_UNIT_AND_POST)
    return run->columns[TX_CSV_TARGET_WORK_UNIT] < 0 ? "work-unit" : NULL;
  return tx_csv_target_key (target);
}

static gboolean
apply_value (Run          *run,
             Row          *row,
             TxCsvTarget   target,
             GError      **error)
{
  const char *value = row->values[target];
  const char *property = target_property (run, target);
  g_autofree char *stored = NULL;

  if (value == NULL || property == NULL)
    return TRUE;
  if (target == TX_CSV_TARGET_CATEGORIES)
    return set_categories (run, row, value, error);
  if (target == TX_CSV_TARGET_REPRESENTATIVE || target == TX_CSV_TARGET_KEY_PERSON)
    return set_flag (row, property, value, error);
  stored = convert_value (run, target, value, error);
  if (stored == NULL)
    return FALSE;
  set_text (row, property, stored);
  return TRUE;
}

/* A valid ID number says the birth date and gender a roster often leaves
 * out; when given they must agree, which tx_person_check() sees to. */
static void
fill_from_id_number (Row *row)
{
  const char *number = tx_person_get_document_number (row->person);
  TxCivilDate birth;

  if (number == NULL || g_strcmp0 (tx_person_get_document_type (row->person), "01") != 0 ||
      !tx_id_number_validate (number, NULL))
    return;
  if (tx_person_get_birth_date (row->person) == NULL && tx_id_number_birth_date (number, &birth))
    {
      g_autofree char *iso = tx_civil_date_to_iso (&birth);
      set_text (row, "birth-date", iso);
    }
  if (tx_person_get_gender (row->person) == NULL)
    set_text (row, "gender", tx_id_number_gender_code (number));
}

/* ---- rows ---------------------------------------------------------------------- */

typedef enum
{
  FOUND_ERROR = -1,
  FOUND_NONE,
  FOUND_ACTIVE,
  FOUND_TRASHED,
} Found;

static Found
find_existing (TxDatabase  *db,
               const char  *number,
               char       **uuid,
               GError     **error)
{
  g_auto(TxStatement) stmt = NULL;
  int rc;

  stmt = tx_database_prepare (db,
                              "SELECT uuid, trashed IS NOT NULL FROM person WHERE document_number = ? "
                              "ORDER BY trashed IS NOT NULL, id LIMIT 1", error);
  if (stmt == NULL)
    return FOUND_ERROR;
  tx_bind_text (stmt, 1, number);
  rc = tx_database_step_row (db, stmt, error);
  if (rc <= 0)
    return rc < 0 ? FOUND_ERROR : FOUND_NONE;
  *uuid = g_strdup (tx_column_text (stmt, 0));
  return sqlite3_column_int (stmt, 1) ? FOUND_TRASHED : FOUND_ACTIVE;
}

/* Without an ID number nothing tells two people of the same name apart,
 * so the row is a new person; when the archive already has one of that
 * name (and birth date, if given) without an ID number, the user is told:
 * importing the same roster twice would add them twice. */
static void
warn_possible_duplicate (Run *run,
                         Row *row)
{
  g_auto(TxStatement) stmt = NULL;
  const char *birth = tx_person_get_birth_date (row->person);

  if (tx_person_get_document_number (row->person) != NULL)
    return;
  stmt = tx_database_prepare (run->db,
                              "SELECT 1 FROM person WHERE trashed IS NULL AND document_number IS NULL "
                              "AND name = ? AND (?2 IS NULL OR birth_date = ?2) LIMIT 1", NULL);
  if (stmt == NULL)
    return;
  tx_bind_text (stmt, 1, tx_person_get_name (row->person));
  tx_bind_text (stmt, 2, birth);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    add_note (row, _("someone of this name is already in the archive without an ID number: this row adds another person"));
}

/* The person the row describes: a new one, or the stored one with the
 * same ID number. SKIP, INVALID or UPDATE (new or existing) otherwise. */
static TxCsvRowAction
start_person (Run          *run,
              Row          *row,
              guint         line,
              GError      **error)
{
  const char *value = row->values[TX_CSV_TARGET_DOCUMENT_NUMBER];
  g_autofree char *number = NULL;
  g_autofree char *uuid = NULL;
  gpointer other_line;
  Found found;

  if (value == NULL)
    {
      row->person = tx_person_new ();
      return TX_CSV_ROW_NEW;
    }
  if (!check_id_number (value, error))
    return TX_CSV_ROW_INVALID;
  number = tx_id_number_normalize (value);
  if (g_hash_table_lookup_extended (run->seen_ids, number, NULL, &other_line))
    {
      g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING,
                   _("The same ID number is already on line %u."), GPOINTER_TO_UINT (other_line));
      return TX_CSV_ROW_INVALID;
    }
  g_hash_table_insert (run->seen_ids, g_strdup (number), GUINT_TO_POINTER (line));

  found = find_existing (run->db, number, &uuid, error);
  if (found == FOUND_ERROR)
    return TX_CSV_ROW_INVALID;
  if (found == FOUND_TRASHED)
    {
      g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING,
                   _("A person with this ID number is in the trash; restore them first."));
      return TX_CSV_ROW_SKIP;
    }
  if (found == FOUND_ACTIVE && run->on_existing == TX_CSV_ON_EXISTING_SKIP)
    {
      g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING,
                   _("Already in the archive (same ID number)."));
      return TX_CSV_ROW_SKIP;
    }
  if (found == FOUND_NONE)
    {
      row->person = tx_person_new ();
      return TX_CSV_ROW_NEW;
    }
  row->person = TX_PERSON (tx_store_load (run->db, TX_TYPE_PERSON, uuid, error));
  return row->person != NULL ? TX_CSV_ROW_UPDATE : TX_CSV_ROW_INVALID;
}

static gboolean
fill_person (Run     *run,
             Row     *row,
             GError **error)
{
  for (guint t = TX_CSV_TARGET_NAME; t < TX_CSV_N_TARGETS; t++)
    if (!apply_value (run, row, t, error))
      {
        g_prefix_error (error, _("%s: "), tx_csv_target_label (t));
        return FALSE;
      }
  if (tx_person_get_document_number (row->person) != NULL &&
      tx_person_get_document_type (row->person) == NULL)
    set_text (row, "document-type", "01");
  fill_from_id_number (row);
  return tx_person_check (row->person, run->db, error);
}

static TxCsvRowAction
process_row (Run          *run,
             TxCsvRecord  *record,
             Row          *row,
             GError      **error)
{
  TxCsvRowAction action;

  row_read (run, record, row);
  action = start_person (run, row, record->line, error);
  if (action != TX_CSV_ROW_NEW && action != TX_CSV_ROW_UPDATE)
    return action;
  if (!fill_person (run, row, error))
    return TX_CSV_ROW_INVALID;
  if (action == TX_CSV_ROW_UPDATE && !row->changed)
    return TX_CSV_ROW_UNCHANGED;
  if (action == TX_CSV_ROW_NEW)
    warn_possible_duplicate (run, row);
  g_ptr_array_add (run->to_save, g_object_ref (row->person));
  return action;
}

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->communities, g_hash_table_unref);
  g_clear_pointer (&run->seen_ids, g_hash_table_unref);
  g_clear_pointer (&run->report, tx_csv_report_free);
  g_clear_pointer (&run->to_save, g_ptr_array_unref);
}

static gboolean
check_rows (TxCsvImport      *self,
            TxDatabase       *db,
            TxCsvOnExisting   on_existing,
            Run              *run,
            GError          **error)
{
  run->db = db;
  run->on_existing = on_existing;
  if (!resolve_columns (self, run, error))
    return FALSE;
  run->communities = community_table (db, error);
  if (run->communities == NULL)
    return FALSE;
  run->seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->report = report_new ();
  run->report->n_ignored = self->table->n_ignored;
  run->to_save = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->table->rows->len; i++)
    {
      TxCsvRecord *record = g_ptr_array_index (self->table->rows, i);
      g_autoptr(GError) reason = NULL;
      Row row = { { NULL }, NULL, FALSE, g_string_new (NULL) };
      TxCsvRowAction action = process_row (run, record, &row, &reason);

      report_row (run, record->line, action, row.values[TX_CSV_TARGET_NAME],
                  reason ? reason->message : row.notes->str);
      row_clear (&row);
    }
  return TRUE;
}

TxCsvReport *
tx_csv_import_trial (TxCsvImport      *self,
                     TxDatabase       *db,
                     TxCsvOnExisting   on_existing,
                     GError          **error)
{
  Run run = { 0 };
  TxCsvReport *report = NULL;

  g_return_val_if_fail (TX_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  if (check_rows (self, db, on_existing, &run, error))
    report = g_steal_pointer (&run.report);
  run_clear (&run);
  return report;
}

static gboolean
save_people (TxDatabase  *db,
             GPtrArray   *people,
             GError     **error)
{
  if (!tx_store_begin (db, error))
    return FALSE;
  for (guint i = 0; i < people->len; i++)
    if (!tx_store_save (db, g_ptr_array_index (people, i), TX_SAVE_DEFAULT, error))
      {
        tx_store_rollback (db);
        return FALSE;
      }
  return tx_store_commit (db, error);
}

/* The rows are checked and saved inside one transaction, so what was
 * checked is what is written even if another program saves meanwhile. */
gboolean
tx_csv_import_apply (TxCsvImport      *self,
                     TxDatabase       *db,
                     TxCsvOnExisting   on_existing,
                     gboolean          skip_invalid,
                     TxCsvReport     **report,
                     GError          **error)
{
  Run run = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (TX_IS_CSV_IMPORT (self), FALSE);
  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);

  if (!tx_store_begin (db, error))
    return FALSE;
  if (!check_rows (self, db, on_existing, &run, error))
    goto out;
  if (run.report->counts[TX_CSV_ROW_INVALID] > 0 && !skip_invalid)
    {
      g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_INVALID_ROWS,
                   g_dngettext (GETTEXT_PACKAGE, "%u row is invalid; nothing was imported.",
                                "%u rows are invalid; nothing was imported.",
                                run.report->counts[TX_CSV_ROW_INVALID]),
                   run.report->counts[TX_CSV_ROW_INVALID]);
      goto out;
    }
  ok = save_people (db, run.to_save, error);
  run.report->applied = ok;

out:
  if (ok)
    ok = tx_store_commit (db, error);
  else
    tx_store_rollback (db);
  if (report != NULL && run.report != NULL)
    {
      run.report->applied = ok;
      *report = g_steal_pointer (&run.report);
    }
  run_clear (&run);
  return ok;
}
