/**
 * R-INSP-2 due dates and R-INSP-5 due-date threshold events of annual filings.
 *
 * A filing for reporting year Y is due in Y+1. The statutory due date never moves; an
 * extension granted by the authority moves the effective due date, and a filing on time under
 * an extension is not late.
 */
import { maxDate, monthDayIn, type IsoDate } from '../../../platform/time/calendar.js';
import { thresholdsReached } from '../../../platform/time/thresholds.js';
import type { OrganisationType } from '../../organisation/domain/organisation-rules.js';
import type { DueDatesRule } from './settings.js';

/** Who the filing is from, as far as due dates care. */
export interface FilerProfile {
  readonly type: OrganisationType;
  readonly isCharity: boolean;
  /** Registered directly (直接登记): no supervisory unit, so no supervisor step. */
  readonly directlyRegistered: boolean;
}

/** Statutory due dates of a filing; `supervisor` is absent when that step is skipped. */
export interface FilingDueDates {
  readonly supervisor?: IsoDate;
  readonly authority: IsoDate;
}

/**
 * The statutory due dates of the filing for `reportingYear`: standard dates for social groups
 * and service institutions, the foundation-and-charity dates for foundations and any recognised
 * charity, and no supervisor step for directly registered organisations.
 */
export function statutoryDueDates(reportingYear: number, filer: FilerProfile, rule: DueDatesRule): FilingDueDates {
  const dates = filer.type === 'FOUNDATION' || filer.isCharity ? rule.foundationOrCharity : rule.standard;
  const authority = monthDayIn(reportingYear + 1, dates.authority);
  if (filer.directlyRegistered) return { authority };
  return { supervisor: monthDayIn(reportingYear + 1, dates.supervisor), authority };
}

/**
 * The effective due date: the extension's date when one was granted and it is later than the
 * statutory date. An "extension" to an earlier day would shorten the statutory period, which
 * the authority cannot do, so it is ignored.
 */
export function effectiveDue(statutoryDue: IsoDate, extendedDue?: IsoDate | null): IsoDate {
  return extendedDue ? maxDate(statutoryDue, extendedDue) : statutoryDue;
}

/**
 * True when a filing submitted on `submittedOn` (the authority's calendar date of the
 * submission instant) is late: after the effective due date. The due day itself is on time.
 */
export function isLate(submittedOn: IsoDate, statutoryDue: IsoDate, extendedDue?: IsoDate | null): boolean {
  return submittedOn > effectiveDue(statutoryDue, extendedDue);
}

/** Events a filing's due date produces (R-INSP-5). */
export type FilingDueEvent = `DUE_IN_${number}` | 'OVERDUE';

/**
 * The due-date events to emit now for a filing not yet submitted at the step whose effective due
 * date is `effectiveDueOn`: the tightest lead time reached (DUE_IN_30, DUE_IN_7, DUE_IN_1 with
 * the default LOCAL lead days) or OVERDUE the day after the due date; nothing already emitted.
 * Calling it again the same day (or a later one) never repeats an event.
 */
export function dueThresholdsReached(today: IsoDate, effectiveDueOn: IsoDate, leadDays: readonly number[], alreadyEmitted: ReadonlySet<string> | readonly string[]): FilingDueEvent[] {
  return thresholdsReached({
    today,
    target: effectiveDueOn,
    leadDays,
    alreadyEmitted,
    naming: { before: (d) => `DUE_IN_${d}`, after: 'OVERDUE' },
  }) as FilingDueEvent[];
}
