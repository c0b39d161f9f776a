/* tx-staff-page.c — the page of the office's own staff
 *
 * The list helpers are shared with the activity page
 * (tx-activity-pages-private.h).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/tx-activity-query.h"
#include "core/tx-codes.h"
#include "core/tx-staff.h"

#include "tx-activity-pages-private.h"
#include "tx-app-util.h"
#include "tx-staff-editor.h"
#include "tx-staff-page.h"
#include "tx-window.h"

struct _TxStaffPage
{
  GtkBox         parent_instance;

  TxDatabase    *db;
  char          *search;
  TxRecordList  *list;

  GtkColumnView *view;
  GtkLabel      *count_label;
};

static void tx_staff_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxStaffPage, tx_staff_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_staff_page_iface_init))

static gpointer
map_staff (gpointer item,
           gpointer user_data)
{
  TxStaffPage *self = user_data;
  TxStaff *staff = item;

  _tx_list_row_set_text (item, "name", g_strdup (tx_staff_get_name (staff)));
  _tx_list_row_set_text (item, "post", g_strdup (tx_staff_get_post (staff)));
  _tx_list_row_set_text (item, "phone", tx_mask_phone (tx_staff_get_phone (staff)));
  _tx_list_row_set_text (item, "community", tx_lookup_community_name (self->db, tx_staff_get_community (staff)));
  _tx_list_row_set_text (item, "active", g_strdup (tx_staff_get_active (staff) ? _("Yes") : _("No")));
  return item;
}

static void
update_count (TxStaffPage *self)
{
  guint n = tx_staff_page_get_n_items (self);
  g_autofree char *text = NULL;

  if (self->search != NULL)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u staff member found", "%u staff members found", n), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u staff member", "%u staff members", n), n);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.trash", n > 0);
}

static void
load_list (TxStaffPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxQuery) query = tx_staff_query_new (self->search, FALSE);

  if (self->list == NULL)
    self->list = _tx_list_page_setup (self->view, self->db, query, map_staff, self, &error);
  else
    tx_record_list_set_query (self->list, query, &error);
  if (error != NULL)
    tx_show_error (GTK_WIDGET (self), _("The staff list could not be read"), error);
  update_count (self);
}

static void
refresh_window (TxPage *page)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));

  if (TX_IS_WINDOW (root))
    tx_window_refresh (TX_WINDOW (root));
}

static void
on_editor_saved (TxStaffPage *self)
{
  tx_page_reload (TX_PAGE (self));
  refresh_window (TX_PAGE (self));
}

static void
open_editor (TxStaffPage *self,
             const char     *uuid)
{
  GtkWindow *editor;

  g_return_if_fail (self->db != NULL);
  editor = tx_staff_editor_new (_tx_list_page_get_window (TX_PAGE (self)), self->db, uuid);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

static void
tx_staff_page_set_database (TxPage     *page,
                               TxDatabase *db)
{
  TxStaffPage *self = TX_STAFF_PAGE (page);

  if (!g_set_object (&self->db, db))
    return;
  g_object_set_data_full (G_OBJECT (self), "tx-database", g_object_ref (db), g_object_unref);
  g_clear_object (&self->list);
  load_list (self);
}

static void
tx_staff_page_set_search (TxPage     *page,
                             const char *text)
{
  TxStaffPage *self = TX_STAFF_PAGE (page);
  g_autofree char *search = text ? g_strstrip (g_strdup (text)) : NULL;

  if (search != NULL && *search == '\0')
    g_clear_pointer (&search, g_free);
  if (g_strcmp0 (search, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&search);
  if (self->db != NULL)
    load_list (self);
}

static void
tx_staff_page_reload (TxPage *page)
{
  TxStaffPage *self = TX_STAFF_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (self->list == NULL)
    return;
  if (!tx_record_list_reload (self->list, &error))
    tx_show_error (GTK_WIDGET (self), _("The staff list could not be read"), error);
  update_count (self);
}

static void
tx_staff_page_create_new (TxPage *page)
{
  open_editor (TX_STAFF_PAGE (page), NULL);
}

static const char *
tx_staff_page_get_new_label (TxPage *page)
{
  return _("New Staff Member");
}

static void
tx_staff_page_open_record (TxPage     *page,
                              const char *uuid)
{
  open_editor (TX_STAFF_PAGE (page), uuid);
}

static void
tx_staff_page_iface_init (TxPageInterface *iface)
{
  iface->set_database = tx_staff_page_set_database;
  iface->set_search = tx_staff_page_set_search;
  iface->reload = tx_staff_page_reload;
  iface->create_new = tx_staff_page_create_new;
  iface->get_new_label = tx_staff_page_get_new_label;
  iface->open_record = tx_staff_page_open_record;
}

static void
on_activate (TxStaffPage *self,
             guint           position)
{
  g_autoptr(TxRecord) record = _tx_list_page_dup_record (self->view, position);

  if (record != NULL)
    open_editor (self, tx_record_get_uuid (record));
}

static void
trash_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxStaffPage *self = TX_STAFF_PAGE (widget);
  g_autoptr(TxRecord) record = _tx_list_page_dup_selected (self->view);

  if (record != NULL && self->db != NULL)
    _tx_list_page_trash (TX_PAGE (self), self->db, record);
}

static void
tx_staff_page_dispose (GObject *object)
{
  TxStaffPage *self = TX_STAFF_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_STAFF_PAGE);
  g_clear_object (&self->list);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);
  G_OBJECT_CLASS (tx_staff_page_parent_class)->dispose (object);
}

static void
tx_staff_page_class_init (TxStaffPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_staff_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-staff-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxStaffPage, view);
  gtk_widget_class_bind_template_child (widget_class, TxStaffPage, count_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "row_text", G_CALLBACK (_tx_list_row_text));

  gtk_widget_class_install_action (widget_class, "list.trash", NULL, trash_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "list.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "list.trash", NULL);
}

static void
tx_staff_page_init (TxStaffPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->view, "activate", G_CALLBACK (on_activate), self);
  update_count (self);
}

GtkWidget *
tx_staff_page_new (void)
{
  return g_object_new (TX_TYPE_STAFF_PAGE, NULL);
}

guint
tx_staff_page_get_n_items (TxStaffPage *self)
{
  g_return_val_if_fail (TX_IS_STAFF_PAGE (self), 0);
  return self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
}
