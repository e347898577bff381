import { randomUUID } from 'node:crypto';

/**
 * A time-ordered UUID (v7), like graphql/relay.ts's `uuidv7`, for bulk jobs that make
 * hundreds of thousands of ids: the random part comes from `randomUUID`, which draws on a
 * cached entropy pool instead of asking the system for 16 bytes per id.
 */
export function bulkUuidv7(now = Date.now()): string {
  const ms = now.toString(16).padStart(12, '0');
  const r = randomUUID(); // xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx, N in 8–b
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${r.slice(15, 18)}-${r.slice(19)}`;
}
