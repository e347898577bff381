/**
 * R-ORG-9: the basic record (基本信息) as provincial systems keep it, beyond the registration
 * facts: industry classification, currency and source of funds, source of domicile, charter
 * approval date, staff, and the council (理事会), supervisors (监事) and standing council
 * (常务理事). Pure checks over plain values; fields are named by the RecordFacts key so
 * callers map them to their input paths.
 */
import type { Problem } from '../../../platform/graphql/errors.js';
import { isValidDate } from '../../../platform/time/calendar.js';

/** Source of domicile (住所来源). */
export const DOMICILE_SOURCES = ['OWNED', 'LEASED', 'FREE_USE'] as const;
export type DomicileSource = (typeof DOMICILE_SOURCES)[number];

/** The currency registered funds are kept in when none is named (人民币). */
export const DEFAULT_FUNDS_CURRENCY = 'CNY';

/** The counts of the record; each a non-negative whole number when known. */
export const RECORD_COUNTS = ['fullTimeStaff', 'partTimeStaff', 'councilMembers', 'supervisors', 'standingCouncilMembers'] as const;
export type RecordCount = (typeof RECORD_COUNTS)[number];

/** What the record holds; `undefined` = not given (left as it is), `null` = cleared. */
export interface RecordFacts {
  industryCode?: string | null;
  fundsCurrency?: string | null;
  fundsSource?: string | null;
  domicileSource?: string | null;
  charterApprovedOn?: string | null;
  fullTimeStaff?: number | null;
  partTimeStaff?: number | null;
  councilMembers?: number | null;
  supervisors?: number | null;
  standingCouncilMembers?: number | null;
}

function problem(code: string, field: string, zh: string, en: string): Problem {
  return { code, field, message: `${zh} / ${en}` };
}

/**
 * 国民经济行业分类 (GB/T 4754) as systems write it: the section letter A–T (门类), optionally
 * followed by the division (大类, 2 digits), group (中类, 3) or class (小类, 4), e.g. "S", "S95",
 * "S952", "S9521". Upper-cased, spaces removed. Only the shape is checked: registers hold codes
 * from both the 2011 and the 2017 edition, whose divisions differ (social groups are 9421 in
 * 2011 and 9521 in 2017), so which division belongs to which section is not enforced.
 */
export function normalizeIndustryCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

export const INDUSTRY_CODE_PATTERN = /^[A-T](\d{2}|\d{3}|\d{4})?$/;

/** A shape-valid industry code (see {@link normalizeIndustryCode}), or a problem. */
export function industryCodeProblems(code: string): Problem[] {
  return INDUSTRY_CODE_PATTERN.test(normalizeIndustryCode(code))
    ? []
    : [problem('ORG_INDUSTRY_CODE_INVALID', 'industryCode', `国民经济行业分类代码无效：${code}（门类字母A–T，可带2至4位数字，如 S9521）`, `invalid industry classification code ${code} (a section letter A–T, optionally 2 to 4 digits, e.g. S9521)`)];
}

/** ISO 4217 alphabetic code (CNY, USD …); the register does not convert between currencies. */
export function currencyProblems(currency: string): Problem[] {
  return /^[A-Z]{3}$/.test(currency)
    ? []
    : [problem('ORG_CURRENCY_INVALID', 'fundsCurrency', `币种须为三位大写字母代码（如 CNY）：${currency}`, `the currency must be a three-letter ISO 4217 code (e.g. CNY): ${currency}`)];
}

/**
 * R-ORG-9: counts are non-negative whole numbers, and the standing council (常务理事) is drawn
 * from the council (理事), so it can be no larger; checked only when both are known.
 */
export function countProblems(f: Pick<RecordFacts, RecordCount>): Problem[] {
  const out: Problem[] = [];
  for (const k of RECORD_COUNTS) {
    const v = f[k];
    if (v != null && (!Number.isSafeInteger(v) || v < 0)) out.push(problem('ORG_COUNT_INVALID', k, `人数须为非负整数：${v}`, `a count must be a non-negative whole number: ${v}`));
  }
  if (out.length) return out;
  if (f.standingCouncilMembers != null && f.councilMembers != null && f.standingCouncilMembers > f.councilMembers)
    out.push(problem('ORG_STANDING_COUNCIL_EXCEEDS_COUNCIL', 'standingCouncilMembers', `常务理事（${f.standingCouncilMembers}人）不能多于理事（${f.councilMembers}人）`, `standing council members (${f.standingCouncilMembers}) cannot outnumber council members (${f.councilMembers})`));
  return out;
}

/**
 * Every problem of a record as it would stand: the facts given merged over the current ones,
 * so a standing council is checked against the council already on record. `today` bounds the
 * charter approval date (a charter is not approved in the future).
 */
export function recordProblems(merged: RecordFacts, today: string): Problem[] {
  const out: Problem[] = [];
  if (merged.industryCode != null) out.push(...industryCodeProblems(merged.industryCode));
  if (merged.fundsCurrency != null) out.push(...currencyProblems(merged.fundsCurrency));
  if (merged.domicileSource != null && !(DOMICILE_SOURCES as readonly string[]).includes(merged.domicileSource))
    out.push(problem('ORG_DOMICILE_SOURCE_INVALID', 'domicileSource', `住所来源须为 ${DOMICILE_SOURCES.join('、')} 之一`, `the source of domicile must be one of ${DOMICILE_SOURCES.join(', ')}`));
  if (merged.charterApprovedOn != null) {
    if (!isValidDate(merged.charterApprovedOn)) out.push(problem('INVALID_DATE', 'charterApprovedOn', '日期无效', 'invalid date'));
    else if (merged.charterApprovedOn > today) out.push(problem('ORG_CHARTER_DATE_IN_FUTURE', 'charterApprovedOn', '章程核准日期不能晚于今天', 'the charter cannot be approved in the future'));
  }
  out.push(...countProblems(merged));
  return out;
}

/** The given facts over the current ones (`undefined` keeps, `null` clears), normalised. */
export function mergeRecord(current: RecordFacts, given: RecordFacts): RecordFacts {
  const out: RecordFacts = { ...current };
  for (const [k, v] of Object.entries(given) as [keyof RecordFacts, unknown][]) {
    if (v === undefined) continue;
    (out as Record<string, unknown>)[k] = typeof v === 'string' ? v.trim() || null : v;
  }
  if (out.industryCode) out.industryCode = normalizeIndustryCode(out.industryCode);
  if (out.fundsCurrency) out.fundsCurrency = out.fundsCurrency.toUpperCase();
  else out.fundsCurrency = DEFAULT_FUNDS_CURRENCY;
  return out;
}
