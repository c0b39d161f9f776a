/* tx-demo.c — realistic demonstration data for a street office
 *
 * Everything comes from one GRand seeded by the caller, UUIDs included,
 * and the database clock is pinned: the same seed gives the same file,
 * so screenshots, manuals and bug reports can refer to the same people.
 * The names, places and units are made up; area codes and code tables are
 * the real ones, so that the data passes the same checks as real data.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tx-demo.h"
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

#define UUID_LEN      37      /* 36 characters and the NUL */
#define WINDOW_DAYS   900     /* how far back the records go */

typedef struct
{
  const char *value;
  guint       weight;
} Weighted;

#define PICK(d, array) ((array)[rnd ((d), 0, G_N_ELEMENTS (array) - 1)])
#define PICK_WEIGHTED(d, table) pick_weighted ((d), (table), G_N_ELEMENTS (table))

/* ---- places ------------------------------------------------------------- */

typedef struct
{
  const char *code;        /* GB/T 2260 county-level code */
  const char *city;        /* without 市: 南京 */
  const char *district;
  const char *phone_area;
  const char *native;      /* how 籍贯 names it */
} DemoDistrict;

static const DemoDistrict districts[] = {
  { "110105", "北京", "朝阳区", "010", "北京" },
  { "320102", "南京", "玄武区", "025", "江苏南京" },
  { "330106", "杭州", "西湖区", "0571", "浙江杭州" },
  { "420106", "武汉", "武昌区", "027", "湖北武汉" },
  { "510107", "成都", "武侯区", "028", "四川成都" },
  { "440106", "广州", "天河区", "020", "广东广州" },
  { "610113", "西安", "雁塔区", "029", "陕西西安" },
  { "370102", "济南", "历下区", "0531", "山东济南" },
};

/* Street and community names are made of a root and, for communities, a
 * suffix: a district of 100,000 united-front people has some forty streets
 * and four hundred communities. */
static const char * const street_roots[] = {
  "新华", "和平", "东风", "长青", "文苑", "锦华", "丰泽", "桂园", "嘉园", "兴隆",
  "朝阳", "建设", "人民", "解放", "光明", "团结", "胜利", "友谊", "滨江", "湖滨",
  "龙华", "凤凰", "金山", "银河", "育才", "学府", "东湖", "西湖", "南湖", "北苑",
  "清河", "白云", "青山", "绿洲", "新城", "老城", "北关", "南关", "东关", "西关",
  "望京", "花园", "城南", "城北", "江滨", "湖东", "双塔", "石桥", "古楼", "钟楼",
};

static const char * const community_roots[] = {
  "幸福里", "文化路", "向阳", "桃源", "春晖", "金桥", "翠湖", "明珠", "安康", "长乐",
  "绿园", "书香苑", "丹桂", "清水湾", "望江", "梧桐", "光华", "紫荆", "玉兰", "银杏",
  "枫林", "松柏", "海棠", "芙蓉", "杏花", "柳岸", "荷塘", "滨河", "龙泉", "锦绣",
  "晨光", "曙光", "红旗", "工人村", "铁路新村", "园丁", "百合", "牡丹", "丁香", "蔷薇",
  "鸿福", "瑞祥", "嘉和", "怡景", "康乐", "永安", "太平", "福星", "福寿", "吉祥",
  "东门", "西门", "南门", "北门", "新桥", "老街", "花溪", "月湖", "星河", "阳光",
};

static const char * const community_suffixes[] = {
  "社区", "东社区", "西社区", "南社区", "北社区", "一社区", "二社区", "三社区",
};

static const char * const road_names[] = {
  "建设路", "解放路", "人民路", "中山路", "和平路", "文化路", "青年路", "胜利路",
  "光明路", "朝阳路", "长江路", "黄河路", "新华路", "团结路", "幸福路", "丹桂路",
  "梧桐巷", "桃园街", "春晖路", "金桥路", "翠湖路", "明珠路", "安康路", "长乐路",
  "绿园路", "书院街", "清水路", "望江路", "学府路", "科技路", "育才路", "东风路",
};

typedef struct
{
  const char *place;
  const char *area;        /* an area code there, for ID numbers */
  const char *ethnicity;   /* NULL: anyone; else the people mostly from there */
} DemoNative;

static const DemoNative natives[] = {
  { "江苏南通", "320602", NULL }, { "山东潍坊", "370702", NULL },
  { "浙江绍兴", "330602", NULL }, { "湖南长沙", "430102", NULL },
  { "河北保定", "130602", NULL }, { "安徽合肥", "340104", NULL },
  { "四川绵阳", "510703", NULL }, { "广东梅州", "441402", NULL },
  { "福建泉州", "350502", NULL }, { "河南洛阳", "410302", NULL },
  { "湖北黄冈", "421102", NULL }, { "辽宁沈阳", "210102", NULL },
  { "黑龙江哈尔滨", "230102", NULL }, { "江西九江", "360402", NULL },
  { "山西太原", "140105", NULL }, { "陕西宝鸡", "610302", NULL },
  { "江苏扬州", "321002", NULL }, { "浙江宁波", "330203", NULL },
  { "上海", "310104", NULL }, { "天津", "120101", NULL },
  { "宁夏银川", "640104", "03" }, { "甘肃临夏", "622901", "03" },
  { "内蒙古呼和浩特", "150102", "02" }, { "吉林延边", "222401", "10" },
  { "河北承德", "130802", "11" }, { "辽宁沈阳", "210102", "11" },
  { "广西南宁", "450103", "08" }, { "新疆喀什", "653101", "05" },
  { "西藏拉萨", "540102", "04" }, { "贵州黔东南", "522601", "06" },
  { "湖南湘西", "433101", "15" }, { "云南楚雄", "532301", "07" },
  { "云南大理", "532901", "14" }, { "新疆伊犁", "654002", "17" },
  { "新疆察布查尔", "654022", "38" }, { "甘肃东乡", "622926", "26" },
  { "青海循化", "630225", "35" },
};

#define N_HAN_NATIVES 20     /* the first rows: places anyone may come from */

static const char * const moved_to[] = {
  "上海市浦东新区", "苏州市工业园区", "深圳市南山区", "本市鼓楼区", "外地（随子女居住）",
  "本市江北新区", "杭州市滨江区",
};

/* ---- names -------------------------------------------------------------- */

/* Frequencies per 100,000 after the 2020 census tables, rounded; the tail
 * keeps the surnames that sort or read unusually (单 Shàn, 曾 Zēng, 解 Xiè,
 * 区 Ōu, 查 Zhā, 仇 Qiú, 朴 Piáo, 盖 Gě, 乐 Yuè, and the compound ones). */
static const Weighted surnames[] = {
  { "王", 710 }, { "李", 700 }, { "张", 660 }, { "刘", 540 }, { "陈", 450 },
  { "杨", 310 }, { "黄", 220 }, { "赵", 200 }, { "吴", 200 }, { "周", 190 },
  { "徐", 130 }, { "孙", 120 }, { "马", 120 }, { "朱", 110 }, { "胡", 100 },
  { "郭", 97 }, { "何", 90 }, { "林", 90 }, { "高", 90 }, { "罗", 86 },
  { "郑", 80 }, { "梁", 70 }, { "谢", 60 }, { "宋", 60 }, { "唐", 60 },
  { "许", 50 }, { "韩", 50 }, { "冯", 50 }, { "邓", 50 }, { "曹", 50 },
  { "彭", 50 }, { "曾", 45 }, { "肖", 45 }, { "田", 40 }, { "董", 40 },
  { "袁", 40 }, { "潘", 40 }, { "于", 38 }, { "蒋", 38 }, { "蔡", 38 },
  { "余", 38 }, { "杜", 35 }, { "叶", 35 }, { "程", 35 }, { "苏", 33 },
  { "魏", 33 }, { "吕", 33 }, { "丁", 32 }, { "任", 32 }, { "沈", 30 },
  { "姚", 30 }, { "卢", 30 }, { "姜", 28 }, { "崔", 28 }, { "钟", 28 },
  { "谭", 27 }, { "陆", 27 }, { "汪", 27 }, { "范", 26 }, { "金", 26 },
  { "石", 25 }, { "廖", 25 }, { "贾", 25 }, { "夏", 24 }, { "韦", 24 },
  { "付", 24 }, { "方", 23 }, { "白", 22 }, { "邹", 22 }, { "孟", 22 },
  { "熊", 21 }, { "秦", 21 }, { "邱", 21 }, { "江", 20 }, { "尹", 20 },
  { "薛", 20 }, { "闫", 19 }, { "段", 19 }, { "雷", 19 }, { "侯", 18 },
  { "龙", 18 }, { "史", 18 }, { "陶", 17 }, { "黎", 17 }, { "贺", 17 },
  { "顾", 16 }, { "毛", 16 }, { "郝", 16 }, { "龚", 15 }, { "邵", 15 },
  { "万", 15 }, { "钱", 15 }, { "严", 14 }, { "武", 14 }, { "戴", 14 },
  { "覃", 12 }, { "莫", 12 }, { "孔", 12 }, { "向", 11 }, { "汤", 11 },
  { "单", 8 }, { "翟", 6 }, { "朴", 6 }, { "仇", 5 }, { "解", 5 },
  { "查", 5 }, { "缪", 4 }, { "乐", 4 }, { "区", 3 }, { "盖", 3 },
  { "欧阳", 8 }, { "司马", 2 }, { "诸葛", 2 }, { "上官", 2 }, { "东方", 1 },
  { "皇甫", 1 }, { "令狐", 1 }, { "长孙", 1 }, { "端木", 1 }, { "慕容", 1 },
  { "夏侯", 1 }, { "公孙", 1 }, { "尉迟", 1 },
};

static const char * const hui_surnames[] = { "马", "白", "哈", "纳", "海", "丁", "杨" };
static const char * const korean_surnames[] = { "金", "朴", "崔", "李", "郑", "姜" };

/* Given-name characters, the most frequent first (after name statistics of
 * the 2020 census and the public-security name reports): a name takes one
 * or two of them, the earlier ones more often, so that 100,000 people
 * carry over 90,000 different names, as real registers do. */
static const char * const male_chars[] = {
  "伟", "军", "勇", "杰", "涛", "斌", "强", "明", "华", "建", "国", "志", "文", "海",
  "东", "平", "辉", "刚", "波", "鹏", "宇", "浩", "俊", "峰", "磊", "超", "林", "亮",
  "成", "龙", "飞", "晨", "凯", "宏", "德", "胜", "永", "庆", "忠", "良", "立", "新",
  "春", "博", "阳", "翔", "昊", "睿", "泽", "轩", "健", "帆", "旭", "宁", "鑫", "然",
  "民", "生", "荣", "发", "祥", "福", "贵", "兵", "光", "金", "山", "江", "洪", "清",
  "振", "家", "昌", "锋", "彬", "毅", "坤", "炜", "琦", "铭", "瑞", "晖", "啸", "岩",
  "松", "柏", "森", "栋", "梁", "骏", "驰", "腾", "航", "远", "达", "诚", "信", "义",
  "仁", "礼", "智", "勤", "俭", "厚", "朴", "淳", "健", "康", "寿", "禄", "喜", "庚",
  "海", "涵", "源", "渊", "澄", "湘", "沛", "潇", "卓", "越", "超", "群", "英", "雄",
  "豪", "杰", "斐", "彦", "恺", "煜", "烨", "炎", "焱", "晟", "昱", "晗", "景", "晋",
  "钧", "铎", "锐", "钊", "锦", "铮", "镇", "鸿", "鹤", "鹰", "麟", "骁", "骞", "赫",
  "弘", "泓", "宸", "皓", "颢", "璟", "琨", "瑾", "逸", "致", "哲", "政", "治", "安",
};

static const char * const female_chars[] = {
  "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲", "桂", "英", "燕", "萍",
  "红", "梅", "琳", "雪", "婷", "慧", "莉", "倩", "颖", "洁", "晶", "欣", "怡", "佳",
  "悦", "琪", "璐", "蕾", "薇", "雯", "楠", "月", "兰", "凤", "珍", "淑", "丹", "晓",
  "云", "华", "美", "玉", "春", "菊", "荣", "香", "琴", "素", "莲", "珠", "翠", "彩",
  "虹", "娇", "媛", "婧", "妍", "姝", "娴", "婉", "嫣", "姣", "娅", "妮", "婕", "婵",
  "瑶", "瑜", "璇", "琼", "瑛", "珊", "琦", "瑾", "璟", "瑞", "萱", "蓉", "芸", "茜",
  "莹", "菲", "萌", "蕊", "芹", "芝", "芬", "茹", "荷", "蓓", "苗", "蔓", "雅", "静",
  "馨", "诗", "梦", "思", "若", "如", "依", "语", "心", "可", "乐", "笑", "冰", "清",
  "露", "霏", "雨", "岚", "溪", "湘", "涵", "沁", "潇", "滢", "澜", "漪", "汐", "泠",
  "宁", "安", "平", "贞", "惠", "秋", "冬", "银", "凡", "舒", "畅", "晴", "晗", "昕",
  "曦", "昭", "晨", "婷", "苑", "园", "芮", "芊", "蕙", "兰", "竹", "枫", "桐", "楚",
};

/* names of their time, now and then: the 1940s–60s, and the 1990s */
static const char * const classic_male[] = {
  "建国", "建华", "建军", "国庆", "国强", "志强", "卫东", "卫国", "红兵", "振华",
  "德华", "永红", "建平", "跃进", "学军", "援朝", "保国", "胜利", "抗美", "向东",
  "爱国", "建设", "解放", "和平", "新民", "卫星", "东升", "国栋", "文革", "立新",
};
static const char * const classic_female[] = {
  "秀英", "桂英", "秀兰", "玉兰", "淑珍", "凤英", "桂兰", "玉珍", "秀珍", "淑英",
  "丽华", "美玲", "红梅", "建英", "玉梅", "桂芳", "素琴", "翠兰", "金凤", "玉芬",
  "兰英", "凤兰", "秀云", "桂珍", "淑华", "爱华", "红英", "春兰", "冬梅", "腊梅",
};
static const char * const modern_male[] = {
  "子轩", "浩然", "宇航", "俊杰", "博文", "一鸣", "天宇", "皓轩", "思远", "嘉豪",
  "梓豪", "宇轩", "子豪", "浩宇", "俊熙", "沐宸", "奕辰", "宇泽", "浩轩", "亦辰",
};
static const char * const modern_female[] = {
  "欣怡", "梓涵", "诗涵", "雨桐", "佳怡", "思雨", "可馨", "婉婷", "雨欣", "梦琪",
  "子涵", "一诺", "欣妍", "梓萱", "诗琪", "若汐", "语嫣", "雨涵", "可欣", "思涵",
};

/* Peoples whose names are not a Han surname and given name: a name of
 * two parts drawn from a pool (扎西 + 多吉), or a given name and the
 * father's name joined with · (艾力·买买提). */
typedef struct
{
  const char        *ethnicity;
  const char        *separator;       /* "" or "·" */
  const char * const *male;          /* NULL-terminated */
  const char * const *female;
  const char * const *second;        /* the father's name, or a second part */
} DemoNativeNames;

static const char * const uyghur_male[] = {
  "艾力", "买买提", "艾尔肯", "阿不都热依木", "吐尔逊", "艾合买提", "阿迪力", "努尔",
  "亚森", "热合曼", "肉孜", "依明", "卡德尔", "玉素甫", "阿里木", "吾斯曼", "麦麦提",
  "阿布拉", "伊力哈木", "司马义", NULL };
static const char * const uyghur_female[] = {
  "古丽娜尔", "热依拉", "阿依古丽", "迪丽努尔", "帕提古丽", "阿依努尔", "米娜瓦尔",
  "祖丽胡玛尔", "努尔古丽", "热娜", "阿米娜", "再娜甫", "茹仙古丽", "沙吉旦", NULL };
static const char * const kazakh_male[] = {
  "努尔兰", "叶尔江", "别克", "达吾列提", "叶尔肯", "哈力木", "阿斯哈尔", "加肯",
  "赛力克", "波拉提", "吐尔洪", "叶尔兰", "马合沙提", "胡安", NULL };
static const char * const kazakh_female[] = {
  "阿依努尔", "古丽米拉", "加娜尔", "阿克托热", "阿娜尔", "沙吾列", "巴合提古丽",
  "玛依拉", "阿依古丽", "哈丽玛", NULL };
static const char * const tibetan_first[] = {
  "扎西", "次仁", "格桑", "丹增", "索朗", "洛桑", "边巴", "普布", "达瓦", "拉巴",
  "强巴", "旺堆", "尼玛", "平措", "顿珠", "贡布", NULL };
static const char * const tibetan_male_second[] = {
  "多吉", "平措", "旺堆", "尼玛", "顿珠", "次仁", "罗布", "加措", "坚参", "曲扎", NULL };
static const char * const tibetan_female[] = {
  "卓玛", "央金", "拉姆", "卓嘎", "德吉", "央宗", "曲珍", "白玛", "措姆", "玉珍",
  "次仁", "格桑", "达瓦", "旦增", NULL };
static const char * const tibetan_female_second[] = {
  "卓玛", "拉姆", "卓嘎", "央宗", "曲珍", "措姆", "玉珍", "白珍", "德吉", "旺姆", NULL };
static const char * const mongol_male[] = {
  "巴特", "额尔敦", "苏和", "朝鲁", "那顺", "宝音", "阿拉坦", "巴雅尔", "乌力吉", "哈斯",
  "图门", "敖其尔", "吉日嘎拉", "毕力格", "达来", "孟和", NULL };
static const char * const mongol_male_second[] = {
  "尔", "巴特尔", "仓", "孟和", "毕力格", "达来", "巴根", "图", "额尔德尼", "朝克图", NULL };
static const char * const mongol_female[] = {
  "乌云", "其木格", "萨仁", "斯琴", "娜仁", "图雅", "高娃", "琪琪格", "托娅", "阿拉坦", NULL };
static const char * const mongol_female_second[] = {
  "其其格", "高娃", "图雅", "花", "琪琪格", "塔娜", "格日勒", "托娅", NULL };

static const DemoNativeNames native_names[] = {
  { "05", "·", uyghur_male, uyghur_female, uyghur_male },
  { "17", "·", kazakh_male, kazakh_female, kazakh_male },
  { "04", "", tibetan_first, tibetan_female, NULL },
  { "02", "", mongol_male, mongol_female, NULL },
};

/* ---- people ------------------------------------------------------------- */

static const Weighted primary_categories[] = {
  { "03", 280 }, { "07", 240 }, { "06", 110 }, { "01", 100 }, { "02", 40 },
  { "04", 50 }, { "05", 20 }, { "08", 50 }, { "09", 15 }, { "10", 20 },
  { "11", 45 }, { "12", 30 },
};

static const Weighted minority_ethnicities[] = {
  { "03", 25 }, { "11", 20 }, { "08", 10 }, { "02", 10 }, { "10", 8 },
  { "15", 6 }, { "06", 5 }, { "05", 5 }, { "04", 4 }, { "14", 3 },
  { "07", 3 }, { "17", 2 }, { "38", 1 },
};

static const Weighted muslim_ethnicities[] = {
  { "03", 70 }, { "05", 12 }, { "17", 6 }, { "26", 6 }, { "35", 6 },
};

static const Weighted clergy_religions[] = {
  { "2", 35 }, { "3", 15 }, { "4", 15 }, { "5", 10 }, { "6", 25 },
};

static const Weighted lay_religions[] = {
  { "1", 880 }, { "2", 60 }, { "6", 30 }, { "5", 10 }, { "3", 10 }, { "9", 10 },
};

static const Weighted democratic_parties[] = {
  { "05", 25 }, { "07", 18 }, { "06", 15 }, { "10", 15 }, { "08", 12 },
  { "04", 8 }, { "09", 5 }, { "11", 2 },
};

static const char * const party_short[] = {
  [4] = "民革", [5] = "民盟", [6] = "民建", [7] = "民进",
  [8] = "农工党", [9] = "致公党", [10] = "九三学社", [11] = "台盟",
};

static const char * const party_posts[] = {
  "支部主委", "支部副主委", "支部委员", "基层委员会委员",
};

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

typedef enum
{
  JOB_LEARNED,
  JOB_TECH,
  JOB_INTERMEDIARY,
  JOB_FREELANCE,
  JOB_MEDIA,
  JOB_BUSINESS,
  N_JOB_KINDS
} JobKind;

typedef struct
{
  const char *unit;        /* template: {city} {district} {brand} */
  const char *sector;
  const char *title;       /* 职称 */
  const char *post;
  const char *skill;
  int         min_age;     /* a senior title or post takes years */
} DemoJob;

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

static const char * const brands[] = {
  "华信", "恒通", "瑞丰", "博远", "中科", "汇智", "云帆", "新途", "金域", "鼎盛",
  "启明", "天衡", "正源", "嘉禾", "易达", "联创", "普惠", "智汇", "星辰", "蓝海",
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

static const char * const skills[] = {
  "书法", "国画", "摄影", "声乐", "钢琴", "太极拳", "手工编织", "家电维修", "园艺",
  "烹饪", "社区调解", "英语翻译", "心理疏导", "电脑维修", "短视频制作", "剪纸",
};

static const char * const elderly_health[] = {
  "高血压，定期服药", "糖尿病，血糖控制平稳", "身体健康", "腿脚不便，出行需家人陪同",
  "冠心病史，定期复查", "听力下降，沟通需放慢语速", "身体较好，坚持晨练",
};

static const char * const illnesses[] = {
  "脑梗塞", "冠心病", "股骨骨折", "肺部感染", "胆结石", "腰椎间盘突出",
};

static const char * const hardships[] = {
  "配偶长期患病，医疗支出较大，家庭经济困难",
  "本人失业，子女在读大学，生活较为困难",
  "独居，退休金较低，生活较为困难",
  "企业经营困难，资金周转紧张",
};

static const char * const misfortunes[] = {
  "配偶病故", "子女因病去世", "家中房屋失火受损", "父母相继病故",
};

static const char * const overseas[] = {
  "印度尼西亚", "马来西亚", "泰国", "美国", "加拿大", "澳大利亚", "新加坡", "日本",
};

/* where people study abroad: not the overseas-Chinese countries above */
static const char * const study_countries[] = {
  "美国", "英国", "日本", "德国", "澳大利亚", "法国", "加拿大", "新加坡", "韩国", "俄罗斯",
};

static const char * const mobile_prefixes[] = {
  "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
  "150", "151", "152", "153", "155", "156", "157", "158", "159",
  "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
};

/* ---- activities --------------------------------------------------------- */

typedef struct
{
  const char *type;
  const char *title;
  int         month;       /* the month it belongs to, 0: any */
  int         days;
  const char *place;       /* NULL: the community's or the street's hall;
                            * {where}: the community, or the street */
} DemoActivityKind;

static const DemoActivityKind activity_kinds[] = {
  { "01", "迎新春统战人士联谊会", 1, 1, NULL },
  { "01", "“同心圆”中秋茶话会", 9, 1, NULL },
  { "01", "庆国庆联欢会", 9, 1, NULL },
  { "01", "新的社会阶层人士联谊活动", 0, 1, NULL },
  { "02", "摄影兴趣小组外拍活动", 0, 1, "{city}植物园" },
  { "02", "压花兴趣小组作品交流", 0, 1, NULL },
  { "02", "书画兴趣小组笔会", 0, 1, NULL },
  { "02", "合唱兴趣小组排练", 0, 1, NULL },
  { "03", "五月鲜花展", 5, 5, "{street}文化广场" },
  { "03", "统战人士书画作品展", 0, 7, "{street}文化活动中心展厅" },
  { "03", "“同心向党”摄影作品展", 6, 5, "{street}文化活动中心展厅" },
  { "04", "统一战线政策法规学习会", 0, 1, NULL },
  { "04", "新的社会阶层人士培训班", 0, 2, "{district}委党校" },
  { "05", "《民法典》专题讲座", 0, 1, NULL },
  { "05", "经济形势专题报告会", 0, 1, NULL },
  { "05", "“健康养生”专题报告会", 0, 1, NULL },
  { "05", "民族宗教政策专题报告会", 0, 1, NULL },
  { "06", "参观革命历史纪念馆", 0, 1, "{city}革命历史纪念馆" },
  { "06", "赴高新技术产业园考察", 0, 1, "{city}高新技术产业园" },
  { "06", "参观城市规划展览馆", 0, 1, "{city}城市规划展览馆" },
  { "07", "环境整治志愿服务", 0, 1, "{where}辖区背街小巷" },
  { "07", "义务植树", 3, 1, "{district}滨河公园" },
  { "07", "免费健康检查", 0, 1, "{where}文化广场" },
  { "07", "法律咨询进社区", 0, 1, "{where}文化广场" },
  { "07", "爱心助学捐赠", 8, 1, NULL },
  { "08", "趣味运动会", 0, 1, "{street}全民健身中心" },
  { "08", "重阳登高健步走", 10, 1, "{city}郊野公园" },
  { "08", "乒乓球友谊赛", 0, 1, "{street}全民健身中心" },
  { "07", "新春送福写春联", 1, 1, NULL },
  { "99", "统战人士恳谈交流", 0, 1, NULL },
};

static const char * const activity_types[] = { "01", "02", "03", "04", "05", "06", "07", "08", "99" };

/* by activity type: how the write-up opens, what happened, what came of it,
 * and the range of the {n} they mention */
static const struct
{
  const char *type;
  const char *lead;
  const char *body;
  const char *outcome;
  int         n_min, n_max;
} activity_texts[] = {
  { "01", "{date}{part}，{organiser}在{place}举办{title}，辖区{groups}等{count}人参加。",
    "活动中，大家表演了歌舞、诗朗诵等节目，畅谈社区发展变化和个人工作生活感受。",
    "增进了统战人士之间的了解和友谊，进一步凝聚了共识。", 0, 0 },
  { "02", "{date}{part}，{organiser}在{place}举办{title}，辖区{groups}等{count}人参加。",
    "组员们交流了近期作品，指导老师现场点评，并布置了下一阶段的创作主题。",
    "丰富了统战人士的业余文化生活，兴趣小组新增成员{n}人。", 2, 6 },
  { "03", "{date}，{organiser}在{place}举办{title}，辖区{groups}等{count}人参加开幕式。",
    "展览共展出作品{n}件，开幕当天吸引辖区居民二百余人次参观。",
    "展示了统战人士的风采，扩大了社区统战工作的影响。", 40, 120 },
  { "04", "{date}{part}，{organiser}在{place}举办{title}，辖区{groups}等{count}人参加。",
    "邀请区委统战部同志授课，系统讲解了统一战线的有关政策，学员结合工作实际进行了交流讨论。",
    "提高了统战人士对党的统一战线方针政策的理解，学员普遍反映收获较大。", 0, 0 },
  { "05", "{date}{part}，{organiser}在{place}举办{title}，辖区{groups}等{count}人参加。",
    "报告会邀请专家作专题辅导，与会人员踊跃提问，现场交流气氛热烈。",
    "与会人员表示受益匪浅，希望今后多举办此类活动。", 0, 0 },
  { "06", "{date}，{organiser}组织辖区{groups}等{count}人{title}。",
    "大家认真参观了展陈，听取了讲解介绍，并在参观结束后进行了座谈交流。",
    "增强了统战人士对城市发展成就的认同感和归属感。", 0, 0 },
  { "07", "{date}{part}，{organiser}组织辖区{groups}等{count}人在{place}开展{title}活动。",
    "志愿者们分组开展服务，耐心细致，共服务居民{n}人次。",
    "活动收到群众好评，社区微信群里点赞不断。", 50, 300 },
  { "08", "{date}{part}，{organiser}在{place}举办{title}，辖区{groups}等{count}人参加。",
    "活动设置了多个项目，大家积极参与、相互加油，现场气氛热烈。",
    "增强了统战人士的凝聚力，展示了健康向上的精神风貌。", 0, 0 },
  { "99", "{date}{part}，{organiser}在{place}举办{title}活动，辖区{groups}等{count}人参加。",
    "大家交流了近况，对社区工作提出了意见建议，社区党委逐一作了回应。",
    "收集意见建议{n}条，已交社区居委会梳理办理。", 3, 12 },
};

/* minutes after midnight; the evening only indoors */
static const int start_minutes[] = { 540, 570, 840, 870, 1140 };

static const char * const excuses[] = {
  "因病请假", "出差", "家中有事", "单位临时有会", "外出探亲",
};

/* ---- holidays ----------------------------------------------------------- */

/* Gregorian dates (MMDD) of the lunar holidays, from Debian's `lunar`
 * converter, and of the two Islamic ones as observed in China (±1 day). */
#define HOLIDAY_FIRST_YEAR 2018
#define HOLIDAY_YEARS      15

typedef struct
{
  const char *code;
  guint16     fixed;                      /* MMDD of a solar holiday, else 0 */
  guint16     dates[HOLIDAY_YEARS];
  const char *gifts;
} DemoHoliday;

static const DemoHoliday holidays[] = {
  { "01", 0, { 216, 205, 125, 212, 201, 122, 210, 129, 217, 206, 126, 213, 203, 123, 211 },
    "慰问金500元、米面油一份" },
  { "02", 0, { 302, 219, 208, 226, 215, 205, 224, 212, 303, 220, 209, 227, 217, 206, 225 },
    "汤圆礼盒一份" },
  { "04", 0, { 618, 607, 625, 614, 603, 622, 610, 531, 619, 609, 528, 616, 605, 624, 612 },
    "粽子、咸鸭蛋礼盒一份" },
  { "06", 0, { 924, 913, 1001, 921, 910, 929, 917, 1006, 925, 915, 1003, 922, 912, 1001, 919 },
    "月饼一盒、水果一箱" },
  { "07", 1001, { 0 }, "慰问信一封、纪念品一份" },
  { "11", 101, { 0 }, "慰问金300元、台历一本" },
  { "08", 0, { 1017, 1007, 1025, 1014, 1004, 1023, 1011, 1029, 1018, 1008, 1026, 1016, 1005, 1024, 1012 },
    "重阳糕、老年保健品一份" },
  { "09", 0, { 615, 605, 524, 513, 503, 422, 410, 331, 320, 310, 227, 215, 205, 125, 114 },
    "清真食品礼包、慰问金500元" },
  { "10", 0, { 822, 812, 731, 720, 710, 629, 617, 607, 527, 517, 506, 424, 414, 403, 322 },
    "清真食品礼包、慰问金500元" },
};

static const Weighted holiday_weights[] = {
  { "01", 45 }, { "11", 12 }, { "06", 22 }, { "04", 9 }, { "07", 7 }, { "02", 3 },
};

static const Weighted visit_reasons[] = {
  { "1", 45 }, { "2", 12 }, { "3", 10 }, { "4", 6 }, { "5", 10 }, { "6", 14 }, { "9", 3 },
};

static const char * const visit_issues[] = {
  "反映小区停车难，希望增设停车位",
  "希望社区多组织适合老年人的文体活动",
  "反映楼道堆物影响通行",
  "询问老旧小区加装电梯的补贴政策",
  "反映小区路灯损坏，夜间出行不便",
  "希望了解小微企业税费优惠政策",
  "反映周边夜间施工噪声扰民",
};

static const char * const visit_follow_ups[] = {
  "已转社区居委会协调处理",
  "已向街道城管办反映，一周内答复",
  "已登记，下次情况通报会上通报",
  "联络员将每月电话回访",
  "已当场解答，无需后续跟进",
};

/* ---- suggestions and what meetings talk about -------------------------- */

typedef struct
{
  const char *name;        /* short, for lists and resolutions */
  const char *title;
  const char *situation;   /* the problem as the proposer saw it */
  const char *proposal;    /* what they asked for */
  const char *unit;        /* who handles it */
  const char *response;    /* what the unit answered when it could */
} DemoTopic;

static const DemoTopic topics[] = {
  { "老旧小区加装电梯", "关于加快推进老旧小区加装电梯的建议",
    "辖区老旧小区多建于上世纪八九十年代，高龄老人上下楼困难，加装电梯意愿强烈，但低层住户意见不一，推进较慢。",
    "建议街道统筹推进老旧小区加装电梯，对符合条件的楼栋给予资金补贴，并请社区出面协调低层住户的意见。",
    "街道城市管理办公室",
    "街道已将加装电梯列入年度民生实事项目，今年完成两个小区十二部电梯的加装，对低层住户采取协商补偿办法。" },
  { "社区老年助餐", "关于在社区增设老年助餐点的建议",
    "社区高龄、独居老人较多，子女不在身边，一日三餐难以保障。",
    "建议依托社区党群服务中心开设老年助餐点，对高龄、困难老人给予用餐补贴。",
    "街道社会事务办公室",
    "街道已在两个社区试点老年助餐点，对八十周岁以上老人每餐补贴三元，下一步将逐步覆盖全部社区。" },
  { "错时共享停车", "关于利用周边单位车位错时共享停车的建议",
    "小区车位严重不足，夜间车辆占用消防通道现象时有发生。",
    "建议协调周边机关、学校和商场，在夜间和节假日向居民开放闲置车位，实行错时共享停车。",
    "街道城市管理办公室",
    "经协调，辖区三家单位已同意夜间开放车位共一百二十个，居民办理登记后即可使用。" },
  { "垃圾分类督导", "关于完善小区垃圾分类督导的建议",
    "部分小区垃圾定时定点投放时段与上班族作息不符，误时投放、乱丢乱放较多。",
    "建议适当延长投放时段，增设误时投放点，并招募志愿者开展桶边督导。",
    "街道城市管理办公室",
    "已在各小区增设误时投放点，投放时段延长至晚上九点，并招募桶边督导志愿者八十余名。" },
  { "背街小巷照明", "关于改善背街小巷夜间照明的建议",
    "部分背街小巷路灯老化损坏，夜间照明不足，存在安全隐患。",
    "建议对背街小巷路灯进行全面排查，更换损坏灯具，并纳入日常巡查维护。",
    "区城市管理局",
    "区城市管理局已完成排查，更换、新增路灯五十六盏，并建立每月巡查制度。" },
  { "暑期学生托管", "关于开设社区暑期托管班的建议",
    "双职工家庭暑期孩子无人看管，家长普遍反映压力较大。",
    "建议依托社区党群服务中心开设暑期托管班，组织辖区党外知识分子志愿授课。",
    "街道社会事务办公室",
    "今年暑期已在三个社区开设托管班，招收学生一百五十余名，聘请志愿者教师二十名。" },
  { "新就业群体暖心驿站", "关于为快递外卖小哥设立暖心驿站的建议",
    "辖区快递员、外卖送餐员等新就业群体人数较多，缺少休息、饮水、充电的场所。",
    "建议在社区党群服务中心和沿街商铺设立“暖心驿站”，提供休息、饮水、充电、如厕等服务。",
    "街道党群工作办公室",
    "街道已建成暖心驿站六个，提供饮水、充电、休息等服务，并在驿站开展新就业群体座谈。" },
  { "惠企政策宣讲", "关于定期举办惠企政策宣讲会的建议",
    "辖区小微企业和个体工商户对减税降费、稳岗补贴等政策了解不够，享受不充分。",
    "建议街道联合税务、人社部门定期举办惠企政策宣讲会，并建立企业服务专员制度。",
    "街道经济发展办公室",
    "街道已每季度举办一次惠企政策宣讲会，并为辖区重点企业配备服务专员。" },
  { "菜市场提档升级", "关于对社区菜市场进行提档升级的建议",
    "社区菜市场设施陈旧，周边占道经营严重，雨天地面湿滑，居民意见较大。",
    "建议对菜市场进行提档升级改造，规范周边占道经营，完善排水设施。",
    "街道市场监督管理所",
    "菜市场改造已列入区级计划，预计明年上半年开工，占道经营问题已由城管中队专项整治。" },
  { "社区卫生服务", "关于方便居民就近配药看病的建议",
    "社区卫生服务站慢性病药品品种少，老年人配药需多次往返大医院。",
    "建议社区卫生服务站增加慢性病常用药品种，开设周末门诊，推行家庭医生签约上门服务。",
    "区卫生健康委员会",
    "区卫健委已将社区卫生服务站慢性病用药增加至一百二十种，并开设周六上午门诊。" },
  { "楼道消防安全", "关于清理楼道堆物保障消防通道畅通的建议",
    "部分老旧小区楼道堆放杂物、电动自行车飞线充电，存在较大消防隐患。",
    "建议开展楼道堆物集中清理行动，在小区增设电动自行车集中充电桩。",
    "街道平安办公室",
    "已开展两轮楼道堆物集中清理，新建电动自行车集中充电桩三百余个。" },
  { "学校场地错时开放", "关于辖区学校体育场地错时向居民开放的建议",
    "社区缺少健身场地，居民晨练、夜跑只能在马路边进行。",
    "建议协调辖区学校在节假日和课余时间向居民有序开放体育场地。",
    "区教育局",
    "区教育局已指导辖区两所学校在周末和寒暑假向居民预约开放操场。" },
  { "社区无障碍设施", "关于对社区公共设施进行无障碍改造的建议",
    "社区党群服务中心、卫生服务站等场所出入口有台阶，轮椅出入困难。",
    "建议对社区主要公共服务场所出入口进行无障碍改造，增设扶手和坡道。",
    "区住房和城乡建设局",
    "已完成社区党群服务中心和卫生服务站的无障碍改造，增设坡道四处。" },
  { "夜间施工噪声", "关于加强夜间施工噪声管理的建议",
    "周边工地经常夜间施工，噪声影响居民休息，投诉较多。",
    "建议加强对夜间施工审批和噪声的巡查，公布投诉电话，及时查处违规施工。",
    "区生态环境局",
    "区生态环境局已对相关工地开展夜间巡查，查处违规施工两起，并公布了投诉电话。" },
  { "雨季道路积水", "关于解决雨季道路积水问题的建议",
    "每逢大雨，辖区部分路段积水严重，影响居民出行和临街商铺经营。",
    "建议对积水路段雨水管网进行疏通改造，汛期前做好排涝准备。",
    "区水务局",
    "区水务局已对积水路段雨水管网进行清淤疏通，新增雨水口二十个。" },
  { "小区物业管理", "关于指导老旧小区规范物业管理的建议",
    "部分老旧小区无物业或物业服务水平低，公共设施损坏长期无人维修。",
    "建议指导小区依法成立业主委员会，引入专业物业服务，或由社区牵头实行准物业管理。",
    "街道城市管理办公室",
    "街道已指导两个小区成立业主委员会，对无物业小区实行社区托管的准物业管理。" },
  { "民族团结联谊", "关于在少数民族传统节日开展联谊活动的建议",
    "辖区少数民族居民较多，平时交流机会较少。",
    "建议在开斋节、古尔邦节等传统节日期间开展民族团结联谊活动，增进各民族居民的交往交流交融。",
    "街道党群工作办公室",
    "街道今年已在古尔邦节期间举办民族团结联谊会，邀请各族居民一百余人参加。" },
  { "青年人才服务", "关于为新的社会阶层青年人才搭建交流平台的建议",
    "辖区新的社会阶层青年人士较多，彼此缺少联系，参与社区事务渠道不畅。",
    "建议成立社区新的社会阶层人士联谊组织，定期开展沙龙、公益等活动。",
    "街道党群工作办公室",
    "街道已成立新的社会阶层人士联谊会，首批会员六十余名，每月开展一次活动。" },
};

static const char * const rejection_reasons[] = {
  "受现有规划和用地条件限制，暂不具备实施条件",
  "所涉事项属于市级事权，街道已向上级部门反映",
  "经测算资金需求较大，今年预算无法安排，拟列入下一年度计划统筹考虑",
  "经征求居民意见，多数居民不同意该方案",
};

static const char * const satisfaction_words[] = {
  [1] = "满意", [2] = "基本满意", [3] = "不满意",
};

static const char * const consultation_places[] = {
  "{street}党群服务中心三楼会议室", "{street}“统战之家”", "{street}办事处二楼会议室",
};

static const char * const forum_themes[] = {
  "新的社会阶层人士座谈会", "党外知识分子迎新春座谈会", "民族宗教界人士座谈会",
  "非公有制经济人士恳谈会", "“我为社区发展献一策”座谈会",
};

/* ---- pairings ----------------------------------------------------------- */

static const Weighted contact_modes[] = {
  { "1", 30 }, { "2", 35 }, { "3", 15 }, { "4", 18 }, { "9", 2 },
};

static const struct
{
  const char *mode;
  const char *notes[3];
} contact_notes[] = {
  { "1", { "面谈，听取对社区工作的意见建议", "面谈，邀请参加社区联谊活动", "面谈，交流学习统战政策的体会" } },
  { "2", { "电话问候近况", "电话了解企业经营情况", "电话通知参加情况通报会" } },
  { "3", { "上门走访，了解家庭生活情况", "上门走访，送去节日慰问", "上门看望，了解身体康复情况" } },
  { "4", { "微信交流，转发统战政策学习材料", "微信联系，征求对活动安排的意见", "视频通话，了解在外地工作情况" } },
  { "9", { "在社区活动中交谈", "书信往来", "在社区活动中交谈" } },
};

/* ---- the generator's state ---------------------------------------------- */

typedef struct
{
  char        uuid[UUID_LEN];
  char       *name;
  const char *roads[2];
  guint       street;
} DemoCommunity;

typedef struct
{
  char        uuid[UUID_LEN];
  char       *name;
  const char *post;
  int         community;       /* -1: the street office */
  gboolean    active;
} DemoStaff;

/* What later records need to know about a person. */
typedef struct
{
  char        uuid[UUID_LEN];
  char       *name;
  char       *label;           /* how minutes introduce them: "民盟盟员，某大学教授" */
  guint       community;
  guint       categories;      /* bit n: category n */
  const char *ethnicity;
  const char *religion;
  const char *political;
  const char *education;
  int         birth_year;
  int         birth_month;
  int         birth_day;       /* 0: year-month only */
  gboolean    male;
  gboolean    representative;
  gboolean    key_person;
  char        status;          /* '1' 在册, '2' 迁出, '3' 去世 */
  guint32     status_day;      /* when they moved away or died */
  gboolean    taiwan_native;   /* 籍贯 台湾: a 台湾同胞, not a relative */
  int         circumstance;    /* its kind, 0: none */
  guint32     circumstance_day;
  guint       circumstance_visits;
  gboolean    birthday_visited;
} DemoPerson;

typedef struct
{
  char      uuid[UUID_LEN];
  guint32   day;
  int       type;
  gboolean  upcoming;
  guint     topics[3];
  int       speakers[3];       /* people who raised topics[i], -1: none */
  gboolean  taken[3];          /* already followed up as a suggestion */
} DemoConsultation;

typedef struct
{
  TxDatabase         *db;
  GRand              *rand;
  guint32             today;   /* GDate Julian day */
  int                 today_year;
  const DemoDistrict *district;
  const char         *street;  /* the first street: where the office is */
  char                street_code[10];
  guint               n_streets;
  char              **street_names;  /* n_streets of them */
  GArray             *communities;
  GArray             *staff;
  GArray             *people;
  GArray             *consultations;
  GHashTable         *issued;  /* ID numbers and phones already given */
  GHashTable         *titles;  /* of meetings held */
  TxDemoProgress      progress;
  gpointer            user_data;
  guint               done;
  guint               total;
} Demo;

static void
demo_staff_clear (gpointer data)
{
  g_free (((DemoStaff *) data)->name);
}

static void
demo_person_clear (gpointer data)
{
  DemoPerson *person = data;

  g_free (person->name);
  g_free (person->label);
}

/* ---- randomness --------------------------------------------------------- */

/* @lo..@hi inclusive */
static int
rnd (Demo *d,
     int   lo,
     int   hi)
{
  if (hi <= lo)
    return lo;
  return g_rand_int_range (d->rand, lo, hi + 1);
}

static gboolean
chance (Demo *d,
        int   percent)
{
  return rnd (d, 0, 99) < percent;
}

static const char *
pick_weighted (Demo           *d,
               const Weighted *table,
               guint           n)
{
  guint total = 0;
  int roll;

  for (guint i = 0; i < n; i++)
    total += table[i].weight;
  roll = rnd (d, 0, (int) total - 1);
  for (guint i = 0; i < n; i++)
    {
      roll -= (int) table[i].weight;
      if (roll < 0)
        return table[i].value;
    }
  return table[n - 1].value;
}

static void
shuffle (Demo  *d,
         guint *items,
         guint  n)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = rnd (d, 0, i - 1);
      guint swap = items[i - 1];

      items[i - 1] = items[j];
      items[j] = swap;
    }
}

/* The first @want items of a partial Fisher–Yates shuffle of @items. */
static guint
take_random (Demo        *d,
             guint       *items,
             guint        n,
             guint        want,
             guint       *out)
{
  guint taken = MIN (want, n);

  for (guint i = 0; i < taken; i++)
    {
      guint j = rnd (d, i, n - 1);
      guint swap = items[i];

      items[i] = items[j];
      items[j] = swap;
      out[i] = items[i];
    }
  return taken;
}

/* A version-4 UUID from the seeded generator, so that records keep their
 * identity from one run to the next (exchange merges by UUID).  Copied to
 * @out (UUID_LEN bytes) unless it is NULL. */
static void
new_uuid (Demo     *d,
          gpointer  record,
          char     *out)
{
  char buffer[UUID_LEN];
  guint8 b[16];

  for (guint i = 0; i < 4; i++)
    {
      guint32 v = g_rand_int (d->rand);

      b[4 * i] = v >> 24;
      b[4 * i + 1] = v >> 16;
      b[4 * i + 2] = v >> 8;
      b[4 * i + 3] = v;
    }
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  if (out == NULL)
    out = buffer;
  g_snprintf (out, UUID_LEN,
              "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
              b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
              b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
  tx_record_set_uuid (TX_RECORD (record), out);
}

/* ---- dates -------------------------------------------------------------- */

/* Dates are GDate Julian days: differences are plain subtraction. */
static guint32
day_new (int year,
         int month,
         int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static void
day_split (guint32  day,
           int     *year,
           int     *month,
           int     *mday)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  *year = g_date_get_year (&date);
  *month = g_date_get_month (&date);
  *mday = g_date_get_day (&date);
}

static char *
day_iso (guint32 day)
{
  int y, m, dd;

  day_split (day, &y, &m, &dd);
  return g_strdup_printf ("%04d-%02d-%02d", y, m, dd);
}

static char *
day_chinese (guint32 day)
{
  int y, m, dd;

  day_split (day, &y, &m, &dd);
  return g_strdup_printf ("%d年%d月%d日", y, m, dd);
}

static guint32
past_day (Demo *d,
          int   min_days,
          int   max_days)
{
  return d->today - rnd (d, min_days, max_days);
}

static int
age_of (Demo             *d,
        const DemoPerson *person)
{
  return d->today_year - person->birth_year;
}

/* ---- text --------------------------------------------------------------- */

static char *
fill_valist (Demo       *d,
             const char *text,
             va_list     args)
{
  GString *s = g_string_new (text);
  const char *key;

  while ((key = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);

      g_string_replace (s, key, value != NULL ? value : "", 0);
    }
  g_string_replace (s, "{city}", d->district->city, 0);
  g_string_replace (s, "{district}", d->district->district, 0);
  g_string_replace (s, "{street}", d->street, 0);
  return g_string_free (s, FALSE);
}

/* Replaces "{key}", value pairs and then the place names in @text: the
 * texts live in tables, where printf formats would defeat -Wformat. */
G_GNUC_NULL_TERMINATED static char *
fill (Demo       *d,
      const char *text,
      ...)
{
  va_list args;
  char *result;

  va_start (args, text);
  result = fill_valist (d, text, args);
  va_end (args);
  return result;
}

/* ---- saving ------------------------------------------------------------- */

static gboolean
save (Demo      *d,
      gpointer   record,
      GError   **error)
{
  if (!tx_store_save (d->db, TX_RECORD (record), TX_SAVE_DEFAULT, error))
    return FALSE;
  d->done++;
  if (d->progress != NULL && (d->done % 100 == 0 || d->done == d->total))
    d->progress (d->done, d->total, d->user_data);
  return TRUE;
}

/* ---- names, phones, ID numbers ------------------------------------------ */

static guint
strv_len (const char * const *v)
{
  return g_strv_length ((char **) v);
}

/* A position in a list ordered by frequency: the first entries often, the
 * last ones still now and then. */
static guint
frequent_index (Demo  *d,
                guint  n)
{
  double u = g_rand_double (d->rand);

  /* density 2 at the front falling to 0.67 at the end */
  return MIN (n - 1, (guint) (n * u * (0.5 + 0.5 * u)));
}

#define PICK_FREQUENT(d, array) ((array)[frequent_index ((d), G_N_ELEMENTS (array))])

static const char *
pick_from (Demo               *d,
           const char * const *v)
{
  return v[rnd (d, 0, (int) strv_len (v) - 1)];
}

/* Tibetan and Mongolian names join two parts; Uyghur and Kazakh names are
 * the given name and the father's, joined with ·. */
static char *
native_name (Demo       *d,
             const char *ethnicity,
             gboolean    male)
{
  for (guint i = 0; i < G_N_ELEMENTS (native_names); i++)
    {
      const DemoNativeNames *n = &native_names[i];
      const char *first, *second;

      if (!g_str_equal (n->ethnicity, ethnicity))
        continue;
      first = pick_from (d, male ? n->male : n->female);
      if (n->second != NULL)
        second = pick_from (d, n->second);
      else if (g_str_equal (ethnicity, "04"))
        second = pick_from (d, male ? tibetan_male_second : tibetan_female_second);
      else
        second = pick_from (d, male ? mongol_male_second : mongol_female_second);
      if (g_str_equal (first, second))
        return g_strdup (first);
      return g_strconcat (first, n->separator, second, NULL);
    }
  return NULL;
}

/* Mostly two characters from the pools; a few names of their time and
 * some of one character. */
static char *
given_name (Demo     *d,
            gboolean  male,
            int       birth_year)
{
  const char *first, *second;

  if (birth_year < 1965 && chance (d, 6))
    return g_strdup (male ? PICK (d, classic_male) : PICK (d, classic_female));
  if (birth_year >= 1988 && chance (d, 5))
    return g_strdup (male ? PICK (d, modern_male) : PICK (d, modern_female));

  first = male ? PICK_FREQUENT (d, male_chars) : PICK_FREQUENT (d, female_chars);
  if (chance (d, 7))
    return g_strdup (first);
  do
    second = male ? PICK_FREQUENT (d, male_chars) : PICK_FREQUENT (d, female_chars);
  while (g_str_equal (first, second));
  return g_strconcat (first, second, NULL);
}

static const char *
surname (Demo       *d,
         const char *ethnicity)
{
  if (g_strcmp0 (ethnicity, "03") == 0 && chance (d, 40))
    return PICK (d, hui_surnames);
  if (g_strcmp0 (ethnicity, "10") == 0 && chance (d, 70))
    return PICK (d, korean_surnames);
  return PICK_WEIGHTED (d, surnames);
}

/* @family_out: the surname, or NULL for a name in a people's own style */
static char *
make_name (Demo        *d,
           const char  *ethnicity,
           gboolean     male,
           int          birth_year,
           const char **family_out)
{
  const char *family = surname (d, ethnicity);
  g_autofree char *given = given_name (d, male, birth_year);
  char *native = NULL;

  if (ethnicity != NULL && chance (d, 75))
    native = native_name (d, ethnicity, male);
  if (family_out != NULL)
    *family_out = native != NULL ? NULL : family;
  if (native != NULL)
    return native;
  return g_strconcat (family, given, NULL);
}

/* Unique within the demo: two people with one phone would look like a
 * duplicate to the merge check. */
static char *
make_mobile (Demo *d)
{
  char *phone = NULL;

  do
    {
      g_free (phone);
      phone = g_strdup_printf ("%s%04d%04d", PICK (d, mobile_prefixes),
                               rnd (d, 0, 9999), rnd (d, 0, 9999));
    }
  while (g_hash_table_contains (d->issued, phone));
  g_hash_table_add (d->issued, g_strdup (phone));
  return phone;
}

static char *
make_landline (Demo *d)
{
  return g_strdup_printf ("%s-%d%07d", d->district->phone_area, rnd (d, 5, 8), rnd (d, 0, 9999999));
}

/* GB 11643: area, birth date, a sequence whose last digit is odd for men,
 * and the MOD 11-2 check character. */
static char *
make_id_number (Demo       *d,
                const char *area,
                int         year,
                int         month,
                int         mday,
                gboolean    male)
{
  char *number = NULL;

  do
    {
      int sequence = rnd (d, 0, 99) * 10 + rnd (d, 0, 4) * 2 + (male ? 1 : 0);

      g_free (number);
      number = g_strdup_printf ("%s%04d%02d%02d%03d?", area, year, month, mday, sequence);
      number[17] = tx_id_number_compute_check (number);
    }
  while (g_hash_table_contains (d->issued, number));
  g_hash_table_add (d->issued, g_strdup (number));
  return number;
}

static char *
make_address (Demo                *d,
              const DemoCommunity *community)
{
  return g_strdup_printf ("%s%d号%d栋%d单元%d%02d室",
                          community->roads[rnd (d, 0, 1)], rnd (d, 1, 260),
                          rnd (d, 1, 28), rnd (d, 1, 4), rnd (d, 1, 18), rnd (d, 1, 4));
}

/* ---- the street, its communities and staff ------------------------------ */

static void
demo_community_clear (gpointer data)
{
  g_free (((DemoCommunity *) data)->name);
}

/* The communities, street by street (8–15 each), with codes under their
 * street's code: 001, 002 … with the odd gap where one was merged. */
static gboolean
add_communities (Demo    *d,
                 guint    n,
                 GError **error)
{
  guint roots[G_N_ELEMENTS (community_roots)];
  guint roads[G_N_ELEMENTS (road_names)];
  guint number = 0, street = 0;

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    roots[i] = i;
  for (guint i = 0; i < G_N_ELEMENTS (roads); i++)
    roads[i] = i;
  shuffle (d, roots, G_N_ELEMENTS (roots));
  shuffle (d, roads, G_N_ELEMENTS (roads));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TxCommunity) community = tx_community_new ();
      DemoCommunity *info = &g_array_index (d->communities, DemoCommunity, i);
      g_autofree char *code = NULL;
      guint next_street = i * d->n_streets / n;

      if (next_street != street)
        number = 0;
      street = next_street;
      number += chance (d, 15) ? 2 : 1;
      code = g_strdup_printf ("%s%03u%03u", d->district->code, street + 1, number);
      info->street = street;
      info->name = g_strconcat (community_roots[roots[i % G_N_ELEMENTS (roots)]],
                                community_suffixes[(i / G_N_ELEMENTS (roots)) % G_N_ELEMENTS (community_suffixes)],
                                NULL);
      info->roads[0] = road_names[roads[(2 * i) % G_N_ELEMENTS (roads)]];
      info->roads[1] = road_names[roads[(2 * i + 1) % G_N_ELEMENTS (roads)]];
      new_uuid (d, community, info->uuid);
      tx_community_set_code (community, code);
      tx_community_set_name (community, info->name);
      tx_community_set_street (community, d->street_names[street]);
      if (!save (d, community, error))
        return FALSE;
    }
  return TRUE;
}

/* Each street's united-front member and officer lead (the first street's
 * pair first: the office's own); each community has a secretary or a
 * united-front member; the rest are liaison officers of a community. */
static void
staff_place (Demo      *d,
             guint      i,
             DemoStaff *info)
{
  guint n_communities = d->communities->len;
  guint street_staff = 2 * d->n_streets;

  if (i < street_staff)
    {
      info->post = i % 2 == 0 ? "街道党工委统战委员" : "街道统战干事";
      info->community = -1;
      return;
    }
  i -= street_staff;
  if (i < n_communities)
    {
      info->post = i % 3 == 0 ? "社区党委书记" : "社区统战委员";
      info->community = (int) i;
      return;
    }
  info->post = "统战联络员";
  info->community = rnd (d, 0, n_communities - 1);
}

static gboolean
add_staff (Demo    *d,
           guint    n,
           GError **error)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TxStaff) staff = tx_staff_new ();
      DemoStaff *info = &g_array_index (d->staff, DemoStaff, i);
      gboolean male = chance (d, 45);
      g_autofree char *phone = NULL;

      new_uuid (d, staff, info->uuid);
      info->name = make_name (d, NULL, male, rnd (d, 1966, 1998), NULL);
      staff_place (d, i, info);
      /* one who has moved on stays on the books for the old records */
      info->active = !(i == n - 1 && n > 10);
      phone = make_mobile (d);

      tx_staff_set_name (staff, info->name);
      tx_staff_set_gender (staff, male ? "1" : "2");
      tx_staff_set_post (staff, info->post);
      tx_staff_set_phone (staff, phone);
      if (info->community >= 0)
        tx_staff_set_community (staff, g_array_index (d->communities, DemoCommunity, info->community).uuid);
      tx_staff_set_active (staff, info->active);
      if (!info->active)
        tx_staff_set_notes (staff, "2025年12月调任其他街道工作");
      if (!save (d, staff, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- people ------------------------------------------------------------- */

#define HAS(info, n) ((((info)->categories) >> (n)) & 1)

static const char * const muslim_peoples[] = {
  "03", "05", "17", "26", "29", "35", "41", "43", "47", "50",
};

static gboolean
is_muslim_people (const char *ethnicity)
{
  for (guint i = 0; i < G_N_ELEMENTS (muslim_peoples); i++)
    if (g_str_equal (muslim_peoples[i], ethnicity))
      return TRUE;
  return FALSE;
}

static const char *
lay_religion (Demo       *d,
              const char *ethnicity)
{
  if (is_muslim_people (ethnicity))
    return chance (d, 85) ? "4" : "1";
  if (g_str_equal (ethnicity, "04") || g_str_equal (ethnicity, "02"))
    return chance (d, 50) ? "2" : "1";
  return PICK_WEIGHTED (d, lay_religions);
}

/* 民主党派成员 and 无党派人士 exclude each other; 少数民族人士 needs a
 * minority; 宗教界人士 means clergy, never a second category. */
static gboolean
second_category_fits (const DemoPerson *info,
                      int               primary,
                      int               second)
{
  if (second == primary || second == 5)
    return FALSE;
  if ((primary == 1 && second == 2) || (primary == 2 && second == 1))
    return FALSE;
  return second != 4 || !g_str_equal (info->ethnicity, "01");
}

/* Categories, ethnicity and religion, which depend on one another.
 * Returns the main category. */
static int
choose_background (Demo       *d,
                   DemoPerson *info)
{
  int primary = atoi (PICK_WEIGHTED (d, primary_categories));
  int second = 0;

  info->religion = primary == 5 ? PICK_WEIGHTED (d, clergy_religions) : NULL;
  if (g_strcmp0 (info->religion, "4") == 0)
    info->ethnicity = PICK_WEIGHTED (d, muslim_ethnicities);
  else if (primary == 4 || chance (d, 5))
    info->ethnicity = PICK_WEIGHTED (d, minority_ethnicities);
  else
    info->ethnicity = "01";
  if (info->religion == NULL)
    info->religion = lay_religion (d, info->ethnicity);

  /* most minority people in another category are counted as both */
  if (!g_str_equal (info->ethnicity, "01") && primary != 4 && chance (d, 60))
    second = 4;
  else if (chance (d, 13))
    second = atoi (PICK_WEIGHTED (d, primary_categories));
  info->categories = 1u << primary;
  if (second != 0 && second_category_fits (info, primary, second))
    info->categories |= 1u << second;
  return primary;
}

static void
set_categories (TxPerson         *p,
                const DemoPerson *info)
{
  char codes[12][3];
  const char *list[13];
  guint n = 0;

  for (int c = 1; c <= 12; c++)
    if (HAS (info, c))
      {
        g_snprintf (codes[n], sizeof codes[n], "%02d", c);
        list[n] = codes[n];
        n++;
      }
  list[n] = NULL;
  tx_person_set_categories (p, list);
}

static const DemoNative *
choose_native (Demo             *d,
               const DemoPerson *info)
{
  guint matches[G_N_ELEMENTS (natives)];
  guint n = 0;
  gboolean minority = !g_str_equal (info->ethnicity, "01");

  if (!minority && chance (d, 45))
    return NULL;              /* from here */
  for (guint i = 0; i < G_N_ELEMENTS (natives); i++)
    if (g_strcmp0 (natives[i].ethnicity, minority ? info->ethnicity : NULL) == 0)
      matches[n++] = i;
  if (n == 0 || (minority && chance (d, 30)))
    return chance (d, 50) ? NULL : &natives[rnd (d, 0, N_HAN_NATIVES - 1)];
  return &natives[matches[rnd (d, 0, n - 1)]];
}

static void
choose_birth (Demo       *d,
              DemoPerson *info)
{
  /* the new social class is young; the rest peak around 1970 */
  if (HAS (info, 7) || HAS (info, 8))
    info->birth_year = rnd (d, 1965, 2000);
  else
    info->birth_year = 1940 + rnd (d, 0, 30) + rnd (d, 0, 30);
  info->birth_month = rnd (d, 1, 12);
  info->birth_day = rnd (d, 1, g_date_get_days_in_month (info->birth_month, info->birth_year));
  /* old paper forms often give the month only */
  if (chance (d, info->birth_year < 1960 ? 25 : 8))
    info->birth_day = 0;
}

static char *
birth_date_text (const DemoPerson *info)
{
  if (info->birth_day == 0)
    return g_strdup_printf ("%04d-%02d", info->birth_year, info->birth_month);
  return g_strdup_printf ("%04d-%02d-%02d", info->birth_year, info->birth_month, info->birth_day);
}

/* 居民身份证 for most; Hong Kong and Macao people carry a residence
 * permit or a home-return permit, some overseas Chinese a passport. */
static void
choose_document (Demo             *d,
                 const DemoPerson *info,
                 const DemoNative *native,
                 gboolean          hong_kong,
                 TxPerson         *p)
{
  int mday = info->birth_day != 0 ? info->birth_day
             : rnd (d, 1, g_date_get_days_in_month (info->birth_month, info->birth_year));
  g_autofree char *number = NULL;
  const char *type = "01";

  if (HAS (info, 9) && chance (d, 50))
    {
      type = "02";
      number = make_id_number (d, hong_kong ? "810000" : "820000", info->birth_year,
                               info->birth_month, mday, info->male);
    }
  else if (HAS (info, 9))
    {
      type = "04";
      number = g_strdup_printf ("%c%08d", hong_kong ? 'H' : 'M', rnd (d, 0, 99999999));
    }
  else if (HAS (info, 11) && chance (d, 20))
    {
      type = "03";
      number = g_strdup_printf ("E%08d", rnd (d, 0, 99999999));
    }
  else if (chance (d, info->birth_day == 0 ? 60 : 98))
    number = make_id_number (d, native != NULL && chance (d, 60) ? native->area : d->district->code,
                             info->birth_year, info->birth_month, mday, info->male);
  if (number == NULL)
    return;
  tx_person_set_document_type (p, type);
  tx_person_set_document_number (p, number);
}

/* Gender, birth, name, native place and documents. */
static void
choose_identity (Demo       *d,
                 DemoPerson *info,
                 gboolean    hong_kong,
                 TxPerson   *p)
{
  g_autofree char *birth = NULL;
  const DemoNative *native;
  const char *family = NULL;
  const char *ethnicity = g_str_equal (info->ethnicity, "01") ? NULL : info->ethnicity;

  info->male = chance (d, 55);
  choose_birth (d, info);
  birth = birth_date_text (info);
  info->name = make_name (d, ethnicity, info->male, info->birth_year, &family);
  native = choose_native (d, info);

  tx_person_set_name (p, info->name);
  tx_person_set_gender (p, info->male ? "1" : "2");
  tx_person_set_ethnicity (p, info->ethnicity);
  tx_person_set_birth_date (p, birth);
  if (HAS (info, 9))
    tx_person_set_native_place (p, hong_kong ? "香港" : "澳门");
  else if (HAS (info, 10) && chance (d, 30))
    {
      info->taiwan_native = TRUE;
      tx_person_set_native_place (p, chance (d, 50) ? "台湾台中" : "台湾高雄");
    }
  else
    tx_person_set_native_place (p, native != NULL ? native->place : d->district->native);
  choose_document (d, info, native, hong_kong, p);

  if (family != NULL && chance (d, 3))
    {
      g_autofree char *given = given_name (d, info->male, info->birth_year);
      g_autofree char *former = g_strconcat (family, given, NULL);

      tx_person_set_former_name (p, former);
    }
}

static char *
joined_month (Demo *d,
              int   birth_year)
{
  int year = MIN (birth_year + rnd (d, 22, 45), d->today_year - 1);

  if (year < birth_year + 18)
    return NULL;
  return g_strdup_printf ("%04d-%02d", year, rnd (d, 1, 12));
}

/* 民主党派成员 get their party, 无党派人士 12; a few minority, business
 * and overseas-Chinese people are CPC members (the categories allow it). */
static void
choose_politics (Demo       *d,
                 DemoPerson *info,
                 TxPerson   *p)
{
  const guint no_cpc = (1u << 1) | (1u << 2) | (1u << 3) | (1u << 5) | (1u << 7) | (1u << 8) | (1u << 9);
  g_autofree char *joined = NULL;

  if (HAS (info, 1))
    {
      info->political = PICK_WEIGHTED (d, democratic_parties);
      joined = joined_month (d, info->birth_year);
      if (chance (d, 20))
        tx_person_set_party_post (p, PICK (d, party_posts));
    }
  else if (HAS (info, 2))
    info->political = "12";
  else if (g_str_equal (info->religion, "1") && (info->categories & no_cpc) == 0 && chance (d, 10))
    {
      info->political = "01";
      joined = joined_month (d, info->birth_year);
    }
  else if (info->birth_year >= 1998 && chance (d, 50))
    info->political = "03";
  else
    info->political = "13";
  tx_person_set_political_status (p, info->political);
  tx_person_set_party_joined (p, joined);
  tx_person_set_religion (p, info->religion);
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
      return chance (d, 70) ? JOB_LEARNED : chance (d, 65) ? JOB_TECH : JOB_BUSINESS;
    case 6:
      return JOB_BUSINESS;
    case 7:
      return (JobKind) atoi (PICK_WEIGHTED (d, new_class));
    case 8:
      return chance (d, 50) ? JOB_TECH : JOB_LEARNED;
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
  if (g_str_equal (education, "21") && chance (d, 85))
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
  return &job_tables[kind].jobs[n > 0 ? found[rnd (d, 0, n - 1)] : 0];
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
static const char *
choose_work (Demo       *d,
             DemoPerson *info,
             int         primary,
             gboolean    hong_kong,
             TxPerson   *p)
{
  JobKind kind = job_kind (d, primary);
  const char *education = choose_education (d, kind, primary);
  gboolean retired = age_of (d, info) >= (info->male ? 60 : 55) && kind != JOB_BUSINESS && chance (d, 80);
  g_autofree char *who = who_text (d, info, primary, hong_kong);
  g_autofree char *unit = NULL;
  DemoJob job;

  if (primary == 5)
    {
      guint r = 0;

      while (r + 1 < G_N_ELEMENTS (clergy) && !g_str_equal (clergy[r].religion, info->religion))
        r++;
      job = (DemoJob) { NULL, "宗教", NULL, PICK (d, clergy[r].posts), NULL, 0 };
      unit = fill (d, clergy[r].venue, "{name}", PICK (d, clergy[r].names), NULL);
      retired = FALSE;
    }
  else
    {
      job = *pick_job (d, kind, age_of (d, info));
      if (job.unit != NULL)
        unit = fill (d, job.unit, "{brand}", PICK (d, brands), NULL);
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

static void
choose_contact (Demo       *d,
                DemoPerson *info,
                TxPerson   *p)
{
  const DemoCommunity *community = &g_array_index (d->communities, DemoCommunity, info->community);
  g_autofree char *address = make_address (d, community);

  if (chance (d, 97))
    {
      g_autofree char *mobile = make_mobile (d);

      tx_person_set_phone (p, mobile);
    }
  if (chance (d, 15))
    {
      g_autofree char *landline = make_landline (d);

      tx_person_set_phone_other (p, landline);
    }
  tx_person_set_address (p, address);
  tx_person_set_community (p, community->uuid);
}

static void
add_congress_role (Demo     *d,
                   TxPerson *p)
{
  gboolean congress = chance (d, 40);
  gboolean city = chance (d, 25);
  g_autofree char *organization = NULL;

  if (congress)
    organization = fill (d, city ? "{city}市人民代表大会" : "{city}市{district}人民代表大会", NULL);
  else
    organization = fill (d, city ? "政协{city}市委员会" : "政协{city}市{district}委员会", NULL);
  tx_person_add_role (p, congress ? "1" : "2", organization, city ? "3" : "4",
                      congress ? (city ? "第十六届（2022—2027）" : "第十八届（2021—2026）")
                               : (city ? "第十四届（2022—2027）" : "第十五届（2021—2026）"),
                      congress ? "代表" : chance (d, 15) ? "常务委员" : "委员");
}

static void
add_role (Demo       *d,
          TxPerson   *p,
          const char *kind,
          const char *organization,
          const char *term,
          const char *post)
{
  g_autofree char *name = fill (d, organization, NULL);

  tx_person_add_role (p, kind, name, "4", term, post);
}

static void
choose_roles (Demo             *d,
              const DemoPerson *info,
              int               primary,
              TxPerson         *p)
{
  if ((info->representative && chance (d, 50)) || chance (d, 1))
    add_congress_role (d, p);
  if (HAS (info, 1) && chance (d, 35))
    {
      g_autofree char *organization = g_strconcat (party_short[atoi (info->political)],
                                                   "{district}基层委员会", NULL);

      add_role (d, p, "3", organization, "第五届（2022—2027）",
                chance (d, 15) ? "副主委" : "委员");
    }
  if (HAS (info, 6) && chance (d, 25))
    add_role (d, p, "4", "{district}工商业联合会", "第十四届（2022—2027）",
              chance (d, 20) ? "副会长" : "执行委员");
  if (HAS (info, 7) && chance (d, 10))
    add_role (d, p, "5", "{district}新的社会阶层人士联合会", "第二届（2023—2028）",
              chance (d, 20) ? "副会长" : "理事");
  if (HAS (info, 3) && chance (d, 8))
    add_role (d, p, "5", "{district}知识分子联谊会", "第三届（2022—2027）", "理事");
  if (primary == 5 && chance (d, 40))
    for (guint r = 0; r < G_N_ELEMENTS (clergy); r++)
      if (g_str_equal (clergy[r].religion, info->religion))
        add_role (d, p, "5", clergy[r].association, "第六届（2021—2026）",
                  chance (d, 30) ? "副会长" : "理事");
}

static char *
month_text (guint32 day)
{
  int y, m, dd;

  day_split (day, &y, &m, &dd);
  return g_strdup_printf ("%d年%d月", y, m);
}

/* a dated illness, hardship or bereavement, and when it was dealt with */
static void
choose_circumstance (Demo       *d,
                     DemoPerson *info,
                     TxPerson   *p)
{
  int roll = rnd (d, 0, 999);
  guint32 day = past_day (d, 10, 700);
  guint32 resolved_day = 0;
  g_autofree char *when = month_text (day);
  g_autofree char *date = day_iso (day);
  g_autofree char *description = NULL;
  g_autofree char *resolved = NULL;
  char kind[4];

  if (roll < 30 && age_of (d, info) >= 55)
    {
      const char *illness = PICK (d, illnesses);
      g_autofree char *health = g_strconcat (illness, "治疗后恢复期，需定期复查", NULL);

      info->circumstance = 1;
      description = g_strdup_printf ("%s因%s住院治疗", when, illness);
      resolved_day = chance (d, 70) ? day + rnd (d, 7, 30) : 0;
      tx_person_set_health (p, health);
    }
  else if (roll >= 30 && roll < 45)
    {
      info->circumstance = 2;
      description = g_strdup (PICK (d, hardships));
      resolved_day = chance (d, 30) ? day + rnd (d, 30, 180) : 0;
    }
  else if (roll >= 45 && roll < 60)
    {
      info->circumstance = 3;
      description = g_strconcat (when, PICK (d, misfortunes), NULL);
      resolved_day = chance (d, 50) ? day + rnd (d, 20, 90) : 0;
    }
  else
    return;

  info->circumstance_day = day;
  if (resolved_day != 0 && resolved_day < d->today)
    resolved = day_iso (resolved_day);
  g_snprintf (kind, sizeof kind, "%d", info->circumstance);
  tx_person_add_circumstance (p, kind, date, description, resolved);
}

static void
choose_skills (Demo       *d,
               const char *job_skill,
               TxPerson   *p)
{
  const char *first, *second;
  g_autofree char *text = NULL;

  if (!chance (d, 40))
    return;
  first = job_skill != NULL && chance (d, 60) ? job_skill : PICK (d, skills);
  second = PICK (d, skills);
  if (chance (d, 25) && strstr (first, second) == NULL)
    text = g_strconcat (first, "、", second, NULL);
  else
    text = g_strdup (first);
  tx_person_set_skills (p, text);
}

/* Notes an office would keep: where someone's family is, when they left. */
static char *
standing_notes (Demo             *d,
                const DemoPerson *info,
                gboolean          hong_kong)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *when = info->status_day ? month_text (info->status_day) : NULL;

  if (HAS (info, 9))
    g_ptr_array_add (notes, g_strdup (hong_kong ? "香港居民，在内地经商多年" : "澳门居民，长期在内地工作生活"));
  /* 1947–49 went to Taiwan a father of those born before, a grandfather
   * or an uncle of those born after */
  if (HAS (info, 10) && info->taiwan_native)
    g_ptr_array_add (notes, g_strdup_printf ("台湾同胞，%d年来大陆定居", MIN (MAX (info->birth_year + 22, 1988) + rnd (d, 0, 20), d->today_year - 1)));
  else if (HAS (info, 10))
    g_ptr_array_add (notes, g_strdup_printf ("其%s%d年赴台，与台湾亲属保持联系",
                                             info->birth_year < 1948 ? "父" : chance (d, 50) ? "祖父" : "伯父",
                                             rnd (d, 1947, 1949)));
  if (HAS (info, 11))
    g_ptr_array_add (notes, chance (d, 50) && info->birth_year < 1965
                            ? g_strdup_printf ("归侨，%d年自%s回国", info->birth_year + rnd (d, 8, 25), PICK (d, overseas))
                            : g_strdup_printf ("侨眷，子女在%s定居", PICK (d, overseas)));
  if (HAS (info, 8))
    g_ptr_array_add (notes, g_strdup_printf ("曾留学%s，获%s学位", PICK (d, study_countries),
                                             g_str_equal (info->education, "11") ? "博士" : "硕士"));
  if (info->key_person)
    g_ptr_array_add (notes, g_strdup ("重点联系对象，每季度走访一次"));
  if (info->status == '2')
    g_ptr_array_add (notes, g_strdup_printf ("%s迁往%s", when, PICK (d, moved_to)));
  if (info->status == '3')
    g_ptr_array_add (notes, g_strdup_printf ("%s病故", when));
  if (notes->len == 0)
    return NULL;
  g_ptr_array_add (notes, NULL);
  return g_strjoinv ("；", (char **) notes->pdata);
}

/* Status, flags, roles, circumstances, health, skills and notes. */
static void
choose_standing (Demo       *d,
                 DemoPerson *info,
                 int         primary,
                 const char *job_skill,
                 gboolean    hong_kong,
                 guint       index,
                 TxPerson   *p)
{
  g_autofree char *notes = NULL;
  char status[2] = { '1', '\0' };

  /* the first person is always on the books: later records need someone;
   * the second has died and the third moved away, so that even a small
   * demo shows every status */
  if (index == 1 || (index > 2 && info->birth_year < 1955 && chance (d, 15)))
    status[0] = '3';
  else if (index == 2 || (index > 2 && chance (d, 5)))
    status[0] = '2';
  info->status = status[0];
  if (info->status != '1')
    info->status_day = past_day (d, 30, 700);
  info->representative = info->status != '3' &&
    (chance (d, 7) || (primary == 5 && chance (d, 30)) || ((HAS (info, 1) || HAS (info, 2)) && chance (d, 6)));
  info->key_person = info->status == '1' && chance (d, info->representative ? 25 : 3);

  choose_roles (d, info, primary, p);
  if (info->status == '1' && age_of (d, info) >= 45)
    choose_circumstance (d, info, p);
  if (info->circumstance != 1 && age_of (d, info) >= 65 && chance (d, 55))
    tx_person_set_health (p, PICK (d, elderly_health));
  choose_skills (d, job_skill, p);
  notes = standing_notes (d, info, hong_kong);

  tx_person_set_status (p, status);
  if (info->status_day != 0)
    {
      g_autofree char *status_date = day_iso (info->status_day);

      tx_person_set_status_date (p, status_date);
    }
  tx_person_set_representative (p, info->representative);
  tx_person_set_key_person (p, info->key_person);
  tx_person_set_notes (p, notes);
}

static gboolean
add_person (Demo     *d,
            guint     i,
            GError  **error)
{
  g_autoptr(TxPerson) p = tx_person_new ();
  DemoPerson *info = &g_array_index (d->people, DemoPerson, i);
  gboolean hong_kong;
  const char *job_skill;
  int primary;

  new_uuid (d, p, info->uuid);
  info->community = rnd (d, 0, d->communities->len - 1);
  primary = choose_background (d, info);
  hong_kong = chance (d, 60);
  set_categories (p, info);
  choose_identity (d, info, hong_kong, p);
  choose_politics (d, info, p);
  job_skill = choose_work (d, info, primary, hong_kong, p);
  choose_contact (d, info, p);
  choose_standing (d, info, primary, job_skill, hong_kong, i, p);
  return save (d, p, error);
}

/* ---- choosing people ---------------------------------------------------- */

typedef gboolean (*PersonFilter) (Demo             *d,
                                  const DemoPerson *info);

/* Up to @want different people on the books, those of @community first
 * (-1: anywhere), in random order.  Returns how many were found. */
static guint
pick_people (Demo         *d,
             int           community,
             guint         want,
             PersonFilter  accept,
             guint        *out)
{
  g_autofree guint *near = g_new (guint, d->people->len);
  g_autofree guint *far = g_new (guint, d->people->len);
  guint n_near = 0, n_far = 0, n = 0;

  for (guint i = 0; i < d->people->len; i++)
    {
      const DemoPerson *info = &g_array_index (d->people, DemoPerson, i);

      if (info->status != '1' || (accept != NULL && !accept (d, info)))
        continue;
      if (community < 0 || (int) info->community == community)
        near[n_near++] = i;
      else
        far[n_far++] = i;
    }
  /* only the first @want places need shuffling: a whole shuffle per pick
   * made large fills quadratic */
  n += take_random (d, near, n_near, want, out);
  n += take_random (d, far, n_far, want - n, out + n);
  return n;
}

/* One person on the books that @accept takes, or anyone on the books.
 * Random probes first: scanning every person for each visit made large
 * fills quadratic. */
static guint
pick_person (Demo         *d,
             PersonFilter  accept)
{
  guint found;

  for (guint tries = 0; tries < 64 && d->people->len > 0; tries++)
    {
      guint i = rnd (d, 0, d->people->len - 1);
      const DemoPerson *info = &g_array_index (d->people, DemoPerson, i);

      if (info->status == '1' && (accept == NULL || accept (d, info)))
        return i;
    }

  if (accept != NULL && pick_people (d, -1, 1, accept, &found) == 1)
    return found;
  if (pick_people (d, -1, 1, NULL, &found) == 1)
    return found;
  return 0;                   /* the first person is always on the books */
}

static DemoPerson *
person_at (Demo  *d,
           guint  i)
{
  return &g_array_index (d->people, DemoPerson, i);
}

static DemoStaff *
staff_at (Demo  *d,
          guint  i)
{
  return &g_array_index (d->staff, DemoStaff, i);
}

/* An active staff member of @community, or of the street office. */
static guint
pick_staff (Demo *d,
            int   community)
{
  g_autofree guint *found = g_new (guint, d->staff->len);
  guint n = 0;

  for (guint i = 0; i < d->staff->len; i++)
    if (staff_at (d, i)->active && staff_at (d, i)->community == community)
      found[n++] = i;
  if (n == 0)
    for (guint i = 0; i < d->staff->len; i++)
      if (staff_at (d, i)->active && staff_at (d, i)->community < 0)
        found[n++] = i;
  return found[rnd (d, 0, n - 1)];
}

/* ---- activities --------------------------------------------------------- */

static const DemoActivityKind *
pick_activity_kind (Demo       *d,
                    const char *type,
                    int         month)
{
  guint found[G_N_ELEMENTS (activity_kinds)];
  guint n = 0;

  /* a title tied to a month only in that month ("五月鲜花展" in May) */
  for (guint i = 0; i < G_N_ELEMENTS (activity_kinds); i++)
    if (g_str_equal (activity_kinds[i].type, type) &&
        (month == 0 || activity_kinds[i].month == 0 || activity_kinds[i].month == month))
      found[n++] = i;
  return &activity_kinds[found[rnd (d, 0, n - 1)]];
}

static guint32
activity_day (Demo                   *d,
              const DemoActivityKind *kind)
{
  guint32 candidates[4];
  guint n = 0;

  if (kind->month != 0)
    for (int year = d->today_year - 3; year <= d->today_year; year++)
      {
        guint32 day = day_new (year, kind->month, rnd (d, 1, 28));

        if (day < d->today && d->today - day < WINDOW_DAYS)
          candidates[n++] = day;
      }
  if (n > 0)
    return candidates[rnd (d, 0, n - 1)];
  return past_day (d, 1, WINDOW_DAYS);
}

static const char *
participant_state (Demo     *d,
                   gboolean  upcoming)
{
  int roll = rnd (d, 0, 99);

  if (upcoming)
    return roll < 50 ? "1" : "2";
  return roll < 75 ? "3" : roll < 85 ? "4" : roll < 93 ? "5" : roll < 97 ? "2" : "1";
}

/* how a write-up names a group of people */
static const char * const category_groups[13] = {
  NULL, "民主党派成员", "无党派人士", "党外知识分子", "少数民族人士", "宗教界人士",
  "非公有制经济人士", "新的社会阶层人士", "留学人员", "港澳同胞", "台胞台属",
  "归侨侨眷", "其他统战人士",
};

/* The two categories most of those present belong to: "党外知识分子、新的社会阶层人士". */
static char *
main_categories (Demo        *d,
                 const guint *present,
                 guint        n_present)
{
  guint counts[13] = { 0, };
  int first = 1, second = 2;

  for (guint i = 0; i < n_present; i++)
    for (int c = 1; c <= 12; c++)
      counts[c] += HAS (person_at (d, present[i]), c);
  for (int c = 1; c <= 12; c++)
    if (counts[c] > counts[first])
      first = c;
  if (second == first)
    second = 1;
  for (int c = 1; c <= 12; c++)
    if (c != first && counts[c] > counts[second])
      second = c;
  if (counts[second] == 0)
    return g_strdup (category_groups[first]);
  return g_strdup_printf ("%s、%s", category_groups[first], category_groups[second]);
}

static const char *
day_part (int minutes)
{
  return minutes < 720 ? "上午" : minutes < 1080 ? "下午" : "晚上";
}

static char *
clock_text (int minutes)
{
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/* The first activity held gets one excused and one absent participant
 * whatever the dice say, so every state is there to be seen. */
static guint
add_participants (Demo       *d,
                  TxActivity *a,
                  int         community,
                  gboolean    upcoming,
                  gboolean    show_all_states,
                  guint      *present)
{
  guint chosen[40];
  guint n = pick_people (d, community, rnd (d, 10, 40), NULL, chosen);
  guint n_present = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *state = participant_state (d, upcoming);

      if (show_all_states && i < 2)
        state = i == 0 ? "4" : "5";
      if (g_str_equal (state, "3"))
        present[n_present++] = chosen[i];
      tx_activity_add_participant (a, person_at (d, chosen[i])->uuid, state,
                                   g_str_equal (state, "4") ? PICK (d, excuses) : NULL);
    }
  return n_present;
}

static void
write_up_activity (Demo                   *d,
                   TxActivity             *a,
                   const DemoActivityKind *kind,
                   guint32                 day,
                   int                     start,
                   const guint            *present,
                   guint                   n_present)
{
  guint t = 0;
  g_autofree char *date = day_chinese (day);
  g_autofree char *groups = main_categories (d, present, n_present);
  g_autofree char *lead = NULL, *body = NULL, *summary = NULL, *outcome = NULL;
  char count[16], number[16];

  while (t + 1 < G_N_ELEMENTS (activity_texts) && !g_str_equal (activity_texts[t].type, kind->type))
    t++;
  g_snprintf (count, sizeof count, "%u", n_present);
  g_snprintf (number, sizeof number, "%d", rnd (d, activity_texts[t].n_min, activity_texts[t].n_max));
  lead = fill (d, activity_texts[t].lead, "{date}", date, "{part}", day_part (start),
               "{organiser}", tx_activity_get_organiser (a), "{place}", tx_activity_get_place (a),
               "{title}", kind->title, "{groups}", groups, "{count}", count, NULL);
  body = fill (d, activity_texts[t].body, "{n}", number, NULL);
  summary = g_strconcat (lead, body, NULL);
  outcome = fill (d, activity_texts[t].outcome, "{n}", number, NULL);
  tx_activity_set_summary (a, summary);
  tx_activity_set_outcome (a, outcome);
}

static void
set_activity_times (Demo                   *d,
                    TxActivity             *a,
                    const DemoActivityKind *kind,
                    guint32                 day,
                    int                     start)
{
  g_autofree char *start_date = day_iso (day);
  g_autofree char *end_date = day_iso (day + kind->days - 1);
  g_autofree char *start_time = clock_text (start);
  g_autofree char *end_time = clock_text (kind->days > 1 ? 17 * 60
                                          : start + (g_str_equal (kind->type, "06") ? 180 : 120));

  tx_activity_set_start_date (a, start_date);
  tx_activity_set_start_time (a, start_time);
  tx_activity_set_end_date (a, end_date);
  tx_activity_set_end_time (a, end_time);
}

/* The first @n_upcoming are still to come; the first nine cover every type. */
static gboolean
add_activity (Demo     *d,
              guint     i,
              guint     n_upcoming,
              GError  **error)
{
  g_autoptr(TxActivity) a = tx_activity_new ();
  const char *type = i < G_N_ELEMENTS (activity_types) ? activity_types[i] : PICK (d, activity_types);
  gboolean upcoming = i < n_upcoming;
  int community = chance (d, 65) ? rnd (d, 0, d->communities->len - 1) : -1;
  const char *community_name;
  gboolean indoors = g_str_equal (type, "01") || g_str_equal (type, "02") || g_str_equal (type, "05");
  int start = start_minutes[rnd (d, 0, G_N_ELEMENTS (start_minutes) - (indoors ? 1 : 2))];
  const DemoActivityKind *kind;
  guint32 day;
  g_autofree char *organiser = NULL, *place = NULL;
  guint present[40], n_present;

  if (upcoming)
    {
      int y, m, dd;

      day = d->today + rnd (d, 5, 45);
      day_split (day, &y, &m, &dd);
      kind = pick_activity_kind (d, type, m);
    }
  else
    {
      kind = pick_activity_kind (d, type, 0);
      day = activity_day (d, kind);
    }
  /* a training at the Party school is the street's, not a community's */
  if (kind->place != NULL && strstr (kind->place, "党校") != NULL)
    community = -1;
  community_name = community >= 0 ? g_array_index (d->communities, DemoCommunity, community).name : NULL;
  organiser = fill (d, community >= 0 ? "{community}党委" : "{street}党工委统战办",
                    "{community}", community_name, NULL);
  place = fill (d, kind->place != NULL ? kind->place
                   : community >= 0 ? "{community}党群服务中心多功能厅" : "{street}文化活动中心",
                "{community}", community_name, "{where}", community_name ? community_name : d->street, NULL);

  new_uuid (d, a, NULL);
  tx_activity_set_title (a, kind->title);
  tx_activity_set_activity_type (a, kind->type);
  set_activity_times (d, a, kind, day, start);
  tx_activity_set_place (a, place);
  tx_activity_set_organiser (a, organiser);
  if (community >= 0)
    tx_activity_set_community (a, g_array_index (d->communities, DemoCommunity, community).uuid);
  n_present = add_participants (d, a, community, upcoming, i == n_upcoming, present);
  if (upcoming)
    tx_activity_set_notes (a, "筹备中，活动通知已发出");
  else
    write_up_activity (d, a, kind, day, start, present, n_present);
  return save (d, a, error);
}

/* ---- visits ------------------------------------------------------------- */

static const char * const visit_reason_codes[] = { "1", "2", "3", "4", "5", "6", "9" };

/* what each kind of visit brings and leaves behind */
static const struct
{
  const char *reason;
  const char *gifts;
  const char *issues;
  const char *follow_up;
} visit_texts[] = {
  { "2", "鲜花、营养品，慰问金500元", "希望社区帮助联系康复护理服务", "已联系社区卫生服务中心上门随访" },
  { "3", "慰问金1000元、米面油一份", "申请临时救助", "协助申请临时救助，已获批2000元" },
  { "3", "慰问金1000元、米面油一份", "反映子女就业困难", "已推荐到辖区企业应聘" },
  { "4", "慰问金800元", NULL, "安排联络员定期探望" },
  { "5", "生日蛋糕、鲜花", NULL, NULL },
};

static gboolean
is_notable (Demo             *d,
            const DemoPerson *info)
{
  return info->representative || info->key_person || age_of (d, info) >= 70;
}

static gboolean
is_muslim (Demo             *d,
           const DemoPerson *info)
{
  return g_str_equal (info->religion, "4");
}

static int
age_at_last_birthday (Demo             *d,
                      const DemoPerson *info)
{
  guint32 this_year = day_new (d->today_year, info->birth_month, MIN (info->birth_day, 28));

  return d->today_year - info->birth_year - (this_year >= d->today ? 1 : 0);
}

/* 60, 70, 80 and every year from 80: the birthdays an office visits */
static gboolean
has_milestone_birthday (Demo             *d,
                        const DemoPerson *info)
{
  int age;

  if (info->birth_day == 0 || info->birthday_visited)
    return FALSE;
  age = age_at_last_birthday (d, info);
  return age >= 60 && (age % 10 == 0 || age >= 80);
}

/* The first visit for a circumstance goes to someone not yet visited for
 * it; once everyone has had one, a second visit follows up. */
static gboolean
was_ill (Demo             *d,
         const DemoPerson *info)
{
  return info->circumstance == 1;
}

static gboolean
had_hardship (Demo             *d,
              const DemoPerson *info)
{
  return info->circumstance == 2;
}

static gboolean
was_bereaved (Demo             *d,
              const DemoPerson *info)
{
  return info->circumstance == 3;
}

static gboolean
ill_not_visited (Demo             *d,
                 const DemoPerson *info)
{
  return was_ill (d, info) && info->circumstance_visits == 0;
}

static gboolean
hardship_not_visited (Demo             *d,
                      const DemoPerson *info)
{
  return had_hardship (d, info) && info->circumstance_visits == 0;
}

static gboolean
bereaved_not_visited (Demo             *d,
                      const DemoPerson *info)
{
  return was_bereaved (d, info) && info->circumstance_visits == 0;
}

static guint32
holiday_day (const DemoHoliday *holiday,
             int                year)
{
  guint16 mmdd;

  if (holiday->fixed != 0)
    mmdd = holiday->fixed;
  else if (year >= HOLIDAY_FIRST_YEAR && year < HOLIDAY_FIRST_YEAR + HOLIDAY_YEARS)
    mmdd = holiday->dates[year - HOLIDAY_FIRST_YEAR];
  else
    return 0;                 /* beyond the table: not offered */
  return day_new (year, mmdd / 100, mmdd % 100);
}

static const DemoHoliday *
find_holiday (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    if (g_str_equal (holidays[i].code, code))
      return &holidays[i];
  return &holidays[0];
}

/* A holiday of the last two and a half years; falls back on National Day,
 * whose date is known for any year. */
static void
holiday_visit (Demo             *d,
               TxVisit          *v,
               const DemoPerson *info,
               guint32          *day)
{
  const char *code;
  const DemoHoliday *holiday;
  guint32 candidates[8];
  int years[8];
  guint n = 0, k;

  if (is_muslim (d, info) && chance (d, 50))
    code = chance (d, 50) ? "09" : "10";
  else if (age_of (d, info) >= 60 && chance (d, 25))
    code = "08";
  else
    code = PICK_WEIGHTED (d, holiday_weights);
  for (int attempt = 0; attempt < 2 && n == 0; attempt++)
    {
      holiday = find_holiday (attempt == 0 ? code : "07");
      for (int year = d->today_year - 3; year <= d->today_year; year++)
        {
          guint32 h = holiday_day (holiday, year);

          if (h != 0 && h < d->today && d->today - h < WINDOW_DAYS)
            {
              candidates[n] = h;
              years[n++] = year;
            }
        }
    }
  k = rnd (d, 0, MAX (n, 1) - 1);
  /* the 两节 (元旦, 春节) visits run over the month before; others the
   * two weeks before the holiday */
  *day = n > 0 ? candidates[k] - rnd (d, 0, g_str_equal (holiday->code, "01") || g_str_equal (holiday->code, "11")
                                            ? 30 : 14)
               : past_day (d, 1, WINDOW_DAYS);
  tx_visit_set_holiday (v, holiday->code);
  tx_visit_set_holiday_year (v, n > 0 ? years[k] : d->today_year);
  tx_visit_set_gifts (v, holiday->gifts);
}

/* The most recent birthday, when the person gives a full birth date. */
static guint32
birthday_visit (Demo       *d,
                TxVisit    *v,
                DemoPerson *info)
{
  int mday = MIN (info->birth_day, 28);
  int year = d->today_year;
  guint32 day;
  g_autofree char *note = NULL;

  if (info->birth_day == 0)
    return past_day (d, 1, WINDOW_DAYS);
  day = day_new (year, info->birth_month, mday);
  if (day >= d->today)
    day = day_new (--year, info->birth_month, mday);
  info->birthday_visited = TRUE;
  note = g_strdup_printf ("%d岁生日", year - info->birth_year);
  tx_visit_set_notes (v, note);
  return day;
}

/* Soon after it happened; a follow-up visit some weeks later. */
static guint32
circumstance_visit_day (Demo       *d,
                        DemoPerson *info)
{
  guint32 day;

  if (info->circumstance_day == 0)
    return past_day (d, 1, WINDOW_DAYS);
  day = info->circumstance_day + (info->circumstance_visits == 0 ? rnd (d, 1, 10) : rnd (d, 15, 60));
  info->circumstance_visits++;
  /* a visit that would fall after today happened in the days since the
   * circumstance, not all of them yesterday */
  if (day >= d->today)
    day = d->today - rnd (d, 1, (int) MAX (1, MIN (30, d->today - info->circumstance_day)));
  return MIN (MAX (day, info->circumstance_day), d->today - 1);
}

/* Whom a visit for @reason goes to: holidays favour representative, key
 * and old people; 三必访 go to those with that circumstance on file. */
static guint
pick_visited (Demo       *d,
              const char *reason)
{
  static const PersonFilter first[] = { [2] = ill_not_visited, [3] = hardship_not_visited, [4] = bereaved_not_visited };
  static const PersonFilter again[] = { [2] = was_ill, [3] = had_hardship, [4] = was_bereaved };
  int r = reason[0] - '0';
  guint found;

  if (r == 1)
    return pick_person (d, chance (d, 60) ? is_notable : NULL);
  if (r == 5)
    return pick_person (d, has_milestone_birthday);
  if (r >= 2 && r <= 4)
    {
      if (pick_people (d, -1, 1, first[r], &found) == 1)
        return found;
      return pick_person (d, again[r]);
    }
  return pick_person (d, NULL);
}

static void
set_visit_texts (Demo       *d,
                 TxVisit    *v,
                 const char *reason)
{
  static const char * const other_purposes[] = {
    "了解企业经营情况，宣传惠企政策", "征求对街道年度工作计划的意见",
    "了解新就业群体的工作生活情况",
  };
  guint found[G_N_ELEMENTS (visit_texts)];
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (visit_texts); i++)
    if (g_str_equal (visit_texts[i].reason, reason))
      found[n++] = i;
  if (n > 0)
    {
      guint row = found[rnd (d, 0, n - 1)];
      gboolean raised = visit_texts[row].issues != NULL && chance (d, 60);

      tx_visit_set_gifts (v, visit_texts[row].gifts);
      tx_visit_set_issues (v, raised ? visit_texts[row].issues : NULL);
      if (raised || visit_texts[row].issues == NULL)
        tx_visit_set_follow_up (v, visit_texts[row].follow_up);
    }
  else if (g_str_equal (reason, "6") && chance (d, 50))
    {
      tx_visit_set_issues (v, PICK (d, visit_issues));
      tx_visit_set_follow_up (v, PICK (d, visit_follow_ups));
    }
  else if (g_str_equal (reason, "9"))
    tx_visit_set_notes (v, PICK (d, other_purposes));
}

/* One to three staff: the person's community first, then the street's. */
static void
add_visitors (Demo             *d,
              TxVisit          *v,
              const DemoPerson *info)
{
  guint want = rnd (d, 1, 3);
  guint chosen[3];
  guint n = 0;

  for (guint attempt = 0; attempt < 2 * want && n < want; attempt++)
    {
      guint s = pick_staff (d, attempt == 0 || chance (d, 50) ? (int) info->community : -1);
      gboolean seen = FALSE;

      for (guint k = 0; k < n; k++)
        seen |= chosen[k] == s;
      if (!seen)
        chosen[n++] = s;
    }
  for (guint k = 0; k < n; k++)
    tx_visit_add_visitor (v, staff_at (d, chosen[k])->uuid);
}

/* The first seven cover every reason (三必访 and the others). */
static gboolean
add_visit (Demo     *d,
           guint     i,
           GError  **error)
{
  g_autoptr(TxVisit) v = tx_visit_new ();
  const char *reason = i < G_N_ELEMENTS (visit_reason_codes) ? visit_reason_codes[i]
                       : PICK_WEIGHTED (d, visit_reasons);
  DemoPerson *info = person_at (d, pick_visited (d, reason));
  g_autofree char *date = NULL;
  guint32 day;

  new_uuid (d, v, NULL);
  tx_visit_set_person (v, info->uuid);
  tx_visit_set_reason (v, reason);
  if (g_str_equal (reason, "1"))
    holiday_visit (d, v, info, &day);
  else if (g_str_equal (reason, "5"))
    day = birthday_visit (d, v, info);
  else if (strchr ("234", reason[0]) != NULL)
    day = circumstance_visit_day (d, info);
  else
    day = past_day (d, 1, WINDOW_DAYS);
  set_visit_texts (d, v, reason);
  add_visitors (d, v, info);
  date = day_iso (day);
  tx_visit_set_date (v, date);
  return save (d, v, error);
}

/* ---- consultations ------------------------------------------------------ */

static const Weighted consultation_types[] = {
  { "1", 15 }, { "2", 25 }, { "3", 35 }, { "4", 25 },
};

static gboolean
is_representative (Demo             *d,
                   const DemoPerson *info)
{
  return info->representative;
}

/* What a meeting is about, in the words of its title, agenda and minutes. */
typedef struct
{
  char       *title;
  char       *subject;     /* 民主协商会: what is consulted on */
  char       *report;      /* 情况通报会: what is reported on */
  char       *facts;       /* … and what it says */
  const char *theme;       /* 座谈会 */
  const char *place;
} MeetingFrame;

static void
meeting_frame_clear (MeetingFrame *frame)
{
  g_clear_pointer (&frame->title, g_free);
  g_clear_pointer (&frame->subject, g_free);
  g_clear_pointer (&frame->report, g_free);
  g_clear_pointer (&frame->facts, g_free);
}

/* A briefing on the last half-year, or (when that one was held already)
 * on one piece of work. */
static void
frame_briefing (Demo                   *d,
                const DemoConsultation *c,
                gboolean                special,
                MeetingFrame           *frame)
{
  const DemoTopic *topic = &topics[c->topics[0]];
  int y, m, dd;
  char a[8], b[8], cc[8], e[8], period[24];

  day_split (c->day, &y, &m, &dd);
  if (special)
    {
      frame->report = g_strdup_printf ("%s工作进展情况", topic->name);
      frame->title = g_strdup_printf ("关于%s工作进展情况的通报会", topic->name);
      frame->facts = g_strdup (topic->response);
      return;
    }
  if (m <= 6)
    g_snprintf (period, sizeof period, "%d年度", y - 1);
  else if (m <= 10)
    g_snprintf (period, sizeof period, "%d年上半年", y);
  else
    g_snprintf (period, sizeof period, "%d年前三季度", y);
  frame->report = g_strdup_printf ("%s街道工作情况", period);
  frame->title = fill (d, "{street}{period}工作情况通报会", "{period}", period, NULL);
  g_snprintf (a, sizeof a, "%d", rnd (d, 2, 8));
  g_snprintf (b, sizeof b, "%d", rnd (d, 20, 120));
  g_snprintf (cc, sizeof cc, "%d", rnd (d, 50, 400));
  g_snprintf (e, sizeof e, "%d", rnd (d, 300, 2000));
  frame->facts = fill (d, "街道在经济发展、民生保障、城市管理和基层治理等方面取得新进展，"
                          "完成老旧小区改造{a}个，新增养老服务床位{b}张，帮助{c}人实现就业，办结群众诉求{e}件。",
                       "{a}", a, "{b}", b, "{c}", cc, "{e}", e, NULL);
}

/* Annual plans are consulted on around New Year; forums carry their year,
 * as offices title them.  @attempt > 2: the period's briefing is taken. */
static void
frame_meeting (Demo                   *d,
               const DemoConsultation *c,
               const DemoPerson       *partner,
               int                     attempt,
               MeetingFrame           *frame)
{
  int y, m, dd;
  char year[8];

  day_split (c->day, &y, &m, &dd);
  switch (c->type)
    {
    case 1:
      g_snprintf (year, sizeof year, "%d", m >= 11 ? y + 1 : y);
      if (m >= 11 || m == 1)
        frame->subject = fill (d, "《{street}{year}年度工作计划（征求意见稿）》", "{year}", year, NULL);
      else
        frame->subject = fill (d, "《{street}{topic}工作方案（征求意见稿）》", "{topic}", topics[c->topics[0]].name, NULL);
      frame->title = g_strdup_printf ("关于%s的民主协商会", frame->subject);
      break;
    case 2:
      frame_briefing (d, c, attempt > 2, frame);
      break;
    case 3:
      frame->theme = PICK (d, forum_themes);
      frame->title = g_strdup_printf ("%d年%s", y, frame->theme);
      break;
    default:
      frame->title = g_strdup_printf ("与%s谈心谈话", partner->name);
      break;
    }
  frame->place = c->type == 4 ? "{community}党群服务中心谈心室" : PICK (d, consultation_places);
}

/* Persons invited: half of them representative people where there are.
 * Returns how many. */
static guint
invite_people (Demo  *d,
               guint  want,
               guint *out)
{
  g_autofree guint *others = g_new (guint, want);
  guint n = pick_people (d, -1, want / 2, is_representative, out);
  guint n_others = pick_people (d, -1, want, NULL, others);

  for (guint i = 0; i < n_others && n < want; i++)
    {
      gboolean seen = FALSE;

      for (guint k = 0; k < n; k++)
        seen |= out[k] == others[i];
      if (!seen)
        out[n++] = others[i];
    }
  return n;
}

typedef struct
{
  guint     staff_chair;
  guint     staff_recorder;
  guint     invited[25];
  guint     n_invited;
  char      state[25];     /* '2' present, '3' absent, '4' observer, '1' invited */
  GString  *present;       /* names, for the minutes */
  GString  *absent;
  GString  *observers;
  GString  *talkers;       /* the staff at a talk besides the chair */
  guint     n_present;
} Roster;

static void
roster_init (Roster *r)
{
  r->present = g_string_new (NULL);
  r->absent = g_string_new (NULL);
  r->observers = g_string_new (NULL);
  r->talkers = g_string_new (NULL);
}

static void
roster_clear (Roster *r)
{
  g_string_free (r->present, TRUE);
  g_string_free (r->absent, TRUE);
  g_string_free (r->observers, TRUE);
  g_string_free (r->talkers, TRUE);
}

static void
append_name (GString    *list,
             const char *name)
{
  if (list->len > 0)
    g_string_append (list, "、");
  g_string_append (list, name);
}

/* The first meeting held has an absent member whatever the dice say, so
 * that every attendee state is there to be seen. */
static void
seat_people (Demo             *d,
             TxConsultation   *m,
             DemoConsultation *c,
             Roster           *r,
             guint             partner,
             gboolean          show_all_states)
{
  guint n_speakers = 0;

  if (c->type == 4)
    {
      r->invited[0] = partner;
      r->n_invited = 1;
    }
  else
    r->n_invited = invite_people (d, rnd (d, 8, 25), r->invited);
  for (guint i = 0; i < r->n_invited; i++)
    {
      const DemoPerson *info = person_at (d, r->invited[i]);
      const char *note = NULL;
      char state[2] = { '2', '\0' };

      if (c->upcoming)
        state[0] = '1';
      else if ((show_all_states && i == 0) || (c->type != 4 && chance (d, 12)))
        {
          state[0] = '3';
          note = PICK (d, excuses);
        }
      else if (c->type == 1 && i + 2 >= r->n_invited)
        {
          state[0] = '4';
          note = "居民代表列席";
        }
      r->state[i] = state[0];
      switch (state[0])
        {
        case '2':
          append_name (r->present, info->name);
          r->n_present++;
          if (n_speakers < 3)
            c->speakers[n_speakers++] = r->invited[i];
          break;
        case '3':
          append_name (r->absent, info->name);
          break;
        case '4':
          append_name (r->observers, info->name);
          break;
        default:
          break;
        }
      tx_consultation_add_attendee (m, info->uuid, NULL, state, note);
    }
}

/* Chair and recorder are fields; the other staff who sit in are
 * attendees (列席, or present at a talk). */
static void
seat_staff (Demo             *d,
            TxConsultation   *m,
            DemoConsultation *c,
            Roster           *r,
            int               community)
{
  guint n = c->type == 4 ? 1 : rnd (d, 1, 3);

  r->staff_chair = c->type == 4 ? pick_staff (d, community) : 0;
  r->staff_recorder = 1;
  if (r->staff_recorder == r->staff_chair)
    r->staff_recorder = 0;
  for (guint k = 0, tries = 0; k < n && tries < 10; tries++)
    {
      guint s = pick_staff (d, c->type == 4 ? community : rnd (d, 0, d->communities->len - 1));

      if (s == r->staff_chair || s == r->staff_recorder)
        continue;
      tx_consultation_add_attendee (m, NULL, staff_at (d, s)->uuid,
                                    c->upcoming ? "1" : c->type == 4 ? "2" : "4",
                                    c->type == 4 ? NULL : staff_at (d, s)->post);
      if (c->type == 4)
        append_name (r->talkers, staff_at (d, s)->name);
      else if (!c->upcoming)
        append_name (r->observers, staff_at (d, s)->name);
      k++;
    }
  tx_consultation_set_chair (m, staff_at (d, r->staff_chair)->uuid);
  tx_consultation_set_recorder (m, staff_at (d, r->staff_recorder)->uuid);
}

/* ---- minutes ------------------------------------------------------------ */

static const char * const agendas[] = {
  [1] = "1. 街道党工委介绍{subject}起草情况；\n2. 与会人士协商发言；\n3. 街道党工委负责同志讲话。",
  [2] = "1. 通报{report}；\n2. 通报上次会议意见建议办理情况；\n3. 与会人士提问交流。",
  [3] = "1. 介绍街道近期工作；\n2. 与会人士座谈发言；\n3. 会议小结。",
  [4] = "1. 了解工作和生活近况；\n2. 听取意见建议；\n3. 介绍社区近期工作。",
};

static const char * const minutes_bodies[] = {
  [1] = "一、会议议程\n{agenda}\n\n"
        "二、情况介绍\n{chair}代表街道党工委介绍了{subject}的起草情况，"
        "对主要目标、重点任务和保障措施作了说明，请与会人士提出意见建议。\n\n"
        "三、协商发言\n{speeches}\n"
        "四、会议小结\n{chair}对与会人士的意见建议表示感谢。大家的发言立足社区实际、针对性强，"
        "街道将认真梳理，能吸收的吸收进方案，一时难以解决的做好解释说明，"
        "并在下次情况通报会上通报采纳和办理情况。",
  [2] = "一、情况通报\n{chair}通报了{report}。{facts}"
        "同时通报了上次会议所提意见建议的办理情况。\n\n"
        "二、交流互动\n{questions}\n"
        "三、会议要求\n{chair}希望大家继续关心支持街道工作，发挥自身优势，多提意见建议，积极参与社区治理。",
  [3] = "会议围绕“{theme}”主题，听取与会人士的意见建议。{chair}介绍了街道近期工作和统战工作安排。\n\n"
        "座谈中，大家畅所欲言：\n{speeches}\n"
        "{chair}在总结时表示，与会人士是社区建设的重要力量，街道将建立常态化联系机制，"
        "把大家的意见建议分类交办、限期答复。",
  [4] = "{date}，{chair}与{person}进行了谈心谈话。\n\n"
        "{person}介绍了近期工作和生活情况，{life}。谈到社区工作，{pronoun}提出：{situation}{proposal}\n\n"
        "{chair}感谢{pronoun}对社区工作的关心，介绍了街道在{topic}方面的工作打算，"
        "表示将把意见转交{unit}研究。双方约定今后保持经常联系。",
};

static const char * const resolution_texts[] = {
  [1] = "1. 与会人士提出的{t1}、{t2}、{t3}等意见建议登记入册，交相关科室办理，30日内答复；\n"
        "2. 对{subject}作进一步修改完善后，提交党工委会议审议；\n"
        "3. 在下次情况通报会上通报意见建议采纳情况。",
  [2] = "1. 与会人士提出的问题由党政办汇总，分别交{u1}、{u2}等单位研究答复；\n"
        "2. 在下次情况通报会上通报办理情况。",
  [3] = "1. 建立与与会人士的常态化联系机制，每季度至少开展一次走访；\n"
        "2. 将{t1}、{t2}等建议列入办理台账，限期答复。",
  [4] = "1. 将关于{t1}的建议转交{u1}研究办理；\n"
        "2. 联络员每季度至少联系一次。",
};

/* "{name}（{label}）：{situation}{proposal}" for each speaker; in a
 * briefing the chair answers each question instead. */
static char *
speeches_text (Demo                   *d,
               const DemoConsultation *c,
               const char             *chair)
{
  GString *s = g_string_new (NULL);

  for (guint k = 0; k < 3 && c->speakers[k] >= 0; k++)
    {
      const DemoPerson *info = person_at (d, c->speakers[k]);
      const DemoTopic *topic = &topics[c->topics[k]];

      if (c->type == 2)
        g_string_append_printf (s, "%s（%s）关注%s问题，%s%s回应：街道将会同%s研究办理，及时反馈。\n",
                                info->name, info->label, topic->name, topic->proposal, chair, topic->unit);
      else
        g_string_append_printf (s, "%s（%s）：%s%s\n", info->name, info->label,
                                topic->situation, topic->proposal);
    }
  if (s->len == 0)
    g_string_append (s, "与会人士未作发言。\n");
  return g_string_free (s, FALSE);
}

static char *
minutes_header (Demo                   *d,
                const DemoConsultation *c,
                const Roster           *r,
                const char             *place,
                const char             *time)
{
  g_autofree char *date = day_chinese (c->day);
  const DemoStaff *chair = staff_at (d, r->staff_chair);
  const DemoPerson *partner = person_at (d, r->invited[0]);
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "时间：%s %s\n地点：%s\n", date, time, place);
  if (c->type == 4)
    {
      g_string_append_printf (s, "谈话人：%s（%s）%s%s\n", chair->name, chair->post,
                              r->talkers->len > 0 ? "、" : "", r->talkers->str);
      g_string_append_printf (s, "谈话对象：%s（%s）\n", partner->name, partner->label);
      g_string_append_printf (s, "记录：%s\n\n", staff_at (d, r->staff_recorder)->name);
      return g_string_free (s, FALSE);
    }
  g_string_append_printf (s, "主持：%s（%s）\n记录：%s\n", chair->name, chair->post,
                          staff_at (d, r->staff_recorder)->name);
  g_string_append_printf (s, "出席：%s（共%u人）\n", r->present->str, r->n_present);
  g_string_append_printf (s, "缺席：%s\n", r->absent->len > 0 ? r->absent->str : "无");
  if (r->observers->len > 0)
    g_string_append_printf (s, "列席：%s\n", r->observers->str);
  g_string_append (s, "\n");
  return g_string_free (s, FALSE);
}

/* What someone says about themselves in a talk. */
static const char *
life_note (Demo             *d,
           const DemoPerson *info)
{
  static const char * const working[] = {
    "工作比较顺利，家人身体健康", "孩子今年考上了大学，家里很高兴", "工作压力较大，但总体顺心",
  };
  static const char * const retired[] = {
    "退休后积极参加社区志愿服务", "近期身体有所好转，仍需定期复查", "老伴身体不太好，平时以照顾家庭为主",
  };

  if (HAS (info, 6))
    return "企业经营总体平稳，但用工成本上升较快";
  return age_of (d, info) >= 60 ? PICK (d, retired) : PICK (d, working);
}

static void
write_minutes (Demo                   *d,
               TxConsultation         *m,
               const DemoConsultation *c,
               const Roster           *r,
               const MeetingFrame     *frame,
               const char             *place,
               const char             *time)
{
  const DemoStaff *chair = staff_at (d, r->staff_chair);
  const DemoPerson *partner = person_at (d, r->invited[0]);
  const DemoTopic *t1 = &topics[c->topics[0]], *t2 = &topics[c->topics[1]], *t3 = &topics[c->topics[2]];
  g_autofree char *header = minutes_header (d, c, r, place, time);
  g_autofree char *speeches = speeches_text (d, c, chair->name);
  g_autofree char *date = day_chinese (c->day);
  g_autofree char *body = NULL, *minutes = NULL, *resolutions = NULL;

  body = fill (d, minutes_bodies[c->type], "{agenda}", tx_consultation_get_agenda (m),
               "{speeches}", speeches, "{questions}", speeches, "{chair}", chair->name,
               "{subject}", frame->subject, "{report}", frame->report, "{facts}", frame->facts,
               "{theme}", frame->theme, "{date}", date,
               "{person}", partner->name, "{life}", life_note (d, partner),
               "{pronoun}", partner->male ? "他" : "她", "{situation}", t1->situation,
               "{proposal}", t1->proposal, "{topic}", t1->name, "{unit}", t1->unit, NULL);
  minutes = g_strconcat (header, body, NULL);
  resolutions = fill (d, resolution_texts[c->type], "{t1}", t1->name, "{t2}", t2->name, "{t3}", t3->name,
                      "{u1}", t1->unit, "{u2}", t2->unit, "{subject}", frame->subject, NULL);
  tx_consultation_set_minutes (m, minutes);
  tx_consultation_set_resolutions (m, resolutions);
}

static void
pick_topics (Demo             *d,
             DemoConsultation *c)
{
  guint order[G_N_ELEMENTS (topics)];

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    order[i] = i;
  shuffle (d, order, G_N_ELEMENTS (order));
  for (guint k = 0; k < 3; k++)
    {
      c->topics[k] = order[k];
      c->speakers[k] = -1;
      c->taken[k] = FALSE;
    }
}

/* Date, topics and title, drawn again while the title is one the street
 * has already used (one briefing per half-year, one forum per theme a
 * year). */
static void
plan_meeting (Demo             *d,
              DemoConsultation *c,
              const DemoPerson *partner,
              MeetingFrame     *frame)
{
  for (int attempt = 0; ; attempt++)
    {
      c->day = c->upcoming ? d->today + rnd (d, 7, 30) : past_day (d, 7, 720);
      pick_topics (d, c);
      frame_meeting (d, c, partner, attempt, frame);
      if (attempt == 9 || !g_hash_table_contains (d->titles, frame->title))
        break;
      meeting_frame_clear (frame);
    }
  g_hash_table_add (d->titles, g_strdup (frame->title));
}

/* The first four cover every type; the second is still to come (a
 * briefing already announced), the first has someone absent. */
static gboolean
add_consultation (Demo     *d,
                  guint     i,
                  GError  **error)
{
  g_autoptr(TxConsultation) m = tx_consultation_new ();
  DemoConsultation *c = &g_array_index (d->consultations, DemoConsultation, i);
  Roster r = { 0, };
  MeetingFrame frame = { NULL, };
  const char *time = chance (d, 50) ? "09:30" : "14:30";
  g_autofree char *date = NULL, *place = NULL, *agenda = NULL;
  char type[2] = { 0, };
  guint partner = 0;
  int community;
  gboolean ok;

  c->type = i < 4 ? (int) i + 1 : atoi (PICK_WEIGHTED (d, consultation_types));
  c->upcoming = i == 1;
  if (c->type == 4)
    partner = pick_person (d, chance (d, 70) ? is_notable : NULL);
  plan_meeting (d, c, person_at (d, partner), &frame);

  roster_init (&r);
  new_uuid (d, m, c->uuid);
  seat_people (d, m, c, &r, partner, i == 0);
  community = (int) person_at (d, r.invited[0])->community;
  seat_staff (d, m, c, &r, community);

  date = day_iso (c->day);
  place = fill (d, frame.place, "{community}",
                g_array_index (d->communities, DemoCommunity, community).name, NULL);
  agenda = fill (d, agendas[c->type], "{subject}", frame.subject, "{report}", frame.report, NULL);
  type[0] = '0' + c->type;
  tx_consultation_set_consultation_type (m, type);
  tx_consultation_set_title (m, frame.title);
  tx_consultation_set_date (m, date);
  tx_consultation_set_start_time (m, time);
  tx_consultation_set_place (m, place);
  tx_consultation_set_agenda (m, agenda);
  if (c->upcoming)
    tx_consultation_set_notes (m, "会议通知已发出，请各社区确认参会人员");
  else
    write_minutes (d, m, c, &r, &frame, place, time);

  ok = save (d, m, error);
  roster_clear (&r);
  meeting_frame_clear (&frame);
  return ok;
}

/* ---- suggestions -------------------------------------------------------- */

static const Weighted suggestion_states[] = {
  { "09", 40 }, { "08", 12 }, { "05", 14 }, { "03", 16 }, { "02", 6 },
  { "01", 6 }, { "10", 6 },
};

/* by state: what the history says, and how many days the step takes */
static const struct
{
  const char *note;
  int         min_days, max_days;
} steps[] = {
  [1] = { "登记建议，拟交{unit}办理", 0, 0 },
  [2] = { "受理", 1, 5 },
  [3] = { "交{unit}办理", 1, 5 },
  [5] = { "{unit}作出书面答复", 10, 40 },
  [8] = { "向建议人反馈办理结果", 3, 10 },
  [9] = { "办结归档", 1, 10 },
  [10] = { "不属于本级职责范围，已告知建议人向{unit}反映", 1, 5 },
};

/* 登记 → 受理 → 转办 → 答复 → 反馈 → 办结 as far as @target, or 不予受理
 * after 登记 or 受理; the days after the first step in @offsets.  The
 * first eight suggestions end in each state (the fourth overdue). */
static guint
suggestion_path (Demo *d,
                 int   target,
                 int  *path,
                 int  *offsets)
{
  static const int order[] = { 1, 2, 3, 5, 8, 9 };
  guint n = 0;

  if (target == 10)
    {
      path[n++] = 1;
      if (chance (d, 50))
        path[n++] = 2;
      path[n++] = 10;
    }
  else
    for (guint k = 0; k < G_N_ELEMENTS (order) && order[k] <= target; k++)
      path[n++] = order[k];
  offsets[0] = 0;
  for (guint k = 1; k < n; k++)
    offsets[k] = offsets[k - 1] + rnd (d, steps[path[k]].min_days, steps[path[k]].max_days);
  return n;
}

/* A point someone raised at a meeting held before @latest and not yet
 * followed up; -1 when there is none. */
static int
find_raised_point (Demo    *d,
                   guint32  latest,
                   guint   *slot)
{
  guint n = d->consultations->len;
  guint start = rnd (d, 0, n - 1);

  for (guint j = 0; j < n; j++)
    {
      DemoConsultation *c = &g_array_index (d->consultations, DemoConsultation, (start + j) % n);

      if (c->upcoming || c->day > latest)
        continue;
      for (guint k = 0; k < 3; k++)
        if (c->speakers[k] >= 0 && !c->taken[k])
          {
            c->taken[k] = TRUE;
            *slot = k;
            return (int) ((start + j) % n);
          }
    }
  return -1;
}

static const char * const feedback_ways[] = { "电话", "当面", "书面" };

/* 采纳, 部分采纳, 列入计划, 留作参考, 未采纳 */
static const Weighted adoptions[] = {
  { "1", 40 }, { "2", 20 }, { "3", 18 }, { "4", 12 }, { "5", 10 },
};

/* The answer, with its adoption result, before the step to 答复. */
static void
set_answer (Demo            *d,
            TxSuggestion    *s,
            const DemoTopic *topic,
            const char      *date)
{
  const char *adoption = PICK_WEIGHTED (d, adoptions);
  g_autofree char *answer = g_str_equal (adoption, "5")
                            ? g_strdup_printf ("经研究，%s。已向建议人做好解释说明。",
                                               PICK (d, rejection_reasons))
                            : g_strdup (topic->response);

  tx_suggestion_set_response (s, answer);
  tx_suggestion_set_response_date (s, date);
  tx_suggestion_set_adoption (s, adoption);
}

/* Feedback and satisfaction, before the step to 反馈. */
static void
set_feedback (Demo         *d,
              TxSuggestion *s,
              const char   *date)
{
  gboolean refused = g_strcmp0 (tx_suggestion_get_adoption (s), "5") == 0;
  int roll = rnd (d, 0, 99);
  int satisfaction = refused ? (roll < 20 ? 1 : roll < 80 ? 2 : 3) : (roll < 80 ? 1 : 2);
  g_autofree char *feedback = g_strdup_printf ("已%s向建议人反馈办理结果，建议人表示%s。",
                                               PICK (d, feedback_ways),
                                               satisfaction_words[satisfaction]);
  char code[2] = { '0' + satisfaction, '\0' };

  tx_suggestion_set_feedback (s, feedback);
  tx_suggestion_set_feedback_date (s, date);
  tx_suggestion_set_satisfaction (s, code);
}

/* Every step through the state machine, as an office would record it. */
static gboolean
add_history (Demo             *d,
             TxSuggestion     *s,
             const DemoTopic  *topic,
             const int        *path,
             const int        *offsets,
             guint             n,
             guint32           day,
             const char       *registrar,
             GError          **error)
{
  for (guint k = 0; k < n; k++)
    {
      g_autofree char *date = day_iso (day + offsets[k]);
      g_autofree char *note = fill (d, steps[path[k]].note, "{unit}", topic->unit, NULL);
      char state[3];

      g_snprintf (state, sizeof state, "%02d", path[k]);
      if (path[k] == 5)
        set_answer (d, s, topic, date);
      else if (path[k] == 8)
        set_feedback (d, s, date);
      if (k == 0)
        tx_suggestion_register (s, date, registrar);
      else if (!tx_suggestion_advance (s, state, date, note, staff_at (d, 1)->name, error))
        return FALSE;
    }
  return TRUE;
}

static void
add_cosigners (Demo         *d,
               TxSuggestion *s,
               guint         lead)
{
  guint others[3];
  guint n = chance (d, 30) ? pick_people (d, -1, 3, NULL, others) : 0;
  guint added = 0;

  for (guint k = 0; k < n && added < 2; k++)
    if (others[k] != lead)
      {
        tx_suggestion_add_proposer (s, person_at (d, others[k])->uuid, NULL);
        added++;
      }
}

/* The first seven end in each of the seven states; the fourth is overdue,
 * the seventh comes from a meeting when one is early enough. */
static gboolean
add_suggestion (Demo     *d,
                guint     i,
                GError  **error)
{
  g_autoptr(TxSuggestion) s = tx_suggestion_new ();
  static const int first_targets[] = { 1, 2, 3, 3, 5, 8, 9, 10 };
  int target = i < G_N_ELEMENTS (first_targets) ? first_targets[i]
               : atoi (PICK_WEIGHTED (d, suggestion_states));
  int path[8], offsets[8];
  guint n = suggestion_path (d, target, path, offsets);
  guint32 latest = d->today - offsets[n - 1] - 1;
  gboolean from_meeting = i != 3 && (i == 6 || chance (d, 30));
  guint slot = 0;
  int meeting = from_meeting ? find_raised_point (d, latest, &slot) : -1;
  const DemoTopic *topic;
  g_autofree char *date = NULL, *deadline = NULL, *content = NULL;
  guint lead;
  guint32 day;

  new_uuid (d, s, NULL);
  if (meeting >= 0)
    {
      const DemoConsultation *c = &g_array_index (d->consultations, DemoConsultation, meeting);

      day = c->day;
      topic = &topics[c->topics[slot]];
      lead = c->speakers[slot];
      tx_suggestion_set_channel (s, "3");
      tx_suggestion_set_consultation (s, c->uuid);
    }
  else
    {
      /* open ones are recent, and some of them past their deadline */
      day = latest + 1 - (target <= 3 ? rnd (d, i == 3 ? 40 : 3, i == 3 ? 70 : 75) : rnd (d, 1, 600));
      topic = &topics[rnd (d, 0, G_N_ELEMENTS (topics) - 1)];
      lead = pick_person (d, chance (d, 50) ? is_notable : NULL);
      tx_suggestion_set_channel (s, chance (d, 55) ? "1" : "2");
    }
  date = day_iso (day);
  deadline = day_iso (day + 30);
  content = g_strconcat (topic->situation, topic->proposal, NULL);
  tx_suggestion_set_title (s, topic->title);
  tx_suggestion_set_content (s, content);
  tx_suggestion_set_date (s, date);
  tx_suggestion_set_handling_unit (s, topic->unit);
  tx_suggestion_set_deadline (s, deadline);
  tx_suggestion_add_proposer (s, person_at (d, lead)->uuid, "1");
  add_cosigners (d, s, lead);
  if (!add_history (d, s, topic, path, offsets, n, day,
                    staff_at (d, pick_staff (d, (int) person_at (d, lead)->community))->name,
                    error))
    return FALSE;
  return save (d, s, error);
}

/* ---- pairings ----------------------------------------------------------- */

static gboolean
is_notable_or_key (Demo             *d,
                   const DemoPerson *info)
{
  return info->representative || info->key_person;
}

static gboolean
is_ordinary (Demo             *d,
             const DemoPerson *info)
{
  return !is_notable_or_key (d, info);
}

static void
sort_days (guint32 *days,
           guint    n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && days[j - 1] > days[j]; j--)
      {
        guint32 swap = days[j];

        days[j] = days[j - 1];
        days[j - 1] = swap;
      }
}

/* About once a quarter, counting back from the latest, at most twelve. */
static void
add_contacts (Demo      *d,
              TxPairing *p,
              guint32    since,
              guint32    end)
{
  guint32 days[12];
  guint n = 0;

  for (guint32 day = end - rnd (d, 0, 40); day > since && n < G_N_ELEMENTS (days); day -= rnd (d, 45, 120))
    days[n++] = day;
  if (n == 0)
    days[n++] = end;
  sort_days (days, n);
  for (guint k = 0; k < n; k++)
    {
      const char *mode = PICK_WEIGHTED (d, contact_modes);
      g_autofree char *date = day_iso (days[k]);
      guint row = 0;

      while (row + 1 < G_N_ELEMENTS (contact_notes) && !g_str_equal (contact_notes[row].mode, mode))
        row++;
      tx_pairing_add_contact (p, date, mode, PICK (d, contact_notes[row].notes));
    }
}

static gboolean
add_pairing (Demo     *d,
             guint     person,
             GError  **error)
{
  g_autoptr(TxPairing) p = tx_pairing_new ();
  const DemoPerson *info = person_at (d, person);
  guint staff = pick_staff (d, (int) info->community);
  guint32 since = past_day (d, 120, 1400);
  guint32 until = chance (d, 10) ? since + rnd (d, 200, 700) : 0;
  g_autofree char *since_text = day_iso (since);
  g_autofree char *until_text = NULL;

  if (until >= d->today)
    until = 0;
  until_text = until != 0 ? day_iso (until) : NULL;
  new_uuid (d, p, NULL);
  tx_pairing_set_staff (p, staff_at (d, staff)->uuid);
  tx_pairing_set_person (p, info->uuid);
  tx_pairing_set_since (p, since_text);
  tx_pairing_set_until (p, until_text);
  tx_pairing_set_notes (p, until != 0 ? "工作调整，交友关系转由其他同志接续"
                                      : "结对交友，每季度至少联系一次");
  add_contacts (d, p, since, until != 0 ? until : d->today - 1);
  return save (d, p, error);
}

/* Representative and key people first, each paired once; more pairings
 * than people on the books go round again. */
static gboolean
add_pairings (Demo     *d,
              guint     n,
              GError  **error)
{
  g_autofree guint *notable = g_new (guint, d->people->len);
  g_autofree guint *others = g_new (guint, d->people->len);
  guint n_notable = pick_people (d, -1, d->people->len, is_notable_or_key, notable);
  guint n_others = pick_people (d, -1, d->people->len, is_ordinary, others);

  for (guint i = 0; i < n; i++)
    {
      guint person;

      if (i < n_notable)
        person = notable[i];
      else if (n_others > 0)
        person = others[(i - n_notable) % n_others];
      else
        person = notable[i % n_notable];
      if (!add_pairing (d, person, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- the whole street --------------------------------------------------- */

static gboolean
database_is_empty (TxDatabase  *db,
                   GError     **error)
{
  const GType types[] = { TX_TYPE_COMMUNITY, TX_TYPE_STAFF, TX_TYPE_PERSON };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      gint64 count = tx_store_count (db, types[i], TRUE, error);

      if (count < 0)
        return FALSE;
      if (count > 0)
        {
          /* demo people mixed with real ones could not be told apart */
          g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID,
                       _("Demonstration data can only be added to an empty database."));
          return FALSE;
        }
    }
  return TRUE;
}

static void
demo_clear (Demo *d)
{
  g_clear_pointer (&d->rand, g_rand_free);
  g_clear_pointer (&d->communities, g_array_unref);
  g_clear_pointer (&d->staff, g_array_unref);
  g_clear_pointer (&d->people, g_array_unref);
  g_clear_pointer (&d->consultations, g_array_unref);
  g_clear_pointer (&d->issued, g_hash_table_unref);
  g_clear_pointer (&d->titles, g_hash_table_unref);
  g_clear_pointer (&d->street_names, g_strfreev);
}

static GArray *
sized_array (gsize          element_size,
             guint          n,
             GDestroyNotify clear)
{
  GArray *array = g_array_sized_new (FALSE, TRUE, element_size, n);

  g_array_set_size (array, n);
  if (clear != NULL)
    g_array_set_clear_func (array, clear);
  return array;
}

typedef struct
{
  guint communities, staff, people, activities, upcoming, visits, consultations, suggestions, pairings;
} Counts;

/* A few hundred people a community at most, 8–15 communities a street:
 * 2,000 people are one street, 100,000 a district of forty.  Staff to
 * match: two at each street, one in each community, and a liaison officer
 * for every fifth. */
static void
plan_streets (Demo   *d,
              guint   people,
              Counts *n)
{
  guint roots[G_N_ELEMENTS (street_roots)];

  n->communities = MAX (8, (people + 249) / 250);
  d->n_streets = MAX (1, (n->communities + 10) / 11);
  while (n->communities / d->n_streets > 15)
    d->n_streets++;
  d->n_streets = MIN (d->n_streets, G_N_ELEMENTS (street_roots));
  n->staff = 2 * d->n_streets + n->communities + n->communities / 5;

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    roots[i] = i;
  shuffle (d, roots, G_N_ELEMENTS (roots));
  d->street_names = g_new0 (char *, d->n_streets + 1);
  for (guint i = 0; i < d->n_streets; i++)
    d->street_names[i] = g_strconcat (street_roots[roots[i]], "街道", NULL);
  d->street = d->street_names[0];
  g_snprintf (d->street_code, sizeof d->street_code, "%s001", d->district->code);
}

/* The street and the number of everything, drawn first. */
static void
plan (Demo   *d,
      guint   people,
      Counts *n)
{
  d->district = &PICK (d, districts);
  plan_streets (d, people, n);
  n->people = people;
  n->activities = MAX (5, people / 20);
  n->upcoming = MAX (1, n->activities / 30);
  n->visits = MAX (G_N_ELEMENTS (visit_reason_codes), people / 4);
  n->consultations = MAX (4, people / 100);
  n->suggestions = MAX (10, people / 40);
  n->pairings = MAX (5, people / 25);
  d->total = n->communities + n->staff + n->people + n->activities + n->visits +
             n->consultations + n->suggestions + n->pairings;

  d->communities = sized_array (sizeof (DemoCommunity), n->communities, demo_community_clear);
  d->staff = sized_array (sizeof (DemoStaff), n->staff, demo_staff_clear);
  d->people = sized_array (sizeof (DemoPerson), people, demo_person_clear);
  d->consultations = sized_array (sizeof (DemoConsultation), n->consultations, NULL);
}

/* The office the demo belongs to: the street office when there is one
 * street, else the district's united-front department.  An office the
 * user already named is left as it is. */
static gboolean
set_office (Demo    *d,
            GError **error)
{
  g_autofree char *existing = tx_settings_dup (d->db, TX_SETTING_OFFICE_NAME);
  g_autofree char *name = NULL, *code = NULL;
  gboolean district = d->n_streets > 1;

  if (existing != NULL)
    return TRUE;
  name = district ? g_strdup_printf ("%s市%s委统战部", d->district->city, d->district->district)
                  : g_strdup_printf ("%s%s党工委", d->district->district, d->street);
  code = g_strdup_printf ("%s%s", district ? d->district->code : d->street_code,
                          district ? "000000" : "000");
  return tx_settings_set (d->db, TX_SETTING_OFFICE_NAME, name, error) &&
         tx_settings_set (d->db, TX_SETTING_OFFICE_LEVEL, district ? "3" : "2", error) &&
         tx_settings_set (d->db, TX_SETTING_OFFICE_CODE, code, error) &&
         tx_settings_set (d->db, TX_SETTING_OFFICE_STREET, district ? NULL : d->street, error);
}

/* In dependency order: a meeting before the suggestions raised at it. */
static gboolean
write_all (Demo          *d,
           const Counts  *n,
           GError       **error)
{
  if (!set_office (d, error) ||
      !add_communities (d, n->communities, error) ||
      !add_staff (d, n->staff, error))
    return FALSE;
  for (guint i = 0; i < n->people; i++)
    if (!add_person (d, i, error))
      return FALSE;
  for (guint i = 0; i < n->consultations; i++)
    if (!add_consultation (d, i, error))
      return FALSE;
  for (guint i = 0; i < n->activities; i++)
    if (!add_activity (d, i, n->upcoming, error))
      return FALSE;
  for (guint i = 0; i < n->visits; i++)
    if (!add_visit (d, i, error))
      return FALSE;
  for (guint i = 0; i < n->suggestions; i++)
    if (!add_suggestion (d, i, error))
      return FALSE;
  return add_pairings (d, n->pairings, error);
}

static gboolean
fill_street (Demo    *d,
             guint    people,
             GError **error)
{
  Counts counts;

  plan (d, people, &counts);
  if (!tx_store_begin (d->db, error))
    return FALSE;
  if (!write_all (d, &counts, error))
    {
      tx_store_rollback (d->db);
      return FALSE;
    }
  return tx_store_commit (d->db, error);
}

gboolean
tx_demo_fill (TxDatabase           *db,
              const TxDemoOptions  *options,
              TxDemoProgress        progress,
              gpointer              user_data,
              GError              **error)
{
  const TxDemoOptions defaults = { TX_DEMO_DEFAULT_PEOPLE, TX_DEMO_DEFAULT_SEED, NULL };
  g_autoptr(GDateTime) default_today = NULL;
  g_autoptr(GDateTime) previous_clock = NULL;
  GDateTime *today;
  Demo d = { NULL, };
  int year, month, mday;
  gboolean ok;

  g_return_val_if_fail (TX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    options = &defaults;
  if (options->people == 0)
    {
      g_set_error (error, TX_DATABASE_ERROR, TX_DATABASE_ERROR_INVALID,
                   _("Demonstration data needs at least one person."));
      return FALSE;
    }
  if (!database_is_empty (db, error))
    return FALSE;

  /* 09:00 in Beijing */
  default_today = g_date_time_new_utc (2026, 6, 30, 1, 0, 0);
  today = options->today != NULL ? options->today : default_today;
  g_date_time_get_ymd (today, &year, &month, &mday);

  d.db = db;
  d.rand = g_rand_new_with_seed (options->seed);
  d.today = day_new (year, month, mday);
  d.today_year = year;
  d.issued = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d.titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d.progress = progress;
  d.user_data = user_data;

  previous_clock = tx_database_dup_pinned_clock (db);
  tx_database_pin_clock (db, today);
  ok = fill_street (&d, options->people, error);
  tx_database_pin_clock (db, previous_clock);
  demo_clear (&d);
  return ok;
}

/* The names of @n people as tx_demo_fill() would choose them (the same
 * background, birth and name steps), without a database: for the test
 * that a district-sized demo looks like a real register. */
GPtrArray *
_tx_demo_sample_names (guint   n,
                       guint32 seed)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  Demo d = { NULL, };

  d.rand = g_rand_new_with_seed (seed);
  d.today = day_new (2026, 6, 30);
  d.today_year = 2026;
  for (guint i = 0; i < n; i++)
    {
      DemoPerson info = { { 0 }, };
      const char *ethnicity;

      choose_background (&d, &info);
      ethnicity = g_str_equal (info.ethnicity, "01") ? NULL : info.ethnicity;
      info.male = chance (&d, 55);
      choose_birth (&d, &info);
      g_ptr_array_add (names, make_name (&d, ethnicity, info.male, info.birth_year, NULL));
    }
  demo_clear (&d);
  return names;
}
