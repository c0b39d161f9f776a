/* tx-visit-page.c — the page of visits and condolence calls (走访慰问), newest first
 *
 * The list itself is a TxRecordListPage; this file names the visits'
 * query and editors, and the closures of two cells of tx-visit-page.ui
 * (the names of the person and the visitors are the record's joined
 * properties).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-visit.h"

#include "app/editors/tx-visit-editor.h"
#include "tx-visit-page.h"

struct _TxVisitPage
{
  TxRecordListPage parent_instance;
};

static void tx_visit_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxVisitPage, tx_visit_page, TX_TYPE_RECORD_LIST_PAGE,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_visit_page_iface_init))

/* the first line of a longer text, for a list cell */
static char *
first_line (gpointer    this,
            const char *text)
{
  const char *newline;

  if (text == NULL)
    return NULL;
  newline = strchr (text, '\n');
  return newline ? g_strndup (text, newline - text) : g_strdup (text);
}

/* a holiday visit says which holiday of which year: 春节 2026 */
static char *
visit_reason (gpointer    this,
              const char *reason_code,
              const char *holiday_code,
              int         holiday_year)
{
  const char *reason = tx_code_table_name (TX_CODE_VISIT_REASON, reason_code);
  const char *holiday = tx_code_table_name (TX_CODE_HOLIDAY, holiday_code);

  if (holiday != NULL && holiday_year > 0)
    return g_strdup_printf ("%s %d", holiday, holiday_year);
  return g_strdup (holiday ? holiday : reason);
}

/* a new visit to a person (tx_window_create_for_person()) */
static void
tx_visit_page_iface_init (TxPageInterface *iface)
{
  iface->create_for_person = tx_record_list_page_create_for_person;
}

static const char * const shown_entities[] = { "visit", "person", "staff", NULL };

static void
tx_visit_page_class_init (TxVisitPageClass *klass)
{
  TxRecordListPageClass *page_class = TX_RECORD_LIST_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (TX_TYPE_VISIT);
  page_class->query_new = tx_visit_query_new;
  page_class->editor_new = tx_visit_editor_new;
  page_class->editor_new_for_person = tx_visit_editor_new_for_person;
  page_class->count = NP_("%u visit", "%u visits");
  page_class->count_found = NP_("%u visit found", "%u visits found");
  page_class->new_label = N_("New Visit");
  page_class->list_label = N_("Visits");
  page_class->read_failed = N_("The visits could not be read");
  page_class->entities = shown_entities;
  tx_record_list_page_class_set_template (widget_class, "/io/github/tongxin/Tongxin/tx-visit-page.ui");
  gtk_widget_class_bind_template_callback (widget_class, first_line);
  gtk_widget_class_bind_template_callback (widget_class, visit_reason);
}

static void
tx_visit_page_init (TxVisitPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tx_visit_page_new (void)
{
  return g_object_new (TX_TYPE_VISIT_PAGE, NULL);
}
