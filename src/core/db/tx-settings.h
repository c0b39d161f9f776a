/* tx-settings.h — office-wide settings stored in the database
 *
 * The office's identity, reminder thresholds and required meeting counts
 * belong to the data: the CLI and every copy of the file see the same
 * values. (GSettings holds only one user's window state.)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-database.h"

G_BEGIN_DECLS

#define TX_SETTING_OFFICE_NAME              "office.name"
#define TX_SETTING_OFFICE_LEVEL             "office.level"   /* office-level code */
#define TX_SETTING_OFFICE_CODE              "office.code"    /* 12-digit area code */
#define TX_SETTING_OFFICE_STREET            "office.street"
#define TX_SETTING_VISIT_INTERVAL_DAYS      "reminder.visit-interval-days"
#define TX_SETTING_SUGGESTION_WARNING_DAYS  "reminder.suggestion-warning-days"
/* reminders: people this old are due holiday visits (default 70); a
 * pairing with no contact logged for this many days (default 90) */
#define TX_SETTING_ELDERLY_AGE              "reminder.elderly-age"
#define TX_SETTING_PAIRING_CONTACT_DAYS     "reminder.pairing-contact-days"
#define TX_SETTING_CONSULTATIONS_PER_YEAR   "meetings.consultations-per-year"
#define TX_SETTING_BRIEFINGS_PER_YEAR       "meetings.briefings-per-year"

char     *tx_settings_dup     (TxDatabase  *db,
                               const char  *key);
int       tx_settings_get_int (TxDatabase  *db,
                               const char  *key,
                               int          fallback);
gboolean  tx_settings_set     (TxDatabase  *db,
                               const char  *key,
                               const char  *value,
                               GError     **error);
/* Several settings in one transaction (one user action): all of them or
 * none. @pairs is key, value, key, value … NULL-terminated (a NULL value
 * is not allowed: "" clears a setting). */
gboolean  tx_settings_set_all (TxDatabase         *db,
                               const char * const *pairs,
                               GError            **error);

G_END_DECLS
