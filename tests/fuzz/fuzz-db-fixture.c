/* fuzz-db-fixture.c — the demo database of the importer harnesses
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include <glib/gstdio.h>

#include "core/demo/tx-demo.h"
#include "fuzz-db-fixture.h"

#define FIXTURE_PEOPLE 40
#define FIXTURE_SEED   7

static TxDatabase *fixture_db;
static char *fixture_dir;
static char *fixture_input;

static void
remove_fixture (void)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_clear_object (&fixture_db);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (fixture_dir, "/fuzz.db", suffixes[i], NULL);

      g_remove (path);
    }
  g_remove (fixture_input);
  g_rmdir (fixture_dir);
  g_clear_pointer (&fixture_input, g_free);
  g_clear_pointer (&fixture_dir, g_free);
}

static void
make_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  TxDemoOptions options = { FIXTURE_PEOPLE, FIXTURE_SEED, NULL };

  fixture_dir = g_dir_make_tmp ("tongxin-fuzz-XXXXXX", &error);
  if (fixture_dir == NULL)
    g_error ("fuzz: no temporary folder: %s", error->message);
  path = g_build_filename (fixture_dir, "fuzz.db", NULL);
  fixture_input = g_build_filename (fixture_dir, "input", NULL);
  fixture_db = tx_database_open (path, &error);
  if (fixture_db == NULL || !tx_demo_fill (fixture_db, &options, NULL, NULL, &error))
    g_error ("fuzz: no demo database: %s", error->message);
  atexit (remove_fixture);
}

TxDatabase *
fuzz_fixture_database (void)
{
  if (fixture_db == NULL)
    make_fixture ();
  return fixture_db;
}

const char *
fuzz_fixture_input_path (void)
{
  fuzz_fixture_database ();
  return fixture_input;
}
