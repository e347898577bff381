/**
 * LOCAL rules of the organisation module (R-ORG-3, R-ORG-4, R-ORG-6 preparation, R-ORG-7, R-ORG-9) as
 * settings: each registration authority may override them from an effective date; domain
 * functions receive the resolved values as plain parameters.
 */
import { defineSetting } from '../../../platform/settings/definition.js';
import { validateLeadDays } from '../../../platform/time/thresholds.js';
import { FIELDS_OF_ACTIVITY, type FieldOfActivity } from './organisation-rules.js';

/** Minimum funds per kind of organisation, in fen (R-ORG-4). */
export interface MinimumFundsFen {
  /** National social group activity funds (全国性社会团体). */
  readonly socialGroupNational: number;
  /** Local and cross-region social group activity funds (地方性、跨行政区域). */
  readonly socialGroupLocal: number;
  /** National public-fundraising foundation original fund (全国性公募基金会). */
  readonly foundationNationalPublic: number;
  /** Local public-fundraising foundation original fund (地方性公募基金会). */
  readonly foundationLocalPublic: number;
  /** Non-public-fundraising foundation original fund (非公募基金会). */
  readonly foundationNonPublic: number;
  /** Service institution start-up funds (开办资金): a LOCAL industry minimum, no national figure. */
  readonly serviceInstitution: number;
}

/** R-ORG-7 proposal thresholds for revoking organisations that exist in name only (名存实亡). */
export interface ZombieRevocationRule {
  /** Consecutive filing years not filed or failed before the registry proposes revocation. */
  readonly consecutiveYears: number;
  /** Days of public notice before a proposal goes to the authority; 0 = none. */
  readonly publicNoticeDays: number;
}

const YUAN = 100;

/** A whole number in [min, max], or a bilingual error naming the setting. */
function wholeNumber(value: unknown, min: number, max: number, zh: string, en: string): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max)
    throw new Error(`${zh}须为 ${min} 到 ${max} 之间的整数 / ${en} must be a whole number from ${min} to ${max}`);
  return value as number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** R-ORG-3: the fields of activity whose organisations register directly (直接登记). */
export const directRegistrationCategoriesSetting = defineSetting<readonly FieldOfActivity[]>({
  key: 'organisation.directRegistrationCategories',
  rules: ['R-ORG-3'],
  description:
    '可直接登记（无需业务主管单位）的业务领域：全国为行业协会商会、科技类、公益慈善类、城乡社区服务类 / fields of activity whose organisations register directly without a supervisory unit; nationally industry associations and chambers of commerce, science and technology, public benefit and charity, urban and rural community services',
  nationalDefault: ['INDUSTRY_ASSOCIATION', 'SCIENCE_TECHNOLOGY', 'PUBLIC_BENEFIT_CHARITY', 'COMMUNITY_SERVICE'],
  validate: (value) => {
    if (!Array.isArray(value) || value.some((v) => !(FIELDS_OF_ACTIVITY as readonly unknown[]).includes(v)))
      throw new Error(`直接登记领域须为业务领域代码列表（${FIELDS_OF_ACTIVITY.join(', ')}） / must be a list of field-of-activity codes (${FIELDS_OF_ACTIVITY.join(', ')})`);
    return [...new Set(value as FieldOfActivity[])];
  },
});

/** R-ORG-4: minimum funds in fen. */
export const minimumFundsSetting = defineSetting<MinimumFundsFen>({
  key: 'organisation.minimumFunds',
  rules: ['R-ORG-4'],
  description:
    '最低资金（单位：分）：社会团体活动资金全国性10万元、地方性3万元；基金会原始基金全国性公募800万元、地方性公募400万元、非公募200万元；社会服务机构开办资金由地方按行业规定，默认3万元 / minimum funds in fen: social group activity funds 100,000 yuan national, 30,000 local; foundation original fund 8M national public, 4M local public, 2M non-public; service institutions: a local industry minimum, 30,000 yuan by default',
  nationalDefault: {
    socialGroupNational: 100_000 * YUAN,
    socialGroupLocal: 30_000 * YUAN,
    foundationNationalPublic: 8_000_000 * YUAN,
    foundationLocalPublic: 4_000_000 * YUAN,
    foundationNonPublic: 2_000_000 * YUAN,
    // No national figure exists: this is a LOCAL industry minimum, defaulted to the local social group figure.
    serviceInstitution: 30_000 * YUAN,
  },
  validate: (value) => {
    if (!isRecord(value)) throw new Error('最低资金须为对象 / minimum funds must be an object');
    const keys = ['socialGroupNational', 'socialGroupLocal', 'foundationNationalPublic', 'foundationLocalPublic', 'foundationNonPublic', 'serviceInstitution'] as const;
    const out: Record<string, number> = {};
    for (const k of keys) out[k] = wholeNumber(value[k], 0, Number.MAX_SAFE_INTEGER, `最低资金 ${k}（分）`, `minimum funds ${k} (fen)`);
    return out as unknown as MinimumFundsFen;
  },
});

/** R-ORG-6: months a social group has to hold its founding meeting after approval to prepare. */
export const preparationMonthsSetting = defineSetting<number>({
  key: 'organisation.preparationMonths',
  rules: ['R-ORG-6'],
  description: '社会团体筹备期限（月），自批准筹备之日起计算，默认6个月 / months a social group has to complete preparation after approval, 6 by default',
  nationalDefault: 6,
  validate: (value) => wholeNumber(value, 1, 24, '筹备期限（月）', 'the preparation period (months)'),
});

/**
 * 《慈善法》（2023 修正）第二十二条: years a charity must have been registered before it may be
 * granted the public-fundraising qualification (one year; two before the 2023 amendment took
 * effect). A setting, so that a change is recorded with its effective date.
 */
export const fundraisingMinRegisteredYearsSetting = defineSetting<number>({
  key: 'organisation.fundraisingMinRegisteredYears',
  rules: ['CHARITY-LAW-22'],
  description: '慈善组织申请公开募捐资格须依法登记满的年数，默认1年（《慈善法》2023修正第二十二条） / years a charity must have been registered before it may hold the public-fundraising qualification, 1 by default',
  nationalDefault: 1,
  // the amendment of 29 December 2023 took effect on 5 September 2024
  history: [{ until: '2024-09-05', value: 2 }],
  validate: (value) => wholeNumber(value, 0, 5, '登记年限（年）', 'the registered years'),
});

/** R-ORG-7: when the registry proposes revoking a dormant organisation. */
export const zombieRevocationSetting = defineSetting<ZombieRevocationRule>({
  key: 'organisation.zombieRevocation',
  rules: ['R-ORG-7'],
  description:
    '“僵尸型”社会组织撤销建议：连续未参加年检（年报）或不合格的年数（默认2年，部分地方3年），以及提请撤销前的公告天数（默认0，部分地方60天） / proposing revocation of dormant organisations: consecutive years not filed or failed (2 by default, 3 in some places) and days of public notice first (0 by default, 60 in some places)',
  nationalDefault: { consecutiveYears: 2, publicNoticeDays: 0 },
  validate: (value) => {
    if (!isRecord(value)) throw new Error('撤销建议规则须为对象 / the revocation rule must be an object');
    return {
      consecutiveYears: wholeNumber(value.consecutiveYears, 1, 10, '连续年数', 'consecutive years'),
      publicNoticeDays: wholeNumber(value.publicNoticeDays, 0, 365, '公告天数', 'public notice days'),
    };
  },
});

/** R-ORG-9: days before a registration certificate expires to remind the organisation and its authority. */
export const certificateExpiryLeadDaysSetting = defineSetting<readonly number[]>({
  key: 'organisation.certificateExpiryLeadDays',
  rules: ['R-ORG-9'],
  description: '登记证书有效期届满前提醒的天数，默认90、30天 / days before a registration certificate expires to remind, 90 and 30 by default',
  nationalDefault: [90, 30],
  validate: validateLeadDays,
});
