/* tx-lunar.c — the Chinese lunar calendar (农历), 1900–2100
 *
 * The table below is the widely published "lunarInfo" encoding of the
 * lunar years 1900–2100, as in jjonline/calendar.js
 * (https://github.com/jjonline/calendar.js, src/constant/Lunar.js, MIT
 * licence), whose 1900–2049 part follows the tables of the Hong Kong
 * Observatory and the Purple Mountain Observatory. The numbers are facts
 * about the calendar; they are checked against an independent calculator
 * (Debian's liblunar-date) for every year 1950–2100 by tests/test-lunar.c.
 *
 * One number a year:
 *   bits 15…4   month 1…12 has 30 days (bit 15 is the first month), else 29
 *   bits 3…0    the month after which the leap month comes, 0 for none
 *   bit 16      the leap month has 30 days, else 29
 * Lunar 1900-01-01 is civil 1900-01-31.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-lunar.h"

static const guint32 lunar_years[TX_LUNAR_MAX_YEAR - TX_LUNAR_MIN_YEAR + 1] = {
  0x04bd8, 0x04ae0, 0x0a570, 0x054d5, 0x0d260, 0x0d950, 0x16554, 0x056a0, 0x09ad0, 0x055d2, /* 1900 */
  0x04ae0, 0x0a5b6, 0x0a4d0, 0x0d250, 0x1d255, 0x0b540, 0x0d6a0, 0x0ada2, 0x095b0, 0x14977, /* 1910 */
  0x04970, 0x0a4b0, 0x0b4b5, 0x06a50, 0x06d40, 0x1ab54, 0x02b60, 0x09570, 0x052f2, 0x04970, /* 1920 */
  0x06566, 0x0d4a0, 0x0ea50, 0x16a95, 0x05ad0, 0x02b60, 0x186e3, 0x092e0, 0x1c8d7, 0x0c950, /* 1930 */
  0x0d4a0, 0x1d8a6, 0x0b550, 0x056a0, 0x1a5b4, 0x025d0, 0x092d0, 0x0d2b2, 0x0a950, 0x0b557, /* 1940 */
  0x06ca0, 0x0b550, 0x15355, 0x04da0, 0x0a5b0, 0x14573, 0x052b0, 0x0a9a8, 0x0e950, 0x06aa0, /* 1950 */
  0x0aea6, 0x0ab50, 0x04b60, 0x0aae4, 0x0a570, 0x05260, 0x0f263, 0x0d950, 0x05b57, 0x056a0, /* 1960 */
  0x096d0, 0x04dd5, 0x04ad0, 0x0a4d0, 0x0d4d4, 0x0d250, 0x0d558, 0x0b540, 0x0b6a0, 0x195a6, /* 1970 */
  0x095b0, 0x049b0, 0x0a974, 0x0a4b0, 0x0b27a, 0x06a50, 0x06d40, 0x0af46, 0x0ab60, 0x09570, /* 1980 */
  0x04af5, 0x04970, 0x064b0, 0x074a3, 0x0ea50, 0x06b58, 0x05ac0, 0x0ab60, 0x096d5, 0x092e0, /* 1990 */
  0x0c960, 0x0d954, 0x0d4a0, 0x0da50, 0x07552, 0x056a0, 0x0abb7, 0x025d0, 0x092d0, 0x0cab5, /* 2000 */
  0x0a950, 0x0b4a0, 0x0baa4, 0x0ad50, 0x055d9, 0x04ba0, 0x0a5b0, 0x15176, 0x052b0, 0x0a930, /* 2010 */
  0x07954, 0x06aa0, 0x0ad50, 0x05b52, 0x04b60, 0x0a6e6, 0x0a4e0, 0x0d260, 0x0ea65, 0x0d530, /* 2020 */
  0x05aa0, 0x076a3, 0x096d0, 0x04afb, 0x04ad0, 0x0a4d0, 0x1d0b6, 0x0d250, 0x0d520, 0x0dd45, /* 2030 */
  0x0b5a0, 0x056d0, 0x055b2, 0x049b0, 0x0a577, 0x0a4b0, 0x0aa50, 0x1b255, 0x06d20, 0x0ada0, /* 2040 */
  0x14b63, 0x09370, 0x049f8, 0x04970, 0x064b0, 0x168a6, 0x0ea50, 0x06b20, 0x1a6c4, 0x0aae0, /* 2050 */
  0x092e0, 0x0d2e3, 0x0c960, 0x0d557, 0x0d4a0, 0x0da50, 0x05d55, 0x056a0, 0x0a6d0, 0x055d4, /* 2060 */
  0x052d0, 0x0a9b8, 0x0a950, 0x0b4a0, 0x0b6a6, 0x0ad50, 0x055a0, 0x0aba4, 0x0a5b0, 0x052b0, /* 2070 */
  0x0b273, 0x06930, 0x07337, 0x06aa0, 0x0ad50, 0x14b55, 0x04b60, 0x0a570, 0x054e4, 0x0d160, /* 2080 */
  0x0e968, 0x0d520, 0x0daa0, 0x16aa6, 0x056d0, 0x04ae0, 0x0a9d4, 0x0a2d0, 0x0d150, 0x0f252, /* 2090 */
  0x0d520,                                                                                   /* 2100 */
};

static const TxCivilDate epoch = { 1900, 1, 31 };   /* lunar 1900-01-01 */

static guint32
year_info (int year)
{
  return lunar_years[year - TX_LUNAR_MIN_YEAR];
}

static gboolean
year_in_table (int year)
{
  return year >= TX_LUNAR_MIN_YEAR && year <= TX_LUNAR_MAX_YEAR;
}

int
tx_lunar_leap_month (int year)
{
  return year_in_table (year) ? (int) (year_info (year) & 0xf) : 0;
}

int
tx_lunar_days_in_month (int      year,
                        int      month,
                        gboolean leap)
{
  guint32 info;

  if (!year_in_table (year) || month < 1 || month > 12)
    return 0;
  info = year_info (year);
  if (leap)
    {
      if (tx_lunar_leap_month (year) != month)
        return 0;
      return (info & 0x10000) ? 30 : 29;
    }
  return (info & (0x10000 >> month)) ? 30 : 29;
}

static int
days_in_year (int year)
{
  int leap = tx_lunar_leap_month (year);
  int days = leap ? tx_lunar_days_in_month (year, leap, TRUE) : 0;

  for (int month = 1; month <= 12; month++)
    days += tx_lunar_days_in_month (year, month, FALSE);
  return days;
}

gboolean
tx_lunar_from_solar (const TxCivilDate *solar,
                     TxLunarDate       *out)
{
  int offset, year;

  g_return_val_if_fail (solar != NULL && out != NULL, FALSE);

  if (!tx_civil_date_is_valid (solar->year, solar->month, solar->day) || solar->day == 0)
    return FALSE;
  offset = tx_civil_date_to_julian (solar) - tx_civil_date_to_julian (&epoch);
  if (offset < 0)
    return FALSE;
  for (year = TX_LUNAR_MIN_YEAR; year <= TX_LUNAR_MAX_YEAR && offset >= days_in_year (year); year++)
    offset -= days_in_year (year);
  if (year > TX_LUNAR_MAX_YEAR)
    return FALSE;

  /* the months in order: each month, then its leap month if it has one */
  for (int month = 1; month <= 12; month++)
    for (int leap = 0; leap <= 1; leap++)
      {
        int days = tx_lunar_days_in_month (year, month, leap);

        if (offset < days)
          {
            *out = (TxLunarDate) { year, month, offset + 1, leap };
            return TRUE;
          }
        offset -= days;   /* 0 for a leap month the year does not have */
      }
  g_return_val_if_reached (FALSE);
}

gboolean
tx_lunar_to_solar (const TxLunarDate *lunar,
                   TxCivilDate       *out)
{
  int offset;

  g_return_val_if_fail (lunar != NULL && out != NULL, FALSE);

  if (lunar->day < 1 || lunar->day > tx_lunar_days_in_month (lunar->year, lunar->month, lunar->leap))
    return FALSE;
  offset = lunar->day - 1;
  for (int year = TX_LUNAR_MIN_YEAR; year < lunar->year; year++)
    offset += days_in_year (year);
  /* the months before: each month, then its leap month if it has one */
  for (int month = 1; month < lunar->month; month++)
    offset += tx_lunar_days_in_month (lunar->year, month, FALSE) +
              tx_lunar_days_in_month (lunar->year, month, TRUE);
  if (lunar->leap)
    offset += tx_lunar_days_in_month (lunar->year, lunar->month, FALSE);
  tx_civil_date_from_julian (tx_civil_date_to_julian (&epoch) + offset, out);
  return TRUE;
}
