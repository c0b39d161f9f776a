/* tx-record-cells.c — the cells that every list page's .ui may use
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/model/tx-codes.h"

#include "app/tx-app-util.h"
#include "tx-record-cells.h"

static char *
tx_cell_date (gpointer    this,
              const char *iso)
{
  return tx_format_date (iso);
}

/* nothing for a code the table does not have */
static char *
tx_cell_code (gpointer    this,
              const char *code,
              const char *table)
{
  return g_strdup (tx_code_table_name (table, code));
}

void
tx_record_cells_bind_closures (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, tx_cell_date);
  gtk_widget_class_bind_template_callback (widget_class, tx_cell_code);
}
