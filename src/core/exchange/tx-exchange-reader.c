/* tx-exchange-reader.c — a hardened, validating, streaming XML reader
 *
 * A file from another office is untrusted input: no DTD is loaded and no
 * entity substituted, the network is never asked, XInclude is never
 * processed, a DOCTYPE is refused outright, and the decompressed size is
 * limited so that a small .gz cannot inflate to gigabytes.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "tx-exchange.h"
#include "tx-exchange-private.h"

#define READER_OPTIONS (XML_PARSE_NONET)
#define READ_CHUNK     (256 * 1024)

struct _TxExchangeReader
{
  GInputStream     *raw;         /* the file as stored */
  GInputStream     *stream;      /* what the parser reads */
  GCancellable     *cancellable;
  xmlTextReaderPtr  reader;
  guint64           max_bytes;
  guint64           bytes;       /* decompressed, so far */
  gboolean          compressed;
  GError           *error;       /* the first problem seen */
  gboolean          root_checked;

  /* the pattern facets taken out of the schema (tx-exchange-patterns.c) */
  const TxExchangePatterns *patterns;
  GPtrArray        *names;       /* const char *: the open elements, by depth */
  const TxExchangePattern *pending;   /* the pattern of the open element's text */
  int               pending_depth;
  GString          *pending_text;
};

/* The line of the node being read; the parser's own line runs ahead. */
static int
node_line (xmlTextReaderPtr reader)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (reader);
  long line = node != NULL ? xmlGetLineNo (node) : -1;

  return line > 0 ? (int) line : xmlTextReaderGetParserLineNumber (reader);
}

static void
take_error (TxExchangeReader *self,
            GError           *error)
{
  if (self->error == NULL)
    self->error = error;
  else
    g_error_free (error);
}

static guint64
raw_offset (TxExchangeReader *self)
{
  return G_IS_SEEKABLE (self->raw) ? (guint64) g_seekable_tell (G_SEEKABLE (self->raw)) : 0;
}

static gboolean
check_size (TxExchangeReader *self)
{
  if (self->bytes > self->max_bytes)
    {
      take_error (self, g_error_new (TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_UNSAFE,
                                     _("The file is larger than %llu MiB when unpacked; it was refused."),
                                     (unsigned long long) (self->max_bytes >> 20)));
      return FALSE;
    }
  if (self->compressed && self->bytes > TX_EXCHANGE_BOMB_CHECK_BYTES &&
      self->bytes / MAX (raw_offset (self), 1) > TX_EXCHANGE_BOMB_RATIO)
    {
      take_error (self, g_error_new (TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_UNSAFE,
                                     _("The compressed file unpacks to more than %d times its size, which no exchange file does; it was refused."),
                                     TX_EXCHANGE_BOMB_RATIO));
      return FALSE;
    }
  return TRUE;
}

static int
read_cb (void *context,
         char *buffer,
         int   len)
{
  TxExchangeReader *self = context;
  GError *error = NULL;
  gssize n;

  n = g_input_stream_read (self->stream, buffer, len, self->cancellable, &error);
  if (n < 0)
    {
      take_error (self, error);
      return -1;
    }
  self->bytes += n;
  if (!check_size (self))
    return -1;
  return (int) n;
}

static int
close_cb (void *context)
{
  return 0;
}

static void
structured_error_cb (void        *data,
                     xmlErrorPtr  error)
{
  TxExchangeReader *self = data;
  g_autofree char *message = NULL;

  if (error->level < XML_ERR_ERROR)
    return;
  message = g_strchomp (g_strdup (error->message ? error->message : ""));
  take_error (self, g_error_new (TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_INVALID,
                                 _("Line %d: the file is not a valid exchange file: %s"), error->line, message));
}

static gboolean
open_streams (TxExchangeReader  *self,
              GInputStream      *input,
              GError           **error)
{
  g_autoptr(GInputStream) buffered = NULL;
  const guint8 *head;
  gsize available = 0;

  self->raw = g_object_ref (input);
  buffered = g_buffered_input_stream_new (input);
  if (g_buffered_input_stream_fill (G_BUFFERED_INPUT_STREAM (buffered), 2, self->cancellable, error) < 0)
    return FALSE;
  head = g_buffered_input_stream_peek_buffer (G_BUFFERED_INPUT_STREAM (buffered), &available);
  self->compressed = available >= 2 && head[0] == 0x1f && head[1] == 0x8b;
  if (self->compressed)
    {
      g_autoptr(GZlibDecompressor) gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);

      self->stream = g_converter_input_stream_new (buffered, G_CONVERTER (gunzip));
    }
  else
    {
      /* the parser asks for about 4 KB at a time: served from memory, a
       * plain file is read in a few hundred calls rather than tens of
       * thousands (a compressed one keeps the small buffer, so that the
       * bomb check's ratio follows the compressed bytes closely) */
      g_buffered_input_stream_set_buffer_size (G_BUFFERED_INPUT_STREAM (buffered), READ_CHUNK);
      self->stream = g_steal_pointer (&buffered);
    }
  return TRUE;
}

TxExchangeReader *
_tx_exchange_reader_new (GFile         *file,
                         guint64        max_bytes,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInputStream) input = g_file_read (file, cancellable, error);
  g_autofree char *uri = g_file_get_uri (file);

  if (input == NULL)
    return NULL;
  return _tx_exchange_reader_new_for_stream (G_INPUT_STREAM (input), uri, max_bytes, cancellable, error);
}

TxExchangeReader *
_tx_exchange_reader_new_for_stream (GInputStream  *input,
                                    const char    *uri,
                                    guint64        max_bytes,
                                    GCancellable  *cancellable,
                                    GError       **error)
{
  g_autoptr(TxExchangeReader) self = g_new0 (TxExchangeReader, 1);
  xmlRelaxNGPtr schema = tx_exchange_get_schema (error);

  if (schema == NULL)
    return NULL;
  self->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  self->patterns = _tx_exchange_get_patterns ();
  self->names = g_ptr_array_new ();
  self->pending_text = g_string_new (NULL);
  self->max_bytes = max_bytes ? max_bytes : TX_EXCHANGE_DEFAULT_MAX_BYTES;
  if (!open_streams (self, input, error))
    return NULL;
  /* no XML_PARSE_NOENT, DTDLOAD, DTDATTR, XINCLUDE or HUGE, ever */
  self->reader = xmlReaderForIO (read_cb, close_cb, self, uri, NULL, READER_OPTIONS);
  if (self->reader == NULL)
    {
      g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_FAILED,
                   _("The file could not be read."));
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (self->reader, structured_error_cb, self);
  if (xmlTextReaderRelaxNGSetSchema (self->reader, schema) != 0)
    {
      g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_FAILED,
                   _("The file could not be checked against the schema."));
      return NULL;
    }
  return g_steal_pointer (&self);
}

void
_tx_exchange_reader_free (TxExchangeReader *self)
{
  if (self == NULL)
    return;
  if (self->reader != NULL)
    xmlFreeTextReader (self->reader);
  g_clear_object (&self->stream);
  g_clear_object (&self->raw);
  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  if (self->pending_text != NULL)
    g_string_free (self->pending_text, TRUE);
  g_free (self);
}

/* Before the schema speaks: a wrong namespace or a newer version deserve
 * their own message, not "element X not expected". */
static gboolean
check_root (TxExchangeReader  *self,
            GError           **error)
{
  xmlTextReaderPtr r = self->reader;
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (r);
  const char *encoding = (const char *) xmlTextReaderConstEncoding (r);
  g_autofree char *version = (char *) xmlTextReaderGetAttribute (r, (const xmlChar *) "version");
  guint64 number = 0;

  if (g_strcmp0 (ns, TX_EXCHANGE_NAMESPACE) != 0 ||
      g_strcmp0 ((const char *) xmlTextReaderConstLocalName (r), "tongxin-exchange") != 0)
    {
      g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_INVALID,
                   _("Line %d: this is not a Tongxin exchange file (the root element is not “tongxin-exchange” in the namespace %s)."),
                   node_line (r), TX_EXCHANGE_NAMESPACE);
      return FALSE;
    }
  if (encoding != NULL && g_ascii_strcasecmp (encoding, "UTF-8") != 0)
    {
      g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_INVALID,
                   _("The file is in the encoding %s; exchange files are UTF-8."), encoding);
      return FALSE;
    }
  if (version != NULL && g_ascii_string_to_unsigned (version, 10, 0, G_MAXUINT32, &number, NULL) &&
      number > TX_EXCHANGE_VERSION)
    {
      g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_VERSION,
                   _("The file is in version %s of the exchange format; this version of Tongxin reads version %d. Update Tongxin to read it."),
                   version, TX_EXCHANGE_VERSION);
      return FALSE;
    }
  return TRUE;
}

static gboolean
refuse_value (TxExchangeReader  *self,
              const char        *name,
              const char        *value,
              GError           **error)
{
  g_autofree char *detail = g_strdup_printf (_("“%s” is not a valid value of %s"), value, name);

  g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_INVALID,
               _("Line %d: the file is not a valid exchange file: %s"), node_line (self->reader), detail);
  return FALSE;
}

/* an element opens: its attributes, and whether its text has a pattern */
static gboolean
check_element (TxExchangeReader  *self,
               GError           **error)
{
  xmlTextReaderPtr r = self->reader;
  const char *name = (const char *) xmlTextReaderConstLocalName (r);
  int depth = xmlTextReaderDepth (r);
  const char *parent = depth > 0 && (guint) depth <= self->names->len ? self->names->pdata[depth - 1] : NULL;
  g_autofree char *value = NULL;
  const char *attribute;
  const TxExchangePattern *regexp;

  g_ptr_array_set_size (self->names, depth + 1);
  self->names->pdata[depth] = (gpointer) name;
  if (g_strcmp0 ((const char *) xmlTextReaderConstNamespaceUri (r), TX_EXCHANGE_NAMESPACE) != 0)
    return TRUE;   /* the schema refuses it */
  attribute = _tx_exchange_patterns_check_attributes (self->patterns, r, &value);
  if (attribute != NULL)
    return refuse_value (self, attribute, value, error);
  regexp = _tx_exchange_patterns_for_element (self->patterns, parent, name);
  if (regexp == NULL)
    return TRUE;
  if (xmlTextReaderIsEmptyElement (r))
    return _tx_exchange_patterns_value_ok (regexp, "") || refuse_value (self, name, "", error);
  self->pending = regexp;
  self->pending_depth = depth;
  g_string_truncate (self->pending_text, 0);
  return TRUE;
}

/* The values the schema's pattern facets would check, checked with the
 * same expressions, compiled once. */
static gboolean
check_patterns (TxExchangeReader  *self,
                int                type,
                GError           **error)
{
  xmlTextReaderPtr r = self->reader;

  if (self->patterns == NULL)
    return TRUE;
  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      return check_element (self, error);
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
      if (self->pending != NULL && xmlTextReaderDepth (r) == self->pending_depth + 1)
        g_string_append (self->pending_text, (const char *) xmlTextReaderConstValue (r));
      return TRUE;
    case XML_READER_TYPE_END_ELEMENT:
      {
        const TxExchangePattern *regexp = self->pending;

        if (regexp == NULL || xmlTextReaderDepth (r) != self->pending_depth)
          return TRUE;
        self->pending = NULL;
        return _tx_exchange_patterns_value_ok (regexp, self->pending_text->str) ||
               refuse_value (self, (const char *) xmlTextReaderConstLocalName (r), self->pending_text->str, error);
      }
    default:
      return TRUE;
    }
}

int
_tx_exchange_reader_read (TxExchangeReader  *self,
                          GError           **error)
{
  int rc = xmlTextReaderRead (self->reader);
  int type;

  /* a wrong namespace or a newer version says so, before the schema
   * complains about the root element */
  if (rc == 1 && !self->root_checked && xmlTextReaderNodeType (self->reader) == XML_READER_TYPE_ELEMENT)
    {
      self->root_checked = TRUE;
      if (!check_root (self, error))
        {
          g_clear_error (&self->error);
          return -1;
        }
    }
  if (self->error == NULL && g_cancellable_set_error_if_cancelled (self->cancellable, &self->error))
    rc = -1;
  if (rc < 0 || self->error != NULL)
    {
      if (self->error != NULL)
        g_propagate_error (error, g_steal_pointer (&self->error));
      else
        g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_INVALID,
                     _("Line %d: the file is not well-formed XML or is cut short."),
                     xmlTextReaderGetParserLineNumber (self->reader));
      return -1;
    }
  if (rc == 0)
    {
      if (xmlTextReaderIsValid (self->reader) != 1)
        {
          g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_INVALID,
                       _("The file does not follow the exchange format’s schema."));
          return -1;
        }
      return 0;
    }

  type = xmlTextReaderNodeType (self->reader);
  if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY_REFERENCE ||
      type == XML_READER_TYPE_ENTITY)
    {
      g_set_error (error, TX_EXCHANGE_ERROR, TX_EXCHANGE_ERROR_UNSAFE,
                   _("Line %d: the file has a document type declaration or entities; exchange files have none, and this one was refused."),
                   node_line (self->reader));
      return -1;
    }
  if (!check_patterns (self, type, error))
    return -1;
  return 1;
}

xmlTextReaderPtr
_tx_exchange_reader_get (TxExchangeReader *self)
{
  return self->reader;
}

int
_tx_exchange_reader_line (TxExchangeReader *self)
{
  return node_line (self->reader);
}
