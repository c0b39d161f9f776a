/* tx-codes.h — the national and local code tables
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"
#include "tx-record.h"

G_BEGIN_DECLS

/* kinds, as named by the files in data/codes/ */
#define TX_CODE_CATEGORY           "category"
#define TX_CODE_GENDER             "gender"
#define TX_CODE_ETHNICITY          "ethnicity"
#define TX_CODE_POLITICAL          "political"
#define TX_CODE_EDUCATION          "education"
#define TX_CODE_DEGREE             "degree"
#define TX_CODE_DOCUMENT_TYPE      "document-type"
#define TX_CODE_PERSON_STATUS      "person-status"
#define TX_CODE_RELIGION           "religion"
#define TX_CODE_ROLE_KIND          "role-kind"
#define TX_CODE_ROLE_LEVEL         "role-level"
#define TX_CODE_CIRCUMSTANCE_KIND  "circumstance-kind"
#define TX_CODE_ACTIVITY_TYPE      "activity-type"
#define TX_CODE_PARTICIPANT_STATE  "participant-state"
#define TX_CODE_CONSULTATION_TYPE  "consultation-type"
#define TX_CODE_ATTENDEE_STATE     "attendee-state"
#define TX_CODE_VISIT_REASON       "visit-reason"
#define TX_CODE_HOLIDAY            "holiday"
#define TX_CODE_SUGGESTION_STATE   "suggestion-state"
#define TX_CODE_SUGGESTION_CHANNEL "suggestion-channel"
#define TX_CODE_SATISFACTION       "satisfaction"
#define TX_CODE_ADOPTION           "adoption"
#define TX_CODE_CONTACT_MODE       "contact-mode"
#define TX_CODE_OFFICE_LEVEL       "office-level"

typedef struct
{
  char *code;
  char *name;
} TxCode;

void        tx_code_free               (TxCode      *code);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxCode, tx_code_free)

/* rows of a kind in their table order; a GPtrArray of TxCode */
GPtrArray  *tx_codes_list              (TxDatabase  *db,
                                        const char  *kind,
                                        GError     **error);
/* the name of a code, or NULL; cached per database */
const char *tx_codes_name              (TxDatabase  *db,
                                        const char  *kind,
                                        const char  *code);
/* the code of a name (import of files that carry names), or NULL */
const char *tx_codes_find              (TxDatabase  *db,
                                        const char  *kind,
                                        const char  *name);
gboolean    tx_codes_is_valid          (TxDatabase  *db,
                                        const char  *kind,
                                        const char  *code);
/* Every coded value of @record — its coded fields and the coded columns of
 * its lists (categories, roles, participant states …) — is a code of its
 * table; otherwise FALSE with a TX_RECORD_ERROR_INVALID that names the
 * field and the value.  tx_store_save() runs this on every save. */
gboolean    tx_codes_check_record      (TxDatabase  *db,
                                        TxRecord    *record,
                                        GError     **error);
/* one of the fifteen older categories (or a current name) → current code */
char       *tx_codes_map_category      (TxDatabase  *db,
                                        const char  *name);

/* The same tables straight from the data files, without a database: the
 * codes are national standards, the same in every office's file, so list
 * cells and drop-downs can name them from anywhere. Thread-safe. */
const char *tx_code_table_name        (const char  *kind,
                                       const char  *code);
/* a GPtrArray of borrowed TxCode, in table order (do not free the rows) */
GPtrArray  *tx_code_table_rows        (const char  *kind);

gboolean    _tx_codes_load_all         (TxDatabase  *db,
                                        GError     **error);

G_END_DECLS
