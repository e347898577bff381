/**
 * R-INSP-4: results of an annual inspection and the rectification (整改) they open.
 */
import { addDays, type IsoDate } from '../../../platform/time/calendar.js';

/** 合格 pass, 基本合格 basic pass (minor problems), 不合格 fail (serious problems). */
export type InspectionResult = 'PASS' | 'BASIC_PASS' | 'FAIL';
export const INSPECTION_RESULTS: readonly InspectionResult[] = ['PASS', 'BASIC_PASS', 'FAIL'];

export const INSPECTION_RESULT_LABELS: Readonly<Record<InspectionResult, string>> = {
  PASS: '合格',
  BASIC_PASS: '基本合格',
  FAIL: '不合格',
};

/** A rectification item opened by a result other than pass. */
export interface Rectification {
  readonly result: Exclude<InspectionResult, 'PASS'>;
  /** Last day to report the rectification. */
  readonly dueOn: IsoDate;
}

/**
 * The rectification a result opens: none for a pass; otherwise due `rectificationDays` (LOCAL,
 * default 90) after the conclusion, the conclusion day not counted (民法典 art 201).
 */
export function rectificationFor(result: InspectionResult, concludedOn: IsoDate, rectificationDays: number): Rectification | undefined {
  if (result === 'PASS') return undefined;
  return { result, dueOn: addDays(concludedOn, rectificationDays) };
}

/** Why the next filing owes a rectification report or explanation. */
export type RectificationReportReason = 'PREVIOUS_RESULT_NOT_PASS' | 'PREVIOUS_NOT_FILED' | 'RECTIFICATION_NOTICE';

/** What the previous year's filing came to; NOT_OWED when there was none to make. */
export type PreviousFilingOutcome = InspectionResult | 'NOT_FILED' | 'NOT_OWED';

/**
 * Whether the next filing must include a rectification report or explanation
 * (整改报告或情况说明): when last year's result was not a pass, last year's filing was missed,
 * or the organisation received a rectification notice (整改通知书) since. All reasons are
 * returned; an empty list means none is owed.
 */
export function owesRectificationReport(previous: PreviousFilingOutcome | null | undefined, rectificationNoticeReceived = false): RectificationReportReason[] {
  const reasons: RectificationReportReason[] = [];
  if (previous === 'BASIC_PASS' || previous === 'FAIL') reasons.push('PREVIOUS_RESULT_NOT_PASS');
  if (previous === 'NOT_FILED') reasons.push('PREVIOUS_NOT_FILED');
  if (rectificationNoticeReceived) reasons.push('RECTIFICATION_NOTICE');
  return reasons;
}

/**
 * R-INSP-5: the "rectification due" event, emitted once when the due day arrives and the
 * rectification has not been reported.
 */
export function rectificationDueReached(today: IsoDate, rectification: Rectification, reported: boolean, alreadyEmitted: ReadonlySet<string>): string[] {
  if (reported || today < rectification.dueOn || alreadyEmitted.has('RECTIFICATION_DUE')) return [];
  return ['RECTIFICATION_DUE'];
}
