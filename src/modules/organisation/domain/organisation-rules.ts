/**
 * Registration rules for social organisations (R-ORG-1 … R-ORG-5) and the preparation period
 * of social groups: pure functions over plain input and resolved LOCAL setting values.
 */
import type { Problem } from '../../../platform/graphql/errors.js';
import { addMonths, type IsoDate } from '../../../platform/time/calendar.js';
import { isInSubtree, levelRank, REGION_LEVEL_LABELS, type RegionLevel } from '../../../platform/regions/region-code.js';
import type { MinimumFundsFen } from './settings.js';

/** R-ORG-1: the three types of social organisation. */
export const ORGANISATION_TYPES = ['SOCIAL_GROUP', 'SERVICE_INSTITUTION', 'FOUNDATION'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Chinese names of the types (社会服务机构 = 民办非企业单位). */
export const ORGANISATION_TYPE_LABELS: Readonly<Record<OrganisationType, string>> = {
  SOCIAL_GROUP: '社会团体',
  SERVICE_INSTITUTION: '社会服务机构（民办非企业单位）',
  FOUNDATION: '基金会',
};

/** R-ORG-1: whether a foundation may raise funds from the public (公募) or not (非公募). */
export type Fundraising = 'PUBLIC' | 'NON_PUBLIC';

/** Fields of activity (业务领域); the direct-registration ones are a LOCAL setting (R-ORG-3). */
export const FIELDS_OF_ACTIVITY = [
  'PUBLIC_BENEFIT_CHARITY',
  'SCIENCE_TECHNOLOGY',
  'COMMUNITY_SERVICE',
  'INDUSTRY_ASSOCIATION',
  'EDUCATION',
  'CULTURE',
  'SPORT',
  'HEALTH',
  'ENVIRONMENT',
  'ELDERLY_CARE',
  'SOCIAL_WELFARE',
  'LAW',
  'AGRICULTURE',
  'OTHER',
] as const;
export type FieldOfActivity = (typeof FIELDS_OF_ACTIVITY)[number];

/** R-ORG-5 [law] (社团条例 art 10): member minimums of a social group. */
export const MIN_INDIVIDUAL_MEMBERS = 50;
export const MIN_UNIT_MEMBERS = 30;
export const MIN_MIXED_MEMBERS = 50;

/** R-ORG-2: the authority levels that may register each type. */
export const REGISTERING_LEVELS: Readonly<Record<OrganisationType, readonly RegionLevel[]>> = {
  // 基金会条例 art 6: the ministry or a province.
  FOUNDATION: ['NATIONAL', 'PROVINCE'],
  // County level and above.
  SOCIAL_GROUP: ['NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT'],
  SERVICE_INSTITUTION: ['NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT'],
};

/** What a registration application says, as far as the registration rules care. */
export interface RegistrationInput {
  readonly type: OrganisationType;
  /** Foundations only. */
  readonly fundraising?: Fundraising | null;
  /** Level of the registration authority the application is made to. */
  readonly authorityLevel: RegionLevel;
  /** Level of the area the organisation will be active in (活动地域). */
  readonly activityAreaLevel: RegionLevel;
  readonly fieldsOfActivity: readonly FieldOfActivity[];
  /** The supervisory unit that approved the application (业务主管单位), if any. */
  readonly supervisoryUnit?: string | null;
  /** Activity funds, start-up funds or original fund, in fen. */
  readonly fundsFen: number;
  /** Foundations: whether the original fund is paid in cash (到账货币资金). */
  readonly fundsInCash?: boolean;
  /** Social groups: members at founding. */
  readonly individualMembers?: number;
  readonly unitMembers?: number;
}

/** The resolved LOCAL settings {@link checkRegistration} needs. */
export interface RegistrationSettings {
  readonly directRegistrationCategories: readonly FieldOfActivity[];
  readonly minimumFunds: MinimumFundsFen;
}

function problem(code: string, field: string, zh: string, en: string): Problem {
  return { code, field, message: `${zh} / ${en}` };
}

/** Fen as yuan for messages: 3000000 → '30,000.00'. Integer arithmetic only. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** R-ORG-1: a foundation says whether it raises funds publicly; other types do not. */
export function fundraisingProblems(type: OrganisationType, fundraising: Fundraising | null | undefined): Problem[] {
  if (type === 'FOUNDATION' && !fundraising)
    return [problem('ORG_FUNDRAISING_REQUIRED', 'fundraising', '基金会须注明公募或非公募', 'a foundation must say whether it raises funds from the public or not')];
  if (type !== 'FOUNDATION' && fundraising)
    return [problem('ORG_FUNDRAISING_NOT_APPLICABLE', 'fundraising', '只有基金会区分公募和非公募', 'only foundations are public-fundraising or not')];
  return [];
}

/**
 * R-ORG-2: who may register the type, and at the level of the area of activity. Social groups
 * and service institutions register with the authority of exactly their area's level. A
 * foundation's area may be narrower than its authority's (a province registers foundations
 * active in one city, since cities cannot), but a nationwide foundation needs the ministry.
 */
export function registrationLevelProblems(type: OrganisationType, authorityLevel: RegionLevel, areaLevel: RegionLevel): Problem[] {
  const allowed = REGISTERING_LEVELS[type];
  const typeZh = ORGANISATION_TYPE_LABELS[type];
  if (!allowed.includes(authorityLevel)) {
    const [zh, en] = type === 'FOUNDATION' ? ['只能在民政部或省级民政部门登记', 'registers only with the ministry or a province'] : ['应在县级以上民政部门登记', 'registers with a civil affairs authority at county level or above'];
    return [problem('ORG_AUTHORITY_LEVEL', 'authorityLevel', `${typeZh}${zh}，不能在${REGION_LEVEL_LABELS[authorityLevel]}登记`, `a ${type.toLowerCase().replace('_', ' ')} ${en}, not at ${authorityLevel.toLowerCase()} level`)];
  }
  const mismatch = type === 'FOUNDATION' ? levelRank(areaLevel) < levelRank(authorityLevel) : areaLevel !== authorityLevel;
  if (!mismatch) return [];
  return [
    problem(
      'ORG_ACTIVITY_AREA_LEVEL',
      'activityAreaLevel',
      `活动地域为${REGION_LEVEL_LABELS[areaLevel]}，应在${REGION_LEVEL_LABELS[areaLevel]}民政部门登记，而不是${REGION_LEVEL_LABELS[authorityLevel]}`,
      `the area of activity is at ${areaLevel.toLowerCase()} level, so it must register with an authority at that level, not at ${authorityLevel.toLowerCase()} level`,
    ),
  ];
}

/**
 * R-ORG-3: dual management. A supervisory unit must approve first unless one of the fields of
 * activity is a direct-registration category (LOCAL list). Whether one such field among
 * several suffices is the national reading ("属于…的，直接登记"); authorities that want the
 * main field to decide can narrow the list or check it beside this rule.
 */
export function requiresSupervisoryUnit(fields: readonly FieldOfActivity[], directCategories: readonly FieldOfActivity[]): boolean {
  return !fields.some((f) => directCategories.includes(f));
}

/** R-ORG-4: the minimum funds in fen for this type, fundraising and area of activity. */
export function minimumFundsFen(type: OrganisationType, fundraising: Fundraising | null | undefined, areaLevel: RegionLevel, min: MinimumFundsFen): number {
  const national = areaLevel === 'NATIONAL';
  switch (type) {
    case 'SOCIAL_GROUP':
      return national ? min.socialGroupNational : min.socialGroupLocal;
    case 'SERVICE_INSTITUTION':
      return min.serviceInstitution;
    case 'FOUNDATION':
      if (fundraising !== 'PUBLIC') return min.foundationNonPublic;
      return national ? min.foundationNationalPublic : min.foundationLocalPublic;
  }
}

/** R-ORG-4: funds are whole fen, at least the minimum, and a foundation's fund is cash. */
export function fundsProblems(input: RegistrationInput, min: MinimumFundsFen): Problem[] {
  if (!Number.isSafeInteger(input.fundsFen) || input.fundsFen < 0)
    return [problem('ORG_FUNDS_INVALID', 'fundsFen', '资金数额须为以分计的非负整数', 'funds must be a non-negative whole number of fen')];
  const out: Problem[] = [];
  const required = minimumFundsFen(input.type, input.fundraising, input.activityAreaLevel, min);
  if (input.fundsFen < required)
    out.push(problem('ORG_FUNDS_BELOW_MINIMUM', 'fundsFen', `资金 ${formatYuan(input.fundsFen)} 元低于最低要求 ${formatYuan(required)} 元`, `funds of ${formatYuan(input.fundsFen)} yuan are below the minimum of ${formatYuan(required)} yuan`));
  if (input.type === 'FOUNDATION' && input.fundsInCash !== true)
    out.push(problem('ORG_FUNDS_NOT_CASH', 'fundsInCash', '基金会原始基金必须为到账货币资金', 'a foundation\'s original fund must be paid in cash'));
  return out;
}

/**
 * R-ORG-5: ≥50 individual members, or ≥30 unit members; a mixed membership needs ≥50 in total.
 * Read literally (社团条例 art 10): once both kinds are present the total rule applies, so
 * 30 units plus 5 individuals (35) is not enough.
 */
export function memberProblems(individual = 0, unit = 0): Problem[] {
  if (!Number.isInteger(individual) || !Number.isInteger(unit) || individual < 0 || unit < 0)
    return [problem('ORG_MEMBERS_INVALID', 'individualMembers', '会员数须为非负整数', 'member counts must be non-negative whole numbers')];
  const mixed = individual > 0 && unit > 0;
  const ok = mixed ? individual + unit >= MIN_MIXED_MEMBERS : individual >= MIN_INDIVIDUAL_MEMBERS || unit >= MIN_UNIT_MEMBERS;
  if (ok) return [];
  const field = unit > 0 && individual === 0 ? 'unitMembers' : 'individualMembers';
  return [
    problem(
      'ORG_MEMBERS_TOO_FEW',
      field,
      `会员不足：需个人会员50个以上或单位会员30个以上，混合组成的会员总数不少于50个（现有个人${individual}个、单位${unit}个）`,
      `too few members: at least 50 individual or 30 unit members, or 50 in total when mixed (now ${individual} individual, ${unit} unit)`,
    ),
  ];
}

/** R-ORG-3 as a problem: a supervisory unit is missing where one is required. */
function supervisionProblems(input: RegistrationInput, direct: readonly FieldOfActivity[]): Problem[] {
  if (input.fieldsOfActivity.length === 0)
    return [problem('ORG_FIELD_REQUIRED', 'fieldsOfActivity', '请至少选择一个业务领域', 'choose at least one field of activity')];
  if (!requiresSupervisoryUnit(input.fieldsOfActivity, direct) || input.supervisoryUnit) return [];
  return [problem('ORG_SUPERVISORY_UNIT_REQUIRED', 'supervisoryUnit', '该业务领域不属于直接登记范围，须先经业务主管单位审查同意', 'this field of activity does not register directly: a supervisory unit must approve first')];
}

/** The facts every registration record needs, as the mutations and the import both check them. */
export interface BasicFacts {
  name: string;
  domicile: string;
  businessScope: string;
  /** Division code of the registration authority. */
  regionCode: string;
  domicileRegionCode?: string | null;
}

/** A name too short to identify an organisation (at least 4 characters), or none. */
export function nameProblems(name: string): Problem[] {
  return Array.from(name.trim()).length < 4
    ? [{ code: 'NAME_TOO_SHORT', field: 'name', message: '名称过短（至少 4 个字） / the name is too short (at least 4 characters)' }]
    : [];
}

/**
 * The basic facts of a record: a usable name, a domicile and a business scope, and a domicile
 * inside the authority's own region. Fields are named by the BasicFacts key; callers map
 * them to their input paths or spreadsheet columns.
 */
export function basicFactProblems(f: BasicFacts): Problem[] {
  const out = nameProblems(f.name);
  if (!f.domicile.trim()) out.push({ code: 'DOMICILE_REQUIRED', field: 'domicile', message: '请填写住所 / the domicile is required' });
  if (!f.businessScope.trim()) out.push({ code: 'SCOPE_REQUIRED', field: 'businessScope', message: '请填写业务范围 / the business scope is required' });
  if (f.domicileRegionCode && !isInSubtree(f.regionCode, f.domicileRegionCode))
    out.push({ code: 'DOMICILE_OUTSIDE_REGION', field: 'domicileRegionCode', message: "住所所在区划不在登记管理机关辖区内 / the domicile lies outside the registration authority's region" });
  return out;
}

/**
 * Checks a registration application against R-ORG-1 … R-ORG-5 and returns every problem at
 * once (an empty list means it may be registered), each naming the input field at fault.
 */
export function checkRegistration(input: RegistrationInput, settings: RegistrationSettings): Problem[] {
  return [
    ...fundraisingProblems(input.type, input.fundraising),
    ...registrationLevelProblems(input.type, input.authorityLevel, input.activityAreaLevel),
    ...supervisionProblems(input, settings.directRegistrationCategories),
    ...fundsProblems(input, settings.minimumFunds),
    ...(input.type === 'SOCIAL_GROUP' ? memberProblems(input.individualMembers, input.unitMembers) : []),
  ];
}

/**
 * The last day a social group may complete preparation (hold its founding meeting and apply to
 * register): `months` (LOCAL, default 6) after approval. The approval day is not counted and a
 * period ends on the corresponding day of the last month, or its last day when there is none
 * (民法典 arts 201–202): approved 2025-08-31 with 6 months → 2026-02-28.
 */
export function registrationDueAfterPreparation(approvalDate: IsoDate, months: number): IsoDate {
  return addMonths(approvalDate, months);
}
