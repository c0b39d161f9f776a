/* tx-person-filter.h — what the archive page asks of the people table
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/text/tx-civil-date.h"
#include "tx-query.h"

G_BEGIN_DECLS

typedef enum
{
  TX_PERSON_SORT_PINYIN,     /* 音序 */
  TX_PERSON_SORT_STROKES,    /* 姓氏笔画 */
  TX_PERSON_SORT_COMMUNITY,
  TX_PERSON_SORT_BIRTH,
  TX_PERSON_SORT_MODIFIED,   /* last change first */
} TxPersonSort;

typedef struct
{
  const char   *search;            /* name, pinyin, initials, ID, phone, work unit */
  const char   *category;          /* code, or NULL for any */
  const char   *community;         /* uuid */
  const char   *political_status;  /* code */
  const char   *ethnicity;         /* code */
  const char   *gender;            /* code */
  int           min_age;           /* -1: no bound */
  int           max_age;
  int           representative;    /* -1 any, 0 no, 1 yes */
  int           key_person;
  const char   *role_kind;         /* "1" 人大代表, "2" 政协委员 … */
  const char   *status;            /* NULL: any; default "1" 在册 */
  TxTrashFilter trash;
  TxPersonSort  sort;
  TxCivilDate   today;             /* for ages; tx_person_filter_init sets it to
                                    * today (31 December of a year counts ages
                                    * as the year figures do) */
  const char * const *exclude;     /* NULL-terminated uuids not to list (a picker's
                                    * people already chosen), or NULL */
} TxPersonFilter;

void      tx_person_filter_init     (TxPersonFilter       *filter);
TxQuery  *tx_person_filter_to_query (const TxPersonFilter *filter);

G_END_DECLS
