/* tx-choice-drop-down.c — what TxCodeDropDown and TxCommunityDropDown
 * share: a widget around one GtkDropDown that gives it the focus, the
 * mnemonics and the name of its labels
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-choice-drop-down-private.h"

/* the wrappers hold their drop-down as their one child */
static GtkWidget *
inner_drop_down (GtkWidget *wrapper)
{
  return gtk_widget_get_first_child (wrapper);
}

static gboolean
choice_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (inner_drop_down (widget));
}

static gboolean
choice_mnemonic_activate (GtkWidget *widget,
                          gboolean   group_cycling)
{
  return gtk_widget_mnemonic_activate (inner_drop_down (widget), group_cycling);
}

/* the labels that name the wrapper name the drop-down too */
static void
name_drop_down (GtkWidget   *wrapper,
                GtkDropDown *drop_down)
{
  GList *labels = gtk_widget_list_mnemonic_labels (wrapper);

  if (labels != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (drop_down),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, labels->data, NULL, -1);
  g_list_free (labels);
}

static gboolean
name_on_idle (gpointer data)
{
  GtkWidget *widget = data;

  if (inner_drop_down (widget) != NULL)
    name_drop_down (widget, GTK_DROP_DOWN (inner_drop_down (widget)));
  return G_SOURCE_REMOVE;
}

/* A label's mnemonic widget is the wrapper (GtkLabel names it for screen
 * readers); the focus is on the drop-down inside, which must carry the
 * same name. A template gives its labels their mnemonic widgets after
 * it has put them in the window: they are looked at again once it is
 * built. */
static void
choice_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->root (widget);
  name_drop_down (widget, GTK_DROP_DOWN (inner_drop_down (widget)));
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, name_on_idle, g_object_ref (widget), g_object_unref);
}

void
_tx_choice_class_forward (GtkWidgetClass *widget_class)
{
  widget_class->grab_focus = choice_grab_focus;
  widget_class->mnemonic_activate = choice_mnemonic_activate;
  widget_class->root = choice_root;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}
