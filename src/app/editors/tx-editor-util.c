/* tx-editor-util.c — what the editor windows share
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-activity-query.h"
#include "core/text/tx-civil-date.h"
#include "core/db/tx-store.h"

#include "app/tx-app-util.h"
#include "tx-editor-util.h"

/* ---- saving ---------------------------------------------------------------- */

typedef struct
{
  GtkWindow    *editor;
  TxDatabase   *db;
  TxRecord     *record;
  TxEditorDone  saved;
  TxEditorDone  reload;
} ConflictQuestion;

static void
conflict_question_free (ConflictQuestion *question)
{
  g_clear_object (&question->editor);
  g_clear_object (&question->db);
  g_clear_object (&question->record);
  g_free (question);
}

static void
show_save_error (GtkWindow    *editor,
                 const GError *error)
{
  if (error->domain == TX_RECORD_ERROR)
    tx_editor_show_invalid (editor, error);
  else
    tx_show_error (GTK_WIDGET (editor), _("The record could not be saved"), error);
}

static void
on_conflict_response (GtkDialog        *dialog,
                      int               response,
                      ConflictQuestion *question)
{
  if (response == TX_CONFLICT_RESPONSE_RELOAD)
    question->reload (question->editor);
  else if (response == TX_CONFLICT_RESPONSE_OVERWRITE)
    {
      g_autoptr(GError) error = NULL;

      if (tx_store_save (question->db, question->record, TX_SAVE_DEFAULT, &error))
        question->saved (question->editor);
      else
        show_save_error (question->editor, error);
    }
  /* the question (and its reference on the editor) goes with the dialog:
   * a dialog that outlives its parent would unhook from freed memory */
  tx_dialog_dismiss (dialog);
}

static void
ask_about_conflict (GtkWindow    *editor,
                    TxDatabase   *db,
                    TxRecord     *record,
                    TxEditorDone  saved,
                    TxEditorDone  reload)
{
  ConflictQuestion *question = g_new0 (ConflictQuestion, 1);
  GtkWidget *dialog;

  question->editor = g_object_ref (editor);
  question->db = g_object_ref (db);
  question->record = g_object_ref (record);
  question->saved = saved;
  question->reload = reload;

  dialog = gtk_message_dialog_new (editor, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                   "%s", _("This record was changed elsewhere"));
  gtk_widget_set_name (dialog, "tx-conflict-dialog");
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Someone saved it in another window or program after you "
                                              "opened it. Reload it to see their changes (what you typed "
                                              "here is discarded), or overwrite their changes with yours."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Reload"), TX_CONFLICT_RESPONSE_RELOAD,
                          _("_Overwrite"), TX_CONFLICT_RESPONSE_OVERWRITE,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_object_set_data_full (G_OBJECT (dialog), "tx-conflict-question", question,
                          (GDestroyNotify) conflict_question_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_conflict_response), question);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
tx_editor_save (GtkWindow    *editor,
                TxDatabase   *db,
                TxRecord     *record,
                TxEditorDone  saved,
                TxEditorDone  reload)
{
  g_autoptr(GError) error = NULL;

  if (tx_store_save (db, record, TX_SAVE_CHECK_CONFLICT, &error))
    {
      saved (editor);
      return TRUE;
    }
  if (g_error_matches (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CONFLICT))
    ask_about_conflict (editor, db, record, saved, reload);
  else
    show_save_error (editor, error);
  return FALSE;
}

void
tx_editor_show_invalid (GtkWindow    *editor,
                        const GError *error)
{
  tx_show_error (GTK_WIDGET (editor), _("Please check the form"), error);
}

void
tx_editor_emit_saved_and_close (GtkWindow *editor)
{
  g_signal_emit_by_name (editor, "saved");
  gtk_window_destroy (editor);
}

TxRecord *
tx_editor_load_again (GtkWindow  *editor,
                      TxDatabase *db,
                      TxRecord   *record,
                      const char *failure)
{
  g_autoptr(GError) error = NULL;
  TxRecord *stored;

  stored = tx_store_load (db, G_OBJECT_TYPE (record), tx_record_get_uuid (record), &error);
  if (stored == NULL)
    tx_show_error (GTK_WIDGET (editor), failure, error);
  return stored;
}

/* ---- editors of one record ---------------------------------------------------- */

static GQuark
record_editor_quark (void)
{
  return g_quark_from_static_string ("tx-record-editor-class");
}

static const TxRecordEditorClassInfo *
record_editor_info (GtkWindow *editor)
{
  const TxRecordEditorClassInfo *info = g_type_get_qdata (G_OBJECT_TYPE (editor), record_editor_quark ());

  g_assert (info != NULL);
  return info;
}

static TxDatabase *
record_editor_database (GtkWindow *editor)
{
  return G_STRUCT_MEMBER (TxDatabase *, editor, record_editor_info (editor)->database_offset);
}

/* the editor's own field, so that its typed getter sees what we set */
static TxRecord **
record_editor_record_field (GtkWindow *editor)
{
  return G_STRUCT_MEMBER_P (editor, record_editor_info (editor)->record_offset);
}

static void
record_editor_fill (GtkWindow *editor)
{
  record_editor_info (editor)->fill_form (editor);
  /* what Escape compares with to know whether to ask */
  tx_editor_remember_form (editor);
}

gboolean
tx_record_editor_load (GtkWindow   *editor,
                       const char  *uuid,
                       GError     **error)
{
  GType type = record_editor_info (editor)->get_record_type ();
  g_autoptr(TxRecord) record = tx_store_load (record_editor_database (editor), type, uuid, error);

  if (record == NULL)
    return FALSE;
  g_set_object (record_editor_record_field (editor), record);
  record_editor_fill (editor);
  return TRUE;
}

/* the conflict question's 重新载入: the stored record replaces what was typed */
static void
record_editor_reload (GtkWindow *editor)
{
  g_autoptr(GError) error = NULL;
  /* a copy: loading replaces the record that holds the uuid */
  g_autofree char *uuid = g_strdup (tx_record_get_uuid (*record_editor_record_field (editor)));

  if (!tx_record_editor_load (editor, uuid, &error))
    tx_show_error (GTK_WIDGET (editor), _(record_editor_info (editor)->reload_failed), error);
}

static void
record_editor_save_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  GtkWindow *editor = GTK_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!record_editor_info (editor)->read_form (editor, &error))
    {
      tx_editor_show_invalid (editor, error);
      return;
    }
  tx_editor_save (editor, record_editor_database (editor), *record_editor_record_field (editor),
                  tx_editor_emit_saved_and_close, record_editor_reload);
}

void
tx_record_editor_class_setup (GtkWidgetClass                *widget_class,
                              const TxRecordEditorClassInfo *info)
{
  g_return_if_fail (g_type_is_a (info->get_record_type (), TX_TYPE_RECORD));

  g_type_set_qdata (G_TYPE_FROM_CLASS (widget_class), record_editor_quark (), (gpointer) info);
  g_signal_new ("saved", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  tx_editor_class_add_save_and_cancel (widget_class, record_editor_save_action, NULL);
}

void
tx_record_editor_open (GtkWindow  *editor,
                       const char *uuid)
{
  const TxRecordEditorClassInfo *info = record_editor_info (editor);
  TxRecord **field = record_editor_record_field (editor);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;

  g_clear_object (field);
  if (uuid == NULL)
    {
      *field = g_object_new (info->get_record_type (), NULL);
      if (info->prepare_new != NULL)
        info->prepare_new (*field);
      gtk_window_set_title (editor, _(info->new_title));
      record_editor_fill (editor);
      return;
    }
  if (tx_record_editor_load (editor, uuid, &error))
    return;
  *field = g_object_new (info->get_record_type (), NULL);
  parent = gtk_window_get_transient_for (editor);
  tx_show_error (parent ? GTK_WIDGET (parent) : NULL, _(info->open_failed), error);
  tx_editor_destroy_later (editor);
}

/* ---- saving with a conflict bar ---------------------------------------------- */

typedef struct
{
  TxEditorSaveFunc save;
  TxEditorDone     reload;
} ConflictBarClass;

static GQuark
conflict_bar_quark (void)
{
  return g_quark_from_static_string ("tx-conflict-bar-class");
}

static ConflictBarClass *
conflict_bar_class (GtkWidget *editor)
{
  return g_type_get_qdata (G_OBJECT_TYPE (editor), conflict_bar_quark ());
}

static void
save_and_close (GtkWidget   *widget,
                TxSaveFlags  flags)
{
  if (conflict_bar_class (widget)->save (GTK_WINDOW (widget), flags))
    gtk_window_destroy (GTK_WINDOW (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_and_close (widget, TX_SAVE_CHECK_CONFLICT);
}

/* the bar's 覆盖保存: mine over theirs */
static void
overwrite_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  save_and_close (widget, TX_SAVE_DEFAULT);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  conflict_bar_class (widget)->reload (GTK_WINDOW (widget));
}

void
tx_editor_class_add_conflict_bar (GtkWidgetClass              *widget_class,
                                  TxEditorSaveFunc             save,
                                  TxEditorDone                 reload,
                                  GtkWidgetActionActivateFunc  cancel)
{
  /* set once per class, and classes stay */
  ConflictBarClass *klass = g_new0 (ConflictBarClass, 1);

  klass->save = save;
  klass->reload = reload;
  g_type_set_qdata (G_TYPE_FROM_CLASS (widget_class), conflict_bar_quark (), klass);
  tx_editor_class_add_save_and_cancel (widget_class, save_action, cancel);
  gtk_widget_class_install_action (widget_class, "editor.overwrite", NULL, overwrite_action);
  gtk_widget_class_install_action (widget_class, "editor.reload", NULL, reload_action);
}

gboolean
tx_editor_save_in_form (GtkWindow   *editor,
                        TxDatabase  *db,
                        TxRecord    *record,
                        TxSaveFlags  flags,
                        GtkRevealer *bar,
                        GtkLabel    *label,
                        const char  *failure)
{
  g_autoptr(GError) error = NULL;

  if (tx_store_save (db, record, flags, &error))
    {
      gtk_revealer_set_reveal_child (bar, FALSE);
      return TRUE;
    }
  if (g_error_matches (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CONFLICT))
    {
      g_autofree char *text = g_strdup_printf ("%s %s", error->message,
                                               _("Reload to see their version (your changes here are lost), or overwrite it with yours."));

      gtk_label_set_label (label, text);
      gtk_revealer_set_reveal_child (bar, TRUE);
    }
  else
    tx_show_error (GTK_WIDGET (editor), failure, error);
  return FALSE;
}

/* ---- closing --------------------------------------------------------------- */

static gboolean
destroy_on_idle (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

void
tx_editor_destroy_later (GtkWindow *editor)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, destroy_on_idle, g_object_ref (editor), g_object_unref);
}

#define FORM_KEY "tx-editor-form"

/* What the user can change, as text: two forms are the same when their
 * fingerprints are. Popovers are skipped (a drop-down builds its list the
 * first time it opens), and so are plain widgets' structure. */
static void
append_fingerprint (GtkWidget *widget,
                    GString   *out)
{
  if (GTK_IS_POPOVER (widget))
    return;
  if (GTK_IS_TEXT (widget))
    g_string_append_printf (out, "t%s\x1f", gtk_editable_get_text (GTK_EDITABLE (widget)));
  else if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_string_append_printf (out, "v%s\x1f", text);
    }
  else if (GTK_IS_DROP_DOWN (widget))
    g_string_append_printf (out, "d%u\x1f", gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)));
  else if (GTK_IS_CHECK_BUTTON (widget))
    g_string_append_printf (out, "c%d\x1f", gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
  else if (GTK_IS_LIST_BOX (widget) || GTK_IS_FLOW_BOX (widget))
    g_string_append (out, "[");

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    append_fingerprint (child, out);

  if (GTK_IS_LIST_BOX (widget) || GTK_IS_FLOW_BOX (widget))
    g_string_append (out, "]");
}

static char *
form_fingerprint (GtkWindow *editor)
{
  GString *out = g_string_new (NULL);

  append_fingerprint (GTK_WIDGET (editor), out);
  return g_string_free (out, FALSE);
}

static gboolean
on_close_request (GtkWindow *editor)
{
  if (!tx_editor_form_changed (editor))
    return FALSE;
  tx_editor_ask_discard (editor, _("The changes in this window have not been saved."));
  return TRUE;
}

void
tx_editor_remember_form (GtkWindow *editor)
{
  /* the title bar's close button asks too */
  if (g_object_get_data (G_OBJECT (editor), FORM_KEY) == NULL)
    g_signal_connect (editor, "close-request", G_CALLBACK (on_close_request), NULL);
  g_object_set_data_full (G_OBJECT (editor), FORM_KEY, form_fingerprint (editor), g_free);
}

gboolean
tx_editor_form_changed (GtkWindow *editor)
{
  const char *remembered = g_object_get_data (G_OBJECT (editor), FORM_KEY);
  g_autofree char *now = NULL;

  if (remembered == NULL)
    return FALSE;
  now = form_fingerprint (editor);
  return !g_str_equal (remembered, now);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  if (tx_editor_form_changed (GTK_WINDOW (widget)))
    tx_editor_ask_discard (GTK_WINDOW (widget), _("The changes in this window have not been saved."));
  else
    gtk_window_destroy (GTK_WINDOW (widget));
}

void
tx_editor_class_add_save_and_cancel (GtkWidgetClass              *widget_class,
                                     GtkWidgetActionActivateFunc  save,
                                     GtkWidgetActionActivateFunc  cancel)
{
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel ? cancel : close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

void
tx_editor_watch_changes (GtkWidget  *widget,
                         GtkWidget **skip,
                         GCallback   changed,
                         gpointer    data)
{
  for (guint i = 0; skip != NULL && skip[i] != NULL; i++)
    if (widget == skip[i])
      return;
  if (GTK_IS_ENTRY (widget))
    g_signal_connect_object (widget, "changed", changed, data, G_CONNECT_SWAPPED);
  else if (GTK_IS_TEXT_VIEW (widget))
    g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                             changed, data, G_CONNECT_SWAPPED);
  else if (GTK_IS_DROP_DOWN (widget))
    g_signal_connect_object (widget, "notify::selected", changed, data, G_CONNECT_SWAPPED);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    tx_editor_watch_changes (child, skip, changed, data);
}

static void
on_discard_response (GtkDialog *dialog,
                     int        response,
                     GtkWindow *editor)
{
  tx_dialog_dismiss (dialog);
  /* after the dialog, which still refers to its parent while it goes */
  if (response == GTK_RESPONSE_REJECT)
    tx_editor_destroy_later (editor);
}

void
tx_editor_ask_discard (GtkWindow  *editor,
                       const char *detail)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (editor, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   "%s", _("Discard the changes?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Keep Editing"), GTK_RESPONSE_CANCEL);
  gtk_widget_add_css_class (gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Discard"), GTK_RESPONSE_REJECT),
                            "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), editor, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- inputs ---------------------------------------------------------------- */

char *
tx_text_view_dup_text_full (GtkTextView *view,
                            TxTextFlags  flags)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (flags & TX_TEXT_DROP_TRAILING)
    g_strchomp (text);
  if (tx_record_text_is_blank (text))
    return NULL;
  return g_steal_pointer (&text);
}

char *
tx_text_view_dup_text (GtkTextView *view)
{
  return tx_text_view_dup_text_full (view, TX_TEXT_KEEP_ALL);
}

void
tx_text_view_set_text (GtkTextView *view,
                       const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

gboolean
tx_parse_date_entry (GtkEditable  *entry,
                     const char   *what,
                     char        **out,
                     GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = tx_editable_dup_text (entry);

  *out = NULL;
  if (text == NULL)
    return TRUE;
  *out = tx_civil_date_normalize (text, &local_error);
  if (*out != NULL)
    return TRUE;
  /* Translators: the first %s names the field, the second says what is wrong */
  g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
               _("Check the field “%s”: %s"), what, local_error->message);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  return FALSE;
}

gboolean
tx_parse_time_entry (GtkEditable  *entry,
                     const char   *what,
                     char        **out,
                     GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = tx_editable_dup_text (entry);

  *out = NULL;
  if (text == NULL)
    return TRUE;
  *out = tx_civil_time_normalize (text, &local_error);
  if (*out != NULL)
    return TRUE;
  g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
               _("Check the field “%s”: %s"), what, local_error->message);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  return FALSE;
}

void
tx_date_entry_set (GtkEditable *entry,
                   const char  *iso)
{
  tx_editable_set_text_or_empty (entry, iso);
}

#define NAME_UUIDS_KEY "tx-name-uuids"

void
tx_name_drop_down_setup (GtkDropDown *drop_down,
                         GPtrArray   *refs,
                         gboolean     allow_empty)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *uuids = g_ptr_array_new_with_free_func (g_free);

  if (allow_empty)
    {
      gtk_string_list_append (names, "—");
      g_ptr_array_add (uuids, NULL);
    }
  for (guint i = 0; refs != NULL && i < refs->len; i++)
    {
      TxNameRef *ref = g_ptr_array_index (refs, i);

      gtk_string_list_append (names, ref->name ? ref->name : "");
      g_ptr_array_add (uuids, g_strdup (ref->uuid));
    }
  g_object_set_data_full (G_OBJECT (drop_down), NAME_UUIDS_KEY, uuids, (GDestroyNotify) g_ptr_array_unref);
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (drop_down, 0);
}

void
tx_name_drop_down_set_uuid (GtkDropDown *drop_down,
                            const char  *uuid,
                            const char  *name_if_missing)
{
  GPtrArray *uuids = g_object_get_data (G_OBJECT (drop_down), NAME_UUIDS_KEY);

  g_return_if_fail (uuids != NULL);
  for (guint i = 0; i < uuids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (uuids, i), uuid) == 0)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }
  if (uuid == NULL)
    {
      gtk_drop_down_set_selected (drop_down, GTK_INVALID_LIST_POSITION);
      return;
    }
  /* not offered (trashed, inactive): kept, so saving does not drop it */
  gtk_string_list_append (GTK_STRING_LIST (gtk_drop_down_get_model (drop_down)),
                          name_if_missing ? name_if_missing : "?");
  g_ptr_array_add (uuids, g_strdup (uuid));
  gtk_drop_down_set_selected (drop_down, uuids->len - 1);
}

const char *
tx_name_drop_down_get_uuid (GtkDropDown *drop_down)
{
  GPtrArray *uuids = g_object_get_data (G_OBJECT (drop_down), NAME_UUIDS_KEY);
  guint selected = gtk_drop_down_get_selected (drop_down);

  g_return_val_if_fail (uuids != NULL, NULL);
  if (selected >= uuids->len)
    return NULL;
  return g_ptr_array_index (uuids, selected);
}

