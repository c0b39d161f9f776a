/* tx-bar-chart.c — a bar chart drawn with cairo in the theme's colours
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "tx-bar-chart.h"

#define ROW_HEIGHT       24   /* across: one bar */
#define UPRIGHT_HEIGHT   170
#define LABEL_SHARE      0.32 /* across: the width the labels take */
#define PAD              6

typedef struct
{
  char   *label;
  char   *ref;
  gint64  value;
} Bar;

struct _TxBarChart
{
  GtkWidget  parent_instance;

  GArray    *bars;        /* Bar */
  char      *title;
  gboolean   horizontal;
  gboolean   clickable;
  int        focused;     /* the bar the keys move, -1 none */
  int        hovered;
};

enum { PROP_0, PROP_TITLE, PROP_HORIZONTAL, PROP_CLICKABLE, N_PROPS };
enum { BAR_ACTIVATED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TxBarChart, tx_bar_chart, GTK_TYPE_WIDGET)

static void
bar_clear (gpointer data)
{
  Bar *bar = data;

  g_free (bar->label);
  g_free (bar->ref);
}

static gint64
max_value (TxBarChart *self)
{
  gint64 max = 0;

  for (guint i = 0; i < self->bars->len; i++)
    max = MAX (max, g_array_index (self->bars, Bar, i).value);
  return max;
}

/* ---- colours -------------------------------------------------------------- */

/* The accent of the theme (Adwaita's accent_bg_color, light and dark), else
 * the selection colour; the text colour is the widget's own. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
theme_colours (GtkWidget *widget,
               GdkRGBA   *fg,
               GdkRGBA   *accent)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (style, fg);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", accent) &&
      !gtk_style_context_lookup_color (style, "theme_selected_bg_color", accent))
    gdk_rgba_parse (accent, "#3584e4");
}
G_GNUC_END_IGNORE_DEPRECATIONS

/* ---- geometry ------------------------------------------------------------------ */

static void
bar_rect (TxBarChart      *self,
          guint            index,
          graphene_rect_t *slot)   /* the whole row or column of the bar */
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  guint n = MAX (self->bars->len, 1);

  if (self->horizontal)
    graphene_rect_init (slot, 0, index * ROW_HEIGHT, width, ROW_HEIGHT);
  else
    graphene_rect_init (slot, index * width / n, 0, width / n, height);
}

int
tx_bar_chart_bar_at (TxBarChart *self,
                     double      x,
                     double      y)
{
  g_return_val_if_fail (TX_IS_BAR_CHART (self), -1);

  for (guint i = 0; i < self->bars->len; i++)
    {
      graphene_rect_t slot;

      bar_rect (self, i, &slot);
      if (graphene_rect_contains_point (&slot, &GRAPHENE_POINT_INIT (x, y)))
        return i;
    }
  return -1;
}

/* ---- drawing ---------------------------------------------------------------------- */

static void
draw_text (TxBarChart  *self,
           cairo_t     *cr,
           const char  *text,
           double       x,
           double       y,
           double       width,
           double       xalign)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int text_width, text_height;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  cairo_move_to (cr, x + MAX (0, (width - text_width) * xalign), y - text_height / 2.0);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
draw_across (TxBarChart    *self,
             cairo_t       *cr,
             const GdkRGBA *fg,
             const GdkRGBA *accent)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double label_width = width * LABEL_SHARE;
  double room = width - label_width - 3 * PAD - 48;   /* 48: the value after the bar */
  gint64 max = max_value (self);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      double middle = i * ROW_HEIGHT + ROW_HEIGHT / 2.0;
      double length = max > 0 ? room * bar->value / max : 0;
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, bar->value);
      gboolean lit = (int) i == self->focused || (int) i == self->hovered;

      gdk_cairo_set_source_rgba (cr, fg);
      draw_text (self, cr, bar->label, 0, middle, label_width, 1.0);
      cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, lit ? 1.0 : 0.8);
      cairo_rectangle (cr, label_width + PAD, middle - ROW_HEIGHT * 0.35, MAX (length, bar->value > 0 ? 2 : 0),
                       ROW_HEIGHT * 0.7);
      cairo_fill (cr);
      gdk_cairo_set_source_rgba (cr, fg);
      draw_text (self, cr, value, label_width + 2 * PAD + length, middle, 48, 0.0);
    }
}

static void
draw_upright (TxBarChart    *self,
              cairo_t       *cr,
              const GdkRGBA *fg,
              const GdkRGBA *accent)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double base = height - 22;           /* the labels go under it */
  double room = base - 22;             /* the values go over the bars */
  gint64 max = max_value (self);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      graphene_rect_t slot;
      double length = max > 0 ? room * bar->value / max : 0;
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, bar->value);
      gboolean lit = (int) i == self->focused || (int) i == self->hovered;
      double bar_width;

      bar_rect (self, i, &slot);
      bar_width = slot.size.width * 0.6;
      cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, lit ? 1.0 : 0.8);
      cairo_rectangle (cr, slot.origin.x + (slot.size.width - bar_width) / 2, base - length, bar_width, length);
      cairo_fill (cr);
      gdk_cairo_set_source_rgba (cr, fg);
      draw_text (self, cr, value, slot.origin.x, base - length - 10, slot.size.width, 0.5);
      draw_text (self, cr, bar->label, slot.origin.x, base + 11, slot.size.width, 0.5);
    }
  /* the base line */
  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.3);
  cairo_rectangle (cr, 0, base, gtk_widget_get_width (GTK_WIDGET (self)), 1);
  cairo_fill (cr);
}

static void
tx_bar_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  TxBarChart *self = TX_BAR_CHART (widget);
  graphene_rect_t bounds;
  GdkRGBA fg, accent;
  cairo_t *cr;

  graphene_rect_init (&bounds, 0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  theme_colours (widget, &fg, &accent);
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  if (self->horizontal)
    draw_across (self, cr, &fg, &accent);
  else
    draw_upright (self, cr, &fg, &accent);
  if (self->focused >= 0 && gtk_widget_has_focus (widget))
    {
      graphene_rect_t slot;

      bar_rect (self, self->focused, &slot);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1.0);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, slot.origin.x + 1, slot.origin.y + 1, slot.size.width - 2, slot.size.height - 2);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

static void
tx_bar_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  TxBarChart *self = TX_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 320;
    }
  else
    *minimum = *natural = self->horizontal ? (int) MAX (1, self->bars->len) * ROW_HEIGHT : UPRIGHT_HEIGHT;
}

/* ---- interaction and accessibility ---------------------------------------------- */

static void
update_accessible (TxBarChart *self)
{
  GString *description = g_string_new (NULL);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);

      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, bar->value);

      if (i > 0)
        /* TRANSLATORS: between the bars of a chart's spoken description */
        g_string_append (description, _("; "));
      /* TRANSLATORS: one bar of a chart, spoken: label and value */
      g_string_append_printf (description, _("%s: %s"), bar->label, value);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title ? self->title : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  g_string_free (description, TRUE);
}

void
tx_bar_chart_activate_bar (TxBarChart *self,
                           guint       index)
{
  g_return_if_fail (TX_IS_BAR_CHART (self));

  if (index >= self->bars->len || !self->clickable)
    return;
  g_signal_emit (self, signals[BAR_ACTIVATED], 0, index, g_array_index (self->bars, Bar, index).ref);
}

static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             TxBarChart      *self)
{
  int index = tx_bar_chart_bar_at (self, x, y);

  if (index < 0)
    return;
  self->focused = index;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  tx_bar_chart_activate_bar (self, index);
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           TxBarChart               *self)
{
  int index = self->clickable ? tx_bar_chart_bar_at (self, x, y) : -1;

  if (index == self->hovered)
    return;
  self->hovered = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_leave (GtkEventControllerMotion *motion,
          TxBarChart               *self)
{
  self->hovered = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_key_pressed (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TxBarChart            *self)
{
  int n = self->bars->len;

  if (n == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Up: case GDK_KEY_Left:
      self->focused = self->focused <= 0 ? 0 : self->focused - 1;
      break;
    case GDK_KEY_Down: case GDK_KEY_Right:
      self->focused = MIN (self->focused + 1, n - 1);
      break;
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_space:
      tx_bar_chart_activate_bar (self, MAX (self->focused, 0));
      return TRUE;
    default:
      return FALSE;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

/* ---- GObject ---------------------------------------------------------------------- */

static void
set_clickable (TxBarChart *self,
               gboolean    clickable)
{
  self->clickable = clickable;
  gtk_widget_set_focusable (GTK_WIDGET (self), clickable);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), clickable ? "pointer" : NULL);
}

static void
tx_bar_chart_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TxBarChart *self = TX_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      if (g_strcmp0 (self->title, g_value_get_string (value)) == 0)
        return;
      g_free (self->title);
      self->title = g_value_dup_string (value);
      update_accessible (self);
      break;
    case PROP_HORIZONTAL:
      if (self->horizontal == g_value_get_boolean (value))
        return;
      self->horizontal = g_value_get_boolean (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_CLICKABLE:
      if (self->clickable == g_value_get_boolean (value))
        return;
      set_clickable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_object_notify_by_pspec (object, pspec);
}

static void
tx_bar_chart_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TxBarChart *self = TX_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_HORIZONTAL:
      g_value_set_boolean (value, self->horizontal);
      break;
    case PROP_CLICKABLE:
      g_value_set_boolean (value, self->clickable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_bar_chart_finalize (GObject *object)
{
  TxBarChart *self = TX_BAR_CHART (object);

  g_array_unref (self->bars);
  g_free (self->title);
  G_OBJECT_CLASS (tx_bar_chart_parent_class)->finalize (object);
}

static void
tx_bar_chart_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TX_TYPE_BAR_CHART);
  G_OBJECT_CLASS (tx_bar_chart_parent_class)->dispose (object);
}

static void
tx_bar_chart_class_init (TxBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->set_property = tx_bar_chart_set_property;
  object_class->get_property = tx_bar_chart_get_property;
  object_class->dispose = tx_bar_chart_dispose;
  object_class->finalize = tx_bar_chart_finalize;
  widget_class->snapshot = tx_bar_chart_snapshot;
  widget_class->measure = tx_bar_chart_measure;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_HORIZONTAL] = g_param_spec_boolean ("horizontal", NULL, NULL, FALSE, flags);
  properties[PROP_CLICKABLE] = g_param_spec_boolean ("clickable", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[BAR_ACTIVATED] = g_signal_new ("bar-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-bar-chart.ui");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "barchart");
}

static void
tx_bar_chart_init (TxBarChart *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, bar_clear);
  self->focused = -1;
  self->hovered = -1;
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

void
tx_bar_chart_set_figures (TxBarChart *self,
                          GPtrArray  *figures)
{
  g_return_if_fail (TX_IS_BAR_CHART (self));

  g_array_set_size (self->bars, 0);
  for (guint i = 0; figures != NULL && i < figures->len; i++)
    {
      const TxFigure *figure = g_ptr_array_index (figures, i);
      Bar bar = { g_strdup (figure->label), g_strdup (figure->ref), figure->value };

      g_array_append_val (self->bars, bar);
    }
  self->focused = MIN (self->focused, (int) self->bars->len - 1);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
tx_bar_chart_get_n_bars (TxBarChart *self)
{
  g_return_val_if_fail (TX_IS_BAR_CHART (self), 0);
  return self->bars->len;
}

gint64
tx_bar_chart_get_value (TxBarChart *self,
                        guint       index)
{
  g_return_val_if_fail (TX_IS_BAR_CHART (self) && index < self->bars->len, -1);
  return g_array_index (self->bars, Bar, index).value;
}

const char *
tx_bar_chart_get_ref (TxBarChart *self,
                      guint       index)
{
  g_return_val_if_fail (TX_IS_BAR_CHART (self) && index < self->bars->len, NULL);
  return g_array_index (self->bars, Bar, index).ref;
}
