/* tx-holidays.h — the holidays of a year, for holiday visits
 *
 * 元旦, 春节, 元宵节, 端午节, 中秋节, 重阳节 and 国庆节 every year (the lunar
 * ones from tx-lunar), and the festivals the office adds with their dates
 * (开斋节, 古尔邦节, 圣诞节 … announced each year), kept in the database.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/text/tx-civil-date.h"
#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_HOLIDAYS_ERROR (tx_holidays_error_quark ())

typedef enum
{
  TX_HOLIDAYS_ERROR_INVALID,   /* not a holiday code, or not a full date */
  TX_HOLIDAYS_ERROR_BUILT_IN,  /* the date of a built-in holiday is computed */
} TxHolidaysError;

/* holiday codes (data/codes/holiday.tsv) */
#define TX_HOLIDAY_NEW_YEAR       "11"   /* 元旦 */
#define TX_HOLIDAY_SPRING         "01"   /* 春节 */
#define TX_HOLIDAY_LANTERN        "02"   /* 元宵节 */
#define TX_HOLIDAY_DRAGON_BOAT    "04"   /* 端午节 */
#define TX_HOLIDAY_MID_AUTUMN     "06"   /* 中秋节 */
#define TX_HOLIDAY_NATIONAL_DAY   "07"   /* 国庆节 */
#define TX_HOLIDAY_DOUBLE_NINTH   "08"   /* 重阳节 */

typedef struct
{
  char        *code;
  char        *name;
  TxCivilDate  date;
  gboolean     office_added;
  gboolean     elderly_only;   /* 重阳节: a visit for older people */
} TxHoliday;

GQuark      tx_holidays_error_quark    (void);
void        tx_holiday_free            (TxHoliday   *holiday);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TxHoliday, tx_holiday_free)

/* TRUE for the holidays whose dates are computed (元旦 … 国庆节): the
 * office adds only the others. */
gboolean    tx_holidays_is_built_in    (const char  *code);
/* The built-in holidays of the civil @year, in date order; an empty array
 * outside the lunar table. */
GPtrArray  *tx_holidays_built_in       (int          year);
/* The built-in and the office's holidays of @year, in date order. */
GPtrArray  *tx_holidays_list_year      (TxDatabase  *db,
                                        int          year,
                                        GError     **error);
/* An office festival: @code from the holiday codes, @date "YYYY-MM-DD",
 * @name to show instead of the code's name (其他节日), or NULL. */
gboolean    tx_holidays_add_office     (TxDatabase  *db,
                                        const char  *code,
                                        const char  *date,
                                        const char  *name,
                                        GError     **error);
gboolean    tx_holidays_remove_office  (TxDatabase  *db,
                                        const char  *code,
                                        const char  *date,
                                        GError     **error);

G_END_DECLS
