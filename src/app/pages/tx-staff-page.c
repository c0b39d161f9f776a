/* tx-staff-page.c — the page of the office's own staff (工作人员), in pinyin order
 *
 * The list itself is a TxRecordListPage; this file holds the staff's
 * query, cells and editor.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/model/tx-staff.h"

#include "app/tx-app-util.h"
#include "app/editors/tx-staff-editor.h"
#include "tx-staff-page.h"

struct _TxStaffPage
{
  TxRecordListPage parent_instance;
};

G_DEFINE_FINAL_TYPE (TxStaffPage, tx_staff_page, TX_TYPE_RECORD_LIST_PAGE)

static void
describe_staff (TxRecordListPage *page,
                TxDatabase       *db,
                TxRecord         *record)
{
  TxStaff *staff = TX_STAFF (record);

  tx_record_list_page_set_row_text (record, "phone", tx_mask_phone (tx_staff_get_phone (staff)));
  /* the community's name is a joined property, bound in the .ui */
  tx_record_list_page_set_row_text (record, "active", g_strdup (tx_staff_get_active (staff) ? _("Yes") : _("No")));
}

static char *
format_count (TxRecordListPage *page,
              guint             n,
              gboolean          filtered)
{
  if (filtered)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u staff member found", "%u staff members found", n), n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u staff member", "%u staff members", n), n);
}

static TxQuery *
build_query (TxRecordListPage *page,
             const char       *search)
{
  return tx_staff_query_new (search, FALSE);
}

static GtkWindow *
new_editor (TxRecordListPage  *page,
            GtkWindow         *parent,
            TxDatabase        *db,
            const char        *uuid,
            GError           **error)
{
  return tx_staff_editor_new (parent, db, uuid);
}

static const char * const shown_entities[] = { "staff", "community", NULL };


static void
tx_staff_page_class_init (TxStaffPageClass *klass)
{
  TxRecordListPageClass *page_class = TX_RECORD_LIST_PAGE_CLASS (klass);

  g_type_ensure (TX_TYPE_STAFF);
  page_class->build_query = build_query;
  page_class->describe_row = describe_staff;
  page_class->new_editor = new_editor;
  page_class->format_count = format_count;
  page_class->new_label = N_("New Staff Member");
  page_class->list_label = N_("Staff");
  page_class->read_failed = N_("The staff list could not be read");
  page_class->entities = shown_entities;
  tx_record_list_page_class_set_template (GTK_WIDGET_CLASS (klass), "/io/github/tongxin/Tongxin/tx-staff-page.ui");
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
