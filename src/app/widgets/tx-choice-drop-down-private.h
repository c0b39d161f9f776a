/* tx-choice-drop-down-private.h — what TxCodeDropDown and
 * TxCommunityDropDown share: a GtkDropDown of names with a key per row
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The row of @keys (char *, NULL for "—") equal to @key, or
 * GTK_INVALID_LIST_POSITION. */
guint       _tx_choice_find          (GPtrArray   *keys,
                                      const char  *key);
/* the key of the chosen row, NULL when none is */
const char *_tx_choice_get_key       (GtkDropDown *drop_down,
                                      GPtrArray   *keys);
/* The wrapper (@widget) takes the focus and mnemonics for its drop-down,
 * and its mnemonic labels name the drop-down: call from class_init. */
void        _tx_choice_class_forward (GtkWidgetClass *widget_class);
/* from the wrapper's "root": the labels that name the wrapper name the
 * drop-down too */
void        _tx_choice_name_drop_down (GtkWidget   *wrapper,
                                       GtkDropDown *drop_down);

G_END_DECLS
