/* tx-activity-page.c — the page of activities
 *
 * The list itself is a TxRecordListPage (shared with the visit, staff,
 * pairing, meeting and suggestion pages); this file holds what is the
 * activities' own: their query, their cells and their editor.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-activity-query.h"
#include "core/model/tx-codes.h"

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
format_when (const char *date,
             const char *time)
{
  g_autofree char *day = tx_format_date (date);

  if (time == NULL)
    return g_steal_pointer (&day);
  return g_strdup_printf ("%s %s", day, time);
}

/* "出席/报名": 邀请 only is not a registration; 报名, 出席, 请假, 缺席 are */
static char *
attendance_text (GPtrArray *participants)
{
  guint present = 0, registered = 0;

  if (participants->len == 0)
    return NULL;
  for (guint i = 0; i < participants->len; i++)
    {
      TxParticipant *participant = g_ptr_array_index (participants, i);

      if (g_strcmp0 (participant->state, "1") != 0)
        registered++;
      if (g_strcmp0 (participant->state, "3") == 0)
        present++;
    }
  return g_strdup_printf ("%u/%u", present, registered);
}

static void
describe_activity (TxRecordListPage *page,
                   TxDatabase       *db,
                   TxRecord         *record)
{
  TxActivity *activity = TX_ACTIVITY (record);

  tx_record_list_page_set_row_text (record, "date", format_when (tx_activity_get_start_date (activity),
                                                                 tx_activity_get_start_time (activity)));
  tx_record_list_page_set_row_text (record, "type",
                                    g_strdup (tx_code_table_name (TX_CODE_ACTIVITY_TYPE,
                                                                  tx_activity_get_activity_type (activity))));
  tx_record_list_page_set_row_text (record, "attendance",
                                    attendance_text (tx_activity_get_participants (activity)));
}

static char *
format_count (TxRecordListPage *page,
              guint             n,
              gboolean          filtered)
{
  if (filtered)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity found", "%u activities found", n), n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities", n), n);
}

static TxQuery *
build_query (TxRecordListPage *page,
             const char       *search)
{
  return tx_activity_query_new (search);
}

static void
add_dates (TxRecordListPage *page,
           TxQuery          *query,
           const char       *from,
           const char       *to)
{
  tx_activity_query_add_dates (query, from, to);
}

static GtkWindow *
new_editor (TxRecordListPage  *page,
            GtkWindow         *parent,
            TxDatabase        *db,
            const char        *uuid,
            GError           **error)
{
  return tx_activity_editor_new (parent, db, uuid);
}

static const char * const shown_entities[] = { "activity", "person", "staff", NULL };

static void
tx_activity_page_class_init (TxActivityPageClass *klass)
{
  TxRecordListPageClass *page_class = TX_RECORD_LIST_PAGE_CLASS (klass);

  g_type_ensure (TX_TYPE_ACTIVITY);
  page_class->build_query = build_query;
  page_class->describe_row = describe_activity;
  page_class->add_dates = add_dates;
  page_class->new_editor = new_editor;
  page_class->format_count = format_count;
  page_class->new_label = N_("New Activity");
  page_class->list_label = N_("Activities");
  page_class->read_failed = N_("The activities could not be read");
  page_class->entities = shown_entities;
  tx_record_list_page_class_set_template (GTK_WIDGET_CLASS (klass), "/io/github/tongxin/Tongxin/tx-activity-page.ui");
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
