/* test-civil-date.c — civil date parsing, formatting and arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>

#include "core/text/tx-civil-date.h"

static void
assert_parses (const char *text,
               int         year,
               int         month,
               int         day)
{
  g_autoptr(GError) error = NULL;
  TxCivilDate date = { -1, -1, -1 };

  if (!tx_civil_date_parse (text, &date, &error))
    g_error ("“%s” did not parse: %s", text, error->message);
  g_assert_no_error (error);
  g_assert_cmpint (date.year, ==, year);
  g_assert_cmpint (date.month, ==, month);
  g_assert_cmpint (date.day, ==, day);
}

/* Returns the message so callers can check that it names the problem. */
static char *
assert_rejects (const char *text,
                int         code)
{
  g_autoptr(GError) error = NULL;
  TxCivilDate date = { -1, -1, -1 };

  if (tx_civil_date_parse (text, &date, &error))
    g_error ("“%s” parsed as %d-%d-%d", text, date.year, date.month, date.day);
  g_assert_error (error, TX_DATE_ERROR, code);
  /* Untouched on failure. */
  g_assert_cmpint (date.year, ==, -1);

  return g_strdup (error->message);
}

static void
test_parse_full (void)
{
  assert_parses ("1965-03-12", 1965, 3, 12);
  assert_parses ("1965-3-12", 1965, 3, 12);
  assert_parses ("1965.3.12", 1965, 3, 12);
  assert_parses ("1965.03.02", 1965, 3, 2);
  assert_parses ("1965/3/12", 1965, 3, 12);
  assert_parses ("1965年3月12日", 1965, 3, 12);
  assert_parses ("1965年03月02日", 1965, 3, 2);
  assert_parses ("1965年3月12号", 1965, 3, 12);
  assert_parses ("1965年3月12", 1965, 3, 12);
  assert_parses ("1965 年 3 月 12 日", 1965, 3, 12);
  assert_parses ("19650312", 1965, 3, 12);
  assert_parses ("2000-02-29", 2000, 2, 29);
  assert_parses ("1850-01-01", 1850, 1, 1);
  assert_parses ("2200-12-31", 2200, 12, 31);
}

static void
test_parse_partial (void)
{
  assert_parses ("1965-03", 1965, 3, 0);
  assert_parses ("1965-3", 1965, 3, 0);
  assert_parses ("1965.3", 1965, 3, 0);
  assert_parses ("1965.03", 1965, 3, 0);
  assert_parses ("1965/3", 1965, 3, 0);
  assert_parses ("1965年3月", 1965, 3, 0);
  assert_parses ("1965年", 1965, 0, 0);
  assert_parses ("1965", 1965, 0, 0);
}

static void
test_parse_wide_and_spaces (void)
{
  assert_parses ("１９６５年３月１２日", 1965, 3, 12);
  assert_parses ("１９６５－０３－１２", 1965, 3, 12);
  assert_parses ("１９６５．３．１２", 1965, 3, 12);
  assert_parses ("１９６５／３／１２", 1965, 3, 12);
  assert_parses ("１９６５０３１２", 1965, 3, 12);
  assert_parses ("  1965-03-12\t", 1965, 3, 12);
  assert_parses ("\u30001965年3月\u3000", 1965, 3, 0);   /* ideographic space */
  assert_parses ("1965\u201303\u201312", 1965, 3, 12);  /* en dash from a word processor */
}

static void
test_parse_range (void)
{
  g_autofree char *feb31 = assert_rejects ("1965-02-31", TX_DATE_ERROR_RANGE);
  g_autofree char *feb29 = assert_rejects ("1965年2月29日", TX_DATE_ERROR_RANGE);
  g_autofree char *apr31 = assert_rejects ("1965.4.31", TX_DATE_ERROR_RANGE);
  g_autofree char *day0 = assert_rejects ("1965-03-00", TX_DATE_ERROR_RANGE);
  g_autofree char *month13 = assert_rejects ("1965-13-01", TX_DATE_ERROR_RANGE);
  g_autofree char *month13ym = assert_rejects ("1965年13月", TX_DATE_ERROR_RANGE);
  g_autofree char *month0 = assert_rejects ("1965-00", TX_DATE_ERROR_RANGE);
  g_autofree char *early = assert_rejects ("1849-12-31", TX_DATE_ERROR_RANGE);
  g_autofree char *late = assert_rejects ("2201", TX_DATE_ERROR_RANGE);
  g_autofree char *compact = assert_rejects ("19650231", TX_DATE_ERROR_RANGE);

  g_assert_cmpstr (feb31, ==, "February 1965 has no day 31");
  g_assert_cmpstr (feb29, ==, "February 1965 has no day 29");
  g_assert_cmpstr (apr31, ==, "April 1965 has no day 31");
  g_assert_cmpstr (day0, ==, "March 1965 has no day 0");
  g_assert_cmpstr (month13, ==, "There is no month 13");
  g_assert_cmpstr (month13ym, ==, "There is no month 13");
  g_assert_cmpstr (month0, ==, "There is no month 0");
  g_assert_cmpstr (early, ==, "The year 1849 is outside the supported range 1850–2200");
  g_assert_cmpstr (late, ==, "The year 2201 is outside the supported range 1850–2200");
  g_assert_cmpstr (compact, ==, "February 1965 has no day 31");

  /* 1900 is not a leap year, 2000 is. */
  g_free (assert_rejects ("1900-02-29", TX_DATE_ERROR_RANGE));
  assert_parses ("1964-02-29", 1964, 2, 29);
}

static void
test_parse_format (void)
{
  static const char *const bad[] = {
    "", "   ", "abc", "65-3-12", "65.3.12", "196503", "1965031", "196503121",
    "19650-3-12", "1965-", "1965--12", "1965-003-12", "1965-3-123", "1965.",
    "1965年3", "1965年3日", "1965年123月", "3/12/1965", "十二月",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("rejecting '%s'", bad[i]);
      g_free (assert_rejects (bad[i], TX_DATE_ERROR_FORMAT));
    }
}

static void
test_parse_trailing (void)
{
  static const char *const bad[] = {
    "1965-03-12abc", "1965-03-12 10:00", "1965-3/12", "1965.3-12", "1965-3-",
    "1965年3月12日。", "1965年3月12日 上午", "1965x", "1965 3",
  };
  g_autofree char *message = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("rejecting '%s'", bad[i]);
      g_free (assert_rejects (bad[i], TX_DATE_ERROR_FORMAT));
    }

  message = assert_rejects ("1965-03-12abc", TX_DATE_ERROR_FORMAT);
  g_assert_cmpstr (message, ==, "Unexpected “abc” after the date");
}

static void
test_parse_messages (void)
{
  g_autofree char *empty = assert_rejects ("", TX_DATE_ERROR_FORMAT);
  g_autofree char *garbage = assert_rejects (" 65.3.12 ", TX_DATE_ERROR_FORMAT);

  g_assert_cmpstr (empty, ==, "No date was given");
  g_assert_cmpstr (garbage, ==, "“65.3.12” is not a date; write it like 1965-03-12 or 1965.3.12");
}

static void
assert_normalizes (const char *text,
                   const char *iso)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *result = tx_civil_date_normalize (text, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (result, ==, iso);
}

static void
test_normalize (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = NULL;

  assert_normalizes ("1965.3.12", "1965-03-12");
  assert_normalizes ("１９６５年３月", "1965-03");
  assert_normalizes ("1965年", "1965");
  assert_normalizes ("1965-03-12", "1965-03-12");
  assert_normalizes (NULL, NULL);
  assert_normalizes ("", NULL);
  assert_normalizes (" \u3000 ", NULL);

  bad = tx_civil_date_normalize ("1965-02-30", &error);
  g_assert_null (bad);
  g_assert_error (error, TX_DATE_ERROR, TX_DATE_ERROR_RANGE);
}

static void
test_to_iso_and_format (void)
{
  const TxCivilDate full = { 1965, 3, 2 };
  const TxCivilDate month = { 1965, 3, 0 };
  const TxCivilDate year = { 1965, 0, 0 };
  g_autofree char *iso_full = tx_civil_date_to_iso (&full);
  g_autofree char *iso_month = tx_civil_date_to_iso (&month);
  g_autofree char *iso_year = tx_civil_date_to_iso (&year);
  g_autofree char *show_full = tx_civil_date_format (&full);
  g_autofree char *show_month = tx_civil_date_format (&month);
  g_autofree char *show_year = tx_civil_date_format (&year);

  g_assert_cmpstr (iso_full, ==, "1965-03-02");
  g_assert_cmpstr (iso_month, ==, "1965-03");
  g_assert_cmpstr (iso_year, ==, "1965");

  /* Untranslated (C locale); the zh_CN catalogue turns these into
   * 1965年3月2日, 1965年3月 and 1965年. */
  g_assert_cmpstr (show_full, ==, "2 March 1965");
  g_assert_cmpstr (show_month, ==, "March 1965");
  g_assert_cmpstr (show_year, ==, "1965");

  g_assert_cmpstr (tx_civil_date_month_name (12), ==, "December");
  g_assert_null (tx_civil_date_month_name (0));
  g_assert_null (tx_civil_date_month_name (13));
}

static void
test_from_iso (void)
{
  static const char *const bad[] = {
    NULL, "", "1965-3-12", "1965-03-2", "19650312", "1965-02-30", "1965-00",
    "1965-03-00", "1965-13", "1849", "2201-01-01", "1965-03-12 ", "1965/03/12",
    "1965-03-", "65-03-12", "１９６５",
  };
  TxCivilDate date;

  g_assert_true (tx_civil_date_from_iso ("1965-03-12", &date));
  g_assert_cmpint (date.year, ==, 1965);
  g_assert_cmpint (date.month, ==, 3);
  g_assert_cmpint (date.day, ==, 12);
  g_assert_true (tx_civil_date_from_iso ("1965-03", &date));
  g_assert_cmpint (date.month, ==, 3);
  g_assert_cmpint (date.day, ==, 0);
  g_assert_true (tx_civil_date_from_iso ("1965", &date));
  g_assert_cmpint (date.year, ==, 1965);
  g_assert_cmpint (date.month, ==, 0);
  g_assert_true (tx_civil_date_from_iso ("2000-02-29", NULL));

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("rejecting '%s'", bad[i] ? bad[i] : "(null)");
      g_assert_false (tx_civil_date_from_iso (bad[i], &date));
    }
}

static void
test_is_valid (void)
{
  g_assert_true (tx_civil_date_is_valid (1965, 3, 12));
  g_assert_true (tx_civil_date_is_valid (1965, 3, 0));
  g_assert_true (tx_civil_date_is_valid (1965, 0, 0));
  g_assert_false (tx_civil_date_is_valid (1965, 0, 12));
  g_assert_false (tx_civil_date_is_valid (1965, 13, 0));
  g_assert_false (tx_civil_date_is_valid (1965, 2, 29));
  g_assert_true (tx_civil_date_is_valid (2000, 2, 29));
  g_assert_false (tx_civil_date_is_valid (1900, 2, 29));
  g_assert_false (tx_civil_date_is_valid (1849, 12, 31));
  g_assert_false (tx_civil_date_is_valid (2201, 1, 1));

  g_assert_cmpint (tx_civil_date_days_in_month (2024, 2), ==, 29);
  g_assert_cmpint (tx_civil_date_days_in_month (2023, 2), ==, 28);
  g_assert_cmpint (tx_civil_date_days_in_month (2100, 2), ==, 28);
  g_assert_cmpint (tx_civil_date_days_in_month (2000, 2), ==, 29);
  g_assert_cmpint (tx_civil_date_days_in_month (2023, 4), ==, 30);
  g_assert_cmpint (tx_civil_date_days_in_month (2023, 12), ==, 31);
  g_assert_cmpint (tx_civil_date_days_in_month (2023, 13), ==, 0);
}

static void
test_compare (void)
{
  const TxCivilDate y = { 1965, 0, 0 };
  const TxCivilDate ym = { 1965, 1, 0 };
  const TxCivilDate jan1 = { 1965, 1, 1 };
  const TxCivilDate mar12 = { 1965, 3, 12 };
  const TxCivilDate mar12b = { 1965, 3, 12 };
  const TxCivilDate next = { 1966, 1, 1 };

  g_assert_cmpint (tx_civil_date_compare (&mar12, &mar12b), ==, 0);
  g_assert_cmpint (tx_civil_date_compare (&jan1, &mar12), ==, -1);
  g_assert_cmpint (tx_civil_date_compare (&mar12, &jan1), ==, 1);
  g_assert_cmpint (tx_civil_date_compare (&mar12, &next), ==, -1);
  g_assert_cmpint (tx_civil_date_compare (&y, &ym), ==, -1);
  g_assert_cmpint (tx_civil_date_compare (&ym, &jan1), ==, -1);
  g_assert_cmpint (tx_civil_date_compare (&next, &y), ==, 1);
}

static int
age (const char *birth_iso,
     const char *on_iso)
{
  TxCivilDate birth, on;

  g_assert_true (tx_civil_date_from_iso (birth_iso, &birth));
  g_assert_true (tx_civil_date_from_iso (on_iso, &on));

  return tx_civil_date_age (&birth, &on);
}

static void
test_age (void)
{
  /* Across a birthday. */
  g_assert_cmpint (age ("1965-03-12", "2024-03-11"), ==, 58);
  g_assert_cmpint (age ("1965-03-12", "2024-03-12"), ==, 59);
  g_assert_cmpint (age ("1965-03-12", "2024-12-31"), ==, 59);
  g_assert_cmpint (age ("1965-03-12", "1965-03-12"), ==, 0);

  /* Leap-day birthdays count from 1 March in common years. */
  g_assert_cmpint (age ("2000-02-29", "2001-02-28"), ==, 0);
  g_assert_cmpint (age ("2000-02-29", "2001-03-01"), ==, 1);
  g_assert_cmpint (age ("2000-02-29", "2004-02-28"), ==, 3);
  g_assert_cmpint (age ("2000-02-29", "2004-02-29"), ==, 4);
  /* Born 1 March, in a leap year on 29 February it is not yet the birthday. */
  g_assert_cmpint (age ("2001-03-01", "2004-02-29"), ==, 2);

  /* Year-month birth dates count from the 1st, year-only from 1 January. */
  g_assert_cmpint (age ("1965-03", "2024-02-29"), ==, 58);
  g_assert_cmpint (age ("1965-03", "2024-03-01"), ==, 59);
  g_assert_cmpint (age ("1965", "2024-01-01"), ==, 59);
  g_assert_cmpint (age ("1965", "2023-12-31"), ==, 58);

  /* Birth after the reference date. */
  g_assert_cmpint (age ("1965-03-12", "1965-03-11"), ==, -1);
  g_assert_cmpint (age ("1965-03", "1965-02-28"), ==, -1);
  g_assert_cmpint (age ("2030-01-01", "2024-01-01"), ==, -1);
}

static int
julian (const char *iso)
{
  TxCivilDate date;

  g_assert_true (tx_civil_date_from_iso (iso, &date));

  return tx_civil_date_to_julian (&date);
}

static void
test_julian (void)
{
  g_assert_cmpint (julian ("2000-01-01"), ==, 2451545);
  g_assert_cmpint (julian ("1858-11-17"), ==, 2400001);   /* MJD 0 is JD 2400000.5 */
  g_assert_cmpint (julian ("2000-03-01") - julian ("2000-02-28"), ==, 2);
  g_assert_cmpint (julian ("1900-03-01") - julian ("1900-02-28"), ==, 1);
  g_assert_cmpint (julian ("2001-01-01") - julian ("2000-01-01"), ==, 366);
  g_assert_cmpint (julian ("2002-01-01") - julian ("2001-01-01"), ==, 365);
  g_assert_cmpint (julian ("2024-01-01") - julian ("1965-03-12"), ==, 21479);
}

/* Every day of the supported range round-trips through ISO, the parser and
 * the Julian day number, which must step by exactly one. */
static void
test_round_trip (void)
{
  g_autoptr(GDate) reference = g_date_new_dmy (1, G_DATE_JANUARY, TX_CIVIL_DATE_MIN_YEAR);
  TxCivilDate date = { TX_CIVIL_DATE_MIN_YEAR, 1, 1 };
  int previous = tx_civil_date_to_julian (&date) - 1;

  while (date.year <= TX_CIVIL_DATE_MAX_YEAR)
    {
      g_autofree char *iso = tx_civil_date_to_iso (&date);
      TxCivilDate back;

      g_assert_true (tx_civil_date_parse (iso, &back, NULL));
      g_assert_cmpint (tx_civil_date_compare (&date, &back), ==, 0);
      g_assert_cmpint (tx_civil_date_to_julian (&date), ==, previous + 1);
      /* GLib counts from 1 January of year 1 as day 1. */
      g_assert_cmpint (tx_civil_date_to_julian (&date) - (int) g_date_get_julian (reference),
                       ==, 1721425);
      g_assert_cmpint (date.day, ==, g_date_get_day (reference));
      g_assert_cmpint (date.month, ==, g_date_get_month (reference));
      previous++;

      if (++date.day > tx_civil_date_days_in_month (date.year, date.month))
        {
          date.day = 1;
          if (++date.month > 12)
            {
              date.month = 1;
              date.year++;
            }
        }
      g_date_add_days (reference, 1);
    }
}

static void
test_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  TxCivilDate today;

  tx_civil_date_today (&today);
  g_assert_true (tx_civil_date_is_valid (today.year, today.month, today.day));
  /* Could straddle midnight; the year is what matters for the ID checks. */
  g_assert_cmpint (today.year, ==, g_date_time_get_year (now));
}

/* Today as stored in the database: the same day tx_civil_date_today()
 * gives, in the strict ISO form tx_civil_date_from_iso() reads. */
static void
test_today_iso (void)
{
  g_autofree char *iso = tx_civil_date_dup_today_iso ();
  TxCivilDate today, parsed;

  tx_civil_date_today (&today);
  g_assert_true (tx_civil_date_from_iso (iso, &parsed));
  g_assert_cmpint (strlen (iso), ==, 10);
  g_assert_cmpint (tx_civil_date_compare (&parsed, &today), ==, 0);
}

/* Every time of day in each written form: the storage form is computed
 * here with printf, not by the parser. */
static void
test_time_forms (void)
{
  const char *forms[] = { "%d:%02d", "%02d:%02d", "%d：%02d", "%d.%02d", "%02d%02d",
                          "%d点%02d", "%d点%02d分", "%d时%02d", " %d:%02d " };

  for (int hour = 0; hour < 24; hour++)
    for (int minute = 0; minute < 60; minute++)
      {
        g_autofree char *expected = g_strdup_printf ("%02d:%02d", hour, minute);

        for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
          {
            g_autoptr(GError) error = NULL;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
            g_autofree char *text = g_strdup_printf (forms[f], hour, minute);
#pragma GCC diagnostic pop
            g_autofree char *got = tx_civil_time_normalize (text, &error);

            g_assert_no_error (error);
            g_assert_cmpstr (got, ==, expected);
          }
      }
}

static void
test_time_hours_only_and_wide (void)
{
  const char *cases[][2] = {
    { "9点", "09:00" }, { "9时", "09:00" }, { "21点", "21:00" },
    { "１４：３０", "14:30" }, { "１４点３０分", "14:30" }, { "0905", "09:05" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *got = tx_civil_time_normalize (cases[i][0], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (got, ==, cases[i][1]);
    }
}

static void
test_time_refused (void)
{
  const struct { const char *text; int code; } cases[] = {
    { "24:00", TX_DATE_ERROR_RANGE }, { "9:60", TX_DATE_ERROR_RANGE }, { "2400", TX_DATE_ERROR_RANGE },
    { "9:5", TX_DATE_ERROR_FORMAT }, { "9点5", TX_DATE_ERROR_FORMAT }, { "下午3点", TX_DATE_ERROR_FORMAT },
    { "14:30:00", TX_DATE_ERROR_FORMAT }, { "9", TX_DATE_ERROR_FORMAT }, { "12345", TX_DATE_ERROR_FORMAT },
    { "9::05", TX_DATE_ERROR_FORMAT }, { "\xff:00", TX_DATE_ERROR_FORMAT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (tx_civil_time_normalize (cases[i].text, &error));
      g_assert_error (error, TX_DATE_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, "14:30"));
    }
}

/* a blank optional field is not an error */
static void
test_time_blank (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (tx_civil_time_normalize (NULL, &error));
  g_assert_null (tx_civil_time_normalize ("", &error));
  g_assert_null (tx_civil_time_normalize (" 　 ", &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/civil-date/parse/full", test_parse_full);
  g_test_add_func ("/civil-date/parse/partial", test_parse_partial);
  g_test_add_func ("/civil-date/parse/wide-and-spaces", test_parse_wide_and_spaces);
  g_test_add_func ("/civil-date/parse/range", test_parse_range);
  g_test_add_func ("/civil-date/parse/format", test_parse_format);
  g_test_add_func ("/civil-date/parse/trailing", test_parse_trailing);
  g_test_add_func ("/civil-date/parse/messages", test_parse_messages);
  g_test_add_func ("/civil-date/normalize", test_normalize);
  g_test_add_func ("/civil-date/to-iso-and-format", test_to_iso_and_format);
  g_test_add_func ("/civil-date/from-iso", test_from_iso);
  g_test_add_func ("/civil-date/is-valid", test_is_valid);
  g_test_add_func ("/civil-date/compare", test_compare);
  g_test_add_func ("/civil-date/age", test_age);
  g_test_add_func ("/civil-date/julian", test_julian);
  g_test_add_func ("/civil-date/round-trip", test_round_trip);
  g_test_add_func ("/civil-date/today", test_today);

  g_test_add_func ("/civil-date/today-iso", test_today_iso);
  g_test_add_func ("/civil-date/time/forms", test_time_forms);
  g_test_add_func ("/civil-date/time/hours-only-and-wide", test_time_hours_only_and_wide);
  g_test_add_func ("/civil-date/time/refused", test_time_refused);
  g_test_add_func ("/civil-date/time/blank", test_time_blank);

  return g_test_run ();
}
