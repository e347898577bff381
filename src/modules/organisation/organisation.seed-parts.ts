/**
 * The parts demo organisations are built from: the demo areas (real districts, demo
 * townships of region.seed.ts), name topics with their fields of activity, brand words,
 * people's names. Data only; organisation.seed-data.ts assembles them deterministically.
 * No name uses 淼 or 焱: tests rely on those characters being absent from the demo data.
 */
import type { FieldOfActivity } from './domain/organisation-rules.js';

/** The supervisory units an area has (业务主管单位), by kind. */
export const UNIT_KINDS = ['EDU', 'CULTURE', 'SPORT', 'HEALTH', 'SCI', 'JUSTICE', 'ENV', 'HR', 'AGRI', 'CIVIL'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const SHANGHAI_UNITS: Record<UnitKind, string> = {
  EDU: '教育局', CULTURE: '文化和旅游局', SPORT: '体育局', HEALTH: '卫生健康委员会', SCI: '科学技术委员会',
  JUSTICE: '司法局', ENV: '生态环境局', HR: '人力资源和社会保障局', AGRI: '农业农村委员会', CIVIL: '民政局',
};
const OTHER_UNITS: Record<UnitKind, string> = {
  EDU: '教育局', CULTURE: '文化广电和旅游局', SPORT: '体育局', HEALTH: '卫生健康委员会', SCI: '科学技术局',
  JUSTICE: '司法局', ENV: '生态环境局', HR: '人力资源和社会保障局', AGRI: '农业农村局', CIVIL: '民政局',
};

/** A township or street of an area, with roads for addresses and communities for names. */
export interface Place {
  name: string;
  code: string;
  roads: string[];
  communities: [name: string, code: string][];
  /** The district a city-level area's township lies in (for addresses). */
  district?: string;
}

/** A registration authority of the demo and what its organisations look like. */
export interface Area {
  region: string;
  level: 'DISTRICT' | 'CITY';
  /** Full prefix of names and addresses ('上海市嘉定区'). */
  full: string;
  /** Short prefix used by some names ('嘉定区'). */
  short: string;
  /** Province part of addresses outside the municipalities ('黑龙江省'). */
  province: string;
  places: Place[];
  phoneArea: string;
  phoneHeads: string[];
  /** Issuing regions of the people's ID numbers (never 310114 or 310110, which tests use). */
  idRegions: string[];
  certSG: string;
  certSI: string;
  decision: string;
  units: Record<UnitKind, string>;
  /** Topics only this area has. */
  extraSG: Topic[];
  socialGroups: number;
  serviceInstitutions: number;
}

/** A kind of organisation by what it does: name suffix, fields, scope, supervisory unit kind. */
export interface Topic {
  name: string;
  fields: FieldOfActivity[];
  scope: string;
  unit?: UnitKind;
  /** Industry associations: unit members only. */
  unitMembers?: boolean;
  /** Larger start-up funds (schools, hospitals). */
  large?: boolean;
}

const t = (name: string, fields: FieldOfActivity[], scope: string, unit?: UnitKind, extra: Partial<Topic> = {}): Topic => ({ name, fields, scope, unit, ...extra });

const JIADING: Place[] = [
  { name: '新成路街道', code: '310114001', roads: ['新成路', '迎园路', '塔城路', '博乐路'], communities: [['迎园社区', '310114001001'], ['桃园社区', '310114001002']] },
  { name: '真新街道', code: '310114002', roads: ['真南路', '丰庄路', '万镇路', '金沙江西路'], communities: [['丰庄社区', '310114002001'], ['金鹤社区', '310114002002']] },
  { name: '南翔镇', code: '310114101', roads: ['德园路', '民主街', '沪宜公路', '古猗园路'], communities: [['永丰村', '310114101001'], ['红翔社区', '310114101002']] },
  { name: '安亭镇', code: '310114102', roads: ['墨玉路', '安亭老街', '于田南路', '昌吉路'], communities: [['向阳村', '310114102001'], ['安亭社区', '310114102002']] },
];
const YANGPU: Place[] = [
  { name: '定海路街道', code: '310110001', roads: ['定海路', '隆昌路', '杨树浦路'], communities: [['定海社区', '310110001001'], ['怀德社区', '310110001002']] },
  { name: '五角场街道', code: '310110002', roads: ['国定路', '政立路', '淞沪路', '邯郸路'], communities: [['国定社区', '310110002001'], ['政立社区', '310110002002']] },
  { name: '控江路街道', code: '310110003', roads: ['控江路', '凤城路', '靖宇中路'], communities: [['控江社区', '310110003001']] },
];
const JIGUAN: Place = { district: '鸡冠区', name: '向阳街道', code: '230302001', roads: ['中心大街', '红星路', '和平北大街'], communities: [['南山社区', '230302001001'], ['东风社区', '230302001002']] };
const HENGSHAN: Place = { district: '恒山区', name: '桦木林街道', code: '230303001', roads: ['桦木林大街', '恒山路'], communities: [['桦木林社区', '230303001001']] };
const JIDONG: Place = { district: '鸡东县', name: '鸡东镇', code: '230321100', roads: ['东海路', '新华街', '繁荣街'], communities: [['永安村', '230321100001'], ['新华村', '230321100002']] };
const NANHU: Place[] = [
  { name: '建设街道', code: '330402001', roads: ['禾兴南路', '中山东路', '建国南路'], communities: [['禾兴社区', '330402001001'], ['紫阳社区', '330402001002']] },
  { name: '新兴街道', code: '330402002', roads: ['新兴路', '由拳路', '南溪东路'], communities: [['新兴社区', '330402002001']] },
  { name: '凤桥镇', code: '330402101', roads: ['凤桥大街', '三星路'], communities: [['联丰村', '330402101001'], ['永红村', '330402101002']] },
];

const SH_ID = ['310101', '310104', '310105', '310106', '310107', '310109', '310112', '310113', '310115', '320582', '320583'];
const JX_ID = ['230302', '230303', '230304', '230321', '230381', '230102', '230103'];
const NH_ID = ['330402', '330411', '330421', '330424', '330481', '330482'];

function jixiArea(region: string, short: string, places: Place[], sg: number, si: number): Area {
  return {
    region, level: region === '230300' ? 'CITY' : 'DISTRICT', full: region === '230300' ? '鸡西市' : `鸡西市${short}`, short, province: '黑龙江省',
    places, phoneArea: '0467', phoneHeads: ['235', '236', '238', '528'], idRegions: JX_ID, certSG: '鸡民社证字', certSI: '鸡民证字', decision: '鸡民社',
    units: OTHER_UNITS, extraSG: region === '230300'
      ? [t('石墨产业协会', ['INDUSTRY_ASSOCIATION'], '开展石墨行业调研、标准制定与技术交流，维护会员权益', undefined, { unitMembers: true }),
        t('煤炭行业协会', ['INDUSTRY_ASSOCIATION'], '开展煤炭行业自律、安全生产培训与信息服务', undefined, { unitMembers: true }),
        t('兴凯湖旅游文化研究会', ['CULTURE'], '研究兴凯湖历史文化，推介旅游资源', 'CULTURE')]
      : [],
    socialGroups: sg, serviceInstitutions: si,
  };
}

/** The demo areas and how many organisations each gets (嘉定 in the plan's 132 : 509 proportion). */
export const AREAS: Area[] = [
  {
    region: '310114', level: 'DISTRICT', full: '上海市嘉定区', short: '嘉定区', province: '', places: JIADING, phoneArea: '021', phoneHeads: ['5995', '6953', '5917', '3991'],
    idRegions: SH_ID, certSG: '沪嘉社证字', certSI: '沪嘉民证字', decision: '嘉民社', units: SHANGHAI_UNITS,
    extraSG: [t('竹刻协会', ['CULTURE'], '传承嘉定竹刻技艺，组织创作、展览和培训', 'CULTURE'),
      t('汽车零部件行业协会', ['INDUSTRY_ASSOCIATION'], '开展汽车零部件行业交流、标准宣贯和人才培训', undefined, { unitMembers: true })],
    socialGroups: 33, serviceInstitutions: 127,
  },
  {
    region: '310110', level: 'DISTRICT', full: '上海市杨浦区', short: '杨浦区', province: '', places: YANGPU, phoneArea: '021', phoneHeads: ['6503', '6581', '5566', '6521'],
    idRegions: SH_ID, certSG: '沪杨社证字', certSI: '沪杨民证字', decision: '杨民社', units: SHANGHAI_UNITS,
    extraSG: [t('创新创业协会', ['SCIENCE_TECHNOLOGY'], '服务大学科技园创新创业企业，开展交流、培训和成果转化', undefined),
      t('工业遗产保护研究会', ['CULTURE'], '研究和宣传杨树浦工业遗产，组织讲座和寻访活动', 'CULTURE')],
    socialGroups: 44, serviceInstitutions: 36,
  },
  jixiArea('230300', '鸡西市', [JIGUAN, HENGSHAN, JIDONG], 24, 18),
  jixiArea('230302', '鸡冠区', [JIGUAN], 8, 8),
  jixiArea('230303', '恒山区', [HENGSHAN], 4, 5),
  jixiArea('230321', '鸡东县', [JIDONG], 6, 6),
  {
    region: '330402', level: 'DISTRICT', full: '嘉兴市南湖区', short: '南湖区', province: '浙江省', places: NANHU, phoneArea: '0573', phoneHeads: ['8209', '8381', '8226', '8370'],
    idRegions: NH_ID, certSG: '嘉南社证字', certSI: '嘉南民证字', decision: '南民社', units: OTHER_UNITS,
    extraSG: [t('粽子行业协会', ['INDUSTRY_ASSOCIATION'], '开展粽子行业自律、品牌推广和食品安全培训', undefined, { unitMembers: true }),
      t('南湖菱种植协会', ['AGRICULTURE'], '推广南湖菱种植技术，组织产销对接', 'AGRI')],
    socialGroups: 20, serviceInstitutions: 30,
  },
];

/** Social groups active across the area (区级/市级). */
export const SG_TOPICS: Topic[] = [
  t('摄影家协会', ['CULTURE'], '组织摄影创作与交流，举办影展，开展摄影培训', 'CULTURE'),
  t('书法家协会', ['CULTURE'], '组织书法创作、展览和交流，开展书法普及教育', 'CULTURE'),
  t('美术家协会', ['CULTURE'], '组织美术创作、展览和学术交流', 'CULTURE'),
  t('音乐家协会', ['CULTURE'], '组织音乐创作、演出和群众性音乐活动', 'CULTURE'),
  t('民间文艺家协会', ['CULTURE'], '挖掘整理民间文艺，组织展演和传承活动', 'CULTURE'),
  t('收藏家协会', ['CULTURE'], '开展收藏鉴赏交流，举办藏品展览', 'CULTURE'),
  t('围棋协会', ['SPORT'], '普及围棋运动，组织比赛和培训', 'SPORT'),
  t('老年体育协会', ['SPORT', 'ELDERLY_CARE'], '组织老年人体育健身活动和赛事', 'SPORT'),
  t('钓鱼协会', ['SPORT'], '组织钓鱼比赛与交流，倡导文明垂钓', 'SPORT'),
  t('太极拳协会', ['SPORT'], '推广太极拳运动，组织培训、展演和比赛', 'SPORT'),
  t('足球协会', ['SPORT'], '推广足球运动，组织联赛和青少年培训', 'SPORT'),
  t('教育学会', ['EDUCATION'], '开展教育科学研究和学术交流，推广教学成果', 'EDU'),
  t('家庭教育研究会', ['EDUCATION'], '研究家庭教育，开展家长学校和咨询服务', 'EDU'),
  t('医学会', ['HEALTH'], '开展医学学术交流和继续医学教育', 'HEALTH'),
  t('护理学会', ['HEALTH'], '开展护理学术交流和专业培训', 'HEALTH'),
  t('中医药学会', ['HEALTH'], '开展中医药学术交流、科普和人才培养', 'HEALTH'),
  t('人民调解协会', ['LAW'], '开展人民调解业务交流和调解员培训', 'JUSTICE'),
  t('科普作家协会', ['SCIENCE_TECHNOLOGY'], '组织科普创作，开展科普宣传活动', undefined),
  t('计算机学会', ['SCIENCE_TECHNOLOGY'], '开展计算机技术学术交流、培训和咨询', undefined),
  t('环境科学学会', ['ENVIRONMENT', 'SCIENCE_TECHNOLOGY'], '开展环境科学研究交流和环保科普', undefined),
  t('志愿者协会', ['PUBLIC_BENEFIT_CHARITY'], '招募、培训和管理志愿者，组织志愿服务项目', undefined),
  t('社会工作者协会', ['COMMUNITY_SERVICE', 'SOCIAL_WELFARE'], '开展社会工作专业交流、督导和培训', undefined),
  t('残疾人康复协会', ['SOCIAL_WELFARE', 'HEALTH'], '开展残疾人康复知识普及和服务', 'CIVIL'),
  t('餐饮行业协会', ['INDUSTRY_ASSOCIATION'], '开展行业自律、食品安全培训和信息交流', undefined, { unitMembers: true }),
  t('物业管理行业协会', ['INDUSTRY_ASSOCIATION'], '开展物业管理行业自律、培训和评比', undefined, { unitMembers: true }),
  t('建筑业协会', ['INDUSTRY_ASSOCIATION'], '开展建筑业行业交流、质量安全培训', undefined, { unitMembers: true }),
  t('个体劳动者协会', ['INDUSTRY_ASSOCIATION'], '服务个体工商户，开展政策宣传和培训', undefined),
  t('温州商会', ['INDUSTRY_ASSOCIATION'], '联络在本地经营的温州籍企业，开展交流与合作', undefined, { unitMembers: true }),
  t('人力资源服务行业协会', ['INDUSTRY_ASSOCIATION'], '开展人力资源服务行业自律和交流', undefined, { unitMembers: true }),
  t('农业技术推广协会', ['AGRICULTURE', 'SCIENCE_TECHNOLOGY'], '推广农业新品种、新技术，开展农技培训', undefined),
  t('蔬菜产销协会', ['AGRICULTURE'], '组织蔬菜生产技术交流和产销对接', 'AGRI'),
  t('养蜂协会', ['AGRICULTURE'], '开展养蜂技术交流和蜂产品质量推广', 'AGRI'),
];

/** Social groups of one township or street ('××镇老年协会'). */
export const SG_PLACE_TOPICS: Topic[] = [
  t('老年协会', ['COMMUNITY_SERVICE', 'ELDERLY_CARE'], '组织老年人文体活动，开展互助关爱和权益维护', undefined),
  t('社区志愿者协会', ['PUBLIC_BENEFIT_CHARITY', 'COMMUNITY_SERVICE'], '组织社区志愿服务，开展邻里互助', undefined),
  t('商会', ['INDUSTRY_ASSOCIATION'], '联系辖区企业，开展交流、培训和公益活动', undefined, { unitMembers: true }),
  t('体育协会', ['SPORT'], '组织群众性体育健身活动和赛事', 'SPORT'),
  t('文化团队联合会', ['CULTURE', 'COMMUNITY_SERVICE'], '联合辖区群众文化团队，组织展演和培训', undefined),
];

/** Service institutions named after a brand word ('嘉定区乐龄养老服务中心'). */
export const SI_TOPICS: Topic[] = [
  t('养老服务中心', ['ELDERLY_CARE', 'COMMUNITY_SERVICE'], '为老年人提供日间照料、助餐、康复护理和精神慰藉服务', undefined),
  t('长者照护之家', ['ELDERLY_CARE', 'COMMUNITY_SERVICE'], '为失能失智老人提供短期托养和照护服务', undefined),
  t('敬老院', ['ELDERLY_CARE', 'SOCIAL_WELFARE'], '为老年人提供集中居住、生活照料和护理服务', 'CIVIL', { large: true }),
  t('社会工作服务中心', ['COMMUNITY_SERVICE', 'SOCIAL_WELFARE'], '承接社会工作服务项目，为困难群体提供专业社工服务', undefined),
  t('社工师事务所', ['COMMUNITY_SERVICE'], '提供社区社会工作、个案辅导和小组服务', undefined),
  t('青少年服务中心', ['COMMUNITY_SERVICE'], '为青少年提供成长辅导、课后托管和素质拓展服务', undefined),
  t('助残服务社', ['SOCIAL_WELFARE', 'COMMUNITY_SERVICE'], '为残疾人提供日间照料、康复训练和职业辅导', undefined),
  t('公益发展中心', ['PUBLIC_BENEFIT_CHARITY'], '开展公益项目策划、实施和公益组织能力建设', undefined),
  t('公益服务社', ['PUBLIC_BENEFIT_CHARITY', 'COMMUNITY_SERVICE'], '开展扶老助残、济困帮扶等公益服务', undefined),
  t('心理咨询服务中心', ['HEALTH', 'COMMUNITY_SERVICE'], '提供心理健康咨询、讲座和危机干预服务', undefined),
  t('幼儿园', ['EDUCATION'], '学前教育', 'EDU', { large: true }),
  t('艺术培训学校', ['EDUCATION', 'CULTURE'], '开展美术、音乐、舞蹈等艺术类非学历培训', 'EDU'),
  t('外语培训学校', ['EDUCATION'], '开展外语类非学历培训', 'EDU'),
  t('职业技能培训学校', ['EDUCATION'], '开展职业技能培训', 'HR'),
  t('中医门诊部', ['HEALTH'], '中医内科、针灸推拿等诊疗服务', 'HEALTH', { large: true }),
  t('康复医院', ['HEALTH'], '康复医学科、内科诊疗和康复训练服务', 'HEALTH', { large: true }),
  t('护理院', ['HEALTH', 'ELDERLY_CARE'], '为长期卧床老人提供医疗护理和生活照料', 'HEALTH', { large: true }),
  t('足球俱乐部', ['SPORT'], '开展足球训练、比赛和青少年足球培训', 'SPORT'),
  t('游泳俱乐部', ['SPORT'], '开展游泳培训和群众性游泳活动', 'SPORT'),
  t('文化艺术中心', ['CULTURE'], '组织文艺演出、展览和群众文化活动', 'CULTURE'),
  t('民俗博物馆', ['CULTURE'], '收藏和展示民俗文物，开展社会教育', 'CULTURE'),
  t('科技服务中心', ['SCIENCE_TECHNOLOGY'], '提供科技咨询、成果转化和科普服务', undefined),
  t('人工智能应用研究院', ['SCIENCE_TECHNOLOGY'], '开展人工智能应用研究、技术培训和咨询服务', undefined),
  t('环境教育中心', ['ENVIRONMENT'], '开展环境教育、自然体验和环保宣传', 'ENV'),
  t('法律服务中心', ['LAW'], '提供法律咨询、法治宣传和法律援助引导', 'JUSTICE'),
  t('家庭教育指导中心', ['EDUCATION', 'COMMUNITY_SERVICE'], '为家庭提供家庭教育指导和亲子活动', undefined),
  t('农业技术服务中心', ['AGRICULTURE', 'SCIENCE_TECHNOLOGY'], '提供农业技术咨询、培训和示范推广', undefined),
];

/** Service institutions of one street or community ('真新街道社区养老服务中心'). */
export const SI_PLACE_TOPICS: Topic[] = [
  t('社区养老服务中心', ['ELDERLY_CARE', 'COMMUNITY_SERVICE'], '为社区老年人提供日间照料、助餐和居家养老服务', undefined),
  t('社区综合为老服务中心', ['ELDERLY_CARE', 'COMMUNITY_SERVICE'], '提供社区托养、助餐、康复和健康管理综合为老服务', undefined),
  t('睦邻服务中心', ['COMMUNITY_SERVICE'], '组织邻里互助、社区议事和文体活动', undefined),
  t('阳光之家', ['SOCIAL_WELFARE', 'COMMUNITY_SERVICE'], '为智力障碍人士提供日间照料和康复训练', undefined),
  t('社区青少年活动中心', ['COMMUNITY_SERVICE', 'EDUCATION'], '为社区青少年提供课后活动和假期托管', undefined),
  t('社会组织服务中心', ['COMMUNITY_SERVICE'], '孵化培育社区社会组织，提供能力建设和项目指导', undefined),
  t('社区文化活动服务中心', ['CULTURE', 'COMMUNITY_SERVICE'], '运营社区文化活动场所，组织群众文化活动', undefined),
];

/** Brand words of service institutions' names. */
export const BRANDS = [
  '乐龄', '颐康', '福寿', '康乐', '阳光', '启明', '彩虹', '众悦', '同心', '和美', '仁爱', '善德', '嘉乐', '绿洲', '博雅', '明德',
  '惠民', '安馨', '睦邻', '悦享', '晨曦', '禾苗', '春晖', '爱心', '知行', '心桥', '益众', '馨月', '德润', '长乐', '天伦', '欣悦',
  '鸿雁', '青禾', '沐阳', '乐群', '锦绣', '聚贤', '安康', '星光', '新苗', '梧桐', '益友', '润心', '致远', '朝阳', '禾兴', '恒爱',
];

export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁',
  '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡', '余', '杜', '叶', '程',
  '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金', '石', '廖', '贾', '夏', '顾', '钱',
];
export const MALE_NAMES = [
  '建国', '志强', '伟', '磊', '军', '勇', '杰', '涛', '明', '超', '刚', '国华', '建华', '晓东', '文杰', '海涛', '德明', '永强', '卫东',
  '宇航', '思远', '国庆', '振华', '立新', '俊', '斌', '浩', '春生', '家豪', '志刚', '红军', '明辉', '建平', '宏伟', '子健',
];
export const FEMALE_NAMES = [
  '秀英', '桂英', '丽华', '海燕', '芳', '敏', '静', '艳', '娟', '霞', '玉兰', '红梅', '春燕', '佳怡', '雅琴', '慧敏', '丽娟', '晓红',
  '美华', '凤英', '琳', '婷', '雪梅', '丽萍', '淑珍', '文静', '秀兰', '晓燕', '佩华', '雯', '慧', '翠萍', '月华', '欣怡', '梦琪',
];

/** Foundations registered with provincial authorities (R-ORG-2). */
export interface FoundationPart {
  name: string;
  region: '310000' | '330000' | '230000';
  fundraising: 'PUBLIC' | 'NON_PUBLIC';
  areaLevel: 'PROVINCE' | 'CITY' | 'DISTRICT';
  domicileRegion: string;
  address: string;
  fields: FieldOfActivity[];
  scope: string;
}

const charity = '接受社会捐赠，开展扶贫济困、助老助残、助学助医等公益慈善活动';
export const FOUNDATIONS: FoundationPart[] = [
  { name: '上海嘉定慈善基金会', region: '310000', fundraising: 'PUBLIC', areaLevel: 'DISTRICT', domicileRegion: '310114001', address: '上海市嘉定区博乐路118号', fields: ['PUBLIC_BENEFIT_CHARITY'], scope: charity },
  { name: '上海市嘉定区社区发展基金会', region: '310000', fundraising: 'NON_PUBLIC', areaLevel: 'DISTRICT', domicileRegion: '310114002', address: '上海市嘉定区真南路822号', fields: ['PUBLIC_BENEFIT_CHARITY', 'COMMUNITY_SERVICE'], scope: '资助社区治理创新、社区公益项目和社区社会组织发展' },
  { name: '上海嘉定青少年成长基金会', region: '310000', fundraising: 'NON_PUBLIC', areaLevel: 'DISTRICT', domicileRegion: '310114001', address: '上海市嘉定区塔城路295号', fields: ['PUBLIC_BENEFIT_CHARITY', 'EDUCATION'], scope: '资助青少年成长教育、助学和素质拓展项目' },
  { name: '上海市杨浦区教育发展基金会', region: '310000', fundraising: 'NON_PUBLIC', areaLevel: 'DISTRICT', domicileRegion: '310110002', address: '上海市杨浦区政立路415号', fields: ['EDUCATION', 'PUBLIC_BENEFIT_CHARITY'], scope: '奖教助学，资助教育改革与发展项目' },
  { name: '上海杨浦科技创新基金会', region: '310000', fundraising: 'NON_PUBLIC', areaLevel: 'DISTRICT', domicileRegion: '310110002', address: '上海市杨浦区国定路335号', fields: ['SCIENCE_TECHNOLOGY', 'PUBLIC_BENEFIT_CHARITY'], scope: '资助青年科技人才和科技创新公益项目' },
  { name: '嘉兴市南湖区社区发展基金会', region: '330000', fundraising: 'NON_PUBLIC', areaLevel: 'DISTRICT', domicileRegion: '330402001', address: '浙江省嘉兴市南湖区禾兴南路366号', fields: ['PUBLIC_BENEFIT_CHARITY', 'COMMUNITY_SERVICE'], scope: '资助社区“居民客厅”建设、社区公益和社会工作站项目' },
  { name: '嘉兴南湖慈善基金会', region: '330000', fundraising: 'PUBLIC', areaLevel: 'DISTRICT', domicileRegion: '330402002', address: '浙江省嘉兴市南湖区由拳路501号', fields: ['PUBLIC_BENEFIT_CHARITY'], scope: charity },
  { name: '嘉兴市南湖区教育基金会', region: '330000', fundraising: 'NON_PUBLIC', areaLevel: 'DISTRICT', domicileRegion: '330402001', address: '浙江省嘉兴市南湖区建国南路88号', fields: ['EDUCATION', 'PUBLIC_BENEFIT_CHARITY'], scope: '奖教奖学，资助困难学生和乡村教育' },
  { name: '鸡西市慈善基金会', region: '230000', fundraising: 'PUBLIC', areaLevel: 'CITY', domicileRegion: '230302001', address: '黑龙江省鸡西市鸡冠区中心大街66号', fields: ['PUBLIC_BENEFIT_CHARITY'], scope: charity },
  { name: '鸡西市见义勇为基金会', region: '230000', fundraising: 'PUBLIC', areaLevel: 'CITY', domicileRegion: '230302001', address: '黑龙江省鸡西市鸡冠区红星路19号', fields: ['PUBLIC_BENEFIT_CHARITY'], scope: '表彰奖励见义勇为人员，救助见义勇为伤亡人员及其家属' },
  { name: '鸡西市矿区职工帮扶基金会', region: '230000', fundraising: 'NON_PUBLIC', areaLevel: 'CITY', domicileRegion: '230303001', address: '黑龙江省鸡西市恒山区桦木林大街9号', fields: ['PUBLIC_BENEFIT_CHARITY', 'SOCIAL_WELFARE'], scope: '帮扶困难矿区职工及其家庭，资助职工子女就学' },
  { name: '鸡西市兴凯湖生态保护基金会', region: '230000', fundraising: 'NON_PUBLIC', areaLevel: 'CITY', domicileRegion: '230321100', address: '黑龙江省鸡西市鸡东县东海路201号', fields: ['ENVIRONMENT', 'PUBLIC_BENEFIT_CHARITY'], scope: '资助兴凯湖湿地保护、生态修复和环境教育项目' },
];
