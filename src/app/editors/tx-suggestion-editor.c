/* tx-suggestion-editor.c — the editor of one suggestion and its handling
 *
 * The state moves only forward (登记 → 受理 → 转办 → 办理 → 答复 → 采纳 /
 * 未采纳 → 反馈 → 办结), each step a dated entry in the history with the
 * operator, so the office can show how it answered (民主监督).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-consultation.h"
#include "core/model/tx-meeting-query.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"

#include "app/tx-app-util.h"
#include "tx-editor-util.h"
#include "tx-record-editor.h"
#include "app/pages/tx-meetings-private.h"
#include "app/widgets/tx-choice-item.h"
#include "app/widgets/tx-code-drop-down.h"
#include "app/widgets/tx-person-picker.h"
#include "tx-suggestion-editor.h"

typedef struct
{
  char           *person;
  GtkCheckButton *lead;     /* owned by the row widget */
  GtkWidget      *row;
} Proposer;

struct _TxSuggestionEditor
{
  TxRecordEditor   parent_instance;

  GPtrArray       *proposers;      /* Proposer */

  GtkEntry        *title_entry;
  TxDateEntry     *date_entry;
  TxCodeDropDown  *channel_drop_down;
  GtkDropDown     *meeting_drop_down;
  GtkTextView     *content_view;
  GtkListBox      *proposer_list;
  GtkEntry        *unit_entry;
  TxDateEntry     *deadline_entry;
  GtkLabel        *overdue_label;
  GtkTextView     *response_view;
  TxDateEntry     *response_date_entry;
  GtkTextView     *feedback_view;
  TxDateEntry     *feedback_date_entry;
  TxCodeDropDown  *satisfaction_drop_down;
  TxCodeDropDown  *adoption_drop_down;
  GtkTextView     *notes_view;
  GtkLabel        *state_label;
  GtkWidget       *next_grid;
  TxCodeDropDown  *next_drop_down;
  TxDateEntry     *next_date_entry;
  GtkEntry        *next_note_entry;
  GtkListBox      *history_list;
};

G_DEFINE_FINAL_TYPE (TxSuggestionEditor, tx_suggestion_editor, TX_TYPE_RECORD_EDITOR)

static gboolean read_form (TxRecordEditor  *editor,
                           TxRecord        *record,
                           GError         **error);

static TxDatabase *
database (TxSuggestionEditor *self)
{
  return tx_record_editor_get_database (TX_RECORD_EDITOR (self));
}

static TxSuggestion *
suggestion (TxSuggestionEditor *self)
{
  return TX_SUGGESTION (tx_record_editor_get_record (TX_RECORD_EDITOR (self)));
}

static void
proposer_free (gpointer data)
{
  Proposer *proposer = data;

  g_free (proposer->person);
  g_free (proposer);
}

/* ---- the meeting it was raised at --------------------------------------- */

/* "—" and the meetings, as TxChoiceItems */
static void
fill_meetings (TxSuggestionEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = tx_meeting_list_consultations (database (self), &error);
  g_autoptr(GListStore) items = NULL;
  guint selected;

  if (meetings == NULL)
    g_warning ("Meetings could not be read: %s", error->message);
  items = tx_choice_item_store_new (meetings, TRUE);
  selected = tx_choice_item_find (G_LIST_MODEL (items), tx_suggestion_get_consultation (suggestion (self)));
  gtk_drop_down_set_model (self->meeting_drop_down, G_LIST_MODEL (items));
  gtk_drop_down_set_selected (self->meeting_drop_down, selected != G_MAXUINT ? selected : 0);
}

static const char *
selected_meeting (TxSuggestionEditor *self)
{
  return tx_choice_item_uuid_at (gtk_drop_down_get_model (self->meeting_drop_down),
                                 gtk_drop_down_get_selected (self->meeting_drop_down));
}

static void
on_channel_changed (TxSuggestionEditor *self)
{
  const char *channel = tx_code_drop_down_get_code (self->channel_drop_down);

  gtk_widget_set_sensitive (GTK_WIDGET (self->meeting_drop_down),
                            g_strcmp0 (channel, TX_SUGGESTION_CHANNEL_MEETING) == 0);
}

/* ---- proposers ---------------------------------------------------------- */

static void
on_remove_proposer (GtkButton          *button,
                    TxSuggestionEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  for (guint i = 0; i < self->proposers->len; i++)
    {
      Proposer *proposer = g_ptr_array_index (self->proposers, i);

      if (proposer->row == row)
        {
          gboolean was_lead = gtk_check_button_get_active (proposer->lead);

          gtk_list_box_remove (self->proposer_list, row);
          g_ptr_array_remove_index (self->proposers, i);
          /* someone leads as long as anyone signed */
          if (was_lead && self->proposers->len > 0)
            gtk_check_button_set_active (((Proposer *) g_ptr_array_index (self->proposers, 0))->lead, TRUE);
          break;
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->proposer_list), self->proposers->len > 0);
}

static void
add_proposer_row (TxSuggestionEditor *self,
                  const char         *person,
                  gboolean            lead)
{
  Proposer *proposer = g_new0 (Proposer, 1);
  g_autofree char *name = tx_meeting_dup_person_name (database (self), person);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name_label = gtk_label_new (name ? name : "?");
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *accessible = NULL;

  proposer->person = g_strdup (person);
  proposer->lead = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Lead")));
  if (self->proposers->len > 0)
    gtk_check_button_set_group (proposer->lead, ((Proposer *) g_ptr_array_index (self->proposers, 0))->lead);
  gtk_check_button_set_active (proposer->lead, lead || self->proposers->len == 0);
  /* TRANSLATORS: accessible name of the lead check of one proposer, "张伟 牵头" */
  accessible = g_strdup_printf (_("%s leads"), name ? name : "?");
  gtk_accessible_update_property (GTK_ACCESSIBLE (proposer->lead),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_widget_set_tooltip_text (remove, _("Remove from the list"));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_proposer), self);
  gtk_box_append (GTK_BOX (box), name_label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (proposer->lead));
  gtk_box_append (GTK_BOX (box), remove);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 2);
  gtk_widget_set_margin_bottom (box, 2);
  gtk_list_box_append (self->proposer_list, box);
  proposer->row = gtk_widget_get_parent (box);
  g_ptr_array_add (self->proposers, proposer);
  gtk_widget_set_visible (GTK_WIDGET (self->proposer_list), TRUE);
}

static void
on_people_chosen (GStrv    uuids,
                  gpointer user_data)
{
  g_autoptr(TxSuggestionEditor) self = g_weak_ref_get (user_data);

  g_weak_ref_clear (user_data);
  g_free (user_data);
  if (self == NULL || uuids == NULL)
    return;
  for (guint i = 0; uuids[i] != NULL; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; j < self->proposers->len; j++)
        known |= g_strcmp0 (((Proposer *) g_ptr_array_index (self->proposers, j))->person, uuids[i]) == 0;
      if (!known)
        add_proposer_row (self, uuids[i], FALSE);
    }
}

static void
add_proposers_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TxSuggestionEditor *self = TX_SUGGESTION_EDITOR (widget);
  g_autoptr(GPtrArray) exclude = g_ptr_array_new ();
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  for (guint i = 0; i < self->proposers->len; i++)
    g_ptr_array_add (exclude, ((Proposer *) g_ptr_array_index (self->proposers, i))->person);
  g_ptr_array_add (exclude, NULL);
  g_weak_ref_init (ref, self);
  tx_person_picker_choose (GTK_WINDOW (self), database (self), TRUE,
                           (const char * const *) exclude->pdata, on_people_chosen, ref);
}

/* ---- state and history -------------------------------------------------- */

static GtkWidget *
history_label (const char *text,
               int         width,
               gboolean    expand)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  if (width > 0)
    gtk_widget_set_size_request (label, width, -1);
  if (expand)
    {
      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  return label;
}

static void
fill_history (TxSuggestionEditor *self)
{
  GPtrArray *history = tx_suggestion_get_history (suggestion (self));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);
  for (guint i = 0; history != NULL && i < history->len; i++)
    {
      TxStateChange *change = g_ptr_array_index (history, i);
      g_autofree char *date = tx_format_date (change->date);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
      GtkWidget *state = history_label (tx_code_table_name (TX_CODE_SUGGESTION_STATE, change->state), 56, FALSE);
      GtkWidget *operator = history_label (change->operator, 0, FALSE);

      gtk_widget_add_css_class (state, "heading");
      gtk_widget_add_css_class (operator, "dim-label");
      gtk_box_append (GTK_BOX (box), history_label (date, 110, FALSE));
      gtk_box_append (GTK_BOX (box), state);
      gtk_box_append (GTK_BOX (box), history_label (change->note, 0, TRUE));
      gtk_box_append (GTK_BOX (box), operator);
      gtk_widget_set_margin_start (box, 10);
      gtk_widget_set_margin_end (box, 10);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_list_box_append (self->history_list, box);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->history_list), history != NULL && history->len > 0);
}

/* While a suggestion is new, its registration (登记) carries the date the
 * suggestion was made, as typed in its date field. */
static void
sync_registration_date (TxSuggestionEditor *self)
{
  GPtrArray *history = tx_suggestion_get_history (suggestion (self));
  g_autofree char *date = NULL;
  TxStateChange *first;

  if (tx_record_get_modified (TX_RECORD (suggestion (self))) != NULL || history == NULL || history->len == 0)
    return;
  first = g_ptr_array_index (history, 0);
  if (g_strcmp0 (first->state, "01") != 0)
    return;
  date = g_strdup (tx_date_entry_get_date (self->date_entry));
  if (date == NULL || g_strcmp0 (date, first->date) == 0)
    return;
  g_free (first->date);
  first->date = g_steal_pointer (&date);
  fill_history (self);
}

static void
update_overdue (TxSuggestionEditor *self)
{
  const char *deadline = tx_date_entry_get_date (self->deadline_entry);
  g_autofree char *today = tx_civil_date_dup_today_iso ();
  gboolean overdue;

  overdue = deadline != NULL && strcmp (deadline, today) < 0
            && tx_suggestion_state_awaits_response (tx_suggestion_get_state (suggestion (self)));
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_label), overdue);
}

/* The next-step drop-down offers only the steps that may follow (the
 * next one, and 不予受理 early on): no step is skipped. */
static void
fill_state (TxSuggestionEditor *self)
{
  const char *state = tx_suggestion_get_state (suggestion (self));
  g_auto(GStrv) next = tx_suggestion_state_dup_next (state);
  g_autofree char *today = tx_civil_date_dup_today_iso ();

  gtk_label_set_label (self->state_label, tx_code_table_name (TX_CODE_SUGGESTION_STATE, state));
  tx_code_drop_down_set_only_codes (self->next_drop_down, (const char * const *) next);
  tx_code_drop_down_set_code (self->next_drop_down, next[0]);
  tx_date_entry_set_date (self->next_date_entry, today);
  gtk_editable_set_text (GTK_EDITABLE (self->next_note_entry), "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_drop_down), next[0] != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move", next[0] != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.step-back",
                                 tx_suggestion_state_previous (state) != NULL);
  update_overdue (self);
}

/* The date of the step, today when left empty; NULL with the user told. */
static char *
read_step_date (TxSuggestionEditor *self)
{
  g_autoptr(GError) error = NULL;
  char *date = NULL;

  if (!tx_date_entry_read (self->next_date_entry, _("Date"), &date, &error))
    tx_show_error (GTK_WIDGET (self), _("The date of the step is not understood."), error);
  else if (date == NULL)
    date = tx_civil_date_dup_today_iso ();
  return date;
}

static void
after_step (TxSuggestionEditor *self)
{
  fill_state (self);
  fill_history (self);
}

/* The answer and the feedback typed in the form count for the step (答复
 * needs the answer), so the form is read into the record first. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TxSuggestionEditor *self = TX_SUGGESTION_EDITOR (widget);
  const char *next = tx_code_drop_down_get_code (self->next_drop_down);
  g_autofree char *note = tx_editable_dup_text (GTK_EDITABLE (self->next_note_entry));
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;

  if (next == NULL)
    return;
  if (!read_form (TX_RECORD_EDITOR (self), TX_RECORD (suggestion (self)), &error))
    {
      tx_show_error (widget, _("Please check the form"), error);
      return;
    }
  if ((date = read_step_date (self)) == NULL)
    return;
  if (!tx_suggestion_advance (suggestion (self), next,
                              date, note, tx_database_get_operator (database (self)), &error))
    {
      tx_show_error (GTK_WIDGET (self), _("The suggestion cannot take this step."), error);
      return;
    }
  after_step (self);
}

/* A step back needs its reason in the note field; it stays in the history. */
static void
step_back_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TxSuggestionEditor *self = TX_SUGGESTION_EDITOR (widget);
  g_autofree char *reason = tx_editable_dup_text (GTK_EDITABLE (self->next_note_entry));
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;

  if ((date = read_step_date (self)) == NULL)
    return;
  if (!tx_suggestion_step_back (suggestion (self), date, reason,
                                tx_database_get_operator (database (self)), &error))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->next_note_entry));
      tx_show_error (GTK_WIDGET (self), _("The suggestion cannot step back."), error);
      return;
    }
  after_step (self);
}

/* ---- load and save ------------------------------------------------------ */

static void
fill_form (TxRecordEditor *editor,
           TxRecord       *record)
{
  TxSuggestionEditor *self = TX_SUGGESTION_EDITOR (editor);
  TxSuggestion *s = TX_SUGGESTION (record);
  GPtrArray *proposers = tx_suggestion_get_proposers (s);
  GtkWidget *child;

  gtk_window_set_title (GTK_WINDOW (self), tx_record_get_modified (TX_RECORD (s)) == NULL
                                           ? _("New Suggestion") : _("Suggestion"));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->title_entry), tx_suggestion_get_title (s));
  tx_date_entry_set_date (self->date_entry, tx_suggestion_get_date (s));
  tx_code_drop_down_set_code (self->channel_drop_down, tx_suggestion_get_channel (s));
  fill_meetings (self);
  on_channel_changed (self);
  tx_text_view_set_text (self->content_view, tx_suggestion_get_content (s));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->unit_entry), tx_suggestion_get_handling_unit (s));
  tx_date_entry_set_date (self->deadline_entry, tx_suggestion_get_deadline (s));
  tx_text_view_set_text (self->response_view, tx_suggestion_get_response (s));
  tx_date_entry_set_date (self->response_date_entry, tx_suggestion_get_response_date (s));
  tx_text_view_set_text (self->feedback_view, tx_suggestion_get_feedback (s));
  tx_date_entry_set_date (self->feedback_date_entry, tx_suggestion_get_feedback_date (s));
  tx_code_drop_down_set_code (self->satisfaction_drop_down, tx_suggestion_get_satisfaction (s));
  tx_code_drop_down_set_code (self->adoption_drop_down, tx_suggestion_get_adoption (s));
  tx_text_view_set_text (self->notes_view, tx_suggestion_get_notes (s));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->proposer_list))) != NULL)
    gtk_list_box_remove (self->proposer_list, child);
  g_ptr_array_set_size (self->proposers, 0);
  for (guint i = 0; proposers != NULL && i < proposers->len; i++)
    {
      TxProposer *row = g_ptr_array_index (proposers, i);

      add_proposer_row (self, row->person, g_strcmp0 (row->lead, "1") == 0);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->proposer_list), self->proposers->len > 0);
  fill_state (self);
  fill_history (self);
}

/* @entry's date, normalized into @out (NULL when empty); FALSE with
 * @error set and the focus on @entry when it is not a date. */
static gboolean
read_date (TxDateEntry  *entry,
           const char   *message,
           char        **out,
           GError      **error)
{
  g_autoptr(GError) detail = NULL;

  *out = NULL;
  if (!tx_date_entry_validate (entry, &detail))
    {
      gtk_widget_grab_focus (GTK_WIDGET (entry));
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID, "%s %s", message, detail->message);
      return FALSE;
    }
  *out = g_strdup (tx_date_entry_get_date (entry));
  return TRUE;
}

static void
set_text_from_view (TxSuggestion *s,
                    void        (*setter) (TxSuggestion *, const char *),
                    GtkTextView  *view)
{
  g_autofree char *text = tx_text_view_dup_text_full (view, TX_TEXT_DROP_TRAILING);

  setter (s, text);
}

static gboolean
read_form (TxRecordEditor  *editor,
           TxRecord        *record,
           GError         **error)
{
  TxSuggestionEditor *self = TX_SUGGESTION_EDITOR (editor);
  TxSuggestion *s = TX_SUGGESTION (record);
  g_autofree char *title = tx_editable_dup_text (GTK_EDITABLE (self->title_entry));
  g_autofree char *unit = tx_editable_dup_text (GTK_EDITABLE (self->unit_entry));
  g_autofree char *date = NULL, *deadline = NULL, *response_date = NULL, *feedback_date = NULL;
  const char *channel = tx_code_drop_down_get_code (self->channel_drop_down);

  if (title == NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
      g_set_error_literal (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID, _("The suggestion needs a title."));
      return FALSE;
    }
  if (!read_date (self->date_entry, _("The date is not understood."), &date, error) ||
      !read_date (self->deadline_entry, _("The deadline is not understood."), &deadline, error) ||
      !read_date (self->response_date_entry, _("The response date is not understood."), &response_date, error) ||
      !read_date (self->feedback_date_entry, _("The feedback date is not understood."), &feedback_date, error))
    return FALSE;

  tx_suggestion_set_title (s, title);
  tx_suggestion_set_date (s, date);
  tx_suggestion_set_channel (s, channel);
  /* only a suggestion raised at a meeting names one */
  tx_suggestion_set_consultation (s, g_strcmp0 (channel, TX_SUGGESTION_CHANNEL_MEETING) == 0
                                     ? selected_meeting (self) : NULL);
  set_text_from_view (s, tx_suggestion_set_content, self->content_view);
  tx_suggestion_set_handling_unit (s, unit);
  tx_suggestion_set_deadline (s, deadline);
  set_text_from_view (s, tx_suggestion_set_response, self->response_view);
  tx_suggestion_set_response_date (s, response_date);
  set_text_from_view (s, tx_suggestion_set_feedback, self->feedback_view);
  tx_suggestion_set_feedback_date (s, feedback_date);
  tx_suggestion_set_satisfaction (s, tx_code_drop_down_get_code (self->satisfaction_drop_down));
  tx_suggestion_set_adoption (s, tx_code_drop_down_get_code (self->adoption_drop_down));
  set_text_from_view (s, tx_suggestion_set_notes, self->notes_view);

  tx_suggestion_clear_proposers (s);
  for (guint i = 0; i < self->proposers->len; i++)
    {
      Proposer *proposer = g_ptr_array_index (self->proposers, i);

      tx_suggestion_add_proposer (s, proposer->person,
                                  gtk_check_button_get_active (proposer->lead) ? "1" : NULL);
    }
  update_overdue (self);
  return TRUE;
}

/* A new suggestion is registered (登记) today, by whoever records it. */
static void
prepare_new (TxRecordEditor *editor,
             TxRecord       *record)
{
  g_autofree char *today = tx_civil_date_dup_today_iso ();

  tx_suggestion_set_date (TX_SUGGESTION (record), today);
  tx_suggestion_register (TX_SUGGESTION (record), today,
                          tx_database_get_operator (tx_record_editor_get_database (editor)));
  tx_suggestion_set_channel (TX_SUGGESTION (record), "1");
}

static void
tx_suggestion_editor_dispose (GObject *object)
{
  TxSuggestionEditor *self = TX_SUGGESTION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_SUGGESTION_EDITOR);
  g_clear_pointer (&self->proposers, g_ptr_array_unref);

  G_OBJECT_CLASS (tx_suggestion_editor_parent_class)->dispose (object);
}

static void
tx_suggestion_editor_class_init (TxSuggestionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TxRecordEditorClass *editor_class = TX_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = tx_suggestion_editor_dispose;
  editor_class->record_type = TX_TYPE_SUGGESTION;
  editor_class->open_failed = N_("The suggestion could not be opened.");
  editor_class->fill_form = fill_form;
  editor_class->read_form = read_form;
  editor_class->prepare_new = prepare_new;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-suggestion-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, date_entry);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, channel_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, meeting_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, content_view);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, proposer_list);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, deadline_entry);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, response_view);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, response_date_entry);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, feedback_view);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, feedback_date_entry);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, satisfaction_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, adoption_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, state_label);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, next_grid);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, next_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, next_date_entry);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, next_note_entry);
  gtk_widget_class_bind_template_child (widget_class, TxSuggestionEditor, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_channel_changed);

  gtk_widget_class_install_action (widget_class, "editor.add-proposers", NULL, add_proposers_action);
  gtk_widget_class_install_action (widget_class, "editor.move", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "editor.step-back", NULL, step_back_action);
}

static void
tx_suggestion_editor_init (TxSuggestionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->proposers = g_ptr_array_new_with_free_func (proposer_free);
  g_signal_connect_object (self->deadline_entry, "notify::date", G_CALLBACK (update_overdue), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_entry, "notify::date", G_CALLBACK (sync_registration_date), self, G_CONNECT_SWAPPED);
}

GtkWindow *
tx_suggestion_editor_new (GtkWindow  *parent,
                          TxDatabase *db,
                          const char *uuid)
{
  TxSuggestionEditor *self;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  self = g_object_new (TX_TYPE_SUGGESTION_EDITOR, "transient-for", parent, "database", db, NULL);
  tx_record_editor_open (TX_RECORD_EDITOR (self), uuid);
  return GTK_WINDOW (self);
}

TxSuggestionEditor *
tx_suggestion_editor_new_raised_at (GtkWindow  *parent,
                                    TxDatabase *db,
                                    const char *consultation_uuid)
{
  TxSuggestionEditor *self;
  g_autoptr(TxRecord) meeting = NULL;
  TxSuggestion *raised;

  g_return_val_if_fail (consultation_uuid != NULL, NULL);

  self = TX_SUGGESTION_EDITOR (tx_suggestion_editor_new (parent, db, NULL));
  raised = suggestion (self);
  tx_suggestion_set_channel (raised, TX_SUGGESTION_CHANNEL_MEETING);
  tx_suggestion_set_consultation (raised, consultation_uuid);
  /* raised on the day of the meeting */
  meeting = tx_store_load (db, TX_TYPE_CONSULTATION, consultation_uuid, NULL);
  if (meeting != NULL && tx_consultation_get_date (TX_CONSULTATION (meeting)) != NULL)
    tx_suggestion_set_date (raised, tx_consultation_get_date (TX_CONSULTATION (meeting)));
  tx_record_editor_set_record (TX_RECORD_EDITOR (self), TX_RECORD (raised));
  return self;
}
