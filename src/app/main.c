/* main.c — the tongxin program
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/text/tx-i18n.h"

#include "tx-application.h"
#include "tx-renderer.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TxApplication) app = NULL;

  /* first, while this is the only thread: setenv() races with getenv()
   * in threads that GLib starts later */
  tx_renderer_choose_default ();
  tx_i18n_init ();

  g_set_prgname ("tongxin");
  g_set_application_name (_("Tongxin"));

  app = tx_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
