/* tx-staff-page.c — the page of the office's own staff (工作人员), in pinyin order
 *
 * The list itself is a TxRecordListPage; this file names the staff's
 * query and editor, and the closures of two cells of tx-staff-page.ui
 * (the community's name is the record's joined property).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/model/tx-staff.h"
#include "core/text/tx-privacy.h"

#include "app/editors/tx-staff-editor.h"
#include "tx-staff-page.h"

struct _TxStaffPage
{
  TxRecordListPage parent_instance;
};

G_DEFINE_FINAL_TYPE (TxStaffPage, tx_staff_page, TX_TYPE_RECORD_LIST_PAGE)

/* all staff, those who left the office too */
static TxQuery *
staff_query_new (const char *search)
{
  return tx_staff_query_new (search, FALSE);
}

static char *
staff_phone (gpointer    this,
             const char *phone)
{
  return tx_mask_phone (phone);
}

static char *
staff_active (gpointer this,
              gboolean active)
{
  return g_strdup (active ? _("Yes") : _("No"));
}

static const char * const shown_entities[] = { "staff", "community", NULL };

static void
tx_staff_page_class_init (TxStaffPageClass *klass)
{
  TxRecordListPageClass *page_class = TX_RECORD_LIST_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (TX_TYPE_STAFF);
  page_class->query_new = staff_query_new;
  page_class->editor_new = tx_staff_editor_new;
  page_class->count = NP_("%u staff member", "%u staff members");
  page_class->count_found = NP_("%u staff member found", "%u staff members found");
  page_class->new_label = N_("New Staff Member");
  page_class->list_label = N_("Staff");
  page_class->read_failed = N_("The staff list could not be read");
  page_class->entities = shown_entities;
  tx_record_list_page_class_set_template (widget_class, "/io/github/tongxin/Tongxin/tx-staff-page.ui");
  gtk_widget_class_bind_template_callback (widget_class, staff_phone);
  gtk_widget_class_bind_template_callback (widget_class, staff_active);
}

static void
tx_staff_page_init (TxStaffPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tx_staff_page_new (void)
{
  return g_object_new (TX_TYPE_STAFF_PAGE, NULL);
}
