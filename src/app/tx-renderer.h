/* tx-renderer.h — which of GTK's renderers draws the windows
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean tx_renderer_gpu_reachable (const char *dri_dir);
gboolean tx_renderer_choose_default_for (const char *dri_dir);
void     tx_renderer_choose_default     (void);
void     tx_renderer_disable_gl_for_gtk (guint       gtk_minor);

G_END_DECLS
