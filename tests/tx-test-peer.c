/* tx-test-peer.c — a second program on the same database, for the tests
 *
 *   tx-test-peer read PATH             opens PATH, counts the staff, closes
 *   tx-test-peer write PATH PREFIX N   saves N staff members named PREFIX-i,
 *                                      each in a transaction of its own
 *
 * It goes through the core as tongxin-cli does, so the tests see what a
 * real second program does to an open database: above all, that opening
 * and closing it beside another process's connection loses nothing.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include "core/db/tx-database.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"

static int
peer_read (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = tx_database_open (path, &error);

  if (db == NULL || tx_store_count (db, TX_TYPE_STAFF, TRUE, &error) < 0)
    {
      g_printerr ("tx-test-peer: %s\n", error->message);
      return 1;
    }
  return 0;
}

static int
peer_write (const char *path,
            const char *prefix,
            guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = tx_database_open (path, &error);

  if (db == NULL)
    {
      g_printerr ("tx-test-peer: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TxStaff) staff = tx_staff_new ();
      g_autofree char *name = g_strdup_printf ("%s-%u", prefix, i);

      tx_staff_set_name (staff, name);
      if (!tx_store_save (db, TX_RECORD (staff), TX_SAVE_DEFAULT, &error))
        {
          g_printerr ("tx-test-peer: write %u: %s\n", i, error->message);
          return 1;
        }
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "read"))
    return peer_read (argv[2]);
  if (argc == 5 && g_str_equal (argv[1], "write"))
    return peer_write (argv[2], argv[3], (guint) strtoul (argv[4], NULL, 10));
  g_printerr ("usage: tx-test-peer read PATH | write PATH PREFIX N\n");
  return 2;
}
