/* fuzz-id-number.c — libFuzzer harness for the ID-number parser
 *
 * Every byte string goes through normalize, validate, the birth date and
 * gender readers, the record check, the 15-digit upgrade and the mask; a
 * number that validates must carry its own check character, and the
 * mask never shows more than the first 6 and last 4 of a long number.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/text/tx-idnumber.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_valid (const char *number)
{
  TxCivilDate birth = { 0 };

  if (strlen (number) == 18 && tx_id_number_compute_check (number) != number[17])
    abort ();
  if (strlen (number) == 18 && !tx_id_number_birth_date (number, &birth))
    abort ();
}

/* an ASCII number of 15 or more keeps 6 + 4 characters, the rest are stars */
static void
check_mask (const char *number,
            const char *masked)
{
  size_t len = strlen (number);

  if (!g_str_is_ascii (number) || len < 15)
    return;
  if (masked == NULL || strlen (masked) != len ||
      strncmp (masked, number, 6) != 0 || strcmp (masked + len - 4, number + len - 4) != 0)
    abort ();
  for (size_t i = 6; i < len - 4; i++)
    if (masked[i] != '*')
      abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *normalized = tx_id_number_normalize (text);
  g_autofree char *upgraded = NULL;
  g_autofree char *masked = NULL;
  g_autoptr(GError) error = NULL;
  TxCivilDate birth = { 0 };

  /* the raw text too: callers may validate what they did not normalize */
  tx_id_number_validate (text, NULL);
  tx_id_number_check_record (text, NULL, NULL, NULL, NULL);
  g_free (tx_id_number_mask (text));
  if (normalized == NULL)
    return 0;
  if (tx_id_number_validate (normalized, &error))
    check_valid (normalized);
  g_clear_error (&error);
  tx_id_number_birth_date (normalized, &birth);
  tx_id_number_gender_code (normalized);
  tx_id_number_check_record (normalized, NULL, "1965-03", "1", &error);
  g_clear_error (&error);
  upgraded = tx_id_number_upgrade_15 (normalized, &error);
  if (upgraded != NULL && (strlen (upgraded) != 18 || !tx_id_number_validate (upgraded, NULL)))
    abort ();
  masked = tx_id_number_mask (normalized);
  check_mask (normalized, masked);
  return 0;
}
