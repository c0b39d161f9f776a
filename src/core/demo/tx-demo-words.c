/* tx-demo-words.c — the word lists of the demo data, from data/demo/
 *
 * Each file of data/demo/ (compiled into the core's GResource) is one list:
 * one entry per line, in the order the generator draws from, C escapes
 * (\n) allowed.  The order and the number of entries are part of what a
 * seed produces: reordering a list changes the demo data of every seed.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "tx-demo-private.h"

#define WORDS_PATH "/io/github/tongxin/Tongxin/core/demo"

static TxDemoWords *
load_list (const char *file)
{
  g_autofree char *path = g_build_path ("/", WORDS_PATH, file, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  TxDemoWords *words;
  char **v;
  guint n;

  if (bytes == NULL)
    g_error ("demo word list %s is missing from the resources", path);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);
  n = g_strv_length (lines);
  /* the newline that ends the last line starts no entry */
  if (n > 0 && *lines[n - 1] == '\0')
    n--;
  v = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    v[i] = g_strcompress (lines[i]);
  words = g_new0 (TxDemoWords, 1);
  words->v = (const char * const *) v;
  words->n = n;
  return words;
}

/* every list, by its name with '_' for '-' ("street_roots") */
static GHashTable *
load_all (void)
{
  GHashTable *lists = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) files = g_resources_enumerate_children (WORDS_PATH, 0, NULL);

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      char *name;

      if (!g_str_has_suffix (files[i], ".txt"))
        continue;
      name = g_strndup (files[i], strlen (files[i]) - strlen (".txt"));
      g_strdelimit (name, "-", '_');
      g_hash_table_insert (lists, name, load_list (files[i]));
    }
  return lists;
}

/* Loaded once and kept for the life of the process, like the code tables. */
const TxDemoWords *
_tx_demo_words (const char *name)
{
  static GHashTable *lists;
  TxDemoWords *words;

  if (g_once_init_enter (&lists))
    g_once_init_leave (&lists, load_all ());
  words = g_hash_table_lookup (lists, name);
  if (words == NULL || words->n == 0)
    g_error ("demo word list “%s” is missing or empty", name);
  return words;
}
