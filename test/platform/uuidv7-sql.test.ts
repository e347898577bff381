/**
 * uuidv7Sql: the ids set-based inserts make in SQL (deadline sweeps, cycle opening) are RFC 9562
 * version 7 UUIDs carrying the instant and the statement's row counter, on the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { uuidv7Sql } from '../../src/platform/db/uuidv7-sql.js';
import { freshDatabase } from '../support/harness.js';

let client: pg.Client;
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await freshDatabase();
  drop = db.drop;
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  await drop();
});

describe('uuidv7Sql', () => {
  it('makes version 7, variant 10 ids whose first 48 bits are the instant in milliseconds', async () => {
    const at = '2026-12-04T02:28:43.123Z';
    const { rows } = await client.query<{ id: string }>(`select ${uuidv7Sql('$1::timestamptz', 'n')}::text as id from generate_series(1, 3) n`, [at]);
    for (const { id } of rows) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse(at));
    }
  });

  it('puts the 24-bit counter after the instant, so ids of one statement sort in counter order and are distinct', async () => {
    const counters = [1, 2, 4095, 4096, 4097, 1_000_000, 16_777_215];
    const { rows } = await client.query<{ n: number; id: string; hi: string; lo: string }>(
      `select n, id::text as id, substr(replace(id::text, '-', ''), 14, 3) as hi, substr(replace(id::text, '-', ''), 17, 4) as lo
         from (select n, ${uuidv7Sql(`'2026-12-04T02:28:43Z'::timestamptz`, 'n')} as id from unnest($1::bigint[]) n) s order by id`,
      [counters],
    );
    expect(rows.map((r) => Number(r.n))).toEqual(counters);
    for (const r of rows) {
      // rand_a holds the counter's high 12 bits; the next 16 bits are variant 10, its low 12 bits, 2 random bits
      expect(parseInt(r.hi, 16)).toBe(Math.floor(Number(r.n) / 4096));
      expect((parseInt(r.lo, 16) >> 2) & 4095).toBe(Number(r.n) % 4096);
    }
    const many = await client.query<{ k: string }>(`select count(distinct ${uuidv7Sql('now()', 'n')}) as k from generate_series(1, 100000) n`);
    expect(Number(many.rows[0]!.k)).toBe(100_000);
  });
});
