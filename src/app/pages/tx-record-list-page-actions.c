/* tx-record-list-page-actions.c — what a list page does with its records:
 * opening their editors (and selecting a new record once saved), moving
 * the selected one to the trash with 撤销
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/db/tx-store.h"

#include "app/tx-app-util.h"
#include "tx-record-list-page-private.h"

/* ---- editors ------------------------------------------------------------ */

GtkWindow *
tx_record_list_page_get_window (TxRecordListPage *self)
{
  GtkRoot *root;

  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), NULL);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_new_record_saved (TxRecordListPage *self,
                     const char       *uuid)
{
  TxRecordListPagePrivate *priv = PRIV (self);

  if (uuid == NULL)
    return;
  g_free (priv->select_uuid);
  priv->select_uuid = g_strdup (uuid);
  /* the save's reload selects it when it arrives; none running: now */
  if (!priv->loading)
    _tx_record_list_page_select_saved (self);
}

/* "saved" gives the record's uuid (the editors built on TxRecordEditor
 * all do); an editor whose signal has no argument cannot say which record
 * is new. */
static gboolean
saved_gives_uuid (GtkWindow *editor)
{
  guint id = g_signal_lookup ("saved", G_OBJECT_TYPE (editor));
  GSignalQuery query;

  if (id == 0)
    return FALSE;
  g_signal_query (id, &query);
  return query.n_params == 1 && G_TYPE_FUNDAMENTAL (query.param_types[0]) == G_TYPE_STRING;
}

void
tx_record_list_page_present_editor (TxRecordListPage *self,
                                    GtkWindow        *editor,
                                    gboolean          is_new)
{
  g_return_if_fail (TX_IS_RECORD_LIST_PAGE (self));
  g_return_if_fail (GTK_IS_WINDOW (editor));

  /* what it saves reaches the list through the database's "changed" */
  if (is_new && saved_gives_uuid (editor))
    g_signal_connect_object (editor, "saved", G_CALLBACK (on_new_record_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

void
tx_record_list_page_open_record (TxRecordListPage *self,
                                 const char       *uuid)
{
  g_autoptr(GError) error = NULL;
  TxRecordListPagePrivate *priv;
  GtkWindow *editor;

  g_return_if_fail (TX_IS_RECORD_LIST_PAGE (self));

  priv = PRIV (self);
  if (priv->db == NULL)
    return;
  editor = CLASS (self)->new_editor (self, tx_record_list_page_get_window (self), priv->db, uuid, &error);
  if (editor == NULL)
    {
      const char *failed = CLASS (self)->open_failed;

      tx_show_error (GTK_WIDGET (self), failed ? _(failed) : _("The record could not be opened"), error);
      return;
    }
  tx_record_list_page_present_editor (self, editor, uuid == NULL);
}

void
_tx_record_list_page_on_activate (TxRecordListPage *self,
                                  guint             position)
{
  TxRecordListPagePrivate *priv = PRIV (self);
  g_autoptr(TxRecord) record = NULL;

  if (priv->selection == NULL)
    return;
  record = g_list_model_get_item (G_LIST_MODEL (priv->selection), position);
  if (record != NULL && tx_record_get_uuid (record) != NULL)
    tx_record_list_page_open_record (self, tx_record_get_uuid (record));
}

/* ---- trash and 撤销 ------------------------------------------------------- */

typedef struct
{
  GWeakRef    page;
  TxDatabase *db;
  TxRecord   *record;
} UndoTrash;

static void
undo_trash_free (gpointer data)
{
  UndoTrash *undo = data;

  g_weak_ref_clear (&undo->page);
  g_clear_object (&undo->db);
  g_clear_object (&undo->record);
  g_free (undo);
}

/* @self is NULL when the page went away before 撤销 was pressed: the
 * record is restored all the same */
static gboolean
restore_record (TxRecordListPage *self,
                TxDatabase       *db,
                TxRecord         *record)
{
  g_autoptr(GError) error = NULL;

  if (!tx_store_restore (db, record, &error))
    {
      const char *failed = self ? CLASS (self)->restore_failed : NULL;

      if (self == NULL)
        g_warning ("Restoring a record failed: %s", error->message);
      else
        tx_show_error (GTK_WIDGET (self), failed ? _(failed) : _("The record could not be restored"), error);
      return FALSE;
    }
  if (self != NULL && PRIV (self)->last_trashed == record)
    g_clear_object (&PRIV (self)->last_trashed);
  return TRUE;
}

static void
undo_trash (gpointer data)
{
  UndoTrash *undo = data;
  g_autoptr(TxRecordListPage) page = g_weak_ref_get (&undo->page);

  restore_record (page, undo->db, undo->record);
}

gboolean
tx_record_list_page_undo_trash (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv;
  g_autoptr(TxRecord) record = NULL;

  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), FALSE);

  priv = PRIV (self);
  if (priv->last_trashed == NULL || priv->db == NULL)
    return FALSE;
  record = g_object_ref (priv->last_trashed);
  return restore_record (self, priv->db, record);
}

static char *
trashed_message (TxRecordListPage *self,
                 TxRecord         *record)
{
  g_autofree char *title = tx_record_dup_title (record);
  const char *shown = title && *title ? title : _("Record");

  if (CLASS (self)->trashed_format == NULL)
    /* Translators: %s is the title of a record, e.g. an activity's */
    return g_strdup_printf (_("“%s” was moved to the trash"), shown);
  /* the page's own wording, with one %s like the one above */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (_(CLASS (self)->trashed_format), shown);
#pragma GCC diagnostic pop
}

static void
offer_undo (TxRecordListPage *self,
            TxRecord         *record)
{
  UndoTrash *undo = g_new0 (UndoTrash, 1);
  g_autofree char *message = trashed_message (self, record);
  const char *undo_label = CLASS (self)->undo_label;

  g_weak_ref_init (&undo->page, self);
  undo->db = g_object_ref (PRIV (self)->db);
  undo->record = g_object_ref (record);
  tx_show_toast (GTK_WIDGET (self), message, undo_label ? _(undo_label) : _("Undo"),
                 undo_trash, undo, undo_trash_free);
}

void
tx_record_list_page_trash_selected (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv;
  g_autoptr(TxRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  TxRecord *selected;

  g_return_if_fail (TX_IS_RECORD_LIST_PAGE (self));

  priv = PRIV (self);
  if (priv->selection == NULL || priv->db == NULL)
    return;
  selected = gtk_single_selection_get_selected_item (priv->selection);
  if (selected == NULL || tx_record_get_uuid (selected) == NULL)
    return;
  record = g_object_ref (selected);
  if (!tx_store_trash (priv->db, record, &error))
    {
      const char *failed = CLASS (self)->trash_failed;

      tx_show_error (GTK_WIDGET (self), failed ? _(failed) : _("The record could not be moved to the trash"), error);
      return;
    }
  g_set_object (&priv->last_trashed, record);
  offer_undo (self, record);
}

void
_tx_record_list_page_trash_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  tx_record_list_page_trash_selected (TX_RECORD_LIST_PAGE (widget));
}
