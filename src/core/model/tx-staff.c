/* tx-staff.c — the office's own cadres and liaison officers
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "tx-staff.h"
#include "core/db/tx-sort-keys.h"
#include "core/text/tx-collate.h"

struct _TxStaff
{
  TxRecord parent_instance;

  char     *community_name;  /* joined */
  char     *name;
  char     *gender;
  char     *post;
  char     *phone;
  char     *community;
  gboolean  active;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (TxStaff, tx_staff, TX_TYPE_RECORD)

enum {
  F_NAME,
  F_GENDER,
  F_POST,
  F_PHONE,
  F_COMMUNITY,
  F_ACTIVE,
  F_NOTES,
  N_FIELDS
};

static const TxField fields[] = {
  [F_NAME] = { "name", "name", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxStaff, name), N_("Name"), NULL, FALSE },
  [F_GENDER] = { "gender", "gender", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxStaff, gender), N_("Gender"), "gender", FALSE },
  [F_POST] = { "post", "post", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxStaff, post), N_("Post"), NULL, FALSE },
  [F_PHONE] = { "phone", "phone", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxStaff, phone), N_("Phone"), NULL, TRUE },
  [F_COMMUNITY] = { "community", "community", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxStaff, community), N_("Community"), NULL, FALSE },
  [F_ACTIVE] = { "active", "active", TX_FIELD_BOOL, G_STRUCT_OFFSET (TxStaff, active), N_("In office"), NULL, FALSE },
  [F_NOTES] = { "notes", "notes", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxStaff, notes), N_("Notes"), NULL, FALSE },
};

/* what the lists show beside the stored fields, read in the same query:
 * the name of the community */
static const TxJoinedField joined[] = {
  { "community-name", "(SELECT c.name FROM community c WHERE c.uuid = staff.community)",
    G_STRUCT_OFFSET (TxStaff, community_name) },
};

TX_DEFINE_TEXT_FIELD (TxStaff, tx_staff, name, F_NAME)
TX_DEFINE_TEXT_FIELD (TxStaff, tx_staff, gender, F_GENDER)
TX_DEFINE_TEXT_FIELD (TxStaff, tx_staff, post, F_POST)
TX_DEFINE_TEXT_FIELD (TxStaff, tx_staff, phone, F_PHONE)
TX_DEFINE_TEXT_FIELD (TxStaff, tx_staff, community, F_COMMUNITY)
TX_DEFINE_BOOL_FIELD (TxStaff, tx_staff, active, F_ACTIVE)
TX_DEFINE_TEXT_FIELD (TxStaff, tx_staff, notes, F_NOTES)


static char *
tx_staff_dup_title (TxRecord *record)
{
  return g_strdup (TX_STAFF (record)->name ? TX_STAFF (record)->name : "");
}

static gboolean
tx_staff_validate (TxRecord  *record,
                   GError   **error)
{
  TxStaff *self = (TxStaff *) record;

  if (tx_record_text_is_blank (self->name))
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED,
                   _("The staff member’s name is required."));
      return FALSE;
    }
  return TRUE;
}

gboolean
_tx_staff_store_keys (TxDatabase  *db,
                      const char  *uuid,
                      const char  *name,
                      GError     **error)
{
  g_auto(TxStatement) stmt = tx_database_prepare (db, "UPDATE staff SET sort_pinyin = ? WHERE uuid = ?", error);
  g_autofree char *key = NULL;

  if (stmt == NULL)
    return FALSE;
  _tx_sort_keys_staff (name, &key);
  tx_bind_text (stmt, 1, key);
  tx_bind_text (stmt, 2, uuid);
  return tx_database_step_done (db, stmt, error);
}

/* After an update: a new row has its key from the INSERT
 * (_tx_sort_keys_for_entity() in tx-store.c). */
static gboolean
tx_staff_save_derived (TxRecord    *record,
                       TxDatabase  *db,
                       GError     **error)
{
  return _tx_staff_store_keys (db, tx_record_get_uuid (record), TX_STAFF (record)->name, error);
}

static void
tx_staff_class_init (TxStaffClass *klass)
{
  TxRecordClass *record_class = TX_RECORD_CLASS (klass);

  record_class->entity = "staff";
  record_class->validate = tx_staff_validate;
  record_class->save_derived = tx_staff_save_derived;
  record_class->dup_title = tx_staff_dup_title;
  tx_record_class_install_fields (record_class, fields, N_FIELDS);
  tx_record_class_install_joined (record_class, joined, G_N_ELEMENTS (joined));
}

static void
tx_staff_init (TxStaff *self)
{
  self->active = TRUE;
}

TxStaff *
tx_staff_new (void)
{
  return g_object_new (TX_TYPE_STAFF, NULL);
}
