/* tx-code-drop-down.h — a drop-down of one code table (性别, 民族, 政治面貌 …)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TX_TYPE_CODE_DROP_DOWN (tx_code_drop_down_get_type ())
G_DECLARE_FINAL_TYPE (TxCodeDropDown, tx_code_drop_down, TX, CODE_DROP_DOWN, GtkWidget)

/* One GtkDropDown showing the names of the code table "code-table"
 * (TX_CODE_…), first "—" (no code; "empty-label" says it otherwise)
 * while "allow-empty" (the default).
 * "code" is the chosen code, NULL for "—"; setting a code the table does
 * not have chooses the first row. A long table (the 56 ethnic groups …)
 * is searched by typing a name. The labels whose mnemonic widget it is
 * name its drop-down for screen readers. */
GtkWidget   *tx_code_drop_down_new            (const char     *code_table,
                                               gboolean        allow_empty);

const char  *tx_code_drop_down_get_code_table (TxCodeDropDown *self);
void         tx_code_drop_down_set_code_table (TxCodeDropDown *self,
                                               const char     *code_table);
gboolean     tx_code_drop_down_get_allow_empty (TxCodeDropDown *self);
void         tx_code_drop_down_set_allow_empty (TxCodeDropDown *self,
                                                gboolean        allow_empty);
/* NULL: "—" */
const char  *tx_code_drop_down_get_empty_label (TxCodeDropDown *self);
void         tx_code_drop_down_set_empty_label (TxCodeDropDown *self,
                                                const char     *empty_label);
/* only these codes of the table, in this order (NULL: the whole table) */
const char * const *tx_code_drop_down_get_only_codes (TxCodeDropDown     *self);
void         tx_code_drop_down_set_only_codes (TxCodeDropDown     *self,
                                               const char * const *codes);
const char  *tx_code_drop_down_get_code       (TxCodeDropDown *self);
void         tx_code_drop_down_set_code       (TxCodeDropDown *self,
                                               const char     *code);
/* the drop-down inside (borrowed), for its accessible name and for tests */
GtkDropDown *tx_code_drop_down_get_drop_down  (TxCodeDropDown *self);

G_END_DECLS
