/* tx-overview-page.c — the first page: the year at a glance, and what to do
 *
 * The office's name, the year's key figures and charts (from
 * tx_year_figures_compute, the same figures as `tongxin-cli stats --year`),
 * the reminders of the office's rules, and how many records of each kind
 * there are; on a database without people, the first-run state: new
 * person, import, or a look at demo data in a separate database.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/reminders/tx-reminders.h"
#include "core/stats/tx-year-figures.h"
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
#include "tx-archive-page.h"
#include "tx-record-list-page.h"
#include "app/widgets/tx-bar-chart.h"
#include "app/editors/tx-visit-editor.h"
#include "app/tx-window.h"
#include "tx-overview-page.h"
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

#define N_COUNT_ROWS G_N_ELEMENTS (count_rows)

/* the reminders shown: at most this many of each kind */
#define REMINDER_LIMIT 50

typedef enum
{
  FIGURE_PEOPLE, FIGURE_REPRESENTATIVE, FIGURE_KEY, FIGURE_ACTIVITIES, FIGURE_MEETINGS,
  FIGURE_VISITS, FIGURE_SUGGESTIONS_OPEN, FIGURE_SUGGESTIONS_OVERDUE, N_FIGURES
} Figure;

typedef enum
{
  CHART_CATEGORY, CHART_COMMUNITY, CHART_ACTIVITY_MONTH, CHART_MEETING_MONTH,
  CHART_AGE, CHART_GENDER, N_CHARTS
} Chart;

/* the year figures' groups the charts show, in Chart order */
static const char * const chart_groups[N_CHARTS] = {
  TX_FIGURES_PEOPLE_CATEGORY, TX_FIGURES_PEOPLE_COMMUNITY, TX_FIGURES_ACTIVITY_MONTH,
  TX_FIGURES_MEETING_MONTH, TX_FIGURES_PEOPLE_AGE, TX_FIGURES_PEOPLE_GENDER,
};

struct _TxOverviewPage
{
  GtkBox parent_instance;

  TxDatabase   *db;
  GCancellable *cancellable;   /* the counting running, if any */
  gboolean      creating_demo;

  GtkStack       *overview_stack;
  GtkLabel       *office_label;
  GtkWidget      *office_hint;
  GtkWidget      *demo_button;
  GtkProgressBar *demo_progress;
  GtkLabel       *count_labels[N_COUNT_ROWS];

  GtkLabel       *year_heading;
  GtkLabel       *figure_labels[N_FIGURES];
  TxBarChart     *charts[N_CHARTS];
  GtkListView    *reminder_list;
  GtkLabel       *reminder_summary;
  GtkWidget      *open_button;
  GtkWidget      *visit_button;
  GListStore     *reminders;           /* TxReminder */
  GtkSingleSelection *selection;
  TxYearFigures  *figures;             /* the figures shown, or NULL */
};

/* buildable ids, in Figure and Chart order */
static const char * const figure_ids[N_FIGURES] = {
  "figure_people", "figure_representative", "figure_key", "figure_activities", "figure_meetings",
  "figure_visits", "figure_suggestions_open", "figure_suggestions_overdue",
};
static const char * const chart_ids[N_CHARTS] = {
  "category_chart", "community_chart", "activity_month_chart", "meeting_month_chart",
  "age_chart", "gender_chart",
};

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
set_figure (TxOverviewPage *self,
            Figure          figure,
            gint64          value)
{
  g_autofree char *text = value >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : g_strdup ("—");

  gtk_label_set_label (self->figure_labels[figure], text);
}

/* The gender chart leaves out the codes nobody has (未知, 未说明 are rare). */
static GPtrArray *
chart_bars (TxYearFigures *figures,
            Chart          chart)
{
  GPtrArray *group = tx_year_figures_dup_group (figures, chart_groups[chart]);

  for (guint i = group->len; chart == CHART_GENDER && i > 0; i--)
    if (((TxFigure *) g_ptr_array_index (group, i - 1))->value == 0)
      g_ptr_array_remove_index (group, i - 1);
  return group;
}

static void
show_figures (TxOverviewPage *self,
              TxYearFigures  *figures)
{
  static const char * const keys[N_FIGURES] = {
    "people", "people.representative", "people.key", "activities", "meetings", "visits",
    "suggestions.awaiting", "suggestions.overdue",
  };
  g_autofree char *heading = NULL;

  g_set_object (&self->figures, figures);
  for (guint i = 0; i < N_FIGURES; i++)
    set_figure (self, i, figures != NULL ? tx_year_figures_get_value (figures, keys[i]) : -1);
  for (guint i = 0; i < N_CHARTS; i++)
    {
      g_autoptr(GPtrArray) bars = figures != NULL ? chart_bars (figures, i) : NULL;

      tx_bar_chart_set_figures (self->charts[i], bars);
    }
  heading = figures != NULL ? g_strdup_printf (_("The Year %d"), tx_year_figures_get_year (figures)) : g_strdup ("");
  gtk_label_set_label (self->year_heading, heading);
}

static void
show_reminders (TxOverviewPage *self,
                GPtrArray      *reminders)
{
  guint n_todo = 0;
  g_autofree char *summary = NULL;

  g_list_store_remove_all (self->reminders);
  for (guint i = 0; reminders != NULL && i < reminders->len; i++)
    {
      TxReminder *reminder = g_ptr_array_index (reminders, i);

      g_list_store_append (self->reminders, reminder);
      n_todo += !tx_reminder_get_done (reminder) && tx_reminder_get_kind (reminder) != TX_REMINDER_HOLIDAY;
    }
  summary = reminders == NULL ? g_strdup (_("The reminders could not be read."))
          : n_todo == 0 ? g_strdup (_("Nothing to do for now."))
          : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u thing to do (at most %u of each kind shown)",
                                          "%u things to do (at most %u of each kind shown)", n_todo),
                             n_todo, REMINDER_LIMIT);
  gtk_label_set_label (self->reminder_summary, summary);
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
  show_figures (self, counts->figures);
  show_reminders (self, counts->reminders);
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

/* ---- charts and reminders -------------------------------------------------- */

static TxWindow *
get_window (TxOverviewPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return TX_IS_WINDOW (root) ? TX_WINDOW (root) : NULL;
}

/* The archive page, which the caller filters, then shows (NULL in a
 * test without a window) */
static TxArchivePage *
get_archive_page (TxOverviewPage *self)
{
  TxWindow *window = get_window (self);
  GtkWidget *archive = window != NULL ? tx_window_get_page (window, "archive") : NULL;

  return archive != NULL && TX_IS_ARCHIVE_PAGE (archive) ? TX_ARCHIVE_PAGE (archive) : NULL;
}

static void
show_archive_filtered (TxOverviewPage *self,
                       const char     *category,
                       const char     *community)
{
  TxArchivePage *archive = get_archive_page (self);

  if (archive == NULL)
    return;
  tx_archive_page_show_filtered (archive, category, community);
  tx_window_show_page (get_window (self), "archive");
}

static void
on_category_bar_activated (TxOverviewPage *self,
                           guint           index,
                           const char     *ref)
{
  show_archive_filtered (self, ref, NULL);
}

/* "none" (no community) has no uuid: the bar opens the whole archive */
static void
on_community_bar_activated (TxOverviewPage *self,
                            guint           index,
                            const char     *ref)
{
  show_archive_filtered (self, NULL, ref);
}

/* the people of an age band, their ages counted as the chart counts them
 * (reached in the year shown); "unknown" (no birth date) opens nothing */
static void
on_age_bar_activated (TxOverviewPage *self,
                      guint           index,
                      const char     *ref)
{
  int min_age, max_age;
  TxArchivePage *archive;

  if (self->figures == NULL || !tx_year_figures_age_band (ref, &min_age, &max_age))
    return;
  archive = get_archive_page (self);
  if (archive == NULL)
    return;
  tx_archive_page_show_ages (archive, min_age, max_age, tx_year_figures_get_year (self->figures));
  tx_window_show_page (get_window (self), "archive");
}

static void
on_gender_bar_activated (TxOverviewPage *self,
                         guint           index,
                         const char     *ref)
{
  TxArchivePage *archive;

  if (ref == NULL)
    return;
  archive = get_archive_page (self);
  if (archive == NULL)
    return;
  tx_archive_page_show_gender (archive, ref);
  tx_window_show_page (get_window (self), "archive");
}

/* A month bar opens its list filtered to that month of the figures' year
 * (the bar's ref is the month, "03"). */
static void
show_month (TxOverviewPage *self,
            const char     *page_name,
            const char     *ref)
{
  TxWindow *window = get_window (self);
  GtkWidget *page = window != NULL ? tx_window_get_page (window, page_name) : NULL;
  int month = ref != NULL ? (int) g_ascii_strtoll (ref, NULL, 10) : 0;

  if (page == NULL)
    return;
  if (TX_IS_RECORD_LIST_PAGE (page) && self->figures != NULL && month >= 1 && month <= 12)
    tx_record_list_page_show_month (TX_RECORD_LIST_PAGE (page), tx_year_figures_get_year (self->figures), month);
  tx_window_show_page (window, page_name);
}

static void
on_activity_month_bar_activated (TxOverviewPage *self,
                                 guint           index,
                                 const char     *ref)
{
  show_month (self, "activities", ref);
}

static void
on_meeting_month_bar_activated (TxOverviewPage *self,
                                guint           index,
                                const char     *ref)
{
  show_month (self, "consultations", ref);
}

static TxReminder *
selected_reminder (TxOverviewPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* A reminder about a record opens it; one about the year's meetings or a
 * holiday opens the page of its kind. */
static void
open_reminder (TxOverviewPage *self,
               TxReminder     *reminder)
{
  TxWindow *window = get_window (self);

  if (window == NULL || reminder == NULL)
    return;
  if (tx_reminder_get_uuid (reminder) != NULL)
    tx_window_open_record (window, tx_reminder_get_entity (reminder), tx_reminder_get_uuid (reminder));
  else if (tx_reminder_get_kind (reminder) == TX_REMINDER_MEETINGS)
    tx_window_show_page (window, "consultations");
  else
    tx_window_show_page (window, "visits");
}

static void
on_reminder_activated (TxOverviewPage *self,
                       guint           position)
{
  g_autoptr(TxReminder) reminder = g_list_model_get_item (G_LIST_MODEL (self->reminders), position);

  open_reminder (self, reminder);
}

static void
on_open_clicked (TxOverviewPage *self)
{
  open_reminder (self, selected_reminder (self));
}

static void
on_record_visit_clicked (TxOverviewPage *self)
{
  TxReminder *reminder = selected_reminder (self);
  TxWindow *window = get_window (self);
  GtkWindow *editor;

  if (reminder == NULL || window == NULL || tx_reminder_get_kind (reminder) != TX_REMINDER_HOLIDAY_VISIT)
    return;
  editor = tx_visit_editor_new_for_holiday (GTK_WINDOW (window), self->db, tx_reminder_get_uuid (reminder),
                                            tx_reminder_get_holiday (reminder),
                                            tx_reminder_get_holiday_year (reminder));
  gtk_window_present (editor);
}

static void
on_selection_changed (TxOverviewPage *self)
{
  TxReminder *reminder = selected_reminder (self);

  gtk_widget_set_sensitive (self->open_button, reminder != NULL);
  gtk_widget_set_sensitive (self->visit_button, reminder != NULL &&
                            tx_reminder_get_kind (reminder) == TX_REMINDER_HOLIDAY_VISIT);
}

TxYearFigures *
tx_overview_page_get_figures (TxOverviewPage *self)
{
  g_return_val_if_fail (TX_IS_OVERVIEW_PAGE (self), NULL);
  return self->figures;
}

GListModel *
tx_overview_page_get_reminders (TxOverviewPage *self)
{
  g_return_val_if_fail (TX_IS_OVERVIEW_PAGE (self), NULL);
  return G_LIST_MODEL (self->reminders);
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

  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, year_heading);
  for (guint i = 0; i < N_FIGURES; i++)
    gtk_widget_class_bind_template_child_full (widget_class, figure_ids[i], FALSE,
                                               G_STRUCT_OFFSET (TxOverviewPage, figure_labels)
                                               + i * sizeof (GtkLabel *));
  for (guint i = 0; i < N_CHARTS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, chart_ids[i], FALSE,
                                               G_STRUCT_OFFSET (TxOverviewPage, charts)
                                               + i * sizeof (TxBarChart *));
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, reminder_list);
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, reminder_summary);
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, open_button);
  gtk_widget_class_bind_template_child (widget_class, TxOverviewPage, visit_button);
  gtk_widget_class_bind_template_callback (widget_class, on_category_bar_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_community_bar_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_activity_month_bar_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_month_bar_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_age_bar_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_gender_bar_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_reminder_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_record_visit_clicked);
}

static void
tx_overview_page_init (TxOverviewPage *self)
{
  g_type_ensure (TX_TYPE_BAR_CHART);
  g_type_ensure (TX_TYPE_REMINDER);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->reminders = g_list_store_new (TX_TYPE_REMINDER);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->reminders)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self);
  gtk_list_view_set_model (self->reminder_list, GTK_SELECTION_MODEL (self->selection));
}
