/* tx-photo-field.h — a photo input: the picture, 选择… and 删除照片
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TX_TYPE_PHOTO_FIELD (tx_photo_field_get_type ())
G_DECLARE_FINAL_TYPE (TxPhotoField, tx_photo_field, TX, PHOTO_FIELD, GtkBox)

/* Shows @data (a stored photo of type @mime), or nothing when NULL. */
void        tx_photo_field_set_photo (TxPhotoField  *self,
                                      GBytes        *data,
                                      const char    *mime);
/* The photo as it is to be stored (borrowed), or NULL. */
GBytes     *tx_photo_field_get_data  (TxPhotoField  *self);
const char *tx_photo_field_get_mime  (TxPhotoField  *self);
/* What 选择… does with the chosen file: encoded as the archive keeps it
 * (tx_photo_encode()) and shown; FALSE, nothing changed, when it is no
 * image. */
gboolean    tx_photo_field_take_file_contents (TxPhotoField  *self,
                                               GBytes        *bytes,
                                               GError       **error);

G_END_DECLS
