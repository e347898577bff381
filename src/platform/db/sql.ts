/**
 * The read path: a plain `pg` pool with server-side parameters ($1, $2 …) returning plain
 * rows. Hot reads (pages, loaders, search) use it instead of hydrating ORM entities and
 * their identity map (PERFORMANCE.md); writes go through MikroORM's unit of work.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';

export interface QueryOptions {
  /**
   * Keep the statement prepared on each pooled connection, so PostgreSQL parses and plans it
   * once instead of per call (planning is most of a small loader statement's cost). Only for
   * the constant texts of hot loaders: every distinct text stays prepared on every connection.
   */
  prepare?: boolean;
}

export interface Sql {
  /** Runs a parameterised statement and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[], opts?: QueryOptions): Promise<T[]>;
}

/** Prepared statement names by text (opted-in texts are constants, so this stays small). */
const statementNames = new Map<string, string>();
const statementName = (text: string) => {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `q_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`));
  return name;
};

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
  // JIT compiles broad reads (a name search over much of the register) for 150–350 ms and
  // saves less than it costs on these short statements (EXPLAIN ANALYZE, 1,000,000 organisations).
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, options: '-c jit=off' });
  pool.on('error', () => undefined); // a dropped idle client is replaced on next use
  return {
    pool,
    async query<T>(text: string, params: unknown[] = [], opts?: QueryOptions) {
      const res = await pool.query(opts?.prepare ? { name: statementName(text), text, values: params } : { text, values: params });
      return res.rows as T[];
    },
    end: () => pool.end(),
  };
}
