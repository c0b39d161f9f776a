/* tx-lunar.h — the Chinese lunar calendar (农历), 1900–2100
 *
 * Conversion between civil (Gregorian) dates and lunar dates from a table
 * of the lunar years; see tx-lunar.c for where the table comes from.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/text/tx-civil-date.h"

G_BEGIN_DECLS

/* lunar years covered: 1900 starts on 1900-01-31, 2100 ends in January 2101 */
#define TX_LUNAR_MIN_YEAR 1900
#define TX_LUNAR_MAX_YEAR 2100

typedef struct
{
  int      year;    /* the lunar year, named by the civil year it starts in */
  int      month;   /* 1–12 */
  int      day;     /* 1–30 */
  gboolean leap;    /* 闰月: the leap month that follows @month */
} TxLunarDate;

/* FALSE when @solar is not a full date within the table. */
gboolean  tx_lunar_from_solar       (const TxCivilDate *solar,
                                     TxLunarDate       *out);
/* FALSE when @lunar does not exist (a 30th in a short month, a leap month
 * the year does not have, a year outside the table). */
gboolean  tx_lunar_to_solar         (const TxLunarDate *lunar,
                                     TxCivilDate       *out);

/* the month after which @year has its leap month, 0 for none */
int       tx_lunar_leap_month       (int                year);
/* 29 or 30; 0 for a month the year does not have */
int       tx_lunar_days_in_month    (int                year,
                                     int                month,
                                     gboolean           leap);

G_END_DECLS
