/* tx-pairing-page.c — the page of pairings (交友): a staff member and a person
 *
 * The list itself is a TxRecordListPage; this file holds the pairings'
 * query, cells and editor.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/model/tx-pairing.h"

#include "app/tx-app-util.h"
#include "app/editors/tx-pairing-editor.h"
#include "tx-pairing-page.h"

struct _TxPairingPage
{
  TxRecordListPage parent_instance;
};

static void tx_pairing_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxPairingPage, tx_pairing_page, TX_TYPE_RECORD_LIST_PAGE,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_pairing_page_iface_init))

static void
describe_pairing (TxRecordListPage *page,
                  TxDatabase       *db,
                  TxRecord         *record)
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
  /* the names of the pair are joined properties, bound in the .ui */
  tx_record_list_page_set_row_text (record, "since", tx_format_date (tx_pairing_get_since (pairing)));
  tx_record_list_page_set_row_text (record, "latest", latest ? tx_format_date (latest) : NULL);
}

static char *
format_count (TxRecordListPage *page,
              guint             n,
              gboolean          filtered)
{
  if (filtered)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pairing found", "%u pairings found", n), n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pairing", "%u pairings", n), n);
}

static TxQuery *
build_query (TxRecordListPage *page,
             const char       *search)
{
  return tx_pairing_query_new (search);
}

static GtkWindow *
new_editor (TxRecordListPage  *page,
            GtkWindow         *parent,
            TxDatabase        *db,
            const char        *uuid,
            GError           **error)
{
  return tx_pairing_editor_new (parent, db, uuid);
}

static const char * const shown_entities[] = { "pairing", "person", "staff", NULL };


static void
tx_pairing_page_create_for_person (TxPage     *page,
                                   const char *person_uuid)
{
  TxRecordListPage *self = TX_RECORD_LIST_PAGE (page);
  TxDatabase *db = tx_record_list_page_get_database (self);

  g_return_if_fail (db != NULL);
  tx_record_list_page_present_editor (self, tx_pairing_editor_new_for_person (tx_record_list_page_get_window (self),
                                                                              db, person_uuid), TRUE);
}

static void
tx_pairing_page_iface_init (TxPageInterface *iface)
{
  iface->create_for_person = tx_pairing_page_create_for_person;
}

static void
tx_pairing_page_class_init (TxPairingPageClass *klass)
{
  TxRecordListPageClass *page_class = TX_RECORD_LIST_PAGE_CLASS (klass);

  g_type_ensure (TX_TYPE_PAIRING);
  page_class->build_query = build_query;
  page_class->describe_row = describe_pairing;
  page_class->new_editor = new_editor;
  page_class->format_count = format_count;
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
