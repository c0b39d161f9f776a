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
#ifdef __GLIBC__
#include <malloc.h>
#endif

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

/* ---- the rows of hidden pages ------------------------------------------- */

/* GTK 4.8's list and column views keep the widgets of about 200 rows
 * whatever their height: 2,000 to 7,000 widgets a page, 10 to 20 MiB
 * with their CSS nodes and accessible objects, kept for every page once
 * shown.  A page hidden lets its views drop their rows: each view gives
 * its model back (the page keeps it; the view holds it weakly meanwhile)
 * and takes it again, at the same scroll position, when its page is
 * shown.  A page that gave the view another model, or none, in between
 * is left as it made it.  A model the view alone holds is left in it.
 * Taking the rows back costs what building them did at the page's first
 * visit (up to ~120 ms on the loaded 2-core machine for the overview). */
#define RELEASED_KEY "tx-window-released-rows"
/* The archive keeps its rows: it is the page people come back to, and
 * the dearest to rebuild (its 200 rows take 100-200 ms on the 2-core
 * machine, a visible pause at each return). */
#define KEPT_PAGE "archive"

typedef struct
{
  GWeakRef model;
  double   scroll;
} ReleasedRows;

static void
released_rows_free (gpointer data)
{
  ReleasedRows *released = data;

  g_weak_ref_clear (&released->model);
  g_free (released);
}

static void
release_rows (GtkWidget *view)
{
  g_autoptr(GObject) model = NULL;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  ReleasedRows *released;

  g_object_get (view, "model", &model, NULL);
  /* ours and the view's: nobody else would give it back */
  if (model == NULL || g_atomic_int_get ((int *) &model->ref_count) <= 2)
    return;
  released = g_new0 (ReleasedRows, 1);
  g_weak_ref_init (&released->model, model);
  released->scroll = adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0;
  g_object_set_data_full (G_OBJECT (view), RELEASED_KEY, released, released_rows_free);
  g_object_set (view, "model", NULL, NULL);
}

/* the scroll position comes back once the view has measured its rows */
static void
on_restored_adjustment_changed (GtkAdjustment *adjustment,
                                gpointer       data)
{
  double *scroll = data;

  g_signal_handlers_disconnect_by_func (adjustment, on_restored_adjustment_changed, data);
  gtk_adjustment_set_value (adjustment, *scroll);
}

static void
restore_rows (GtkWidget *view)
{
  ReleasedRows *released = g_object_steal_data (G_OBJECT (view), RELEASED_KEY);
  g_autoptr(GObject) model = NULL;
  g_autoptr(GObject) current = NULL;
  GtkAdjustment *adjustment;

  if (released == NULL)
    return;
  model = g_weak_ref_get (&released->model);
  g_object_get (view, "model", &current, NULL);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  if (model != NULL && current == NULL)
    {
      g_object_set (view, "model", model, NULL);
      if (adjustment != NULL && released->scroll > 0)
        g_signal_connect_data (adjustment, "changed", G_CALLBACK (on_restored_adjustment_changed),
                               g_memdup2 (&released->scroll, sizeof released->scroll),
                               (GClosureNotify) (void (*) (void)) g_free, 0);
    }
  released_rows_free (released);
}

static void
for_each_view (GtkWidget  *widget,
               void      (*func) (GtkWidget *view))
{
  /* a popover's list (a drop-down's) is small and its own */
  if (GTK_IS_NATIVE (widget))
    return;
  if (GTK_IS_COLUMN_VIEW (widget) || GTK_IS_LIST_VIEW (widget) || GTK_IS_GRID_VIEW (widget))
    {
      func (widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    for_each_view (child, func);
}

/* glibc keeps what was freed in its arenas (the rows just dropped, a
 * search's thousands of records, 25-40 MiB after a few searches): given
 * back to the system once the page is drawn */
static gboolean
trim_heap (gpointer data)
{
#ifdef __GLIBC__
  malloc_trim (0);   /* 1-2 ms on the 100,000-person database */
#endif
  return G_SOURCE_REMOVE;
}

/* the visible page's views take their rows back; the hidden pages' drop them */
void
_tx_window_release_hidden_rows (TxWindow *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->stack);

  GtkWidget *kept = gtk_stack_get_child_by_name (self->stack, KEPT_PAGE);

  /* the hidden first: the visible page's rows reuse what they free */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != visible && child != kept)
      for_each_view (child, release_rows);
  if (visible != NULL)
    for_each_view (visible, restore_rows);
  g_idle_add_full (G_PRIORITY_LOW, trim_heap, NULL, NULL);
}
