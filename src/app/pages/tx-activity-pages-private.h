/* tx-activity-pages-private.h — what the tests of the activity, visit,
 * staff and pairing pages and editors reach into
 *
 * What those pages and editors share is in tx-record-list-page.h and
 * tx-editor-util.h (the conflict responses the tests answer with too).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "app/editors/tx-editor-util.h"
#include "tx-page.h"
#include "app/editors/tx-activity-editor.h"
#include "app/editors/tx-pairing-editor.h"
#include "app/editors/tx-visit-editor.h"

G_BEGIN_DECLS

/* ---- for tests --------------------------------------------------------- */

/* adds a participant as the person picker would (state 邀请 "1") */
void          _tx_activity_editor_add_participant (TxActivityEditor *self,
                                                   const char       *person_uuid);
/* adds a photo as the file chooser would; FALSE with @error when the file
 * cannot be read or is no image */
gboolean      _tx_activity_editor_add_photo_file (TxActivityEditor *self,
                                                  GFile            *file,
                                                  GError          **error);
/* the state drop-down of the participant row @index */
GtkDropDown  *_tx_activity_editor_get_state_drop_down (TxActivityEditor *self,
                                                       guint             index);
void          _tx_visit_editor_set_person   (TxVisitEditor   *self,
                                             const char      *person_uuid);
void          _tx_pairing_editor_set_person (TxPairingEditor *self,
                                             const char      *person_uuid);
/* adds an empty contact row and returns its date entry, mode drop-down and
 * note entry */
void          _tx_pairing_editor_add_contact (TxPairingEditor *self,
                                              GtkEditable    **date,
                                              GtkDropDown    **mode,
                                              GtkEditable    **note);

G_END_DECLS
