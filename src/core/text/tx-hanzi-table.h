/* tx-hanzi-table.h — private: the generated Unihan and stroke table behind
 * tx-collate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The reading packs a syllable index and a tone, so a syllable string is
 * stored once: _tx_hanzi_syllables[reading >> TX_HANZI_TONE_BITS] is the
 * toneless syllable ("" when Unihan has no kMandarin), the low bits the tone
 * (1–4, 5 = neutral, 0 = no reading).  Keep in step with the generator. */
#define TX_HANZI_TONE_BITS 3
#define TX_HANZI_TONE_MASK ((1 << TX_HANZI_TONE_BITS) - 1)

typedef struct
{
  guint16 codepoint;  /* the table covers the BMP blocks only */
  guint16 reading;
  guint8  strokes;    /* kTotalStrokes, 0 = unknown */
  guint8  n_sequence; /* strokes in the sequence, 0 = unknown */
  guint32 sequence;   /* offset in _tx_hanzi_stroke_pool */
} TxHanziEntry;

/* Sorted by code point: look up with a binary search. */
extern const TxHanziEntry  _tx_hanzi_table[];
extern const guint         _tx_hanzi_table_len;
extern const char * const  _tx_hanzi_syllables[];
extern const guint         _tx_hanzi_n_syllables;

/* Every stroke sequence, concatenated: the mainland categories 横竖撇点折
 * as the digits 1–5, so a sequence is its own sort key. */
extern const char          _tx_hanzi_stroke_pool[];

G_END_DECLS
