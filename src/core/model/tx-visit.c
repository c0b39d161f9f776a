/* tx-visit.c — a visit or condolence call (走访慰问)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "tx-visit.h"

struct _TxVisit
{
  TxRecord parent_instance;

  char     *person_name;  /* joined */
  char     *visitor_names;  /* joined */
  char     *person;
  char     *date;
  char     *reason;
  char     *holiday;
  int       holiday_year;
  char     *gifts;
  char     *issues;
  char     *follow_up;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (TxVisit, tx_visit, TX_TYPE_RECORD)

enum {
  F_PERSON,
  F_DATE,
  F_REASON,
  F_HOLIDAY,
  F_HOLIDAY_YEAR,
  F_GIFTS,
  F_ISSUES,
  F_FOLLOW_UP,
  F_NOTES,
  N_FIELDS
};

static const TxField fields[] = {
  [F_PERSON] = { "person", "person", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxVisit, person), N_("Person"), NULL, FALSE },
  [F_DATE] = { "date", "date", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxVisit, date), N_("Date"), NULL, FALSE },
  [F_REASON] = { "reason", "reason", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxVisit, reason), N_("Reason"), "visit-reason", FALSE },
  [F_HOLIDAY] = { "holiday", "holiday", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxVisit, holiday), N_("Holiday"), "holiday", FALSE },
  [F_HOLIDAY_YEAR] = { "holiday-year", "holiday_year", TX_FIELD_INT, G_STRUCT_OFFSET (TxVisit, holiday_year), N_("Year of the holiday"), NULL, FALSE },
  [F_GIFTS] = { "gifts", "gifts", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxVisit, gifts), N_("Gifts and help"), NULL, FALSE },
  [F_ISSUES] = { "issues", "issues", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxVisit, issues), N_("Issues raised"), NULL, FALSE },
  [F_FOLLOW_UP] = { "follow-up", "follow_up", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxVisit, follow_up), N_("Follow-up"), NULL, FALSE },
  [F_NOTES] = { "notes", "notes", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxVisit, notes), N_("Notes"), NULL, FALSE },
};

/* what the lists show beside the stored fields, read in the same query:
 * the visited person's name; the visitors' names in their order (the
 * table's key is (owner, position)), joined with 、 */
static const TxJoinedField joined[] = {
  { "person-name", "(SELECT p.name FROM person p WHERE p.uuid = visit.person)",
    G_STRUCT_OFFSET (TxVisit, person_name) },
  { "visitor-names", "(SELECT group_concat(s.name, '、') FROM visit_staff vs JOIN staff s ON s.uuid = vs.staff WHERE vs.owner = visit.uuid)",
    G_STRUCT_OFFSET (TxVisit, visitor_names) },
};

static const TxChildColumn visitors_columns[] = {
  { "staff", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxVisitor, staff) },
};

enum {
  C_VISITORS,
};

static const TxChildTable children[] = {
  [C_VISITORS] = { "visitors", "visit_staff", visitors_columns, G_N_ELEMENTS (visitors_columns), sizeof (TxVisitor) },
};

TX_DEFINE_TEXT_FIELD (TxVisit, tx_visit, person, F_PERSON)
TX_DEFINE_TEXT_FIELD (TxVisit, tx_visit, date, F_DATE)
TX_DEFINE_TEXT_FIELD (TxVisit, tx_visit, reason, F_REASON)
TX_DEFINE_TEXT_FIELD (TxVisit, tx_visit, holiday, F_HOLIDAY)
TX_DEFINE_INT_FIELD (TxVisit, tx_visit, holiday_year, F_HOLIDAY_YEAR)
TX_DEFINE_TEXT_FIELD (TxVisit, tx_visit, gifts, F_GIFTS)
TX_DEFINE_TEXT_FIELD (TxVisit, tx_visit, issues, F_ISSUES)
TX_DEFINE_TEXT_FIELD (TxVisit, tx_visit, follow_up, F_FOLLOW_UP)
TX_DEFINE_TEXT_FIELD (TxVisit, tx_visit, notes, F_NOTES)


static char *
tx_visit_dup_title (TxRecord *record)
{
  TxVisit *self = TX_VISIT (record);

  return g_strdup_printf ("%s %s", self->date ? self->date : "", self->person ? self->person : "");
}

static gboolean
tx_visit_validate (TxRecord  *record,
                   GError   **error)
{
  TxVisit *self = (TxVisit *) record;

  if (tx_record_text_is_blank (self->person))
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED,
                   _("A visit needs the person visited."));
      return FALSE;
    }
  return TRUE;
}

static void
tx_visit_class_init (TxVisitClass *klass)
{
  TxRecordClass *record_class = TX_RECORD_CLASS (klass);

  record_class->entity = "visit";
  record_class->children = children;
  record_class->n_children = G_N_ELEMENTS (children);
  record_class->validate = tx_visit_validate;
  record_class->dup_title = tx_visit_dup_title;
  tx_record_class_install_fields (record_class, fields, N_FIELDS);
  tx_record_class_install_joined (record_class, joined, G_N_ELEMENTS (joined));
}

static void
tx_visit_init (TxVisit *self)
{
}

TxVisit *
tx_visit_new (void)
{
  return g_object_new (TX_TYPE_VISIT, NULL);
}

GPtrArray *
tx_visit_get_visitors (TxVisit *self)
{
  return tx_record_get_children (TX_RECORD (self), C_VISITORS);
}

TxVisitor *
tx_visit_add_visitor (TxVisit *self,
const char *staff)
{
  TxVisitor *row = tx_record_add_child (TX_RECORD (self), C_VISITORS);

  row->staff = g_strdup (staff);
  return row;
}

void
tx_visit_clear_visitors (TxVisit *self)
{
  tx_record_clear_children (TX_RECORD (self), C_VISITORS);
}

int
tx_visit_holiday_year_for (const char *date_iso,
                           const char *holiday)
{
  int year, month = 0;

  if (date_iso == NULL || sscanf (date_iso, "%4d-%2d", &year, &month) < 1 || year <= 0)
    return 0;
  if (month == 12 && (g_strcmp0 (holiday, "11") == 0 || g_strcmp0 (holiday, "01") == 0))
    return year + 1;
  return year;
}
