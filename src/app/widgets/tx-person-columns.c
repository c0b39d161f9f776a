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

/* ---- cells of a GtkSignalListItemFactory ---------------------------------
 *
 * A list of people in a column view of GTK 4.8 keeps about 200 rows of
 * cells and, at each search or scroll, binds all of them to other people
 * and measures them again.  A cell here is a GtkInscription, which sizes
 * itself from the font rather than from its text (an ellipsized GtkLabel
 * shapes its text twice to measure it, for the widest and the narrowest
 * size: most of a scroll's time), set from C (a GtkBuilderListItemFactory's
 * expression binding costs as much again in watches, closures and
 * notifications, and parses its template for each cell).  Each factory in
 * the .ui names one setup and one bind below. */

static GtkInscription *
new_cell (GtkListItem *item)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 0);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_list_item_set_child (item, cell);
  return GTK_INSCRIPTION (cell);
}

static void
tx_person_cell_setup (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  new_cell (item);
}

/* the cell's whole text as its tooltip, when the cell cuts it off */
static gboolean
on_cell_query_tooltip (GtkWidget  *cell,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (cell));
  g_autoptr(PangoLayout) layout = NULL;
  int width;

  if (text == NULL || *text == '\0')
    return FALSE;
  layout = gtk_widget_create_pango_layout (cell, text);
  pango_layout_get_pixel_size (layout, &width, NULL);
  if (width <= gtk_widget_get_width (cell))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
tx_person_cell_setup_tooltip (GtkSignalListItemFactory *factory,
                              GtkListItem              *item,
                              gpointer                  user_data)
{
  GtkInscription *cell = new_cell (item);

  gtk_widget_set_has_tooltip (GTK_WIDGET (cell), TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_cell_query_tooltip), NULL);
}

/* @text (owned) in the cell of @item */
static void
set_cell_text (GtkListItem *item,
               char        *text)
{
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
  g_free (text);
}

static TxPerson *
cell_person (GtkListItem *item)
{
  return TX_PERSON (gtk_list_item_get_item (item));
}

static void
tx_person_cell_bind_name (GtkSignalListItemFactory *factory,
                          GtkListItem              *item,
                          gpointer                  user_data)
{
  set_cell_text (item, tx_person_text (NULL, tx_person_get_name (cell_person (item))));
}

static void
tx_person_cell_bind_gender (GtkSignalListItemFactory *factory,
                            GtkListItem              *item,
                            gpointer                  user_data)
{
  set_cell_text (item, tx_person_code_name (NULL, tx_person_get_gender (cell_person (item)), TX_CODE_GENDER));
}

static void
tx_person_cell_bind_birth_date (GtkSignalListItemFactory *factory,
                                GtkListItem              *item,
                                gpointer                  user_data)
{
  set_cell_text (item, tx_person_date (NULL, tx_person_get_birth_date (cell_person (item))));
}

static void
tx_person_cell_bind_categories (GtkSignalListItemFactory *factory,
                                GtkListItem              *item,
                                gpointer                  user_data)
{
  set_cell_text (item, tx_person_categories (NULL, gtk_list_item_get_item (item)));
}

static void
tx_person_cell_bind_community (GtkSignalListItemFactory *factory,
                               GtkListItem              *item,
                               gpointer                  user_data)
{
  char *name = NULL;

  g_object_get (gtk_list_item_get_item (item), "community-name", &name, NULL);
  set_cell_text (item, name != NULL ? name : g_strdup (""));
}

static void
tx_person_cell_bind_work (GtkSignalListItemFactory *factory,
                          GtkListItem              *item,
                          gpointer                  user_data)
{
  TxPerson *person = cell_person (item);

  set_cell_text (item, tx_person_work (NULL, tx_person_get_work_unit (person), tx_person_get_work_post (person)));
}

static void
tx_person_cell_bind_phone_masked (GtkSignalListItemFactory *factory,
                                  GtkListItem              *item,
                                  gpointer                  user_data)
{
  set_cell_text (item, tx_person_phone_masked (NULL, tx_person_get_phone (cell_person (item))));
}

static void
tx_person_cell_bind_phone (GtkSignalListItemFactory *factory,
                           GtkListItem              *item,
                           gpointer                  user_data)
{
  set_cell_text (item, tx_person_text (NULL, tx_person_get_phone (cell_person (item))));
}

static void
tx_person_cell_bind_mark (GtkSignalListItemFactory *factory,
                          GtkListItem              *item,
                          gpointer                  user_data)
{
  TxPerson *person = cell_person (item);

  set_cell_text (item, tx_person_mark (NULL, tx_person_get_representative (person), tx_person_get_key_person (person)));
}

static void
tx_person_cell_bind_status (GtkSignalListItemFactory *factory,
                            GtkListItem              *item,
                            gpointer                  user_data)
{
  set_cell_text (item, tx_person_code_name (NULL, tx_person_get_status (cell_person (item)), TX_CODE_PERSON_STATUS));
}

static void
bind_cells (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, tx_person_cell_setup);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_cell_setup_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_cell_bind_name);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_cell_bind_gender);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_cell_bind_birth_date);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_cell_bind_categories);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_cell_bind_community);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_cell_bind_work);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_cell_bind_phone_masked);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_cell_bind_phone);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_cell_bind_mark);
  gtk_widget_class_bind_template_callback (widget_class, tx_person_cell_bind_status);
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
  bind_cells (widget_class);
}
