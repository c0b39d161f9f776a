/* tx-meetings-private.h — internals of the consultation and suggestion
 * pages and editors that the tests drive directly
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "app/editors/tx-consultation-editor.h"
#include "tx-consultation-page.h"
#include "app/editors/tx-suggestion-editor.h"
#include "tx-suggestion-page.h"

G_BEGIN_DECLS

/* What the person picker's callback does with the chosen people. */
void _tx_consultation_editor_add_people   (TxConsultationEditor *self,
                                           const char * const   *uuids);
/* What the toast's 撤销 button does: restore the last trashed record. */
void _tx_consultation_page_undo_trash     (TxConsultationPage   *self);
void _tx_suggestion_page_undo_trash       (TxSuggestionPage     *self);
/* Selects the row at @position (the record Delete acts on). */
void _tx_consultation_page_select         (TxConsultationPage   *self,
                                           guint                 position);
void _tx_suggestion_page_select           (TxSuggestionPage     *self,
                                           guint                 position);

G_END_DECLS
