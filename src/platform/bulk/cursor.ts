/**
 * Streams the rows of a query through a server-side cursor (DECLARE … FETCH), so a million
 * rows pass through in constant memory: one read-only transaction on one connection,
 * `fetchSize` rows at a time.
 */
import type pg from 'pg';

/** Yields the query's rows in chunks of at most `fetchSize`; the cursor closes when the loop ends. */
export async function* cursorChunks<T>(pool: pg.Pool, text: string, params: unknown[] = [], fetchSize = 5_000): AsyncGenerator<T[]> {
  const client = await pool.connect();
  let open = false;
  try {
    await client.query('begin isolation level repeatable read read only');
    open = true;
    await client.query({ text: `declare export_cursor no scroll cursor for ${text}`, values: params });
    for (;;) {
      const res = await client.query(`fetch forward ${fetchSize} from export_cursor`);
      if (res.rows.length) yield res.rows as T[];
      if (res.rows.length < fetchSize) break;
    }
    await client.query('commit');
    open = false;
  } finally {
    if (open) await client.query('rollback').catch(() => undefined);
    client.release();
  }
}
