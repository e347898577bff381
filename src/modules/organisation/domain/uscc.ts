/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): R-USCC-1 … R-USCC-4.
 *
 * Layout: 1 registering department, 2 category, 3–8 the registrar's division code, 9–17 the
 * organisation code (GB 11714, itself check-summed), 18 the check character.
 */
import type { Problem } from '../../../platform/graphql/errors.js';
import { regionLevelOf } from '../../../platform/regions/region-code.js';

/** The 31 characters a code may use, in value order (no I, O, S, V, Z): R-USCC-1, R-USCC-2. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Position 1 of codes issued by civil affairs (民政). */
export const CIVIL_AFFAIRS_DEPARTMENT = '5';

/** What a civil-affairs code's category (position 2) says the holder is. */
export type UsccKind = 'SOCIAL_GROUP' | 'SERVICE_INSTITUTION' | 'FOUNDATION' | 'COMMITTEE' | 'OTHER';

/** One row of the civil-affairs category table. */
export interface UsccCategory {
  readonly category: string;
  readonly kind: UsccKind;
  readonly label: string;
  /** True where the source is weak (the rulebook marks committees [unsure]). */
  readonly unsure?: boolean;
}

/**
 * The category table under department 5, as data (R-USCC-1). Committees (村/居委会) are
 * reported to use 54 and 55 [unsure] — which is which is not settled, so both map to COMMITTEE.
 */
export const CIVIL_AFFAIRS_CATEGORIES: readonly UsccCategory[] = [
  { category: '1', kind: 'SOCIAL_GROUP', label: '社会团体' },
  { category: '2', kind: 'SERVICE_INSTITUTION', label: '民办非企业单位（社会服务机构）' },
  { category: '3', kind: 'FOUNDATION', label: '基金会' },
  { category: '4', kind: 'COMMITTEE', label: '村民委员会或居民委员会', unsure: true },
  { category: '5', kind: 'COMMITTEE', label: '村民委员会或居民委员会', unsure: true },
  { category: '9', kind: 'OTHER', label: '其他' },
];

const KIND_LABELS: Readonly<Record<UsccKind, string>> = {
  SOCIAL_GROUP: '社会团体 / social group',
  SERVICE_INSTITUTION: '社会服务机构 / social service institution',
  FOUNDATION: '基金会 / foundation',
  COMMITTEE: '村（居）民委员会 / villagers\' or residents\' committee',
  OTHER: '其他 / other',
};

/** Trims and upper-cases a code as typed by a clerk (full-width characters become ASCII). */
export function normalizeUscc(code: string): string {
  return code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character (position 18) for the first 17 characters (R-USCC-2). */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`需要 17 位字符 / expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`非法字符“${first17[i]}” / character not allowed: ${first17[i]}`);
    sum += value * USCC_WEIGHTS[i]!;
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Value of an organisation-code character: digits 0–9, letters A=10 … Z=35 (GB 11714). */
function orgCodeValue(ch: string): number {
  if (/^[0-9]$/.test(ch)) return Number(ch);
  if (/^[A-Z]$/.test(ch)) return ch.charCodeAt(0) - 55;
  throw new RangeError(`非法字符“${ch}” / character not allowed in an organisation code: ${ch}`);
}

/** The check character of a GB 11714 organisation code from its first 8 characters (R-USCC-3). */
export function orgCodeCheckCharacter(first8: string): string {
  if (first8.length !== 8) throw new RangeError(`需要 8 位字符 / expected 8 characters, got ${first8.length}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgCodeValue(first8[i]!) * ORG_CODE_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** The civil-affairs category row for a code's first two characters, if it is one. */
export function civilAffairsCategoryOf(code: string): UsccCategory | undefined {
  if (code[0] !== CIVIL_AFFAIRS_DEPARTMENT) return undefined;
  return CIVIL_AFFAIRS_CATEGORIES.find((c) => c.category === code[1]);
}

/**
 * Builds a valid code: `prefix` is department + category ('51', '52', '53'), `divisionCode`
 * the registrar's 6-digit division, `orgCodeBase8` the organisation code's first 8 characters.
 * For demo data and test factories; throws on malformed parts.
 */
export function makeUscc(prefix: string, divisionCode: string, orgCodeBase8: string): string {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}$/.test(prefix)) throw new RangeError(`类别代码错误 / bad department+category: ${prefix}`);
  if (!/^\d{6}$/.test(divisionCode)) throw new RangeError(`区划代码错误 / bad division code: ${divisionCode}`);
  const base = orgCodeBase8.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{8}$/.test(base)) throw new RangeError(`组织机构代码本体错误 / bad organisation code base: ${orgCodeBase8}`);
  const first17 = prefix + divisionCode + base + orgCodeCheckCharacter(base);
  return first17 + usccCheckCharacter(first17);
}

/** The parts of a well-formed code. */
export interface UsccParts {
  readonly department: string;
  readonly category: string;
  readonly divisionCode: string;
  readonly orgCode: string;
  readonly check: string;
}

/** Splits an 18-character code into its parts (no validation). */
export function usccParts(code: string): UsccParts {
  return { department: code[0]!, category: code[1]!, divisionCode: code.slice(2, 8), orgCode: code.slice(8, 17), check: code[17]! };
}

/** Builds a problem on the field the code was entered in. */
function problem(code: string, field: string, zh: string, en: string): Problem {
  return { code, field, message: `${zh} / ${en}` };
}

/** R-USCC-1 length and charset; stops the other checks, which need every position. */
function shapeProblems(code: string, field: string): Problem[] {
  const out: Problem[] = [];
  if (code.length !== 18)
    out.push(problem('USCC_LENGTH', field, `统一社会信用代码应为 18 位，实际为 ${code.length} 位`, `the unified social credit code must have 18 characters, not ${code.length}`));
  const bad = [...code].flatMap((ch, i) => (USCC_CHARSET.includes(ch) ? [] : [{ pos: i + 1, ch }]));
  if (bad.length > 0) {
    const zh = bad.map((b) => `第${b.pos}位“${b.ch}”`).join('、');
    const en = bad.map((b) => `"${b.ch}" at position ${b.pos}`).join(', ');
    out.push(problem('USCC_CHARSET', field, `统一社会信用代码含不允许的字符：${zh}（只用数字和大写字母，不用 I、O、S、V、Z）`, `the code has characters that are not allowed: ${en} (digits and capital letters except I, O, S, V, Z)`));
  }
  return out;
}

/** R-USCC-3 and R-USCC-2: the two check characters of a well-shaped code. */
function checksumProblems(code: string, field: string): Problem[] {
  const out: Problem[] = [];
  const orgExpected = orgCodeCheckCharacter(code.slice(8, 16));
  if (code[16] !== orgExpected)
    out.push(problem('USCC_ORG_CODE_CHECK', field, `内含的组织机构代码（第9–17位）校验位错误：第17位应为“${orgExpected}”，实际为“${code[16]}”`, `the embedded organisation code (positions 9–17) has a wrong check character: position 17 should be "${orgExpected}", not "${code[16]}"`));
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected)
    out.push(problem('USCC_CHECK_CHARACTER', field, `统一社会信用代码校验位错误：第18位应为“${expected}”，实际为“${code[17]}”`, `wrong check character in the unified social credit code: position 18 should be "${expected}", not "${code[17]}"`));
  return out;
}

/**
 * GB 32100 checks that hold for any department (R-USCC-1 shape, R-USCC-2, R-USCC-3): length,
 * charset and both check characters. Use {@link validateUscc} for codes of this registry.
 */
export function validateUsccFormat(code: string, field = 'uscc'): Problem[] {
  const c = normalizeUscc(code);
  const shape = shapeProblems(c, field);
  return shape.length > 0 ? shape : checksumProblems(c, field);
}

/** The prefixes a kind may carry, e.g. FOUNDATION → ['53']. */
export function usccPrefixesFor(kind: UsccKind): string[] {
  return CIVIL_AFFAIRS_CATEGORIES.filter((c) => c.kind === kind).map((c) => CIVIL_AFFAIRS_DEPARTMENT + c.category);
}

/** R-USCC-1 department, category and division; R-USCC-4 type match. */
function civilAffairsProblems(code: string, field: string, expectedKind?: UsccKind): Problem[] {
  const out: Problem[] = [];
  const { department, category, divisionCode } = usccParts(code);
  if (department !== CIVIL_AFFAIRS_DEPARTMENT)
    out.push(problem('USCC_DEPARTMENT', field, `第1位登记管理部门代码应为“5”（民政），实际为“${department}”`, `position 1 (registering department) must be 5 for civil affairs, not "${department}"`));
  else {
    const row = civilAffairsCategoryOf(code);
    const known = CIVIL_AFFAIRS_CATEGORIES.map((c) => c.category).join('、');
    if (!row)
      out.push(problem('USCC_CATEGORY', field, `第2位机构类别“${category}”不是民政部门的类别（${known}）`, `position 2 (category) "${category}" is not a civil-affairs category (${known.replaceAll('、', ', ')})`));
    else if (expectedKind && row.kind !== expectedKind) {
      const want = usccPrefixesFor(expectedKind).join(' / ');
      const [kindZh, kindEn] = KIND_LABELS[row.kind].split(' / ');
      const [expZh, expEn] = KIND_LABELS[expectedKind].split(' / ');
      out.push(problem('USCC_TYPE_MISMATCH', field, `代码前两位“${code.slice(0, 2)}”表示${kindZh}，与组织类型“${expZh}”不符，应为“${want}”`, `the code starts with ${code.slice(0, 2)} (${kindEn}) but the organisation is a ${expEn}, which needs ${want}`));
    }
  }
  const level = regionLevelOf(divisionCode);
  if (!level || level === 'TOWNSHIP' || level === 'COMMUNITY')
    out.push(problem('USCC_DIVISION', field, `第3–8位登记管理机关行政区划码“${divisionCode}”不是有效的县级以上区划代码`, `positions 3–8 "${divisionCode}" are not a valid division code of the registering authority (county level or above, 100000 for national)`));
  return out;
}

/**
 * Every problem with a civil-affairs code at once (R-USCC-1 … R-USCC-4), each naming what is
 * wrong and where. `expectedKind` is the organisation's type, when known, for R-USCC-4.
 * An empty list means the code is valid. Input is normalised (trimmed, upper-cased) first.
 */
export function validateUscc(code: string, expectedKind?: UsccKind, field = 'uscc'): Problem[] {
  const c = normalizeUscc(code);
  const shape = shapeProblems(c, field);
  if (shape.length > 0) return shape;
  return [...civilAffairsProblems(c, field, expectedKind), ...checksumProblems(c, field)];
}

/** True when the code passes {@link validateUscc}. */
export function isValidUscc(code: string, expectedKind?: UsccKind): boolean {
  return validateUscc(code, expectedKind).length === 0;
}
