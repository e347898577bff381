/**
 * Synthetic but real-looking register data for the benchmark: organisation names built the way
 * registered names are (地域 + 字号 + 行业/业务 + 组织形式), people's names from common surnames
 * and given-name characters, and the regions of the demo data. Deterministic for a seed.
 */

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same register. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;

export function pick<T>(rand: Rand, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

/** Picks by weight: `[value, weight][]`. */
export function weighted<T>(rand: Rand, xs: readonly (readonly [T, number])[]): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [v, w] of xs) if ((r -= w) < 0) return v;
  return xs[xs.length - 1]![0];
}

/** A registration authority of the benchmark register and how it is written in names. */
export interface Authority {
  code: string;
  /** Share of all organisations registered here. */
  weight: number;
  /** Name prefixes, weighted ("上海市嘉定区", "嘉定区" …). */
  prefixes: readonly (readonly [string, number])[];
  /** Townships/communities (demo codes) a domicile may lie in, with their names. */
  places: readonly (readonly [code: string, name: string])[];
  /** Road names of domiciles. */
  roads: readonly string[];
}

const JIADING_PLACES = [
  ['310114001', '新成路街道'], ['310114001001', '迎园社区'], ['310114001002', '桃园社区'], ['310114002', '真新街道'], ['310114002001', '丰庄社区'],
  ['310114002002', '金鹤社区'], ['310114101', '南翔镇'], ['310114101001', '永丰村'], ['310114101002', '红翔社区'], ['310114102', '安亭镇'],
  ['310114102001', '向阳村'], ['310114102002', '安亭社区'],
] as const;
const YANGPU_PLACES = [
  ['310110001', '定海路街道'], ['310110001001', '定海社区'], ['310110001002', '怀德社区'], ['310110002', '五角场街道'], ['310110002001', '国定社区'],
  ['310110002002', '政立社区'], ['310110003', '控江路街道'], ['310110003001', '控江社区'],
] as const;
const NANHU_PLACES = [
  ['330402001', '建设街道'], ['330402001001', '禾兴社区'], ['330402001002', '紫阳社区'], ['330402002', '新兴街道'], ['330402002001', '新兴社区'],
  ['330402101', '凤桥镇'], ['330402101001', '联丰村'], ['330402101002', '永红村'],
] as const;
const JIGUAN_PLACES = [['230302001', '向阳街道'], ['230302001001', '南山社区'], ['230302001002', '东风社区']] as const;
const HENGSHAN_PLACES = [['230303001', '桦木林街道'], ['230303001001', '桦木林社区']] as const;
const JIDONG_PLACES = [['230321100', '鸡东镇'], ['230321100001', '永安村'], ['230321100002', '新华村']] as const;

const SHANGHAI_ROADS = ['博乐路', '城中路', '塔城路', '清河路', '沪宜公路', '嘉松北路', '曹安公路', '墨玉路', '陈翔路', '国定路', '政通路', '控江路', '黄兴路', '长阳路', '淞沪路'];
const JIAXING_ROADS = ['中山东路', '勤俭路', '禾兴南路', '纺工路', '南溪东路', '凌公塘路', '庆丰路', '烟雨路'];
const JIXI_ROADS = ['中心大街', '红星路', '电台路', '兴国路', '涌新路', '和平北大街', '学府街'];

/**
 * Where the benchmark's 1,000,000 organisations are registered: mostly the demo districts, a
 * few at city and province level (their domiciles in the districts below them).
 */
export const AUTHORITIES: readonly Authority[] = [
  { code: '310114', weight: 30, prefixes: [['上海市嘉定区', 60], ['嘉定区', 25], ['上海嘉定', 5]], places: JIADING_PLACES, roads: SHANGHAI_ROADS },
  { code: '310110', weight: 20, prefixes: [['上海市杨浦区', 60], ['杨浦区', 30], ['上海杨浦', 5]], places: YANGPU_PLACES, roads: SHANGHAI_ROADS },
  { code: '330402', weight: 15, prefixes: [['嘉兴市南湖区', 70], ['南湖区', 25]], places: NANHU_PLACES, roads: JIAXING_ROADS },
  { code: '230302', weight: 8, prefixes: [['鸡西市鸡冠区', 80], ['鸡冠区', 20]], places: JIGUAN_PLACES, roads: JIXI_ROADS },
  { code: '230303', weight: 5, prefixes: [['鸡西市恒山区', 80], ['恒山区', 20]], places: HENGSHAN_PLACES, roads: JIXI_ROADS },
  { code: '230321', weight: 7, prefixes: [['鸡东县', 100]], places: JIDONG_PLACES, roads: JIXI_ROADS },
  { code: '310000', weight: 6, prefixes: [['上海市', 80], ['上海', 20]], places: [...JIADING_PLACES, ...YANGPU_PLACES], roads: SHANGHAI_ROADS },
  { code: '330400', weight: 4, prefixes: [['嘉兴市', 100]], places: NANHU_PLACES, roads: JIAXING_ROADS },
  { code: '230300', weight: 3, prefixes: [['鸡西市', 100]], places: [...JIGUAN_PLACES, ...HENGSHAN_PLACES, ...JIDONG_PLACES], roads: JIXI_ROADS },
  { code: '330000', weight: 1, prefixes: [['浙江省', 100]], places: NANHU_PLACES, roads: JIAXING_ROADS },
  { code: '230000', weight: 1, prefixes: [['黑龙江省', 100]], places: [...JIGUAN_PLACES, ...JIDONG_PLACES], roads: JIXI_ROADS },
];

/** About twenty supervisory units (业务主管单位): [region, name]. */
export const SUPERVISORY_UNITS: readonly (readonly [string, string])[] = [
  ['310114', '上海市嘉定区教育局'], ['310114', '上海市嘉定区民政局'], ['310114', '上海市嘉定区卫生健康委员会'], ['310114', '上海市嘉定区体育局'],
  ['310114', '上海市嘉定区文化和旅游局'], ['310114', '上海市嘉定区科学技术委员会'], ['310110', '上海市杨浦区教育局'], ['310110', '上海市杨浦区民政局'],
  ['310110', '上海市杨浦区体育局'], ['330402', '嘉兴市南湖区教育体育局'], ['330402', '嘉兴市南湖区民政局'], ['330402', '嘉兴市南湖区卫生健康局'],
  ['230302', '鸡西市鸡冠区教育局'], ['230303', '鸡西市恒山区民政局'], ['230321', '鸡东县民政局'], ['310000', '上海市教育委员会'],
  ['310000', '上海市科学技术协会'], ['310000', '上海市民政局'], ['330400', '嘉兴市民政局'], ['230300', '鸡西市民政局'],
];

type Field =
  | 'PUBLIC_BENEFIT_CHARITY' | 'SCIENCE_TECHNOLOGY' | 'COMMUNITY_SERVICE' | 'INDUSTRY_ASSOCIATION' | 'EDUCATION' | 'CULTURE' | 'SPORT'
  | 'HEALTH' | 'ENVIRONMENT' | 'ELDERLY_CARE' | 'SOCIAL_WELFARE' | 'LAW' | 'AGRICULTURE' | 'OTHER';

/** 行业/业务 words with the field of activity they belong to. */
const TOPICS: readonly (readonly [string, Field])[] = [
  ['书画', 'CULTURE'], ['摄影', 'CULTURE'], ['书法', 'CULTURE'], ['诗词', 'CULTURE'], ['戏曲', 'CULTURE'], ['京剧', 'CULTURE'], ['越剧', 'CULTURE'],
  ['沪剧', 'CULTURE'], ['民乐', 'CULTURE'], ['合唱', 'CULTURE'], ['舞蹈', 'CULTURE'], ['读书', 'CULTURE'], ['收藏', 'CULTURE'], ['竹刻', 'CULTURE'],
  ['非遗保护', 'CULTURE'], ['地方文化研究', 'CULTURE'], ['文学艺术', 'CULTURE'], ['民间艺术', 'CULTURE'], ['动漫', 'CULTURE'],
  ['篮球', 'SPORT'], ['足球', 'SPORT'], ['乒乓球', 'SPORT'], ['羽毛球', 'SPORT'], ['网球', 'SPORT'], ['围棋', 'SPORT'], ['象棋', 'SPORT'],
  ['桥牌', 'SPORT'], ['太极拳', 'SPORT'], ['武术', 'SPORT'], ['游泳', 'SPORT'], ['马拉松', 'SPORT'], ['自行车', 'SPORT'], ['健身气功', 'SPORT'],
  ['门球', 'SPORT'], ['龙舟', 'SPORT'], ['登山', 'SPORT'], ['钓鱼', 'SPORT'], ['体育舞蹈', 'SPORT'], ['全民健身', 'SPORT'],
  ['老年人', 'ELDERLY_CARE'], ['养老服务', 'ELDERLY_CARE'], ['为老服务', 'ELDERLY_CARE'], ['居家养老', 'ELDERLY_CARE'], ['乐龄', 'ELDERLY_CARE'],
  ['青少年', 'EDUCATION'], ['家庭教育', 'EDUCATION'], ['职业技能', 'EDUCATION'], ['早期教育', 'EDUCATION'], ['科普', 'SCIENCE_TECHNOLOGY'],
  ['计算机', 'SCIENCE_TECHNOLOGY'], ['软件', 'SCIENCE_TECHNOLOGY'], ['集成电路', 'SCIENCE_TECHNOLOGY'], ['人工智能', 'SCIENCE_TECHNOLOGY'],
  ['汽车工程', 'SCIENCE_TECHNOLOGY'], ['新能源', 'SCIENCE_TECHNOLOGY'], ['机械工程', 'SCIENCE_TECHNOLOGY'], ['医学', 'HEALTH'], ['护理', 'HEALTH'],
  ['中医药', 'HEALTH'], ['心理健康', 'HEALTH'], ['康复', 'HEALTH'], ['口腔医学', 'HEALTH'], ['营养', 'HEALTH'], ['红十字', 'HEALTH'],
  ['环境保护', 'ENVIRONMENT'], ['绿色', 'ENVIRONMENT'], ['垃圾分类', 'ENVIRONMENT'], ['生态', 'ENVIRONMENT'], ['湿地保护', 'ENVIRONMENT'],
  ['慈善', 'PUBLIC_BENEFIT_CHARITY'], ['公益', 'PUBLIC_BENEFIT_CHARITY'], ['助学', 'PUBLIC_BENEFIT_CHARITY'], ['扶贫济困', 'PUBLIC_BENEFIT_CHARITY'],
  ['志愿者', 'PUBLIC_BENEFIT_CHARITY'], ['助残', 'SOCIAL_WELFARE'], ['残疾人', 'SOCIAL_WELFARE'], ['儿童福利', 'SOCIAL_WELFARE'], ['妇女儿童', 'SOCIAL_WELFARE'],
  ['社区发展', 'COMMUNITY_SERVICE'], ['邻里互助', 'COMMUNITY_SERVICE'], ['社区服务', 'COMMUNITY_SERVICE'], ['社会工作', 'COMMUNITY_SERVICE'],
  ['物业管理', 'COMMUNITY_SERVICE'], ['家政服务', 'COMMUNITY_SERVICE'], ['法律援助', 'LAW'], ['人民调解', 'LAW'], ['律师', 'LAW'],
  ['企业家', 'INDUSTRY_ASSOCIATION'], ['个体劳动者', 'INDUSTRY_ASSOCIATION'], ['餐饮', 'INDUSTRY_ASSOCIATION'], ['旅游', 'INDUSTRY_ASSOCIATION'],
  ['电子商务', 'INDUSTRY_ASSOCIATION'], ['汽车销售', 'INDUSTRY_ASSOCIATION'], ['建筑业', 'INDUSTRY_ASSOCIATION'], ['物流', 'INDUSTRY_ASSOCIATION'],
  ['纺织', 'INDUSTRY_ASSOCIATION'], ['五金', 'INDUSTRY_ASSOCIATION'], ['会计', 'INDUSTRY_ASSOCIATION'], ['广告', 'INDUSTRY_ASSOCIATION'],
  ['农业', 'AGRICULTURE'], ['葡萄种植', 'AGRICULTURE'], ['水产养殖', 'AGRICULTURE'], ['花卉', 'AGRICULTURE'], ['蔬菜', 'AGRICULTURE'],
  ['蜜蜂', 'AGRICULTURE'], ['农机', 'AGRICULTURE'], ['茶叶', 'AGRICULTURE'], ['大米', 'AGRICULTURE'], ['侨界', 'OTHER'], ['校友', 'OTHER'],
];

/** Characters of 字号 (trade names): two of them make names like 瑞禾, 恒善, 启明. */
const BRAND_CHARS = Array.from(
  '瑞禾恒善启明博爱仁和同心春晖阳光暖馨怡长青百合晨曦彩虹益心知行新芽绿洲金秋银杏嘉华欣悦睿智安康福寿德信诚雅正泰丰源海川鸿运乐融馨宁静远朗清弘毅致远祥云',
);

const SUFFIXES: Record<'SOCIAL_GROUP' | 'SERVICE_INSTITUTION' | 'FOUNDATION', readonly (readonly [string, number])[]> = {
  SOCIAL_GROUP: [['协会', 50], ['学会', 10], ['研究会', 8], ['促进会', 8], ['联合会', 6], ['商会', 6], ['联谊会', 4], ['行业协会', 5], ['俱乐部', 3]],
  SERVICE_INSTITUTION: [
    ['服务中心', 30], ['社会工作服务社', 10], ['培训学校', 10], ['职业技能培训学校', 6], ['养老院', 6], ['敬老院', 4], ['康复中心', 6],
    ['幼儿园', 6], ['艺术团', 4], ['发展中心', 8], ['研究院', 4], ['服务社', 6], ['评估中心', 2],
  ],
  FOUNDATION: [['基金会', 40], ['慈善基金会', 20], ['教育基金会', 15], ['公益基金会', 15], ['发展基金会', 10]],
};

export type OrgType = keyof typeof SUFFIXES;

export interface GeneratedName {
  name: string;
  topic: string;
  field: Field;
}

/** One organisation name for an authority: prefix (+ township) (+ 字号) + topic + form. */
export function organisationName(rand: Rand, type: OrgType, auth: Authority): GeneratedName {
  let prefix = weighted(rand, auth.prefixes);
  if (rand() < 0.18) {
    const place = pick(rand, auth.places)[1];
    if (place.endsWith('镇') || place.endsWith('街道')) prefix += place;
  }
  const [topic, field] = pick(rand, TOPICS);
  const brandP = type === 'SOCIAL_GROUP' ? 0.25 : type === 'FOUNDATION' ? 0.6 : 0.8;
  const brand = rand() < brandP ? pick(rand, BRAND_CHARS) + pick(rand, BRAND_CHARS) : '';
  const suffix = weighted(rand, SUFFIXES[type]);
  return { name: `${prefix}${brand}${topic}${suffix}`, topic, field };
}

const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72], ['李', 70], ['张', 68], ['刘', 54], ['陈', 54], ['杨', 37], ['黄', 26], ['赵', 24], ['吴', 22], ['周', 22], ['徐', 18], ['孙', 16],
  ['马', 15], ['朱', 14], ['胡', 13], ['郭', 12], ['何', 12], ['林', 11], ['罗', 10], ['高', 10], ['郑', 9], ['梁', 9], ['谢', 8], ['宋', 7],
  ['唐', 7], ['许', 7], ['韩', 7], ['邓', 6], ['冯', 6], ['曹', 6], ['彭', 5], ['曾', 5], ['肖', 5], ['田', 5], ['董', 5], ['潘', 4], ['袁', 4],
  ['蔡', 4], ['蒋', 4], ['余', 4], ['于', 4], ['杜', 4], ['叶', 4], ['程', 4], ['魏', 4], ['苏', 3], ['吕', 3], ['丁', 3], ['任', 3], ['沈', 3],
  ['姚', 3], ['卢', 3], ['钱', 2], ['顾', 2], ['陆', 2], ['欧阳', 1], ['诸葛', 0.2], ['司马', 0.2],
];
const GIVEN = Array.from('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥建文辉力敏丹玲志国海燕雪梅晓东春梅俊峰嘉怡子涵浩然欣怡宇轩梓萱思远佳琪');

/** A person's name: a surname and one or two given-name characters. */
export function personName(rand: Rand): string {
  const s = weighted(rand, SURNAMES);
  const g = pick(rand, GIVEN) + (rand() < 0.7 ? pick(rand, GIVEN) : '');
  return s + g;
}

const SCOPES: Record<OrgType, readonly string[]> = {
  SOCIAL_GROUP: ['组织会员开展学术交流、业务培训、咨询服务、编印资料', '开展行业调研、制定行业规范、维护会员合法权益', '组织交流比赛、普及推广、培训辅导'],
  SERVICE_INSTITUTION: ['为社区居民提供生活照料、文化娱乐和康复护理服务', '开展职业技能培训和就业指导', '承接政府购买服务，开展社会工作专业服务'],
  FOUNDATION: ['资助困难学生和教师，奖励优秀教育工作者', '开展扶贫济困、助老助残和灾害救助等公益慈善活动', '资助科学研究、文化保护和社区公益项目'],
};

export function businessScope(rand: Rand, type: OrgType, topic: string): string {
  return `${pick(rand, SCOPES[type])}（${topic}领域）`;
}

/** Fields for an organisation whose topic is in `field`: mostly one, sometimes two. */
export function fieldsOf(rand: Rand, field: Field): string[] {
  if (rand() < 0.2) {
    const other = pick(rand, TOPICS)[1];
    return other === field ? [field] : [field, other];
  }
  return [field];
}

/** Characters that appear in no generated name (for search misses). */
export const ABSENT_CHARS = Array.from('鑫淼燚犇骉麤龘靐齾鱻羴猋焱垚');

/** Search terms no organisation can match (1, 2, 3 and 5 characters). */
export function missTerms(rand: Rand): string[] {
  const c = () => pick(rand, ABSENT_CHARS);
  return [c(), c() + c(), `${c()}${c()}协会`, `${c()}${c()}${c()}基金会`, `嘉定${c()}`, `${c()}江湖`];
}
