/* tx-window.c — the main window: one window per open database
 *
 * For now the body is an overview of how many records of each kind the
 * database holds; the pages for each kind come later.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/tx-activity.h"
#include "core/tx-community.h"
#include "core/tx-consultation.h"
#include "core/tx-pairing.h"
#include "core/tx-person.h"
#include "core/tx-staff.h"
#include "core/tx-store.h"
#include "core/tx-suggestion.h"
#include "core/tx-visit.h"

#include "tx-window.h"

/* The schema id is the base id in every profile (see data/meson.build). */
#define TX_SETTINGS_SCHEMA "io.github.tongxin.Tongxin"

typedef struct
{
  const char *id;           /* buildable id of the count label in tx-window.ui */
  GType     (*get_type) (void);
} TxCountRow;

static const TxCountRow count_rows[] = {
  { "count-people",        tx_person_get_type },
  { "count-communities",   tx_community_get_type },
  { "count-staff",         tx_staff_get_type },
  { "count-activities",    tx_activity_get_type },
  { "count-visits",        tx_visit_get_type },
  { "count-consultations", tx_consultation_get_type },
  { "count-suggestions",   tx_suggestion_get_type },
  { "count-pairings",      tx_pairing_get_type },
};

#define N_COUNT_ROWS G_N_ELEMENTS (count_rows)

struct _TxWindow
{
  GtkApplicationWindow parent_instance;

  TxDatabase *db;
  GSettings  *settings;     /* NULL when the schema is not installed */

  GtkLabel   *subtitle_label;
  GtkLabel   *count_labels[N_COUNT_ROWS];
};

G_DEFINE_FINAL_TYPE (TxWindow, tx_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Running from the build tree without GSETTINGS_SCHEMA_DIR the schema is
 * missing, and g_settings_new() would abort: the window then simply does
 * not remember its size. */
static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, TX_SETTINGS_SCHEMA, TRUE);
  if (schema == NULL)
    {
      g_debug ("GSettings schema %s not installed: window state is not saved", TX_SETTINGS_SCHEMA);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_window_state (TxWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* GTK 4 keeps the default size in step with the unmaximized size the user
 * gave the window, so it is the size to restore. */
static void
save_window_state (TxWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
update_subtitle (TxWindow *self)
{
  const char *path = tx_database_get_path (self->db);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *display_name = g_filename_display_name (name);
  g_autofree char *display_path = g_filename_display_name (path);

  gtk_label_set_label (self->subtitle_label, display_name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), display_path);
}

void
tx_window_refresh (TxWindow *self)
{
  g_return_if_fail (TX_IS_WINDOW (self));

  for (guint i = 0; i < N_COUNT_ROWS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 count = tx_store_count (self->db, count_rows[i].get_type (), FALSE, &error);
      GtkLabel *label = self->count_labels[i];

      if (error != NULL)
        {
          /* A dash, not a wrong number; the reason is in the tooltip. */
          gtk_label_set_label (label, "—");
          gtk_widget_set_tooltip_text (GTK_WIDGET (label), error->message);
          g_debug ("Counting %s failed: %s", count_rows[i].id, error->message);
        }
      else
        {
          g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, count);

          gtk_label_set_label (label, text);
          gtk_widget_set_tooltip_text (GTK_WIDGET (label), NULL);
        }
    }
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  tx_window_refresh (TX_WINDOW (widget));
}

static gboolean
tx_window_close_request (GtkWindow *window)
{
  save_window_state (TX_WINDOW (window));
  return GTK_WINDOW_CLASS (tx_window_parent_class)->close_request (window);
}

static void
tx_window_constructed (GObject *object)
{
  TxWindow *self = TX_WINDOW (object);

  G_OBJECT_CLASS (tx_window_parent_class)->constructed (object);

  g_assert (TX_IS_DATABASE (self->db));

  update_subtitle (self);
  restore_window_state (self);
  tx_window_refresh (self);
}

static void
tx_window_dispose (GObject *object)
{
  TxWindow *self = TX_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (tx_window_parent_class)->dispose (object);
}

static void
tx_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TxWindow *self = TX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TxWindow *self = TX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_window_class_init (TxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tx_window_constructed;
  object_class->dispose = tx_window_dispose;
  object_class->get_property = tx_window_get_property;
  object_class->set_property = tx_window_set_property;
  window_class->close_request = tx_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         TX_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TxWindow, subtitle_label);
  for (guint i = 0; i < N_COUNT_ROWS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, count_rows[i].id, FALSE,
                                               G_STRUCT_OFFSET (TxWindow, count_labels)
                                               + i * sizeof (GtkLabel *));

  gtk_widget_class_install_action (widget_class, "win.refresh", NULL, refresh_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.refresh", NULL);
}

static void
tx_window_init (TxWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->settings = settings_new_if_installed ();
}

/**
 * tx_window_new:
 * @app: the application the window belongs to
 * @db: the open database the window shows
 *
 * Returns: (transfer none): a new main window on @db, owned by GTK until
 * it is destroyed
 */
TxWindow *
tx_window_new (GtkApplication *app,
               TxDatabase     *db)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  return g_object_new (TX_TYPE_WINDOW,
                       "application", app,
                       "database", db,
                       NULL);
}

TxDatabase *
tx_window_get_database (TxWindow *self)
{
  g_return_val_if_fail (TX_IS_WINDOW (self), NULL);
  return self->db;
}

/* Placeholder until the main window's notification bar lands: run nothing,
 * release the data. */
void
tx_window_show_toast (TxWindow       *self,
                      const char     *message,
                      const char     *button_label,
                      void          (*callback) (gpointer user_data),
                      gpointer        user_data,
                      GDestroyNotify  destroy)
{
  g_message ("%s", message);
  if (destroy != NULL)
    destroy (user_data);
}
