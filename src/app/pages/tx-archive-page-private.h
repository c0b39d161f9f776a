/* tx-archive-page-private.h — what the files of the archive page share
 * (tx-archive-page.c: the page's query, its actions and columns;
 * tx-archive-filters.c: the filters)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "app/widgets/tx-code-drop-down.h"
#include "tx-archive-page.h"

G_BEGIN_DECLS

struct _TxArchivePage
{
  TxRecordListPage parent_instance;

  GPtrArray    *community_uuids;   /* drop-down position → uuid; [0] NULL = all */
  guint         updating;          /* > 0: filter widgets set from code */
  int           ages_year;         /* 0: ages today; else ages reached in that
                                    * year, as the overview's age chart counts */
  char         *last_search;       /* the search of the last query built */
  gboolean      communities_read;  /* the community drop-down was filled */

  TxCodeDropDown *category_drop;
  GtkDropDown  *community_drop;
  TxCodeDropDown *political_drop;
  TxCodeDropDown *status_drop;
  TxCodeDropDown *ethnicity_drop;
  TxCodeDropDown *gender_drop;
  TxCodeDropDown *role_drop;
  GtkDropDown  *sort_drop;
  GtkSpinButton *min_age_spin;
  GtkSpinButton *max_age_spin;
  GtkLabel     *ages_year_label;
  GtkCheckButton *representative_check;
  GtkCheckButton *key_person_check;
  GtkMenuButton *more_button;
  GtkButton    *reset_button;
  GtkColumnViewColumn *phone_column;
  GtkColumnViewColumn *phone_full_column;
  GtkToggleButton *reveal_phone_toggle;
};

/* tx-archive-filters.c */
/* the drop-downs filled, their signals connected (from init) */
void     _tx_archive_page_init_filters       (TxArchivePage  *self);
void     _tx_archive_page_read_filter        (TxArchivePage  *self,
                                              TxPersonFilter *filter);
/* a filter but the default status is in force (the search aside) */
gboolean _tx_archive_page_is_filtered        (TxArchivePage  *self);
/* the community drop-down follows the database, keeping the chosen one */
void     _tx_archive_page_update_communities (TxArchivePage  *self);
/* every filter back to its default (清除筛选) */
void     _tx_archive_page_reset_filters      (TxArchivePage  *self);

G_END_DECLS
