/* tx-preferences-dialog.c — the office's settings, stored in the database
 *
 * The office's identity, reminder thresholds and required meetings travel
 * with the data (tx-settings.h): every copy of the file and the CLI see
 * the same values. One transaction per save: all or nothing. The second
 * page, the office's festivals (tx-festivals-page.c), saves each change at
 * once.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-codes.h"
#include "core/db/tx-settings.h"
#include "core/db/tx-store.h"

#include "app/tx-app-util.h"
#include "tx-festivals-page.h"
#include "tx-preferences-dialog.h"
#include "app/widgets/tx-code-drop-down.h"

struct _TxPreferencesDialog
{
  GtkWindow parent_instance;

  TxDatabase *db;

  GtkEditable   *office_name_entry;
  TxCodeDropDown *level_drop_down;
  GtkLabel      *level_hint;
  GtkEditable   *code_entry;
  GtkLabel      *code_error;
  GtkEditable   *street_entry;
  GtkSpinButton *visit_spin;
  GtkSpinButton *suggestion_spin;
  GtkSpinButton *consultations_spin;
  GtkSpinButton *briefings_spin;
  GtkSpinButton *elderly_spin;
  GtkSpinButton *pairing_spin;
  TxFestivalsPage *festivals_page;
};

G_DEFINE_FINAL_TYPE (TxPreferencesDialog, tx_preferences_dialog, GTK_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  const char *key;
  gsize       offset;       /* of the GtkSpinButton * in the instance */
  int         fallback;
} TxSpinSetting;

static const TxSpinSetting spin_settings[] = {
  { TX_SETTING_VISIT_INTERVAL_DAYS,     G_STRUCT_OFFSET (TxPreferencesDialog, visit_spin),
    TX_PREFERENCES_DEFAULT_VISIT_INTERVAL_DAYS },
  { TX_SETTING_SUGGESTION_WARNING_DAYS, G_STRUCT_OFFSET (TxPreferencesDialog, suggestion_spin),
    TX_PREFERENCES_DEFAULT_SUGGESTION_WARNING_DAYS },
  { TX_SETTING_CONSULTATIONS_PER_YEAR,  G_STRUCT_OFFSET (TxPreferencesDialog, consultations_spin),
    TX_PREFERENCES_DEFAULT_CONSULTATIONS_PER_YEAR },
  { TX_SETTING_BRIEFINGS_PER_YEAR,      G_STRUCT_OFFSET (TxPreferencesDialog, briefings_spin),
    TX_PREFERENCES_DEFAULT_BRIEFINGS_PER_YEAR },
  { TX_SETTING_ELDERLY_AGE,             G_STRUCT_OFFSET (TxPreferencesDialog, elderly_spin),
    TX_PREFERENCES_DEFAULT_ELDERLY_AGE },
  { TX_SETTING_PAIRING_CONTACT_DAYS,     G_STRUCT_OFFSET (TxPreferencesDialog, pairing_spin),
    TX_PREFERENCES_DEFAULT_PAIRING_CONTACT_DAYS },
};

#define SPIN_OF(self, setting) \
  (*(GtkSpinButton **) G_STRUCT_MEMBER_P ((self), (setting)->offset))

/* The level has no default (a street office is not a community): while it
 * is not chosen the dialog says so, and saving asks for it. */
static void
on_level_changed (TxPreferencesDialog *self)
{
  gboolean unset = tx_code_drop_down_get_code (self->level_drop_down) == NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->level_hint), unset);
  if (!unset)
    gtk_widget_remove_css_class (GTK_WIDGET (self->level_hint), "error");
}

static void
load_settings (TxPreferencesDialog *self)
{
  g_autofree char *name = tx_settings_dup (self->db, TX_SETTING_OFFICE_NAME);
  g_autofree char *level = tx_settings_dup (self->db, TX_SETTING_OFFICE_LEVEL);
  g_autofree char *code = tx_settings_dup (self->db, TX_SETTING_OFFICE_CODE);
  g_autofree char *street = tx_settings_dup (self->db, TX_SETTING_OFFICE_STREET);

  tx_editable_set_text_or_empty (self->office_name_entry, name);
  tx_code_drop_down_set_code (self->level_drop_down, level);
  on_level_changed (self);
  tx_editable_set_text_or_empty (self->code_entry, code);
  tx_editable_set_text_or_empty (self->street_entry, street);
  for (guint i = 0; i < G_N_ELEMENTS (spin_settings); i++)
    gtk_spin_button_set_value (SPIN_OF (self, &spin_settings[i]),
                               tx_settings_get_int (self->db, spin_settings[i].key,
                                                    spin_settings[i].fallback));
}

static void
show_code_error (TxPreferencesDialog *self,
                 const char          *message)
{
  gtk_label_set_label (self->code_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->code_error), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->code_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->code_entry), "error");
}

static void
on_code_changed (TxPreferencesDialog *self)
{
  show_code_error (self, NULL);
}

/* Empty, or exactly twelve ASCII digits (统计用区划代码). */
static gboolean
code_is_valid (const char *code)
{
  if (code == NULL)
    return TRUE;
  if (strlen (code) != 12)
    return FALSE;
  for (const char *p = code; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* the entry's text, trimmed ("" clears the setting) */
static char *
entry_value (GtkEditable *editable)
{
  char *text = tx_editable_dup_text (editable);

  return text != NULL ? text : g_strdup ("");
}

/* The form's settings in one transaction (tx_settings_set_all()). */
static gboolean
store_settings (TxPreferencesDialog  *self,
                const char           *code,
                GError              **error)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  const char *level = tx_code_drop_down_get_code (self->level_drop_down);

  g_ptr_array_add (pairs, g_strdup (TX_SETTING_OFFICE_NAME));
  g_ptr_array_add (pairs, entry_value (self->office_name_entry));
  g_ptr_array_add (pairs, g_strdup (TX_SETTING_OFFICE_LEVEL));
  g_ptr_array_add (pairs, g_strdup (level ? level : ""));
  g_ptr_array_add (pairs, g_strdup (TX_SETTING_OFFICE_CODE));
  g_ptr_array_add (pairs, g_strdup (code ? code : ""));
  g_ptr_array_add (pairs, g_strdup (TX_SETTING_OFFICE_STREET));
  g_ptr_array_add (pairs, entry_value (self->street_entry));
  for (guint i = 0; i < G_N_ELEMENTS (spin_settings); i++)
    {
      GtkSpinButton *spin = SPIN_OF (self, &spin_settings[i]);

      gtk_spin_button_update (spin);
      g_ptr_array_add (pairs, g_strdup (spin_settings[i].key));
      g_ptr_array_add (pairs, g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (spin)));
    }
  g_ptr_array_add (pairs, NULL);
  return tx_settings_set_all (self->db, (const char * const *) pairs->pdata, error);
}

gboolean
tx_preferences_dialog_save (TxPreferencesDialog *self)
{
  g_autofree char *code = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TX_IS_PREFERENCES_DIALOG (self), FALSE);

  if (tx_code_drop_down_get_code (self->level_drop_down) == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->level_hint), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->level_drop_down));
      return FALSE;
    }
  code = tx_editable_dup_text (self->code_entry);
  if (!code_is_valid (code))
    {
      show_code_error (self, _("The statistical area code has exactly 12 digits, e.g. 110101001001."));
      gtk_widget_grab_focus (GTK_WIDGET (self->code_entry));
      return FALSE;
    }
  if (!store_settings (self, code, &error))
    {
      tx_show_error (GTK_WIDGET (self), _("The preferences could not be saved"), error);
      return FALSE;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  tx_preferences_dialog_save (TX_PREFERENCES_DIALOG (widget));
}

static void
tx_preferences_dialog_dispose (GObject *object)
{
  TxPreferencesDialog *self = TX_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (tx_preferences_dialog_parent_class)->dispose (object);
}

static void
tx_preferences_dialog_class_init (TxPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tx_preferences_dialog_dispose;

  /**
   * TxPreferencesDialog::saved:
   *
   * The settings were written to the database.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/tongxin/Tongxin/tx-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, office_name_entry);
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, level_drop_down);
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, level_hint);
  gtk_widget_class_bind_template_callback (widget_class, on_level_changed);
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, code_entry);
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, code_error);
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, street_entry);
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, visit_spin);
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, suggestion_spin);
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, consultations_spin);
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, briefings_spin);
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, elderly_spin);
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, pairing_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_code_changed);
  gtk_widget_class_bind_template_child (widget_class, TxPreferencesDialog, festivals_page);

  gtk_widget_class_install_action (widget_class, "preferences.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "preferences.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tx_preferences_dialog_init (TxPreferencesDialog *self)
{
  g_type_ensure (TX_TYPE_FESTIVALS_PAGE);
  g_type_ensure (TX_TYPE_CODE_DROP_DOWN);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (tx_code_drop_down_get_drop_down (self->level_drop_down)),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->level_hint, NULL, -1);
}

TxPreferencesDialog *
tx_preferences_dialog_new (GtkWindow  *parent,
                           TxDatabase *db)
{
  TxPreferencesDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  self = g_object_new (TX_TYPE_PREFERENCES_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->db = g_object_ref (db);
  load_settings (self);
  tx_festivals_page_set_database (self->festivals_page, db);
  return self;
}
