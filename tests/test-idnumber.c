/* test-idnumber.c — GB 11643 citizen ID numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <glib.h>

#include "core/text/tx-idnumber.h"

/* Published sample numbers (GB 11643 and common references). */
#define SAMPLE_FEMALE "11010519491231002X"
#define SAMPLE_MALE   "440524188001010014"

/* An 18-character number with a correct check character, from its parts. */
static char *
make_number (const char *area6,
             const char *birth8,
             const char *sequence3)
{
  char *number = g_strdup_printf ("%s%s%s?", area6, birth8, sequence3);

  g_assert_cmpuint (strlen (number), ==, 18);
  number[17] = tx_id_number_compute_check (number);
  g_assert_cmpint (number[17], !=, 0);

  return number;
}

static void
assert_valid (const char *number)
{
  g_autoptr(GError) error = NULL;

  g_test_message ("validating %s", number);
  tx_id_number_validate (number, &error);
  g_assert_no_error (error);
}

/* Returns the message so callers can check that it names the problem. */
static char *
assert_invalid (const char *number,
                int         code)
{
  g_autoptr(GError) error = NULL;

  if (tx_id_number_validate (number, &error))
    g_error ("%s was accepted", number);
  g_assert_error (error, TX_ID_NUMBER_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));

  return g_strdup (error->message);
}

static void
test_check_digit (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  g_assert_cmpint (tx_id_number_compute_check ("11010519491231002"), ==, 'X');
  g_assert_cmpint (tx_id_number_compute_check ("44052418800101001"), ==, '4');
  /* Anything after the first 17 is ignored. */
  g_assert_cmpint (tx_id_number_compute_check (SAMPLE_FEMALE), ==, 'X');
  g_assert_cmpint (tx_id_number_compute_check (SAMPLE_MALE), ==, '4');

  g_assert_cmpint (tx_id_number_compute_check (NULL), ==, 0);
  g_assert_cmpint (tx_id_number_compute_check (""), ==, 0);
  g_assert_cmpint (tx_id_number_compute_check ("1101051949123100"), ==, 0);
  g_assert_cmpint (tx_id_number_compute_check ("1101051949123100A"), ==, 0);
  g_assert_cmpint (tx_id_number_compute_check ("１１０１０５１９４９１２３１００２"), ==, 0);

  /* Over a thousand sequence numbers every one of the eleven check
   * characters turns up, and each number validates. */
  for (int seq = 0; seq < 1000; seq++)
    {
      g_autofree char *sequence = g_strdup_printf ("%03d", seq);
      g_autofree char *number = make_number ("320102", "19650312", sequence);
      g_autoptr(GError) error = NULL;

      g_hash_table_add (seen, GINT_TO_POINTER (number[17]));
      tx_id_number_validate (number, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 11);
}

static void
test_valid (void)
{
  g_autofree char *shanghai = make_number ("310104", "19800101", "123");
  g_autofree char *hong_kong = make_number ("810000", "19900615", "001");

  assert_valid (SAMPLE_FEMALE);
  assert_valid (SAMPLE_MALE);
  assert_valid (shanghai);
  /* a 港澳台居民居住证 is valid as that document (see test_permit_area) */
  g_assert_true (tx_id_number_validate_for (hong_kong, TX_ID_DOCUMENT_PERMIT, NULL));
}

static void
test_wrong_check_digit (void)
{
  g_autofree char *female = assert_invalid ("110105194912310020", TX_ID_NUMBER_ERROR_CHECK_DIGIT);
  g_autofree char *male = assert_invalid ("44052418800101001X", TX_ID_NUMBER_ERROR_CHECK_DIGIT);

  g_assert_cmpstr (female, ==,
                   "The check character does not match: with these first 17 digits "
                   "the last character should be “X”, not “0”; one of the digits may be mistyped");
  g_assert_nonnull (strstr (male, "should be “4”, not “X”"));

  /* One mistyped digit in the middle is caught by the check character. */
  g_free (assert_invalid ("11010519491231003X", TX_ID_NUMBER_ERROR_CHECK_DIGIT));
  /* Two swapped neighbours too. */
  g_free (assert_invalid ("11010519491213002X", TX_ID_NUMBER_ERROR_CHECK_DIGIT));
}

static void
test_normalize (void)
{
  g_autofree char *spaced = tx_id_number_normalize (" 110105 19491231 002x ");
  g_autofree char *wide = tx_id_number_normalize ("１１０１０５１９４９１２３１００２ｘ");
  g_autofree char *ideographic = tx_id_number_normalize ("110105\u300019491231002X\t");
  g_autofree char *lower = tx_id_number_normalize ("11010519491231002x");
  g_autofree char *message = NULL;
  g_autofree char *junk = tx_id_number_normalize ("ab-c");

  g_assert_null (tx_id_number_normalize (NULL));
  g_assert_cmpstr (spaced, ==, SAMPLE_FEMALE);
  g_assert_cmpstr (wide, ==, SAMPLE_FEMALE);
  g_assert_cmpstr (ideographic, ==, SAMPLE_FEMALE);
  g_assert_cmpstr (lower, ==, SAMPLE_FEMALE);
  g_assert_cmpstr (junk, ==, "ab-c");        /* nothing else is touched */
  assert_valid (lower);

  /* validate() itself wants the normalized form. */
  message = assert_invalid ("11010519491231002x", TX_ID_NUMBER_ERROR_CHARACTERS);
  g_assert_cmpstr (message, ==,
                   "Character 18 of the ID number, “x”, is not allowed: "
                   "only digits, and X as the last character");
}

static void
test_length (void)
{
  g_autofree char *short_one = assert_invalid ("1101051949123100", TX_ID_NUMBER_ERROR_LENGTH);
  g_autofree char *old = assert_invalid ("110105491231002", TX_ID_NUMBER_ERROR_OLD_FORMAT);

  g_assert_cmpstr (short_one, ==, "An ID number has 18 characters; this one has 16");
  g_assert_cmpstr (old, ==,
                   "This is an old 15-digit ID number; it can be converted to the current 18-digit form");

  g_free (assert_invalid ("", TX_ID_NUMBER_ERROR_LENGTH));
  g_free (assert_invalid ("11010519491231002X0", TX_ID_NUMBER_ERROR_LENGTH));
  g_free (assert_invalid ("11010519491231002", TX_ID_NUMBER_ERROR_LENGTH));
  /* Fifteen characters, not all digits: not an old number. */
  g_free (assert_invalid ("11010549123100X", TX_ID_NUMBER_ERROR_LENGTH));
  /* Length counts characters, not bytes. */
  g_free (assert_invalid ("１１０１０５１９４９１２３１００２Ｘ", TX_ID_NUMBER_ERROR_CHARACTERS));
}

static void
test_characters (void)
{
  g_autofree char *letter = assert_invalid ("1101051949123100A2", TX_ID_NUMBER_ERROR_CHARACTERS);
  g_autofree char *x_inside = assert_invalid ("1101051949123100X2", TX_ID_NUMBER_ERROR_CHARACTERS);
  g_autofree char *wide = assert_invalid ("１10105194912310020", TX_ID_NUMBER_ERROR_CHARACTERS);
  g_autofree char *hyphen = assert_invalid ("110105-19491231002", TX_ID_NUMBER_ERROR_CHARACTERS);
  g_autofree char *bad_bytes = assert_invalid ("11010519491231\xff\xfe" "02", TX_ID_NUMBER_ERROR_CHARACTERS);

  g_assert_nonnull (strstr (letter, "Character 17 of the ID number, “A”"));
  g_assert_nonnull (strstr (x_inside, "Character 17 of the ID number, “X”"));
  g_assert_nonnull (strstr (wide, "Character 1 of the ID number, “１”"));
  g_assert_nonnull (strstr (hyphen, "Character 7 of the ID number, “-”"));
  g_assert_nonnull (strstr (bad_bytes, "Character 15 of the ID number, “\uFFFD”"));
}

static char *
assert_date_rejected (const char *birth8)
{
  g_autofree char *number = make_number ("110105", birth8, "002");

  return assert_invalid (number, TX_ID_NUMBER_ERROR_DATE);
}

static void
test_date (void)
{
  g_autofree char *feb31 = assert_date_rejected ("19650231");
  g_autofree char *month13 = assert_date_rejected ("19651301");
  g_autofree char *early = assert_date_rejected ("18491231");
  g_autofree char *leap2000 = make_number ("110105", "20000229", "002");
  g_autofree char *leap1964 = make_number ("110105", "19640229", "002");
  g_autofree char *first = make_number ("110105", "18500101", "002");

  g_assert_cmpstr (feb31, ==,
                   "The birth date in the ID number does not exist: February 1965 has no day 31");
  g_assert_cmpstr (month13, ==,
                   "The birth date in the ID number does not exist: There is no month 13");
  g_assert_cmpstr (early, ==, "The birth year in the ID number, 1849, is before 1850");

  /* 29 February only in leap years; 1900 was not one, 2000 was. */
  assert_valid (leap2000);
  assert_valid (leap1964);
  g_free (assert_date_rejected ("19650229"));
  g_free (assert_date_rejected ("19000229"));
  g_free (assert_date_rejected ("19650400"));
  g_free (assert_date_rejected ("19650010"));
  g_free (assert_date_rejected ("19650431"));
  assert_valid (first);
}

static void
test_future (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *today8 = g_date_time_format (now, "%Y%m%d");
  g_autofree char *tomorrow8 = g_date_time_format (tomorrow, "%Y%m%d");
  g_autofree char *next_year8 = g_strdup_printf ("%04d0101", g_date_time_get_year (now) + 1);
  g_autofree char *today_number = make_number ("110105", today8, "002");
  g_autofree char *tomorrow_msg = assert_date_rejected (tomorrow8);
  g_autofree char *next_year_msg = assert_date_rejected (next_year8);
  g_autofree char *far_msg = assert_date_rejected ("23000101");
  g_autofree char *expected = g_strdup_printf ("The birth year in the ID number, %d, is in the future",
                                               g_date_time_get_year (now) + 1);

  /* A baby registered on the day it is born. */
  assert_valid (today_number);
  g_assert_true (g_str_has_suffix (tomorrow_msg, ", is in the future"));
  g_assert_cmpstr (next_year_msg, ==, expected);
  g_assert_cmpstr (far_msg, ==, "The birth year in the ID number, 2300, is in the future");
}

static void
test_area (void)
{
  static const int provinces[] = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
    50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
  };
  g_autofree char *message = NULL;
  g_autofree char *bad = make_number ("990105", "19650312", "002");

  for (int code = 0; code < 100; code++)
    {
      g_autofree char *area = g_strdup_printf ("%02d0101", code);
      g_autofree char *number = make_number (area, "19650312", "002");
      gboolean expected = FALSE;
      g_autoptr(GError) error = NULL;

      for (gsize i = 0; i < G_N_ELEMENTS (provinces); i++)
        expected |= provinces[i] == code;

      g_assert_cmpint (tx_id_number_validate (number, &error), ==, expected);
      if (!expected)
        g_assert_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_AREA);
    }

  message = assert_invalid (bad, TX_ID_NUMBER_ERROR_AREA);
  g_assert_cmpstr (message, ==, "The ID number starts with “99”, which is not a province code");
}

static void
test_upgrade_15 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *female = tx_id_number_upgrade_15 ("110105491231002", &error);
  g_autofree char *male = NULL;
  g_autofree char *none = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (female, ==, SAMPLE_FEMALE);

  male = tx_id_number_upgrade_15 ("440524800101001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (male, ==, "440524198001010013");
  assert_valid (male);
  g_assert_cmpstr (tx_id_number_gender_code ("440524800101001"), ==, "1");
  g_assert_cmpstr (tx_id_number_gender_code (male), ==, "1");

  none = tx_id_number_upgrade_15 ("11010549123100", &error);
  g_assert_null (none);
  g_assert_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_LENGTH);
  g_assert_cmpstr (error->message, ==, "An old ID number has 15 digits; this one has 14");
  g_clear_error (&error);

  g_assert_null (tx_id_number_upgrade_15 (SAMPLE_FEMALE, &error));
  g_assert_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_LENGTH);
  g_clear_error (&error);

  g_assert_null (tx_id_number_upgrade_15 ("11010549123100X", &error));
  g_assert_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_CHARACTERS);
  g_assert_cmpstr (error->message, ==, "Character 15 of the ID number, “X”, is not a digit");
  g_clear_error (&error);

  g_assert_null (tx_id_number_upgrade_15 ("110105650231002", &error));
  g_assert_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_DATE);
  g_clear_error (&error);

  g_assert_null (tx_id_number_upgrade_15 ("990105491231002", &error));
  g_assert_error (error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_AREA);
  g_clear_error (&error);
}

static void
test_birth_date (void)
{
  TxCivilDate date;

  g_assert_true (tx_id_number_birth_date (SAMPLE_FEMALE, &date));
  g_assert_cmpint (date.year, ==, 1949);
  g_assert_cmpint (date.month, ==, 12);
  g_assert_cmpint (date.day, ==, 31);

  g_assert_true (tx_id_number_birth_date (SAMPLE_MALE, &date));
  g_assert_cmpint (date.year, ==, 1880);
  g_assert_cmpint (date.month, ==, 1);
  g_assert_cmpint (date.day, ==, 1);

  g_assert_true (tx_id_number_birth_date ("110105491231002", &date));
  g_assert_cmpint (date.year, ==, 1949);
  g_assert_cmpint (date.month, ==, 12);
  g_assert_cmpint (date.day, ==, 31);

  g_assert_false (tx_id_number_birth_date (NULL, &date));
  g_assert_false (tx_id_number_birth_date ("", &date));
  g_assert_false (tx_id_number_birth_date ("11010519650231002X", &date));
  g_assert_false (tx_id_number_birth_date ("11010519650300002X", &date));
  g_assert_false (tx_id_number_birth_date ("1101051949123100", &date));
}

static void
test_gender (void)
{
  g_assert_cmpstr (tx_id_number_gender_code (SAMPLE_FEMALE), ==, "2");
  g_assert_cmpstr (tx_id_number_gender_code (SAMPLE_MALE), ==, "1");
  g_assert_cmpstr (tx_id_number_gender_code ("110105491231002"), ==, "2");
  g_assert_cmpstr (tx_id_number_gender_code ("110105491231001"), ==, "1");
  g_assert_null (tx_id_number_gender_code (NULL));
  g_assert_null (tx_id_number_gender_code (""));
  g_assert_null (tx_id_number_gender_code ("110105194912310A2X"));
}

/* 港澳台居民居住证: exactly 810000, 820000 or 830000; an ID card never has
 * them, nor 71 or 91. */
static void
test_permit_area (void)
{
  static const struct { const char *area; gboolean card, permit; } cases[] = {
    { "810000", FALSE, TRUE }, { "820000", FALSE, TRUE }, { "830000", FALSE, TRUE },
    { "810101", FALSE, FALSE }, { "830100", FALSE, FALSE }, { "840000", FALSE, FALSE },
    { "710000", FALSE, FALSE }, { "910000", FALSE, FALSE }, { "110105", TRUE, FALSE },
    { "632525", TRUE, FALSE }, { "630225", TRUE, FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *number = make_number (cases[i].area, "19800101", "123");
      g_autoptr(GError) card_error = NULL;
      g_autoptr(GError) permit_error = NULL;

      g_test_message ("%s", cases[i].area);
      g_assert_cmpint (tx_id_number_validate_for (number, TX_ID_DOCUMENT_ID_CARD, &card_error), ==, cases[i].card);
      g_assert_cmpint (tx_id_number_validate (number, NULL), ==, cases[i].card);
      g_assert_cmpint (tx_id_number_validate_for (number, TX_ID_DOCUMENT_PERMIT, &permit_error), ==, cases[i].permit);
      if (!cases[i].card)
        g_assert_error (card_error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_AREA);
      if (!cases[i].permit)
        g_assert_error (permit_error, TX_ID_NUMBER_ERROR, TX_ID_NUMBER_ERROR_AREA);
    }

  /* a permit typed as an ID card says which document it is */
  {
    g_autofree char *permit = make_number ("810000", "19800101", "123");
    g_autoptr(GError) error = NULL;

    g_assert_false (tx_id_number_check_record (permit, TX_ID_DOCUMENT_ID_CARD, NULL, NULL, &error));
    g_assert_nonnull (strstr (error->message, "residence permit"));
    g_clear_error (&error);
    g_assert_true (tx_id_number_check_record (permit, TX_ID_DOCUMENT_PERMIT, "1980-01-01", "1", &error));
    g_assert_no_error (error);
  }
}

static void
assert_record_ok (const char *number,
                  const char *birth,
                  const char *gender)
{
  g_autoptr(GError) error = NULL;

  tx_id_number_check_record (number, TX_ID_DOCUMENT_ID_CARD, birth, gender, &error);
  g_assert_no_error (error);
}

static char *
assert_record_rejected (const char *number,
                        const char *birth,
                        const char *gender,
                        int         code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (tx_id_number_check_record (number, TX_ID_DOCUMENT_ID_CARD, birth, gender, &error));
  g_assert_error (error, TX_ID_NUMBER_ERROR, code);

  return g_strdup (error->message);
}

static void
test_check_record (void)
{
  g_autofree char *day = NULL;
  g_autofree char *month = NULL;
  g_autofree char *year = NULL;
  g_autofree char *gender = NULL;
  g_autofree char *unreadable = NULL;

  /* Agreement at the record's precision. */
  assert_record_ok (SAMPLE_FEMALE, "1949-12-31", "2");
  assert_record_ok (SAMPLE_FEMALE, "1949-12", "2");
  assert_record_ok (SAMPLE_FEMALE, "1949", "2");
  assert_record_ok (SAMPLE_MALE, "1880-01-01", "1");

  /* Nothing to check against. */
  assert_record_ok (SAMPLE_FEMALE, NULL, NULL);
  assert_record_ok (SAMPLE_FEMALE, "", "0");
  assert_record_ok (SAMPLE_FEMALE, NULL, "9");
  assert_record_ok (SAMPLE_MALE, NULL, "");

  day = assert_record_rejected (SAMPLE_FEMALE, "1949-12-30", "2",
                                TX_ID_NUMBER_ERROR_BIRTH_MISMATCH);
  g_assert_cmpstr (day, ==,
                   "The ID number gives the birth date 31 December 1949, but the record says 30 December 1949");
  month = assert_record_rejected (SAMPLE_FEMALE, "1949-11", "2",
                                  TX_ID_NUMBER_ERROR_BIRTH_MISMATCH);
  g_assert_cmpstr (month, ==,
                   "The ID number gives the birth date 31 December 1949, but the record says November 1949");
  year = assert_record_rejected (SAMPLE_FEMALE, "1950", NULL,
                                 TX_ID_NUMBER_ERROR_BIRTH_MISMATCH);
  g_assert_cmpstr (year, ==,
                   "The ID number gives the birth date 31 December 1949, but the record says 1950");

  gender = assert_record_rejected (SAMPLE_FEMALE, "1949-12-31", "1",
                                   TX_ID_NUMBER_ERROR_GENDER_MISMATCH);
  g_assert_cmpstr (gender, ==, "The ID number gives the gender as female, but the record says male");
  g_free (assert_record_rejected (SAMPLE_MALE, NULL, "2", TX_ID_NUMBER_ERROR_GENDER_MISMATCH));

  /* The birth date is checked before the gender. */
  g_free (assert_record_rejected (SAMPLE_FEMALE, "1950-01-01", "1",
                                  TX_ID_NUMBER_ERROR_BIRTH_MISMATCH));

  unreadable = assert_record_rejected (SAMPLE_FEMALE, "1949/12/31", "2",
                                       TX_ID_NUMBER_ERROR_BIRTH_MISMATCH);
  g_assert_cmpstr (unreadable, ==, "The recorded birth date “1949/12/31” is not a valid date");

  /* An invalid number fails as such before any comparison. */
  g_free (assert_record_rejected ("110105194912310020", "1949-12-31", "2",
                                  TX_ID_NUMBER_ERROR_CHECK_DIGIT));
  g_free (assert_record_rejected ("110105491231002", "1949-12-31", "2",
                                  TX_ID_NUMBER_ERROR_OLD_FORMAT));
}

static void
assert_mask (const char *number,
             const char *expected)
{
  g_autofree char *masked = tx_id_number_mask (number);

  g_assert_cmpstr (masked, ==, expected);
}

static void
test_mask (void)
{
  assert_mask (SAMPLE_FEMALE, "110105********002X");
  assert_mask (SAMPLE_MALE, "440524********0014");
  assert_mask ("110105491231002", "110105*****1002");
  assert_mask ("E12345678", "*******78");         /* passport */
  assert_mask ("H1234567890", "*********90");     /* Home Return Permit */
  assert_mask ("护照E1234567", "********67");
  assert_mask ("12345", "***45");
  assert_mask ("1234", "****");
  assert_mask ("12", "**");
  assert_mask ("", "");
  assert_mask (NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/idnumber/check-digit", test_check_digit);
  g_test_add_func ("/idnumber/valid", test_valid);
  g_test_add_func ("/idnumber/wrong-check-digit", test_wrong_check_digit);
  g_test_add_func ("/idnumber/normalize", test_normalize);
  g_test_add_func ("/idnumber/length", test_length);
  g_test_add_func ("/idnumber/characters", test_characters);
  g_test_add_func ("/idnumber/date", test_date);
  g_test_add_func ("/idnumber/future", test_future);
  g_test_add_func ("/idnumber/area", test_area);
  g_test_add_func ("/idnumber/upgrade-15", test_upgrade_15);
  g_test_add_func ("/idnumber/birth-date", test_birth_date);
  g_test_add_func ("/idnumber/gender", test_gender);
  g_test_add_func ("/idnumber/check-record", test_check_record);
  g_test_add_func ("/idnumber/permit-area", test_permit_area);
  g_test_add_func ("/idnumber/mask", test_mask);

  return g_test_run ();
}
