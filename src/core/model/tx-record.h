/* tx-record.h — base class of every stored entity
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "core/db/tx-database.h"

G_BEGIN_DECLS

#define TX_RECORD_ERROR (tx_record_error_quark ())

typedef enum
{
  TX_RECORD_ERROR_REQUIRED,
  TX_RECORD_ERROR_INVALID,
} TxRecordError;

typedef enum
{
  TX_FIELD_TEXT,
  TX_FIELD_INT,
  TX_FIELD_BOOL,
} TxFieldType;

/* One stored column that is also a property. The tables are constant data
 * of each entity; SQL is composed from them once per class, never from
 * user text. */
typedef struct
{
  const char  *name;        /* property name, "former-name" */
  const char  *column;      /* SQL column, "former_name" */
  TxFieldType  type;
  gsize        offset;      /* of the value in the instance struct */
  const char  *label;       /* N_() English label; translated for display */
  const char  *code_kind;   /* code table for coded fields, or NULL */
  gboolean     sensitive;   /* never logged; masked by default */
} TxField;

/* A read-only text the store reads with the record, computed in SQL from
 * other tables (the name of a person's community): lists bind it as a
 * property in their .ui instead of looking it up row by row. Never saved,
 * exchanged or compared; a record built in memory has NULL until it is
 * loaded. */
typedef struct
{
  const char  *name;        /* property name, "community-name" */
  const char  *sql;         /* an SQL expression; the record's table is
                             * named by its entity: "person.community" */
  gsize        offset;      /* of the char * in the instance struct */
} TxJoinedField;

typedef enum
{
  TX_CHILD_TEXT,
  TX_CHILD_BLOB,            /* GBytes * */
} TxChildType;

typedef struct
{
  const char  *column;
  TxChildType  type;
  gsize        offset;      /* of the value in the child struct */
  const char  *code_kind;   /* code table for coded columns, or NULL */
} TxChildColumn;

/* A list of rows that belongs to one record (participants, history …):
 * each row a struct of char * / GBytes * members, compared and replaced
 * as a whole when the record is saved. */
typedef struct
{
  const char          *name;          /* "participants", for the change log */
  const char          *table;
  const TxChildColumn *columns;
  guint                n_columns;
  gsize                struct_size;
  /* big rows (photos): not read for list rows, see tx_store_load_row() */
  gboolean             on_demand;
} TxChildTable;

#define TX_TYPE_RECORD (tx_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (TxRecord, tx_record, TX, RECORD, GObject)

struct _TxRecordClass
{
  GObjectClass parent_class;

  const char         *entity;       /* table name and change-log entity */
  const TxField      *fields;
  guint               n_fields;
  GParamSpec        **field_pspecs;
  const TxChildTable *children;
  guint               n_children;

  gboolean (*validate)       (TxRecord    *self,
                              GError     **error);
  /* after an update (and after an insert, for kinds whose derived columns
   * tx-sort-keys does not write with the INSERT), in the same transaction */
  gboolean (*save_derived)   (TxRecord    *self,
                              TxDatabase  *db,
                              GError     **error);
  /* a short human label for messages and lists */
  char    *(*dup_title)      (TxRecord    *self);

  const TxJoinedField *joined;
  guint               n_joined;

  gpointer padding[6];
};

GQuark        tx_record_error_quark        (void);

const char   *tx_record_get_uuid           (TxRecord    *self);
void          tx_record_set_uuid           (TxRecord    *self,
                                            const char  *uuid);
const char   *tx_record_get_created        (TxRecord    *self);
const char   *tx_record_get_modified       (TxRecord    *self);
const char   *tx_record_get_trashed        (TxRecord    *self);
gboolean      tx_record_is_trashed         (TxRecord    *self);
gint64        tx_record_get_row_id         (TxRecord    *self);
/* TRUE for a list row: its on-demand children (photos) were not read */
gboolean      tx_record_is_partial         (TxRecord    *self);
char         *tx_record_dup_title          (TxRecord    *self);
gboolean      tx_record_validate           (TxRecord    *self,
                                            GError     **error);
const char   *tx_record_get_entity         (TxRecord    *self);

/* children */
GPtrArray    *tx_record_get_children       (TxRecord    *self,
                                            guint        table);
gpointer      tx_record_add_child          (TxRecord    *self,
                                            guint        table);
void          tx_record_clear_children     (TxRecord    *self,
                                            guint        table);
void          tx_record_remove_child       (TxRecord    *self,
                                            guint        table,
                                            guint        index);
gboolean      tx_record_field_equal        (TxRecord    *a,
                                            TxRecord    *b,
                                            guint        field);
gboolean      tx_record_children_equal     (TxRecord    *a,
                                            TxRecord    *b,
                                            guint        table);
/* @to's rows of @table replaced by copies of @from's (same type) */
void          tx_record_copy_children      (TxRecord    *to,
                                            TxRecord    *from,
                                            guint        table);
/* the index of the child table called @name ("categories"), or -1 */
int           tx_record_class_find_children (TxRecordClass *klass,
                                             const char    *name);

/* for subclasses */
void          tx_record_class_install_fields (TxRecordClass      *klass,
                                              const TxField      *fields,
                                              guint               n_fields);
/* after tx_record_class_install_fields() */
void          tx_record_class_install_joined (TxRecordClass       *klass,
                                              const TxJoinedField *joined,
                                              guint                n_joined);
const TxField *tx_record_class_find_field    (TxRecordClass      *klass,
                                              const char         *name);
/* for validate(): NULL, or nothing but spaces (full-width ones too) */
gboolean      tx_record_text_is_blank        (const char         *text);
void          tx_record_set_text_field       (TxRecord           *self,
                                              guint               field,
                                              const char         *value);
void          tx_record_set_int_field        (TxRecord           *self,
                                              guint               field,
                                              int                 value);

/* generic field access by index (the store and exchange use these) */
void          tx_record_get_field_value      (TxRecord    *self,
                                              guint        field,
                                              GValue      *value);
void          tx_record_set_field_value      (TxRecord    *self,
                                              guint        field,
                                              const GValue *value);

/* store internals */
/* the store: the value of joined field @index as read */
void          _tx_record_set_joined          (TxRecord    *self,
                                              guint        index,
                                              const char  *value);
void          _tx_record_set_partial         (TxRecord    *self,
                                              gboolean     partial);
void          _tx_record_set_stored          (TxRecord    *self,
                                              gint64       row_id,
                                              const char  *created,
                                              const char  *modified,
                                              const char  *trashed);
void          _tx_child_free                 (const TxChildTable *table,
                                              gpointer            row);
gboolean      _tx_child_equal                (const TxChildTable *table,
                                              gconstpointer       a,
                                              gconstpointer       b);

G_END_DECLS

/* Typed accessors over the field table: a getter that borrows and a setter
 * that notifies only on a real change. */
#define TX_DECLARE_TEXT_FIELD(Type, prefix, member) \
  const char *prefix##_get_##member (Type *self); \
  void        prefix##_set_##member (Type *self, const char *value);
#define TX_DECLARE_INT_FIELD(Type, prefix, member) \
  int         prefix##_get_##member (Type *self); \
  void        prefix##_set_##member (Type *self, int value);
#define TX_DECLARE_BOOL_FIELD(Type, prefix, member) \
  gboolean    prefix##_get_##member (Type *self); \
  void        prefix##_set_##member (Type *self, gboolean value);

#define TX_DEFINE_TEXT_FIELD(Type, prefix, member, index) \
  const char *prefix##_get_##member (Type *self) { return self->member; } \
  void prefix##_set_##member (Type *self, const char *value) \
  { tx_record_set_text_field (TX_RECORD (self), index, value); }
#define TX_DEFINE_INT_FIELD(Type, prefix, member, index) \
  int prefix##_get_##member (Type *self) { return self->member; } \
  void prefix##_set_##member (Type *self, int value) \
  { tx_record_set_int_field (TX_RECORD (self), index, value); }
#define TX_DEFINE_BOOL_FIELD(Type, prefix, member, index) \
  gboolean prefix##_get_##member (Type *self) { return self->member; } \
  void prefix##_set_##member (Type *self, gboolean value) \
  { tx_record_set_int_field (TX_RECORD (self), index, value); }
