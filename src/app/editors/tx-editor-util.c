/* tx-editor-util.c — inputs the editors share: long texts, dates, times
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

/* ---- fields marked at the field ------------------------------------------- */

/* The error line under a field is always there, empty while the field is
 * right: a message that appears does not push the fields below it down. */

void
tx_field_set_error (GtkWidget  *input,
                    GtkLabel   *label,
                    const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (input, "error");
      gtk_widget_set_tooltip_text (input, message);
      gtk_label_set_text (label, message);
      gtk_accessible_update_state (GTK_ACCESSIBLE (input),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (input),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, label, NULL, -1);
    }
  else
    {
      gtk_widget_remove_css_class (input, "error");
      gtk_widget_set_tooltip_text (input, NULL);
      gtk_label_set_text (label, "");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (input), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

/* Validates a date field (the entry shows its display form or is marked)
 * and says what is wrong in its error line. */
gboolean
tx_date_field_check (TxDateEntry *entry,
                     GtkLabel    *error_label)
{
  g_autoptr(GError) error = NULL;
  gboolean valid = tx_date_entry_validate (entry, &error);

  tx_field_set_error (GTK_WIDGET (entry), error_label, valid ? NULL : error->message);
  return valid;
}

/* The date of a date field, or the raw text when it is no date (validation
 * refuses that before anything is saved; until then it counts as a change). */
char *
tx_date_field_dup_value (TxDateEntry *entry)
{
  if (tx_date_entry_get_date (entry) != NULL)
    return g_strdup (tx_date_entry_get_date (entry));
  return tx_editable_dup_text (GTK_EDITABLE (entry));
}
