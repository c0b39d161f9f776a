/* tx-editor-util.h — inputs the editors share: long texts, dates, times,
 * names to choose from (the editor itself is TxRecordEditor)
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
/* A drop-down of names (first "—" when @allow_empty); the uuids are kept on
 * the widget. @refs holds TxNameRef. */
void        tx_name_drop_down_setup         (GtkDropDown  *drop_down,
                                             GPtrArray    *refs,
                                             gboolean      allow_empty);
/* a @uuid that is not offered is added as @name_if_missing, so that saving
 * keeps it */
void        tx_name_drop_down_set_uuid      (GtkDropDown  *drop_down,
                                             const char   *uuid,
                                             const char   *name_if_missing);
const char *tx_name_drop_down_get_uuid      (GtkDropDown  *drop_down);

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
