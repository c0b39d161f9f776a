/* tx-consultation-editor.h — the editor of one consultation meeting
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tx-record-editor.h"

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_CONSULTATION_EDITOR (tx_consultation_editor_get_type ())
G_DECLARE_FINAL_TYPE (TxConsultationEditor, tx_consultation_editor, TX, CONSULTATION_EDITOR, TxRecordEditor)

/* The editor of the meeting @uuid (NULL: a new one) over @parent: saving,
 * "saved" (uuid), Escape and a @uuid that cannot be loaded are
 * TxRecordEditor's. */
GtkWindow            *tx_consultation_editor_new (GtkWindow  *parent,
                                                  TxDatabase *db,
                                                  const char *uuid);
/* NULL while a new meeting has not been saved */
const char           *tx_consultation_editor_get_uuid (TxConsultationEditor *self);

G_END_DECLS
