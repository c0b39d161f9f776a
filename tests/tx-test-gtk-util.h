/* tx-test-gtk-util.h — what the widget tests share: the display, the
 * application, waiting on the main loop, finding widgets and windows,
 * answering dialogs and screenshots
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "app/tx-application.h"
#include "app/tx-window.h"
#include "core/db/tx-database.h"
#include "tx-test-util.h"

G_BEGIN_DECLS

typedef gboolean (*TxTestCondition) (gpointer data);

/* The fixture of the widget tests: a temporary folder named after the
 * test program, with a database "tongxin.db" in it (@path); tear-down
 * waits for the pages' reads and asserts that the fixture holds the last
 * reference to the database (no leaked connection), then removes the
 * folder. */
typedef struct
{
  char       *dir;
  char       *path;
  TxDatabase *db;
} TxTestGtkFixture;

/* @people of demo data made with @seed, or an empty database when @people
 * is 0 */
void           tx_test_gtk_fixture_set_up         (TxTestGtkFixture *fixture,
                                                   guint             people,
                                                   guint32           seed);
/* also when the test released @db itself (NULL) */
void           tx_test_gtk_fixture_tear_down      (TxTestGtkFixture *fixture);

/* the display */
gboolean       tx_test_gtk_init                   (void);
gboolean       tx_test_skip_without_display       (void);

/* the application and its windows */
TxApplication *tx_test_application_new            (void);
TxWindow      *tx_test_show_window                (TxApplication *app,
                                                   TxDatabase    *db);
GtkWindow     *tx_test_window_new_for             (GtkWidget     *child);
void           tx_test_present                    (GtkWindow     *window);
void           tx_test_destroy_window             (GtkWindow     *window);

/* the main loop */
void           tx_test_drain_main_loop            (void);
void           tx_test_drain_main_loop_repeatedly (guint          passes);
void           tx_test_run_main_loop_for          (guint          milliseconds);
gboolean       tx_test_wait_until                 (TxTestCondition condition,
                                                   gpointer        data);
void           tx_test_wait_for                   (TxTestCondition condition,
                                                   gpointer        data);
void           tx_test_wait_until_mapped          (GtkWidget     *widget);
gboolean       tx_test_is_mapped                  (gpointer       widget);
gboolean       tx_test_is_gone                    (gpointer       weak_pointer);
void           tx_test_wait_for_loads             (TxDatabase    *db);
void           tx_test_wait_for_page              (GtkWidget     *page);
void           tx_test_wait_for_background_loads  (TxDatabase    *db);
void           tx_test_release_database           (TxDatabase    *db);

/* widgets and windows */
GtkWidget     *tx_test_find_by_name               (GtkWidget     *root,
                                                   const char    *name);
GtkWidget     *tx_test_get_by_name                (GtkWidget     *root,
                                                   const char    *name);
/* the action a key is bound to by @widget's class (a named action), or NULL */
const char    *tx_test_bound_action               (GtkWidget       *widget,
                                                   guint            keyval,
                                                   GdkModifierType  modifiers);
GtkWidget     *tx_test_find_by_type               (GtkWidget     *root,
                                                   GType          type);
GtkWidget     *tx_test_find_by_buildable_id       (GtkWidget     *root,
                                                   const char    *id);
GtkWindow     *tx_test_find_toplevel              (GType          type);
GtkWindow     *tx_test_find_visible_toplevel      (GType          type);
GtkWindow     *tx_test_find_named_toplevel        (const char    *name);

/* dialogs */
GtkWindow     *tx_test_find_message_dialog        (void);
void           tx_test_answer_message_dialog      (int            response);

/* screenshots */
void           tx_test_save_png                   (GtkWidget     *widget,
                                                   const char    *path);
void           tx_test_save_screenshot            (GtkWidget     *widget,
                                                   const char    *dir_variable,
                                                   const char    *file_name);

G_END_DECLS
