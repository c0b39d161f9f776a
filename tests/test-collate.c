/* test-collate.c — pinyin and stroke keys, search forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "core/text/tx-collate.h"

typedef char *(*KeyFunc) (const char *name);

static int
compare_by_key (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  KeyFunc key_func = user_data;
  g_autofree char *ka = key_func (*(const char * const *) a);
  g_autofree char *kb = key_func (*(const char * const *) b);

  return strcmp (ka, kb);
}

/* Sorts a shuffled copy of @expected (with a fixed seed, so a failure can be
 * reproduced) and checks it comes back in order. */
static void
assert_sorts_to (const char * const *expected,
                 KeyFunc             key_func)
{
  guint n = g_strv_length ((char **) expected);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (names, (gpointer) expected[i]);
  for (guint i = n - 1; i > 0; i--)
    {
      guint j = g_rand_int_range (rand, 0, i + 1);
      gpointer tmp = names->pdata[i];

      names->pdata[i] = names->pdata[j];
      names->pdata[j] = tmp;
    }

  g_ptr_array_sort_with_data (names, compare_by_key, key_func);

  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (g_ptr_array_index (names, i), ==, expected[i]);
}

static void
test_char (void)
{
  int tone = -1;

  g_assert_cmpstr (tx_collate_char_pinyin (0x5F20, &tone), ==, "zhang");  /* 张 */
  g_assert_cmpint (tone, ==, 1);
  g_assert_cmpstr (tx_collate_char_pinyin (0x66FE, &tone), ==, "ceng");   /* 曾 */
  g_assert_cmpint (tone, ==, 2);
  g_assert_cmpstr (tx_collate_char_pinyin (0x5415, &tone), ==, "lv");     /* 吕 */
  g_assert_cmpint (tone, ==, 3);
  g_assert_cmpstr (tx_collate_char_pinyin (0x4E48, &tone), ==, "me");     /* 么 */
  g_assert_cmpint (tone, ==, 5);
  g_assert_cmpstr (tx_collate_char_pinyin (0x3400, NULL), ==, "qiu");     /* Ext A */

  g_assert_null (tx_collate_char_pinyin ('A', &tone));
  g_assert_cmpint (tone, ==, 0);
  g_assert_null (tx_collate_char_pinyin (0x20000, &tone));                /* Ext B */
  g_assert_null (tx_collate_char_pinyin (0x1F600, &tone));                /* 😀 */
  g_assert_null (tx_collate_char_pinyin (0x110000, &tone));               /* not Unicode */

  g_assert_cmpuint (tx_collate_char_strokes (0x4E01), ==, 2);   /* 丁 */
  g_assert_cmpuint (tx_collate_char_strokes (0x738B), ==, 4);   /* 王 */
  g_assert_cmpuint (tx_collate_char_strokes (0x5F20), ==, 7);   /* 张 */
  g_assert_cmpuint (tx_collate_char_strokes (0x85E9), ==, 18);  /* 藩 */
  g_assert_cmpuint (tx_collate_char_strokes ('A'), ==, 0);
  g_assert_cmpuint (tx_collate_char_strokes (0x20000), ==, 0);

  /* A CJK compatibility ideograph reads as its unified form. */
  g_assert_cmpuint (tx_collate_char_strokes (0xF900), ==,
                    tx_collate_char_strokes (0x8C48));
  g_assert_cmpstr (tx_collate_char_pinyin (0xF900, NULL), ==,
                   tx_collate_char_pinyin (0x8C48, NULL));
}

static const char * const pinyin_order[] = {
  "3号",              /* digits before letters */
  "阿依古丽·买买提",  /* a1 < alice: the tone digit sorts before letters */
  "Alice",
  "安然",
  "白雪",
  "bob",
  "仇和",             /* qiu, not chou */
  "单雄信",           /* shan, not dan */
  "王曾",             /* 曾 in the given name: ceng */
  "解缙",             /* xie, not jie */
  "曾国藩",           /* zeng, not ceng; zeng < zhan */
  "詹天佑",           /* zhan < zhang */
  "张",               /* a prefix comes first */
  "张伟",             /* zhang1 … */
  "长孙无忌",         /* … < zhang3 */
  "赵云",
  "Zoe",
  "😀",               /* after all letters, by code point */
  "𠀀",               /* Ext B: outside the table */
  NULL
};

static void
test_pinyin_order (void)
{
  assert_sorts_to (pinyin_order, tx_collate_pinyin_key);
}

static void
test_pinyin_key (void)
{
  g_autofree char *zhang_wei = tx_collate_pinyin_key ("张伟");
  g_autofree char *upper = tx_collate_pinyin_key ("Anna");
  g_autofree char *lower = tx_collate_pinyin_key ("anna");
  g_autofree char *nfc = tx_collate_pinyin_key ("Ren\xc3\xa9" "e");
  g_autofree char *nfd = tx_collate_pinyin_key ("Rene\xcc\x81" "e");
  g_autofree char *wide = tx_collate_pinyin_key ("ＲＥＮＥＥ");
  g_autofree char *plain = tx_collate_pinyin_key ("Renee");

  g_assert_true (g_str_has_prefix (zhang_wei, "zhang1 #075153154.005f20 wei3#06"));

  /* Same letters: an order still, and always the same one. */
  g_assert_cmpstr (upper, !=, lower);
  g_assert_cmpint (strcmp (upper, lower), <, 0);

  /* Composed or not, the same name; folded letters sort with plain ones. */
  g_assert_cmpstr (nfc, ==, nfd);
  g_assert_true (g_str_has_prefix (nfc, "renee !"));
  g_assert_true (g_str_has_prefix (wide, "renee !"));
  g_assert_true (g_str_has_prefix (plain, "renee !"));
  g_assert_cmpint (strcmp (plain, nfc), <, 0);
  g_assert_cmpint (strcmp (nfc, wide), <, 0);
}

/* 姓氏笔画, written out by hand from the mainland stroke orders (横竖撇点折 =
 * 1–5): the surname first, a compound surname as one, then the given name
 * character by character; equal counts by the first stroke, then the
 * second …  Counts and strokes of the surnames:
 * 丁 2 (15) · 于 3 (115) 万 3 (153) 马 3 (551) · 王 4 (1121) 韦 4 (1152)
 * 方 4 (4153) 孔 4 (5515) · 石 5 (13251) 叶 5 (25112) 白 5 (32511)
 * 司 5 (51251) · 林 8 (1234…) 欧 8 (1345…) 罗 8 (2522…) 金 8 (3411…)
 * 周 8 (3512…) 郑 8 (4311…) 单 8 (4325…) · 曾 12 · Latin after all. */
static const char * const stroke_order[] = {
  "丁一",
  "于丹",     /* 于 before 万: 横横 < 横折 */
  "于谦",     /* one surname stays together: 于丹 < 于谦 whatever 万达 */
  "万达",
  "马云",
  "王",       /* the surname alone first */
  "王一鸣",   /* 一 1 */
  "王飞杰",   /* 飞 3 (535) < 子 3 (551) */
  "王子轩",
  "王月",     /* 月 4 */
  "韦子豪",   /* 韦 after every 王: 1121 < 1152 */
  "方芳",
  "孔明",
  "石磊",
  "叶青",
  "白雪",
  "司马光",   /* 复姓 司马, by 司 */
  "林海",
  "欧明",     /* the surname 欧 … */
  "欧阳修",   /* … before the compound surname 欧阳 */
  "罗兰",
  "金鑫",
  "周涛",
  "郑重",
  "单雄信",
  "曾国藩",
  "Alice",    /* no strokes: after every ideograph */
  "😀",
  NULL
};

/* 音序: the surname as a whole (its surname reading, then the character),
 * then the given name. */
static const char * const pinyin_surname_order[] = {
  "安然",
  "盖伟",     /* 盖 as a surname is gě: with 葛, but its own group (11 strokes) */
  "葛优",     /* 葛 gě, 12 strokes */
  "江浩然",   /* 江 jiāng (6 strokes) … */
  "姜德胜",   /* … and 姜 jiāng (9) are two groups */
  "姜可馨",
  "蒋丽",     /* jiǎng */
  "李长春",   /* 长 in a given name is cháng (chang < chao) */
  "李超",
  "区志明",   /* 区 as a surname is ōu, 4 strokes … */
  "欧明",     /* … 欧 ōu, 8 */
  "欧阳修",   /* the compound surname after the single one */
  "覃静",     /* qín */
  "单雄信",   /* shàn */
  "于斌",     /* 于 yú … */
  "于德建",   /* … stays together */
  "余春燕",   /* 余 yú, another group */
  "乐嘉",     /* yuè */
  "曾国藩",   /* zēng */
  "翟志刚",   /* zhái */
  "张伟",     /* zhāng 张 (7) … */
  "章子怡",   /* … zhāng 章 (11) */
  "长孙无忌", /* zhǎng sūn */
  NULL
};

static void
test_stroke_order (void)
{
  assert_sorts_to (stroke_order, tx_collate_stroke_key);
}

static void
test_pinyin_surname_order (void)
{
  assert_sorts_to (pinyin_surname_order, tx_collate_pinyin_key);
}

static void
assert_sequence (gunichar    c,
                 const char *expected)
{
  g_autofree char *sequence = tx_collate_char_stroke_sequence (c);

  g_assert_cmpstr (sequence, ==, expected);
  g_assert_cmpuint (strlen (expected), ==, tx_collate_char_strokes (c));
}

/* The mainland rule where the packaged tables disagree with it: hooks are
 * 折 (the older Rime table types 竖钩 as 竖), mainland glyphs (CNS 11643
 * writes 万 横撇折 and 北 with 横 for the 提 before 撇). */
static void
test_stroke_sequences (void)
{
  assert_sequence (0x4E01, "15");        /* 丁 横 竖钩 */
  assert_sequence (0x4E8E, "115");       /* 于 横 横 竖钩 */
  assert_sequence (0x4E07, "153");       /* 万 横 横折钩 撇 */
  assert_sequence (0x9A6C, "551");       /* 马 */
  assert_sequence (0x738B, "1121");      /* 王 */
  assert_sequence (0x65B9, "4153");      /* 方 */
  assert_sequence (0x5317, "21135");     /* 北 竖 横 提 撇 竖弯钩 */
  assert_sequence (0x6BD4, "1535");      /* 比 提 竖提 撇 竖弯钩 */
  assert_sequence (0x518D, "125121");    /* 再 */
  assert_sequence (0x963F, "5212515");   /* 阿: 阝 two strokes, 可's 竖钩 */
  assert_sequence (0x90ED, "4125155152");/* 郭: 阝 on the right */
  g_assert_null (tx_collate_char_stroke_sequence ('A'));
}

static void
test_stroke_key (void)
{
  g_autofree char *key = tx_collate_stroke_key ("张伟");
  g_autofree char *alone = tx_collate_stroke_key ("张");
  g_autofree char *other = tx_collate_stroke_key ("张伟明");

  /* 张: 7 strokes 5153154; then 伟 6 strokes. */
  g_assert_true (g_str_has_prefix (key, "075153154.005f20 06"));
  g_assert_cmpint (strcmp (alone, key), <, 0);
  g_assert_cmpint (strcmp (key, other), <, 0);
}

static void
assert_search_forms (const char *name,
                     const char *pinyin,
                     const char *initials,
                     const char *name_pinyin,
                     const char *name_initials)
{
  g_autofree char *p = tx_collate_pinyin (name);
  g_autofree char *i = tx_collate_initials (name);
  g_autofree char *np = tx_collate_name_pinyin (name);
  g_autofree char *ni = tx_collate_name_initials (name);

  g_assert_cmpstr (p, ==, pinyin);
  g_assert_cmpstr (i, ==, initials);
  g_assert_cmpstr (np, ==, name_pinyin);
  g_assert_cmpstr (ni, ==, name_initials);
}

static void
test_search_forms (void)
{
  assert_search_forms ("张伟", "zhangwei", "zw", "zhangwei", "zw");
  assert_search_forms ("长孙无忌", "zhangsunwuji", "zswj", "zhangsunwuji", "zswj");
  assert_search_forms ("曾国藩", "cengguofan", "cgf", "zengguofan", "zgf");
  assert_search_forms ("王曾", "wangceng", "wc", "wangceng", "wc");
  assert_search_forms ("单雄信", "danxiongxin", "dxx", "shanxiongxin", "sxx");
  assert_search_forms ("尉迟恭", "weichigong", "wcg", "yuchigong", "ycg");
  assert_search_forms ("尉缭", "weiliao", "wl", "weiliao", "wl");
  assert_search_forms ("万俟卨", "wanqixie", "wqx", "moqixie", "mqx");
  assert_search_forms ("诸葛亮", "zhugeliang", "zgl", "zhugeliang", "zgl");
  assert_search_forms ("吕布", "lvbu", "lb", "lvbu", "lb");
  /* Full-width letters fold; the space stays in the pinyin, not the
   * initials. */
  assert_search_forms ("ＡＢ组 张伟", "abzu zhangwei", "abzzw",
                       "abzu zhangwei", "abzzw");
}

static void
test_search_terms (void)
{
  g_auto(GStrv) zeng = tx_collate_name_search_terms ("曾国藩");
  g_auto(GStrv) zhang = tx_collate_name_search_terms ("张伟");
  g_auto(GStrv) emoji = tx_collate_name_search_terms ("😀");
  const char * const zeng_expected[] = {
    "zengguofan", "zgf", "cengguofan", "cgf", NULL
  };
  const char * const zhang_expected[] = { "zhangwei", "zw", NULL };
  const char * const emoji_expected[] = { "😀", NULL };

  g_assert_true (g_strv_equal ((const char * const *) zeng, zeng_expected));
  g_assert_true (g_strv_equal ((const char * const *) zhang, zhang_expected));
  g_assert_true (g_strv_equal ((const char * const *) emoji, emoji_expected));
}

static void
test_empty_and_null (void)
{
  g_autofree char *empty = tx_collate_pinyin_key ("");
  g_autofree char *null = tx_collate_pinyin_key (NULL);
  g_autofree char *empty_strokes = tx_collate_stroke_key ("");
  g_autofree char *null_strokes = tx_collate_stroke_key (NULL);
  g_autofree char *a = tx_collate_pinyin_key ("阿");
  g_autofree char *pinyin = tx_collate_pinyin (NULL);
  g_autofree char *initials = tx_collate_initials ("");
  g_autofree char *name_pinyin = tx_collate_name_pinyin (NULL);
  g_autofree char *name_initials = tx_collate_name_initials (NULL);
  g_auto(GStrv) terms = tx_collate_name_search_terms (NULL);

  g_assert_cmpstr (empty, ==, null);
  g_assert_cmpstr (empty_strokes, ==, null_strokes);
  g_assert_cmpint (strcmp (empty, a), <, 0);   /* a blank name sorts first */
  g_assert_cmpstr (pinyin, ==, "");
  g_assert_cmpstr (initials, ==, "");
  g_assert_cmpstr (name_pinyin, ==, "");
  g_assert_cmpstr (name_initials, ==, "");
  g_assert_nonnull (terms);
  g_assert_null (terms[0]);
}

static void
test_invalid_utf8 (void)
{
  const char * const bad[] = {
    "\xff\xfe张", "张\xe4\xbc", "\xc0\x80", "\xed\xa0\x80", "\x80", "曾\xff", NULL
  };

  for (guint i = 0; bad[i]; i++)
    {
      g_autofree char *key = tx_collate_pinyin_key (bad[i]);
      g_autofree char *again = tx_collate_pinyin_key (bad[i]);
      g_autofree char *strokes = tx_collate_stroke_key (bad[i]);
      g_autofree char *pinyin = tx_collate_pinyin (bad[i]);
      g_autofree char *initials = tx_collate_name_initials (bad[i]);
      g_auto(GStrv) terms = tx_collate_name_search_terms (bad[i]);

      g_assert_cmpstr (key, ==, again);
      g_assert_nonnull (strokes);
      g_assert_true (g_utf8_validate (pinyin, -1, NULL));
      g_assert_true (g_utf8_validate (initials, -1, NULL));
      g_assert_nonnull (terms);

      for (guint j = 0; j < i; j++)
        {
          g_autofree char *other = tx_collate_pinyin_key (bad[j]);

          g_assert_cmpstr (key, !=, other);
        }
    }

  {
    g_autofree char *initials = tx_collate_initials ("\xff\xfe张");
    g_autofree char *surname = tx_collate_name_pinyin ("曾\xff");

    g_assert_cmpstr (initials, ==, "z");
    g_assert_cmpstr (surname, ==, "zeng\xef\xbf\xbd");   /* U+FFFD */
  }
}

static void
test_outside_table (void)
{
  g_autofree char *zoe = tx_collate_pinyin_key ("Zoe");
  g_autofree char *emoji = tx_collate_pinyin_key ("😀");
  g_autofree char *ext_b = tx_collate_pinyin_key ("𠀀");
  g_autofree char *mixed = tx_collate_pinyin_key ("张𠀀");
  g_autofree char *mixed2 = tx_collate_pinyin_key ("张😀");
  g_autofree char *zoe_strokes = tx_collate_stroke_key ("Zoe");
  g_autofree char *ext_b_strokes = tx_collate_stroke_key ("𠀀");
  g_autofree char *ext_b_initials = tx_collate_initials ("张𠀀");
  g_autofree char *ext_b_pinyin = tx_collate_pinyin ("张𠀀");

  g_assert_cmpint (strcmp (zoe, emoji), <, 0);
  g_assert_cmpint (strcmp (emoji, ext_b), <, 0);
  g_assert_cmpint (strcmp (mixed2, mixed), <, 0);
  g_assert_cmpint (strcmp (zoe_strokes, ext_b_strokes), <, 0);
  g_assert_cmpstr (ext_b_initials, ==, "z𠀀");
  g_assert_cmpstr (ext_b_pinyin, ==, "zhang𠀀");
}

/* The keys are stored in the database: a session under another locale must
 * compute the very same bytes. */
static void
test_locale_independent (void)
{
  const char * const locales[] = { "C", "C.UTF-8", "zh_CN.UTF-8", NULL };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(GPtrArray) reference = g_ptr_array_new_with_free_func (g_free);
  guint n_tested = 0;

  for (guint l = 0; locales[l]; l++)
    {
      if (setlocale (LC_ALL, locales[l]) == NULL)
        {
          g_test_message ("locale %s not available", locales[l]);
          continue;
        }
      n_tested++;

      for (guint i = 0; pinyin_order[i]; i++)
        {
          g_autofree char *key = tx_collate_pinyin_key (pinyin_order[i]);
          g_autofree char *strokes = tx_collate_stroke_key (pinyin_order[i]);
          g_autofree char *pinyin = tx_collate_name_pinyin (pinyin_order[i]);
          char *keys = g_strjoin ("|", key, strokes, pinyin, NULL);

          if (reference->len <= i)
            g_ptr_array_add (reference, keys);
          else
            {
              g_assert_cmpstr (keys, ==, g_ptr_array_index (reference, i));
              g_free (keys);
            }
        }
    }

  setlocale (LC_ALL, saved);
  g_assert_cmpuint (n_tested, >=, 1);
  if (n_tested < G_N_ELEMENTS (locales) - 1)
    g_test_message ("only %u of the locales were available", n_tested);
}

/* Every key of a name, in one string. */
static char *
all_keys (const char *name)
{
  g_autofree char *pinyin_key = tx_collate_pinyin_key (name);
  g_autofree char *stroke_key = tx_collate_stroke_key (name);
  g_autofree char *pinyin = tx_collate_pinyin (name);
  g_autofree char *initials = tx_collate_initials (name);
  g_autofree char *name_pinyin = tx_collate_name_pinyin (name);
  g_autofree char *name_initials = tx_collate_name_initials (name);
  g_auto(GStrv) terms = tx_collate_name_search_terms (name);
  g_autofree char *joined = g_strjoinv ("|", terms);

  return g_strjoin ("\n", pinyin_key, stroke_key, pinyin, initials, name_pinyin, name_initials, joined, NULL);
}

/* A name read once is kept for the next key of the same name: the keys
 * of a name do not depend on the names read before it, in any order. */
static void
test_same_in_any_order (void)
{
  const char * const names[] = { "曾国藩", "曾", "长孙无忌", "李长春", "Émile 张", "张伟", "", "欧阳修", "单田芳", "张伟" };
  g_autoptr(GPtrArray) first = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (first, all_keys (names[i]));
  for (guint i = G_N_ELEMENTS (names); i-- > 0;)
    {
      g_autofree char *again = all_keys (names[i]);
      /* another name read in between, as text only */
      g_autofree char *pinyin = tx_collate_pinyin (names[(i + 3) % G_N_ELEMENTS (names)]);

      g_assert_cmpstr (again, ==, g_ptr_array_index (first, i));
    }
  g_assert_cmpstr (g_ptr_array_index (first, 5), ==, g_ptr_array_index (first, 9));
}

/* Names of ASCII and unified ideographs are not normalised (NFC cannot
 * change them); a compatibility ideograph still is: 豈 U+F900 reads as
 * 豈 U+8C48 in every key. */
static void
test_compatibility_ideograph (void)
{
  g_autofree char *unified = all_keys ("\xe8\xb1\x88明 A");
  g_autofree char *compatibility = all_keys ("\xef\xa4\x80明 A");

  g_assert_cmpstr (unified, ==, compatibility);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collate/char", test_char);
  g_test_add_func ("/collate/pinyin-order", test_pinyin_order);
  g_test_add_func ("/collate/pinyin-key", test_pinyin_key);
  g_test_add_func ("/collate/stroke-order", test_stroke_order);
  g_test_add_func ("/collate/pinyin-surname-order", test_pinyin_surname_order);
  g_test_add_func ("/collate/stroke-sequences", test_stroke_sequences);
  g_test_add_func ("/collate/stroke-key", test_stroke_key);
  g_test_add_func ("/collate/search-forms", test_search_forms);
  g_test_add_func ("/collate/search-terms", test_search_terms);
  g_test_add_func ("/collate/empty-and-null", test_empty_and_null);
  g_test_add_func ("/collate/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/collate/outside-table", test_outside_table);
  g_test_add_func ("/collate/locale-independent", test_locale_independent);
  g_test_add_func ("/collate/same-in-any-order", test_same_in_any_order);
  g_test_add_func ("/collate/compatibility-ideograph", test_compatibility_ideograph);

  return g_test_run ();
}
