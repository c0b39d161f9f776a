/* tx-activity-page.c — the page of activities
 *
 * The list itself is a TxRecordListView (shared with the visit, staff,
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

#include "app/editors/tx-activity-editor.h"
#include "tx-activity-page.h"
#include "tx-activity-pages-private.h"
#include "app/tx-app-util.h"
#include "tx-record-list-view.h"

struct _TxActivityPage
{
  GtkBox            parent_instance;

  TxRecordListView *rows;

  GtkColumnView    *view;
  GtkLabel         *count_label;
  GtkSpinner       *spinner;
};

static void tx_activity_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxActivityPage, tx_activity_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_activity_page_iface_init))

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

static void
describe_activity (GtkWidget  *page,
                   TxDatabase *db,
                   TxRecord   *record)
{
  TxActivity *activity = TX_ACTIVITY (record);
  GPtrArray *participants = tx_activity_get_participants (activity);
  guint present = 0, registered = 0;

  for (guint i = 0; i < participants->len; i++)
    {
      TxParticipant *participant = g_ptr_array_index (participants, i);

      /* 邀请 only is not a registration; 报名, 出席, 请假, 缺席 are */
      if (g_strcmp0 (participant->state, "1") != 0)
        registered++;
      if (g_strcmp0 (participant->state, "3") == 0)
        present++;
    }
  tx_record_list_view_set_row_text (record, "date", format_when (tx_activity_get_start_date (activity),
                                                                 tx_activity_get_start_time (activity)));
  tx_record_list_view_set_row_text (record, "title", g_strdup (tx_activity_get_title (activity)));
  tx_record_list_view_set_row_text (record, "type",
                                    g_strdup (tx_code_table_name (TX_CODE_ACTIVITY_TYPE,
                                                                  tx_activity_get_activity_type (activity))));
  tx_record_list_view_set_row_text (record, "place", g_strdup (tx_activity_get_place (activity)));
  tx_record_list_view_set_row_text (record, "organiser", g_strdup (tx_activity_get_organiser (activity)));
  tx_record_list_view_set_row_text (record, "attendance",
                                    participants->len > 0 ? g_strdup_printf ("%u/%u", present, registered) : NULL);
}

static void
show_count (GtkWidget *page,
            guint      n,
            gboolean   filtered)
{
  g_autofree char *text = NULL;

  if (filtered)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity found", "%u activities found", n), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities", n), n);
  gtk_label_set_label (TX_ACTIVITY_PAGE (page)->count_label, text);
}

static TxQuery *
build_query (GtkWidget  *page,
             const char *search)
{
  return tx_activity_query_new (search);
}

static GtkWindow *
new_editor (GtkWindow   *parent,
            TxDatabase  *db,
            const char  *uuid,
            GError     **error)
{
  return tx_activity_editor_new (parent, db, uuid);
}

static const char * const shown_entities[] = { "activity", "person", "staff", NULL };

static const TxRecordListViewInfo list_info = {
  .build_query = build_query,
  .describe_row = describe_activity,
  .new_editor = new_editor,
  .show_count = show_count,
  .trash_action = "list.trash",
  .read_failed = N_("The activities could not be read"),
  .entities = shown_entities,
};

/* What 撤销 does on any of the four list pages that share this header. */
gboolean
_tx_list_page_undo_trash (TxPage *page)
{
  TxRecordListView *rows = tx_record_list_view_get_for_page (GTK_WIDGET (page));

  g_return_val_if_fail (rows != NULL, FALSE);
  return tx_record_list_view_undo_trash (rows);
}

static void
tx_activity_page_create_new (TxPage *page)
{
  tx_record_list_view_open_record (TX_ACTIVITY_PAGE (page)->rows, NULL);
}

static const char *
tx_activity_page_get_new_label (TxPage *page)
{
  return _("New Activity");
}

static void
tx_activity_page_iface_init (TxPageInterface *iface)
{
  tx_record_list_view_implement_page (iface);
  iface->create_new = tx_activity_page_create_new;
  iface->get_new_label = tx_activity_page_get_new_label;
}

static void
tx_activity_page_dispose (GObject *object)
{
  TxActivityPage *self = TX_ACTIVITY_PAGE (object);

  g_clear_object (&self->rows);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_ACTIVITY_PAGE);
  G_OBJECT_CLASS (tx_activity_page_parent_class)->dispose (object);
}

static void
tx_activity_page_class_init (TxActivityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_activity_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-activity-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxActivityPage, view);
  gtk_widget_class_bind_template_child (widget_class, TxActivityPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, TxActivityPage, spinner);
  tx_record_list_view_class_setup (widget_class, &list_info);
}

static void
tx_activity_page_init (TxActivityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = tx_record_list_view_new (GTK_WIDGET (self), self->view, &list_info);
  tx_record_list_view_set_spinner (self->rows, self->spinner);
}

GtkWidget *
tx_activity_page_new (void)
{
  return g_object_new (TX_TYPE_ACTIVITY_PAGE, NULL);
}

guint
tx_activity_page_get_n_items (TxActivityPage *self)
{
  g_return_val_if_fail (TX_IS_ACTIVITY_PAGE (self), 0);
  return tx_record_list_view_get_n_items (self->rows);
}
