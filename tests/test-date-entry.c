/* test-date-entry.c — TxDateEntry, the one date input of every editor:
 * every written form accepted, one display form, a wrong date marked
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "app/widgets/tx-date-entry.h"
#include "core/text/tx-i18n.h"
#include "tx-test-gtk-util.h"

/* The display form written out independently of tx_civil_date_format. */
static char *
chinese_long_form (int year,
                   int month,
                   int day)
{
  if (month == 0)
    return g_strdup_printf ("%d年", year);
  if (day == 0)
    return g_strdup_printf ("%d年%d月", year, month);
  return g_strdup_printf ("%d年%d月%d日", year, month, day);
}

static GtkWidget *
new_entry_in_window (GtkWindow **window)
{
  GtkWidget *entry = tx_date_entry_new ();

  *window = tx_test_window_new_for (entry);
  return entry;
}

static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

static void
test_every_form (void)
{
  static const struct { const char *typed; const char *iso; int y, m, d; } forms[] = {
    { "1965-03-12", "1965-03-12", 1965, 3, 12 },
    { "1965-3-12", "1965-03-12", 1965, 3, 12 },
    { "1965.3.12", "1965-03-12", 1965, 3, 12 },
    { "1965/3/12", "1965-03-12", 1965, 3, 12 },
    { "19650312", "1965-03-12", 1965, 3, 12 },
    { "1965年3月12日", "1965-03-12", 1965, 3, 12 },
    { "1965年3月12号", "1965-03-12", 1965, 3, 12 },
    { "1965年3月12", "1965-03-12", 1965, 3, 12 },
    { " １９６５．３．１２ ", "1965-03-12", 1965, 3, 12 },   /* full-width, spaces */
    { "2026-02-10", "2026-02-10", 2026, 2, 10 },
    { "1965-03", "1965-03", 1965, 3, 0 },
    { "1965.3", "1965-03", 1965, 3, 0 },
    { "1965/3", "1965-03", 1965, 3, 0 },
    { "1965年3月", "1965-03", 1965, 3, 0 },
    { "1965年", "1965", 1965, 0, 0 },
    { "1965", "1965", 1965, 0, 0 },
  };
  GtkWindow *window;
  GtkWidget *entry;

  if (tx_test_skip_without_display ())
    return;
  entry = new_entry_in_window (&window);
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *shown = chinese_long_form (forms[i].y, forms[i].m, forms[i].d);
      g_autoptr(GError) error = NULL;

      type_and_enter (entry, forms[i].typed);
      g_assert_cmpstr (tx_date_entry_get_date (TX_DATE_ENTRY (entry)), ==, forms[i].iso);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, shown);
      g_assert_false (gtk_widget_has_css_class (entry, "error"));
      g_assert_true (tx_date_entry_validate (TX_DATE_ENTRY (entry), &error));
      g_assert_no_error (error);
      /* the display form is read back as the same date */
      g_assert_cmpstr (tx_date_entry_get_date (TX_DATE_ENTRY (entry)), ==, forms[i].iso);
    }
  tx_test_destroy_window (window);
}

static void
test_display_form (void)
{
  GtkWindow *window;
  GtkWidget *entry;

  if (tx_test_skip_without_display ())
    return;
  entry = new_entry_in_window (&window);
  tx_date_entry_set_date (TX_DATE_ENTRY (entry), "2026-02-10");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2026年2月10日");
  tx_date_entry_set_date (TX_DATE_ENTRY (entry), NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_null (tx_date_entry_get_date (TX_DATE_ENTRY (entry)));
  tx_test_destroy_window (window);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_property (void)
{
  g_autofree char *value = NULL;
  GtkWindow *window;
  GtkWidget *entry;
  guint notified = 0;

  if (tx_test_skip_without_display ())
    return;
  entry = new_entry_in_window (&window);
  g_signal_connect (entry, "notify::date", G_CALLBACK (count_notify), &notified);

  g_object_set (entry, "date", "1990-07-01", NULL);
  g_object_get (entry, "date", &value, NULL);
  g_assert_cmpstr (value, ==, "1990-07-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "1990年7月1日");
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (entry, "date", "1990-07-01", NULL);   /* the same: no notify */
  g_assert_cmpuint (notified, ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (entry), "2001.10.1");   /* typing tells at once */
  g_assert_cmpuint (notified, ==, 2);
  g_clear_pointer (&value, g_free);
  g_object_get (entry, "date", &value, NULL);
  g_assert_cmpstr (value, ==, "2001-10-01");
  tx_test_destroy_window (window);
}

static void
test_invalid_marks (void)
{
  static const char * const wrong[] = { "1965年13月", "1965-02-30", "196503", "明天", "12/3/1965" };
  GtkWindow *window;
  GtkWidget *entry;

  if (tx_test_skip_without_display ())
    return;
  entry = new_entry_in_window (&window);
  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = NULL;

      type_and_enter (entry, wrong[i]);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, wrong[i]);   /* kept as typed */
      g_assert_null (tx_date_entry_get_date (TX_DATE_ENTRY (entry)));
      g_assert_true (gtk_widget_has_css_class (entry, "error"));
      g_assert_nonnull (gtk_widget_get_tooltip_text (entry));
      g_assert_false (tx_date_entry_read (TX_DATE_ENTRY (entry), "出生日期", &out, &error));
      g_assert_null (out);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "出生日期"));
    }
  /* a right date clears the mark */
  type_and_enter (entry, "1965-03-12");
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_null (gtk_widget_get_tooltip_text (entry));
  tx_test_destroy_window (window);
}

static void
test_blank (void)
{
  g_autoptr(GError) error = NULL;
  /* a value that must be replaced: read() sets its result without freeing */
  char *out = (char *) "x";
  GtkWindow *window;
  GtkWidget *entry;

  if (tx_test_skip_without_display ())
    return;
  entry = new_entry_in_window (&window);
  type_and_enter (entry, "   ");
  g_assert_true (tx_date_entry_read (TX_DATE_ENTRY (entry), "出生日期", &out, &error));
  g_assert_no_error (error);
  g_assert_null (out);
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  tx_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* the display form is the Chinese one the offices read */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  tx_test_gtk_init ();

  g_test_add_func ("/date-entry/every-form", test_every_form);
  g_test_add_func ("/date-entry/display-form", test_display_form);
  g_test_add_func ("/date-entry/property", test_property);
  g_test_add_func ("/date-entry/invalid-marks", test_invalid_marks);
  g_test_add_func ("/date-entry/blank", test_blank);
  return g_test_run ();
}
