/* tx-person.h — a person in the united-front archive
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tx-record.h"

G_BEGIN_DECLS

typedef struct
{
  char *category;
} TxPersonCategory;

typedef struct
{
  char *kind;
  char *organization;
  char *level;
  char *term;
  char *post;
} TxSocialRole;

typedef struct
{
  char *kind;
  char *date;
  char *description;
  char *resolved;
} TxCircumstance;

typedef struct
{
  char *mime;
  GBytes *data;
} TxPhoto;

#define TX_TYPE_PERSON (tx_person_get_type ())
G_DECLARE_FINAL_TYPE (TxPerson, tx_person, TX, PERSON, TxRecord)

TxPerson *tx_person_new (void);

TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, name)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, former_name)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, gender)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, ethnicity)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, birth_date)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, native_place)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, document_type)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, document_number)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, political_status)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, party_joined)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, party_post)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, religion)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, education)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, degree)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, professional_title)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, work_unit)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, work_post)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, sector)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, phone)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, phone_other)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, address)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, community)
TX_DECLARE_BOOL_FIELD (TxPerson, tx_person, representative)
TX_DECLARE_BOOL_FIELD (TxPerson, tx_person, key_person)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, status)
/* when the person moved away (迁出) or died (去世) */
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, status_date)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, skills)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, health)
TX_DECLARE_TEXT_FIELD (TxPerson, tx_person, notes)

GPtrArray *tx_person_get_categories (TxPerson *self);
TxPersonCategory *tx_person_add_category (TxPerson *self, const char *category);
GPtrArray *tx_person_get_roles (TxPerson *self);
TxSocialRole *tx_person_add_role (TxPerson *self, const char *kind, const char *organization, const char *level, const char *term, const char *post);
void tx_person_clear_roles (TxPerson *self);
GPtrArray *tx_person_get_circumstances (TxPerson *self);
TxCircumstance *tx_person_add_circumstance (TxPerson *self, const char *kind, const char *date, const char *description, const char *resolved);
void tx_person_clear_circumstances (TxPerson *self);
GPtrArray *tx_person_get_photo (TxPerson *self);
TxPhoto *tx_person_add_photo (TxPerson *self, const char *mime, GBytes *data);
void tx_person_clear_photo (TxPerson *self);

char     **tx_person_dup_categories (TxPerson           *self);
void       tx_person_set_categories (TxPerson           *self,
                                     const char * const *codes);
gboolean   tx_person_has_category   (TxPerson           *self,
                                     const char         *code);
gboolean   tx_person_check          (TxPerson           *self,
                                     TxDatabase         *db,
                                     GError            **error);

G_END_DECLS
