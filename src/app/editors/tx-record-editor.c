/* tx-record-editor.c — the window every record editor is
 *
 * One save path (read the form, check it, save with the conflict check),
 * one conflict answer (the bar above the form: 重新载入 or 覆盖), one way
 * to know whether the form changed (what its inputs hold, compared with
 * what they held after filling) and one question before edits are lost,
 * asked by Escape, 取消 and the window's close button alike.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "app/tx-app-util.h"
#include "app/tx-window.h"
#include "app/widgets/tx-choice-item.h"
#include "app/widgets/tx-code-drop-down.h"
#include "app/widgets/tx-community-drop-down.h"
#include "app/widgets/tx-date-entry.h"
#include "app/widgets/tx-person-field.h"
#include "tx-record-editor.h"

typedef struct
{
  TxDatabase  *db;
  TxRecord    *record;
  char        *form;          /* the inputs after filling or saving */
  GtkWidget   *question;      /* the open discard question */
  gboolean     may_close;

  /* template */
  GtkBox      *content;
  GtkRevealer *conflict_bar;
  GtkLabel    *conflict_label;
} TxRecordEditorPrivate;

static void tx_record_editor_buildable_init (GtkBuildableIface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (TxRecordEditor, tx_record_editor, GTK_TYPE_WINDOW,
                                  G_ADD_PRIVATE (TxRecordEditor)
                                  G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, tx_record_editor_buildable_init))

enum
{
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

enum
{
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];
static GtkBuildableIface *parent_buildable_iface;

#define PRIV(self) ((TxRecordEditorPrivate *) tx_record_editor_get_instance_private (TX_RECORD_EDITOR (self)))

/* ---- the subclass's form goes below the conflict bar ----------------------- */

static void
tx_record_editor_add_child (GtkBuildable *buildable,
                            GtkBuilder   *builder,
                            GObject      *child,
                            const char   *type)
{
  TxRecordEditorPrivate *priv = PRIV (buildable);

  /* the base's own template child arrives before the box is bound */
  if (priv->content != NULL && type == NULL && GTK_IS_WIDGET (child))
    {
      gtk_widget_set_vexpand (GTK_WIDGET (child), TRUE);
      gtk_box_append (priv->content, GTK_WIDGET (child));
      return;
    }
  parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
tx_record_editor_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = tx_record_editor_add_child;
}

/* ---- what the form holds --------------------------------------------------- */

static void
append_text_view (GtkTextView *view,
                  GString     *out)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_string_append_printf (out, "v%s\x1f", text);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* What the user can change, as text: two forms are the same when their
 * fingerprints are. Popovers are skipped (a drop-down builds its list the
 * first time it opens); a picture counts by the image it shows. */
static void
append_fingerprint (GtkWidget *widget,
                    GString   *out)
{
  gboolean is_list = GTK_IS_LIST_BOX (widget) || GTK_IS_FLOW_BOX (widget);

  if (GTK_IS_POPOVER (widget))
    return;
  if (GTK_IS_TEXT (widget))
    g_string_append_printf (out, "t%s\x1f", gtk_editable_get_text (GTK_EDITABLE (widget)));
  else if (GTK_IS_TEXT_VIEW (widget))
    append_text_view (GTK_TEXT_VIEW (widget), out);
  else if (GTK_IS_DROP_DOWN (widget))
    g_string_append_printf (out, "d%u\x1f", gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)));
  else if (GTK_IS_CHECK_BUTTON (widget))
    g_string_append_printf (out, "c%d\x1f", gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
  else if (GTK_IS_PICTURE (widget))
    g_string_append_printf (out, "p%p\x1f", (gpointer) gtk_picture_get_paintable (GTK_PICTURE (widget)));
  /* a row of labels (a step in a history) counts too */
  if (is_list)
    g_string_append_printf (out, "[%u", count_children (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    append_fingerprint (child, out);
  if (is_list)
    g_string_append (out, "]");
}

static char *
form_fingerprint (TxRecordEditor *self)
{
  GString *out = g_string_new (NULL);

  append_fingerprint (GTK_WIDGET (self), out);
  return g_string_free (out, FALSE);
}

void
tx_record_editor_remember_form (TxRecordEditor *self)
{
  TxRecordEditorPrivate *priv;

  g_return_if_fail (TX_IS_RECORD_EDITOR (self));
  priv = PRIV (self);
  g_free (priv->form);
  priv->form = form_fingerprint (self);
}

gboolean
tx_record_editor_is_modified (TxRecordEditor *self)
{
  TxRecordEditorPrivate *priv;
  g_autofree char *now = NULL;

  g_return_val_if_fail (TX_IS_RECORD_EDITOR (self), FALSE);
  priv = PRIV (self);
  if (priv->form == NULL)
    return FALSE;
  now = form_fingerprint (self);
  return !g_str_equal (priv->form, now);
}

/* ---- loading --------------------------------------------------------------- */

static void
fill (TxRecordEditor *self)
{
  TxRecordEditorClass *klass = TX_RECORD_EDITOR_GET_CLASS (self);
  TxRecordEditorPrivate *priv = PRIV (self);

  if (!tx_record_editor_is_stored (self) && klass->new_title != NULL)
    gtk_window_set_title (GTK_WINDOW (self), _(klass->new_title));
  klass->fill_form (self, priv->record);
  gtk_revealer_set_reveal_child (priv->conflict_bar, FALSE);
  /* what Escape compares with to know whether to ask */
  tx_record_editor_remember_form (self);
}

static TxRecord *
new_record (TxRecordEditor *self)
{
  TxRecordEditorClass *klass = TX_RECORD_EDITOR_GET_CLASS (self);
  TxRecord *record = g_object_new (klass->record_type, NULL);

  if (klass->prepare_new != NULL)
    klass->prepare_new (self, record);
  return record;
}

gboolean
tx_record_editor_load (TxRecordEditor  *self,
                       const char      *uuid,
                       GError         **error)
{
  TxRecordEditorPrivate *priv;
  g_autoptr(TxRecord) record = NULL;

  g_return_val_if_fail (TX_IS_RECORD_EDITOR (self), FALSE);
  priv = PRIV (self);
  g_return_val_if_fail (TX_IS_DATABASE (priv->db), FALSE);

  if (uuid == NULL)
    record = new_record (self);
  else
    record = tx_store_load (priv->db, TX_RECORD_EDITOR_GET_CLASS (self)->record_type, uuid, error);
  if (record == NULL)
    return FALSE;
  tx_record_editor_set_record (self, record);
  return TRUE;
}

void
tx_record_editor_set_record (TxRecordEditor *self,
                             TxRecord       *record)
{
  g_return_if_fail (TX_IS_RECORD_EDITOR (self));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (record, TX_RECORD_EDITOR_GET_CLASS (self)->record_type));

  g_set_object (&PRIV (self)->record, record);
  fill (self);
}

void
tx_record_editor_open (TxRecordEditor *self,
                       const char     *uuid)
{
  TxRecordEditorPrivate *priv = PRIV (self);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;

  if (tx_record_editor_load (self, uuid, &error))
    return;
  priv->record = g_object_new (TX_RECORD_EDITOR_GET_CLASS (self)->record_type, NULL);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  tx_show_error (parent ? GTK_WIDGET (parent) : NULL,
                 _(TX_RECORD_EDITOR_GET_CLASS (self)->open_failed), error);
  priv->may_close = TRUE;
  tx_record_editor_destroy_later (GTK_WINDOW (self));
}

/* ---- saving ---------------------------------------------------------------- */

static void
show_conflict (TxRecordEditor *self,
               const GError   *error)
{
  TxRecordEditorPrivate *priv = PRIV (self);
  g_autofree char *text = g_strdup_printf ("%s %s", error->message,
                                           _("Reload to see their version (your changes here are lost), or overwrite it with yours."));

  gtk_label_set_label (priv->conflict_label, text);
  gtk_revealer_set_reveal_child (priv->conflict_bar, TRUE);
}

/* 已保存 where the user looks next: the main window under the editors */
static void
show_saved (TxRecordEditor *self)
{
  GtkWindow *window = GTK_WINDOW (self);
  g_autofree char *title = tx_record_dup_title (PRIV (self)->record);
  g_autofree char *message = NULL;

  while (window != NULL && !TX_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  if (window == NULL)
    return;
  /* Translators: a notification, "已保存：张伟" */
  message = title ? g_strdup_printf (_("Saved: %s"), title) : g_strdup (_("Saved"));
  tx_show_toast (GTK_WIDGET (window), message, NULL, NULL, NULL, NULL);
}

static gboolean
read_and_check (TxRecordEditor  *self,
                GError         **error)
{
  TxRecordEditorClass *klass = TX_RECORD_EDITOR_GET_CLASS (self);
  TxRecordEditorPrivate *priv = PRIV (self);

  return klass->read_form (self, priv->record, error) &&
         klass->check (self, priv->record, error);
}

gboolean
tx_record_editor_save (TxRecordEditor *self,
                       TxSaveFlags     flags)
{
  TxRecordEditorPrivate *priv;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TX_IS_RECORD_EDITOR (self), FALSE);
  priv = PRIV (self);

  if (!read_and_check (self, &error))
    {
      TX_RECORD_EDITOR_GET_CLASS (self)->show_invalid (self, error);
      return FALSE;
    }
  if (!tx_store_save (priv->db, priv->record, flags, &error))
    {
      if (g_error_matches (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_CONFLICT))
        show_conflict (self, error);
      else if (error->domain == TX_RECORD_ERROR)
        TX_RECORD_EDITOR_GET_CLASS (self)->show_invalid (self, error);
      else
        tx_show_error (GTK_WIDGET (self), _("The record could not be saved"), error);
      return FALSE;
    }
  gtk_revealer_set_reveal_child (priv->conflict_bar, FALSE);
  tx_record_editor_remember_form (self);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, tx_record_get_uuid (priv->record));
  show_saved (self);
  return TRUE;
}

static void
save_and_close (TxRecordEditor *self,
                TxSaveFlags     flags)
{
  if (!tx_record_editor_save (self, flags))
    return;
  PRIV (self)->may_close = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_and_close (TX_RECORD_EDITOR (widget), TX_SAVE_CHECK_CONFLICT);
}

/* the bar's 覆盖: mine over theirs */
static void
overwrite_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  save_and_close (TX_RECORD_EDITOR (widget), TX_SAVE_DEFAULT);
}

/* the bar's 重新载入: the bar was the question, so it is not asked again */
static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TxRecordEditor *self = TX_RECORD_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  /* a copy: loading replaces the record that holds the uuid */
  g_autofree char *uuid = g_strdup (tx_record_get_uuid (PRIV (self)->record));

  if (!tx_record_editor_load (self, uuid, &error))
    tx_show_error (widget, _("The record could not be reloaded"), error);
}

/* ---- closing --------------------------------------------------------------- */

static gboolean
destroy_on_idle (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

void
tx_record_editor_destroy_later (GtkWindow *editor)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, destroy_on_idle, g_object_ref (editor), g_object_unref);
}

static void
on_discard_answered (int      response,
                     gpointer data)
{
  TxRecordEditor *self = data;
  TxRecordEditorPrivate *priv = PRIV (self);

  priv->question = NULL;
  if (response == GTK_RESPONSE_REJECT)
    {
      priv->may_close = TRUE;
      /* after the dialog, which still refers to its parent while it goes */
      tx_record_editor_destroy_later (GTK_WINDOW (self));
    }
  else if (response == GTK_RESPONSE_ACCEPT)
    save_and_close (self, TX_SAVE_CHECK_CONFLICT);
}

static void
ask_discard (TxRecordEditor *self)
{
  const TxAlertButton buttons[] = {
    { _("_Keep Editing"), GTK_RESPONSE_CANCEL, FALSE },
    { _("_Discard"), GTK_RESPONSE_REJECT, TRUE },
    { _("_Save"), GTK_RESPONSE_ACCEPT, FALSE },
    { NULL },
  };
  TxRecordEditorPrivate *priv = PRIV (self);
  TxAlert alert = {
    .parent = GTK_WINDOW (self),
    .type = GTK_MESSAGE_QUESTION,
    .message = _("Discard the changes?"),
    .detail = _("The changes in this window have not been saved."),
    .buttons = buttons,
    .cancel = GTK_RESPONSE_CANCEL,
  };

  if (priv->question != NULL)
    {
      gtk_window_present (GTK_WINDOW (priv->question));
      return;
    }
  priv->question = tx_alert_show (&alert, on_discard_answered, g_object_ref (self), g_object_unref);
}

GtkWidget *
tx_record_editor_get_question (TxRecordEditor *self)
{
  g_return_val_if_fail (TX_IS_RECORD_EDITOR (self), NULL);
  return PRIV (self)->question;
}

static gboolean
tx_record_editor_close_request (GtkWindow *window)
{
  TxRecordEditor *self = TX_RECORD_EDITOR (window);

  if (PRIV (self)->may_close || !tx_record_editor_is_modified (self))
    return GTK_WINDOW_CLASS (tx_record_editor_parent_class)->close_request (window);
  ask_discard (self);
  return TRUE;
}

/* Escape and 取消: the same as the window's close button */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* ---- defaults -------------------------------------------------------------- */

static gboolean
tx_record_editor_real_check (TxRecordEditor  *self,
                             TxRecord        *record,
                             GError         **error)
{
  return tx_record_validate (record, error);
}

static void
tx_record_editor_real_show_invalid (TxRecordEditor *self,
                                    const GError   *error)
{
  tx_show_error (GTK_WIDGET (self), _("Please check the form"), error);
}

/* ---- the class ------------------------------------------------------------- */

TxDatabase *
tx_record_editor_get_database (TxRecordEditor *self)
{
  g_return_val_if_fail (TX_IS_RECORD_EDITOR (self), NULL);
  return PRIV (self)->db;
}

TxRecord *
tx_record_editor_get_record (TxRecordEditor *self)
{
  g_return_val_if_fail (TX_IS_RECORD_EDITOR (self), NULL);
  return PRIV (self)->record;
}

gboolean
tx_record_editor_is_stored (TxRecordEditor *self)
{
  TxRecord *record;

  g_return_val_if_fail (TX_IS_RECORD_EDITOR (self), FALSE);
  record = PRIV (self)->record;
  return record != NULL && tx_record_get_modified (record) != NULL;
}

static void
tx_record_editor_dispose (GObject *object)
{
  TxRecordEditorPrivate *priv = PRIV (object);

  if (priv->question != NULL)
    tx_dialog_dismiss (g_steal_pointer (&priv->question));
  /* not gtk_widget_dispose_template(): on GTK 4.8 the subclass's call
   * already dropped every template child of the instance, ours included;
   * GtkWindow's dispose takes the box away */
  priv->content = NULL;
  priv->conflict_bar = NULL;
  priv->conflict_label = NULL;
  G_OBJECT_CLASS (tx_record_editor_parent_class)->dispose (object);
}

static void
tx_record_editor_finalize (GObject *object)
{
  TxRecordEditorPrivate *priv = PRIV (object);

  g_clear_object (&priv->record);
  g_clear_object (&priv->db);
  g_clear_pointer (&priv->form, g_free);
  G_OBJECT_CLASS (tx_record_editor_parent_class)->finalize (object);
}

static void
tx_record_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, PRIV (object)->db);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_record_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_DATABASE:
      g_set_object (&PRIV (object)->db, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* the editors' own style (tx-record-editor.css), once for the display */
static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (display == NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/tongxin/Tongxin/tx-record-editor.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
tx_record_editor_class_init (TxRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* the field widgets every editor's template may name */
  g_type_ensure (TX_TYPE_DATE_ENTRY);
  g_type_ensure (TX_TYPE_CODE_DROP_DOWN);
  g_type_ensure (TX_TYPE_COMMUNITY_DROP_DOWN);
  g_type_ensure (TX_TYPE_PERSON_FIELD);
  g_type_ensure (TX_TYPE_CHOICE_ITEM);
  object_class->dispose = tx_record_editor_dispose;
  object_class->finalize = tx_record_editor_finalize;
  object_class->get_property = tx_record_editor_get_property;
  object_class->set_property = tx_record_editor_set_property;
  GTK_WINDOW_CLASS (klass)->close_request = tx_record_editor_close_request;
  klass->check = tx_record_editor_real_check;
  klass->show_invalid = tx_record_editor_real_show_invalid;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, TX_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TxRecordEditor::saved:
   * @uuid: the record's uuid
   *
   * The record was written to the database (a list selects it).
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  G_STRUCT_OFFSET (TxRecordEditorClass, saved), NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  load_style ();
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tongxin/Tongxin/tx-record-editor.ui");
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordEditor, content);
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordEditor, conflict_bar);
  gtk_widget_class_bind_template_child_private (widget_class, TxRecordEditor, conflict_label);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.overwrite", NULL, overwrite_action);
  gtk_widget_class_install_action (widget_class, "editor.reload", NULL, reload_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
tx_record_editor_init (TxRecordEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
