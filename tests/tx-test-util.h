/* tx-test-util.h — fixtures the core tests share: temporary directories,
 * databases in them, and plain SQL to check what was stored
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

/* g_test_skip(), except that with TONGXIN_TEST_NO_SKIP set (build-aux/dev
 * test sets it) the test fails: a run that should prove everything must
 * not pass by skipping what it could not do. */
void        tx_test_skip                 (const char *reason);

char       *tx_test_make_temp_dir        (const char *purpose);
void        tx_test_remove_tree          (const char *path);

TxDatabase *tx_test_open_database        (const char *dir,
                                          const char *name);
TxDatabase *tx_test_open_demo_database   (const char *dir,
                                          guint       people,
                                          guint32     seed);

void        tx_test_run_program          (const char * const *argv);

void        tx_test_assert_file_contents (const char *path,
                                          const char *expected);

gint64      tx_test_count                (TxDatabase *db,
                                          const char *sql,
                                          const char *text);
char       *tx_test_dup_text             (TxDatabase *db,
                                          const char *sql,
                                          const char *text);
char       *tx_test_dup_existing_text    (TxDatabase *db,
                                          const char *sql,
                                          const char *text);

/* Every table but @skip (NULL-terminated, or NULL), every row, as text,
 * rows sorted; and the first line where two such dumps differ. */
char       *tx_test_dump_database        (TxDatabase         *db,
                                          const char * const *skip);
void        tx_test_assert_same_dump     (const char *before,
                                          const char *after);

/* @area (6 digits) @birth (YYYYMMDD) @sequence (3 digits; odd for men)
 * and the check character */
char       *tx_test_make_id_number       (const char *area,
                                          const char *birth,
                                          const char *sequence);

G_END_DECLS
