/* tx-attendee-row.c — one person (or staff member) on a list of attendees
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-attendee-row.h"

struct _TxAttendeeRow
{
  GtkListBoxRow   parent_instance;

  char           *person_uuid;
  char           *staff_uuid;
  char           *note;

  GtkLabel       *name_label;
  GtkLabel       *kind_label;
  TxCodeDropDown *state_drop_down;
  GtkButton      *remove_button;
};

G_DEFINE_FINAL_TYPE (TxAttendeeRow, tx_attendee_row, GTK_TYPE_LIST_BOX_ROW)

enum
{
  PROP_0,
  PROP_PERSON_UUID,
  PROP_STAFF_UUID,
  PROP_STATE,
  PROP_NOTE,
  N_PROPS
};

enum
{
  SIGNAL_REMOVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
tx_attendee_row_new (const char *state_table,
                     const char *person_uuid,
                     const char *staff_uuid,
                     const char *name,
                     const char *state,
                     const char *note)
{
  TxAttendeeRow *self = g_object_new (TX_TYPE_ATTENDEE_ROW,
                                      "person-uuid", person_uuid, "staff-uuid", staff_uuid,
                                      "note", note, NULL);

  gtk_label_set_label (self->name_label, name ? name : "?");
  tx_code_drop_down_set_code_table (self->state_drop_down, state_table);
  tx_code_drop_down_set_code (self->state_drop_down, state);
  return GTK_WIDGET (self);
}

void
tx_attendee_row_set_kind_label (TxAttendeeRow *self,
                                const char    *kind_label)
{
  g_return_if_fail (TX_IS_ATTENDEE_ROW (self));
  gtk_label_set_label (self->kind_label, kind_label ? kind_label : "");
  gtk_widget_set_visible (GTK_WIDGET (self->kind_label), kind_label != NULL);
}

void
tx_attendee_row_describe (TxAttendeeRow *self,
                          const char    *state_label,
                          const char    *state_tooltip,
                          const char    *remove_label)
{
  GtkDropDown *state;

  g_return_if_fail (TX_IS_ATTENDEE_ROW (self));
  state = tx_code_drop_down_get_drop_down (self->state_drop_down);
  if (state_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (state), GTK_ACCESSIBLE_PROPERTY_LABEL, state_label, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->state_drop_down), state_tooltip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), remove_label);
  if (remove_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
}

const char *
tx_attendee_row_get_person_uuid (TxAttendeeRow *self)
{
  g_return_val_if_fail (TX_IS_ATTENDEE_ROW (self), NULL);
  return self->person_uuid;
}

const char *
tx_attendee_row_get_staff_uuid (TxAttendeeRow *self)
{
  g_return_val_if_fail (TX_IS_ATTENDEE_ROW (self), NULL);
  return self->staff_uuid;
}

const char *
tx_attendee_row_get_state (TxAttendeeRow *self)
{
  g_return_val_if_fail (TX_IS_ATTENDEE_ROW (self), NULL);
  return tx_code_drop_down_get_code (self->state_drop_down);
}

const char *
tx_attendee_row_get_note (TxAttendeeRow *self)
{
  g_return_val_if_fail (TX_IS_ATTENDEE_ROW (self), NULL);
  return self->note;
}

TxCodeDropDown *
tx_attendee_row_get_state_drop_down (TxAttendeeRow *self)
{
  g_return_val_if_fail (TX_IS_ATTENDEE_ROW (self), NULL);
  return self->state_drop_down;
}

GPtrArray *
tx_attendee_row_list (GtkListBox *list)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row; row = gtk_widget_get_next_sibling (row))
    if (TX_IS_ATTENDEE_ROW (row))
      g_ptr_array_add (rows, row);
  return rows;
}

static void
on_state_changed (TxAttendeeRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
on_remove_clicked (TxAttendeeRow *self)
{
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self));

  g_object_ref (self);
  if (GTK_IS_LIST_BOX (list))
    gtk_list_box_remove (GTK_LIST_BOX (list), GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_REMOVED], 0);
  g_object_unref (self);
}

static void
tx_attendee_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TxAttendeeRow *self = TX_ATTENDEE_ROW (object);

  switch (prop_id)
    {
    case PROP_PERSON_UUID:
      g_value_set_string (value, self->person_uuid);
      break;
    case PROP_STAFF_UUID:
      g_value_set_string (value, self->staff_uuid);
      break;
    case PROP_STATE:
      g_value_set_string (value, tx_attendee_row_get_state (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_attendee_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TxAttendeeRow *self = TX_ATTENDEE_ROW (object);

  switch (prop_id)
    {
    case PROP_PERSON_UUID:
      self->person_uuid = g_value_dup_string (value);
      break;
    case PROP_STAFF_UUID:
      self->staff_uuid = g_value_dup_string (value);
      break;
    case PROP_STATE:
      tx_code_drop_down_set_code (self->state_drop_down, g_value_get_string (value));
      break;
    case PROP_NOTE:
      self->note = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_attendee_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TX_TYPE_ATTENDEE_ROW);
  G_OBJECT_CLASS (tx_attendee_row_parent_class)->dispose (object);
}

static void
tx_attendee_row_finalize (GObject *object)
{
  TxAttendeeRow *self = TX_ATTENDEE_ROW (object);

  g_free (self->person_uuid);
  g_free (self->staff_uuid);
  g_free (self->note);
  G_OBJECT_CLASS (tx_attendee_row_parent_class)->finalize (object);
}

static void
tx_attendee_row_class_init (TxAttendeeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags once = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tx_attendee_row_get_property;
  object_class->set_property = tx_attendee_row_set_property;
  object_class->dispose = tx_attendee_row_dispose;
  object_class->finalize = tx_attendee_row_finalize;

  properties[PROP_PERSON_UUID] = g_param_spec_string ("person-uuid", NULL, NULL, NULL, once);
  properties[PROP_STAFF_UUID] = g_param_spec_string ("staff-uuid", NULL, NULL, NULL, once);
  properties[PROP_STATE] = g_param_spec_string ("state", NULL, NULL, NULL,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, once);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_REMOVED] = g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (TX_TYPE_CODE_DROP_DOWN);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-attendee-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TxAttendeeRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, TxAttendeeRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, TxAttendeeRow, state_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxAttendeeRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_state_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
tx_attendee_row_init (TxAttendeeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
