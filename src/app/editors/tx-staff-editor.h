/* tx-staff-editor.h — the window that creates or edits one staff
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"
#include "core/model/tx-staff.h"
#include "tx-record-editor.h"

G_BEGIN_DECLS

#define TX_TYPE_STAFF_EDITOR (tx_staff_editor_get_type ())
G_DECLARE_FINAL_TYPE (TxStaffEditor, tx_staff_editor, TX, STAFF_EDITOR, TxRecordEditor)

/* The editor of the staff @uuid (NULL: a new one) over @parent: saving,
 * "saved", Escape and a @uuid that cannot be loaded are TxRecordEditor's. */
GtkWindow  *tx_staff_editor_new (GtkWindow  *parent,
                                 TxDatabase *db,
                                 const char *uuid);

G_END_DECLS
