/* tx-editor-util.h — what the editor windows share: saving with conflict
 * detection, the unsaved-changes question, Ctrl+S / Escape, and inputs for
 * dates, times, long texts and names
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"
#include "core/model/tx-record.h"
#include "core/db/tx-store.h"

G_BEGIN_DECLS

/* ---- saving ---------------------------------------------------------------- */

/* Responses of the conflict question shown when the record changed
 * elsewhere since the editor loaded it. */
enum
{
  TX_CONFLICT_RESPONSE_RELOAD    = 1,
  TX_CONFLICT_RESPONSE_OVERWRITE = 2,
};

typedef void (*TxEditorDone) (GtkWindow *editor);

/* Saves @record with TX_SAVE_CHECK_CONFLICT. On success @saved runs
 * (e.g. tx_editor_emit_saved_and_close). On a conflict a modal question
 * (name "tx-conflict-dialog") offers to reload (@reload, which reloads the
 * record and refills the form) or to overwrite; any other error is shown
 * and the form keeps what was typed. Returns TRUE when saved right away. */
gboolean    tx_editor_save                  (GtkWindow    *editor,
                                             TxDatabase   *db,
                                             TxRecord     *record,
                                             TxEditorDone  saved,
                                             TxEditorDone  reload);
/* Emits the editor's "saved" signal (without arguments) and closes it. */
void        tx_editor_emit_saved_and_close  (GtkWindow    *editor);
/* "Please check the form" with what is wrong. */
void        tx_editor_show_invalid          (GtkWindow    *editor,
                                             const GError *error);

/* @record as it is stored now (to show another's change instead of the
 * form's): NULL, with the user told under @failure, when it cannot be read. */
TxRecord   *tx_editor_load_again            (GtkWindow    *editor,
                                             TxDatabase   *db,
                                             TxRecord     *record,
                                             const char   *failure);

/* ---- editors of one record ---------------------------------------------------- */

/* The editors of activities, visits, staff and pairings differ only in
 * their forms: loading, reloading after a conflict, saving and opening are
 * the same, driven by this description of the editor class. */
typedef struct
{
  /* the record class's get_type function (a GType is no constant, and
   * the descriptions are static) */
  GType      (*get_record_type) (void);
  /* G_STRUCT_OFFSET of the editor's TxDatabase * and of its record (a
   * pointer to a record of that type); the editor owns both and clears
   * them in dispose, and its typed getter returns the record */
  glong        database_offset;
  glong        record_offset;
  /* record → inputs; the form is remembered afterwards */
  void       (*fill_form)   (GtkWindow  *editor);
  /* inputs → record; FALSE with a TX_RECORD_ERROR, the focus on the input
   * to fix */
  gboolean   (*read_form)   (GtkWindow  *editor,
                             GError    **error);
  /* the defaults of a new record (e.g. today's date); NULL when a blank
   * record is right */
  void       (*prepare_new) (TxRecord   *record);
  /* through N_(), shown through _() */
  const char  *new_title;        /* "New Visit" */
  const char  *open_failed;      /* "The visit could not be opened" */
  const char  *reload_failed;    /* "The visit could not be reloaded" */
} TxRecordEditorClassInfo;

/* Remembers @info (static: it is kept for the class's lifetime), adds the
 * "saved" signal (no arguments), and installs "editor.save" (read the form,
 * tx_editor_save, "saved" and close) and the default "editor.cancel" with
 * tx_editor_class_add_save_and_cancel(). */
void        tx_record_editor_class_setup    (GtkWidgetClass                *widget_class,
                                             const TxRecordEditorClassInfo *info);
/* Loads @uuid into the editor's record and fills the form. */
gboolean    tx_record_editor_load           (GtkWindow     *editor,
                                             const char    *uuid,
                                             GError       **error);
/* Opens @uuid, or a new record (prepare_new, new_title) when NULL, once the
 * editor's database and inputs are set up. When @uuid cannot be loaded the
 * error is shown over the editor's parent, the editor gets a blank record
 * (its getter never returns NULL) and is destroyed on idle. */
void        tx_record_editor_open           (GtkWindow     *editor,
                                             const char    *uuid);

/* ---- saving with a conflict bar ---------------------------------------------- */

/* The meeting editors stay open after a save (a new meeting is saved before
 * a suggestion is raised at it) and show a conflict in the form instead of
 * a question: a revealer (name "conflict-bar") holding a label and buttons
 * for "editor.reload" (重新载入) and "editor.overwrite" (覆盖保存). */

/* Writes the form's record with @flags; FALSE (the user told, the input
 * kept) when nothing was written. */
typedef gboolean (*TxEditorSaveFunc) (GtkWindow   *editor,
                                      TxSaveFlags  flags);

/* Installs "editor.save" (@save with TX_SAVE_CHECK_CONFLICT) and
 * "editor.overwrite" (@save with TX_SAVE_DEFAULT), both closing the editor
 * once saved, "editor.reload" (@reload, which reads the record again and
 * refills the form, hiding the bar) and "editor.cancel" (@cancel), with
 * Ctrl+S and Escape. */
void        tx_editor_class_add_conflict_bar (GtkWidgetClass              *widget_class,
                                              TxEditorSaveFunc             save,
                                              TxEditorDone                 reload,
                                              GtkWidgetActionActivateFunc  cancel);
/* Saves @record with @flags. A conflict reveals @bar, @label saying what
 * happened and what its buttons do; any other error is shown under
 * @failure. Hides @bar when saved. */
gboolean    tx_editor_save_in_form          (GtkWindow    *editor,
                                             TxDatabase   *db,
                                             TxRecord     *record,
                                             TxSaveFlags   flags,
                                             GtkRevealer  *bar,
                                             GtkLabel     *label,
                                             const char   *failure);

/* ---- closing --------------------------------------------------------------- */

/* Destroys @editor from the main loop: for an editor whose record could not
 * be opened (the caller still holds it), or after a dialog of its own. */
void        tx_editor_destroy_later         (GtkWindow    *editor);
/* Installs "editor.save" (@save) and "editor.cancel" (@cancel; NULL closes
 * the window, asking first if tx_editor_form_changed()) and binds Ctrl+S
 * and Escape to them. */
void        tx_editor_class_add_save_and_cancel (GtkWidgetClass              *widget_class,
                                                 GtkWidgetActionActivateFunc  save,
                                                 GtkWidgetActionActivateFunc  cancel);
/* Connects @changed (swapped, on @data) to every entry, text view and
 * drop-down below @widget, except those in @skip (NULL-terminated: inputs
 * that only prepare an action, like the choice before an Add button). */
void        tx_editor_watch_changes         (GtkWidget    *widget,
                                             GtkWidget   **skip,
                                             GCallback     changed,
                                             gpointer      data);
/* Remembers what the form's inputs hold (after the editor filled them):
 * the default "editor.cancel" then asks before closing when they differ.
 * Inputs are entries, text views, drop-downs, check buttons and the rows
 * of list and flow boxes; labels are not inputs. */
void        tx_editor_remember_form         (GtkWindow    *editor);
gboolean    tx_editor_form_changed          (GtkWindow    *editor);
/* Asks whether to discard the unsaved changes (@detail: "The changes to
 * this meeting have not been saved."); 放弃 destroys @editor. */
void        tx_editor_ask_discard           (GtkWindow    *editor,
                                             const char   *detail);

/* ---- inputs ---------------------------------------------------------------- */

typedef enum
{
  TX_TEXT_KEEP_ALL       = 0,
  /* trailing blank lines and spaces carry nothing; leading spaces may be
   * indentation and are kept */
  TX_TEXT_DROP_TRAILING  = 1 << 0,
} TxTextFlags;

/* the text, NULL when blank */
char       *tx_text_view_dup_text           (GtkTextView  *view);
char       *tx_text_view_dup_text_full      (GtkTextView  *view,
                                             TxTextFlags   flags);
void        tx_text_view_set_text           (GtkTextView  *view,
                                             const char   *text);

/* A date typed as offices write it (see tx_civil_date_parse) into its
 * storage form; blank → NULL and TRUE. @what names the field in the error. */
gboolean    tx_parse_date_entry             (GtkEditable  *entry,
                                             const char   *what,
                                             char        **out,
                                             GError      **error);
/* "9:05", "09:05", "9：05", "0905" → "09:05"; blank → NULL and TRUE. */
gboolean    tx_parse_time_entry             (GtkEditable  *entry,
                                             const char   *what,
                                             char        **out,
                                             GError      **error);
/* ISO date → what the form shows (the stored form: "2026-03-12"). */
void        tx_date_entry_set               (GtkEditable  *entry,
                                             const char   *iso);

/* A drop-down of names (first "—" when @allow_empty); the uuids are kept on
 * the widget. @refs holds TxNameRef. */
void        tx_name_drop_down_setup         (GtkDropDown  *drop_down,
                                             GPtrArray    *refs,
                                             gboolean      allow_empty);
/* a @uuid that is not offered is added as @name_if_missing, so that saving
 * keeps it */
void        tx_name_drop_down_set_uuid      (GtkDropDown  *drop_down,
                                             const char   *uuid,
                                             const char   *name_if_missing);
const char *tx_name_drop_down_get_uuid      (GtkDropDown  *drop_down);

G_END_DECLS
