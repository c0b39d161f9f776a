/* tx-photo-tile.c — one photo of an activity with its caption
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "app/tx-app-util.h"
#include "tx-photo-tile.h"

struct _TxPhotoTile
{
  GtkFlowBoxChild  parent_instance;

  char            *mime;
  GBytes          *bytes;

  GtkPicture      *picture;
  GtkEditable     *caption_entry;
};

G_DEFINE_FINAL_TYPE (TxPhotoTile, tx_photo_tile, GTK_TYPE_FLOW_BOX_CHILD)

enum
{
  SIGNAL_REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
tx_photo_tile_new (const char  *caption,
                   const char  *mime,
                   GBytes      *bytes,
                   GError     **error)
{
  g_autoptr(GdkTexture) texture = NULL;
  TxPhotoTile *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  texture = gdk_texture_new_from_bytes (bytes, error);
  if (texture == NULL)
    return NULL;
  self = g_object_new (TX_TYPE_PHOTO_TILE, NULL);
  self->mime = g_strdup (mime);
  self->bytes = g_bytes_ref (bytes);
  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  gtk_picture_set_alternative_text (self->picture, caption);
  tx_editable_set_text_or_empty (self->caption_entry, caption);
  return GTK_WIDGET (self);
}

char *
tx_photo_tile_dup_caption (TxPhotoTile *self)
{
  g_return_val_if_fail (TX_IS_PHOTO_TILE (self), NULL);
  return tx_editable_dup_text (self->caption_entry);
}

const char *
tx_photo_tile_get_mime (TxPhotoTile *self)
{
  g_return_val_if_fail (TX_IS_PHOTO_TILE (self), NULL);
  return self->mime;
}

GBytes *
tx_photo_tile_get_bytes (TxPhotoTile *self)
{
  g_return_val_if_fail (TX_IS_PHOTO_TILE (self), NULL);
  return self->bytes;
}

static void
on_remove_clicked (TxPhotoTile *self)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (self));

  g_object_ref (self);
  if (GTK_IS_FLOW_BOX (box))
    gtk_flow_box_remove (GTK_FLOW_BOX (box), GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_REMOVED], 0);
  g_object_unref (self);
}

static void
tx_photo_tile_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TX_TYPE_PHOTO_TILE);
  G_OBJECT_CLASS (tx_photo_tile_parent_class)->dispose (object);
}

static void
tx_photo_tile_finalize (GObject *object)
{
  TxPhotoTile *self = TX_PHOTO_TILE (object);

  g_free (self->mime);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  G_OBJECT_CLASS (tx_photo_tile_parent_class)->finalize (object);
}

static void
tx_photo_tile_class_init (TxPhotoTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_photo_tile_dispose;
  object_class->finalize = tx_photo_tile_finalize;

  signals[SIGNAL_REMOVED] = g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-photo-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, TxPhotoTile, picture);
  gtk_widget_class_bind_template_child (widget_class, TxPhotoTile, caption_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
tx_photo_tile_init (TxPhotoTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
