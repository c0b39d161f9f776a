/* tx-exchange-export.c — writing an exchange file
 *
 * The document is written with xmlTextWriter straight into the stream of
 * g_file_replace() (atomic, and it works through the Flatpak document
 * portal), checked against the schema on a second thread as it is
 * written, and the stream is closed, which puts the file in its place,
 * only when the check says yes. Records are sorted by uuid and written with fixed
 * formats, so the same database always gives the same bytes, whatever the
 * locale or SQLite's row order.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE   /* F_SETPIPE_SZ */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <glib-unix.h>
#include <gio/gunixinputstream.h>
#include <libxml/xmlwriter.h>

#include "core/text/tx-idnumber.h"
#include "core/text/tx-privacy.h"
#include "core/db/tx-settings.h"
#include "core/db/tx-store.h"
#include "core/model/tx-tombstone.h"

#include "tx-exchange-export.h"
#include "tx-exchange-private.h"

typedef struct
{
  GHashTable *sets[TX_N_RECORD_KINDS];   /* uuids to write, per kind */
  GPtrArray  *tombstones;                /* TxTombstone */
} Selection;

static void
selection_free (Selection *selection)
{
  for (guint i = 0; i < TX_N_RECORD_KINDS; i++)
    g_clear_pointer (&selection->sets[i], g_hash_table_unref);
  g_clear_pointer (&selection->tombstones, g_ptr_array_unref);
  g_free (selection);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Selection, selection_free)

static Selection *
selection_new (void)
{
  Selection *selection = g_new0 (Selection, 1);

  for (guint i = 0; i < TX_N_RECORD_KINDS; i++)
    selection->sets[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return selection;
}

/* ---- choosing the records ------------------------------------------------- */

/* Runs @sql with up to two text parameters and adds the first column of
 * every row to @set. */
static gboolean
add_uuids (TxDatabase  *db,
           const char  *sql,
           const char  *p1,
           const char  *p2,
           GHashTable  *set,
           GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  tx_bind_text (stmt, 1, p1);
  tx_bind_text (stmt, 2, p2);
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    g_hash_table_add (set, g_strdup (tx_column_text (stmt, 0)));
  return rc == 0;
}

static const char *
date_column (TxKind kind)
{
  switch (kind)
    {
    case TX_KIND_ACTIVITY: return "start_date";
    case TX_KIND_VISIT: case TX_KIND_CONSULTATION: case TX_KIND_SUGGESTION: return "date";
    default: return NULL;
    }
}

/* Constant SQL: table and column names come from the tables above. */
static char *
kind_select_sql (TxKind kind)
{
  const char *table = tx_exchange_kind (kind)->entity;
  const char *column = date_column (kind);

  if (column == NULL)
    return g_strdup_printf ("SELECT uuid FROM %s WHERE ?1 IS NULL AND ?2 IS NULL", table);
  return g_strdup_printf ("SELECT uuid FROM %s WHERE (?1 IS NULL OR %s >= ?1) AND (?2 IS NULL OR %s <= ?2)",
                          table, column, column);
}

static gboolean
select_kind (TxDatabase             *db,
             TxKind                  kind,
             const TxExportOptions  *options,
             GHashTable             *set,
             GError                **error)
{
  g_autofree char *sql = kind_select_sql (kind);
  gboolean dated = date_column (kind) != NULL;

  return add_uuids (db, sql, dated ? options->from : NULL, dated ? options->to : NULL, set, error);
}

static gboolean
has_filter (char **list)
{
  return list != NULL && list[0] != NULL;
}

/* The people of the chosen communities and categories. */
static gboolean
select_people (TxDatabase             *db,
               const TxExportOptions  *options,
               Selection              *selection,
               GError                **error)
{
  static const char sql[] =
    "SELECT p.uuid FROM person p WHERE "
    "(?1 IS NULL OR p.community IN (SELECT uuid FROM community WHERE code = ?1)) AND "
    "(?2 IS NULL OR EXISTS (SELECT 1 FROM person_category pc WHERE pc.owner = p.uuid AND pc.category = ?2))";
  char *none[] = { NULL, NULL };
  char **communities = has_filter (options->communities) ? options->communities : none;
  char **categories = has_filter (options->categories) ? options->categories : none;

  for (guint c = 0; c == 0 || communities[c] != NULL; c++)
    for (guint k = 0; k == 0 || categories[k] != NULL; k++)
      if (!add_uuids (db, sql, communities[c], categories[k], selection->sets[TX_KIND_PERSON], error))
        return FALSE;
  for (guint c = 0; communities[c] != NULL; c++)
    if (!add_uuids (db, "SELECT uuid FROM community WHERE code = ?1 AND ?2 IS NULL", communities[c], NULL,
                    selection->sets[TX_KIND_COMMUNITY], error) ||
        !add_uuids (db, "SELECT uuid FROM staff WHERE community IN (SELECT uuid FROM community WHERE code = ?1) AND ?2 IS NULL",
                    communities[c], NULL, selection->sets[TX_KIND_STAFF], error))
      return FALSE;
  return TRUE;
}

static gboolean
refers_to_chosen (const TxExchangeReference  *ref,
                  char                      **uuid,
                  gpointer                    data)
{
  Selection *chosen = data;

  return (ref->target == TX_KIND_PERSON || ref->target == TX_KIND_COMMUNITY) &&
         g_hash_table_contains (chosen->sets[ref->target], *uuid);
}

static gboolean
add_reference (const TxExchangeReference  *ref,
               char                      **uuid,
               gpointer                    data)
{
  Selection *selection = data;

  g_hash_table_add (selection->sets[ref->target], g_strdup (*uuid));
  return FALSE;
}

/* Of the records of @kind in the date range, those that concern the
 * chosen people or communities. */
static gboolean
select_concerning (TxDatabase             *db,
                   TxKind                  kind,
                   const TxExportOptions  *options,
                   Selection              *selection,
                   GError                **error)
{
  g_autoptr(GHashTable) candidates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer uuid;

  if (!select_kind (db, kind, options, candidates, error))
    return FALSE;
  g_hash_table_iter_init (&iter, candidates);
  while (g_hash_table_iter_next (&iter, &uuid, NULL))
    {
      g_autoptr(TxRecord) record = tx_store_load (db, tx_exchange_kind (kind)->get_type (), uuid, error);

      if (record == NULL)
        return FALSE;
      if (tx_exchange_foreach_reference (record, refers_to_chosen, selection))
        g_hash_table_add (selection->sets[kind], g_strdup (uuid));
    }
  return TRUE;
}

/* Every record a chosen record refers to goes into the file too, so that
 * it stands alone: later kinds refer only to earlier ones. */
static gboolean
close_references (TxDatabase  *db,
                  Selection   *selection,
                  GError     **error)
{
  for (int kind = TX_N_RECORD_KINDS - 1; kind > TX_KIND_COMMUNITY; kind--)
    {
      g_autofree gpointer *uuids = (gpointer *) g_hash_table_get_keys_as_array (selection->sets[kind], NULL);

      for (guint i = 0; uuids[i] != NULL; i++)
        {
          g_autoptr(TxRecord) record = tx_store_load (db, tx_exchange_kind (kind)->get_type (), uuids[i], error);

          if (record == NULL)
            return FALSE;
          tx_exchange_foreach_reference (record, add_reference, selection);
        }
    }
  return TRUE;
}

static Selection *
select_records (TxDatabase             *db,
                const TxExportOptions  *options,
                GError                **error)
{
  g_autoptr(Selection) selection = selection_new ();
  gboolean by_people = has_filter (options->communities) || has_filter (options->categories);

  selection->tombstones = tx_tombstone_list (db, error);
  if (selection->tombstones == NULL)
    return NULL;
  if (!by_people)
    {
      for (guint kind = 0; kind < TX_N_RECORD_KINDS; kind++)
        if (!select_kind (db, kind, options, selection->sets[kind], error))
          return NULL;
      if ((options->from != NULL || options->to != NULL) && !close_references (db, selection, error))
        return NULL;
      return g_steal_pointer (&selection);
    }

  if (!select_people (db, options, selection, error))
    return NULL;
  for (guint kind = TX_KIND_ACTIVITY; kind < TX_N_RECORD_KINDS; kind++)
    if (!select_concerning (db, kind, options, selection, error))
      return NULL;
  if (!close_references (db, selection, error))
    return NULL;
  return g_steal_pointer (&selection);
}

gboolean
tx_exchange_export_count (TxDatabase             *db,
                          const TxExportOptions  *options,
                          guint64                *counts,
                          GError                **error)
{
  g_autoptr(Selection) selection = select_records (db, options, error);

  if (selection == NULL)
    return FALSE;
  for (guint kind = 0; kind < TX_N_RECORD_KINDS; kind++)
    counts[kind] = g_hash_table_size (selection->sets[kind]);
  counts[TX_KIND_TOMBSTONE] = selection->tombstones->len;
  return TRUE;
}

/* ---- writing -------------------------------------------------------------- */

typedef struct
{
  TxDatabase             *db;
  const TxExportOptions  *options;
  Selection              *selection;
  xmlTextWriterPtr        writer;
  TxExchangeProgress      progress;
  gpointer                progress_data;
  GCancellable           *cancellable;
  guint64                 done;
  guint64                 total;
  gboolean                failed;   /* a writer call returned < 0 */
  /* of the kind being written: the reference each field is, or NULL */
  const TxExchangeReference *field_refs[64];
} Export;

#define X(s) ((const xmlChar *) (s))

static void
check (Export *export,
       int     rc)
{
  if (rc < 0)
    export->failed = TRUE;
}

/* Control characters that XML 1.0 cannot carry (a vertical tab pasted
 * from a spreadsheet) become U+FFFD, so that one odd note does not make
 * every export of the office fail. NULL when @text can go as it is. */
static char *
xml_safe (const char *text)
{
  GString *safe;

  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
      break;
    else if (p[1] == '\0')
      return NULL;
  if (*text == '\0')
    return NULL;
  safe = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
      g_string_append (safe, "\xef\xbf\xbd");
    else
      g_string_append_c (safe, *p);
  return g_string_free (safe, FALSE);
}

static void
write_text_element (Export     *export,
                    const char *name,
                    const char *text)
{
  g_autofree char *safe = xml_safe (text);

  check (export, xmlTextWriterWriteElement (export->writer, X (name), X (safe ? safe : text)));
}

static void
write_withheld (Export     *export,
                const char *name,
                const char *how,
                const char *text)
{
  check (export, xmlTextWriterStartElement (export->writer, X (name)));
  check (export, xmlTextWriterWriteAttribute (export->writer, X ("withheld"), X (how)));
  if (text != NULL)
    check (export, xmlTextWriterWriteString (export->writer, X (text)));
  check (export, xmlTextWriterEndElement (export->writer));
}

/* masked: ID numbers and phones keep their ends; coded values (political
 * status, religion) stay, as the office above counts by them; free text
 * (address, health) is left out. */
static void
write_sensitive (Export        *export,
                 const TxField *field,
                 const char    *value)
{
  g_autofree char *masked = NULL;

  if (export->options->privacy == TX_PRIVACY_FULL ||
      (export->options->privacy == TX_PRIVACY_MASKED && field->code_kind != NULL))
    {
      write_text_element (export, field->name, value);
      return;
    }
  if (export->options->privacy == TX_PRIVACY_MASKED)
    {
      if (g_str_equal (field->name, "document-number"))
        masked = tx_id_number_mask (value);
      else if (g_str_has_prefix (field->name, "phone"))
        masked = tx_mask_phone (value);
    }
  write_withheld (export, field->name, masked ? "masked" : "omitted", masked);
}

/* The value is read where the record keeps it (TxField.offset), not
 * copied into a GValue for every field of every record. */
static void
write_field (Export   *export,
             TxRecord *record,
             guint     index)
{
  const TxField *field = &TX_RECORD_GET_CLASS (record)->fields[index];
  const TxExchangeReference *ref = export->field_refs[index];
  gconstpointer slot = G_STRUCT_MEMBER_P (record, field->offset);
  const char *text;
  char number[32];

  if (field->type == TX_FIELD_BOOL)
    {
      write_text_element (export, field->name, *(const gboolean *) slot ? "true" : "false");
      return;
    }
  if (field->type == TX_FIELD_INT)
    {
      g_snprintf (number, sizeof number, "%d", *(const int *) slot);
      write_text_element (export, field->name, number);
      return;
    }
  text = *(const char * const *) slot;
  if (text == NULL)
    return;
  /* a reference to a record that is gone (no foreign key holds a
   * community) would dangle in the file */
  if (ref != NULL && !g_hash_table_contains (export->selection->sets[ref->target], text))
    return;
  if (field->sensitive)
    write_sensitive (export, field, text);
  else
    write_text_element (export, field->name, text);
}

static void
write_child_row (Export             *export,
                 const TxChildTable *table,
                 const char         *row_name,
                 const guint8       *row)
{
  check (export, xmlTextWriterStartElement (export->writer, X (row_name)));
  for (guint c = 0; c < table->n_columns; c++)
    {
      const TxChildColumn *column = &table->columns[c];

      if (column->type == TX_CHILD_TEXT)
        {
          const char *text = *(char * const *) (row + column->offset);

          g_autofree char *safe = text ? xml_safe (text) : NULL;

          if (text != NULL)
            check (export, xmlTextWriterWriteAttribute (export->writer, X (column->column), X (safe ? safe : text)));
        }
      else
        {
          GBytes *bytes = *(GBytes * const *) (row + column->offset);
          gsize size = 0;
          const char *data = bytes ? g_bytes_get_data (bytes, &size) : NULL;

          if (size > 0)
            check (export, xmlTextWriterWriteBase64 (export->writer, data, 0, (int) size));
        }
    }
  check (export, xmlTextWriterEndElement (export->writer));
}

static void
write_children (Export   *export,
                TxRecord *record,
                guint     index)
{
  const TxChildTable *table = &TX_RECORD_GET_CLASS (record)->children[index];
  GPtrArray *rows = tx_record_get_children (record, index);
  const char *container;
  const char *row_name;

  if (rows->len == 0 || (table->on_demand && !export->options->photos))
    return;
  tx_exchange_child_names (table, &container, &row_name);
  check (export, xmlTextWriterStartElement (export->writer, X (container)));
  for (guint r = 0; r < rows->len; r++)
    write_child_row (export, table, row_name, g_ptr_array_index (rows, r));
  check (export, xmlTextWriterEndElement (export->writer));
}

static void
write_record (Export   *export,
              TxRecord *record)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  xmlTextWriterPtr w = export->writer;

  check (export, xmlTextWriterStartElement (w, X (klass->entity)));
  check (export, xmlTextWriterWriteAttribute (w, X ("uuid"), X (tx_record_get_uuid (record))));
  check (export, xmlTextWriterWriteAttribute (w, X ("created"), X (tx_record_get_created (record))));
  check (export, xmlTextWriterWriteAttribute (w, X ("modified"), X (tx_record_get_modified (record))));
  if (tx_record_get_trashed (record) != NULL)
    check (export, xmlTextWriterWriteAttribute (w, X ("trashed"), X (tx_record_get_trashed (record))));
  for (guint i = 0; i < klass->n_fields; i++)
    write_field (export, record, i);
  for (guint i = 0; i < klass->n_children; i++)
    write_children (export, record, i);
  check (export, xmlTextWriterEndElement (w));
}

static gboolean
step_progress (Export  *export,
               GError **error)
{
  export->done++;
  if (export->progress != NULL && (export->done % 256 == 0 || export->done == export->total))
    export->progress (export->done, export->total, export->progress_data);
  return !g_cancellable_set_error_if_cancelled (export->cancellable, error);
}

typedef struct
{
  Export     *export;
  GHashTable *chosen;
} Section;

static gboolean
write_if_chosen (TxRecord  *record,
                 gpointer   data,
                 GError   **error)
{
  Section *section = data;

  if (!g_hash_table_contains (section->chosen, tx_record_get_uuid (record)))
    return TRUE;
  write_record (section->export, record);
  if (section->export->failed)
    {
      g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_FAILED,
                   _("Writing the export failed; is the disk full?"));
      return FALSE;
    }
  return step_progress (section->export, error);
}

/* One pass over the kind's tables, in the byte order of the uuids (never
 * the locale's): the records chosen are written as they come. */
static gboolean
write_section (Export   *export,
               TxKind    kind,
               GError  **error)
{
  const TxExchangeKind *info = tx_exchange_kind (kind);
  Section section = { export, export->selection->sets[kind] };
  g_autoptr(GTypeClass) klass = g_type_class_ref (info->get_type ());
  TxRecordClass *record_class = TX_RECORD_CLASS (klass);

  /* looked up once for the section, not for every field of every record */
  g_assert (record_class->n_fields <= G_N_ELEMENTS (export->field_refs));
  for (guint i = 0; i < record_class->n_fields; i++)
    export->field_refs[i] = tx_exchange_find_reference (record_class->entity, record_class->fields[i].column);

  check (export, xmlTextWriterStartElement (export->writer, X (info->section)));
  if (g_hash_table_size (section.chosen) > 0 &&
      !tx_store_foreach (export->db, info->get_type (), export->options->photos, write_if_chosen, &section, error))
    return FALSE;
  check (export, xmlTextWriterEndElement (export->writer));
  return TRUE;
}

static gboolean
write_tombstones (Export  *export,
                  GError **error)
{
  GPtrArray *list = export->selection->tombstones;

  check (export, xmlTextWriterStartElement (export->writer, X ("tombstones")));
  for (guint i = 0; i < list->len; i++)
    {
      TxTombstone *t = g_ptr_array_index (list, i);

      check (export, xmlTextWriterStartElement (export->writer, X ("tombstone")));
      check (export, xmlTextWriterWriteAttribute (export->writer, X ("uuid"), X (t->uuid)));
      check (export, xmlTextWriterWriteAttribute (export->writer, X ("kind"), X (t->kind)));
      check (export, xmlTextWriterWriteAttribute (export->writer, X ("time"), X (t->time)));
      if (t->merged_into != NULL)
        check (export, xmlTextWriterWriteAttribute (export->writer, X ("merged-into"), X (t->merged_into)));
      check (export, xmlTextWriterEndElement (export->writer));
      if (!step_progress (export, error))
        return FALSE;
    }
  check (export, xmlTextWriterEndElement (export->writer));
  return TRUE;
}

static gboolean
is_subset (const TxExportOptions *options)
{
  return has_filter (options->communities) || has_filter (options->categories) ||
         options->from != NULL || options->to != NULL;
}

static void
write_header (Export     *export,
              const char *office_name)
{
  xmlTextWriterPtr w = export->writer;
  g_autofree char *level = tx_settings_dup (export->db, TX_SETTING_OFFICE_LEVEL);
  g_autofree char *code = tx_settings_dup (export->db, TX_SETTING_OFFICE_CODE);
  g_autofree char *now = tx_database_now (export->db);
  g_autofree char *as_of = g_strndup (export->options->as_of ? export->options->as_of : now, 10);

  check (export, xmlTextWriterStartElement (w, X ("header")));
  check (export, xmlTextWriterStartElement (w, X ("office")));
  check (export, xmlTextWriterWriteAttribute (w, X ("level"), X (level ? level : "1")));
  if (code != NULL)
    check (export, xmlTextWriterWriteAttribute (w, X ("code"), X (code)));
  check (export, xmlTextWriterWriteString (w, X (office_name)));
  check (export, xmlTextWriterEndElement (w));
  write_text_element (export, "as-of", as_of);
  write_text_element (export, "created", now);
  write_text_element (export, "privacy", tx_exchange_privacy_to_string (export->options->privacy));
  write_text_element (export, "photos", export->options->photos ? "true" : "false");
  write_text_element (export, "scope", is_subset (export->options) ? "subset" : "whole");
  check (export, xmlTextWriterStartElement (w, X ("counts")));
  for (guint kind = 0; kind < TX_N_KINDS; kind++)
    {
      guint64 n = kind == TX_KIND_TOMBSTONE ? export->selection->tombstones->len
                                            : g_hash_table_size (export->selection->sets[kind]);
      char number[32];

      g_snprintf (number, sizeof number, "%" G_GUINT64_FORMAT, n);
      check (export, xmlTextWriterWriteAttribute (w, X (kind == TX_KIND_TOMBSTONE ? "tombstone" : tx_exchange_kind (kind)->entity),
                                                  X (number)));
      export->total += n;
    }
  check (export, xmlTextWriterEndElement (w));
  check (export, xmlTextWriterEndElement (w));
}

/* ---- checking while writing ------------------------------------------------
 * Every byte of the document goes to the file's stream and down a pipe to
 * a thread that checks it against the schema as it comes, so on two cores
 * the check takes no time of its own; the file is put in place only when
 * the check says yes. */

/* libxml2 hands its output over in pieces of about 4 KB: they go on in
 * pieces of this size, a few thousand system calls for a whole archive
 * instead of tens of thousands. The pipe holds several pieces, so the
 * writer runs ahead of the check instead of waiting for it to read each
 * piece and then leaving it idle while it makes the next (with a piece
 * of 256 KB and Linux's 64 KB pipe the two took turns: the export's
 * wall time was its CPU time). */
#define CHECK_CHUNK (64 * 1024)
#define CHECK_PIPE_SIZE (1024 * 1024)

typedef struct
{
  GOutputStream *target;   /* to the file, put in place when closed */
  int           pipe_in;   /* the checking thread reads here */
  int           pipe_out;  /* the writer writes here; -1 once closed */
  GThread      *thread;
  GCancellable *cancellable;
  gboolean      valid;
  GError       *error;     /* why not */
  GByteArray   *pending;   /* written by libxml2, not yet passed on */
} Check;

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= n;
    }
  return TRUE;
}

/* what is pending, to the file and down the pipe */
static gboolean
check_flush (Check *check)
{
  GByteArray *pending = check->pending;
  /* not cancellable: a cancelled export is told by the check, as before */
  gboolean ok = g_output_stream_write_all (check->target, pending->data, pending->len, NULL, NULL, NULL) &&
                write_all (check->pipe_out, (const char *) pending->data, pending->len);

  g_byte_array_set_size (pending, 0);
  return ok;
}

static int
check_write (void       *context,
             const char *buffer,
             int         length)
{
  Check *check = context;

  g_byte_array_append (check->pending, (const guint8 *) buffer, length);
  if (check->pending->len >= CHECK_CHUNK && !check_flush (check))
    return -1;
  return length;
}

/* the writer flushes with check_flush() before it closes, and sees it fail */
static int
check_close (void *context)
{
  return 0;
}

static gpointer
check_thread (gpointer data)
{
  Check *check = data;
  g_autoptr(GInputStream) input = g_unix_input_stream_new (check->pipe_in, FALSE);
  char drain[16384];

  check->valid = _tx_exchange_validate_stream (input, "export.xml", check->cancellable, &check->error);
  /* the writer goes on to the end: take its bytes, so that it never
   * waits on a full pipe (and never writes to a closed one) */
  for (;;)
    {
      gssize n = read (check->pipe_in, drain, sizeof drain);

      if (n == 0 || (n < 0 && errno != EINTR))
        break;
    }
  return NULL;
}

static gboolean
check_start (Check         *check,
             GOutputStream *target,
             GCancellable  *cancellable,
             GError       **error)
{
  int fds[2];

  check->target = target;
  check->pipe_in = check->pipe_out = -1;
  check->cancellable = cancellable;
  /* libxml2 and the schema made ready on this thread, not in a race */
  if (tx_exchange_get_schema (error) == NULL || !g_unix_open_pipe (fds, FD_CLOEXEC, error))
    return FALSE;
  check->pipe_in = fds[0];
  check->pipe_out = fds[1];
#ifdef F_SETPIPE_SZ
  /* at most /proc/sys/fs/pipe-max-size (1 MiB by default); a smaller
   * pipe only makes the two threads take turns more often */
  (void) fcntl (check->pipe_out, F_SETPIPE_SZ, CHECK_PIPE_SIZE);
#endif
  check->pending = g_byte_array_sized_new (CHECK_CHUNK + 8192);
  check->thread = g_thread_new ("tongxin-export-check", check_thread, check);
  return TRUE;
}

/* The writer is done (or gave up): the thread's verdict. */
static gboolean
check_finish (Check   *check,
              GError **error)
{
  if (check->pipe_out >= 0)
    close (check->pipe_out);
  check->pipe_out = -1;
  if (check->thread != NULL)
    g_thread_join (g_steal_pointer (&check->thread));
  if (check->pipe_in >= 0)
    close (check->pipe_in);
  check->pipe_in = -1;
  g_clear_pointer (&check->pending, g_byte_array_unref);
  if (!check->valid && check->error == NULL)
    g_set_error (&check->error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_FAILED,
                 _("Writing the export failed; is the disk full?"));
  if (!check->valid)
    g_propagate_error (error, g_steal_pointer (&check->error));
  return check->valid;
}

static gboolean
write_document (Export      *export,
                Check       *checker,
                const char  *office_name,
                GError     **error)
{
  xmlOutputBufferPtr output = xmlOutputBufferCreateIO (check_write, check_close, checker, NULL);

  export->writer = output ? xmlNewTextWriter (output) : NULL;
  if (export->writer == NULL)
    {
      g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_FAILED,
                   _("A temporary file for the export could not be written."));
      return FALSE;
    }
  xmlTextWriterSetIndent (export->writer, 1);
  xmlTextWriterSetIndentString (export->writer, X ("  "));
  check (export, xmlTextWriterStartDocument (export->writer, "1.0", "UTF-8", NULL));
  check (export, xmlTextWriterStartElementNS (export->writer, NULL, X ("tongxin-exchange"), X (TX_EXCHANGE_NAMESPACE)));
  check (export, xmlTextWriterWriteAttribute (export->writer, X ("version"), X (G_STRINGIFY (TX_EXCHANGE_VERSION))));
  write_header (export, office_name);
  for (guint kind = 0; kind < TX_N_RECORD_KINDS; kind++)
    if (!write_section (export, kind, error))
      return FALSE;
  if (!write_tombstones (export, error))
    return FALSE;
  check (export, xmlTextWriterEndDocument (export->writer));
  check (export, xmlTextWriterFlush (export->writer));
  if (!check_flush (checker))
    export->failed = TRUE;
  g_clear_pointer (&export->writer, xmlFreeTextWriter);
  if (export->failed)
    {
      g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_FAILED,
                   _("Writing the export failed; is the disk full?"));
      return FALSE;
    }
  return TRUE;
}

/* Where the document goes: g_file_replace() keeps the old file (or
 * none) until the stream is closed, so writing into it as the document
 * is made needs no temporary copy of our own. */
typedef struct
{
  GFileOutputStream *output;
  GOutputStream     *stream;    /* @output, or a gzip stream on it */
  gboolean           existed;
} Target;

static gboolean
target_open (Target        *target,
             GFile         *file,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *name = g_file_get_basename (file);

  target->existed = g_file_query_exists (file, NULL);
  target->output = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                   cancellable, error);
  if (target->output == NULL)
    return FALSE;
  if (g_str_has_suffix (name, ".gz"))
    {
      g_autoptr(GZlibCompressor) gzip = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, -1);

      target->stream = g_converter_output_stream_new (G_OUTPUT_STREAM (target->output), G_CONVERTER (gzip));
    }
  else
    target->stream = G_OUTPUT_STREAM (g_object_ref (target->output));
  return TRUE;
}

/* @ok: the document is whole and checked; it goes to its place. Else, or
 * when that fails, the old file stays, or none. */
static gboolean
target_close (Target        *target,
              GFile         *file,
              gboolean       ok,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GCancellable) abandon = NULL;

  if (ok && g_output_stream_close (target->stream, cancellable, error) &&
      (target->stream == G_OUTPUT_STREAM (target->output) ||
       g_output_stream_close (G_OUTPUT_STREAM (target->output), cancellable, error)))
    {
      g_clear_object (&target->stream);
      g_clear_object (&target->output);
      return TRUE;
    }

  /* closing with a cancelled cancellable drops what was written */
  abandon = g_cancellable_new ();
  g_cancellable_cancel (abandon);
  g_output_stream_close (G_OUTPUT_STREAM (target->output), abandon, NULL);
  if (!target->existed)
    g_file_delete (file, NULL, NULL);
  g_clear_object (&target->stream);
  g_clear_object (&target->output);
  return FALSE;
}

gboolean
tx_exchange_export (TxDatabase             *db,
                    GFile                  *file,
                    const TxExportOptions  *options,
                    TxExchangeProgress      progress,
                    gpointer                user_data,
                    GCancellable           *cancellable,
                    GError                **error)
{
  g_autofree char *office_name = tx_settings_dup (db, TX_SETTING_OFFICE_NAME);
  g_autoptr(Selection) selection = NULL;
  Target target = { 0 };
  Export export = { db, options, NULL, NULL, progress, user_data, cancellable };
  Check checker = { 0 };
  gboolean ok;
  gboolean reading;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (office_name == NULL || tx_record_text_is_blank (office_name))
    {
      g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_NO_OFFICE,
                   _("The office has no name yet; set the office’s name, level and area code in the preferences before exporting."));
      return FALSE;
    }
  if (!target_open (&target, file, cancellable, error))
    return FALSE;
  if (!check_start (&checker, target.stream, cancellable, error))
    {
      check_finish (&checker, NULL);
      target_close (&target, file, FALSE, NULL, NULL);
      return FALSE;
    }

  /* one read transaction: one snapshot of the data (a save in the window
   * meanwhile is not half in the file), and no lock taken per statement */
  reading = !tx_database_in_transaction (db);
  ok = !reading || tx_database_exec (db, "BEGIN DEFERRED", error);
  selection = ok ? select_records (db, options, error) : NULL;
  export.selection = selection;
  ok = selection != NULL && write_document (&export, &checker, office_name, error);
  if (reading)
    tx_database_rollback (db);
  g_clear_pointer (&export.writer, xmlFreeTextWriter);
  /* a failure while writing is the one to tell, not the cut-short check */
  if (!check_finish (&checker, ok ? error : NULL))
    ok = FALSE;
  g_clear_pointer (&export.writer, xmlFreeTextWriter);
  return target_close (&target, file, ok, cancellable, error) && ok;
}
