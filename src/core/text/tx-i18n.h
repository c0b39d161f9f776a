/* tx-i18n.h — set up gettext for the programs
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void tx_i18n_init (void);

G_END_DECLS
