/* tx-archive-page.c — the archive: everyone on file, filtered and sorted
 *
 * A TxRecordListPage: the base reads the core's lazy TxRecordList in the
 * database's reading thread (SQLite filters and sorts and hands back row
 * ids only; a row's TxPerson is built when the view shows it), and owns
 * the search, the count, the selection and the trash with 撤销. This page
 * gives the query its filters make (tx-archive-filters.c), the person
 * editor, and its own actions on the people selected: 信息登记表, 花名册,
 * 合并人员, and the phone numbers shown in full.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-person.h"

#include "app/tx-app-util.h"
#include "app/widgets/tx-person-columns.h"
#include "tx-archive-page-private.h"
#include "app/dialogs/tx-duplicates-dialog.h"
#include "app/editors/tx-person-editor.h"
#include "app/print/tx-print-documents.h"
#include "app/dialogs/tx-roster-dialog.h"

G_DEFINE_FINAL_TYPE (TxArchivePage, tx_archive_page, TX_TYPE_RECORD_LIST_PAGE)

#define BASE(self) TX_RECORD_LIST_PAGE (self)

/* ---- what the base asks ------------------------------------------------------ */

/* The community drop-down follows the database at each reading but those
 * of a new search text: typing cannot change the communities, and reading
 * them all (a query a community) would delay every keystroke's search. */
static TxQuery *
build_query (TxRecordListPage *page,
             const char       *search)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (page);
  TxPersonFilter filter;

  if (!self->communities_read || g_strcmp0 (search, self->last_search) == 0)
    {
      _tx_archive_page_update_communities (self);
      self->communities_read = TRUE;
    }
  g_free (self->last_search);
  self->last_search = g_strdup (search);
  _tx_archive_page_read_filter (self, &filter);
  return tx_person_filter_to_query (&filter);
}

static gboolean
is_filtered (TxRecordListPage *page)
{
  return _tx_archive_page_is_filtered (TX_ARCHIVE_PAGE (page));
}

static void
selection_changed (TxRecordListPage *page)
{
  guint n = tx_record_list_page_get_n_selected (page);

  gtk_widget_action_set_enabled (GTK_WIDGET (page), "archive.print-person", n == 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "archive.merge", n == 2);
}

/* ---- printing --------------------------------------------------------------- */

/* 花名册 of the list as filtered or of the people selected */
static void
print_roster_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (widget);
  TxDatabase *db = tx_record_list_page_get_database (BASE (self));
  g_auto(GStrv) selected = NULL;
  TxRosterDialog *dialog;
  TxPersonFilter filter;

  if (db == NULL)
    return;
  selected = tx_record_list_page_dup_selected_uuids (BASE (self));
  _tx_archive_page_read_filter (self, &filter);
  dialog = tx_roster_dialog_new (tx_record_list_page_get_window (BASE (self)), db, &filter,
                                 tx_archive_page_get_n_people (self), (const char * const *) selected);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* the uuids selected when there are exactly @n and a database (NULL
 * otherwise): what the actions on one or two people act on */
static GStrv
dup_selected_exactly (TxRecordListPage *page,
                      guint             n)
{
  g_auto(GStrv) selected = tx_record_list_page_dup_selected_uuids (page);

  if (tx_record_list_page_get_database (page) == NULL || g_strv_length (selected) != n)
    return NULL;
  return g_steal_pointer (&selected);
}

/* 信息登记表 of the one person selected */
static void
print_person_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TxRecordListPage *page = BASE (widget);
  g_auto(GStrv) selected = dup_selected_exactly (page, 1);

  if (selected == NULL)
    return;
  tx_print_document (tx_record_list_page_get_window (page), tx_record_list_page_get_database (page),
                     &(TxDocumentRequest) { .kind = TX_DOCUMENT_REGISTRATION_SHEET, .person_uuid = selected[0] });
}

/* ---- merging two people ---------------------------------------------------- */

/* 合并人员…: the two selected, side by side, merged as the user chooses
 * (the same dialog as for people who share an ID number) */
static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxRecordListPage *page = BASE (widget);
  g_auto(GStrv) selected = dup_selected_exactly (page, 2);
  TxDuplicatesDialog *dialog;

  if (selected == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  dialog = tx_duplicates_dialog_new_pair (tx_record_list_page_get_window (page), tx_record_list_page_get_database (page),
                                          selected[0], selected[1]);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- phone numbers ------------------------------------------------------------ */

static void
on_reveal_toggled (TxArchivePage   *self,
                   GtkToggleButton *toggle)
{
  gboolean reveal = gtk_toggle_button_get_active (toggle);
  GtkColumnViewColumn *shown = reveal ? self->phone_column : self->phone_full_column;
  GtkColumnViewColumn *wanted = reveal ? self->phone_full_column : self->phone_column;
  GtkColumnView *view = tx_record_list_page_get_view (BASE (self));
  GListModel *columns = gtk_column_view_get_columns (view);

  /* Two columns swapped, not one with two factories: GTK 4.8 does not
   * rebuild the cells of a column whose factory changes, and a hidden
   * column still takes its width. */
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (column == shown)
        {
          gtk_column_view_remove_column (view, shown);
          gtk_column_view_insert_column (view, i, wanted);
          break;
        }
    }
}

/* ---- GObject --------------------------------------------------------------- */

static void
tx_archive_page_finalize (GObject *object)
{
  TxArchivePage *self = TX_ARCHIVE_PAGE (object);

  g_clear_pointer (&self->community_uuids, g_ptr_array_unref);
  g_clear_pointer (&self->last_search, g_free);
  G_OBJECT_CLASS (tx_archive_page_parent_class)->finalize (object);
}

static const char * const shown_entities[] = { "person", "community", NULL };

static void
init_page_class (TxRecordListPageClass *page_class)
{
  /* the list: what it shows and reads */
  page_class->count = NP_("%u person", "%u people");
  page_class->build_query = build_query;
  page_class->is_filtered = is_filtered;
  page_class->queue_search = TRUE;
  page_class->entities = shown_entities;
  page_class->list_label = N_("People in the archive");
  page_class->read_failed = N_("The archive could not be read");
  page_class->empty_text = N_("No one is in the archive yet. Add a person with New (Ctrl+N).");
  page_class->empty_filtered_text = N_("No one matches the search and the filters.");

  /* the person editor */
  page_class->editor_new = tx_person_editor_new;
  page_class->new_label = N_("New Person");

  /* people chosen several at a time, acted on below the list */
  page_class->multiple = TRUE;
  page_class->toolbar_below = TRUE;
  page_class->selection_changed = selection_changed;
  page_class->trashed_many = NP_("%u person was moved to the trash", "%u people were moved to the trash");
  page_class->trash_tooltip = N_("Move the selected people to the trash (Delete)");
  page_class->trash_failed = N_("The people could not be moved to the trash");
  page_class->restore_failed = N_("The people could not be restored from the trash");
  page_class->undo_label = N_("_Undo");
}

static void
tx_archive_page_class_init (TxArchivePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tx_archive_page_finalize;
  g_type_ensure (TX_TYPE_CODE_DROP_DOWN);
  init_page_class (TX_RECORD_LIST_PAGE_CLASS (klass));

  tx_record_list_page_class_set_template (widget_class, "/io/github/tongxin/Tongxin/tx-archive-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, category_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, community_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, political_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, status_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, ethnicity_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, gender_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, ages_year_label);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, role_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, sort_drop);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, min_age_spin);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, max_age_spin);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, representative_check);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, key_person_check);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, more_button);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, reset_button);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, phone_column);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, phone_full_column);
  gtk_widget_class_bind_template_child (widget_class, TxArchivePage, reveal_phone_toggle);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_toggled);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_reset_clicked",
                                                G_CALLBACK (_tx_archive_page_reset_filters));
  tx_person_columns_bind_closures (widget_class);

  gtk_widget_class_install_action (widget_class, "archive.print-roster", NULL, print_roster_action);
  gtk_widget_class_install_action (widget_class, "archive.print-person", NULL, print_person_action);
  gtk_widget_class_install_action (widget_class, "archive.merge", NULL, merge_action);
}

static void
tx_archive_page_init (TxArchivePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* the name tests and the benchmark find the archive's list by */
  gtk_widget_set_name (GTK_WIDGET (tx_record_list_page_get_view (BASE (self))), "archive-view");

  self->community_uuids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->community_uuids, NULL);
  _tx_archive_page_init_filters (self);
}

GtkWidget *
tx_archive_page_new (void)
{
  return g_object_new (TX_TYPE_ARCHIVE_PAGE, NULL);
}

guint
tx_archive_page_get_n_people (TxArchivePage *self)
{
  g_return_val_if_fail (TX_IS_ARCHIVE_PAGE (self), 0);
  return tx_record_list_page_get_n_items (BASE (self));
}
