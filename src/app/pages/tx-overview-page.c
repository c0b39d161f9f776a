/* tx-overview-page.c — the first page: the year at a glance, and what to do
 *
 * The office's name, the year's key figures and charts (from
 * tx_year_figures_compute, the same figures as `tongxin-cli stats --year`),
 * the reminders of the office's rules, and how many records of each kind
 * there are; on a database without people, the first-run state: new
 * person, import, or a look at demo data in a separate database. This
 * file reads it all (in the database's reading thread) and shows the
 * counts; the charts and the reminders have files of their own.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-community.h"
#include "core/model/tx-consultation.h"
#include "core/demo/tx-demo.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/db/tx-settings.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"

#include "app/tx-app-util.h"
#include "app/tx-application.h"
#include "tx-overview-page-private.h"
#include "tx-page.h"

typedef struct
{
  const char *id;           /* buildable id of the count label */
  GType     (*get_type) (void);
} TxCountRow;

static const TxCountRow count_rows[] = {
  { "count-people",        tx_person_get_type },
  { "count-communities",   tx_community_get_type },
  { "count-staff",         tx_staff_get_type },
  { "count-activities",    tx_activity_get_type },
  { "count-visits",        tx_visit_get_type },
  { "count-consultations", tx_consultation_get_type },
  { "count-suggestions",   tx_suggestion_get_type },
  { "count-pairings",      tx_pairing_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (count_rows) == N_COUNT_ROWS);

static void tx_overview_page_iface_init (TxPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TxOverviewPage, tx_overview_page, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, tx_overview_page_iface_init))

static void
update_office (TxOverviewPage *self)
{
  g_autofree char *name = tx_settings_dup (self->db, TX_SETTING_OFFICE_NAME);

  gtk_label_set_label (self->office_label, name != NULL ? name : "");
  gtk_widget_set_visible (GTK_WIDGET (self->office_label), name != NULL);
  gtk_widget_set_visible (self->office_hint, name == NULL);
}

/* The counts of N_COUNT_ROWS kinds, -1 for one that failed; in the
 * database's reading thread. */
typedef struct
{
  gint64         counts[N_COUNT_ROWS];
  char          *errors[N_COUNT_ROWS];
  TxYearFigures *figures;     /* NULL when they could not be read */
  GPtrArray     *reminders;   /* TxReminder, or NULL */
  char          *figures_error;
} Counts;

static void
counts_free (gpointer data)
{
  Counts *counts = data;

  for (guint i = 0; i < N_COUNT_ROWS; i++)
    g_free (counts->errors[i]);
  g_clear_object (&counts->figures);
  g_clear_pointer (&counts->reminders, g_ptr_array_unref);
  g_free (counts->figures_error);
  g_free (counts);
}

/* The year's figures and the reminders, in the reading thread: at 100,000
 * people they take a second or more, so a newer reload's cancel stops
 * them between queries (and SQLite within one, tx_database_read_async). */
static void
read_figures (TxDatabase   *reader,
              Counts       *counts,
              GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  TxReminderOptions options;

  tx_reminder_options_init (&options);
  options.limit = REMINDER_LIMIT;
  options.cancellable = cancellable;
  counts->figures = tx_year_figures_compute_cancellable (reader, options.today.year, NULL, cancellable, &error);
  if (counts->figures != NULL)
    counts->reminders = tx_reminders_compute (reader, &options, &error);
  if (error != NULL)
    counts->figures_error = g_strdup (error->message);
}

static gpointer
count_records (TxDatabase    *reader,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  Counts *counts = g_new0 (Counts, 1);

  for (guint i = 0; i < N_COUNT_ROWS && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autoptr(GError) local_error = NULL;

      counts->counts[i] = tx_store_count (reader, count_rows[i].get_type (), FALSE, &local_error);
      if (local_error != NULL)
        {
          counts->counts[i] = -1;
          counts->errors[i] = g_strdup (local_error->message);
        }
    }
  if (!g_cancellable_is_cancelled (cancellable))
    read_figures (reader, counts, cancellable);
  /* a cancelled job's result is dropped by tx_database_read_async */
  return counts;
}

static void
show_counts (TxOverviewPage *self,
             const Counts   *counts)
{
  for (guint i = 0; i < N_COUNT_ROWS; i++)
    {
      GtkLabel *label = self->count_labels[i];

      if (counts->errors[i] != NULL)
        {
          /* A dash, not a wrong number; the reason is in the tooltip. */
          gtk_label_set_label (label, "—");
          gtk_widget_set_tooltip_text (GTK_WIDGET (label), counts->errors[i]);
          g_debug ("Counting %s failed: %s", count_rows[i].id, counts->errors[i]);
        }
      else
        {
          g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, counts->counts[i]);

          gtk_label_set_label (label, text);
          gtk_widget_set_tooltip_text (GTK_WIDGET (label), NULL);
        }
    }
  gtk_stack_set_visible_child_name (self->overview_stack, counts->counts[0] == 0 ? "empty" : "counts");
  if (counts->figures_error != NULL)
    g_debug ("The year's figures could not be read: %s", counts->figures_error);
  _tx_overview_page_show_figures (self, counts->figures);
  _tx_overview_page_show_reminders (self, counts->reminders);
}

static void
on_counted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(TxOverviewPage) self = user_data;
  g_autoptr(GError) error = NULL;
  Counts *counts = tx_database_read_finish (TX_DATABASE (source), result, &error);

  if (counts == NULL)
    {
      /* a newer reload, another database or the page gone: theirs shows */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        tx_show_error (GTK_WIDGET (self), _("The numbers of records could not be read"), error);
      return;
    }
  show_counts (self, counts);
  counts_free (counts);
}

/* The counts, figures and reminders are read in the database's reading
 * thread, which the lists share: a reload cancels the one running (a
 * change made it stale), and while the page is hidden nothing new starts:
 * every change would otherwise queue seconds of work at 100,000 people in
 * front of the lists' reads. Showing the page reloads it (map). */
static void
tx_overview_page_reload (TxPage *page)
{
  TxOverviewPage *self = TX_OVERVIEW_PAGE (page);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->db == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  update_office (self);
  self->cancellable = g_cancellable_new ();
  tx_database_read_async (self->db, count_records, NULL, NULL, counts_free,
                          self->cancellable, on_counted, g_object_ref (self));
}

static void
tx_overview_page_set_database (TxPage     *page,
                               TxDatabase *db)
{
  TxOverviewPage *self = TX_OVERVIEW_PAGE (page);

  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->db, db);
  tx_overview_page_reload (page);
}

static void
tx_overview_page_iface_init (TxPageInterface *iface)
{
  iface->set_database = tx_overview_page_set_database;
  iface->reload = tx_overview_page_reload;
}

gboolean
tx_overview_page_is_empty (TxOverviewPage *self)
{
  g_return_val_if_fail (TX_IS_OVERVIEW_PAGE (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->overview_stack), "empty") == 0;
}

TxWindow *
_tx_overview_page_get_window (TxOverviewPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return TX_IS_WINDOW (root) ? TX_WINDOW (root) : NULL;
}

/* ---- demo data ---------------------------------------------------------- */

static void
demo_progress (guint    done,
               guint    total,
               gpointer user_data)
{
  TxOverviewPage *self = user_data;
  double fraction = total > 0 ? (double) done / total : 0.0;
  g_autofree char *text = g_strdup_printf (_("Creating demo data… %d%%"), (int) (fraction * 100));

  gtk_progress_bar_set_fraction (self->demo_progress, fraction);
  gtk_progress_bar_set_text (self->demo_progress, text);
}

static void
demo_created (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TxOverviewPage) self = user_data;
  TxApplication *app = TX_APPLICATION (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tx_application_create_demo_finish (app, result, &error);

  self->creating_demo = FALSE;
  gtk_widget_set_sensitive (self->demo_button, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->demo_progress), FALSE);
  if (path == NULL)
    {
      tx_show_error (GTK_WIDGET (self), _("The demo data could not be created"), error);
      return;
    }
  tx_application_open_database (app, path);
}

static void
on_demo_clicked (TxOverviewPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
  g_autofree char *path = NULL;

  if (!TX_IS_APPLICATION (app) || self->creating_demo)
    return;

  path = tx_application_dup_demo_path ();
  self->creating_demo = TRUE;
  gtk_widget_set_sensitive (self->demo_button, FALSE);
  gtk_progress_bar_set_fraction (self->demo_progress, 0.0);
  gtk_progress_bar_set_text (self->demo_progress, _("Opening demo data…"));
  gtk_widget_set_visible (GTK_WIDGET (self->demo_progress), TRUE);
  tx_application_create_demo_async (TX_APPLICATION (app), path, TX_DEMO_DEFAULT_PEOPLE,
                                    demo_progress, self, NULL,
                                    demo_created, g_object_ref (self));
}

/* ---- GObject ------------------------------------------------------------ */

/* Other pages change the counts: they are read again each time the page
 * is shown. */
static void
tx_overview_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tx_overview_page_parent_class)->map (widget);
  tx_overview_page_reload (TX_PAGE (widget));
}

static void
tx_overview_page_dispose (GObject *object)
{
  TxOverviewPage *self = TX_OVERVIEW_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->db);
  g_clear_object (&self->figures);
  g_clear_object (&self->selection);
  g_clear_object (&self->reminders);

  G_OBJECT_CLASS (tx_overview_page_parent_class)->dispose (object);
}

static void
tx_overview_page_class_init (TxOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_overview_page_dispose;
  widget_class->map = tx_overview_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, overview_stack);
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, office_label);
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, office_hint);
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, demo_button);
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, demo_progress);
  for (guint i = 0; i < N_COUNT_ROWS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, count_rows[i].id, FALSE,
                                               G_STRUCT_OFFSET (TxOverviewPage, count_labels)
                                               + i * sizeof (GtkLabel *));
  gtk_widget_class_bind_template_callback (widget_class, on_demo_clicked);
  _tx_overview_page_class_bind_charts (widget_class);
  _tx_overview_page_class_bind_reminders (widget_class);
}

static void
tx_overview_page_init (TxOverviewPage *self)
{
  g_type_ensure (TX_TYPE_BAR_CHART);
  g_type_ensure (TX_TYPE_REMINDER);
  gtk_widget_init_template (GTK_WIDGET (self));
  _tx_overview_page_init_reminders (self);
}
