/* tx-trash-page.c — the trash: restore or delete for good
 *
 * Every trashed record of every kind, most recently trashed first. Nothing
 * leaves the trash for good without a question first.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/db/tx-trash.h"

#include "app/tx-app-util.h"
#include "tx-page.h"
#include "tx-trash-page.h"

struct _TxTrashPage
{
  GtkBox parent_instance;

  TxDatabase *db;
  char       *search;       /* casefolded, or NULL */

  GtkStack           *trash_stack;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *search_filter;
  GtkLabel           *empty_title;
  GtkLabel           *empty_description;
};

static void tx_trash_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxTrashPage, tx_trash_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_trash_page_iface_init))

/* ---- cells -------------------------------------------------------------- */

static char *
trash_kind_label (GtkListItem *item,
                  TxRecord    *record)
{
  if (record == NULL)
    return NULL;
  return g_strdup (tx_trash_kind_label (tx_record_get_entity (record)));
}

static char *
trash_title (GtkListItem *item,
             TxRecord    *record)
{
  g_autofree char *title = NULL;

  if (record == NULL)
    return NULL;
  title = tx_record_dup_title (record);
  if (title == NULL || *title == '\0')
    return g_strdup (_("(untitled)"));
  return g_steal_pointer (&title);
}

/* "2026-06-30T01:02:03.000Z" → the local date as offices write it and the time */
static char *
trash_time (GtkListItem *item,
            TxRecord    *record)
{
  const char *trashed = record != NULL ? tx_record_get_trashed (record) : NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *iso_date = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (trashed == NULL)
    return NULL;
  utc = g_date_time_new_from_iso8601 (trashed, NULL);
  if (utc == NULL)
    return g_strdup (trashed);
  local = g_date_time_to_local (utc);
  iso_date = g_date_time_format (local, "%Y-%m-%d");
  date = tx_format_date (iso_date);
  time = g_date_time_format (local, "%H:%M");
  return g_strdup_printf ("%s %s", date, time);
}

/* ---- model -------------------------------------------------------------- */

static gboolean
search_matches (gpointer item,
                gpointer user_data)
{
  TxTrashPage *self = user_data;
  g_autofree char *title = NULL;
  g_autofree char *folded = NULL;

  if (self->search == NULL)
    return TRUE;
  title = tx_record_dup_title (TX_RECORD (item));
  folded = g_utf8_casefold (title != NULL ? title : "", -1);
  return strstr (folded, self->search) != NULL;
}

static TxRecord *
selected_record (TxTrashPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (TxTrashPage *self)
{
  gboolean has_selection = selected_record (self) != NULL;
  GListModel *all = gtk_filter_list_model_get_model (self->filter_model);
  gboolean has_records = all != NULL && g_list_model_get_n_items (all) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trash.restore", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trash.purge", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trash.empty", has_records);
}

static void
on_selection_changed (TxTrashPage *self)
{
  update_actions (self);
}

static void
tx_trash_page_reload (TxPage *page)
{
  TxTrashPage *self = TX_TRASH_PAGE (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) store = NULL;
  guint selected;

  if (self->db == NULL)
    return;

  selected = gtk_single_selection_get_selected (self->selection);
  store = tx_trash_list (self->db, &error);
  if (store == NULL)
    {
      gtk_filter_list_model_set_model (self->filter_model, NULL);
      gtk_label_set_label (self->empty_title, _("The Trash Could Not Be Read"));
      gtk_label_set_label (self->empty_description, error->message);
      gtk_stack_set_visible_child_name (self->trash_stack, "empty");
      update_actions (self);
      return;
    }
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (store));
  gtk_label_set_label (self->empty_title, _("The Trash Is Empty"));
  gtk_label_set_label (self->empty_description,
                       _("Deleted records wait here until you restore them or delete them for good."));
  gtk_stack_set_visible_child_name (self->trash_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (store)) > 0 ? "list" : "empty");
  /* keep the place in the list: the next record takes the removed one's */
  if (selected != GTK_INVALID_LIST_POSITION &&
      g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    gtk_single_selection_set_selected (self->selection,
                                       MIN (selected, g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) - 1));
  update_actions (self);
}

static void
tx_trash_page_set_database (TxPage     *page,
                            TxDatabase *db)
{
  TxTrashPage *self = TX_TRASH_PAGE (page);

  g_set_object (&self->db, db);
  tx_trash_page_reload (page);
}

static void
tx_trash_page_set_search (TxPage     *page,
                          const char *text)
{
  TxTrashPage *self = TX_TRASH_PAGE (page);
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_clear_pointer (&self->search, g_free);
  if (*stripped != '\0')
    self->search = g_utf8_casefold (stripped, -1);
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_actions (self);
}

static void
tx_trash_page_iface_init (TxPageInterface *iface)
{
  iface->set_database = tx_trash_page_set_database;
  iface->set_search = tx_trash_page_set_search;
  iface->reload = tx_trash_page_reload;
}

GListModel *
tx_trash_page_get_model (TxTrashPage *self)
{
  g_return_val_if_fail (TX_IS_TRASH_PAGE (self), NULL);
  return G_LIST_MODEL (self->filter_model);
}

void
tx_trash_page_select (TxTrashPage *self,
                      guint        position)
{
  g_return_if_fail (TX_IS_TRASH_PAGE (self));
  gtk_single_selection_set_selected (self->selection, position);
}

/* ---- actions ------------------------------------------------------------ */

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TxTrashPage *self = TX_TRASH_PAGE (widget);
  /* a reference of our own: restoring reloads this page, and the list
   * holding the selected record goes */
  g_autoptr(TxRecord) record = selected_record (self) ? g_object_ref (selected_record (self)) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;

  if (record == NULL)
    return;
  title = tx_record_dup_title (record);
  if (!tx_trash_restore (self->db, record, &error))
    {
      tx_show_error (widget, _("The record could not be restored"), error);
      return;
    }
  /* Translators: %s is a person's name or a record's title */
  message = g_strdup_printf (_("“%s” restored"), title);
  tx_show_toast (widget, message, NULL, NULL, NULL, NULL);
}

typedef void (*ConfirmedFunc) (TxTrashPage *self,
                               gpointer     data);

typedef struct
{
  TxTrashPage   *page;
  ConfirmedFunc  confirmed;
  gpointer       data;
  GDestroyNotify destroy;
} Confirmation;

static void
on_confirm_response (int      response,
                     gpointer user_data)
{
  Confirmation *confirmation = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    confirmation->confirmed (confirmation->page, confirmation->data);
}

static void
confirmation_free (gpointer user_data)
{
  Confirmation *confirmation = user_data;

  if (confirmation->destroy != NULL)
    confirmation->destroy (confirmation->data);
  g_object_unref (confirmation->page);
  g_free (confirmation);
}

/* The safe answer is the default. */
static void
confirm (TxTrashPage    *self,
         const char     *primary,
         const char     *secondary,
         const char     *accept_label,
         ConfirmedFunc   confirmed,
         gpointer        data,
         GDestroyNotify  destroy)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  Confirmation *confirmation = g_new0 (Confirmation, 1);
  const TxAlertButton buttons[] = {
    { _("_Cancel"), GTK_RESPONSE_CANCEL, FALSE },
    { accept_label, GTK_RESPONSE_ACCEPT, TRUE },
    { NULL },
  };
  TxAlert alert = {
    .parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
    .type = GTK_MESSAGE_WARNING,
    .message = primary,
    .detail = secondary,
    .buttons = buttons,
    .cancel = GTK_RESPONSE_CANCEL,
  };

  confirmation->page = g_object_ref (self);
  confirmation->confirmed = confirmed;
  confirmation->data = data;
  confirmation->destroy = destroy;

  tx_alert_show (&alert, on_confirm_response, confirmation, confirmation_free);
}

static void
purge_confirmed (TxTrashPage *self,
                 gpointer     data)
{
  TxRecord *record = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = tx_record_dup_title (record);
  g_autofree char *message = NULL;

  if (self->db == NULL)
    return;
  if (!tx_trash_purge (self->db, record, &error))
    {
      tx_show_error (GTK_WIDGET (self), _("The record could not be deleted"), error);
      tx_trash_page_reload (TX_PAGE (self));
      return;
    }
  message = g_strdup_printf (_("“%s” deleted for good"), title);
  tx_show_toast (GTK_WIDGET (self), message, NULL, NULL, NULL, NULL);
}

static void
purge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxTrashPage *self = TX_TRASH_PAGE (widget);
  TxRecord *record = selected_record (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *primary = NULL;
  g_autofree char *effects = NULL;
  g_autofree char *secondary = NULL;

  if (record == NULL)
    return;
  effects = tx_trash_dup_purge_effects (self->db, record, &error);
  if (effects == NULL)
    {
      tx_show_error (widget, _("The record could not be deleted"), error);
      return;
    }
  title = tx_record_dup_title (record);
  primary = g_strdup_printf (_("Delete “%s” for good?"), title);
  secondary = *effects != '\0'
              /* Translators: %s is "Also deleted with it: 2 visits." */
              ? g_strdup_printf (_("%s Once deleted for good, it cannot be restored."), effects)
              : g_strdup (_("Once deleted for good, it cannot be restored."));
  confirm (self, primary, secondary,
           _("_Delete for Good"), purge_confirmed, g_object_ref (record), g_object_unref);
}

static void
empty_confirmed (TxTrashPage *self,
                 gpointer     data)
{
  g_autoptr(GError) error = NULL;
  guint n_purged = 0;

  if (self->db == NULL)
    return;
  if (!tx_trash_empty (self->db, &n_purged, &error))
    {
      tx_show_error (GTK_WIDGET (self), _("The trash could not be emptied"), error);
      tx_trash_page_reload (TX_PAGE (self));
    }
}

static void
empty_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxTrashPage *self = TX_TRASH_PAGE (widget);
  GListModel *all = gtk_filter_list_model_get_model (self->filter_model);
  guint n_items = all != NULL ? g_list_model_get_n_items (all) : 0;
  g_autofree char *secondary = NULL;

  if (n_items == 0)
    return;
  secondary = g_strdup_printf (ngettext ("The %u record in the trash will be deleted for good. Once deleted for good, it cannot be restored.",
                                         "All %u records in the trash will be deleted for good. Once deleted for good, they cannot be restored.",
                                         n_items), n_items);
  confirm (self, _("Empty the trash?"), secondary, _("_Empty Trash"), empty_confirmed, NULL, NULL);
}

/* ---- GObject ------------------------------------------------------------ */

/* Other pages put records in the trash: read it again when shown. */
static void
tx_trash_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tx_trash_page_parent_class)->map (widget);
  tx_trash_page_reload (TX_PAGE (widget));
}

static void
tx_trash_page_dispose (GObject *object)
{
  TxTrashPage *self = TX_TRASH_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_TRASH_PAGE);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (tx_trash_page_parent_class)->dispose (object);
}

static void
tx_trash_page_class_init (TxTrashPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_trash_page_dispose;
  widget_class->map = tx_trash_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-trash-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxTrashPage, trash_stack);
  gtk_widget_class_bind_template_child (widget_class, TxTrashPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, TxTrashPage, selection);
  gtk_widget_class_bind_template_child (widget_class, TxTrashPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, TxTrashPage, search_filter);
  gtk_widget_class_bind_template_child (widget_class, TxTrashPage, empty_title);
  gtk_widget_class_bind_template_child (widget_class, TxTrashPage, empty_description);
  gtk_widget_class_bind_template_callback (widget_class, trash_kind_label);
  gtk_widget_class_bind_template_callback (widget_class, trash_title);
  gtk_widget_class_bind_template_callback (widget_class, trash_time);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);

  gtk_widget_class_install_action (widget_class, "trash.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "trash.purge", NULL, purge_action);
  gtk_widget_class_install_action (widget_class, "trash.empty", NULL, empty_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "trash.purge", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "trash.purge", NULL);
}

static void
tx_trash_page_init (TxTrashPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_custom_filter_set_filter_func (self->search_filter, search_matches, self, NULL);
  update_actions (self);
}
