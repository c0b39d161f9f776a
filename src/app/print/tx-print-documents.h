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

/* The documents of one record (or one year) */
typedef enum
{
  TX_DOCUMENT_SIGNIN_SHEET,        /* of activity_uuid or consultation_uuid */
  TX_DOCUMENT_MINUTES,             /* of consultation_uuid */
  TX_DOCUMENT_REGISTRATION_SHEET,  /* of person_uuid */
  TX_DOCUMENT_SUMMARY,             /* of year */
} TxDocumentKind;

/* what to print: the kind and the fields it names (the others unset) */
typedef struct
{
  TxDocumentKind  kind;
  const char     *activity_uuid;
  const char     *consultation_uuid;
  const char     *person_uuid;
  int             year;
} TxDocumentRequest;

/* @request is copied */
TxPrintPreview *tx_print_document      (GtkWindow               *parent,
                                        TxDatabase              *db,
                                        const TxDocumentRequest *request);

G_END_DECLS
