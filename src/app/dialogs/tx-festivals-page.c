/* tx-festivals-page.c — the office's festivals, a page of the preferences
 *
 * The holidays of a year as the reminders see them: the built-in ones
 * (元旦, 春节 … computed, listed for reference) and the festivals the
 * office adds with the dates announced each year (开斋节, 古尔邦节,
 * 圣诞节 …), which can be removed. Adding and removing are saved at once,
 * one transaction each, through the same core calls as
 * `tongxin-cli holidays --add/--remove`.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/calendar/tx-holidays.h"
#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"

#include "app/tx-app-util.h"
#include "tx-festivals-page.h"

/* the holiday code of the free-named festival (其他节日) */
#define OTHER_FESTIVAL "99"

struct _TxFestivalsPage
{
  GtkBox parent_instance;

  TxDatabase    *db;
  GPtrArray     *codes;        /* the drop-down's positions → holiday code (borrowed) */

  GtkSpinButton *year_spin;
  GtkListBox    *holiday_list;
  GtkDropDown   *festival_drop_down;
  GtkEditable   *date_entry;
  GtkEditable   *name_entry;
  GtkLabel      *add_error;
};

G_DEFINE_FINAL_TYPE (TxFestivalsPage, tx_festivals_page, GTK_TYPE_BOX)

static void reload (TxFestivalsPage *self);

static void
on_remove_clicked (GtkButton       *button,
                   TxFestivalsPage *self)
{
  const char *code = g_object_get_data (G_OBJECT (button), "code");
  const char *date = g_object_get_data (G_OBJECT (button), "date");
  g_autoptr(GError) error = NULL;

  if (!tx_holidays_remove_office (self->db, code, date, &error))
    tx_show_error (GTK_WIDGET (self), _("The festival could not be removed"), error);
  reload (self);
}

static GtkWidget *
make_label (const char *text,
            int         width_chars,
            gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* date, name, and for an office festival a remove button */
static GtkWidget *
make_row (TxFestivalsPage *self,
          const TxHoliday *holiday)
{
  g_autofree char *date = tx_civil_date_format (&holiday->date);
  g_autofree char *iso = tx_civil_date_to_iso (&holiday->date);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = make_label (holiday->name, 12, FALSE);

  gtk_widget_set_margin_top (box, 2);
  gtk_widget_set_margin_bottom (box, 2);
  /* as tall as a row with its remove button, so the rows line up */
  gtk_widget_set_size_request (box, -1, 30);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_box_append (GTK_BOX (box), make_label (date, 18, FALSE));
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  if (!holiday->office_added)
    gtk_box_append (GTK_BOX (box), make_label (_("Built in"), 0, TRUE));
  else
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *tip = g_strdup_printf (_("Remove %s on %s"), holiday->name, date);

      gtk_widget_set_tooltip_text (remove, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_name (remove, "remove-festival");
      g_object_set_data_full (G_OBJECT (remove), "code", g_strdup (holiday->code), g_free);
      g_object_set_data_full (G_OBJECT (remove), "date", g_steal_pointer (&iso), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
      gtk_box_append (GTK_BOX (box), remove);
    }
  return box;
}

static void
reload (TxFestivalsPage *self)
{
  g_autoptr(GPtrArray) holidays = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->holiday_list))) != NULL)
    gtk_list_box_remove (self->holiday_list, child);
  if (self->db == NULL)
    return;
  holidays = tx_holidays_list_year (self->db, tx_festivals_page_get_year (self), &error);
  if (holidays == NULL)
    {
      tx_show_error (GTK_WIDGET (self), _("The holidays could not be read"), error);
      return;
    }
  for (guint i = 0; i < holidays->len; i++)
    gtk_list_box_append (self->holiday_list, make_row (self, g_ptr_array_index (holidays, i)));
}

static void
show_add_error (TxFestivalsPage *self,
                const char      *message)
{
  gtk_label_set_label (self->add_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->add_error), message != NULL);
}

static const char *
chosen_code (TxFestivalsPage *self)
{
  guint position = gtk_drop_down_get_selected (self->festival_drop_down);

  return position < self->codes->len ? g_ptr_array_index (self->codes, position) : NULL;
}

/* the name entry is for 其他节日 only */
static void
on_festival_changed (TxFestivalsPage *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->name_entry), g_strcmp0 (chosen_code (self), OTHER_FESTIVAL) == 0);
  show_add_error (self, NULL);
}

gboolean
tx_festivals_page_add (TxFestivalsPage *self)
{
  g_autofree char *text = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  TxCivilDate date;

  g_return_val_if_fail (TX_IS_FESTIVALS_PAGE (self), FALSE);

  text = tx_editable_dup_text (self->date_entry);
  if (text == NULL || !tx_civil_date_parse (text, &date, &error) || date.day == 0)
    {
      show_add_error (self, error != NULL ? error->message : _("A festival needs a full date, e.g. 2027-03-10."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
      return FALSE;
    }
  iso = tx_civil_date_to_iso (&date);
  if (g_strcmp0 (chosen_code (self), OTHER_FESTIVAL) == 0)
    name = tx_editable_dup_text (self->name_entry);
  if (!tx_holidays_add_office (self->db, chosen_code (self), iso, name, &error))
    {
      show_add_error (self, error->message);
      return FALSE;
    }
  show_add_error (self, NULL);
  gtk_editable_set_text (self->date_entry, "");
  gtk_editable_set_text (self->name_entry, "");
  /* the festival shows in the list of its year */
  if (date.year != tx_festivals_page_get_year (self))
    tx_festivals_page_set_year (self, date.year);
  else
    reload (self);
  return TRUE;
}

static void
on_add_clicked (TxFestivalsPage *self)
{
  tx_festivals_page_add (self);
}

static void
on_date_changed (TxFestivalsPage *self)
{
  show_add_error (self, NULL);
}

/* the holidays the office adds: every holiday code but the built-in ones */
static void
setup_festival_drop_down (TxFestivalsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *rows = tx_code_table_rows (TX_CODE_HOLIDAY);

  self->codes = g_ptr_array_new ();
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      TxCode *row = g_ptr_array_index (rows, i);

      if (tx_holidays_is_built_in (row->code))
        continue;
      gtk_string_list_append (names, row->name);
      g_ptr_array_add (self->codes, row->code);   /* borrowed: the tables live for the process */
    }
  gtk_drop_down_set_model (self->festival_drop_down, G_LIST_MODEL (names));
}

void
tx_festivals_page_set_database (TxFestivalsPage *self,
                                TxDatabase      *db)
{
  g_return_if_fail (TX_IS_FESTIVALS_PAGE (self));

  if (g_set_object (&self->db, db))
    reload (self);
}

int
tx_festivals_page_get_year (TxFestivalsPage *self)
{
  g_return_val_if_fail (TX_IS_FESTIVALS_PAGE (self), 0);
  return gtk_spin_button_get_value_as_int (self->year_spin);
}

void
tx_festivals_page_set_year (TxFestivalsPage *self,
                            int              year)
{
  g_return_if_fail (TX_IS_FESTIVALS_PAGE (self));
  gtk_spin_button_set_value (self->year_spin, year);
}

static void
tx_festivals_page_dispose (GObject *object)
{
  TxFestivalsPage *self = TX_FESTIVALS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_FESTIVALS_PAGE);
  g_clear_object (&self->db);
  g_clear_pointer (&self->codes, g_ptr_array_unref);

  G_OBJECT_CLASS (tx_festivals_page_parent_class)->dispose (object);
}

static void
tx_festivals_page_class_init (TxFestivalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_festivals_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-festivals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TxFestivalsPage, year_spin);
  gtk_widget_class_bind_template_child (widget_class, TxFestivalsPage, holiday_list);
  gtk_widget_class_bind_template_child (widget_class, TxFestivalsPage, festival_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxFestivalsPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, TxFestivalsPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, TxFestivalsPage, add_error);
  gtk_widget_class_bind_template_callback (widget_class, reload);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_festival_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
}

static void
tx_festivals_page_init (TxFestivalsPage *self)
{
  TxCivilDate today;

  gtk_widget_init_template (GTK_WIDGET (self));
  setup_festival_drop_down (self);
  on_festival_changed (self);
  tx_civil_date_today (&today);
  tx_festivals_page_set_year (self, today.year);
}
