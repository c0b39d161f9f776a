/* tx-exchange-import.c — reading an exchange file, streaming
 *
 * One pass of xmlTextReader, validated against the schema as it goes,
 * builds one record at a time and hands it to the rules in
 * tx-exchange-apply.c, all inside one transaction: a trial run is the same
 * pass rolled back, so its report is exactly what applying would do.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/db/tx-sort-keys.h"
#include "core/db/tx-store.h"

#include "tx-exchange-import-private.h"

#define DEFAULT_MAX_RECORDS  2000000
#define DEFAULT_MAX_FIELD    (64 * 1024)
#define LONG_TEXT_MAX_FIELD  (1024 * 1024)
#define PHOTO_MAX_BYTES      (16 * 1024 * 1024)

static const char * const long_text_fields[] = {
  "minutes", "content", "summary", "agenda", "resolutions", "notes", NULL
};

static const char * const choice_names[] = { "undecided", "keep-mine", "take-theirs", "keep-both" };

gboolean
tx_conflict_choice_from_string (const char       *text,
                                TxConflictChoice *choice)
{
  for (guint i = 0; i < G_N_ELEMENTS (choice_names); i++)
    if (g_strcmp0 (text, choice_names[i]) == 0)
      {
        *choice = i;
        return TRUE;
      }
  return FALSE;
}

/* ---- the report ------------------------------------------------------------ */

static void
problem_free (TxImportProblem *problem)
{
  g_free (problem->uuid);
  g_free (problem->local_uuid);
  g_free (problem->message);
  g_clear_object (&problem->theirs);
  g_free (problem);
}

static TxImportReport *
report_new (void)
{
  TxImportReport *report = g_new0 (TxImportReport, 1);

  report->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  report->legacy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return report;
}

void
tx_import_report_free (TxImportReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->problems);
  g_hash_table_unref (report->legacy);
  g_free (report->office_name);
  g_free (report->office_code);
  g_free (report->office_level);
  g_free (report->as_of);
  g_free (report->created);
  g_free (report->privacy);
  g_free (report);
}

guint64
tx_import_report_count (TxImportReport  *report,
                        TxImportOutcome  outcome)
{
  guint64 n = 0;

  for (guint kind = 0; kind < TX_N_KINDS; kind++)
    n += report->counts[kind][outcome];
  return n;
}

guint64
tx_import_report_undecided (TxImportReport *report)
{
  guint64 n = 0;

  for (guint i = 0; i < report->problems->len; i++)
    {
      TxImportProblem *problem = g_ptr_array_index (report->problems, i);

      n += problem->conflict && !problem->decided;
    }
  return n;
}

gboolean
tx_import_report_can_apply (TxImportReport *report)
{
  return tx_import_report_count (report, TX_OUTCOME_REJECTED) == 0 &&
         tx_import_report_undecided (report) == 0;
}

/* ---- reading ---------------------------------------------------------------- */

/* ---- the hand-over between the threads ---------------------------------------
 * Parsing and checking against the schema take as long as deciding and
 * writing: the file is read on a thread of its own, which hands complete
 * records over in batches to the thread that called tx_exchange_import()
 * and owns the database connection. A fixed number of batches is in
 * flight, so a slow database never makes the reader hold the whole file. */

#define BATCH_SIZE     128
#define BATCHES_IN_FLIGHT 32

typedef struct
{
  TxKind    kind;
  TxRecord *record;      /* NULL for a tombstone */
  int       line;
  guint64   withheld;
  char     *tomb_kind;
  char     *uuid;
  char     *time;
  char     *merged_into;
  char     *key_name;    /* the name the sort keys were computed from */
  char     *keys[4];     /* computed here, on the reader's thread */
} Item;

typedef struct
{
  GArray  *items;
  gboolean last;         /* the reader is done: @error says how */
  GError  *error;
} Batch;

static void
item_clear (Item *item)
{
  g_clear_object (&item->record);
  g_free (item->tomb_kind);
  g_free (item->uuid);
  g_free (item->time);
  g_free (item->merged_into);
  g_free (item->key_name);
  for (guint i = 0; i < G_N_ELEMENTS (item->keys); i++)
    g_free (item->keys[i]);
}

/* The sort keys the store would compute from the record's name, computed
 * on the reader's thread when it has time to spare, and offered to the
 * insert on the applying one (_tx_sort_keys_offer()). A trial run offers
 * no keys (@compute FALSE): its rows are rolled back, and a sort key
 * decides nothing an import reports (no constraint, no look-up). */
static void
item_prepare_keys (Item     *item,
                   gboolean  compute)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (item->record);
  const TxSortKeys *table = _tx_sort_keys_for_entity (klass->entity);
  const TxField *field = table ? tx_record_class_find_field (klass, "name") : NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  if (field == NULL || table->n_keys > G_N_ELEMENTS (item->keys))
    return;
  tx_record_get_field_value (item->record, field - klass->fields, &value);
  item->key_name = g_value_dup_string (&value);
  if (item->key_name != NULL && compute)
    table->compute (item->key_name, item->keys);
}

static Batch *
batch_new (void)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->items = g_array_sized_new (FALSE, TRUE, sizeof (Item), BATCH_SIZE);
  g_array_set_clear_func (batch->items, (GDestroyNotify) item_clear);
  return batch;
}

static void
batch_free (Batch *batch)
{
  g_array_unref (batch->items);
  g_clear_error (&batch->error);
  g_free (batch);
}

typedef struct
{
  GAsyncQueue *full;     /* Batch, to be applied */
  GAsyncQueue *free;     /* empty Batch, to be filled: made once, used again */
  Batch       *current;  /* being filled by the reader */
  gint         stop;     /* atomic: the applying side gave up */
} Pipe;

typedef struct
{
  TxImport          import;   /* the record being built; options and header */
  Pipe              pipe;
  TxExchangeReader *reader;
  xmlTextReaderPtr  r;
  GCancellable     *cancellable;
  TxExchangeProgress progress;
  gpointer          progress_data;
  guint64           expected[TX_N_KINDS];
  guint64           read[TX_N_KINDS];
  guint64           total;
  guint64           done;

  gboolean          in_header;
  char             *header_element;
  int               field;        /* index of the field being read, or -1 */
  int               child;        /* index of the child table being read, or -1 */
  guint8           *row;
  GString          *text;
  gsize             limit;        /* of the text being read */
  GHashTable       *elements[TX_N_RECORD_KINDS];  /* name → Element, made as met */
} Reading;

/* What an element inside a record stands for, looked up once per kind and
 * name instead of once per element read. */
typedef struct
{
  int   field;     /* index, or -1 */
  int   child;     /* the child table it contains, or -1 */
  gsize limit;     /* of a field's text */
} Element;

static const char *
local_name (Reading *reading)
{
  return (const char *) xmlTextReaderConstLocalName (reading->r);
}

static char *
attribute (Reading    *reading,
           const char *name)
{
  return (char *) xmlTextReaderGetAttribute (reading->r, (const xmlChar *) name);
}

/* "…:05Z" → "…:05.000Z": times compare as text only in one form */
static char *
normalize_time (char *time)
{
  g_autofree char *owned = time;

  if (owned != NULL && strlen (owned) == 20)
    return g_strdup_printf ("%.19s.000Z", owned);
  return g_steal_pointer (&owned);
}

static gboolean
too_long (Reading  *reading,
          GError  **error)
{
  g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_UNSAFE,
               _("Line %d: a value in the record %s is longer than %u KiB; the file was refused."),
               _tx_exchange_reader_line (reading->reader),
               reading->import.record ? tx_record_get_uuid (reading->import.record) : "",
               (guint) (reading->limit / 1024));
  return FALSE;
}

static gboolean
send_batch (Reading  *reading,
            gboolean  last,
            GError   *error)
{
  Pipe *pipe = &reading->pipe;
  Batch *batch = pipe->current;

  batch->last = last;
  batch->error = error;
  g_async_queue_push (pipe->full, batch);
  pipe->current = last ? NULL : g_async_queue_pop (pipe->free);
  return !g_atomic_int_get (&pipe->stop);
}

/* The applying side stopped (a failure there): the reader stops too, with
 * an error nobody reads. */
static gboolean
stopped (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "stopped");
  return FALSE;
}

static gboolean
emit (Reading  *reading,
      Item     *item,
      GError  **error)
{
  g_array_append_vals (reading->pipe.current->items, item, 1);
  if (reading->pipe.current->items->len == BATCH_SIZE && !send_batch (reading, FALSE, NULL))
    return stopped (error);
  return TRUE;
}

/* the record of reading->import is complete */
static gboolean
emit_record (Reading  *reading,
             GError  **error)
{
  TxImport *import = &reading->import;
  Item item = { import->kind, g_steal_pointer (&import->record), import->line, import->withheld };

  /* only while the applying side is the slower one (batches wait for
   * it): else this thread would be */
  if (import->options->dry_run)
    item_prepare_keys (&item, FALSE);
  else if (g_async_queue_length (reading->pipe.full) >= BATCHES_IN_FLIGHT / 4)
    item_prepare_keys (&item, TRUE);
  return emit (reading, &item, error);
}

static gboolean
emit_tombstone (Reading    *reading,
                char       *kind,
                char       *uuid,
                char       *time,
                char       *merged_into,
                int         line,
                GError    **error)
{
  Item item = { TX_KIND_TOMBSTONE, NULL, line, 0, kind, uuid, time, merged_into };

  return emit (reading, &item, error);
}

/* ---- the header ---- */

static void
header_element (Reading *reading)
{
  TxImportReport *report = reading->import.report;

  g_free (reading->header_element);
  reading->header_element = g_strdup (local_name (reading));
  if (g_str_equal (reading->header_element, "office"))
    {
      report->office_code = attribute (reading, "code");
      report->office_level = attribute (reading, "level");
    }
  else if (g_str_equal (reading->header_element, "counts"))
    for (guint kind = 0; kind < TX_N_KINDS; kind++)
      {
        g_autofree char *n = attribute (reading, kind == TX_KIND_TOMBSTONE ? "tombstone" : tx_exchange_kind (kind)->entity);

        reading->expected[kind] = n ? g_ascii_strtoull (n, NULL, 10) : 0;
        reading->total += reading->expected[kind];
      }
}

static void
header_text (Reading    *reading,
             const char *text)
{
  TxImportReport *report = reading->import.report;
  const char *element = reading->header_element;
  char **slot = NULL;

  if (element == NULL)
    return;
  if (g_str_equal (element, "office"))
    slot = &report->office_name;
  else if (g_str_equal (element, "as-of"))
    slot = &report->as_of;
  else if (g_str_equal (element, "created"))
    slot = &report->created;
  else if (g_str_equal (element, "privacy"))
    slot = &report->privacy;
  else if (g_str_equal (element, "photos"))
    report->photos = g_str_equal (text, "true");
  if (slot != NULL)
    {
      g_free (*slot);
      *slot = g_strdup (text);
    }
}

/* ---- records ---- */

static TxKind
kind_for_element (const char *name)
{
  for (guint kind = 0; kind < TX_N_RECORD_KINDS; kind++)
    if (g_str_equal (tx_exchange_kind (kind)->entity, name))
      return kind;
  return TX_N_KINDS;
}

static gboolean
count_record (Reading  *reading,
              TxKind    kind,
              GError  **error)
{
  guint64 max = reading->import.options->max_records ? reading->import.options->max_records : DEFAULT_MAX_RECORDS;

  reading->read[kind]++;
  if (++reading->done > max)
    {
      g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_UNSAFE,
                   _("Line %d: the file holds more than %llu records; it was refused."),
                   _tx_exchange_reader_line (reading->reader), (unsigned long long) max);
      return FALSE;
    }
  return TRUE;
}

static gboolean
start_record (Reading  *reading,
              GError  **error)
{
  TxImport *import = &reading->import;
  TxKind kind = kind_for_element (local_name (reading));
  g_autofree char *uuid = attribute (reading, "uuid");
  g_autofree char *created = normalize_time (attribute (reading, "created"));
  g_autofree char *modified = normalize_time (attribute (reading, "modified"));
  g_autofree char *trashed = normalize_time (attribute (reading, "trashed"));

  if (g_str_equal (local_name (reading), "tombstone"))
    {
      char *tomb_kind = attribute (reading, "kind");
      char *time = normalize_time (attribute (reading, "time"));
      char *merged_into = attribute (reading, "merged-into");

      if (!count_record (reading, TX_KIND_TOMBSTONE, error))
        {
          g_free (tomb_kind);
          g_free (time);
          g_free (merged_into);
          return FALSE;
        }
      return emit_tombstone (reading, tomb_kind, g_steal_pointer (&uuid), time, merged_into,
                             _tx_exchange_reader_line (reading->reader), error);
    }
  if (kind == TX_N_KINDS)
    return TRUE;   /* the schema reports it */
  if (!count_record (reading, kind, error))
    return FALSE;
  g_clear_object (&import->record);
  import->kind = kind;
  import->record = g_object_new (tx_exchange_kind (kind)->get_type (), NULL);
  import->line = _tx_exchange_reader_line (reading->reader);
  import->withheld = 0;
  tx_record_set_uuid (import->record, uuid);
  _tx_record_set_stored (import->record, 0, created, modified, trashed);
  return TRUE;
}

static void
start_value (Reading *reading,
             gsize    limit)
{
  g_string_truncate (reading->text, 0);
  reading->limit = reading->import.options->max_field ? reading->import.options->max_field : limit;
}

static Element *
element_new (TxRecordClass *klass,
             const char    *name)
{
  const TxField *field = tx_record_class_find_field (klass, name);
  Element *element = g_new (Element, 1);

  element->field = field ? field - klass->fields : -1;
  element->child = -1;
  element->limit = g_strv_contains (long_text_fields, name) ? LONG_TEXT_MAX_FIELD : DEFAULT_MAX_FIELD;
  if (field != NULL)
    return element;
  for (guint i = 0; i < klass->n_children; i++)
    {
      const char *container;
      const char *row;

      tx_exchange_child_names (&klass->children[i], &container, &row);
      if (g_str_equal (container, name))
        element->child = i;
    }
  return element;
}

static const Element *
find_element (Reading    *reading,
              const char *name)
{
  GHashTable **table = &reading->elements[reading->import.kind];
  Element *element;

  if (*table == NULL)
    *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  element = g_hash_table_lookup (*table, name);
  if (element == NULL)
    {
      element = element_new (TX_RECORD_GET_CLASS (reading->import.record), name);
      g_hash_table_insert (*table, g_strdup (name), element);
    }
  return element;
}

/* a field, or the container of a child table */
static void
start_field (Reading *reading)
{
  const Element *element = find_element (reading, local_name (reading));

  reading->field = element->field;
  reading->child = element->child;
  if (element->field < 0)
    return;
  if (xmlTextReaderHasAttributes (reading->r) == 1)
    {
      g_autofree char *withheld = attribute (reading, "withheld");

      if (withheld != NULL)
        reading->import.withheld |= G_GUINT64_CONSTANT (1) << reading->field;
    }
  start_value (reading, element->limit);
}

/* What tx_record_set_field_value() stores (empty text is NULL), stored in
 * place: a record being read is shown nowhere, so no notify is missed (as
 * tx_exchange_foreach_reference() writes references). */
static void
store_field (TxRecord      *record,
             const TxField *field,
             const char    *text)
{
  gpointer slot = G_STRUCT_MEMBER_P (record, field->offset);

  switch (field->type)
    {
    case TX_FIELD_TEXT:
      g_free (*(char **) slot);
      *(char **) slot = *text != '\0' ? g_strdup (text) : NULL;
      break;
    case TX_FIELD_BOOL:
      *(gboolean *) slot = g_str_equal (text, "true");
      break;
    case TX_FIELD_INT:
      *(int *) slot = (int) g_ascii_strtoll (text, NULL, 10);
      break;
    }
}

static void
end_field (Reading *reading)
{
  TxRecord *record = reading->import.record;

  if (reading->field < 0)
    return;
  /* a withheld field never has a value: the importer keeps ours */
  if (!(reading->import.withheld & (G_GUINT64_CONSTANT (1) << reading->field)))
    store_field (record, &TX_RECORD_GET_CLASS (record)->fields[reading->field], reading->text->str);
  reading->field = -1;
}

static void
start_row (Reading *reading)
{
  TxRecord *record = reading->import.record;
  const TxChildTable *table;

  if (reading->child < 0)
    return;
  table = &TX_RECORD_GET_CLASS (record)->children[reading->child];
  reading->row = tx_record_add_child (record, reading->child);
  for (guint c = 0; c < table->n_columns; c++)
    if (table->columns[c].type == TX_CHILD_TEXT)
      *(char **) (reading->row + table->columns[c].offset) = attribute (reading, table->columns[c].column);
  start_value (reading, PHOTO_MAX_BYTES * 4 / 3 + 4);
}

static void
end_row (Reading *reading)
{
  const TxChildTable *table;

  if (reading->row == NULL)
    return;
  table = &TX_RECORD_GET_CLASS (reading->import.record)->children[reading->child];
  for (guint c = 0; c < table->n_columns; c++)
    if (table->columns[c].type == TX_CHILD_BLOB && reading->text->len > 0)
      {
        gsize size = 0;
        guchar *data = g_base64_decode (reading->text->str, &size);

        *(GBytes **) (reading->row + table->columns[c].offset) = g_bytes_new_take (data, size);
      }
  reading->row = NULL;
}

static gboolean
add_text (Reading  *reading,
          GError  **error)
{
  const char *text = (const char *) xmlTextReaderConstValue (reading->r);
  gsize length = text ? strlen (text) : 0;

  if (reading->text->len + length > reading->limit)
    return too_long (reading, error);
  g_string_append_len (reading->text, text, length);
  return TRUE;
}

/* ---- the event loop ---- */

static gboolean
on_element (Reading  *reading,
            GError  **error)
{
  int depth = xmlTextReaderDepth (reading->r);
  gboolean empty = xmlTextReaderIsEmptyElement (reading->r);

  if (depth == 1)
    {
      reading->in_header = g_str_equal (local_name (reading), "header");
      return TRUE;
    }
  if (reading->in_header)
    {
      header_element (reading);
      return TRUE;
    }
  if (depth == 2)
    {
      if (!start_record (reading, error))
        return FALSE;
      if (!empty || reading->import.record == NULL)
        return TRUE;
      /* a record with nothing inside is complete (the schema will object) */
      return emit_record (reading, error);
    }
  if (depth == 3 && reading->import.record != NULL)
    {
      start_field (reading);
      if (empty)
        end_field (reading);
    }
  else if (depth == 4 && reading->import.record != NULL)
    {
      start_row (reading);
      if (empty)
        end_row (reading);
    }
  return TRUE;
}

static gboolean
on_end (Reading  *reading,
        GError  **error)
{
  int depth = xmlTextReaderDepth (reading->r);

  if (reading->in_header || reading->import.record == NULL)
    return TRUE;
  if (depth == 4)
    end_row (reading);
  else if (depth == 3)
    end_field (reading);
  else if (depth == 2)
    return emit_record (reading, error);
  return TRUE;
}

static gboolean
on_text (Reading  *reading,
         GError  **error)
{
  if (reading->in_header)
    {
      if (xmlTextReaderDepth (reading->r) == 3)
        header_text (reading, (const char *) xmlTextReaderConstValue (reading->r));
      return TRUE;
    }
  if (reading->field >= 0 || reading->row != NULL)
    return add_text (reading, error);
  return TRUE;
}

static gboolean
read_all (Reading  *reading,
          GError  **error)
{
  int rc;

  while ((rc = _tx_exchange_reader_read (reading->reader, error)) == 1)
    {
      gboolean ok = TRUE;

      switch (xmlTextReaderNodeType (reading->r))
        {
        case XML_READER_TYPE_ELEMENT:
          ok = on_element (reading, error);
          break;
        case XML_READER_TYPE_END_ELEMENT:
          ok = on_end (reading, error);
          break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          ok = on_text (reading, error);
          break;
        default:
          break;
        }
      if (!ok)
        return FALSE;
    }
  return rc == 0;
}

/* The header promised so many records: fewer means a file cut short at
 * a record boundary that happened to stay well-formed, or an edited one. */
static gboolean
check_counts (Reading  *reading,
              GError  **error)
{
  for (guint kind = 0; kind < TX_N_KINDS; kind++)
    if (reading->read[kind] != reading->expected[kind])
      {
        g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_INVALID,
                     _("The header promises %llu records of the kind “%s” but the file holds %llu; it was refused."),
                     (unsigned long long) reading->expected[kind], tx_exchange_kind_label (kind),
                     (unsigned long long) reading->read[kind]);
        return FALSE;
      }
  return TRUE;
}

static char *
future_limit (TxDatabase *db)
{
  g_autofree char *now = tx_database_now (db);
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (now, NULL);
  g_autoptr(GDateTime) later = time ? g_date_time_add_hours (time, 1) : NULL;

  return later ? g_date_time_format (later, "%Y-%m-%dT%H:%M:%S.999Z") : g_strdup (now);
}

static void
reading_clear (Reading *reading)
{
  g_clear_pointer (&reading->reader, _tx_exchange_reader_free);
  g_clear_pointer (&reading->import.report, tx_import_report_free);
  g_clear_object (&reading->import.record);
  g_clear_pointer (&reading->header_element, g_free);
  g_clear_pointer (&reading->pipe.full, g_async_queue_unref);
  g_clear_pointer (&reading->pipe.free, g_async_queue_unref);
  g_clear_pointer (&reading->pipe.current, batch_free);
  if (reading->text != NULL)
    g_string_free (reading->text, TRUE);
  for (guint kind = 0; kind < TX_N_RECORD_KINDS; kind++)
    g_clear_pointer (&reading->elements[kind], g_hash_table_unref);
}

static void
pipe_init (Pipe *pipe)
{
  pipe->full = g_async_queue_new_full ((GDestroyNotify) batch_free);
  pipe->free = g_async_queue_new_full ((GDestroyNotify) batch_free);
  for (guint i = 0; i < BATCHES_IN_FLIGHT; i++)
    g_async_queue_push (pipe->free, batch_new ());
  pipe->current = batch_new ();
}

/* the reader's thread: the file, then the last batch with how it ended */
static gpointer
read_file (gpointer data)
{
  Reading *reading = data;
  GError *error = NULL;

  if ((!read_all (reading, &error) || !check_counts (reading, &error)) && error == NULL)
    error = g_error_new_literal (TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_FAILED, _("The file could not be read."));
  send_batch (reading, TRUE, error);
  return NULL;
}

/* ---- applying, on the caller's thread ---- */

static void
import_init (TxImport              *import,
             TxDatabase            *db,
             const TxImportOptions *options,
             TxImportReport        *report)
{
  import->db = db;
  import->options = options;
  import->report = report;
  import->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->remap = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  import->future = future_limit (db);
}

static void
import_clear (TxImport *import)
{
  g_clear_pointer (&import->seen, g_hash_table_unref);
  g_clear_pointer (&import->remap, g_hash_table_unref);
  g_clear_pointer (&import->future, g_free);
  g_clear_object (&import->record);
  _tx_import_clear_fresh (import);
}

static gboolean
apply_item (TxImport  *import,
            Item      *item,
            GError   **error)
{
  gboolean ok;

  if (item->record == NULL)
    return _tx_import_take_tombstone (import, item->tomb_kind, item->uuid, item->time, item->merged_into,
                                      item->line, error);
  if (item->key_name != NULL)
    {
      _tx_sort_keys_offer (tx_record_get_entity (item->record), item->key_name, item->keys);
      memset (item->keys, 0, sizeof item->keys);
    }
  import->kind = item->kind;
  import->record = g_steal_pointer (&item->record);
  import->line = item->line;
  import->withheld = item->withheld;
  ok = _tx_import_take_record (import, error);
  g_clear_object (&import->record);
  return ok;
}

static void
report_progress (Reading *reading,
                 guint64  done)
{
  if (reading->progress != NULL && (done % 256 == 0 || done == reading->total))
    reading->progress (done, MAX (reading->total, done), reading->progress_data);
}

/* Applies the records in file order as the reader hands them over, until
 * it is done. The first failure, here or in the reader, is the one told:
 * after one here the reader is stopped and the rest dropped. */
static gboolean
apply_all (Reading   *reading,
           TxImport  *import,
           GError   **error)
{
  Pipe *pipe = &reading->pipe;
  g_autoptr(GError) failure = NULL;
  gboolean failed = FALSE;
  gboolean last = FALSE;
  guint64 done = 0;

  while (!last)
    {
      Batch *batch = g_async_queue_pop (pipe->full);

      for (guint i = 0; i < batch->items->len && !failed; i++)
        if (apply_item (import, &g_array_index (batch->items, Item, i), &failure))
          report_progress (reading, ++done);
        else
          {
            failed = TRUE;
            g_atomic_int_set (&pipe->stop, 1);
          }
      last = batch->last;
      if (last && !failed && batch->error != NULL)
        {
          failed = TRUE;
          failure = g_steal_pointer (&batch->error);
        }
      if (last)
        batch_free (batch);
      else
        {
          /* emptied here, filled again by the reader: no allocation a batch */
          g_array_set_size (batch->items, 0);
          g_async_queue_push (pipe->free, batch);
        }
    }
  _tx_sort_keys_offer (NULL, NULL, NULL);
  if (failed)
    g_propagate_error (error, g_steal_pointer (&failure));
  return !failed;
}

/* A whole archive is one transaction: with the connection's usual cache
 * its pages would spill to the WAL long before the commit (and a trial
 * run would write them only to roll them back). The memory goes back
 * when the import ends. The indexes an import into an empty database
 * makes at the end sort on a second thread as well. */
static void
set_import_cache (TxDatabase *db,
                  gboolean    large)
{
  if (large)
    tx_database_exec (db, "PRAGMA cache_size=-524288; PRAGMA threads=2", NULL);
  else
    tx_database_exec (db, "PRAGMA cache_size=" TX_DATABASE_CACHE_SIZE "; PRAGMA threads=0; PRAGMA shrink_memory", NULL);
}

/* Each record is saved in a savepoint of the import's transaction, and a
 * savepoint keeps the pages it changes in a statement journal: in memory,
 * not a temporary file written a hundred thousand times. (Only outside a
 * transaction can it be changed.) */
static void
set_import_journal (TxDatabase *db,
                    gboolean    memory)
{
  if (!tx_database_in_transaction (db))
    tx_database_exec (db, memory ? "PRAGMA temp_store=MEMORY" : "PRAGMA temp_store=DEFAULT", NULL);
}

/* Reads on a thread of its own and applies here, in the import's
 * transaction; commits or rolls back once the reader is done. */
static gboolean
read_and_apply (Reading   *reading,
                TxImport  *import,
                GError   **error)
{
  GThread *thread = g_thread_new ("tongxin-import-reader", read_file, reading);
  gboolean ok = apply_all (reading, import, error);

  g_thread_join (thread);
  return ok;
}

TxImportReport *
tx_exchange_import (TxDatabase             *db,
                    GFile                  *file,
                    const TxImportOptions  *options,
                    TxExchangeProgress      progress,
                    gpointer                user_data,
                    GCancellable           *cancellable,
                    GError                **error)
{
  Reading reading = { { 0 } };
  TxImport import = { 0 };
  TxImportReport *report;
  gboolean ok;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  reading.import.options = options;
  reading.import.report = report_new ();
  reading.progress = progress;
  reading.progress_data = user_data;
  reading.field = reading.child = -1;
  reading.text = g_string_new (NULL);
  pipe_init (&reading.pipe);
  import_init (&import, db, options, reading.import.report);

  reading.reader = _tx_exchange_reader_new (file, options->max_bytes, cancellable, error);
  if (reading.reader == NULL)
    goto refused;
  reading.r = _tx_exchange_reader_get (reading.reader);

  /* the hook for the backup before an import (issue 13) */
  if (!options->dry_run && options->backup != NULL && !options->backup (db, options->backup_data, error))
    goto refused;
  set_import_journal (db, TRUE);
  if (!tx_store_begin (db, error))
    goto refused;
  if (!_tx_import_check_fresh (&import, error))
    {
      tx_database_rollback (db);
      goto refused;
    }
  set_import_cache (db, TRUE);
  ok = read_and_apply (&reading, &import, error);
  if (!ok || options->dry_run || !tx_import_report_can_apply (import.report))
    tx_database_rollback (db);
  else if (!_tx_import_end_fresh (&import, error) || !tx_store_commit (db, error))
    {
      tx_database_rollback (db);
      ok = FALSE;
    }
  else
    import.report->applied = TRUE;
  set_import_cache (db, FALSE);
  if (!ok)
    goto refused;

  report = g_steal_pointer (&reading.import.report);
  set_import_journal (db, FALSE);
  import_clear (&import);
  reading_clear (&reading);
  return report;

refused:
  set_import_journal (db, FALSE);
  import_clear (&import);
  reading_clear (&reading);
  return NULL;
}
