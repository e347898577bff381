/**
 * Citizen identity numbers (GB 11643, R-VOL-1) and phone numbers: validation, and the masks
 * that keep them private (R-ORG-8: identity numbers and phones are not public facts).
 *
 * An ID number is 6 digits of the issuing region, 8 of the birth date, 3 of sequence (odd for
 * men, even for women) and a mod-11 check character (X for 10).
 */
import type { Problem } from '../../../platform/graphql/errors.js';
import { isValidDate, type IsoDate } from '../../../platform/time/calendar.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_MAP = '10X98765432';

/**
 * Province-level prefixes in use (GB/T 2260, plus 71 Taiwan, 81 Hong Kong, 82 Macao; 83 is used
 * by residence permits for Taiwan residents). Data, not logic, so it can be extended.
 */
export const ID_PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

/** A plausibility floor for birth dates: anyone born earlier would be far past the oldest living person. */
export const EARLIEST_BIRTH_DATE = '1880-01-01';

export type Sex = 'MALE' | 'FEMALE';

/** What a valid ID number says about its holder. */
export interface IdNumberInfo {
  readonly ok: true;
  /** The normalised number (upper-case X, no spaces). */
  readonly idNumber: string;
  readonly birthDate: IsoDate;
  readonly sex: Sex;
  /** The 6-digit region of first issue (not necessarily where the person lives now). */
  readonly regionCode: string;
}

/** Why an ID number was refused. */
export interface IdNumberInvalid {
  readonly ok: false;
  readonly problems: Problem[];
}

/** Trims, removes inner spaces, turns full-width characters to ASCII and x into X. */
export function normalizeIdNumber(id: string): string {
  return id.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`需要 17 位数字 / expected 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_MAP[sum % 11]!;
}

function idProblem(code: string, field: string, zh: string, en: string): Problem {
  return { code, field, message: `${zh} / ${en}` };
}

/** Region and birth-date problems of a well-shaped number. */
function contentProblems(id: string, today: IsoDate, field: string): Problem[] {
  const out: Problem[] = [];
  if (!ID_PROVINCE_PREFIXES.has(id.slice(0, 2)))
    out.push(idProblem('ID_REGION', field, `身份证号码前6位地区码“${id.slice(0, 6)}”不是有效的省级代码开头`, `the first 6 digits "${id.slice(0, 6)}" do not start with a valid province code`));
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidDate(birth) || birth < EARLIEST_BIRTH_DATE)
    out.push(idProblem('ID_BIRTH_DATE', field, `身份证号码第7–14位出生日期“${id.slice(6, 14)}”不是有效日期`, `digits 7–14 "${id.slice(6, 14)}" are not a valid date of birth`));
  else if (birth > today)
    out.push(idProblem('ID_BIRTH_DATE_FUTURE', field, `身份证号码中的出生日期 ${birth} 晚于今天`, `the date of birth ${birth} is after today`));
  const expected = idCheckCharacter(id.slice(0, 17));
  if (id[17] !== expected)
    out.push(idProblem('ID_CHECK_CHARACTER', field, `身份证号码校验位错误：第18位应为“${expected}”，实际为“${id[17]}”，请核对号码`, `wrong check character in the ID number: position 18 should be "${expected}", not "${id[17]}"; please check the number`));
  return out;
}

/**
 * Validates an ID number and, when valid, reads the birth date, sex and region from it.
 * `today` (the authority's calendar date) bounds the birth date. Every problem is returned at once.
 */
export function validateIdNumber(raw: string, today: IsoDate, field = 'idNumber'): IdNumberInfo | IdNumberInvalid {
  const id = normalizeIdNumber(raw);
  if (id.length !== 18)
    return { ok: false, problems: [idProblem('ID_LENGTH', field, `身份证号码应为 18 位，实际为 ${id.length} 位`, `the ID number must have 18 characters, not ${id.length}`)] };
  if (!/^\d{17}[\dX]$/.test(id))
    return { ok: false, problems: [idProblem('ID_CHARSET', field, '身份证号码前17位应为数字，第18位为数字或 X', 'the ID number must be 17 digits followed by a digit or X')] };
  const problems = contentProblems(id, today, field);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    idNumber: id,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    regionCode: id.slice(0, 6),
  };
}

/**
 * Builds a valid ID number for factories and demo data. `seq` 0–999 is the sequence number;
 * its parity decides the sex (odd male, even female).
 */
export function makeIdNumber(regionCode: string, birthDate: IsoDate, seq: number): string {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError(`地区码应为6位数字 / region code must be 6 digits: ${regionCode}`);
  if (!isValidDate(birthDate)) throw new RangeError(`出生日期错误 / bad birth date: ${birthDate}`);
  if (!Number.isInteger(seq) || seq < 0 || seq > 999) throw new RangeError(`顺序码应为0–999 / sequence must be 0–999: ${seq}`);
  const first17 = regionCode + birthDate.replaceAll('-', '') + String(seq).padStart(3, '0');
  return first17 + idCheckCharacter(first17);
}

/**
 * Masks an ID number for display to those not entitled to it: the first 4 and last 4
 * characters stay ('31011419900307123X' → '3101**********123X'). Short input is masked whole,
 * so a mask never reveals more than half of what it hides.
 */
export function maskIdNumber(id: string): string {
  const s = normalizeIdNumber(id);
  if (s.length <= 8) return '*'.repeat(s.length);
  return s.slice(0, 4) + '*'.repeat(s.length - 8) + s.slice(-4);
}

export type PhoneKind = 'MOBILE' | 'LANDLINE';

const MOBILE_RE = /^1[3-9]\d{9}$/;
// Area codes: 010 and 02x have 3 digits, the rest 4; local numbers 7–8 digits; optional extension.
const LANDLINE_RE = /^(0(?:10|2\d|[3-9]\d{2}))-?([1-9]\d{6,7})(?:-(\d{1,6}))?$/;

/**
 * Normalises a phone number as typed: full-width to ASCII, spaces and brackets removed;
 * a mobile loses its +86 / 0086 prefix and separators ('138 1234 5678' → '13812345678');
 * a landline becomes 'area-number[-extension]' ('(021)12345678' → '021-12345678').
 * Input that is neither is returned cleaned but otherwise unchanged.
 */
export function normalizePhone(phone: string): string {
  const s = phone.normalize('NFKC').replace(/\s+/g, '').replace(/^\((0\d{2,3})\)/, '$1-');
  const digits = s.replace(/^(?:\+86|0086)/, '').replace(/-/g, '');
  if (MOBILE_RE.test(digits)) return digits;
  const m = LANDLINE_RE.exec(s);
  if (m) return `${m[1]}-${m[2]}${m[3] ? `-${m[3]}` : ''}`;
  return s;
}

/** MOBILE (1[3-9] and 9 digits), LANDLINE (area code, 7–8 digit number), or undefined. */
export function phoneKind(phone: string): PhoneKind | undefined {
  const s = normalizePhone(phone);
  if (MOBILE_RE.test(s)) return 'MOBILE';
  return LANDLINE_RE.test(s) ? 'LANDLINE' : undefined;
}

/** The problem with a phone number a clerk entered, if any. */
export function validatePhone(phone: string, field = 'phone'): Problem | undefined {
  if (phoneKind(phone)) return undefined;
  return idProblem(
    'PHONE_INVALID',
    field,
    `电话号码“${phone}”格式错误：手机号为 11 位（1 开头），座机为区号加号码，如 021-12345678`,
    `the phone number "${phone}" is malformed: a mobile has 11 digits starting with 1, a landline an area code and number such as 021-12345678`,
  );
}

/**
 * Masks a phone number: a mobile keeps its first 3 and last 4 digits ('138****5678'), a
 * landline its area code and last 4 digits ('021-****5678'); anything else keeps only its
 * last 4 characters.
 */
export function maskPhone(phone: string): string {
  const s = normalizePhone(phone);
  if (MOBILE_RE.test(s)) return `${s.slice(0, 3)}****${s.slice(7)}`;
  const m = LANDLINE_RE.exec(s);
  if (m) return `${m[1]}-${'*'.repeat(m[2]!.length - 4)}${m[2]!.slice(-4)}${m[3] ? `-${m[3]}` : ''}`;
  return s.length <= 4 ? '*'.repeat(s.length) : '*'.repeat(s.length - 4) + s.slice(-4);
}
