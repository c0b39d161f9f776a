/* tx-exchange.c — what export and import share
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
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"

#include "tx-exchange.h"
#include "tx-exchange-private.h"

#define SCHEMA_RESOURCE "/io/github/tongxin/Tongxin/core/exchange/tongxin-exchange-1.rng"

G_DEFINE_QUARK (tx-exchange-error-quark, tx_exchange_error)

static const TxExchangeKind kinds[TX_N_RECORD_KINDS] = {
  [TX_KIND_COMMUNITY]    = { "community",    "communities",   tx_community_get_type },
  [TX_KIND_STAFF]        = { "staff",        "staff-members", tx_staff_get_type },
  [TX_KIND_PERSON]       = { "person",       "people",        tx_person_get_type },
  [TX_KIND_ACTIVITY]     = { "activity",     "activities",    tx_activity_get_type },
  [TX_KIND_VISIT]        = { "visit",        "visits",        tx_visit_get_type },
  [TX_KIND_CONSULTATION] = { "consultation", "consultations", tx_consultation_get_type },
  [TX_KIND_SUGGESTION]   = { "suggestion",   "suggestions",   tx_suggestion_get_type },
  [TX_KIND_PAIRING]      = { "pairing",      "pairings",      tx_pairing_get_type },
};

static const char * const kind_labels[TX_N_KINDS] = {
  N_("Communities"), N_("Staff"), N_("People"), N_("Activities"), N_("Visits"),
  N_("Consultations"), N_("Suggestions"), N_("Pairings"), N_("Tombstones"),
};

static const struct
{
  const char *table;
  const char *container;
  const char *row;
} child_names[] = {
  { "person_category",       "categories",    "category" },
  { "person_role",           "roles",         "role" },
  { "person_circumstance",   "circumstances", "circumstance" },
  { "person_photo",          "photos",        "photo" },
  { "activity_participant",  "participants",  "participant" },
  { "activity_photo",        "photos",        "photo" },
  { "visit_staff",           "visitors",      "visitor" },
  { "consultation_attendee", "attendees",     "attendee" },
  { "suggestion_proposer",   "proposers",     "proposer" },
  { "suggestion_history",    "history",       "change" },
  { "pairing_contact",       "contacts",      "contact" },
};

static const TxExchangeReference references[] = {
  { "staff",                 "community",    TX_KIND_COMMUNITY },
  { "person",                "community",    TX_KIND_COMMUNITY },
  { "activity",              "community",    TX_KIND_COMMUNITY },
  { "activity_participant",  "person",       TX_KIND_PERSON },
  { "visit",                 "person",       TX_KIND_PERSON },
  { "visit_staff",           "staff",        TX_KIND_STAFF },
  { "consultation",          "chair",        TX_KIND_STAFF },
  { "consultation",          "recorder",     TX_KIND_STAFF },
  { "consultation_attendee", "person",       TX_KIND_PERSON },
  { "consultation_attendee", "staff",        TX_KIND_STAFF },
  { "suggestion",            "consultation", TX_KIND_CONSULTATION },
  { "suggestion_proposer",   "person",       TX_KIND_PERSON },
  { "pairing",               "staff",        TX_KIND_STAFF },
  { "pairing",               "person",       TX_KIND_PERSON },
};

static const char * const privacy_names[] = { "masked", "full", "omit" };

const TxExchangeKind *
tx_exchange_kind (TxKind kind)
{
  g_return_val_if_fail (kind < TX_N_RECORD_KINDS, NULL);
  return &kinds[kind];
}

TxKind
tx_exchange_kind_for_entity (const char *entity)
{
  for (guint i = 0; i < TX_N_RECORD_KINDS; i++)
    if (g_strcmp0 (kinds[i].entity, entity) == 0)
      return i;
  if (g_strcmp0 (entity, "tombstone") == 0)
    return TX_KIND_TOMBSTONE;
  return TX_N_KINDS;
}

const char *
tx_exchange_kind_label (TxKind kind)
{
  g_return_val_if_fail (kind < TX_N_KINDS, NULL);
  return _(kind_labels[kind]);
}

void
tx_exchange_child_names (const TxChildTable  *table,
                         const char         **container,
                         const char         **row)
{
  for (guint i = 0; i < G_N_ELEMENTS (child_names); i++)
    if (g_str_equal (child_names[i].table, table->table))
      {
        *container = child_names[i].container;
        *row = child_names[i].row;
        return;
      }
  g_return_if_reached ();
}

const TxExchangeReference *
tx_exchange_find_reference (const char *table,
                            const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    if (g_str_equal (references[i].table, table) && g_str_equal (references[i].column, column))
      return &references[i];
  return NULL;
}

/* The references of a record class: for each field, and each column of
 * each child table, the reference it is or NULL. Found once per class
 * (records are checked by the hundred thousand), kept for the process. */
typedef struct
{
  const TxExchangeReference **fields;
  const TxExchangeReference ***columns;   /* [table][column] */
} ClassReferences;

static ClassReferences *
class_references_new (TxRecordClass *klass)
{
  ClassReferences *refs = g_new0 (ClassReferences, 1);

  refs->fields = g_new0 (const TxExchangeReference *, klass->n_fields);
  for (guint i = 0; i < klass->n_fields; i++)
    refs->fields[i] = tx_exchange_find_reference (klass->entity, klass->fields[i].column);
  refs->columns = g_new0 (const TxExchangeReference **, klass->n_children);
  for (guint t = 0; t < klass->n_children; t++)
    {
      const TxChildTable *table = &klass->children[t];

      refs->columns[t] = g_new0 (const TxExchangeReference *, table->n_columns);
      for (guint c = 0; c < table->n_columns; c++)
        refs->columns[t][c] = tx_exchange_find_reference (table->table, table->columns[c].column);
    }
  return refs;
}

static const ClassReferences *
class_references (TxRecordClass *klass)
{
  static GMutex lock;
  static GHashTable *by_class;   /* TxRecordClass → ClassReferences, never freed */
  ClassReferences *refs;

  g_mutex_lock (&lock);
  if (by_class == NULL)
    by_class = g_hash_table_new (NULL, NULL);
  refs = g_hash_table_lookup (by_class, klass);
  if (refs == NULL)
    {
      refs = class_references_new (klass);
      g_hash_table_insert (by_class, klass, refs);
    }
  g_mutex_unlock (&lock);
  return refs;
}

/* The field values are written in place: the records being imported are
 * not shown anywhere, so no notify is missed. */
gboolean
tx_exchange_foreach_reference (TxRecord        *record,
                               TxReferenceFunc  func,
                               gpointer         data)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  const ClassReferences *refs = class_references (klass);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const TxExchangeReference *ref = refs->fields[i];
      char **uuid = G_STRUCT_MEMBER_P (record, klass->fields[i].offset);

      if (ref != NULL && *uuid != NULL && func (ref, uuid, data))
        return TRUE;
    }
  for (guint t = 0; t < klass->n_children; t++)
    {
      const TxChildTable *table = &klass->children[t];
      GPtrArray *rows = tx_record_get_children (record, t);

      for (guint c = 0; c < table->n_columns; c++)
        {
          const TxExchangeReference *ref = refs->columns[t][c];

          for (guint r = 0; ref != NULL && r < rows->len; r++)
            {
              char **uuid = (char **) ((guint8 *) g_ptr_array_index (rows, r) + table->columns[c].offset);

              if (*uuid != NULL && func (ref, uuid, data))
                return TRUE;
            }
        }
    }
  return FALSE;
}

const char *
tx_exchange_privacy_to_string (TxPrivacy privacy)
{
  g_return_val_if_fail (privacy < G_N_ELEMENTS (privacy_names), NULL);
  return privacy_names[privacy];
}

gboolean
tx_exchange_privacy_from_string (const char *text,
                                 TxPrivacy  *privacy)
{
  for (guint i = 0; i < G_N_ELEMENTS (privacy_names); i++)
    if (g_strcmp0 (text, privacy_names[i]) == 0)
      {
        *privacy = i;
        return TRUE;
      }
  return FALSE;
}

GBytes *
tx_exchange_dup_schema_bytes (void)
{
  return g_resources_lookup_data (SCHEMA_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

/* Parsed once and never freed: a validation context may be made from it
 * on any thread. */
static GMutex schema_lock;
static xmlRelaxNGPtr schema;
static TxExchangePatterns *schema_patterns;

/* The reader checks some of the schema's pattern facets itself
 * (tx-exchange-patterns.c): the schema is for reading through
 * _tx_exchange_reader_read(), which does. */
xmlRelaxNGPtr
tx_exchange_get_schema (GError **error)
{
  xmlRelaxNGPtr result;

  g_mutex_lock (&schema_lock);
  if (schema == NULL)
    {
      g_autoptr(GBytes) bytes = tx_exchange_dup_schema_bytes ();
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      schema = _tx_exchange_schema_parse (data, size, &schema_patterns);
    }
  result = schema;
  g_mutex_unlock (&schema_lock);
  if (result == NULL)
    g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_FAILED,
                 _("The exchange format’s schema could not be read."));
  return result;
}

const TxExchangePatterns *
_tx_exchange_get_patterns (void)
{
  const TxExchangePatterns *result;

  g_mutex_lock (&schema_lock);
  result = schema_patterns;
  g_mutex_unlock (&schema_lock);
  return result;
}

static gboolean
read_to_end (TxExchangeReader  *reader,
             GError           **error)
{
  int rc;

  if (reader == NULL)
    return FALSE;
  while ((rc = _tx_exchange_reader_read (reader, error)) == 1)
    ;
  return rc == 0;
}

gboolean
tx_exchange_validate_schema (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(TxExchangeReader) reader = _tx_exchange_reader_new (file, 0, cancellable, error);

  return read_to_end (reader, error);
}

gboolean
_tx_exchange_validate_stream (GInputStream  *input,
                              const char    *uri,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(TxExchangeReader) reader = _tx_exchange_reader_new_for_stream (input, uri, 0, cancellable, error);

  return read_to_end (reader, error);
}
