/* tx-visit-page.c — the page of visits and condolence calls (走访慰问), newest first
 *
 * The list itself is a TxRecordListPage; this file holds the visits' query,
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
single_line (const char *text)
{
  const char *newline;

  if (text == NULL)
    return NULL;
  newline = strchr (text, '\n');
  return newline ? g_strndup (text, newline - text) : g_strdup (text);
}

/* a holiday visit says which holiday of which year: 春节 2026 */
static char *
reason_text (TxVisit *visit)
{
  const char *reason = tx_code_table_name (TX_CODE_VISIT_REASON, tx_visit_get_reason (visit));
  const char *holiday = tx_code_table_name (TX_CODE_HOLIDAY, tx_visit_get_holiday (visit));

  if (holiday != NULL && tx_visit_get_holiday_year (visit) > 0)
    return g_strdup_printf ("%s %d", holiday, tx_visit_get_holiday_year (visit));
  return g_strdup (holiday ? holiday : reason);
}

static void
describe_visit (TxRecordListPage *page,
                TxDatabase       *db,
                TxRecord         *record)
{
  TxVisit *visit = TX_VISIT (record);

  /* the names of the person and the visitors are the record's joined
   * properties, bound in the .ui */
  tx_record_list_page_set_row_text (record, "date", tx_format_date (tx_visit_get_date (visit)));
  tx_record_list_page_set_row_text (record, "reason", reason_text (visit));
  tx_record_list_page_set_row_text (record, "gifts", single_line (tx_visit_get_gifts (visit)));
}

static char *
format_count (TxRecordListPage *page,
              guint             n,
              gboolean          filtered)
{
  if (filtered)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u visit found", "%u visits found", n), n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u visit", "%u visits", n), n);
}

static TxQuery *
build_query (TxRecordListPage *page,
             const char       *search)
{
  return tx_visit_query_new (search);
}

static GtkWindow *
new_editor (TxRecordListPage  *page,
            GtkWindow         *parent,
            TxDatabase        *db,
            const char        *uuid,
            GError           **error)
{
  return tx_visit_editor_new (parent, db, uuid);
}

static void
tx_visit_page_create_for_person (TxPage     *page,
                                 const char *person_uuid)
{
  TxRecordListPage *self = TX_RECORD_LIST_PAGE (page);
  TxDatabase *db = tx_record_list_page_get_database (self);

  g_return_if_fail (db != NULL);
  tx_record_list_page_present_editor (self, tx_visit_editor_new_for_person (tx_record_list_page_get_window (self),
                                                                            db, person_uuid), TRUE);
}

static void
tx_visit_page_iface_init (TxPageInterface *iface)
{
  iface->create_for_person = tx_visit_page_create_for_person;
}

static const char * const shown_entities[] = { "visit", "person", "staff", NULL };

static void
tx_visit_page_class_init (TxVisitPageClass *klass)
{
  TxRecordListPageClass *page_class = TX_RECORD_LIST_PAGE_CLASS (klass);

  g_type_ensure (TX_TYPE_VISIT);
  page_class->build_query = build_query;
  page_class->describe_row = describe_visit;
  page_class->new_editor = new_editor;
  page_class->format_count = format_count;
  page_class->new_label = N_("New Visit");
  page_class->list_label = N_("Visits");
  page_class->read_failed = N_("The visits could not be read");
  page_class->entities = shown_entities;
  tx_record_list_page_class_set_template (GTK_WIDGET_CLASS (klass), "/io/github/tongxin/Tongxin/tx-visit-page.ui");
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
