/* tx-i18n.c — set up gettext for the programs
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include <glib/gi18n-lib.h>

#include "tx-i18n.h"

/* TONGXIN_LOCALEDIR lets the uninstalled programs (build-aux/dev run, the
 * tests) use the catalogues compiled in the build tree. */
void
tx_i18n_init (void)
{
  const char *localedir = g_getenv ("TONGXIN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
