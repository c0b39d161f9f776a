/* tx-civil-date.c — civil dates (no time zone) as Chinese offices write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "tx-civil-date.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (tx-date-error-quark, tx_date_error)

/* The month names double as the Chinese "N月" in translation, which is what
 * lets one format string per language produce both "12 March 1965" and
 * "1965年3月12日". */
static const char *const month_names[12] = {
  NC_("month name", "January"),
  NC_("month name", "February"),
  NC_("month name", "March"),
  NC_("month name", "April"),
  NC_("month name", "May"),
  NC_("month name", "June"),
  NC_("month name", "July"),
  NC_("month name", "August"),
  NC_("month name", "September"),
  NC_("month name", "October"),
  NC_("month name", "November"),
  NC_("month name", "December"),
};

const char *
tx_civil_date_month_name (int month)
{
  if (month < 1 || month > 12)
    return NULL;

  return g_dpgettext2 (GETTEXT_PACKAGE, "month name", month_names[month - 1]);
}

gboolean
tx_civil_date_is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
tx_civil_date_days_in_month (int year,
                             int month)
{
  static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month < 1 || month > 12)
    return 0;
  if (month == 2 && tx_civil_date_is_leap_year (year))
    return 29;

  return days[month - 1];
}

gboolean
tx_civil_date_is_valid (int year,
                        int month,
                        int day)
{
  if (year < TX_CIVIL_DATE_MIN_YEAR || year > TX_CIVIL_DATE_MAX_YEAR)
    return FALSE;
  if (month == 0)
    return day == 0;
  if (month < 1 || month > 12)
    return FALSE;

  return day == 0 || (day >= 1 && day <= tx_civil_date_days_in_month (year, month));
}

/* Range checks with a message that names what is wrong.  @have_month and
 * @have_day say whether the text spelled the field out: an explicit
 * "1965-03-00" is a mistake, not a year-month. */
static gboolean
check_fields (int       year,
              int       month,
              int       day,
              gboolean  have_month,
              gboolean  have_day,
              GError  **error)
{
  if (year < TX_CIVIL_DATE_MIN_YEAR || year > TX_CIVIL_DATE_MAX_YEAR)
    {
      g_set_error (error, TX_DATE_ERROR, TX_DATE_ERROR_RANGE,
                   /* Translators: the year, then the first and last supported years */
                   _("The year %d is outside the supported range %d–%d"),
                   year, TX_CIVIL_DATE_MIN_YEAR, TX_CIVIL_DATE_MAX_YEAR);
      return FALSE;
    }

  if (have_month && (month < 1 || month > 12))
    {
      g_set_error (error, TX_DATE_ERROR, TX_DATE_ERROR_RANGE,
                   _("There is no month %d"), month);
      return FALSE;
    }

  if (have_day && (day < 1 || day > tx_civil_date_days_in_month (year, month)))
    {
      g_set_error (error, TX_DATE_ERROR, TX_DATE_ERROR_RANGE,
                   /* Translators: month name, year, day: “February 1965 has no day 31” */
                   _("%s %d has no day %d"),
                   tx_civil_date_month_name (month), year, day);
      return FALSE;
    }

  return TRUE;
}

/* Full-width digits and punctuation come from Chinese input methods, and
 * dashes from word processors; all spaces become ASCII spaces. */
static gunichar
fold_char (gunichar c)
{
  if (c >= 0xFF10 && c <= 0xFF19)           /* ０–９ */
    return '0' + (c - 0xFF10);
  if (c == 0xFF0D || (c >= 0x2010 && c <= 0x2015) || c == 0x2212)
    return '-';
  if (c == 0xFF0E)                          /* ． */
    return '.';
  if (c == 0xFF0F)                          /* ／ */
    return '/';
  if (g_unichar_isspace (c))
    return ' ';

  return c;
}

/* Pasted text can be any bytes: a cut multi-byte character at the end
 * would make g_utf8_next_char() step over the terminating NUL, so invalid
 * bytes become U+FFFD first (found by tests/fuzz/fuzz-civil-date.c). */
static char *
fold_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *s = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    g_string_append_unichar (s, fold_char (g_utf8_get_char (p)));

  return g_strstrip (g_string_free (s, FALSE));
}

/* Reads a run of ASCII digits; returns how many there were.  The value
 * stops growing after nine digits, which are a format error anyway. */
static int
read_number (const char **p,
             int         *value)
{
  int n = 0;

  *value = 0;
  for (; g_ascii_isdigit (**p); (*p)++, n++)
    if (n < 9)
      *value = *value * 10 + (**p - '0');

  return n;
}

static void
skip_spaces (const char **p)
{
  while (**p == ' ')
    (*p)++;
}

static gboolean
skip_word (const char **p,
           const char  *word)
{
  gsize len = strlen (word);

  if (strncmp (*p, word, len) != 0)
    return FALSE;
  *p += len;

  return TRUE;
}

typedef struct
{
  int year, month, day;
  gboolean have_month, have_day;
} Fields;

/* After the year: "-3-12", ".3", "/3/12"; one separator throughout. */
static gboolean
parse_separated (const char **p,
                 Fields      *f)
{
  char sep = **p;
  int n;

  (*p)++;
  n = read_number (p, &f->month);
  if (n < 1 || n > 2)
    return FALSE;
  f->have_month = TRUE;

  if (**p != sep || !g_ascii_isdigit ((*p)[1]))
    return TRUE;                    /* the caller reports anything left over */

  (*p)++;
  n = read_number (p, &f->day);
  if (n > 2)
    return FALSE;
  f->have_day = TRUE;

  return TRUE;
}

/* After the year: "年3月12日", "年3月12号", "年3月12", "年3月", "年",
 * with spaces allowed between the parts as people type them. */
static gboolean
parse_chinese (const char **p,
               Fields      *f)
{
  int n;

  skip_spaces (p);
  if (!skip_word (p, "年"))
    return TRUE;                    /* "1965x": left over for the caller */
  skip_spaces (p);
  if (!g_ascii_isdigit (**p))
    return TRUE;

  n = read_number (p, &f->month);
  skip_spaces (p);
  if (n > 2 || !skip_word (p, "月"))
    return FALSE;
  f->have_month = TRUE;
  skip_spaces (p);
  if (!g_ascii_isdigit (**p))
    return TRUE;

  n = read_number (p, &f->day);
  if (n > 2)
    return FALSE;
  f->have_day = TRUE;
  skip_spaces (p);
  if (!skip_word (p, "日"))
    skip_word (p, "号");
  skip_spaces (p);

  return TRUE;
}

/* Fills @f from @s; on FALSE the text is not a date at all.  *rest points
 * at whatever follows a well-formed date. */
static gboolean
parse_fields (const char  *s,
              Fields      *f,
              const char **rest)
{
  const char *p = s;
  int n = read_number (&p, &f->year);

  if (n == 8 && *p == '\0')
    {
      f->day = f->year % 100;
      f->month = f->year / 100 % 100;
      f->year /= 10000;
      f->have_month = f->have_day = TRUE;
    }
  else if (n != 4)
    return FALSE;
  else if (*p == '-' || *p == '.' || *p == '/')
    {
      if (!parse_separated (&p, f))
        return FALSE;
    }
  else if (*p != '\0' && !parse_chinese (&p, f))
    return FALSE;

  *rest = p;

  return TRUE;
}

gboolean
tx_civil_date_parse (const char   *text,
                     TxCivilDate  *out,
                     GError      **error)
{
  g_autofree char *folded = NULL;
  Fields f = { 0, };
  const char *rest = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  folded = fold_text (text);
  if (*folded == '\0')
    {
      g_set_error_literal (error, TX_DATE_ERROR, TX_DATE_ERROR_FORMAT,
                           _("No date was given"));
      return FALSE;
    }

  if (!parse_fields (folded, &f, &rest))
    {
      g_set_error (error, TX_DATE_ERROR, TX_DATE_ERROR_FORMAT,
                   /* Translators: the Chinese text may add 1965年3月12日 as an example */
                   _("“%s” is not a date; write it like 1965-03-12 or 1965.3.12"),
                   folded);
      return FALSE;
    }

  if (*rest != '\0')
    {
      g_set_error (error, TX_DATE_ERROR, TX_DATE_ERROR_FORMAT,
                   _("Unexpected “%s” after the date"), rest);
      return FALSE;
    }

  if (!check_fields (f.year, f.month, f.day, f.have_month, f.have_day, error))
    return FALSE;

  if (out != NULL)
    *out = (TxCivilDate) { f.year, f.month, f.day };

  return TRUE;
}

char *
tx_civil_date_to_iso (const TxCivilDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (tx_civil_date_is_valid (date->year, date->month, date->day), NULL);

  if (date->month == 0)
    return g_strdup_printf ("%04d", date->year);
  if (date->day == 0)
    return g_strdup_printf ("%04d-%02d", date->year, date->month);

  return g_strdup_printf ("%04d-%02d-%02d", date->year, date->month, date->day);
}

char *
tx_civil_date_normalize (const char  *text,
                         GError     **error)
{
  g_autofree char *folded = NULL;
  TxCivilDate date;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (text == NULL)
    return NULL;

  /* A blank optional field is not an error. */
  folded = fold_text (text);
  if (*folded == '\0')
    return NULL;

  if (!tx_civil_date_parse (folded, &date, error))
    return NULL;

  return tx_civil_date_to_iso (&date);
}

/* "9:05", "09:05", "9：05", "9.05", "0905", "9点05", "9点05分", "9点", "9时" */
char *
tx_civil_time_normalize (const char  *text,
                         GError     **error)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *h = NULL, *m = NULL, *m2 = NULL;
  int hour, minute;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (text == NULL)
    return NULL;
  folded = fold_text (text);
  if (*folded == '\0')
    return NULL;

  regex = g_regex_new ("^([0-9]{1,2})(?:[:：.点时]([0-9]{2})分?|点|时|([0-9]{2}))$", G_REGEX_OPTIMIZE, 0, NULL);
  if (!g_regex_match (regex, folded, 0, &match))
    {
      g_set_error_literal (error, TX_DATE_ERROR, TX_DATE_ERROR_FORMAT,
                           _("write the time as hours and minutes, like 14:30"));
      return NULL;
    }
  h = g_match_info_fetch (match, 1);
  m = g_match_info_fetch (match, 2);
  m2 = g_match_info_fetch (match, 3);
  hour = atoi (h);
  minute = (m && *m) ? atoi (m) : (m2 && *m2) ? atoi (m2) : 0;
  if (hour >= 24 || minute >= 60)
    {
      g_set_error_literal (error, TX_DATE_ERROR, TX_DATE_ERROR_RANGE,
                           _("write the time as hours and minutes, like 14:30"));
      return NULL;
    }
  return g_strdup_printf ("%02d:%02d", hour, minute);
}

char *
tx_civil_date_format (const TxCivilDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (tx_civil_date_is_valid (date->year, date->month, date->day), NULL);

  if (date->month == 0)
    /* Translators: a year on its own; Chinese: %d年 */
    return g_strdup_printf (C_("civil date", "%d"), date->year);

  if (date->day == 0)
    /* Translators: month name, year: “March 1965”; Chinese: %2$d年%1$s */
    return g_strdup_printf (C_("civil date", "%s %d"),
                            tx_civil_date_month_name (date->month), date->year);

  /* Translators: day, month name, year: “12 March 1965”; Chinese: %3$d年%2$s%1$d日 */
  return g_strdup_printf (C_("civil date", "%d %s %d"),
                          date->day, tx_civil_date_month_name (date->month),
                          date->year);
}

static int
compare_int (int a,
             int b)
{
  return (a > b) - (a < b);
}

int
tx_civil_date_compare (const TxCivilDate *a,
                       const TxCivilDate *b)
{
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  if (a->year != b->year)
    return compare_int (a->year, b->year);
  if (a->month != b->month)
    return compare_int (a->month, b->month);

  return compare_int (a->day, b->day);
}

int
tx_civil_date_age (const TxCivilDate *birth,
                   const TxCivilDate *on)
{
  int b_month, b_day, o_month, o_day, age;

  g_return_val_if_fail (birth != NULL, -1);
  g_return_val_if_fail (on != NULL, -1);

  b_month = MAX (birth->month, 1);
  b_day = MAX (birth->day, 1);
  o_month = MAX (on->month, 1);
  o_day = MAX (on->day, 1);

  /* Comparing (month, day) pairs makes a 29 February birthday count from
   * 1 March in common years, the usual reading of 周岁. */
  age = on->year - birth->year;
  if (o_month < b_month || (o_month == b_month && o_day < b_day))
    age--;

  return age < 0 ? -1 : age;
}

void
tx_civil_date_today (TxCivilDate *out)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (out != NULL);

  g_date_time_get_ymd (now, &out->year, &out->month, &out->day);
}

char *
tx_civil_date_dup_today_iso (void)
{
  TxCivilDate today;

  tx_civil_date_today (&today);
  return tx_civil_date_to_iso (&today);
}

/* Exactly @n ASCII digits at @s. */
static gboolean
read_digits (const char *s,
             int         n,
             int        *value)
{
  *value = 0;
  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      *value = *value * 10 + (s[i] - '0');
    }

  return TRUE;
}

gboolean
tx_civil_date_from_iso (const char  *iso,
                        TxCivilDate *out)
{
  TxCivilDate d = { 0, };
  gsize len;

  if (iso == NULL)
    return FALSE;

  len = strlen (iso);
  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  if (!read_digits (iso, 4, &d.year))
    return FALSE;
  if (len >= 7 && (iso[4] != '-' || !read_digits (iso + 5, 2, &d.month) || d.month == 0))
    return FALSE;
  if (len == 10 && (iso[7] != '-' || !read_digits (iso + 8, 2, &d.day) || d.day == 0))
    return FALSE;
  if (!tx_civil_date_is_valid (d.year, d.month, d.day))
    return FALSE;

  if (out != NULL)
    *out = d;

  return TRUE;
}

int
tx_civil_date_to_julian (const TxCivilDate *date)
{
  int a, y, m;

  g_return_val_if_fail (date != NULL, 0);
  g_return_val_if_fail (date->month >= 1 && date->month <= 12 && date->day >= 1, 0);

  /* Fliegel & Van Flandern: count from March so the leap day comes last. */
  a = (14 - date->month) / 12;
  y = date->year + 4800 - a;
  m = date->month + 12 * a - 3;

  return date->day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

/* Fliegel and Van Flandern again, the other way */
void
tx_civil_date_from_julian (int          jd,
                           TxCivilDate *out)
{
  int l = jd + 68569;
  int n = 4 * l / 146097;
  int i, j;

  l -= (146097 * n + 3) / 4;
  i = 4000 * (l + 1) / 1461001;
  l = l - 1461 * i / 4 + 31;
  j = 80 * l / 2447;
  out->day = l - 2447 * j / 80;
  l = j / 11;
  out->month = j + 2 - 12 * l;
  out->year = 100 * (n - 49) + i + l;
}
