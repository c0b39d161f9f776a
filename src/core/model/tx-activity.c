/* tx-activity.c — an activity with its participants and photos
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "tx-activity.h"

struct _TxActivity
{
  TxRecord parent_instance;

  char     *attendance;  /* joined */
  char     *title;
  char     *activity_type;
  char     *start_date;
  char     *start_time;
  char     *end_date;
  char     *end_time;
  char     *place;
  char     *organiser;
  char     *community;
  char     *summary;
  char     *outcome;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (TxActivity, tx_activity, TX_TYPE_RECORD)

enum {
  F_TITLE,
  F_ACTIVITY_TYPE,
  F_START_DATE,
  F_START_TIME,
  F_END_DATE,
  F_END_TIME,
  F_PLACE,
  F_ORGANISER,
  F_COMMUNITY,
  F_SUMMARY,
  F_OUTCOME,
  F_NOTES,
  N_FIELDS
};

static const TxField fields[] = {
  [F_TITLE] = { "title", "title", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxActivity, title), N_("Title"), NULL, FALSE },
  [F_ACTIVITY_TYPE] = { "activity-type", "activity_type", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxActivity, activity_type), N_("Type"), "activity-type", FALSE },
  [F_START_DATE] = { "start-date", "start_date", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxActivity, start_date), N_("Start date"), NULL, FALSE },
  [F_START_TIME] = { "start-time", "start_time", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxActivity, start_time), N_("Start time"), NULL, FALSE },
  [F_END_DATE] = { "end-date", "end_date", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxActivity, end_date), N_("End date"), NULL, FALSE },
  [F_END_TIME] = { "end-time", "end_time", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxActivity, end_time), N_("End time"), NULL, FALSE },
  [F_PLACE] = { "place", "place", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxActivity, place), N_("Place"), NULL, FALSE },
  [F_ORGANISER] = { "organiser", "organiser", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxActivity, organiser), N_("Organiser"), NULL, FALSE },
  [F_COMMUNITY] = { "community", "community", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxActivity, community), N_("Community"), NULL, FALSE },
  [F_SUMMARY] = { "summary", "summary", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxActivity, summary), N_("Summary"), NULL, FALSE },
  [F_OUTCOME] = { "outcome", "outcome", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxActivity, outcome), N_("Outcome"), NULL, FALSE },
  [F_NOTES] = { "notes", "notes", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxActivity, notes), N_("Notes"), NULL, FALSE },
};

/* what the list shows beside the stored fields, read in the same query:
 * "出席/报名", present and registered (邀请 "1" only is no registration;
 * 报名, 出席 "3", 请假, 缺席 are); nothing without participants */
static const TxJoinedField joined[] = {
  { "attendance", "(SELECT CASE WHEN count(*) = 0 THEN NULL"
                  " ELSE count(CASE WHEN ap.state = '3' THEN 1 END) || '/' ||"
                  " count(CASE WHEN ap.state IS NOT '1' THEN 1 END) END"
                  " FROM activity_participant ap WHERE ap.owner = activity.uuid)",
    G_STRUCT_OFFSET (TxActivity, attendance) },
};

static const TxChildColumn participants_columns[] = {
  { "person", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxParticipant, person) },
  { "state", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxParticipant, state), "participant-state" },
  { "note", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxParticipant, note) },
};

static const TxChildColumn photos_columns[] = {
  { "caption", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxActivityPhoto, caption) },
  { "mime", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxActivityPhoto, mime) },
  { "data", TX_CHILD_BLOB, G_STRUCT_OFFSET (TxActivityPhoto, data) },
};

enum {
  C_PARTICIPANTS,
  C_PHOTOS,
};

static const TxChildTable children[] = {
  [C_PARTICIPANTS] = { "participants", "activity_participant", participants_columns, G_N_ELEMENTS (participants_columns), sizeof (TxParticipant) },
  [C_PHOTOS] = { "photos", "activity_photo", photos_columns, G_N_ELEMENTS (photos_columns), sizeof (TxActivityPhoto), TRUE },
};

TX_DEFINE_TEXT_FIELD (TxActivity, tx_activity, title, F_TITLE)
TX_DEFINE_TEXT_FIELD (TxActivity, tx_activity, activity_type, F_ACTIVITY_TYPE)
TX_DEFINE_TEXT_FIELD (TxActivity, tx_activity, start_date, F_START_DATE)
TX_DEFINE_TEXT_FIELD (TxActivity, tx_activity, start_time, F_START_TIME)
TX_DEFINE_TEXT_FIELD (TxActivity, tx_activity, end_date, F_END_DATE)
TX_DEFINE_TEXT_FIELD (TxActivity, tx_activity, end_time, F_END_TIME)
TX_DEFINE_TEXT_FIELD (TxActivity, tx_activity, place, F_PLACE)
TX_DEFINE_TEXT_FIELD (TxActivity, tx_activity, organiser, F_ORGANISER)
TX_DEFINE_TEXT_FIELD (TxActivity, tx_activity, community, F_COMMUNITY)
TX_DEFINE_TEXT_FIELD (TxActivity, tx_activity, summary, F_SUMMARY)
TX_DEFINE_TEXT_FIELD (TxActivity, tx_activity, outcome, F_OUTCOME)
TX_DEFINE_TEXT_FIELD (TxActivity, tx_activity, notes, F_NOTES)


static char *
tx_activity_dup_title (TxRecord *record)
{
  return g_strdup (TX_ACTIVITY (record)->title ? TX_ACTIVITY (record)->title : "");
}

static gboolean
tx_activity_validate (TxRecord  *record,
                      GError   **error)
{
  TxActivity *self = (TxActivity *) record;

  if (tx_record_text_is_blank (self->title))
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED,
                   _("The activity needs a title."));
      return FALSE;
    }
  return TRUE;
}

static void
tx_activity_class_init (TxActivityClass *klass)
{
  TxRecordClass *record_class = TX_RECORD_CLASS (klass);

  record_class->entity = "activity";
  record_class->children = children;
  record_class->n_children = G_N_ELEMENTS (children);
  record_class->validate = tx_activity_validate;
  record_class->dup_title = tx_activity_dup_title;
  tx_record_class_install_fields (record_class, fields, N_FIELDS);
  tx_record_class_install_joined (record_class, joined, G_N_ELEMENTS (joined));
}

static void
tx_activity_init (TxActivity *self)
{
}

TxActivity *
tx_activity_new (void)
{
  return g_object_new (TX_TYPE_ACTIVITY, NULL);
}

GPtrArray *
tx_activity_get_participants (TxActivity *self)
{
  return tx_record_get_children (TX_RECORD (self), C_PARTICIPANTS);
}

TxParticipant *
tx_activity_add_participant (TxActivity *self,
const char *person,
const char *state,
const char *note)
{
  TxParticipant *row = tx_record_add_child (TX_RECORD (self), C_PARTICIPANTS);

  row->person = g_strdup (person);
  row->state = g_strdup (state);
  row->note = g_strdup (note);
  return row;
}

void
tx_activity_clear_participants (TxActivity *self)
{
  tx_record_clear_children (TX_RECORD (self), C_PARTICIPANTS);
}

GPtrArray *
tx_activity_get_photos (TxActivity *self)
{
  return tx_record_get_children (TX_RECORD (self), C_PHOTOS);
}

TxActivityPhoto *
tx_activity_add_photo (TxActivity *self,
const char *caption,
const char *mime,
GBytes *data)
{
  TxActivityPhoto *row = tx_record_add_child (TX_RECORD (self), C_PHOTOS);

  row->caption = g_strdup (caption);
  row->mime = g_strdup (mime);
  row->data = data ? g_bytes_ref (data) : NULL;
  return row;
}

void
tx_activity_clear_photos (TxActivity *self)
{
  tx_record_clear_children (TX_RECORD (self), C_PHOTOS);
}
