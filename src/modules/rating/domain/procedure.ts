/**
 * R-RATE-4: publicity (公示) of a proposed grade, review (复核) and when the grade may take effect.
 *
 * Periods in days follow the Civil Code (民法典 art 201): the day of publication or request is
 * not counted, so a 7-day publicity published on 1 June runs to 8 June inclusive.
 */
import { addDays, type IsoDate } from '../../../platform/time/calendar.js';

/** R-RATE-4 [law]: days the evaluation committee has to decide a review. */
export const REVIEW_DECISION_DAYS = 15;

/** The last day of publicity, which is also the last day to ask for a review. */
export function publicityLastDay(publishedOn: IsoDate, publicityDays: number): IsoDate {
  return addDays(publishedOn, publicityDays);
}

/** True when a review request falls within the publicity period. */
export function reviewRequestInTime(requestedOn: IsoDate, publishedOn: IsoDate, publicityDays: number): boolean {
  return requestedOn >= publishedOn && requestedOn <= publicityLastDay(publishedOn, publicityDays);
}

/** The last day to decide a review requested on `requestedOn`. */
export function reviewDecisionDue(requestedOn: IsoDate): IsoDate {
  return addDays(requestedOn, REVIEW_DECISION_DAYS);
}

/** A proposed grade's procedure so far. */
export interface ProposalState {
  readonly publishedOn: IsoDate;
  readonly publicityDays: number;
  /** A review request made within the publicity period, if any, and its decision date. */
  readonly review?: { readonly requestedOn: IsoDate; readonly decidedOn?: IsoDate | null } | null;
}

export type EffectState =
  | { readonly mayTakeEffect: true; readonly from: IsoDate }
  | { readonly mayTakeEffect: false; readonly waitingFor: 'PUBLICITY' | 'REVIEW_DECISION'; readonly until: IsoDate };

/**
 * Whether the grade may take effect on `today`: only after the publicity period has ended
 * and, when a review was requested, after it was decided (R-RATE-4).
 */
export function gradeEffectState(p: ProposalState, today: IsoDate): EffectState {
  const afterPublicity = addDays(publicityLastDay(p.publishedOn, p.publicityDays), 1);
  if (today < afterPublicity) return { mayTakeEffect: false, waitingFor: 'PUBLICITY', until: publicityLastDay(p.publishedOn, p.publicityDays) };
  if (p.review && !p.review.decidedOn) return { mayTakeEffect: false, waitingFor: 'REVIEW_DECISION', until: reviewDecisionDue(p.review.requestedOn) };
  const decided = p.review?.decidedOn;
  return { mayTakeEffect: true, from: decided && decided > afterPublicity ? decided : afterPublicity };
}
