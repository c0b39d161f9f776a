/* tx-community.c — a community (社区), known across offices by its statistical area code
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "tx-community.h"
#include "tx-codes.h"

struct _TxCommunity
{
  TxRecord parent_instance;

  char     *code;
  char     *name;
  char     *street;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (TxCommunity, tx_community, TX_TYPE_RECORD)

enum {
  F_CODE,
  F_NAME,
  F_STREET,
  F_NOTES,
  N_FIELDS
};

static const TxField fields[] = {
  [F_CODE] = { "code", "code", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxCommunity, code), N_("Statistical area code"), NULL, FALSE },
  [F_NAME] = { "name", "name", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxCommunity, name), N_("Name"), NULL, FALSE },
  [F_STREET] = { "street", "street", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxCommunity, street), N_("Street"), NULL, FALSE },
  [F_NOTES] = { "notes", "notes", TX_FIELD_TEXT, G_STRUCT_OFFSET (TxCommunity, notes), N_("Notes"), NULL, FALSE },
};

TX_DEFINE_TEXT_FIELD (TxCommunity, tx_community, code, F_CODE)
TX_DEFINE_TEXT_FIELD (TxCommunity, tx_community, name, F_NAME)
TX_DEFINE_TEXT_FIELD (TxCommunity, tx_community, street, F_STREET)
TX_DEFINE_TEXT_FIELD (TxCommunity, tx_community, notes, F_NOTES)


static char *
tx_community_dup_title (TxRecord *record)
{
  return g_strdup (TX_COMMUNITY (record)->name ? TX_COMMUNITY (record)->name : "");
}

/* GB/T 10114 statistical area codes: 12 digits, the identity of a community
 * across the offices that exchange files. */
static gboolean
tx_community_validate (TxRecord  *record,
                       GError   **error)
{
  TxCommunity *self = TX_COMMUNITY (record);

  if (tx_record_text_is_blank (self->name))
    {
      g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_REQUIRED,
                   _("The community needs a name."));
      return FALSE;
    }
  if (self->code != NULL)
    {
      gboolean digits = strlen (self->code) == 12;

      for (const char *p = self->code; digits && *p; p++)
        digits = g_ascii_isdigit (*p);
      if (!digits)
        {
          g_set_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID,
                       _("The statistical area code “%s” must have 12 digits."), self->code);
          return FALSE;
        }
    }
  return TRUE;
}

static void
tx_community_class_init (TxCommunityClass *klass)
{
  TxRecordClass *record_class = TX_RECORD_CLASS (klass);

  record_class->entity = "community";
  record_class->validate = tx_community_validate;
  record_class->dup_title = tx_community_dup_title;
  tx_record_class_install_fields (record_class, fields, N_FIELDS);
}

static void
tx_community_init (TxCommunity *self)
{
}

TxCommunity *
tx_community_new (void)
{
  return g_object_new (TX_TYPE_COMMUNITY, NULL);
}
