/* tx-privacy.c — masking sensitive values for display and export
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-privacy.h"

char *
tx_mask_phone (const char *phone)
{
  glong length;
  GString *masked;

  if (phone == NULL)
    return NULL;
  length = g_utf8_strlen (phone, -1);
  if (length < 7)
    return g_strnfill (length, '*');
  masked = g_string_new (NULL);
  g_string_append_len (masked, phone, 3);
  for (glong i = 3; i < length - 4; i++)
    g_string_append_c (masked, '*');
  g_string_append (masked, g_utf8_offset_to_pointer (phone, length - 4));
  return g_string_free (masked, FALSE);
}
