/* tx-collate.c — Chinese ordering keys and pinyin search forms
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why not g_utf8_collate_key(): it follows the process locale (pinyin order
 * under zh_CN.UTF-8, code-point order under C.UTF-8), so keys stored in the
 * database by one session would be wrong for the next, and glibc knows no
 * surname readings.  Everything here reads the generated Unihan table only.
 *
 * Both keys compare the surname first, as one unit, and only then the
 * given name, so that everybody of one surname stays together (王一鸣 and
 * 王子轩 are not split by 韦子豪; 姜 and 江 are two groups).  A compound
 * surname (欧阳, 司马 …) is one surname.  Key layout (bytes, compared with
 * strcmp):
 *
 *   pinyin key  := [surname] given* '!' tiebreak
 *   surname     := reading+ '#' charid+ ' '      (a Han first character)
 *   given       := reading '#' charid ' ' | ascii-word ' ' | '~' hex6 ' '
 *   reading     := syllable tone-digit ' '
 *   stroke key  := [sunit+ ' '] unit* '!' tiebreak
 *   unit        := charid | '~' ascii-word ' ' | '~~' hex6
 *   charid      := strokes2 sequence '.' hex6   (sequence: 横竖撇点折 = 1–5)
 *   tiebreak    := hex6*                        (every code point of the name)
 *
 * A tone digit sorts before any letter (zhan1 < zhang1), the ' ' ending a
 * token before anything inside one, '!' before any token start, so a name
 * that is a prefix of another comes first (张 < 张伟); '.' ends a stroke
 * sequence before any stroke digit.  '~' is above every letter and digit:
 * unreadable characters come after all words.
 *
 * The keys are stored with each record: change TX_COLLATE_KEY_VERSION with
 * any change to them, and the database recomputes the stored keys.
 */

#include <stdlib.h>
#include <string.h>

#include "tx-collate.h"
#include "tx-hanzi-table.h"

/* Bytes that are not UTF-8 become these pseudo code points, one per byte:
 * above Unicode, still six hex digits, and distinct from one another. */
#define TX_BAD_BYTE_BASE 0x110000

/* Surname readings (姓氏读音) that differ from the common reading Unihan
 * gives, checked against the 现代汉语词典 surname entries and two pinyin
 * libraries' surname lists (pinyin-pro, overtrue/pinyin).  盖 as a surname
 * is Gě (现代汉语词典; Gài is heard too, but offices file it under G-e).
 * Left out on purpose: 隗 (Kuí and Wěi), 相, 黑 and 蕃
 * (sources disagree), 宓 and 藏 (the common reading is fine), 尉 alone (it
 * is Wèi; only 尉迟 is Yùchí), and 单于: a modern 单 (Shàn) with a given
 * name starting with 于 is far likelier than the Xiongnu title, and a
 * compound match would file 单于洋 under C.
 *
 * Compound surnames come first: the first entry that matches wins. */
typedef struct
{
  const char *surname;       /* one or two characters */
  const char *syllables[2];
  guint8      tones[2];
} TxSurnameReading;

static const TxSurnameReading surname_readings[] = {
  { "万俟", { "mo", "qi" }, { 4, 2 } },
  { "长孙", { "zhang", "sun" }, { 3, 1 } },
  { "尉迟", { "yu", "chi" }, { 4, 2 } },
  { "令狐", { "ling", "hu" }, { 2, 2 } },
  { "澹台", { "tan", "tai" }, { 2, 2 } },
  { "诸葛", { "zhu", "ge" }, { 1, 3 } },
  { "盖", { "ge" }, { 3 } },
  { "曾", { "zeng" }, { 1 } },
  { "单", { "shan" }, { 4 } },
  { "仇", { "qiu" }, { 2 } },
  { "解", { "xie" }, { 4 } },
  { "区", { "ou" }, { 1 } },
  { "查", { "zha" }, { 1 } },
  { "朴", { "piao" }, { 2 } },
  { "覃", { "qin" }, { 2 } },
  { "缪", { "miao" }, { 4 } },
  { "乐", { "yue" }, { 4 } },
  { "翟", { "zhai" }, { 2 } },
  { "召", { "shao" }, { 4 } },
  { "种", { "chong" }, { 2 } },
  { "重", { "chong" }, { 2 } },
  { "员", { "yun" }, { 4 } },
  { "秘", { "bi" }, { 4 } },
  { "折", { "she" }, { 2 } },
  { "繁", { "po" }, { 2 } },
  { "句", { "gou" }, { 1 } },
  { "阚", { "kan" }, { 4 } },
  { "任", { "ren" }, { 2 } },
  { "华", { "hua" }, { 4 } },
  { "纪", { "ji" }, { 3 } },
  { "薄", { "bo" }, { 2 } },
  { "卜", { "bu" }, { 3 } },
  { "过", { "guo" }, { 1 } },
  { "洗", { "xian" }, { 3 } },
  { "燕", { "yan" }, { 1 } },
  { "那", { "na" }, { 1 } },
  { "能", { "nai" }, { 4 } },
  { "葛", { "ge" }, { 3 } },
  { "都", { "du" }, { 1 } },
  { "宁", { "ning" }, { 4 } },
  { "乜", { "nie" }, { 4 } },
};

/* Compound surnames (复姓) whose characters read as usual: one surname in
 * both orders.  Those with a surname reading are in surname_readings. */
static const char * const compound_surnames[] = {
  "欧阳", "司马", "上官", "东方", "皇甫", "夏侯", "慕容", "司徒", "司空",
  "宇文", "公孙", "轩辕", "端木", "独孤", "南宫", "西门", "闻人", "呼延",
  "赫连", "百里", "东郭", "钟离", "申屠", "太史", "公冶", "宗政", "濮阳",
  "淳于", "拓跋", "鲜于", "闾丘", "左丘", "第五", "梁丘", "公羊", "谷梁",
  "乐正", "微生", "羊舌", "司寇", "巫马", "漆雕", "东门", "子车", "颛孙",
};

/* Given-name readings: where Unihan's first reading of a character is not
 * the one it has in names (长 is zhǎng first in Unihan, but 长 in 李长春 or
 * 长青 is cháng).  Surnames use surname_readings. */
typedef struct
{
  gunichar    c;
  const char *syllable;
  guint8      tone;
} TxGivenReading;

static const TxGivenReading given_readings[] = {
  { 0x957F, "chang", 2 },   /* 长 */
  { 0x665F, "sheng", 4 },   /* 晟 */
};

/* One character of the input, with what the table (or the surname list)
 * says about it. */
typedef struct
{
  gunichar    c;
  const char *syllable;   /* NULL: no reading */
  guint8      tone;
  guint8      strokes;    /* 0: unknown */
  const char *sequence;   /* strokes 横竖撇点折 as 1–5; not 0-terminated */
  guint8      n_sequence;
} TxUnit;

static int
compare_entry (const void *key,
               const void *element)
{
  gunichar c = *(const gunichar *) key;
  const TxHanziEntry *entry = element;

  return c < entry->codepoint ? -1 : c > entry->codepoint ? 1 : 0;
}

static const TxHanziEntry *
lookup_entry (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

  /* CJK compatibility ideographs (U+F900…, U+2F800…) are the unified
   * ideograph they decompose to, as far as reading and strokes go. */
  if ((c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F))
    {
      if (g_unichar_fully_decompose (c, FALSE, decomposed,
                                     G_N_ELEMENTS (decomposed)) == 1)
        c = decomposed[0];
    }

  if (c > G_MAXUINT16)
    return NULL;

  return bsearch (&c, _tx_hanzi_table, _tx_hanzi_table_len,
                  sizeof (TxHanziEntry), compare_entry);
}

const char *
tx_collate_char_pinyin (gunichar  c,
                        int      *tone)
{
  const TxHanziEntry *entry = lookup_entry (c);
  guint syllable = entry ? entry->reading >> TX_HANZI_TONE_BITS : 0;

  if (syllable == 0 || syllable >= _tx_hanzi_n_syllables)
    {
      if (tone)
        *tone = 0;
      return NULL;
    }

  if (tone)
    *tone = entry->reading & TX_HANZI_TONE_MASK;

  return _tx_hanzi_syllables[syllable];
}

guint
tx_collate_char_strokes (gunichar c)
{
  const TxHanziEntry *entry = lookup_entry (c);

  return entry ? entry->strokes : 0;
}

char *
tx_collate_char_stroke_sequence (gunichar c)
{
  const TxHanziEntry *entry = lookup_entry (c);

  if (entry == NULL || entry->n_sequence == 0)
    return NULL;
  return g_strndup (_tx_hanzi_stroke_pool + entry->sequence,
                    entry->n_sequence);
}

static gunichar
next_char (const char **p)
{
  const char *s = *p;
  gunichar c = g_utf8_get_char_validated (s, -1);

  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *p = s + 1;
      return TX_BAD_BYTE_BASE + (guchar) *s;
    }

  *p = g_utf8_next_char (s);
  return c;
}

/* Spaces, punctuation, combining marks and invisible characters do not take
 * part in the order (阿依古丽·买买提 sorts as aiyiguli maimaiti); they still
 * count in the tie-break. */
static gboolean
is_ignorable (gunichar c)
{
  if (c > 0x10FFFF)
    return FALSE;

  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_mark (gunichar c)
{
  return c <= 0x10FFFF && g_unichar_ismark (c);
}

/* Latin letters that have no decomposition to an ASCII letter. */
static const char *
fold_special_latin (gunichar c)
{
  switch (c)
    {
    case 0x00DF: return "ss";               /* ß */
    case 0x00C6: case 0x00E6: return "ae";  /* Æ æ */
    case 0x0152: case 0x0153: return "oe";  /* Œ œ */
    case 0x00D8: case 0x00F8: return "o";   /* Ø ø */
    case 0x0110: case 0x0111: return "d";   /* Đ đ */
    case 0x0141: case 0x0142: return "l";   /* Ł ł */
    case 0x0131: return "i";                /* ı */
    default: return NULL;
    }
}

/* Appends @c as lower-case ASCII letters and digits when it is one, in any
 * of its forms (Ａ, é, ①); returns FALSE, appending nothing, otherwise. */
static gboolean
append_folded (GString  *out,
               gunichar  c)
{
  gunichar d[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n, len = out->len;
  const char *special;

  if (c < 0x80)
    {
      if (!g_ascii_isalnum (c))
        return FALSE;
      g_string_append_c (out, g_ascii_tolower (c));
      return TRUE;
    }
  if (c > 0x10FFFF || g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN)
    return FALSE;
  if ((special = fold_special_latin (c)) != NULL)
    {
      g_string_append (out, special);
      return TRUE;
    }

  n = g_unichar_fully_decompose (c, TRUE, d, G_N_ELEMENTS (d));
  for (gsize i = 0; i < n; i++)
    {
      if (d[i] < 0x80 && g_ascii_isalnum (d[i]))
        g_string_append_c (out, g_ascii_tolower (d[i]));
      else if (!g_unichar_ismark (d[i]))
        {
          g_string_truncate (out, len);
          return FALSE;
        }
    }

  return out->len > len;
}

/* append_folded(), with a '~' before the first letter of a word, so words
 * come after every stroke count in the stroke key. */
static gboolean
append_folded_word (GString  *out,
                    gunichar  c,
                    gboolean  in_word)
{
  gsize len = out->len;

  if (!in_word)
    g_string_append_c (out, '~');
  if (append_folded (out, c))
    return TRUE;
  g_string_truncate (out, len);
  return FALSE;
}

/* One look-up in the table for the reading, the count and the strokes. */
static void
set_common_reading (TxUnit *unit)
{
  const TxHanziEntry *entry = lookup_entry (unit->c);
  guint syllable = entry ? entry->reading >> TX_HANZI_TONE_BITS : 0;

  unit->syllable = NULL;
  unit->tone = 0;
  if (syllable != 0 && syllable < _tx_hanzi_n_syllables)
    {
      unit->syllable = _tx_hanzi_syllables[syllable];
      unit->tone = entry->reading & TX_HANZI_TONE_MASK;
    }
  unit->strokes = entry ? MIN (entry->strokes, 99) : 0;
  unit->sequence = NULL;
  unit->n_sequence = 0;
  if (entry != NULL && entry->n_sequence > 0)
    {
      unit->sequence = _tx_hanzi_stroke_pool + entry->sequence;
      unit->n_sequence = entry->n_sequence;
    }
}

/* How many characters of @units, from @start, @surname covers: 0 when it
 * does not match. */
static guint
match_surname (const char *surname,
               GArray     *units,
               guint       start)
{
  const char *p = surname;
  guint n = 0;

  while (*p)
    {
      if (start + n >= units->len
          || g_array_index (units, TxUnit, start + n).c != g_utf8_get_char (p))
        return 0;
      p = g_utf8_next_char (p);
      n++;
    }

  return n;
}

static guint
first_significant (GArray *units)
{
  guint start = 0;

  while (start < units->len
         && is_ignorable (g_array_index (units, TxUnit, start).c))
    start++;
  return start;
}

static gboolean
is_han (const TxUnit *unit)
{
  return unit->c <= 0x10FFFF
         && g_unichar_get_script (unit->c) == G_UNICODE_SCRIPT_HAN;
}

/* The surname: a compound surname at the first character that takes part
 * in the order, else that character when it is an ideograph; 0 for a name
 * that does not start with one (Alice), which then has no surname part. */
static guint
surname_length (GArray *units,
                guint   start)
{
  guint n;

  if (start >= units->len || !is_han (&g_array_index (units, TxUnit, start)))
    return 0;
  for (gsize i = 0; i < G_N_ELEMENTS (surname_readings); i++)
    if ((n = match_surname (surname_readings[i].surname, units, start)) > 1)
      return n;
  for (gsize i = 0; i < G_N_ELEMENTS (compound_surnames); i++)
    if ((n = match_surname (compound_surnames[i], units, start)) > 0)
      return n;
  return 1;
}

/* Returns whether a reading changed. */
static gboolean
apply_surname_reading (GArray *units,
                       guint   start)
{
  for (gsize i = 0; i < G_N_ELEMENTS (surname_readings); i++)
    {
      const TxSurnameReading *entry = &surname_readings[i];
      guint n = match_surname (entry->surname, units, start);
      gboolean changed = FALSE;

      for (guint j = 0; j < n; j++)
        {
          TxUnit *unit = &g_array_index (units, TxUnit, start + j);

          changed |= g_strcmp0 (unit->syllable, entry->syllables[j]) != 0
                     || unit->tone != entry->tones[j];
          unit->syllable = entry->syllables[j];
          unit->tone = entry->tones[j];
        }
      if (n > 0)
        return changed;
    }

  return FALSE;
}

static void
apply_given_readings (GArray *units,
                      guint   from)
{
  for (guint i = from; i < units->len; i++)
    {
      TxUnit *unit = &g_array_index (units, TxUnit, i);

      for (gsize j = 0; j < G_N_ELEMENTS (given_readings); j++)
        if (unit->c == given_readings[j].c)
          {
            unit->syllable = given_readings[j].syllable;
            unit->tone = given_readings[j].tone;
          }
    }
}

/* Text that NFC leaves as it is, told without normalising it: ASCII and
 * the CJK unified ideographs of the BMP (U+3400–U+4DBF, U+4E00–U+9FFF)
 * neither decompose nor combine with anything, which is every name of
 * a Chinese archive. Anything else goes through g_utf8_normalize(). */
static gboolean
is_plain_nfc (const char *text)
{
  const guchar *p = (const guchar *) text;

  while (*p)
    {
      gunichar c;

      if (*p < 0x80)
        {
          p++;
          continue;
        }
      if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
        return FALSE;
      c = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
      if (!((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)))
        return FALSE;
      p += 3;
    }
  return TRUE;
}

typedef struct
{
  GArray  *units;
  gboolean changed;
  guint    start;
  guint    len;
} TxReading;

static TxReading
read_name_units_uncached (const char *text,
                          gboolean    as_name)
{
  TxReading reading = { g_array_new (FALSE, TRUE, sizeof (TxUnit)), FALSE, 0, 0 };
  g_autofree char *normalized = NULL;
  const char *p = text ? text : "";

  if (!is_plain_nfc (p) && g_utf8_validate (p, -1, NULL))
    normalized = g_utf8_normalize (p, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  if (normalized)
    p = normalized;

  while (*p)
    {
      TxUnit unit = { next_char (&p), NULL, 0, 0, NULL, 0 };

      set_common_reading (&unit);
      g_array_append_val (reading.units, unit);
    }

  if (as_name)
    {
      reading.start = first_significant (reading.units);
      reading.len = surname_length (reading.units, reading.start);
      reading.changed = apply_surname_reading (reading.units, reading.start);
      apply_given_readings (reading.units, reading.start + MAX (reading.len, 1));
    }
  return reading;
}

/* The last text read, as a name and as text, on this thread: the sort
 * keys and search forms of one name (six of them for a person) read it
 * once. */
typedef struct
{
  char      *text[2];
  TxReading  reading[2];
} TxReadingCache;

static void
reading_cache_free (gpointer data)
{
  TxReadingCache *cache = data;

  for (guint i = 0; i < 2; i++)
    {
      g_free (cache->text[i]);
      g_clear_pointer (&cache->reading[i].units, g_array_unref);
    }
  g_free (cache);
}

static GPrivate reading_cache = G_PRIVATE_INIT (reading_cache_free);

/* NFC first, so that "é" typed as e + U+0301 and a precomposed "é" give
 * the same key; text that is not UTF-8 is read byte by byte as it is.
 * For a name, @surname_start and @surname_len (both optional) say where
 * the surname is. */
static GArray *
read_name_units (const char *text,
                 gboolean    as_name,
                 gboolean   *surname_changed,
                 guint      *surname_start,
                 guint      *surname_len)
{
  TxReadingCache *cache = g_private_get (&reading_cache);
  const char *key = text ? text : "";
  guint slot = as_name ? 1 : 0;
  TxReading *reading;

  if (cache == NULL)
    {
      cache = g_new0 (TxReadingCache, 1);
      g_private_set (&reading_cache, cache);
    }
  reading = &cache->reading[slot];
  if (cache->text[slot] == NULL || strcmp (cache->text[slot], key) != 0)
    {
      g_clear_pointer (&reading->units, g_array_unref);
      g_free (cache->text[slot]);
      cache->text[slot] = g_strdup (key);
      *reading = read_name_units_uncached (key, as_name);
    }
  if (surname_changed)
    *surname_changed = reading->changed;
  if (surname_start)
    *surname_start = reading->start;
  if (surname_len)
    *surname_len = reading->len;
  return g_array_ref (reading->units);
}

static GArray *
read_units (const char *text,
            gboolean    as_name,
            gboolean   *surname_changed)
{
  return read_name_units (text, as_name, surname_changed, NULL, NULL);
}

/* "%06x" and "%02u" without printf: keys are made for every name */
static void
append_hex6 (GString  *key,
             gunichar  c)
{
  static const char digits[] = "0123456789abcdef";
  char hex[6];

  for (int i = 5; i >= 0; i--, c >>= 4)
    hex[i] = digits[c & 0xF];
  g_string_append_len (key, hex, 6);
}

static void
append_2digits (GString *key,
                guint    n)
{
  g_string_append_c (key, '0' + n / 10 % 10);
  g_string_append_c (key, '0' + n % 10);
}

/* The character itself, for ties between equal readings or equal stroke
 * counts: its stroke count, its strokes in order, its code point. */
static void
append_charid (GString      *key,
               const TxUnit *unit)
{
  append_2digits (key, unit->strokes);
  g_string_append_len (key, unit->sequence, unit->n_sequence);
  g_string_append_c (key, '.');
  append_hex6 (key, unit->c);
}

/* syllable, tone digit (0–5), then @end */
static void
append_syllable (GString      *key,
                 const TxUnit *unit,
                 char          end)
{
  g_string_append (key, unit->syllable);
  g_string_append_c (key, '0' + unit->tone);
  g_string_append_c (key, end);
}

static void
append_reading (GString      *key,
                const TxUnit *unit)
{
  append_syllable (key, unit, ' ');
}

/* Pinyin tokens of units [from, to): a character with a reading is its
 * reading then itself, char by char; runs of Latin letters are words. */
static void
append_pinyin_tokens (GString *key,
                      GArray  *units,
                      guint    from,
                      guint    to)
{
  gboolean in_word = FALSE;

  for (guint i = from; i < to; i++)
    {
      const TxUnit *unit = &g_array_index (units, TxUnit, i);

      if (unit->syllable == NULL && append_folded (key, unit->c))
        {
          in_word = TRUE;
          continue;
        }
      if (in_word && is_mark (unit->c))
        continue;   /* an accent with no precomposed form: x̄ */
      if (in_word)
        g_string_append_c (key, ' ');
      in_word = FALSE;

      if (unit->syllable)
        {
          append_syllable (key, unit, '#');
          append_charid (key, unit);
          g_string_append_c (key, ' ');
        }
      else if (!is_ignorable (unit->c))
        g_string_append_printf (key, "~%06x ", (guint) unit->c);
    }
  if (in_word)
    g_string_append_c (key, ' ');
}

/* The surname as one unit: every reading first, then the characters, so
 * 欧 and 欧阳 are two groups and 姜 (jiāng) and 江 (jiāng) two more. */
static void
append_pinyin_surname (GString *key,
                       GArray  *units,
                       guint    start,
                       guint    len)
{
  for (guint i = start; i < start + len; i++)
    {
      const TxUnit *unit = &g_array_index (units, TxUnit, i);

      if (unit->syllable)
        append_reading (key, unit);
      else
        g_string_append_printf (key, "~%06x ", (guint) unit->c);
    }
  g_string_append_c (key, '#');
  for (guint i = start; i < start + len; i++)
    append_charid (key, &g_array_index (units, TxUnit, i));
  g_string_append_c (key, ' ');
}

static void
append_tiebreak (GString *key,
                 GArray  *units)
{
  g_string_append_c (key, '!');
  for (guint i = 0; i < units->len; i++)
    append_hex6 (key, g_array_index (units, TxUnit, i).c);
}

char *
tx_collate_pinyin_key (const char *name)
{
  guint start, len;
  g_autoptr(GArray) units = read_name_units (name, TRUE, NULL, &start, &len);
  GString *key = g_string_new (NULL);

  if (len > 0)
    append_pinyin_surname (key, units, start, len);
  append_pinyin_tokens (key, units, start + len, units->len);
  append_tiebreak (key, units);

  return g_string_free (key, FALSE);
}

/* Stroke units of [from, to): a character with a stroke count is its
 * count, its sequence and its code point; a run of Latin letters is one
 * word, and anything else without strokes comes after every count. */
static void
append_stroke_units (GString *key,
                     GArray  *units,
                     guint    from,
                     guint    to)
{
  gboolean in_word = FALSE;

  for (guint i = from; i < to; i++)
    {
      const TxUnit *unit = &g_array_index (units, TxUnit, i);

      if (unit->strokes == 0 && append_folded_word (key, unit->c, in_word))
        {
          in_word = TRUE;
          continue;
        }
      if (in_word && is_mark (unit->c))
        continue;
      if (in_word)
        g_string_append_c (key, ' ');
      in_word = FALSE;

      if (unit->strokes > 0)
        append_charid (key, unit);
      else if (!is_ignorable (unit->c))
        g_string_append_printf (key, "~~%06x", (guint) unit->c);
    }
  if (in_word)
    g_string_append_c (key, ' ');
}

/* 姓氏笔画: the surname first, then the given name character by character;
 * each character by its stroke count, then its strokes in the mainland
 * order 横竖撇点折 (first stroke, then second …), then itself. */
char *
tx_collate_stroke_key (const char *name)
{
  guint start, len;
  g_autoptr(GArray) units = read_name_units (name, TRUE, NULL, &start, &len);
  GString *key = g_string_new (NULL);

  if (len > 0)
    {
      append_stroke_units (key, units, start, start + len);
      g_string_append_c (key, ' ');
    }
  append_stroke_units (key, units, start + len, units->len);
  append_tiebreak (key, units);

  return g_string_free (key, FALSE);
}

static void
append_lower (GString  *out,
              gunichar  c)
{
  if (c > 0x10FFFF)
    c = 0xFFFD;   /* a byte that is not UTF-8 */
  g_string_append_unichar (out, g_unichar_tolower (c));
}

static char *
units_to_pinyin (GArray *units)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < units->len; i++)
    {
      const TxUnit *unit = &g_array_index (units, TxUnit, i);

      if (unit->syllable)
        g_string_append (out, unit->syllable);
      else if (!append_folded (out, unit->c))
        append_lower (out, unit->c);
    }

  return g_string_free (out, FALSE);
}

static char *
units_to_initials (GArray *units)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < units->len; i++)
    {
      const TxUnit *unit = &g_array_index (units, TxUnit, i);

      if (unit->syllable)
        g_string_append_c (out, unit->syllable[0]);
      else if (append_folded (out, unit->c))
        continue;
      else if (unit->c <= 0x10FFFF
               && g_unichar_get_script (unit->c) == G_UNICODE_SCRIPT_HAN)
        g_string_append_unichar (out, unit->c);
    }

  return g_string_free (out, FALSE);
}

char *
tx_collate_pinyin (const char *text)
{
  g_autoptr(GArray) units = read_units (text, FALSE, NULL);

  return units_to_pinyin (units);
}

char *
tx_collate_initials (const char *text)
{
  g_autoptr(GArray) units = read_units (text, FALSE, NULL);

  return units_to_initials (units);
}

char *
tx_collate_name_pinyin (const char *name)
{
  g_autoptr(GArray) units = read_units (name, TRUE, NULL);

  return units_to_pinyin (units);
}

char *
tx_collate_name_initials (const char *name)
{
  g_autoptr(GArray) units = read_units (name, TRUE, NULL);

  return units_to_initials (units);
}

/* Takes @term; empty terms (a name of emoji only has no initials) would
 * match every query, so they are dropped like duplicates. */
static void
add_term (GPtrArray *terms,
          char      *term)
{
  gboolean keep = *term != '\0';

  for (guint i = 0; keep && i < terms->len; i++)
    keep = !g_str_equal (g_ptr_array_index (terms, i), term);

  if (keep)
    g_ptr_array_add (terms, term);
  else
    g_free (term);
}

char **
tx_collate_name_search_terms (const char *name)
{
  g_autoptr(GArray) units = NULL;
  GPtrArray *terms = g_ptr_array_new ();
  gboolean changed = FALSE;

  units = read_units (name, TRUE, &changed);
  add_term (terms, units_to_pinyin (units));
  add_term (terms, units_to_initials (units));

  if (changed)
    {
      g_autoptr(GArray) common = read_units (name, FALSE, NULL);

      add_term (terms, units_to_pinyin (common));
      add_term (terms, units_to_initials (common));
    }

  g_ptr_array_add (terms, NULL);
  return (char **) g_ptr_array_free (terms, FALSE);
}
