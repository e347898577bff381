/**
 * Deadline threshold events ("due in 30 days", "expired"), decided by a pure function so a
 * periodic sweep can call it as often as it likes: it returns only what has not been emitted yet.
 *
 * Why only the tightest threshold reached: a sweep that was down for a week, or a deadline set
 * (or extended) late, must not fire "due in 30 days" when 3 days are left. A looser threshold
 * passed over that way is never emitted later, because once a tighter one is reached the looser
 * one can never again be the tightest for the same target date.
 */
import { diffDays, type IsoDate } from './calendar.js';

/** How a caller names the events of one kind of deadline. */
export interface ThresholdNaming {
  /** Name of the event "`lead` days or fewer left", e.g. 30 → 'DUE_IN_30'. */
  readonly before: (leadDays: number) => string;
  /** Name of the event "the target date has passed", e.g. 'OVERDUE' or 'EXPIRED'. */
  readonly after: string;
}

/** What {@link thresholdsReached} needs. */
export interface ThresholdQuery {
  /** Today in the authority's calendar. */
  readonly today: IsoDate;
  /** The last day that still counts as on time (the due date, the last day of validity). */
  readonly target: IsoDate;
  /** Lead times in days before the target (any order; duplicates ignored). */
  readonly leadDays: readonly number[];
  /**
   * Event names already emitted for this target. Callers that want reminders again after an
   * extension moves the target scope this set to the target date.
   */
  readonly alreadyEmitted: ReadonlySet<string> | readonly string[];
  readonly naming: ThresholdNaming;
}

/**
 * The threshold events to emit now: at most one. The "after" event once `today` is past the
 * target (the target day itself is still on time); otherwise the tightest lead time reached,
 * i.e. the smallest lead ≥ days left. Nothing when that event was already emitted.
 */
export function thresholdsReached(q: ThresholdQuery): string[] {
  const emitted = q.alreadyEmitted instanceof Set ? q.alreadyEmitted : new Set(q.alreadyEmitted as readonly string[]);
  const daysLeft = diffDays(q.today, q.target);
  let event: string | undefined;
  if (daysLeft < 0) event = q.naming.after;
  else {
    const reached = q.leadDays.filter((lead) => lead >= daysLeft);
    if (reached.length > 0) event = q.naming.before(Math.min(...reached));
  }
  return event !== undefined && !emitted.has(event) ? [event] : [];
}

/**
 * Validates a LOCAL list of lead days (for settings): positive whole numbers, at most 3660,
 * returned sorted from the earliest reminder to the latest and without duplicates.
 * Throws a bilingual message for the clerk editing the setting.
 */
export function validateLeadDays(value: unknown): number[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new Error('提醒天数必须是非空的整数列表 / lead days must be a non-empty list of whole numbers');
  for (const v of value)
    if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 3660)
      throw new Error(`提醒天数必须是 1 到 3660 之间的整数：${String(v)} / each lead time must be a whole number of days from 1 to 3660: ${String(v)}`);
  return [...new Set(value as number[])].sort((a, b) => b - a);
}
