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
  /* "element/attribute" or "parent/element" → TxExchangePattern */
  GHashTable *attributes;
  GHashTable *elements;
  GHashTable *compiled;      /* pattern text → TxExchangePattern (owns them) */
  GHashTable *owners;        /* element name → GPtrArray of AttributeCheck */
  GHashTable *parents;       /* element names that are checked in some parent */
};

typedef struct
{
  char                    *name;
  const TxExchangePattern *regexp;
} AttributeCheck;

/* ---- the patterns every record has, matched by hand ------------------------
 * A uuid and two times on every record, a uuid for every reference: the
 * shipped schema's patterns for them are matched by a few comparisons
 * instead of xmlRegexpExec(), for exactly the pattern texts below (any
 * other text, or a changed one, goes to the regexp). An XSD pattern
 * matches the whole value; [0-9] and [0-9a-fA-F] are ASCII only.
 * /exchange/patterns-by-hand holds their verdicts to xmlRegexpExec()'s. */

typedef gboolean (*MatchFunc) (const char *value);

/* @value at @at holds @n characters of the class @hex (else digits) */
static gboolean
run_of (const char *value,
        gsize       at,
        gsize       n,
        gboolean    hex)
{
  for (gsize i = at; i < at + n; i++)
    if (!(hex ? g_ascii_isxdigit (value[i]) : g_ascii_isdigit (value[i])))
      return FALSE;
  return TRUE;
}

static gboolean
match_uuid (const char *value)
{
  return strlen (value) == 36 &&
         run_of (value, 0, 8, TRUE) && value[8] == '-' &&
         run_of (value, 9, 4, TRUE) && value[13] == '-' &&
         run_of (value, 14, 4, TRUE) && value[18] == '-' &&
         run_of (value, 19, 4, TRUE) && value[23] == '-' &&
         run_of (value, 24, 12, TRUE);
}

static gboolean
match_time (const char *value)
{
  gsize length = strlen (value);

  if (length != 20 && length != 24)
    return FALSE;
  if (!(run_of (value, 0, 4, FALSE) && value[4] == '-' &&
        run_of (value, 5, 2, FALSE) && value[7] == '-' &&
        run_of (value, 8, 2, FALSE) && value[10] == 'T' &&
        run_of (value, 11, 2, FALSE) && value[13] == ':' &&
        run_of (value, 14, 2, FALSE) && value[16] == ':' &&
        run_of (value, 17, 2, FALSE)))
    return FALSE;
  if (length == 24 && !(value[19] == '.' && run_of (value, 20, 3, FALSE)))
    return FALSE;
  return value[length - 1] == 'Z';
}

static gboolean
match_area_code (const char *value)
{
  return strlen (value) == 12 && run_of (value, 0, 12, FALSE);
}

static const struct
{
  const char *pattern;
  MatchFunc   match;
} by_hand[] = {
  { "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", match_uuid },
  { "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{3})?Z", match_time },
  { "[0-9]{12}", match_area_code },
};

struct _TxExchangePattern
{
  xmlRegexpPtr regexp;
  MatchFunc    match;     /* the same verdicts, by hand; or NULL */
};

static void
pattern_free (TxExchangePattern *pattern)
{
  xmlRegFreeRegexp (pattern->regexp);
  g_free (pattern);
}

static TxExchangePattern *
pattern_new (const char *text)
{
  xmlRegexpPtr regexp = xmlRegexpCompile ((const xmlChar *) text);
  TxExchangePattern *pattern;

  if (regexp == NULL)
    return NULL;
  pattern = g_new0 (TxExchangePattern, 1);
  pattern->regexp = regexp;
  for (guint i = 0; i < G_N_ELEMENTS (by_hand); i++)
    if (g_str_equal (text, by_hand[i].pattern))
      pattern->match = by_hand[i].match;
  return pattern;
}

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
  TxExchangePattern *regexp = g_hash_table_lookup (self->compiled, pattern);
  const char *slash = strchr (place, '/');
  g_autofree char *owner = g_strndup (place + 2, slash - (place + 2));

  if (regexp == NULL)
    {
      regexp = pattern_new (pattern);
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
  self->compiled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pattern_free);
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
matches (const TxExchangePattern *pattern,
         const char              *value)
{
  if (value == NULL)
    value = "";
  if (pattern->match != NULL)
    return pattern->match (value);
  return xmlRegexpExec (pattern->regexp, (const xmlChar *) value) == 1;
}

const TxExchangePattern *
_tx_exchange_patterns_for_element (const TxExchangePatterns *self,
                                   const char               *parent,
                                   const char               *name)
{
  char place[256];

  if (self == NULL || !g_hash_table_contains (self->parents, name))
    return NULL;
  if (g_snprintf (place, sizeof place, "%s/%s", parent ? parent : "", name) >= (int) sizeof place)
    {
      g_autofree char *long_place = g_strconcat (parent ? parent : "", "/", name, NULL);

      return g_hash_table_lookup (self->elements, long_place);
    }
  return g_hash_table_lookup (self->elements, place);
}

gboolean
_tx_exchange_patterns_value_ok (const TxExchangePattern *pattern,
                                const char              *value)
{
  return matches (pattern, value);
}

/* the pattern of the attribute @name of @element, or NULL */
const TxExchangePattern *
_tx_exchange_patterns_for_attribute (const TxExchangePatterns *self,
                                     const char               *element,
                                     const char               *name)
{
  g_autofree char *place = g_strconcat (element, "/", name, NULL);

  return self ? g_hash_table_lookup (self->attributes, place) : NULL;
}

gboolean
_tx_exchange_pattern_is_by_hand (const TxExchangePattern *pattern)
{
  return pattern->match != NULL;
}

/* xmlRegexpExec()'s verdict alone, for the tests */
gboolean
_tx_exchange_pattern_regexp_ok (const TxExchangePattern *pattern,
                                const char              *value)
{
  return xmlRegexpExec (pattern->regexp, (const xmlChar *) (value ? value : "")) == 1;
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
