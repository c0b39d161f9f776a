/* test-a11y.c — keyboard and screen-reader access: every input named,
 * icon buttons labelled, the key bindings registered, and the editors' tab
 * order; under Xvfb with GTK_A11Y=test (the test AT context records the
 * accessible properties and relations)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "app/editors/tx-activity-editor.h"
#include "app/tx-application.h"
#include "app/editors/tx-consultation-editor.h"
#include "app/editors/tx-pairing-editor.h"
#include "app/editors/tx-person-editor.h"
#include "app/widgets/tx-person-picker.h"
#include "app/dialogs/tx-preferences-dialog.h"
#include "app/editors/tx-staff-editor.h"
#include "app/editors/tx-suggestion-editor.h"
#include "app/editors/tx-visit-editor.h"
#include "app/tx-window.h"
#include "core/demo/tx-demo.h"
#include "tx-test-gtk-util.h"

static TxApplication *app;

/* ---- fixture ------------------------------------------------------------- */

typedef TxTestGtkFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  tx_test_gtk_fixture_set_up (f, 100, 1);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tx_test_gtk_fixture_tear_down (f);
}

static char *
first_uuid (TxDatabase *db,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM %s WHERE trashed IS NULL "
                                          "ORDER BY rowid LIMIT 1", table);

  return tx_test_dup_existing_text (db, sql, NULL);
}

/* ---- what counts as an input, and whether it is named -------------------- */

/* Widgets GTK builds from parts: their parts are checked through them. */
static gboolean
is_compound (GtkWidget *widget)
{
  return GTK_IS_EDITABLE (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_MENU_BUTTON (widget)
         || GTK_IS_STACK_SIDEBAR (widget) || GTK_IS_WINDOW_CONTROLS (widget)
         || GTK_IS_POPOVER_MENU (widget) || GTK_IS_CALENDAR (widget)
         || GTK_IS_SWITCH (widget) || GTK_IS_SCALE_BUTTON (widget);
}

static gboolean
is_input (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (GTK_IS_TEXT (widget) && parent != NULL && GTK_IS_EDITABLE (parent))
    return FALSE;
  /* a column view draws its rows with a list view of its own */
  if (GTK_IS_LIST_VIEW (widget) && parent != NULL && GTK_IS_COLUMN_VIEW (parent))
    return FALSE;
  return GTK_IS_EDITABLE (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_TEXT_VIEW (widget)
         || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget) || GTK_IS_SCALE (widget)
         || GTK_IS_COLUMN_VIEW (widget) || GTK_IS_LIST_VIEW (widget) || GTK_IS_GRID_VIEW (widget)
         || (GTK_IS_TOGGLE_BUTTON (widget) && !GTK_IS_MENU_BUTTON (parent));
}

static gboolean
has_name (GtkWidget *widget)
{
  return gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY)
         || gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static gboolean
has_label_text (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child)
          && *gtk_label_get_text (GTK_LABEL (child)) != '\0')
        return TRUE;
      if (has_label_text (child))
        return TRUE;
    }
  return FALSE;
}

/* A check or toggle button named by its own label is fine. */
static gboolean
input_is_named (GtkWidget *widget)
{
  if (has_name (widget))
    return TRUE;
  if ((GTK_IS_CHECK_BUTTON (widget) || GTK_IS_TOGGLE_BUTTON (widget)) && has_label_text (widget))
    return TRUE;
  return FALSE;
}

static gboolean
has_image (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_IMAGE (child) || has_image (child))
      return TRUE;
  return FALSE;
}

/* a button showing an icon and no text (one whose text is set later, like
 * the notification's, has neither yet) */
static gboolean
is_icon_button (GtkWidget *widget)
{
  if (!GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (widget))
    return FALSE;
  if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)))
    return FALSE;
  /* GtkInfoBar's own close button, hidden without show-close-button */
  if (!gtk_widget_get_visible (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_INFO_BAR) != NULL)
    return FALSE;
  return has_image (widget) && !has_label_text (widget);
}

/* Not LABELLED_BY: a GtkButton is labelled by its child, even an image. */
static gboolean
icon_button_is_named (GtkWidget *widget)
{
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL)
         || gtk_widget_get_tooltip_text (widget) != NULL
         || gtk_widget_get_tooltip_markup (widget) != NULL;
}

/* "GtkEntry#name_entry in GtkGrid#form_grid" */
static char *
describe (GtkWidget *widget)
{
  GString *s = g_string_new (G_OBJECT_TYPE_NAME (widget));
  const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget));

  if (id != NULL)
    g_string_append_printf (s, "#%s", id);
  else
    {
      for (GtkWidget *up = gtk_widget_get_parent (widget); up != NULL; up = gtk_widget_get_parent (up))
        {
          const char *up_id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (up));

          if (up_id != NULL)
            {
              g_string_append_printf (s, " in %s#%s", G_OBJECT_TYPE_NAME (up), up_id);
              break;
            }
        }
    }
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (s, " \"%s\"", gtk_label_get_text (GTK_LABEL (widget)));
  return g_string_free (s, FALSE);
}

typedef struct
{
  const char *where;
  GPtrArray  *offenders;   /* char* */
  guint       n_inputs;
  guint       n_buttons;
} Audit;

static void
audit_widget (Audit     *audit,
              GtkWidget *widget)
{
  if (is_input (widget))
    {
      if (g_test_verbose ())
        {
          g_autofree char *what = describe (widget);
          g_test_message ("%s: input %s", audit->where, what);
        }
      audit->n_inputs++;
      if (!input_is_named (widget))
        {
          g_autofree char *what = describe (widget);
          g_ptr_array_add (audit->offenders, g_strdup_printf ("%s: unnamed input %s", audit->where, what));
        }
    }
  if (is_icon_button (widget))
    {
      audit->n_buttons++;
      if (!icon_button_is_named (widget))
        {
          g_autofree char *what = describe (widget);
          g_ptr_array_add (audit->offenders,
                           g_strdup_printf ("%s: icon button without label or tooltip %s", audit->where, what));
        }
    }

  if (GTK_IS_MENU_BUTTON (widget))
    {
      /* a popover of inputs (the archive's 更多筛选) is walked; a menu is GTK's */
      GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget));

      if (popover != NULL && !GTK_IS_POPOVER_MENU (popover))
        audit_widget (audit, GTK_WIDGET (popover));
      return;
    }
  if (is_compound (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    audit_widget (audit, child);
}

static void
audit_window (GPtrArray  *offenders,
              const char *where,
              GtkWindow  *window)
{
  Audit audit = { where, offenders, 0, 0 };

  audit_widget (&audit, GTK_WIDGET (window));
  g_test_message ("%s: %u inputs, %u icon buttons", where, audit.n_inputs, audit.n_buttons);
  /* a walk that finds nothing would pass anything */
  g_assert_cmpuint (audit.n_inputs, >, 0);
}

static void
assert_no_offenders (GPtrArray *offenders)
{
  for (guint i = 0; i < offenders->len; i++)
    g_printerr ("# %s\n", (const char *) g_ptr_array_index (offenders, i));
  g_assert_cmpuint (offenders->len, ==, 0);
}

/* ---- opening the windows ------------------------------------------------- */

static const char *page_names[] = {
  "overview", "archive", "activities", "visits", "consultations",
  "suggestions", "pairings", "staff", "trash",
};

typedef enum
{
  EDITOR_PERSON,
  EDITOR_ACTIVITY,
  EDITOR_VISIT,
  EDITOR_STAFF,
  EDITOR_PAIRING,
  EDITOR_CONSULTATION,
  EDITOR_SUGGESTION,
  EDITOR_PREFERENCES,
  EDITOR_PICKER,
  N_EDITORS
} EditorKind;

static const char *editor_names[] = {
  "person editor", "activity editor", "visit editor", "staff editor", "pairing editor",
  "consultation editor", "suggestion editor", "preferences", "person picker",
};

static const char *editor_tables[] = {
  "person", "activity", "visit", "staff", "pairing", "consultation", "suggestion", NULL, NULL,
};

static void
on_picked (GStrv    uuids,
           gpointer user_data)
{
}

/* an existing record (so child rows are there), or a new one */
static GtkWindow *
open_editor (TxDatabase *db,
             GtkWindow  *parent,
             EditorKind  kind,
             gboolean    existing)
{
  g_autofree char *uuid = NULL;
  GtkWindow *editor = NULL;

  if (existing && editor_tables[kind] != NULL)
    uuid = first_uuid (db, editor_tables[kind]);

  switch (kind)
    {
    case EDITOR_PERSON:
      editor = tx_person_editor_new (parent, db, uuid);
      break;
    case EDITOR_ACTIVITY:
      editor = tx_activity_editor_new (parent, db, uuid);
      break;
    case EDITOR_VISIT:
      editor = tx_visit_editor_new (parent, db, uuid);
      break;
    case EDITOR_STAFF:
      editor = tx_staff_editor_new (parent, db, uuid);
      break;
    case EDITOR_PAIRING:
      editor = tx_pairing_editor_new (parent, db, uuid);
      break;
    case EDITOR_CONSULTATION:
      editor = tx_consultation_editor_new (parent, db, uuid);
      break;
    case EDITOR_SUGGESTION:
      editor = tx_suggestion_editor_new (parent, db, uuid);
      break;
    case EDITOR_PREFERENCES:
      editor = GTK_WINDOW (tx_preferences_dialog_new (parent, db));
      break;
    case EDITOR_PICKER:
      tx_person_picker_choose (parent, db, TRUE, NULL, on_picked, NULL);
      editor = tx_test_find_visible_toplevel (TX_TYPE_PERSON_PICKER);
      break;
    case N_EDITORS:
    default:
      g_assert_not_reached ();
    }
  g_assert_nonnull (editor);
  gtk_window_present (editor);
  tx_test_wait_for (tx_test_is_mapped, editor);
  tx_test_run_main_loop_for (200);
  return editor;
}

/* ---- every input named --------------------------------------------------- */

static void
test_window_inputs (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) offenders = g_ptr_array_new_with_free_func (g_free);
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;
  window = tx_test_show_window (app, f->db);
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      g_autofree char *where = g_strdup_printf ("window, page %s", page_names[i]);
      Audit audit = { where, offenders, 0, 0 };

      g_assert_true (tx_window_show_page (window, page_names[i]));
      tx_test_run_main_loop_for (200);
      audit_widget (&audit, tx_window_get_page (window, page_names[i]));
      g_test_message ("%s: %u inputs, %u icon buttons", where, audit.n_inputs, audit.n_buttons);
    }
  /* the header bar and everything around the pages */
  audit_window (offenders, "window", GTK_WINDOW (window));
  assert_no_offenders (offenders);
  tx_test_destroy_window (GTK_WINDOW (window));
}

static void
test_editor_inputs (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) offenders = g_ptr_array_new_with_free_func (g_free);
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;
  window = tx_test_show_window (app, f->db);
  for (EditorKind kind = 0; kind < N_EDITORS; kind++)
    for (int existing = 1; existing >= 0; existing--)
      {
        g_autofree char *where = NULL;
        GtkWindow *editor;

        if (!existing && editor_tables[kind] == NULL)
          continue;
        where = g_strdup_printf ("%s (%s)", editor_names[kind], existing ? "existing" : "new");
        editor = open_editor (f->db, GTK_WINDOW (window), kind, existing);
        audit_window (offenders, where, editor);
        tx_test_destroy_window (editor);
      }
  assert_no_offenders (offenders);
  tx_test_destroy_window (GTK_WINDOW (window));
}

/* ---- key bindings -------------------------------------------------------- */

/* "<Control>s" → "editor.save", from every shortcut controller on @widget */
static GHashTable *
collect_shortcuts (GtkWidget *widget)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          /* a named action by its name, GTK's own callbacks as "callback" */
          if (GTK_IS_NAMED_ACTION (action))
            g_hash_table_replace (table, gtk_shortcut_trigger_to_string (trigger),
                                  g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action))));
          else
            g_hash_table_replace (table, gtk_shortcut_trigger_to_string (trigger),
                                  gtk_shortcut_action_to_string (action));
        }
    }
  return table;
}

static gboolean
class_has_action (GtkWidget  *widget,
                  const char *name)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (widget);
  const GVariantType *parameter_type;
  const char *action_name;
  const char *property_name;
  GType owner;

  /* 4.8 fills in every out argument: none may be NULL */
  for (guint i = 0;
       gtk_widget_class_query_action (klass, i, &owner, &action_name, &parameter_type, &property_name);
       i++)
    if (g_strcmp0 (action_name, name) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_binding (GtkWidget  *widget,
                const char *trigger,
                const char *action)
{
  g_autoptr(GHashTable) shortcuts = collect_shortcuts (widget);
  const char *bound = g_hash_table_lookup (shortcuts, trigger);

  if (bound == NULL)
    g_error ("%s: no key binding for %s", G_OBJECT_TYPE_NAME (widget), trigger);
  if (action != NULL)
    {
      g_assert_cmpstr (bound, ==, action);
      g_assert_true (class_has_action (widget, bound));
    }
}

static gboolean
app_has_accel (const char *action,
               const char *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

  return accels != NULL && g_strv_contains ((const char * const *) accels, accel);
}

static void
test_window_shortcuts (Fixture       *f,
                       gconstpointer  data)
{
  static const char *list_pages[] = {
    "archive", "activities", "visits", "consultations", "suggestions", "pairings", "staff", "trash",
  };
  GtkWidget *menu_button = NULL;
  TxWindow *window;

  if (tx_test_skip_without_display ())
    return;
  window = tx_test_show_window (app, f->db);
  assert_binding (GTK_WIDGET (window), "<Control>f", "win.search");
  assert_binding (GTK_WIDGET (window), "<Control>n", "win.new");
  assert_binding (GTK_WIDGET (window), "F5", "win.refresh");

  /* Ctrl+? opens the shortcuts window GtkApplication loads from the resources */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (app_has_accel ("win.show-help-overlay", "<Control>question"));
  g_assert_true (app_has_accel ("win.preferences", "<Control>comma"));
  g_assert_true (app_has_accel ("app.quit", "<Control>q"));

  /* F10 opens the primary menu: GtkWindow's own binding looks for it */
  menu_button = tx_test_find_by_buildable_id (GTK_WIDGET (window), "primary_menu_button");
  g_assert_nonnull (menu_button);
  g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (menu_button)));
  assert_binding (GTK_WIDGET (window), "F10", NULL);

  /* Delete moves the selection of every list page to the trash (or out of it) */
  for (guint i = 0; i < G_N_ELEMENTS (list_pages); i++)
    assert_binding (tx_window_get_page (window, list_pages[i]), "Delete", NULL);
  tx_test_destroy_window (GTK_WINDOW (window));
}

static void
test_editor_shortcuts (Fixture       *f,
                       gconstpointer  data)
{
  if (tx_test_skip_without_display ())
    return;
  for (EditorKind kind = 0; kind < N_EDITORS; kind++)
    {
      GtkWindow *editor = open_editor (f->db, NULL, kind, TRUE);
      g_autoptr(GHashTable) shortcuts = collect_shortcuts (GTK_WIDGET (editor));
      const char *escape = g_hash_table_lookup (shortcuts, "Escape");
      gpointer weak = editor;

      g_test_message ("%s: Escape → %s, Ctrl+S → %s", editor_names[kind], escape,
                      (const char *) g_hash_table_lookup (shortcuts, "<Control>s"));
      if (kind != EDITOR_PICKER)
        assert_binding (GTK_WIDGET (editor), "<Control>s", NULL);
      g_assert_nonnull (escape);

      /* Escape closes an editor nothing was changed in, without asking */
      g_object_add_weak_pointer (G_OBJECT (editor), &weak);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), escape, NULL));
      tx_test_wait_for (tx_test_is_gone, &weak);
    }
}

/* ---- tab order ----------------------------------------------------------- */

/* the input a focused part belongs to: the entry of its text, the drop-down
 * of its button, the list of its row */
static GtkWidget *
focus_owner (GtkWidget *focus)
{
  GtkWidget *owner = focus;

  for (GtkWidget *up = focus; up != NULL; up = gtk_widget_get_parent (up))
    if ((GTK_IS_EDITABLE (up) && !GTK_IS_TEXT (up)) || GTK_IS_DROP_DOWN (up) || GTK_IS_MENU_BUTTON (up)
        || GTK_IS_COLUMN_VIEW (up) || GTK_IS_LIST_VIEW (up) || GTK_IS_GRID_VIEW (up))
      owner = up;
  if (GTK_IS_LIST_VIEW (owner) && GTK_IS_COLUMN_VIEW (gtk_widget_get_parent (owner)))
    owner = gtk_widget_get_parent (owner);
  return owner;
}

static void
collect_visible_inputs (GtkWidget *widget,
                        GPtrArray *inputs)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget))
    return;
  if (is_input (widget) && gtk_widget_get_focusable (widget))
    g_ptr_array_add (inputs, focus_owner (widget));
  if (GTK_IS_MENU_BUTTON (widget) || is_compound (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_visible_inputs (child, inputs);
}

/* Tab from where the focus is until a focus comes round again; the stops
 * in order (focus owners, consecutive repeats folded) */
static GPtrArray *
tab_stops (GtkWindow *window)
{
  GPtrArray *stops = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < 400; i++)
    {
      GtkWidget *focus;
      GtkWidget *owner;

      /* past the end GtkWindow starts over by itself */
      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus == NULL)
        continue;
      if (g_test_verbose ())
        {
          g_autofree char *what = describe (focus);
          g_test_message ("  tab %u: %s", i, what);
        }
      if (!g_hash_table_add (seen, focus))
        break;
      owner = focus_owner (focus);
      if (stops->len == 0 || g_ptr_array_index (stops, stops->len - 1) != owner)
        g_ptr_array_add (stops, owner);
    }
  return stops;
}

/* the part of the window a stop belongs to: its form grid, its list */
static GtkWidget *
section_of (GtkWidget *widget)
{
  for (GtkWidget *up = gtk_widget_get_parent (widget); up != NULL; up = gtk_widget_get_parent (up))
    if (GTK_IS_GRID (up) || GTK_IS_LIST_BOX (up) || GTK_IS_FLOW_BOX (up) || GTK_IS_NOTEBOOK (up)
        || GTK_IS_STACK_SWITCHER (up) || GTK_IS_STACK_SIDEBAR (up) || GTK_IS_WINDOW (up))
      return up;
  return NULL;
}

/* Does @next come before @prev in reading order: wholly above it, or in
 * the same rows and wholly to its left? */
static gboolean
reads_before (const graphene_rect_t *next,
              const graphene_rect_t *prev)
{
  float next_bottom = next->origin.y + next->size.height;
  float prev_bottom = prev->origin.y + prev->size.height;

  if (next_bottom <= prev->origin.y + 1)
    return TRUE;
  if (next->origin.y >= prev_bottom - 1)
    return FALSE;
  return next->origin.x + next->size.width <= prev->origin.x + 1;
}

static gboolean
in_titlebar (GtkWindow *window,
             GtkWidget *widget)
{
  GtkWidget *titlebar = gtk_window_get_titlebar (window);

  return titlebar != NULL && (widget == titlebar || gtk_widget_is_ancestor (widget, titlebar));
}

/* (c) the order of the stops in the window's content (the header bar comes
 * after it, as GTK does it) follows the layout: within a section row by
 * row, and from section to section */
static void
check_reading_order (GPtrArray  *findings,
                     const char *where,
                     GtkWindow  *window,
                     GPtrArray  *stops)
{
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *prev = NULL;
  GString *order = g_string_new (NULL);

  for (guint i = 0; i < stops->len; i++)
    {
      GtkWidget *stop = g_ptr_array_index (stops, i);
      GtkWidget *a, *b;
      graphene_rect_t next_bounds, prev_bounds;
      g_autofree char *what = describe (stop);

      if (in_titlebar (window, stop) || !gtk_widget_compute_bounds (stop, root, &next_bounds))
        continue;
      g_string_append_printf (order, "\n#   %4.0f,%4.0f %s", next_bounds.origin.x, next_bounds.origin.y, what);
      if (prev == NULL)
        {
          prev = stop;
          continue;
        }
      /* from one section to another, compare the sections (unless one
       * holds the other) */
      a = section_of (prev);
      b = section_of (stop);
      if (a != b && a != NULL && b != NULL && !gtk_widget_is_ancestor (a, b) && !gtk_widget_is_ancestor (b, a))
        {
          g_assert_true (gtk_widget_compute_bounds (b, root, &next_bounds));
          g_assert_true (gtk_widget_compute_bounds (a, root, &prev_bounds));
        }
      else
        g_assert_true (gtk_widget_compute_bounds (prev, root, &prev_bounds));
      if (reads_before (&next_bounds, &prev_bounds))
        {
          g_autofree char *from = describe (prev);
          g_ptr_array_add (findings, g_strdup_printf ("%s: Tab goes back from %s to %s", where, from, what));
        }
      prev = stop;
    }
  g_test_message ("%s: tab order:%s", where, order->str);
  g_string_free (order, TRUE);
}

static void
check_tab_order (GPtrArray  *findings,
                 const char *where,
                 GtkWindow  *window,
                 GtkWidget  *first_field)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new ();
  g_autoptr(GPtrArray) stops = NULL;
  GtkWidget *initial = gtk_root_get_focus (GTK_ROOT (window));

  /* (b) the window opens with the focus in its first field */
  if (initial == NULL || focus_owner (initial) != first_field)
    {
      g_autofree char *want = describe (first_field);
      g_autofree char *got = initial != NULL ? describe (focus_owner (initial)) : g_strdup ("nothing");

      g_ptr_array_add (findings, g_strdup_printf ("%s: first focus on %s, not %s", where, got, want));
    }

  /* the whole cycle, from the start of the window */
  collect_visible_inputs (GTK_WIDGET (window), inputs);
  gtk_window_set_focus (window, NULL);
  stops = tab_stops (window);

  /* (a) every input shown at the start can be reached with Tab */
  for (guint i = 0; i < inputs->len; i++)
    {
      GtkWidget *input = g_ptr_array_index (inputs, i);

      if (GTK_IS_COLUMN_VIEW (input) || GTK_IS_LIST_VIEW (input))
        {
          GListModel *model = GTK_IS_COLUMN_VIEW (input)
                              ? G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (input)))
                              : G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (input)));
          /* an empty list has nothing to focus */
          if (model == NULL || g_list_model_get_n_items (model) == 0)
            continue;
        }
      if (!g_ptr_array_find (stops, input, NULL))
        {
          g_autofree char *what = describe (input);
          g_ptr_array_add (findings, g_strdup_printf ("%s: Tab never reaches %s", where, what));
        }
    }

  /* a flow box cell holding a check is one stop, not two */
  for (guint i = 0; i + 1 < stops->len; i++)
    {
      GtkWidget *stop = g_ptr_array_index (stops, i);
      GtkWidget *next = g_ptr_array_index (stops, i + 1);

      if (GTK_IS_FLOW_BOX_CHILD (stop) && gtk_widget_is_ancestor (next, stop))
        {
          g_autofree char *what = describe (next);
          g_ptr_array_add (findings, g_strdup_printf ("%s: Tab stops on the cell of %s, then on it", where, what));
        }
    }

  check_reading_order (findings, where, window, stops);
}

/* the field each window should open in */
static const char *first_fields[] = {
  "name_entry", "title_entry", "choose_person_button", "name_entry", "staff_drop_down",
  "title_entry", "title_entry", "office_name_entry", "search_entry",
};

static void
test_tab_order (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_free);

  if (tx_test_skip_without_display ())
    return;
  for (EditorKind kind = 0; kind < N_EDITORS; kind++)
    {
      GtkWindow *editor = open_editor (f->db, NULL, kind, FALSE);
      GtkWidget *first = tx_test_find_by_buildable_id (GTK_WIDGET (editor), first_fields[kind]);

      if (first == NULL)
        g_error ("%s: no %s", editor_names[kind], first_fields[kind]);
      check_tab_order (findings, editor_names[kind], editor, first);
      tx_test_destroy_window (editor);
    }
  assert_no_offenders (findings);
}

/* ---- the checks themselves --------------------------------------------- */

/* The walk finds what it should: inputs with no label and an icon button
 * with neither label nor tooltip, and nothing in the named ones. */
static void
test_checks_fail (void)
{
  g_autoptr(GPtrArray) offenders = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *window, *grid, *label, *entry, *button, *check;

  if (tx_test_skip_without_display ())
    return;
  window = gtk_window_new ();
  grid = gtk_grid_new ();
  gtk_window_set_child (GTK_WINDOW (window), grid);

  label = gtk_label_new_with_mnemonic ("_Name");
  entry = gtk_entry_new ();
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), entry, 1, 0, 1, 1);

  entry = gtk_entry_new ();
  gtk_grid_attach (GTK_GRID (grid), entry, 1, 1, 1, 1);

  entry = gtk_spin_button_new_with_range (0, 10, 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, "Age", -1);
  gtk_grid_attach (GTK_GRID (grid), entry, 1, 2, 1, 1);

  check = gtk_check_button_new_with_label ("Key person");
  gtk_grid_attach (GTK_GRID (grid), check, 1, 3, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), gtk_check_button_new (), 1, 4, 1, 1);

  gtk_grid_attach (GTK_GRID (grid), gtk_drop_down_new_from_strings ((const char *[]) { "a", NULL }), 1, 5, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), gtk_text_view_new (), 1, 6, 1, 1);

  button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_grid_attach (GTK_GRID (grid), button, 2, 0, 1, 1);
  button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_tooltip_text (button, "Add");
  gtk_grid_attach (GTK_GRID (grid), button, 2, 1, 1, 1);

  gtk_window_present (GTK_WINDOW (window));
  audit_window (offenders, "test window", GTK_WINDOW (window));
  for (guint i = 0; i < offenders->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (offenders, i));
  g_assert_cmpuint (offenders->len, ==, 5);
  g_assert_nonnull (strstr (g_ptr_array_index (offenders, 0), "unnamed input GtkEntry"));
  g_assert_nonnull (strstr (g_ptr_array_index (offenders, 1), "unnamed input GtkCheckButton"));
  g_assert_nonnull (strstr (g_ptr_array_index (offenders, 2), "unnamed input GtkDropDown"));
  g_assert_nonnull (strstr (g_ptr_array_index (offenders, 3), "unnamed input GtkTextView"));
  g_assert_nonnull (strstr (g_ptr_array_index (offenders, 4), "icon button without label or tooltip"));
  tx_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* the accessible properties are only recorded by the test AT context */
  if (g_strcmp0 (g_getenv ("GTK_A11Y"), "test") != 0)
    g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("tongxin");
  tx_test_gtk_init ();

  app = tx_test_application_new ();

  g_test_add_func ("/a11y/checks-fail", test_checks_fail);
  g_test_add ("/a11y/window/inputs", Fixture, NULL, fixture_set_up, test_window_inputs, fixture_tear_down);
  g_test_add ("/a11y/editors/inputs", Fixture, NULL, fixture_set_up, test_editor_inputs, fixture_tear_down);
  g_test_add ("/a11y/window/shortcuts", Fixture, NULL, fixture_set_up, test_window_shortcuts, fixture_tear_down);
  g_test_add ("/a11y/editors/shortcuts", Fixture, NULL, fixture_set_up, test_editor_shortcuts, fixture_tear_down);
  g_test_add ("/a11y/editors/tab-order", Fixture, NULL, fixture_set_up, test_tab_order, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
