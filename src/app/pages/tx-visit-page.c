/* tx-visit-page.c — the page of visits and condolence calls (走访慰问), newest first
 *
 * The list itself is a TxRecordListView; this file holds the visits' query,
 * cells and editor.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-visit.h"

#include "app/tx-app-util.h"
#include "tx-record-list-view.h"
#include "app/editors/tx-visit-editor.h"
#include "tx-visit-page.h"

struct _TxVisitPage
{
  GtkBox            parent_instance;

  TxRecordListView *rows;

  GtkColumnView    *view;
  GtkLabel         *count_label;
  GtkSpinner       *spinner;
};

static void tx_visit_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxVisitPage, tx_visit_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_visit_page_iface_init))

/* the first line of a longer text, for a list cell */
static char *
single_line (const char *text)
{
  const char *newline;

  if (text == NULL)
    return NULL;
  newline = strchr (text, '\n');
  return newline ? g_strndup (text, newline - text) : g_strdup (text);
}

static void
describe_visit (GtkWidget  *page,
                TxDatabase *db,
                TxRecord   *record)
{
  TxVisit *visit = TX_VISIT (record);
  GPtrArray *visitors = tx_visit_get_visitors (visit);
  g_autoptr(GPtrArray) staff = g_ptr_array_new ();
  const char *reason = tx_code_table_name (TX_CODE_VISIT_REASON, tx_visit_get_reason (visit));
  const char *holiday = tx_code_table_name (TX_CODE_HOLIDAY, tx_visit_get_holiday (visit));
  char *reason_text;

  for (guint i = 0; i < visitors->len; i++)
    g_ptr_array_add (staff, ((TxVisitor *) g_ptr_array_index (visitors, i))->staff);
  g_ptr_array_add (staff, NULL);
  /* a holiday visit says which holiday of which year: 春节 2026 */
  if (holiday != NULL && tx_visit_get_holiday_year (visit) > 0)
    reason_text = g_strdup_printf ("%s %d", holiday, tx_visit_get_holiday_year (visit));
  else
    reason_text = g_strdup (holiday ? holiday : reason);
  tx_record_list_view_set_row_text (record, "date", tx_format_date (tx_visit_get_date (visit)));
  tx_record_list_view_set_row_text (record, "person", tx_lookup_person_name (db, tx_visit_get_person (visit)));
  tx_record_list_view_set_row_text (record, "reason", reason_text);
  tx_record_list_view_set_row_text (record, "visitors",
                                    tx_lookup_staff_names (db, (const char * const *) staff->pdata));
  tx_record_list_view_set_row_text (record, "gifts", single_line (tx_visit_get_gifts (visit)));
}

static void
show_count (GtkWidget *page,
            guint      n,
            gboolean   filtered)
{
  g_autofree char *text = NULL;

  if (filtered)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u visit found", "%u visits found", n), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u visit", "%u visits", n), n);
  gtk_label_set_label (TX_VISIT_PAGE (page)->count_label, text);
}

static TxQuery *
build_query (GtkWidget  *page,
             const char *search)
{
  return tx_visit_query_new (search);
}

static GtkWindow *
new_editor (GtkWindow   *parent,
            TxDatabase  *db,
            const char  *uuid,
            GError     **error)
{
  return tx_visit_editor_new (parent, db, uuid);
}

static const char * const shown_entities[] = { "visit", "person", "staff", NULL };

static const TxRecordListViewInfo list_info = {
  .build_query = build_query,
  .describe_row = describe_visit,
  .new_editor = new_editor,
  .show_count = show_count,
  .trash_action = "list.trash",
  .read_failed = N_("The visits could not be read"),
  .entities = shown_entities,
};

static void
tx_visit_page_create_new (TxPage *page)
{
  tx_record_list_view_open_record (TX_VISIT_PAGE (page)->rows, NULL);
}

static const char *
tx_visit_page_get_new_label (TxPage *page)
{
  return _("New Visit");
}

static void
tx_visit_page_create_for_person (TxPage     *page,
                                 const char *person_uuid)
{
  TxRecordListView *rows = TX_VISIT_PAGE (page)->rows;
  TxDatabase *db = tx_record_list_view_get_database (rows);

  g_return_if_fail (db != NULL);
  tx_record_list_view_present_editor (rows, tx_visit_editor_new_for_person (tx_record_list_view_get_window (rows),
                                                                            db, person_uuid));
}

static void
tx_visit_page_iface_init (TxPageInterface *iface)
{
  tx_record_list_view_implement_page (iface);
  iface->create_new = tx_visit_page_create_new;
  iface->get_new_label = tx_visit_page_get_new_label;
  iface->create_for_person = tx_visit_page_create_for_person;
}

static void
tx_visit_page_dispose (GObject *object)
{
  TxVisitPage *self = TX_VISIT_PAGE (object);

  g_clear_object (&self->rows);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_VISIT_PAGE);
  G_OBJECT_CLASS (tx_visit_page_parent_class)->dispose (object);
}

static void
tx_visit_page_class_init (TxVisitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_visit_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-visit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxVisitPage, view);
  gtk_widget_class_bind_template_child (widget_class, TxVisitPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, TxVisitPage, spinner);
  tx_record_list_view_class_setup (widget_class, &list_info);
}

static void
tx_visit_page_init (TxVisitPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = tx_record_list_view_new (GTK_WIDGET (self), self->view, &list_info);
  tx_record_list_view_set_spinner (self->rows, self->spinner);
}

GtkWidget *
tx_visit_page_new (void)
{
  return g_object_new (TX_TYPE_VISIT_PAGE, NULL);
}

guint
tx_visit_page_get_n_items (TxVisitPage *self)
{
  g_return_val_if_fail (TX_IS_VISIT_PAGE (self), 0);
  return tx_record_list_view_get_n_items (self->rows);
}
