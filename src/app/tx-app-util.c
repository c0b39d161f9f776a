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

#define KIND_KEY  "tx-code-kind"
#define CODES_KEY "tx-code-codes"
#define EMPTY_KEY "tx-code-allow-empty"

void
tx_code_drop_down_setup (GtkDropDown *drop_down,
                         const char  *kind,
                         gboolean     allow_empty)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *rows = tx_code_table_rows (kind);
  GPtrArray *codes = g_ptr_array_new ();

  g_return_if_fail (rows != NULL);

  if (allow_empty)
    {
      gtk_string_list_append (names, "—");
      g_ptr_array_add (codes, NULL);
    }
  for (guint i = 0; i < rows->len; i++)
    {
      TxCode *row = g_ptr_array_index (rows, i);

      gtk_string_list_append (names, row->name);
      g_ptr_array_add (codes, row->code);   /* borrowed: the tables live for the process */
    }
  g_object_set_data_full (G_OBJECT (drop_down), CODES_KEY, codes, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (drop_down), KIND_KEY, g_strdup (kind), g_free);
  g_object_set_data (G_OBJECT (drop_down), EMPTY_KEY, GINT_TO_POINTER (allow_empty));
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (drop_down, 0);
  /* a long table (the 56 ethnic groups …) is searched by typing a name */
  if (rows->len >= 20)
    {
      g_autoptr(GtkExpression) name = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

      gtk_drop_down_set_expression (drop_down, name);
      gtk_drop_down_set_enable_search (drop_down, TRUE);
    }
}

void
tx_code_drop_down_set_code (GtkDropDown *drop_down,
                            const char  *code)
{
  GPtrArray *codes = g_object_get_data (G_OBJECT (drop_down), CODES_KEY);

  g_return_if_fail (codes != NULL);
  for (guint i = 0; i < codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (codes, i), code) == 0)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }
  gtk_drop_down_set_selected (drop_down, 0);
}

const char *
tx_code_drop_down_get_code (GtkDropDown *drop_down)
{
  GPtrArray *codes = g_object_get_data (G_OBJECT (drop_down), CODES_KEY);
  guint selected = gtk_drop_down_get_selected (drop_down);

  g_return_val_if_fail (codes != NULL, NULL);
  if (selected >= codes->len)
    return NULL;
  return g_ptr_array_index (codes, selected);
}

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

void
tx_thread_progress_set (guint64  done,
                        guint64  total,
                        gpointer progress)
{
  TxThreadProgress *self = progress;

  g_atomic_int_set (&self->done, (gint) MIN (done, G_MAXINT));
  g_atomic_int_set (&self->total, (gint) MIN (total, G_MAXINT));
}

void
tx_thread_progress_show (TxThreadProgress *progress,
                         GtkProgressBar   *bar)
{
  int done = g_atomic_int_get (&progress->done);
  int total = g_atomic_int_get (&progress->total);
  g_autofree char *text = g_strdup_printf (_("%d of %d records"), done, total);

  if (total > 0)
    gtk_progress_bar_set_fraction (bar, (double) done / total);
  else
    gtk_progress_bar_pulse (bar);
  gtk_progress_bar_set_text (bar, text);
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

static void
on_error_response (GtkDialog *dialog,
                   int        response,
                   gpointer   user_data)
{
  tx_dialog_dismiss (dialog);
}

void
tx_show_error (GtkWidget    *widget,
               const char   *primary,
               const GError *error)
{
  GtkRoot *root = widget ? gtk_widget_get_root (widget) : NULL;
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", primary);
  if (error != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (on_error_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
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

TxDatabase *
tx_widget_get_database (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *transient;

  if (TX_IS_WINDOW (root))
    return tx_window_get_database (TX_WINDOW (root));
  /* an editor window: its main window is the transient parent */
  transient = GTK_IS_WINDOW (root) ? gtk_window_get_transient_for (GTK_WINDOW (root)) : NULL;
  if (TX_IS_WINDOW (transient))
    return tx_window_get_database (TX_WINDOW (transient));
  return NULL;
}
