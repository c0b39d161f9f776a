/* tx-record-list-page.c — the base class of the pages that are one list of
 * records
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-record-list.h"
#include "core/db/tx-store.h"

#include "app/tx-app-util.h"
#include "tx-record-cells.h"
#include "tx-record-list-page-private.h"

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void page_iface_init      (TxPageInterface      *iface);
static void buildable_iface_init (GtkBuildableIface    *iface);

G_DEFINE_TYPE_WITH_CODE (TxRecordListPage, tx_record_list_page, GTK_TYPE_BOX,
                         G_ADD_PRIVATE (TxRecordListPage)
                         G_IMPLEMENT_INTERFACE (TX_TYPE_PAGE, page_iface_init)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, buildable_iface_init))

TxRecordListPagePrivate *
_tx_record_list_page_get_private (TxRecordListPage *self)
{
  return tx_record_list_page_get_instance_private (self);
}

/* ---- the count ------------------------------------------------------------ */

static gboolean
is_filtered (TxRecordListPage *self)
{
  return PRIV (self)->search != NULL || PRIV (self)->date_from != NULL ||
         (CLASS (self)->is_filtered && CLASS (self)->is_filtered (self));
}

static void
show_count (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv = PRIV (self);
  TxRecordListPageClass *klass = CLASS (self);
  guint n = tx_record_list_page_get_n_items (self);
  gboolean filtered = is_filtered (self);
  g_autofree char *text = klass->format_count (self, n, filtered);

  gtk_label_set_label (priv->count_label, text);
  _tx_record_list_page_update_actions (self);
  if (n == 0 && klass->empty_text != NULL)
    {
      const char *empty = filtered && klass->empty_filtered_text ? klass->empty_filtered_text : klass->empty_text;

      gtk_label_set_label (priv->empty_label, _(empty));
      gtk_stack_set_visible_child_name (priv->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (priv->stack, "list");
}

/* ---- the list ------------------------------------------------------------- */

static void
set_loading (TxRecordListPage *self,
             gboolean          loading)
{
  TxRecordListPagePrivate *priv = PRIV (self);

  if (priv->loading == loading)
    return;
  priv->loading = loading;
  gtk_spinner_set_spinning (priv->spinner, loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
tx_record_list_page_scroll_view_to_top (GtkColumnView *view)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", 0);
}

/* The rows of another search are listed ahead of the old ones: the view
 * goes to its top now, before the old rows go, so that GTK 4.8 gives their
 * widgets to the new rows instead of destroying them and building new
 * ones (tx-record-list.c). */
static void
on_new_rows_ahead (TxRecordListPage *self)
{
  tx_record_list_page_scroll_view_to_top (PRIV (self)->view);
}

static void
show_records (TxRecordListPage *self,
              TxRecordList     *records)
{
  TxRecordListPagePrivate *priv = PRIV (self);
  GListModel *rows;

  g_set_object (&priv->records, records);
  g_signal_connect_object (records, "new-rows-ahead", G_CALLBACK (on_new_rows_ahead), self, G_CONNECT_SWAPPED);
  rows = g_object_ref (G_LIST_MODEL (priv->records));
  g_clear_object (&priv->selection);
  priv->selection = _tx_record_list_page_new_selection (self, rows);
  g_signal_connect_object (priv->selection, "selection-changed",
                           G_CALLBACK (_tx_record_list_page_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (priv->selection, "items-changed",
                           G_CALLBACK (_tx_record_list_page_update_actions), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (priv->view, priv->selection);
}

static void
drop_records (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv = PRIV (self);

  if (priv->view != NULL && priv->selection != NULL)
    gtk_column_view_set_model (priv->view, NULL);
  g_clear_object (&priv->selection);
  g_clear_object (&priv->records);
}

static void
show_read_error (TxRecordListPage *self,
                 const GError     *error)
{
  tx_show_error (GTK_WIDGET (self), _(CLASS (self)->read_failed), error);
}

/* A load holds its page weakly: a page gone (or given another database)
 * cancels its load and drops the result. */
static gpointer
weak_hold (TxRecordListPage *self)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, self);
  return ref;
}

static TxRecordListPage *
weak_release (gpointer data)
{
  GWeakRef *ref = data;
  TxRecordListPage *self = g_weak_ref_get (ref);

  g_weak_ref_clear (ref);
  g_free (ref);
  return self;
}

/* A load that finished after a newer one started, or after the page went,
 * was cancelled: its result is dropped and the newer one shows. */
static gboolean
is_stale (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
on_records_created (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(TxRecordListPage) self = weak_release (user_data);
  g_autoptr(TxRecordList) records = NULL;
  g_autoptr(GError) error = NULL;

  records = tx_record_list_new_finish (result, &error);
  if (self == NULL || is_stale (error))
    return;
  set_loading (self, FALSE);
  if (records == NULL)
    show_read_error (self, error);
  else
    show_records (self, records);
  show_count (self);
  _tx_record_list_page_select_saved (self);
}

static void
on_records_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TxRecordListPage) self = weak_release (user_data);
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  /* No unselecting first: the list keeps the objects of the rows that
   * stay, and tells removals apart from insertions, so the selection keeps
   * a row that stays and drops one that goes without fetching any row. */
  if (!tx_record_list_set_query_finish (TX_RECORD_LIST (source), result, &error) && is_stale (error))
    return;
  set_loading (self, FALSE);
  if (error != NULL)
    show_read_error (self, error);
  show_count (self);
  _tx_record_list_page_select_saved (self);
}

void
tx_record_list_page_reload (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv;
  g_autoptr(TxQuery) query = NULL;

  g_return_if_fail (TX_IS_RECORD_LIST_PAGE (self));

  priv = PRIV (self);
  g_clear_handle_id (&priv->reload_source, g_source_remove);
  if (priv->db == NULL)
    {
      set_loading (self, FALSE);
      return;
    }
  /* always a new query: a page's query may depend on more than the search
   * (the suggestions' filters, today's date for what is overdue) */
  query = CLASS (self)->build_query (self, priv->search);
  _tx_record_list_page_add_dates (self, query);
  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  priv->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  if (priv->records == NULL)
    tx_record_list_new_async (priv->db, query, priv->cancellable, on_records_created, weak_hold (self));
  else
    tx_record_list_set_query_async (priv->records, query, priv->cancellable, on_records_read, weak_hold (self));
}

static gboolean
reload_timeout (gpointer user_data)
{
  TxRecordListPage *self = user_data;

  PRIV (self)->reload_source = 0;
  tx_record_list_page_reload (self);
  return G_SOURCE_REMOVE;
}

void
tx_record_list_page_queue_reload (TxRecordListPage *self,
                                  guint             delay_ms)
{
  TxRecordListPagePrivate *priv;

  g_return_if_fail (TX_IS_RECORD_LIST_PAGE (self));

  priv = PRIV (self);
  /* the query in flight answers a search that is out of date already: it
   * stops now, and leaves the reading thread to the next one */
  g_cancellable_cancel (priv->cancellable);
  g_clear_handle_id (&priv->reload_source, g_source_remove);
  priv->reload_source = g_timeout_add (delay_ms, reload_timeout, self);
  set_loading (self, TRUE);
}

gboolean
tx_record_list_page_get_loading (TxRecordListPage *self)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), FALSE);
  return PRIV (self)->loading;
}

TxDatabase *
tx_record_list_page_get_database (TxRecordListPage *self)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), NULL);
  return PRIV (self)->db;
}

const char *
tx_record_list_page_get_search (TxRecordListPage *self)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), NULL);
  return PRIV (self)->search;
}

guint
tx_record_list_page_get_n_items (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv;

  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), 0);
  priv = PRIV (self);
  return priv->records ? g_list_model_get_n_items (G_LIST_MODEL (priv->records)) : 0;
}

GtkColumnView *
tx_record_list_page_get_view (TxRecordListPage *self)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), NULL);
  return PRIV (self)->view;
}

gboolean
tx_record_list_page_focus_list (TxRecordListPage *self)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), FALSE);
  return gtk_widget_child_focus (GTK_WIDGET (PRIV (self)->view), GTK_DIR_TAB_FORWARD)
         || gtk_widget_grab_focus (GTK_WIDGET (PRIV (self)->view));
}

/* ---- the TxPage calls ----------------------------------------------------- */

static void
page_set_database (TxPage     *page,
                   TxDatabase *db)
{
  TxRecordListPage *self = TX_RECORD_LIST_PAGE (page);
  TxRecordListPagePrivate *priv = PRIV (self);

  if (!g_set_object (&priv->db, db))
    return;
  g_clear_pointer (&priv->last_trashed, g_ptr_array_unref);
  g_cancellable_cancel (priv->cancellable);
  set_loading (self, FALSE);
  drop_records (self);
  _tx_record_list_page_forget_dates (self);
  tx_record_list_page_reload (self);
}

static void
page_set_search (TxPage     *page,
                 const char *text)
{
  TxRecordListPage *self = TX_RECORD_LIST_PAGE (page);
  TxRecordListPagePrivate *priv = PRIV (self);
  g_autofree char *search = text ? g_strstrip (g_strdup (text)) : NULL;

  if (search != NULL && *search == '\0')
    g_clear_pointer (&search, g_free);
  if (g_strcmp0 (search, priv->search) == 0)
    return;
  g_free (priv->search);
  priv->search = g_steal_pointer (&search);
  if (CLASS (self)->queue_search)
    tx_record_list_page_queue_reload (self, 0);
  else
    tx_record_list_page_reload (self);
}

static void
page_reload (TxPage *page)
{
  tx_record_list_page_reload (TX_RECORD_LIST_PAGE (page));
}

static const char * const *
page_get_entities (TxPage *page)
{
  return CLASS (page)->entities;
}

static void
page_open_record (TxPage     *page,
                  const char *uuid)
{
  tx_record_list_page_open_record (TX_RECORD_LIST_PAGE (page), uuid);
}

static void
page_create_new (TxPage *page)
{
  tx_record_list_page_open_record (TX_RECORD_LIST_PAGE (page), NULL);
}

static const char *
page_get_new_label (TxPage *page)
{
  const char *label = CLASS (page)->new_label;

  return label ? _(label) : NULL;
}

static gboolean
page_focus_results (TxPage *page)
{
  return tx_record_list_page_focus_list (TX_RECORD_LIST_PAGE (page));
}

static void
page_iface_init (TxPageInterface *iface)
{
  iface->set_database = page_set_database;
  iface->set_search = page_set_search;
  iface->reload = page_reload;
  iface->open_record = page_open_record;
  iface->get_entities = page_get_entities;
  iface->create_new = page_create_new;
  iface->get_new_label = page_get_new_label;
  iface->focus_results = page_focus_results;
}

/* ---- a subclass's template ------------------------------------------------- */

static GtkBuildableIface *parent_buildable_iface;

/* Columns go into the list, "toolbar" children between the spinner and
 * 删除, "header" children above the rest, in the order of the subclass's
 * template. */
static void
buildable_add_child (GtkBuildable *buildable,
                     GtkBuilder   *builder,
                     GObject      *child,
                     const char   *type)
{
  TxRecordListPagePrivate *priv = PRIV (TX_RECORD_LIST_PAGE (buildable));

  if (GTK_IS_COLUMN_VIEW_COLUMN (child) && priv->view != NULL)
    gtk_column_view_append_column (priv->view, GTK_COLUMN_VIEW_COLUMN (child));
  else if (g_strcmp0 (type, "toolbar") == 0 && priv->toolbar != NULL)
    {
      GtkWidget *after = priv->last_toolbar_child ? priv->last_toolbar_child : GTK_WIDGET (priv->spinner);

      gtk_box_insert_child_after (priv->toolbar, GTK_WIDGET (child), after);
      priv->last_toolbar_child = GTK_WIDGET (child);
    }
  else if (g_strcmp0 (type, "header") == 0)
    {
      gtk_box_insert_child_after (GTK_BOX (buildable), GTK_WIDGET (child), priv->last_header_child);
      priv->last_header_child = GTK_WIDGET (child);
    }
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
buildable_iface_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = buildable_add_child;
}

/* ---- what a subclass gives as data ---------------------------------------- */

/* the vfuncs a subclass leaves unset: they call its class's data */
static TxQuery *
query_from_data (TxRecordListPage *self,
                 const char       *search)
{
  g_return_val_if_fail (CLASS (self)->query_new != NULL, NULL);
  return CLASS (self)->query_new (search);
}

char *
_tx_record_list_page_count_text (const TxRecordListPageCount *count,
                                 guint                        n)
{
  g_return_val_if_fail (count->singular != NULL && count->plural != NULL, NULL);
  /* the page's own words, with one %u */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, count->singular, count->plural, n), n);
#pragma GCC diagnostic pop
}

static char *
count_from_data (TxRecordListPage *self,
                 guint             n_items,
                 gboolean          filtered)
{
  const TxRecordListPageCount *count = &CLASS (self)->count;

  if (filtered && CLASS (self)->count_found.singular != NULL)
    count = &CLASS (self)->count_found;
  return _tx_record_list_page_count_text (count, n_items);
}

static void
class_init_data_vfuncs (TxRecordListPageClass *klass)
{
  klass->build_query = query_from_data;
  klass->format_count = count_from_data;
}

void
tx_record_list_page_create_for_person (TxPage     *page,
                                       const char *person_uuid)
{
  TxRecordListPage *self = TX_RECORD_LIST_PAGE (page);
  TxDatabase *db = tx_record_list_page_get_database (self);

  g_return_if_fail (db != NULL && CLASS (self)->editor_new_for_person != NULL);
  tx_record_list_page_present_editor (self,
                                      CLASS (self)->editor_new_for_person (tx_record_list_page_get_window (self),
                                                                           db, person_uuid),
                                      TRUE);
}

/* ---- the object ----------------------------------------------------------- */

/* the stack, the separator, then the toolbar */
static void
place_toolbar_below (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv = PRIV (self);

  gtk_widget_set_visible (priv->toolbar_separator, TRUE);
  gtk_box_reorder_child_after (GTK_BOX (self), priv->toolbar_separator, GTK_WIDGET (priv->stack));
  gtk_box_reorder_child_after (GTK_BOX (self), GTK_WIDGET (priv->toolbar), priv->toolbar_separator);
}

static void
tx_record_list_page_constructed (GObject *object)
{
  TxRecordListPage *self = TX_RECORD_LIST_PAGE (object);
  const char *label = CLASS (self)->list_label;

  G_OBJECT_CLASS (tx_record_list_page_parent_class)->constructed (object);
  if (label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (PRIV (self)->view),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _(label), -1);
  if (CLASS (self)->trash_tooltip != NULL)
    gtk_widget_set_tooltip_text (PRIV (self)->trash_button, _(CLASS (self)->trash_tooltip));
  if (CLASS (self)->toolbar_below)
    place_toolbar_below (self);
  show_count (self);
}

static void
tx_record_list_page_dispose (GObject *object)
{
  TxRecordListPage *self = TX_RECORD_LIST_PAGE (object);
  TxRecordListPagePrivate *priv = PRIV (self);

  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  g_clear_handle_id (&priv->reload_source, g_source_remove);
  drop_records (self);
  /* Not gtk_widget_dispose_template(): GTK 4.8's looks the children of
   * the instance's class (a subclass with template children of its own)
   * up among the base's, and aborts. The box's two children hold the
   * rest; the template's references go with the page. */
  if (priv->toolbar != NULL)
    gtk_widget_unparent (GTK_WIDGET (priv->toolbar));
  if (priv->stack != NULL)
    gtk_widget_unparent (GTK_WIDGET (priv->stack));
  if (priv->toolbar_separator != NULL)
    gtk_widget_unparent (priv->toolbar_separator);
  priv->toolbar = NULL;
  priv->stack = NULL;
  priv->toolbar_separator = NULL;
  priv->trash_button = NULL;
  priv->count_label = NULL;
  priv->date_filter = NULL;
  priv->date_filter_label = NULL;
  priv->spinner = NULL;
  priv->empty_label = NULL;
  priv->view = NULL;
  priv->last_toolbar_child = NULL;
  priv->last_header_child = NULL;
  g_clear_pointer (&priv->last_trashed, g_ptr_array_unref);
  g_clear_object (&priv->db);
  g_clear_pointer (&priv->search, g_free);
  g_clear_pointer (&priv->select_uuid, g_free);
  g_clear_pointer (&priv->date_from, g_free);
  g_clear_pointer (&priv->date_to, g_free);
  G_OBJECT_CLASS (tx_record_list_page_parent_class)->dispose (object);
}

static void
tx_record_list_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TxRecordListPage *self = TX_RECORD_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, PRIV (self)->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_record_list_page_class_init (TxRecordListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tx_record_list_page_constructed;
  object_class->dispose = tx_record_list_page_dispose;
  object_class->get_property = tx_record_list_page_get_property;
  class_init_data_vfuncs (klass);

  /* a load is running in the database's reading thread */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-record-list-page.ui");
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordListPage, toolbar);
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordListPage, toolbar_separator);
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordListPage, trash_button);
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordListPage, count_label);
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordListPage, spinner);
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordListPage, date_filter);
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordListPage, date_filter_label);
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordListPage, stack);
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordListPage, empty_label);
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordListPage, view);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_activate",
                                                G_CALLBACK (_tx_record_list_page_on_activate));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_clear_dates",
                                                G_CALLBACK (_tx_record_list_page_on_clear_dates));

  gtk_widget_class_install_action (widget_class, "list.trash", NULL, _tx_record_list_page_trash_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "list.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "list.trash", NULL);
  gtk_widget_class_install_action (widget_class, "list.undo-trash", NULL, _tx_record_list_page_undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "list.undo-trash", NULL);
}

static void
tx_record_list_page_init (TxRecordListPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* What a subclass's class_init calls instead of
 * gtk_widget_class_set_template_from_resource(): its cells' closures
 * (tx-record-cells.h, "tx_label_query_tooltip") live in its own scope. */
void
tx_record_list_page_class_set_template (GtkWidgetClass *widget_class,
                                        const char     *resource)
{
  gtk_widget_class_set_template_from_resource (widget_class, resource);
  tx_widget_class_bind_cell_callbacks (widget_class);
  tx_record_cells_bind_closures (widget_class);
}
