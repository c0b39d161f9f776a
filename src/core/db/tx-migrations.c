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

#include "core/model/tx-codes.h"
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

/* Suggestions as offices handle them (登记 → 受理 → 转办/交办 → 答复 → 反馈 →
 * 办结, or 不予受理), the adoption result an attribute of the answer; the
 * code table changes of the same review; a status date on people; the
 * office level asked for, not assumed; and local_state, where this file
 * keeps what never travels with exchanged data (the version of the stored
 * sort keys, see tx-sort-keys.c).
 *
 * Old states: 04 办理 becomes 03 转办/交办 (handed on, being handled); 06 采纳
 * and 07 未采纳 become 05 答复 with the adoption 1 采纳 or 5 未采纳, taken from
 * the state or, for those that went on to 反馈 or 办结, from the history;
 * history entries keep the old result in their note. */
static const char schema_suggestion_handling[] =
  "ALTER TABLE suggestion ADD COLUMN adoption TEXT;\n"
  "UPDATE suggestion SET adoption = CASE\n"
  "    WHEN state = '06' THEN '1' WHEN state = '07' THEN '5'\n"
  "    ELSE (SELECT CASE h.state WHEN '06' THEN '1' ELSE '5' END FROM suggestion_history h\n"
  "          WHERE h.owner = suggestion.uuid AND h.state IN ('06', '07')\n"
  "          ORDER BY h.position DESC LIMIT 1) END;\n"
  "UPDATE suggestion SET state = '05' WHERE state IN ('06', '07');\n"
  "UPDATE suggestion SET state = '03' WHERE state = '04';\n"
  "UPDATE suggestion_history SET\n"
  "    note = CASE state WHEN '06' THEN '采纳' ELSE '未采纳' END\n"
  "           || CASE WHEN note IS NULL OR note = '' THEN '' ELSE '：' || note END,\n"
  "    state = '05'\n"
  "  WHERE state IN ('06', '07');\n"
  "UPDATE suggestion_history SET state = '03' WHERE state = '04';\n"

  "DELETE FROM code WHERE kind IN ('suggestion-state', 'adoption', 'holiday', 'role-level',\n"
  "                                'attendee-state', 'gender');\n"
  "INSERT INTO code (kind, code, name, position) VALUES\n"
  "  ('suggestion-state', '01', '登记', 1), ('suggestion-state', '02', '受理', 2),\n"
  "  ('suggestion-state', '03', '转办/交办', 3), ('suggestion-state', '05', '答复', 4),\n"
  "  ('suggestion-state', '08', '反馈', 5), ('suggestion-state', '09', '办结', 6),\n"
  "  ('suggestion-state', '10', '不予受理', 7),\n"
  "  ('adoption', '1', '采纳', 1), ('adoption', '2', '部分采纳', 2), ('adoption', '3', '列入计划', 3),\n"
  "  ('adoption', '4', '留作参考', 4), ('adoption', '5', '未采纳', 5),\n"
  "  ('holiday', '11', '元旦', 1), ('holiday', '01', '春节', 2), ('holiday', '02', '元宵节', 3),\n"
  "  ('holiday', '03', '清明节', 4), ('holiday', '04', '端午节', 5), ('holiday', '06', '中秋节', 6),\n"
  "  ('holiday', '07', '国庆节', 7), ('holiday', '08', '重阳节', 8), ('holiday', '09', '开斋节', 9),\n"
  "  ('holiday', '10', '古尔邦节', 10), ('holiday', '05', '七一（走访党员）', 11),\n"
  "  ('holiday', '99', '其他节日', 12),\n"
  "  ('role-level', '1', '全国', 1), ('role-level', '2', '省级', 2), ('role-level', '3', '市级', 3),\n"
  "  ('role-level', '4', '区县级', 4), ('role-level', '5', '乡镇级', 5),\n"
  "  ('attendee-state', '1', '邀请', 1), ('attendee-state', '2', '出席', 2),\n"
  "  ('attendee-state', '5', '请假', 3), ('attendee-state', '3', '缺席', 4),\n"
  "  ('attendee-state', '4', '列席', 5),\n"
  "  ('gender', '1', '男', 1), ('gender', '2', '女', 2), ('gender', '0', '未知的性别', 3),\n"
  "  ('gender', '9', '未说明的性别', 4);\n"
  "INSERT OR REPLACE INTO category_legacy (name, code) VALUES\n"
  "  ('私营企业主', '06'),\n"
  "  ('民营企业家', '06'),\n"
  "  ('个体工商户', '06'),\n"
  "  ('非公有制经济代表人士', '06'),\n"
  "  ('私营企业管理技术人员', '07'),\n"
  "  ('外资企业管理技术人员', '07'),\n"
  "  ('中介组织从业人员', '07'),\n"
  "  ('社会组织从业人员', '07'),\n"
  "  ('新媒体从业人员', '07'),\n"
  "  ('自由职业者', '07'),\n"
  "  ('去台人员亲属', '10'),\n"
  "  ('去台人员眷属', '10'),\n"
  "  ('台属', '10'),\n"
  "  ('台湾同胞', '10'),\n"
  "  ('香港同胞', '09'),\n"
  "  ('澳门同胞', '09'),\n"
  "  ('归侨', '11'),\n"
  "  ('侨眷', '11'),\n"
  "  ('归侨侨眷', '11'),\n"
  "  ('华侨', '11'),\n"
  "  ('留学人员', '08'),\n"
  "  ('归国留学人员', '08'),\n"
  "  ('出国留学人员', '08'),\n"
  "  ('留学归国人员', '08'),\n"
  "  ('民主党派', '01'),\n"
  "  ('无党派', '02'),\n"
  "  ('宗教人士', '05'),\n"
  "  ('少数民族', '04'),\n"
  "  ('起义投诚人员', '12');\n"

  "ALTER TABLE person ADD COLUMN status_date TEXT;\n"
  /* the level was '1' (社区) by default: wrong for a street office, so a
   * level nobody chose is forgotten and the preferences ask for it */
  "UPDATE settings SET value = NULL WHERE key = 'office.level' AND modified IS NULL;\n"
  "CREATE TABLE local_state (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;\n";

/* Holidays: 圣诞节 joins the holiday codes, before 其他节日 (in old and new
 * files alike), and the festivals the office adds each year get a table of
 * their dates. */
static const char schema_holidays[] =
  "UPDATE code SET position = position + 1 WHERE kind = 'holiday' AND code = '99';\n"
  "INSERT OR IGNORE INTO code (kind, code, name, position) VALUES\n"
  "  ('holiday', '12', '圣诞节', (SELECT position - 1 FROM code WHERE kind = 'holiday' AND code = '99'));\n"
  "CREATE TABLE holiday_date (\n"
  "  code TEXT NOT NULL, date TEXT NOT NULL, name TEXT, modified TEXT,\n"
  "  PRIMARY KEY (code, date)) WITHOUT ROWID;\n";

/* A "keep mine" given to a conflict of an import (another office's person
 * with one of our ID numbers), remembered with the version of their record
 * it was given to: the same version does not ask again with the next file,
 * a newer one does. Never exported. */
static const char schema_conflict_decision[] =
  "CREATE TABLE conflict_decision (\n"
  "  theirs TEXT NOT NULL, ours TEXT NOT NULL, modified TEXT NOT NULL, decided TEXT NOT NULL,\n"
  "  PRIMARY KEY (theirs, ours)) WITHOUT ROWID;\n";

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
  { 3, schema_suggestion_handling, NULL },
  { 4, schema_holidays, NULL },
  { 5, schema_conflict_decision, NULL },
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
