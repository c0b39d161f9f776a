/* tx-demo-private.h — what the files of the demo generator share
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-demo.h"

G_BEGIN_DECLS

/* ---- word lists (tx-demo-words.c, the files of data/demo/) ---- */

typedef struct
{
  const char * const *v;   /* NULL-terminated */
  guint  n;
} TxDemoWords;

/* the list data/demo/NAME.txt, with '_' for '-' in NAME; never NULL */
const TxDemoWords *_tx_demo_words (const char *name);

#define WORDS(name) _tx_demo_words (#name)

G_END_DECLS
