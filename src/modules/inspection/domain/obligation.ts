/**
 * R-INSP-1 and R-INSP-3: who owes an annual filing for a reporting year, in which form, through
 * which steps and with which attachments.
 */
import { monthDayIn, type IsoDate, type MonthDay } from '../../../platform/time/calendar.js';
import { statutoryDueDates, type FilerProfile } from './deadlines.js';
import { owesRectificationReport, type PreviousFilingOutcome, type RectificationReportReason } from './results.js';
import type { DueDatesRule, FilingForm, FilingFormRule } from './settings.js';

/** What decides whether, and what, an organisation files for a year. */
export interface ObligationInput extends FilerProfile {
  /** The year reported on (the filing is made the following year). */
  readonly reportingYear: number;
  readonly registrationDate: IsoDate;
  /** Deregistration or revocation date, if the organisation has ended. */
  readonly endedOn?: IsoDate | null;
  /** Holds the pre-tax donation deduction qualification (公益性捐赠税前扣除资格). */
  readonly hasDeductionQualification?: boolean;
  /** The previous reporting year's outcome (for the rectification report, R-INSP-4). */
  readonly previousOutcome?: PreviousFilingOutcome | null;
  readonly rectificationNoticeReceived?: boolean;
}

/** The resolved LOCAL settings the obligation needs. */
export interface ObligationSettings {
  readonly form: FilingFormRule;
  readonly dueDates: DueDatesRule;
  /** 'MM-DD': registered after this day of the reporting year → nothing owed (R-INSP-3). */
  readonly newRegistrationCutoff: MonthDay;
}

/** Steps a filing goes through: the supervisory unit's review, then the authority. */
export type FilingStep = 'SUPERVISOR' | 'AUTHORITY';

/** Documents the filing must carry. */
export type FilingAttachment = 'LEGAL_REPRESENTATIVE_DECLARATION' | 'DEDUCTION_SPECIAL_AUDIT' | 'RECTIFICATION_REPORT';

/** Why nothing is owed. */
export type NotOwedReason = 'NOT_YET_REGISTERED' | 'REGISTERED_AFTER_CUTOFF' | 'ENDED';

export type Obligation =
  | {
      readonly owed: true;
      readonly reportingYear: number;
      readonly form: FilingForm;
      readonly steps: readonly FilingStep[];
      readonly attachments: readonly FilingAttachment[];
      /** Why a rectification report is owed (empty when it is not). */
      readonly rectificationReasons: readonly RectificationReportReason[];
    }
  | { readonly owed: false; readonly reason: NotOwedReason };

/**
 * Why nothing is owed, if so: not registered by the end of the year; registered after the LOCAL
 * cut-off (30 June by default) of the reporting year; or ended on or before the authority's due
 * date, so that the filing would concern an organisation that no longer exists (its
 * deregistration audit covers the last year).
 */
function notOwedReason(input: ObligationInput, settings: ObligationSettings): NotOwedReason | undefined {
  const y = input.reportingYear;
  if (input.registrationDate > monthDayIn(y, '12-31')) return 'NOT_YET_REGISTERED';
  if (input.registrationDate > monthDayIn(y, settings.newRegistrationCutoff)) return 'REGISTERED_AFTER_CUTOFF';
  if (input.endedOn && input.endedOn <= statutoryDueDates(y, input, settings.dueDates).authority) return 'ENDED';
  return undefined;
}

/**
 * R-INSP-1: one filing per year for the previous year. The form is the LOCAL one for the type,
 * or the charity form for recognised charities; directly registered organisations skip the
 * supervisor step; the legal representative's declaration is always attached, the audited
 * special report when the organisation holds the deduction qualification, and a rectification
 * report when R-INSP-4 requires one.
 */
export function filingObligation(input: ObligationInput, settings: ObligationSettings): Obligation {
  const reason = notOwedReason(input, settings);
  if (reason) return { owed: false, reason };
  const rectificationReasons = owesRectificationReport(input.previousOutcome, input.rectificationNoticeReceived);
  const attachments: FilingAttachment[] = ['LEGAL_REPRESENTATIVE_DECLARATION'];
  if (input.hasDeductionQualification) attachments.push('DEDUCTION_SPECIAL_AUDIT');
  if (rectificationReasons.length > 0) attachments.push('RECTIFICATION_REPORT');
  return {
    owed: true,
    reportingYear: input.reportingYear,
    form: input.isCharity ? settings.form.charity : settings.form.byType[input.type],
    steps: input.directlyRegistered ? ['AUTHORITY'] : ['SUPERVISOR', 'AUTHORITY'],
    attachments,
    rectificationReasons,
  };
}
