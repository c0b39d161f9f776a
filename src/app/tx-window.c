/* tx-window.c — the main window: one window per open database
 *
 * A sidebar over a stack of pages (TxPage), a header bar whose search
 * entry and New button act on the page shown, and an in-window
 * notification with an optional button (撤销 …). The actions are in
 * tx-window-actions.c, the notification in tx-window-toast.c; the struct
 * they share in tx-window-private.h.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/db/tx-settings.h"

#include "app/pages/tx-page.h"
#include "tx-window-private.h"

/* The schema id is the base id in every profile (see data/meson.build). */
#define TX_SETTINGS_SCHEMA "io.github.tongxin.Tongxin"
#define DEFAULT_PAGE "overview"
/* how often the file is checked for another program's writes while the
 * window is open (it is checked too whenever the window gains focus) */
#define EXTERNAL_CHECK_SECONDS 2
/* per page: the search text the page was last given */
#define PAGE_SEARCH_KEY "tx-window-search"

/* Which page shows the records of an entity. */
static const struct
{
  const char *entity;
  const char *page;
} entity_pages[] = {
  { "person",       "archive" },
  { "activity",     "activities" },
  { "visit",        "visits" },
  { "consultation", "consultations" },
  { "suggestion",   "suggestions" },
  { "pairing",      "pairings" },
  { "staff",        "staff" },
};

G_DEFINE_FINAL_TYPE (TxWindow, tx_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- GSettings ---------------------------------------------------------- */

/* Running from the build tree without GSETTINGS_SCHEMA_DIR the schema is
 * missing, and g_settings_new() would abort: the window then simply does
 * not remember its size or page. */
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
  g_free (self->pending_page);
  self->pending_page = g_settings_get_string (self->settings, "last-page");
}

/* GTK 4 keeps the default size in step with the unmaximized size the user
 * gave the window, so it is the size to restore. */
static void
save_window_state (TxWindow *self)
{
  const char *page = tx_window_get_visible_page_name (self);
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
  if (page != NULL)
    g_settings_set_string (self->settings, "last-page", page);
  g_settings_apply (self->settings);
}

/* ---- title and demo marking --------------------------------------------- */

static gboolean
database_is_demo (TxDatabase *db)
{
  g_autofree char *name = g_path_get_basename (tx_database_get_path (db));
  g_autofree char *flag = NULL;

  if (g_strcmp0 (name, TX_WINDOW_DEMO_FILE_NAME) == 0)
    return TRUE;
  flag = tx_settings_dup (db, TX_WINDOW_SETTING_DEMO);
  return g_strcmp0 (flag, "1") == 0;
}

static void
update_title (TxWindow *self)
{
  const char *path = tx_database_get_path (self->db);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *display_name = g_filename_display_name (name);
  g_autofree char *display_path = g_filename_display_name (path);
  const char *title;

  gtk_label_set_label (self->subtitle_label, display_name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), display_path);

  self->is_demo = database_is_demo (self->db);
  title = self->is_demo ? _("Tongxin — Demo Data") : _("Tongxin");
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_label (self->title_label, title);
  gtk_widget_set_visible (self->demo_bar, self->is_demo);
  /* the striped header bar of development builds, and the warning bar */
  if (self->is_demo)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
      gtk_widget_add_css_class (GTK_WIDGET (self), "demo");
    }
}

gboolean
tx_window_is_demo (TxWindow *self)
{
  g_return_val_if_fail (TX_IS_WINDOW (self), FALSE);
  return self->is_demo;
}

/* ---- pages -------------------------------------------------------------- */

GtkWidget *
_tx_window_visible_page (TxWindow *self)
{
  return self->stack != NULL ? _tx_window_page_in (self, gtk_stack_get_visible_child (self->stack), TRUE) : NULL;
}

static gboolean
page_can_search (GtkWidget *page)
{
  return page != NULL && TX_IS_PAGE (page) && TX_PAGE_GET_IFACE (page)->set_search != NULL;
}

static void
update_page_actions (TxWindow *self)
{
  GtkWidget *page = _tx_window_visible_page (self);
  GtkWidget *archive_child = gtk_stack_get_child_by_name (self->stack, "archive");
  GtkWidget *archive = _tx_window_page_in (self, archive_child, FALSE);
  gboolean can_create = page != NULL && TX_IS_PAGE (page) && tx_page_can_create (TX_PAGE (page));
  const char *label = can_create ? tx_page_get_new_label (TX_PAGE (page)) : NULL;
  g_autofree char *tooltip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new", can_create);
  if (can_create)
    tooltip = g_strdup_printf ("%s (Ctrl+N)", label != NULL ? label : _("New"));
  gtk_widget_set_tooltip_text (self->new_button, tooltip);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-person",
                                 _tx_window_page_is_unbuilt (archive_child) ||
                                 (archive != NULL && TX_IS_PAGE (archive) &&
                                  tx_page_can_create (TX_PAGE (archive))));
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), page_can_search (page));
}

static void on_search_changed (TxWindow *self);

/* Each page keeps its own search: switching pages shows the text the new
 * page was given last. */
static void
on_visible_child_changed (TxWindow *self)
{
  GtkWidget *page;
  g_autofree char *text = NULL;

  if (self->stack == NULL)
    return;
  /* before a page is built: it can take what the others free */
  _tx_window_release_hidden_rows (self);
  page = _tx_window_visible_page (self);
  if (self->db == NULL || page == NULL)
    return;
  /* A copy, and the entry's handler blocked: setting the text deletes the
   * old one first, and on_search_changed() would give the new page that
   * empty text, freeing the string being set. The page has this text
   * already: nothing to tell it. */
  text = g_strdup (g_object_get_data (G_OBJECT (page), PAGE_SEARCH_KEY));
  g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
  update_page_actions (self);
}

static void
on_search_changed (TxWindow *self)
{
  GtkWidget *page = _tx_window_visible_page (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const char *previous;

  if (!page_can_search (page))
    return;
  previous = g_object_get_data (G_OBJECT (page), PAGE_SEARCH_KEY);
  if (g_strcmp0 (previous != NULL ? previous : "", text) == 0)
    return;
  g_object_set_data_full (G_OBJECT (page), PAGE_SEARCH_KEY, g_strdup (text), g_free);
  tx_page_set_search (TX_PAGE (page), text[0] != '\0' ? text : NULL);
}

static void
on_stop_search (TxWindow *self)
{
  GtkWidget *page = _tx_window_visible_page (self);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/* Enter in the search: on to the results, not to the page's first filter */
static void
on_search_activate (TxWindow *self)
{
  GtkWidget *page = _tx_window_visible_page (self);

  if (page == NULL)
    return;
  if (!TX_IS_PAGE (page) || !tx_page_focus_results (TX_PAGE (page)))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

GtkWidget *
tx_window_get_page (TxWindow   *self,
                    const char *name)
{
  g_return_val_if_fail (TX_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  return _tx_window_page_in (self, gtk_stack_get_child_by_name (self->stack, name), TRUE);
}

const char *
tx_window_get_visible_page_name (TxWindow *self)
{
  g_return_val_if_fail (TX_IS_WINDOW (self), NULL);
  return self->stack != NULL ? gtk_stack_get_visible_child_name (self->stack) : NULL;
}

gboolean
tx_window_show_page (TxWindow   *self,
                     const char *name)
{
  GtkWidget *page;

  g_return_val_if_fail (TX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  page = gtk_stack_get_child_by_name (self->stack, name);
  if (page == NULL)
    return FALSE;
  g_clear_pointer (&self->pending_page, g_free);
  gtk_stack_set_visible_child (self->stack, page);
  return TRUE;
}

typedef struct
{
  GtkWidget *widget;
  char      *name;
  char      *title;
  char      *icon_name;
} SavedPage;

static void
saved_page_free (gpointer data)
{
  SavedPage *saved = data;

  g_object_unref (saved->widget);
  g_free (saved->name);
  g_free (saved->title);
  g_free (saved->icon_name);
  g_free (saved);
}

static void
add_stack_page (TxWindow   *self,
                const char *name,
                const char *title,
                const char *icon_name,
                GtkWidget  *widget)
{
  GtkStackPage *stack_page = gtk_stack_add_titled (self->stack, widget, name, title);

  if (icon_name != NULL)
    gtk_stack_page_set_icon_name (stack_page, icon_name);
}

/* GtkStack appends only: to replace a page in place, the pages after it
 * are taken out and put back. */
static void
replace_page (TxWindow   *self,
              GtkWidget  *old_page,
              const char *name,
              const char *title,
              const char *icon_name,
              GtkWidget  *widget)
{
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func (saved_page_free);
  gboolean was_visible = gtk_stack_get_visible_child (self->stack) == old_page;
  GtkWidget *child;

  for (child = gtk_widget_get_next_sibling (old_page); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkStackPage *stack_page = gtk_stack_get_page (self->stack, child);
      SavedPage *saved = g_new0 (SavedPage, 1);

      saved->widget = g_object_ref (child);
      saved->name = g_strdup (gtk_stack_page_get_name (stack_page));
      saved->title = g_strdup (gtk_stack_page_get_title (stack_page));
      saved->icon_name = g_strdup (gtk_stack_page_get_icon_name (stack_page));
      g_ptr_array_add (after, saved);
    }
  /* GtkStackSidebar (4.8) trips over pages removed under it: it lets go
   * of the stack while the pages change */
  g_object_ref (old_page);
  gtk_stack_sidebar_set_stack (self->sidebar, NULL);
  for (guint i = 0; i < after->len; i++)
    gtk_stack_remove (self->stack, ((SavedPage *) g_ptr_array_index (after, i))->widget);
  gtk_stack_remove (self->stack, old_page);

  add_stack_page (self, name, title, icon_name, widget);
  for (guint i = 0; i < after->len; i++)
    {
      SavedPage *saved = g_ptr_array_index (after, i);

      add_stack_page (self, saved->name, saved->title, saved->icon_name, saved->widget);
    }
  if (was_visible)
    gtk_stack_set_visible_child (self->stack, widget);
  gtk_stack_sidebar_set_stack (self->sidebar, self->stack);
  g_object_unref (old_page);
}

void
tx_window_add_page (TxWindow   *self,
                    const char *name,
                    const char *title,
                    const char *icon_name,
                    GtkWidget  *page)
{
  GtkWidget *old_page;

  g_return_if_fail (TX_IS_WINDOW (self));
  g_return_if_fail (name != NULL && title != NULL);
  g_return_if_fail (GTK_IS_WIDGET (page));

  if (TX_IS_PAGE (page))
    tx_page_set_database (TX_PAGE (page), self->db);

  old_page = gtk_stack_get_child_by_name (self->stack, name);
  if (old_page != NULL)
    replace_page (self, old_page, name, title, icon_name, page);
  else
    add_stack_page (self, name, title, icon_name, page);

  if (g_strcmp0 (self->pending_page, name) == 0)
    tx_window_show_page (self, name);
  update_page_actions (self);
}

gboolean
tx_window_open_record (TxWindow   *self,
                       const char *entity,
                       const char *uuid)
{
  g_return_val_if_fail (TX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (entity != NULL && uuid != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (entity_pages); i++)
    {
      GtkWidget *page;

      if (g_strcmp0 (entity_pages[i].entity, entity) != 0)
        continue;
      page = tx_window_get_page (self, entity_pages[i].page);
      if (page == NULL || !TX_IS_PAGE (page) || TX_PAGE_GET_IFACE (page)->open_record == NULL)
        return FALSE;
      tx_window_show_page (self, entity_pages[i].page);
      tx_page_open_record (TX_PAGE (page), uuid);
      return TRUE;
    }
  g_debug ("No page shows records of kind %s", entity);
  return FALSE;
}

gboolean
tx_window_create_for_person (TxWindow   *self,
                             const char *page_name,
                             const char *person_uuid)
{
  GtkWidget *page;

  g_return_val_if_fail (TX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (page_name != NULL && person_uuid != NULL, FALSE);

  page = tx_window_get_page (self, page_name);
  if (page == NULL || !TX_IS_PAGE (page) || TX_PAGE_GET_IFACE (page)->create_for_person == NULL)
    return FALSE;
  tx_window_show_page (self, page_name);
  return tx_page_create_for_person (TX_PAGE (page), person_uuid);
}

void
tx_window_refresh (TxWindow *self)
{
  g_return_if_fail (TX_IS_WINDOW (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *page = _tx_window_page_in (self, child, FALSE);

      if (page != NULL && TX_IS_PAGE (page))
        tx_page_reload (TX_PAGE (page));
    }
}

/* ---- changes by others --------------------------------------------------- */

/* Another program (tongxin-cli, a second window) wrote to the file: the
 * database announces it like any change, and the pages reload
 * (tx-page.c). Cheap: PRAGMA data_version reads no page of the file. */
static gboolean
check_external_changes (gpointer data)
{
  TxWindow *self = data;

  tx_database_check_external_changes (self->db);
  return G_SOURCE_CONTINUE;
}

static void
on_active_changed (TxWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    tx_database_check_external_changes (self->db);
}

/* ---- GObject ------------------------------------------------------------ */

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

  update_title (self);
  restore_window_state (self);
  tx_window_add_default_pages (self);
  /* the last page may not exist (yet, or any more): the first until it
   * is added */
  if (self->pending_page != NULL && tx_window_get_page (self, self->pending_page) == NULL)
    gtk_stack_set_visible_child_name (self->stack, DEFAULT_PAGE);
  update_page_actions (self);

  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed), NULL);
  self->external_check = g_timeout_add_seconds (EXTERNAL_CHECK_SECONDS, check_external_changes, self);
  tx_window_start_safety_check (self);
}

static void
tx_window_dispose (GObject *object)
{
  TxWindow *self = TX_WINDOW (object);

  g_clear_handle_id (&self->external_check, g_source_remove);
  _tx_window_toast_release (self);
  if (self->stack != NULL)
    g_signal_handlers_disconnect_by_func (self->stack, on_visible_child_changed, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_WINDOW);
  self->stack = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->db);
  g_clear_pointer (&self->pending_page, g_free);

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
  gtk_widget_class_bind_template_child (widget_class, TxWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TxWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, TxWindow, new_button);
  gtk_widget_class_bind_template_child (widget_class, TxWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TxWindow, demo_bar);
  gtk_widget_class_bind_template_child (widget_class, TxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TxWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TxWindow, toast_revealer);
  gtk_widget_class_bind_template_child (widget_class, TxWindow, toast_label);
  gtk_widget_class_bind_template_child (widget_class, TxWindow, toast_button);
  gtk_widget_class_bind_template_child (widget_class, TxWindow, toast_focus);
  gtk_widget_class_bind_template_child (widget_class, TxWindow, toast_motion);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_child_changed);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_toast_button_clicked",
                                                G_CALLBACK (_tx_window_on_toast_button_clicked));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_toast_close_clicked",
                                                G_CALLBACK (_tx_window_on_toast_close_clicked));

  _tx_window_install_actions (widget_class);
}

/* GTK 4.8's list box moves Tab from row to row, and the stack sidebar
 * switches page at each: Tab would walk through all nine pages. Tab leaves
 * the sidebar for the page instead (arrow keys still choose the page). */
static gboolean
on_sidebar_key_pressed (TxWindow              *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  if ((keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  return gtk_widget_child_focus (GTK_WIDGET (self->stack), GTK_DIR_TAB_FORWARD);
}

static void
tx_window_init (TxWindow *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_sidebar_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar), keys);

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
