/* tx-migrations.c — numbered schema migrations
 *
 * Each migration runs in its own transaction and sets PRAGMA user_version;
 * a database is never left half-migrated. Add a migration by appending to
 * the table below; never edit one that has shipped.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "tx-codes.h"
#include "tx-migrations.h"

#define RECORD_COLUMNS \
  "  id INTEGER PRIMARY KEY,\n" \
  "  uuid TEXT NOT NULL UNIQUE,\n" \
  "  created TEXT NOT NULL,\n" \
  "  modified TEXT NOT NULL,\n" \
  "  trashed TEXT,\n"

#define CHILD_COLUMNS(parent) \
  "  owner TEXT NOT NULL REFERENCES " parent " (uuid) ON DELETE CASCADE ON UPDATE CASCADE,\n" \
  "  position INTEGER NOT NULL,\n"

static const char schema_1[] =
  "CREATE TABLE code (\n"
  "  kind TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL,\n"
  "  PRIMARY KEY (kind, code)) WITHOUT ROWID;\n"
  "CREATE TABLE category_legacy (\n"
  "  name TEXT PRIMARY KEY, code TEXT NOT NULL) WITHOUT ROWID;\n"
  "CREATE TABLE settings (\n"
  "  key TEXT PRIMARY KEY, value TEXT, modified TEXT) WITHOUT ROWID;\n"
  "CREATE TABLE change_log (\n"
  "  id INTEGER PRIMARY KEY, time TEXT NOT NULL, operator TEXT, entity TEXT NOT NULL,\n"
  "  uuid TEXT, action TEXT NOT NULL, fields TEXT);\n"
  "CREATE INDEX change_log_uuid ON change_log (uuid);\n"

  "CREATE TABLE community (\n" RECORD_COLUMNS
  "  code TEXT, name TEXT NOT NULL, street TEXT, notes TEXT);\n"
  "CREATE UNIQUE INDEX community_code ON community (code) WHERE code IS NOT NULL;\n"

  "CREATE TABLE staff (\n" RECORD_COLUMNS
  "  name TEXT NOT NULL, gender TEXT, post TEXT, phone TEXT, community TEXT,\n"
  "  active INTEGER NOT NULL DEFAULT 1, notes TEXT, sort_pinyin TEXT);\n"

  "CREATE TABLE person (\n" RECORD_COLUMNS
  "  name TEXT NOT NULL, former_name TEXT, gender TEXT, ethnicity TEXT, birth_date TEXT,\n"
  "  native_place TEXT, document_type TEXT, document_number TEXT,\n"
  "  political_status TEXT, party_joined TEXT, party_post TEXT, religion TEXT,\n"
  "  education TEXT, degree TEXT, professional_title TEXT,\n"
  "  work_unit TEXT, work_post TEXT, sector TEXT,\n"
  "  phone TEXT, phone_other TEXT, address TEXT,\n"
  "  community TEXT REFERENCES community (uuid) ON DELETE SET NULL ON UPDATE CASCADE,\n"
  "  representative INTEGER NOT NULL DEFAULT 0, key_person INTEGER NOT NULL DEFAULT 0,\n"
  "  status TEXT NOT NULL DEFAULT '1', skills TEXT, health TEXT, notes TEXT,\n"
  "  name_pinyin TEXT, name_initials TEXT, sort_pinyin TEXT, sort_strokes TEXT);\n"
  "CREATE INDEX person_sort_pinyin ON person (sort_pinyin);\n"
  "CREATE INDEX person_sort_strokes ON person (sort_strokes);\n"
  "CREATE INDEX person_community ON person (community);\n"
  "CREATE INDEX person_document ON person (document_number);\n"
  "CREATE INDEX person_modified ON person (modified);\n"
  "CREATE INDEX person_birth ON person (birth_date);\n"
  "CREATE TABLE person_category (\n" CHILD_COLUMNS ("person")
  "  category TEXT NOT NULL, PRIMARY KEY (owner, position)) WITHOUT ROWID;\n"
  "CREATE INDEX person_category_code ON person_category (category, owner);\n"
  "CREATE TABLE person_role (\n" CHILD_COLUMNS ("person")
  "  kind TEXT, organization TEXT, level TEXT, term TEXT, post TEXT,\n"
  "  PRIMARY KEY (owner, position)) WITHOUT ROWID;\n"
  "CREATE INDEX person_role_kind ON person_role (kind, owner);\n"
  "CREATE TABLE person_circumstance (\n" CHILD_COLUMNS ("person")
  "  kind TEXT, date TEXT, description TEXT, resolved TEXT,\n"
  "  PRIMARY KEY (owner, position)) WITHOUT ROWID;\n"
  /* one photo a person: a child table whose only row is at position 0 */
  "CREATE TABLE person_photo (\n"
  "  owner TEXT PRIMARY KEY REFERENCES person (uuid) ON DELETE CASCADE ON UPDATE CASCADE,\n"
  "  position INTEGER NOT NULL CHECK (position = 0),\n"
  "  mime TEXT, data BLOB);\n"

  "CREATE TABLE activity (\n" RECORD_COLUMNS
  "  title TEXT NOT NULL, activity_type TEXT, start_date TEXT, start_time TEXT, end_date TEXT, end_time TEXT,\n"
  "  place TEXT, organiser TEXT, community TEXT, summary TEXT, outcome TEXT, notes TEXT);\n"
  "CREATE INDEX activity_start ON activity (start_date);\n"
  "CREATE TABLE activity_participant (\n" CHILD_COLUMNS ("activity")
  "  person TEXT NOT NULL REFERENCES person (uuid) ON DELETE CASCADE ON UPDATE CASCADE,\n"
  "  state TEXT NOT NULL, note TEXT, PRIMARY KEY (owner, position)) WITHOUT ROWID;\n"
  "CREATE INDEX activity_participant_person ON activity_participant (person);\n"
  "CREATE TABLE activity_photo (\n" CHILD_COLUMNS ("activity")
  "  caption TEXT, mime TEXT, data BLOB, PRIMARY KEY (owner, position));\n"

  "CREATE TABLE visit (\n" RECORD_COLUMNS
  "  person TEXT NOT NULL REFERENCES person (uuid) ON DELETE CASCADE ON UPDATE CASCADE,\n"
  "  date TEXT, reason TEXT, holiday TEXT, holiday_year INTEGER NOT NULL DEFAULT 0,\n"
  "  gifts TEXT, issues TEXT, follow_up TEXT, notes TEXT);\n"
  "CREATE INDEX visit_person ON visit (person, date);\n"
  "CREATE INDEX visit_date ON visit (date);\n"
  "CREATE TABLE visit_staff (\n" CHILD_COLUMNS ("visit")
  "  staff TEXT NOT NULL REFERENCES staff (uuid) ON DELETE CASCADE ON UPDATE CASCADE,\n"
  "  PRIMARY KEY (owner, position)) WITHOUT ROWID;\n"

  "CREATE TABLE consultation (\n" RECORD_COLUMNS
  "  consultation_type TEXT, title TEXT NOT NULL, date TEXT, start_time TEXT, place TEXT,\n"
  "  chair TEXT REFERENCES staff (uuid) ON DELETE SET NULL ON UPDATE CASCADE,\n"
  "  recorder TEXT REFERENCES staff (uuid) ON DELETE SET NULL ON UPDATE CASCADE,\n"
  "  agenda TEXT, minutes TEXT, resolutions TEXT, notes TEXT);\n"
  "CREATE INDEX consultation_date ON consultation (date);\n"
  "CREATE TABLE consultation_attendee (\n" CHILD_COLUMNS ("consultation")
  "  person TEXT REFERENCES person (uuid) ON DELETE CASCADE ON UPDATE CASCADE,\n"
  "  staff TEXT REFERENCES staff (uuid) ON DELETE CASCADE ON UPDATE CASCADE,\n"
  "  state TEXT NOT NULL, note TEXT,\n"
  "  CHECK ((person IS NULL) <> (staff IS NULL)),\n"
  "  PRIMARY KEY (owner, position)) WITHOUT ROWID;\n"
  "CREATE INDEX consultation_attendee_person ON consultation_attendee (person);\n"

  "CREATE TABLE suggestion (\n" RECORD_COLUMNS
  "  title TEXT NOT NULL, content TEXT, date TEXT, channel TEXT,\n"
  "  consultation TEXT REFERENCES consultation (uuid) ON DELETE SET NULL ON UPDATE CASCADE,\n"
  "  handling_unit TEXT, deadline TEXT, state TEXT NOT NULL DEFAULT '01',\n"
  "  response TEXT, response_date TEXT, feedback TEXT, feedback_date TEXT,\n"
  "  satisfaction TEXT, notes TEXT);\n"
  "CREATE INDEX suggestion_state ON suggestion (state, deadline);\n"
  "CREATE INDEX suggestion_consultation ON suggestion (consultation);\n"
  "CREATE TABLE suggestion_proposer (\n" CHILD_COLUMNS ("suggestion")
  "  person TEXT NOT NULL REFERENCES person (uuid) ON DELETE CASCADE ON UPDATE CASCADE,\n"
  "  lead TEXT, PRIMARY KEY (owner, position)) WITHOUT ROWID;\n"
  "CREATE INDEX suggestion_proposer_person ON suggestion_proposer (person);\n"
  "CREATE TABLE suggestion_history (\n" CHILD_COLUMNS ("suggestion")
  "  state TEXT NOT NULL, date TEXT, note TEXT, operator TEXT,\n"
  "  PRIMARY KEY (owner, position)) WITHOUT ROWID;\n"

  "CREATE TABLE pairing (\n" RECORD_COLUMNS
  "  staff TEXT NOT NULL REFERENCES staff (uuid) ON DELETE CASCADE ON UPDATE CASCADE,\n"
  "  person TEXT NOT NULL REFERENCES person (uuid) ON DELETE CASCADE ON UPDATE CASCADE,\n"
  "  since TEXT, until TEXT, notes TEXT);\n"
  "CREATE INDEX pairing_person ON pairing (person);\n"
  "CREATE INDEX pairing_staff ON pairing (staff);\n"
  "CREATE TABLE pairing_contact (\n" CHILD_COLUMNS ("pairing")
  "  date TEXT, mode TEXT, note TEXT, PRIMARY KEY (owner, position)) WITHOUT ROWID;\n"

  /* office-wide settings travel with the data */
  "INSERT INTO settings (key, value) VALUES\n"
  "  ('office.name', NULL), ('office.level', '1'), ('office.code', NULL),\n"
  "  ('office.street', NULL),\n"
  "  ('reminder.visit-interval-days', '180'),\n"
  "  ('reminder.suggestion-warning-days', '7'),\n"
  "  ('meetings.consultations-per-year', '1'),\n"
  "  ('meetings.briefings-per-year', '2');\n";

/* Purged and merged-away records leave a tombstone, so that an exchange
 * file can carry the deletion (see tx-tombstone.h). */
static const char schema_tombstone[] =
  "CREATE TABLE tombstone (\n"
  "  uuid TEXT PRIMARY KEY, kind TEXT NOT NULL, time TEXT NOT NULL,\n"
  "  merged_into TEXT) WITHOUT ROWID;\n";

typedef gboolean (*MigrationHook) (TxDatabase *db, GError **error);

typedef struct
{
  int            version;
  const char    *sql;
  MigrationHook  hook;
} Migration;

static const Migration migrations[] = {
  { 1, schema_1, _tx_codes_load_all },
  { 2, schema_tombstone, NULL },
};

int
_tx_migrations_latest (void)
{
  return migrations[G_N_ELEMENTS (migrations) - 1].version;
}

static gboolean
set_version (TxDatabase  *db,
             int          version,
             GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d;"
                                          "PRAGMA application_id = %d;",
                                          version, TX_DATABASE_APPLICATION_ID);
  return tx_database_exec (db, sql, error);
}

static gboolean
run_one (TxDatabase       *db,
         const Migration  *migration,
         GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  int current;

  if (!tx_database_begin (db, error))
    return FALSE;

  /* another copy of the program may have migrated while we waited */
  current = tx_database_get_schema_version (db);
  if (current >= migration->version)
    return tx_database_commit (db, error);

  if (!tx_database_exec (db, migration->sql, &local_error) ||
      (migration->hook != NULL && !migration->hook (db, &local_error)) ||
      !set_version (db, migration->version, &local_error) ||
      !tx_database_commit (db, &local_error))
    {
      tx_database_rollback (db);
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_OPEN,
                   _("Upgrading the database to schema %d failed; it was left as it was: %s"),
                   migration->version, local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
_tx_migrations_run_to (TxDatabase  *db,
                       int          version,
                       GError     **error)
{
  int current = tx_database_get_schema_version (db);

  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      if (migrations[i].version <= current)
        continue;
      if (migrations[i].version > version)
        break;
      if (!run_one (db, &migrations[i], error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_tx_migrations_run (TxDatabase  *db,
                    int          from_version,
                    GError     **error)
{
  return _tx_migrations_run_to (db, _tx_migrations_latest (), error);
}
