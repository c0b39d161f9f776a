/* tx-photo-encode.h — a photo as the archive keeps it: JPEG or PNG, at
 * most a megabyte
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Photos above this are scaled down and stored as JPEG. */
#define TX_PHOTO_MAX_BYTES (1024 * 1024)
#define TX_PHOTO_MAX_SIDE  1200

/* Any image GdkPixbuf reads, as stored: a JPEG or PNG of at most
 * TX_PHOTO_MAX_BYTES is kept as it is; anything else is turned upright,
 * scaled to at most TX_PHOTO_MAX_SIDE pixels, flattened on white and
 * stored as JPEG. FALSE with @error set when @bytes is no image. */
gboolean tx_photo_encode (GBytes      *bytes,
                          GBytes     **out,
                          char       **mime,
                          GError     **error);

G_END_DECLS
