/* tx-record-list-page-dates.c — the date filter of a TxRecordListPage: the
 * overview's month bars open a list filtered to their month
 *
 * The range is the base's, the SQL the page's (its query_add_dates, from the
 * core's query functions); the chip in the toolbar shows the range in
 * force and its ✕ removes it.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "app/tx-app-util.h"
#include "tx-record-list-page-private.h"

void
_tx_record_list_page_add_dates (TxRecordListPage *self,
                                TxQuery          *query)
{
  TxRecordListPagePrivate *priv = PRIV (self);

  if (priv->date_from != NULL && CLASS (self)->query_add_dates != NULL)
    CLASS (self)->query_add_dates (query, priv->date_from, priv->date_to);
}

/* "2026年3月", or "2026年3月1日至2026年3月15日" */
static char *
range_text (const char *from,
            const char *to)
{
  g_autofree char *first = tx_format_date (from);
  g_autofree char *last = NULL;

  if (g_str_equal (from, to))
    return g_steal_pointer (&first);
  last = tx_format_date (to);
  /* Translators: a range of dates, both included; Chinese: %s至%s */
  return g_strdup_printf (_("%s to %s"), first, last);
}

static void
show_chip (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv = PRIV (self);
  g_autofree char *range = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (priv->date_filter, priv->date_from != NULL);
  if (priv->date_from == NULL)
    return;
  range = range_text (priv->date_from, priv->date_to);
  /* Translators: the date filter of a list: “仅显示 2026年3月” */
  text = g_strdup_printf (_("Only %s"), range);
  gtk_label_set_label (priv->date_filter_label, text);
}

void
tx_record_list_page_show_dates (TxRecordListPage *self,
                                const char       *from,
                                const char       *to)
{
  TxRecordListPagePrivate *priv;

  g_return_if_fail (TX_IS_RECORD_LIST_PAGE (self));
  g_return_if_fail (from != NULL && to != NULL);
  g_return_if_fail (CLASS (self)->query_add_dates != NULL);

  priv = PRIV (self);
  g_free (priv->date_from);
  g_free (priv->date_to);
  priv->date_from = g_strdup (from);
  priv->date_to = g_strdup (to);
  show_chip (self);
  tx_record_list_page_reload (self);
}

void
tx_record_list_page_show_month (TxRecordListPage *self,
                                int               year,
                                int               month)
{
  g_autofree char *iso = NULL;

  g_return_if_fail (month >= 1 && month <= 12);

  /* a range given to the month: the dates known to the month only are in
   * it, as in the overview's count */
  iso = g_strdup_printf ("%04d-%02d", year, month);
  tx_record_list_page_show_dates (self, iso, iso);
}

void
_tx_record_list_page_forget_dates (TxRecordListPage *self)
{
  TxRecordListPagePrivate *priv = PRIV (self);

  g_clear_pointer (&priv->date_from, g_free);
  g_clear_pointer (&priv->date_to, g_free);
  if (priv->date_filter != NULL)
    show_chip (self);
}

void
tx_record_list_page_clear_dates (TxRecordListPage *self)
{
  g_return_if_fail (TX_IS_RECORD_LIST_PAGE (self));

  if (PRIV (self)->date_from == NULL)
    return;
  _tx_record_list_page_forget_dates (self);
  tx_record_list_page_reload (self);
}

void
_tx_record_list_page_on_clear_dates (TxRecordListPage *self)
{
  tx_record_list_page_clear_dates (self);
}

const char *
tx_record_list_page_get_date_from (TxRecordListPage *self)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), NULL);
  return PRIV (self)->date_from;
}

const char *
tx_record_list_page_get_date_to (TxRecordListPage *self)
{
  g_return_val_if_fail (TX_IS_RECORD_LIST_PAGE (self), NULL);
  return PRIV (self)->date_to;
}
