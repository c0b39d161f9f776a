/* tx-record-list.c — a lazy GListModel of records
 *
 * The query fetches only row ids, sorted and filtered by SQLite (8 bytes a
 * row: 100,000 people are 800 KB); a row's object is built from SQL when a
 * view asks for it, and a small cache keeps the rows on screen.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-record-list.h"
#include "tx-record.h"
#include "core/db/tx-store.h"

#define CACHE_LIMIT 512

struct _TxRecordList
{
  GObject     parent_instance;

  TxDatabase *db;
  TxQuery    *query;
  GArray     *ids;     /* gint64 row ids in list order */
  GHashTable *cache;   /* row id → TxRecord */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxRecordList, tx_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
tx_record_list_get_item_type (GListModel *model)
{
  return tx_query_get_record_type (TX_RECORD_LIST (model)->query);
}

static guint
tx_record_list_get_n_items (GListModel *model)
{
  return TX_RECORD_LIST (model)->ids->len;
}

static gpointer
tx_record_list_get_item (GListModel *model,
                         guint       position)
{
  TxRecordList *self = TX_RECORD_LIST (model);
  g_autoptr(GError) error = NULL;
  TxRecord *record;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  record = g_hash_table_lookup (self->cache, &id);
  if (record != NULL)
    return g_object_ref (record);

  record = tx_store_load_row (self->db, tx_query_get_record_type (self->query), id, &error);
  if (record == NULL)
    {
      /* deleted by another program since the list was read: an empty
       * object keeps the view consistent until the next reload */
      g_debug ("Row %" G_GINT64_FORMAT " vanished: %s", id, error->message);
      return g_object_new (tx_query_get_record_type (self->query), NULL);
    }

  if (g_hash_table_size (self->cache) >= CACHE_LIMIT)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (record));
  return record;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tx_record_list_get_item_type;
  iface->get_n_items = tx_record_list_get_n_items;
  iface->get_item = tx_record_list_get_item;
}

static void
tx_record_list_finalize (GObject *object)
{
  TxRecordList *self = TX_RECORD_LIST (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->query, tx_query_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);

  G_OBJECT_CLASS (tx_record_list_parent_class)->finalize (object);
}

static void
tx_record_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TxRecordList *self = TX_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_record_list_class_init (TxRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tx_record_list_finalize;
  object_class->get_property = tx_record_list_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tx_record_list_init (TxRecordList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

static void apply_ids (TxRecordList *self,
                       TxQuery      *query,
                       GArray       *ids);

static GArray *
read_ids (TxDatabase  *db,
          TxQuery     *query,
          GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *sql = tx_query_to_sql (query, "id");
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  tx_query_bind (query, stmt);
  while ((rc = tx_database_step_row (db, stmt, error)) == 1)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&ids);
}

TxRecordList *
tx_record_list_new (TxDatabase  *db,
                    TxQuery     *query,
                    GError     **error)
{
  g_autoptr(TxRecordList) self = NULL;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  self = g_object_new (TX_TYPE_RECORD_LIST, NULL);
  self->db = g_object_ref (db);
  self->query = tx_query_ref (query);
  if (!tx_record_list_reload (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

TxQuery *
tx_record_list_get_query (TxRecordList *self)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST (self), NULL);
  return self->query;
}

gboolean
tx_record_list_set_query (TxRecordList  *self,
                          TxQuery       *query,
                          GError       **error)
{
  GArray *ids;

  g_return_val_if_fail (TX_IS_RECORD_LIST (self), FALSE);
  g_return_val_if_fail (tx_query_get_record_type (query) == tx_query_get_record_type (self->query), FALSE);

  ids = read_ids (self->db, query, error);
  if (ids == NULL)
    return FALSE;
  apply_ids (self, query, ids);
  return TRUE;
}

/* @ids (taken) and @query (NULL: the same) replace the list's */
static void
apply_ids (TxRecordList *self,
           TxQuery      *query,
           GArray       *ids)
{
  guint removed = self->ids->len;

  if (query != NULL && query != self->query)
    {
      tx_query_ref (query);
      tx_query_unref (self->query);
      self->query = query;
    }
  g_hash_table_remove_all (self->cache);

  /* Two changes, not one: told of old and new rows at once, GTK 4.8's list
   * views ask for every new row while looking for widgets to reuse (for
   * 94,000 people, 94,000 records built in one frame). Emptied first, they
   * ask only for the rows they show. */
  g_array_set_size (self->ids, 0);
  if (removed > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
  g_array_unref (self->ids);
  self->ids = ids;
  if (self->ids->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, self->ids->len);
  if (removed != self->ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

gboolean
tx_record_list_reload (TxRecordList  *self,
                       GError       **error)
{
  GArray *ids;

  g_return_val_if_fail (TX_IS_RECORD_LIST (self), FALSE);

  ids = read_ids (self->db, self->query, error);
  if (ids == NULL)
    return FALSE;
  apply_ids (self, NULL, ids);
  return TRUE;
}

/* ---- reading in the database's thread ------------------------------------- */

/* in the reading thread, on its connection */
static gpointer
read_ids_func (TxDatabase    *reader,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  return read_ids (reader, data, error);
}

static void
read_ids_async (TxDatabase          *db,
                TxQuery             *query,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  tx_database_read_async (db, read_ids_func, tx_query_ref (query), (GDestroyNotify) tx_query_unref,
                          (GDestroyNotify) g_array_unref, cancellable, callback, user_data);
}

static void
on_new_read (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GArray *ids = tx_database_read_finish (TX_DATABASE (source), result, &error);
  TxRecordList *self;

  if (ids == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  self = g_object_new (TX_TYPE_RECORD_LIST, NULL);
  self->db = g_object_ref (TX_DATABASE (source));
  self->query = tx_query_ref (g_task_get_task_data (task));
  g_array_unref (self->ids);
  self->ids = ids;
  g_task_return_pointer (task, self, g_object_unref);
}

void
tx_record_list_new_async (TxDatabase          *db,
                          TxQuery             *query,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TX_IS_DATABASE (db));
  g_return_if_fail (query != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tx_record_list_new_async);
  g_task_set_task_data (task, tx_query_ref (query), (GDestroyNotify) tx_query_unref);
  read_ids_async (db, query, cancellable, on_new_read, task);
}

TxRecordList *
tx_record_list_new_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tx_record_list_new_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_set_query_read (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GArray *ids = tx_database_read_finish (TX_DATABASE (source), result, &error);

  if (ids == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
}

void
tx_record_list_set_query_async (TxRecordList        *self,
                                TxQuery             *query,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TX_IS_RECORD_LIST (self));
  g_return_if_fail (query != NULL);
  g_return_if_fail (tx_query_get_record_type (query) == tx_query_get_record_type (self->query));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tx_record_list_set_query_async);
  g_task_set_task_data (task, tx_query_ref (query), (GDestroyNotify) tx_query_unref);
  read_ids_async (self->db, query, cancellable, on_set_query_read, task);
}

/* Applies the ids read, unless the read failed or was cancelled. */
gboolean
tx_record_list_set_query_finish (TxRecordList  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  GArray *ids;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tx_record_list_set_query_async, FALSE);

  ids = g_task_propagate_pointer (G_TASK (result), error);
  if (ids == NULL)
    return FALSE;
  apply_ids (self, g_task_get_task_data (G_TASK (result)), ids);
  return TRUE;
}

gint64
tx_record_list_get_row_id (TxRecordList *self,
                           guint         position)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST (self), -1);
  g_return_val_if_fail (position < self->ids->len, -1);
  return g_array_index (self->ids, gint64, position);
}

/* The position of @uuid in the list, or GTK_INVALID_LIST_POSITION's value
 * (G_MAXUINT). The list holds row ids: one look-up gives the record's, then
 * a scan of integers. */
guint
tx_record_list_find_uuid (TxRecordList *self,
                          const char   *uuid)
{
  g_autoptr(TxRecord) record = NULL;
  gint64 row_id;

  g_return_val_if_fail (TX_IS_RECORD_LIST (self), G_MAXUINT);
  g_return_val_if_fail (uuid != NULL, G_MAXUINT);

  record = tx_store_load (self->db, tx_query_get_record_type (self->query), uuid, NULL);
  if (record == NULL)
    return G_MAXUINT;
  row_id = tx_record_get_row_id (record);
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == row_id)
      return i;
  return G_MAXUINT;
}
