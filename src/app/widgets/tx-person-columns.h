/* tx-person-columns.h — the cells of a list of people (the archive, the
 * person picker)
 *
 * The columns are written in each list's .ui: its cells bind typed
 * <lookup>s on TxPerson properties (the community's name is the joined
 * property "community-name") through these closures:
 *   tx_person_text (s)              the text, "" for none
 *   tx_person_code_name (code, kind) a code's name in its table
 *   tx_person_date (iso)            a civil date, 1965年3月12日
 *   tx_person_categories (person)   the categories, 、-separated
 *   tx_person_work (unit, post)     work unit and post
 *   tx_person_phone_masked (phone)  138****8000
 *   tx_person_mark (representative, key-person)  ★ and 重点
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Binds the closures above in @widget_class's template scope. */
void tx_person_columns_bind_closures (GtkWidgetClass *widget_class);

G_END_DECLS
