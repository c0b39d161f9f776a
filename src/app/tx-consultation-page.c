/* tx-consultation-page.c — the list of consultation meetings
 *
 * The rows are the records of a lazy TxRecordList; a GtkMapListModel adds
 * what a row shows besides the record's own fields (the chair's name, how
 * many attended, how many suggestions were raised), computed when the row
 * is first shown, as texts the cells of tx-consultation-page.ui read.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/tx-codes.h"
#include "core/tx-consultation.h"
#include "core/tx-meeting-query.h"
#include "core/tx-record-list.h"
#include "core/tx-store.h"

#include "tx-app-util.h"
#include "tx-consultation-editor.h"
#include "tx-consultation-page.h"
#include "tx-meetings-private.h"
#include "tx-page.h"

#define ROW_KEY_PREFIX "tx-row:"

struct _TxConsultationPage
{
  GtkBox            parent_instance;

  TxDatabase       *db;
  TxRecordList     *records;
  GtkSingleSelection *selection;
  char             *search;
  TxRecord         *last_trashed;

  GtkLabel         *count_label;
  GtkColumnView    *column_view;
  GtkStack         *stack;
  GtkLabel         *empty_label;
};

static void page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxConsultationPage, tx_consultation_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, page_iface_init))

static void
set_row_text (gpointer    item,
              const char *key,
              char       *text)
{
  g_autofree char *data_key = g_strconcat (ROW_KEY_PREFIX, key, NULL);

  g_object_set_data_full (G_OBJECT (item), data_key, text, g_free);
}

/* the closure the cells of the .ui call: (this = list item, item, key) */
static char *
row_text (gpointer    this,
          GObject    *item,
          const char *key)
{
  g_autofree char *data_key = NULL;

  if (item == NULL || key == NULL)
    return NULL;
  data_key = g_strconcat (ROW_KEY_PREFIX, key, NULL);
  return g_strdup (g_object_get_data (item, data_key));
}

static char *
count_text (gint64 count)
{
  return count < 0 ? g_strdup ("—") : g_strdup_printf ("%" G_GINT64_FORMAT, count);
}

static gpointer
map_row (gpointer item,
         gpointer user_data)
{
  TxConsultationPage *self = user_data;
  TxConsultation *meeting = item;
  const char *uuid = tx_record_get_uuid (TX_RECORD (meeting));

  set_row_text (item, "date", tx_format_date (tx_consultation_get_date (meeting)));
  set_row_text (item, "title", g_strdup (tx_consultation_get_title (meeting)));
  set_row_text (item, "type", g_strdup (tx_code_table_name (TX_CODE_CONSULTATION_TYPE,
                                                            tx_consultation_get_consultation_type (meeting))));
  set_row_text (item, "place", g_strdup (tx_consultation_get_place (meeting)));
  set_row_text (item, "chair", tx_meeting_dup_staff_name (self->db, tx_consultation_get_chair (meeting)));
  set_row_text (item, "present", count_text (tx_meeting_count_present (self->db, uuid)));
  set_row_text (item, "raised", count_text (tx_meeting_count_raised (self->db, uuid)));
  return item;
}

static void
update_count (TxConsultationPage *self)
{
  guint n = self->records ? g_list_model_get_n_items (G_LIST_MODEL (self->records)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u meeting", "%u meetings", n), n);

  gtk_label_set_label (self->count_label, text);
  if (n == 0)
    gtk_label_set_label (self->empty_label,
                         self->search != NULL ? _("No meeting matches the search.")
                                              : _("No meetings yet. Record one with the New button (Ctrl+N)."));
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.trash", n > 0);
}

static TxQuery *
build_query (TxConsultationPage *self)
{
  return tx_meeting_consultation_query (self->search);
}

static void
tx_consultation_page_reload (TxPage *page)
{
  TxConsultationPage *self = TX_CONSULTATION_PAGE (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(TxQuery) query = NULL;

  if (self->db == NULL)
    return;
  query = build_query (self);
  if (self->records == NULL)
    {
      GtkMapListModel *map;

      self->records = tx_record_list_new (self->db, query, &error);
      if (self->records == NULL)
        {
          tx_show_error (GTK_WIDGET (self), _("The meetings could not be read."), error);
          return;
        }
      map = gtk_map_list_model_new (G_LIST_MODEL (g_object_ref (self->records)), map_row, self, NULL);
      self->selection = gtk_single_selection_new (G_LIST_MODEL (map));
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      /* Delete acts on what the user chose, never on a row picked for them */
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
    }
  else if (!tx_record_list_set_query (self->records, query, &error))
    tx_show_error (GTK_WIDGET (self), _("The meetings could not be read."), error);
  update_count (self);
}

static void
tx_consultation_page_set_database (TxPage     *page,
                                   TxDatabase *db)
{
  TxConsultationPage *self = TX_CONSULTATION_PAGE (page);

  g_set_object (&self->db, db);
  tx_consultation_page_reload (page);
}

static void
tx_consultation_page_set_search (TxPage     *page,
                                 const char *text)
{
  TxConsultationPage *self = TX_CONSULTATION_PAGE (page);
  g_autofree char *search = text ? g_strstrip (g_strdup (text)) : NULL;

  if (search != NULL && *search == '\0')
    g_clear_pointer (&search, g_free);
  if (g_strcmp0 (search, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&search);
  tx_consultation_page_reload (page);
}

static void
on_editor_saved (TxConsultationPage *self,
                 const char         *uuid)
{
  tx_consultation_page_reload (TX_PAGE (self));
}

static GtkWindow *
page_window (TxConsultationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
open_editor (TxConsultationPage *self,
             const char         *uuid)
{
  g_autoptr(GError) error = NULL;
  TxConsultationEditor *editor;

  if (self->db == NULL)
    return;
  editor = tx_consultation_editor_new (page_window (self), self->db, uuid, &error);
  if (editor == NULL)
    {
      tx_show_error (GTK_WIDGET (self), _("The meeting could not be opened."), error);
      return;
    }
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
tx_consultation_page_create_new (TxPage *page)
{
  open_editor (TX_CONSULTATION_PAGE (page), NULL);
}

static const char *
tx_consultation_page_get_new_label (TxPage *page)
{
  return _("New Meeting");
}

static void
tx_consultation_page_open_record (TxPage     *page,
                                  const char *uuid)
{
  open_editor (TX_CONSULTATION_PAGE (page), uuid);
}

static void
page_iface_init (TxPageInterface *iface)
{
  iface->set_database = tx_consultation_page_set_database;
  iface->set_search = tx_consultation_page_set_search;
  iface->reload = tx_consultation_page_reload;
  iface->create_new = tx_consultation_page_create_new;
  iface->get_new_label = tx_consultation_page_get_new_label;
  iface->open_record = tx_consultation_page_open_record;
}

static void
on_row_activated (TxConsultationPage *self,
                  guint               position)
{
  g_autoptr(TxRecord) record = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (record != NULL && tx_record_get_uuid (record) != NULL)
    open_editor (self, tx_record_get_uuid (record));
}

typedef struct
{
  GWeakRef  page;
  TxRecord *record;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_weak_ref_clear (&undo->page);
  g_clear_object (&undo->record);
  g_free (undo);
}

static void
restore_record (TxConsultationPage *self,
                TxRecord           *record)
{
  g_autoptr(GError) error = NULL;

  if (!tx_store_restore (self->db, record, &error))
    tx_show_error (GTK_WIDGET (self), _("The meeting could not be restored."), error);
  g_clear_object (&self->last_trashed);
  tx_consultation_page_reload (TX_PAGE (self));
}

static void
on_undo (gpointer data)
{
  UndoData *undo = data;
  g_autoptr(TxConsultationPage) self = g_weak_ref_get (&undo->page);

  if (self != NULL && self->db != NULL)
    restore_record (self, undo->record);
}

void
_tx_consultation_page_undo_trash (TxConsultationPage *self)
{
  g_autoptr(TxRecord) record = NULL;

  g_return_if_fail (TX_IS_CONSULTATION_PAGE (self));
  if (self->last_trashed == NULL)
    return;
  record = g_object_ref (self->last_trashed);
  restore_record (self, record);
}

void
_tx_consultation_page_select (TxConsultationPage *self,
                              guint               position)
{
  g_return_if_fail (TX_IS_CONSULTATION_PAGE (self));
  gtk_single_selection_set_selected (self->selection, position);
}

static void
trash_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxConsultationPage *self = TX_CONSULTATION_PAGE (widget);
  g_autoptr(TxRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  UndoData *undo;

  if (self->selection == NULL)
    return;
  record = gtk_single_selection_get_selected_item (self->selection);
  if (record == NULL || tx_record_get_uuid (record) == NULL)
    {
      record = NULL;
      return;
    }
  g_object_ref (record);
  if (!tx_store_trash (self->db, record, &error))
    {
      tx_show_error (GTK_WIDGET (self), _("The meeting could not be moved to the trash."), error);
      return;
    }
  g_set_object (&self->last_trashed, record);
  tx_consultation_page_reload (TX_PAGE (self));

  title = tx_record_dup_title (record);
  message = g_strdup_printf (_("“%s” moved to the trash"), title);
  undo = g_new0 (UndoData, 1);
  g_weak_ref_init (&undo->page, self);
  undo->record = g_object_ref (record);
  tx_show_toast (GTK_WIDGET (self), message, _("_Undo"), on_undo, undo, undo_data_free);
}

guint
tx_consultation_page_get_count (TxConsultationPage *self)
{
  g_return_val_if_fail (TX_IS_CONSULTATION_PAGE (self), 0);
  return self->records ? g_list_model_get_n_items (G_LIST_MODEL (self->records)) : 0;
}

static void
tx_consultation_page_dispose (GObject *object)
{
  TxConsultationPage *self = TX_CONSULTATION_PAGE (object);

  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_CONSULTATION_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->records);
  g_clear_object (&self->last_trashed);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (tx_consultation_page_parent_class)->dispose (object);
}

static void
tx_consultation_page_class_init (TxConsultationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_consultation_page_dispose;

  g_type_ensure (TX_TYPE_CONSULTATION);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-consultation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxConsultationPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationPage, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback_full (widget_class, "tx_meeting_row_text", G_CALLBACK (row_text));

  gtk_widget_class_install_action (widget_class, "meetings.trash", NULL, trash_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "meetings.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "meetings.trash", NULL);
}

static void
tx_consultation_page_init (TxConsultationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_count (self);
}

GtkWidget *
tx_consultation_page_new (void)
{
  return g_object_new (TX_TYPE_CONSULTATION_PAGE, NULL);
}
