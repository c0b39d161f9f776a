/* tx-record-list.c — a lazy GListModel of records
 *
 * The query fetches only row ids, sorted and filtered by SQLite (8 bytes a
 * row: 100,000 people are 800 KB); a row's object is built from SQL when a
 * view asks for it, and a small cache keeps the rows on screen.
 *
 * A reload of the same query tells only of the rows that changed
 * (tx-id-diff.c): a row that stays, unchanged, keeps its object, so a view
 * keeps its widget, its place and its selection.  Another query lists its
 * rows ahead of the old ones, says so ("new-rows-ahead": a view scrolls to
 * its top, and GTK 4.8 gives the widgets of the old rows to the new ones,
 * rebound, instead of building about 200 rows of widgets again), then
 * removes the old rows.  Every object handed out and still alive is known
 * by its row id, so one row never has two objects (while the old rows are
 * still listed after the new ones, a row of both is listed twice, with its
 * one object, and an old row stored differently keeps its old object there
 * until it goes); a reload reads those rows again
 * in the reading thread, and a row stored differently now is removed and
 * inserted again with a new object.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-record-list.h"
#include "tx-id-diff.h"
#include "tx-record.h"
#include "core/db/tx-store.h"

/* the rows last built, kept alive while a view scrolls back and forth */
#define CACHE_LIMIT 512
/* the first rows of a list read, built in the reading thread: what a view
 * binds first, without a query on the main thread.  GTK 4.8's list view
 * binds 200 rows around its top row (GTK_LIST_VIEW_MAX_LIST_ITEMS),
 * however few it shows */
#define PREFETCH 200
/* the rows built at once when a view asks for one not built yet: it and
 * those after it, in one read transaction */
#define READ_BLOCK 32
/* more than this many changes in one reload: the changed middle is
 * replaced as a whole */
#define MAX_EDITS 64

struct _TxRecordList
{
  GObject     parent_instance;

  TxDatabase *db;
  TxQuery    *query;
  GArray     *ids;       /* gint64 row ids in list order */
  GHashTable *rows;      /* row id → TxRecord, not owned: each object handed out and alive */
  GPtrArray  *recent;    /* owned: the last CACHE_LIMIT rows built */
  guint       next_recent;
  /* while another query's rows are listed ahead of the old ones: how many
   * they are, and the old objects of the old rows stored differently now */
  guint       n_ahead;
  GHashTable *leaving;   /* row id → TxRecord, owned */
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

enum {
  NEW_ROWS_AHEAD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- the objects of the rows ---------------------------------------------- */

static void
on_row_disposed (gpointer  data,
                 GObject  *gone)
{
  TxRecordList *self = data;
  gint64 id = tx_record_get_row_id ((TxRecord *) gone);

  if (g_hash_table_lookup (self->rows, &id) == (gpointer) gone)
    g_hash_table_remove (self->rows, &id);
}

static void
keep_recent (TxRecordList *self,
             TxRecord     *record)
{
  if (self->recent->len < CACHE_LIMIT)
    g_ptr_array_add (self->recent, g_object_ref (record));
  else
    {
      GObject *previous = g_ptr_array_index (self->recent, self->next_recent);

      g_ptr_array_index (self->recent, self->next_recent) = g_object_ref (record);
      self->next_recent = (self->next_recent + 1) % CACHE_LIMIT;
      g_object_unref (previous);
    }
}

/* @record, new, becomes the object of its row */
static void
attach_row (TxRecordList *self,
            TxRecord     *record)
{
  gint64 id = tx_record_get_row_id (record);

  g_object_weak_ref (G_OBJECT (record), on_row_disposed, self);
  g_hash_table_insert (self->rows, g_memdup2 (&id, sizeof id), record);
  keep_recent (self, record);
}

/* the row's object, if any, is no longer handed out */
static void
detach_row (TxRecordList *self,
            gint64        id)
{
  GObject *record = g_hash_table_lookup (self->rows, &id);

  if (record == NULL)
    return;
  g_object_weak_unref (record, on_row_disposed, self);
  g_hash_table_remove (self->rows, &id);
}

/* The ids of the rows whose objects someone holds besides the cache (a
 * view): the cache is emptied first, as the rows it alone holds cannot be
 * told from new ones. */
static GArray *
dup_live_ids (TxRecordList *self)
{
  GArray *live = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer key;

  g_ptr_array_set_size (self->recent, 0);
  self->next_recent = 0;
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (live, *(gint64 *) key);
  return live;
}

/* ---- GListModel ----------------------------------------------------------- */

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

/* The rows from @position on that have no object, up to READ_BLOCK, built
 * in one read transaction: a view asks for its rows one after the other
 * (GTK 4.8 binds 200 at each scroll), and SQLite taking and dropping its
 * lock for each statement of each row was a third of their reading. */
static void
build_block (TxRecordList *self,
             guint         position)
{
  gboolean own = !tx_database_in_transaction (self->db) && tx_database_exec (self->db, "BEGIN", NULL);
  guint end = MIN (self->ids->len, position + READ_BLOCK);
  GType type = tx_query_get_record_type (self->query);

  for (guint i = position; i < end; i++)
    {
      gint64 id = g_array_index (self->ids, gint64, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(TxRecord) record = NULL;

      if (g_hash_table_contains (self->rows, &id))
        continue;
      record = tx_store_load_row (self->db, type, id, &error);
      if (record != NULL)
        attach_row (self, record);   /* kept by the recent rows */
      else
        g_debug ("Row %" G_GINT64_FORMAT " vanished: %s", id, error->message);
    }
  if (own && !tx_database_exec (self->db, "COMMIT", NULL))
    tx_database_rollback (self->db);
}

static gpointer
tx_record_list_get_item (GListModel *model,
                         guint       position)
{
  TxRecordList *self = TX_RECORD_LIST (model);
  TxRecord *record;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  if (self->leaving != NULL && position >= self->n_ahead &&
      (record = g_hash_table_lookup (self->leaving, &id)) != NULL)
    return g_object_ref (record);
  record = g_hash_table_lookup (self->rows, &id);
  if (record == NULL)
    {
      build_block (self, position);
      record = g_hash_table_lookup (self->rows, &id);
    }
  if (record != NULL)
    return g_object_ref (record);
  /* deleted by another program since the list was read: an empty object
   * keeps the view consistent until the next reload */
  return g_object_new (tx_query_get_record_type (self->query), NULL);
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
  GHashTableIter iter;
  gpointer record;

  g_clear_pointer (&self->recent, g_ptr_array_unref);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &record))
    g_object_weak_unref (record, on_row_disposed, self);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->db);
  g_clear_pointer (&self->query, tx_query_unref);
  g_clear_pointer (&self->ids, g_array_unref);

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

  /* Another query's rows are listed ahead of the old ones, which are
   * removed right after: the moment for a view to scroll to its top. */
  signals[NEW_ROWS_AHEAD] =
    g_signal_new ("new-rows-ahead", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tx_record_list_init (TxRecordList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->recent = g_ptr_array_new_with_free_func (g_object_unref);
}

/* ---- reading ---------------------------------------------------------------- */

/* What a read brings back: the ids, and the rows of the live objects
 * (those still listed) as stored now. */
typedef struct
{
  GArray     *ids;
  GArray     *live;    /* the ids asked for */
  GHashTable *fresh;   /* row id → TxRecord */
} ReadResult;

static void
read_result_free (ReadResult *result)
{
  g_clear_pointer (&result->ids, g_array_unref);
  g_clear_pointer (&result->live, g_array_unref);
  g_clear_pointer (&result->fresh, g_hash_table_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadResult, read_result_free)

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

/* The rows of @live that @ids still lists, as stored now, and the first
 * @prefetch rows of @ids. */
static GHashTable *
read_fresh_rows (TxDatabase *db,
                 GType       type,
                 GArray     *live,
                 GArray     *ids,
                 guint       prefetch)
{
  GHashTable *fresh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < live->len; i++)
    g_hash_table_add (wanted, &g_array_index (live, gint64, i));
  for (guint i = 0; i < MIN (ids->len, prefetch); i++)
    g_hash_table_add (wanted, &g_array_index (ids, gint64, i));
  for (guint i = 0; i < ids->len && g_hash_table_size (wanted) > 0; i++)
    {
      gint64 *id = &g_array_index (ids, gint64, i);
      TxRecord *record;

      if (!g_hash_table_remove (wanted, id))
        continue;
      record = tx_store_load_row (db, type, *id, NULL);
      if (record != NULL)
        g_hash_table_insert (fresh, g_memdup2 (id, sizeof *id), record);
    }
  return fresh;
}

static ReadResult *
read_all (TxDatabase  *db,
          TxQuery     *query,
          GArray      *live,
          guint        prefetch,
          GError     **error)
{
  g_autoptr(ReadResult) result = g_new0 (ReadResult, 1);

  result->live = g_array_ref (live);
  result->ids = read_ids (db, query, error);
  if (result->ids == NULL)
    return NULL;
  result->fresh = read_fresh_rows (db, tx_query_get_record_type (query), live, result->ids, prefetch);
  return g_steal_pointer (&result);
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

/* ---- applying a read ------------------------------------------------------ */

/* As a list shows it: the stored fields and lists, the joined texts. */
static gboolean
rows_equal (TxRecord *a,
            TxRecord *b)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (a);

  if (g_strcmp0 (tx_record_get_modified (a), tx_record_get_modified (b)) != 0
      || g_strcmp0 (tx_record_get_trashed (a), tx_record_get_trashed (b)) != 0)
    return FALSE;
  for (guint i = 0; i < klass->n_fields; i++)
    if (!tx_record_field_equal (a, b, i))
      return FALSE;
  for (guint i = 0; i < klass->n_children; i++)
    if (!klass->children[i].on_demand && !tx_record_children_equal (a, b, i))
      return FALSE;
  for (guint i = 0; i < klass->n_joined; i++)
    if (g_strcmp0 (G_STRUCT_MEMBER (char *, a, klass->joined[i].offset),
                   G_STRUCT_MEMBER (char *, b, klass->joined[i].offset)) != 0)
      return FALSE;
  return TRUE;
}

/* The live rows the read asked for that are stored differently now, or no
 * longer listed: their objects go, once they are no longer listed. */
static GHashTable *
find_changed_rows (TxRecordList *self,
                   ReadResult   *result)
{
  GHashTable *changed = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < result->live->len; i++)
    {
      gint64 *id = &g_array_index (result->live, gint64, i);
      TxRecord *live = g_hash_table_lookup (self->rows, id);
      TxRecord *fresh = g_hash_table_lookup (result->fresh, id);

      if (live != NULL && (fresh == NULL || !rows_equal (live, fresh)))
        g_hash_table_add (changed, id);
    }
  return changed;
}

/* The changed rows' objects are no longer handed out for their rows; they
 * are given back, for the rows that are still listed with them. */
static GHashTable *
detach_changed_rows (TxRecordList *self,
                     GHashTable   *changed)
{
  GHashTable *detached = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  GHashTableIter iter;
  gpointer id;

  g_hash_table_iter_init (&iter, changed);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      TxRecord *record = g_hash_table_lookup (self->rows, id);

      if (record == NULL)
        continue;
      g_hash_table_insert (detached, g_memdup2 (id, sizeof (gint64)), g_object_ref (record));
      detach_row (self, *(gint64 *) id);
    }
  return detached;
}

/* the rows read ahead that have no object yet become theirs */
static void
attach_fresh_rows (TxRecordList *self,
                   ReadResult   *result)
{
  GHashTableIter iter;
  gpointer id, record;

  g_hash_table_iter_init (&iter, result->fresh);
  while (g_hash_table_iter_next (&iter, &id, &record))
    if (!g_hash_table_contains (self->rows, id))
      attach_row (self, record);
}

/* Between the removals and the insertions, when no changed row is listed:
 * the rows still listed get their new objects, and the rows read ahead
 * that have none become theirs. */
static void
replace_changed_rows (TxRecordList *self,
                      GHashTable   *changed,
                      ReadResult   *result)
{
  g_autoptr(GHashTable) detached = detach_changed_rows (self, changed);

  attach_fresh_rows (self, result);
}

static void
apply_edit (TxRecordList   *self,
            GArray         *ids,
            const TxIdEdit *edit)
{
  if (edit->n_removed > 0)
    g_array_remove_range (self->ids, edit->position, edit->n_removed);
  else
    g_array_insert_vals (self->ids, edit->position, &g_array_index (ids, gint64, edit->position), edit->n_added);
  g_list_model_items_changed (G_LIST_MODEL (self), edit->position, edit->n_removed, edit->n_added);
}

/* Another query lists other rows: they go ahead of the old ones, the
 * list says so (a view scrolls to its top, and GTK 4.8 hands the widgets
 * of the old rows, now below its window of about 200 rows, to the new
 * ones), then the old rows go.  Emptying and refilling the list instead
 * makes GTK destroy the widgets of every row it showed and build new ones
 * from the factories.  Neither change is told of removed and added rows at
 * once (see apply_read()). */
static void
replace_all (TxRecordList *self,
             GArray       *ids,
             GHashTable   *leaving)
{
  guint n_old = self->ids->len, n_new = ids->len;

  if (n_old > 0 && n_new > 0)
    {
      /* the old rows stored differently keep their old objects while they
       * are listed */
      self->n_ahead = n_new;
      self->leaving = leaving;
      g_array_prepend_vals (self->ids, ids->data, n_new);
      g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, n_new);
      g_signal_emit (self, signals[NEW_ROWS_AHEAD], 0);
      g_array_set_size (self->ids, n_new);
      g_list_model_items_changed (G_LIST_MODEL (self), n_new, n_old, 0);
      self->leaving = NULL;
    }
  else if (n_old > 0 || n_new > 0)
    {
      g_array_set_size (self->ids, 0);
      g_array_append_vals (self->ids, ids->data, n_new);
      g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old, n_new);
    }
}

/* The ids read, and @query, replace the list's.
 *
 * Removals and insertions are separate changes: told of removed and added
 * rows at once, GTK 4.8's list views and selections ask for every added
 * row while looking for the widget or the selected item they lost. */
static void
apply_read (TxRecordList *self,
            TxQuery      *query,
            ReadResult   *result)
{
  g_autoptr(GHashTable) changed = find_changed_rows (self, result);
  g_autoptr(GArray) edits = NULL;
  gboolean same_query = tx_query_equal (query, self->query);
  guint before = self->ids->len;
  guint i = 0;

  if (query != self->query)
    {
      tx_query_ref (query);
      tx_query_unref (self->query);
      self->query = query;
    }
  if (!same_query)
    {
      /* a changed row keeps its old object in the rows that go, and the
       * rows that come get the new one */
      g_autoptr(GHashTable) leaving = detach_changed_rows (self, changed);

      attach_fresh_rows (self, result);
      replace_all (self, result->ids, leaving);
    }
  else
    {
      edits = tx_id_diff ((const gint64 *) (gpointer) self->ids->data, self->ids->len,
                          (const gint64 *) (gpointer) result->ids->data, result->ids->len, changed, MAX_EDITS);
      for (; i < edits->len && g_array_index (edits, TxIdEdit, i).n_removed > 0; i++)
        apply_edit (self, result->ids, &g_array_index (edits, TxIdEdit, i));
      replace_changed_rows (self, changed, result);
      for (; i < edits->len; i++)
        apply_edit (self, result->ids, &g_array_index (edits, TxIdEdit, i));
    }

  g_array_unref (self->ids);
  self->ids = g_array_ref (result->ids);
  if (before != self->ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gboolean
read_and_apply (TxRecordList  *self,
                TxQuery       *query,
                GError       **error)
{
  g_autoptr(GArray) live = dup_live_ids (self);
  g_autoptr(ReadResult) result = read_all (self->db, query, live, 0, error);

  if (result == NULL)
    return FALSE;
  apply_read (self, query, result);
  return TRUE;
}

gboolean
tx_record_list_set_query (TxRecordList  *self,
                          TxQuery       *query,
                          GError       **error)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST (self), FALSE);
  g_return_val_if_fail (tx_query_get_record_type (query) == tx_query_get_record_type (self->query), FALSE);

  return read_and_apply (self, query, error);
}

gboolean
tx_record_list_reload (TxRecordList  *self,
                       GError       **error)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST (self), FALSE);

  return read_and_apply (self, self->query, error);
}

/* ---- reading in the database's thread ------------------------------------- */

typedef struct
{
  TxQuery *query;
  GArray  *live;
  guint    prefetch;
} ReadRequest;

static void
read_request_free (ReadRequest *request)
{
  tx_query_unref (request->query);
  g_array_unref (request->live);
  g_free (request);
}

/* in the reading thread, on its connection */
static gpointer
read_func (TxDatabase    *reader,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  ReadRequest *request = data;

  return read_all (reader, request->query, request->live, request->prefetch, error);
}

/* @live: the rows whose objects are alive, or NULL for a new list */
static void
read_async (TxDatabase          *db,
            TxQuery             *query,
            GArray              *live,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  ReadRequest *request = g_new0 (ReadRequest, 1);

  request->query = tx_query_ref (query);
  request->live = live != NULL ? g_array_ref (live) : g_array_new (FALSE, FALSE, sizeof (gint64));
  request->prefetch = PREFETCH;
  tx_database_read_async (db, read_func, request, (GDestroyNotify) read_request_free,
                          (GDestroyNotify) read_result_free, cancellable, callback, user_data);
}

static void
on_new_read (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadResult) read = tx_database_read_finish (TX_DATABASE (source), result, &error);
  TxRecordList *self;
  GHashTableIter iter;
  gpointer record;

  if (read == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  self = g_object_new (TX_TYPE_RECORD_LIST, NULL);
  self->db = g_object_ref (TX_DATABASE (source));
  self->query = tx_query_ref (g_task_get_task_data (task));
  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&read->ids);
  g_hash_table_iter_init (&iter, read->fresh);
  while (g_hash_table_iter_next (&iter, NULL, &record))
    attach_row (self, record);
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
  read_async (db, query, NULL, cancellable, on_new_read, task);
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
  ReadResult *read = tx_database_read_finish (TX_DATABASE (source), result, &error);

  if (read == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, read, (GDestroyNotify) read_result_free);
}

void
tx_record_list_set_query_async (TxRecordList        *self,
                                TxQuery             *query,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GArray) live = NULL;
  GTask *task;

  g_return_if_fail (TX_IS_RECORD_LIST (self));
  g_return_if_fail (query != NULL);
  g_return_if_fail (tx_query_get_record_type (query) == tx_query_get_record_type (self->query));

  live = dup_live_ids (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tx_record_list_set_query_async);
  g_task_set_task_data (task, tx_query_ref (query), (GDestroyNotify) tx_query_unref);
  read_async (self->db, query, live, cancellable, on_set_query_read, task);
}

/* Applies the ids read, unless the read failed or was cancelled. */
gboolean
tx_record_list_set_query_finish (TxRecordList  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_autoptr(ReadResult) read = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tx_record_list_set_query_async, FALSE);

  read = g_task_propagate_pointer (G_TASK (result), error);
  if (read == NULL)
    return FALSE;
  apply_read (self, g_task_get_task_data (G_TASK (result)), read);
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
