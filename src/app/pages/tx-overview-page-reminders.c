/* tx-overview-page-reminders.c — what the office's rules say is due
 *
 * The reminders of tx_reminders_compute (at most REMINDER_LIMIT of each
 * kind); one about a record opens it, a holiday visit can be recorded
 * from here.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "app/editors/tx-visit-editor.h"
#include "tx-overview-page-private.h"

void
_tx_overview_page_show_reminders (TxOverviewPage *self,
                                  GPtrArray      *reminders)
{
  guint n_todo = 0;
  g_autofree char *summary = NULL;

  g_list_store_remove_all (self->reminders);
  for (guint i = 0; reminders != NULL && i < reminders->len; i++)
    {
      TxReminder *reminder = g_ptr_array_index (reminders, i);

      g_list_store_append (self->reminders, reminder);
      n_todo += !tx_reminder_get_done (reminder) && tx_reminder_get_kind (reminder) != TX_REMINDER_HOLIDAY;
    }
  summary = reminders == NULL ? g_strdup (_("The reminders could not be read."))
          : n_todo == 0 ? g_strdup (_("Nothing to do for now."))
          : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u thing to do (at most %u of each kind shown)",
                                          "%u things to do (at most %u of each kind shown)", n_todo),
                             n_todo, REMINDER_LIMIT);
  gtk_label_set_label (self->reminder_summary, summary);
}

static TxReminder *
selected_reminder (TxOverviewPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* A reminder about a record opens it; one about the year's meetings or a
 * holiday opens the page of its kind. */
static void
open_reminder (TxOverviewPage *self,
               TxReminder     *reminder)
{
  TxWindow *window = _tx_overview_page_get_window (self);

  if (window == NULL || reminder == NULL)
    return;
  if (tx_reminder_get_uuid (reminder) != NULL)
    tx_window_open_record (window, tx_reminder_get_entity (reminder), tx_reminder_get_uuid (reminder));
  else if (tx_reminder_get_kind (reminder) == TX_REMINDER_MEETINGS)
    tx_window_show_page (window, "consultations");
  else
    tx_window_show_page (window, "visits");
}

static void
on_reminder_activated (TxOverviewPage *self,
                       guint           position)
{
  g_autoptr(TxReminder) reminder = g_list_model_get_item (G_LIST_MODEL (self->reminders), position);

  open_reminder (self, reminder);
}

static void
on_open_clicked (TxOverviewPage *self)
{
  open_reminder (self, selected_reminder (self));
}

static void
on_record_visit_clicked (TxOverviewPage *self)
{
  TxReminder *reminder = selected_reminder (self);
  TxWindow *window = _tx_overview_page_get_window (self);
  GtkWindow *editor;

  if (reminder == NULL || window == NULL || tx_reminder_get_kind (reminder) != TX_REMINDER_HOLIDAY_VISIT)
    return;
  editor = tx_visit_editor_new_for_holiday (GTK_WINDOW (window), self->db, tx_reminder_get_uuid (reminder),
                                            tx_reminder_get_holiday (reminder),
                                            tx_reminder_get_holiday_year (reminder));
  gtk_window_present (editor);
}

static void
on_selection_changed (TxOverviewPage *self)
{
  TxReminder *reminder = selected_reminder (self);

  gtk_widget_set_sensitive (self->open_button, reminder != NULL);
  gtk_widget_set_sensitive (self->visit_button, reminder != NULL &&
                            tx_reminder_get_kind (reminder) == TX_REMINDER_HOLIDAY_VISIT);
}

GListModel *
tx_overview_page_get_reminders (TxOverviewPage *self)
{
  g_return_val_if_fail (TX_IS_OVERVIEW_PAGE (self), NULL);
  return G_LIST_MODEL (self->reminders);
}

void
_tx_overview_page_class_bind_reminders (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, reminder_list);
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, reminder_summary);
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, open_button);
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, visit_button);
  gtk_widget_class_bind_template_callback (widget_class, on_reminder_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_record_visit_clicked);
}

void
_tx_overview_page_init_reminders (TxOverviewPage *self)
{
  self->reminders = g_list_store_new (TX_TYPE_REMINDER);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->reminders)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self);
  gtk_list_view_set_model (self->reminder_list, GTK_SELECTION_MODEL (self->selection));
}
