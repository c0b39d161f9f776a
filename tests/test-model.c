/* test-model.c — every entity through the store: save, load, update,
 * trash, restore, purge, conflicts and failures
 *
 * Most tests run once per entity, driven by the entity's own field and
 * child tables, so a field added later is covered without editing them:
 * make_full() must set it (test_round_trip checks that it does).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n-lib.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-community.h"
#include "core/model/tx-community-query.h"
#include "core/model/tx-activity-query.h"
#include "core/model/tx-person-filter.h"
#include "core/model/tx-consultation.h"
#include "core/db/tx-database.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"
#include "core/stats/tx-year-figures.h"
#include "tx-test-util.h"

/* ---- fixture: a database with a few records to refer to ----------------- */

typedef struct
{
  char       *dir;
  char       *path;
  TxDatabase *db;
  char       *community[2];
  char       *staff[2];
  char       *person[2];
  char       *consultation[2];
} Fixture;

static char *
save_new (TxDatabase *db,
          TxRecord   *record)
{
  g_autoptr(GError) error = NULL;
  gboolean saved = tx_store_save (db, record, TX_SAVE_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_true (saved);
  g_assert_nonnull (tx_record_get_uuid (record));
  return g_strdup (tx_record_get_uuid (record));
}

static char *
save_named (TxDatabase *db,
            GType       type,
            const char *property,
            const char *value)
{
  g_autoptr(TxRecord) record = g_object_new (type, property, value, NULL);

  return save_new (db, record);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) pin = g_date_time_new_utc (2025, 6, 1, 9, 0, 0);

  fixture->dir = tx_test_make_temp_dir ("test-model");
  fixture->path = g_build_filename (fixture->dir, "tongxin.db", NULL);
  fixture->db = tx_test_open_database (fixture->dir, "tongxin.db");
  tx_database_pin_clock (fixture->db, pin);

  fixture->community[0] = save_named (fixture->db, TX_TYPE_COMMUNITY, "name", "南池子社区");
  fixture->community[1] = save_named (fixture->db, TX_TYPE_COMMUNITY, "name", "景山社区");
  fixture->staff[0] = save_named (fixture->db, TX_TYPE_STAFF, "name", "王建国");
  fixture->staff[1] = save_named (fixture->db, TX_TYPE_STAFF, "name", "李秀英");
  fixture->person[0] = save_named (fixture->db, TX_TYPE_PERSON, "name", "张三丰");
  fixture->person[1] = save_named (fixture->db, TX_TYPE_PERSON, "name", "曾国藩");
  fixture->consultation[0] = save_named (fixture->db, TX_TYPE_CONSULTATION, "title", "情况通报会");
  fixture->consultation[1] = save_named (fixture->db, TX_TYPE_CONSULTATION, "title", "座谈会");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_false (tx_database_in_transaction (fixture->db));
  g_assert_finalize_object (fixture->db);
  tx_test_remove_tree (fixture->dir);
  for (guint i = 0; i < 2; i++)
    {
      g_free (fixture->community[i]);
      g_free (fixture->staff[i]);
      g_free (fixture->person[i]);
      g_free (fixture->consultation[i]);
    }
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* ---- SQL helpers (reading what is really stored) -------------------------- */

static gint64
log_count (TxDatabase *db)
{
  return tx_test_count (db, "SELECT count(*) FROM change_log", NULL);
}

typedef struct
{
  char *entity;
  char *uuid;
  char *action;
  char *fields;
} LogRow;

static void
log_row_free (LogRow *row)
{
  g_free (row->entity);
  g_free (row->uuid);
  g_free (row->action);
  g_free (row->fields);
  g_free (row);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LogRow, log_row_free)

static LogRow *
last_log (TxDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_auto(TxStatement) stmt = tx_database_prepare (db,
                                                  "SELECT entity, uuid, action, fields FROM change_log "
                                                  "ORDER BY id DESC LIMIT 1", &error);
  LogRow *row = g_new0 (LogRow, 1);

  g_assert_no_error (error);
  g_assert_cmpint (tx_database_step_row (db, stmt, &error), ==, 1);
  row->entity = g_strdup (tx_column_text (stmt, 0));
  row->uuid = g_strdup (tx_column_text (stmt, 1));
  row->action = g_strdup (tx_column_text (stmt, 2));
  row->fields = g_strdup (tx_column_text (stmt, 3));
  return row;
}

static gint64
count_record (TxDatabase *db,
              TxRecord   *record)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE uuid = ?",
                                          tx_record_get_entity (record));

  return tx_test_count (db, sql, tx_record_get_uuid (record));
}

static gint64
count_child_rows (TxDatabase         *db,
                  const TxChildTable *table,
                  const char         *owner)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE owner = ?", table->table);

  return tx_test_count (db, sql, owner);
}

static gint64
count_table (TxDatabase *db,
             const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return tx_test_count (db, sql, NULL);
}

static gboolean
column_is_null (TxDatabase *db,
                TxRecord   *record,
                const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s IS NULL FROM %s WHERE uuid = ?",
                                          column, tx_record_get_entity (record));

  return tx_test_count (db, sql, tx_record_get_uuid (record)) == 1;
}

static char *
stored_modified (TxDatabase *db,
                 TxRecord   *record)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT modified FROM %s WHERE uuid = ?",
                                          tx_record_get_entity (record));
  g_auto(TxStatement) stmt = tx_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  tx_bind_text (stmt, 1, tx_record_get_uuid (record));
  g_assert_cmpint (tx_database_step_row (db, stmt, &error), ==, 1);
  return g_strdup (tx_column_text (stmt, 0));
}

/* ---- generic record helpers ---------------------------------------------- */

static TxRecord *
load_ok (TxDatabase *db,
         TxRecord   *like)
{
  g_autoptr(GError) error = NULL;
  TxRecord *record = tx_store_load (db, G_OBJECT_TYPE (like), tx_record_get_uuid (like), &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  g_assert_true (record != like);
  return record;
}

static void
save_ok (TxDatabase  *db,
         TxRecord    *record,
         TxSaveFlags  flags)
{
  g_autoptr(GError) error = NULL;
  gboolean saved = tx_store_save (db, record, flags, &error);

  g_assert_no_error (error);
  g_assert_true (saved);
  g_assert_false (tx_database_in_transaction (db));
}

static gboolean
field_equal (TxRecord *a,
             TxRecord *b,
             guint     index)
{
  g_auto(GValue) x = G_VALUE_INIT;
  g_auto(GValue) y = G_VALUE_INIT;

  tx_record_get_field_value (a, index, &x);
  tx_record_get_field_value (b, index, &y);
  g_assert_true (G_VALUE_TYPE (&x) == G_VALUE_TYPE (&y));
  switch (G_VALUE_TYPE (&x))
    {
    case G_TYPE_STRING:
      return g_strcmp0 (g_value_get_string (&x), g_value_get_string (&y)) == 0;
    case G_TYPE_INT:
      return g_value_get_int (&x) == g_value_get_int (&y);
    case G_TYPE_BOOLEAN:
      return g_value_get_boolean (&x) == g_value_get_boolean (&y);
    default:
      g_assert_not_reached ();
    }
}

static void
assert_field_equal (TxRecord *a,
                    TxRecord *b,
                    guint     index)
{
  const TxField *field = &TX_RECORD_GET_CLASS (a)->fields[index];

  if (!field_equal (a, b, index))
    {
      g_auto(GValue) x = G_VALUE_INIT;
      g_auto(GValue) y = G_VALUE_INIT;
      g_autofree char *xs = NULL;
      g_autofree char *ys = NULL;

      tx_record_get_field_value (a, index, &x);
      tx_record_get_field_value (b, index, &y);
      xs = g_strdup_value_contents (&x);
      ys = g_strdup_value_contents (&y);
      g_error ("%s.%s differs: %s ≠ %s", tx_record_get_entity (a), field->name, xs, ys);
    }
}

static gboolean
child_cell_equal (const TxChildColumn *column,
                  gconstpointer        a,
                  gconstpointer        b)
{
  gconstpointer x = G_STRUCT_MEMBER (gconstpointer, a, column->offset);
  gconstpointer y = G_STRUCT_MEMBER (gconstpointer, b, column->offset);

  if (column->type == TX_CHILD_TEXT)
    return g_strcmp0 (x, y) == 0;
  if (x == NULL || y == NULL)
    return x == y;
  if (g_bytes_get_size ((GBytes *) x) != g_bytes_get_size ((GBytes *) y))
    return FALSE;
  /* an empty GBytes may have no data pointer: memcmp() must not see it */
  return g_bytes_get_size ((GBytes *) x) == 0 ||
         memcmp (g_bytes_get_data ((GBytes *) x, NULL), g_bytes_get_data ((GBytes *) y, NULL),
                 g_bytes_get_size ((GBytes *) x)) == 0;
}

static gboolean
children_equal (TxRecord *a,
                TxRecord *b,
                guint     t)
{
  const TxChildTable *table = &TX_RECORD_GET_CLASS (a)->children[t];
  GPtrArray *x = tx_record_get_children (a, t);
  GPtrArray *y = tx_record_get_children (b, t);

  if (x->len != y->len)
    return FALSE;
  for (guint r = 0; r < x->len; r++)
    for (guint c = 0; c < table->n_columns; c++)
      if (!child_cell_equal (&table->columns[c], g_ptr_array_index (x, r), g_ptr_array_index (y, r)))
        return FALSE;
  return TRUE;
}

static void
assert_records_equal (TxRecord *a,
                      TxRecord *b)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (a);

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  g_assert_cmpstr (tx_record_get_uuid (a), ==, tx_record_get_uuid (b));
  for (guint i = 0; i < klass->n_fields; i++)
    assert_field_equal (a, b, i);
  for (guint t = 0; t < klass->n_children; t++)
    if (!children_equal (a, b, t))
      g_error ("%s.%s differ", klass->entity, klass->children[t].name);
}

/* A list row (tx_store_load_row) holds everything but its on-demand
 * children (photos), which stay unread. */
static void
assert_list_row_equal (TxRecord *full,
                       TxRecord *row)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (full);
  gboolean has_on_demand = FALSE;

  g_assert_cmpstr (tx_record_get_uuid (full), ==, tx_record_get_uuid (row));
  for (guint i = 0; i < klass->n_fields; i++)
    assert_field_equal (full, row, i);
  for (guint t = 0; t < klass->n_children; t++)
    {
      if (klass->children[t].on_demand)
        {
          has_on_demand = TRUE;
          g_assert_cmpuint (tx_record_get_children (row, t)->len, ==, 0);
        }
      else if (!children_equal (full, row, t))
        g_error ("%s.%s differ", klass->entity, klass->children[t].name);
    }
  g_assert_true (tx_record_is_partial (row) == has_on_demand);
}

static void
copy_field (TxRecord *to,
            TxRecord *from,
            guint     index)
{
  g_auto(GValue) value = G_VALUE_INIT;

  tx_record_get_field_value (from, index, &value);
  tx_record_set_field_value (to, index, &value);
}

static void
copy_children (TxRecord *to,
               TxRecord *from,
               guint     t)
{
  const TxChildTable *table = &TX_RECORD_GET_CLASS (from)->children[t];
  GPtrArray *rows = tx_record_get_children (from, t);

  tx_record_clear_children (to, t);
  for (guint r = 0; r < rows->len; r++)
    {
      gconstpointer src = g_ptr_array_index (rows, r);
      gpointer dst = tx_record_add_child (to, t);

      for (guint c = 0; c < table->n_columns; c++)
        {
          const TxChildColumn *column = &table->columns[c];
          gpointer value = G_STRUCT_MEMBER (gpointer, src, column->offset);

          if (column->type == TX_CHILD_TEXT)
            G_STRUCT_MEMBER (gpointer, dst, column->offset) = g_strdup (value);
          else
            G_STRUCT_MEMBER (gpointer, dst, column->offset) = value ? g_bytes_ref (value) : NULL;
        }
    }
}

/* Deterministic binary data with NUL bytes and every byte value, as a JPEG
 * or PNG would have. */
static GBytes *
make_blob (const char *magic,
           gsize       size,
           guint       seed)
{
  guint8 *data = g_malloc (size);
  gsize magic_len = strlen (magic);

  for (gsize i = 0; i < size; i++)
    data[i] = (guint8) ((i * 131 + seed * 7) ^ (i >> 3));
  memcpy (data, magic, MIN (magic_len, size));
  data[magic_len] = 0;
  return g_bytes_new_take (data, size);
}

/* ---- the entities, each filled in two different ways ---------------------- */

typedef TxRecord *(*MakeFunc) (Fixture *fixture, guint variant);

typedef struct
{
  const char *name;
  GType     (*get_type) (void);
  MakeFunc    make_full;      /* every field and every child table set */
  MakeFunc    make_minimal;   /* only what is required */
} Entity;

static char *
id_number (const char *area,
           const char *birth,
           const char *sequence)
{
  char *number = g_strdup_printf ("%s%s%s?", area, birth, sequence);

  number[17] = tx_id_number_compute_check (number);
  return number;
}

static TxRecord *
make_person (Fixture *fixture,
             guint    variant)
{
  TxPerson *person = tx_person_new ();
  g_autoptr(GBytes) photo = make_blob (variant ? "\x89PNG\r\n\x1a\n" : "\xff\xd8\xff\xe0", 4096 + variant, variant);

  if (variant == 0)
    {
      g_autofree char *id = id_number ("110101", "20000615", "002");   /* a woman */
      const char *categories[] = { "11", "03", "01", "03", NULL };

      g_object_set (person,
                    "name", "欧阳娜娜",
                    "former-name", "欧阳娜",
                    "gender", "2",
                    "ethnicity", "01",
                    "birth-date", "2000-06-15",
                    "native-place", "台湾省台北市",
                    "document-type", "01",
                    "document-number", id,
                    "political-status", "05",
                    "party-joined", "2019-07",
                    "party-post", "民盟东城区委委员",
                    "religion", "1",
                    "education", "21",
                    "degree", "4",
                    "professional-title", "国家一级演奏员",
                    "work-unit", "北京欧阳文化传媒有限公司",
                    "work-post", "艺术总监",
                    "sector", "文化艺术业",
                    "phone", "13912345678",
                    "phone-other", "010-65127788",
                    "address", "北京市东城区南池子大街12号院3单元401室",
                    "community", fixture->community[0],
                    "representative", TRUE,
                    "key-person", TRUE,
                    "status", "2",
                    "status-date", "2025-03",
                    "skills", "大提琴演奏；\n青少年艺术教育",
                    "health", "良好。\n对青霉素过敏。",
                    "notes", "2023年迁入本社区。\n联系人：母亲傅娟（同住）",
                    NULL);
      tx_person_set_categories (person, categories);
      tx_person_add_role (person, "2", "北京市东城区政协", "4", "第十五届", "委员");
      tx_person_add_role (person, "5", "东城区青年联合会", "4", "2021—2026", "副主席");
      tx_person_add_circumstance (person, "1", "2024-03-02", "肺炎住院两周，\n社区书记到医院看望", "2024-03-20 已出院");
      tx_person_add_circumstance (person, "2", "2024-08", "家中老人需要照护", "已联系居家养老服务");
      tx_person_add_photo (person, "image/jpeg", photo);
    }
  else
    {
      /* Same birth date and gender as variant 0, so that each field can be
       * changed alone and the record still agrees with itself. */
      g_autofree char *id = id_number ("110101", "20000615", "024");
      const char *categories[] = { "02", NULL };

      g_object_set (person,
                    "name", "司马光明",
                    "former-name", "司马明",
                    "gender", "9",
                    "ethnicity", "03",
                    "birth-date", "2000-06",
                    "native-place", "四川省成都市",
                    "document-type", "03",
                    "document-number", id,
                    "political-status", "13",
                    "party-joined", "2020",
                    "party-post", "无",
                    "religion", "2",
                    "education", "14",
                    "degree", "3",
                    "professional-title", "高级工程师",
                    "work-unit", "景山科技有限公司",
                    "work-post", "总经理",
                    "sector", "信息技术业",
                    "phone", "13800138000",
                    "phone-other", "010-64001234",
                    "address", "北京市东城区景山前街4号",
                    "community", fixture->community[1],
                    "representative", FALSE,
                    "key-person", FALSE,
                    "status", "3",
                    "status-date", "2024-11-02",
                    "skills", "软件开发",
                    "health", "高血压",
                    "notes", "已故",
                    NULL);
      tx_person_set_categories (person, categories);
      tx_person_add_role (person, "1", "东城区人大", "4", "第十七届", "代表");
      tx_person_add_circumstance (person, "3", "2025-01-05", "配偶去世", "已慰问");
      tx_person_add_photo (person, "image/png", photo);
    }
  return TX_RECORD (person);
}

static TxRecord *
make_person_minimal (Fixture *fixture,
                     guint    variant)
{
  return g_object_new (TX_TYPE_PERSON, "name", "欧阳娜娜", NULL);
}

static TxRecord *
make_community (Fixture *fixture,
                guint    variant)
{
  return g_object_new (TX_TYPE_COMMUNITY,
                       "code", variant ? "110101002002" : "110101001001",
                       "name", variant ? "景山街道吉祥社区" : "东华门街道多福巷社区",
                       "street", variant ? "景山街道" : "东华门街道",
                       "notes", variant ? "2019年合并" : "辖区内有故宫博物院。\n常住人口约八千人。",
                       NULL);
}

static TxRecord *
make_community_minimal (Fixture *fixture,
                        guint    variant)
{
  return g_object_new (TX_TYPE_COMMUNITY, "name", "多福巷社区", NULL);
}

static TxRecord *
make_staff (Fixture *fixture,
            guint    variant)
{
  return g_object_new (TX_TYPE_STAFF,
                       "name", variant ? "诸葛亮" : "欧阳修",
                       "gender", variant ? "1" : "2",
                       "post", variant ? "联络员" : "社区统战委员",
                       "phone", variant ? "13700001111" : "13612345678",
                       "community", fixture->community[variant],
                       "active", variant ? TRUE : FALSE,
                       "notes", variant ? "兼任网格员" : "2020年起任职。\n负责党外知识分子联络。",
                       NULL);
}

static TxRecord *
make_staff_minimal (Fixture *fixture,
                    guint    variant)
{
  return g_object_new (TX_TYPE_STAFF, "name", "欧阳修", NULL);
}

static TxRecord *
make_activity (Fixture *fixture,
               guint    variant)
{
  TxActivity *activity;
  g_autoptr(GBytes) photo1 = make_blob ("\xff\xd8\xff\xe0", 3000, 1 + variant);
  g_autoptr(GBytes) photo2 = make_blob ("\x89PNG\r\n\x1a\n", 777, 2 + variant);

  if (variant == 0)
    {
      activity = g_object_new (TX_TYPE_ACTIVITY,
                               "title", "庆国庆联欢会",
                               "activity-type", "01",
                               "start-date", "2024-09-28",
                               "start-time", "14:30",
                               "end-date", "2024-09-28",
                               "end-time", "17:00",
                               "place", "社区活动中心二楼多功能厅",
                               "organiser", "社区党委、社区统战工作站",
                               "community", fixture->community[0],
                               "summary", "一、合唱《我和我的祖国》\n二、诗朗诵\n三、书画作品展示",
                               "outcome", "参加人数四十余人，\n收到建议三条。",
                               "notes", "照片已存档",
                               NULL);
      tx_activity_add_participant (activity, fixture->person[0], "3", "代表党外人士发言");
      tx_activity_add_participant (activity, fixture->person[1], "4", "出差请假");
      tx_activity_add_photo (activity, "全体合影", "image/jpeg", photo1);
      tx_activity_add_photo (activity, "书画展示", "image/png", photo2);
    }
  else
    {
      activity = g_object_new (TX_TYPE_ACTIVITY,
                               "title", "五月鲜花展",
                               "activity-type", "03",
                               "start-date", "2025-05-01",
                               "start-time", "09:00",
                               "end-date", "2025-05-03",
                               "end-time", "16:30",
                               "place", "中山公园",
                               "organiser", "街道工委",
                               "community", fixture->community[1],
                               "summary", "压花组作品展出",
                               "outcome", "观众约五百人次",
                               "notes", "需提前预约场地",
                               NULL);
      tx_activity_add_participant (activity, fixture->person[1], "1", "邀请担任讲解");
      tx_activity_add_photo (activity, "压花作品", "image/jpeg", photo1);
    }
  return TX_RECORD (activity);
}

static TxRecord *
make_activity_minimal (Fixture *fixture,
                       guint    variant)
{
  return g_object_new (TX_TYPE_ACTIVITY, "title", "摄影组活动", NULL);
}

static TxRecord *
make_visit (Fixture *fixture,
            guint    variant)
{
  TxVisit *visit = g_object_new (TX_TYPE_VISIT,
                                 "person", fixture->person[variant],
                                 "date", variant ? "2025-01-28" : "2024-09-17",
                                 "reason", variant ? "2" : "1",
                                 "holiday", variant ? "01" : "06",
                                 "holiday-year", variant ? 2025 : 2024,
                                 "gifts", variant ? "水果一篮" : "月饼一盒、慰问金五百元",
                                 "issues", variant ? "无" : "希望社区增设老年食堂；\n楼道照明损坏",
                                 "follow-up", variant ? "下月回访" : "已转街道民政科",
                                 "notes", variant ? "住院中" : "本人精神很好",
                                 NULL);

  tx_visit_add_visitor (visit, fixture->staff[variant]);
  if (variant == 0)
    tx_visit_add_visitor (visit, fixture->staff[1]);
  return TX_RECORD (visit);
}

static TxRecord *
make_visit_minimal (Fixture *fixture,
                    guint    variant)
{
  return g_object_new (TX_TYPE_VISIT, "person", fixture->person[0], NULL);
}

static TxRecord *
make_consultation (Fixture *fixture,
                   guint    variant)
{
  TxConsultation *meeting;

  if (variant == 0)
    {
      meeting = g_object_new (TX_TYPE_CONSULTATION,
                              "consultation-type", "1",
                              "title", "2024年度街道发展规划民主协商会",
                              "date", "2024-03-15",
                              "start-time", "09:30",
                              "place", "街道办事处三楼会议室",
                              "chair", fixture->staff[0],
                              "recorder", fixture->staff[1],
                              "agenda", "1. 通报街道年度工作计划\n2. 听取意见和建议",
                              "minutes", "会议由王建国主持。\n\n与会人员围绕老旧小区改造、\n停车难等问题发言。\n\n（以下略）",
                              "resolutions", "一、成立老旧小区改造议事小组；\n二、一个月内答复。",
                              "notes", "会议纪要已报区委统战部",
                              NULL);
      tx_consultation_add_attendee (meeting, fixture->person[0], NULL, "2", "发言三次");
      tx_consultation_add_attendee (meeting, NULL, fixture->staff[1], "4", "列席并记录");
    }
  else
    {
      meeting = g_object_new (TX_TYPE_CONSULTATION,
                              "consultation-type", "2",
                              "title", "上半年情况通报会",
                              "date", "2024-07-02",
                              "start-time", "14:00",
                              "place", "社区会议室",
                              "chair", fixture->staff[1],
                              "recorder", fixture->staff[0],
                              "agenda", "通报上半年工作",
                              "minutes", "通报了上半年工作情况。",
                              "resolutions", "无",
                              "notes", "无",
                              NULL);
      tx_consultation_add_attendee (meeting, fixture->person[1], NULL, "3", "因病缺席");
    }
  return TX_RECORD (meeting);
}

static TxRecord *
make_consultation_minimal (Fixture *fixture,
                           guint    variant)
{
  return g_object_new (TX_TYPE_CONSULTATION, "title", "谈心交友", NULL);
}

static TxRecord *
make_suggestion (Fixture *fixture,
                 guint    variant)
{
  TxSuggestion *suggestion;

  if (variant == 0)
    {
      suggestion = g_object_new (TX_TYPE_SUGGESTION,
                                 "title", "关于增设社区老年食堂的建议",
                                 "content", "社区老年人口占比高，\n建议利用闲置用房开设老年食堂。",
                                 "date", "2024-03-15",
                                 "channel", "3",
                                 "consultation", fixture->consultation[0],
                                 "handling-unit", "街道民政科",
                                 "deadline", "2024-04-15",
                                 "response", "已纳入年度民生实事项目，\n预计九月开业。",
                                 "response-date", "2024-04-10",
                                 "feedback", "电话告知提议人",
                                 "feedback-date", "2024-04-12",
                                 "satisfaction", "1",
                                 "notes", "可作为年度总结案例",
                                 NULL);
      g_assert_true (tx_suggestion_advance (suggestion, "02", "2024-03-16", "登记受理", "王建国", NULL));
      g_assert_true (tx_suggestion_advance (suggestion, "03", "2024-03-18", "转街道民政科", "王建国", NULL));
      g_assert_true (tx_suggestion_advance (suggestion, "05", "2024-04-10", NULL, "李秀英", NULL));
      g_assert_true (tx_suggestion_advance (suggestion, "08", "2024-04-12", NULL, "李秀英", NULL));
      g_assert_true (tx_suggestion_advance (suggestion, "09", "2024-04-12", "办结", "李秀英", NULL));
      tx_suggestion_set_adoption (suggestion, "3");
      tx_suggestion_add_proposer (suggestion, fixture->person[0], "1");
      tx_suggestion_add_proposer (suggestion, fixture->person[1], "0");
    }
  else
    {
      suggestion = g_object_new (TX_TYPE_SUGGESTION,
                                 "title", "关于改善停车秩序的建议",
                                 "content", "晚间停车难",
                                 "date", "2024-07-02",
                                 "channel", "1",
                                 "consultation", fixture->consultation[1],
                                 "handling-unit", "街道城管科",
                                 "deadline", "2024-08-01",
                                 "response", "暂不具备条件",
                                 "response-date", "2024-07-30",
                                 "feedback", "上门说明",
                                 "feedback-date", "2024-08-02",
                                 "satisfaction", "2",
                                 "notes", "明年再议",
                                 NULL);
      g_assert_true (tx_suggestion_advance (suggestion, "02", "2024-07-03", NULL, "李秀英", NULL));
      g_assert_true (tx_suggestion_advance (suggestion, "03", "2024-07-03", NULL, "李秀英", NULL));
      g_assert_true (tx_suggestion_advance (suggestion, "05", "2024-07-30", "未采纳", "李秀英", NULL));
      tx_suggestion_set_adoption (suggestion, "5");
      tx_suggestion_add_proposer (suggestion, fixture->person[1], "1");
    }
  return TX_RECORD (suggestion);
}

static TxRecord *
make_suggestion_minimal (Fixture *fixture,
                         guint    variant)
{
  return g_object_new (TX_TYPE_SUGGESTION, "title", "口头建议", NULL);
}

static TxRecord *
make_pairing (Fixture *fixture,
              guint    variant)
{
  TxPairing *pairing = g_object_new (TX_TYPE_PAIRING,
                                     "staff", fixture->staff[variant],
                                     "person", fixture->person[variant],
                                     "since", variant ? "2022" : "2023-01",
                                     "until", variant ? "2024-06-30" : "2025-12",
                                     "notes", variant ? "对方迁出" : "每季度至少联系一次。\n重要节日上门。",
                                     NULL);

  if (variant == 0)
    {
      tx_pairing_add_contact (pairing, "2024-02-10", "3", "春节前上门拜访，\n送去春联");
      tx_pairing_add_contact (pairing, "2024-06-03", "2", "电话了解身体状况");
    }
  else
    tx_pairing_add_contact (pairing, "2023-05-01", "1", "面谈");
  return TX_RECORD (pairing);
}

static TxRecord *
make_pairing_minimal (Fixture *fixture,
                      guint    variant)
{
  return g_object_new (TX_TYPE_PAIRING,
                       "staff", fixture->staff[0],
                       "person", fixture->person[0],
                       NULL);
}

static const Entity entities[] = {
  { "person", tx_person_get_type, make_person, make_person_minimal },
  { "community", tx_community_get_type, make_community, make_community_minimal },
  { "staff", tx_staff_get_type, make_staff, make_staff_minimal },
  { "activity", tx_activity_get_type, make_activity, make_activity_minimal },
  { "visit", tx_visit_get_type, make_visit, make_visit_minimal },
  { "consultation", tx_consultation_get_type, make_consultation, make_consultation_minimal },
  { "suggestion", tx_suggestion_get_type, make_suggestion, make_suggestion_minimal },
  { "pairing", tx_pairing_get_type, make_pairing, make_pairing_minimal },
};

/* The full records really are full: every field differs from a new
 * object's default and between the two variants, and every child table has
 * rows. */
static void
assert_full (TxRecord *a,
             TxRecord *b)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (a);
  g_autoptr(TxRecord) empty = g_object_new (G_OBJECT_TYPE (a), NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_test_message ("%s.%s", klass->entity, klass->fields[i].name);
      g_assert_false (field_equal (a, empty, i));
      g_assert_false (field_equal (a, b, i));
    }
  for (guint t = 0; t < klass->n_children; t++)
    {
      g_assert_cmpuint (tx_record_get_children (a, t)->len, >, 0);
      g_assert_cmpuint (tx_record_get_children (b, t)->len, >, 0);
      g_assert_false (children_equal (a, b, t));
    }
}

/* ---- per-entity tests ------------------------------------------------------- */

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  const Entity *entity = data;
  g_autoptr(TxRecord) record = entity->make_full (fixture, 0);
  g_autoptr(TxRecord) other = entity->make_full (fixture, 1);
  g_autoptr(TxRecord) loaded = NULL;
  g_autoptr(TxRecord) by_row = NULL;
  g_autoptr(GError) error = NULL;
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  gint64 before = tx_store_count (fixture->db, entity->get_type (), TRUE, &error);
  gint64 logs = log_count (fixture->db);

  g_assert_cmpstr (klass->entity, ==, entity->name);
  assert_full (record, other);
  g_assert_null (tx_record_get_uuid (record));

  save_ok (fixture->db, record, TX_SAVE_DEFAULT);
  g_assert_true (g_uuid_string_is_valid (tx_record_get_uuid (record)));
  g_assert_nonnull (tx_record_get_created (record));
  g_assert_cmpstr (tx_record_get_created (record), ==, tx_record_get_modified (record));
  g_assert_null (tx_record_get_trashed (record));
  g_assert_cmpint (tx_record_get_row_id (record), >, 0);
  g_assert_cmpint (tx_store_count (fixture->db, entity->get_type (), TRUE, &error), ==, before + 1);
  g_assert_cmpint (log_count (fixture->db), ==, logs + 1);
  for (guint t = 0; t < klass->n_children; t++)
    g_assert_cmpint (count_child_rows (fixture->db, &klass->children[t], tx_record_get_uuid (record)),
                     ==, tx_record_get_children (record, t)->len);

  loaded = load_ok (fixture->db, record);
  assert_records_equal (record, loaded);
  g_assert_cmpstr (tx_record_get_created (loaded), ==, tx_record_get_created (record));
  g_assert_cmpstr (tx_record_get_modified (loaded), ==, tx_record_get_modified (record));
  g_assert_null (tx_record_get_trashed (loaded));
  g_assert_cmpint (tx_record_get_row_id (loaded), ==, tx_record_get_row_id (record));

  by_row = tx_store_load_row (fixture->db, entity->get_type (), tx_record_get_row_id (record), &error);
  g_assert_no_error (error);
  assert_list_row_equal (record, by_row);

  /* saving a list row keeps the photos it never read */
  g_assert_true (tx_store_save (fixture->db, by_row, TX_SAVE_CHECK_CONFLICT, &error));
  g_assert_no_error (error);
  g_assert_false (tx_record_is_partial (by_row));
  g_assert_cmpstr (tx_record_get_modified (by_row), ==, tx_record_get_modified (record));
  for (guint t = 0; t < klass->n_children; t++)
    g_assert_cmpint (count_child_rows (fixture->db, &klass->children[t], tx_record_get_uuid (record)),
                     ==, tx_record_get_children (record, t)->len);

  /* and again through a new connection: nothing lived only in a cache */
  {
    TxDatabase *second = tx_database_open (fixture->path, &error);
    g_autoptr(TxRecord) fresh = NULL;

    g_assert_no_error (error);
    fresh = load_ok (second, record);
    assert_records_equal (record, fresh);
    g_clear_object (&fresh);
    g_assert_finalize_object (second);
  }
}

/* One list row read in a block (tx_store_load_rows) and the same row read
 * alone (tx_store_load_row): field by field, joined field by joined field,
 * child table by child table. */
static void
assert_same_list_row (TxRecord *alone,
                      TxRecord *in_block)
{
  TxRecordClass *klass = TX_RECORD_GET_CLASS (alone);

  g_assert_true (G_OBJECT_TYPE (alone) == G_OBJECT_TYPE (in_block));
  g_assert_cmpint (tx_record_get_row_id (alone), ==, tx_record_get_row_id (in_block));
  g_assert_cmpstr (tx_record_get_uuid (alone), ==, tx_record_get_uuid (in_block));
  g_assert_cmpstr (tx_record_get_created (alone), ==, tx_record_get_created (in_block));
  g_assert_cmpstr (tx_record_get_modified (alone), ==, tx_record_get_modified (in_block));
  g_assert_cmpstr (tx_record_get_trashed (alone), ==, tx_record_get_trashed (in_block));
  for (guint i = 0; i < klass->n_fields; i++)
    assert_field_equal (alone, in_block, i);
  for (guint i = 0; i < klass->n_joined; i++)
    g_assert_cmpstr (G_STRUCT_MEMBER (char *, alone, klass->joined[i].offset), ==,
                     G_STRUCT_MEMBER (char *, in_block, klass->joined[i].offset));
  for (guint t = 0; t < klass->n_children; t++)
    if (!children_equal (alone, in_block, t))
      g_error ("%s.%s differ", klass->entity, klass->children[t].name);
  g_assert_true (tx_record_is_partial (alone) == tx_record_is_partial (in_block));
}

/* A block of rows reads what each row read alone reads, in the order
 * asked, without the rows that are not there. */
static void
test_load_rows (Fixture       *fixture,
                gconstpointer  data)
{
  const Entity *entity = data;
  GType type = entity->get_type ();
  g_autoptr(TxRecord) full = entity->make_full (fixture, 0);
  g_autoptr(TxRecord) other = entity->make_full (fixture, 1);
  g_autoptr(TxRecord) minimal = entity->make_minimal (fixture, 0);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  gint64 absent;
  gint64 ids[4];

  save_ok (fixture->db, full, TX_SAVE_DEFAULT);
  save_ok (fixture->db, other, TX_SAVE_DEFAULT);
  save_ok (fixture->db, minimal, TX_SAVE_DEFAULT);
  g_assert_true (tx_store_trash (fixture->db, minimal, &error));   /* listed in the trash */
  g_assert_no_error (error);
  absent = tx_record_get_row_id (minimal) + 1000;
  ids[0] = tx_record_get_row_id (other);
  ids[1] = absent;
  ids[2] = tx_record_get_row_id (minimal);
  ids[3] = tx_record_get_row_id (full);

  rows = tx_store_load_rows (fixture->db, type, ids, G_N_ELEMENTS (ids), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (ids) - 1);
  for (guint i = 0, r = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(TxRecord) alone = tx_store_load_row (fixture->db, type, ids[i], NULL);

      if (ids[i] == absent)
        {
          g_assert_null (alone);
          continue;
        }
      g_assert_nonnull (alone);
      assert_same_list_row (alone, g_ptr_array_index (rows, r++));
    }
  /* and the block holds what was saved, not only what a row alone reads */
  assert_list_row_equal (full, g_ptr_array_index (rows, 2));
  assert_list_row_equal (other, g_ptr_array_index (rows, 0));
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = tx_store_load_rows (fixture->db, type, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 0);
}

/* Fields left unset stay NULL in the database and after loading. */
static void
test_minimal (Fixture       *fixture,
              gconstpointer  data)
{
  const Entity *entity = data;
  g_autoptr(TxRecord) record = entity->make_minimal (fixture, 0);
  g_autoptr(TxRecord) loaded = NULL;
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  guint nulls = 0;

  save_ok (fixture->db, record, TX_SAVE_DEFAULT);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      tx_record_get_field_value (record, i, &value);
      if (G_VALUE_HOLDS_STRING (&value) && g_value_get_string (&value) == NULL)
        {
          g_test_message ("%s.%s", klass->entity, klass->fields[i].column);
          g_assert_true (column_is_null (fixture->db, record, klass->fields[i].column));
          nulls++;
        }
    }
  g_assert_cmpuint (nulls, >, 0);
  for (guint t = 0; t < klass->n_children; t++)
    g_assert_cmpint (count_child_rows (fixture->db, &klass->children[t], tx_record_get_uuid (record)), ==, 0);

  loaded = load_ok (fixture->db, record);
  assert_records_equal (record, loaded);
}

/* Empty text is stored as NULL: an entry the user cleared and one never
 * filled in are the same, so "" never reaches the database and clearing a
 * NULL field is not a change. A field that may not be empty is refused by
 * the record's own validation, never by a raw database constraint. */
static void
test_empty_is_null (Fixture       *fixture,
                    gconstpointer  data)
{
  const Entity *entity = data;
  g_autoptr(TxRecord) record = entity->make_full (fixture, 0);
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  guint cleared = 0;

  save_ok (fixture->db, record, TX_SAVE_DEFAULT);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autoptr(TxRecord) loaded = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *modified = NULL;
      gint64 logs;
      g_auto(GValue) value = G_VALUE_INIT;

      if (klass->fields[i].type != TX_FIELD_TEXT)
        continue;
      g_test_message ("%s.%s = \"\"", klass->entity, klass->fields[i].name);
      loaded = load_ok (fixture->db, record);
      tx_record_set_text_field (loaded, i, "");
      tx_record_get_field_value (loaded, i, &value);
      g_assert_null (g_value_get_string (&value));

      modified = stored_modified (fixture->db, record);
      logs = log_count (fixture->db);
      if (tx_store_save (fixture->db, loaded, TX_SAVE_DEFAULT, &error))
        {
          g_assert_no_error (error);
          g_assert_true (column_is_null (fixture->db, record, klass->fields[i].column));
          cleared++;
          /* put it back for the next field */
          copy_field (loaded, record, i);
          save_ok (fixture->db, loaded, TX_SAVE_DEFAULT);
        }
      else
        {
          g_autofree char *after = stored_modified (fixture->db, record);

          g_test_message ("refused: %s", error->message);
          g_assert_true (error->domain == TX_RECORD_ERROR);
          g_assert_false (column_is_null (fixture->db, record, klass->fields[i].column));
          g_assert_cmpstr (after, ==, modified);
          g_assert_cmpint (log_count (fixture->db), ==, logs);
        }
      g_assert_false (tx_database_in_transaction (fixture->db));
    }
  g_assert_cmpuint (cleared, >, 0);

  /* a new object: "" is NULL from the start */
  {
    g_autoptr(TxRecord) blank = entity->make_minimal (fixture, 0);
    g_autoptr(TxRecord) loaded = NULL;
    guint notes = G_MAXUINT;

    for (guint i = 0; i < klass->n_fields; i++)
      if (g_str_equal (klass->fields[i].column, "notes"))
        notes = i;
    g_assert_cmpuint (notes, <, klass->n_fields);
    tx_record_set_text_field (blank, notes, "");
    save_ok (fixture->db, blank, TX_SAVE_DEFAULT);
    g_assert_true (column_is_null (fixture->db, blank, "notes"));
    loaded = load_ok (fixture->db, blank);
    assert_records_equal (blank, loaded);
  }
}

static guint notify_count;

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    data)
{
  notify_count++;
}

static void
test_unchanged (Fixture       *fixture,
                gconstpointer  data)
{
  const Entity *entity = data;
  g_autoptr(TxRecord) record = entity->make_full (fixture, 0);
  g_autoptr(TxRecord) loaded = NULL;
  g_autofree char *modified = NULL;
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  gint64 logs;

  save_ok (fixture->db, record, TX_SAVE_DEFAULT);
  modified = g_strdup (tx_record_get_modified (record));
  logs = log_count (fixture->db);

  /* the object that was saved, saved again */
  save_ok (fixture->db, record, TX_SAVE_DEFAULT);
  g_assert_cmpstr (tx_record_get_modified (record), ==, modified);

  /* a loaded copy, with every field set to the value it has */
  loaded = load_ok (fixture->db, record);
  notify_count = 0;
  g_signal_connect (loaded, "notify", G_CALLBACK (count_notify), NULL);
  for (guint i = 0; i < klass->n_fields; i++)
    copy_field (loaded, record, i);
  for (guint t = 0; t < klass->n_children; t++)
    copy_children (loaded, record, t);
  g_assert_cmpuint (notify_count, ==, 0);
  save_ok (fixture->db, loaded, TX_SAVE_CHECK_CONFLICT);
  save_ok (fixture->db, loaded, TX_SAVE_DEFAULT);

  g_assert_cmpstr (tx_record_get_modified (loaded), ==, modified);
  {
    g_autofree char *stored = stored_modified (fixture->db, record);
    g_assert_cmpstr (stored, ==, modified);
  }
  g_assert_cmpint (log_count (fixture->db), ==, logs);
}

/* Each field and each child table changed alone: modified moves on and the
 * change log names exactly that field. */
static void
test_change_each_field (Fixture       *fixture,
                        gconstpointer  data)
{
  const Entity *entity = data;
  g_autoptr(TxRecord) record = entity->make_full (fixture, 0);
  g_autoptr(TxRecord) other = entity->make_full (fixture, 1);
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);

  save_ok (fixture->db, record, TX_SAVE_DEFAULT);
  for (guint i = 0; i < klass->n_fields + klass->n_children; i++)
    {
      gboolean is_field = i < klass->n_fields;
      const char *name = is_field ? klass->fields[i].column : klass->children[i - klass->n_fields].name;
      g_autoptr(TxRecord) loaded = load_ok (fixture->db, record);
      g_autoptr(TxRecord) reloaded = NULL;
      g_autoptr(LogRow) row = NULL;
      g_autofree char *modified = g_strdup (tx_record_get_modified (loaded));
      g_autofree char *created = g_strdup (tx_record_get_created (loaded));
      gint64 logs = log_count (fixture->db);

      g_test_message ("change %s.%s", klass->entity, name);
      if (is_field)
        copy_field (loaded, other, i);
      else
        copy_children (loaded, other, i - klass->n_fields);
      save_ok (fixture->db, loaded, TX_SAVE_CHECK_CONFLICT);

      g_assert_cmpstr (tx_record_get_modified (loaded), >, modified);
      g_assert_cmpstr (tx_record_get_created (loaded), ==, created);
      g_assert_cmpint (log_count (fixture->db), ==, logs + 1);
      row = last_log (fixture->db);
      g_assert_cmpstr (row->entity, ==, klass->entity);
      g_assert_cmpstr (row->uuid, ==, tx_record_get_uuid (record));
      g_assert_cmpstr (row->action, ==, "update");
      g_assert_cmpstr (row->fields, ==, name);

      reloaded = load_ok (fixture->db, record);
      assert_records_equal (loaded, reloaded);
      g_assert_cmpstr (tx_record_get_modified (reloaded), ==, tx_record_get_modified (loaded));

      /* back as it was, for the next one */
      if (is_field)
        copy_field (loaded, record, i);
      else
        copy_children (loaded, record, i - klass->n_fields);
      save_ok (fixture->db, loaded, TX_SAVE_CHECK_CONFLICT);
    }
}

/* Everything changed at once: the update writes every column to its place. */
static void
test_change_everything (Fixture       *fixture,
                        gconstpointer  data)
{
  const Entity *entity = data;
  g_autoptr(TxRecord) record = entity->make_full (fixture, 0);
  g_autoptr(TxRecord) other = entity->make_full (fixture, 1);
  g_autoptr(TxRecord) loaded = NULL;
  g_autoptr(TxRecord) reloaded = NULL;
  g_autoptr(LogRow) row = NULL;
  g_auto(GStrv) names = NULL;
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);

  save_ok (fixture->db, record, TX_SAVE_DEFAULT);
  loaded = load_ok (fixture->db, record);
  for (guint i = 0; i < klass->n_fields; i++)
    copy_field (loaded, other, i);
  for (guint t = 0; t < klass->n_children; t++)
    copy_children (loaded, other, t);
  save_ok (fixture->db, loaded, TX_SAVE_DEFAULT);

  reloaded = load_ok (fixture->db, record);
  for (guint i = 0; i < klass->n_fields; i++)
    assert_field_equal (other, reloaded, i);
  for (guint t = 0; t < klass->n_children; t++)
    g_assert_true (children_equal (other, reloaded, t));
  for (guint t = 0; t < klass->n_children; t++)
    g_assert_cmpint (count_child_rows (fixture->db, &klass->children[t], tx_record_get_uuid (record)),
                     ==, tx_record_get_children (other, t)->len);

  row = last_log (fixture->db);
  names = g_strsplit (row->fields, ",", -1);
  g_assert_cmpuint (g_strv_length (names), ==, klass->n_fields + klass->n_children);
  for (guint i = 0; i < klass->n_fields; i++)
    g_assert_true (g_strv_contains ((const char * const *) names, klass->fields[i].column));
  for (guint t = 0; t < klass->n_children; t++)
    g_assert_true (g_strv_contains ((const char * const *) names, klass->children[t].name));
}

static void
test_trash_restore_purge (Fixture       *fixture,
                          gconstpointer  data)
{
  const Entity *entity = data;
  g_autoptr(TxRecord) record = entity->make_full (fixture, 0);
  g_autoptr(TxRecord) stale = NULL;
  g_autoptr(TxRecord) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *modified = NULL;
  g_autofree char *uuid = NULL;
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  GType type = entity->get_type ();
  gint64 live, all;

  save_ok (fixture->db, record, TX_SAVE_DEFAULT);
  uuid = g_strdup (tx_record_get_uuid (record));
  live = tx_store_count (fixture->db, type, FALSE, &error);
  all = tx_store_count (fixture->db, type, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (live, ==, all);

  /* purge refuses a record that is not in the trash */
  g_assert_false (tx_store_purge (fixture->db, record, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_record (fixture->db, record), ==, 1);

  /* trash */
  modified = g_strdup (tx_record_get_modified (record));
  g_assert_true (tx_store_trash (fixture->db, record, &error));
  g_assert_no_error (error);
  g_assert_true (tx_record_is_trashed (record));
  g_assert_cmpstr (tx_record_get_modified (record), >, modified);
  g_assert_cmpint (tx_store_count (fixture->db, type, FALSE, &error), ==, live - 1);
  g_assert_cmpint (tx_store_count (fixture->db, type, TRUE, &error), ==, all);
  {
    g_autoptr(TxRecord) loaded = load_ok (fixture->db, record);

    g_assert_cmpstr (tx_record_get_trashed (loaded), ==, tx_record_get_trashed (record));
    assert_records_equal (record, loaded);
  }
  stale = load_ok (fixture->db, record);   /* another window, showing the trash */

  /* restore */
  g_assert_true (tx_store_restore (fixture->db, record, &error));
  g_assert_no_error (error);
  g_assert_false (tx_record_is_trashed (record));
  g_assert_cmpint (tx_store_count (fixture->db, type, FALSE, &error), ==, live);

  /* the other window still thinks it is in the trash: purging from there
   * must not destroy a record that was restored meanwhile */
  g_assert_true (tx_record_is_trashed (stale));
  g_assert_false (tx_store_purge (fixture->db, stale, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (count_record (fixture->db, record), ==, 1);
  g_assert_false (tx_database_in_transaction (fixture->db));

  /* trash and purge: the record and its child rows are gone */
  g_assert_true (tx_store_trash (fixture->db, record, &error));
  g_assert_true (tx_store_purge (fixture->db, record, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_record (fixture->db, record), ==, 0);
  for (guint t = 0; t < klass->n_children; t++)
    g_assert_cmpint (count_child_rows (fixture->db, &klass->children[t], uuid), ==, 0);
  g_assert_cmpint (tx_store_count (fixture->db, type, TRUE, &error), ==, all - 1);
  gone = tx_store_load (fixture->db, type, uuid, &error);
  g_assert_null (gone);
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM pragma_foreign_key_check", NULL), ==, 0);
}

/* An edit saved from a window opened before the record was trashed does
 * not take it out of the trash. */
static void
test_edit_in_trash (Fixture       *fixture,
                    gconstpointer  data)
{
  const Entity *entity = data;
  g_autoptr(TxRecord) record = entity->make_full (fixture, 0);
  g_autoptr(TxRecord) other = entity->make_full (fixture, 1);
  g_autoptr(TxRecord) window = NULL;
  g_autoptr(TxRecord) loaded = NULL;
  g_autoptr(GError) error = NULL;

  save_ok (fixture->db, record, TX_SAVE_DEFAULT);
  window = load_ok (fixture->db, record);
  g_assert_true (tx_store_trash (fixture->db, record, &error));
  g_assert_no_error (error);

  copy_field (window, other, 0);
  save_ok (fixture->db, window, TX_SAVE_DEFAULT);
  loaded = load_ok (fixture->db, record);
  g_assert_true (tx_record_is_trashed (loaded));
  g_assert_true (tx_record_is_trashed (window));
  assert_field_equal (loaded, other, 0);
}

static void
test_conflict (Fixture       *fixture,
               gconstpointer  data)
{
  const Entity *entity = data;
  g_autoptr(TxRecord) record = entity->make_full (fixture, 0);
  g_autoptr(TxRecord) other = entity->make_full (fixture, 1);
  g_autoptr(TxRecord) first = NULL;
  g_autoptr(TxRecord) second = NULL;
  g_autoptr(TxRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  guint last = klass->n_fields - 1;
  gint64 logs;

  save_ok (fixture->db, record, TX_SAVE_DEFAULT);
  first = load_ok (fixture->db, record);
  second = load_ok (fixture->db, record);

  copy_field (first, other, 0);
  save_ok (fixture->db, first, TX_SAVE_CHECK_CONFLICT);

  copy_field (second, other, last);
  logs = log_count (fixture->db);
  g_assert_false (tx_store_save (fixture->db, second, TX_SAVE_CHECK_CONFLICT, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CONFLICT);
  g_assert_false (tx_database_in_transaction (fixture->db));
  g_assert_cmpint (log_count (fixture->db), ==, logs);

  /* the database keeps the first change, and only that */
  stored = load_ok (fixture->db, record);
  assert_field_equal (stored, other, 0);
  assert_field_equal (stored, record, last);
  g_assert_cmpstr (tx_record_get_modified (stored), ==, tx_record_get_modified (first));

  /* the refused object is still refused on a second try */
  g_clear_error (&error);
  g_assert_false (tx_store_save (fixture->db, second, TX_SAVE_CHECK_CONFLICT, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CONFLICT);
  g_clear_error (&error);

  /* deleted for good from another window: an edit does not bring it back */
  g_assert_true (tx_store_trash (fixture->db, stored, &error));
  g_assert_true (tx_store_purge (fixture->db, stored, &error));
  g_assert_no_error (error);
  copy_field (first, record, 0);
  logs = log_count (fixture->db);
  g_assert_false (tx_store_save (fixture->db, first, TX_SAVE_CHECK_CONFLICT, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CONFLICT);
  g_assert_cmpint (count_record (fixture->db, record), ==, 0);
  g_assert_cmpint (log_count (fixture->db), ==, logs);
  g_assert_nonnull (tx_record_get_modified (first));
}

/* A failure at the very end of a save (here the change-log row, as on a
 * full disk) undoes all of it and leaves the object as it was. */
static void
test_failure_rolls_back (Fixture       *fixture,
                         gconstpointer  data)
{
  const Entity *entity = data;
  g_autoptr(TxRecord) record = entity->make_full (fixture, 0);
  g_autoptr(TxRecord) other = entity->make_full (fixture, 1);
  g_autoptr(TxRecord) loaded = NULL;
  g_autoptr(TxRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *modified = NULL;
  TxRecordClass *klass = TX_RECORD_GET_CLASS (record);
  gint64 rows = count_table (fixture->db, klass->entity);
  gint64 logs = log_count (fixture->db);
  gint64 children[8] = { 0, };

  for (guint t = 0; t < klass->n_children; t++)
    children[t] = count_table (fixture->db, klass->children[t].table);

  g_assert_true (tx_database_exec (fixture->db,
                                   "CREATE TEMP TRIGGER fail_log BEFORE INSERT ON change_log "
                                   "BEGIN SELECT RAISE (ABORT, 'disk full'); END", &error));
  g_assert_no_error (error);

  /* a new record */
  g_assert_false (tx_store_save (fixture->db, record, TX_SAVE_DEFAULT, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (tx_database_in_transaction (fixture->db));
  g_assert_cmpint (count_table (fixture->db, klass->entity), ==, rows);
  for (guint t = 0; t < klass->n_children; t++)
    g_assert_cmpint (count_table (fixture->db, klass->children[t].table), ==, children[t]);
  g_assert_null (tx_record_get_uuid (record));
  g_assert_null (tx_record_get_modified (record));
  g_assert_cmpint (tx_record_get_row_id (record), ==, 0);

  g_assert_true (tx_database_exec (fixture->db, "DROP TRIGGER fail_log", &error));
  save_ok (fixture->db, record, TX_SAVE_DEFAULT);
  g_assert_cmpint (count_table (fixture->db, klass->entity), ==, rows + 1);

  /* an update */
  loaded = load_ok (fixture->db, record);
  modified = g_strdup (tx_record_get_modified (loaded));
  for (guint i = 0; i < klass->n_fields; i++)
    copy_field (loaded, other, i);
  for (guint t = 0; t < klass->n_children; t++)
    copy_children (loaded, other, t);
  g_assert_true (tx_database_exec (fixture->db,
                                   "CREATE TEMP TRIGGER fail_log BEFORE INSERT ON change_log "
                                   "BEGIN SELECT RAISE (ABORT, 'disk full'); END", &error));
  g_assert_false (tx_store_save (fixture->db, loaded, TX_SAVE_CHECK_CONFLICT, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (tx_database_in_transaction (fixture->db));
  g_assert_cmpstr (tx_record_get_modified (loaded), ==, modified);
  stored = load_ok (fixture->db, record);
  assert_records_equal (record, stored);
  g_assert_cmpstr (tx_record_get_modified (stored), ==, modified);
  g_assert_cmpint (log_count (fixture->db), ==, logs + 1);

  /* the same object can be saved once the disk has room again */
  g_assert_true (tx_database_exec (fixture->db, "DROP TRIGGER fail_log", &error));
  save_ok (fixture->db, loaded, TX_SAVE_CHECK_CONFLICT);
  g_clear_object (&stored);
  stored = load_ok (fixture->db, record);
  assert_records_equal (loaded, stored);
}

/* ---- person ------------------------------------------------------------------ */

static void
test_person_categories (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TxRecord) record = make_person (fixture, 0);
  g_autoptr(TxRecord) loaded = NULL;
  g_auto(GStrv) codes = NULL;
  const char *expected[] = { "01", "03", "11", NULL };

  /* kept in code order and without repeats: the same set is stored the
   * same way, whatever order it was ticked in */
  codes = tx_person_dup_categories (TX_PERSON (record));
  g_assert_cmpstrv (codes, expected);
  save_ok (fixture->db, record, TX_SAVE_DEFAULT);
  loaded = load_ok (fixture->db, record);
  g_clear_pointer (&codes, g_strfreev);
  codes = tx_person_dup_categories (TX_PERSON (loaded));
  g_assert_cmpstrv (codes, expected);
  g_assert_true (tx_person_has_category (TX_PERSON (loaded), "03"));
  g_assert_false (tx_person_has_category (TX_PERSON (loaded), "07"));
  g_assert_cmpint (tx_test_count (fixture->db,
                                  "SELECT count(*) FROM person_category WHERE owner = ? AND category = '11'",
                                     tx_record_get_uuid (record)), ==, 1);

  {
    const char *again[] = { "11", "01", "03", NULL };
    gint64 logs = log_count (fixture->db);

    tx_person_set_categories (TX_PERSON (loaded), again);
    save_ok (fixture->db, loaded, TX_SAVE_DEFAULT);
    g_assert_cmpint (log_count (fixture->db), ==, logs);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (tx_person_check (TX_PERSON (loaded), fixture->db, &error));
    g_assert_no_error (error);
    tx_person_add_category (TX_PERSON (loaded), "13");
    g_assert_false (tx_person_check (TX_PERSON (loaded), fixture->db, &error));
    g_assert_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID);
  }
}

static void
assert_person_refused (Fixture    *fixture,
                       TxRecord   *person,
                       int         code)
{
  g_autoptr(GError) error = NULL;
  gint64 persons = count_table (fixture->db, "person");
  gint64 categories = count_table (fixture->db, "person_category");
  gint64 logs = log_count (fixture->db);
  char *before = g_strdup (tx_record_get_uuid (person));

  g_assert_false (tx_store_save (fixture->db, person, TX_SAVE_DEFAULT, &error));
  g_assert_error (error, TX_RECORD_ERROR, code);
  g_test_message ("refused: %s", error->message);
  /* the message does not quote the ID number */
  {
    g_auto(GValue) number = G_VALUE_INIT;

    g_object_get_property (G_OBJECT (person), "document-number", &number);
    if (g_value_get_string (&number) != NULL)
      g_assert_null (strstr (error->message, g_value_get_string (&number)));
  }
  g_assert_cmpstr (tx_record_get_uuid (person), ==, before);
  g_assert_cmpint (count_table (fixture->db, "person"), ==, persons);
  g_assert_cmpint (count_table (fixture->db, "person_category"), ==, categories);
  g_assert_cmpint (log_count (fixture->db), ==, logs);
  g_assert_false (tx_database_in_transaction (fixture->db));
  g_free (before);
}

static void
test_person_validation (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *good = id_number ("110101", "20000615", "002");
  g_autofree char *bad_check = g_strdup (good);
  g_autofree char *man = id_number ("110101", "20000615", "013");
  g_autoptr(TxRecord) person = make_person (fixture, 0);
  g_autoptr(TxRecord) stored = NULL;

  bad_check[17] = bad_check[17] == '0' ? '1' : '0';

  /* a new person with a wrong check digit */
  g_object_set (person, "document-number", bad_check, NULL);
  assert_person_refused (fixture, person, TX_RECORD_ERROR_INVALID);
  /* a number that says another birth date */
  g_object_set (person, "document-number", good, "birth-date", "2000-06-16", NULL);
  assert_person_refused (fixture, person, TX_RECORD_ERROR_INVALID);
  g_object_set (person, "birth-date", "1999", NULL);
  assert_person_refused (fixture, person, TX_RECORD_ERROR_INVALID);
  /* a man's number on a woman's record */
  g_object_set (person, "birth-date", "2000-06-15", "document-number", man, NULL);
  assert_person_refused (fixture, person, TX_RECORD_ERROR_INVALID);
  /* a date that is not one */
  g_object_set (person, "document-number", good, "birth-date", "2000-02-30", NULL);
  assert_person_refused (fixture, person, TX_RECORD_ERROR_INVALID);
  /* no name */
  g_object_set (person, "birth-date", "2000-06-15", "name", NULL, NULL);
  assert_person_refused (fixture, person, TX_RECORD_ERROR_REQUIRED);
  g_object_set (person, "name", "  \t ", NULL);
  assert_person_refused (fixture, person, TX_RECORD_ERROR_REQUIRED);

  /* all well: saved */
  g_object_set (person, "name", "欧阳娜娜", NULL);
  save_ok (fixture->db, person, TX_SAVE_DEFAULT);

  /* an update that breaks the number leaves the stored person alone */
  g_object_set (person, "document-number", bad_check, "phone", "13300000000", NULL);
  assert_person_refused (fixture, person, TX_RECORD_ERROR_INVALID);
  stored = load_ok (fixture->db, person);
  g_assert_cmpstr (tx_person_get_document_number (TX_PERSON (stored)), ==, good);
  g_assert_cmpstr (tx_person_get_phone (TX_PERSON (stored)), ==, "13912345678");

  /* a passport number is not checked as an ID number */
  g_object_set (person, "document-type", "03", "document-number", "E12345678", NULL);
  save_ok (fixture->db, person, TX_SAVE_DEFAULT);
}

/* Validation looks at the name without changing it. */
static void
test_person_name_untouched (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(TxRecord) person = make_person (fixture, 0);
  g_autoptr(GError) error = NULL;

  g_object_set (person, "name", " 欧阳娜娜 ", NULL);
  g_assert_true (tx_record_validate (person, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tx_person_get_name (TX_PERSON (person)), ==, " 欧阳娜娜 ");
}

/* A person has one photo. */
static void
test_person_photo (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TxRecord) person = make_person (fixture, 0);
  g_autoptr(TxRecord) loaded = NULL;
  g_autoptr(GBytes) second = make_blob ("GIF89a", 100, 9);
  g_autoptr(GError) error = NULL;
  GPtrArray *photos;
  TxPhoto *photo;

  save_ok (fixture->db, person, TX_SAVE_DEFAULT);
  loaded = load_ok (fixture->db, person);
  photos = tx_person_get_photo (TX_PERSON (loaded));
  g_assert_cmpuint (photos->len, ==, 1);
  photo = g_ptr_array_index (photos, 0);
  g_assert_cmpstr (photo->mime, ==, "image/jpeg");
  g_assert_cmpuint (g_bytes_get_size (photo->data), ==, 4096);
  g_assert_cmpint (((const guint8 *) g_bytes_get_data (photo->data, NULL))[4], ==, 0);

  /* replaced */
  tx_person_clear_photo (TX_PERSON (loaded));
  tx_person_add_photo (TX_PERSON (loaded), "image/gif", second);
  save_ok (fixture->db, loaded, TX_SAVE_DEFAULT);
  g_clear_object (&loaded);
  loaded = load_ok (fixture->db, person);
  photo = g_ptr_array_index (tx_person_get_photo (TX_PERSON (loaded)), 0);
  g_assert_true (g_bytes_equal (photo->data, second));

  /* removed */
  tx_person_clear_photo (TX_PERSON (loaded));
  save_ok (fixture->db, loaded, TX_SAVE_DEFAULT);
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM person_photo WHERE owner = ?",
                                  tx_record_get_uuid (person)), ==, 0);

  /* a second photo is refused, and nothing is written */
  tx_person_add_photo (TX_PERSON (loaded), "image/gif", second);
  tx_person_add_photo (TX_PERSON (loaded), "image/gif", second);
  g_object_set (loaded, "notes", "两张照片", NULL);
  g_assert_false (tx_store_save (fixture->db, loaded, TX_SAVE_DEFAULT, &error));
  g_assert_nonnull (error);
  g_assert_false (tx_database_in_transaction (fixture->db));
  g_assert_cmpint (tx_test_count (fixture->db, "SELECT count(*) FROM person_photo WHERE owner = ?",
                                  tx_record_get_uuid (person)), ==, 0);
  g_assert_false (column_is_null (fixture->db, person, "notes"));
  {
    g_autoptr(TxRecord) stored = load_ok (fixture->db, person);
    g_assert_cmpstr (tx_person_get_notes (TX_PERSON (stored)), !=, "两张照片");
  }
}

/* A photo row without data, and one with zero bytes, come back as they
 * were, so saving them again is not a change. */
static void
test_empty_blobs (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TxRecord) activity = make_activity_minimal (fixture, 0);
  g_autoptr(TxRecord) loaded = NULL;
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  GPtrArray *photos;
  gint64 logs;

  tx_activity_add_photo (TX_ACTIVITY (activity), "待补", NULL, NULL);
  tx_activity_add_photo (TX_ACTIVITY (activity), NULL, "image/jpeg", empty);
  save_ok (fixture->db, activity, TX_SAVE_DEFAULT);
  logs = log_count (fixture->db);

  loaded = load_ok (fixture->db, activity);
  assert_records_equal (activity, loaded);
  photos = tx_activity_get_photos (TX_ACTIVITY (loaded));
  g_assert_null (((TxActivityPhoto *) g_ptr_array_index (photos, 0))->data);
  g_assert_nonnull (((TxActivityPhoto *) g_ptr_array_index (photos, 1))->data);
  g_assert_null (((TxActivityPhoto *) g_ptr_array_index (photos, 1))->caption);
  save_ok (fixture->db, loaded, TX_SAVE_DEFAULT);
  save_ok (fixture->db, activity, TX_SAVE_DEFAULT);
  g_assert_cmpint (log_count (fixture->db), ==, logs);
}

/* The name's sort and search keys are stored with it. */
static void
test_person_derived (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TxRecord) person = make_person (fixture, 0);
  g_autoptr(GError) error = NULL;
  const char *sql = "SELECT count(*) FROM person WHERE uuid = ? AND sort_pinyin IS NOT NULL "
                    "AND sort_strokes IS NOT NULL AND instr (name_pinyin, ' ouyang') = 1";

  save_ok (fixture->db, person, TX_SAVE_DEFAULT);
  g_assert_cmpint (tx_test_count (fixture->db, sql, tx_record_get_uuid (person)), ==, 1);

  g_object_set (person, "name", "司马光", NULL);
  save_ok (fixture->db, person, TX_SAVE_DEFAULT);
  g_assert_cmpint (tx_test_count (fixture->db, sql, tx_record_get_uuid (person)), ==, 0);
}

/* ---- failures in the middle of a save ------------------------------------------ */

static void
test_failed_child_insert (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TxRecord) activity = make_activity (fixture, 0);
  g_autoptr(TxRecord) loaded = NULL;
  g_autoptr(TxRecord) stored = NULL;
  g_autoptr(TxRecord) later = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_uuid_string_random ();
  gint64 activities = count_table (fixture->db, "activity");
  gint64 participants = count_table (fixture->db, "activity_participant");
  gint64 photos = count_table (fixture->db, "activity_photo");
  gint64 logs = log_count (fixture->db);

  /* a new activity whose last participant does not exist */
  tx_activity_add_participant (TX_ACTIVITY (activity), missing, "3", NULL);
  g_assert_false (tx_store_save (fixture->db, activity, TX_SAVE_DEFAULT, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tx_database_in_transaction (fixture->db));
  g_assert_cmpint (count_table (fixture->db, "activity"), ==, activities);
  g_assert_cmpint (count_table (fixture->db, "activity_participant"), ==, participants);
  g_assert_cmpint (count_table (fixture->db, "activity_photo"), ==, photos);
  g_assert_cmpint (log_count (fixture->db), ==, logs);

  /* the database is still usable, and so is the object */
  tx_activity_clear_participants (TX_ACTIVITY (activity));
  tx_activity_add_participant (TX_ACTIVITY (activity), fixture->person[0], "3", NULL);
  save_ok (fixture->db, activity, TX_SAVE_DEFAULT);
  g_assert_cmpint (count_table (fixture->db, "activity"), ==, activities + 1);
  g_assert_cmpint (count_table (fixture->db, "activity_participant"), ==, participants + 1);
  g_assert_cmpint (count_table (fixture->db, "activity_photo"), ==, photos + 2);

  /* an update that fails half-way through its participants */
  loaded = load_ok (fixture->db, activity);
  g_object_set (loaded, "title", "改过的标题", NULL);
  tx_activity_clear_participants (TX_ACTIVITY (loaded));
  tx_activity_add_participant (TX_ACTIVITY (loaded), fixture->person[1], "3", "新的");
  tx_activity_add_participant (TX_ACTIVITY (loaded), missing, "3", NULL);
  g_assert_false (tx_store_save (fixture->db, loaded, TX_SAVE_CHECK_CONFLICT, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tx_database_in_transaction (fixture->db));
  stored = load_ok (fixture->db, activity);
  assert_records_equal (activity, stored);
  g_assert_cmpstr (tx_record_get_modified (stored), ==, tx_record_get_modified (activity));
  g_assert_cmpint (log_count (fixture->db), ==, logs + 1);

  /* fixed, the same object saves without a false conflict */
  tx_record_remove_child (loaded, 0, 1);
  save_ok (fixture->db, loaded, TX_SAVE_CHECK_CONFLICT);
  later = load_ok (fixture->db, activity);
  g_assert_cmpstr (tx_activity_get_title (TX_ACTIVITY (later)), ==, "改过的标题");
  g_assert_cmpuint (tx_activity_get_participants (TX_ACTIVITY (later))->len, ==, 1);
}

/* A save inside a caller's transaction is a savepoint: its failure undoes
 * only itself. */
static void
test_nested_save (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TxRecord) good = make_community (fixture, 0);
  g_autoptr(TxRecord) bad = make_community (fixture, 1);
  g_autoptr(GError) error = NULL;
  gint64 communities = count_table (fixture->db, "community");

  g_object_set (bad, "code", "110101001001", NULL);   /* the same code twice */
  g_assert_true (tx_store_begin (fixture->db, &error));
  g_assert_true (tx_store_save (fixture->db, good, TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_false (tx_store_save (fixture->db, bad, TX_SAVE_DEFAULT, &error));
  g_assert_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (tx_database_in_transaction (fixture->db));
  g_assert_true (tx_store_commit (fixture->db, &error));
  g_assert_no_error (error);
  g_assert_false (tx_database_in_transaction (fixture->db));
  g_assert_cmpint (count_table (fixture->db, "community"), ==, communities + 1);

  /* and a rolled-back outer transaction undoes the inner saves */
  g_clear_object (&bad);
  bad = make_community (fixture, 1);
  g_assert_true (tx_store_begin (fixture->db, &error));
  g_assert_true (tx_store_save (fixture->db, bad, TX_SAVE_DEFAULT, &error));
  tx_store_rollback (fixture->db);
  g_assert_false (tx_database_in_transaction (fixture->db));
  g_assert_cmpint (count_table (fixture->db, "community"), ==, communities + 1);
}

static char *
save_community (TxDatabase *db,
                const char *code,
                const char *name)
{
  g_autoptr(TxCommunity) community = g_object_new (TX_TYPE_COMMUNITY, "code", code, "name", name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_store_save (db, TX_RECORD (community), TX_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  return g_strdup (tx_record_get_uuid (TX_RECORD (community)));
}

/* The drop-downs, the archive's filter and its community order list the
 * communities in one order: by code, those without one last. */
static void
test_community_one_order (Fixture       *fixture,
                          gconstpointer  data)
{
  TxDatabase *db = fixture->db;
  g_autofree char *none = save_community (db, NULL, "甲社区");
  g_autofree char *second = save_community (db, "110105001002", "乙社区");
  g_autofree char *first = save_community (db, "110105001001", "丙社区");
  g_autofree char *third = save_community (db, "110105002001", "丁社区");
  const char *expected[] = { first, second, third, none, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) names = NULL;
  guint n_records = 0, n_names = 0;

  records = tx_community_list (db, &error);
  g_assert_no_error (error);
  names = tx_community_list_names (db, &error);
  g_assert_no_error (error);
  /* the fixture's own communities aside */
  for (guint i = 0; i < records->len; i++)
    {
      const char *uuid = tx_record_get_uuid (g_ptr_array_index (records, i));

      if (g_strv_contains (expected, uuid))
        g_assert_cmpstr (uuid, ==, expected[n_records++]);
    }
  for (guint i = 0; i < names->len; i++)
    {
      const char *uuid = ((TxNameRef *) g_ptr_array_index (names, i))->uuid;

      if (g_strv_contains (expected, uuid))
        g_assert_cmpstr (uuid, ==, expected[n_names++]);
    }
  g_assert_cmpuint (n_records, ==, 4);
  g_assert_cmpuint (n_names, ==, 4);

  /* people by community: in the same order, people of none last */
  for (guint i = 4; i > 0; i--)
    {
      g_autoptr(TxPerson) person = g_object_new (TX_TYPE_PERSON, "name", "欧阳排序", "status", "1",
                                                 "community", expected[i - 1], NULL);

      g_assert_true (tx_store_save (db, TX_RECORD (person), TX_SAVE_DEFAULT, &error));
    }
  {
    TxPersonFilter filter;
    g_autoptr(TxQuery) query = NULL;
    g_autofree char *sql = NULL;
    g_auto(TxStatement) stmt = NULL;
    guint n = 0;

    tx_person_filter_init (&filter);
    filter.sort = TX_PERSON_SORT_COMMUNITY;
    filter.search = "欧阳排序";
    query = tx_person_filter_to_query (&filter);
    sql = tx_query_to_sql (query, "community");
    stmt = tx_database_prepare (db, sql, &error);
    g_assert_no_error (error);
    tx_query_bind (query, stmt);
    while (tx_database_step_row (db, stmt, &error) == 1)
      g_assert_cmpstr (tx_column_text (stmt, 0), ==, expected[n++]);
    g_assert_cmpuint (n, ==, 4);
  }

  /* the year's figures by community: the same order again */
  {
    g_autoptr(TxYearFigures) figures = tx_year_figures_compute (db, 2026, "2026-06-30", &error);
    g_autoptr(GPtrArray) group = NULL;
    guint n = 0;

    g_assert_no_error (error);
    group = tx_year_figures_dup_group (figures, TX_FIGURES_PEOPLE_COMMUNITY);
    for (guint i = 0; i < group->len; i++)
      {
        const TxFigure *figure = g_ptr_array_index (group, i);

        if (figure->ref != NULL && g_strv_contains (expected, figure->ref))
          g_assert_cmpstr (figure->ref, ==, expected[n++]);
      }
    g_assert_cmpuint (n, ==, 4);
  }
}


/* A save with a bad code fails whoever the caller is: tx_store_save()
 * checks every coded field and every coded list column, names the field or
 * list and the value, and writes nothing. */
static gboolean
save_fails_on_code (Fixture    *fixture,
                    TxRecord   *record,
                    const char *bad,
                    const char *named)
{
  g_autoptr(GError) error = NULL;
  const char *entity = TX_RECORD_GET_CLASS (record)->entity;
  gint64 rows = count_table (fixture->db, entity);

  g_assert_false (tx_store_save (fixture->db, record, TX_SAVE_DEFAULT, &error));
  g_assert_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID);
  g_test_message ("%s: %s", entity, error->message);
  g_assert_nonnull (strstr (error->message, bad));
  g_assert_nonnull (strstr (error->message, named));
  g_assert_cmpint (count_table (fixture->db, entity), ==, rows);
  g_assert_null (tx_record_get_uuid (record));
  return TRUE;
}

static void
test_bad_code (Fixture       *fixture,
               gconstpointer  data)
{
  guint fields = 0, columns = 0;

  for (guint e = 0; e < G_N_ELEMENTS (entities); e++)
    {
      g_autoptr(TxRecord) probe = entities[e].make_full (fixture, 0);
      TxRecordClass *klass = TX_RECORD_GET_CLASS (probe);

      for (guint i = 0; i < klass->n_fields; i++)
        if (klass->fields[i].code_kind != NULL)
          {
            g_autoptr(TxRecord) record = entities[e].make_full (fixture, 0);

            tx_record_set_text_field (record, i, "ZZ");
            fields += save_fails_on_code (fixture, record, "ZZ", _(klass->fields[i].label));
          }
      for (guint t = 0; t < klass->n_children; t++)
        for (guint c = 0; c < klass->children[t].n_columns; c++)
          {
            const TxChildColumn *column = &klass->children[t].columns[c];
            g_autoptr(TxRecord) record = NULL;
            char **code;

            if (column->code_kind == NULL)
              continue;
            record = entities[e].make_full (fixture, 0);
            g_assert_cmpuint (tx_record_get_children (record, t)->len, >, 0);
            code = (char **) ((guint8 *) g_ptr_array_index (tx_record_get_children (record, t), 0) + column->offset);
            g_free (*code);
            *code = g_strdup ("ZZ");
            if (g_str_equal (column->code_kind, "category"))
              {
                g_autofree char *message = g_strdup_printf (_("“%s” is not a united-front category."), "ZZ");

                columns += save_fails_on_code (fixture, record, "ZZ", message);
              }
            else
              columns += save_fails_on_code (fixture, record, "ZZ", klass->children[t].name);
          }
    }
  /* every kind's coded fields and the eight coded list columns */
  g_assert_cmpuint (fields, >=, 15);
  g_assert_cmpuint (columns, ==, 8);
}

/* A holiday visit is for the holiday of its date's year; the 两节 visits
 * of late December are for the coming 元旦 and 春节. */
static void
test_visit_holiday_year (void)
{
  g_assert_cmpint (tx_visit_holiday_year_for ("2026-02-10", "01"), ==, 2026);
  g_assert_cmpint (tx_visit_holiday_year_for ("2025-12-28", "01"), ==, 2026);
  g_assert_cmpint (tx_visit_holiday_year_for ("2025-12-30", "11"), ==, 2026);
  g_assert_cmpint (tx_visit_holiday_year_for ("2025-12-30", "99"), ==, 2025);
  g_assert_cmpint (tx_visit_holiday_year_for ("2025-09-20", "06"), ==, 2025);
  g_assert_cmpint (tx_visit_holiday_year_for ("2025", "07"), ==, 2025);
  g_assert_cmpint (tx_visit_holiday_year_for (NULL, "07"), ==, 0);
  g_assert_cmpint (tx_visit_holiday_year_for ("", "07"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("TONGXIN_NOW");
  g_test_add_func ("/model/visit/holiday-year", test_visit_holiday_year);

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      const Entity *entity = &entities[i];
      struct { const char *name; void (*func) (Fixture *, gconstpointer); } tests[] = {
        { "round-trip", test_round_trip },
        { "load-rows", test_load_rows },
        { "minimal", test_minimal },
        { "empty-is-null", test_empty_is_null },
        { "unchanged", test_unchanged },
        { "change-each-field", test_change_each_field },
        { "change-everything", test_change_everything },
        { "trash-restore-purge", test_trash_restore_purge },
        { "edit-in-trash", test_edit_in_trash },
        { "conflict", test_conflict },
        { "failure-rolls-back", test_failure_rolls_back },
      };

      for (guint j = 0; j < G_N_ELEMENTS (tests); j++)
        {
          g_autofree char *path = g_strdup_printf ("/model/%s/%s", entity->name, tests[j].name);

          g_test_add (path, Fixture, entity, fixture_set_up, tests[j].func, fixture_tear_down);
        }
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/model/person/categories", test_person_categories);
  ADD ("/model/person/validation", test_person_validation);
  ADD ("/model/person/name-untouched", test_person_name_untouched);
  ADD ("/model/person/photo", test_person_photo);
  ADD ("/model/person/derived", test_person_derived);
  ADD ("/model/activity/empty-blobs", test_empty_blobs);
  ADD ("/model/store/failed-child-insert", test_failed_child_insert);
  ADD ("/model/store/nested-save", test_nested_save);
  ADD ("/model/community/one-order", test_community_one_order);
  ADD ("/model/store/bad-code", test_bad_code);

#undef ADD
  return g_test_run ();
}
