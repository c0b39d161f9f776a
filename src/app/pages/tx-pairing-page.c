/* tx-pairing-page.c — the page of pairings (交友): a staff member and a person
 *
 * The list itself is a TxRecordListPage; this file names the pairings'
 * query and editors. The cells are in tx-pairing-page.ui (the names of the
 * pair and the latest contact are the record's joined properties).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/model/tx-pairing.h"

#include "app/editors/tx-pairing-editor.h"
#include "tx-pairing-page.h"

struct _TxPairingPage
{
  TxRecordListPage parent_instance;
};

static void tx_pairing_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxPairingPage, tx_pairing_page, TX_TYPE_RECORD_LIST_PAGE,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_pairing_page_iface_init))

static const char * const shown_entities[] = { "pairing", "person", "staff", NULL };

/* a new pairing for a person (tx_window_create_for_person()) */
static void
tx_pairing_page_iface_init (TxPageInterface *iface)
{
  iface->create_for_person = tx_record_list_page_create_for_person;
}

static void
tx_pairing_page_class_init (TxPairingPageClass *klass)
{
  TxRecordListPageClass *page_class = TX_RECORD_LIST_PAGE_CLASS (klass);

  g_type_ensure (TX_TYPE_PAIRING);
  page_class->query_new = tx_pairing_query_new;
  page_class->editor_new = tx_pairing_editor_new;
  page_class->editor_new_for_person = tx_pairing_editor_new_for_person;
  page_class->count = NP_("%u pairing", "%u pairings");
  page_class->count_found = NP_("%u pairing found", "%u pairings found");
  page_class->new_label = N_("New Pairing");
  page_class->list_label = N_("Pairings");
  page_class->read_failed = N_("The pairings could not be read");
  page_class->entities = shown_entities;
  tx_record_list_page_class_set_template (GTK_WIDGET_CLASS (klass), "/io/github/tongxin/Tongxin/tx-pairing-page.ui");
}

static void
tx_pairing_page_init (TxPairingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tx_pairing_page_new (void)
{
  return g_object_new (TX_TYPE_PAIRING_PAGE, NULL);
}
