/* tx-exchange-patterns.c — the schema's pattern facets, compiled once
 *
 * libxml2's RelaxNG validator compiles a `pattern` facet into a regular
 * expression again for every value it checks (xmlRelaxNGSchemaFacetCheck:
 * xmlSchemaCheckFacet → xmlRegexpCompile, then frees it): on a
 * 100,000-person file that is most of the validation's time, for the
 * uuids and times of every record.
 *
 * So the schema is parsed from a copy without those facets, and the
 * reader checks the same values itself with the same engine: each pattern
 * compiled once by xmlRegexpCompile() and run by xmlRegexpExec(), which is
 * what libxml2's facet check does with the value. The shipped schema is
 * unchanged (xmllint and other readers see it whole).
 *
 * A facet is taken out only where the value it checks is known by name:
 * an attribute (its element's name and its own) or an element (its
 * parent's name and its own) whose content is nothing but that one
 * <data>, through <ref>s. A facet reached in any other way (under a
 * <choice>, beside other content, under an element without a plain name)
 * stays in the schema, and so does one whose place is also reached with
 * other content.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <libxml/xmlregexp.h>

#include "tx-exchange-private.h"

#define RNG_NS "http://relaxng.org/ns/structure/1.0"
#define MAX_REF_DEPTH 64

struct _TxExchangePatterns
{
  /* "element/attribute" or "parent/element" → xmlRegexpPtr */
  GHashTable *attributes;
  GHashTable *elements;
  GHashTable *compiled;      /* pattern text → xmlRegexpPtr (owns them) */
  GHashTable *owners;        /* element name → GPtrArray of AttributeCheck */
  GHashTable *parents;       /* element names that are checked in some parent */
};

typedef struct
{
  char         *name;
  xmlRegexpPtr  regexp;
} AttributeCheck;

static void
attribute_check_free (AttributeCheck *check)
{
  g_free (check->name);
  g_free (check);
}

typedef struct
{
  GHashTable *defines;       /* name → xmlNodePtr <define> */
  GHashTable *places;        /* "A:owner/name" or "E:parent/name" → pattern text, "" for other content */
  GHashTable *conflicts;     /* places reached with two different contents */
  GHashTable *facets;        /* xmlNodePtr <param> → GPtrArray of places (NULL: must stay) */
} Walk;

static gboolean
is_rng (xmlNodePtr node,
        const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, RNG_NS) == 0 &&
         (name == NULL || strcmp ((const char *) node->name, name) == 0);
}

static xmlNodePtr
only_child (xmlNodePtr node)
{
  xmlNodePtr found = NULL;

  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      {
        if (found != NULL)
          return NULL;
        found = c;
      }
  return found;
}

static char *
name_of (xmlNodePtr node)
{
  xmlChar *name = xmlGetProp (node, (const xmlChar *) "name");
  char *copy = name ? g_strstrip (g_strdup ((const char *) name)) : NULL;

  xmlFree (name);
  return copy;
}

/* the <param name="pattern"> of a <data>, or NULL */
static xmlNodePtr
pattern_param (xmlNodePtr data)
{
  for (xmlNodePtr c = data->children; c != NULL; c = c->next)
    if (is_rng (c, "param"))
      {
        g_autofree char *name = name_of (c);

        if (g_strcmp0 (name, "pattern") == 0)
          return c;
      }
  return NULL;
}

/* What is at @place: a pattern (its text) or other content (""). */
static void
note_place (Walk       *walk,
            const char *place,
            const char *content)
{
  const char *known = g_hash_table_lookup (walk->places, place);

  if (known == NULL)
    g_hash_table_insert (walk->places, g_strdup (place), g_strdup (content));
  else if (strcmp (known, content) != 0)
    g_hash_table_add (walk->conflicts, g_strdup (place));
}

static void
note_facet (Walk       *walk,
            xmlNodePtr  param,
            const char *place)
{
  GPtrArray *places;

  if (!g_hash_table_lookup_extended (walk->facets, param, NULL, (gpointer *) &places))
    {
      places = place ? g_ptr_array_new_with_free_func (g_free) : NULL;
      g_hash_table_insert (walk->facets, param, places);
    }
  else if (places != NULL && place == NULL)
    {
      g_hash_table_insert (walk->facets, param, NULL);   /* frees the list */
      places = NULL;
    }
  if (places != NULL && place != NULL)
    g_ptr_array_add (places, g_strdup (place));
}

/* The one <data> that is all of @node's content, through <ref>s; NULL
 * for anything else. */
static xmlNodePtr
sole_data (Walk       *walk,
           xmlNodePtr  node)
{
  xmlNodePtr child = only_child (node);

  for (guint depth = 0; child != NULL && depth < MAX_REF_DEPTH; depth++)
    {
      g_autofree char *name = NULL;
      xmlNodePtr define;

      if (is_rng (child, "data"))
        return child;
      if (!is_rng (child, "ref"))
        return NULL;
      name = name_of (child);
      define = name ? g_hash_table_lookup (walk->defines, name) : NULL;
      child = define ? only_child (define) : NULL;
    }
  return NULL;
}

static void walk_children (Walk *walk, xmlNodePtr node, const char *element, guint depth);

/* an <element> or <attribute> named @name in @element */
static void
walk_named (Walk       *walk,
            xmlNodePtr  node,
            const char *element,
            guint       depth)
{
  gboolean attribute = is_rng (node, "attribute");
  g_autofree char *name = name_of (node);
  xmlNodePtr data = sole_data (walk, node);
  xmlNodePtr param = data ? pattern_param (data) : NULL;

  if (name != NULL && (element != NULL || !attribute))
    {
      g_autofree char *place = g_strdup_printf ("%c:%s/%s", attribute ? 'A' : 'E', element ? element : "", name);
      g_autofree char *pattern = param ? (char *) xmlNodeGetContent (param) : NULL;

      note_place (walk, place, pattern ? pattern : "");
      if (param != NULL)
        {
          note_facet (walk, param, place);
          return;   /* nothing else is inside */
        }
    }
  /* an element's name is the place of what it holds; an attribute
   * without a name leaves it unknown */
  walk_children (walk, node, attribute ? NULL : name, depth);
}

static void
walk_children (Walk       *walk,
               xmlNodePtr  node,
               const char *element,
               guint       depth)
{
  if (depth > MAX_REF_DEPTH)
    return;
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      if (is_rng (c, "element") || is_rng (c, "attribute"))
        walk_named (walk, c, element, depth + 1);
      else if (is_rng (c, "ref"))
        {
          g_autofree char *name = name_of (c);
          xmlNodePtr define = name ? g_hash_table_lookup (walk->defines, name) : NULL;

          if (define != NULL)
            walk_children (walk, define, element, depth + 1);
        }
      else if (is_rng (c, "data"))
        {
          xmlNodePtr param = pattern_param (c);

          /* reached here, not as the sole content of a named place:
           * libxml2 keeps checking it */
          if (param != NULL)
            note_facet (walk, param, NULL);
        }
      else if (c->type == XML_ELEMENT_NODE && !is_rng (c, "define"))
        walk_children (walk, c, element, depth + 1);
    }
}

static void
collect_defines (GHashTable *defines,
                 xmlNodePtr  node)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (is_rng (c, "define"))
      {
        char *name = name_of (c);

        /* combine="…" defines are beyond this: none is taken apart */
        if (name != NULL && !xmlHasProp (c, (const xmlChar *) "combine") && !g_hash_table_contains (defines, name))
          g_hash_table_insert (defines, name, c);
        else
          {
            g_free (name);
            g_hash_table_insert (defines, g_strdup (""), NULL);
          }
      }
    else if (is_rng (c, "div"))
      collect_defines (defines, c);
}

/* Every place of @param is known and uncontested. */
static gboolean
facet_can_go (Walk      *walk,
              GPtrArray *places)
{
  if (places == NULL || places->len == 0)
    return FALSE;
  for (guint i = 0; i < places->len; i++)
    if (g_hash_table_contains (walk->conflicts, places->pdata[i]))
      return FALSE;
  return TRUE;
}

static void
add_check (TxExchangePatterns *self,
           const char         *place,
           const char         *pattern)
{
  xmlRegexpPtr regexp = g_hash_table_lookup (self->compiled, pattern);
  const char *slash = strchr (place, '/');
  g_autofree char *owner = g_strndup (place + 2, slash - (place + 2));

  if (regexp == NULL)
    {
      regexp = xmlRegexpCompile ((const xmlChar *) pattern);
      if (regexp == NULL)
        return;
      g_hash_table_insert (self->compiled, g_strdup (pattern), regexp);
    }
  if (place[0] == 'A')
    {
      GPtrArray *checks = g_hash_table_lookup (self->owners, owner);
      AttributeCheck *check = g_new0 (AttributeCheck, 1);

      if (checks == NULL)
        {
          checks = g_ptr_array_new_with_free_func ((GDestroyNotify) attribute_check_free);
          g_hash_table_insert (self->owners, g_strdup (owner), checks);
        }
      check->name = g_strdup (slash + 1);
      check->regexp = regexp;
      g_ptr_array_add (checks, check);
      g_hash_table_insert (self->attributes, g_strdup (place + 2), regexp);
    }
  else
    {
      g_hash_table_insert (self->elements, g_strdup (place + 2), regexp);
      g_hash_table_add (self->parents, g_strdup (slash + 1));
    }
}

static TxExchangePatterns *
patterns_new (void)
{
  TxExchangePatterns *self = g_new0 (TxExchangePatterns, 1);

  self->attributes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->elements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->compiled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) xmlRegFreeRegexp);
  self->owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->parents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

/* Takes the facets it can check out of @doc, and returns the checks. A
 * facet whose pattern libxml2 cannot compile stays in the schema. */
static TxExchangePatterns *
take_out_facets (xmlDocPtr doc)
{
  TxExchangePatterns *self = patterns_new ();
  xmlNodePtr root = xmlDocGetRootElement (doc);
  Walk walk = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_ptr_array_unref),
  };
  GHashTableIter iter;
  gpointer param, places;

  if (root == NULL || !is_rng (root, "grammar"))
    goto done;
  collect_defines (walk.defines, root);
  if (g_hash_table_contains (walk.defines, ""))
    goto done;
  walk_children (&walk, root, NULL, 0);

  g_hash_table_iter_init (&iter, walk.facets);
  while (g_hash_table_iter_next (&iter, &param, &places))
    {
      g_autofree char *pattern = (char *) xmlNodeGetContent (param);

      if (!facet_can_go (&walk, places))
        continue;
      for (guint i = 0; i < ((GPtrArray *) places)->len; i++)
        add_check (self, ((GPtrArray *) places)->pdata[i], pattern);
      if (g_hash_table_contains (self->compiled, pattern))
        {
          xmlUnlinkNode (param);
          xmlFreeNode (param);
        }
    }

done:
  g_hash_table_unref (walk.defines);
  g_hash_table_unref (walk.places);
  g_hash_table_unref (walk.conflicts);
  g_hash_table_unref (walk.facets);
  return self;
}

xmlRelaxNGPtr
_tx_exchange_schema_parse (const char          *data,
                           gsize                size,
                           TxExchangePatterns **patterns)
{
  xmlDocPtr doc = xmlReadMemory (data, (int) size, "tongxin-exchange-1.rng", NULL, XML_PARSE_NONET);
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr schema;

  *patterns = NULL;
  if (doc == NULL)
    return NULL;
  *patterns = take_out_facets (doc);
  parser = xmlRelaxNGNewDocParserCtxt (doc);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  xmlFreeDoc (doc);
  return schema;
}

/* ---- checking, as the reader goes ------------------------------------------ */

static gboolean
matches (xmlRegexpPtr  regexp,
         const char   *value)
{
  return xmlRegexpExec (regexp, (const xmlChar *) (value ? value : "")) == 1;
}

xmlRegexpPtr
_tx_exchange_patterns_for_element (const TxExchangePatterns *self,
                                   const char               *parent,
                                   const char               *name)
{
  g_autofree char *place = NULL;

  if (self == NULL || !g_hash_table_contains (self->parents, name))
    return NULL;
  place = g_strconcat (parent ? parent : "", "/", name, NULL);
  return g_hash_table_lookup (self->elements, place);
}

gboolean
_tx_exchange_patterns_value_ok (xmlRegexpPtr  regexp,
                                const char   *value)
{
  return matches (regexp, value);
}

/* The first attribute of the element at @reader that its pattern refuses
 * (its name; @value is set to a copy of the value), or NULL. */
const char *
_tx_exchange_patterns_check_attributes (const TxExchangePatterns  *self,
                                        xmlTextReaderPtr           reader,
                                        char                     **value)
{
  const char *element = (const char *) xmlTextReaderConstLocalName (reader);
  GPtrArray *checks = self ? g_hash_table_lookup (self->owners, element) : NULL;

  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      const AttributeCheck *check = checks->pdata[i];
      xmlChar *text = xmlTextReaderGetAttribute (reader, (const xmlChar *) check->name);

      if (text != NULL && !matches (check->regexp, (const char *) text))
        {
          *value = g_strdup ((const char *) text);
          xmlFree (text);
          return check->name;
        }
      xmlFree (text);
    }
  return NULL;
}

/* how many places (attributes and elements) the reader checks */
guint
_tx_exchange_patterns_n_checks (const TxExchangePatterns *self)
{
  return self ? g_hash_table_size (self->attributes) + g_hash_table_size (self->elements) : 0;
}
