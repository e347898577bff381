/**
 * The read path: a plain `pg` pool with server-side parameters ($1, $2 …) returning plain
 * rows. Hot reads (pages, loaders, search) use it instead of hydrating ORM entities and
 * their identity map (PERFORMANCE.md); writes go through MikroORM's unit of work.
 */
import pg from 'pg';

export interface Sql {
  /** Runs a parameterised statement and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface SqlPool extends Sql {
  pool: pg.Pool;
  end(): Promise<void>;
}

// int8 (counts, sums of fen) as numbers: sums stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// date as the calendar string it is, never a Date shifted by a time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/** Opens the read pool. */
export function createSqlPool(url: string, max = 10): SqlPool {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000 });
  pool.on('error', () => undefined); // a dropped idle client is replaced on next use
  return {
    pool,
    async query<T>(text: string, params: unknown[] = []) {
      const res = await pool.query({ text, values: params });
      return res.rows as T[];
    },
    end: () => pool.end(),
  };
}
