/* tx-record-editor.h — the window every record editor is: load, fill the
 * form, read it back, save with the conflict check, ask before losing edits
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"
#include "core/db/tx-store.h"
#include "core/model/tx-record.h"

G_BEGIN_DECLS

#define TX_TYPE_RECORD_EDITOR (tx_record_editor_get_type ())
G_DECLARE_DERIVABLE_TYPE (TxRecordEditor, tx_record_editor, TX, RECORD_EDITOR, GtkWindow)

/* A subclass sets its record type and strings in class_init, names its
 * template's parent "TxRecordEditor" and puts its form as the template's
 * one <child>: the base puts the conflict bar above it. The header bar's
 * buttons use "editor.save" (Ctrl+S) and "editor.cancel" (Escape); the
 * bar's "editor.reload" and "editor.overwrite".
 *
 * Signals:
 *   "saved" (const char *uuid)   the record was written to the database
 */
struct _TxRecordEditorClass
{
  GtkWindowClass parent_class;

  /* the record class (a subclass of TxRecord) */
  GType        record_type;
  /* through N_(), shown through _() */
  const char  *new_title;        /* "New Visit"; NULL keeps the template's */
  const char  *open_failed;      /* "The visit could not be opened" */

  /* record → inputs; the base remembers the form afterwards */
  void       (*fill_form)    (TxRecordEditor  *self,
                              TxRecord        *record);
  /* inputs → record; FALSE with a TX_RECORD_ERROR, the focus on the input
   * to fix */
  gboolean   (*read_form)    (TxRecordEditor  *self,
                              TxRecord        *record,
                              GError         **error);
  /* the defaults of a new record (e.g. today's date); may be NULL */
  void       (*prepare_new)  (TxRecordEditor  *self,
                              TxRecord        *record);
  /* the record's own rules and its codes before it is written; the
   * default is tx_record_validate() */
  gboolean   (*check)        (TxRecordEditor  *self,
                              TxRecord        *record,
                              GError         **error);
  /* tells the user what read_form or check refused; the default is a
   * message dialog */
  void       (*show_invalid) (TxRecordEditor  *self,
                              const GError    *error);
  /* class closure of "saved" */
  void       (*saved)        (TxRecordEditor  *self,
                              const char      *uuid);

  gpointer     padding[8];
};

TxDatabase *tx_record_editor_get_database  (TxRecordEditor  *self);
/* what the form was filled from and is read back into (borrowed; never
 * NULL once opened) */
TxRecord   *tx_record_editor_get_record    (TxRecordEditor  *self);
/* TRUE once the record is in the database */
gboolean    tx_record_editor_is_stored     (TxRecordEditor  *self);

/* Loads @uuid (NULL: a new record with prepare_new) and fills the form. */
gboolean    tx_record_editor_load          (TxRecordEditor  *self,
                                            const char      *uuid,
                                            GError         **error);
/* Fills the form from @record (of the editor's record type; a new one
 * prepared by the caller, or one loaded). */
void        tx_record_editor_set_record    (TxRecordEditor  *self,
                                            TxRecord        *record);
/* tx_record_editor_load(); when @uuid cannot be loaded the error is shown
 * over the editor's parent, the editor gets a blank record and is
 * destroyed on idle. */
void        tx_record_editor_open          (TxRecordEditor  *self,
                                            const char      *uuid);

/* read_form → check → save with @flags. On a conflict the bar is shown and
 * the input kept; any other refusal is shown. On success "saved" is
 * emitted, the form remembered and 已保存 shown in the main window; the
 * editor stays open. */
gboolean    tx_record_editor_save          (TxRecordEditor  *self,
                                            TxSaveFlags      flags);

/* TRUE when the inputs differ from what was last loaded or saved. */
gboolean    tx_record_editor_is_modified   (TxRecordEditor  *self);
/* Takes what the inputs hold now as unchanged (after the editor changed
 * them itself, not the user). */
void        tx_record_editor_remember_form (TxRecordEditor  *self);

/* The open question (discard the changes?), or NULL. */
GtkWidget  *tx_record_editor_get_question  (TxRecordEditor  *self);

/* Destroys @editor from the main loop (after a dialog over it is gone). */
void        tx_record_editor_destroy_later (GtkWindow       *editor);

G_END_DECLS
