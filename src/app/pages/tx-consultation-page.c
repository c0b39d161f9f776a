/* tx-consultation-page.c — the list of consultation meetings
 *
 * The list itself is a TxRecordListPage; this file names the meetings'
 * query, editor and messages. The cells are in tx-consultation-page.ui:
 * the chair's name, how many attended and how many suggestions were
 * raised are the record's joined properties.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-consultation.h"
#include "core/model/tx-meeting-query.h"

#include "app/editors/tx-consultation-editor.h"
#include "tx-consultation-page.h"

struct _TxConsultationPage
{
  TxRecordListPage parent_instance;
};

G_DEFINE_FINAL_TYPE (TxConsultationPage, tx_consultation_page, TX_TYPE_RECORD_LIST_PAGE)

/* the overview's counts and the trash page must follow */
static const char * const shown_entities[] = { "consultation", "suggestion", "person", "staff", NULL };

static void
tx_consultation_page_class_init (TxConsultationPageClass *klass)
{
  TxRecordListPageClass *page_class = TX_RECORD_LIST_PAGE_CLASS (klass);

  g_type_ensure (TX_TYPE_CONSULTATION);
  page_class->query_new = tx_meeting_consultation_query;
  page_class->query_add_dates = tx_meeting_consultation_query_add_dates;
  page_class->editor_new = tx_consultation_editor_new;
  page_class->count = NP_("%u meeting", "%u meetings");
  page_class->new_label = N_("New Meeting");
  page_class->list_label = N_("Meetings");
  page_class->read_failed = N_("The meetings could not be read.");
  page_class->trash_failed = N_("The meeting could not be moved to the trash.");
  page_class->restore_failed = N_("The meeting could not be restored.");
  page_class->trashed_format = N_("“%s” moved to the trash");
  page_class->undo_label = N_("_Undo");
  page_class->empty_text = N_("No meetings yet. Record one with the New button (Ctrl+N).");
  page_class->empty_filtered_text = N_("No meeting matches the search.");
  page_class->entities = shown_entities;
  tx_record_list_page_class_set_template (GTK_WIDGET_CLASS (klass), "/io/github/tongxin/Tongxin/tx-consultation-page.ui");
}

static void
tx_consultation_page_init (TxConsultationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tx_consultation_page_new (void)
{
  return g_object_new (TX_TYPE_CONSULTATION_PAGE, NULL);
}
