/** Event cursors: opaque, stable, the same for the subscription and the `events` query. */
import { errors } from '../graphql/errors.js';

export function encodeEventCursor(position: number): string {
  return Buffer.from(`evt:${position}`, 'utf8').toString('base64url');
}

export function decodeEventCursor(cursor: string): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^evt:(\d+)$/.exec(raw);
  if (!m) throw errors.badInput('事件游标无效 / invalid event cursor', 'after');
  return Number(m[1]);
}
