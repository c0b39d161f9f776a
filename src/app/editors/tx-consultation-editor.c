/* tx-consultation-editor.c — the editor of one consultation meeting
 *
 * The widgets are filled from a TxConsultation loaded from the store and
 * written back into it on save; a save that finds the stored meeting
 * changed since it was loaded stops and offers to reload or overwrite.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-consultation.h"
#include "core/model/tx-meeting-query.h"
#include "core/model/tx-record-list.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"

#include "app/tx-app-util.h"
#include "app/print/tx-print-documents.h"
#include "tx-editor-util.h"
#include "tx-record-editor.h"
#include "tx-consultation-editor.h"
#include "app/print/tx-print-documents.h"
#include "app/pages/tx-meetings-private.h"
#include "app/widgets/tx-attendee-row.h"
#include "app/widgets/tx-choice-item.h"
#include "app/widgets/tx-code-drop-down.h"
#include "app/widgets/tx-person-picker.h"
#include "tx-suggestion-editor.h"

struct _TxConsultationEditor
{
  TxRecordEditor   parent_instance;


  GtkEntry        *title_entry;
  TxCodeDropDown  *type_drop_down;
  TxDateEntry     *date_entry;
  GtkEntry        *time_entry;
  GtkEntry        *place_entry;
  GtkDropDown     *chair_drop_down;
  GtkDropDown     *recorder_drop_down;
  GtkTextView     *minutes_view;
  GtkTextView     *agenda_view;
  GtkTextView     *resolutions_view;
  GtkTextView     *notes_view;
  GtkDropDown     *staff_drop_down;
  GtkListBox      *attendee_list;
  GtkLabel        *attendee_summary;
  GtkListBox      *suggestion_list;
  GListStore      *suggestions;    /* TxSuggestion: the rows of suggestion_list */
  GtkNotebook     *notebook;
};

G_DEFINE_FINAL_TYPE (TxConsultationEditor, tx_consultation_editor, TX_TYPE_RECORD_EDITOR)

static TxDatabase *
database (TxConsultationEditor *self)
{
  return tx_record_editor_get_database (TX_RECORD_EDITOR (self));
}

static TxConsultation *
meeting (TxConsultationEditor *self)
{
  return TX_CONSULTATION (tx_record_editor_get_record (TX_RECORD_EDITOR (self)));
}

/* ---- staff drop-downs ----------------------------------------------------- */

/* The chair's and recorder's drop-downs ("—" first) and the one of staff
 * to add: the active staff, an inactive chair of an old meeting and its
 * recorder whoever they are, as TxChoiceItems. */
static void
fill_staff_models (TxConsultationEditor *self)
{
  const char *recorder = tx_consultation_get_recorder (meeting (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = tx_meeting_list_staff (database (self), tx_consultation_get_chair (meeting (self)), &error);
  g_autoptr(GListStore) with_empty = NULL;
  g_autoptr(GListStore) plain = NULL;

  if (staff == NULL)
    g_warning ("Staff could not be read: %s", error->message);
  with_empty = tx_choice_item_store_new (staff, TRUE);
  plain = tx_choice_item_store_new (staff, FALSE);
  if (recorder != NULL && tx_choice_item_find (G_LIST_MODEL (plain), recorder) == G_MAXUINT)
    {
      g_autofree char *name = tx_meeting_dup_staff_name (database (self), recorder);
      g_autoptr(TxChoiceItem) item = tx_choice_item_new (recorder, name ? name : "?");

      g_list_store_append (with_empty, item);
      g_list_store_append (plain, item);
    }
  gtk_drop_down_set_model (self->chair_drop_down, G_LIST_MODEL (with_empty));
  gtk_drop_down_set_model (self->recorder_drop_down, G_LIST_MODEL (with_empty));
  gtk_drop_down_set_model (self->staff_drop_down, G_LIST_MODEL (plain));
}

static void
select_staff (GtkDropDown *drop_down,
              const char  *uuid)
{
  guint position = tx_choice_item_find (gtk_drop_down_get_model (drop_down), uuid);

  gtk_drop_down_set_selected (drop_down, position != G_MAXUINT ? position : 0);
}

static const char *
selected_staff (GtkDropDown *drop_down)
{
  return tx_choice_item_uuid_at (gtk_drop_down_get_model (drop_down), gtk_drop_down_get_selected (drop_down));
}

/* ---- attendees ---------------------------------------------------------- */

static void
update_attendee_summary (TxConsultationEditor *self)
{
  g_autoptr(GPtrArray) rows = tx_attendee_row_list (self->attendee_list);
  guint present = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      const char *state = tx_attendee_row_get_state (g_ptr_array_index (rows, i));

      if (g_strcmp0 (state, TX_ATTENDEE_PRESENT) == 0 || g_strcmp0 (state, TX_ATTENDEE_OBSERVER) == 0)
        present++;
    }
  /* TRANSLATORS: "12 on the list, 10 present" */
  text = g_strdup_printf (_("%u on the list, %u present"), rows->len, present);
  gtk_label_set_label (self->attendee_summary, text);
}

static gboolean
has_attendee (TxConsultationEditor *self,
              const char           *person,
              const char           *staff)
{
  g_autoptr(GPtrArray) rows = tx_attendee_row_list (self->attendee_list);

  for (guint i = 0; i < rows->len; i++)
    {
      TxAttendeeRow *row = g_ptr_array_index (rows, i);

      if ((person != NULL && g_strcmp0 (tx_attendee_row_get_person_uuid (row), person) == 0) ||
          (staff != NULL && g_strcmp0 (tx_attendee_row_get_staff_uuid (row), staff) == 0))
        return TRUE;
    }
  return FALSE;
}

/* A row: name, kind, state drop-down, remove button. */
static void
add_attendee_row (TxConsultationEditor *self,
                  const char           *person,
                  const char           *staff,
                  const char           *state,
                  const char           *note)
{
  g_autofree char *name = person ? tx_meeting_dup_person_name (database (self), person)
                                 : tx_meeting_dup_staff_name (database (self), staff);
  g_autofree char *accessible = NULL;
  GtkWidget *row = tx_attendee_row_new (TX_CODE_ATTENDEE_STATE, person, staff, name,
                                        state ? state : TX_ATTENDEE_INVITED, note);

  tx_attendee_row_set_kind_label (TX_ATTENDEE_ROW (row), person ? _("Person") : _("Staff"));
  /* TRANSLATORS: accessible name of an attendee's state drop-down, "张伟 的状态" */
  accessible = g_strdup_printf (_("State of %s"), name ? name : "?");
  tx_attendee_row_describe (TX_ATTENDEE_ROW (row), accessible, NULL, _("Remove from the list"));
  g_signal_connect_object (row, "notify::state", G_CALLBACK (update_attendee_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "removed", G_CALLBACK (update_attendee_summary), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (self->attendee_list, row);
  update_attendee_summary (self);
}

static void
clear_attendee_rows (TxConsultationEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->attendee_list))) != NULL)
    gtk_list_box_remove (self->attendee_list, child);
}

void
_tx_consultation_editor_add_people (TxConsultationEditor *self,
                                    const char * const   *uuids)
{
  g_return_if_fail (TX_IS_CONSULTATION_EDITOR (self));

  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    if (!has_attendee (self, uuids[i], NULL))
      add_attendee_row (self, uuids[i], NULL, TX_ATTENDEE_INVITED, NULL);
}

static void
on_people_chosen (GStrv    uuids,
                  gpointer user_data)
{
  g_autoptr(TxConsultationEditor) self = g_weak_ref_get (user_data);

  g_weak_ref_clear (user_data);
  g_free (user_data);
  if (self != NULL && uuids != NULL)
    _tx_consultation_editor_add_people (self, (const char * const *) uuids);
}

static void
add_people_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TxConsultationEditor *self = TX_CONSULTATION_EDITOR (widget);
  g_autoptr(GPtrArray) exclude = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = tx_attendee_row_list (self->attendee_list);
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  for (guint i = 0; i < rows->len; i++)
    if (tx_attendee_row_get_person_uuid (g_ptr_array_index (rows, i)) != NULL)
      g_ptr_array_add (exclude, (gpointer) tx_attendee_row_get_person_uuid (g_ptr_array_index (rows, i)));
  g_ptr_array_add (exclude, NULL);
  g_weak_ref_init (ref, self);
  tx_person_picker_choose (GTK_WINDOW (self), database (self), TRUE,
                           (const char * const *) exclude->pdata, on_people_chosen, ref);
}

static void
add_staff_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TxConsultationEditor *self = TX_CONSULTATION_EDITOR (widget);
  const char *staff = selected_staff (self->staff_drop_down);

  if (staff != NULL && !has_attendee (self, NULL, staff))
    add_attendee_row (self, NULL, staff, TX_ATTENDEE_PRESENT, NULL);
}

/* ---- suggestions raised here -------------------------------------------- */

/* one suggestion raised at the meeting: date, title, state */
static GtkWidget *
create_suggestion_row (gpointer item,
                       gpointer user_data)
{
  TxSuggestion *suggestion = item;
  g_autofree char *date = tx_format_date (tx_suggestion_get_date (suggestion));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *date_label = gtk_label_new (date);
  GtkWidget *title = gtk_label_new (tx_suggestion_get_title (suggestion));
  GtkWidget *state = gtk_label_new (tx_code_table_name (TX_CODE_SUGGESTION_STATE,
                                                        tx_suggestion_get_state (suggestion)));

  gtk_widget_set_size_request (date_label, 120, -1);
  gtk_label_set_xalign (GTK_LABEL (date_label), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (state, "dim-label");
  gtk_box_append (GTK_BOX (box), date_label);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), state);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  return box;
}

/* The list shows the suggestions as records (self->suggestions, bound to
 * the list box): a row is its record by position. */
static void
fill_suggestions (TxConsultationEditor *self)
{
  const char *uuid = tx_record_get_uuid (TX_RECORD (meeting (self)));
  g_autoptr(TxQuery) query = NULL;
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->suggestions == NULL)   /* closed meanwhile */
    return;
  g_list_store_remove_all (self->suggestions);
  if (uuid == NULL || tx_record_get_modified (TX_RECORD (meeting (self))) == NULL)
    return;
  query = tx_meeting_raised_at_query (uuid);
  list = tx_record_list_new (database (self), query, &error);
  if (list == NULL)
    {
      g_warning ("Suggestions could not be read: %s", error->message);
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TxSuggestion) suggestion = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_list_store_append (self->suggestions, suggestion);
    }
}

static void
on_suggestion_saved (TxConsultationEditor *self,
                     const char           *uuid)
{
  fill_suggestions (self);
}

static void
open_suggestion_editor (TxConsultationEditor *self,
                        TxSuggestionEditor   *editor)
{
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_suggestion_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_suggestion_activated (TxConsultationEditor *self,
                         GtkListBoxRow        *row)
{
  g_autoptr(TxSuggestion) suggestion = g_list_model_get_item (G_LIST_MODEL (self->suggestions),
                                                              gtk_list_box_row_get_index (row));

  if (suggestion == NULL)
    return;
  open_suggestion_editor (self, TX_SUGGESTION_EDITOR (tx_suggestion_editor_new (GTK_WINDOW (self), database (self),
                                                                                tx_record_get_uuid (TX_RECORD (suggestion)))));
}

/* ---- load and save ------------------------------------------------------ */

static void
fill_form (TxRecordEditor *editor,
           TxRecord       *record)
{
  TxConsultationEditor *self = TX_CONSULTATION_EDITOR (editor);
  TxConsultation *m = TX_CONSULTATION (record);
  GPtrArray *attendees = tx_consultation_get_attendees (m);
  gboolean is_new = tx_record_get_modified (TX_RECORD (m)) == NULL;

  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Meeting") : _("Meeting"));
  fill_staff_models (self);
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->title_entry), tx_consultation_get_title (m));
  tx_code_drop_down_set_code (self->type_drop_down, tx_consultation_get_consultation_type (m));
  tx_date_entry_set_date (self->date_entry, tx_consultation_get_date (m));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->time_entry), tx_consultation_get_start_time (m));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->place_entry), tx_consultation_get_place (m));
  select_staff (self->chair_drop_down, tx_consultation_get_chair (m));
  select_staff (self->recorder_drop_down, tx_consultation_get_recorder (m));
  tx_text_view_set_text (self->minutes_view, tx_consultation_get_minutes (m));
  tx_text_view_set_text (self->agenda_view, tx_consultation_get_agenda (m));
  tx_text_view_set_text (self->resolutions_view, tx_consultation_get_resolutions (m));
  tx_text_view_set_text (self->notes_view, tx_consultation_get_notes (m));

  clear_attendee_rows (self);
  for (guint i = 0; attendees != NULL && i < attendees->len; i++)
    {
      TxAttendee *row = g_ptr_array_index (attendees, i);

      add_attendee_row (self, row->person, row->staff, row->state, row->note);
    }
  update_attendee_summary (self);
  fill_suggestions (self);
}

static gboolean
refuse (GtkWidget     *widget,
        const char    *message,
        const GError  *detail,
        GError       **error)
{
  gtk_widget_grab_focus (widget);
  if (detail != NULL)
    g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID, "%s %s", message, detail->message);
  else
    g_set_error_literal (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID, message);
  return FALSE;
}

/* Widgets → record; FALSE (the input kept, the focus on it) on bad input. */
static gboolean
read_form (TxRecordEditor  *editor,
           TxRecord        *record,
           GError         **error)
{
  TxConsultationEditor *self = TX_CONSULTATION_EDITOR (editor);
  TxConsultation *m = TX_CONSULTATION (record);
  g_autofree char *title = tx_editable_dup_text (GTK_EDITABLE (self->title_entry));
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) detail = NULL;
  g_autoptr(GPtrArray) rows = tx_attendee_row_list (self->attendee_list);

  if (title == NULL)
    return refuse (GTK_WIDGET (self->title_entry), _("The meeting needs a title."), NULL, error);
  if (!tx_date_entry_validate (self->date_entry, &detail))
    return refuse (GTK_WIDGET (self->date_entry), _("The date is not understood."), detail, error);
  date = g_strdup (tx_date_entry_get_date (self->date_entry));
  /* the one time parser of every editor */
  if (!tx_parse_time_entry (GTK_EDITABLE (self->time_entry), _("Start time"), &time, &detail))
    return refuse (GTK_WIDGET (self->time_entry), _("The start time is not understood."), NULL, error);

  tx_consultation_set_title (m, title);
  tx_consultation_set_consultation_type (m, tx_code_drop_down_get_code (self->type_drop_down));
  tx_consultation_set_date (m, date);
  tx_consultation_set_start_time (m, time);
  text = tx_editable_dup_text (GTK_EDITABLE (self->place_entry));
  tx_consultation_set_place (m, text);
  tx_consultation_set_chair (m, selected_staff (self->chair_drop_down));
  tx_consultation_set_recorder (m, selected_staff (self->recorder_drop_down));
  g_clear_pointer (&text, g_free);
  tx_consultation_set_minutes (m, text = tx_text_view_dup_text_full (self->minutes_view, TX_TEXT_DROP_TRAILING));
  g_clear_pointer (&text, g_free);
  tx_consultation_set_agenda (m, text = tx_text_view_dup_text_full (self->agenda_view, TX_TEXT_DROP_TRAILING));
  g_clear_pointer (&text, g_free);
  tx_consultation_set_resolutions (m, text = tx_text_view_dup_text_full (self->resolutions_view, TX_TEXT_DROP_TRAILING));
  g_clear_pointer (&text, g_free);
  tx_consultation_set_notes (m, text = tx_text_view_dup_text_full (self->notes_view, TX_TEXT_DROP_TRAILING));

  tx_consultation_clear_attendees (m);
  for (guint i = 0; i < rows->len; i++)
    {
      TxAttendeeRow *row = g_ptr_array_index (rows, i);

      tx_consultation_add_attendee (m, tx_attendee_row_get_person_uuid (row), tx_attendee_row_get_staff_uuid (row),
                                    tx_attendee_row_get_state (row), tx_attendee_row_get_note (row));
    }

  /* normalized forms back into the entries, so the user sees what is kept */
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->time_entry), time);
  return TRUE;
}

/* A suggestion needs the meeting stored first: it refers to it by uuid. */
static void
new_suggestion_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TxConsultationEditor *self = TX_CONSULTATION_EDITOR (widget);
  TxSuggestionEditor *editor;

  if (!tx_record_editor_save (TX_RECORD_EDITOR (self), TX_SAVE_CHECK_CONFLICT))
    return;
  gtk_window_set_title (GTK_WINDOW (self), _("Meeting"));
  editor = tx_suggestion_editor_new_raised_at (GTK_WINDOW (self), database (self),
                                               tx_record_get_uuid (TX_RECORD (meeting (self))));
  open_suggestion_editor (self, editor);
}

const char *
tx_consultation_editor_get_uuid (TxConsultationEditor *self)
{
  g_return_val_if_fail (TX_IS_CONSULTATION_EDITOR (self), NULL);
  if (tx_record_get_modified (TX_RECORD (meeting (self))) == NULL)
    return NULL;
  return tx_record_get_uuid (TX_RECORD (meeting (self)));
}

/* a new meeting is held today, and most are 民主协商会 */
static void
prepare_new (TxRecordEditor *editor,
             TxRecord       *record)
{
  g_autofree char *iso = tx_civil_date_dup_today_iso ();

  tx_consultation_set_date (TX_CONSULTATION (record), iso);
  tx_consultation_set_consultation_type (TX_CONSULTATION (record), "1");
}

static void
tx_consultation_editor_dispose (GObject *object)
{
  TxConsultationEditor *self = TX_CONSULTATION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_CONSULTATION_EDITOR);
  g_clear_object (&self->suggestions);

  G_OBJECT_CLASS (tx_consultation_editor_parent_class)->dispose (object);
}

/* 签到表 or 会议纪要 of the meeting as saved */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TxConsultationEditor *self = TX_CONSULTATION_EDITOR (widget);
  const char *uuid = tx_record_get_uuid (TX_RECORD (meeting (self)));

  if (tx_record_get_modified (TX_RECORD (meeting (self))) == NULL)
    {
      tx_show_error (widget, _("Save the meeting first: what is printed is what was saved."), NULL);
      return;
    }
  tx_print_document (GTK_WINDOW (self), database (self),
                     &(TxDocumentRequest) {
                       .kind = g_str_equal (action_name, "editor.print-minutes") ? TX_DOCUMENT_MINUTES
                                                                                 : TX_DOCUMENT_SIGNIN_SHEET,
                       .consultation_uuid = uuid,
                     });
}

static void
tx_consultation_editor_class_init (TxConsultationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TxRecordEditorClass *editor_class = TX_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = tx_consultation_editor_dispose;
  editor_class->record_type = TX_TYPE_CONSULTATION;
  editor_class->open_failed = N_("The meeting could not be opened.");
  editor_class->fill_form = fill_form;
  editor_class->read_form = read_form;
  editor_class->prepare_new = prepare_new;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-consultation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, type_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, date_entry);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, time_entry);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, place_entry);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, chair_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, recorder_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, minutes_view);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, resolutions_view);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, staff_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, attendee_list);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, attendee_summary);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, suggestion_list);
  gtk_widget_class_bind_template_child (widget_class, TxConsultationEditor, notebook);
  gtk_widget_class_bind_template_callback (widget_class, on_suggestion_activated);

  gtk_widget_class_install_action (widget_class, "editor.add-people", NULL, add_people_action);
  gtk_widget_class_install_action (widget_class, "editor.print-signin", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "editor.print-minutes", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "editor.add-staff", NULL, add_staff_action);
  gtk_widget_class_install_action (widget_class, "editor.new-suggestion", NULL, new_suggestion_action);
}

static void
tx_consultation_editor_init (TxConsultationEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->suggestions = g_list_store_new (TX_TYPE_SUGGESTION);
  gtk_list_box_bind_model (self->suggestion_list, G_LIST_MODEL (self->suggestions),
                           create_suggestion_row, NULL, NULL);
}

GtkWindow *
tx_consultation_editor_new (GtkWindow  *parent,
                            TxDatabase *db,
                            const char *uuid)
{
  TxConsultationEditor *self;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  self = g_object_new (TX_TYPE_CONSULTATION_EDITOR, "transient-for", parent, "database", db, NULL);
  tx_record_editor_open (TX_RECORD_EDITOR (self), uuid);
  return GTK_WINDOW (self);
}
