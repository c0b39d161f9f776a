/* tx-app-util.h — small helpers shared by the pages and editors
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/db/tx-database.h"
#include "core/model/tx-record.h"
#include "core/text/tx-privacy.h"

G_BEGIN_DECLS

/* Text of an editable, trimmed; NULL when empty. */
char       *tx_editable_dup_text        (GtkEditable *editable);
void        tx_editable_set_text_or_empty (GtkEditable *editable,
                                           const char  *text);

/* "1965-03-12" → "1965年3月12日" (via the translated formats); NULL stays "". */
char       *tx_format_date              (const char  *iso);
/* One field of @record as people read it, for side-by-side views: code
 * names, 是/否, ID numbers and phones masked. */
char       *tx_record_dup_field_text    (TxRecord    *record,
                                         guint        index);

/* A file to open or to write, asked with GtkFileChooserNative (through
 * the portal inside Flatpak). */
typedef struct
{
  const char           *title;
  GtkFileChooserAction  action;    /* OPEN or SAVE */
  const char           *accept;    /* the button: "_Open", "_Save" … */
  const char           *name;      /* the name suggested for a new file, or NULL */
  GtkFileFilter        *filter;    /* or NULL */
  gboolean              modal;
} TxFileChoice;

/* Called when a file was chosen and @owner is still there; @chooser for
 * the choices the caller added. */
typedef void (*TxFileChosen) (GtkWidget      *owner,
                              GFile          *file,
                              GtkFileChooser *chooser,
                              gpointer        user_data);

/* The chooser over @owner's window, not yet shown: add choices, then
 * gtk_native_dialog_show(). It goes by itself once answered; @destroy
 * frees @user_data then. */
GtkFileChooser *tx_file_chooser_new     (GtkWidget          *owner,
                                         const TxFileChoice *choice,
                                         TxFileChosen        callback,
                                         gpointer            user_data,
                                         GDestroyNotify      destroy);
/* The same, shown at once. */
void        tx_choose_file              (GtkWidget          *owner,
                                         const TxFileChoice *choice,
                                         TxFileChosen        callback,
                                         gpointer            user_data,
                                         GDestroyNotify      destroy);

typedef void (*TxToastCallback) (gpointer user_data);

/* An in-window notification with an optional button (撤销 …) on the
 * TxWindow that holds @widget. */
void        tx_show_toast               (GtkWidget       *widget,
                                         const char      *message,
                                         const char      *button_label,
                                         TxToastCallback  callback,
                                         gpointer         user_data,
                                         GDestroyNotify   destroy);
/* Closes the notification tx_show_toast() showed with @user_data, if it
 * is still shown. */
void        tx_withdraw_toast           (GtkWidget       *widget,
                                         gpointer         user_data);
/* Closes a message dialog from its "response" handler: the one way, so
 * the dialog never outlives the editor it was asked over. */
void        tx_dialog_dismiss           (gpointer         dialog);
/* One button of tx_alert_show(); a list of them ends with { NULL }. */
typedef struct
{
  const char *label;        /* with a mnemonic: "_Discard" */
  int         response;     /* a GtkResponseType or the caller's own */
  gboolean    destructive;  /* drawn as a destructive action */
} TxAlertButton;

typedef struct
{
  GtkWindow           *parent;     /* the dialog is modal over it; may be NULL */
  GtkMessageType       type;
  const char          *message;
  const char          *detail;     /* or NULL */
  const TxAlertButton *buttons;    /* NULL: one Close button */
  int                  cancel;     /* the answer of Escape and of closing it; also the default */
  const char          *name;       /* widget name that tests find it by, or NULL */
} TxAlert;

/* called once the dialog is gone */
typedef void (*TxAlertCallback) (int      response,
                                 gpointer user_data);

/* Every message dialog of the app: GtkAlertDialog when built against
 * GTK 4.10 or later, GtkMessageDialog on 4.8 (the floor).  @callback (may
 * be NULL) gets the answer; @destroy frees @user_data afterwards, or when the
 * dialog goes with its parent unanswered.  Returns the GtkMessageDialog on
 * 4.8 (to present it again, or for tests), NULL with GtkAlertDialog. */
GtkWidget  *tx_alert_show               (const TxAlert   *alert,
                                         TxAlertCallback  callback,
                                         gpointer         user_data,
                                         GDestroyNotify   destroy);
/* Scrolls @view to show @position: GtkColumnView has no scroll_to before
 * GTK 4.12; its inner list view has the action "list.scroll-to-item". */
void        tx_column_view_scroll_to    (GtkColumnView   *view,
                                         guint            position);

/* A modal message for an error the user must read; @error (may be NULL)
 * says why. */
void        tx_show_error               (GtkWidget       *widget,
                                         const char      *primary,
                                         const GError    *error);
/* "query-tooltip" handler for list cells: the label's own text, shown only
 * when it is cut off. Bound once per cell widget, unlike a tooltip-text
 * binding, which GTK 4.8 re-sends to the display server at every row
 * change. Templates use it as "tx_label_query_tooltip" after
 * tx_widget_class_bind_cell_callbacks(). */
/* A label of @text in the cell (@column, @row) of @grid (a "heading" when
 * @heading), for the caller to align: the report grids of the dialogs. */
GtkLabel   *tx_grid_attach_label        (GtkGrid         *grid,
                                         const char      *text,
                                         int              column,
                                         int              row,
                                         gboolean         heading);
gboolean    tx_label_query_tooltip      (GtkLabel        *label,
                                         int              x,
                                         int              y,
                                         gboolean         keyboard,
                                         GtkTooltip      *tooltip);
void        tx_widget_class_bind_cell_callbacks (GtkWidgetClass *widget_class);

G_END_DECLS
