/* tx-code-drop-down.c — a drop-down of one code table
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/model/tx-codes.h"

#include "tx-choice-drop-down-private.h"
#include "tx-code-drop-down.h"

/* a table this long is searched by typing a name */
#define SEARCH_FROM_ROWS 20

struct _TxCodeDropDown
{
  GtkWidget    parent_instance;

  GtkDropDown *drop_down;
  char        *code_table;
  gboolean     allow_empty;
  char        *empty_label;  /* what "no code" reads as: "—", 全部类别 … */
  GStrv        only_codes;   /* the rows offered, in order; NULL: the table */
  GPtrArray   *codes;        /* borrowed char *, NULL for "—": one per row */
};

G_DEFINE_FINAL_TYPE (TxCodeDropDown, tx_code_drop_down, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CODE_TABLE,
  PROP_ALLOW_EMPTY,
  PROP_EMPTY_LABEL,
  PROP_ONLY_CODES,
  PROP_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* the row of @code (NULL: "—"), or GTK_INVALID_LIST_POSITION */
static guint
find_code (TxCodeDropDown *self,
           const char     *code)
{
  for (guint i = 0; i < self->codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->codes, i), code) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

/* The rows of the table (the model holds the names); the chosen code is
 * kept when the new rows have it. */
static void
fill_rows (TxCodeDropDown *self)
{
  g_autofree char *code = g_strdup (tx_code_drop_down_get_code (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *rows = self->code_table ? tx_code_table_rows (self->code_table) : NULL;

  g_return_if_fail (self->code_table == NULL || rows != NULL);
  g_ptr_array_set_size (self->codes, 0);
  if (self->allow_empty)
    {
      gtk_string_list_append (names, self->empty_label ? self->empty_label : "—");
      g_ptr_array_add (self->codes, NULL);
    }
  for (guint i = 0; self->only_codes == NULL && rows != NULL && i < rows->len; i++)
    {
      TxCode *row = g_ptr_array_index (rows, i);

      gtk_string_list_append (names, row->name);
      g_ptr_array_add (self->codes, row->code);   /* the tables live for the process */
    }
  for (guint i = 0; self->only_codes != NULL && self->only_codes[i] != NULL; i++)
    {
      const char *name = self->code_table ? tx_code_table_name (self->code_table, self->only_codes[i]) : NULL;

      gtk_string_list_append (names, name ? name : self->only_codes[i]);
      g_ptr_array_add (self->codes, (gpointer) g_intern_string (self->only_codes[i]));
    }
  gtk_drop_down_set_enable_search (self->drop_down, rows != NULL && rows->len >= SEARCH_FROM_ROWS);
  gtk_drop_down_set_model (self->drop_down, G_LIST_MODEL (names));
  tx_code_drop_down_set_code (self, code);
}

GtkWidget *
tx_code_drop_down_new (const char *code_table,
                       gboolean    allow_empty)
{
  return g_object_new (TX_TYPE_CODE_DROP_DOWN, "code-table", code_table, "allow-empty", allow_empty, NULL);
}

const char *
tx_code_drop_down_get_code_table (TxCodeDropDown *self)
{
  g_return_val_if_fail (TX_IS_CODE_DROP_DOWN (self), NULL);
  return self->code_table;
}

void
tx_code_drop_down_set_code_table (TxCodeDropDown *self,
                                  const char     *code_table)
{
  g_return_if_fail (TX_IS_CODE_DROP_DOWN (self));
  if (g_strcmp0 (self->code_table, code_table) == 0)
    return;
  g_free (self->code_table);
  self->code_table = g_strdup (code_table);
  fill_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE_TABLE]);
}

gboolean
tx_code_drop_down_get_allow_empty (TxCodeDropDown *self)
{
  g_return_val_if_fail (TX_IS_CODE_DROP_DOWN (self), FALSE);
  return self->allow_empty;
}

void
tx_code_drop_down_set_allow_empty (TxCodeDropDown *self,
                                   gboolean        allow_empty)
{
  g_return_if_fail (TX_IS_CODE_DROP_DOWN (self));
  allow_empty = !!allow_empty;
  if (self->allow_empty == allow_empty)
    return;
  self->allow_empty = allow_empty;
  fill_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_EMPTY]);
}

const char *
tx_code_drop_down_get_empty_label (TxCodeDropDown *self)
{
  g_return_val_if_fail (TX_IS_CODE_DROP_DOWN (self), NULL);
  return self->empty_label;
}

void
tx_code_drop_down_set_empty_label (TxCodeDropDown *self,
                                   const char     *empty_label)
{
  g_return_if_fail (TX_IS_CODE_DROP_DOWN (self));
  if (g_strcmp0 (self->empty_label, empty_label) == 0)
    return;
  g_free (self->empty_label);
  self->empty_label = g_strdup (empty_label);
  fill_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY_LABEL]);
}

const char * const *
tx_code_drop_down_get_only_codes (TxCodeDropDown *self)
{
  g_return_val_if_fail (TX_IS_CODE_DROP_DOWN (self), NULL);
  return (const char * const *) self->only_codes;
}

void
tx_code_drop_down_set_only_codes (TxCodeDropDown     *self,
                                  const char * const *codes)
{
  g_return_if_fail (TX_IS_CODE_DROP_DOWN (self));
  if (self->only_codes == NULL && codes == NULL)
    return;
  g_strfreev (self->only_codes);
  self->only_codes = g_strdupv ((GStrv) codes);
  fill_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_CODES]);
}

const char *
tx_code_drop_down_get_code (TxCodeDropDown *self)
{
  guint selected;

  g_return_val_if_fail (TX_IS_CODE_DROP_DOWN (self), NULL);
  selected = gtk_drop_down_get_selected (self->drop_down);
  return selected < self->codes->len ? g_ptr_array_index (self->codes, selected) : NULL;
}

void
tx_code_drop_down_set_code (TxCodeDropDown *self,
                            const char     *code)
{
  guint position;

  g_return_if_fail (TX_IS_CODE_DROP_DOWN (self));
  position = find_code (self, code);
  /* "code" is notified by the drop-down's "selected" */
  gtk_drop_down_set_selected (self->drop_down, position != GTK_INVALID_LIST_POSITION ? position : 0);
}

GtkDropDown *
tx_code_drop_down_get_drop_down (TxCodeDropDown *self)
{
  g_return_val_if_fail (TX_IS_CODE_DROP_DOWN (self), NULL);
  return self->drop_down;
}

static void
on_selected_changed (TxCodeDropDown *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

static void
tx_code_drop_down_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TxCodeDropDown *self = TX_CODE_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_CODE_TABLE:
      g_value_set_string (value, self->code_table);
      break;
    case PROP_ALLOW_EMPTY:
      g_value_set_boolean (value, self->allow_empty);
      break;
    case PROP_EMPTY_LABEL:
      g_value_set_string (value, self->empty_label);
      break;
    case PROP_ONLY_CODES:
      g_value_set_boxed (value, self->only_codes);
      break;
    case PROP_CODE:
      g_value_set_string (value, tx_code_drop_down_get_code (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_code_drop_down_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TxCodeDropDown *self = TX_CODE_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_CODE_TABLE:
      tx_code_drop_down_set_code_table (self, g_value_get_string (value));
      break;
    case PROP_ALLOW_EMPTY:
      tx_code_drop_down_set_allow_empty (self, g_value_get_boolean (value));
      break;
    case PROP_EMPTY_LABEL:
      tx_code_drop_down_set_empty_label (self, g_value_get_string (value));
      break;
    case PROP_ONLY_CODES:
      tx_code_drop_down_set_only_codes (self, g_value_get_boxed (value));
      break;
    case PROP_CODE:
      tx_code_drop_down_set_code (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_code_drop_down_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TX_TYPE_CODE_DROP_DOWN);
  G_OBJECT_CLASS (tx_code_drop_down_parent_class)->dispose (object);
}

static void
tx_code_drop_down_finalize (GObject *object)
{
  TxCodeDropDown *self = TX_CODE_DROP_DOWN (object);

  g_free (self->code_table);
  g_free (self->empty_label);
  g_strfreev (self->only_codes);
  g_ptr_array_unref (self->codes);
  G_OBJECT_CLASS (tx_code_drop_down_parent_class)->finalize (object);
}

static void
tx_code_drop_down_class_init (TxCodeDropDownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tx_code_drop_down_get_property;
  object_class->set_property = tx_code_drop_down_set_property;
  object_class->dispose = tx_code_drop_down_dispose;
  object_class->finalize = tx_code_drop_down_finalize;

  properties[PROP_CODE_TABLE] = g_param_spec_string ("code-table", NULL, NULL, NULL, flags);
  properties[PROP_ALLOW_EMPTY] = g_param_spec_boolean ("allow-empty", NULL, NULL, TRUE, flags);
  properties[PROP_EMPTY_LABEL] = g_param_spec_string ("empty-label", NULL, NULL, NULL, flags);
  properties[PROP_ONLY_CODES] = g_param_spec_boxed ("only-codes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  _tx_choice_class_forward (widget_class);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-code-drop-down.ui");
  gtk_widget_class_bind_template_child (widget_class, TxCodeDropDown, drop_down);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_changed);
}

static void
tx_code_drop_down_init (TxCodeDropDown *self)
{
  self->allow_empty = TRUE;
  self->codes = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_rows (self);
}
