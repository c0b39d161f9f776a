/* tx-window-pages.c — the pages of the main window's sidebar
 *
 * Kept apart from tx-window.c so the window does not depend on every page
 * (the window tests build windows with pages of their own).
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
#include "tx-window.h"

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

void
tx_window_add_default_pages (TxWindow *self)
{
  g_return_if_fail (TX_IS_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (page_entries); i++)
    {
      const TxPageEntry *entry = &page_entries[i];
      tx_window_add_page (self, entry->name, _(entry->title), entry->icon_name, entry->create ());
    }
}
