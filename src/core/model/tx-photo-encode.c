/* tx-photo-encode.c — a photo as the archive keeps it
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <gdk-pixbuf/gdk-pixbuf.h>

#include "tx-photo-encode.h"

/* upright, at most TX_PHOTO_MAX_SIDE, no transparency (JPEG has none) */
static GdkPixbuf *
prepare (GdkPixbuf *pixbuf)
{
  g_autoptr(GdkPixbuf) oriented = gdk_pixbuf_apply_embedded_orientation (pixbuf);
  int width = gdk_pixbuf_get_width (oriented);
  int height = gdk_pixbuf_get_height (oriented);
  int side = MAX (width, height);
  g_autoptr(GdkPixbuf) scaled = NULL;

  if (side > TX_PHOTO_MAX_SIDE)
    scaled = gdk_pixbuf_scale_simple (oriented, MAX (1, width * TX_PHOTO_MAX_SIDE / side),
                                      MAX (1, height * TX_PHOTO_MAX_SIDE / side), GDK_INTERP_BILINEAR);
  else
    scaled = g_object_ref (oriented);
  if (!gdk_pixbuf_get_has_alpha (scaled))
    return g_steal_pointer (&scaled);
  return gdk_pixbuf_composite_color_simple (scaled, gdk_pixbuf_get_width (scaled),
                                            gdk_pixbuf_get_height (scaled),
                                            GDK_INTERP_NEAREST, 255, 8, 0xffffffff, 0xffffffff);
}

/* JPEG, the quality lowered until it fits */
static GBytes *
encode_jpeg (GdkPixbuf  *pixbuf,
             GError    **error)
{
  int quality = 90;
  gchar *buffer = NULL;
  gsize size = 0;

  do
    {
      g_autofree char *q = g_strdup_printf ("%d", quality);

      g_clear_pointer (&buffer, g_free);
      if (!gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "jpeg", error, "quality", q, NULL))
        return NULL;
      quality -= 15;
    }
  while (size > TX_PHOTO_MAX_BYTES && quality > 30);
  return g_bytes_new_take (buffer, size);
}

gboolean
tx_photo_encode (GBytes  *bytes,
                 GBytes **out,
                 char   **mime,
                 GError **error)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  g_autoptr(GdkPixbuf) prepared = NULL;
  g_auto(GStrv) mimes = NULL;
  GdkPixbufFormat *format;
  GdkPixbuf *pixbuf;

  g_return_val_if_fail (bytes != NULL && out != NULL && mime != NULL, FALSE);

  if (!gdk_pixbuf_loader_write_bytes (loader, bytes, error) || !gdk_pixbuf_loader_close (loader, error))
    return FALSE;
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  format = gdk_pixbuf_loader_get_format (loader);
  if (pixbuf == NULL || format == NULL)
    {
      g_set_error (error, GDK_PIXBUF_ERROR, GDK_PIXBUF_ERROR_UNKNOWN_TYPE, _("The file is not an image."));
      return FALSE;
    }
  mimes = gdk_pixbuf_format_get_mime_types (format);
  if (g_bytes_get_size (bytes) <= TX_PHOTO_MAX_BYTES && mimes != NULL && mimes[0] != NULL &&
      (g_str_equal (mimes[0], "image/jpeg") || g_str_equal (mimes[0], "image/png")))
    {
      *out = g_bytes_ref (bytes);
      *mime = g_strdup (mimes[0]);
      return TRUE;
    }
  prepared = prepare (pixbuf);
  *out = encode_jpeg (prepared, error);
  if (*out == NULL)
    return FALSE;
  *mime = g_strdup ("image/jpeg");
  return TRUE;
}
