/* tx-duplicates-dialog.c — two records of one person merged by hand
 *
 * Each pair is shown side by side, field by field; where the two differ
 * the user picks the value that survives, then keeps one record and the
 * other is merged into it (tx_merge_people_full(): its participations,
 * visits, attendances, suggestions and pairings move over, a tombstone
 * stays, the change log names both). The pairs are the people who share
 * an ID number, or the two the user chose in the archive. A merge can be
 * undone right after: from the bar in the dialog, or from the window's
 * notification when the dialog of a chosen pair has closed. Before it
 * writes, a merge copies the database (as an import does), on a thread
 * with a connection of its own.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/backup/tx-backup.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-merge.h"
#include "core/model/tx-person.h"
#include "core/db/tx-store.h"

#include "app/tx-app-task.h"
#include "app/tx-app-util.h"
#include "tx-duplicates-dialog.h"
#include "app/tx-window.h"

struct _TxDuplicatesDialog
{
  GtkWindow parent_instance;

  TxDatabase  *db;
  char        *first;      /* the pair chosen in the archive, or NULL */
  char        *second;
  TxMergeUndo *undo;       /* of the last merge, while the bar offers it */
  GtkButton   *pending;    /* the keep button whose merge waits for the backup */

  GtkBox      *pairs_box;
  GtkLabel    *intro_label;
  GtkWidget   *undo_bar;
  GtkLabel    *undo_label;
};

G_DEFINE_FINAL_TYPE (TxDuplicatesDialog, tx_duplicates_dialog, GTK_TYPE_WINDOW)

static void fill (TxDuplicatesDialog *self);

/* ---- one pair ---------------------------------------------------------------- */

/* The two records and, per field or list where they differ, the button
 * of the second record's value. */
typedef struct
{
  const char     *name;     /* "work-unit", "categories" */
  GtkCheckButton *second;
} Choice;

typedef struct
{
  char   *uuids[2];
  GArray *choices;          /* Choice */
} Pair;

static void
pair_free (Pair *pair)
{
  g_free (pair->uuids[0]);
  g_free (pair->uuids[1]);
  g_array_unref (pair->choices);
  g_free (pair);
}

static void
attach (GtkGrid    *grid,
        const char *text,
        int         column,
        int         row,
        gboolean    strong)
{
  GtkLabel *label = tx_grid_attach_label (grid, text, column, row, strong);

  gtk_label_set_xalign (label, 0);
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_max_width_chars (label, 30);
}

static GtkWidget *
value_button (const char     *text,
              GtkCheckButton *group,
              const char     *field_label)
{
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (*text != '\0' ? text : "—");
  g_autofree char *name = g_strdup_printf (_("Keep this value of “%s”"), field_label);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), label);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return button;
}

/* A pair of value buttons; the value there is is chosen over an empty one,
 * the first record's when both have one. */
static GtkWidget *
attach_choice (GtkGrid    *grid,
               const char *field_label,
               const char *a,
               const char *b,
               int         row)
{
  GtkWidget *first = value_button (a, NULL, field_label);
  GtkWidget *second = value_button (b, GTK_CHECK_BUTTON (first), field_label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (*a == '\0' && *b != '\0' ? second : first), TRUE);
  gtk_grid_attach (grid, first, 1, row, 1, 1);
  gtk_grid_attach (grid, second, 2, row, 1, 1);
  return second;
}

static char *
entered_on (TxRecord *record)
{
  g_autofree char *day = g_strndup (tx_record_get_created (record) ? tx_record_get_created (record) : "", 10);
  g_autofree char *date = tx_format_date (day);

  /* Translators: the head of one record's column; %s is the date it was entered */
  return g_strdup_printf (_("Entered %s"), date);
}

static const char *
children_label (const char *name)
{
  if (g_str_equal (name, "categories"))
    return _("Categories");
  if (g_str_equal (name, "roles"))
    return _("Social roles");
  if (g_str_equal (name, "circumstances"))
    return _("Circumstances");
  if (g_str_equal (name, "photo"))
    return _("Photo");
  return name;
}

/* One list of a record as people read it: code names, rows apart. */
static char *
children_text (TxRecord *record,
               guint     table_index)
{
  const TxChildTable *table = &TX_RECORD_GET_CLASS (record)->children[table_index];
  GPtrArray *rows = tx_record_get_children (record, table_index);
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  if (table->on_demand)
    return g_strdup (rows->len > 0 ? _("a photo") : "");
  for (guint r = 0; r < rows->len; r++)
    {
      const guint8 *row = g_ptr_array_index (rows, r);
      g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
      g_auto(GStrv) values = NULL;
      g_autofree char *text = NULL;

      for (guint c = 0; c < table->n_columns; c++)
        {
          const char *value;
          const char *kind;
          const char *name;

          if (table->columns[c].type != TX_CHILD_TEXT)
            continue;
          value = *(char * const *) (row + table->columns[c].offset);
          kind = table->columns[c].code_kind;
          name = kind != NULL && value != NULL ? tx_code_table_name (kind, value) : NULL;
          if (value != NULL && *value != '\0')
            g_strv_builder_add (parts, name != NULL ? name : value);
        }
      values = g_strv_builder_end (parts);
      text = g_strjoinv (" ", values);
      g_strv_builder_add (texts, text);
    }
  joined = g_strv_builder_end (texts);
  return g_strjoinv ("、", joined);
}

/* A row of the grid: the same value twice, or a choice between two. */
static void
attach_row (GtkGrid    *grid,
            Pair       *pair,
            const char *name,
            const char *label,
            const char *x,
            const char *y,
            gboolean    same,
            int         row)
{
  Choice choice = { name, NULL };

  attach (grid, label, 0, row, !same);
  if (same)
    {
      attach (grid, x, 1, row, FALSE);
      attach (grid, y, 2, row, FALSE);
      return;
    }
  choice.second = GTK_CHECK_BUTTON (attach_choice (grid, label, x, y, row));
  g_array_append_val (pair->choices, choice);
}

static GtkWidget *
side_by_side (TxRecord *a,
              TxRecord *b,
              Pair     *pair)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  TxRecordClass *klass = TX_RECORD_GET_CLASS (a);
  g_autofree char *head_a = entered_on (a);
  g_autofree char *head_b = entered_on (b);
  int row = 1;

  gtk_widget_set_name (GTK_WIDGET (grid), "merge-grid");
  gtk_grid_set_row_spacing (grid, 4);
  gtk_grid_set_column_spacing (grid, 18);
  attach (grid, head_a, 1, 0, TRUE);
  attach (grid, head_b, 2, 0, TRUE);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *x = tx_record_dup_field_text (a, i);
      g_autofree char *y = tx_record_dup_field_text (b, i);

      if (*x == '\0' && *y == '\0')
        continue;
      attach_row (grid, pair, klass->fields[i].name, _(klass->fields[i].label), x, y,
                  tx_record_field_equal (a, b, i), row++);
    }
  for (guint t = 0; t < klass->n_children; t++)
    {
      g_autofree char *x = children_text (a, t);
      g_autofree char *y = children_text (b, t);

      if (*x == '\0' && *y == '\0')
        continue;
      attach_row (grid, pair, klass->children[t].name, children_label (klass->children[t].name), x, y,
                  tx_record_children_equal (a, b, t), row++);
    }
  return GTK_WIDGET (grid);
}

/* the fields and lists whose value comes from the merged record: those
 * where the value chosen is not the kept record's */
static GStrv
fields_to_take (Pair     *pair,
                gboolean  keep_second)
{
  g_autoptr(GStrvBuilder) take = g_strv_builder_new ();

  for (guint i = 0; i < pair->choices->len; i++)
    {
      Choice *choice = &g_array_index (pair->choices, Choice, i);

      if (gtk_check_button_get_active (choice->second) != keep_second)
        g_strv_builder_add (take, choice->name);
    }
  return g_strv_builder_end (take);
}

/* ---- undo ---------------------------------------------------------------------- */

typedef struct
{
  TxDatabase  *db;
  TxMergeUndo *undo;
  GWeakRef     window;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_clear_object (&undo->db);
  tx_merge_undo_free (undo->undo);
  g_weak_ref_clear (&undo->window);
  g_free (undo);
}

static void
on_toast_undo (gpointer data)
{
  UndoData *undo = data;
  g_autoptr(GtkWidget) window = g_weak_ref_get (&undo->window);
  g_autoptr(GError) error = NULL;

  if (!tx_merge_undo (undo->db, undo->undo, &error))
    {
      if (window != NULL)
        tx_show_error (window, _("The merge could not be undone"), error);
      return;
    }
  if (window != NULL)
    tx_show_toast (window, _("The merge was undone: both records are back."), NULL, NULL, NULL, NULL);
}

static char *
merged_message (TxDuplicatesDialog *self,
                TxMergeUndo        *undo)
{
  g_autoptr(TxRecord) kept = tx_store_load (self->db, TX_TYPE_PERSON, tx_merge_undo_get_kept (undo), NULL);
  g_autofree char *name = kept != NULL ? tx_record_dup_title (kept) : g_strdup ("");

  return g_strdup_printf (_("Merged into “%s”; the other record is remembered as merged into it."), name);
}

/* The window's notification offers the undo once the dialog is gone. */
static void
hand_undo_to_window (TxDuplicatesDialog *self,
                     TxMergeUndo        *undo)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *message = merged_message (self, undo);
  UndoData *data = g_new0 (UndoData, 1);

  data->db = g_object_ref (self->db);
  data->undo = undo;
  g_weak_ref_init (&data->window, parent);
  if (TX_IS_WINDOW (parent))
    tx_show_toast (GTK_WIDGET (parent), message, _("_Undo"), on_toast_undo, data, undo_data_free);
  else
    undo_data_free (data);
}

/* the pair chosen in the archive: the dialog's job is done */
static void
finish_pair (TxDuplicatesDialog *self,
             TxMergeUndo        *undo)
{
  hand_undo_to_window (self, undo);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* closed with the last merge still undoable: the window takes it over */
static gboolean
tx_duplicates_dialog_close_request (GtkWindow *window)
{
  TxDuplicatesDialog *self = TX_DUPLICATES_DIALOG (window);

  if (self->undo != NULL)
    hand_undo_to_window (self, g_steal_pointer (&self->undo));
  return GTK_WINDOW_CLASS (tx_duplicates_dialog_parent_class)->close_request (window);
}

static void
on_undo_clicked (TxDuplicatesDialog *self)
{
  g_autoptr(TxMergeUndo) undo = g_steal_pointer (&self->undo);
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (self->undo_bar, FALSE);
  if (undo == NULL)
    return;
  if (!tx_merge_undo (self->db, undo, &error))
    {
      tx_show_error (GTK_WIDGET (self), _("The merge could not be undone"), error);
      return;
    }
  fill (self);
}

static void
merge (TxDuplicatesDialog *self,
       GtkButton          *button)
{
  Pair *pair = g_object_get_data (G_OBJECT (button), "pair");
  gboolean keep_second = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "keep-second"));
  g_auto(GStrv) take = fields_to_take (pair, keep_second);
  g_autoptr(TxMergeUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!tx_merge_people_full (self->db, pair->uuids[keep_second], pair->uuids[!keep_second],
                             (const char * const *) take, &undo, &error))
    {
      gtk_label_set_text (self->intro_label, error->message);
      return;
    }
  if (self->first != NULL)
    {
      finish_pair (self, g_steal_pointer (&undo));
      return;
    }
  message = merged_message (self, undo);
  gtk_label_set_text (self->undo_label, message);
  gtk_widget_set_visible (self->undo_bar, TRUE);
  g_clear_pointer (&self->undo, tx_merge_undo_free);
  self->undo = g_steal_pointer (&undo);
  fill (self);
}

/* ---- the backup first ------------------------------------------------------------ */

static gboolean
backup_in_thread (TxDatabase         *db,
                  gpointer            job,
                  TxAppTaskProgress  *progress,
                  GCancellable       *cancellable,
                  GError            **error)
{
  return tx_backup_import_hook (db, NULL, error);
}

static void
backup_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(TxDuplicatesDialog) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkButton) button = g_steal_pointer (&self->pending);

  gboolean copied = tx_app_task_finish (TX_APP_TASK (source), result, &error);

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->pairs_box), TRUE);
  if (!copied)
    {
      tx_show_error (GTK_WIDGET (self), _("The data could not be backed up; nothing was merged"), error);
      return;
    }
  merge (self, button);
}

static void
on_keep_clicked (TxDuplicatesDialog *self,
                 GtkButton          *button)
{
  g_autoptr(TxAppTask) task = NULL;

  if (self->pending != NULL)
    return;
  self->pending = g_object_ref (button);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pairs_box), FALSE);
  task = tx_app_task_new (self->db, backup_in_thread, NULL, NULL);
  tx_app_task_run (task, NULL, backup_done, g_object_ref (self));
}

static GtkWidget *
keep_button (TxDuplicatesDialog *self,
             const char         *label,
             Pair               *pair,
             gboolean            keep_second)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data (G_OBJECT (button), "pair", pair);
  g_object_set_data (G_OBJECT (button), "keep-second", GINT_TO_POINTER (keep_second));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_keep_clicked), self);
  return button;
}

static GtkWidget *
pair_view (TxDuplicatesDialog *self,
           TxRecord           *a,
           TxRecord           *b)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  Pair *pair = g_new0 (Pair, 1);
  GtkWidget *first;
  GtkWidget *second;

  pair->uuids[0] = g_strdup (tx_record_get_uuid (a));
  pair->uuids[1] = g_strdup (tx_record_get_uuid (b));
  pair->choices = g_array_new (FALSE, FALSE, sizeof (Choice));
  g_object_set_data_full (G_OBJECT (box), "pair", pair, (GDestroyNotify) pair_free);
  first = keep_button (self, _("Keep the _left record, merge the right one into it"), pair, FALSE);
  second = keep_button (self, _("Keep the _right record, merge the left one into it"), pair, TRUE);
  gtk_widget_set_name (first, "keep-first-button");
  gtk_widget_set_name (second, "keep-second-button");
  gtk_box_append (GTK_BOX (box), side_by_side (a, b, pair));
  gtk_box_append (GTK_BOX (buttons), first);
  gtk_box_append (GTK_BOX (buttons), second);
  gtk_box_append (GTK_BOX (box), buttons);
  return box;
}

/* ---- the list ---------------------------------------------------------------- */

static void
clear_pairs (TxDuplicatesDialog *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pairs_box));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != GTK_WIDGET (self->intro_label) && child != self->undo_bar)
        gtk_box_remove (self->pairs_box, child);
      child = next;
    }
}

/* the pair to show: the chosen one, or every one that shares a number */
static GPtrArray *
list_pairs (TxDuplicatesDialog  *self,
            GError             **error)
{
  GPtrArray *pairs;

  if (self->first == NULL)
    return tx_merge_list_duplicates (self->db, error);
  pairs = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (pairs, g_strdup (self->first));
  g_ptr_array_add (pairs, g_strdup (self->second));
  return pairs;
}

static const char *
intro_text (TxDuplicatesDialog *self,
            guint               n_shown)
{
  if (self->first != NULL)
    return n_shown > 0 ? _("Compare the two records. Where they differ, choose the value to keep; then keep one record and the other is merged into it with everything that refers to it.")
                       : _("One of the two people is no longer in the archive; there is nothing to merge.");
  return n_shown > 0 ? _("These people share an ID number. Where two records differ, choose the value to keep; then keep one record and the other is merged into it with everything that refers to it.")
                     : _("No two people in the archive share an ID number.");
}

static void
fill (TxDuplicatesDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairs = list_pairs (self, &error);
  guint shown = 0;

  clear_pairs (self);
  if (pairs == NULL)
    {
      gtk_label_set_text (self->intro_label, error->message);
      return;
    }
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      g_autoptr(TxRecord) a = tx_store_load (self->db, TX_TYPE_PERSON, g_ptr_array_index (pairs, i), NULL);
      g_autoptr(TxRecord) b = tx_store_load (self->db, TX_TYPE_PERSON, g_ptr_array_index (pairs, i + 1), NULL);

      if (a == NULL || b == NULL)
        continue;
      gtk_box_append (self->pairs_box, pair_view (self, a, b));
      shown++;
    }
  gtk_label_set_text (self->intro_label, intro_text (self, shown));
}

/* ---- GObject ------------------------------------------------------------------- */

static void
tx_duplicates_dialog_finalize (GObject *object)
{
  TxDuplicatesDialog *self = TX_DUPLICATES_DIALOG (object);

  g_clear_object (&self->db);
  g_free (self->first);
  g_free (self->second);
  g_clear_pointer (&self->undo, tx_merge_undo_free);
  g_clear_object (&self->pending);
  G_OBJECT_CLASS (tx_duplicates_dialog_parent_class)->finalize (object);
}

static void
tx_duplicates_dialog_class_init (TxDuplicatesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tx_duplicates_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = tx_duplicates_dialog_close_request;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-duplicates-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TxDuplicatesDialog, pairs_box);
  gtk_widget_class_bind_template_child (widget_class, TxDuplicatesDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, TxDuplicatesDialog, undo_bar);
  gtk_widget_class_bind_template_child (widget_class, TxDuplicatesDialog, undo_label);
  gtk_widget_class_bind_template_callback (widget_class, on_undo_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tx_duplicates_dialog_init (TxDuplicatesDialog *self)
{
  g_type_ensure (TX_TYPE_PERSON);
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

TxDuplicatesDialog *
tx_duplicates_dialog_new_pair (GtkWindow  *parent,
                               TxDatabase *db,
                               const char *first,
                               const char *second)
{
  TxDuplicatesDialog *self;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (first != NULL && second != NULL, NULL);

  self = g_object_new (TX_TYPE_DUPLICATES_DIALOG, "transient-for", parent,
                       "title", _("Merge People"), NULL);
  self->db = g_object_ref (db);
  self->first = g_strdup (first);
  self->second = g_strdup (second);
  fill (self);
  return self;
}
