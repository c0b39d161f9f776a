/* tx-duplicates-dialog.c — people who share an ID number, merged by hand
 *
 * Each pair is shown side by side, field by field; the user keeps one and
 * the other is merged into it (tx_merge_people: its participations,
 * visits, attendances, suggestions and pairings move over, a tombstone
 * stays, the change log names both).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-merge.h"
#include "core/model/tx-person.h"
#include "core/db/tx-store.h"

#include "app/tx-app-util.h"
#include "tx-duplicates-dialog.h"
#include "app/tx-window.h"

struct _TxDuplicatesDialog
{
  GtkWindow parent_instance;

  TxDatabase *db;

  GtkBox     *pairs_box;
  GtkLabel   *intro_label;
};

G_DEFINE_FINAL_TYPE (TxDuplicatesDialog, tx_duplicates_dialog, GTK_TYPE_WINDOW)

static void fill (TxDuplicatesDialog *self);

static void
attach (GtkGrid    *grid,
        const char *text,
        int         column,
        int         row,
        gboolean    strong)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (strong)
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static GtkWidget *
side_by_side (TxRecord *a,
              TxRecord *b)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  TxRecordClass *klass = TX_RECORD_GET_CLASS (a);
  int row = 0;

  gtk_grid_set_row_spacing (grid, 4);
  gtk_grid_set_column_spacing (grid, 18);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *x = tx_record_dup_field_text (a, i);
      g_autofree char *y = tx_record_dup_field_text (b, i);

      if (*x == '\0' && *y == '\0')
        continue;
      attach (grid, _(klass->fields[i].label), 0, row, FALSE);
      attach (grid, x, 1, row, FALSE);
      attach (grid, y, 2, row, FALSE);
      if (!g_str_equal (x, y))
        gtk_widget_add_css_class (gtk_grid_get_child_at (grid, 2, row), "error");
      row++;
    }
  return GTK_WIDGET (grid);
}

static void
merge (TxDuplicatesDialog *self,
       GtkButton          *button)
{
  const char *kept = g_object_get_data (G_OBJECT (button), "kept");
  const char *merged = g_object_get_data (G_OBJECT (button), "merged");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  if (!tx_merge_people (self->db, kept, merged, &error))
    {
      gtk_label_set_text (self->intro_label, error->message);
      return;
    }
  if (TX_IS_WINDOW (parent))
    tx_show_toast (GTK_WIDGET (parent), _("Merged; the other record is remembered as merged into this one."),
                   NULL, NULL, NULL, NULL);
  fill (self);
}

static GtkWidget *
keep_button (TxDuplicatesDialog *self,
             const char         *label,
             const char         *kept,
             const char         *merged)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data_full (G_OBJECT (button), "kept", g_strdup (kept), g_free);
  g_object_set_data_full (G_OBJECT (button), "merged", g_strdup (merged), g_free);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (merge), self);
  return button;
}

static GtkWidget *
pair_view (TxDuplicatesDialog *self,
           TxRecord           *a,
           TxRecord           *b)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  const char *ua = tx_record_get_uuid (a);
  const char *ub = tx_record_get_uuid (b);
  GtkWidget *first = keep_button (self, _("Keep the _left one, merge the right one into it"), ua, ub);
  GtkWidget *second = keep_button (self, _("Keep the _right one, merge the left one into it"), ub, ua);

  gtk_widget_set_name (first, "keep-first-button");
  gtk_widget_set_name (second, "keep-second-button");
  gtk_box_append (GTK_BOX (box), side_by_side (a, b));
  gtk_box_append (GTK_BOX (buttons), first);
  gtk_box_append (GTK_BOX (buttons), second);
  gtk_box_append (GTK_BOX (box), buttons);
  return box;
}

static void
clear_pairs (TxDuplicatesDialog *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pairs_box));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != GTK_WIDGET (self->intro_label))
        gtk_box_remove (self->pairs_box, child);
      child = next;
    }
}

static void
fill (TxDuplicatesDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairs = tx_merge_list_duplicates (self->db, &error);

  clear_pairs (self);
  if (pairs == NULL)
    {
      gtk_label_set_text (self->intro_label, error->message);
      return;
    }
  gtk_label_set_text (self->intro_label,
                      pairs->len == 0 ? _("No two people in the archive share an ID number.")
                                      : _("These people share an ID number. Compare them and keep one; the other is merged into it with everything that refers to it."));
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      g_autoptr(TxRecord) a = tx_store_load (self->db, TX_TYPE_PERSON, g_ptr_array_index (pairs, i), NULL);
      g_autoptr(TxRecord) b = tx_store_load (self->db, TX_TYPE_PERSON, g_ptr_array_index (pairs, i + 1), NULL);

      if (a != NULL && b != NULL)
        gtk_box_append (self->pairs_box, pair_view (self, a, b));
    }
}

static void
tx_duplicates_dialog_finalize (GObject *object)
{
  TxDuplicatesDialog *self = TX_DUPLICATES_DIALOG (object);

  g_clear_object (&self->db);
  G_OBJECT_CLASS (tx_duplicates_dialog_parent_class)->finalize (object);
}

static void
tx_duplicates_dialog_class_init (TxDuplicatesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tx_duplicates_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-duplicates-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TxDuplicatesDialog, pairs_box);
  gtk_widget_class_bind_template_child (widget_class, TxDuplicatesDialog, intro_label);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tx_duplicates_dialog_init (TxDuplicatesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

TxDuplicatesDialog *
tx_duplicates_dialog_new (GtkWindow  *parent,
                          TxDatabase *db)
{
  TxDuplicatesDialog *self;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  self = g_object_new (TX_TYPE_DUPLICATES_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  fill (self);
  return self;
}
