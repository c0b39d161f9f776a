/* tx-window-pages.c — the pages of the main window's sidebar
 *
 * Kept apart from tx-window.c so the window does not depend on every page
 * (the window tests build windows with pages of their own).
 *
 * Only the page the window opens on is built before its first frame:
 * building all nine (templates, filters, their first reads) took a good
 * part of the time to it.  Each page is in a box of its own in the stack,
 * so the sidebar lists it, and is built into its box when it is first
 * shown or asked for (tx_window_get_page()); a page once built never
 * moves in the stack.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "app/pages/tx-activity-page.h"
#include "app/pages/tx-archive-page.h"
#include "app/pages/tx-consultation-page.h"
#include "app/pages/tx-overview-page.h"
#include "app/pages/tx-pairing-page.h"
#include "app/pages/tx-staff-page.h"
#include "app/pages/tx-suggestion-page.h"
#include "app/pages/tx-trash-page.h"
#include "app/pages/tx-visit-page.h"
#include "tx-window-private.h"

typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GtkWidget *(*create) (void);
} TxPageEntry;

static GtkWidget *
create_overview (void)
{
  return g_object_new (TX_TYPE_OVERVIEW_PAGE, NULL);
}

static GtkWidget *
create_trash (void)
{
  return g_object_new (TX_TYPE_TRASH_PAGE, NULL);
}

/* The order of the sidebar. */
static const TxPageEntry page_entries[] = {
  { "overview",      N_("Overview"),      "go-home-symbolic",           create_overview },
  { "archive",       N_("Archive"),       "system-users-symbolic",      tx_archive_page_new },
  { "activities",    N_("Activities"),    "x-office-calendar-symbolic", tx_activity_page_new },
  { "visits",        N_("Visits"),        "mail-send-symbolic",         tx_visit_page_new },
  { "consultations", N_("Consultations"), "user-available-symbolic",    tx_consultation_page_new },
  { "suggestions",   N_("Suggestions"),   "mail-unread-symbolic",       tx_suggestion_page_new },
  { "pairings",      N_("Pairings"),      "emblem-favorite-symbolic",   tx_pairing_page_new },
  { "staff",         N_("Staff"),         "avatar-default-symbolic",    tx_staff_page_new },
  { "trash",         N_("Trash"),         "user-trash-symbolic",        create_trash },
};

#define ENTRY_KEY "tx-window-page-entry"

/* The page in @child, a child of the window's stack: @child itself, or
 * the page in its box; built first when @build, or NULL when not built. */
GtkWidget *
_tx_window_page_in (TxWindow  *self,
                    GtkWidget *child,
                    gboolean   build)
{
  const TxPageEntry *entry;
  GtkWidget *page;

  if (child == NULL || (entry = g_object_get_data (G_OBJECT (child), ENTRY_KEY)) == NULL)
    return child;
  page = gtk_widget_get_first_child (child);
  if (page != NULL || !build)
    return page;
  page = entry->create ();
  gtk_widget_set_hexpand (page, TRUE);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (child), page);
  if (TX_IS_PAGE (page))
    tx_page_set_database (TX_PAGE (page), self->db);
  return page;
}

/* TRUE when @child holds a page not built yet */
gboolean
_tx_window_page_is_unbuilt (GtkWidget *child)
{
  return child != NULL && g_object_get_data (G_OBJECT (child), ENTRY_KEY) != NULL &&
         gtk_widget_get_first_child (child) == NULL;
}

static GtkWidget *
new_page_box (const TxPageEntry *entry)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  g_object_set_data (G_OBJECT (box), ENTRY_KEY, (gpointer) entry);
  return box;
}

void
tx_window_add_default_pages (TxWindow *self)
{
  g_return_if_fail (TX_IS_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (page_entries); i++)
    {
      const TxPageEntry *entry = &page_entries[i];

      tx_window_add_page (self, entry->name, _(entry->title), entry->icon_name, new_page_box (entry));
    }
}
