/* tx-activity-editor.c — the window that creates or edits one activity
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"
#include "core/db/tx-store.h"

#include "tx-activity-editor.h"
#include "app/print/tx-print-documents.h"
#include "app/pages/tx-activity-pages-private.h"
#include "app/tx-app-util.h"
#include "tx-editor-util.h"
#include "tx-record-editor.h"
#include "app/widgets/tx-attendee-row.h"
#include "app/widgets/tx-code-drop-down.h"
#include "app/widgets/tx-photo-tile.h"
#include "app/widgets/tx-community-drop-down.h"
#include "app/widgets/tx-person-picker.h"

/* photos larger than this are refused: the database travels by USB stick */
#define MAX_PHOTO_BYTES (16 * 1024 * 1024)

/* ---- the activity editor ----------------------------------------------- */

struct _TxActivityEditor
{
  TxRecordEditor parent_instance;

  GtkEditable *title_entry;
  TxCodeDropDown *type_drop_down;
  TxCommunityDropDown *community_drop_down;
  TxDateEntry *start_date_entry;
  GtkEditable *start_time_entry;
  TxDateEntry *end_date_entry;
  GtkEditable *end_time_entry;
  GtkEditable *place_entry;
  GtkEditable *organiser_entry;
  GtkTextView *summary_view;
  GtkTextView *outcome_view;
  GtkTextView *notes_view;
  GtkListBox  *participant_list;
  GtkButton   *add_participant_button;
  GtkFlowBox  *photo_box;
  GtkLabel    *photo_empty_label;
  GtkButton   *add_photo_button;
};

G_DEFINE_FINAL_TYPE (TxActivityEditor, tx_activity_editor, TX_TYPE_RECORD_EDITOR)

/* ---- participants ---- */

static void
add_participant_row (TxActivityEditor *self,
                     const char       *person,
                     const char       *state,
                     const char       *note)
{
  g_autofree char *name = tx_lookup_person_name (tx_record_editor_get_database (TX_RECORD_EDITOR (self)), person);
  g_autofree char *state_label = NULL;
  g_autofree char *remove_label = NULL;
  GtkWidget *row = tx_attendee_row_new (TX_CODE_PARTICIPANT_STATE, person, NULL,
                                        name ? name : _("(unknown person)"), state ? state : "1", note);

  /* Translators: accessible name of the drop-down with a participant's
   * attendance; %s is the person's name */
  state_label = g_strdup_printf (_("Attendance of %s"), name ? name : "");
  /* Translators: %s is a person's name */
  remove_label = g_strdup_printf (_("Remove %s from the list"), name ? name : "");
  tx_attendee_row_describe (TX_ATTENDEE_ROW (row), state_label,
                            _("Invited, registered, present, excused or absent"), remove_label);
  gtk_list_box_append (self->participant_list, row);
}

void
_tx_activity_editor_add_participant (TxActivityEditor *self,
                                     const char       *person_uuid)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_if_fail (TX_IS_ACTIVITY_EDITOR (self));
  rows = tx_attendee_row_list (self->participant_list);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (tx_attendee_row_get_person_uuid (g_ptr_array_index (rows, i)), person_uuid) == 0)
      return;
  add_participant_row (self, person_uuid, "1", NULL);
}

GtkDropDown *
_tx_activity_editor_get_state_drop_down (TxActivityEditor *self,
                                         guint             index)
{
  g_autoptr(GPtrArray) rows = tx_attendee_row_list (self->participant_list);

  g_return_val_if_fail (index < rows->len, NULL);
  return tx_code_drop_down_get_drop_down (tx_attendee_row_get_state_drop_down (g_ptr_array_index (rows, index)));
}

static void
on_people_chosen (GStrv    uuids,
                  gpointer user_data)
{
  g_autoptr(TxActivityEditor) self = user_data;

  if (self->participant_list == NULL)   /* closed meanwhile */
    return;
  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    _tx_activity_editor_add_participant (self, uuids[i]);
}

static void
on_add_participant_clicked (TxActivityEditor *self)
{
  g_autoptr(GPtrArray) rows = tx_attendee_row_list (self->participant_list);
  g_autoptr(GPtrArray) exclude = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (exclude, (gpointer) tx_attendee_row_get_person_uuid (g_ptr_array_index (rows, i)));
  g_ptr_array_add (exclude, NULL);
  tx_person_picker_choose (GTK_WINDOW (self), tx_record_editor_get_database (TX_RECORD_EDITOR (self)), TRUE,
                           (const char * const *) exclude->pdata,
                           on_people_chosen, g_object_ref (self));
}

/* ---- photos ---- */

static void
update_photo_empty (TxActivityEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->photo_empty_label),
                          gtk_flow_box_get_child_at_index (self->photo_box, 0) == NULL);
}

static gboolean
add_photo (TxActivityEditor  *self,
           const char        *caption,
           const char        *mime,
           GBytes            *bytes,
           GError           **error)
{
  GtkWidget *tile = tx_photo_tile_new (caption, mime, bytes, error);

  if (tile == NULL)
    return FALSE;
  g_signal_connect_object (tile, "removed", G_CALLBACK (update_photo_empty), self, G_CONNECT_SWAPPED);
  gtk_flow_box_append (self->photo_box, tile);
  update_photo_empty (self);
  return TRUE;
}

static gboolean
add_photo_file (TxActivityEditor  *self,
                GFile             *file,
                GError           **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *mime = NULL;
  g_autofree char *caption = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  char *dot;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return FALSE;
  if (g_file_info_get_size (info) > MAX_PHOTO_BYTES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("“%s” is larger than 16 MB. Make the photo smaller and add it again."),
                   g_file_info_get_display_name (info));
      return FALSE;
    }
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return FALSE;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  if (g_file_info_get_content_type (info) != NULL)
    mime = g_content_type_get_mime_type (g_file_info_get_content_type (info));
  caption = g_strdup (g_file_info_get_display_name (info));
  if ((dot = strrchr (caption, '.')) != NULL && dot != caption)
    *dot = '\0';
  return add_photo (self, caption, mime ? mime : "application/octet-stream", bytes, error);
}

gboolean
_tx_activity_editor_add_photo_file (TxActivityEditor  *self,
                                    GFile             *file,
                                    GError           **error)
{
  g_return_val_if_fail (TX_IS_ACTIVITY_EDITOR (self), FALSE);
  return add_photo_file (self, file, error);
}

static void
on_photos_chosen (GtkNativeDialog  *chooser,
                  int               response,
                  TxActivityEditor *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          g_autoptr(GError) error = NULL;

          if (!add_photo_file (self, file, &error))
            tx_show_error (GTK_WIDGET (self), _("The photo could not be added"), error);
        }
    }
  g_object_unref (chooser);
}

static void
on_add_photo_clicked (TxActivityEditor *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Add Photos"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Add"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/gif");
  gtk_file_filter_add_mime_type (filter, "image/tiff");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_photos_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- form ⇄ record ---- */

static void
fill_form (TxRecordEditor *editor,
           TxRecord       *record)
{
  TxActivityEditor *self = TX_ACTIVITY_EDITOR (editor);
  TxActivity *a = TX_ACTIVITY (tx_record_editor_get_record (TX_RECORD_EDITOR (self)));
  GPtrArray *participants = tx_activity_get_participants (a);
  GPtrArray *photos = tx_activity_get_photos (a);
  GtkWidget *child;

  tx_editable_set_text_or_empty (self->title_entry, tx_activity_get_title (a));
  tx_code_drop_down_set_code (self->type_drop_down, tx_activity_get_activity_type (a));
  tx_community_drop_down_set_community_uuid (self->community_drop_down, tx_activity_get_community (a));
  tx_date_entry_set_date (self->start_date_entry, tx_activity_get_start_date (a));
  tx_editable_set_text_or_empty (self->start_time_entry, tx_activity_get_start_time (a));
  tx_date_entry_set_date (self->end_date_entry, tx_activity_get_end_date (a));
  tx_editable_set_text_or_empty (self->end_time_entry, tx_activity_get_end_time (a));
  tx_editable_set_text_or_empty (self->place_entry, tx_activity_get_place (a));
  tx_editable_set_text_or_empty (self->organiser_entry, tx_activity_get_organiser (a));
  tx_text_view_set_text (self->summary_view, tx_activity_get_summary (a));
  tx_text_view_set_text (self->outcome_view, tx_activity_get_outcome (a));
  tx_text_view_set_text (self->notes_view, tx_activity_get_notes (a));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->participant_list))) != NULL
         && TX_IS_ATTENDEE_ROW (child))
    gtk_list_box_remove (self->participant_list, child);
  for (guint i = 0; i < participants->len; i++)
    {
      TxParticipant *p = g_ptr_array_index (participants, i);

      add_participant_row (self, p->person, p->state, p->note);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->photo_box))) != NULL)
    gtk_flow_box_remove (self->photo_box, child);
  for (guint i = 0; i < photos->len; i++)
    {
      TxActivityPhoto *photo = g_ptr_array_index (photos, i);
      g_autoptr(GError) error = NULL;

      if (photo->data == NULL || !add_photo (self, photo->caption, photo->mime, photo->data, &error))
        g_debug ("An activity photo could not be shown: %s", error ? error->message : "no data");
    }
  update_photo_empty (self);
}

static gboolean
read_form (TxRecordEditor  *editor,
           TxRecord        *record,
           GError         **error)
{
  TxActivityEditor *self = TX_ACTIVITY_EDITOR (editor);
  TxActivity *a = TX_ACTIVITY (tx_record_editor_get_record (TX_RECORD_EDITOR (self)));
  g_autofree char *title = tx_editable_dup_text (self->title_entry);
  g_autofree char *start_date = NULL, *start_time = NULL, *end_date = NULL, *end_time = NULL;
  g_autofree char *place = NULL, *organiser = NULL;
  g_autofree char *summary = NULL, *outcome = NULL, *notes = NULL;
  g_autoptr(GPtrArray) rows = tx_attendee_row_list (self->participant_list);
  GtkWidget *child;

  if (!tx_date_entry_read (self->start_date_entry, _("Start date"), &start_date, error) ||
      !tx_parse_time_entry (self->start_time_entry, _("Start time"), &start_time, error) ||
      !tx_date_entry_read (self->end_date_entry, _("End date"), &end_date, error) ||
      !tx_parse_time_entry (self->end_time_entry, _("End time"), &end_time, error))
    return FALSE;
  if (start_date != NULL && end_date != NULL && strcmp (end_date, start_date) < 0)
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
                   _("The activity ends before it starts: check the end date."));
      gtk_widget_grab_focus (GTK_WIDGET (self->end_date_entry));
      return FALSE;
    }
  place = tx_editable_dup_text (self->place_entry);
  organiser = tx_editable_dup_text (self->organiser_entry);
  summary = tx_text_view_dup_text (self->summary_view);
  outcome = tx_text_view_dup_text (self->outcome_view);
  notes = tx_text_view_dup_text (self->notes_view);

  tx_activity_set_title (a, title);
  tx_activity_set_activity_type (a, tx_code_drop_down_get_code (self->type_drop_down));
  tx_activity_set_community (a, tx_community_drop_down_get_community_uuid (self->community_drop_down));
  tx_activity_set_start_date (a, start_date);
  tx_activity_set_start_time (a, start_time);
  tx_activity_set_end_date (a, end_date);
  tx_activity_set_end_time (a, end_time);
  tx_activity_set_place (a, place);
  tx_activity_set_organiser (a, organiser);
  tx_activity_set_summary (a, summary);
  tx_activity_set_outcome (a, outcome);
  tx_activity_set_notes (a, notes);

  tx_activity_clear_participants (a);
  for (guint i = 0; i < rows->len; i++)
    {
      TxAttendeeRow *row = g_ptr_array_index (rows, i);

      tx_activity_add_participant (a, tx_attendee_row_get_person_uuid (row), tx_attendee_row_get_state (row),
                                   tx_attendee_row_get_note (row));
    }
  tx_activity_clear_photos (a);
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->photo_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *caption = tx_photo_tile_dup_caption (TX_PHOTO_TILE (child));

      tx_activity_add_photo (a, caption, tx_photo_tile_get_mime (TX_PHOTO_TILE (child)),
                             tx_photo_tile_get_bytes (TX_PHOTO_TILE (child)));
    }
  if (tx_record_text_is_blank (title))
    gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  return TRUE;
}

/* 签到表 of the activity as saved */
static void
print_signin_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TxActivityEditor *self = TX_ACTIVITY_EDITOR (widget);

  if (tx_record_get_modified (TX_RECORD (TX_ACTIVITY (tx_record_editor_get_record (TX_RECORD_EDITOR (self))))) == NULL)
    {
      tx_show_error (widget, _("Save the activity first: a sign-in sheet lists the people saved with it."), NULL);
      return;
    }
  tx_print_document (GTK_WINDOW (self), tx_record_editor_get_database (TX_RECORD_EDITOR (self)),
                     &(TxDocumentRequest) {
                       .kind = TX_DOCUMENT_SIGNIN_SHEET,
                       .activity_uuid = tx_record_get_uuid (tx_record_editor_get_record (TX_RECORD_EDITOR (self))),
                     });
}

static void
tx_activity_editor_dispose (GObject *object)
{
  TxActivityEditor *self = TX_ACTIVITY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_ACTIVITY_EDITOR);
  G_OBJECT_CLASS (tx_activity_editor_parent_class)->dispose (object);
}

static void
tx_activity_editor_class_init (TxActivityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TxRecordEditorClass *editor_class = TX_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = tx_activity_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-activity-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, type_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, community_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, start_date_entry);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, start_time_entry);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, end_date_entry);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, end_time_entry);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, place_entry);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, organiser_entry);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, summary_view);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, outcome_view);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, participant_list);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, add_participant_button);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, photo_box);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, photo_empty_label);
  gtk_widget_class_bind_template_child (widget_class, TxActivityEditor, add_photo_button);

  editor_class->record_type = TX_TYPE_ACTIVITY;
  editor_class->new_title = N_("New Activity");
  editor_class->open_failed = N_("The activity could not be opened");
  editor_class->fill_form = fill_form;
  editor_class->read_form = read_form;
  gtk_widget_class_install_action (widget_class, "editor.print-signin", NULL, print_signin_action);
}

static void
tx_activity_editor_init (TxActivityEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->add_participant_button, "clicked", G_CALLBACK (on_add_participant_clicked), self);
  g_signal_connect_swapped (self->add_photo_button, "clicked", G_CALLBACK (on_add_photo_clicked), self);
}

GtkWindow *
tx_activity_editor_new (GtkWindow  *parent,
                        TxDatabase *db,
                        const char *uuid)
{
  TxActivityEditor *self;

  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  self = g_object_new (TX_TYPE_ACTIVITY_EDITOR, "transient-for", parent, "database", db, NULL);
  tx_community_drop_down_set_database (self->community_drop_down, db);

  tx_record_editor_open (TX_RECORD_EDITOR (self), uuid);
  return GTK_WINDOW (self);
}
