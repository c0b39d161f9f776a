/* tx-visit-editor.c — the window that creates or edits one visit
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"
#include "core/db/tx-store.h"

#include "app/pages/tx-activity-pages-private.h"
#include "app/tx-app-util.h"
#include "tx-editor-util.h"
#include "tx-record-editor.h"
#include "app/widgets/tx-person-field.h"
#include "tx-visit-editor.h"
#include "app/widgets/tx-code-drop-down.h"

/* TX_CODE_VISIT_REASON: 节日走访 */
#define REASON_HOLIDAY "1"

struct _TxVisitEditor
{
  TxRecordEditor parent_instance;

  TxPersonField *person_field;
  TxDateEntry   *date_entry;
  TxCodeDropDown *reason_drop_down;
  TxCodeDropDown *holiday_drop_down;
  GtkSpinButton *holiday_year_spin;
  gboolean       filling;
  gboolean       setting_year;
  gboolean       year_set_by_user;
  GtkFlowBox    *visitor_box;
  GPtrArray     *visitor_uuids;  /* char *: the staff of the visitor box's cells, in order */
  GtkWidget     *no_staff_label;
  GtkTextView   *gifts_view;
  GtkTextView   *issues_view;
  GtkTextView   *follow_up_view;
  GtkTextView   *notes_view;
};

G_DEFINE_FINAL_TYPE (TxVisitEditor, tx_visit_editor, TX_TYPE_RECORD_EDITOR)

void
_tx_visit_editor_set_person (TxVisitEditor *self,
                             const char    *person_uuid)
{
  g_return_if_fail (TX_IS_VISIT_EDITOR (self));
  tx_person_field_set_person_uuid (self->person_field, person_uuid);
}

/* The holiday can be chosen directly (the reason becomes 节日走访); another
 * reason clears it.  Its year follows the visit's date until the user
 * sets it. */
static void
on_reason_changed (TxVisitEditor *self)
{
  if (self->filling)
    return;
  if (g_strcmp0 (tx_code_drop_down_get_code (self->reason_drop_down), REASON_HOLIDAY) != 0)
    tx_code_drop_down_set_code (self->holiday_drop_down, NULL);
}

static void
follow_date_year (TxVisitEditor *self)
{
  int year = tx_visit_holiday_year_for (tx_date_entry_get_date (self->date_entry), tx_code_drop_down_get_code (self->holiday_drop_down));

  if (year <= 0 || self->year_set_by_user)
    return;
  self->setting_year = TRUE;
  gtk_spin_button_set_value (self->holiday_year_spin, year);
  self->setting_year = FALSE;
}

static void
on_holiday_changed (TxVisitEditor *self)
{
  if (self->filling)
    return;
  if (tx_code_drop_down_get_code (self->holiday_drop_down) != NULL)
    tx_code_drop_down_set_code (self->reason_drop_down, REASON_HOLIDAY);
  follow_date_year (self);
}

static void
on_year_changed (TxVisitEditor *self)
{
  if (!self->filling && !self->setting_year)
    self->year_set_by_user = TRUE;
}

static void
add_visitor_check (TxVisitEditor *self,
                   const char    *uuid,
                   const char    *name)
{
  GtkWidget *check = gtk_check_button_new_with_label (name ? name : _("(unknown staff member)"));

  g_ptr_array_add (self->visitor_uuids, g_strdup (uuid));
  gtk_flow_box_append (self->visitor_box, check);
  /* one Tab stop per visitor: the check, not also the cell around it */
  gtk_widget_set_focusable (gtk_widget_get_parent (check), FALSE);
}

static GtkCheckButton *
find_visitor_check (TxVisitEditor *self,
                    const char    *uuid)
{
  for (guint i = 0; i < self->visitor_uuids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->visitor_uuids, i), uuid) == 0)
      return GTK_CHECK_BUTTON (gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (self->visitor_box, i)));
  return NULL;
}

/* active staff, and whoever of the others made this visit */
static void
fill_visitors (TxVisitEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = tx_staff_list_names (tx_record_editor_get_database (TX_RECORD_EDITOR (self)), TRUE, &error);
  GPtrArray *visitors = tx_visit_get_visitors (TX_VISIT (tx_record_editor_get_record (TX_RECORD_EDITOR (self))));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->visitor_box))) != NULL)
    gtk_flow_box_remove (self->visitor_box, child);
  g_ptr_array_set_size (self->visitor_uuids, 0);
  if (staff == NULL)
    tx_show_error (GTK_WIDGET (self), _("The staff list could not be read"), error);
  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      TxNameRef *ref = g_ptr_array_index (staff, i);

      add_visitor_check (self, ref->uuid, ref->name);
    }
  for (guint i = 0; i < visitors->len; i++)
    {
      const char *uuid = ((TxVisitor *) g_ptr_array_index (visitors, i))->staff;
      GtkCheckButton *check = find_visitor_check (self, uuid);

      if (check == NULL)
        {
          g_autofree char *name = tx_lookup_staff_name (tx_record_editor_get_database (TX_RECORD_EDITOR (self)), uuid);

          add_visitor_check (self, uuid, name);
          check = find_visitor_check (self, uuid);
        }
      gtk_check_button_set_active (check, TRUE);
    }
  gtk_widget_set_visible (self->no_staff_label,
                          gtk_widget_get_first_child (GTK_WIDGET (self->visitor_box)) == NULL);
}

static void
fill_form (TxRecordEditor *editor,
           TxRecord       *record)
{
  TxVisitEditor *self = TX_VISIT_EDITOR (editor);
  TxVisit *v = TX_VISIT (tx_record_editor_get_record (TX_RECORD_EDITOR (self)));
  TxCivilDate today;

  self->filling = TRUE;
  _tx_visit_editor_set_person (self, tx_visit_get_person (v));
  tx_date_entry_set_date (self->date_entry, tx_visit_get_date (v));
  tx_code_drop_down_set_code (self->reason_drop_down, tx_visit_get_reason (v));
  tx_code_drop_down_set_code (self->holiday_drop_down, tx_visit_get_holiday (v));
  tx_civil_date_today (&today);
  gtk_spin_button_set_value (self->holiday_year_spin,
                             tx_visit_get_holiday_year (v) > 0 ? tx_visit_get_holiday_year (v) : today.year);
  /* a stored year is the user's; a new visit's follows its date */
  self->year_set_by_user = tx_visit_get_holiday_year (v) > 0;
  self->filling = FALSE;
  follow_date_year (self);
  fill_visitors (self);
  tx_text_view_set_text (self->gifts_view, tx_visit_get_gifts (v));
  tx_text_view_set_text (self->issues_view, tx_visit_get_issues (v));
  tx_text_view_set_text (self->follow_up_view, tx_visit_get_follow_up (v));
  tx_text_view_set_text (self->notes_view, tx_visit_get_notes (v));
}

static gboolean
read_form (TxRecordEditor  *editor,
           TxRecord        *record,
           GError         **error)
{
  TxVisitEditor *self = TX_VISIT_EDITOR (editor);
  TxVisit *v = TX_VISIT (tx_record_editor_get_record (TX_RECORD_EDITOR (self)));
  g_autofree char *date = NULL;
  g_autofree char *gifts = NULL, *issues = NULL, *follow_up = NULL, *notes = NULL;
  const char *reason = tx_code_drop_down_get_code (self->reason_drop_down);
  gboolean holiday = g_strcmp0 (reason, REASON_HOLIDAY) == 0;

  if (tx_person_field_get_person_uuid (self->person_field) == NULL)
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED,
                   _("Choose the person who was visited."));
      gtk_widget_grab_focus (GTK_WIDGET (self->person_field));
      return FALSE;
    }
  if (!tx_date_entry_read (self->date_entry, _("Date"), &date, error))
    return FALSE;
  gifts = tx_text_view_dup_text (self->gifts_view);
  issues = tx_text_view_dup_text (self->issues_view);
  follow_up = tx_text_view_dup_text (self->follow_up_view);
  notes = tx_text_view_dup_text (self->notes_view);

  tx_visit_set_person (v, tx_person_field_get_person_uuid (self->person_field));
  tx_visit_set_date (v, date);
  tx_visit_set_reason (v, reason);
  tx_visit_set_holiday (v, holiday ? tx_code_drop_down_get_code (self->holiday_drop_down) : NULL);
  tx_visit_set_holiday_year (v, holiday ? gtk_spin_button_get_value_as_int (self->holiday_year_spin) : 0);
  tx_visit_set_gifts (v, gifts);
  tx_visit_set_issues (v, issues);
  tx_visit_set_follow_up (v, follow_up);
  tx_visit_set_notes (v, notes);
  tx_visit_clear_visitors (v);
  for (guint i = 0; i < self->visitor_uuids->len; i++)
    {
      GtkWidget *check = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (self->visitor_box, i));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        tx_visit_add_visitor (v, g_ptr_array_index (self->visitor_uuids, i));
    }
  return TRUE;
}

/* a visit is mostly written down the day it is made */
static void
prepare_new (TxRecordEditor *editor,
             TxRecord       *record)
{
  g_autofree char *iso = tx_civil_date_dup_today_iso ();

  tx_visit_set_date (TX_VISIT (record), iso);
}

static void
tx_visit_editor_dispose (GObject *object)
{
  TxVisitEditor *self = TX_VISIT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_VISIT_EDITOR);
  g_clear_pointer (&self->visitor_uuids, g_ptr_array_unref);
  G_OBJECT_CLASS (tx_visit_editor_parent_class)->dispose (object);
}

static void
tx_visit_editor_class_init (TxVisitEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TxRecordEditorClass *editor_class = TX_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = tx_visit_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-visit-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TxVisitEditor, person_field);
  gtk_widget_class_bind_template_child (widget_class, TxVisitEditor, date_entry);
  gtk_widget_class_bind_template_child (widget_class, TxVisitEditor, reason_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxVisitEditor, holiday_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxVisitEditor, holiday_year_spin);
  gtk_widget_class_bind_template_child (widget_class, TxVisitEditor, visitor_box);
  gtk_widget_class_bind_template_child (widget_class, TxVisitEditor, no_staff_label);
  gtk_widget_class_bind_template_child (widget_class, TxVisitEditor, gifts_view);
  gtk_widget_class_bind_template_child (widget_class, TxVisitEditor, issues_view);
  gtk_widget_class_bind_template_child (widget_class, TxVisitEditor, follow_up_view);
  gtk_widget_class_bind_template_child (widget_class, TxVisitEditor, notes_view);

  editor_class->record_type = TX_TYPE_VISIT;
  editor_class->new_title = N_("New Visit");
  editor_class->open_failed = N_("The visit could not be opened");
  editor_class->fill_form = fill_form;
  editor_class->read_form = read_form;
  editor_class->prepare_new = prepare_new;
}

static void
tx_visit_editor_init (TxVisitEditor *self)
{
  self->visitor_uuids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->reason_drop_down, "notify::code", G_CALLBACK (on_reason_changed), self);
  g_signal_connect_swapped (self->holiday_drop_down, "notify::code", G_CALLBACK (on_holiday_changed), self);
  g_signal_connect_swapped (self->holiday_year_spin, "value-changed", G_CALLBACK (on_year_changed), self);
  g_signal_connect_swapped (self->date_entry, "notify::date", G_CALLBACK (follow_date_year), self);
}

GtkWindow *
tx_visit_editor_new (GtkWindow  *parent,
                     TxDatabase *db,
                     const char *uuid)
{
  TxVisitEditor *self;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  self = g_object_new (TX_TYPE_VISIT_EDITOR, "transient-for", parent, "database", db, NULL);
  tx_person_field_set_database (self->person_field, db);
  tx_record_editor_open (TX_RECORD_EDITOR (self), uuid);
  return GTK_WINDOW (self);
}

GtkWindow *
tx_visit_editor_new_for_person (GtkWindow  *parent,
                                TxDatabase *db,
                                const char *person_uuid)
{
  GtkWindow *window = tx_visit_editor_new (parent, db, NULL);

  _tx_visit_editor_set_person (TX_VISIT_EDITOR (window), person_uuid);
  return window;
}

GtkWindow *
tx_visit_editor_new_for_holiday (GtkWindow  *parent,
                                 TxDatabase *db,
                                 const char *person_uuid,
                                 const char *holiday,
                                 int         year)
{
  GtkWindow *window = tx_visit_editor_new_for_person (parent, db, person_uuid);
  TxVisitEditor *self = TX_VISIT_EDITOR (window);

  /* the holiday sets the reason; the year is the reminder's, kept as if
   * typed whatever the visit's date */
  tx_code_drop_down_set_code (self->holiday_drop_down, holiday);
  gtk_spin_button_set_value (self->holiday_year_spin, year);
  self->year_set_by_user = TRUE;
  return window;
}
