/* tx-date-entry.c — the one civil-date input of every editor
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-record.h"
#include "core/text/tx-civil-date.h"

#include "app/tx-app-util.h"
#include "tx-date-entry.h"

struct _TxDateEntry
{
  GtkEntry  parent_instance;

  char     *date;    /* storage form of the text, NULL when blank or no date */
  char     *shown;   /* the display form last put in the entry */
  gboolean  showing; /* putting it there: the steps of set_text are no typing */
};

enum { PROP_0, PROP_DATE, N_PROPS };
static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TxDateEntry, tx_date_entry, GTK_TYPE_ENTRY)

GtkWidget *
tx_date_entry_new (void)
{
  return g_object_new (TX_TYPE_DATE_ENTRY, NULL);
}

const char *
tx_date_entry_get_date (TxDateEntry *self)
{
  g_return_val_if_fail (TX_IS_DATE_ENTRY (self), NULL);
  return self->date;
}

static void
store_date (TxDateEntry *self,
            char        *iso)
{
  if (g_strcmp0 (iso, self->date) == 0)
    {
      g_free (iso);
      return;
    }
  g_free (self->date);
  self->date = iso;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
mark (TxDateEntry *self,
      const char  *message)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_set_tooltip_text (widget, message);
  if (message != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

/* The display form is written by us and need not parse (in English it reads
 * "12 March 1965"), so text equal to it keeps the date it shows. */
static void
show (TxDateEntry *self,
      const char  *iso)
{
  g_autofree char *text = iso != NULL ? tx_format_date (iso) : g_strdup ("");

  g_free (self->shown);
  self->shown = g_strdup (text);
  self->showing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->showing = FALSE;
}

void
tx_date_entry_set_date (TxDateEntry *self,
                        const char  *iso)
{
  g_return_if_fail (TX_IS_DATE_ENTRY (self));
  show (self, iso);
  store_date (self, g_strdup (iso));
  mark (self, NULL);
}

static void
on_changed (TxDateEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));

  if (self->showing || g_strcmp0 (text, self->shown) == 0)
    return;
  g_clear_pointer (&self->shown, g_free);
  store_date (self, tx_civil_date_normalize (text, NULL));
}

gboolean
tx_date_entry_validate (TxDateEntry  *self,
                        GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *iso = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));

  g_return_val_if_fail (TX_IS_DATE_ENTRY (self), FALSE);
  if (self->shown != NULL && g_strcmp0 (text, self->shown) == 0)
    {
      mark (self, NULL);
      return TRUE;
    }
  iso = tx_civil_date_normalize (text, &local_error);
  if (local_error == NULL)
    {
      tx_date_entry_set_date (self, iso);
      return TRUE;
    }
  message = g_strdup_printf (_("Not a date: %s. Write it as 1965-03-12, 1965.3.12 or 1965年3月12日."),
                             local_error->message);
  mark (self, message);
  g_set_error_literal (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID, message);
  return FALSE;
}

gboolean
tx_date_entry_read (TxDateEntry  *self,
                    const char   *what,
                    char        **out,
                    GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  *out = NULL;
  if (!tx_date_entry_validate (self, &local_error))
    {
      /* Translators: the first %s names the field, the second says what is wrong */
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
                   _("Check the field “%s”: %s"), what, local_error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self));
      return FALSE;
    }
  *out = g_strdup (self->date);
  return TRUE;
}

/* Leaving the field or pressing Enter shows the date as every editor shows
 * it, or marks it at once. */
static void
on_focus_leave (TxDateEntry *self)
{
  tx_date_entry_validate (self, NULL);
}

static void
tx_date_entry_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TxDateEntry *self = TX_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_date_entry_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_DATE:
      tx_date_entry_set_date (TX_DATE_ENTRY (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_date_entry_finalize (GObject *object)
{
  TxDateEntry *self = TX_DATE_ENTRY (object);

  g_free (self->date);
  g_free (self->shown);
  G_OBJECT_CLASS (tx_date_entry_parent_class)->finalize (object);
}

static void
tx_date_entry_class_init (TxDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tx_date_entry_get_property;
  object_class->set_property = tx_date_entry_set_property;
  object_class->finalize = tx_date_entry_finalize;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-date-entry.ui");
}

static void
tx_date_entry_init (TxDateEntry *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "changed", G_CALLBACK (on_changed), NULL);
  g_signal_connect (self, "activate", G_CALLBACK (on_focus_leave), NULL);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}
