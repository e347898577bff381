/**
 * Putting organisations on the credit lists: R-CREDIT-1 (abnormal activities list) and
 * R-CREDIT-2 (serious illegal and dishonest list, directly or by escalation).
 *
 * "满2年" (two full years) is read as in the Civil Code (民法典 arts 201–202): the listing day is
 * not counted and the period ends on the anniversary, so the condition holds from the day after.
 */
import { addDays, addYears, maxDate, type IsoDate } from '../../../platform/time/calendar.js';
import type { AbnormalReason, CreditList, SeriousReason } from './reasons.js';

/** R-CREDIT-1/2 [law]: the fine that separates the lists, 50,000 yuan, in fen. */
export const LARGE_FINE_FEN = 5_000_000;
/** R-CREDIT-2: the window for counting minor penalties. */
export const MINOR_PENALTY_WINDOW_YEARS = 3;
/** R-CREDIT-2: minor penalties within the window that make a serious listing. */
export const MINOR_PENALTIES_FOR_SERIOUS = 2;
/** R-CREDIT-2: full years on the abnormal list before escalation. */
export const ABNORMAL_YEARS_FOR_SERIOUS = 2;

/** An administrative penalty decision; one decision may combine several sanctions. */
export interface Penalty {
  readonly decidedOn: IsoDate;
  readonly warning?: boolean;
  /** Fine in fen; absent or 0 when none. */
  readonly fineFen?: number;
  /** 限期停止活动. */
  readonly suspension?: boolean;
  /** 撤销登记 / 吊销登记证书. */
  readonly revocation?: boolean;
}

/** The list a penalty puts the organisation on, and why. */
export interface ListingDecision {
  readonly list: CreditList;
  readonly reasons: readonly (AbnormalReason | SeriousReason)[];
  readonly listedOn: IsoDate;
}

/** Reasons a penalty alone makes a serious listing. */
function seriousSanctions(p: Penalty): SeriousReason[] {
  const out: SeriousReason[] = [];
  if (p.revocation) out.push('REGISTRATION_REVOKED');
  if (p.suspension) out.push('SUSPENSION_PENALTY');
  if ((p.fineFen ?? 0) >= LARGE_FINE_FEN) out.push('LARGE_FINE');
  return out;
}

/** A warning or a fine under 50,000 yuan, with nothing heavier in the same decision. */
export function isMinorPenalty(p: Penalty): boolean {
  const smallFine = (p.fineFen ?? 0) > 0 && (p.fineFen ?? 0) < LARGE_FINE_FEN;
  return (p.warning === true || smallFine) && seriousSanctions(p).length === 0;
}

/** Minor penalties decided in the 3 years up to and including `on` ("三年内", both ends included). */
function minorPenaltiesWithin(penalties: readonly Penalty[], on: IsoDate): number {
  const from = addYears(on, -MINOR_PENALTY_WINDOW_YEARS);
  return penalties.filter((p) => isMinorPenalty(p) && p.decidedOn >= from && p.decidedOn <= on).length;
}

/**
 * The listing a new penalty decision leads to. `history` holds the organisation's earlier
 * penalties (not this one). Serious: revocation, suspension, a fine ≥ 50,000 yuan, or a minor
 * penalty that is the second within 3 years. Abnormal: any other warning or fine under
 * 50,000 yuan. Undefined when the decision carries none of these sanctions.
 */
export function listingForPenalty(penalty: Penalty, history: readonly Penalty[]): ListingDecision | undefined {
  const serious = seriousSanctions(penalty);
  if (isMinorPenalty(penalty) && minorPenaltiesWithin(history, penalty.decidedOn) + 1 >= MINOR_PENALTIES_FOR_SERIOUS)
    serious.push('REPEATED_MINOR_PENALTIES');
  if (serious.length > 0) return { list: 'SERIOUS', reasons: serious, listedOn: penalty.decidedOn };
  if (isMinorPenalty(penalty)) return { list: 'ABNORMAL', reasons: ['WARNING_OR_SMALL_FINE'], listedOn: penalty.decidedOn };
  return undefined;
}

/** An organisation's current abnormal listing. */
export interface AbnormalListing {
  readonly listedOn: IsoDate;
  readonly reasons: readonly AbnormalReason[];
}

/** Something that happened to the organisation that may matter for escalation. */
export type CreditAct =
  /** A new act that would itself be listable on the abnormal list (restarts the 2-year clock). */
  | { readonly kind: 'LISTABLE_ACT'; readonly date: IsoDate; readonly reason: AbnormalReason }
  | { readonly kind: 'PENALTY'; readonly penalty: Penalty }
  | { readonly kind: 'DISHONEST_JUDGMENT_DEBTOR'; readonly date: IsoDate }
  | { readonly kind: 'AMENDMENT_REVOKED_FOR_FRAUD'; readonly date: IsoDate };

function actDate(a: CreditAct): IsoDate {
  return a.kind === 'PENALTY' ? a.penalty.decidedOn : a.date;
}

/** True for acts that would list the organisation on the abnormal list again. */
function isListableAgain(a: CreditAct): boolean {
  return a.kind === 'LISTABLE_ACT' || (a.kind === 'PENALTY' && isMinorPenalty(a.penalty));
}

/**
 * When the 2-year clock of an abnormal listing completes: two full years after the later of the
 * listing and the last listable act while listed (a new act restarts the clock), so escalation
 * is due the day after that anniversary.
 */
export function abnormalClockCompletesOn(listing: AbnormalListing, acts: readonly CreditAct[], today: IsoDate): IsoDate {
  let start = listing.listedOn;
  for (const a of acts) if (isListableAgain(a) && actDate(a) >= listing.listedOn && actDate(a) <= today) start = maxDate(start, actDate(a));
  return addDays(addYears(start, ABNORMAL_YEARS_FOR_SERIOUS), 1);
}

/** Serious reasons that acts during an abnormal listing give, each with the day it was met. */
function seriousActs(listing: AbnormalListing, acts: readonly CreditAct[], today: IsoDate): { reason: SeriousReason; on: IsoDate }[] {
  const out: { reason: SeriousReason; on: IsoDate }[] = [];
  const penalties = acts.flatMap((a) => (a.kind === 'PENALTY' ? [a.penalty] : []));
  for (const a of acts) {
    const on = actDate(a);
    if (on < listing.listedOn || on > today) continue;
    if (a.kind === 'DISHONEST_JUDGMENT_DEBTOR' || a.kind === 'AMENDMENT_REVOKED_FOR_FRAUD') out.push({ reason: a.kind, on });
    if (a.kind === 'PENALTY') {
      const earlier = penalties.filter((p) => p !== a.penalty && p.decidedOn <= on);
      const decision = listingForPenalty(a.penalty, earlier);
      if (decision?.list === 'SERIOUS') for (const r of decision.reasons) out.push({ reason: r as SeriousReason, on });
    }
  }
  return out;
}

/** Whether an abnormal listing must now be escalated to the serious list. */
export type EscalationDecision =
  | { readonly escalate: true; readonly reasons: readonly SeriousReason[]; readonly metOn: IsoDate }
  | { readonly escalate: false; readonly twoYearsCompleteOn: IsoDate };

/**
 * R-CREDIT-2: escalation of an organisation on the abnormal list. Every reason met by `today`
 * is returned at once: two full years on the list (clock restarted by each new listable act,
 * see {@link abnormalClockCompletesOn}), or, during the listing, a fine ≥ 50,000 yuan, a second
 * minor penalty within 3 years, a suspension, a revocation, a dishonest-judgment-debtor listing
 * or a fraudulent amendment revoked. `acts` may include older penalties: they count towards the
 * 3-year window but trigger nothing themselves. `metOn` is the first day a reason held.
 */
export function shouldEscalate(listing: AbnormalListing, today: IsoDate, acts: readonly CreditAct[]): EscalationDecision {
  const completes = abnormalClockCompletesOn(listing, acts, today);
  const met = seriousActs(listing, acts, today);
  if (today >= completes) met.push({ reason: 'ABNORMAL_TWO_YEARS', on: completes });
  if (met.length === 0) return { escalate: false, twoYearsCompleteOn: completes };
  const reasons = [...new Set(met.map((m) => m.reason))];
  const metOn = met.map((m) => m.on).reduce((a, b) => (a < b ? a : b));
  return { escalate: true, reasons, metOn };
}
