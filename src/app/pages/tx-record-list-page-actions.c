/* tx-record-list-page-actions.c — what a list page does with its records:
 * the selection (one row, or several), opening their editors (and
 * selecting a new record once saved), moving the selected ones to the
 * trash with 撤销
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/db/tx-store.h"
#include "core/db/tx-trash.h"

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
  TxRecordListPagePrivate *priv;

  g_return_if_fail (TX_IS_RECORD_LIST_PAGE (self));
  g_return_if_fail (CLASS (self)->editor_new != NULL);

  priv = PRIV (self);
  if (priv->db == NULL)
    return;
  /* the editor says why a record cannot be opened */
  tx_record_list_page_present_editor (self, CLASS (self)->editor_new (tx_record_list_page_get_window (self), priv->db, uuid),
                                      uuid == NULL);
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

/* ---- the selection ------------------------------------------------------ */

GPtrArray *
_tx_record_list_page_dup_selected (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv = PRIV (self);
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  if (priv->selection == NULL)
    return records;
  selected = gtk_selection_model_get_selection (priv->selection);
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      TxRecord *record = g_list_model_get_item (G_LIST_MODEL (priv->selection), position);

      if (record != NULL && tx_record_get_uuid (record) != NULL)
        g_ptr_array_add (records, record);
      else
        g_clear_object (&record);
    }
  return records;
}

/* takes @rows */
GtkSelectionModel *
_tx_record_list_page_new_selection (TxRecordListPage *self,
                                    GListModel       *rows)
{
  GtkSingleSelection *single;

  if (CLASS (self)->multiple)
    return GTK_SELECTION_MODEL (gtk_multi_selection_new (rows));
  single = gtk_single_selection_new (rows);
  gtk_single_selection_set_autoselect (single, FALSE);
  gtk_single_selection_set_can_unselect (single, TRUE);
  /* a new selection model starts on row 0: Delete must only ever act on a
   * row the user picked */
  gtk_single_selection_set_selected (single, GTK_INVALID_LIST_POSITION);
  return GTK_SELECTION_MODEL (single);
}

void
tx_record_list_page_select (TxRecordListPage *self,
                            guint             position)
{
  TxRecordListPagePrivate *priv;

  g_return_if_fail (TX_IS_RECORD_LIST_PAGE (self));
  priv = PRIV (self);
  if (priv->selection == NULL)
    return;
  if (position == GTK_INVALID_LIST_POSITION)
    {
      gtk_selection_model_unselect_all (priv->selection);
      return;
    }
  gtk_selection_model_select_item (priv->selection, position, TRUE);
  tx_column_view_scroll_to (priv->view, position);
}

guint
tx_record_list_page_get_selected (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv;

  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), GTK_INVALID_LIST_POSITION);
  priv = PRIV (self);
  if (priv->selection != NULL)
    {
      g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (priv->selection);

      if (!gtk_bitset_is_empty (selected))
        return gtk_bitset_get_minimum (selected);
    }
  return GTK_INVALID_LIST_POSITION;
}

GStrv
tx_record_list_page_dup_selected_uuids (TxRecordListPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), NULL);

  records = _tx_record_list_page_dup_selected (self);
  for (guint i = 0; i < records->len; i++)
    g_strv_builder_add (builder, tx_record_get_uuid (g_ptr_array_index (records, i)));
  return g_strv_builder_end (builder);
}

/* Once the list has read the rows after a New editor's save, its record is
 * selected and shown; a search that hides it leaves the list as it is. */
void
_tx_record_list_page_select_saved (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv = PRIV (self);
  g_autofree char *uuid = g_steal_pointer (&priv->select_uuid);
  guint position;

  if (uuid == NULL || priv->records == NULL || priv->db == NULL)
    return;
  position = tx_record_list_find_uuid (priv->records, uuid);
  if (position != GTK_INVALID_LIST_POSITION)
    tx_record_list_page_select (self, position);
}

/* from the selection's bitset: no row is built (a whole list selected
 * with Ctrl+A may hold 100,000 people) */
guint
tx_record_list_page_get_n_selected (TxRecordListPage *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), 0);

  if (PRIV (self)->selection == NULL)
    return 0;
  selected = gtk_selection_model_get_selection (PRIV (self)->selection);
  return (guint) MIN (gtk_bitset_get_size (selected), G_MAXUINT);
}

void
_tx_record_list_page_update_actions (TxRecordListPage *self)
{
  TxRecordListPageClass *klass = CLASS (self);
  /* one row at a time: 删除 stays where it is while the user picks one */
  gboolean can_trash = klass->multiple ? tx_record_list_page_get_n_selected (self) > 0 : tx_record_list_page_get_n_items (self) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.trash", can_trash);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.undo-trash", PRIV (self)->last_trashed != NULL);
  if (klass->selection_changed != NULL)
    klass->selection_changed (self);
}

/* ---- trash and 撤销 ------------------------------------------------------- */

typedef struct
{
  GWeakRef    page;
  TxDatabase *db;
  GPtrArray  *records;
} UndoTrash;

static void
undo_trash_free (gpointer data)
{
  UndoTrash *undo = data;
  g_autoptr(TxRecordListPage) page = g_weak_ref_get (&undo->page);

  if (page != NULL && PRIV (page)->offered_undo == undo)
    PRIV (page)->offered_undo = NULL;
  g_weak_ref_clear (&undo->page);
  g_clear_object (&undo->db);
  g_clear_pointer (&undo->records, g_ptr_array_unref);
  g_free (undo);
}

/* Moves @records (of one kind) to the trash or back, in one transaction */
static gboolean
move_records (TxDatabase *db,
              GPtrArray  *records,
              gboolean    to_trash,
              GError    **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uuids = NULL;

  for (guint i = 0; i < records->len; i++)
    g_strv_builder_add (builder, tx_record_get_uuid (g_ptr_array_index (records, i)));
  uuids = g_strv_builder_end (builder);
  return tx_trash_move_all (db, G_OBJECT_TYPE (g_ptr_array_index (records, 0)),
                            (const char * const *) uuids, to_trash, error);
}

/* @self is NULL when the page went away before 撤销 was pressed: the
 * records are restored all the same */
static gboolean
restore_records (TxRecordListPage *self,
                 TxDatabase       *db,
                 GPtrArray        *records)
{
  g_autoptr(GError) error = NULL;

  if (!move_records (db, records, FALSE, &error))
    {
      const char *failed = self ? CLASS (self)->restore_failed : NULL;

      if (self == NULL)
        g_warning ("Restoring a record failed: %s", error->message);
      else
        tx_show_error (GTK_WIDGET (self), failed ? _(failed) : _("The record could not be restored"), error);
      return FALSE;
    }
  if (self != NULL && PRIV (self)->last_trashed == records)
    {
      g_clear_pointer (&PRIV (self)->last_trashed, g_ptr_array_unref);
      _tx_record_list_page_update_actions (self);
    }
  return TRUE;
}

static void
undo_trash (gpointer data)
{
  UndoTrash *undo = data;
  g_autoptr(TxRecordListPage) page = g_weak_ref_get (&undo->page);

  restore_records (page, undo->db, undo->records);
}

gboolean
tx_record_list_page_undo_trash (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv;
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), FALSE);

  priv = PRIV (self);
  if (priv->last_trashed == NULL || priv->db == NULL)
    return FALSE;
  records = g_ptr_array_ref (priv->last_trashed);
  if (!restore_records (self, priv->db, records))
    return FALSE;
  tx_withdraw_toast (GTK_WIDGET (self), priv->offered_undo);
  return TRUE;
}

static char *
trashed_message (TxRecordListPage *self,
                 GPtrArray        *records)
{
  const TxRecordListPageCount *many = &CLASS (self)->trashed_many;
  g_autofree char *title = NULL;
  const char *shown;

  if (records->len > 1 && many->singular != NULL)
    return _tx_record_list_page_count_text (many, records->len);
  title = tx_record_dup_title (g_ptr_array_index (records, 0));
  shown = title && *title ? title : _("Record");
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
            GPtrArray        *records)
{
  UndoTrash *undo = g_new0 (UndoTrash, 1);
  g_autofree char *message = trashed_message (self, records);
  const char *undo_label = CLASS (self)->undo_label;

  g_weak_ref_init (&undo->page, self);
  undo->db = g_object_ref (PRIV (self)->db);
  undo->records = g_ptr_array_ref (records);
  PRIV (self)->offered_undo = undo;
  tx_show_toast (GTK_WIDGET (self), message, undo_label ? _(undo_label) : _("Undo"),
                 undo_trash, undo, undo_trash_free);
}

void
tx_record_list_page_trash_selected (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TX_IS_RECORD_LIST_PAGE (self));

  priv = PRIV (self);
  if (priv->db == NULL)
    return;
  records = _tx_record_list_page_dup_selected (self);
  if (records->len == 0)
    return;
  if (!move_records (priv->db, records, TRUE, &error))
    {
      const char *failed = CLASS (self)->trash_failed;

      tx_show_error (GTK_WIDGET (self), failed ? _(failed) : _("The record could not be moved to the trash"), error);
      return;
    }
  g_clear_pointer (&priv->last_trashed, g_ptr_array_unref);
  priv->last_trashed = g_ptr_array_ref (records);
  offer_undo (self, records);
  _tx_record_list_page_update_actions (self);
}

void
_tx_record_list_page_trash_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  tx_record_list_page_trash_selected (TX_RECORD_LIST_PAGE (widget));
}

void
_tx_record_list_page_undo_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  tx_record_list_page_undo_trash (TX_RECORD_LIST_PAGE (widget));
}
