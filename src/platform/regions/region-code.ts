/**
 * Administrative division codes (R-REGION-1).
 *
 * GB/T 2260 gives the top three levels 6 digits (2 province, 2 city, 2 county); the statistical
 * division codes add 3 digits for a township or street and 3 more for a community or village.
 * A level's own digits are never all zero, so a code's level is read from its length and its
 * zero suffix, and a subtree is "every code that starts with the significant prefix", which is
 * what an indexed `LIKE 'prefix%'` (or a range) filter uses.
 *
 * Places that do not fit the picture, handled by the same rules:
 * - municipalities (Beijing 11, Tianjin 12, Shanghai 31, Chongqing 50) have a city-level code
 *   xx0100 (市辖区) between the province and its districts;
 * - county-level units directly under a province sit under a pseudo-city xx90 (e.g. 429004
 *   仙桃市 under 429000), which GB/T 2260 lists like a city;
 * - a few cities have no districts (东莞 441900, 中山 442000, 嘉峪关 620200, 儋州 460400): their
 *   townships hang directly under the city code, so a township's parent is always its first
 *   6 digits, whatever level that code has.
 */
import type { Problem } from '../graphql/errors.js';

/** Levels from the ministry down; the values match the GraphQL `RegionLevel` enum. */
export const REGION_LEVELS = ['NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT', 'TOWNSHIP', 'COMMUNITY'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** The national code: the ministry (民政部), root of the tree, covering every region. */
export const NATIONAL_CODE = '100000';

/** Chinese names of the levels, for messages. */
export const REGION_LEVEL_LABELS: Readonly<Record<RegionLevel, string>> = {
  NATIONAL: '全国',
  PROVINCE: '省级',
  CITY: '地市级',
  DISTRICT: '县级',
  TOWNSHIP: '乡镇（街道）级',
  COMMUNITY: '村（社区）级',
};

/** Position of a level from the top (NATIONAL 0 … COMMUNITY 5), to compare levels. */
export function levelRank(level: RegionLevel): number {
  return REGION_LEVELS.indexOf(level);
}

/**
 * The level of a division code, or undefined when the code is malformed: not 6, 9 or 12
 * digits, a province part of 00, a county part without a city part (xx00yy), or a township or
 * community part of 000 (a padded higher-level code is not a code of its own).
 */
export function regionLevelOf(code: string): RegionLevel | undefined {
  if (code === NATIONAL_CODE) return 'NATIONAL';
  if (!/^\d+$/.test(code)) return undefined;
  if (code.length === 12) return code.endsWith('000') || !regionLevelOf(code.slice(0, 9)) ? undefined : 'COMMUNITY';
  if (code.length === 9) return code.endsWith('000') || !regionLevelOf(code.slice(0, 6)) ? undefined : 'TOWNSHIP';
  if (code.length !== 6 || code.startsWith('00')) return undefined;
  const city = code.slice(2, 4);
  const county = code.slice(4, 6);
  if (city === '00') return county === '00' ? 'PROVINCE' : undefined;
  return county === '00' ? 'CITY' : 'DISTRICT';
}

/** True when `code` is a well-formed division code (or the national code). */
export function isRegionCode(code: string): boolean {
  return regionLevelOf(code) !== undefined;
}

/**
 * The code of the parent division: community → its township (first 9 digits), township → its
 * county (first 6 digits; a city for district-less cities), county → its city (xxxx00),
 * city → its province (xx0000), province → the national code, national → undefined.
 */
export function parentCodeOf(code: string): string | undefined {
  switch (regionLevelOf(code)) {
    case 'COMMUNITY':
      return code.slice(0, 9);
    case 'TOWNSHIP':
      return code.slice(0, 6);
    case 'DISTRICT':
      return `${code.slice(0, 4)}00`;
    case 'CITY':
      return `${code.slice(0, 2)}0000`;
    case 'PROVINCE':
      return NATIONAL_CODE;
    default:
      return undefined;
  }
}

/** The codes from the national root down to `code`'s parent (root first). */
export function ancestorCodesOf(code: string): string[] {
  const out: string[] = [];
  for (let p = parentCodeOf(code); p !== undefined; p = parentCodeOf(p)) out.unshift(p);
  return out;
}

/**
 * The prefix every code in the subtree of `code` starts with: '' for the national code
 * (everything), '31' for province 310000, '3101' for city 310100, '310114' for district
 * 310114, and the whole code for townships and communities. Undefined for a malformed code.
 */
export function subtreePrefix(code: string): string | undefined {
  switch (regionLevelOf(code)) {
    case 'NATIONAL':
      return '';
    case 'PROVINCE':
      return code.slice(0, 2);
    case 'CITY':
      return code.slice(0, 4);
    case undefined:
      return undefined;
    default:
      return code;
  }
}

/** True when `code` is `root` or lies below it (the national code covers every valid code). */
export function isInSubtree(root: string, code: string): boolean {
  const prefix = subtreePrefix(root);
  return prefix !== undefined && isRegionCode(code) && code.startsWith(prefix);
}

/** True when `child` is a direct child of `parent` (one step down the tree). */
export function isValidChildCode(parent: string, child: string): boolean {
  return isRegionCode(parent) && parentCodeOf(child) === parent;
}

/** The problem with a division code a clerk entered, if any. */
export function regionCodeProblem(code: string, field = 'regionCode'): Problem | undefined {
  if (isRegionCode(code)) return undefined;
  return {
    code: 'REGION_CODE_INVALID',
    field,
    message: `区划代码“${code}”格式错误：应为县级以上 6 位、乡镇（街道）9 位、村（社区）12 位数字 / division code "${code}" is malformed: 6 digits down to county level, 9 for a township or street, 12 for a community or village`,
  };
}
