/* tx-idnumber.h — GB 11643 citizen ID numbers (公民身份号码)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An ID number is 18 characters: a 6-digit area code, the birth date as
 * YYYYMMDD, a 3-digit sequence whose last digit is odd for men and even for
 * women, and an ISO 7064 MOD 11-2 check character (0–9 or X).
 *
 * Policy on 15-digit numbers: the first-generation cards issued before 1999
 * carried 15 digits (YYMMDD, always 19YY, and no check digit).  They are all
 * expired, so the archive stores only the 18-digit form.
 * tx_id_number_validate() refuses a 15-digit number with
 * TX_ID_NUMBER_ERROR_OLD_FORMAT and a message saying it can be converted;
 * the caller may then offer tx_id_number_upgrade_15(), which inserts "19"
 * and computes the check digit.  The conversion is never done silently:
 * the person should confirm it against their current card.
 *
 * ID numbers are sensitive: nothing here logs one, and no error message
 * quotes the number; at most its first two digits, one character of it, or
 * the birth date it encodes.
 */

#pragma once

#include <glib.h>

#include "tx-civil-date.h"

G_BEGIN_DECLS

#define TX_ID_NUMBER_ERROR (tx_id_number_error_quark ())

typedef enum
{
  TX_ID_NUMBER_ERROR_LENGTH,
  TX_ID_NUMBER_ERROR_CHARACTERS,
  TX_ID_NUMBER_ERROR_CHECK_DIGIT,
  TX_ID_NUMBER_ERROR_DATE,
  TX_ID_NUMBER_ERROR_AREA,
  TX_ID_NUMBER_ERROR_OLD_FORMAT,
  TX_ID_NUMBER_ERROR_BIRTH_MISMATCH,
  TX_ID_NUMBER_ERROR_GENDER_MISMATCH,
} TxIdNumberError;

GQuark      tx_id_number_error_quark   (void);

/* Removes all spaces, turns full-width characters into ASCII and a
 * lower-case x into X.  Nothing else is changed or checked.  NULL for NULL. */
char       *tx_id_number_normalize     (const char   *text);

/* The check character for the first 17 characters of @first17 (anything
 * after them is ignored): '0'–'9' or 'X'; 0 when fewer than 17 digits. */
char        tx_id_number_compute_check (const char   *first17);

/* The document types (code table document-type) whose number is a GB 11643
 * number. */
#define TX_ID_DOCUMENT_ID_CARD "01"   /* 居民身份证 */
#define TX_ID_DOCUMENT_PERMIT  "02"   /* 港澳台居民居住证 */

/* Checks a normalized 18-character number, in this order: length (a
 * 15-digit number gives TX_ID_NUMBER_ERROR_OLD_FORMAT), characters, area
 * (for an ID card the first two digits are a mainland province-level code:
 * 11–15, 21–23, 31–37, 41–46, 50–54, 61–65; a 港澳台居民居住证 starts with
 * exactly 810000, 820000 or 830000), birth date (exists, not before 1850,
 * not in the future), check character.  Structure comes before the check
 * character so that a typing mistake is reported where it is.
 * tx_id_number_validate() checks an ID card's number. */
gboolean    tx_id_number_validate      (const char   *number,
                                        GError      **error);
gboolean    tx_id_number_validate_for  (const char   *number,
                                        const char   *document_type,
                                        GError      **error);

/* The birth date of an 18-digit number, or of a 15-digit one (19YYMMDD).
 * FALSE when @number has neither shape or the date does not exist.
 * Does not validate the rest of the number. */
gboolean    tx_id_number_birth_date    (const char   *number,
                                        TxCivilDate  *out);

/* GB/T 2261.1 gender code from the sequence digit (17th of 18, 15th of 15):
 * "1" male when odd, "2" female when even; NULL when @number has neither
 * shape.  Does not validate the rest of the number. */
const char *tx_id_number_gender_code   (const char   *number);

/* tx_id_number_validate(), then agreement with the person's record.
 * @birth_date_iso is the stored "YYYY[-MM[-DD]]": only the parts it has are
 * compared; NULL or "" is not checked.  @gender_code is checked only when it
 * is "1" or "2" (0 unknown and 9 unspecified say nothing).  Messages give
 * both values. */
gboolean    tx_id_number_check_record  (const char   *number,
                                        const char   *document_type,
                                        const char   *birth_date_iso,
                                        const char   *gender_code,
                                        GError      **error);

/* Converts a normalized 15-digit first-generation number to 18 digits (see
 * the policy above) and validates the result.  NULL with @error set when
 * @old15 is not 15 digits or the result is not a valid number. */
char       *tx_id_number_upgrade_15    (const char   *old15,
                                        GError      **error);

/* For rosters: 15 characters or more keep the first 6 and the last 4
 * (110101********123X); shorter numbers (passports, permits) keep the last
 * 2, and 4 characters or fewer are masked entirely.  Every character becomes
 * one '*', so the length shows.  NULL for NULL. */
char       *tx_id_number_mask          (const char   *number);

G_END_DECLS
