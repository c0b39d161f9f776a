/* tx-person.c — a person in the united-front archive
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "tx-person.h"
#include "core/db/tx-sort-keys.h"
#include "tx-codes.h"
#include "core/text/tx-collate.h"
#include "core/text/tx-civil-date.h"
#include "core/text/tx-idnumber.h"

struct _TxPerson
{
  TxRecord parent_instance;

  char     *community_name;  /* joined: the name of the community */

  char     *name;
  char     *former_name;
  char     *gender;
  char     *ethnicity;
  char     *birth_date;
  char     *native_place;
  char     *document_type;
  char     *document_number;
  char     *political_status;
  char     *party_joined;
  char     *party_post;
  char     *religion;
  char     *education;
  char     *degree;
  char     *professional_title;
  char     *work_unit;
  char     *work_post;
  char     *sector;
  char     *phone;
  char     *phone_other;
  char     *address;
  char     *community;
  gboolean  representative;
  gboolean  key_person;
  char     *status;
  char     *status_date;
  char     *skills;
  char     *health;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (TxPerson, tx_person, TX_TYPE_RECORD)

enum {
  F_NAME,
  F_FORMER_NAME,
  F_GENDER,
  F_ETHNICITY,
  F_BIRTH_DATE,
  F_NATIVE_PLACE,
  F_DOCUMENT_TYPE,
  F_DOCUMENT_NUMBER,
  F_POLITICAL_STATUS,
  F_PARTY_JOINED,
  F_PARTY_POST,
  F_RELIGION,
  F_EDUCATION,
  F_DEGREE,
  F_PROFESSIONAL_TITLE,
  F_WORK_UNIT,
  F_WORK_POST,
  F_SECTOR,
  F_PHONE,
  F_PHONE_OTHER,
  F_ADDRESS,
  F_COMMUNITY,
  F_REPRESENTATIVE,
  F_KEY_PERSON,
  F_STATUS,
  F_STATUS_DATE,
  F_SKILLS,
  F_HEALTH,
  F_NOTES,
  N_FIELDS
};

static const TxField fields[] = {
  [F_NAME] = { "name", "name", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, name), N_("Name"), NULL, FALSE },
  [F_FORMER_NAME] = { "former-name", "former_name", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, former_name), N_("Former name"), NULL, FALSE },
  [F_GENDER] = { "gender", "gender", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, gender), N_("Gender"), "gender", FALSE },
  [F_ETHNICITY] = { "ethnicity", "ethnicity", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, ethnicity), N_("Ethnicity"), "ethnicity", FALSE },
  [F_BIRTH_DATE] = { "birth-date", "birth_date", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, birth_date), N_("Birth date"), NULL, FALSE },
  [F_NATIVE_PLACE] = { "native-place", "native_place", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, native_place), N_("Native place"), NULL, FALSE },
  [F_DOCUMENT_TYPE] = { "document-type", "document_type", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, document_type), N_("Document type"), "document-type", FALSE },
  [F_DOCUMENT_NUMBER] = { "document-number", "document_number", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, document_number), N_("Document number"), NULL, TRUE },
  [F_POLITICAL_STATUS] = { "political-status", "political_status", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, political_status), N_("Political status"), "political", TRUE },
  [F_PARTY_JOINED] = { "party-joined", "party_joined", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, party_joined), N_("Date joined"), NULL, FALSE },
  [F_PARTY_POST] = { "party-post", "party_post", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, party_post), N_("Party post"), NULL, FALSE },
  [F_RELIGION] = { "religion", "religion", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, religion), N_("Religion"), "religion", TRUE },
  [F_EDUCATION] = { "education", "education", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, education), N_("Education"), "education", FALSE },
  [F_DEGREE] = { "degree", "degree", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, degree), N_("Degree"), "degree", FALSE },
  [F_PROFESSIONAL_TITLE] = { "professional-title", "professional_title", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, professional_title), N_("Professional title"), NULL, FALSE },
  [F_WORK_UNIT] = { "work-unit", "work_unit", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, work_unit), N_("Work unit"), NULL, FALSE },
  [F_WORK_POST] = { "work-post", "work_post", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, work_post), N_("Post"), NULL, FALSE },
  [F_SECTOR] = { "sector", "sector", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, sector), N_("Sector"), NULL, FALSE },
  [F_PHONE] = { "phone", "phone", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, phone), N_("Phone"), NULL, TRUE },
  [F_PHONE_OTHER] = { "phone-other", "phone_other", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, phone_other), N_("Other phone"), NULL, TRUE },
  [F_ADDRESS] = { "address", "address", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, address), N_("Address"), NULL, TRUE },
  [F_COMMUNITY] = { "community", "community", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, community), N_("Community"), NULL, FALSE },
  [F_REPRESENTATIVE] = { "representative", "representative", TX_FIELD_BOOL, G_STRUCT_OFFSET (TxPerson, representative), N_("Representative person"), NULL, FALSE },
  [F_KEY_PERSON] = { "key-person", "key_person", TX_FIELD_BOOL, G_STRUCT_OFFSET (TxPerson, key_person), N_("Key person"), NULL, FALSE },
  [F_STATUS] = { "status", "status", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, status), N_("Status"), "person-status", FALSE },
  [F_STATUS_DATE] = { "status-date", "status_date", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, status_date), N_("Date moved away or died"), NULL, FALSE },
  [F_SKILLS] = { "skills", "skills", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, skills), N_("Skills and resources"), NULL, FALSE },
  [F_HEALTH] = { "health", "health", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, health), N_("Health"), NULL, TRUE },
  [F_NOTES] = { "notes", "notes", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPerson, notes), N_("Notes"), NULL, FALSE },
};

/* what the lists show beside the stored fields, read in the same query */
static const TxJoinedField joined[] = {
  { "community-name", "(SELECT c.name FROM community c WHERE c.uuid = person.community)",
    G_STRUCT_OFFSET (TxPerson, community_name) },
};

static const TxChildColumn categories_columns[] = {
  { "category", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxPersonCategory, category), TX_CODE_CATEGORY },
};

static const TxChildColumn roles_columns[] = {
  { "kind", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxSocialRole, kind), TX_CODE_ROLE_KIND },
  { "organization", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxSocialRole, organization) },
  { "level", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxSocialRole, level), TX_CODE_ROLE_LEVEL },
  { "term", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxSocialRole, term) },
  { "post", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxSocialRole, post) },
};

static const TxChildColumn circumstances_columns[] = {
  { "kind", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxCircumstance, kind), TX_CODE_CIRCUMSTANCE_KIND },
  { "date", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxCircumstance, date) },
  { "description", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxCircumstance, description) },
  { "resolved", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxCircumstance, resolved) },
};

static const TxChildColumn photo_columns[] = {
  { "mime", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxPhoto, mime) },
  { "data", TX_CHILD_BLOB, G_STRUCT_OFFSET (TxPhoto, data) },
};

enum {
  C_CATEGORIES,
  C_ROLES,
  C_CIRCUMSTANCES,
  C_PHOTO,
};

static const TxChildTable children[] = {
  [C_CATEGORIES] = { "categories", "person_category", categories_columns, G_N_ELEMENTS (categories_columns), sizeof (TxPersonCategory) },
  [C_ROLES] = { "roles", "person_role", roles_columns, G_N_ELEMENTS (roles_columns), sizeof (TxSocialRole) },
  [C_CIRCUMSTANCES] = { "circumstances", "person_circumstance", circumstances_columns, G_N_ELEMENTS (circumstances_columns), sizeof (TxCircumstance) },
  [C_PHOTO] = { "photo", "person_photo", photo_columns, G_N_ELEMENTS (photo_columns), sizeof (TxPhoto), TRUE },
};

TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, name, F_NAME)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, former_name, F_FORMER_NAME)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, gender, F_GENDER)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, ethnicity, F_ETHNICITY)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, birth_date, F_BIRTH_DATE)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, native_place, F_NATIVE_PLACE)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, document_type, F_DOCUMENT_TYPE)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, document_number, F_DOCUMENT_NUMBER)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, political_status, F_POLITICAL_STATUS)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, party_joined, F_PARTY_JOINED)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, party_post, F_PARTY_POST)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, religion, F_RELIGION)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, education, F_EDUCATION)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, degree, F_DEGREE)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, professional_title, F_PROFESSIONAL_TITLE)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, work_unit, F_WORK_UNIT)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, work_post, F_WORK_POST)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, sector, F_SECTOR)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, phone, F_PHONE)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, phone_other, F_PHONE_OTHER)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, address, F_ADDRESS)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, community, F_COMMUNITY)
TX_DEFINE_BOOL_FIELD (TxPerson, tx_person, representative, F_REPRESENTATIVE)
TX_DEFINE_BOOL_FIELD (TxPerson, tx_person, key_person, F_KEY_PERSON)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, status, F_STATUS)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, status_date, F_STATUS_DATE)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, skills, F_SKILLS)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, health, F_HEALTH)
TX_DEFINE_TEXT_FIELD (TxPerson, tx_person, notes, F_NOTES)

static char *
tx_person_dup_title (TxRecord *record)
{
  return g_strdup (TX_PERSON (record)->name ? TX_PERSON (record)->name : "");
}

static gboolean
check_date_field (const char  *value,
                  const char  *label,
                  GError     **error)
{
  TxCivilDate date;

  if (value == NULL || tx_civil_date_from_iso (value, &date))
    return TRUE;
  g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
               _("%s “%s” is not a date."), label, value);
  return FALSE;
}

/* Checks that need no database: what the editor marks at the field. */
static gboolean
tx_person_validate (TxRecord  *record,
                    GError   **error)
{
  TxPerson *self = TX_PERSON (record);

  if (tx_record_text_is_blank (self->name))
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED,
                   _("The name is required."));
      return FALSE;
    }
  if (self->status == NULL)
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED,
                   _("The status (in the register, moved away, deceased) is required."));
      return FALSE;
    }
  if (!check_date_field (self->birth_date, _("The birth date"), error) ||
      !check_date_field (self->status_date, _("The date moved away or died"), error) ||
      !check_date_field (self->party_joined, _("The date joined"), error))
    return FALSE;

  /* 01 居民身份证 and 02 港澳台居民居住证 share the GB 11643 number (居住证
   * numbers start 810000/820000/830000); other documents have no national
   * check. */
  if (self->document_number != NULL &&
      (g_strcmp0 (self->document_type, "01") == 0 || g_strcmp0 (self->document_type, "02") == 0))
    {
      g_autoptr(GError) local_error = NULL;

      if (!tx_id_number_check_record (self->document_number, self->document_type, self->birth_date,
                                      self->gender, &local_error))
        {
          g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
                       "%s", local_error->message);
          return FALSE;
        }
    }
  return TRUE;
}

/* Code fields must hold codes of their table: files from other offices are
 * read through this too (and tx_store_save() checks the codes again). */
gboolean
tx_person_check (TxPerson    *self,
                 TxDatabase  *db,
                 GError     **error)
{
  g_return_val_if_fail (TX_IS_PERSON (self), FALSE);

  return tx_record_validate (TX_RECORD (self), error) &&
         tx_codes_check_record (db, TX_RECORD (self), error);
}

/* Sort and search keys are stored, so that lists of 100,000 people are
 * sorted and searched by SQLite's indexes, not in memory.  Also used by
 * tx-sort-keys.c to recompute the keys of every person. */
gboolean
_tx_person_store_keys (TxDatabase  *db,
                       const char  *uuid,
                       const char  *name,
                       GError     **error)
{
  g_auto(TxStatement) stmt = NULL;
  char *keys[4];
  gboolean ok;

  stmt = tx_database_prepare (db,
                              "UPDATE person SET name_pinyin = ?, name_initials = ?, "
                              "sort_pinyin = ?, sort_strokes = ? WHERE uuid = ?", error);
  if (stmt == NULL)
    return FALSE;
  _tx_sort_keys_person (name, keys);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    tx_bind_text (stmt, i + 1, keys[i]);
  tx_bind_text (stmt, 5, uuid);
  ok = tx_database_step_done (db, stmt, error);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_free (keys[i]);
  return ok;
}

/* After an update: a new person's row has its keys from the INSERT
 * (_tx_sort_keys_for_entity() in tx-store.c). */
static gboolean
tx_person_save_derived (TxRecord    *record,
                        TxDatabase  *db,
                        GError     **error)
{
  return _tx_person_store_keys (db, tx_record_get_uuid (record), TX_PERSON (record)->name, error);
}

char **
tx_person_dup_categories (TxPerson *self)
{
  GPtrArray *rows = tx_record_get_children (TX_RECORD (self), C_CATEGORIES);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < rows->len; i++)
    g_strv_builder_add (builder, ((TxPersonCategory *) g_ptr_array_index (rows, i))->category);
  return g_strv_builder_end (builder);
}

/* g_ptr_array_sort() passes pointers to the elements */
static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Kept in code order, so that the same set is always stored the same way
 * and re-saving it is not a change. */
void
tx_person_set_categories (TxPerson           *self,
                          const char * const *codes)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (sorted, codes[i], g_str_equal, NULL))
      g_ptr_array_add (sorted, (gpointer) codes[i]);
  g_ptr_array_sort (sorted, compare_codes);

  tx_record_clear_children (TX_RECORD (self), C_CATEGORIES);
  for (guint i = 0; i < sorted->len; i++)
    tx_person_add_category (self, g_ptr_array_index (sorted, i));
}

gboolean
tx_person_has_category (TxPerson   *self,
                        const char *code)
{
  GPtrArray *rows = tx_record_get_children (TX_RECORD (self), C_CATEGORIES);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (((TxPersonCategory *) g_ptr_array_index (rows, i))->category, code) == 0)
      return TRUE;
  return FALSE;
}

static void
tx_person_class_init (TxPersonClass *klass)
{
  TxRecordClass *record_class = TX_RECORD_CLASS (klass);

  record_class->entity = "person";
  record_class->children = children;
  record_class->n_children = G_N_ELEMENTS (children);
  record_class->validate = tx_person_validate;
  record_class->save_derived = tx_person_save_derived;
  record_class->dup_title = tx_person_dup_title;
  tx_record_class_install_fields (record_class, fields, N_FIELDS);
  tx_record_class_install_joined (record_class, joined, G_N_ELEMENTS (joined));
}

static void
tx_person_init (TxPerson *self)
{
  self->status = g_strdup ("1");
}

TxPerson *
tx_person_new (void)
{
  return g_object_new (TX_TYPE_PERSON, NULL);
}

GPtrArray *
tx_person_get_categories (TxPerson *self)
{
  return tx_record_get_children (TX_RECORD (self), C_CATEGORIES);
}

TxPersonCategory *
tx_person_add_category (TxPerson *self,
const char *category)
{
  TxPersonCategory *row = tx_record_add_child (TX_RECORD (self), C_CATEGORIES);

  row->category = g_strdup (category);
  return row;
}

GPtrArray *
tx_person_get_roles (TxPerson *self)
{
  return tx_record_get_children (TX_RECORD (self), C_ROLES);
}

TxSocialRole *
tx_person_add_role (TxPerson *self,
const char *kind,
const char *organization,
const char *level,
const char *term,
const char *post)
{
  TxSocialRole *row = tx_record_add_child (TX_RECORD (self), C_ROLES);

  row->kind = g_strdup (kind);
  row->organization = g_strdup (organization);
  row->level = g_strdup (level);
  row->term = g_strdup (term);
  row->post = g_strdup (post);
  return row;
}

void
tx_person_clear_roles (TxPerson *self)
{
  tx_record_clear_children (TX_RECORD (self), C_ROLES);
}

GPtrArray *
tx_person_get_circumstances (TxPerson *self)
{
  return tx_record_get_children (TX_RECORD (self), C_CIRCUMSTANCES);
}

TxCircumstance *
tx_person_add_circumstance (TxPerson *self,
const char *kind,
const char *date,
const char *description,
const char *resolved)
{
  TxCircumstance *row = tx_record_add_child (TX_RECORD (self), C_CIRCUMSTANCES);

  row->kind = g_strdup (kind);
  row->date = g_strdup (date);
  row->description = g_strdup (description);
  row->resolved = g_strdup (resolved);
  return row;
}

void
tx_person_clear_circumstances (TxPerson *self)
{
  tx_record_clear_children (TX_RECORD (self), C_CIRCUMSTANCES);
}

GPtrArray *
tx_person_get_photo (TxPerson *self)
{
  return tx_record_get_children (TX_RECORD (self), C_PHOTO);
}

TxPhoto *
tx_person_add_photo (TxPerson *self,
const char *mime,
GBytes *data)
{
  TxPhoto *row = tx_record_add_child (TX_RECORD (self), C_PHOTO);

  row->mime = g_strdup (mime);
  row->data = data ? g_bytes_ref (data) : NULL;
  return row;
}

void
tx_person_clear_photo (TxPerson *self)
{
  tx_record_clear_children (TX_RECORD (self), C_PHOTO);
}
