/* tx-archive-page.h — the archive: everyone on file, filtered and sorted
 *
 * A TxRecordListPage (the list, search, count, selection, trash with 撤销)
 * whose rows can be selected several at a time, with its bar of filters
 * above the list and its actions (信息登记表, 花名册, 合并人员) below.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/model/tx-person-filter.h"

#include "tx-record-list-page.h"

G_BEGIN_DECLS

#define TX_TYPE_ARCHIVE_PAGE (tx_archive_page_get_type ())
G_DECLARE_FINAL_TYPE (TxArchivePage, tx_archive_page, TX, ARCHIVE_PAGE, TxRecordListPage)

GtkWidget  *tx_archive_page_new         (void);
/* people in the list as it is now shown */
guint       tx_archive_page_get_n_people (TxArchivePage *self);
/* every filter back to its default, then @category (a code) and
 * @community_uuid set; NULL leaves one open (the overview's chart bars) */
void        tx_archive_page_show_filtered (TxArchivePage *self,
                                           const char    *category,
                                           const char    *community_uuid);
/* every filter back to its default, then the ages @min_age to @max_age
 * (-1: no bound) reached in @year (0: ages today): the age chart's bars */
void        tx_archive_page_show_ages   (TxArchivePage *self,
                                         int            min_age,
                                         int            max_age,
                                         int            year);
/* every filter back to its default, then the gender @gender (a code) */
void        tx_archive_page_show_gender (TxArchivePage *self,
                                         const char    *gender);

/* The filter and order the list is shown with; its strings are borrowed
 * from the page and valid until the filters change. */
void        tx_archive_page_get_filter  (TxArchivePage  *self,
                                         TxPersonFilter *filter);

G_END_DECLS
