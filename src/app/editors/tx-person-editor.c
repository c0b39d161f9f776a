/* tx-person-editor.c — the window that creates or edits one person
 *
 * The widgets are the truth while the window is open: the person object is
 * filled from them only when saving, and a snapshot taken right after
 * loading tells whether anything was changed (Escape asks before throwing
 * edits away).  Saving checks for a conflicting save by someone else
 * (TX_SAVE_CHECK_CONFLICT) and lets the user choose: reload or overwrite.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-community.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-person-history.h"
#include "core/model/tx-query.h"
#include "core/model/tx-record-list.h"
#include "core/db/tx-store.h"

#include "app/tx-app-util.h"
#include "tx-editor-util.h"
#include "tx-record-editor.h"
#include "app/widgets/tx-person-history.h"
#include "app/widgets/tx-photo-field.h"
#include "tx-person-editor-private.h"
#include "app/tx-window.h"

/* 01 居民身份证 and 02 港澳台居民居住证 carry GB 11643 numbers */
#define ID_CARD          "01"
#define RESIDENCE_PERMIT "02"

struct _TxPersonEditor
{
  TxRecordEditor  parent_instance;

  GPtrArray      *community_uuids;
  GPtrArray      *category_checks;
  gboolean        loading;

  /* template */
  GtkLabel       *banner;
  GtkStack       *stack;
  GtkEntry       *name_entry;
  GtkLabel       *name_error;
  GtkEntry       *former_name_entry;
  GtkDropDown    *gender_drop;
  GtkDropDown    *ethnicity_drop;
  GtkEntry       *birth_date_entry;
  GtkLabel       *birth_date_error;
  GtkEntry       *native_place_entry;
  GtkDropDown    *document_type_drop;
  GtkEntry       *document_number_entry;
  GtkLabel       *document_number_error;
  GtkButton      *id_upgrade_button;
  GtkButton      *id_fill_button;
  TxPhotoField   *photo_field;
  GtkDropDown    *political_drop;
  GtkEntry       *party_joined_entry;
  GtkLabel       *party_joined_error;
  GtkEntry       *party_post_entry;
  GtkDropDown    *religion_drop;
  GtkDropDown    *education_drop;
  GtkDropDown    *degree_drop;
  GtkEntry       *professional_title_entry;
  GtkEntry       *work_unit_entry;
  GtkEntry       *work_post_entry;
  GtkEntry       *sector_entry;
  GtkListBox     *roles_list;
  GtkButton      *add_role_button;
  GtkEntry       *phone_entry;
  GtkEntry       *phone_other_entry;
  GtkEntry       *address_entry;
  GtkDropDown    *community_drop;
  GtkLabel       *categories_label;
  GtkGrid        *categories_grid;
  GtkCheckButton *representative_check;
  GtkCheckButton *key_person_check;
  GtkDropDown    *status_drop;
  GtkEntry       *status_date_entry;
  GtkLabel       *status_date_error;
  GtkTextView    *skills_view;
  GtkTextView    *health_view;
  GtkListBox     *circumstances_list;
  GtkButton      *add_circumstance_button;
  GtkTextView    *notes_view;
  TxPersonHistory *history;
};

G_DEFINE_FINAL_TYPE (TxPersonEditor, tx_person_editor, TX_TYPE_RECORD_EDITOR)

enum
{
  OPEN_RECORD,
  CREATE_VISIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean check_id_number (TxPersonEditor *self,
                                 gboolean        final);

static TxDatabase *
database (TxPersonEditor *self)
{
  return tx_record_editor_get_database (TX_RECORD_EDITOR (self));
}

static TxPerson *
person (TxPersonEditor *self)
{
  return TX_PERSON (tx_record_editor_get_record (TX_RECORD_EDITOR (self)));
}

/* ---- small helpers --------------------------------------------------------- */

static void
set_field_error (GtkWidget  *input,
                 GtkLabel   *label,
                 const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (input, "error");
      gtk_widget_set_tooltip_text (input, message);
      gtk_label_set_text (label, message);
      gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
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
      gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (input), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static void
show_banner (TxPersonEditor *self,
             const char     *message)
{
  gtk_label_set_text (self->banner, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->banner), message != NULL);
}

/* The stack page that holds @widget, shown so that the user sees the
 * marked field. */
static void
reveal_widget (TxPersonEditor *self,
               GtkWidget      *widget)
{
  GtkWidget *child = widget;

  while (child != NULL && gtk_widget_get_parent (child) != GTK_WIDGET (self->stack))
    child = gtk_widget_get_parent (child);
  if (child != NULL)
    gtk_stack_set_visible_child (self->stack, child);
  gtk_widget_grab_focus (widget);
}

/* ---- dates ----------------------------------------------------------------- */

/* Normalizes the date typed in @entry to its stored form and shows that;
 * marks the entry when the text is no date.  Empty is fine. */
static gboolean
check_date_entry (GtkEntry *entry,
                  GtkLabel *error_label)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  iso = tx_civil_date_normalize (text, &error);
  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Not a date: %s. Write it as 1965-03-12, 1965.3.12 or 1965年3月12日."),
                                                  error->message);
      set_field_error (GTK_WIDGET (entry), error_label, message);
      return FALSE;
    }
  if (iso != NULL && g_strcmp0 (iso, text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), iso);
  set_field_error (GTK_WIDGET (entry), error_label, NULL);
  return TRUE;
}

/* The stored form of a date entry, or the raw text when it is no date
 * (validation refuses that before anything is saved). */
static char *
date_entry_dup_value (GtkEntry *entry)
{
  g_autofree char *text = tx_editable_dup_text (GTK_EDITABLE (entry));
  char *iso;

  if (text == NULL)
    return NULL;
  iso = tx_civil_date_normalize (text, NULL);
  return iso != NULL ? iso : g_steal_pointer (&text);
}

static void
on_date_entry_leave (GtkEventControllerFocus *controller,
                     GtkLabel                *error_label)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *editor = GTK_WIDGET (gtk_widget_get_root (entry));

  check_date_entry (GTK_ENTRY (entry), error_label);
  if (TX_IS_PERSON_EDITOR (editor) && GTK_ENTRY (entry) == TX_PERSON_EDITOR (editor)->birth_date_entry)
    check_id_number (TX_PERSON_EDITOR (editor), FALSE);
}

static void
on_date_entry_activate (GtkEntry *entry,
                        GtkLabel *error_label)
{
  GtkWidget *editor = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (entry)));

  check_date_entry (entry, error_label);
  if (TX_IS_PERSON_EDITOR (editor) && entry == TX_PERSON_EDITOR (editor)->birth_date_entry)
    check_id_number (TX_PERSON_EDITOR (editor), FALSE);
}

static void
setup_date_entry (GtkEntry *entry,
                  GtkLabel *error_label)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (on_date_entry_leave), error_label, 0);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_date_entry_activate), error_label, 0);
}

/* ---- ID numbers ------------------------------------------------------------ */

static gboolean
is_id_card (TxPersonEditor *self)
{
  const char *type = tx_code_drop_down_get_code (self->document_type_drop);

  return g_strcmp0 (type, ID_CARD) == 0 || g_strcmp0 (type, RESIDENCE_PERMIT) == 0;
}

/* Checks the document number against GB 11643 and the record's birth date
 * and gender; offers the 15→18 conversion and filling birth date and
 * gender from the number.  While typing (@final FALSE) a number too short
 * to judge is not marked yet. */
static gboolean
check_id_number (TxPersonEditor *self,
                 gboolean        final)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *number = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *id_birth = NULL;
  const char *gender;
  const char *id_gender;
  TxCivilDate date;

  /* focus leaves the entry while the window is being destroyed */
  if (self->document_number_entry == NULL || self->birth_date_entry == NULL)
    return TRUE;
  raw = tx_editable_dup_text (GTK_EDITABLE (self->document_number_entry));
  number = tx_id_number_normalize (raw);
  gtk_widget_set_visible (GTK_WIDGET (self->id_upgrade_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->id_fill_button), FALSE);
  if (number == NULL || !is_id_card (self) || (!final && strlen (number) < 15))
    {
      set_field_error (GTK_WIDGET (self->document_number_entry), self->document_number_error, NULL);
      return TRUE;
    }

  if (!tx_id_number_validate_for (number, tx_code_drop_down_get_code (self->document_type_drop), &error))
    {
      if (g_error_matches (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_OLD_FORMAT))
        gtk_widget_set_visible (GTK_WIDGET (self->id_upgrade_button), TRUE);
      else if (!final && strlen (number) < 18)
        {
          set_field_error (GTK_WIDGET (self->document_number_entry), self->document_number_error, NULL);
          return FALSE;
        }
      set_field_error (GTK_WIDGET (self->document_number_entry), self->document_number_error, error->message);
      return FALSE;
    }

  /* a birth date that is no date yet is marked at its own field */
  birth = tx_civil_date_normalize (gtk_editable_get_text (GTK_EDITABLE (self->birth_date_entry)), NULL);
  gender = tx_code_drop_down_get_code (self->gender_drop);
  tx_id_number_birth_date (number, &date);
  id_birth = tx_civil_date_to_iso (&date);
  id_gender = tx_id_number_gender_code (number);
  gtk_widget_set_visible (GTK_WIDGET (self->id_fill_button),
                          g_strcmp0 (birth, id_birth) != 0 || g_strcmp0 (gender, id_gender) != 0);

  if (!tx_id_number_check_record (number, tx_code_drop_down_get_code (self->document_type_drop),
                                  birth, gender, &error))
    {
      set_field_error (GTK_WIDGET (self->document_number_entry), self->document_number_error, error->message);
      return FALSE;
    }
  set_field_error (GTK_WIDGET (self->document_number_entry), self->document_number_error, NULL);
  return TRUE;
}

static void
on_document_number_changed (TxPersonEditor *self)
{
  if (!self->loading)
    check_id_number (self, FALSE);
}

static void
on_document_number_leave (TxPersonEditor *self)
{
  check_id_number (self, TRUE);
}

static void
on_id_fill_clicked (TxPersonEditor *self)
{
  g_autofree char *number = tx_id_number_normalize (gtk_editable_get_text (GTK_EDITABLE (self->document_number_entry)));
  g_autofree char *iso = NULL;
  TxCivilDate date;

  if (!tx_id_number_birth_date (number, &date))
    return;
  iso = tx_civil_date_to_iso (&date);
  gtk_editable_set_text (GTK_EDITABLE (self->birth_date_entry), iso);
  set_field_error (GTK_WIDGET (self->birth_date_entry), self->birth_date_error, NULL);
  tx_code_drop_down_set_code (self->gender_drop, tx_id_number_gender_code (number));
  check_id_number (self, TRUE);
}

static void
on_id_upgrade_clicked (TxPersonEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = tx_id_number_normalize (gtk_editable_get_text (GTK_EDITABLE (self->document_number_entry)));
  g_autofree char *upgraded = tx_id_number_upgrade_15 (number, &error);

  if (upgraded == NULL)
    {
      set_field_error (GTK_WIDGET (self->document_number_entry), self->document_number_error, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->document_number_entry), upgraded);
  check_id_number (self, TRUE);
}

/* ---- list rows (roles, circumstances) -------------------------------------- */

static void
on_row_remove_clicked (GtkButton *button,
                       GtkWidget *row)
{
  GtkWidget *list = gtk_widget_get_parent (row);

  gtk_list_box_remove (GTK_LIST_BOX (list), row);
}

/* A visible label before each input: a filled entry shows no placeholder,
 * and a drop-down showing "—" says nothing about what it is. */
static GtkWidget *
row_input (GtkWidget  *row,
           GtkWidget  *box,
           const char *name,
           GtkWidget  *input,
           const char *label)
{
  GtkWidget *caption = gtk_label_new (label);

  gtk_widget_add_css_class (caption, "dim-label");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (input), GTK_ACCESSIBLE_RELATION_LABELLED_BY, caption, NULL, -1);
  g_object_set_data (G_OBJECT (row), name, input);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), input);
  return input;
}

static GtkWidget *
new_row (GtkListBox *list,
         GtkWidget **line1,
         GtkWidget **line2)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (outer, 6);
  gtk_widget_set_margin_end (outer, 6);
  gtk_widget_set_margin_top (outer, 6);
  gtk_widget_set_margin_bottom (outer, 6);
  gtk_widget_set_hexpand (lines, TRUE);
  *line1 = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  *line2 = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (lines), *line1);
  gtk_box_append (GTK_BOX (lines), *line2);
  gtk_box_append (GTK_BOX (outer), lines);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove this row"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove this row"), -1);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_row_remove_clicked), row, 0);
  gtk_box_append (GTK_BOX (outer), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), outer);
  gtk_list_box_append (list, row);
  return row;
}

static GtkWidget *
code_drop (const char *kind)
{
  GtkWidget *drop = gtk_drop_down_new (NULL, NULL);

  tx_code_drop_down_setup (GTK_DROP_DOWN (drop), kind, TRUE);
  return drop;
}

static GtkWidget *
add_role_row (TxPersonEditor     *self,
              const TxSocialRole *role)
{
  GtkWidget *line1, *line2;
  GtkWidget *row = new_row (self->roles_list, &line1, &line2);
  GtkWidget *kind = row_input (row, line1, "kind", code_drop (TX_CODE_ROLE_KIND), _("Kind"));
  GtkWidget *level = row_input (row, line1, "level", code_drop (TX_CODE_ROLE_LEVEL), _("Level"));
  GtkWidget *term = row_input (row, line1, "term", gtk_entry_new (), _("Term"));
  GtkWidget *org = row_input (row, line2, "organization", gtk_entry_new (), _("Organization"));
  GtkWidget *post = row_input (row, line2, "post", gtk_entry_new (), _("Post"));

  gtk_widget_set_hexpand (term, TRUE);
  gtk_widget_set_hexpand (org, TRUE);
  gtk_widget_set_hexpand (post, TRUE);
  if (role != NULL)
    {
      tx_code_drop_down_set_code (GTK_DROP_DOWN (kind), role->kind);
      tx_code_drop_down_set_code (GTK_DROP_DOWN (level), role->level);
      tx_editable_set_text_or_empty (GTK_EDITABLE (term), role->term);
      tx_editable_set_text_or_empty (GTK_EDITABLE (org), role->organization);
      tx_editable_set_text_or_empty (GTK_EDITABLE (post), role->post);
    }
  return row;
}

static GtkWidget *
add_circumstance_row (TxPersonEditor       *self,
                      const TxCircumstance *circumstance)
{
  GtkWidget *line1, *line2;
  GtkWidget *row = new_row (self->circumstances_list, &line1, &line2);
  GtkWidget *kind = row_input (row, line1, "kind", code_drop (TX_CODE_CIRCUMSTANCE_KIND), _("Kind"));
  GtkWidget *date = row_input (row, line1, "date", gtk_entry_new (), _("Date"));
  GtkWidget *resolved = row_input (row, line1, "resolved", gtk_entry_new (), _("Resolved on"));
  GtkWidget *description = row_input (row, line2, "description", gtk_entry_new (), _("Description"));
  GtkWidget *error = gtk_label_new (NULL);
  GtkWidget *lines = gtk_widget_get_parent (line1);

  gtk_widget_set_hexpand (date, TRUE);
  gtk_widget_set_hexpand (resolved, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (date), _("e.g. 2025-11-03"));
  gtk_widget_set_hexpand (description, TRUE);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_set_visible (error, FALSE);
  gtk_box_append (GTK_BOX (lines), error);
  g_object_set_data (G_OBJECT (row), "error", error);
  setup_date_entry (GTK_ENTRY (date), GTK_LABEL (error));
  setup_date_entry (GTK_ENTRY (resolved), GTK_LABEL (error));
  if (circumstance != NULL)
    {
      tx_code_drop_down_set_code (GTK_DROP_DOWN (kind), circumstance->kind);
      tx_editable_set_text_or_empty (GTK_EDITABLE (date), circumstance->date);
      tx_editable_set_text_or_empty (GTK_EDITABLE (resolved), circumstance->resolved);
      tx_editable_set_text_or_empty (GTK_EDITABLE (description), circumstance->description);
    }
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static char *
row_dup_text (GtkWidget  *row,
              const char *name)
{
  return tx_editable_dup_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (row), name)));
}

static const char *
row_get_code (GtkWidget  *row,
              const char *name)
{
  return tx_code_drop_down_get_code (GTK_DROP_DOWN (g_object_get_data (G_OBJECT (row), name)));
}

/* ---- communities and categories -------------------------------------------- */

static void
setup_communities (TxPersonEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxQuery) query = tx_query_new (TX_TYPE_COMMUNITY);
  g_autoptr(TxRecordList) list = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->community_uuids, g_ptr_array_unref);
  self->community_uuids = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (names, "—");
  g_ptr_array_add (self->community_uuids, NULL);

  tx_query_set_order (query, "code, name");
  list = tx_record_list_new (database (self), query, &error);
  if (list == NULL)
    g_warning ("Cannot list the communities: %s", error->message);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(TxCommunity) community = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (community == NULL)
        continue;
      gtk_string_list_append (names, tx_community_get_name (community));
      g_ptr_array_add (self->community_uuids, g_strdup (tx_record_get_uuid (TX_RECORD (community))));
    }
  gtk_drop_down_set_model (self->community_drop, G_LIST_MODEL (names));
}

static gboolean
str_equal0 (gconstpointer a,
            gconstpointer b)
{
  return g_strcmp0 (a, b) == 0;
}

static void
set_community (TxPersonEditor *self,
               const char     *uuid)
{
  guint index = 0;

  if (uuid != NULL &&
      !g_ptr_array_find_with_equal_func (self->community_uuids, uuid, str_equal0, &index))
    index = 0;
  gtk_drop_down_set_selected (self->community_drop, index);
}

static const char *
get_community (TxPersonEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->community_drop);

  if (selected >= self->community_uuids->len)
    return NULL;
  return g_ptr_array_index (self->community_uuids, selected);
}

static void
setup_categories (TxPersonEditor *self)
{
  GPtrArray *rows = tx_code_table_rows (TX_CODE_CATEGORY);

  self->category_checks = g_ptr_array_new ();
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      TxCode *code = g_ptr_array_index (rows, i);
      GtkWidget *check = gtk_check_button_new_with_label (code->name);

      g_object_set_data_full (G_OBJECT (check), "code", g_strdup (code->code), g_free);
      gtk_grid_attach (self->categories_grid, check, i % 2, i / 2, 1, 1);
      g_ptr_array_add (self->category_checks, check);
    }
  if (self->category_checks->len > 0)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (self->categories_grid),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->categories_label, NULL, -1);
}

/* ---- photo ----------------------------------------------------------------- */

gboolean
_tx_person_editor_set_photo_bytes (TxPersonEditor *self,
                                   GBytes         *bytes,
                                   GError        **error)
{
  return tx_photo_field_take_file_contents (self->photo_field, bytes, error);
}

/* ---- history --------------------------------------------------------------- */

static void
on_open_record (TxPersonEditor  *self,
                const char      *entity,
                const char      *uuid)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gboolean handled = FALSE;

  g_signal_emit (self, signals[OPEN_RECORD], 0, entity, uuid, &handled);
  if (!handled && TX_IS_WINDOW (parent))
    tx_window_open_record (TX_WINDOW (parent), entity, uuid);
}

static void
on_create_visit (TxPersonEditor *self)
{
  const char *uuid = tx_record_get_uuid (TX_RECORD (person (self)));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gboolean handled = FALSE;

  if (uuid == NULL)
    return;
  g_signal_emit (self, signals[CREATE_VISIT], 0, uuid, &handled);
  if (!handled && TX_IS_WINDOW (parent))
    tx_window_create_for_person (TX_WINDOW (parent), "visits", uuid);
}

/* ---- widgets ↔ person ------------------------------------------------------ */

static void update_title (TxPersonEditor *self);

static void
fill_form (TxRecordEditor *editor,
           TxRecord       *record)
{
  TxPersonEditor *self = TX_PERSON_EDITOR (editor);
  TxPerson *p = TX_PERSON (record);
  GPtrArray *rows;

  self->loading = TRUE;
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->name_entry), tx_person_get_name (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->former_name_entry), tx_person_get_former_name (p));
  tx_code_drop_down_set_code (self->gender_drop, tx_person_get_gender (p));
  tx_code_drop_down_set_code (self->ethnicity_drop, tx_person_get_ethnicity (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->birth_date_entry), tx_person_get_birth_date (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->native_place_entry), tx_person_get_native_place (p));
  tx_code_drop_down_set_code (self->document_type_drop, tx_person_get_document_type (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->document_number_entry), tx_person_get_document_number (p));
  tx_code_drop_down_set_code (self->political_drop, tx_person_get_political_status (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->party_joined_entry), tx_person_get_party_joined (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->party_post_entry), tx_person_get_party_post (p));
  tx_code_drop_down_set_code (self->religion_drop, tx_person_get_religion (p));
  tx_code_drop_down_set_code (self->education_drop, tx_person_get_education (p));
  tx_code_drop_down_set_code (self->degree_drop, tx_person_get_degree (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->professional_title_entry), tx_person_get_professional_title (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->work_unit_entry), tx_person_get_work_unit (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->work_post_entry), tx_person_get_work_post (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->sector_entry), tx_person_get_sector (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->phone_entry), tx_person_get_phone (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->phone_other_entry), tx_person_get_phone_other (p));
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->address_entry), tx_person_get_address (p));
  set_community (self, tx_person_get_community (p));
  for (guint i = 0; i < self->category_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->category_checks, i);

      gtk_check_button_set_active (check, tx_person_has_category (p, g_object_get_data (G_OBJECT (check), "code")));
    }
  gtk_check_button_set_active (self->representative_check, tx_person_get_representative (p));
  gtk_check_button_set_active (self->key_person_check, tx_person_get_key_person (p));
  tx_code_drop_down_set_code (self->status_drop, tx_person_get_status (p) ? tx_person_get_status (p) : "1");
  tx_editable_set_text_or_empty (GTK_EDITABLE (self->status_date_entry), tx_person_get_status_date (p));
  tx_text_view_set_text (self->skills_view, tx_person_get_skills (p));
  tx_text_view_set_text (self->health_view, tx_person_get_health (p));
  tx_text_view_set_text (self->notes_view, tx_person_get_notes (p));

  clear_list (self->roles_list);
  rows = tx_person_get_roles (p);
  for (guint i = 0; i < rows->len; i++)
    add_role_row (self, g_ptr_array_index (rows, i));
  clear_list (self->circumstances_list);
  rows = tx_person_get_circumstances (p);
  for (guint i = 0; i < rows->len; i++)
    add_circumstance_row (self, g_ptr_array_index (rows, i));

  rows = tx_person_get_photo (p);
  if (rows->len > 0)
    tx_photo_field_set_photo (self->photo_field, ((TxPhoto *) g_ptr_array_index (rows, 0))->data,
                              ((TxPhoto *) g_ptr_array_index (rows, 0))->mime);
  else
    tx_photo_field_set_photo (self->photo_field, NULL, NULL);

  set_field_error (GTK_WIDGET (self->name_entry), self->name_error, NULL);
  set_field_error (GTK_WIDGET (self->birth_date_entry), self->birth_date_error, NULL);
  set_field_error (GTK_WIDGET (self->party_joined_entry), self->party_joined_error, NULL);
  set_field_error (GTK_WIDGET (self->status_date_entry), self->status_date_error, NULL);
  show_banner (self, NULL);
  self->loading = FALSE;
  check_id_number (self, TRUE);
  tx_person_history_load (self->history, database (self), tx_record_get_uuid (record));
  update_title (self);
}

#define SET_TEXT(setter, editable) \
  G_STMT_START { \
    g_autofree char *value_ = tx_editable_dup_text (GTK_EDITABLE (editable)); \
    setter (p, value_); \
  } G_STMT_END
#define SET_DATE(setter, entry) \
  G_STMT_START { \
    g_autofree char *value_ = date_entry_dup_value (entry); \
    setter (p, value_); \
  } G_STMT_END
#define SET_VIEW(setter, view) \
  G_STMT_START { \
    g_autofree char *value_ = tx_text_view_dup_text (view); \
    setter (p, value_); \
  } G_STMT_END

/* Copies every input into @p (the same for the baseline and for saving). */
static void
collect_person (TxPersonEditor *self,
                TxPerson       *p)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  GtkWidget *row;

  SET_TEXT (tx_person_set_name, self->name_entry);
  SET_TEXT (tx_person_set_former_name, self->former_name_entry);
  tx_person_set_gender (p, tx_code_drop_down_get_code (self->gender_drop));
  tx_person_set_ethnicity (p, tx_code_drop_down_get_code (self->ethnicity_drop));
  SET_DATE (tx_person_set_birth_date, self->birth_date_entry);
  SET_TEXT (tx_person_set_native_place, self->native_place_entry);
  tx_person_set_document_type (p, tx_code_drop_down_get_code (self->document_type_drop));
  {
    g_autofree char *raw = tx_editable_dup_text (GTK_EDITABLE (self->document_number_entry));
    g_autofree char *number = is_id_card (self) ? tx_id_number_normalize (raw) : g_strdup (raw);

    tx_person_set_document_number (p, number);
  }
  tx_person_set_political_status (p, tx_code_drop_down_get_code (self->political_drop));
  SET_DATE (tx_person_set_party_joined, self->party_joined_entry);
  SET_TEXT (tx_person_set_party_post, self->party_post_entry);
  tx_person_set_religion (p, tx_code_drop_down_get_code (self->religion_drop));
  tx_person_set_education (p, tx_code_drop_down_get_code (self->education_drop));
  tx_person_set_degree (p, tx_code_drop_down_get_code (self->degree_drop));
  SET_TEXT (tx_person_set_professional_title, self->professional_title_entry);
  SET_TEXT (tx_person_set_work_unit, self->work_unit_entry);
  SET_TEXT (tx_person_set_work_post, self->work_post_entry);
  SET_TEXT (tx_person_set_sector, self->sector_entry);
  SET_TEXT (tx_person_set_phone, self->phone_entry);
  SET_TEXT (tx_person_set_phone_other, self->phone_other_entry);
  SET_TEXT (tx_person_set_address, self->address_entry);
  tx_person_set_community (p, get_community (self));
  tx_person_set_representative (p, gtk_check_button_get_active (self->representative_check));
  tx_person_set_key_person (p, gtk_check_button_get_active (self->key_person_check));
  tx_person_set_status (p, tx_code_drop_down_get_code (self->status_drop));
  SET_DATE (tx_person_set_status_date, self->status_date_entry);
  SET_VIEW (tx_person_set_skills, self->skills_view);
  SET_VIEW (tx_person_set_health, self->health_view);
  SET_VIEW (tx_person_set_notes, self->notes_view);

  for (guint i = 0; i < self->category_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->category_checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (codes, g_object_get_data (G_OBJECT (check), "code"));
    }
  g_ptr_array_add (codes, NULL);
  tx_person_set_categories (p, (const char * const *) codes->pdata);

  tx_person_clear_roles (p);
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->roles_list)); row; row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *organization = row_dup_text (row, "organization");
      g_autofree char *term = row_dup_text (row, "term");
      g_autofree char *post = row_dup_text (row, "post");
      const char *kind = row_get_code (row, "kind");
      const char *level = row_get_code (row, "level");

      if (kind || level || organization || term || post)
        tx_person_add_role (p, kind, organization, level, term, post);
    }

  tx_person_clear_circumstances (p);
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->circumstances_list)); row; row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *date = date_entry_dup_value (g_object_get_data (G_OBJECT (row), "date"));
      g_autofree char *resolved = date_entry_dup_value (g_object_get_data (G_OBJECT (row), "resolved"));
      g_autofree char *description = row_dup_text (row, "description");
      const char *kind = row_get_code (row, "kind");

      if (kind || date || resolved || description)
        tx_person_add_circumstance (p, kind, date, description, resolved);
    }

  tx_person_clear_photo (p);
  if (tx_photo_field_get_data (self->photo_field) != NULL)
    tx_person_add_photo (p, tx_photo_field_get_mime (self->photo_field), tx_photo_field_get_data (self->photo_field));
}

gboolean
tx_person_editor_is_modified (TxPersonEditor *self)
{
  g_return_val_if_fail (TX_IS_PERSON_EDITOR (self), FALSE);
  return tx_record_editor_is_modified (TX_RECORD_EDITOR (self));
}

static void
update_title (TxPersonEditor *self)
{
  const char *name = tx_person_get_name (person (self));
  g_autofree char *title = NULL;

  if (tx_record_get_uuid (TX_RECORD (person (self))) == NULL)
    gtk_window_set_title (GTK_WINDOW (self), _("New Person"));
  else
    {
      title = g_strdup_printf (_("Person: %s"), name ? name : "");
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
}

/* ---- validation and saving ------------------------------------------------- */

/* Marks every field that cannot be saved; FALSE and the first such field
 * shown when there is one. */
static gboolean
validate_inputs (TxPersonEditor  *self,
                 GError         **error)
{
  GtkWidget *first = NULL;
  g_autofree char *name = tx_editable_dup_text (GTK_EDITABLE (self->name_entry));
  GtkWidget *row;

  if (tx_record_text_is_blank (name))
    {
      set_field_error (GTK_WIDGET (self->name_entry), self->name_error, _("The name is required."));
      first = GTK_WIDGET (self->name_entry);
    }
  else
    set_field_error (GTK_WIDGET (self->name_entry), self->name_error, NULL);

  if (!check_date_entry (self->birth_date_entry, self->birth_date_error) && first == NULL)
    first = GTK_WIDGET (self->birth_date_entry);
  if (!check_id_number (self, TRUE) && first == NULL)
    first = GTK_WIDGET (self->document_number_entry);
  if (!check_date_entry (self->party_joined_entry, self->party_joined_error) && first == NULL)
    first = GTK_WIDGET (self->party_joined_entry);
  if (!check_date_entry (self->status_date_entry, self->status_date_error) && first == NULL)
    first = GTK_WIDGET (self->status_date_entry);
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->circumstances_list)); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkEntry *date = g_object_get_data (G_OBJECT (row), "date");
      GtkEntry *resolved = g_object_get_data (G_OBJECT (row), "resolved");
      GtkLabel *error_label = g_object_get_data (G_OBJECT (row), "error");

      if (!check_date_entry (date, error_label))
        {
          if (first == NULL)
            first = GTK_WIDGET (date);
        }
      else if (!check_date_entry (resolved, error_label) && first == NULL)
        first = GTK_WIDGET (resolved);
    }

  if (first != NULL)
    {
      reveal_widget (self, first);
      g_set_error_literal (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
                           _("The person was not saved: correct the marked fields first."));
      return FALSE;
    }
  show_banner (self, NULL);
  return TRUE;
}

/* the base's read_form: the marked fields first, then every input into
 * @record (which keeps the modified stamp of what was loaded, so a save by
 * someone else in between is seen) */
static gboolean
read_form (TxRecordEditor  *editor,
           TxRecord        *record,
           GError         **error)
{
  TxPersonEditor *self = TX_PERSON_EDITOR (editor);

  if (!validate_inputs (self, error))
    return FALSE;
  collect_person (self, TX_PERSON (record));
  return TRUE;
}

/* the field rules and the code tables, as for every person read from a file */
static gboolean
check (TxRecordEditor  *editor,
       TxRecord        *record,
       GError         **error)
{
  return tx_person_check (TX_PERSON (record), tx_record_editor_get_database (editor), error);
}

/* what was refused shows above the form, beside the marked fields */
static void
show_invalid (TxRecordEditor *editor,
              const GError   *error)
{
  show_banner (TX_PERSON_EDITOR (editor), error->message);
}

/* ---- class ------------------------------------------------------------------ */

static void
on_add_role_clicked (TxPersonEditor *self)
{
  GtkWidget *row = add_role_row (self, NULL);

  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "kind"));
}

static void
on_add_circumstance_clicked (TxPersonEditor *self)
{
  GtkWidget *row = add_circumstance_row (self, NULL);

  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "kind"));
}

static void
on_name_changed (TxPersonEditor *self)
{
  if (!self->loading && gtk_widget_has_css_class (GTK_WIDGET (self->name_entry), "error"))
    {
      g_autofree char *name = tx_editable_dup_text (GTK_EDITABLE (self->name_entry));

      if (name != NULL)
        set_field_error (GTK_WIDGET (self->name_entry), self->name_error, NULL);
    }
}

static void
on_id_context_changed (TxPersonEditor *self)
{
  if (!self->loading)
    check_id_number (self, FALSE);
}

static void
tx_person_editor_dispose (GObject *object)
{
  TxPersonEditor *self = TX_PERSON_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TX_TYPE_PERSON_EDITOR);
  G_OBJECT_CLASS (tx_person_editor_parent_class)->dispose (object);
}

static void
tx_person_editor_finalize (GObject *object)
{
  TxPersonEditor *self = TX_PERSON_EDITOR (object);

  g_clear_pointer (&self->community_uuids, g_ptr_array_unref);
  g_clear_pointer (&self->category_checks, g_ptr_array_unref);
  G_OBJECT_CLASS (tx_person_editor_parent_class)->finalize (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, TxPersonEditor, name)

static void
tx_person_editor_class_init (TxPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TxRecordEditorClass *editor_class = TX_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = tx_person_editor_dispose;
  object_class->finalize = tx_person_editor_finalize;
  editor_class->record_type = TX_TYPE_PERSON;
  editor_class->open_failed = N_("The person could not be opened.");
  editor_class->fill_form = fill_form;
  editor_class->read_form = read_form;
  editor_class->check = check;
  editor_class->show_invalid = show_invalid;
  signals[OPEN_RECORD] = g_signal_new ("open-record", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, g_signal_accumulator_true_handled, NULL, NULL,
                                       G_TYPE_BOOLEAN, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[CREATE_VISIT] = g_signal_new ("create-visit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, g_signal_accumulator_true_handled, NULL, NULL,
                                        G_TYPE_BOOLEAN, 1, G_TYPE_STRING);


  g_type_ensure (TX_TYPE_PHOTO_FIELD);
  g_type_ensure (TX_TYPE_PERSON_HISTORY);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-person-editor.ui");
  BIND (banner);
  BIND (stack);
  BIND (name_entry);
  BIND (name_error);
  BIND (former_name_entry);
  BIND (gender_drop);
  BIND (ethnicity_drop);
  BIND (birth_date_entry);
  BIND (birth_date_error);
  BIND (native_place_entry);
  BIND (document_type_drop);
  BIND (document_number_entry);
  BIND (document_number_error);
  BIND (id_upgrade_button);
  BIND (id_fill_button);
  BIND (photo_field);
  BIND (political_drop);
  BIND (party_joined_entry);
  BIND (party_joined_error);
  BIND (party_post_entry);
  BIND (religion_drop);
  BIND (education_drop);
  BIND (degree_drop);
  BIND (professional_title_entry);
  BIND (work_unit_entry);
  BIND (work_post_entry);
  BIND (sector_entry);
  BIND (roles_list);
  BIND (add_role_button);
  BIND (phone_entry);
  BIND (phone_other_entry);
  BIND (address_entry);
  BIND (community_drop);
  BIND (categories_label);
  BIND (categories_grid);
  BIND (representative_check);
  BIND (key_person_check);
  BIND (status_drop);
  BIND (status_date_entry);
  BIND (status_date_error);
  BIND (skills_view);
  BIND (health_view);
  BIND (circumstances_list);
  BIND (add_circumstance_button);
  BIND (notes_view);
  BIND (history);
  gtk_widget_class_bind_template_callback (widget_class, on_open_record);
  gtk_widget_class_bind_template_callback (widget_class, on_create_visit);
}

static void
tx_person_editor_init (TxPersonEditor *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  tx_code_drop_down_setup (self->gender_drop, TX_CODE_GENDER, TRUE);
  tx_code_drop_down_setup (self->ethnicity_drop, TX_CODE_ETHNICITY, TRUE);
  tx_code_drop_down_setup (self->document_type_drop, TX_CODE_DOCUMENT_TYPE, TRUE);
  tx_code_drop_down_setup (self->political_drop, TX_CODE_POLITICAL, TRUE);
  tx_code_drop_down_setup (self->religion_drop, TX_CODE_RELIGION, TRUE);
  tx_code_drop_down_setup (self->education_drop, TX_CODE_EDUCATION, TRUE);
  tx_code_drop_down_setup (self->degree_drop, TX_CODE_DEGREE, TRUE);
  tx_code_drop_down_setup (self->status_drop, TX_CODE_PERSON_STATUS, FALSE);
  setup_categories (self);

  setup_date_entry (self->birth_date_entry, self->birth_date_error);
  setup_date_entry (self->party_joined_entry, self->party_joined_error);
  setup_date_entry (self->status_date_entry, self->status_date_error);
  g_signal_connect_swapped (self->name_entry, "changed", G_CALLBACK (on_name_changed), self);
  g_signal_connect_swapped (self->document_number_entry, "changed", G_CALLBACK (on_document_number_changed), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_document_number_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->document_number_entry), focus);
  g_signal_connect_swapped (self->document_number_entry, "activate", G_CALLBACK (on_document_number_leave), self);
  g_signal_connect_swapped (self->document_type_drop, "notify::selected", G_CALLBACK (on_id_context_changed), self);
  g_signal_connect_swapped (self->gender_drop, "notify::selected", G_CALLBACK (on_id_context_changed), self);
  g_signal_connect_swapped (self->id_fill_button, "clicked", G_CALLBACK (on_id_fill_clicked), self);
  g_signal_connect_swapped (self->id_upgrade_button, "clicked", G_CALLBACK (on_id_upgrade_clicked), self);
  g_signal_connect_swapped (self->add_role_button, "clicked", G_CALLBACK (on_add_role_clicked), self);
  g_signal_connect_swapped (self->add_circumstance_button, "clicked", G_CALLBACK (on_add_circumstance_clicked), self);
}

GtkWindow *
tx_person_editor_new (GtkWindow  *parent,
                      TxDatabase *db,
                      const char *uuid)
{
  TxPersonEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TX_IS_DATABASE (db), NULL);

  self = g_object_new (TX_TYPE_PERSON_EDITOR, "transient-for", parent, "modal", TRUE, "database", db, NULL);
  setup_communities (self);
  tx_record_editor_open (TX_RECORD_EDITOR (self), uuid);
  return GTK_WINDOW (self);
}

TxPerson *
tx_person_editor_get_person (TxPersonEditor *self)
{
  g_return_val_if_fail (TX_IS_PERSON_EDITOR (self), NULL);
  return person (self);
}

/* ---- for tests ------------------------------------------------------------- */

GtkWidget *
_tx_person_editor_add_role_row (TxPersonEditor *self)
{
  return add_role_row (self, NULL);
}

GtkWidget *
_tx_person_editor_add_circumstance_row (TxPersonEditor *self)
{
  return add_circumstance_row (self, NULL);
}

GtkWidget *
_tx_person_editor_row_get (GtkWidget  *row,
                           const char *name)
{
  return g_object_get_data (G_OBJECT (row), name);
}

GtkCheckButton *
_tx_person_editor_get_category_check (TxPersonEditor *self,
                                      const char     *code)
{
  for (guint i = 0; i < self->category_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->category_checks, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (check), "code"), code) == 0)
        return check;
    }
  return NULL;
}

gboolean
_tx_person_editor_select_community (TxPersonEditor *self,
                                    const char     *uuid)
{
  guint index;

  if (!g_ptr_array_find_with_equal_func (self->community_uuids, uuid, str_equal0, &index))
    return FALSE;
  gtk_drop_down_set_selected (self->community_drop, index);
  return TRUE;
}

