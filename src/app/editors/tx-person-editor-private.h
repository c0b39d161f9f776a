/* tx-person-editor-private.h — what the tests reach inside the person editor
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "app/widgets/tx-code-drop-down.h"
#include "app/widgets/tx-community-drop-down.h"
#include "app/widgets/tx-date-entry.h"
#include "app/widgets/tx-person-history.h"
#include "app/widgets/tx-photo-field.h"
#include "tx-person-editor.h"

G_BEGIN_DECLS

/* The editor's inputs are template children: find them with
 * gtk_widget_get_template_child (editor, TX_TYPE_PERSON_EDITOR, "name_entry").
 * The rows of the lists are built in code; these reach them. */

/* adds an empty row and returns it; its inputs by name: "kind", "organization",
 * "level", "term", "post" (roles) or "kind", "date", "description",
 * "resolved", "error" (circumstances) */
GtkWidget      *_tx_person_editor_add_role_row         (TxPersonEditor *self);
GtkWidget      *_tx_person_editor_add_circumstance_row (TxPersonEditor *self);
GtkWidget      *_tx_person_editor_row_get              (GtkWidget      *row,
                                                        const char     *name);
GtkCheckButton *_tx_person_editor_get_category_check   (TxPersonEditor *self,
                                                        const char     *code);
/* selects the community @uuid in the drop-down; FALSE if it is not there */
gboolean        _tx_person_editor_select_community     (TxPersonEditor *self,
                                                        const char     *uuid);
/* what the photo button does after the file chooser */
gboolean        _tx_person_editor_set_photo_bytes      (TxPersonEditor *self,
                                                        GBytes         *bytes,
                                                        GError        **error);

/* ---- shared by the editor's own files -------------------------------------- */

struct _TxPersonEditor
{
  TxRecordEditor  parent_instance;

  GPtrArray      *category_checks;
  gboolean        loading;

  /* template */
  GtkLabel       *banner;
  GtkStack       *stack;
  GtkEntry       *name_entry;
  GtkLabel       *name_error;
  GtkEntry       *former_name_entry;
  TxCodeDropDown *gender_drop;
  TxCodeDropDown *ethnicity_drop;
  TxDateEntry    *birth_date_entry;
  GtkLabel       *birth_date_error;
  GtkEntry       *native_place_entry;
  TxCodeDropDown *document_type_drop;
  GtkEntry       *document_number_entry;
  GtkLabel       *document_number_error;
  GtkButton      *id_upgrade_button;
  GtkButton      *id_fill_button;
  TxPhotoField   *photo_field;
  TxCodeDropDown *political_drop;
  TxDateEntry    *party_joined_entry;
  GtkLabel       *party_joined_error;
  GtkEntry       *party_post_entry;
  TxCodeDropDown *religion_drop;
  TxCodeDropDown *education_drop;
  TxCodeDropDown *degree_drop;
  GtkEntry       *professional_title_entry;
  GtkEntry       *work_unit_entry;
  GtkEntry       *work_post_entry;
  GtkEntry       *sector_entry;
  GtkListBox     *roles_list;
  GtkButton      *add_role_button;
  GtkEntry       *phone_entry;
  GtkEntry       *phone_other_entry;
  GtkEntry       *address_entry;
  TxCommunityDropDown *community_drop;
  GtkLabel       *categories_label;
  GtkGrid        *categories_grid;
  GtkCheckButton *representative_check;
  GtkCheckButton *key_person_check;
  TxCodeDropDown *status_drop;
  TxDateEntry    *status_date_entry;
  GtkLabel       *status_date_error;
  GtkTextView    *skills_view;
  GtkTextView    *health_view;
  GtkListBox     *circumstances_list;
  GtkButton      *add_circumstance_button;
  GtkTextView    *notes_view;
  TxPersonHistory *history;
};

static inline TxDatabase *
editor_database (TxPersonEditor *self)
{
  return tx_record_editor_get_database (TX_RECORD_EDITOR (self));
}

static inline TxPerson *
editor_person (TxPersonEditor *self)
{
  return TX_PERSON (tx_record_editor_get_record (TX_RECORD_EDITOR (self)));
}

/* tx-person-editor-identity.c */
void        _tx_person_editor_setup_identity        (TxPersonEditor *self);
gboolean    _tx_person_editor_is_id_card            (TxPersonEditor *self);
/* Checks the document number against GB 11643 and the birth date and
 * gender; while typing (@final FALSE) a number too short to judge is not
 * marked yet. */
gboolean    _tx_person_editor_check_id_number       (TxPersonEditor *self,
                                                     gboolean        final);

/* tx-person-editor-form.c */
void        _tx_person_editor_setup_categories      (TxPersonEditor *self);
const char *_tx_person_editor_category_code         (guint           i);
void        _tx_person_editor_show_banner           (TxPersonEditor *self,
                                                     const char     *message);
GtkWidget  *_tx_person_editor_add_role_row_for      (TxPersonEditor *self,
                                                     const TxSocialRole *role);
GtkWidget  *_tx_person_editor_add_circumstance_row_for (TxPersonEditor *self,
                                                        const TxCircumstance *circumstance);
void        _tx_person_editor_update_title          (TxPersonEditor *self);
/* the base class's vfuncs */
void        _tx_person_editor_fill_form             (TxRecordEditor  *editor,
                                                     TxRecord        *record);
gboolean    _tx_person_editor_read_form             (TxRecordEditor  *editor,
                                                     TxRecord        *record,
                                                     GError         **error);
gboolean    _tx_person_editor_check                 (TxRecordEditor  *editor,
                                                     TxRecord        *record,
                                                     GError         **error);
void        _tx_person_editor_show_invalid          (TxRecordEditor  *editor,
                                                     const GError    *error);

G_END_DECLS
