/* tx-suggestion-editor.h — the editor of one suggestion and its handling
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tx-record-editor.h"

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_SUGGESTION_EDITOR (tx_suggestion_editor_get_type ())
G_DECLARE_FINAL_TYPE (TxSuggestionEditor, tx_suggestion_editor, TX, SUGGESTION_EDITOR, TxRecordEditor)

/* The editor of the suggestion @uuid (NULL: a new one) over @parent: saving,
 * "saved" (uuid), Escape and a @uuid that cannot be loaded are
 * TxRecordEditor's. */
GtkWindow          *tx_suggestion_editor_new (GtkWindow  *parent,
                                              TxDatabase *db,
                                              const char *uuid);
/* A new suggestion raised at the meeting @consultation_uuid (channel 会议提出). */
TxSuggestionEditor *tx_suggestion_editor_new_raised_at (GtkWindow  *parent,
                                                        TxDatabase *db,
                                                        const char *consultation_uuid);

G_END_DECLS
