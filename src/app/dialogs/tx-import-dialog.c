/* tx-import-dialog.c — importing an exchange file: trial run, report, apply
 *
 * The trial run and the import run on a thread with a database connection
 * of their own (a connection is used by one thread at a time), so the
 * window stays responsive (TxAppTask, which shows the progress).
 * The trial run is the import rolled back, so what the report says is
 * what applying does.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/backup/tx-backup.h"
#include "core/exchange/tx-exchange-import.h"
#include "core/model/tx-codes.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-person.h"
#include "core/db/tx-store.h"

#include "app/tx-app-task.h"
#include "app/tx-app-util.h"
#include "tx-import-dialog.h"
#include "app/tx-window.h"

#define MAX_PROBLEMS_SHOWN 50
#define MAX_CONFLICTS_SHOWN 5

struct _TxImportDialog
{
  GtkWindow parent_instance;

  TxDatabase     *db;
  GFile          *file;
  TxImportReport *report;      /* of the trial run */
  TxAppTask      *task;        /* the running one, or NULL */
  GHashTable     *choosers;    /* their uuid → GtkDropDown (the grid's) of one conflict */

  GtkLabel       *source_label;
  GtkStack       *stack;
  GtkProgressBar *progress_bar;
  GtkLabel       *progress_label;
  GtkLabel       *summary_label;
  GtkGrid        *counts_grid;
  GtkLabel       *problems_label;
  GtkWidget      *conflict_box;
  GtkGrid        *conflict_grid;
  GtkDropDown    *choice_drop_down;
  GtkWidget      *cancel_button;
  GtkWidget      *apply_button;
};

G_DEFINE_FINAL_TYPE (TxImportDialog, tx_import_dialog, GTK_TYPE_WINDOW)

static const char * const outcome_labels[TX_N_OUTCOMES] = {
  N_("Added"), N_("Updated"), N_("Unchanged"), N_("Older, skipped"), N_("Conflicts"),
  N_("Rejected"), N_("Trashed"),
};

/* ---- the job on its thread ---------------------------------------------------- */

typedef struct
{
  GFile           *file;
  TxImportOptions  options;
  TxImportReport  *report;
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->options.choices, g_hash_table_unref);
  g_clear_object (&job->file);
  g_clear_pointer (&job->report, tx_import_report_free);
  g_free (job);
}

static gboolean
run_job (TxDatabase         *db,
         gpointer            data,
         TxAppTaskProgress  *progress,
         GCancellable       *cancellable,
         GError            **error)
{
  Job *job = data;

  job->report = tx_exchange_import (db, job->file, &job->options, tx_app_task_progress, progress, cancellable, error);
  return job->report != NULL;
}

static void job_done (GObject *source, GAsyncResult *result, gpointer data);

/* the choices made for single conflicts, for the job */
static GHashTable *
collect_choices (TxImportDialog *self)
{
  GHashTable *choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer uuid, chooser;

  g_hash_table_iter_init (&iter, self->choosers);
  while (g_hash_table_iter_next (&iter, &uuid, &chooser))
    g_hash_table_insert (choices, g_strdup (uuid),
                         GINT_TO_POINTER (gtk_drop_down_get_selected (GTK_DROP_DOWN (chooser))));
  return choices;
}

static void
start_job (TxImportDialog *self,
           gboolean        dry_run)
{
  Job *job = g_new0 (Job, 1);

  job->file = g_object_ref (self->file);
  job->options.dry_run = dry_run;
  /* a bad file can always be undone: the data is copied before it writes */
  job->options.backup = tx_backup_import_hook;
  job->options.on_conflict = gtk_drop_down_get_selected (self->choice_drop_down);
  job->options.choices = collect_choices (self);

  gtk_label_set_text (self->progress_label, dry_run ? _("Trial run: reading the file, nothing is written…")
                                                    : _("Importing…"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_set_sensitive (self->apply_button, FALSE);

  self->task = tx_app_task_new (self->db, run_job, job, (GDestroyNotify) job_free);
  tx_app_task_run (self->task, self->progress_bar, job_done, g_object_ref (self));
}

/* ---- the report ----------------------------------------------------------------- */

/* numbers (the counts) line up on the right, words on the left */
static void
attach_label (GtkGrid    *grid,
              const char *text,
              int         column,
              int         row,
              gboolean    strong)
{
  GtkLabel *label = tx_grid_attach_label (grid, text, column, row, strong);
  gboolean number = grid != NULL && g_str_equal (gtk_widget_get_name (GTK_WIDGET (grid)), "counts-grid");

  gtk_label_set_xalign (label, column > 0 && number ? 1 : 0);
  gtk_label_set_selectable (label, !number);
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
show_counts (TxImportDialog *self)
{
  int row = 1;

  clear_grid (self->counts_grid);
  for (guint outcome = 0; outcome < TX_N_OUTCOMES; outcome++)
    attach_label (self->counts_grid, _(outcome_labels[outcome]), outcome + 1, 0, TRUE);
  for (guint kind = 0; kind < TX_N_KINDS; kind++)
    {
      guint64 sum = 0;

      for (guint outcome = 0; outcome < TX_N_OUTCOMES; outcome++)
        sum += self->report->counts[kind][outcome];
      if (sum == 0)
        continue;
      attach_label (self->counts_grid, tx_exchange_kind_label (kind), 0, row, TRUE);
      for (guint outcome = 0; outcome < TX_N_OUTCOMES; outcome++)
        {
          g_autofree char *n = g_strdup_printf ("%" G_GUINT64_FORMAT, self->report->counts[kind][outcome]);

          attach_label (self->counts_grid, n, outcome + 1, row, FALSE);
        }
      row++;
    }
}

static void
show_problems (TxImportDialog *self)
{
  GString *text = g_string_new (NULL);
  GHashTableIter iter;
  gpointer name, n;
  guint shown = 0;

  g_hash_table_iter_init (&iter, self->report->legacy);
  while (g_hash_table_iter_next (&iter, &name, &n))
    g_string_append_printf (text, _("Older category “%s” mapped onto the current ones: %u\n"),
                            (const char *) name, GPOINTER_TO_UINT (n));
  for (guint i = 0; i < self->report->problems->len; i++)
    {
      TxImportProblem *problem = g_ptr_array_index (self->report->problems, i);

      if (problem->conflict)
        continue;
      if (shown++ == MAX_PROBLEMS_SHOWN)
        {
          g_string_append (text, _("… and more (the command line lists them all)\n"));
          break;
        }
      g_string_append_printf (text, "%s\n", problem->message);
    }
  g_strchomp (text->str);
  gtk_label_set_text (self->problems_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_label), text->len > 0);
  g_string_free (text, TRUE);
}

static void on_choice_changed (TxImportDialog *self);

/* What to do with this one person; the first entry leaves it to the
 * choice for every conflict. */
static int
attach_chooser (TxImportDialog *self,
                const char     *theirs,
                int             row)
{
  const char * const items[] = {
    _("As chosen for every conflict"), _("Keep mine"), _("Take theirs (merge mine into it)"), _("Keep both"), NULL
  };
  GtkWidget *chooser = gtk_drop_down_new_from_strings (items);

  gtk_widget_set_halign (chooser, GTK_ALIGN_START);
  gtk_widget_set_margin_bottom (chooser, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chooser), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What to do with this person"), -1);
  g_signal_connect_swapped (chooser, "notify::selected", G_CALLBACK (on_choice_changed), self);
  gtk_grid_attach (self->conflict_grid, chooser, 1, row, 2, 1);
  g_hash_table_insert (self->choosers, g_strdup (theirs), chooser);
  return row + 1;
}

static int
show_one_conflict (TxImportDialog  *self,
                   TxImportProblem *problem,
                   int              row)
{
  g_autoptr(TxRecord) mine = tx_store_load (self->db, TX_TYPE_PERSON, problem->local_uuid, NULL);
  TxRecordClass *klass = TX_RECORD_GET_CLASS (problem->theirs);

  attach_label (self->conflict_grid, "", 0, row, TRUE);
  attach_label (self->conflict_grid, _("Here"), 1, row, TRUE);
  attach_label (self->conflict_grid, _("In the file"), 2, row++, TRUE);
  for (guint i = 0; mine != NULL && i < klass->n_fields; i++)
    {
      g_autofree char *a = tx_record_dup_field_text (mine, i);
      g_autofree char *b = tx_record_dup_field_text (problem->theirs, i);
      GtkWidget *label;

      if (*a == '\0' && *b == '\0')
        continue;
      attach_label (self->conflict_grid, _(klass->fields[i].label), 0, row, FALSE);
      attach_label (self->conflict_grid, a, 1, row, FALSE);
      attach_label (self->conflict_grid, b, 2, row, FALSE);
      /* what differs stands out */
      label = gtk_grid_get_child_at (self->conflict_grid, 2, row);
      if (!g_str_equal (a, b))
        gtk_widget_add_css_class (label, "error");
      row++;
    }
  return attach_chooser (self, problem->uuid, row);
}

static void
show_conflicts (TxImportDialog *self)
{
  int row = 0;
  guint shown = 0;

  g_hash_table_remove_all (self->choosers);
  clear_grid (self->conflict_grid);
  for (guint i = 0; i < self->report->problems->len && shown < MAX_CONFLICTS_SHOWN; i++)
    {
      TxImportProblem *problem = g_ptr_array_index (self->report->problems, i);

      if (!problem->conflict || problem->theirs == NULL)
        continue;
      row = show_one_conflict (self, problem, row);
      shown++;
    }
  gtk_widget_set_visible (self->conflict_box, shown > 0);
}

static gboolean
conflicts_decided (TxImportDialog *self)
{
  if (gtk_drop_down_get_selected (self->choice_drop_down) != TX_CONFLICT_UNDECIDED)
    return TRUE;
  for (guint i = 0; i < self->report->problems->len; i++)
    {
      TxImportProblem *problem = g_ptr_array_index (self->report->problems, i);
      GtkDropDown *chooser;

      if (!problem->conflict || problem->decided)
        continue;
      chooser = g_hash_table_lookup (self->choosers, problem->uuid);
      if (chooser == NULL || gtk_drop_down_get_selected (chooser) == TX_CONFLICT_UNDECIDED)
        return FALSE;
    }
  return TRUE;
}

static gboolean
can_apply (TxImportDialog *self)
{
  return self->report != NULL && self->task == NULL &&
         tx_import_report_count (self->report, TX_OUTCOME_REJECTED) == 0 &&
         conflicts_decided (self);
}

static void
show_summary (TxImportDialog *self)
{
  guint64 rejected = tx_import_report_count (self->report, TX_OUTCOME_REJECTED);
  guint64 conflicts = tx_import_report_undecided (self->report);
  g_autofree char *text = NULL;

  if (rejected > 0)
    text = g_strdup_printf (_("%llu records fail the checks; the file cannot be imported. Ask the sender for a corrected file."),
                            (unsigned long long) rejected);
  else if (conflicts > 0)
    text = g_strdup_printf (_("%llu people in the file have the ID number of someone else here. Compare them below and choose what to do."),
                            (unsigned long long) conflicts);
  else
    text = g_strdup (_("Trial run done: nothing was written yet. Import to apply it."));
  gtk_label_set_text (self->summary_label, text);
}

static const char *
privacy_label (const char *privacy)
{
  if (g_strcmp0 (privacy, "full") == 0)
    return _("full values");
  if (g_strcmp0 (privacy, "omit") == 0)
    return _("no sensitive values");
  return _("ID numbers and phones masked");
}

static void
show_report (TxImportDialog *self)
{
  TxImportReport *report = self->report;
  g_autofree char *source = g_strdup_printf (_("From %s (area code %s), data as of %s, written %s, privacy: %s"),
                                             report->office_name, report->office_code ? report->office_code : "—",
                                             report->as_of, report->created, privacy_label (report->privacy));

  gtk_label_set_text (self->source_label, source);
  show_summary (self);
  show_counts (self);
  show_problems (self);
  show_conflicts (self);
  gtk_stack_set_visible_child_name (self->stack, "report");
  gtk_widget_set_sensitive (self->apply_button, can_apply (self));
}

/* ---- finishing -------------------------------------------------------------------- */

static void
finish_applied (TxImportDialog *self,
                TxImportReport *report)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *message = g_strdup_printf (_("Imported from %s: %llu added, %llu updated."), report->office_name,
                                              (unsigned long long) tx_import_report_count (report, TX_OUTCOME_ADDED),
                                              (unsigned long long) tx_import_report_count (report, TX_OUTCOME_UPDATED));

  /* the import wrote through a connection of its own */
  tx_database_check_external_changes (self->db);
  if (TX_IS_WINDOW (parent))
    {
      tx_window_refresh (TX_WINDOW (parent));
      tx_show_toast (GTK_WIDGET (parent), message, NULL, NULL, NULL, NULL);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
job_done (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  g_autoptr(TxImportDialog) self = data;
  g_autoptr(GError) error = NULL;
  Job *job = tx_app_task_get_job (TX_APP_TASK (source));
  gboolean was_trial = job->options.dry_run;
  g_autoptr(TxImportReport) report = NULL;

  if (tx_app_task_finish (TX_APP_TASK (source), result, &error))
    report = g_steal_pointer (&job->report);
  g_clear_object (&self->task);
  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  if (report == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_window_destroy (GTK_WINDOW (self));
          return;
        }
      gtk_label_set_text (self->progress_label, error->message);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_progress_bar_set_text (self->progress_bar, _("Refused"));
      gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
      return;
    }
  if (!was_trial && report->applied)
    {
      finish_applied (self, report);
      return;
    }
  g_clear_pointer (&self->report, tx_import_report_free);
  self->report = g_steal_pointer (&report);
  show_report (self);
}

static void
on_cancel_clicked (TxImportDialog *self)
{
  tx_app_task_cancel_or_close (self->task, GTK_WINDOW (self));
}

static void
on_apply_clicked (TxImportDialog *self)
{
  if (can_apply (self))
    start_job (self, FALSE);
}

static void
on_choice_changed (TxImportDialog *self)
{
  gtk_widget_set_sensitive (self->apply_button, can_apply (self));
}

static void
tx_import_dialog_dispose (GObject *object)
{
  TxImportDialog *self = TX_IMPORT_DIALOG (object);

  tx_app_task_clear (&self->task);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (tx_import_dialog_parent_class)->dispose (object);
}

static void
tx_import_dialog_finalize (GObject *object)
{
  TxImportDialog *self = TX_IMPORT_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_object (&self->file);
  g_clear_pointer (&self->report, tx_import_report_free);
  g_clear_pointer (&self->choosers, g_hash_table_unref);
  G_OBJECT_CLASS (tx_import_dialog_parent_class)->finalize (object);
}

static void
tx_import_dialog_class_init (TxImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_import_dialog_dispose;
  object_class->finalize = tx_import_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TxImportDialog, source_label);
  gtk_widget_class_bind_template_child (widget_class, TxImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TxImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TxImportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, TxImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TxImportDialog, counts_grid);
  gtk_widget_class_bind_template_child (widget_class, TxImportDialog, problems_label);
  gtk_widget_class_bind_template_child (widget_class, TxImportDialog, conflict_box);
  gtk_widget_class_bind_template_child (widget_class, TxImportDialog, conflict_grid);
  gtk_widget_class_bind_template_child (widget_class, TxImportDialog, choice_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TxImportDialog, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tx_import_dialog_init (TxImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->choosers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

TxImportDialog *
tx_import_dialog_new (GtkWindow  *parent,
                      TxDatabase *db,
                      GFile      *file)
{
  TxImportDialog *self;
  g_autofree char *name = g_file_get_basename (file);

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (TX_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->file = g_object_ref (file);
  gtk_label_set_text (self->source_label, name);
  start_job (self, TRUE);
  return self;
}

gboolean
tx_import_dialog_is_busy (TxImportDialog *self)
{
  g_return_val_if_fail (TX_IS_IMPORT_DIALOG (self), FALSE);
  return self->task != NULL;
}

/* ---- the file chooser ------------------------------------------------------------ */

static void
on_chosen (GtkWidget      *parent,
           GFile          *file,
           GtkFileChooser *chooser,
           gpointer        db)
{
  TxImportDialog *dialog = tx_import_dialog_new (GTK_WINDOW (parent), db, file);

  gtk_window_present (GTK_WINDOW (dialog));
}

void
tx_import_dialog_choose (GtkWindow  *parent,
                         TxDatabase *db)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  TxFileChoice choice = { _("Import an Exchange File"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL, filter };

  gtk_file_filter_set_name (filter, _("Exchange files (.xml, .xml.gz)"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_pattern (filter, "*.xml.gz");
  tx_choose_file (GTK_WIDGET (parent), &choice, on_chosen, g_object_ref (db), g_object_unref);
}
