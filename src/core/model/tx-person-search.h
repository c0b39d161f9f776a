/* tx-person-search.h — finding people by what a user types
 *
 * The one matcher of every page that searches people (the archive, visits,
 * pairings, the pickers): what a person is found by, and the index that
 * answers it fast (tx-search-index.h). A person matches @text when
 *  - TX_SEARCH_SCOPE_NAMES: the name contains it, or a pinyin reading or
 *    the initials of the name start with it at a syllable (lower case);
 *  - TX_SEARCH_SCOPE_ALL: also the former name, the ID number (upper case),
 *    a phone or the work unit contains it.
 * The text is trimmed first; an empty text matches everybody.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-search-index.h"
#include "tx-query.h"

G_BEGIN_DECLS

/* Binds to @query the values of the condition that a person matches @text
 * and returns the condition (a constant string), or NULL (nothing bound)
 * when @text is empty. For a condition of one's own around it. */
const char *tx_person_search_bind (TxQuery       *query,
                                   const char    *person_ref,
                                   TxSearchScope  scope,
                                   const char    *text);

/* Adds to @query (over the table whose column @person_ref holds a person's
 * uuid, or over person itself when @person_ref is NULL) the condition that
 * the person matches @text. @person_ref must be a constant string. */
void   tx_person_search_add_condition (TxQuery       *query,
                                       const char    *person_ref,
                                       TxSearchScope  scope,
                                       const char    *text);

G_END_DECLS
