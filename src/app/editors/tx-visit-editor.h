/* tx-visit-editor.h — the window that creates or edits one visit
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"
#include "core/model/tx-visit.h"
#include "tx-record-editor.h"

G_BEGIN_DECLS

#define TX_TYPE_VISIT_EDITOR (tx_visit_editor_get_type ())
G_DECLARE_FINAL_TYPE (TxVisitEditor, tx_visit_editor, TX, VISIT_EDITOR, TxRecordEditor)

/* The editor of the visit @uuid (NULL: a new one) over @parent: saving,
 * "saved", Escape and a @uuid that cannot be loaded are TxRecordEditor's. */
GtkWindow  *tx_visit_editor_new (GtkWindow  *parent,
                                 TxDatabase *db,
                                 const char *uuid);

/* A new visit about @person_uuid (the person editor's 记录走访 and the
 * page's create_for_person). */
GtkWindow  *tx_visit_editor_new_for_person (GtkWindow  *parent,
                                            TxDatabase *db,
                                            const char *person_uuid);

/* A new holiday visit (三必访) about @person_uuid, with the holiday code
 * and year filled in (the overview's holiday reminders). */
GtkWindow  *tx_visit_editor_new_for_holiday (GtkWindow  *parent,
                                             TxDatabase *db,
                                             const char *person_uuid,
                                             const char *holiday,
                                             int         year);

G_END_DECLS
