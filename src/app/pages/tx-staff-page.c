/* tx-staff-page.c — the page of the office's own staff
 *
 * The list itself is a TxRecordListView; this file holds the staff's
 * query, cells and editor.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-staff.h"

#include "app/tx-app-util.h"
#include "tx-record-list-view.h"
#include "app/editors/tx-staff-editor.h"
#include "tx-staff-page.h"

struct _TxStaffPage
{
  GtkBox            parent_instance;

  TxRecordListView *rows;

  GtkColumnView    *view;
  GtkLabel         *count_label;
  GtkSpinner       *spinner;
};

static void tx_staff_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxStaffPage, tx_staff_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_staff_page_iface_init))

static void
describe_staff (GtkWidget  *page,
                TxDatabase *db,
                TxRecord   *record)
{
  TxStaff *staff = TX_STAFF (record);

  tx_record_list_view_set_row_text (record, "name", g_strdup (tx_staff_get_name (staff)));
  tx_record_list_view_set_row_text (record, "post", g_strdup (tx_staff_get_post (staff)));
  tx_record_list_view_set_row_text (record, "phone", tx_mask_phone (tx_staff_get_phone (staff)));
  tx_record_list_view_set_row_text (record, "community",
                                    tx_lookup_community_name (db, tx_staff_get_community (staff)));
  tx_record_list_view_set_row_text (record, "active", g_strdup (tx_staff_get_active (staff) ? _("Yes") : _("No")));
}

static void
show_count (GtkWidget *page,
            guint      n,
            gboolean   filtered)
{
  g_autofree char *text = NULL;

  if (filtered)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u staff member found", "%u staff members found", n), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u staff member", "%u staff members", n), n);
  gtk_label_set_label (TX_STAFF_PAGE (page)->count_label, text);
}

static TxQuery *
build_query (GtkWidget  *page,
             const char *search)
{
  return tx_staff_query_new (search, FALSE);
}

static GtkWindow *
new_editor (GtkWindow   *parent,
            TxDatabase  *db,
            const char  *uuid,
            GError     **error)
{
  return tx_staff_editor_new (parent, db, uuid);
}

static const char * const shown_entities[] = { "staff", "community", NULL };

static const TxRecordListViewInfo list_info = {
  .build_query = build_query,
  .describe_row = describe_staff,
  .new_editor = new_editor,
  .show_count = show_count,
  .trash_action = "list.trash",
  .read_failed = N_("The staff list could not be read"),
  .entities = shown_entities,
};

static void
tx_staff_page_create_new (TxPage *page)
{
  tx_record_list_view_open_record (TX_STAFF_PAGE (page)->rows, NULL);
}

static const char *
tx_staff_page_get_new_label (TxPage *page)
{
  return _("New Staff Member");
}

static void
tx_staff_page_iface_init (TxPageInterface *iface)
{
  tx_record_list_view_implement_page (iface);
  iface->create_new = tx_staff_page_create_new;
  iface->get_new_label = tx_staff_page_get_new_label;
}

static void
tx_staff_page_dispose (GObject *object)
{
  TxStaffPage *self = TX_STAFF_PAGE (object);

  g_clear_object (&self->rows);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_STAFF_PAGE);
  G_OBJECT_CLASS (tx_staff_page_parent_class)->dispose (object);
}

static void
tx_staff_page_class_init (TxStaffPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_staff_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-staff-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxStaffPage, view);
  gtk_widget_class_bind_template_child (widget_class, TxStaffPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, TxStaffPage, spinner);
  tx_record_list_view_class_setup (widget_class, &list_info);
}

static void
tx_staff_page_init (TxStaffPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = tx_record_list_view_new (GTK_WIDGET (self), self->view, &list_info);
  tx_record_list_view_set_spinner (self->rows, self->spinner);
}

GtkWidget *
tx_staff_page_new (void)
{
  return g_object_new (TX_TYPE_STAFF_PAGE, NULL);
}

guint
tx_staff_page_get_n_items (TxStaffPage *self)
{
  g_return_val_if_fail (TX_IS_STAFF_PAGE (self), 0);
  return tx_record_list_view_get_n_items (self->rows);
}
