/**
 * The database of a command-line tool: DATABASE_URL, or the embedded PostgreSQL of `npm start`
 * (only when no server holds it: then set DATABASE_URL). Migrated first, like the server does.
 */
import 'reflect-metadata';
import { loadConfig, type Config } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { openDatabase } from '../platform/db/database.js';
import { migrate, openOrm } from '../platform/db/orm.js';
import { createSqlPool, type SqlPool } from '../platform/db/sql.js';
import { entities } from '../modules/index.js';
import { migrationsList } from '../../migrations/index.js';

export interface CliDatabase {
  config: Config;
  sql: SqlPool;
  close(): Promise<void>;
}

export async function openCliDatabase(): Promise<CliDatabase> {
  const config = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const db = await openDatabase(config, log);
  try {
    const orm = await openOrm({ url: db.url, entities, migrations: migrationsList, poolMax: 2 });
    try {
      await migrate(orm);
    } finally {
      await orm.close(true);
    }
    const sql = createSqlPool(db.url, 8);
    return {
      config, sql,
      async close() {
        await sql.end();
        await db.embedded?.stop();
      },
    };
  } catch (e) {
    await db.embedded?.stop();
    throw e;
  }
}
