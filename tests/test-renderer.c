/* test-renderer.c — the renderer chosen where no GPU can be reached
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "app/tx-renderer.h"
#include "tx-test-gtk-util.h"
#include "tx-test-util.h"

/* set for a child that chooses the renderer before GTK starts */
#define CHOOSE_FIRST "TX_TEST_RENDERER_CHOOSE_FIRST"

/* the variables the choice reads and writes: each case starts without
 * them and gives back what the test was started with (under
 * `build-aux/dev test --sanitize` GDK_DEBUG=gl-disable keeps the later
 * children from loading the GL driver, whose leaks LSan cannot name) */
static const char * const variables[] = {
  "GSK_RENDERER", "LIBGL_ALWAYS_SOFTWARE", "GDK_DEBUG", "GDK_DISABLE",
};

typedef struct
{
  char *dir;   /* stands for /dev/dri */
  char *saved[G_N_ELEMENTS (variables)];
} Fixture;

static void
touch (const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = tx_test_make_temp_dir ("dri");
  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      f->saved[i] = g_strdup (g_getenv (variables[i]));
      g_unsetenv (variables[i]);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tx_test_remove_tree (f->dir);
  g_free (f->dir);
  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      if (f->saved[i] != NULL)
        g_setenv (variables[i], f->saved[i], TRUE);
      else
        g_unsetenv (variables[i]);
      g_free (f->saved[i]);
    }
}

static void
test_render_node (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_false (tx_renderer_gpu_reachable (f->dir));
  /* a display-only device (simpledrm, a VM's framebuffer) has a card but no render node */
  touch (f->dir, "card0");
  g_assert_false (tx_renderer_gpu_reachable (f->dir));
  touch (f->dir, "renderD128");
  g_assert_true (tx_renderer_gpu_reachable (f->dir));
  g_assert_false (tx_renderer_gpu_reachable ("/nonexistent/dri"));
}

static void
test_no_gpu_cairo (Fixture       *f,
                   gconstpointer  data)
{
  touch (f->dir, "card0");
  g_assert_true (tx_renderer_choose_default_for (f->dir));
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "gl-disable");
}

static void
test_gpu_left_to_gtk (Fixture       *f,
                      gconstpointer  data)
{
  touch (f->dir, "renderD128");
  g_assert_false (tx_renderer_choose_default_for (f->dir));
  g_assert_null (g_getenv ("GSK_RENDERER"));
  g_assert_null (g_getenv ("GDK_DEBUG"));

  /* Mesa told to render on the CPU: as good as no GPU */
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "0", TRUE);
  g_assert_false (tx_renderer_choose_default_for (f->dir));
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_assert_true (tx_renderer_choose_default_for (f->dir));
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
}

static void
test_user_choice_wins (Fixture       *f,
                       gconstpointer  data)
{
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_assert_false (tx_renderer_choose_default_for (f->dir));
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");
  g_assert_null (g_getenv ("GDK_DEBUG"));
}

/* cairo, chosen by the user or by us: GDK opens no OpenGL, and keeps the
 * debug flags it was given */
static void
test_cairo_disables_gl (Fixture       *f,
                        gconstpointer  data)
{
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GDK_DEBUG", "events", TRUE);
  g_assert_false (tx_renderer_choose_default_for (f->dir));
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "events,gl-disable");
  /* once */
  g_assert_false (tx_renderer_choose_default_for (f->dir));
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "events,gl-disable");
}

/* GTK 4.16 and later take the switch as GDK_DISABLE=gl; a word already
 * there is not added twice, nor is one that only starts like it */
static void
test_gl_switch_by_version (Fixture       *f,
                           gconstpointer  data)
{
  tx_renderer_disable_gl_for_gtk (16);
  g_assert_cmpstr (g_getenv ("GDK_DISABLE"), ==, "gl");
  g_assert_null (g_getenv ("GDK_DEBUG"));
  g_setenv ("GDK_DISABLE", "gl-api", TRUE);
  tx_renderer_disable_gl_for_gtk (20);
  g_assert_cmpstr (g_getenv ("GDK_DISABLE"), ==, "gl-api,gl");
  tx_renderer_disable_gl_for_gtk (20);
  g_assert_cmpstr (g_getenv ("GDK_DISABLE"), ==, "gl-api,gl");

  tx_renderer_disable_gl_for_gtk (8);
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "gl-disable");
}

/* GTK really draws the window with the renderer chosen (in a child: GTK
 * reads the variable once per process, at the first window) */
static void
test_window_drawn_with_cairo (void)
{
  if (tx_test_skip_without_display ())
    return;
  if (g_test_subprocess ())
    {
      g_autofree char *dir = tx_test_make_temp_dir ("dri");
      GtkWidget *window;

      g_unsetenv ("GSK_RENDERER");
      g_assert_true (tx_renderer_choose_default_for (dir));
      tx_test_remove_tree (dir);
      window = gtk_window_new ();
      gtk_widget_realize (window);
      g_assert_cmpstr (G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))), ==,
                       "GskCairoRenderer");

      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* GDK opened no OpenGL when the choice came before GTK started, as in
 * the program (in a child whose main() chose first) */
static void
test_no_gl_opened (void)
{
  if (tx_test_skip_without_display ())
    return;
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
      g_assert_false (gdk_display_prepare_gl (gdk_display_get_default (), &error));
      return;
    }
  g_setenv (CHOOSE_FIRST, "1", TRUE);
  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv (CHOOSE_FIRST);
  g_test_trap_assert_passed ();
}

/* the tongxin program makes the choice before anything else (src/app/main.c) */
static void
test_program_chooses (void)
{
  g_auto(GStrv) envp = g_get_environ ();
  const char *argv[] = { TONGXIN_PROGRAM, "--version", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  envp = g_environ_unsetenv (envp, "GSK_RENDERER");
  envp = g_environ_setenv (envp, "LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  envp = g_environ_setenv (envp, "G_MESSAGES_DEBUG", "all", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* GLib writes debug messages to stdout */
  g_assert_nonnull (strstr (out, "drawing with cairo"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!g_test_subprocess ())
    g_unsetenv ("GSK_RENDERER");
  else if (g_getenv (CHOOSE_FIRST) != NULL)
    {
      g_unsetenv ("GSK_RENDERER");
      g_unsetenv ("GDK_DEBUG");
      tx_renderer_choose_default_for ("/nonexistent/dri");
    }
  tx_test_gtk_init ();

  g_test_add ("/renderer/render-node", Fixture, NULL, fixture_set_up, test_render_node, fixture_tear_down);
  g_test_add ("/renderer/no-gpu-cairo", Fixture, NULL, fixture_set_up, test_no_gpu_cairo, fixture_tear_down);
  g_test_add ("/renderer/gpu-left-to-gtk", Fixture, NULL, fixture_set_up, test_gpu_left_to_gtk,
              fixture_tear_down);
  g_test_add ("/renderer/user-choice-wins", Fixture, NULL, fixture_set_up, test_user_choice_wins,
              fixture_tear_down);
  g_test_add ("/renderer/cairo-disables-gl", Fixture, NULL, fixture_set_up, test_cairo_disables_gl,
              fixture_tear_down);
  g_test_add ("/renderer/gl-switch-by-version", Fixture, NULL, fixture_set_up, test_gl_switch_by_version,
              fixture_tear_down);
  g_test_add_func ("/renderer/window-drawn-with-cairo", test_window_drawn_with_cairo);
  g_test_add_func ("/renderer/no-gl-opened", test_no_gl_opened);
  g_test_add_func ("/renderer/program-chooses", test_program_chooses);
  return g_test_run ();
}
