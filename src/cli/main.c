/* main.c — tongxin-cli
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/text/tx-i18n.h"

#include "cli/tx-cli.h"

int
main (int    argc,
      char **argv)
{
  tx_i18n_init ();

  return tx_cli_run (argc, argv);
}
