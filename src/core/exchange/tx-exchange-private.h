/* tx-exchange-private.h — the hardened reader shared by import and the
 * schema check
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libxml/xmlreader.h>

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
void              _tx_exchange_reader_free  (TxExchangeReader  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxExchangeReader, _tx_exchange_reader_free)

/* 1 on a node, 0 at the valid end, -1 with @error set: not well formed,
 * not valid, a DOCTYPE, a wrong namespace or version, too big. The message
 * names the line. */
int               _tx_exchange_reader_read  (TxExchangeReader  *self,
                                             GError           **error);
xmlTextReaderPtr  _tx_exchange_reader_get   (TxExchangeReader  *self);
int               _tx_exchange_reader_line  (TxExchangeReader  *self);

G_END_DECLS
