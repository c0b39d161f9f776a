/* tx-csv-mapping.c — roster columns and the values in them, as offices write
 * them, onto the archive's fields and codes
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/text/tx-civil-date.h"
#include "core/model/tx-codes.h"

#include "tx-csv-mapping.h"
#include "tx-csv-reader.h"

typedef struct
{
  const char *key;
  const char *label;     /* N_() */
  const char *header;    /* what export writes */
  const char *aliases;   /* '|'-separated headers as offices write them */
} TargetInfo;

static const TargetInfo targets[TX_CSV_N_TARGETS] = {
  [TX_CSV_TARGET_NONE] = { "none", N_("(not imported)"), NULL, "" },
  [TX_CSV_TARGET_SERIAL] = { "serial", N_("Serial number"), "序号", "序号|编号|序" },
  [TX_CSV_TARGET_NAME] = { "name", N_("Name"), "姓名", "姓名|名字|人员姓名" },
  [TX_CSV_TARGET_FORMER_NAME] = { "former-name", N_("Former name"), "曾用名", "曾用名" },
  [TX_CSV_TARGET_GENDER] = { "gender", N_("Gender"), "性别", "性别" },
  [TX_CSV_TARGET_ETHNICITY] = { "ethnicity", N_("Ethnicity"), "民族", "民族" },
  [TX_CSV_TARGET_BIRTH_DATE] = { "birth-date", N_("Birth date"), "出生日期", "出生日期|出生年月|出生年月日|生日" },
  [TX_CSV_TARGET_NATIVE_PLACE] = { "native-place", N_("Native place"), "籍贯", "籍贯" },
  [TX_CSV_TARGET_DOCUMENT_TYPE] = { "document-type", N_("Document type"), "证件类型", "证件类型" },
  [TX_CSV_TARGET_DOCUMENT_NUMBER] = { "document-number", N_("Document number"), "证件号码",
                                      "证件号码|身份证号|身份证号码|公民身份号码|身份证" },
  [TX_CSV_TARGET_POLITICAL_STATUS] = { "political-status", N_("Political status"), "政治面貌", "政治面貌|党派" },
  [TX_CSV_TARGET_PARTY_JOINED] = { "party-joined", N_("Date joined"), "加入时间", "加入时间|入党时间|加入党派时间|参加党派时间" },
  [TX_CSV_TARGET_RELIGION] = { "religion", N_("Religion"), "宗教信仰", "宗教信仰|宗教" },
  [TX_CSV_TARGET_EDUCATION] = { "education", N_("Education"), "学历", "学历|文化程度" },
  [TX_CSV_TARGET_DEGREE] = { "degree", N_("Degree"), "学位", "学位" },
  [TX_CSV_TARGET_PROFESSIONAL_TITLE] = { "professional-title", N_("Professional title"), "职称", "职称|专业技术职称" },
  [TX_CSV_TARGET_WORK_UNIT] = { "work-unit", N_("Work unit"), "工作单位", "工作单位|单位|工作单位名称" },
  [TX_CSV_TARGET_WORK_POST] = { "work-post", N_("Post"), "职务", "职务|职位" },
  [TX_CSV_TARGET_WORK_UNIT_AND_POST] = { "work-unit-and-post", N_("Work unit and post"), NULL,
                                         "工作单位及职务|单位及职务|工作单位和职务|单位职务" },
  [TX_CSV_TARGET_SECTOR] = { "sector", N_("Sector"), "行业", "行业|所属行业" },
  [TX_CSV_TARGET_PHONE] = { "phone", N_("Phone"), "联系电话", "联系电话|手机|手机号|手机号码|电话|联系方式" },
  [TX_CSV_TARGET_PHONE_OTHER] = { "phone-other", N_("Other phone"), "其他电话", "其他电话|固定电话|办公电话|座机" },
  [TX_CSV_TARGET_ADDRESS] = { "address", N_("Address"), "住址", "住址|家庭住址|地址|现住址|居住地址" },
  [TX_CSV_TARGET_COMMUNITY] = { "community", N_("Community"), "社区", "社区|所属社区|所在社区" },
  [TX_CSV_TARGET_CATEGORIES] = { "categories", N_("Categories"), "统战类别", "统战类别|人员类别|类别|统战对象类别" },
  [TX_CSV_TARGET_REPRESENTATIVE] = { "representative", N_("Representative person"), "代表人士", "代表人士" },
  [TX_CSV_TARGET_KEY_PERSON] = { "key-person", N_("Key person"), "重点对象", "重点对象|重点人士" },
  [TX_CSV_TARGET_STATUS] = { "status", N_("Status"), "状态", "状态|人员状态" },
  [TX_CSV_TARGET_SKILLS] = { "skills", N_("Skills and resources"), "专长", "专长|特长|专长及资源" },
  [TX_CSV_TARGET_HEALTH] = { "health", N_("Health"), "健康状况", "健康状况" },
  [TX_CSV_TARGET_NOTES] = { "notes", N_("Notes"), "备注", "备注" },
};

const char *
tx_csv_target_key (TxCsvTarget target)
{
  g_return_val_if_fail (target < TX_CSV_N_TARGETS, NULL);
  return targets[target].key;
}

const char *
tx_csv_target_label (TxCsvTarget target)
{
  g_return_val_if_fail (target < TX_CSV_N_TARGETS, NULL);
  return _(targets[target].label);
}

const char *
tx_csv_target_header (TxCsvTarget target)
{
  g_return_val_if_fail (target < TX_CSV_N_TARGETS, NULL);
  return targets[target].header;
}

TxCsvTarget
tx_csv_target_from_key (const char *key)
{
  for (guint i = 0; i < TX_CSV_N_TARGETS; i++)
    if (g_strcmp0 (key, targets[i].key) == 0)
      return i;
  return TX_CSV_TARGET_NONE;
}

/* ---- text ------------------------------------------------------------------ */

char *
tx_csv_fold (const char *text)
{
  GString *folded;

  if (text == NULL)
    return g_strdup ("");
  folded = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)
        g_string_append_c (folded, (char) (c - 0xFEE0));
      else if (c == 0x3000 || c == 0x00A0)
        g_string_append_c (folded, ' ');
      else
        g_string_append_unichar (folded, c);
    }
  return g_strstrip (g_string_free (folded, FALSE));
}

/* "联系电话（手机）" → "联系电话", "*姓 名" → "姓名", "出生\n年月" → "出生年月" */
static char *
header_key (const char *header)
{
  g_autofree char *folded = tx_csv_fold (header);
  GString *key = g_string_new (NULL);
  int depth = 0;

  for (const char *p = folded; *p; p++)
    {
      if (*p == '(' || *p == '[')
        depth++;
      else if ((*p == ')' || *p == ']') && depth > 0)
        depth--;
      else if (depth == 0 && !g_ascii_isspace (*p) && *p != '*' && *p != ':')
        g_string_append_c (key, *p);
    }
  return g_string_free (key, FALSE);
}

TxCsvTarget
tx_csv_header_target (const char *header)
{
  g_autofree char *key = header_key (header);

  if (*key == '\0')
    return TX_CSV_TARGET_NONE;
  for (guint i = 1; i < TX_CSV_N_TARGETS; i++)
    {
      g_auto(GStrv) aliases = g_strsplit (targets[i].aliases, "|", -1);

      if (g_strv_contains ((const char * const *) aliases, key))
        return i;
    }
  return TX_CSV_TARGET_NONE;
}

gboolean
tx_csv_is_excel_number (const char *text)
{
  g_autofree char *folded = tx_csv_fold (text);

  return g_regex_match_simple ("^[0-9]+(\\.[0-9]+)?[Ee][+]?[0-9]+$", folded, 0, 0);
}

/* ---- codes ----------------------------------------------------------------- */

typedef struct
{
  const char *spellings;   /* '|'-separated */
  const char *code;
} Alias;

static const char *
find_alias (const Alias *aliases,
            gsize        n_aliases,
            const char  *text)
{
  for (gsize i = 0; i < n_aliases; i++)
    {
      g_auto(GStrv) spellings = g_strsplit (aliases[i].spellings, "|", -1);

      if (g_strv_contains ((const char * const *) spellings, text))
        return aliases[i].code;
    }
  return NULL;
}

/* A code as written (01) or a name of the table (汉族). */
static const char *
lookup_code (TxDatabase *db,
             const char *kind,
             const char *text)
{
  if (tx_codes_is_valid (db, kind, text))
    return text;
  return tx_codes_find (db, kind, text);
}

static char *
code_or_error (const char  *code,
               const char  *text,
               GError     **error)
{
  if (code == NULL)
    {
      g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING,
                   _("“%s” is not in the code table."), text);
      return NULL;
    }
  return g_strdup (code);
}

/* a code, a name of the table, or a spelling rosters use */
static char *
map_with_aliases (TxDatabase   *db,
                  const char   *kind,
                  const Alias  *aliases,
                  gsize         n_aliases,
                  const char   *text,
                  GError      **error)
{
  const char *code = lookup_code (db, kind, text);

  if (code == NULL)
    code = find_alias (aliases, n_aliases, text);
  return code_or_error (code, text, error);
}

char *
tx_csv_map_code (TxDatabase  *db,
                 const char  *kind,
                 const char  *text,
                 GError     **error)
{
  return code_or_error (lookup_code (db, kind, text), text, error);
}

char *
tx_csv_map_gender (const char  *text,
                   GError     **error)
{
  static const Alias aliases[] = {
    { "男|男性|M|m|男士", "1" },
    { "女|女性|F|f|女士", "2" },
    { "未知|未知的性别", "0" },
    { "未说明|未说明的性别", "9" },
    { "0", "0" }, { "1", "1" }, { "2", "2" }, { "9", "9" },
  };
  return code_or_error (find_alias (aliases, G_N_ELEMENTS (aliases), text), text, error);
}

char *
tx_csv_map_ethnicity (TxDatabase  *db,
                      const char  *text,
                      GError     **error)
{
  g_autofree char *with_suffix = g_strconcat (text, "族", NULL);
  const char *code = lookup_code (db, TX_CODE_ETHNICITY, text);

  /* rosters write 汉 and 回 as often as 汉族 and 回族 */
  if (code == NULL)
    code = tx_codes_find (db, TX_CODE_ETHNICITY, with_suffix);
  return code_or_error (code, text, error);
}

char *
tx_csv_map_political (TxDatabase  *db,
                      const char  *text,
                      GError     **error)
{
  static const Alias aliases[] = {
    { "党员|中共|共产党员|中国共产党党员", "01" },
    { "预备党员|中共预备", "02" },
    { "团员|共青团|中国共产主义青年团团员", "03" },
    { "民革|民革党员|民革成员", "04" },
    { "民盟|民盟成员", "05" },
    { "民建|民建成员", "06" },
    { "民进|民进成员", "07" },
    { "农工党|农工|农工民主党|农工党员", "08" },
    { "致公党|致公|致公党员", "09" },
    { "九三|九三学社|九三学社成员", "10" },
    { "台盟|台盟成员", "11" },
    { "无党派|无党派民主人士", "12" },
  };
  return map_with_aliases (db, TX_CODE_POLITICAL, aliases, G_N_ELEMENTS (aliases), text, error);
}

/* "研究生" without a level is read as the master's level: rosters write 博士
 * when they mean the doctorate. */
char *
tx_csv_map_education (TxDatabase  *db,
                      const char  *text,
                      GError     **error)
{
  static const Alias aliases[] = {
    { "博士", "11" },
    { "硕士|研究生", "14" },
    { "本科|大学|大本", "21" },
    { "大专|专科", "31" },
    { "中专|中技|中等专业学校", "41" },
    { "职高", "44" },
    { "技校", "47" },
    { "高中", "61" },
  };
  return map_with_aliases (db, TX_CODE_EDUCATION, aliases, G_N_ELEMENTS (aliases), text, error);
}

gboolean
tx_csv_map_flag (const char  *text,
                 gboolean    *out,
                 GError     **error)
{
  static const Alias aliases[] = {
    { "是|Y|y|yes|Yes|YES|1|√|✓|✔", "1" },
    { "否|N|n|no|No|NO|0|×|✗", "0" },
  };
  const char *code = find_alias (aliases, G_N_ELEMENTS (aliases), text);

  if (code == NULL)
    {
      g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING,
                   _("“%s” is neither 是 nor 否."), text);
      return FALSE;
    }
  *out = code[0] == '1';
  return TRUE;
}

/* ---- categories ------------------------------------------------------------ */

/* short forms seen in rosters; the full and the older names are in the
 * database's tables */
static const Alias category_aliases[] = {
  { "民主党派|党派成员", "01" },
  { "少数民族", "04" },
  { "宗教界|宗教人士", "05" },
  { "非公经济人士|非公有制经济", "06" },
  { "新的社会阶层|新阶层人士|新社会阶层人士", "07" },
  { "留学人员", "08" },
  { "香港同胞|澳门同胞", "09" },
  { "台湾同胞|台胞", "10" },
  { "华侨|归侨|侨眷", "11" },
};

/* a current name, code or short form; NULL otherwise */
static const char *
current_category (TxDatabase *db,
                  const char *name)
{
  const char *code = lookup_code (db, TX_CODE_CATEGORY, name);

  if (code == NULL)
    code = find_alias (category_aliases, G_N_ELEMENTS (category_aliases), name);
  return code;
}

static int
compare_code_pointers (const char * const *a,
                       const char * const *b)
{
  return strcmp (*a, *b);
}

static GPtrArray *
split_categories (const char *text)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *unified = tx_csv_fold (text);
  g_auto(GStrv) pieces = NULL;

  /* folded: ，；／ are , ; / now */
  for (char *p = unified; *p; p = g_utf8_next_char (p))
    if (g_str_has_prefix (p, "、"))
      memcpy (p, ",,,", 3);
  g_strdelimit (unified, ";/ \t\r\n", ',');
  pieces = g_strsplit (unified, ",", -1);
  for (guint i = 0; pieces[i] != NULL; i++)
    if (*pieces[i] != '\0')
      g_ptr_array_add (parts, g_strdup (pieces[i]));
  return g_steal_pointer (&parts);
}

static void
count_legacy (GHashTable *legacy,
              const char *name)
{
  if (legacy != NULL)
    g_hash_table_insert (legacy, g_strdup (name),
                         GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (legacy, name)) + 1));
}

/* One category at @parts[*i]: names that themselves hold a 、 (香港同胞、
 * 澳门同胞; 台湾同胞、去台湾人员留在大陆的亲属) were split and are joined back. */
static char *
take_category (TxDatabase  *db,
               GPtrArray   *parts,
               guint       *i,
               GHashTable  *legacy)
{
  for (guint span = MIN (2, parts->len - *i); span >= 1; span--)
    {
      g_autofree char *name = span == 2
        ? g_strconcat (g_ptr_array_index (parts, *i), "、", g_ptr_array_index (parts, *i + 1), NULL)
        : g_strdup (g_ptr_array_index (parts, *i));
      const char *code = current_category (db, name);
      g_autofree char *old = NULL;

      if (code != NULL)
        {
          *i += span;
          return g_strdup (code);
        }
      old = tx_codes_map_category (db, name);
      if (old != NULL)
        {
          count_legacy (legacy, name);
          *i += span;
          return g_steal_pointer (&old);
        }
    }
  return NULL;
}

static void
merge_counts (GHashTable *into,
              GHashTable *from)
{
  GHashTableIter iter;
  gpointer name, n;

  if (into == NULL)
    return;
  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &name, &n))
    g_hash_table_insert (into, g_strdup (name),
                         GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (into, name)) + GPOINTER_TO_INT (n)));
}

GStrv
tx_csv_map_categories (TxDatabase  *db,
                       const char  *text,
                       GHashTable  *legacy,
                       GError     **error)
{
  g_autoptr(GPtrArray) parts = split_categories (text);
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) counted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint i = 0;

  while (i < parts->len)
    {
      char *code = take_category (db, parts, &i, counted);

      if (code == NULL)
        {
          g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING,
                       _("“%s” is not a united-front category."), (const char *) g_ptr_array_index (parts, i));
          return NULL;
        }
      if (g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
        g_free (code);
      else
        g_ptr_array_add (codes, code);
    }
  /* counted only once the whole cell is understood */
  merge_counts (legacy, counted);
  g_ptr_array_sort (codes, (GCompareFunc) compare_code_pointers);
  g_ptr_array_add (codes, NULL);
  return (GStrv) g_ptr_array_steal (codes, NULL);
}

/* ---- dates ----------------------------------------------------------------- */

char *
tx_csv_map_date (const char  *text,
                 GError     **error)
{
  g_autofree char *day = g_strdup (text);
  g_autoptr(GError) local_error = NULL;
  char *space = strchr (day, ' ');
  char *iso;

  /* Excel writes a date cell it formatted itself as "1965/3/12 0:00" */
  if (space != NULL && g_regex_match_simple ("^ +0?0:00(:00)?$", space, 0, 0))
    *space = '\0';
  iso = tx_civil_date_normalize (day, &local_error);
  if (iso == NULL)
    g_set_error (error, TX_CSV_ERROR, TX_CSV_ERROR_MAPPING,
                 _("“%s” is not a date; write it like 1965-03-12 or 1965.3.12"), text);
  return iso;
}
