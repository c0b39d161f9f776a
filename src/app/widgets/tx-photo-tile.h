/* tx-photo-tile.h — one photo of an activity with its caption, as a cell
 * of the activity editor's photo grid
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TX_TYPE_PHOTO_TILE (tx_photo_tile_get_type ())
G_DECLARE_FINAL_TYPE (TxPhotoTile, tx_photo_tile, TX, PHOTO_TILE, GtkFlowBoxChild)

/* The image in @bytes (of type @mime) with an editable @caption; NULL
 * with @error when @bytes is no image. Its remove button takes it out of
 * its flow box, then "removed" is emitted. */
GtkWidget  *tx_photo_tile_new         (const char   *caption,
                                       const char   *mime,
                                       GBytes       *bytes,
                                       GError      **error);
/* the caption as typed, trimmed; NULL when blank */
char       *tx_photo_tile_dup_caption (TxPhotoTile  *self);
const char *tx_photo_tile_get_mime    (TxPhotoTile  *self);
GBytes     *tx_photo_tile_get_bytes   (TxPhotoTile  *self);

G_END_DECLS
