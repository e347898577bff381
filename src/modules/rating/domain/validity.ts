/**
 * R-RATE-5: how long a grade is valid; R-RATE-7: expiry threshold events.
 */
import { addDays, addYears, endOfYear, startOfYear, yearOf, type IsoDate } from '../../../platform/time/calendar.js';
import { thresholdsReached } from '../../../platform/time/thresholds.js';
import type { ValidityRule } from './settings.js';

/** The validity of a grade. */
export interface GradeValidity {
  /** The day the organisation holds the grade from (the announcement). */
  readonly heldFrom: IsoDate;
  /** The day the validity years are counted from (re-evaluation windows count from here). */
  readonly countedFrom: IsoDate;
  /** The last day of validity. */
  readonly validUntil: IsoDate;
}

/** The first day after `years` years counted from `start` inclusively; a 29 February start ends before 1 March. */
function firstDayAfter(start: IsoDate, years: number): IsoDate {
  const anniversary = addYears(start, years);
  return start.endsWith('-02-29') && anniversary.endsWith('-02-28') ? addDays(anniversary, 1) : anniversary;
}

/**
 * The validity of a grade announced on `announcedOn` under the rule in force that day
 * (resolve `rating.validity` with the announcement date):
 * - FROM_GRANT_DATE (before 2026-03-01): `years` from the grant date counted inclusively, ending
 *   the day before its anniversary (2020-06-15 → 2025-06-14; 2020-02-29 → 2023-02-28, because
 *   the first day after is 1 March);
 * - CALENDAR_YEARS_AFTER_ANNOUNCEMENT (from 2026-03-01): from 1 January after the announcement
 *   to 31 December of the `years`-th year (2026-05-10 → 2027-01-01 … 2031-12-31); the grade is
 *   held from the announcement meanwhile.
 */
export function gradeValidity(announcedOn: IsoDate, rule: ValidityRule): GradeValidity {
  if (rule.counting === 'FROM_GRANT_DATE') return { heldFrom: announcedOn, countedFrom: announcedOn, validUntil: addDays(firstDayAfter(announcedOn, rule.years), -1) };
  const firstYear = yearOf(announcedOn) + 1;
  return { heldFrom: announcedOn, countedFrom: startOfYear(firstYear), validUntil: endOfYear(firstYear + rule.years - 1) };
}

/** True when the grade is held and valid on `date`. */
export function isValidOn(v: GradeValidity, date: IsoDate): boolean {
  return date >= v.heldFrom && date <= v.validUntil;
}

/** Events of an expiring grade (R-RATE-7). */
export type ExpiryEvent = `EXPIRING_IN_${number}` | 'EXPIRED';

/**
 * The expiry events to emit now: the tightest LOCAL lead time reached (EXPIRING_IN_180, _90,
 * _30 by default) or EXPIRED the day after the last day of validity; nothing already emitted.
 */
export function expiryThresholdsReached(today: IsoDate, validUntil: IsoDate, leadDays: readonly number[], alreadyEmitted: ReadonlySet<string> | readonly string[]): ExpiryEvent[] {
  return thresholdsReached({ today, target: validUntil, leadDays, alreadyEmitted, naming: { before: (d) => `EXPIRING_IN_${d}`, after: 'EXPIRED' } }) as ExpiryEvent[];
}
