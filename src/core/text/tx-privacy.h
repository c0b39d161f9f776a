/* tx-privacy.h — masking sensitive values for display and export
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "138****5678": phones are shown masked unless the user reveals them,
 * and exported masked unless the user asks for full values. NULL for NULL. */
char *tx_mask_phone (const char *phone);

G_END_DECLS
