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

#include <errno.h>

#include <glib/gstdio.h>

#include "core/model/tx-person.h"
#include "core/db/tx-settings.h"
#include "core/db/tx-store.h"

#include "tx-app-util.h"
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

/* With no window open yet the application is held until the message is
 * answered: closing it then ends the program. */
static void
show_open_error (TxApplication *self,
                 const GError  *error)
{
  TxAlert alert = {
    .parent = gtk_application_get_active_window (GTK_APPLICATION (self)),
    .type = GTK_MESSAGE_ERROR,
    .message = _("The database could not be opened"),
    .detail = error->message,
    .cancel = GTK_RESPONSE_CLOSE,
  };
  GtkWidget *dialog;

  g_application_hold (G_APPLICATION (self));
  dialog = tx_alert_show (&alert, NULL, self, (GDestroyNotify) g_application_release);
  if (dialog != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (dialog), _("Tongxin"));
      gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
    }
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

/* ---- demo data ---------------------------------------------------------- */

char *
tx_application_dup_demo_path (void)
{
  g_autofree char *default_path = tx_database_default_path ();
  g_autofree char *dir = g_path_get_dirname (default_path);

  return g_build_filename (dir, TX_WINDOW_DEMO_FILE_NAME, NULL);
}

typedef struct
{
  char          *path;
  guint          people;
  TxDemoProgress progress;
  gpointer       progress_data;
} DemoJob;

static void
demo_job_free (gpointer data)
{
  DemoJob *job = data;

  g_free (job->path);
  g_free (job);
}

typedef struct
{
  GTask *task;
  guint  done;
  guint  total;
} DemoProgressEvent;

static gboolean
demo_progress_main (gpointer data)
{
  DemoProgressEvent *event = data;
  DemoJob *job = g_task_get_task_data (event->task);

  if (job->progress != NULL)
    job->progress (event->done, event->total, job->progress_data);
  return G_SOURCE_REMOVE;
}

static void
demo_progress_event_free (gpointer data)
{
  DemoProgressEvent *event = data;

  g_object_unref (event->task);
  g_free (event);
}

/* In the thread: passed on to the main thread, where the task completes
 * too, so the last progress arrives before the result. */
static void
demo_progress_thread (guint    done,
                      guint    total,
                      gpointer user_data)
{
  GTask *task = user_data;
  DemoProgressEvent *event = g_new0 (DemoProgressEvent, 1);

  event->task = g_object_ref (task);
  event->done = done;
  event->total = total;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              demo_progress_main, event, demo_progress_event_free);
}

static void
create_demo_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  DemoJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = NULL;
  g_autofree char *dir = g_path_get_dirname (job->path);
  g_autofree char *flag = NULL;
  gint64 people;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               _("The folder %s could not be created: %s"),
                               dir, g_strerror (saved_errno));
      return;
    }
  db = tx_database_open (job->path, &error);
  if (db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* already there (or someone's own data under that name): open it as it is */
  flag = tx_settings_dup (db, TX_WINDOW_SETTING_DEMO);
  people = tx_store_count (db, TX_TYPE_PERSON, TRUE, &error);
  if (people < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_strcmp0 (flag, "1") != 0 && people == 0)
    {
      TxDemoOptions options = { MAX (job->people, 1), TX_DEMO_DEFAULT_SEED, NULL };

      if (!tx_demo_fill (db, &options, demo_progress_thread, task, &error) ||
          !tx_settings_set (db, TX_WINDOW_SETTING_DEMO, "1", &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }
  g_task_return_pointer (task, g_strdup (tx_database_get_path (db)), g_free);
}

void
tx_application_create_demo_async (TxApplication       *self,
                                  const char          *path,
                                  guint                people,
                                  TxDemoProgress       progress,
                                  gpointer             progress_data,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DemoJob *job;

  g_return_if_fail (TX_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  job = g_new0 (DemoJob, 1);
  job->path = g_canonicalize_filename (path, NULL);
  job->people = people;
  job->progress = progress;
  job->progress_data = progress_data;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tx_application_create_demo_async);
  g_task_set_task_data (task, job, demo_job_free);
  g_task_run_in_thread (task, create_demo_thread);
}

char *
tx_application_create_demo_finish (TxApplication  *self,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- actions ------------------------------------------------------------ */

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
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *print_accels[] = { "<Control>p", NULL };

  G_APPLICATION_CLASS (tx_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.print", print_accels);
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
