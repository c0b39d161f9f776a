/* fuzz-civil-date.c — libFuzzer harness for the civil-date parser
 *
 * Every byte string goes through tx_civil_date_parse() and _normalize();
 * what parses must be a real day in range, and its storage form must
 * parse back to the same date.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>
#include <stdlib.h>

#include "core/text/tx-civil-date.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_round_trip (const TxCivilDate *date)
{
  g_autofree char *iso = tx_civil_date_to_iso (date);
  TxCivilDate again = { 0 };

  if (!tx_civil_date_from_iso (iso, &again) || tx_civil_date_compare (date, &again) != 0)
    abort ();
  if (date->year < TX_CIVIL_DATE_MIN_YEAR || date->year > TX_CIVIL_DATE_MAX_YEAR)
    abort ();
  if (!tx_civil_date_is_valid (date->year, date->month, date->day))
    abort ();
  g_free (tx_civil_date_format (date));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  TxCivilDate date = { 0 };

  if (tx_civil_date_parse (text, &date, &error))
    check_round_trip (&date);
  else if (error == NULL)
    abort ();   /* a refusal always says why */
  g_clear_error (&error);
  normalized = tx_civil_date_normalize (text, &error);
  return 0;
}
