/* tx-collate.h — Chinese ordering keys and pinyin search forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Stored sort keys made by an older version are recomputed when a database
 * is opened (tx_database_open): raise this with every change to the keys. */
#define TX_COLLATE_KEY_VERSION 2

/* Everything here depends only on the built-in Unihan table
 * (tx-hanzi-table.c), never on the process locale: the same name gives the
 * same key under C, C.UTF-8 and zh_CN.UTF-8, so keys can be stored in the
 * database and compared with strcmp() or SQLite's BINARY collation.
 *
 * Functions taking a @name treat their argument as a person's name: its
 * first character, or a compound surname at its start, is read with the
 * surname reading (曾 zeng, 单 shan, 长孙 zhangsun); later characters use the
 * common reading.  Functions taking @text never apply the surname rule.
 *
 * NULL is accepted everywhere and treated as "" (names read from optional
 * database columns are often NULL).  Invalid UTF-8 never crashes: each bad
 * byte counts as one unknown character.
 */

/* Pinyin order (音序).  The surname as a whole first — its surname
 * reading, then the characters (by strokes, then code point), so 姜 and 江
 * are two groups and a compound surname one —, then the given name
 * character by character: reading, then the character.  A reading is the
 * toneless syllable, then the tone digit (1–4, 5 = neutral), so zhan <
 * zhang and zhang1 < zhang3.  Given names read 长 as cháng and 晟 as shèng
 * (Unihan gives the rarer reading first).  Latin
 * letters are folded to lower-case ASCII (full-width forms and accents
 * included) and sort among the syllables as words; digits are kept;
 * spaces and punctuation (the · of 阿依古丽·买买提) are skipped; any other
 * character — symbols, emoji, ideographs outside the table — sorts after
 * all letters, by code point.  Identical spellings are ordered by the code
 * points of the whole name, so the order is total and deterministic. */
char        *tx_collate_pinyin_key      (const char *name);

/* Surname-stroke order (姓氏笔画), the mainland rule for name lists: the
 * surname first (a compound surname as one), then the given name character
 * by character; each character by its stroke count, then its strokes in
 * the order 横竖撇点折 (first stroke, then second …; 提 counts as 横, 捺 as
 * 点, every hook and turn as 折), then the character itself: 丁 < 于 < 万 <
 * 马 < 王 < 方.  Characters without a stroke count (Latin, symbols, rare
 * ideographs) come after every stroke count. */
char        *tx_collate_stroke_key      (const char *name);

/* Search forms, common readings only: full toneless pinyin without
 * separators (张伟 → "zhangwei", 吕 → "lv": ü is written v as input methods
 * do), and initials (张伟 → "zw").  Latin letters and digits are folded as
 * in the keys (Ａ, É → a, e).  tx_collate_pinyin() keeps any other
 * character, lower-cased; tx_collate_initials() keeps the folded letters and
 * digits whole and ideographs it cannot read, and drops spaces, punctuation
 * and symbols. */
char        *tx_collate_pinyin          (const char *text);
char        *tx_collate_initials        (const char *text);

/* The same for a person's name, with the surname reading (曾国藩 →
 * "zengguofan", "zgf"). */
char        *tx_collate_name_pinyin     (const char *name);
char        *tx_collate_name_initials   (const char *name);

/* Every string a search for @name should match against, without
 * duplicates or empty strings: the full pinyin and the initials with the
 * surname reading, then — when the surname reading differs from the common
 * one — with the common reading too, since people often type what the
 * character usually reads (曾国藩: zengguofan, zgf, cengguofan, cgf).
 * Never NULL; free with g_strfreev(). */
char       **tx_collate_name_search_terms (const char *name);

/* One character: its toneless syllable (static, "zhang"; NULL when Unihan
 * gives no Mandarin reading) and its tone (1–5; 0 when unknown, @tone may
 * be NULL).  The common reading (kMandarin), not the surname one. */
const char  *tx_collate_char_pinyin     (gunichar    c,
                                         int        *tone);

/* kTotalStrokes of @c (mainland forms), 0 when unknown. */
guint        tx_collate_char_strokes    (gunichar    c);

/* The strokes of @c in writing order, mainland rule, as the digits 1–5
 * (横竖撇点折): 万 → "153".  NULL when unknown; free with g_free(). */
char        *tx_collate_char_stroke_sequence (gunichar c);

G_END_DECLS
