/**
 * R-ORG-7: proposing the revocation of organisations that exist in name only (名存实亡).
 * The registry only proposes; the authority decides. The thresholds are LOCAL
 * ({@link ZombieRevocationRule}: 2 consecutive years by default, 3 in some places, optionally a
 * public notice first).
 */
import { addDays, type IsoDate } from '../../../platform/time/calendar.js';
import type { ZombieRevocationRule } from './settings.js';

/**
 * What happened to the filing for one reporting year. NOT_OWED years (registered after the
 * cut-off, not yet due) say nothing about whether the organisation is alive and are skipped;
 * SUBMITTED (filed, result pending) shows it is alive, like a pass.
 */
export type FilingOutcome = 'PASS' | 'BASIC_PASS' | 'FAILED' | 'NOT_FILED' | 'SUBMITTED' | 'NOT_OWED';

/** One reporting year's outcome. */
export interface FilingYear {
  readonly year: number;
  readonly outcome: FilingOutcome;
}

/** Whether an organisation is a candidate for a revocation proposal, and why. */
export interface ZombieAssessment {
  readonly candidate: boolean;
  /** The latest run of consecutive years not filed or failed, oldest first (may be empty). */
  readonly years: readonly number[];
  /** The LOCAL number of years required. */
  readonly required: number;
  /** Bilingual explanation for the clerk, listing the years. */
  readonly reason: string;
}

const BAD: ReadonlySet<FilingOutcome> = new Set(['FAILED', 'NOT_FILED']);

function toYears(history: Readonly<Record<number, FilingOutcome>> | readonly FilingYear[]): FilingYear[] {
  const list = Array.isArray(history) ? [...(history as readonly FilingYear[])] : Object.entries(history).map(([y, outcome]) => ({ year: Number(y), outcome: outcome as FilingOutcome }));
  return list.filter((f) => f.outcome !== 'NOT_OWED').sort((a, b) => a.year - b.year);
}

/**
 * The run of bad years that ends at the latest owed year. A gap in the history (a year
 * missing, not even NOT_OWED) breaks the run: a proposal must never rest on a guess.
 */
function trailingBadRun(years: readonly FilingYear[]): number[] {
  const run: number[] = [];
  for (let i = years.length - 1; i >= 0; i--) {
    const f = years[i]!;
    if (!BAD.has(f.outcome)) break;
    if (run.length > 0 && f.year !== run[0]! - 1) break;
    run.unshift(f.year);
  }
  return run;
}

/**
 * Decides whether the organisation is a zombie candidate: its latest `rule.consecutiveYears`
 * owed filings, in consecutive years, were all not filed or failed. An older run that a later
 * pass or filing interrupted does not count.
 */
export function zombieCandidate(history: Readonly<Record<number, FilingOutcome>> | readonly FilingYear[], rule: ZombieRevocationRule): ZombieAssessment {
  const run = trailingBadRun(toYears(history));
  const candidate = run.length >= rule.consecutiveYears;
  const listed = run.length > 0 ? run.join('、') : '无';
  const listedEn = run.length > 0 ? run.join(', ') : 'none';
  const reason = candidate
    ? `连续${run.length}个年度（${listed}）未参加年检（年报）或不合格，达到${rule.consecutiveYears}年的标准，建议撤销登记，由登记管理机关决定 / not filed or failed for ${run.length} consecutive years (${listedEn}), meeting the ${rule.consecutiveYears}-year threshold: revocation is proposed for the authority to decide`
    : `最近连续未参加年检（年报）或不合格的年度：${listed}，未达到${rule.consecutiveYears}年的标准 / latest consecutive years not filed or failed: ${listedEn}, below the ${rule.consecutiveYears}-year threshold`;
  return { candidate, years: run, required: rule.consecutiveYears, reason };
}

/** Where a candidate's proposal stands under the LOCAL public-notice rule. */
export type RevocationStep =
  | { readonly step: 'NOT_A_CANDIDATE' }
  | { readonly step: 'PUBLISH_NOTICE' }
  | { readonly step: 'NOTICE_RUNNING'; readonly lastNoticeDay: IsoDate }
  | { readonly step: 'PROPOSE' };

/**
 * The next step for a candidate: propose at once where no notice is required; otherwise publish
 * a notice, wait until its last day has passed (the publication day is not counted, 民法典
 * art 201), then propose.
 */
export function nextRevocationStep(assessment: ZombieAssessment, rule: ZombieRevocationRule, today: IsoDate, noticePublishedOn?: IsoDate | null): RevocationStep {
  if (!assessment.candidate) return { step: 'NOT_A_CANDIDATE' };
  if (rule.publicNoticeDays === 0) return { step: 'PROPOSE' };
  if (!noticePublishedOn) return { step: 'PUBLISH_NOTICE' };
  const lastNoticeDay = addDays(noticePublishedOn, rule.publicNoticeDays);
  return today > lastNoticeDay ? { step: 'PROPOSE' } : { step: 'NOTICE_RUNNING', lastNoticeDay };
}
