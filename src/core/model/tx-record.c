/* tx-record.c — base class of every stored entity
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "tx-record.h"

typedef struct
{
  gint64     row_id;
  gboolean   partial;
  char      *uuid;
  char      *created;
  char      *modified;
  char      *trashed;
  GPtrArray *children[8];   /* one per TxRecordClass.children entry */
} TxRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TxRecord, tx_record, G_TYPE_OBJECT)

G_DEFINE_QUARK (tx-record-error-quark, tx_record_error)

enum {
  PROP_0,
  PROP_UUID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_TRASHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FIELD_PTR(self, field) ((gpointer) (((guint8 *) (self)) + (field)->offset))
#define CHILD_PTR(row, column) ((gpointer) (((guint8 *) (row)) + (column)->offset))

void
_tx_child_free (const TxChildTable *table,
                gpointer            row)
{
  if (row == NULL)
    return;
  for (guint i = 0; i < table->n_columns; i++)
    {
      const TxChildColumn *column = &table->columns[i];

      if (column->type == TX_CHILD_TEXT)
        g_free (*(char **) CHILD_PTR (row, column));
      else
        g_clear_pointer ((GBytes **) CHILD_PTR (row, column), g_bytes_unref);
    }
  g_free (row);
}

gboolean
_tx_child_equal (const TxChildTable *table,
                 gconstpointer       a,
                 gconstpointer       b)
{
  for (guint i = 0; i < table->n_columns; i++)
    {
      const TxChildColumn *column = &table->columns[i];

      if (column->type == TX_CHILD_TEXT)
        {
          if (g_strcmp0 (*(char **) CHILD_PTR (a, column), *(char **) CHILD_PTR (b, column)) != 0)
            return FALSE;
        }
      else
        {
          GBytes *x = *(GBytes **) CHILD_PTR (a, column);
          GBytes *y = *(GBytes **) CHILD_PTR (b, column);

          if ((x == NULL) != (y == NULL) || (x != NULL && !g_bytes_equal (x, y)))
            return FALSE;
        }
    }
  return TRUE;
}

static void
tx_record_finalize (GObject *object)
{
  TxRecord *self = TX_RECORD (object);
  TxRecordPrivate *priv = tx_record_get_instance_private (self);
  TxRecordClass *klass = TX_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].type == TX_FIELD_TEXT)
      g_free (*(char **) FIELD_PTR (self, &klass->fields[i]));
  for (guint i = 0; i < klass->n_joined; i++)
    g_free (*(char **) FIELD_PTR (self, &klass->joined[i]));
  for (guint i = 0; i < klass->n_children; i++)
    if (priv->children[i] != NULL)
      {
        tx_record_clear_children (self, i);
        g_clear_pointer (&priv->children[i], g_ptr_array_unref);
      }
  g_free (priv->uuid);
  g_free (priv->created);
  g_free (priv->modified);
  g_free (priv->trashed);

  G_OBJECT_CLASS (tx_record_parent_class)->finalize (object);
}

static void
tx_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TxRecordPrivate *priv = tx_record_get_instance_private (TX_RECORD (object));

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      break;
    case PROP_CREATED:
      g_value_set_string (value, priv->created);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, priv->modified);
      break;
    case PROP_TRASHED:
      g_value_set_string (value, priv->trashed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_UUID:
      tx_record_set_uuid (TX_RECORD (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static char *
tx_record_real_dup_title (TxRecord *self)
{
  return g_strdup (tx_record_get_uuid (self));
}

static void
tx_record_class_init (TxRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tx_record_finalize;
  object_class->get_property = tx_record_get_property;
  object_class->set_property = tx_record_set_property;
  klass->dup_title = tx_record_real_dup_title;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_string ("modified", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRASHED] =
    g_param_spec_string ("trashed", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tx_record_init (TxRecord *self)
{
}

/* ---- fields as properties ------------------------------------------- */

static const TxField *
field_for_pspec (GParamSpec *pspec,
                 guint       prop_id)
{
  TxRecordClass *owner = g_type_class_peek (pspec->owner_type);

  g_assert (prop_id >= 1 && prop_id <= owner->n_fields);
  return &owner->fields[prop_id - 1];
}

static void
field_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  TxRecordClass *owner = g_type_class_peek (pspec->owner_type);
  const TxField *field;

  /* the joined fields come after the stored ones */
  if (prop_id > owner->n_fields)
    {
      g_assert (prop_id - owner->n_fields <= owner->n_joined);
      g_value_set_string (value, *(char **) FIELD_PTR (object, &owner->joined[prop_id - owner->n_fields - 1]));
      return;
    }
  field = field_for_pspec (pspec, prop_id);

  switch (field->type)
    {
    case TX_FIELD_TEXT:
      g_value_set_string (value, *(char **) FIELD_PTR (object, field));
      break;
    case TX_FIELD_INT:
      g_value_set_int (value, *(int *) FIELD_PTR (object, field));
      break;
    case TX_FIELD_BOOL:
      g_value_set_boolean (value, *(gboolean *) FIELD_PTR (object, field));
      break;
    }
}

/* Empty text is stored as NULL: an entry the user cleared and a field never
 * filled in are the same thing, and must not count as a change. */
static gboolean
field_store (GObject       *object,
             const TxField *field,
             const GValue  *value)
{
  switch (field->type)
    {
    case TX_FIELD_TEXT:
      {
        char **slot = FIELD_PTR (object, field);
        const char *text = g_value_get_string (value);

        if (text != NULL && *text == '\0')
          text = NULL;
        if (g_strcmp0 (*slot, text) == 0)
          return FALSE;
        g_free (*slot);
        *slot = g_strdup (text);
        return TRUE;
      }
    case TX_FIELD_INT:
      {
        int *slot = FIELD_PTR (object, field);

        if (*slot == g_value_get_int (value))
          return FALSE;
        *slot = g_value_get_int (value);
        return TRUE;
      }
    case TX_FIELD_BOOL:
      {
        gboolean *slot = FIELD_PTR (object, field);
        gboolean v = !!g_value_get_boolean (value);

        if (*slot == v)
          return FALSE;
        *slot = v;
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }
}

static void
field_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  if (field_store (object, field_for_pspec (pspec, prop_id), value))
    g_object_notify_by_pspec (object, pspec);
}

void
tx_record_class_install_fields (TxRecordClass *klass,
                                const TxField *fields,
                                guint          n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->field_pspecs = g_new0 (GParamSpec *, n_fields);
  object_class->get_property = field_get_property;
  object_class->set_property = field_set_property;

  for (guint i = 0; i < n_fields; i++)
    {
      const TxField *field = &fields[i];
      GParamSpec *pspec = NULL;

      switch (field->type)
        {
        case TX_FIELD_TEXT:
          pspec = g_param_spec_string (field->name, NULL, NULL, NULL, flags);
          break;
        case TX_FIELD_INT:
          pspec = g_param_spec_int (field->name, NULL, NULL, G_MININT, G_MAXINT, 0, flags);
          break;
        case TX_FIELD_BOOL:
          pspec = g_param_spec_boolean (field->name, NULL, NULL, FALSE, flags);
          break;
        }
      klass->field_pspecs[i] = pspec;
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

void
tx_record_class_install_joined (TxRecordClass       *klass,
                                const TxJoinedField *joined,
                                guint                n_joined)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (klass->field_pspecs != NULL);

  klass->joined = joined;
  klass->n_joined = n_joined;
  for (guint i = 0; i < n_joined; i++)
    g_object_class_install_property (object_class, klass->n_fields + 1 + i,
                                     g_param_spec_string (joined[i].name, NULL, NULL, NULL,
                                                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY
                                                          | G_PARAM_STATIC_STRINGS));
}

void
_tx_record_set_joined (TxRecord   *self,
                       guint       index,
                       const char *value)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (self);
  char **slot;

  g_return_if_fail (index < klass->n_joined);
  slot = FIELD_PTR (self, &klass->joined[index]);
  g_free (*slot);
  *slot = g_strdup (value);
}

const TxField *
tx_record_class_find_field (TxRecordClass *klass,
                            const char    *name)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, name) || g_str_equal (klass->fields[i].column, name))
      return &klass->fields[i];
  return NULL;
}

int
tx_record_class_find_children (TxRecordClass *klass,
                               const char    *name)
{
  for (guint i = 0; i < klass->n_children; i++)
    if (g_str_equal (klass->children[i].name, name))
      return i;
  return -1;
}

/* Checks without changing the text: validate() must not edit the record
 * behind its notify signals. */
gboolean
tx_record_text_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

void
tx_record_get_field_value (TxRecord *self,
                           guint     field,
                           GValue   *value)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (self);

  g_return_if_fail (field < klass->n_fields);
  g_value_init (value, klass->field_pspecs[field]->value_type);
  field_get_property (G_OBJECT (self), field + 1, value, klass->field_pspecs[field]);
}

void
tx_record_set_field_value (TxRecord     *self,
                           guint         field,
                           const GValue *value)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (self);

  g_return_if_fail (field < klass->n_fields);
  if (field_store (G_OBJECT (self), &klass->fields[field], value))
    g_object_notify_by_pspec (G_OBJECT (self), klass->field_pspecs[field]);
}

void
tx_record_set_text_field (TxRecord   *self,
                          guint       field,
                          const char *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  tx_record_set_field_value (self, field, &value);
}

void
tx_record_set_int_field (TxRecord *self,
                         guint     field,
                         int       number)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (self);
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (field < klass->n_fields);
  if (klass->fields[field].type == TX_FIELD_BOOL)
    {
      g_value_init (&value, G_TYPE_BOOLEAN);
      g_value_set_boolean (&value, number != 0);
    }
  else
    {
      g_value_init (&value, G_TYPE_INT);
      g_value_set_int (&value, number);
    }
  tx_record_set_field_value (self, field, &value);
}

/* ---- identity and bookkeeping ---------------------------------------- */

const char *
tx_record_get_uuid (TxRecord *self)
{
  TxRecordPrivate *priv = tx_record_get_instance_private (self);

  g_return_val_if_fail (TX_IS_RECORD (self), NULL);
  return priv->uuid;
}

void
tx_record_set_uuid (TxRecord   *self,
                    const char *uuid)
{
  TxRecordPrivate *priv = tx_record_get_instance_private (self);

  g_return_if_fail (TX_IS_RECORD (self));
  g_return_if_fail (uuid == NULL || g_uuid_string_is_valid (uuid));

  if (g_strcmp0 (priv->uuid, uuid) == 0)
    return;
  g_free (priv->uuid);
  priv->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
tx_record_get_created (TxRecord *self)
{
  TxRecordPrivate *priv = tx_record_get_instance_private (self);
  return priv->created;
}

const char *
tx_record_get_modified (TxRecord *self)
{
  TxRecordPrivate *priv = tx_record_get_instance_private (self);
  return priv->modified;
}

const char *
tx_record_get_trashed (TxRecord *self)
{
  TxRecordPrivate *priv = tx_record_get_instance_private (self);
  return priv->trashed;
}

gboolean
tx_record_is_trashed (TxRecord *self)
{
  return tx_record_get_trashed (self) != NULL;
}

gint64
tx_record_get_row_id (TxRecord *self)
{
  TxRecordPrivate *priv = tx_record_get_instance_private (self);
  return priv->row_id;
}

gboolean
tx_record_is_partial (TxRecord *self)
{
  TxRecordPrivate *priv = tx_record_get_instance_private (self);

  g_return_val_if_fail (TX_IS_RECORD (self), FALSE);
  return priv->partial;
}

void
_tx_record_set_partial (TxRecord *self,
                        gboolean  partial)
{
  TxRecordPrivate *priv = tx_record_get_instance_private (self);

  priv->partial = partial;
}

const char *
tx_record_get_entity (TxRecord *self)
{
  return TX_RECORD_GET_CLASS (self)->entity;
}

static void
replace_string (char       **slot,
                const char  *value,
                GObject     *object,
                GParamSpec  *pspec)
{
  if (g_strcmp0 (*slot, value) == 0)
    return;
  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);
}

void
_tx_record_set_stored (TxRecord   *self,
                       gint64      row_id,
                       const char *created,
                       const char *modified,
                       const char *trashed)
{
  TxRecordPrivate *priv = tx_record_get_instance_private (self);

  priv->row_id = row_id;
  replace_string (&priv->created, created, G_OBJECT (self), properties[PROP_CREATED]);
  replace_string (&priv->modified, modified, G_OBJECT (self), properties[PROP_MODIFIED]);
  replace_string (&priv->trashed, trashed, G_OBJECT (self), properties[PROP_TRASHED]);
}

char *
tx_record_dup_title (TxRecord *self)
{
  g_return_val_if_fail (TX_IS_RECORD (self), NULL);
  return TX_RECORD_GET_CLASS (self)->dup_title (self);
}

gboolean
tx_record_validate (TxRecord  *self,
                    GError   **error)
{
  TxRecordClass *klass;

  g_return_val_if_fail (TX_IS_RECORD (self), FALSE);
  klass = TX_RECORD_GET_CLASS (self);
  return klass->validate == NULL || klass->validate (self, error);
}

/* ---- children ---------------------------------------------------------- */

GPtrArray *
tx_record_get_children (TxRecord *self,
                        guint     table)
{
  TxRecordPrivate *priv = tx_record_get_instance_private (self);
  TxRecordClass *klass = TX_RECORD_GET_CLASS (self);

  g_return_val_if_fail (table < klass->n_children, NULL);
  g_return_val_if_fail (table < G_N_ELEMENTS (priv->children), NULL);

  /* Rows are freed with their table's descriptor, not a free func: see
   * tx_record_clear_children() and finalize. */
  if (priv->children[table] == NULL)
    priv->children[table] = g_ptr_array_new ();
  return priv->children[table];
}

gpointer
tx_record_add_child (TxRecord *self,
                     guint     table)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (self);
  GPtrArray *rows = tx_record_get_children (self, table);
  gpointer row = g_malloc0 (klass->children[table].struct_size);

  g_ptr_array_add (rows, row);
  return row;
}

void
tx_record_clear_children (TxRecord *self,
                          guint     table)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (self);
  GPtrArray *rows = tx_record_get_children (self, table);

  for (guint i = 0; i < rows->len; i++)
    _tx_child_free (&klass->children[table], g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

/* As stored: two ID numbers may look alike masked. */
gboolean
tx_record_field_equal (TxRecord *a,
                       TxRecord *b,
                       guint     field)
{
  g_auto(GValue) x = G_VALUE_INIT;
  g_auto(GValue) y = G_VALUE_INIT;

  tx_record_get_field_value (a, field, &x);
  tx_record_get_field_value (b, field, &y);
  if (G_VALUE_HOLDS_STRING (&x))
    return g_strcmp0 (g_value_get_string (&x), g_value_get_string (&y)) == 0;
  if (G_VALUE_HOLDS_INT (&x))
    return g_value_get_int (&x) == g_value_get_int (&y);
  return g_value_get_boolean (&x) == g_value_get_boolean (&y);
}

/* Row for row. */
gboolean
tx_record_children_equal (TxRecord *a,
                          TxRecord *b,
                          guint     table)
{
  const TxChildTable *child_table = &TX_RECORD_GET_CLASS (a)->children[table];
  GPtrArray *x = tx_record_get_children (a, table);
  GPtrArray *y = tx_record_get_children (b, table);

  if (x->len != y->len)
    return FALSE;
  for (guint i = 0; i < x->len; i++)
    if (!_tx_child_equal (child_table, g_ptr_array_index (x, i), g_ptr_array_index (y, i)))
      return FALSE;
  return TRUE;
}

void
tx_record_copy_children (TxRecord *to,
                         TxRecord *from,
                         guint     table)
{
  const TxChildTable *child_table = &TX_RECORD_GET_CLASS (to)->children[table];
  GPtrArray *rows = tx_record_get_children (from, table);

  g_return_if_fail (G_OBJECT_TYPE (to) == G_OBJECT_TYPE (from));

  tx_record_clear_children (to, table);
  for (guint r = 0; r < rows->len; r++)
    {
      const guint8 *src = g_ptr_array_index (rows, r);
      guint8 *dst = tx_record_add_child (to, table);

      for (guint c = 0; c < child_table->n_columns; c++)
        {
          gsize offset = child_table->columns[c].offset;

          if (child_table->columns[c].type == TX_CHILD_TEXT)
            *(char **) (dst + offset) = g_strdup (*(char * const *) (src + offset));
          else if (*(GBytes * const *) (src + offset) != NULL)
            *(GBytes **) (dst + offset) = g_bytes_ref (*(GBytes * const *) (src + offset));
        }
    }
}

void
tx_record_remove_child (TxRecord *self,
                        guint     table,
                        guint     index)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (self);
  GPtrArray *rows = tx_record_get_children (self, table);

  g_return_if_fail (index < rows->len);
  _tx_child_free (&klass->children[table], g_ptr_array_steal_index (rows, index));
}
