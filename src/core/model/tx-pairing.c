/* tx-pairing.c — a friendship pairing of a staff member and a person (交友)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "tx-pairing.h"

struct _TxPairing
{
  TxRecord parent_instance;

  char     *staff_name;  /* joined */
  char     *person_name;  /* joined */
  char     *latest_contact;  /* joined */
  char     *staff;
  char     *person;
  char     *since;
  char     *until;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (TxPairing, tx_pairing, TX_TYPE_RECORD)

enum {
  F_STAFF,
  F_PERSON,
  F_SINCE,
  F_UNTIL,
  F_NOTES,
  N_FIELDS
};

static const TxField fields[] = {
  [F_STAFF] = { "staff", "staff", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPairing, staff), N_("Staff member"), NULL, FALSE },
  [F_PERSON] = { "person", "person", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPairing, person), N_("Person"), NULL, FALSE },
  [F_SINCE] = { "since", "since", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPairing, since), N_("Since"), NULL, FALSE },
  [F_UNTIL] = { "until", "until", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPairing, until), N_("Until"), NULL, FALSE },
  [F_NOTES] = { "notes", "notes", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxPairing, notes), N_("Notes"), NULL, FALSE },
};

/* what the lists show beside the stored fields, read in the same query:
 * the names of the pair, the date of the latest contact (stored dates
 * compare as text) */
static const TxJoinedField joined[] = {
  { "staff-name", "(SELECT s.name FROM staff s WHERE s.uuid = pairing.staff)",
    G_STRUCT_OFFSET (TxPairing, staff_name) },
  { "person-name", "(SELECT p.name FROM person p WHERE p.uuid = pairing.person)",
    G_STRUCT_OFFSET (TxPairing, person_name) },
  { "latest-contact", "(SELECT max(c.date) FROM pairing_contact c WHERE c.owner = pairing.uuid)",
    G_STRUCT_OFFSET (TxPairing, latest_contact) },
};

static const TxChildColumn contacts_columns[] = {
  { "date", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxContact, date) },
  { "mode", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxContact, mode), "contact-mode" },
  { "note", TX_CHILD_TEXT, G_STRUCT_OFFSET (TxContact, note) },
};

enum {
  C_CONTACTS,
};

static const TxChildTable children[] = {
  [C_CONTACTS] = { "contacts", "pairing_contact", contacts_columns, G_N_ELEMENTS (contacts_columns), sizeof (TxContact) },
};

TX_DEFINE_TEXT_FIELD (TxPairing, tx_pairing, staff, F_STAFF)
TX_DEFINE_TEXT_FIELD (TxPairing, tx_pairing, person, F_PERSON)
TX_DEFINE_TEXT_FIELD (TxPairing, tx_pairing, since, F_SINCE)
TX_DEFINE_TEXT_FIELD (TxPairing, tx_pairing, until, F_UNTIL)
TX_DEFINE_TEXT_FIELD (TxPairing, tx_pairing, notes, F_NOTES)


static char *
tx_pairing_dup_title (TxRecord *record)
{
  return g_strdup_printf ("%s ↔ %s", TX_PAIRING (record)->staff ?: "", TX_PAIRING (record)->person ?: "");
}

static gboolean
tx_pairing_validate (TxRecord  *record,
                     GError   **error)
{
  TxPairing *self = TX_PAIRING (record);

  if (self->staff == NULL || self->person == NULL)
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED,
                   _("A pairing needs a staff member and a person."));
      return FALSE;
    }
  return TRUE;
}

static void
tx_pairing_class_init (TxPairingClass *klass)
{
  TxRecordClass *record_class = TX_RECORD_CLASS (klass);

  record_class->entity = "pairing";
  record_class->children = children;
  record_class->n_children = G_N_ELEMENTS (children);
  record_class->validate = tx_pairing_validate;
  record_class->dup_title = tx_pairing_dup_title;
  tx_record_class_install_fields (record_class, fields, N_FIELDS);
  tx_record_class_install_joined (record_class, joined, G_N_ELEMENTS (joined));
}

static void
tx_pairing_init (TxPairing *self)
{
}

TxPairing *
tx_pairing_new (void)
{
  return g_object_new (TX_TYPE_PAIRING, NULL);
}

GPtrArray *
tx_pairing_get_contacts (TxPairing *self)
{
  return tx_record_get_children (TX_RECORD (self), C_CONTACTS);
}

TxContact *
tx_pairing_add_contact (TxPairing *self,
const char *date,
const char *mode,
const char *note)
{
  TxContact *row = tx_record_add_child (TX_RECORD (self), C_CONTACTS);

  row->date = g_strdup (date);
  row->mode = g_strdup (mode);
  row->note = g_strdup (note);
  return row;
}

void
tx_pairing_clear_contacts (TxPairing *self)
{
  tx_record_clear_children (TX_RECORD (self), C_CONTACTS);
}
