/* tx-photo-field.c — a photo input
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-photo-encode.h"

#include "app/tx-app-util.h"
#include "tx-photo-field.h"

struct _TxPhotoField
{
  GtkBox      parent_instance;

  GBytes     *data;
  char       *mime;

  GtkPicture *picture;
  GtkButton  *remove_button;
};

G_DEFINE_FINAL_TYPE (TxPhotoField, tx_photo_field, GTK_TYPE_BOX)

static void
show_photo (TxPhotoField *self)
{
  g_autoptr(GdkTexture) texture = NULL;

  if (self->data != NULL)
    texture = gdk_texture_new_from_bytes (self->data, NULL);
  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), self->data != NULL);
}

static void
take_photo (TxPhotoField *self,
            GBytes       *data,
            char         *mime)
{
  g_clear_pointer (&self->data, g_bytes_unref);
  g_clear_pointer (&self->mime, g_free);
  self->data = data;
  self->mime = mime;
  show_photo (self);
}

void
tx_photo_field_set_photo (TxPhotoField *self,
                          GBytes       *data,
                          const char   *mime)
{
  g_return_if_fail (TX_IS_PHOTO_FIELD (self));
  take_photo (self, data ? g_bytes_ref (data) : NULL, g_strdup (mime));
}

GBytes *
tx_photo_field_get_data (TxPhotoField *self)
{
  g_return_val_if_fail (TX_IS_PHOTO_FIELD (self), NULL);
  return self->data;
}

const char *
tx_photo_field_get_mime (TxPhotoField *self)
{
  g_return_val_if_fail (TX_IS_PHOTO_FIELD (self), NULL);
  return self->mime;
}

gboolean
tx_photo_field_take_file_contents (TxPhotoField  *self,
                                   GBytes        *bytes,
                                   GError       **error)
{
  GBytes *encoded = NULL;
  char *mime = NULL;

  g_return_val_if_fail (TX_IS_PHOTO_FIELD (self), FALSE);
  if (!tx_photo_encode (bytes, &encoded, &mime, error))
    return FALSE;
  take_photo (self, encoded, mime);
  return TRUE;
}

static void
on_photo_chosen (GtkWidget      *owner,
                 GFile          *file,
                 GtkFileChooser *chooser,
                 gpointer        data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);

  if (bytes == NULL || !tx_photo_field_take_file_contents (TX_PHOTO_FIELD (owner), bytes, &error))
    tx_show_error (owner, _("The photo could not be read."), error);
}

static void
on_choose_clicked (TxPhotoField *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  TxFileChoice choice = { _("Choose a Photo"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL, filter, TRUE };

  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_pixbuf_formats (filter);
  tx_choose_file (GTK_WIDGET (self), &choice, on_photo_chosen, NULL, NULL);
}

static void
on_remove_clicked (TxPhotoField *self)
{
  take_photo (self, NULL, NULL);
}

static void
tx_photo_field_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TX_TYPE_PHOTO_FIELD);
  G_OBJECT_CLASS (tx_photo_field_parent_class)->dispose (object);
}

static void
tx_photo_field_finalize (GObject *object)
{
  TxPhotoField *self = TX_PHOTO_FIELD (object);

  g_clear_pointer (&self->data, g_bytes_unref);
  g_clear_pointer (&self->mime, g_free);
  G_OBJECT_CLASS (tx_photo_field_parent_class)->finalize (object);
}

static void
tx_photo_field_class_init (TxPhotoFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_photo_field_dispose;
  object_class->finalize = tx_photo_field_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-photo-field.ui");
  gtk_widget_class_bind_template_child (widget_class, TxPhotoField, picture);
  gtk_widget_class_bind_template_child (widget_class, TxPhotoField, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
tx_photo_field_init (TxPhotoField *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_photo (self);
}
