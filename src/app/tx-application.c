/* tx-application.c — the Tongxin desktop application
 *
 * One window per open database. `tongxin --database PATH` run while Tongxin
 * is already running opens PATH in the running instance (or raises the
 * window that already shows it), so one path is not opened by two windows.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "tx-application.h"

struct _TxApplication
{
  GtkApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (TxApplication, tx_application, GTK_TYPE_APPLICATION)

/* The desktop entry's Comment, so it is translated once. */
static const char summary[] =
  N_("Keep the archive of united-front contacts, and record visits, activities, consultations and suggestions");

static const GOptionEntry option_entries[] = {
  { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    /* Translators: PATH is the placeholder in “--database=PATH”, which is
     * translated as its own string: use the same word here */
    N_("Open the database at PATH instead of the default one"), N_("PATH") },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

static TxWindow *
find_window_for_path (TxApplication *self,
                      const char    *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (TX_IS_WINDOW (l->data) &&
          g_strcmp0 (tx_database_get_path (tx_window_get_database (l->data)), path) == 0)
        return l->data;
    }
  return NULL;
}

static void
error_dialog_response (GtkDialog *dialog,
                       int        response,
                       gpointer   user_data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* GtkMessageDialog is deprecated from GTK 4.10 on, but GtkAlertDialog does
 * not exist in 4.8, the version this must run on. The dialog belongs to the
 * application: when it is the last window, closing it ends the program. */
static void
show_open_error (TxApplication *self,
                 const GError  *error)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_message_dialog_new (parent,
                                   GTK_DIALOG_DESTROY_WITH_PARENT | (parent ? GTK_DIALOG_MODAL : 0),
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", _("The database could not be opened"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  G_GNUC_END_IGNORE_DEPRECATIONS

  gtk_window_set_title (GTK_WINDOW (dialog), _("Tongxin"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (error_dialog_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * tx_application_open_database:
 * @self: the application
 * @path: the database file, absolute or relative to the working directory
 *
 * Shows @path in a window: the one that already shows it, or a new one.
 * When the database cannot be opened, an error dialog says why.
 *
 * Returns: (transfer none) (nullable): the window, or %NULL on an error
 */
TxWindow *
tx_application_open_database (TxApplication *self,
                              const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = NULL;
  g_autofree char *canonical = NULL;
  TxWindow *window;

  g_return_val_if_fail (TX_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  canonical = g_canonicalize_filename (path, NULL);
  window = find_window_for_path (self, canonical);
  if (window == NULL)
    {
      db = tx_database_open (canonical, &error);
      if (db == NULL)
        {
          g_debug ("Cannot open %s: %s", canonical, error->message);
          show_open_error (self, error);
          return NULL;
        }
      window = tx_window_new (GTK_APPLICATION (self), db);
    }
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing rather than g_application_quit() lets each window save its
   * state; the application ends with its last window. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (app);

  gtk_show_about_dialog (parent,
                         "program-name", _("Tongxin"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _(summary),
                         "copyright", "© 2026 The Tongxin developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_activated },
  { .name = "about", .activate = about_activated },
};

static int
tx_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", g_get_prgname (), PACKAGE_VERSION);
      return 0;
    }
  return G_APPLICATION_CLASS (tx_application_parent_class)->handle_local_options (app, options);
}

/* Runs in the primary instance, with the arguments of whichever instance
 * was started. */
static int
tx_application_command_line (GApplication            *app,
                             GApplicationCommandLine *cmdline)
{
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  const char *arg = NULL;
  g_autofree char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &arg) && arg[0] != '\0')
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline, arg);
      path = g_file_get_path (file);
    }
  if (path == NULL)
    path = tx_database_default_path ();

  tx_application_open_database (TX_APPLICATION (app), path);
  return 0;
}

static void
tx_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  path = tx_database_default_path ();
  tx_application_open_database (TX_APPLICATION (app), path);
}

static void
tx_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (tx_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_window_set_default_icon_name (APPLICATION_ID);
}

static void
tx_application_class_init (TxApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = tx_application_startup;
  app_class->activate = tx_application_activate;
  app_class->command_line = tx_application_command_line;
  app_class->handle_local_options = tx_application_handle_local_options;
}

static void
tx_application_init (TxApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self), _(summary));
}

TxApplication *
tx_application_new (void)
{
  /* The resources are in the base id's path in every profile, the .Devel
   * one included. */
  return g_object_new (TX_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/io/github/tongxin/Tongxin",
                       NULL);
}
