/**
 * R-RATE-3: from evaluation scores to a grade under the LOCAL score bands.
 */
import type { Problem } from '../../../platform/graphql/errors.js';
import type { Grade } from './grades.js';
import type { ScoreBandsRule } from './settings.js';

/** The base scale and the most bonus points (加分) an evaluation may add. */
export const MAX_BASE_SCORE = 1000;
export const MAX_BONUS = 100;

/** Scores are kept to two decimals; rounding once here keeps 0.1 + 0.2 from making 0.30000000000000004. */
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export type TotalResult = { readonly ok: true; readonly total: number } | { readonly ok: false; readonly problems: Problem[] };

/**
 * The total score: the sum of the indicator groups (基础条件、内部治理、工作绩效、社会评价 …,
 * at most 1000 together) plus the bonus (0–100). Every problem is returned at once.
 */
export function ratingTotal(groupScores: readonly number[], bonus = 0): TotalResult {
  const problems: Problem[] = [];
  if (groupScores.some((s) => !Number.isFinite(s) || s < 0))
    problems.push({ code: 'RATING_SCORE_INVALID', field: 'groupScores', message: '各项得分须为非负数 / every group score must be a non-negative number' });
  const base = round2(groupScores.reduce((a, b) => a + b, 0));
  if (base > MAX_BASE_SCORE)
    problems.push({ code: 'RATING_SCORE_OVER_MAXIMUM', field: 'groupScores', message: `各项得分合计 ${base} 超过满分 ${MAX_BASE_SCORE} / the group scores add up to ${base}, more than ${MAX_BASE_SCORE}` });
  if (!Number.isFinite(bonus) || bonus < 0 || bonus > MAX_BONUS)
    problems.push({ code: 'RATING_BONUS_INVALID', field: 'bonus', message: `加分须在 0 到 ${MAX_BONUS} 之间 / bonus points must be from 0 to ${MAX_BONUS}` });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, total: round2(base + bonus) };
}

/** The grade a total earns, and whether 5A was withheld for want of a Party organisation. */
export interface GradeForScore {
  /** Undefined when the total is below the lowest band (e.g. under 701 in Anhui). */
  readonly grade?: Grade;
  readonly withheld5A: boolean;
}

/**
 * The highest band whose minimum the total reaches (minimums inclusive: "900分及以上"). Bands
 * are contiguous by their minimums, so a score falling between two published ranges (Anhui's
 * 900.5) takes the lower band. Where the LOCAL rule requires a Party organisation for 5A and
 * there is none, the grade is 4A.
 */
export function gradeForScore(total: number, rule: ScoreBandsRule, hasPartyOrganisation: boolean): GradeForScore {
  const band = rule.bands.find((b) => total >= b.min);
  if (!band) return { withheld5A: false };
  if (band.grade === 'A5' && rule.partyOrganisationRequiredFor5A && !hasPartyOrganisation) return { grade: 'A4', withheld5A: true };
  return { grade: band.grade, withheld5A: false };
}
