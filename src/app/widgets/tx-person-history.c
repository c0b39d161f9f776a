/* tx-person-history.c — what the office did with one person
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-person-history.h"

#include "app/tx-app-util.h"
#include "tx-person-history.h"

struct _TxPersonHistory
{
  GtkGrid     parent_instance;

  GPtrArray  *items;       /* TxPersonHistoryItem, one a row */

  GtkLabel   *summary;
  GtkButton  *record_visit_button;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (TxPersonHistory, tx_person_history, GTK_TYPE_GRID)

enum
{
  SIGNAL_OPEN_RECORD,
  SIGNAL_CREATE_VISIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
entity_label (const char *entity)
{
  if (g_str_equal (entity, "activity"))
    return _("Activity");
  if (g_str_equal (entity, "visit"))
    return _("Visit");
  if (g_str_equal (entity, "consultation"))
    return _("Meeting");
  if (g_str_equal (entity, "suggestion"))
    return _("Suggestion");
  if (g_str_equal (entity, "pairing"))
    return _("Pairing");
  return entity;
}

static GtkWidget *
history_label (GtkWidget  *box,
               const char *text,
               int         width_chars,
               gboolean    expand)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* only the title gives way; a date or a kind is never cut */
  if (expand)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
  gtk_widget_set_hexpand (label, expand);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
add_row (TxPersonHistory     *self,
         TxPersonHistoryItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *date = tx_format_date (item->date);
  g_autofree char *title = NULL;
  GtkWidget *detail;

  if (g_str_equal (item->entity, "pairing"))
    title = g_strdup_printf (_("Paired with %s"), item->title ? item->title : "?");
  else
    title = g_strdup (item->title ? item->title : "");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  history_label (box, date, 16, FALSE);
  history_label (box, entity_label (item->entity), 6, FALSE);
  history_label (box, title, 24, TRUE);
  detail = history_label (box, item->detail ? item->detail : "", 8, FALSE);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_list_box_append (self->list, box);
}

static void
clear (TxPersonHistory *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_clear_pointer (&self->items, g_ptr_array_unref);
}

static void
show_summary (TxPersonHistory *self,
              const char      *text)
{
  gtk_label_set_text (self->summary, text);
  gtk_widget_set_visible (GTK_WIDGET (self->list), self->items != NULL && self->items->len > 0);
}

void
tx_person_history_load (TxPersonHistory *self,
                        TxDatabase      *db,
                        const char      *person_uuid)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  g_return_if_fail (TX_IS_PERSON_HISTORY (self));

  clear (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->record_visit_button), person_uuid != NULL);
  if (person_uuid == NULL)
    summary = g_strdup (_("A new person has no records yet."));
  else if ((self->items = tx_person_history (db, person_uuid, &error)) == NULL)
    summary = g_strdup_printf (_("The records could not be read: %s"), error->message);
  else if (self->items->len == 0)
    summary = g_strdup (_("No activities, visits, meetings, suggestions or pairings yet."));
  if (summary != NULL)
    {
      show_summary (self, summary);
      return;
    }
  for (guint i = 0; i < self->items->len; i++)
    add_row (self, g_ptr_array_index (self->items, i));
  summary = g_strdup_printf (ngettext ("%u record, newest first. Press Enter on a row to open it.",
                                       "%u records, newest first. Press Enter on a row to open it.",
                                       self->items->len), self->items->len);
  show_summary (self, summary);
}

static void
on_row_activated (TxPersonHistory *self,
                  GtkListBoxRow   *row)
{
  int index = gtk_list_box_row_get_index (row);
  TxPersonHistoryItem *item;

  if (self->items == NULL || index < 0 || (guint) index >= self->items->len)
    return;
  item = g_ptr_array_index (self->items, index);
  g_signal_emit (self, signals[SIGNAL_OPEN_RECORD], 0, item->entity, item->uuid);
}

static void
on_record_visit_clicked (TxPersonHistory *self)
{
  g_signal_emit (self, signals[SIGNAL_CREATE_VISIT], 0);
}

static void
tx_person_history_dispose (GObject *object)
{
  TxPersonHistory *self = TX_PERSON_HISTORY (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), TX_TYPE_PERSON_HISTORY);
  G_OBJECT_CLASS (tx_person_history_parent_class)->dispose (object);
}

static void
tx_person_history_class_init (TxPersonHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_person_history_dispose;

  signals[SIGNAL_OPEN_RECORD] =
    g_signal_new ("open-record", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[SIGNAL_CREATE_VISIT] =
    g_signal_new ("create-visit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-person-history.ui");
  gtk_widget_class_bind_template_child (widget_class, TxPersonHistory, summary);
  gtk_widget_class_bind_template_child (widget_class, TxPersonHistory, record_visit_button);
  gtk_widget_class_bind_template_child (widget_class, TxPersonHistory, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_record_visit_clicked);
}

static void
tx_person_history_init (TxPersonHistory *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
