/* tx-csv-mapping.h — roster columns and the values in them, as offices write
 * them, onto the archive's fields and codes
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"

G_BEGIN_DECLS

/* What a column of a roster fills in. */
typedef enum
{
  TX_CSV_TARGET_NONE,            /* not imported */
  TX_CSV_TARGET_SERIAL,          /* 序号: recognised, never imported */
  TX_CSV_TARGET_NAME,
  TX_CSV_TARGET_FORMER_NAME,
  TX_CSV_TARGET_GENDER,
  TX_CSV_TARGET_ETHNICITY,
  TX_CSV_TARGET_BIRTH_DATE,
  TX_CSV_TARGET_NATIVE_PLACE,
  TX_CSV_TARGET_DOCUMENT_TYPE,
  TX_CSV_TARGET_DOCUMENT_NUMBER,
  TX_CSV_TARGET_POLITICAL_STATUS,
  TX_CSV_TARGET_PARTY_JOINED,
  TX_CSV_TARGET_RELIGION,
  TX_CSV_TARGET_EDUCATION,
  TX_CSV_TARGET_DEGREE,
  TX_CSV_TARGET_PROFESSIONAL_TITLE,
  TX_CSV_TARGET_WORK_UNIT,
  TX_CSV_TARGET_WORK_POST,
  TX_CSV_TARGET_WORK_UNIT_AND_POST,
  TX_CSV_TARGET_SECTOR,
  TX_CSV_TARGET_PHONE,
  TX_CSV_TARGET_PHONE_OTHER,
  TX_CSV_TARGET_ADDRESS,
  TX_CSV_TARGET_COMMUNITY,
  TX_CSV_TARGET_CATEGORIES,
  TX_CSV_TARGET_REPRESENTATIVE,
  TX_CSV_TARGET_KEY_PERSON,
  TX_CSV_TARGET_STATUS,
  TX_CSV_TARGET_SKILLS,
  TX_CSV_TARGET_HEALTH,
  TX_CSV_TARGET_NOTES,
  TX_CSV_N_TARGETS
} TxCsvTarget;

/* A stable English key ("birth-date", for command lines and scripts). */
const char  *tx_csv_target_key        (TxCsvTarget   target);
/* The translated label ("出生日期"). */
const char  *tx_csv_target_label      (TxCsvTarget   target);
/* The header Tongxin writes for the target on export ("出生日期"), or NULL. */
const char  *tx_csv_target_header     (TxCsvTarget   target);
/* TX_CSV_TARGET_NONE when @key is not a target's key */
TxCsvTarget  tx_csv_target_from_key   (const char   *key);

/* The target of a header cell as offices write it: 身份证号, 公民身份号码,
 * 出生年月, 联系电话（手机）, "出生\n日期" … (spaces, line breaks and a
 * bracketed remark are disregarded). TX_CSV_TARGET_NONE if unknown. */
TxCsvTarget  tx_csv_header_target     (const char   *header);

/* Full-width letters, digits and punctuation to ASCII, the ideographic and
 * no-break spaces to spaces, then spaces and tabs trimmed at both ends. */
char        *tx_csv_fold              (const char   *text);

/* Value → code, each NULL with @error set (a translated message quoting the
 * value, without the field's name) when the value is not understood. @text is folded already. */
char        *tx_csv_map_gender        (const char   *text,
                                       GError      **error);
char        *tx_csv_map_ethnicity     (TxDatabase   *db,
                                       const char   *text,
                                       GError      **error);
char        *tx_csv_map_political     (TxDatabase   *db,
                                       const char   *text,
                                       GError      **error);
char        *tx_csv_map_education     (TxDatabase   *db,
                                       const char   *text,
                                       GError      **error);
/* any other code table, by name or code: religion, degree, document type,
 * person status */
char        *tx_csv_map_code          (TxDatabase   *db,
                                       const char   *kind,
                                       const char   *text,
                                       GError      **error);
/* "是" / "否" and their usual spellings */
gboolean     tx_csv_map_flag          (const char   *text,
                                       gboolean     *out,
                                       GError      **error);

/* Categories separated by 、，,;； or /, by current name, code, short name
 * or one of the fifteen older categories. A NULL-terminated, sorted array
 * of codes. @legacy (may be NULL) receives, for each older name used, the
 * name → (GINT_TO_POINTER) count of uses in this cell added to it. */
GStrv        tx_csv_map_categories    (TxDatabase   *db,
                                       const char   *text,
                                       GHashTable   *legacy,
                                       GError      **error);

/* A civil date in the usual Chinese forms, stored form "1965-03-12",
 * "1965-03" or "1965". */
char        *tx_csv_map_date          (const char   *text,
                                       GError      **error);

/* TRUE when Excel has turned a long number into floating point
 * ("1.10102E+17", "1.38E+10"): the lost digits cannot be recovered. */
gboolean     tx_csv_is_excel_number   (const char   *text);

G_END_DECLS
