/* tx-archive-filters.c — the archive's filters: the bar above the list,
 * the rarer ones in 更多筛选, and the filter they make for the list's query
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-codes.h"
#include "core/model/tx-community-query.h"

#include "app/tx-app-util.h"
#include "tx-archive-page-private.h"

/* a filter clicked: reread soon, once a few more clicks had their chance */
#define FILTER_DELAY_MS 50

void
_tx_archive_page_read_filter (TxArchivePage  *self,
                              TxPersonFilter *filter)
{
  guint community = gtk_drop_down_get_selected (self->community_drop);
  int min_age = gtk_spin_button_get_value_as_int (self->min_age_spin);
  int max_age = gtk_spin_button_get_value_as_int (self->max_age_spin);

  tx_person_filter_init (filter);
  filter->search = tx_record_list_page_get_search (TX_RECORD_LIST_PAGE (self));
  filter->category = tx_code_drop_down_get_code (self->category_drop);
  if (community < self->community_uuids->len)
    filter->community = g_ptr_array_index (self->community_uuids, community);
  filter->political_status = tx_code_drop_down_get_code (self->political_drop);
  filter->ethnicity = tx_code_drop_down_get_code (self->ethnicity_drop);
  filter->gender = tx_code_drop_down_get_code (self->gender_drop);
  filter->role_kind = tx_code_drop_down_get_code (self->role_drop);
  filter->status = tx_code_drop_down_get_code (self->status_drop);
  /* 0 shows "—": no bound */
  filter->min_age = min_age > 0 ? min_age : -1;
  filter->max_age = max_age > 0 ? max_age : -1;
  if (self->ages_year > 0)
    filter->today = (TxCivilDate) { self->ages_year, 12, 31 };
  filter->representative = gtk_check_button_get_active (self->representative_check) ? 1 : -1;
  filter->key_person = gtk_check_button_get_active (self->key_person_check) ? 1 : -1;
  filter->sort = (TxPersonSort) gtk_drop_down_get_selected (self->sort_drop);
}

void
tx_archive_page_get_filter (TxArchivePage  *self,
                            TxPersonFilter *filter)
{
  g_return_if_fail (TX_IS_ARCHIVE_PAGE (self));
  g_return_if_fail (filter != NULL);
  _tx_archive_page_read_filter (self, filter);
}

/* How many of the rarer filters in the popover are set. */
static guint
count_more_filters (TxArchivePage *self)
{
  return (tx_code_drop_down_get_code (self->ethnicity_drop) != NULL)
       + (tx_code_drop_down_get_code (self->gender_drop) != NULL)
       + (tx_code_drop_down_get_code (self->role_drop) != NULL)
       + (gtk_spin_button_get_value_as_int (self->min_age_spin) > 0
          || gtk_spin_button_get_value_as_int (self->max_age_spin) > 0)
       + gtk_check_button_get_active (self->representative_check)
       + gtk_check_button_get_active (self->key_person_check);
}

gboolean
_tx_archive_page_is_filtered (TxArchivePage *self)
{
  return tx_code_drop_down_get_code (self->category_drop) != NULL
      || gtk_drop_down_get_selected (self->community_drop) > 0
      || tx_code_drop_down_get_code (self->political_drop) != NULL
      || g_strcmp0 (tx_code_drop_down_get_code (self->status_drop), "1") != 0
      || count_more_filters (self) > 0;
}

static void
update_more_button (TxArchivePage *self)
{
  guint n = count_more_filters (self);

  if (n == 0)
    gtk_menu_button_set_label (self->more_button, _("More _Filters"));
  else
    {
      /* Translators: the button of the rarer filters, with how many are set */
      g_autofree char *label = g_strdup_printf (_("More _Filters (%u)"), n);

      gtk_menu_button_set_label (self->more_button, label);
    }
}

/* the filters set from code (the overview's bars): a click, not typing,
 * so no reason to wait */
static void
show_set_filters (TxArchivePage *self)
{
  update_more_button (self);
  tx_record_list_page_queue_reload (TX_RECORD_LIST_PAGE (self), 0);
}

static void
on_filter_changed (TxArchivePage *self)
{
  if (self->updating > 0)
    return;
  update_more_button (self);
  tx_record_list_page_queue_reload (TX_RECORD_LIST_PAGE (self), FILTER_DELAY_MS);
}

/* Age spin buttons: 0 is shown as "—", meaning no bound. */
static gboolean
on_age_output (GtkSpinButton *spin,
               gpointer       user_data)
{
  int value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = value > 0 ? g_strdup_printf ("%d", value) : g_strdup ("—");

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_age_input (GtkSpinButton *spin,
              double        *new_value,
              gpointer       user_data)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end = NULL;
  gint64 value;

  if (*text == '\0' || g_str_equal (text, "—") || g_str_equal (text, "-"))
    {
      *new_value = 0;
      return TRUE;
    }
  value = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0' || value < 0)
    return GTK_INPUT_ERROR;
  *new_value = (double) value;
  return TRUE;
}

/* A code drop-down whose empty entry says what "no filter" means. */
static void
setup_filter_drop (GtkDropDown *drop,
                   const char  *kind,
                   const char  *all_label)
{
  GtkStringList *names;
  const char *first[] = { all_label, NULL };

  tx_code_drop_down_setup (drop, kind, TRUE);
  names = GTK_STRING_LIST (gtk_drop_down_get_model (drop));
  gtk_string_list_splice (names, 0, 1, first);
  gtk_drop_down_set_selected (drop, 0);
}

static gboolean
same_communities (TxArchivePage *self,
                  GPtrArray     *communities)
{
  GListModel *names = gtk_drop_down_get_model (self->community_drop);

  if (names == NULL || communities->len + 1 != self->community_uuids->len)
    return FALSE;
  for (guint i = 0; i < communities->len; i++)
    {
      TxCommunity *community = g_ptr_array_index (communities, i);
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (names), i + 1);

      if (g_strcmp0 (g_ptr_array_index (self->community_uuids, i + 1),
                     tx_record_get_uuid (TX_RECORD (community))) != 0
          || g_strcmp0 (name, tx_community_get_name (community)) != 0)
        return FALSE;
    }
  return TRUE;
}

/* The community drop-down follows the database, keeping the chosen one. */
void
_tx_archive_page_update_communities (TxArchivePage *self)
{
  g_autoptr(GError) error = NULL;
  TxDatabase *db = tx_record_list_page_get_database (TX_RECORD_LIST_PAGE (self));
  g_autoptr(GPtrArray) communities = tx_community_list (db, &error);
  g_autoptr(GtkStringList) names = NULL;
  g_autofree char *selected = NULL;
  guint position = 0;

  if (communities == NULL)
    {
      tx_show_error (GTK_WIDGET (self), _("The communities could not be read"), error);
      return;
    }
  if (same_communities (self, communities))
    return;

  selected = g_strdup (g_ptr_array_index (self->community_uuids,
                                          MIN (gtk_drop_down_get_selected (self->community_drop),
                                               self->community_uuids->len - 1)));
  names = gtk_string_list_new (NULL);
  gtk_string_list_append (names, _("All communities"));
  g_ptr_array_set_size (self->community_uuids, 1);
  for (guint i = 0; i < communities->len; i++)
    {
      TxCommunity *community = g_ptr_array_index (communities, i);
      const char *uuid = tx_record_get_uuid (TX_RECORD (community));

      gtk_string_list_append (names, tx_community_get_name (community) ? tx_community_get_name (community) : "");
      g_ptr_array_add (self->community_uuids, g_strdup (uuid));
      if (g_strcmp0 (uuid, selected) == 0)
        position = i + 1;
    }
  self->updating++;
  gtk_drop_down_set_model (self->community_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->community_drop, position);
  self->updating--;
}

/* Ages counted on 31 December of @year (0: today); the note under the age
 * bounds says so, and changing a bound by hand goes back to today. */
static void
set_ages_year (TxArchivePage *self,
               int            year)
{
  g_autofree char *note = NULL;

  self->ages_year = year;
  if (year > 0)
    note = g_strdup_printf (_("Ages reached in %d"), year);
  gtk_label_set_label (self->ages_year_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->ages_year_label), year > 0);
}

static void
on_age_changed (TxArchivePage *self)
{
  if (self->updating > 0)
    return;
  set_ages_year (self, 0);
  on_filter_changed (self);
}

void
_tx_archive_page_reset_filters (TxArchivePage *self)
{
  self->updating++;
  gtk_drop_down_set_selected (self->category_drop, 0);
  gtk_drop_down_set_selected (self->community_drop, 0);
  gtk_drop_down_set_selected (self->political_drop, 0);
  tx_code_drop_down_set_code (self->status_drop, "1");
  gtk_drop_down_set_selected (self->ethnicity_drop, 0);
  gtk_drop_down_set_selected (self->gender_drop, 0);
  gtk_drop_down_set_selected (self->role_drop, 0);
  gtk_spin_button_set_value (self->min_age_spin, 0);
  gtk_spin_button_set_value (self->max_age_spin, 0);
  set_ages_year (self, 0);
  gtk_check_button_set_active (self->representative_check, FALSE);
  gtk_check_button_set_active (self->key_person_check, FALSE);
  self->updating--;
  on_filter_changed (self);
}

void
tx_archive_page_show_filtered (TxArchivePage *self,
                               const char    *category,
                               const char    *community_uuid)
{
  g_return_if_fail (TX_IS_ARCHIVE_PAGE (self));

  self->updating++;
  _tx_archive_page_reset_filters (self);
  tx_code_drop_down_set_code (self->category_drop, category);
  for (guint i = 1; community_uuid != NULL && i < self->community_uuids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->community_uuids, i), community_uuid) == 0)
      gtk_drop_down_set_selected (self->community_drop, i);
  self->updating--;
  show_set_filters (self);
}

void
tx_archive_page_show_ages (TxArchivePage *self,
                           int            min_age,
                           int            max_age,
                           int            year)
{
  g_return_if_fail (TX_IS_ARCHIVE_PAGE (self));

  self->updating++;
  _tx_archive_page_reset_filters (self);
  /* the spin buttons show 0 as "—", no bound; an age of 0 is no bound either */
  gtk_spin_button_set_value (self->min_age_spin, MAX (min_age, 0));
  gtk_spin_button_set_value (self->max_age_spin, MAX (max_age, 0));
  set_ages_year (self, year);
  self->updating--;
  show_set_filters (self);
}

void
tx_archive_page_show_gender (TxArchivePage *self,
                             const char    *gender)
{
  g_return_if_fail (TX_IS_ARCHIVE_PAGE (self));

  self->updating++;
  _tx_archive_page_reset_filters (self);
  tx_code_drop_down_set_code (self->gender_drop, gender);
  self->updating--;
  show_set_filters (self);
}

static void
connect_filter (TxArchivePage *self,
                gpointer       widget,
                const char    *signal)
{
  g_signal_connect_object (widget, signal, G_CALLBACK (on_filter_changed), self, G_CONNECT_SWAPPED);
}

void
_tx_archive_page_init_filters (TxArchivePage *self)
{
  setup_filter_drop (self->category_drop, TX_CODE_CATEGORY, _("All categories"));
  setup_filter_drop (self->political_drop, TX_CODE_POLITICAL, _("Any political status"));
  setup_filter_drop (self->status_drop, TX_CODE_PERSON_STATUS, _("Any status"));
  setup_filter_drop (self->ethnicity_drop, TX_CODE_ETHNICITY, _("Any ethnicity"));
  setup_filter_drop (self->gender_drop, TX_CODE_GENDER, _("Any gender"));
  setup_filter_drop (self->role_drop, TX_CODE_ROLE_KIND, _("Any role"));
  tx_code_drop_down_set_code (self->status_drop, "1");
  {
    g_autoptr(GtkStringList) communities = gtk_string_list_new ((const char *[]) { _("All communities"), NULL });
    gtk_drop_down_set_model (self->community_drop, G_LIST_MODEL (communities));
  }

  g_signal_connect (self->min_age_spin, "output", G_CALLBACK (on_age_output), NULL);
  g_signal_connect (self->max_age_spin, "output", G_CALLBACK (on_age_output), NULL);
  g_signal_connect (self->min_age_spin, "input", G_CALLBACK (on_age_input), NULL);
  g_signal_connect (self->max_age_spin, "input", G_CALLBACK (on_age_input), NULL);
  on_age_output (self->min_age_spin, NULL);
  on_age_output (self->max_age_spin, NULL);

  connect_filter (self, self->category_drop, "notify::selected");
  connect_filter (self, self->community_drop, "notify::selected");
  connect_filter (self, self->political_drop, "notify::selected");
  connect_filter (self, self->status_drop, "notify::selected");
  connect_filter (self, self->ethnicity_drop, "notify::selected");
  connect_filter (self, self->gender_drop, "notify::selected");
  connect_filter (self, self->role_drop, "notify::selected");
  connect_filter (self, self->sort_drop, "notify::selected");
  g_signal_connect_object (self->min_age_spin, "value-changed", G_CALLBACK (on_age_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->max_age_spin, "value-changed", G_CALLBACK (on_age_changed), self, G_CONNECT_SWAPPED);
  connect_filter (self, self->representative_check, "toggled");
  connect_filter (self, self->key_person_check, "toggled");
}
