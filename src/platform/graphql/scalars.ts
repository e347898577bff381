/**
 * Scalars: `DateTime` (an instant, ISO 8601 in UTC), `Date` (a calendar date, YYYY-MM-DD, in
 * the authority's calendar; never converted through a time zone) and `Fen` (an amount of money
 * in fen, 1/100 yuan, an integer up to 2^53).
 */
import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, SafeIntResolver } from 'graphql-scalars';
import { errors } from './errors.js';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value))
    throw errors.badInput(`日期格式应为 YYYY-MM-DD / a date must be written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: '日历日期 YYYY-MM-DD（登记管理机关所在时区） / a calendar date, YYYY-MM-DD, in the authority\'s calendar',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : parseDate(v)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: '时间点（ISO 8601，UTC） / an instant, ISO 8601 in UTC',
});

export const FenScalar = new GraphQLScalarType({
  ...SafeIntResolver.toConfig(),
  name: 'Fen',
  description: '金额，单位：分（1 元 = 100 分），整数 / an amount of money in fen (1 yuan = 100 fen), an integer',
});
