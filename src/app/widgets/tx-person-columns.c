/* tx-person-columns.c — the cells of a list of people
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "core/model/tx-codes.h"
#include "core/model/tx-person.h"

#include "app/tx-app-util.h"
#include "tx-person-columns.h"

static char *
tx_person_text (gpointer    this,
                const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

static char *
tx_person_code_name (gpointer    this,
                     const char *code,
                     const char *kind)
{
  const char *name;

  if (code == NULL)
    return g_strdup ("");
  name = tx_code_table_name (kind, code);
  return g_strdup (name != NULL ? name : code);
}

static char *
tx_person_date (gpointer    this,
                const char *iso)
{
  return tx_format_date (iso);
}

static char *
tx_person_categories (gpointer  this,
                      GObject  *item)
{
  g_auto(GStrv) codes = NULL;
  GString *text;

  if (!TX_IS_PERSON (item))
    return g_strdup ("");
  codes = tx_person_dup_categories (TX_PERSON (item));
  text = g_string_new (NULL);
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      const char *name = tx_code_table_name (TX_CODE_CATEGORY, codes[i]);

      if (text->len > 0)
        g_string_append (text, "、");
      g_string_append (text, name != NULL ? name : codes[i]);
    }
  return g_string_free (text, FALSE);
}

static char *
tx_person_work (gpointer    this,
                const char *unit,
                const char *post)
{
  if (unit != NULL && post != NULL)
    return g_strconcat (unit, " ", post, NULL);
  return g_strdup (unit != NULL ? unit : post != NULL ? post : "");
}

static char *
tx_person_phone_masked (gpointer    this,
                        const char *phone)
{
  return phone != NULL ? tx_mask_phone (phone) : g_strdup ("");
}

static char *
tx_person_mark (gpointer this,
                gboolean representative,
                gboolean key_person)
{
  if (representative && key_person)
    return g_strdup_printf ("★ %s", C_("key person mark", "Key"));
  if (representative)
    return g_strdup ("★");
  if (key_person)
    return g_strdup (C_("key person mark", "Key"));
  return g_strdup ("");
}

void
tx_person_columns_bind_closures (GtkWidgetClass *widget_class)
{
  g_type_ensure (TX_TYPE_PERSON);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_text);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_code_name);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_date);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_categories);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_work);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_phone_masked);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_mark);
}
