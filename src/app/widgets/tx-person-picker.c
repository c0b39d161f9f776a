/* tx-person-picker.c — a modal window to choose one or more people
 *
 * The same lazy list as the archive page (tx-archive-page.c), searched the
 * same way. What is chosen is kept by row id across searches, so one can
 * search for 张伟, choose him, search for 李娜 and add her.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-person.h"
#include "core/model/tx-person-filter.h"
#include "core/model/tx-record-list.h"
#include "core/db/tx-store.h"

#include "app/tx-app-util.h"
#include "tx-person-columns.h"
#include "tx-person-picker.h"

#define SEARCH_DELAY_MS 150
#define NAMES_SHOWN     5

struct _TxPersonPicker
{
  GtkWindow               parent_instance;

  TxDatabase             *db;
  gboolean                multiple;
  GStrv                   exclude;
  TxPersonPickerCallback  callback;
  gpointer                user_data;
  gboolean                done;

  GArray                 *chosen;        /* gint64 row ids, in the order chosen */
  GtkSelectionModel      *selection;
  TxRecordList           *list;
  GCancellable           *cancellable;
  char                   *search;
  guint                   search_source;
  guint                   updating;
  gboolean                loading;
  gboolean                reload_pending;

  GtkSearchEntry         *search_entry;
  GtkColumnView          *view;
  GtkLabel               *chosen_label;
  GtkLabel               *hint_label;
};

G_DEFINE_FINAL_TYPE (TxPersonPicker, tx_person_picker, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_load (TxPersonPicker *self);

static gboolean
is_chosen (TxPersonPicker *self,
           gint64          id,
           guint          *index)
{
  for (guint i = 0; i < self->chosen->len; i++)
    if (g_array_index (self->chosen, gint64, i) == id)
      {
        if (index != NULL)
          *index = i;
        return TRUE;
      }
  return FALSE;
}

static void
set_chosen (TxPersonPicker *self,
            gint64          id,
            gboolean        chosen)
{
  guint index;

  if (!self->multiple && chosen)
    g_array_set_size (self->chosen, 0);
  if (is_chosen (self, id, &index))
    {
      if (!chosen)
        g_array_remove_index (self->chosen, index);
    }
  else if (chosen)
    g_array_append_val (self->chosen, id);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "picker.choose", self->chosen->len > 0);
}

static void
update_chosen_label (TxPersonPicker *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;
  guint n = self->chosen->len;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "picker.choose", n > 0);
  if (n == 0)
    {
      gtk_label_set_label (self->chosen_label, _("No one chosen yet"));
      return;
    }
  for (guint i = 0; i < MIN (n, NAMES_SHOWN); i++)
    {
      g_autoptr(TxRecord) person = tx_store_load_row (self->db, TX_TYPE_PERSON,
                                                      g_array_index (self->chosen, gint64, i), NULL);
      g_autofree char *name = person != NULL ? tx_record_dup_title (person) : NULL;

      if (name == NULL)
        continue;
      if (names->len > 0)
        g_string_append (names, "、");
      g_string_append (names, name);
    }
  if (n > NAMES_SHOWN)
    g_string_append (names, "…");
  /* Translators: %u is how many people are chosen, %s their names */
  text = g_strdup_printf (ngettext ("%u chosen: %s", "%u chosen: %s", n), n, names->str);
  gtk_label_set_label (self->chosen_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->chosen_label), text);
}

static void
on_selection_changed (TxPersonPicker *self,
                      guint           position,
                      guint           n_items)
{
  if (self->updating > 0 || self->list == NULL)
    return;
  for (guint i = position; i < position + n_items && i < g_list_model_get_n_items (G_LIST_MODEL (self->list)); i++)
    {
      gboolean selected = gtk_selection_model_is_selected (self->selection, i);

      /* a single selection reports the row that lost it too */
      if (!self->multiple && !selected)
        continue;
      set_chosen (self, tx_record_list_get_row_id (self->list, i), selected);
    }
  if (!self->multiple
      && gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (self->selection)) == GTK_INVALID_LIST_POSITION)
    g_array_set_size (self->chosen, 0);
  update_chosen_label (self);
}

/* ---- loading --------------------------------------------------------------- */

static void
set_loading (TxPersonPicker *self,
             gboolean        loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Shows the new list with what was chosen before still selected. */
static void
show_list (TxPersonPicker *self,
           TxRecordList   *list)
{
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  g_set_object (&self->list, list);
  self->updating++;
  /* emptied first, or GTK 4.8 builds every new row (see tx-record-list.c) */
  if (self->multiple)
    {
      gtk_multi_selection_set_model (GTK_MULTI_SELECTION (self->selection), NULL);
      gtk_multi_selection_set_model (GTK_MULTI_SELECTION (self->selection), G_LIST_MODEL (list));
    }
  else
    {
      gtk_single_selection_set_model (GTK_SINGLE_SELECTION (self->selection), NULL);
      gtk_single_selection_set_model (GTK_SINGLE_SELECTION (self->selection), G_LIST_MODEL (list));
    }
  if (self->chosen->len > 0)
    {
      for (guint i = 0; i < n; i++)
        if (is_chosen (self, tx_record_list_get_row_id (list, i), NULL))
          gtk_bitset_add (selected, i);
      if (self->multiple)
        {
          mask = gtk_bitset_new_range (0, n);
          gtk_selection_model_set_selection (self->selection, selected, mask);
        }
      else if (!gtk_bitset_is_empty (selected))
        gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (self->selection),
                                           gtk_bitset_get_minimum (selected));
    }
  self->updating--;
}

static void
on_list_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TxPersonPicker) self = user_data;
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(GError) error = NULL;

  list = tx_record_list_new_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->view == NULL)
    return;
  set_loading (self, FALSE);
  if (self->reload_pending)
    {
      self->reload_pending = FALSE;
      start_load (self);
      return;
    }
  if (list == NULL)
    {
      tx_show_error (GTK_WIDGET (self), _("The archive could not be read"), error);
      return;
    }
  show_list (self, list);
}

static void
start_load (TxPersonPicker *self)
{
  TxPersonFilter filter;
  g_autoptr(TxQuery) query = NULL;

  g_clear_handle_id (&self->search_source, g_source_remove);
  if (self->loading)
    {
      self->reload_pending = TRUE;
      return;
    }
  tx_person_filter_init (&filter);
  filter.search = self->search;
  filter.exclude = (const char * const *) self->exclude;
  query = tx_person_filter_to_query (&filter);
  set_loading (self, TRUE);
  tx_record_list_new_async (self->db, query, self->cancellable, on_list_loaded, g_object_ref (self));
}

static gboolean
search_timeout (gpointer user_data)
{
  TxPersonPicker *self = user_data;

  self->search_source = 0;
  start_load (self);
  return G_SOURCE_REMOVE;
}

static void
on_search_changed (TxPersonPicker *self,
                   GtkSearchEntry *entry)
{
  g_free (self->search);
  self->search = tx_editable_dup_text (GTK_EDITABLE (entry));
  g_clear_handle_id (&self->search_source, g_source_remove);
  self->search_source = g_timeout_add (SEARCH_DELAY_MS, search_timeout, self);
}

/* ---- finishing ------------------------------------------------------------- */

static void
finish (TxPersonPicker *self,
        GStrv           uuids)
{
  if (self->done)
    return;
  self->done = TRUE;
  if (self->callback != NULL)
    self->callback (uuids, self->user_data);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TxPersonPicker *self = TX_PERSON_PICKER (widget);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uuids = NULL;

  for (guint i = 0; i < self->chosen->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TxRecord) person = tx_store_load_row (self->db, TX_TYPE_PERSON,
                                                      g_array_index (self->chosen, gint64, i), &error);

      if (person == NULL)
        {
          tx_show_error (widget, _("A chosen person could not be read"), error);
          return;
        }
      g_strv_builder_add (builder, tx_record_get_uuid (person));
    }
  uuids = g_strv_builder_end (builder);
  if (uuids[0] == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  finish (self, uuids);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_view_activate (TxPersonPicker *self,
                  guint           position,
                  GtkColumnView  *view)
{
  if (self->list == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    return;
  set_chosen (self, tx_record_list_get_row_id (self->list, position), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self), "picker.choose", NULL);
}

/* Enter in the search: with one person found, that is the one. */
static void
on_search_activate (TxPersonPicker *self,
                    GtkSearchEntry *entry)
{
  if (self->chosen->len == 0 && self->list != NULL && !self->loading
      && g_list_model_get_n_items (G_LIST_MODEL (self->list)) == 1)
    set_chosen (self, tx_record_list_get_row_id (self->list, 0), TRUE);
  if (self->chosen->len > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "picker.choose", NULL);
}

static void
on_stop_search (TxPersonPicker *self,
                GtkSearchEntry *entry)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
tx_person_picker_close_request (GtkWindow *window)
{
  finish (TX_PERSON_PICKER (window), NULL);
  return GTK_WINDOW_CLASS (tx_person_picker_parent_class)->close_request (window);
}

/* ---- GObject --------------------------------------------------------------- */

static void
tx_person_picker_dispose (GObject *object)
{
  TxPersonPicker *self = TX_PERSON_PICKER (object);

  /* destroyed with its parent: that is a cancel too */
  finish (self, NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->search_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_PERSON_PICKER);
  self->view = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (tx_person_picker_parent_class)->dispose (object);
}

static void
tx_person_picker_finalize (GObject *object)
{
  TxPersonPicker *self = TX_PERSON_PICKER (object);

  g_clear_object (&self->db);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->exclude, g_strfreev);
  g_clear_pointer (&self->chosen, g_array_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (tx_person_picker_parent_class)->finalize (object);
}

static void
tx_person_picker_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TxPersonPicker *self = TX_PERSON_PICKER (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading || self->search_source != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_person_picker_class_init (TxPersonPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tx_person_picker_dispose;
  object_class->finalize = tx_person_picker_finalize;
  object_class->get_property = tx_person_picker_get_property;
  window_class->close_request = tx_person_picker_close_request;

  /* TRUE while the list is being read */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-person-picker.ui");
  tx_widget_class_bind_cell_callbacks (widget_class);
  gtk_widget_class_bind_template_child (widget_class, TxPersonPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TxPersonPicker, view);
  gtk_widget_class_bind_template_child (widget_class, TxPersonPicker, chosen_label);
  gtk_widget_class_bind_template_child (widget_class, TxPersonPicker, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate);
  tx_person_columns_bind_closures (widget_class);

  gtk_widget_class_install_action (widget_class, "picker.choose", NULL, choose_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tx_person_picker_init (TxPersonPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cancellable = g_cancellable_new ();
}

static void
setup (TxPersonPicker *self)
{
  if (self->multiple)
    self->selection = GTK_SELECTION_MODEL (gtk_multi_selection_new (NULL));
  else
    {
      GtkSingleSelection *single = gtk_single_selection_new (NULL);

      gtk_single_selection_set_autoselect (single, FALSE);
      gtk_single_selection_set_can_unselect (single, TRUE);
      self->selection = GTK_SELECTION_MODEL (single);
      gtk_window_set_title (GTK_WINDOW (self), _("Choose a Person"));
      gtk_widget_set_visible (GTK_WIDGET (self->hint_label), FALSE);
    }
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->view, self->selection);
  update_chosen_label (self);
  start_load (self);
}

void
tx_person_picker_choose (GtkWindow              *parent,
                         TxDatabase             *db,
                         gboolean                multiple,
                         const char * const     *exclude_uuids,
                         TxPersonPickerCallback  callback,
                         gpointer                user_data)
{
  TxPersonPicker *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (TX_IS_DATABASE (db));

  self = g_object_new (TX_TYPE_PERSON_PICKER,
                       "transient-for", parent,
                       NULL);
  self->db = g_object_ref (db);
  self->multiple = multiple;
  self->exclude = g_strdupv ((char **) exclude_uuids);
  self->callback = callback;
  self->user_data = user_data;
  setup (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
