/**
 * R-RATE-1: evaluation grades (评估等级), 5A highest to 1A lowest; a certificate and plaque
 * only for 3A and above. R-RATE-6: how a grade goes down, is cancelled, or may be raised.
 */
import { addDays, addYears, type IsoDate } from '../../../platform/time/calendar.js';

export const GRADES = ['A1', 'A2', 'A3', 'A4', 'A5'] as const;
/** A1 = 1A (A) … A5 = 5A (AAAAA). */
export type Grade = (typeof GRADES)[number];

/** Display names: 'A5' → '5A'. */
export const GRADE_NAMES: Readonly<Record<Grade, string>> = { A1: '1A', A2: '2A', A3: '3A', A4: '4A', A5: '5A' };

/** 1 for A1 … 5 for A5. */
export function gradeLevel(grade: Grade): number {
  return GRADES.indexOf(grade) + 1;
}

/** True when the grade carries a certificate and plaque (3A and above). */
export function hasCertificate(grade: Grade): boolean {
  return gradeLevel(grade) >= 3;
}

/** One level down; null below 1A (no grade left). */
export function gradeBelow(grade: Grade): Grade | null {
  return gradeLevel(grade) === 1 ? null : GRADES[gradeLevel(grade) - 2]!;
}

/** R-RATE-6 [law]: days to return the certificate and plaque after a downgrade or cancellation. */
export const CERTIFICATE_RETURN_DAYS = 15;

/** Causes that lower a grade by one level. */
export type DowngradeCause = 'INSPECTION_FAILED' | 'TWO_BASIC_PASSES' | 'ADMINISTRATIVE_PENALTY';
/** Causes that cancel a grade outright. */
export type CancelCause = 'FRAUD' | 'FORGED_CERTIFICATE' | 'LENT_CERTIFICATE';

export const CHANGE_CAUSE_LABELS: Readonly<Record<DowngradeCause | CancelCause, string>> = {
  INSPECTION_FAILED: '年检不合格 / failed the annual inspection',
  TWO_BASIC_PASSES: '连续2年年检基本合格 / two consecutive basic passes',
  ADMINISTRATIVE_PENALTY: '受到行政处罚 / an administrative penalty',
  FRAUD: '评估中弄虚作假 / fraud in the evaluation',
  FORGED_CERTIFICATE: '伪造评估等级证书或牌匾 / a forged certificate or plaque',
  LENT_CERTIFICATE: '出借评估等级证书或牌匾 / a certificate or plaque lent to others',
};

/** The outcome of a downgrade or cancellation. */
export interface GradeChange {
  readonly kind: 'DOWNGRADED' | 'CANCELLED';
  readonly from: Grade;
  /** The new grade; null when none is left (cancelled, or 1A downgraded). */
  readonly to: Grade | null;
  readonly cause: DowngradeCause | CancelCause;
  /** Last day to return the old certificate and plaque; absent when the old grade had none. */
  readonly certificateReturnDue?: IsoDate;
  /** Whether a certificate for the new grade is issued (new grade 3A or above). */
  readonly newCertificate: boolean;
}

function isCancelCause(cause: DowngradeCause | CancelCause): cause is CancelCause {
  return cause === 'FRAUD' || cause === 'FORGED_CERTIFICATE' || cause === 'LENT_CERTIFICATE';
}

/**
 * R-RATE-6: a failed inspection, two consecutive basic passes or an administrative penalty lower
 * the grade by one level (1A loses its grade); fraud or a forged or lent certificate cancel it.
 * A grade that had a certificate must return it within 15 days of the decision (the decision
 * day not counted).
 */
export function gradeChangeFor(grade: Grade, cause: DowngradeCause | CancelCause, decidedOn: IsoDate): GradeChange {
  const cancelled = isCancelCause(cause);
  const to = cancelled ? null : gradeBelow(grade);
  return {
    kind: cancelled ? 'CANCELLED' : 'DOWNGRADED',
    from: grade,
    to,
    cause,
    ...(hasCertificate(grade) ? { certificateReturnDue: addDays(decidedOn, CERTIFICATE_RETURN_DAYS) } : {}),
    newCertificate: to !== null && hasCertificate(to),
  };
}

/**
 * R-RATE-6: the first day a re-rating for promotion may be applied for: `intervalYears`
 * (LOCAL) full years after the award, i.e. the day after the anniversary; the award day itself
 * when the interval is 0.
 */
export function promotionAllowedFrom(grantedOn: IsoDate, intervalYears: number): IsoDate {
  return intervalYears === 0 ? grantedOn : addDays(addYears(grantedOn, intervalYears), 1);
}
