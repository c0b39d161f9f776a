/* tx-person-picker.h — a modal window to choose one or more people
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_PERSON_PICKER (tx_person_picker_get_type ())
G_DECLARE_FINAL_TYPE (TxPersonPicker, tx_person_picker, TX, PERSON_PICKER, GtkWindow)

/* @uuids: the chosen persons' uuids, NULL if cancelled; owned by the picker
 * (copy what you keep). */
typedef void (*TxPersonPickerCallback) (GStrv    uuids,
                                        gpointer user_data);

/* Shows a modal picker over @parent; @exclude_uuids (may be NULL) are not
 * offered (e.g. people already on the roster). @callback is called exactly
 * once, when the user confirms or cancels. */
void tx_person_picker_choose (GtkWindow              *parent,
                              TxDatabase             *db,
                              gboolean                multiple,
                              const char * const     *exclude_uuids,
                              TxPersonPickerCallback  callback,
                              gpointer                user_data);

G_END_DECLS
