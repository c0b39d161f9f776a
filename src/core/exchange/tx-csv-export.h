/* tx-csv-export.h — the archive as a roster Excel opens correctly
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/db/tx-database.h"
#include "core/model/tx-person-filter.h"
#include "core/model/tx-query.h"
#include "tx-exchange.h"

G_BEGIN_DECLS

/* Narrows a person query to people of any of the communities given by
 * their 12-digit codes and, separately, of any of the category codes.
 * NULL or empty arrays leave the query as it is. */
void      tx_csv_query_restrict       (TxQuery             *query,
                                       const char * const  *community_codes,
                                       const char * const  *category_codes);

/* Writes the people of @query (a person query, its order kept) to @file:
 * UTF-8 with a BOM, CRLF, one header row of Chinese column names that the
 * import maps back. @privacy as for the exchange files: TX_PRIVACY_MASKED
 * writes ID numbers as 110101********123X and phones as 138****1234 and
 * leaves out addresses, TX_PRIVACY_OMIT leaves out those and the political
 * status. Written through g_file_replace(), created 0600; on
 * failure the file is left as it was. @n_written may be NULL. */
gboolean  tx_csv_export_query         (TxDatabase          *db,
                                       TxQuery             *query,
                                       GFile               *file,
                                       TxPrivacy         privacy,
                                       guint               *n_written,
                                       GError             **error);
/* the archive page's current filter */
gboolean  tx_csv_export_filter        (TxDatabase          *db,
                                       const TxPersonFilter *filter,
                                       GFile               *file,
                                       TxPrivacy         privacy,
                                       guint               *n_written,
                                       GError             **error);

/* One cell as written: quoted when needed; see the .c for why ID numbers,
 * phones and dates get a leading tab and formulas a leading quote. */
void      tx_csv_append_cell          (GString             *line,
                                       const char          *value,
                                       gboolean             keep_as_text);

G_END_DECLS
