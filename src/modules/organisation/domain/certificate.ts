/**
 * R-ORG-9: the registration certificate (登记证书): its validity period (有效期限自/至), its
 * renewal (换发), the reminders before it expires and the renewal an organisation owes.
 */
import type { Problem } from '../../../platform/graphql/errors.js';
import { diffDays, isValidDate, type IsoDate } from '../../../platform/time/calendar.js';
import { thresholdsReached } from '../../../platform/time/thresholds.js';
import { ORGANISATION_STATUS_LABELS, type OrganisationStatus } from './lifecycle.js';

/** Statuses whose certificate is in use: reminders and the renewal obligation apply. */
export const CERTIFICATE_ACTIVE_STATUSES: readonly OrganisationStatus[] = ['REGISTERED', 'SUSPENDED'];

function problem(code: string, field: string, zh: string, en: string): Problem {
  return { code, field, message: `${zh} / ${en}` };
}

const STATUS_EN: Readonly<Record<OrganisationStatus, string>> = {
  PREPARING: 'still in preparation', PREPARATION_LAPSED: 'one whose preparation lapsed', REGISTERED: 'registered',
  SUSPENDED: 'suspended', DEREGISTERED: 'deregistered', REVOKED: 'revoked',
};

/**
 * A certificate's validity period (有效期限自/至): its last day must come after its first. At
 * registration the certificate is valid from the registration date, so a last day on or before
 * it is a typing error that would announce the certificate as expired at once.
 */
export function certificatePeriodProblems(validFrom: IsoDate, validUntil: IsoDate, field = 'validUntil'): Problem[] {
  if (!isValidDate(validUntil)) return [problem('INVALID_DATE', field, '日期无效', 'invalid date')];
  if (isValidDate(validFrom) && validUntil <= validFrom)
    return [problem('CERTIFICATE_PERIOD_INVALID', field, `证书有效期限至（${validUntil}）须晚于有效期限自（${validFrom}）`, `the certificate must be valid until a day after it is valid from (${validFrom}); got ${validUntil}`)];
  return [];
}

/**
 * Whether a certificate may be renewed (换发): only for a registered or suspended organisation
 * (an ended one has returned its certificate; a preparing one has none yet), and only with a
 * period whose last day comes after its first.
 */
export function renewalProblems(status: OrganisationStatus, validFrom: IsoDate, validUntil: IsoDate): Problem[] {
  const out: Problem[] = [];
  if (!CERTIFICATE_ACTIVE_STATUSES.includes(status))
    out.push(problem('CERTIFICATE_NOT_RENEWABLE', 'status', `该组织当前状态为“${ORGANISATION_STATUS_LABELS[status]}”，不能换发登记证书`, `the organisation is ${STATUS_EN[status]}: its certificate cannot be renewed`));
  if (!isValidDate(validFrom)) out.push(problem('INVALID_DATE', 'validFrom', '日期无效', 'invalid date'));
  out.push(...certificatePeriodProblems(validFrom, validUntil));
  return out;
}

/** Threshold keys of one certificate: scoped to its last day, so a renewed one is reminded afresh. */
export type CertificateExpiryKey = `EXPIRING_IN_${number}@${string}` | `EXPIRED@${string}`;

/**
 * The expiry events to emit now for a certificate valid until `validUntil` (the LOCAL lead days,
 * 90 and 30 by default): the tightest reminder reached, or EXPIRED the day after its last day;
 * nothing already emitted (`alreadyEmitted` holds the organisation's keys of any certificate).
 */
export function certificateExpiryKeys(today: IsoDate, validUntil: IsoDate, leadDays: readonly number[], alreadyEmitted: readonly string[]): CertificateExpiryKey[] {
  return thresholdsReached({
    today, target: validUntil, leadDays, alreadyEmitted,
    naming: { before: (d) => `EXPIRING_IN_${d}@${validUntil}`, after: `EXPIRED@${validUntil}` },
  }) as CertificateExpiryKey[];
}

/** The threshold of a key without its date: `EXPIRING_IN_30@2027-01-31` → `EXPIRING_IN_30`. */
export function thresholdOf(key: string): string {
  return key.split('@')[0]!;
}

/** A certificate renewal the organisation owes now. */
export interface RenewalOwed {
  readonly dueOn: IsoDate;
  /** Negative once the certificate has expired. */
  readonly daysLeft: number;
}

/**
 * R-ORG-9 as an obligation: an active organisation owes a renewal when its certificate expires
 * within the largest LOCAL lead time, or has expired. None without a known last day.
 */
export function certificateRenewalOwed(status: string, validUntil: IsoDate | null, today: IsoDate, leadDays: readonly number[]): RenewalOwed | null {
  if (!validUntil || !CERTIFICATE_ACTIVE_STATUSES.includes(status as OrganisationStatus)) return null;
  const daysLeft = diffDays(today, validUntil);
  return daysLeft <= Math.max(0, ...leadDays) ? { dueOn: validUntil, daysLeft } : null;
}
