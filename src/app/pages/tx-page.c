/* tx-page.c — what the main window asks of each page of its sidebar
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-page.h"

G_DEFINE_INTERFACE (TxPage, tx_page, GTK_TYPE_WIDGET)

static void
tx_page_default_init (TxPageInterface *iface)
{
}

static gboolean
shows_any (TxPage             *self,
           const char * const *entities)
{
  const char * const *shown;

  if (entities == NULL || TX_PAGE_GET_IFACE (self)->get_entities == NULL)
    return TRUE;
  shown = TX_PAGE_GET_IFACE (self)->get_entities (self);
  if (shown == NULL)
    return TRUE;
  for (guint i = 0; entities[i] != NULL; i++)
    if (g_strv_contains (shown, entities[i]))
      return TRUE;
  return FALSE;
}

/* The one path by which saved, trashed, restored, purged, merged and
 * imported records reach every page, whoever wrote them: the database
 * announces what changed, each page showing it reloads. */
static void
on_database_changed (TxPage             *self,
                     const char * const *entities)
{
  if (shows_any (self, entities))
    tx_page_reload (self);
}

void
tx_page_set_database (TxPage     *self,
                      TxDatabase *db)
{
  g_return_if_fail (TX_IS_PAGE (self));
  if (TX_PAGE_GET_IFACE (self)->set_database)
    TX_PAGE_GET_IFACE (self)->set_database (self, db);
  if (db != NULL)
    g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
}

void
tx_page_set_search (TxPage     *self,
                    const char *text)
{
  g_return_if_fail (TX_IS_PAGE (self));
  if (TX_PAGE_GET_IFACE (self)->set_search)
    TX_PAGE_GET_IFACE (self)->set_search (self, text);
}

void
tx_page_reload (TxPage *self)
{
  g_return_if_fail (TX_IS_PAGE (self));
  if (TX_PAGE_GET_IFACE (self)->reload)
    TX_PAGE_GET_IFACE (self)->reload (self);
}

gboolean
tx_page_can_create (TxPage *self)
{
  g_return_val_if_fail (TX_IS_PAGE (self), FALSE);
  return TX_PAGE_GET_IFACE (self)->create_new != NULL;
}

void
tx_page_create_new (TxPage *self)
{
  g_return_if_fail (TX_IS_PAGE (self));
  if (TX_PAGE_GET_IFACE (self)->create_new)
    TX_PAGE_GET_IFACE (self)->create_new (self);
}

const char *
tx_page_get_new_label (TxPage *self)
{
  g_return_val_if_fail (TX_IS_PAGE (self), NULL);
  if (TX_PAGE_GET_IFACE (self)->get_new_label)
    return TX_PAGE_GET_IFACE (self)->get_new_label (self);
  return NULL;
}

void
tx_page_open_record (TxPage     *self,
                     const char *uuid)
{
  g_return_if_fail (TX_IS_PAGE (self));
  if (TX_PAGE_GET_IFACE (self)->open_record)
    TX_PAGE_GET_IFACE (self)->open_record (self, uuid);
}

gboolean
tx_page_create_for_person (TxPage     *self,
                           const char *person_uuid)
{
  g_return_val_if_fail (TX_IS_PAGE (self), FALSE);
  if (TX_PAGE_GET_IFACE (self)->create_for_person == NULL)
    return FALSE;
  TX_PAGE_GET_IFACE (self)->create_for_person (self, person_uuid);
  return TRUE;
}

gboolean
tx_page_focus_results (TxPage *self)
{
  g_return_val_if_fail (TX_IS_PAGE (self), FALSE);
  if (TX_PAGE_GET_IFACE (self)->focus_results == NULL)
    return FALSE;
  return TX_PAGE_GET_IFACE (self)->focus_results (self);
}
