/* tx-demo.h — realistic demonstration data for a street office
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_DEMO_DEFAULT_PEOPLE 2000
#define TX_DEMO_DEFAULT_SEED   1

/* Called about every 100 records written and once with @done == @total
 * at the end.  @total counts every record the fill writes (communities,
 * staff, people, activities, visits, meetings, suggestions, pairings). */
typedef void (*TxDemoProgress) (guint    done,
                                guint    total,
                                gpointer user_data);

typedef struct
{
  guint      people;   /* at least 1 */
  guint32    seed;     /* the same seed gives the same records, UUIDs and time stamps */
  GDateTime *today;    /* the demo's "today"; NULL: 2026-06-30 09:00 Beijing time */
} TxDemoOptions;

/* Fills an empty database (no community, staff or person yet) with one
 * street office: its communities and staff, @options->people people and
 * the activities, visits, consultations, suggestions and pairings of the
 * last two and a half years, in one transaction: on failure nothing is
 * written.  @options NULL means TX_DEMO_DEFAULT_PEOPLE people with
 * TX_DEMO_DEFAULT_SEED.  The database clock is pinned to "today" while it
 * runs and afterwards set back as it was (the real clock, or a pinned one). */
gboolean tx_demo_fill (TxDatabase           *db,
                       const TxDemoOptions  *options,
                       TxDemoProgress        progress,
                       gpointer              user_data,
                       GError              **error);

/* Tests: the names of @n people as the demo makes them, no database. */
GPtrArray    *_tx_demo_sample_names (guint    n,
                                     guint32  seed);

G_END_DECLS
