/* tx-person-editor.h — the window that creates or edits one person
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"
#include "core/model/tx-person.h"
#include "tx-record-editor.h"

G_BEGIN_DECLS

#define TX_TYPE_PERSON_EDITOR (tx_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (TxPersonEditor, tx_person_editor, TX, PERSON_EDITOR, TxRecordEditor)

/* A modal editor, transient for @parent, of the person @uuid (NULL: a new
 * person); present it with gtk_window_present().  Header bar with 取消 and
 * 保存 (Ctrl+S); Escape closes, asking first when there are unsaved
 * changes.  The window closes itself after a successful save.
 *
 * Signals:
 *   "saved"        void (const char *uuid)    after a successful save
 *   gboolean "open-record" (const char *entity, const char *uuid)
 *                  a row of 档案记录 was activated; @entity as in
 *                  tx_record_get_entity() ("activity", "visit",
 *                  "consultation", "suggestion", "pairing").  Unless a
 *                  handler returns TRUE, tx_window_open_record() is called
 *                  on @parent when it is a TxWindow.
 *   gboolean "create-visit" (const char *person_uuid)
 *                  记录走访 was clicked; unless a handler returns TRUE,
 *                  tx_window_create_for_person (parent, "visits", uuid).
 *
 * If @uuid cannot be loaded the error is shown and the window is
 * destroyed on idle. */
GtkWindow *tx_person_editor_new        (GtkWindow      *parent,
                                        TxDatabase     *db,
                                        const char     *uuid);

/* The person being edited (borrowed): what was last loaded or saved; the
 * widgets' values are copied into it on save.  For tests. */
TxPerson  *tx_person_editor_get_person (TxPersonEditor *self);

/* TRUE when the widgets differ from the person last loaded or saved. */
gboolean   tx_person_editor_is_modified (TxPersonEditor *self);

G_END_DECLS
