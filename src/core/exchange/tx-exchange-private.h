/* tx-exchange-private.h — the hardened reader shared by import and the
 * schema check
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlregexp.h>

G_BEGIN_DECLS

/* Limits of our own, beyond libxml2's (256 levels of nesting, 10 MB text
 * nodes without XML_PARSE_HUGE, which we never set). */
#define TX_EXCHANGE_DEFAULT_MAX_BYTES   (G_GUINT64_CONSTANT (2) << 30)   /* decompressed */
/* past this much decompressed data, a compression ratio above the next
 * is a gzip bomb, not an archive (real files compress 5–20 times) */
#define TX_EXCHANGE_BOMB_CHECK_BYTES    (G_GUINT64_CONSTANT (8) << 20)
#define TX_EXCHANGE_BOMB_RATIO          100

typedef struct _TxExchangeReader TxExchangeReader;

/* Opens @file (gzip or plain, by its first bytes), with DTD loading,
 * entity substitution, network access and XInclude off, and the schema
 * attached. @max_bytes: 0 for the default. */
TxExchangeReader *_tx_exchange_reader_new   (GFile             *file,
                                             guint64            max_bytes,
                                             GCancellable      *cancellable,
                                             GError           **error);
/* the same, for bytes that arrive on @input (@uri names them in messages) */
TxExchangeReader *_tx_exchange_reader_new_for_stream (GInputStream  *input,
                                                      const char    *uri,
                                                      guint64        max_bytes,
                                                      GCancellable  *cancellable,
                                                      GError       **error);
void              _tx_exchange_reader_free  (TxExchangeReader  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxExchangeReader, _tx_exchange_reader_free)

/* 1 on a node, 0 at the valid end, -1 with @error set: not well formed,
 * not valid, a DOCTYPE, a wrong namespace or version, too big. The message
 * names the line. */
int               _tx_exchange_reader_read  (TxExchangeReader  *self,
                                             GError           **error);
xmlTextReaderPtr  _tx_exchange_reader_get   (TxExchangeReader  *self);
int               _tx_exchange_reader_line  (TxExchangeReader  *self);

/* tx_exchange_validate_schema() for bytes that arrive on @input */
gboolean _tx_exchange_validate_stream (GInputStream  *input,
                                       const char    *uri,
                                       GCancellable  *cancellable,
                                       GError       **error);

/* ---- the pattern facets the reader checks (tx-exchange-patterns.c) ---- */

typedef struct _TxExchangePatterns TxExchangePatterns;
/* one pattern facet: a compiled regexp, matched by hand where it can be */
typedef struct _TxExchangePattern TxExchangePattern;

/* The schema from its text, without the pattern facets that
 * @patterns (set, never freed) checks instead. */
xmlRelaxNGPtr _tx_exchange_schema_parse              (const char                *data,
                                                      gsize                      size,
                                                      TxExchangePatterns       **patterns);
/* the checks that go with tx_exchange_get_schema() */
const TxExchangePatterns *_tx_exchange_get_patterns  (void);
/* the pattern of the element @name in @parent, or NULL */
const TxExchangePattern *_tx_exchange_patterns_for_element (const TxExchangePatterns  *self,
                                                            const char                *parent,
                                                            const char                *name);
gboolean      _tx_exchange_patterns_value_ok         (const TxExchangePattern   *pattern,
                                                      const char                *value);
const TxExchangePattern *_tx_exchange_patterns_for_attribute (const TxExchangePatterns  *self,
                                                              const char                *element,
                                                              const char                *name);
/* whether its verdicts come from a matcher written by hand */
gboolean      _tx_exchange_pattern_is_by_hand        (const TxExchangePattern   *pattern);
/* the verdict of the compiled regexp alone (the tests compare) */
gboolean      _tx_exchange_pattern_regexp_ok         (const TxExchangePattern   *pattern,
                                                      const char                *value);
guint         _tx_exchange_patterns_n_checks         (const TxExchangePatterns  *self);
const char   *_tx_exchange_patterns_check_attributes (const TxExchangePatterns  *self,
                                                      xmlTextReaderPtr           reader,
                                                      char                     **value);

G_END_DECLS
