/* tx-civil-date.h — civil dates (no time zone) as Chinese offices write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TX_DATE_ERROR (tx_date_error_quark ())

typedef enum
{
  TX_DATE_ERROR_FORMAT,  /* not a date in any accepted form */
  TX_DATE_ERROR_RANGE,   /* well formed, but no such day (or outside 1850–2200) */
} TxDateError;

/* Supported years; anything outside is almost certainly a typing mistake. */
#define TX_CIVIL_DATE_MIN_YEAR 1850
#define TX_CIVIL_DATE_MAX_YEAR 2200

/* A calendar day with no time and no time zone.  Birth dates on paper forms
 * are often given to the month only, sometimes to the year only:
 *   day == 0                 year-month  (1965-03)
 *   month == 0 && day == 0   year only   (1965)
 * A day without a month is never valid.
 */
typedef struct
{
  int year;
  int month;
  int day;
} TxCivilDate;

GQuark    tx_date_error_quark         (void);

/* Accepts, with surrounding spaces and full-width digits and punctuation:
 *   1965-03-12  1965-3-12  1965.3.12  1965/3/12  19650312
 *   1965年3月12日  1965年3月12号  1965年3月12
 *   1965-03  1965.3  1965/3  1965年3月  1965年  1965
 * The separator must be the same throughout.  Six-digit runs such as 196503
 * are refused: they are as likely to be YYMMDD as YYYYMM.  Empty text is a
 * TX_DATE_ERROR_FORMAT error.  @out is only written on success and may be
 * NULL to just check the text.
 */
gboolean  tx_civil_date_parse         (const char         *text,
                                       TxCivilDate        *out,
                                       GError            **error);

/* Storage form: "1965-03-12", "1965-03" or "1965". */
char     *tx_civil_date_to_iso        (const TxCivilDate  *date);

/* Parse + to_iso.  Returns NULL without setting @error when @text is NULL,
 * empty or only spaces (an optional field left blank); NULL with @error set
 * when the text is not a date. */
char     *tx_civil_date_normalize     (const char         *text,
                                       GError            **error);

/* A time of day as offices write it, with the same folding of full-width
 * digits and punctuation: "9:05", "09:05", "9：05", "9.05", "0905", "9点05",
 * "9点05分", "9点", "9时".  Returns the storage form "09:05"; NULL without
 * setting @error for blank text; NULL with a TX_DATE_ERROR otherwise. */
char     *tx_civil_time_normalize     (const char         *text,
                                       GError            **error);

/* Display form, translated: "12 March 1965", "March 1965", "1965" in
 * English; "1965年3月12日", "1965年3月", "1965年" in Chinese. */
char     *tx_civil_date_format        (const TxCivilDate  *date);

/* Translated month name, 1–12 ("March"; "3月" in Chinese); NULL otherwise. */
const char *tx_civil_date_month_name  (int                 month);

/* TRUE for a full date, a year-month (day 0) or a year (month 0, day 0)
 * within TX_CIVIL_DATE_MIN_YEAR..TX_CIVIL_DATE_MAX_YEAR. */
gboolean  tx_civil_date_is_valid      (int                 year,
                                       int                 month,
                                       int                 day);

gboolean  tx_civil_date_is_leap_year  (int                 year);

/* Proleptic Gregorian; 0 when @month is not 1–12. */
int       tx_civil_date_days_in_month (int                 year,
                                       int                 month);

/* -1, 0 or 1.  A missing month or day counts as 0, so a partial date sorts
 * just before the full dates it contains: 1965 < 1965-01 < 1965-01-01. */
int       tx_civil_date_compare       (const TxCivilDate  *a,
                                       const TxCivilDate  *b);

/* Age in full years (周岁) on @on.  A missing month or day counts as the 1st.
 * A 29 February birthday falls on 1 March in common years.  Returns -1 when
 * @birth is after @on. */
int       tx_civil_date_age           (const TxCivilDate  *birth,
                                       const TxCivilDate  *on);

/* Today in the local time zone. */
void      tx_civil_date_today         (TxCivilDate        *out);
/* today as stored: "2026-11-27" (local date) */
char     *tx_civil_date_dup_today_iso (void);

/* Strict "YYYY", "YYYY-MM" or "YYYY-MM-DD", zero-padded, as stored in the
 * database, and a valid date.  @out is only written on success. */
gboolean  tx_civil_date_from_iso      (const char         *iso,
                                       TxCivilDate        *out);

/* Julian Day Number (2000-01-01 is 2451545), for differences in days.
 * Requires a full date: a partial one is a programming error (critical
 * warning, returns 0). */
int       tx_civil_date_to_julian     (const TxCivilDate  *date);
/* The full date of a Julian Day Number. */
void      tx_civil_date_from_julian   (int                 julian,
                                       TxCivilDate        *out);

G_END_DECLS
