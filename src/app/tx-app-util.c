/* tx-app-util.c — small helpers shared by the pages and editors
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-person.h"
#include "core/text/tx-idnumber.h"

#include "tx-app-util.h"
#include "tx-window.h"

char *
tx_editable_dup_text (GtkEditable *editable)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (editable));

  g_strstrip (text);
  if (*text == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

void
tx_editable_set_text_or_empty (GtkEditable *editable,
                               const char  *text)
{
  gtk_editable_set_text (editable, text ? text : "");
}

char *
tx_format_date (const char *iso)
{
  TxCivilDate date;

  if (iso == NULL || !tx_civil_date_from_iso (iso, &date))
    return g_strdup (iso ? iso : "");
  return tx_civil_date_format (&date);
}

/* What a person says in one field, as people read it: code names, and
 * ID numbers and phones masked as everywhere. */
char *
tx_record_dup_field_text (TxRecord *record,
                          guint     index)
{
  const TxField *field = &TX_RECORD_GET_CLASS (record)->fields[index];
  g_auto(GValue) value = G_VALUE_INIT;
  const char *text;

  tx_record_get_field_value (record, index, &value);
  if (G_VALUE_HOLDS_BOOLEAN (&value))
    return g_strdup (g_value_get_boolean (&value) ? _("Yes") : _("No"));
  if (!G_VALUE_HOLDS_STRING (&value) || (text = g_value_get_string (&value)) == NULL)
    return g_strdup ("");
  if (field->code_kind != NULL && tx_code_table_name (field->code_kind, text) != NULL)
    return g_strdup (tx_code_table_name (field->code_kind, text));
  if (g_str_equal (field->name, "document-number"))
    return tx_id_number_mask (text);
  if (g_str_has_prefix (field->name, "phone"))
    return tx_mask_phone (text);
  return g_strdup (text);
}

/* ---- file choosers ------------------------------------------------------- */

typedef struct
{
  GWeakRef       owner;
  gboolean       owned;      /* there was an owner to outlive */
  TxFileChosen   callback;
  gpointer       user_data;
  GDestroyNotify destroy;
} FileChosen;

static void
file_chosen_free (gpointer data)
{
  FileChosen *chosen = data;

  g_weak_ref_clear (&chosen->owner);
  if (chosen->destroy != NULL)
    chosen->destroy (chosen->user_data);
  g_free (chosen);
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         data)
{
  FileChosen *chosen = data;
  g_autoptr(GtkWidget) owner = g_weak_ref_get (&chosen->owner);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && (!chosen->owned || (owner != NULL && !gtk_widget_in_destruction (owner))))
    chosen->callback (owner, file, GTK_FILE_CHOOSER (chooser), chosen->user_data);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

GtkFileChooser *
tx_file_chooser_new (GtkWidget          *owner,
                     const TxFileChoice *choice,
                     TxFileChosen        callback,
                     gpointer            user_data,
                     GDestroyNotify      destroy)
{
  GtkRoot *root = owner != NULL ? gtk_widget_get_root (owner) : NULL;
  GtkFileChooserNative *chooser;
  FileChosen *chosen = g_new0 (FileChosen, 1);

  chooser = gtk_file_chooser_native_new (choice->title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         choice->action, choice->accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), choice->modal);
  if (choice->filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), choice->filter);
  if (choice->name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), choice->name);
  g_weak_ref_init (&chosen->owner, owner);
  chosen->owned = owner != NULL;
  chosen->callback = callback;
  chosen->user_data = user_data;
  chosen->destroy = destroy;
  g_object_set_data_full (G_OBJECT (chooser), "tx-file-chosen", chosen, file_chosen_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), chosen);
  return GTK_FILE_CHOOSER (chooser);
}

void
tx_choose_file (GtkWidget          *owner,
                const TxFileChoice *choice,
                TxFileChosen        callback,
                gpointer            user_data,
                GDestroyNotify      destroy)
{
  GtkFileChooser *chooser = tx_file_chooser_new (owner, choice, callback, user_data, destroy);

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
tx_show_toast (GtkWidget       *widget,
               const char      *message,
               const char      *button_label,
               TxToastCallback  callback,
               gpointer         user_data,
               GDestroyNotify   destroy)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (TX_IS_WINDOW (root))
    tx_window_show_toast (TX_WINDOW (root), message, button_label, callback, user_data, destroy);
  else if (destroy != NULL)
    destroy (user_data);
}

void
tx_withdraw_toast (GtkWidget *widget,
                   gpointer   user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (TX_IS_WINDOW (root))
    tx_window_withdraw_toast (TX_WINDOW (root), user_data);
}

void
tx_dialog_dismiss (gpointer dialog)
{
  g_return_if_fail (GTK_IS_WINDOW (dialog));

  /* Whatever still holds the dialog (the click being handled, an
   * accessibility bridge) may let it go after its parent is gone: its
   * dispose would then disconnect from a freed parent. Let go of the
   * parent now. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* ---- message dialogs -------------------------------------------------------- */

typedef struct
{
  TxAlertCallback  callback;
  gpointer         user_data;
  GDestroyNotify   destroy;
  int             *responses;   /* by button index (GtkAlertDialog) */
  guint            n_buttons;
  int              cancel;
} AlertAnswer;

static void
alert_answer_free (gpointer data)
{
  AlertAnswer *answer = data;

  if (answer->destroy != NULL)
    answer->destroy (answer->user_data);
  g_free (answer->responses);
  g_free (answer);
}

static AlertAnswer *
alert_answer_new (const TxAlert   *alert,
                  TxAlertCallback  callback,
                  gpointer         user_data,
                  GDestroyNotify   destroy)
{
  AlertAnswer *answer = g_new0 (AlertAnswer, 1);

  answer->callback = callback;
  answer->user_data = user_data;
  answer->destroy = destroy;
  answer->cancel = alert->cancel;
  for (const TxAlertButton *b = alert->buttons; b != NULL && b->label != NULL; b++)
    answer->n_buttons++;
  answer->responses = g_new0 (int, MAX (answer->n_buttons, 1));
  for (guint i = 0; i < answer->n_buttons; i++)
    answer->responses[i] = alert->buttons[i].response;
  return answer;
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_alert_chosen (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  AlertAnswer *answer = data;
  int index = gtk_alert_dialog_choose_finish (GTK_ALERT_DIALOG (source), result, NULL);
  int response = index >= 0 && (guint) index < answer->n_buttons ? answer->responses[index] : answer->cancel;

  if (answer->callback != NULL)
    answer->callback (response, answer->user_data);
  alert_answer_free (answer);
}

static GtkWidget *
show_alert (const TxAlert *alert,
            AlertAnswer   *answer)
{
  g_autoptr(GtkAlertDialog) dialog = gtk_alert_dialog_new ("%s", alert->message);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  /* a NULL detail is refused with a critical */
  if (alert->detail != NULL)
    gtk_alert_dialog_set_detail (dialog, alert->detail);
  gtk_alert_dialog_set_modal (dialog, TRUE);
  for (guint i = 0; i < answer->n_buttons; i++)
    {
      g_ptr_array_add (labels, (gpointer) alert->buttons[i].label);
      if (alert->buttons[i].response == alert->cancel)
        {
          gtk_alert_dialog_set_cancel_button (dialog, i);
          gtk_alert_dialog_set_default_button (dialog, i);
        }
    }
  g_ptr_array_add (labels, NULL);
  if (answer->n_buttons > 0)
    gtk_alert_dialog_set_buttons (dialog, (const char * const *) labels->pdata);
  gtk_alert_dialog_choose (dialog, alert->parent, NULL, on_alert_chosen, answer);
  return NULL;
}

#else  /* GTK 4.8 */

static void
on_message_response (GtkDialog *dialog,
                     int        response,
                     gpointer   data)
{
  AlertAnswer *answer = data;

  if (response == GTK_RESPONSE_DELETE_EVENT || response == GTK_RESPONSE_NONE)
    response = answer->cancel;
  /* the answer is freed with the dialog: keep what the callback needs */
  g_object_ref (dialog);
  tx_dialog_dismiss (dialog);
  if (answer->callback != NULL)
    answer->callback (response, answer->user_data);
  answer->callback = NULL;
  g_object_unref (dialog);
}

static GtkWidget *
show_alert (const TxAlert *alert,
            AlertAnswer   *answer)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (alert->parent, GTK_DIALOG_DESTROY_WITH_PARENT | (alert->parent ? GTK_DIALOG_MODAL : 0),
                                   alert->type, alert->buttons ? GTK_BUTTONS_NONE : GTK_BUTTONS_CLOSE,
                                   "%s", alert->message);
  if (alert->detail != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", alert->detail);
  for (guint i = 0; i < answer->n_buttons; i++)
    {
      GtkWidget *button = gtk_dialog_add_button (GTK_DIALOG (dialog), alert->buttons[i].label,
                                                 alert->buttons[i].response);

      if (alert->buttons[i].destructive)
        gtk_widget_add_css_class (button, "destructive-action");
    }
  if (alert->buttons != NULL)
    gtk_dialog_set_default_response (GTK_DIALOG (dialog), alert->cancel);
  if (alert->name != NULL)
    gtk_widget_set_name (dialog, alert->name);
  g_object_set_data_full (G_OBJECT (dialog), "tx-alert-answer", answer, alert_answer_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_message_response), answer);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

#endif

GtkWidget *
tx_alert_show (const TxAlert   *alert,
               TxAlertCallback  callback,
               gpointer         user_data,
               GDestroyNotify   destroy)
{
  return show_alert (alert, alert_answer_new (alert, callback, user_data, destroy));
}

void
tx_show_error (GtkWidget    *widget,
               const char   *primary,
               const GError *error)
{
  GtkRoot *root = widget ? gtk_widget_get_root (widget) : NULL;
  TxAlert alert = {
    .parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
    .type = GTK_MESSAGE_ERROR,
    .message = primary,
    .detail = error ? error->message : NULL,
    .cancel = GTK_RESPONSE_CLOSE,
  };

  tx_alert_show (&alert, NULL, NULL, NULL);
}

GtkLabel *
tx_grid_attach_label (GtkGrid    *grid,
                      const char *text,
                      int         column,
                      int         row,
                      gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  if (heading)
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (grid, label, column, row, 1, 1);
  return GTK_LABEL (label);
}

gboolean
tx_label_query_tooltip (GtkLabel   *label,
                        int         x,
                        int         y,
                        gboolean    keyboard,
                        GtkTooltip *tooltip)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = gtk_label_get_text (label);

  if (text == NULL || *text == '\0' || !pango_layout_is_ellipsized (layout))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
tx_widget_class_bind_cell_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback_full (widget_class, "tx_label_query_tooltip",
                                                G_CALLBACK (tx_label_query_tooltip));
}

void
tx_column_view_scroll_to (GtkColumnView *view,
                          guint          position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}
