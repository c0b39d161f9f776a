/* fuzz-db-fixture.h — the small demo database that the importer harnesses
 * check their inputs against
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"

/* A database with a few demo people (so that rows and records can match
 * existing ones), made on the first call in a temporary folder that is
 * removed when the process exits; the same one for every later call. */
TxDatabase *fuzz_fixture_database (void);

/* A file in that folder the harness may overwrite with each input. */
const char *fuzz_fixture_input_path (void);
