/* tx-consultation.c — a consultation meeting with its attendees and minutes
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "tx-consultation.h"
#include "tx-meeting-query.h"

struct _TxConsultation
{
  TxRecord parent_instance;

  char     *chair_name;  /* joined */
  char     *present_count;  /* joined */
  char     *raised_count;  /* joined */
  char     *consultation_type;
  char     *title;
  char     *date;
  char     *start_time;
  char     *place;
  char     *chair;
  char     *recorder;
  char     *agenda;
  char     *minutes;
  char     *resolutions;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (TxConsultation, tx_consultation, TX_TYPE_RECORD)

enum {
  F_CONSULTATION_TYPE,
  F_TITLE,
  F_DATE,
  F_START_TIME,
  F_PLACE,
  F_CHAIR,
  F_RECORDER,
  F_AGENDA,
  F_MINUTES,
  F_RESOLUTIONS,
  F_NOTES,
  N_FIELDS
};

static const TxField fields[] = {
  [F_CONSULTATION_TYPE] = { "consultation-type", "consultation_type", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxConsultation, consultation_type), N_("Type"), "consultation-type", FALSE },
  [F_TITLE] = { "title", "title", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxConsultation, title), N_("Title"), NULL, FALSE },
  [F_DATE] = { "date", "date", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxConsultation, date), N_("Date"), NULL, FALSE },
  [F_START_TIME] = { "start-time", "start_time", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxConsultation, start_time), N_("Start time"), NULL, FALSE },
  [F_PLACE] = { "place", "place", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxConsultation, place), N_("Place"), NULL, FALSE },
  [F_CHAIR] = { "chair", "chair", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxConsultation, chair), N_("Chair"), NULL, FALSE },
  [F_RECORDER] = { "recorder", "recorder", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxConsultation, recorder), N_("Recorder"), NULL, FALSE },
  [F_AGENDA] = { "agenda", "agenda", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxConsultation, agenda), N_("Agenda"), NULL, FALSE },
  [F_MINUTES] = { "minutes", "minutes", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxConsultation, minutes), N_("Minutes"), NULL, FALSE },
  [F_RESOLUTIONS] = { "resolutions", "resolutions", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxConsultation, resolutions), N_("Resolutions"), NULL, FALSE },
  [F_NOTES] = { "notes", "notes", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxConsultation, notes), N_("Notes"), NULL, FALSE },
};

/* what the lists show beside the stored fields, read in the same query:
 * the chair's name; how many attended (列席, observers, sat in the meeting
 * too) and how
 * many suggestions not in the trash were raised, as text */
static const TxJoinedField joined[] = {
  { "chair-name", "(SELECT s.name FROM staff s WHERE s.uuid = consultation.chair)",
    G_STRUCT_OFFSET (TxConsultation, chair_name) },
  { "present-count", "(SELECT count(*) FROM consultation_attendee a WHERE a.owner = consultation.uuid AND a.state IN ('" TX_ATTENDEE_PRESENT "', '" TX_ATTENDEE_OBSERVER "'))",
    G_STRUCT_OFFSET (TxConsultation, present_count) },
  { "raised-count", "(SELECT count(*) FROM suggestion s WHERE s.consultation = consultation.uuid AND s.trashed IS NULL)",
    G_STRUCT_OFFSET (TxConsultation, raised_count) },
};

static const TxChildColumn attendees_columns[] = {
  { "person", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxAttendee, person) },
  { "staff", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxAttendee, staff) },
  { "state", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxAttendee, state), "attendee-state" },
  { "note", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxAttendee, note) },
};

enum {
  C_ATTENDEES,
};

static const TxChildTable children[] = {
  [C_ATTENDEES] = { "attendees", "consultation_attendee", attendees_columns, G_N_ELEMENTS (attendees_columns), sizeof (TxAttendee) },
};

TX_DEFINE_TEXT_FIELD (TxConsultation, tx_consultation, consultation_type, F_CONSULTATION_TYPE)
TX_DEFINE_TEXT_FIELD (TxConsultation, tx_consultation, title, F_TITLE)
TX_DEFINE_TEXT_FIELD (TxConsultation, tx_consultation, date, F_DATE)
TX_DEFINE_TEXT_FIELD (TxConsultation, tx_consultation, start_time, F_START_TIME)
TX_DEFINE_TEXT_FIELD (TxConsultation, tx_consultation, place, F_PLACE)
TX_DEFINE_TEXT_FIELD (TxConsultation, tx_consultation, chair, F_CHAIR)
TX_DEFINE_TEXT_FIELD (TxConsultation, tx_consultation, recorder, F_RECORDER)
TX_DEFINE_TEXT_FIELD (TxConsultation, tx_consultation, agenda, F_AGENDA)
TX_DEFINE_TEXT_FIELD (TxConsultation, tx_consultation, minutes, F_MINUTES)
TX_DEFINE_TEXT_FIELD (TxConsultation, tx_consultation, resolutions, F_RESOLUTIONS)
TX_DEFINE_TEXT_FIELD (TxConsultation, tx_consultation, notes, F_NOTES)


static char *
tx_consultation_dup_title (TxRecord *record)
{
  return g_strdup (TX_CONSULTATION (record)->title ? TX_CONSULTATION (record)->title : "");
}

static gboolean
tx_consultation_validate (TxRecord  *record,
                          GError   **error)
{
  TxConsultation *self = (TxConsultation *) record;

  if (tx_record_text_is_blank (self->title))
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED,
                   _("The meeting needs a title."));
      return FALSE;
    }
  return TRUE;
}

static void
tx_consultation_class_init (TxConsultationClass *klass)
{
  TxRecordClass *record_class = TX_RECORD_CLASS (klass);

  record_class->entity = "consultation";
  record_class->children = children;
  record_class->n_children = G_N_ELEMENTS (children);
  record_class->validate = tx_consultation_validate;
  record_class->dup_title = tx_consultation_dup_title;
  tx_record_class_install_fields (record_class, fields, N_FIELDS);
  tx_record_class_install_joined (record_class, joined, G_N_ELEMENTS (joined));
}

static void
tx_consultation_init (TxConsultation *self)
{
}

TxConsultation *
tx_consultation_new (void)
{
  return g_object_new (TX_TYPE_CONSULTATION, NULL);
}

GPtrArray *
tx_consultation_get_attendees (TxConsultation *self)
{
  return tx_record_get_children (TX_RECORD (self), C_ATTENDEES);
}

TxAttendee *
tx_consultation_add_attendee (TxConsultation *self,
const char *person,
const char *staff,
const char *state,
const char *note)
{
  TxAttendee *row = tx_record_add_child (TX_RECORD (self), C_ATTENDEES);

  row->person = g_strdup (person);
  row->staff = g_strdup (staff);
  row->state = g_strdup (state);
  row->note = g_strdup (note);
  return row;
}

void
tx_consultation_clear_attendees (TxConsultation *self)
{
  tx_record_clear_children (TX_RECORD (self), C_ATTENDEES);
}
