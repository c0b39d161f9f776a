/* tx-exchange.h — what export and import share: the format's kinds,
 * names, references and schema
 *
 * The format is explained in docs/exchange-format.md; its RelaxNG schema
 * is data/exchange/tongxin-exchange-1.rng, compiled into the resources.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libxml/relaxng.h>

#include "core/db/tx-database.h"
#include "core/model/tx-record.h"

G_BEGIN_DECLS

#define TX_EXCHANGE_NAMESPACE "urn:tongxin:exchange:1"
#define TX_EXCHANGE_VERSION   1

#define TX_EXCHANGE_ERROR (tx_exchange_error_quark ())

typedef enum
{
  TX_EXCHANGE_ERROR_NO_OFFICE,      /* export: the office has no name */
  TX_EXCHANGE_ERROR_INVALID,        /* not a valid exchange file */
  TX_EXCHANGE_ERROR_UNSAFE,         /* DOCTYPE, entities, too big, too deep */
  TX_EXCHANGE_ERROR_VERSION,        /* a newer or unknown format version */
  TX_EXCHANGE_ERROR_REJECTED,       /* records that cannot be taken */
  TX_EXCHANGE_ERROR_CONFLICTS,      /* conflicts with no decision given */
  TX_EXCHANGE_ERROR_FAILED,
} TxExchangeError;

typedef enum
{
  TX_PRIVACY_MASKED,   /* ID numbers and phones masked, free-text ones left out */
  TX_PRIVACY_FULL,
  TX_PRIVACY_OMIT,     /* every sensitive value left out */
} TxPrivacy;

/* The kinds in file order: a kind refers only to kinds before it. */
typedef enum
{
  TX_KIND_COMMUNITY,
  TX_KIND_STAFF,
  TX_KIND_PERSON,
  TX_KIND_ACTIVITY,
  TX_KIND_VISIT,
  TX_KIND_CONSULTATION,
  TX_KIND_SUGGESTION,
  TX_KIND_PAIRING,
  TX_KIND_TOMBSTONE,
  TX_N_KINDS
} TxKind;

#define TX_N_RECORD_KINDS TX_KIND_TOMBSTONE

typedef struct
{
  const char  *entity;    /* table and element name: "person" */
  const char  *section;   /* "people" */
  GType      (*get_type) (void);
} TxExchangeKind;

/* A field or child column that holds the uuid of another record. */
typedef struct
{
  const char *table;      /* "person", "activity_participant" */
  const char *column;
  TxKind      target;
} TxExchangeReference;

GQuark                     tx_exchange_error_quark   (void);

const TxExchangeKind      *tx_exchange_kind          (TxKind       kind);
/* the kind stored under @entity, or TX_N_KINDS */
TxKind                     tx_exchange_kind_for_entity (const char *entity);
/* For the report: "People", "Visits" … (translated) */
const char                *tx_exchange_kind_label    (TxKind       kind);

/* The element names of a child table: a container ("participants") of
 * rows ("participant"). */
void                       tx_exchange_child_names   (const TxChildTable  *table,
                                                      const char         **container,
                                                      const char         **row);
/* the reference made by @column of @table, or NULL */
const TxExchangeReference *tx_exchange_find_reference (const char *table,
                                                       const char *column);
/* Calls @func with a pointer to every uuid @record refers to (fields and
 * list rows; @func may replace the string), until it returns TRUE;
 * TRUE when it did. */
typedef gboolean (*TxReferenceFunc) (const TxExchangeReference  *reference,
                                     char                      **uuid,
                                     gpointer                    data);
gboolean                   tx_exchange_foreach_reference (TxRecord        *record,
                                                          TxReferenceFunc  func,
                                                          gpointer         data);

const char                *tx_exchange_privacy_to_string   (TxPrivacy    privacy);
gboolean                   tx_exchange_privacy_from_string (const char  *text,
                                                            TxPrivacy   *privacy);

/* The schema, parsed once from the resources (thread-safe), without the
 * pattern facets the exchange reader checks itself: validate files with
 * tx_exchange_validate_schema(), not with this alone. */
xmlRelaxNGPtr              tx_exchange_get_schema    (GError     **error);
/* The schema text (for xmllint and tests). */
GBytes                    *tx_exchange_dup_schema_bytes (void);

/* Validates a whole file against the schema, streaming; gzip is read
 * transparently. Content checks are the importer's. */
gboolean                   tx_exchange_validate_schema (GFile         *file,
                                                        GCancellable  *cancellable,
                                                        GError       **error);

G_END_DECLS
