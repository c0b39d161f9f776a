/* tx-idnumber.c — GB 11643 citizen ID numbers (公民身份号码)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "tx-idnumber.h"

#include <string.h>
#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (tx-id-number-error-quark, tx_id_number_error)

#define ID_LENGTH     18
#define OLD_ID_LENGTH 15

char *
tx_id_number_normalize (const char *text)
{
  g_autofree char *valid = NULL;
  GString *s;

  if (text == NULL)
    return NULL;

  /* Pasted text can be anything; keep the bad bytes visible as U+FFFD so
   * validation can point at them. */
  valid = g_utf8_make_valid (text, -1);
  s = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        continue;
      if (c >= 0xFF01 && c <= 0xFF5E)       /* full-width forms of ASCII */
        c -= 0xFEE0;
      if (c == 'x')
        c = 'X';
      g_string_append_unichar (s, c);
    }

  return g_string_free (s, FALSE);
}

char
tx_id_number_compute_check (const char *first17)
{
  static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char check_chars[] = "10X98765432";
  int sum = 0;

  if (first17 == NULL)
    return 0;

  for (int i = 0; i < 17; i++)
    {
      /* Also stops at the terminating NUL of a short string. */
      if (!g_ascii_isdigit (first17[i]))
        return 0;
      sum += (first17[i] - '0') * weights[i];
    }

  return check_chars[sum % 11];
}

static gboolean
all_digits (const char *s,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;

  return TRUE;
}

/* Exactly @n ASCII digits at @s. */
static int
digits_value (const char *s,
              gsize       n)
{
  int value = 0;

  for (gsize i = 0; i < n; i++)
    value = value * 10 + (s[i] - '0');

  return value;
}

/* Mainland province-level codes (GB/T 2260) by region: 1x North … 6x
 * North-West.  71 (Taiwan) and 91 are area codes but no ID card carries
 * them; 81–83 begin the residence permits of Hong Kong, Macao and Taiwan
 * residents, a document of its own. */
static gboolean
is_province_code (int code)
{
  return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) ||
         (code >= 31 && code <= 37) || (code >= 41 && code <= 46) ||
         (code >= 50 && code <= 54) || (code >= 61 && code <= 65);
}

/* 港澳台居民居住证: 810000 Hong Kong, 820000 Macao, 830000 Taiwan. */
static gboolean
is_permit_area (const char *number)
{
  return strncmp (number, "810000", 6) == 0 || strncmp (number, "820000", 6) == 0 ||
         strncmp (number, "830000", 6) == 0;
}

static gboolean
check_length (const char *number,
              GError    **error)
{
  glong len = g_utf8_strlen (number, -1);

  if (len == OLD_ID_LENGTH && all_digits (number, OLD_ID_LENGTH))
    {
      g_set_error_literal (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_OLD_FORMAT,
                           _("This is an old 15-digit ID number; it can be converted to the current 18-digit form"));
      return FALSE;
    }

  if (len != ID_LENGTH)
    {
      g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_LENGTH,
                   _("An ID number has 18 characters; this one has %ld"),
                   len);
      return FALSE;
    }

  return TRUE;
}

/* Names the first character that does not belong, counting from 1.  With
 * @final_x the last character may be X. */
static gboolean
check_characters (const char *number,
                  gboolean    final_x,
                  GError    **error)
{
  glong len = g_utf8_strlen (number, -1);
  glong i = 0;

  for (const char *p = number; *p != '\0'; p = g_utf8_next_char (p), i++)
    {
      char bad[8] = { 0, };

      if (g_ascii_isdigit (*p) || (final_x && *p == 'X' && i == len - 1))
        continue;

      g_unichar_to_utf8 (g_utf8_get_char (p), bad);
      if (final_x)
        g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_CHARACTERS,
                     /* Translators: position (counting from 1), then the character */
                     _("Character %ld of the ID number, “%s”, is not allowed: only digits, and X as the last character"),
                     i + 1, bad);
      else
        g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_CHARACTERS,
                     /* Translators: position (counting from 1), then the character */
                     _("Character %ld of the ID number, “%s”, is not a digit"),
                     i + 1, bad);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_area (const char *number,
            gboolean    permit,
            GError    **error)
{
  if (permit)
    {
      if (is_permit_area (number))
        return TRUE;
      g_set_error_literal (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_AREA,
                           _("The number of a residence permit for Hong Kong, Macao and Taiwan residents starts with 810000, 820000 or 830000"));
      return FALSE;
    }
  if (is_province_code (digits_value (number, 2)))
    return TRUE;
  if (is_permit_area (number))
    {
      g_set_error_literal (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_AREA,
                           _("This is the number of a residence permit for Hong Kong, Macao and Taiwan residents, not of an ID card: choose that document type"));
      return FALSE;
    }
  g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_AREA,
               _("The ID number starts with “%.2s”, which is not a province code"),
               number);
  return FALSE;
}

/* @digits is the YYYYMMDD inside the number. */
static gboolean
check_birth_date (const char *digits,
                  GError    **error)
{
  g_autofree char *text = g_strndup (digits, 8);
  g_autoptr(GError) date_error = NULL;
  g_autofree char *display = NULL;
  TxCivilDate today, birth;
  int year = digits_value (digits, 4);

  tx_civil_date_today (&today);

  if (year < TX_CIVIL_DATE_MIN_YEAR)
    {
      g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_DATE,
                   _("The birth year in the ID number, %d, is before %d"),
                   year, TX_CIVIL_DATE_MIN_YEAR);
      return FALSE;
    }

  /* Before parsing, so a year past the supported range reads as "future". */
  if (year > today.year)
    {
      g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_DATE,
                   _("The birth year in the ID number, %d, is in the future"),
                   year);
      return FALSE;
    }

  /* The date parser words "February 1965 has no day 31" for us. */
  if (!tx_civil_date_parse (text, &birth, &date_error))
    {
      g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_DATE,
                   _("The birth date in the ID number does not exist: %s"),
                   date_error->message);
      return FALSE;
    }

  if (tx_civil_date_compare (&birth, &today) > 0)
    {
      display = tx_civil_date_format (&birth);
      g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_DATE,
                   _("The birth date in the ID number, %s, is in the future"),
                   display);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_check_digit (const char *number,
                   GError    **error)
{
  char expected = tx_id_number_compute_check (number);

  if (number[17] == expected)
    return TRUE;

  g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_CHECK_DIGIT,
               /* Translators: the expected check character, then the one given */
               _("The check character does not match: with these first 17 digits the last character should be “%c”, not “%c”; one of the digits may be mistyped"),
               expected, number[17]);
  return FALSE;
}

gboolean
tx_id_number_validate (const char  *number,
                       GError     **error)
{
  return tx_id_number_validate_for (number, TX_ID_DOCUMENT_ID_CARD, error);
}

gboolean
tx_id_number_validate_for (const char  *number,
                           const char  *document_type,
                           GError     **error)
{
  g_return_val_if_fail (number != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (number, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (number, -1);

      return check_length (valid, error) && check_characters (valid, TRUE, error);
    }

  /* From here on the number is 18 ASCII characters. */
  return check_length (number, error) &&
         check_characters (number, TRUE, error) &&
         check_area (number, g_strcmp0 (document_type, TX_ID_DOCUMENT_PERMIT) == 0, error) &&
         check_birth_date (number + 6, error) &&
         check_check_digit (number, error);
}

/* Where the YYMMDD or YYYYMMDD starts, and where the sequence digit that
 * gives the gender is; FALSE when @number has neither shape. */
static gboolean
locate_fields (const char  *number,
               int         *year_digits,
               const char **date,
               const char **sequence)
{
  gsize len;

  if (number == NULL)
    return FALSE;

  len = strlen (number);
  if (len == ID_LENGTH && all_digits (number, ID_LENGTH - 1))
    {
      *year_digits = 4;
      *date = number + 6;
      *sequence = number + 16;
      return TRUE;
    }
  if (len == OLD_ID_LENGTH && all_digits (number, OLD_ID_LENGTH))
    {
      *year_digits = 2;
      *date = number + 6;
      *sequence = number + 14;
      return TRUE;
    }

  return FALSE;
}

gboolean
tx_id_number_birth_date (const char  *number,
                         TxCivilDate *out)
{
  TxCivilDate d;
  const char *date, *sequence;
  int year_digits;

  if (!locate_fields (number, &year_digits, &date, &sequence))
    return FALSE;

  d.year = digits_value (date, year_digits) + (year_digits == 2 ? 1900 : 0);
  d.month = digits_value (date + year_digits, 2);
  d.day = digits_value (date + year_digits + 2, 2);

  /* Zero month or day would read as a partial date; here it is an error. */
  if (d.month == 0 || d.day == 0 || !tx_civil_date_is_valid (d.year, d.month, d.day))
    return FALSE;

  if (out != NULL)
    *out = d;

  return TRUE;
}

const char *
tx_id_number_gender_code (const char *number)
{
  const char *date, *sequence;
  int year_digits;

  if (!locate_fields (number, &year_digits, &date, &sequence))
    return NULL;

  return (*sequence - '0') % 2 == 1 ? "1" : "2";
}

static const char *
gender_name (const char *code)
{
  if (g_strcmp0 (code, "1") == 0)
    return C_("gender", "male");

  return C_("gender", "female");
}

static gboolean
check_birth_agreement (const char *number,
                       const char *birth_date_iso,
                       GError    **error)
{
  g_autofree char *from_id = NULL;
  g_autofree char *recorded = NULL;
  TxCivilDate id_date, record_date, cut;

  if (!tx_civil_date_from_iso (birth_date_iso, &record_date))
    {
      g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_BIRTH_MISMATCH,
                   _("The recorded birth date “%s” is not a valid date"),
                   birth_date_iso);
      return FALSE;
    }

  /* validate() has passed, so the number holds a real date. */
  tx_id_number_birth_date (number, &id_date);

  /* Compare only as far as the record goes: "1965-03" agrees with any day
   * of March 1965. */
  cut = id_date;
  if (record_date.month == 0)
    cut.month = 0;
  if (record_date.day == 0)
    cut.day = 0;
  if (tx_civil_date_compare (&cut, &record_date) == 0)
    return TRUE;

  from_id = tx_civil_date_format (&id_date);
  recorded = tx_civil_date_format (&record_date);
  g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_BIRTH_MISMATCH,
               _("The ID number gives the birth date %s, but the record says %s"),
               from_id, recorded);
  return FALSE;
}

gboolean
tx_id_number_check_record (const char  *number,
                           const char  *document_type,
                           const char  *birth_date_iso,
                           const char  *gender_code,
                           GError     **error)
{
  const char *id_gender;

  g_return_val_if_fail (number != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!tx_id_number_validate_for (number, document_type, error))
    return FALSE;

  if (birth_date_iso != NULL && *birth_date_iso != '\0' &&
      !check_birth_agreement (number, birth_date_iso, error))
    return FALSE;

  /* 0 (unknown) and 9 (unspecified) make no claim to contradict. */
  if (g_strcmp0 (gender_code, "1") != 0 && g_strcmp0 (gender_code, "2") != 0)
    return TRUE;

  id_gender = tx_id_number_gender_code (number);
  if (strcmp (id_gender, gender_code) == 0)
    return TRUE;

  g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_GENDER_MISMATCH,
               /* Translators: both are a gender, “male” or “female” */
               _("The ID number gives the gender as %s, but the record says %s"),
               gender_name (id_gender), gender_name (gender_code));
  return FALSE;
}

char *
tx_id_number_upgrade_15 (const char  *old15,
                         GError     **error)
{
  g_autofree char *valid = NULL;
  g_autofree char *number = NULL;
  glong len;

  g_return_val_if_fail (old15 != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  valid = g_utf8_make_valid (old15, -1);
  len = g_utf8_strlen (valid, -1);
  if (len != OLD_ID_LENGTH)
    {
      g_set_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_LENGTH,
                   _("An old ID number has 15 digits; this one has %ld"),
                   len);
      return NULL;
    }
  if (!check_characters (valid, FALSE, error))
    return NULL;

  /* Every first-generation card was for someone born in the 1900s. */
  number = g_strdup_printf ("%.6s19%.9sX", valid, valid + 6);
  number[17] = tx_id_number_compute_check (number);

  if (!tx_id_number_validate (number, error))
    return NULL;

  return g_steal_pointer (&number);
}

char *
tx_id_number_mask (const char *number)
{
  g_autofree char *valid = NULL;
  GString *s;
  glong len, i = 0;
  glong keep_head = 0, keep_tail = 0;

  if (number == NULL)
    return NULL;

  valid = g_utf8_make_valid (number, -1);
  len = g_utf8_strlen (valid, -1);
  if (len >= OLD_ID_LENGTH)
    {
      keep_head = 6;
      keep_tail = 4;
    }
  else if (len > 4)
    {
      /* Passports and permits: too short to show more and stay private. */
      keep_tail = 2;
    }

  s = g_string_sized_new (len);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), i++)
    {
      if (i < keep_head || i >= len - keep_tail)
        g_string_append_len (s, p, g_utf8_next_char (p) - p);
      else
        g_string_append_c (s, '*');
    }

  return g_string_free (s, FALSE);
}
