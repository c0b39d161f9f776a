/* tx-pairing-editor.h — the window that creates or edits one pairing
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"
#include "core/model/tx-pairing.h"
#include "tx-record-editor.h"

G_BEGIN_DECLS

#define TX_TYPE_PAIRING_EDITOR (tx_pairing_editor_get_type ())
G_DECLARE_FINAL_TYPE (TxPairingEditor, tx_pairing_editor, TX, PAIRING_EDITOR, TxRecordEditor)

/* The editor of the pairing @uuid (NULL: a new one) over @parent: saving,
 * "saved", Escape and a @uuid that cannot be loaded are TxRecordEditor's. */
GtkWindow  *tx_pairing_editor_new (GtkWindow  *parent,
                                   TxDatabase *db,
                                   const char *uuid);

/* A new pairing about @person_uuid (the person editor's 记录走访 and the
 * page's create_for_person). */
GtkWindow  *tx_pairing_editor_new_for_person (GtkWindow  *parent,
                                              TxDatabase *db,
                                              const char *person_uuid);

G_END_DECLS
