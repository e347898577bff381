/**
 * R-CREDIT-3: when an organisation leaves a credit list.
 *
 * - Abnormal list: within 5 working days after the authority verified the rectification (or
 *   the missed obligation done); where nothing needs rectifying (a warning or small fine),
 *   automatically once the LOCAL waiting period (6 months, [unsure]) has fully passed.
 * - Serious list: on the organisation's application once 2 clean years have fully passed
 *   since the listing or the last act that would list it again; or on deregistration.
 *
 * Full periods follow the Civil Code (民法典 arts 201–202): the start day is not counted, so
 * the condition holds from the day after the period's last day.
 */
import { addDays, addMonths, addWorkingDays, addYears, maxDate, type IsoDate, type WorkingCalendar } from '../../../platform/time/calendar.js';
import { CREDIT_REASONS, type CreditList, type CreditReason } from './reasons.js';

/** R-CREDIT-3 [law]: working days the authority has to remove after verifying. */
export const REMOVAL_WORKING_DAYS = 5;
/** R-CREDIT-3 [law]: clean years before a serious listing may be lifted on application. */
export const SERIOUS_CLEAN_YEARS = 2;

/** An active listing. */
export interface ActiveListing {
  readonly list: CreditList;
  readonly listedOn: IsoDate;
  readonly reasons: readonly CreditReason[];
}

/** Facts that bear on removal. */
export interface RemovalFacts {
  /** The day the authority verified the rectification (abnormal list). */
  readonly rectificationVerifiedOn?: IsoDate | null;
  /** The last act while listed that would list the organisation again (restarts the clock). */
  readonly lastListableActOn?: IsoDate | null;
  readonly deregisteredOn?: IsoDate | null;
}

/** LOCAL and calendar inputs. */
export interface RemovalOptions {
  /** Resolved `credit.abnormalAutomaticRemovalMonths`; null = no automatic removal. */
  readonly automaticRemovalMonths: number | null;
  /** Public holidays and make-up working days for counting working days. */
  readonly calendar?: WorkingCalendar;
}

export type RemovalDue =
  /** The authority must remove it by this day. */
  | { readonly kind: 'REMOVE_BY'; readonly dueBy: IsoDate }
  /** Nothing happens until the rectification is verified. */
  | { readonly kind: 'AWAITING_RECTIFICATION' }
  /** Removed automatically on this day. */
  | { readonly kind: 'AUTOMATIC'; readonly on: IsoDate }
  /** The organisation may apply from this day. */
  | { readonly kind: 'ON_APPLICATION'; readonly eligibleFrom: IsoDate }
  /** Removed because the organisation was deregistered. */
  | { readonly kind: 'ON_DEREGISTRATION'; readonly on: IsoDate };

function clockStart(listing: ActiveListing, facts: RemovalFacts): IsoDate {
  return facts.lastListableActOn ? maxDate(listing.listedOn, facts.lastListableActOn) : listing.listedOn;
}

function abnormalRemoval(listing: ActiveListing, facts: RemovalFacts, options: RemovalOptions): RemovalDue {
  if (facts.rectificationVerifiedOn)
    return { kind: 'REMOVE_BY', dueBy: addWorkingDays(facts.rectificationVerifiedOn, REMOVAL_WORKING_DAYS, options.calendar) };
  const needsRectification = listing.reasons.some((r) => CREDIT_REASONS[r].requiresRectification);
  if (needsRectification || options.automaticRemovalMonths === null) return { kind: 'AWAITING_RECTIFICATION' };
  return { kind: 'AUTOMATIC', on: addDays(addMonths(clockStart(listing, facts), options.automaticRemovalMonths), 1) };
}

/**
 * When and how the listing ends. Deregistration lifts a serious listing (the rulebook says so
 * for the serious list only; an abnormal listing of a deregistered organisation simply stays in
 * its history).
 */
export function removalDue(listing: ActiveListing, facts: RemovalFacts, options: RemovalOptions): RemovalDue {
  if (listing.list === 'ABNORMAL') return abnormalRemoval(listing, facts, options);
  if (facts.deregisteredOn) return { kind: 'ON_DEREGISTRATION', on: facts.deregisteredOn };
  return { kind: 'ON_APPLICATION', eligibleFrom: addDays(addYears(clockStart(listing, facts), SERIOUS_CLEAN_YEARS), 1) };
}

/** Whether removal should happen (or may be applied for) on `today`. */
export function isRemovalDueOn(due: RemovalDue, today: IsoDate): boolean {
  switch (due.kind) {
    case 'REMOVE_BY':
      return true;
    case 'AWAITING_RECTIFICATION':
      return false;
    case 'AUTOMATIC':
      return today >= due.on;
    case 'ON_APPLICATION':
      return today >= due.eligibleFrom;
    case 'ON_DEREGISTRATION':
      return today >= due.on;
  }
}
