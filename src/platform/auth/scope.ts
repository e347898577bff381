/**
 * Row-level scoping: which records a viewer may see, as SQL conditions services add to their
 * queries. Jurisdiction is a region subtree (R-REGION-1): a child's code starts with its
 * parent's significant prefix, so a subtree is a range of codes that a B-tree index serves.
 */
import type { Viewer } from './viewer.js';
import { Role } from './viewer.js';
import { errors } from '../graphql/errors.js';
import { subtreePrefix } from '../regions/region-code.js';

/**
 * The half-open range [lo, hi) of codes in the subtree of `code`, as digit strings so the
 * comparison is the same under any collation: '310114' → ['310114', '310115'].
 */
export function subtreeRange(code: string): [string, string] | undefined {
  const prefix = subtreePrefix(code);
  if (prefix === undefined) throw errors.badInput(`行政区划代码无效：${code} / invalid region code: ${code}`, 'regionCode');
  if (prefix === '') return undefined; // national: everything
  let carry = 1;
  const digits = prefix.split('').map(Number);
  for (let i = digits.length - 1; i >= 0 && carry; i--) {
    const d = digits[i]! + carry;
    digits[i] = d % 10;
    carry = d >= 10 ? 1 : 0;
  }
  const hi = (carry ? '1' : '') + digits.join('');
  return [prefix, hi];
}

/** SQL condition (with params) selecting rows whose `column` lies in the subtree of `code`. */
export function subtreeCondition(column: string, code: string, params: unknown[]): string {
  const range = subtreeRange(code);
  if (!range) return 'true';
  params.push(range[0], range[1]);
  return `(${column} >= $${params.length - 1} and ${column} < $${params.length})`;
}

/** True when `code` lies in the subtree of `root`. */
export function inSubtree(root: string, code: string): boolean {
  const range = subtreeRange(root);
  return !range || (code >= range[0] && code < range[1] && code.startsWith(range[0]));
}

/** The subtree an AUTHORITY or PARTNER acts for; undefined for roles scoped otherwise. */
export function jurisdictionOf(viewer: Viewer): string | undefined {
  return viewer.role === Role.AUTHORITY || viewer.role === Role.PARTNER ? viewer.regionCode : undefined;
}

/** Refuses an AUTHORITY acting outside its subtree. */
export function assertJurisdiction(viewer: Viewer, regionCode: string): void {
  if (viewer.role !== Role.AUTHORITY || !viewer.regionCode || !inSubtree(viewer.regionCode, regionCode))
    throw errors.forbidden(`该区划（${regionCode}）不在您的管辖范围内 / region ${regionCode} is outside your jurisdiction`);
}

/**
 * The subtree to read for a filter's `regionCode`: the requested one when the viewer may read
 * it (an authority's own subtree or below), the viewer's own when none is requested.
 * Public facts (R-ORG-8) are readable everywhere, so PUBLIC gets what it asks for.
 */
export function readableSubtree(viewer: Viewer, requested?: string | null): string | undefined {
  const own = jurisdictionOf(viewer);
  if (!own) return requested ?? undefined;
  if (!requested) return own;
  if (inSubtree(own, requested)) return requested;
  if (inSubtree(requested, own)) return own; // asked for a wider area: narrow to ours
  throw errors.forbidden(`该区划（${requested}）不在您的管辖范围内 / region ${requested} is outside your jurisdiction`);
}
