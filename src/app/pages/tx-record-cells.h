/* tx-record-cells.h — the cells that every list page's .ui may use
 *
 * A TxRecordListPage subclass's columns bind typed <lookup>s on record
 * properties; values that are shown otherwise than stored go through
 * these closures (tx_record_list_page_class_set_template() binds them):
 *   tx_cell_date (iso)          a civil date, 2026年2月10日; "" for none
 *   tx_cell_code (code, table)  a code's name in its table (a constant
 *                               argument: <constant type="gchararray">)
 * A page's own closures (a visit's reason, a suggestion's state) live in
 * the page.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Binds the closures above in @widget_class's template scope. */
void tx_record_cells_bind_closures (GtkWidgetClass *widget_class);

G_END_DECLS
