/* tx-documents-private.h — what the document builders share
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/model/tx-person-filter.h"
#include "core/model/tx-record.h"

#include "tx-documents.h"

G_BEGIN_DECLS

/* a report titled @title with the office's name in its header */
TxReport  *_tx_document_new            (TxDatabase          *db,
                                        const char          *title);
/* People of @uuids (NULL-terminated) in @sort order, trash excluded:
 * their row ids. */
GArray    *_tx_document_people_ids     (TxDatabase          *db,
                                        const TxPersonFilter *filter,
                                        const char * const  *uuids,
                                        TxPersonSort         sort,
                                        GCancellable        *cancellable,
                                        GError             **error);
TxRecord  *_tx_document_load           (TxDatabase          *db,
                                        GType                type,
                                        const char          *uuid,
                                        GError             **error);
/* "1965.03" from "1965-03-12" */
char      *_tx_document_year_month     (const char          *iso_date);
/* "2026年6月30日" from "2026-06-30" ("" for NULL) */
char      *_tx_document_long_date      (const char          *iso_date);
/* "work unit post", either may be missing */
char      *_tx_document_unit_and_post  (const char          *unit,
                                        const char          *post);
/* the names of a person's categories joined with "、" */
char      *_tx_document_category_names (TxRecord            *person);
const char *_tx_document_text          (const char          *text);

G_END_DECLS
