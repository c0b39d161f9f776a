/* tx-visit-page.c — the page of visits and condolence calls (走访慰问), newest first
 *
 * The list helpers are shared with the activity page
 * (tx-activity-pages-private.h).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/tx-activity-query.h"
#include "core/tx-codes.h"
#include "core/tx-visit.h"

#include "tx-activity-pages-private.h"
#include "tx-app-util.h"
#include "tx-visit-editor.h"
#include "tx-visit-page.h"
#include "tx-window.h"

struct _TxVisitPage
{
  GtkBox         parent_instance;

  TxDatabase    *db;
  char          *search;
  TxRecordList  *list;

  GtkColumnView *view;
  GtkLabel      *count_label;
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

static gpointer
map_visit (gpointer item,
           gpointer user_data)
{
  TxVisitPage *self = user_data;
  TxVisit *visit = item;
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
  _tx_list_row_set_text (item, "date", tx_format_date (tx_visit_get_date (visit)));
  _tx_list_row_set_text (item, "person", tx_lookup_person_name (self->db, tx_visit_get_person (visit)));
  _tx_list_row_set_text (item, "reason", reason_text);
  _tx_list_row_set_text (item, "visitors", tx_lookup_staff_names (self->db, (const char * const *) staff->pdata));
  _tx_list_row_set_text (item, "gifts", single_line (tx_visit_get_gifts (visit)));
  return item;
}

static void
update_count (TxVisitPage *self)
{
  guint n = tx_visit_page_get_n_items (self);
  g_autofree char *text = NULL;

  if (self->search != NULL)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u visit found", "%u visits found", n), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u visit", "%u visits", n), n);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.trash", n > 0);
}

static void
load_list (TxVisitPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxQuery) query = tx_visit_query_new (self->search);

  if (self->list == NULL)
    self->list = _tx_list_page_setup (self->view, self->db, query, map_visit, self, &error);
  else
    tx_record_list_set_query (self->list, query, &error);
  if (error != NULL)
    tx_show_error (GTK_WIDGET (self), _("The visits could not be read"), error);
  update_count (self);
}

static void
refresh_window (TxPage *page)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));

  if (TX_IS_WINDOW (root))
    tx_window_refresh (TX_WINDOW (root));
}

static void
on_editor_saved (TxVisitPage *self)
{
  tx_page_reload (TX_PAGE (self));
  refresh_window (TX_PAGE (self));
}

static void
open_editor (TxVisitPage *self,
             const char     *uuid)
{
  GtkWindow *editor;

  g_return_if_fail (self->db != NULL);
  editor = tx_visit_editor_new (_tx_list_page_get_window (TX_PAGE (self)), self->db, uuid);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

static void
tx_visit_page_set_database (TxPage     *page,
                               TxDatabase *db)
{
  TxVisitPage *self = TX_VISIT_PAGE (page);

  if (!g_set_object (&self->db, db))
    return;
  g_object_set_data_full (G_OBJECT (self), "tx-database", g_object_ref (db), g_object_unref);
  g_clear_object (&self->list);
  load_list (self);
}

static void
tx_visit_page_set_search (TxPage     *page,
                             const char *text)
{
  TxVisitPage *self = TX_VISIT_PAGE (page);
  g_autofree char *search = text ? g_strstrip (g_strdup (text)) : NULL;

  if (search != NULL && *search == '\0')
    g_clear_pointer (&search, g_free);
  if (g_strcmp0 (search, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&search);
  if (self->db != NULL)
    load_list (self);
}

static void
tx_visit_page_reload (TxPage *page)
{
  TxVisitPage *self = TX_VISIT_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (self->list == NULL)
    return;
  if (!tx_record_list_reload (self->list, &error))
    tx_show_error (GTK_WIDGET (self), _("The visits could not be read"), error);
  update_count (self);
}

static void
tx_visit_page_create_new (TxPage *page)
{
  open_editor (TX_VISIT_PAGE (page), NULL);
}

static const char *
tx_visit_page_get_new_label (TxPage *page)
{
  return _("New Visit");
}

static void
tx_visit_page_open_record (TxPage     *page,
                              const char *uuid)
{
  open_editor (TX_VISIT_PAGE (page), uuid);
}

static void
tx_visit_page_create_for_person (TxPage     *page,
                              const char *person_uuid)
{
  TxVisitPage *self = TX_VISIT_PAGE (page);
  GtkWindow *editor;

  g_return_if_fail (self->db != NULL);
  editor = tx_visit_editor_new_for_person (_tx_list_page_get_window (page), self->db, person_uuid);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

static void
tx_visit_page_iface_init (TxPageInterface *iface)
{
  iface->set_database = tx_visit_page_set_database;
  iface->set_search = tx_visit_page_set_search;
  iface->reload = tx_visit_page_reload;
  iface->create_new = tx_visit_page_create_new;
  iface->get_new_label = tx_visit_page_get_new_label;
  iface->open_record = tx_visit_page_open_record;
  iface->create_for_person = tx_visit_page_create_for_person;
}

static void
on_activate (TxVisitPage *self,
             guint           position)
{
  g_autoptr(TxRecord) record = _tx_list_page_dup_record (self->view, position);

  if (record != NULL)
    open_editor (self, tx_record_get_uuid (record));
}

static void
trash_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxVisitPage *self = TX_VISIT_PAGE (widget);
  g_autoptr(TxRecord) record = _tx_list_page_dup_selected (self->view);

  if (record != NULL && self->db != NULL)
    _tx_list_page_trash (TX_PAGE (self), self->db, record);
}

static void
tx_visit_page_dispose (GObject *object)
{
  TxVisitPage *self = TX_VISIT_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_VISIT_PAGE);
  g_clear_object (&self->list);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);
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
  gtk_widget_class_bind_template_callback_full (widget_class, "row_text", G_CALLBACK (_tx_list_row_text));

  gtk_widget_class_install_action (widget_class, "list.trash", NULL, trash_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "list.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "list.trash", NULL);
}

static void
tx_visit_page_init (TxVisitPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->view, "activate", G_CALLBACK (on_activate), self);
  update_count (self);
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
  return self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
}
