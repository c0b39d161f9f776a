/* tx-page.h — what the main window asks of each page of its sidebar
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_TYPE_PAGE (tx_page_get_type ())
G_DECLARE_INTERFACE (TxPage, tx_page, TX, PAGE, GtkWidget)

struct _TxPageInterface
{
  GTypeInterface parent_iface;

  /* the window's database; called once, before the page is shown */
  void        (*set_database)     (TxPage     *self,
                                   TxDatabase *db);
  /* the header bar's search entry changed (NULL or "" = no search) */
  void        (*set_search)       (TxPage     *self,
                                   const char *text);
  /* re-read from the database (another page or program changed it) */
  void        (*reload)           (TxPage     *self);
  /* the header bar's New button (Ctrl+N); NULL: the page creates nothing */
  void        (*create_new)       (TxPage     *self);
  /* tooltip of the New button, e.g. "New Person" */
  const char *(*get_new_label)    (TxPage     *self);
  /* open the editor of one record of this page's kind */
  void        (*open_record)      (TxPage     *self,
                                   const char *uuid);
  /* a new record about one person (a visit, a pairing); NULL if none */
  void        (*create_for_person) (TxPage    *self,
                                    const char *person_uuid);
  /* the kinds of record the page shows ("person", "visit" … as in the
   * change log), NULL-terminated: a change to any of them reloads the
   * page. NULL (or no function): every change does. */
  const char * const *(*get_entities) (TxPage *self);
  /* Enter in the search: the keyboard focus into the results; FALSE (or
   * no function) when there is nothing to focus there */
  gboolean    (*focus_results)    (TxPage     *self);
};

void        tx_page_set_database      (TxPage     *self,
                                       TxDatabase *db);
void        tx_page_set_search        (TxPage     *self,
                                       const char *text);
void        tx_page_reload            (TxPage     *self);
gboolean    tx_page_can_create        (TxPage     *self);
void        tx_page_create_new        (TxPage     *self);
const char *tx_page_get_new_label     (TxPage     *self);
void        tx_page_open_record       (TxPage     *self,
                                       const char *uuid);
gboolean    tx_page_create_for_person (TxPage     *self,
                                       const char *person_uuid);
gboolean    tx_page_focus_results     (TxPage     *self);

G_END_DECLS
