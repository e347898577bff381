/**
 * Charity status (慈善组织认定) and the public-fundraising qualification (公开募捐资格) of a
 * social organisation, as the registration authority decides them (《慈善法》2023 修正).
 *
 * - Recognition (认定): a registered social organisation whose purpose is charitable is
 *   recognised as a charity (《慈善法》第十条). From then on it files the charity form of the
 *   annual filing and by the foundation-and-charity dates (R-INSP-1, R-INSP-2).
 * - Public fundraising (第二十二条): a charity registered for long enough (one year by default:
 *   fundraisingMinRegisteredYearsSetting) may be granted the qualification; the authority may
 *   revoke it, and a public-fundraising charity that no longer qualifies is listed as abnormal
 *   (R-CREDIT-1, reason FUNDRAISING_CHARITY_DISQUALIFIED: the authority lists it).
 */
import type { Problem } from '../../../platform/graphql/errors.js';
import { addYears, isValidDate, type IsoDate } from '../../../platform/time/calendar.js';
import { ORGANISATION_STATUS_LABELS, type OrganisationStatus } from './lifecycle.js';

export interface CharityFacts {
  status: OrganisationStatus;
  registrationDate: IsoDate | null;
  charityRecognised: boolean;
  publicFundraisingQualified: boolean;
}

function problem(code: string, field: string, zh: string, en: string): Problem {
  return { code, field, message: `${zh} / ${en}` };
}

function notRegistered(o: CharityFacts, what: string, whatEn: string): Problem[] {
  return o.status === 'REGISTERED' ? [] : [problem('CHARITY_STATUS_NOT_ALLOWED', 'status',
    `该组织当前状态为“${ORGANISATION_STATUS_LABELS[o.status]}”，不能${what}`, `the organisation's status is ${o.status}: it cannot ${whatEn}`)];
}

function dateProblems(date: IsoDate, field: string, o: CharityFacts): Problem[] {
  if (!isValidDate(date)) return [problem('INVALID_DATE', field, '日期无效', 'invalid date')];
  if (o.registrationDate && date < o.registrationDate)
    return [problem('DATE_BEFORE_REGISTRATION', field, `日期（${date}）早于成立登记日期（${o.registrationDate}）`, `the date (${date}) is before the registration date (${o.registrationDate})`)];
  return [];
}

/** Why `o` cannot be recognised as a charity on `on` (empty: it can). */
export function recognitionProblems(o: CharityFacts, on: IsoDate): Problem[] {
  const out = [...notRegistered(o, '认定为慈善组织', 'be recognised as a charity'), ...dateProblems(on, 'recognisedOn', o)];
  if (o.charityRecognised) out.push(problem('CHARITY_ALREADY_RECOGNISED', 'id', '该组织已认定为慈善组织', 'the organisation is already recognised as a charity'));
  return out;
}

/**
 * Why `o` cannot be granted the public-fundraising qualification on `on` (empty: it can), with
 * `minYears` of registration required (the LOCAL setting in force on `on`).
 */
export function fundraisingGrantProblems(o: CharityFacts, on: IsoDate, minYears: number): Problem[] {
  const out = [...notRegistered(o, '取得公开募捐资格', 'be granted the public-fundraising qualification'), ...dateProblems(on, 'grantedOn', o)];
  if (!o.charityRecognised)
    out.push(problem('FUNDRAISING_NOT_A_CHARITY', 'id', '只有慈善组织可以取得公开募捐资格（《慈善法》第二十二条）', 'only a charity can be granted the public-fundraising qualification (Charity Law, art. 22)'));
  if (o.publicFundraisingQualified) out.push(problem('FUNDRAISING_ALREADY_QUALIFIED', 'id', '该组织已具有公开募捐资格', 'the organisation already holds the qualification'));
  const earliest = o.registrationDate ? addYears(o.registrationDate, minYears) : null;
  if (earliest && isValidDate(on) && on < earliest)
    out.push(problem('FUNDRAISING_TOO_EARLY', 'grantedOn',
      `依法登记满 ${minYears} 年的慈善组织方可取得公开募捐资格，最早 ${earliest}（《慈善法》第二十二条）`,
      `a charity must have been registered for ${minYears} full year(s): ${earliest} at the earliest (Charity Law, art. 22)`));
  return out;
}

/** Why `o`'s public-fundraising qualification cannot be revoked on `on` with `reason`. */
export function fundraisingRevokeProblems(o: CharityFacts, on: IsoDate, reason: string): Problem[] {
  const out = dateProblems(on, 'revokedOn', o);
  if (!o.publicFundraisingQualified) out.push(problem('FUNDRAISING_NOT_QUALIFIED', 'id', '该组织不具有公开募捐资格', 'the organisation does not hold the qualification'));
  if (!reason.trim()) out.push(problem('REASON_REQUIRED', 'reason', '请填写撤销公开募捐资格的理由', 'give the reason for revoking the qualification'));
  return out;
}
