/* tx-registration-sheet.c — 统战人士信息登记表: one person on one page
 *
 * The classic boxed form: six columns, the photo in the top right box
 * spanning four rows. The ID number is printed in full: this sheet is the
 * person's own record.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "core/model/tx-activity-query.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-person.h"

#include "tx-documents-private.h"

#define LINE_HEIGHT 28.0

static const char *
coded (const char *kind,
       const char *code)
{
  return _tx_document_text (code ? tx_code_table_name (kind, code) : NULL);
}

static void
label_value (TxReportTable *table,
             const char    *label,
             const char    *value,
             guint          value_span)
{
  tx_report_table_add_cell (table, label, TX_REPORT_CELL_LABEL, 1, 1);
  tx_report_table_add_cell (table, _tx_document_text (value), TX_REPORT_CELL_CENTER, value_span, 1);
}

static void
add_photo_rows (TxReportTable *table,
                TxPerson      *p)
{
  GPtrArray *photos = tx_person_get_photo (p);
  TxPhoto *photo = photos->len > 0 ? g_ptr_array_index (photos, 0) : NULL;
  g_autofree char *birth = _tx_document_year_month (tx_person_get_birth_date (p));

  label_value (table, _("Name"), tx_person_get_name (p), 1);
  label_value (table, _("Gender"), coded (TX_CODE_GENDER, tx_person_get_gender (p)), 1);
  tx_report_table_add_image (table, photo ? photo->data : NULL, photo ? photo->mime : NULL,
                             _("Photo"), 2, 4);
  tx_report_table_end_row (table, LINE_HEIGHT);
  label_value (table, _("Ethnicity"), coded (TX_CODE_ETHNICITY, tx_person_get_ethnicity (p)), 1);
  label_value (table, _("Born"), birth, 1);
  tx_report_table_end_row (table, LINE_HEIGHT);
  label_value (table, _("Native place"), tx_person_get_native_place (p), 1);
  label_value (table, _("Political status"), coded (TX_CODE_POLITICAL, tx_person_get_political_status (p)), 1);
  tx_report_table_end_row (table, LINE_HEIGHT);
  label_value (table, _("Education"), coded (TX_CODE_EDUCATION, tx_person_get_education (p)), 1);
  label_value (table, _("Degree"), coded (TX_CODE_DEGREE, tx_person_get_degree (p)), 1);
  tx_report_table_end_row (table, LINE_HEIGHT);
}

static char *
roles_text (TxPerson *p)
{
  GPtrArray *roles = tx_person_get_roles (p);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < roles->len; i++)
    {
      TxSocialRole *role = g_ptr_array_index (roles, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s %s %s %s",
                              coded (TX_CODE_ROLE_KIND, role->kind),
                              _tx_document_text (role->organization),
                              _tx_document_text (role->term),
                              _tx_document_text (role->post));
    }
  return g_string_free (text, FALSE);
}

static void
add_wide_row (TxReportTable *table,
              const char    *label,
              const char    *value,
              double         height)
{
  tx_report_table_add_cell (table, label, TX_REPORT_CELL_LABEL, 1, 1);
  tx_report_table_add_cell (table, _tx_document_text (value), TX_REPORT_CELL_DEFAULT, 5, 1);
  tx_report_table_end_row (table, height);
}

static void
add_detail_rows (TxReportTable *table,
                 TxDatabase    *db,
                 TxPerson      *p)
{
  g_autofree char *categories = _tx_document_category_names (TX_RECORD (p));
  g_autofree char *community = tx_lookup_community_name (db, tx_person_get_community (p));
  g_autofree char *roles = roles_text (p);

  label_value (table, _("Professional title"), tx_person_get_professional_title (p), 1);
  label_value (table, _("Religion"), coded (TX_CODE_RELIGION, tx_person_get_religion (p)), 3);
  tx_report_table_end_row (table, LINE_HEIGHT);
  label_value (table, _("ID number"), tx_person_get_document_number (p), 3);
  label_value (table, _("Phone"), tx_person_get_phone (p), 1);
  tx_report_table_end_row (table, LINE_HEIGHT);
  add_wide_row (table, _("Work unit"), tx_person_get_work_unit (p), LINE_HEIGHT);
  label_value (table, _("Post"), tx_person_get_work_post (p), 3);
  label_value (table, _("Community"), community, 1);
  tx_report_table_end_row (table, LINE_HEIGHT);
  add_wide_row (table, _("United-front category"), categories, LINE_HEIGHT);
  add_wide_row (table, _("Address"), tx_person_get_address (p), LINE_HEIGHT);
  add_wide_row (table, _("Social roles"), roles, 80);
  add_wide_row (table, _("Skills and resources"), tx_person_get_skills (p), 80);
  add_wide_row (table, _("Notes"), tx_person_get_notes (p), 120);
}

TxReport *
tx_registration_sheet_build (TxDatabase  *db,
                             const char  *person_uuid,
                             GError     **error)
{
  static const double widths[] = { 1.1, 1.4, 1.1, 1.4, 0.6, 1.0 };
  g_autoptr(TxRecord) record = _tx_document_load (db, TX_TYPE_PERSON, person_uuid, error);
  g_autoptr(TxReport) report = NULL;
  TxReportTable *table;

  if (record == NULL)
    return NULL;
  report = _tx_document_new (db, _("Registration sheet of a united-front figure"));
  tx_report_add_text (report, TX_REPORT_TEXT_TITLE, tx_report_get_title (report));
  tx_report_add_space (report, 10);
  table = tx_report_add_table (report, TX_REPORT_TABLE_GRID, G_N_ELEMENTS (widths), widths);
  add_photo_rows (table, TX_PERSON (record));
  add_detail_rows (table, db, TX_PERSON (record));
  return g_steal_pointer (&report);
}
