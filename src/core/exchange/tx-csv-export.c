/* tx-csv-export.c — the archive as a roster Excel opens correctly
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/model/tx-codes.h"
#include "core/model/tx-community-query.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-person.h"
#include "core/text/tx-privacy.h"
#include "core/model/tx-record-list.h"
#include "core/db/tx-store.h"

#include "tx-csv-export.h"
#include "tx-csv-mapping.h"

/* the columns, in the order of a paper roster; all map back on import */
static const TxCsvTarget columns[] = {
  TX_CSV_TARGET_SERIAL,
  TX_CSV_TARGET_NAME,
  TX_CSV_TARGET_GENDER,
  TX_CSV_TARGET_ETHNICITY,
  TX_CSV_TARGET_BIRTH_DATE,
  TX_CSV_TARGET_NATIVE_PLACE,
  TX_CSV_TARGET_DOCUMENT_TYPE,
  TX_CSV_TARGET_DOCUMENT_NUMBER,
  TX_CSV_TARGET_POLITICAL_STATUS,
  TX_CSV_TARGET_EDUCATION,
  TX_CSV_TARGET_PROFESSIONAL_TITLE,
  TX_CSV_TARGET_WORK_UNIT,
  TX_CSV_TARGET_WORK_POST,
  TX_CSV_TARGET_PHONE,
  TX_CSV_TARGET_PHONE_OTHER,
  TX_CSV_TARGET_ADDRESS,
  TX_CSV_TARGET_COMMUNITY,
  TX_CSV_TARGET_CATEGORIES,
  TX_CSV_TARGET_REPRESENTATIVE,
  TX_CSV_TARGET_KEY_PERSON,
  TX_CSV_TARGET_STATUS,
  TX_CSV_TARGET_NOTES,
};

/* ---- cells ----------------------------------------------------------------- */

/* Digits (and the X, *, - / . of ID numbers, masked values and dates) that
 * Excel would read as a number or a date. */
static gboolean
looks_numeric (const char *value)
{
  if (!g_ascii_isdigit (value[0]))
    return FALSE;
  for (const char *p = value; *p; p++)
    if (!g_ascii_isdigit (*p) && strchr ("Xx*-/. ", *p) == NULL)
      return FALSE;
  return TRUE;
}

/* Keeping ID numbers, phones and dates as text: a leading tab. Excel and
 * LibreOffice Calc both open "\t110101199003071234" as a text cell with all
 * 18 digits (the tab makes it no number), and "\t1965-03" stays 1965-03
 * instead of becoming a date. The other common trick, ="110101…", is a
 * formula: Calc shows it literally unless "Evaluate formulas" is ticked in
 * its import dialog, and a file of formulas is what the neutralisation
 * below is there to prevent. The import strips the tab again.
 *
 * Neutralising formulas: a cell a user typed that starts with = + - or @
 * (or a tab or CR, which Excel may strip first) would run as a formula when
 * the file is opened (CSV injection, OWASP); a leading ' makes it text in
 * both programs, and the import removes it again. */
void
tx_csv_append_cell (GString    *line,
                    const char *value,
                    gboolean    keep_as_text)
{
  g_autoptr(GString) cell = g_string_new (NULL);
  gboolean quote;

  if (value == NULL || *value == '\0')
    return;
  if (keep_as_text && looks_numeric (value))
    g_string_append_c (cell, '\t');
  else if (strchr ("=+-@\t\r", value[0]) != NULL)
    g_string_append_c (cell, '\'');
  g_string_append (cell, value);

  quote = strpbrk (cell->str, ",\"\r\n\t") != NULL;
  if (!quote)
    {
      g_string_append (line, cell->str);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = cell->str; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* ---- rows ------------------------------------------------------------------ */

typedef struct
{
  TxDatabase   *db;
  TxPrivacy  privacy;
  GHashTable   *community_names;   /* uuid → name */
} Writer;

static char *
categories_text (Writer   *writer,
                 TxPerson *person)
{
  g_auto(GStrv) codes = tx_person_dup_categories (person);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; codes[i] != NULL; i++)
    g_strv_builder_add (names, tx_codes_name (writer->db, TX_CODE_CATEGORY, codes[i]));
  list = g_strv_builder_end (names);
  /* "；", not "、": two of the twelve names hold a 、 themselves */
  return g_strjoinv ("；", list);
}

static char *
code_name (Writer     *writer,
           const char *kind,
           const char *code)
{
  return g_strdup (tx_codes_name (writer->db, kind, code));
}

static char *
sensitive (Writer     *writer,
           const char *value,
           char     *(*mask) (const char *))
{
  if (value == NULL || writer->privacy == TX_PRIVACY_OMIT)
    return NULL;
  return writer->privacy == TX_PRIVACY_FULL ? g_strdup (value) : mask (value);
}

static char *
withheld (const char *value)
{
  return NULL;
}

static char *
cell_value (Writer      *writer,
            TxPerson    *person,
            TxCsvTarget  target,
            guint        serial)
{
  switch (target)
    {
    case TX_CSV_TARGET_SERIAL:
      return g_strdup_printf ("%u", serial);
    case TX_CSV_TARGET_GENDER:
      return code_name (writer, TX_CODE_GENDER, tx_person_get_gender (person));
    case TX_CSV_TARGET_ETHNICITY:
      return code_name (writer, TX_CODE_ETHNICITY, tx_person_get_ethnicity (person));
    case TX_CSV_TARGET_DOCUMENT_TYPE:
      return code_name (writer, TX_CODE_DOCUMENT_TYPE, tx_person_get_document_type (person));
    case TX_CSV_TARGET_POLITICAL_STATUS:
      if (writer->privacy == TX_PRIVACY_OMIT)
        return NULL;
      return code_name (writer, TX_CODE_POLITICAL, tx_person_get_political_status (person));
    case TX_CSV_TARGET_EDUCATION:
      return code_name (writer, TX_CODE_EDUCATION, tx_person_get_education (person));
    case TX_CSV_TARGET_STATUS:
      return code_name (writer, TX_CODE_PERSON_STATUS, tx_person_get_status (person));
    case TX_CSV_TARGET_DOCUMENT_NUMBER:
      return sensitive (writer, tx_person_get_document_number (person), tx_id_number_mask);
    case TX_CSV_TARGET_PHONE:
      return sensitive (writer, tx_person_get_phone (person), tx_mask_phone);
    case TX_CSV_TARGET_PHONE_OTHER:
      return sensitive (writer, tx_person_get_phone_other (person), tx_mask_phone);
    case TX_CSV_TARGET_ADDRESS:
      return sensitive (writer, tx_person_get_address (person), withheld);
    case TX_CSV_TARGET_COMMUNITY:
      return g_strdup (tx_person_get_community (person)
                       ? g_hash_table_lookup (writer->community_names, tx_person_get_community (person))
                       : NULL);
    case TX_CSV_TARGET_CATEGORIES:
      return categories_text (writer, person);
    case TX_CSV_TARGET_REPRESENTATIVE:
      return g_strdup (tx_person_get_representative (person) ? "是" : "否");
    case TX_CSV_TARGET_KEY_PERSON:
      return g_strdup (tx_person_get_key_person (person) ? "是" : "否");
    default:
      {
        g_autofree char *text = NULL;

        g_object_get (person, tx_csv_target_key (target), &text, NULL);
        return g_steal_pointer (&text);
      }
    }
}

static gboolean
is_text_column (TxCsvTarget target)
{
  return target == TX_CSV_TARGET_DOCUMENT_NUMBER || target == TX_CSV_TARGET_PHONE ||
         target == TX_CSV_TARGET_PHONE_OTHER || target == TX_CSV_TARGET_BIRTH_DATE;
}

static void
append_person (Writer   *writer,
               GString  *out,
               TxPerson *person,
               guint     serial)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *value = cell_value (writer, person, columns[i], serial);

      if (i > 0)
        g_string_append_c (out, ',');
      tx_csv_append_cell (out, value, is_text_column (columns[i]));
    }
  g_string_append (out, "\r\n");
}

static void
append_header (GString *out)
{
  /* Excel reads a CSV as UTF-8 only with the byte-order mark */
  g_string_append (out, "\xEF\xBB\xBF");
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      tx_csv_append_cell (out, tx_csv_target_header (columns[i]), FALSE);
    }
  g_string_append (out, "\r\n");
}

/* ---- the query -------------------------------------------------------------- */

void
tx_csv_query_restrict (TxQuery            *query,
                       const char * const *community_codes,
                       const char * const *category_codes)
{
  if (community_codes != NULL && community_codes[0] != NULL)
    {
      tx_query_add_condition (query, "community IN (SELECT c.uuid FROM community c "
                                     "WHERE c.code IN (SELECT value FROM json_each(?)))");
      tx_query_bind_text_array (query, community_codes);
    }
  if (category_codes != NULL && category_codes[0] != NULL)
    {
      tx_query_add_condition (query, "EXISTS (SELECT 1 FROM person_category pc WHERE pc.owner = person.uuid "
                                     "AND pc.category IN (SELECT value FROM json_each(?)))");
      tx_query_bind_text_array (query, category_codes);
    }
}

/* ---- the file ---------------------------------------------------------------- */

/* Rows are written a few hundred at a time: a big archive never sits in
 * memory as one string. */
static gboolean
write_rows (Writer         *writer,
            TxRecordList   *people,
            GOutputStream  *stream,
            GError        **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (people));

  append_header (out);
  for (guint i = 0; i < n; i++)
    {
      /* loaded here, not through the list model, which stands in an empty
       * record for a failed load: an export must fail instead */
      g_autoptr(TxRecord) person = tx_store_load_row (writer->db, TX_TYPE_PERSON,
                                                      tx_record_list_get_row_id (people, i), error);

      if (person == NULL)
        return FALSE;
      append_person (writer, out, TX_PERSON (person), i + 1);
      if (out->len > 64 * 1024 &&
          !g_output_stream_write_all (stream, out->str, out->len, NULL, NULL, error))
        return FALSE;
      if (out->len > 64 * 1024)
        g_string_truncate (out, 0);
    }
  return g_output_stream_write_all (stream, out->str, out->len, NULL, NULL, error);
}

static gboolean
write_file (Writer        *writer,
            TxRecordList  *people,
            GFile    *file,
            GError  **error)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFileOutputStream) stream = NULL;

  /* PRIVATE: created 0600 (the roster holds ID numbers and phones);
   * REPLACE_DESTINATION: a new file put in place, not the old one rewritten */
  stream = g_file_replace (file, NULL, FALSE,
                           G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, error);
  if (stream == NULL)
    return FALSE;
  if (!write_rows (writer, people, G_OUTPUT_STREAM (stream), error))
    {
      /* closing a cancelled replace drops the temporary file: the old
       * file, if any, stays as it was */
      g_cancellable_cancel (cancellable);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

gboolean
tx_csv_export_query (TxDatabase  *db,
                     TxQuery     *query,
                     GFile       *file,
                     TxPrivacy privacy,
                     guint       *n_written,
                     GError     **error)
{
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(TxRecordList) people = NULL;
  Writer writer = { db, privacy, NULL };

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (query != NULL && tx_query_get_record_type (query) == TX_TYPE_PERSON, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  names = tx_community_name_table (db, error);
  if (names == NULL)
    return FALSE;
  people = tx_record_list_new (db, query, error);
  if (people == NULL)
    return FALSE;
  writer.community_names = names;
  if (!write_file (&writer, people, file, error))
    return FALSE;
  if (n_written != NULL)
    *n_written = g_list_model_get_n_items (G_LIST_MODEL (people));
  return TRUE;
}

gboolean
tx_csv_export_filter (TxDatabase           *db,
                      const TxPersonFilter *filter,
                      GFile                *file,
                      TxPrivacy          privacy,
                      guint                *n_written,
                      GError              **error)
{
  g_autoptr(TxQuery) query = NULL;

  g_return_val_if_fail (filter != NULL, FALSE);

  query = tx_person_filter_to_query (filter);
  return tx_csv_export_query (db, query, file, privacy, n_written, error);
}
