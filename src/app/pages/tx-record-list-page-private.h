/* tx-record-list-page-private.h — what the files of TxRecordListPage share
 * (tx-record-list-page.c: the list, the count, the TxPage calls;
 * tx-record-list-page-actions.c: the selection, editors and the trash;
 * tx-record-list-page-dates.c: the date filter)
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/model/tx-record-list.h"

#include "tx-record-list-page.h"

G_BEGIN_DECLS

typedef struct
{
  TxDatabase         *db;
  char               *search;
  TxRecordList       *records;
  /* a GtkSingleSelection, or a GtkMultiSelection (multiple) */
  GtkSelectionModel  *selection;
  /* what 撤销 puts back: TxRecords trashed together, or NULL */
  GPtrArray          *last_trashed;
  /* the notification's 撤销 for it (not owned): withdrawn after Ctrl+Z */
  gpointer            offered_undo;
  GCancellable       *cancellable; /* the load running, if any */
  guint               reload_source; /* a queued reload */
  guint               spinner_source; /* the spinner's delay */
  gboolean            loading;
  /* a record a New editor saved: selected when the list shows it */
  char               *select_uuid;
  GtkWidget          *last_toolbar_child;
  GtkWidget          *last_header_child;
  /* the date filter: NULL when none is in force */
  char               *date_from;
  char               *date_to;

  GtkBox             *toolbar;
  GtkWidget          *toolbar_separator;
  GtkWidget          *trash_button;
  GtkLabel           *count_label;
  GtkWidget          *date_filter;
  GtkLabel           *date_filter_label;
  GtkSpinner         *spinner;
  GtkStack           *stack;
  GtkLabel           *empty_label;
  GtkColumnView      *view;
} TxRecordListPagePrivate;

TxRecordListPagePrivate *_tx_record_list_page_get_private (TxRecordListPage *self);
#define PRIV(self) _tx_record_list_page_get_private (self)
#define CLASS(self) TX_RECORD_LIST_PAGE_GET_CLASS (self)


/* tx-record-list-page.c: "%u people", translated, for @n */
char *_tx_record_list_page_count_text  (const TxRecordListPageCount *count,
                                        guint                        n);

/* tx-record-list-page-dates.c */
/* narrows @query to the date filter in force, if any */
void _tx_record_list_page_add_dates    (TxRecordListPage *self,
                                        TxQuery          *query);
/* drops the date filter without reloading (another database: the month
 * asked for was another office's) */
void _tx_record_list_page_forget_dates (TxRecordListPage *self);
/* the chip's ✕ */
void _tx_record_list_page_on_clear_dates (TxRecordListPage *self);

/* tx-record-list-page-actions.c */
/* the selection model of @rows (taken): one row at a time, or several
 * (multiple), none selected */
GtkSelectionModel *_tx_record_list_page_new_selection (TxRecordListPage *self,
                                                       GListModel       *rows);
/* selects the record a New editor saved, if the list shows it */
void _tx_record_list_page_select_saved (TxRecordListPage *self);
/* 删除 and 撤销 enabled as the selection and the last trash say; then the
 * page's own actions (selection_changed) */
void _tx_record_list_page_update_actions (TxRecordListPage *self);
/* the selected rows' TxRecords (those with a uuid), in the list's order */
GPtrArray *_tx_record_list_page_dup_selected (TxRecordListPage *self);
/* the list's "activate": opens the row's editor */
void _tx_record_list_page_on_activate  (TxRecordListPage *self,
                                        guint             position);
/* "list.trash" and "list.undo-trash" (Delete, Ctrl+Z) */
void _tx_record_list_page_trash_action (GtkWidget        *widget,
                                        const char       *action_name,
                                        GVariant         *parameter);
void _tx_record_list_page_undo_action  (GtkWidget        *widget,
                                        const char       *action_name,
                                        GVariant         *parameter);

G_END_DECLS
