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
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
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

/* Sets GSK_RENDERER=cairo when OpenGL would run on the CPU: no render node
 * in @dri_dir, or Mesa told to render in software. Returns TRUE when it
 * set it. Must run before the first window is realized (GTK reads the
 * variable once, for the first surface). */
gboolean
tx_renderer_choose_default_for (const char *dri_dir)
{
  const char *software = g_getenv ("LIBGL_ALWAYS_SOFTWARE");

  if (g_getenv ("GSK_RENDERER") != NULL)
    return FALSE;
  if (tx_renderer_gpu_reachable (dri_dir) &&
      (software == NULL || g_strcmp0 (software, "0") == 0 || *software == '\0'))
    return FALSE;
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  return TRUE;
}

void
tx_renderer_choose_default (void)
{
  if (tx_renderer_choose_default_for (DRI_DIR))
    g_debug ("no GPU render node in %s: drawing with cairo", DRI_DIR);
}
