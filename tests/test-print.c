/* test-print.c — the printed documents, read back from their PDF files
 *
 * Every document is rendered from a demo database to a real PDF and read
 * back with poppler's pdftotext, pdfinfo, pdffonts and pdfimages; the
 * expected values come from the database through other paths (the
 * archive's lazy list, tx_id_number_mask(), tongxin-cli stats --year).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-activity-query.h"
#include "core/model/tx-consultation.h"
#include "core/text/tx-i18n.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-person.h"
#include "core/model/tx-record-list.h"
#include "core/db/tx-settings.h"
#include "core/db/tx-store.h"
#include "core/stats/tx-year-figures.h"
#include "core/report/tx-documents.h"
#include "core/report/tx-report-pages.h"

#include "tx-test-util.h"

#define OFFICE "兴隆街道统战办"

static char *test_dir;
static TxDatabase *demo;

/* ---- poppler ----------------------------------------------------------------- */

static char *
run (const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;
  va_list args;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* the text of each page (pdftotext -layout separates pages by form feeds) */
static char **
pdf_pages (const char *pdf)
{
  g_autofree char *text = run ("pdftotext", "-layout", pdf, "-", NULL);
  char **pages = g_strsplit (text, "\f", -1);
  guint n = g_strv_length (pages);

  /* the text ends with a form feed: no page after it */
  if (n > 0 && *pages[n - 1] == '\0')
    g_clear_pointer (&pages[n - 1], g_free);
  return pages;
}

static char *
write_pdf (TxReport   *report,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxReportPages) pages = tx_report_pages_new (report, NULL, NULL, NULL, &error);
  char *path = g_build_filename (test_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_no_error (error);
  g_assert_true (tx_report_pages_write_pdf_file (pages, file, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static guint
pdf_info_pages (const char *pdf,
                gboolean    landscape)
{
  g_autofree char *info = run ("pdfinfo", pdf, NULL);
  g_autoptr(GRegex) regex = g_regex_new ("^Pages:\\s+(\\d+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *count = NULL;

  g_assert_nonnull (strstr (info, landscape ? "Page size:       841.89 x 595.276 pts (A4)"
                                            : "Page size:       595.276 x 841.89 pts (A4)"));
  g_assert_true (g_regex_match (regex, info, 0, &match));
  count = g_match_info_fetch (match, 1);
  return (guint) g_ascii_strtoull (count, NULL, 10);
}

/* A4, CJK fonts embedded, every page's footer "第 N 页 共 M 页" and the
 * office in every header; the pages' text. */
static char **
check_pdf (const char *pdf,
           gboolean    landscape)
{
  guint n = pdf_info_pages (pdf, landscape);
  g_autofree char *fonts = run ("pdffonts", pdf, NULL);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  char **pages = pdf_pages (pdf);
  gboolean cjk = FALSE;

  for (guint i = 2; lines[i] != NULL; i++)
    if (strstr (lines[i], "CJK") != NULL)
      {
        g_assert_nonnull (strstr (lines[i], " yes yes yes "));   /* emb sub uni */
        cjk = TRUE;
      }
  g_assert_true (cjk);
  g_assert_cmpuint (g_strv_length (pages), ==, n);
  for (guint p = 0; p < n; p++)
    {
      /* pdftotext keeps the spaces of "第 1 页 共 3 页" only where it has room */
      g_autofree char *footer = g_strdup_printf ("第\\s*%u\\s*页\\s*共\\s*%u\\s*页", p + 1, n);

      g_assert_true (g_regex_match_simple (footer, pages[p], 0, 0));
      g_assert_nonnull (strstr (pages[p], OFFICE));
    }
  return pages;
}

/* ---- the page renderer ----------------------------------------------------------- */

/* Rows of 1–6 lines ("r7l3" is row 7's line 3): each row must be read
 * whole on one page, and the header on every page. */
static void
test_rows_stay_whole (void)
{
  g_autoptr(TxReport) report = tx_report_new ("行测试");
  static const double widths[] = { 1, 3 };
  const char *header[] = { "编号", "内容" };
  TxReportTable *table;
  g_autofree char *pdf = NULL;
  g_auto(GStrv) pages = NULL;
  guint n_rows = 120;

  tx_report_set_office_name (report, OFFICE);
  table = tx_report_add_table (report, TX_REPORT_TABLE_GRID, 2, widths);
  tx_report_table_add_row (table, header, TX_REPORT_CELL_DEFAULT);
  tx_report_table_set_header_rows (table, 1);
  for (guint r = 1; r <= n_rows; r++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *number = g_strdup_printf ("%u", r);

      for (guint l = 1; l <= 1 + (r * 7) % 6; l++)
        g_string_append_printf (text, "%sr%ul%u", l > 1 ? "\n" : "", r, l);
      tx_report_table_add_cell (table, number, 0, 1, 1);
      tx_report_table_add_cell (table, text->str, 0, 1, 1);
      tx_report_table_end_row (table, 0);
    }
  pdf = write_pdf (report, "rows.pdf");
  pages = check_pdf (pdf, FALSE);
  g_assert_cmpuint (g_strv_length (pages), >, 2);
  for (guint r = 1; r <= n_rows; r++)
    {
      g_autofree char *first = g_strdup_printf ("r%ul1\n", r);
      int page = -1;

      for (guint p = 0; pages[p] != NULL; p++)
        if (strstr (pages[p], first) != NULL)
          page = (int) p;
      g_assert_cmpint (page, >=, 0);
      for (guint l = 2; l <= 1 + (r * 7) % 6; l++)
        {
          g_autofree char *line = g_strdup_printf ("r%ul%u\n", r, l);

          g_assert_nonnull (strstr (pages[page], line));
        }
    }
  for (guint p = 0; pages[p] != NULL; p++)
    g_assert_nonnull (strstr (pages[p], "编号"));
}

/* A cell taller than a page continues on the next pages: every line once,
 * in order. */
static void
test_tall_cell_continues (void)
{
  g_autoptr(TxReport) report = tx_report_new ("长单元格");
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *pdf = NULL;
  g_auto(GStrv) pages = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("L(\\d+)x", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  TxReportTable *table;
  guint expected = 1;

  tx_report_set_office_name (report, OFFICE);
  table = tx_report_add_table (report, TX_REPORT_TABLE_GRID, 1, NULL);
  for (guint l = 1; l <= 150; l++)
    g_string_append_printf (text, "%sL%ux", l > 1 ? "\n" : "", l);
  tx_report_table_add_cell (table, text->str, 0, 1, 1);
  tx_report_table_end_row (table, 0);
  pdf = write_pdf (report, "tall.pdf");
  pages = check_pdf (pdf, FALSE);
  g_assert_cmpuint (g_strv_length (pages), >=, 2);
  for (guint p = 0; pages[p] != NULL; p++)
    g_string_append (all, pages[p]);
  g_regex_match (regex, all->str, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);

      g_assert_cmpuint (g_ascii_strtoull (number, NULL, 10), ==, expected++);
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (expected, ==, 151);
}

/* ---- roster -------------------------------------------------------------------- */

typedef struct
{
  guint  number;
  char  *name;
  char  *id;
} RosterLine;

static void
roster_line_free (RosterLine *line)
{
  g_free (line->name);
  g_free (line->id);
  g_free (line);
}

/* "  12     王宁     男 … 440106********2079": number, name, last field */
static GPtrArray *
roster_lines (char **pages)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) roster_line_free);
  g_autoptr(GRegex) regex = g_regex_new ("^\\s*(\\d+)\\s+(\\S+)\\s.*\\s(\\S+)\\s*$", G_REGEX_MULTILINE, 0, NULL);

  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (regex, pages[p], 0, &match);
      while (g_match_info_matches (match))
        {
          RosterLine *line = g_new0 (RosterLine, 1);
          g_autofree char *number = g_match_info_fetch (match, 1);

          line->number = (guint) g_ascii_strtoull (number, NULL, 10);
          line->name = g_match_info_fetch (match, 2);
          line->id = g_match_info_fetch (match, 3);
          g_ptr_array_add (lines, line);
          g_match_info_next (match, NULL);
        }
    }
  return lines;
}

/* the archive's list of everyone not in the trash, stroke order */
static TxRecordList *
archive_in_stroke_order (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxQuery) query = NULL;
  TxPersonFilter filter;
  TxRecordList *list;

  tx_person_filter_init (&filter);
  filter.status = NULL;
  filter.sort = TX_PERSON_SORT_STROKES;
  query = tx_person_filter_to_query (&filter);
  list = tx_record_list_new (demo, query, &error);
  g_assert_no_error (error);
  return list;
}

static void
test_roster_500 (void)
{
  g_autoptr(TxRecordList) archive = archive_in_stroke_order ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (archive));
  static const TxRosterColumn columns[] = { TX_ROSTER_NAME, TX_ROSTER_GENDER, TX_ROSTER_UNIT, TX_ROSTER_ID };
  g_autoptr(GError) error = NULL;
  g_autoptr(TxReport) report = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GRegex) full_id = g_regex_new ("\\d{17}[\\dX]", 0, 0, NULL);
  g_autofree char *pdf = NULL;
  g_auto(GStrv) pages = NULL;
  TxPersonFilter filter;
  TxRosterOptions options;

  g_assert_cmpuint (n, ==, 500);
  tx_person_filter_init (&filter);
  filter.status = NULL;
  tx_roster_options_init (&options);
  options.filter = &filter;
  options.columns = columns;
  options.n_columns = G_N_ELEMENTS (columns);
  report = tx_roster_build (demo, &options, NULL, &error);
  g_assert_no_error (error);
  pdf = write_pdf (report, "roster.pdf");
  pages = check_pdf (pdf, FALSE);
  g_assert_cmpuint (g_strv_length (pages), >, 5);

  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_assert_nonnull (strstr (pages[p], "序号"));
      g_assert_nonnull (strstr (pages[p], "身份证号"));
      g_assert_false (g_regex_match (full_id, pages[p], 0, NULL));
    }
  lines = roster_lines (pages);
  g_assert_cmpuint (lines->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      RosterLine *line = g_ptr_array_index (lines, i);
      g_autoptr(TxPerson) person = g_list_model_get_item (G_LIST_MODEL (archive), i);
      g_autofree char *masked = tx_id_number_mask (tx_person_get_document_number (person));

      g_assert_cmpuint (line->number, ==, i + 1);
      /* a long name (阿不都热依木·艾买提) wraps inside its column: its
       * row's first text line does not hold it whole */
      if (g_utf8_strlen (tx_person_get_name (person), -1) <= 6)
        g_assert_cmpstr (line->name, ==, tx_person_get_name (person));
      if (masked != NULL)
        g_assert_cmpstr (line->id, ==, masked);
    }
}

static void
test_roster_full_id (void)
{
  static const TxRosterColumn columns[] = { TX_ROSTER_NAME, TX_ROSTER_ID };
  g_autoptr(GError) error = NULL;
  g_autoptr(TxReport) report = NULL;
  g_autoptr(GRegex) full_id = g_regex_new ("\\d{17}[\\dX]", 0, 0, NULL);
  g_autofree char *pdf = NULL;
  g_auto(GStrv) pages = NULL;
  TxRosterOptions options;

  tx_roster_options_init (&options);
  options.columns = columns;
  options.n_columns = G_N_ELEMENTS (columns);
  options.full_id = TRUE;
  report = tx_roster_build (demo, &options, NULL, &error);
  g_assert_no_error (error);
  pdf = write_pdf (report, "roster-full.pdf");
  pages = check_pdf (pdf, FALSE);
  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_assert_nonnull (strstr (pages[p], "含完整身份证号码"));
      g_assert_true (g_regex_match (full_id, pages[p], 0, NULL));
    }
}

/* The default columns need landscape; the filter is described. */
static void
test_roster_filter_described (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxReport) report = NULL;
  g_autofree char *pdf = NULL;
  g_auto(GStrv) pages = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  TxPersonFilter filter;
  TxRosterOptions options;
  gint64 expected;

  tx_person_filter_init (&filter);
  filter.category = "01";
  tx_roster_options_init (&options);
  options.filter = &filter;
  report = tx_roster_build (demo, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tx_report_get_landscape (report));
  pdf = write_pdf (report, "roster-category.pdf");
  pages = check_pdf (pdf, TRUE);
  g_assert_nonnull (strstr (pages[0], "统战类别：民主党派成员"));
  expected = tx_test_count (demo,
                            "SELECT count(*) FROM person p WHERE p.trashed IS NULL AND p.status = '1'"
                            " AND EXISTS (SELECT 1 FROM person_category c WHERE c.owner = p.uuid AND c.category = ?)",
                            "01");
  lines = roster_lines (pages);
  g_assert_cmpint (lines->len, ==, expected);
}

/* ---- the other documents ----------------------------------------------------------- */

static char *
pick_uuid (const char *sql)
{
  return tx_test_dup_existing_text (demo, sql, NULL);
}

static void
test_signin_sheet (void)
{
  g_autofree char *uuid = pick_uuid ("SELECT uuid FROM activity WHERE trashed IS NULL AND ?1 IS NULL "
                                     "ORDER BY (SELECT count(*) FROM activity_participant WHERE owner = activity.uuid) DESC LIMIT 1");
  g_autoptr(GError) error = NULL;
  g_autoptr(TxActivity) activity = TX_ACTIVITY (tx_store_load (demo, TX_TYPE_ACTIVITY, uuid, &error));
  g_autoptr(TxReport) report = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *pdf = NULL;
  g_auto(GStrv) pages = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  GPtrArray *participants = tx_activity_get_participants (activity);

  g_assert_cmpuint (participants->len, >, 5);
  report = tx_signin_sheet_build (demo, uuid, NULL, 6, &error);
  g_assert_no_error (error);
  pdf = write_pdf (report, "signin.pdf");
  pages = check_pdf (pdf, FALSE);
  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_string_append (all, pages[p]);
      g_assert_nonnull (strstr (pages[p], "签名"));
    }
  g_assert_nonnull (strstr (pages[0], tx_activity_get_title (activity)));
  g_assert_nonnull (strstr (pages[0], "签到表"));
  for (guint i = 0; i < participants->len; i++)
    {
      g_autofree char *name = tx_lookup_person_name (demo, ((TxParticipant *) g_ptr_array_index (participants, i))->person);

      g_assert_nonnull (strstr (all->str, name));
    }
  /* the numbers run on through the blank rows */
  for (guint n = 1; n <= participants->len + 6; n++)
    {
      g_autofree char *pattern = g_strdup_printf ("(^|\\n)\\s*%u\\s", n);

      g_assert_true (g_regex_match_simple (pattern, all->str, 0, 0));
    }
}

/* A meeting's sign-in sheet lists the people invited, not the staff. */
static void
test_signin_sheet_consultation (void)
{
  g_autofree char *uuid = pick_uuid ("SELECT uuid FROM consultation WHERE trashed IS NULL AND ?1 IS NULL"
                                     " AND consultation_type = '1' ORDER BY date LIMIT 1");
  g_autoptr(GError) error = NULL;
  g_autoptr(TxReport) report = tx_signin_sheet_build (demo, NULL, uuid, 3, &error);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *pdf = NULL;
  g_auto(GStrv) pages = NULL;
  gint64 people = tx_test_count (demo, "SELECT count(*) FROM consultation_attendee WHERE owner = ? AND person IS NOT NULL", uuid);
  g_autofree char *last = g_strdup_printf ("(^|\\n)\\s*%" G_GINT64_FORMAT "\\s", people + 3);
  g_autofree char *beyond = g_strdup_printf ("(^|\\n)\\s*%" G_GINT64_FORMAT "\\s", people + 4);

  g_assert_no_error (error);
  g_assert_cmpint (people, >, 0);
  pdf = write_pdf (report, "signin-meeting.pdf");
  pages = check_pdf (pdf, FALSE);
  for (guint p = 0; pages[p] != NULL; p++)
    g_string_append (all, pages[p]);
  g_assert_true (g_regex_match_simple (last, all->str, 0, 0));
  g_assert_false (g_regex_match_simple (beyond, all->str, 0, 0));
}

/* A selection prints those people, in stroke order whatever their order. */
static void
test_roster_selection (void)
{
  g_autoptr(TxRecordList) archive = archive_in_stroke_order ();
  const char *uuids[4] = { NULL };
  static const TxRosterColumn columns[] = { TX_ROSTER_NAME, TX_ROSTER_PHONE };
  g_autoptr(GError) error = NULL;
  g_autoptr(TxReport) report = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  TxPerson *people[3] = { NULL };
  g_autofree char *pdf = NULL;
  g_auto(GStrv) pages = NULL;
  TxRosterOptions options;
  const guint picks[3] = { 5, 300, 42 };   /* given out of order */

  for (guint i = 0; i < 3; i++)
    {
      people[i] = g_list_model_get_item (G_LIST_MODEL (archive), picks[i]);
      uuids[i] = tx_record_get_uuid (TX_RECORD (people[i]));
    }
  tx_roster_options_init (&options);
  options.uuids = uuids;
  options.columns = columns;
  options.n_columns = G_N_ELEMENTS (columns);
  report = tx_roster_build (demo, &options, NULL, &error);
  g_assert_no_error (error);
  pdf = write_pdf (report, "roster-selection.pdf");
  pages = check_pdf (pdf, FALSE);
  g_assert_nonnull (strstr (pages[0], "在人员档案中选定的人员"));
  lines = roster_lines (pages);
  g_assert_cmpuint (lines->len, ==, 3);
  g_assert_cmpstr (((RosterLine *) g_ptr_array_index (lines, 0))->name, ==, tx_person_get_name (people[0]));
  g_assert_cmpstr (((RosterLine *) g_ptr_array_index (lines, 1))->name, ==, tx_person_get_name (people[2]));
  g_assert_cmpstr (((RosterLine *) g_ptr_array_index (lines, 2))->name, ==, tx_person_get_name (people[1]));
  for (guint i = 0; i < 3; i++)
    g_object_unref (people[i]);
}

/* Minutes longer than a page flow on: every paragraph once, in order. */
static void
test_minutes_flow (void)
{
  g_autofree char *uuid = pick_uuid ("SELECT uuid FROM consultation WHERE trashed IS NULL AND ?1 IS NULL"
                                     " AND consultation_type = '1' ORDER BY date LIMIT 1");
  g_autoptr(GError) error = NULL;
  g_autoptr(TxConsultation) meeting = TX_CONSULTATION (tx_store_load (demo, TX_TYPE_CONSULTATION, uuid, &error));
  g_autoptr(GString) minutes = g_string_new (NULL);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(TxReport) report = NULL;
  g_autofree char *pdf = NULL;
  g_auto(GStrv) pages = NULL;
  const char *last = NULL;

  for (guint i = 1; i <= 60; i++)
    g_string_append_printf (minutes, "%s第%u段：与会人士围绕社区治理、为民办实事等议题充分协商，提出具体意见建议。",
                            i > 1 ? "\n" : "", i);
  tx_consultation_set_minutes (meeting, minutes->str);
  g_assert_true (tx_store_save (demo, TX_RECORD (meeting), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);

  report = tx_minutes_build (demo, uuid, &error);
  g_assert_no_error (error);
  pdf = write_pdf (report, "minutes.pdf");
  pages = check_pdf (pdf, FALSE);
  g_assert_cmpuint (g_strv_length (pages), >=, 2);
  g_assert_nonnull (strstr (pages[0], "会议纪要"));
  g_assert_nonnull (strstr (pages[0], "主持人"));
  g_assert_nonnull (strstr (pages[0], "出席"));
  g_assert_nonnull (strstr (pages[0], tx_consultation_get_place (meeting)));
  for (guint p = 0; pages[p] != NULL; p++)
    g_string_append (all, pages[p]);
  g_assert_nonnull (strstr (all->str, "会上提出的意见建议"));
  g_assert_nonnull (strstr (all->str, "议程"));
  g_assert_nonnull (strstr (all->str, "第1段"));
  /* the text reaches the second page, paragraphs in order */
  g_assert_null (strstr (pages[0], "第60段"));
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *paragraph = g_strdup_printf ("第%u段：", i);
      const char *at = strstr (all->str, paragraph);

      g_assert_nonnull (at);
      g_assert_true (last == NULL || at > last);
      last = at;
    }
}

/* a 60×80 PNG made here */
static GBytes *
make_photo (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 60, 80);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *path = g_build_filename (test_dir, "photo.png", NULL);
  char *data = NULL;
  gsize size = 0;

  cairo_set_source_rgb (cr, 0.3, 0.5, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  return g_bytes_new_take (data, size);
}

static void
test_registration_sheet (void)
{
  g_autofree char *uuid = pick_uuid ("SELECT uuid FROM person WHERE trashed IS NULL AND ?1 IS NULL"
                                     " AND document_number IS NOT NULL ORDER BY id LIMIT 1");
  g_autoptr(GError) error = NULL;
  g_autoptr(TxPerson) person = TX_PERSON (tx_store_load (demo, TX_TYPE_PERSON, uuid, &error));
  g_autoptr(GBytes) photo = make_photo ();
  g_autoptr(TxReport) report = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *images = NULL;
  g_auto(GStrv) pages = NULL;

  tx_person_add_photo (person, "image/png", photo);
  g_assert_true (tx_store_save (demo, TX_RECORD (person), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  report = tx_registration_sheet_build (demo, uuid, &error);
  g_assert_no_error (error);
  pdf = write_pdf (report, "person.pdf");
  pages = check_pdf (pdf, FALSE);
  g_assert_cmpuint (g_strv_length (pages), ==, 1);
  g_assert_nonnull (strstr (pages[0], "统战人士信息登记表"));
  g_assert_nonnull (strstr (pages[0], tx_person_get_name (person)));
  g_assert_nonnull (strstr (pages[0], tx_person_get_document_number (person)));
  images = run ("pdfimages", "-list", pdf, NULL);
  g_assert_nonnull (strstr (images, "   60    80 "));
}

static void
test_missing_record (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxReport) report = tx_minutes_build (demo, "no-such-uuid", &error);

  g_assert_null (report);
  g_assert_error (error, TX_REPORT_ERROR, TX_REPORT_ERROR_NOT_FOUND);
}

/* ---- through tongxin-cli ---------------------------------------------------------- */

static char *
run_cli (const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, (gpointer) TONGXIN_CLI);
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, (gpointer) tx_database_get_path (demo));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static gint64
stat_value (const char *output,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ": ", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_ascii_strtoll (lines[i] + strlen (prefix), NULL, 10);
  return -1;
}

/* Each figure of a group is printed as "label  value", the value the one
 * tongxin-cli stats --year gives. */
static void
test_summary_matches_stats (void)
{
  const char *groups[] = { TX_FIGURES_PEOPLE_CATEGORY, TX_FIGURES_PEOPLE_COMMUNITY, TX_FIGURES_ACTIVITY_TYPE,
                           TX_FIGURES_VISIT_REASON, NULL };
  g_autofree char *pdf = g_build_filename (test_dir, "summary.pdf", NULL);
  g_autofree char *stats = run_cli ("stats", "--year", "2025", NULL);
  g_autofree char *printed = run_cli ("print", "summary", "--year", "2025", "--output", pdf, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TxYearFigures) figures = tx_year_figures_compute (demo, 2025, NULL, &error);
  g_autoptr(GString) all = g_string_new (NULL);
  g_auto(GStrv) pages = check_pdf (pdf, FALSE);
  guint checked = 0;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (pages[0], "2025年度工作统计"));
  for (guint p = 0; pages[p] != NULL; p++)
    g_string_append (all, pages[p]);
  for (guint g = 0; groups[g] != NULL; g++)
    {
      g_autoptr(GPtrArray) group = tx_year_figures_dup_group (figures, groups[g]);

      for (guint i = 0; i < group->len; i++)
        {
          const TxFigure *figure = g_ptr_array_index (group, i);
          g_autofree char *quoted = g_regex_escape_string (figure->label, -1);
          g_autofree char *pattern = g_strdup_printf ("%s\\s+%" G_GINT64_FORMAT "(\\s|$)", quoted,
                                                      stat_value (stats, figure->key));

          g_assert_cmpint (stat_value (stats, figure->key), >=, 0);
          g_assert_true (g_regex_match_simple (pattern, all->str, G_REGEX_MULTILINE, 0));
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 20);
  g_assert_nonnull (strstr (printed, "pages: "));
}

/* print roster with no selection: every person on the register */
static void
test_cli_roster (void)
{
  g_autofree char *pdf = g_build_filename (test_dir, "cli-roster.pdf", NULL);
  g_autofree char *out = run_cli ("print", "roster", "--columns", "name,gender,birth,id,unit,phone",
                                  "--order", "pinyin", "--output", pdf, NULL);
  /* these six columns fit across A4 portrait */
  g_auto(GStrv) pages = check_pdf (pdf, FALSE);
  g_autoptr(GPtrArray) lines = roster_lines (pages);
  gint64 expected = tx_test_count (demo, "SELECT count(*) FROM person WHERE trashed IS NULL AND status = ?", "1");

  g_assert_cmpint (lines->len, ==, expected);
  g_assert_nonnull (strstr (pages[0], "按音序排列"));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  /* the documents are read back in Chinese */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  tx_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  test_dir = tx_test_make_temp_dir ("print");
  demo = tx_test_open_demo_database (test_dir, 500, 1);
  g_assert_true (tx_settings_set (demo, TX_SETTING_OFFICE_NAME, OFFICE, &error));

  g_test_add_func ("/print/rows-stay-whole", test_rows_stay_whole);
  g_test_add_func ("/print/tall-cell-continues", test_tall_cell_continues);
  g_test_add_func ("/print/roster-500", test_roster_500);
  g_test_add_func ("/print/roster-full-id", test_roster_full_id);
  g_test_add_func ("/print/roster-filter-described", test_roster_filter_described);
  g_test_add_func ("/print/signin-sheet", test_signin_sheet);
  g_test_add_func ("/print/signin-sheet-consultation", test_signin_sheet_consultation);
  g_test_add_func ("/print/roster-selection", test_roster_selection);
  g_test_add_func ("/print/minutes-flow", test_minutes_flow);
  g_test_add_func ("/print/registration-sheet", test_registration_sheet);
  g_test_add_func ("/print/missing-record", test_missing_record);
  g_test_add_func ("/print/summary-matches-stats", test_summary_matches_stats);
  g_test_add_func ("/print/cli-roster", test_cli_roster);
  status = g_test_run ();

  g_clear_object (&demo);
  tx_test_remove_tree (test_dir);
  g_free (test_dir);
  return status;
}
