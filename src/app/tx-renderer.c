/* tx-renderer.c — which of GTK's renderers draws the windows
 *
 * GTK draws with OpenGL unless told otherwise. Where no GPU can be
 * reached — no DRM render node: a virtual machine, a remote desktop, an
 * office PC whose graphics driver gives no render node, a sandbox without
 * --device=dri — Mesa runs OpenGL on the CPU (llvmpipe). Our windows are
 * text, lists and forms: on the 2-core reference machine without a GPU
 * GTK 4.8's cairo renderer draws them with about half the CPU and
 * 70–100 MiB less memory than llvmpipe, and shows the first frame about
 * 260 ms sooner (README, Benchmark). So without a render node the
 * windows are drawn with cairo; with one GTK keeps its own choice, and a
 * GSK_RENDERER set by the user always wins.
 *
 * Drawing with cairo, GDK need not open OpenGL at all, and is told so
 * (GDK_DEBUG=gl-disable, GDK_DISABLE=gl from GTK 4.16): GTK 4.8's X11 backend otherwise opens it at
 * start to pick a visual, which maps Mesa and LLVM — 58 MiB of RSS under
 * Xvfb, more than the whole window held at its first frame otherwise.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "tx-renderer.h"

#define DRI_DIR "/dev/dri"

/* TRUE when @dri_dir holds a render node (renderD128, renderD129, …),
 * the device through which Mesa reaches a GPU */
gboolean
tx_renderer_gpu_reachable (const char *dri_dir)
{
  g_autoptr(GDir) dir = g_dir_open (dri_dir, 0, NULL);
  const char *name;

  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, "renderD"))
        return TRUE;
    }
  return FALSE;
}

/* @variable's comma-separated words gain @word (what it held is kept) */
static void
add_word (const char *variable,
          const char *word)
{
  const char *held = g_getenv (variable);
  g_auto(GStrv) words = held != NULL ? g_strsplit (held, ",", -1) : NULL;
  g_autofree char *value = NULL;

  if (words != NULL && g_strv_contains ((const char * const *) words, word))
    return;
  value = held != NULL && *held != '\0' ? g_strconcat (held, ",", word, NULL) : g_strdup (word);
  g_setenv (variable, value, TRUE);
}

/* Tells GDK of GTK 4.@gtk_minor not to open OpenGL: GTK 4.16 moved the
 * switch from GDK_DEBUG=gl-disable to GDK_DISABLE=gl (the Flatpak runtime
 * has a newer GTK than Debian 12's 4.8). */
void
tx_renderer_disable_gl_for_gtk (guint gtk_minor)
{
  if (gtk_minor >= 16)
    add_word ("GDK_DISABLE", "gl");
  else
    add_word ("GDK_DEBUG", "gl-disable");
}

static void
disable_gl (void)
{
  tx_renderer_disable_gl_for_gtk (gtk_get_minor_version ());
}

/* Sets GSK_RENDERER=cairo when OpenGL would run on the CPU: no render node
 * in @dri_dir, or Mesa told to render in software, and then (or when the
 * user chose cairo) disables OpenGL in GDK. Returns TRUE when it set
 * GSK_RENDERER. Must run before the first window is realized (GTK reads the
 * variable once, for the first surface). */
gboolean
tx_renderer_choose_default_for (const char *dri_dir)
{
  const char *software = g_getenv ("LIBGL_ALWAYS_SOFTWARE");

  if (g_getenv ("GSK_RENDERER") != NULL)
    {
      if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") == 0)
        disable_gl ();
      return FALSE;
    }
  if (tx_renderer_gpu_reachable (dri_dir) &&
      (software == NULL || g_strcmp0 (software, "0") == 0 || *software == '\0'))
    return FALSE;
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  disable_gl ();
  return TRUE;
}

void
tx_renderer_choose_default (void)
{
  if (tx_renderer_choose_default_for (DRI_DIR))
    g_debug ("no GPU render node in %s: drawing with cairo", DRI_DIR);
}
