/* tx-pairing-page.c — the page of friendship pairings (交友)
 *
 * The list itself is a TxRecordListView; this file holds the pairings'
 * query, cells and editor.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-pairing.h"

#include "app/tx-app-util.h"
#include "tx-record-list-view.h"
#include "app/editors/tx-pairing-editor.h"
#include "tx-pairing-page.h"

struct _TxPairingPage
{
  GtkBox            parent_instance;

  TxRecordListView *rows;

  GtkColumnView    *view;
  GtkLabel         *count_label;
  GtkSpinner       *spinner;
};

static void tx_pairing_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxPairingPage, tx_pairing_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_pairing_page_iface_init))

static void
describe_pairing (GtkWidget  *page,
                  TxDatabase *db,
                  TxRecord   *record)
{
  TxPairing *pairing = TX_PAIRING (record);
  GPtrArray *contacts = tx_pairing_get_contacts (pairing);
  const char *latest = NULL;

  for (guint i = 0; i < contacts->len; i++)
    {
      TxContact *contact = g_ptr_array_index (contacts, i);

      /* stored dates compare as text */
      if (contact->date != NULL && g_strcmp0 (contact->date, latest) > 0)
        latest = contact->date;
    }
  tx_record_list_view_set_row_text (record, "staff", tx_lookup_staff_name (db, tx_pairing_get_staff (pairing)));
  tx_record_list_view_set_row_text (record, "person", tx_lookup_person_name (db, tx_pairing_get_person (pairing)));
  tx_record_list_view_set_row_text (record, "since", tx_format_date (tx_pairing_get_since (pairing)));
  tx_record_list_view_set_row_text (record, "latest", latest ? tx_format_date (latest) : NULL);
}

static void
show_count (GtkWidget *page,
            guint      n,
            gboolean   filtered)
{
  g_autofree char *text = NULL;

  if (filtered)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pairing found", "%u pairings found", n), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pairing", "%u pairings", n), n);
  gtk_label_set_label (TX_PAIRING_PAGE (page)->count_label, text);
}

static TxQuery *
build_query (GtkWidget  *page,
             const char *search)
{
  return tx_pairing_query_new (search);
}

static GtkWindow *
new_editor (GtkWindow   *parent,
            TxDatabase  *db,
            const char  *uuid,
            GError     **error)
{
  return tx_pairing_editor_new (parent, db, uuid);
}

static const char * const shown_entities[] = { "pairing", "person", "staff", NULL };

static const TxRecordListViewInfo list_info = {
  .build_query = build_query,
  .describe_row = describe_pairing,
  .new_editor = new_editor,
  .show_count = show_count,
  .trash_action = "list.trash",
  .read_failed = N_("The pairings could not be read"),
  .entities = shown_entities,
};

static void
tx_pairing_page_create_new (TxPage *page)
{
  tx_record_list_view_open_record (TX_PAIRING_PAGE (page)->rows, NULL);
}

static const char *
tx_pairing_page_get_new_label (TxPage *page)
{
  return _("New Pairing");
}

static void
tx_pairing_page_create_for_person (TxPage     *page,
                                   const char *person_uuid)
{
  TxRecordListView *rows = TX_PAIRING_PAGE (page)->rows;
  TxDatabase *db = tx_record_list_view_get_database (rows);

  g_return_if_fail (db != NULL);
  tx_record_list_view_present_editor (rows, tx_pairing_editor_new_for_person (tx_record_list_view_get_window (rows),
                                                                            db, person_uuid));
}

static void
tx_pairing_page_iface_init (TxPageInterface *iface)
{
  tx_record_list_view_implement_page (iface);
  iface->create_new = tx_pairing_page_create_new;
  iface->get_new_label = tx_pairing_page_get_new_label;
  iface->create_for_person = tx_pairing_page_create_for_person;
}

static void
tx_pairing_page_dispose (GObject *object)
{
  TxPairingPage *self = TX_PAIRING_PAGE (object);

  g_clear_object (&self->rows);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_PAIRING_PAGE);
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
  gtk_widget_class_bind_template_child (widget_class, TxPairingPage, spinner);
  tx_record_list_view_class_setup (widget_class, &list_info);
}

static void
tx_pairing_page_init (TxPairingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = tx_record_list_view_new (GTK_WIDGET (self), self->view, &list_info);
  tx_record_list_view_set_spinner (self->rows, self->spinner);
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
  return tx_record_list_view_get_n_items (self->rows);
}
