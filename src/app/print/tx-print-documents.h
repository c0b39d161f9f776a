/* tx-print-documents.h — open the print preview of each document
 *
 * Each function copies what it is given, builds the document on the
 * database's reading thread and shows it in a TxPrintPreview.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/report/tx-documents.h"

#include "tx-print-preview.h"

G_BEGIN_DECLS

/* A person filter that owns its texts (the archive's point into widgets). */
typedef struct
{
  TxPersonFilter  filter;
  GPtrArray      *strings;
} TxFilterCopy;

void            tx_filter_copy_init    (TxFilterCopy           *copy,
                                        const TxPersonFilter   *filter);
void            tx_filter_copy_clear   (TxFilterCopy           *copy);

/* @options->filter and @options->uuids are copied */
TxPrintPreview *tx_print_roster        (GtkWindow              *parent,
                                        TxDatabase             *db,
                                        const TxRosterOptions  *options);
TxPrintPreview *tx_print_signin_sheet  (GtkWindow              *parent,
                                        TxDatabase             *db,
                                        const char             *activity_uuid,
                                        const char             *consultation_uuid);
TxPrintPreview *tx_print_minutes       (GtkWindow              *parent,
                                        TxDatabase             *db,
                                        const char             *consultation_uuid);
TxPrintPreview *tx_print_registration_sheet (GtkWindow         *parent,
                                        TxDatabase             *db,
                                        const char             *person_uuid);
TxPrintPreview *tx_print_summary       (GtkWindow              *parent,
                                        TxDatabase             *db,
                                        int                     year);

G_END_DECLS
