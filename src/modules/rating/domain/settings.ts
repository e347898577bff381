/**
 * LOCAL rules of evaluation ratings (R-RATE-3 … R-RATE-7) as settings. Where the national rule
 * changed with the revised 评估办法 in force 2026-03-01, `history` keeps the earlier default so
 * the one in force on the day of the event applies (`nationalDefaultOn`).
 */
import { defineSetting } from '../../../platform/settings/definition.js';
import { validateLeadDays } from '../../../platform/time/thresholds.js';
import { GRADES, type Grade } from './grades.js';

/** The day the revised 《社会组织评估管理办法》 came into force. */
export const RATING_RULES_REVISED_ON = '2026-03-01';

/** A grade and the lowest total score that earns it. */
export interface ScoreBand {
  readonly grade: Grade;
  readonly min: number;
}

/** R-RATE-3: score bands, highest grade first, and the optional Party condition for 5A. */
export interface ScoreBandsRule {
  readonly bands: readonly ScoreBand[];
  readonly partyOrganisationRequiredFor5A: boolean;
}

/** How the validity period is counted (R-RATE-5). */
export type ValidityCounting = 'FROM_GRANT_DATE' | 'CALENDAR_YEARS_AFTER_ANNOUNCEMENT';

export interface ValidityRule {
  readonly years: number;
  readonly counting: ValidityCounting;
}

/** R-RATE-2 / R-RATE-6: when an organisation holding a valid grade may be evaluated again. */
export interface ReevaluationRule {
  /** Full years after the award before a re-rating (promotion); 0 = any time. */
  readonly promotionIntervalYears: number;
  /** Re-evaluation only in the first N years of validity; null = throughout. */
  readonly windowYears: number | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function whole(value: unknown, min: number, max: number, zh: string, en: string): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max)
    throw new Error(`${zh}须为 ${min} 到 ${max} 之间的整数 / ${en} must be a whole number from ${min} to ${max}`);
  return value as number;
}

/** Bands must list A5 … A1 once each with strictly falling minimums on the 0–1100 scale. */
function validateBands(value: unknown): ScoreBand[] {
  const order = [...GRADES].reverse();
  if (!Array.isArray(value) || value.length !== order.length)
    throw new Error('分数段须依次列出5A到1A共5档 / the bands must list the five grades from 5A down to 1A');
  return value.map((b: unknown, i) => {
    if (!isRecord(b) || b.grade !== order[i]) throw new Error(`第${i + 1}档应为 ${order[i]} / band ${i + 1} must be ${order[i]}`);
    const min = b.min;
    if (typeof min !== 'number' || !Number.isFinite(min) || min < 0 || min > 1100) throw new Error(`${order[i]} 的最低分须在 0 到 1100 之间 / the minimum for ${order[i]} must be 0–1100`);
    if (i > 0 && min >= (value[i - 1] as ScoreBand).min) throw new Error('各档最低分须逐档递减 / minimums must fall from band to band');
    return { grade: order[i]!, min };
  });
}

/**
 * R-RATE-3: score bands. Default: Luoyang (5A ≥900, 4A 800–899, 3A 700–799, 2A 600–699, 1A below
 * 600). Anhui, for comparison: 5A ≥950, 4A 901–949, 3A 851–900, 2A 801–850, 1A 701–800.
 */
export const scoreBandsSetting = defineSetting<ScoreBandsRule>({
  key: 'rating.scoreBands',
  rules: ['R-RATE-3'],
  description:
    '评估等级分数段（满分1000分，另加分最多100分）：默认洛阳标准5A≥900、4A 800–899、3A 700–799、2A 600–699、1A 600以下；可要求5A须建立党组织 / score bands on the 1000-point scale (plus up to 100 bonus points): by default Luoyang\'s 5A ≥900, 4A 800–899, 3A 700–799, 2A 600–699, 1A below 600; optionally 5A requires a Party organisation',
  nationalDefault: {
    bands: [
      { grade: 'A5', min: 900 },
      { grade: 'A4', min: 800 },
      { grade: 'A3', min: 700 },
      { grade: 'A2', min: 600 },
      { grade: 'A1', min: 0 },
    ],
    partyOrganisationRequiredFor5A: false,
  },
  validate: (value) => {
    if (!isRecord(value) || typeof value.partyOrganisationRequiredFor5A !== 'boolean')
      throw new Error('分数段规则须含 bands 和 partyOrganisationRequiredFor5A / the rule needs bands and partyOrganisationRequiredFor5A');
    return { bands: validateBands(value.bands), partyOrganisationRequiredFor5A: value.partyOrganisationRequiredFor5A };
  },
});

/** R-RATE-4: days the proposed grade is published before it takes effect. */
export const publicityDaysSetting = defineSetting<number>({
  key: 'rating.publicityDays',
  rules: ['R-RATE-4'],
  description: '评估结果公示期（天），默认7天；公示期内可申请复核 / days the proposed grade is published (7 by default); a review may be requested within them',
  nationalDefault: 7,
  validate: (value) => whole(value, 1, 60, '公示天数', 'publicity days'),
});

/**
 * R-RATE-5: validity. Before 2026-03-01, 5 years from the grant date; from then, from 1 January
 * after the announcement to 31 December of the fifth year. Some places used 3 years.
 */
export const validitySetting = defineSetting<ValidityRule>({
  key: 'rating.validity',
  rules: ['R-RATE-5'],
  description:
    '评估等级有效期：2026年3月1日起为5年，自公告次年1月1日起至第5年12月31日止；此前为自授予之日起5年 / validity of a grade: from 2026-03-01, 5 years from 1 January after the announcement to 31 December of the fifth year; before, 5 years from the grant date',
  nationalDefault: { years: 5, counting: 'CALENDAR_YEARS_AFTER_ANNOUNCEMENT' },
  history: [{ until: RATING_RULES_REVISED_ON, value: { years: 5, counting: 'FROM_GRANT_DATE' } }],
  validate: (value) => {
    if (!isRecord(value)) throw new Error('有效期规则须为对象 / the validity rule must be an object');
    const counting = value.counting;
    if (counting !== 'FROM_GRANT_DATE' && counting !== 'CALENDAR_YEARS_AFTER_ANNOUNCEMENT')
      throw new Error('计算方式须为 FROM_GRANT_DATE 或 CALENDAR_YEARS_AFTER_ANNOUNCEMENT / counting must be FROM_GRANT_DATE or CALENDAR_YEARS_AFTER_ANNOUNCEMENT');
    return { years: whole(value.years, 1, 10, '有效年数', 'years of validity'), counting };
  },
});

/**
 * R-RATE-2 / R-RATE-6: re-evaluation while a grade is valid. Before 2026-03-01: promotion 2 full
 * years after the award, at any time of the validity. From 2026-03-01: in the first 4 years of
 * validity; the revised measure simplifies re-evaluations applied for in the first 2 years, so
 * it sets no minimum interval nationally — places that keep the 2-year interval set it here.
 */
export const reevaluationSetting = defineSetting<ReevaluationRule>({
  key: 'rating.reevaluation',
  rules: ['R-RATE-2', 'R-RATE-6'],
  description:
    '有效期内重新评估（晋级）：2026年3月1日前获得等级满2年可申请；此后在有效期前4年内可申请，地方可规定获得等级后须满的年数 / re-evaluation while a grade is valid: before 2026-03-01, 2 full years after the award; from then, within the first 4 years of validity, with an optional LOCAL minimum interval after the award',
  nationalDefault: { promotionIntervalYears: 0, windowYears: 4 },
  history: [{ until: RATING_RULES_REVISED_ON, value: { promotionIntervalYears: 2, windowYears: null } }],
  validate: (value) => {
    if (!isRecord(value)) throw new Error('重新评估规则须为对象 / the re-evaluation rule must be an object');
    return {
      promotionIntervalYears: whole(value.promotionIntervalYears, 0, 10, '晋级间隔年数', 'the promotion interval'),
      windowYears: value.windowYears === null ? null : whole(value.windowYears, 1, 10, '重新评估期限年数', 'the re-evaluation window'),
    };
  },
});

/** R-RATE-7: reminders before a grade expires. */
export const expiryLeadDaysSetting = defineSetting<readonly number[]>({
  key: 'rating.expiryLeadDays',
  rules: ['R-RATE-7'],
  description: '评估等级到期前提醒的天数，默认180、90、30天 / days before a grade expires to remind, 180, 90 and 30 by default',
  nationalDefault: [180, 90, 30],
  validate: validateLeadDays,
});
