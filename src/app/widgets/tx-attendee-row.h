/* tx-attendee-row.h — one person (or staff member) on a list of attendees:
 * an activity's participants, a meeting's attendees
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tx-code-drop-down.h"

G_BEGIN_DECLS

#define TX_TYPE_ATTENDEE_ROW (tx_attendee_row_get_type ())
G_DECLARE_FINAL_TYPE (TxAttendeeRow, tx_attendee_row, TX, ATTENDEE_ROW, GtkListBoxRow)

/* A row naming @name (a person's when @person_uuid is set, else a staff
 * member's), its state a code of @state_table, and a note it keeps
 * unseen. Its remove button takes it out of its list, then "removed" is
 * emitted; "notify::state" follows the drop-down. */
GtkWidget      *tx_attendee_row_new            (const char    *state_table,
                                                const char    *person_uuid,
                                                const char    *staff_uuid,
                                                const char    *name,
                                                const char    *state,
                                                const char    *note);
/* "Person" / "Staff" beside the name (NULL: nothing) */
void            tx_attendee_row_set_kind_label (TxAttendeeRow *self,
                                                const char    *kind_label);
/* what screen readers and tooltips say of the state drop-down and of the
 * remove button (each may be NULL) */
void            tx_attendee_row_describe       (TxAttendeeRow *self,
                                                const char    *state_label,
                                                const char    *state_tooltip,
                                                const char    *remove_label);

const char     *tx_attendee_row_get_person_uuid (TxAttendeeRow *self);
const char     *tx_attendee_row_get_staff_uuid (TxAttendeeRow *self);
const char     *tx_attendee_row_get_state      (TxAttendeeRow *self);
const char     *tx_attendee_row_get_note       (TxAttendeeRow *self);
TxCodeDropDown *tx_attendee_row_get_state_drop_down (TxAttendeeRow *self);

/* the rows of @list, in order (borrowed TxAttendeeRow) */
GPtrArray      *tx_attendee_row_list           (GtkListBox    *list);

G_END_DECLS
