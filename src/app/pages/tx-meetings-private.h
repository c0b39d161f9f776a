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
G_END_DECLS
