/* tx-roster-dialog.c — whom a roster lists, in which order, with which columns
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/report/tx-documents.h"

#include "app/print/tx-print-documents.h"
#include "tx-roster-dialog.h"

struct _TxRosterDialog
{
  GtkWindow       parent_instance;

  GtkCheckButton *filter_check;
  GtkCheckButton *selection_check;
  GtkDropDown    *order_drop;
  GtkCheckButton *full_id_check;
  GtkListBox     *columns_list;

  TxDatabase     *db;
  TxFilterCopy    filter;
  GStrv           selected;
};

G_DEFINE_FINAL_TYPE (TxRosterDialog, tx_roster_dialog, GTK_TYPE_WINDOW)

/* the order drop-down's items */
static const TxPersonSort orders[] = {
  TX_PERSON_SORT_STROKES, TX_PERSON_SORT_PINYIN, TX_PERSON_SORT_COMMUNITY,
};

#define COLUMN_KEY "tx-roster-column"

/* ---- the column list: a check and up/down buttons a row ------------------------- */

static void
move_row (GtkWidget *button,
          int        delta)
{
  GtkWidget *row = gtk_widget_get_ancestor (button, GTK_TYPE_LIST_BOX_ROW);
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (row));
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + delta;

  if (index < 0 || gtk_list_box_get_row_at_index (list, index) == NULL)
    return;
  g_object_ref (row);
  gtk_list_box_remove (list, row);
  gtk_list_box_insert (list, row, index);
  g_object_unref (row);
  gtk_widget_grab_focus (button);
}

static void
on_up_clicked (GtkButton *button)
{
  move_row (GTK_WIDGET (button), -1);
}

static void
on_down_clicked (GtkButton *button)
{
  move_row (GTK_WIDGET (button), 1);
}

static GtkWidget *
arrow_button (const char *icon,
              const char *accessible,
              GCallback   callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", callback, NULL);
  return button;
}

static void
add_column_row (TxRosterDialog *self,
                TxRosterColumn  column,
                gboolean        active)
{
  const char *label = tx_roster_column_label (column);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check = gtk_check_button_new_with_label (label);
  g_autofree char *up = g_strdup_printf (_("Move %s up"), label);
  g_autofree char *down = g_strdup_printf (_("Move %s down"), label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_hexpand (check, TRUE);
  gtk_widget_set_name (check, tx_roster_column_key (column));
  g_object_set_data (G_OBJECT (check), COLUMN_KEY, GUINT_TO_POINTER (column));
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), arrow_button ("go-up-symbolic", up, G_CALLBACK (on_up_clicked)));
  gtk_box_append (GTK_BOX (box), arrow_button ("go-down-symbolic", down, G_CALLBACK (on_down_clicked)));
  gtk_widget_set_margin_start (box, 6);
  gtk_list_box_append (self->columns_list, box);
}

/* the default columns first, ticked, then the others */
static void
fill_columns (TxRosterDialog *self)
{
  guint n_default = 0;
  const TxRosterColumn *defaults = tx_roster_default_columns (&n_default);

  for (guint i = 0; i < n_default; i++)
    add_column_row (self, defaults[i], TRUE);
  for (guint c = 0; c < TX_ROSTER_N_COLUMNS; c++)
    {
      gboolean is_default = FALSE;

      for (guint i = 0; i < n_default; i++)
        is_default |= defaults[i] == c;
      if (!is_default)
        add_column_row (self, c, FALSE);
    }
}

static GArray *
chosen_columns (TxRosterDialog *self)
{
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (TxRosterColumn));
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->columns_list, i)) != NULL; i++)
    {
      GtkWidget *box = gtk_list_box_row_get_child (row);
      GtkWidget *check = gtk_widget_get_first_child (box);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        {
          TxRosterColumn column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), COLUMN_KEY));

          g_array_append_val (columns, column);
        }
    }
  return columns;
}

/* ---- preview ----------------------------------------------------------------- */

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TxRosterDialog *self = TX_ROSTER_DIALOG (widget);
  g_autoptr(GArray) columns = chosen_columns (self);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  TxRosterOptions options;

  tx_roster_options_init (&options);
  if (gtk_check_button_get_active (self->selection_check))
    options.uuids = (const char * const *) self->selected;
  else
    options.filter = &self->filter.filter;
  options.sort = orders[MIN (gtk_drop_down_get_selected (self->order_drop), G_N_ELEMENTS (orders) - 1)];
  options.columns = (const TxRosterColumn *) columns->data;
  options.n_columns = columns->len;
  options.full_id = gtk_check_button_get_active (self->full_id_check);
  tx_print_roster (parent, self->db, &options);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
tx_roster_dialog_finalize (GObject *object)
{
  TxRosterDialog *self = TX_ROSTER_DIALOG (object);

  g_clear_object (&self->db);
  tx_filter_copy_clear (&self->filter);
  g_strfreev (self->selected);
  G_OBJECT_CLASS (tx_roster_dialog_parent_class)->finalize (object);
}

static void
tx_roster_dialog_class_init (TxRosterDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tx_roster_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-roster-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TxRosterDialog, filter_check);
  gtk_widget_class_bind_template_child (widget_class, TxRosterDialog, selection_check);
  gtk_widget_class_bind_template_child (widget_class, TxRosterDialog, order_drop);
  gtk_widget_class_bind_template_child (widget_class, TxRosterDialog, full_id_check);
  gtk_widget_class_bind_template_child (widget_class, TxRosterDialog, columns_list);
  gtk_widget_class_install_action (widget_class, "roster.preview", NULL, preview_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tx_roster_dialog_init (TxRosterDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_columns (self);
}

TxRosterDialog *
tx_roster_dialog_new (GtkWindow            *parent,
                      TxDatabase           *db,
                      const TxPersonFilter *filter,
                      guint                 n_filtered,
                      const char * const   *selected)
{
  TxRosterDialog *self = g_object_new (TX_TYPE_ROSTER_DIALOG, "transient-for", parent, NULL);
  guint n_selected = selected ? g_strv_length ((char **) selected) : 0;
  g_autofree char *filtered = g_strdup_printf (ngettext ("The list as filtered (%u person)",
                                                         "The list as filtered (%u people)", n_filtered), n_filtered);
  g_autofree char *chosen = g_strdup_printf (ngettext ("The person selected (%u)",
                                                       "The people selected (%u)", n_selected), n_selected);

  self->db = g_object_ref (db);
  tx_filter_copy_init (&self->filter, filter);
  self->selected = g_strdupv ((char **) selected);
  gtk_check_button_set_label (self->filter_check, filtered);
  gtk_check_button_set_label (self->selection_check, chosen);
  gtk_widget_set_sensitive (GTK_WIDGET (self->selection_check), n_selected > 0);
  /* several people picked out: that is most likely what is to be printed */
  gtk_check_button_set_active (self->selection_check, n_selected > 1);
  return self;
}
