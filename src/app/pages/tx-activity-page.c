/* tx-activity-page.c — the page of activities
 *
 * The list itself is a TxRecordListPage (shared with the visit, staff,
 * pairing, meeting and suggestion pages); this file names what is the
 * activities' own: their query and their editor. The cells are in
 * tx-activity-page.ui (the attendance is the record's joined property).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-activity-query.h"

#include "app/tx-app-util.h"
#include "app/editors/tx-activity-editor.h"
#include "tx-activity-page.h"

struct _TxActivityPage
{
  TxRecordListPage parent_instance;
};

G_DEFINE_FINAL_TYPE (TxActivityPage, tx_activity_page, TX_TYPE_RECORD_LIST_PAGE)

/* "2026年3月12日 14:30" */
static char *
activity_when (gpointer    this,
               const char *date,
               const char *time)
{
  g_autofree char *day = tx_format_date (date);

  if (time == NULL)
    return g_steal_pointer (&day);
  return g_strdup_printf ("%s %s", day, time);
}

static const char * const shown_entities[] = { "activity", "person", "staff", NULL };

static void
tx_activity_page_class_init (TxActivityPageClass *klass)
{
  TxRecordListPageClass *page_class = TX_RECORD_LIST_PAGE_CLASS (klass);

  g_type_ensure (TX_TYPE_ACTIVITY);
  page_class->query_new = tx_activity_query_new;
  page_class->query_add_dates = tx_activity_query_add_dates;
  page_class->editor_new = tx_activity_editor_new;
  page_class->count = NP_("%u activity", "%u activities");
  page_class->count_found = NP_("%u activity found", "%u activities found");
  page_class->new_label = N_("New Activity");
  page_class->list_label = N_("Activities");
  page_class->read_failed = N_("The activities could not be read");
  page_class->entities = shown_entities;
  tx_record_list_page_class_set_template (GTK_WIDGET_CLASS (klass), "/io/github/tongxin/Tongxin/tx-activity-page.ui");
  gtk_widget_class_bind_template_callback (GTK_WIDGET_CLASS (klass), activity_when);
}

static void
tx_activity_page_init (TxActivityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tx_activity_page_new (void)
{
  return g_object_new (TX_TYPE_ACTIVITY_PAGE, NULL);
}
