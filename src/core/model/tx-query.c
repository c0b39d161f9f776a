/* tx-query.c — a filter and order for a lazy record list
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-query.h"
#include "tx-record.h"

typedef struct
{
  gboolean  is_text;
  char     *text;
  gint64    number;
} Binding;

struct _TxQuery
{
  gatomicrefcount  ref_count;
  GType            record_type;
  GPtrArray       *conditions;   /* const char *, SQL from Tongxin's code */
  GArray          *bindings;     /* Binding */
  const char      *order;
  TxTrashFilter    trash;
};

G_DEFINE_BOXED_TYPE (TxQuery, tx_query, tx_query_ref, tx_query_unref)

static void
clear_binding (gpointer data)
{
  g_free (((Binding *) data)->text);
}

TxQuery *
tx_query_new (GType record_type)
{
  TxQuery *self = g_new0 (TxQuery, 1);

  g_return_val_if_fail (g_type_is_a (record_type, TX_TYPE_RECORD), NULL);

  g_atomic_ref_count_init (&self->ref_count);
  self->record_type = record_type;
  self->conditions = g_ptr_array_new ();
  self->bindings = g_array_new (FALSE, TRUE, sizeof (Binding));
  g_array_set_clear_func (self->bindings, clear_binding);
  self->order = "id";
  return self;
}

TxQuery *
tx_query_ref (TxQuery *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
tx_query_unref (TxQuery *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->conditions);
  g_array_unref (self->bindings);
  g_free (self);
}

GType
tx_query_get_record_type (TxQuery *self)
{
  return self->record_type;
}

void
tx_query_add_condition (TxQuery    *self,
                        const char *sql)
{
  g_ptr_array_add (self->conditions, (gpointer) sql);
}

void
tx_query_bind_text (TxQuery    *self,
                    const char *value)
{
  Binding binding = { TRUE, g_strdup (value), 0 };

  g_array_append_val (self->bindings, binding);
}

/* One bound value however many strings: a JSON array for json_each(?),
 * so that the condition stays a constant string. */
void
tx_query_bind_text_array (TxQuery            *self,
                          const char * const *values)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (json, ',');
      g_string_append_c (json, '"');
      for (const char *p = values[i]; *p; p++)
        {
          if (*p == '"' || *p == '\\')
            g_string_append_c (json, '\\');
          if ((guchar) *p >= 0x20)
            g_string_append_c (json, *p);
        }
      g_string_append_c (json, '"');
    }
  g_string_append_c (json, ']');
  tx_query_bind_text (self, json->str);
}

void
tx_query_bind_int (TxQuery *self,
                   gint64   value)
{
  Binding binding = { FALSE, NULL, value };

  g_array_append_val (self->bindings, binding);
}

void
tx_query_set_order (TxQuery    *self,
                    const char *sql)
{
  self->order = sql;
}

void
tx_query_set_trash (TxQuery       *self,
                    TxTrashFilter  trash)
{
  self->trash = trash;
}

char *
tx_query_to_sql (TxQuery    *self,
                 const char *columns)
{
  TxRecordClass *klass = g_type_class_ref (self->record_type);
  GString *sql = g_string_new (NULL);
  const char *joiner = " WHERE ";

  g_string_append_printf (sql, "SELECT %s FROM %s", columns, klass->entity);
  if (self->trash == TX_TRASH_EXCLUDE)
    {
      g_string_append (sql, " WHERE trashed IS NULL");
      joiner = " AND ";
    }
  else if (self->trash == TX_TRASH_ONLY)
    {
      g_string_append (sql, " WHERE trashed IS NOT NULL");
      joiner = " AND ";
    }
  for (guint i = 0; i < self->conditions->len; i++)
    {
      g_string_append_printf (sql, "%s(%s)", joiner, (const char *) g_ptr_array_index (self->conditions, i));
      joiner = " AND ";
    }
  if (self->order != NULL && !g_str_has_prefix (columns, "count("))
    g_string_append_printf (sql, " ORDER BY %s", self->order);
  g_type_class_unref (klass);
  return g_string_free (sql, FALSE);
}

void
tx_query_bind (TxQuery      *self,
               sqlite3_stmt *stmt)
{
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = &g_array_index (self->bindings, Binding, i);

      if (binding->is_text)
        tx_bind_text (stmt, i + 1, binding->text);
      else
        sqlite3_bind_int64 (stmt, i + 1, binding->number);
    }
}

gint64
tx_query_count (TxQuery     *self,
                TxDatabase  *db,
                GError     **error)
{
  g_autofree char *sql = tx_query_to_sql (self, "count(*)");
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, error);

  if (stmt == NULL)
    return -1;
  tx_query_bind (self, stmt);
  if (tx_database_step_row (db, stmt, error) != 1)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

/* the values of TX_QUERY_DATE_IN_RANGE()'s three '?' */
void
tx_query_bind_date_range (TxQuery    *self,
                          const char *from,
                          const char *to)
{
  tx_query_bind_text (self, from);
  tx_query_bind_text (self, to);
  tx_query_bind_text (self, to);
}


/* The same rows in the same order: the same kind, conditions, values,
 * order and trash filter (conditions are compared as written). */
gboolean
tx_query_equal (TxQuery *a,
                TxQuery *b)
{
  if (a == b)
    return TRUE;
  if (a->record_type != b->record_type || a->trash != b->trash || g_strcmp0 (a->order, b->order) != 0
      || a->conditions->len != b->conditions->len || a->bindings->len != b->bindings->len)
    return FALSE;
  for (guint i = 0; i < a->conditions->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a->conditions, i), g_ptr_array_index (b->conditions, i)) != 0)
      return FALSE;
  for (guint i = 0; i < a->bindings->len; i++)
    {
      Binding *x = &g_array_index (a->bindings, Binding, i);
      Binding *y = &g_array_index (b->bindings, Binding, i);

      if (x->is_text != y->is_text || (x->is_text ? g_strcmp0 (x->text, y->text) != 0 : x->number != y->number))
        return FALSE;
    }
  return TRUE;
}
