/* tx-pairing-page.c — the page of friendship pairings (交友)
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
#include "core/tx-pairing.h"

#include "tx-activity-pages-private.h"
#include "tx-app-util.h"
#include "tx-pairing-editor.h"
#include "tx-pairing-page.h"
#include "tx-window.h"

struct _TxPairingPage
{
  GtkBox         parent_instance;

  TxDatabase    *db;
  char          *search;
  TxRecordList  *list;

  GtkColumnView *view;
  GtkLabel      *count_label;
};

static void tx_pairing_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxPairingPage, tx_pairing_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_pairing_page_iface_init))

static gpointer
map_pairing (gpointer item,
             gpointer user_data)
{
  TxPairingPage *self = user_data;
  TxPairing *pairing = item;
  GPtrArray *contacts = tx_pairing_get_contacts (pairing);
  const char *latest = NULL;

  for (guint i = 0; i < contacts->len; i++)
    {
      TxContact *contact = g_ptr_array_index (contacts, i);

      /* stored dates compare as text */
      if (contact->date != NULL && g_strcmp0 (contact->date, latest) > 0)
        latest = contact->date;
    }
  _tx_list_row_set_text (item, "staff", tx_lookup_staff_name (self->db, tx_pairing_get_staff (pairing)));
  _tx_list_row_set_text (item, "person", tx_lookup_person_name (self->db, tx_pairing_get_person (pairing)));
  _tx_list_row_set_text (item, "since", tx_format_date (tx_pairing_get_since (pairing)));
  _tx_list_row_set_text (item, "latest", latest ? tx_format_date (latest) : NULL);
  return item;
}

static void
update_count (TxPairingPage *self)
{
  guint n = tx_pairing_page_get_n_items (self);
  g_autofree char *text = NULL;

  if (self->search != NULL)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pairing found", "%u pairings found", n), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pairing", "%u pairings", n), n);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.trash", n > 0);
}

static void
load_list (TxPairingPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxQuery) query = tx_pairing_query_new (self->search);

  if (self->list == NULL)
    self->list = _tx_list_page_setup (self->view, self->db, query, map_pairing, self, &error);
  else
    tx_record_list_set_query (self->list, query, &error);
  if (error != NULL)
    tx_show_error (GTK_WIDGET (self), _("The pairings could not be read"), error);
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
on_editor_saved (TxPairingPage *self)
{
  tx_page_reload (TX_PAGE (self));
  refresh_window (TX_PAGE (self));
}

static void
open_editor (TxPairingPage *self,
             const char     *uuid)
{
  GtkWindow *editor;

  g_return_if_fail (self->db != NULL);
  editor = tx_pairing_editor_new (_tx_list_page_get_window (TX_PAGE (self)), self->db, uuid);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

static void
tx_pairing_page_set_database (TxPage     *page,
                               TxDatabase *db)
{
  TxPairingPage *self = TX_PAIRING_PAGE (page);

  if (!g_set_object (&self->db, db))
    return;
  g_object_set_data_full (G_OBJECT (self), "tx-database", g_object_ref (db), g_object_unref);
  g_clear_object (&self->list);
  load_list (self);
}

static void
tx_pairing_page_set_search (TxPage     *page,
                             const char *text)
{
  TxPairingPage *self = TX_PAIRING_PAGE (page);
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
tx_pairing_page_reload (TxPage *page)
{
  TxPairingPage *self = TX_PAIRING_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (self->list == NULL)
    return;
  if (!tx_record_list_reload (self->list, &error))
    tx_show_error (GTK_WIDGET (self), _("The pairings could not be read"), error);
  update_count (self);
}

static void
tx_pairing_page_create_new (TxPage *page)
{
  open_editor (TX_PAIRING_PAGE (page), NULL);
}

static const char *
tx_pairing_page_get_new_label (TxPage *page)
{
  return _("New Pairing");
}

static void
tx_pairing_page_open_record (TxPage     *page,
                              const char *uuid)
{
  open_editor (TX_PAIRING_PAGE (page), uuid);
}

static void
tx_pairing_page_create_for_person (TxPage     *page,
                              const char *person_uuid)
{
  TxPairingPage *self = TX_PAIRING_PAGE (page);
  GtkWindow *editor;

  g_return_if_fail (self->db != NULL);
  editor = tx_pairing_editor_new_for_person (_tx_list_page_get_window (page), self->db, person_uuid);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

static void
tx_pairing_page_iface_init (TxPageInterface *iface)
{
  iface->set_database = tx_pairing_page_set_database;
  iface->set_search = tx_pairing_page_set_search;
  iface->reload = tx_pairing_page_reload;
  iface->create_new = tx_pairing_page_create_new;
  iface->get_new_label = tx_pairing_page_get_new_label;
  iface->open_record = tx_pairing_page_open_record;
  iface->create_for_person = tx_pairing_page_create_for_person;
}

static void
on_activate (TxPairingPage *self,
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
  TxPairingPage *self = TX_PAIRING_PAGE (widget);
  g_autoptr(TxRecord) record = _tx_list_page_dup_selected (self->view);

  if (record != NULL && self->db != NULL)
    _tx_list_page_trash (TX_PAGE (self), self->db, record);
}

static void
tx_pairing_page_dispose (GObject *object)
{
  TxPairingPage *self = TX_PAIRING_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_PAIRING_PAGE);
  g_clear_object (&self->list);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);
  G_OBJECT_CLASS (tx_pairing_page_parent_class)->dispose (object);
}

static void
tx_pairing_page_class_init (TxPairingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_pairing_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-pairing-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxPairingPage, view);
  gtk_widget_class_bind_template_child (widget_class, TxPairingPage, count_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "row_text", G_CALLBACK (_tx_list_row_text));

  gtk_widget_class_install_action (widget_class, "list.trash", NULL, trash_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "list.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "list.trash", NULL);
}

static void
tx_pairing_page_init (TxPairingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->view, "activate", G_CALLBACK (on_activate), self);
  update_count (self);
}

GtkWidget *
tx_pairing_page_new (void)
{
  return g_object_new (TX_TYPE_PAIRING_PAGE, NULL);
}

guint
tx_pairing_page_get_n_items (TxPairingPage *self)
{
  g_return_val_if_fail (TX_IS_PAIRING_PAGE (self), 0);
  return self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
}
