/* replay.c — runs a fuzz harness over its seed corpus and every input that
 * once crashed it (tests/fuzz/regressions/NAME/), as a GTest program, so a
 * fixed finding stays fixed in every test run (with or without libFuzzer).
 *
 *   test-fuzz-NAME DIRECTORY…
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  /* a finding aborts (ASan, UBSan or the harness's own checks) */
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const uint8_t *) contents, length), ==, 0);
}

static guint
add_directory (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autofree char *harness = g_path_get_basename (dir);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *test = g_strdup_printf ("/fuzz/%s/%s", harness, name);

      g_test_add_data_func_full (test, g_build_filename (dir, name, NULL), replay_file, g_free);
      n++;
    }
  return n;
}

int
main (int    argc,
      char **argv)
{
  guint n = 0;

  g_test_init (&argc, &argv, NULL);
  for (int i = 1; i < argc; i++)
    n += add_directory (argv[i]);
  /* an empty or missing corpus would make a test that cannot fail */
  g_assert_cmpuint (n, >, 0);
  return g_test_run ();
}
