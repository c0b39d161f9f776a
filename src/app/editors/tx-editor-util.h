/* tx-editor-util.h — inputs the editors share: long texts, dates, times
 * (the editor itself is TxRecordEditor)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"
#include "core/model/tx-record.h"
#include "core/db/tx-store.h"

#include "app/widgets/tx-date-entry.h"

G_BEGIN_DECLS

/* ---- inputs ---------------------------------------------------------------- */

typedef enum
{
  TX_TEXT_KEEP_ALL       = 0,
  /* trailing blank lines and spaces carry nothing; leading spaces may be
   * indentation and are kept */
  TX_TEXT_DROP_TRAILING  = 1 << 0,
} TxTextFlags;

/* the text, NULL when blank */
char       *tx_text_view_dup_text           (GtkTextView  *view);
char       *tx_text_view_dup_text_full      (GtkTextView  *view,
                                             TxTextFlags   flags);
void        tx_text_view_set_text           (GtkTextView  *view,
                                             const char   *text);

/* "9:05", "09:05", "9：05", "0905" → "09:05"; blank → NULL and TRUE. */
gboolean    tx_parse_time_entry             (GtkEditable  *entry,
                                             const char   *what,
                                             char        **out,
                                             GError      **error);
/* Marks @input as wrong, @message shown in @label below it and said by
 * screen readers; NULL clears the mark. */
void        tx_field_set_error              (GtkWidget    *input,
                                             GtkLabel     *label,
                                             const char   *message);
/* Validates a date field and says what is wrong in @error_label
 * (tx_field_set_error); blank is fine. */
gboolean    tx_date_field_check             (TxDateEntry  *entry,
                                             GtkLabel     *error_label);
/* The date of a date field, or the raw text when it is no date
 * (tx_date_field_check refuses that before anything is saved). */
char       *tx_date_field_dup_value         (TxDateEntry  *entry);

G_END_DECLS
