/* tx-reminder.c — one thing the office's rules say is to be done
 *
 * Read-only properties, so list rows in the window can bind to them.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tx-reminder.h"

struct _TxReminder
{
  GObject         parent_instance;

  TxReminderKind  kind;
  char           *date;
  char           *entity;
  char           *uuid;
  char           *title;
  char           *detail;
  char           *holiday;
  int             holiday_year;
  gboolean        done;
};

enum
{
  PROP_0,
  PROP_DATE,
  PROP_TITLE,
  PROP_DETAIL,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TxReminder, tx_reminder, G_TYPE_OBJECT)

static const char * const kind_names[] = {
  [TX_REMINDER_HOLIDAY] = "holiday",
  [TX_REMINDER_HOLIDAY_VISIT] = "holiday-visit",
  [TX_REMINDER_BIRTHDAY] = "birthday",
  [TX_REMINDER_CIRCUMSTANCE] = "circumstance",
  [TX_REMINDER_SUGGESTION_OVERDUE] = "suggestion-overdue",
  [TX_REMINDER_SUGGESTION_FEEDBACK] = "suggestion-feedback",
  [TX_REMINDER_NO_CONTACT] = "no-contact",
  [TX_REMINDER_MEETINGS] = "meetings",
  [TX_REMINDER_PAIRING] = "pairing",
};

static void
tx_reminder_finalize (GObject *object)
{
  TxReminder *self = TX_REMINDER (object);

  g_free (self->date);
  g_free (self->entity);
  g_free (self->uuid);
  g_free (self->title);
  g_free (self->detail);
  g_free (self->holiday);
  G_OBJECT_CLASS (tx_reminder_parent_class)->finalize (object);
}

static void
tx_reminder_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TxReminder *self = TX_REMINDER (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;
    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tx_reminder_class_init (TxReminderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tx_reminder_finalize;
  object_class->get_property = tx_reminder_get_property;

  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, NULL, flags);
  properties[PROP_DONE] = g_param_spec_boolean ("done", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tx_reminder_init (TxReminder *self)
{
}

TxReminder *
tx_reminder_new (TxReminderKind  kind,
                 const char     *date,
                 const char     *entity,
                 const char     *uuid,
                 const char     *title,
                 const char     *detail)
{
  TxReminder *self = g_object_new (TX_TYPE_REMINDER, NULL);

  self->kind = kind;
  self->date = g_strdup (date);
  self->entity = g_strdup (entity);
  self->uuid = g_strdup (uuid);
  self->title = g_strdup (title);
  self->detail = g_strdup (detail);
  return self;
}

TxReminderKind
tx_reminder_get_kind (TxReminder *self)
{
  g_return_val_if_fail (TX_IS_REMINDER (self), 0);
  return self->kind;
}

const char *
tx_reminder_get_kind_name (TxReminder *self)
{
  g_return_val_if_fail (TX_IS_REMINDER (self), NULL);
  return kind_names[self->kind];
}

const char *
tx_reminder_get_date (TxReminder *self)
{
  g_return_val_if_fail (TX_IS_REMINDER (self), NULL);
  return self->date;
}

const char *
tx_reminder_get_entity (TxReminder *self)
{
  g_return_val_if_fail (TX_IS_REMINDER (self), NULL);
  return self->entity;
}

const char *
tx_reminder_get_uuid (TxReminder *self)
{
  g_return_val_if_fail (TX_IS_REMINDER (self), NULL);
  return self->uuid;
}

const char *
tx_reminder_get_title (TxReminder *self)
{
  g_return_val_if_fail (TX_IS_REMINDER (self), NULL);
  return self->title;
}

const char *
tx_reminder_get_detail (TxReminder *self)
{
  g_return_val_if_fail (TX_IS_REMINDER (self), NULL);
  return self->detail;
}

const char *
tx_reminder_get_holiday (TxReminder *self)
{
  g_return_val_if_fail (TX_IS_REMINDER (self), NULL);
  return self->holiday;
}

int
tx_reminder_get_holiday_year (TxReminder *self)
{
  g_return_val_if_fail (TX_IS_REMINDER (self), 0);
  return self->holiday_year;
}

void
tx_reminder_set_holiday (TxReminder *self,
                         const char *code,
                         int         year)
{
  g_return_if_fail (TX_IS_REMINDER (self));
  g_free (self->holiday);
  self->holiday = g_strdup (code);
  self->holiday_year = year;
}

gboolean
tx_reminder_get_done (TxReminder *self)
{
  g_return_val_if_fail (TX_IS_REMINDER (self), FALSE);
  return self->done;
}

void
tx_reminder_set_done (TxReminder *self,
                      gboolean    done)
{
  g_return_if_fail (TX_IS_REMINDER (self));
  done = !!done;
  if (self->done == done)
    return;
  self->done = done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}
