/**
 * R-RATE-2: who may apply for an evaluation, under the rules in force on the application date
 * (the revised 评估办法 applies from 2026-03-01). Every reason against is returned at once.
 *
 * Before 2026-03-01 also excluded: last year not inspected, failed, or two consecutive basic
 * passes; a penalty last year or one not yet executed; under investigation; (national bodies)
 * on a credit list. From 2026-03-01 inspection results (fail, basic passes), investigations and
 * minor penalties (轻微行政处罚) no longer exclude. Not filing at all is not a "result", so it
 * still excludes, as do other penalties and, for national bodies, the credit lists.
 */
import type { Problem } from '../../../platform/graphql/errors.js';
import { addDays, addYears, yearOf, type IsoDate } from '../../../platform/time/calendar.js';
import { GRADE_NAMES, promotionAllowedFrom, type Grade } from './grades.js';
import { RATING_RULES_REVISED_ON, type ReevaluationRule } from './settings.js';
import { isValidOn, type GradeValidity } from './validity.js';

export type RatingRegime = 'BEFORE_2026_03_01' | 'FROM_2026_03_01';

/** The rating regime in force on `date`. */
export function ratingRegimeOn(date: IsoDate): RatingRegime {
  return date < RATING_RULES_REVISED_ON ? 'BEFORE_2026_03_01' : 'FROM_2026_03_01';
}

/** A filing year's outcome as eligibility sees it. */
export type FilingOutcomeForRating = 'PASS' | 'BASIC_PASS' | 'FAIL' | 'NOT_FILED' | 'NOT_OWED';

/** The organisation's latest grade (valid or expired). */
export interface HeldGrade {
  readonly grade: Grade;
  readonly grantedOn: IsoDate;
  readonly validity: GradeValidity;
}

/** An administrative penalty as eligibility sees it. */
export interface PenaltyRecord {
  readonly decidedOn: IsoDate;
  /** Fully executed (执行完毕). */
  readonly executed: boolean;
  /** A minor penalty (轻微行政处罚), which no longer excludes from 2026-03-01. */
  readonly minor?: boolean;
}

export interface EligibilityInput {
  readonly applicationDate: IsoDate;
  readonly registrationDate: IsoDate;
  readonly currentGrade?: HeldGrade | null;
  /** Outcome for the year before the application year, and the year before that. */
  readonly lastYearFiling?: FilingOutcomeForRating | null;
  readonly yearBeforeLastFiling?: FilingOutcomeForRating | null;
  readonly penalties?: readonly PenaltyRecord[];
  readonly underInvestigation?: boolean;
  /** Registered with the ministry (全国性社会组织). */
  readonly national?: boolean;
  readonly onCreditList?: boolean;
}

export interface EligibilityResult {
  readonly eligible: boolean;
  readonly regime: RatingRegime;
  readonly problems: readonly Problem[];
}

function p(code: string, field: string, zh: string, en: string): Problem {
  return { code, field, message: `${zh} / ${en}` };
}

/** Never rated: 2 full years registered. Holding a valid grade: the re-evaluation rule. */
function standingProblems(input: EligibilityInput, rule: ReevaluationRule): Problem[] {
  const date = input.applicationDate;
  const held = input.currentGrade;
  if (!held) {
    const from = addDays(addYears(input.registrationDate, 2), 1);
    return date >= from ? [] : [p('RATING_REGISTERED_TOO_RECENTLY', 'registrationDate', `登记未满2年，${from}起方可申请评估`, `registered less than 2 full years ago; the organisation may apply from ${from}`)];
  }
  if (!isValidOn(held.validity, date)) return [];
  const out: Problem[] = [];
  const name = GRADE_NAMES[held.grade];
  const promotionFrom = promotionAllowedFrom(held.grantedOn, rule.promotionIntervalYears);
  if (date < promotionFrom)
    out.push(p('RATING_PROMOTION_TOO_SOON', 'currentGrade', `现有${name}等级获得未满${rule.promotionIntervalYears}年，${promotionFrom}起方可申请重新评估`, `the current ${name} grade was awarded less than ${rule.promotionIntervalYears} full years ago; re-evaluation is possible from ${promotionFrom}`));
  if (rule.windowYears !== null) {
    const windowEnd = addDays(addYears(held.validity.countedFrom, rule.windowYears), -1);
    if (date > windowEnd)
      out.push(p('RATING_REEVALUATION_WINDOW_CLOSED', 'currentGrade', `现有${name}等级有效期前${rule.windowYears}年已过（至${windowEnd}），有效期届满后方可重新评估`, `the first ${rule.windowYears} years of the current ${name} grade ended on ${windowEnd}; re-evaluation is possible once it expires`));
  }
  return out;
}

/** Inspection exclusions: not filing always; failing and two basic passes before 2026-03-01. */
function filingProblems(input: EligibilityInput, regime: RatingRegime): Problem[] {
  const out: Problem[] = [];
  if (input.lastYearFiling === 'NOT_FILED')
    out.push(p('RATING_LAST_YEAR_NOT_FILED', 'lastYearFiling', '未参加上年度年检（年报）', 'the annual filing for last year was not made'));
  if (regime === 'FROM_2026_03_01') return out;
  if (input.lastYearFiling === 'FAIL') out.push(p('RATING_LAST_YEAR_FAILED', 'lastYearFiling', '上年度年检不合格', 'last year\'s inspection was failed'));
  if (input.lastYearFiling === 'BASIC_PASS' && input.yearBeforeLastFiling === 'BASIC_PASS')
    out.push(p('RATING_TWO_BASIC_PASSES', 'lastYearFiling', '连续2年年检基本合格', 'two consecutive basic passes'));
  return out;
}

/** Penalties, investigations and credit lists. */
function conductProblems(input: EligibilityInput, regime: RatingRegime): Problem[] {
  const out: Problem[] = [];
  const lastYear = yearOf(input.applicationDate) - 1;
  const counts = (x: PenaltyRecord) => regime === 'BEFORE_2026_03_01' || !x.minor;
  if ((input.penalties ?? []).some((x) => counts(x) && (yearOf(x.decidedOn) === lastYear || !x.executed)))
    out.push(p('RATING_PENALTY', 'penalties', '上年度受到行政处罚或行政处罚尚未执行完毕', 'an administrative penalty last year, or one not yet fully executed'));
  if (regime === 'BEFORE_2026_03_01' && input.underInvestigation)
    out.push(p('RATING_UNDER_INVESTIGATION', 'underInvestigation', '正在被有关政府部门或司法机关立案调查', 'under investigation by a government department or judicial body'));
  if (input.national && input.onCreditList)
    out.push(p('RATING_ON_CREDIT_LIST', 'onCreditList', '被列入活动异常名录或严重违法失信名单', 'on the abnormal activities list or the serious illegal and dishonest list'));
  return out;
}

/**
 * Whether the organisation may apply on `input.applicationDate`, with every reason against.
 * `reevaluation` is `rating.reevaluation` resolved for the authority and the application date.
 */
export function ratingEligibility(input: EligibilityInput, reevaluation: ReevaluationRule): EligibilityResult {
  const regime = ratingRegimeOn(input.applicationDate);
  const problems = [...standingProblems(input, reevaluation), ...filingProblems(input, regime), ...conductProblems(input, regime)];
  return { eligible: problems.length === 0, regime, problems };
}
