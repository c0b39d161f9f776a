/* tx-consultation-page.c — the list of consultation meetings
 *
 * The list itself is a TxRecordListView; this file adds what a row shows
 * besides the record's own fields (the chair's name, how many attended,
 * how many suggestions were raised), computed when the row is first shown,
 * as texts the cells of tx-consultation-page.ui read.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-codes.h"
#include "core/model/tx-consultation.h"
#include "core/model/tx-meeting-query.h"

#include "app/tx-app-util.h"
#include "app/editors/tx-consultation-editor.h"
#include "tx-consultation-page.h"
#include "tx-meetings-private.h"
#include "tx-page.h"
#include "tx-record-list-view.h"

struct _TxConsultationPage
{
  GtkBox            parent_instance;

  TxRecordListView *rows;

  GtkLabel         *count_label;
  GtkSpinner       *spinner;
  GtkColumnView    *column_view;
  GtkStack         *stack;
  GtkLabel         *empty_label;
};

static void page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxConsultationPage, tx_consultation_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, page_iface_init))

static char *
count_text (gint64 count)
{
  return count < 0 ? g_strdup ("—") : g_strdup_printf ("%" G_GINT64_FORMAT, count);
}

static void
describe_meeting (GtkWidget  *page,
                  TxDatabase *db,
                  TxRecord   *record)
{
  TxConsultation *meeting = TX_CONSULTATION (record);
  const char *uuid = tx_record_get_uuid (record);

  tx_record_list_view_set_row_text (record, "date", tx_format_date (tx_consultation_get_date (meeting)));
  tx_record_list_view_set_row_text (record, "title", g_strdup (tx_consultation_get_title (meeting)));
  tx_record_list_view_set_row_text (record, "type",
                                    g_strdup (tx_code_table_name (TX_CODE_CONSULTATION_TYPE,
                                                                  tx_consultation_get_consultation_type (meeting))));
  tx_record_list_view_set_row_text (record, "place", g_strdup (tx_consultation_get_place (meeting)));
  tx_record_list_view_set_row_text (record, "chair",
                                    tx_meeting_dup_staff_name (db, tx_consultation_get_chair (meeting)));
  tx_record_list_view_set_row_text (record, "present", count_text (tx_meeting_count_present (db, uuid)));
  tx_record_list_view_set_row_text (record, "raised", count_text (tx_meeting_count_raised (db, uuid)));
}

static void
show_count (GtkWidget *page,
            guint      n,
            gboolean   filtered)
{
  TxConsultationPage *self = TX_CONSULTATION_PAGE (page);
  g_autofree char *text = g_strdup_printf (ngettext ("%u meeting", "%u meetings", n), n);

  gtk_label_set_label (self->count_label, text);
  if (n == 0)
    gtk_label_set_label (self->empty_label,
                         filtered ? _("No meeting matches the search.")
                                  : _("No meetings yet. Record one with the New button (Ctrl+N)."));
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static TxQuery *
build_query (GtkWidget  *page,
             const char *search)
{
  return tx_meeting_consultation_query (search);
}

static GtkWindow *
new_editor (GtkWindow   *parent,
            TxDatabase  *db,
            const char  *uuid,
            GError     **error)
{
  return GTK_WINDOW (tx_consultation_editor_new (parent, db, uuid, error));
}

static const char * const shown_entities[] = { "consultation", "suggestion", "person", "staff", NULL };

static const TxRecordListViewInfo list_info = {
  .build_query = build_query,
  .describe_row = describe_meeting,
  .new_editor = new_editor,
  .show_count = show_count,
  .trash_action = "meetings.trash",
  .read_failed = N_("The meetings could not be read."),
  .open_failed = N_("The meeting could not be opened."),
  .trash_failed = N_("The meeting could not be moved to the trash."),
  .restore_failed = N_("The meeting could not be restored."),
  .trashed_format = N_("“%s” moved to the trash"),
  .undo_label = N_("_Undo"),
  /* the overview's counts and the trash page must follow */
  .entities = shown_entities,
};

static void
tx_consultation_page_create_new (TxPage *page)
{
  tx_record_list_view_open_record (TX_CONSULTATION_PAGE (page)->rows, NULL);
}

static const char *
tx_consultation_page_get_new_label (TxPage *page)
{
  return _("New Meeting");
}

static void
page_iface_init (TxPageInterface *iface)
{
  tx_record_list_view_implement_page (iface);
  iface->create_new = tx_consultation_page_create_new;
  iface->get_new_label = tx_consultation_page_get_new_label;
}

void
_tx_consultation_page_undo_trash (TxConsultationPage *self)
{
  g_return_if_fail (TX_IS_CONSULTATION_PAGE (self));
  tx_record_list_view_undo_trash (self->rows);
}

void
_tx_consultation_page_select (TxConsultationPage *self,
                              guint               position)
{
  g_return_if_fail (TX_IS_CONSULTATION_PAGE (self));
  tx_record_list_view_select (self->rows, position);
}

guint
tx_consultation_page_get_count (TxConsultationPage *self)
{
  g_return_val_if_fail (TX_IS_CONSULTATION_PAGE (self), 0);
  return tx_record_list_view_get_n_items (self->rows);
}

static void
tx_consultation_page_dispose (GObject *object)
{
  TxConsultationPage *self = TX_CONSULTATION_PAGE (object);

  g_clear_object (&self->rows);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_CONSULTATION_PAGE);
  G_OBJECT_CLASS (tx_consultation_page_parent_class)->dispose (object);
}

static void
tx_consultation_page_class_init (TxConsultationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_consultation_page_dispose;

  g_type_ensure (TX_TYPE_CONSULTATION);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-consultation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxConsultationPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationPage, empty_label);
  tx_record_list_view_class_setup (widget_class, &list_info);
}

static void
tx_consultation_page_init (TxConsultationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = tx_record_list_view_new (GTK_WIDGET (self), self->column_view, &list_info);
  tx_record_list_view_set_spinner (self->rows, self->spinner);
}

GtkWidget *
tx_consultation_page_new (void)
{
  return g_object_new (TX_TYPE_CONSULTATION_PAGE, NULL);
}
