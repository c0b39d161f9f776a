/* tx-demo-work.c — education, jobs and work units of the demo people
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/model/tx-activity.h"
#include "core/model/tx-codes.h"
#include "core/model/tx-community.h"
#include "core/model/tx-consultation.h"
#include "core/text/tx-idnumber.h"
#include "core/model/tx-pairing.h"
#include "core/model/tx-person.h"
#include "core/db/tx-settings.h"
#include "core/model/tx-staff.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "core/model/tx-visit.h"

#include "tx-demo-private.h"

static const Weighted education_learned[] = {
  { "11", 12 }, { "14", 30 }, { "21", 45 }, { "31", 13 },
};
static const Weighted education_new_class[] = {
  { "14", 15 }, { "21", 55 }, { "31", 25 }, { "61", 5 },
};
static const Weighted education_business[] = {
  { "14", 5 }, { "21", 30 }, { "31", 30 }, { "61", 25 }, { "71", 10 },
};
static const Weighted education_clergy[] = {
  { "21", 20 }, { "31", 20 }, { "41", 20 }, { "61", 30 }, { "71", 10 },
};
static const Weighted education_other[] = {
  { "21", 30 }, { "31", 25 }, { "41", 8 }, { "44", 3 }, { "47", 2 }, { "61", 17 },
  { "71", 12 }, { "81", 2 }, { "90", 1 },
};

/* ---- work --------------------------------------------------------------- */



static const DemoJob learned_jobs[] = {
  { "{city}大学", "教育", "教授", "教师", "学术讲座", 45 },
  { "{city}大学", "教育", "副教授", "教研室主任", NULL, 38 },
  { "{city}师范大学", "教育", "副教授", "教师", "家庭教育指导", 38 },
  { "{city}理工大学", "教育", "讲师", "教师", NULL, 0 },
  { "{city}市第一人民医院", "卫生", "主任医师", "心内科主任", "义诊、健康讲座", 45 },
  { "{city}市第一人民医院", "卫生", "副主任医师", "医生", "义诊", 38 },
  { "{city}市中医院", "卫生", "主治医师", "医生", "中医推拿", 28 },
  { "{city}市妇幼保健院", "卫生", "主管护师", "护士长", "急救培训", 32 },
  { "{district}人民医院", "卫生", "主治医师", "医生", "健康咨询", 28 },
  { "{city}市第三中学", "教育", "高级教师", "教师", "青少年辅导", 35 },
  { "{city}市实验小学", "教育", "一级教师", "班主任", "课后辅导", 0 },
  { "{district}外国语学校", "教育", "高级教师", "教研组长", "英语翻译", 35 },
  { "{city}市规划设计研究院", "科研", "高级工程师", "项目负责人", "城市规划", 35 },
  { "{city}市建筑设计研究院", "工程设计", "正高级工程师", "总建筑师", "老旧小区改造咨询", 45 },
  { "{city}市农业科学院", "科研", "研究员", "研究室主任", "园艺", 45 },
  { "{city}市农业科学院", "科研", "副研究员", "科研人员", NULL, 38 },
  { "{city}日报社", "新闻出版", "主任记者", "记者", "新闻写作", 40 },
  { "{city}图书馆", "文化", "副研究馆员", "馆员", "阅读推广", 38 },
  { "{city}博物馆", "文化", "副研究馆员", "文物保护部主任", "文物鉴赏", 40 },
};

static const DemoJob tech_jobs[] = {
  { "{city}{brand}科技有限公司", "信息技术", NULL, "技术总监", "电脑维修", 30 },
  { "{city}{brand}科技有限公司", "信息技术", "工程师", "研发工程师", NULL, 0 },
  { "{city}{brand}信息技术有限公司", "信息技术", NULL, "产品经理", NULL, 0 },
  { "{city}{brand}软件有限公司", "信息技术", "高级工程师", "项目经理", "网络安全", 35 },
  { "{city}{brand}生物医药有限公司", "医药", "工程师", "研发主管", NULL, 0 },
  { "{city}{brand}电子有限公司", "制造业", "会计师", "财务总监", "财务会计", 32 },
  { "{city}{brand}新能源有限公司", "能源", "工程师", "技术经理", NULL, 0 },
};

static const DemoJob intermediary_jobs[] = {
  { "{brand}律师事务所", "法律服务", NULL, "律师", "法律咨询", 0 },
  { "{brand}律师事务所", "法律服务", NULL, "合伙人律师", "法律咨询", 33 },
  { "{city}{brand}会计师事务所", "会计审计", "高级会计师", "注册会计师", "财务会计", 35 },
  { "{city}{brand}资产评估有限公司", "资产评估", NULL, "资产评估师", NULL, 0 },
  { "{city}{brand}税务师事务所", "税务服务", "会计师", "税务师", "税务咨询", 0 },
  { "{city}{brand}房地产经纪有限公司", "房地产中介", NULL, "门店经理", NULL, 0 },
};

static const DemoJob freelance_jobs[] = {
  { NULL, "自由职业", NULL, "自由撰稿人", "写作", 0 },
  { NULL, "自由职业", NULL, "独立设计师", "平面设计", 0 },
  { NULL, "自由职业", NULL, "摄影师", "摄影", 0 },
  { NULL, "自由职业", NULL, "心理咨询师", "心理疏导", 0 },
  { NULL, "自由职业", NULL, "翻译", "英语翻译", 0 },
  { NULL, "文化艺术", NULL, "书画家", "书法、国画", 0 },
};

static const DemoJob media_jobs[] = {
  { "{city}{brand}文化传媒有限公司", "文化传媒", NULL, "主播", "短视频制作", 0 },
  { "{city}{brand}文化传媒有限公司", "文化传媒", NULL, "内容运营", NULL, 0 },
  { "{city}{brand}网络科技有限公司", "互联网", NULL, "短视频创作者", "短视频制作", 0 },
  { "{city}{brand}网络科技有限公司", "互联网", NULL, "新媒体编辑", "新媒体运营", 0 },
};

static const DemoJob business_jobs[] = {
  { "{city}{brand}贸易有限公司", "批发零售", NULL, "董事长", NULL, 30 },
  { "{city}{brand}餐饮管理有限公司", "餐饮", NULL, "总经理", "烹饪", 0 },
  { "{district}{brand}建材商行", "批发零售", NULL, "业主", NULL, 0 },
  { "{city}{brand}物流有限公司", "交通物流", NULL, "总经理", NULL, 0 },
  { "{city}{brand}装饰工程有限公司", "建筑装饰", NULL, "执行董事", "家装设计", 30 },
  { "{district}{brand}服饰店", "居民服务", NULL, "店主", "服装裁剪", 0 },
  { "{city}{brand}机械制造有限公司", "制造业", "高级经济师", "董事长", NULL, 38 },
  { "{city}{brand}家政服务有限公司", "居民服务", NULL, "总经理", "家政培训", 0 },
};

static const struct
{
  const DemoJob *jobs;
  guint          n_jobs;
} job_tables[N_JOB_KINDS] = {
  [JOB_LEARNED] = { learned_jobs, G_N_ELEMENTS (learned_jobs) },
  [JOB_TECH] = { tech_jobs, G_N_ELEMENTS (tech_jobs) },
  [JOB_INTERMEDIARY] = { intermediary_jobs, G_N_ELEMENTS (intermediary_jobs) },
  [JOB_FREELANCE] = { freelance_jobs, G_N_ELEMENTS (freelance_jobs) },
  [JOB_MEDIA] = { media_jobs, G_N_ELEMENTS (media_jobs) },
  [JOB_BUSINESS] = { business_jobs, G_N_ELEMENTS (business_jobs) },
};


/* religious venues and posts, by religion code */
static const struct
{
  const char *religion;
  const char *venue;       /* template: {city} {name} */
  const char *names[4];
  const char *posts[3];
  const char *association;
} clergy[] = {
  { "2", "{city}{name}寺", { "宝华", "清凉", "弘觉", "慈航" }, { "住持", "监院", "法师" }, "{district}佛教协会" },
  { "3", "{city}{name}观", { "玄妙", "紫阳", "三清", "朝天" }, { "住持", "道长", "道长" }, "{city}市道教协会" },
  { "4", "{city}{name}清真寺", { "东关", "西关", "南门", "太平" }, { "教长", "阿訇", "寺管会主任" }, "{city}市伊斯兰教协会" },
  { "5", "{city}{name}天主堂", { "圣母", "圣心", "若瑟", "石鼓路" }, { "神父", "修女", "堂委会主任" }, "{city}市天主教爱国会" },
  { "6", "{city}{name}堂", { "恩典", "福音", "莫愁路", "圣保罗" }, { "牧师", "长老", "传道员" }, "{city}市基督教三自爱国运动委员会" },
};









/* the association of the clergy of @religion, or NULL */
const char *
_tx_demo_clergy_association (const char *religion)
{
  for (guint r = 0; r < G_N_ELEMENTS (clergy); r++)
    if (g_str_equal (clergy[r].religion, religion))
      return clergy[r].association;
  return NULL;
}

static JobKind
job_kind (Demo *d,
          int   primary)
{
  static const Weighted new_class[] = {
    { "1", 35 }, { "2", 30 }, { "3", 15 }, { "4", 20 },   /* JobKind values */
  };

  switch (primary)
    {
    case 2: case 3:
      return JOB_LEARNED;
    case 1:
      return _tx_demo_chance (d, 70) ? JOB_LEARNED : _tx_demo_chance (d, 65) ? JOB_TECH : JOB_BUSINESS;
    case 6:
      return JOB_BUSINESS;
    case 7:
      return (JobKind) atoi (PICK_WEIGHTED (d, new_class));
    case 8:
      return _tx_demo_chance (d, 50) ? JOB_TECH : JOB_LEARNED;
    default:
      return (JobKind) PICK (d, ((const int []) { JOB_LEARNED, JOB_TECH, JOB_BUSINESS, JOB_INTERMEDIARY }));
    }
}

static const char *
choose_education (Demo    *d,
                  JobKind  kind,
                  int      primary)
{
  if (primary == 5)
    return PICK_WEIGHTED (d, education_clergy);
  switch (kind)
    {
    case JOB_LEARNED:
      return PICK_WEIGHTED (d, education_learned);
    case JOB_BUSINESS:
      return PICK_WEIGHTED (d, education_business);
    case JOB_TECH: case JOB_INTERMEDIARY: case JOB_MEDIA: case JOB_FREELANCE:
      return PICK_WEIGHTED (d, education_new_class);
    case N_JOB_KINDS:
    default:
      return PICK_WEIGHTED (d, education_other);
    }
}

static const char *
degree_for (Demo       *d,
            const char *education)
{
  if (g_str_equal (education, "11"))
    return "2";
  if (g_str_equal (education, "14"))
    return "3";
  if (g_str_equal (education, "21") && _tx_demo_chance (d, 85))
    return "4";
  return NULL;
}

static const char * const category_labels[13] = {
  [2] = "无党派人士", [3] = "党外知识分子", [6] = "非公有制经济人士",
  [7] = "新的社会阶层人士", [8] = "归国留学人员", [10] = "台属",
  [11] = "归侨侨眷", [12] = "社区代表人士",
};

/* How minutes and sign-in sheets introduce someone. */
static char *
who_text (Demo             *d,
          const DemoPerson *info,
          int               primary,
          gboolean          hong_kong)
{
  switch (primary)
    {
    case 1:
      return g_strdup (tx_codes_name (d->db, TX_CODE_POLITICAL, info->political));
    case 4:
      return g_strdup (tx_codes_name (d->db, TX_CODE_ETHNICITY, info->ethnicity));
    case 5:
      return g_strconcat (tx_codes_name (d->db, TX_CODE_RELIGION, info->religion), "界人士", NULL);
    case 9:
      return g_strdup (hong_kong ? "香港同胞" : "澳门同胞");
    default:
      return g_strdup (category_labels[primary]);
    }
}

static void
set_job (TxPerson      *p,
         const DemoJob *job,
         const char    *unit,
         gboolean       retired)
{
  tx_person_set_work_unit (p, unit);
  tx_person_set_work_post (p, retired ? "退休" : job->post);
  tx_person_set_professional_title (p, job->title);
  tx_person_set_sector (p, job->sector);
}

/* A job of @kind that someone of @age can hold. */
static const DemoJob *
pick_job (Demo    *d,
          JobKind  kind,
          int      age)
{
  guint found[32];
  guint n = 0;

  for (guint i = 0; i < job_tables[kind].n_jobs && n < G_N_ELEMENTS (found); i++)
    if (job_tables[kind].jobs[i].min_age <= age)
      found[n++] = i;
  return &job_tables[kind].jobs[n > 0 ? found[_tx_demo_rnd (d, 0, n - 1)] : 0];
}

/* Returned students mostly hold a graduate degree; a professional title
 * needs at least a college education. */
static const char *
fit_education (const DemoPerson *info,
               const DemoJob    *job,
               const char       *education)
{
  if (HAS (info, 8) && !g_str_equal (education, "11") && !g_str_equal (education, "14"))
    return "14";
  if (job->title != NULL && strcmp (education, "41") >= 0)
    return "31";
  return education;
}

/* Education, work and the label; returns the job's skill, if any. */
const char *
_tx_demo_choose_work (Demo       *d,
                      DemoPerson *info,
                      int         primary,
                      gboolean    hong_kong,
                      TxPerson   *p)
{
  JobKind kind = job_kind (d, primary);
  const char *education = choose_education (d, kind, primary);
  gboolean retired = _tx_demo_age_of (d, info) >= (info->male ? 60 : 55) && kind != JOB_BUSINESS && _tx_demo_chance (d, 80);
  g_autofree char *who = who_text (d, info, primary, hong_kong);
  g_autofree char *unit = NULL;
  DemoJob job;

  if (primary == 5)
    {
      guint r = 0;

      while (r + 1 < G_N_ELEMENTS (clergy) && !g_str_equal (clergy[r].religion, info->religion))
        r++;
      job = (DemoJob) { NULL, "宗教", NULL, PICK (d, clergy[r].posts), NULL, 0 };
      unit = _tx_demo_fill (d, clergy[r].venue, "{name}", PICK (d, clergy[r].names), NULL);
      retired = FALSE;
    }
  else
    {
      job = *pick_job (d, kind, _tx_demo_age_of (d, info));
      if (job.unit != NULL)
        unit = _tx_demo_fill (d, job.unit, "{brand}", PICK_WORD (d, WORDS (brands)), NULL);
    }
  info->education = fit_education (info, &job, education);
  tx_person_set_education (p, info->education);
  tx_person_set_degree (p, degree_for (d, info->education));
  set_job (p, &job, unit, retired);

  if (retired)
    info->label = g_strdup_printf ("%s，%s退休%s", who, unit != NULL ? unit : "",
                                   job.title != NULL ? job.title : job.post);
  else
    info->label = g_strdup_printf ("%s，%s%s", who, unit != NULL ? unit : "", job.post);
  return job.skill;
}
