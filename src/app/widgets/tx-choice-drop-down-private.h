/* tx-choice-drop-down-private.h — what TxCodeDropDown and
 * TxCommunityDropDown share: a widget around one GtkDropDown
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The wrapper (@widget) takes the focus and mnemonics for its drop-down,
 * and its mnemonic labels name the drop-down: call from class_init. */
void        _tx_choice_class_forward (GtkWidgetClass *widget_class);

G_END_DECLS
