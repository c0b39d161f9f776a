/* tx-person-editor-private.h — what the tests reach inside the person editor
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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

G_END_DECLS
