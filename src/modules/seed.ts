import type { Sql } from '../platform/db/sql.js';
import type { Logger } from '../platform/logger.js';

/** Loads one module's demo data; must be idempotent (upserts), since it may run again. */
export type Seeder = (db: Sql, log: Logger) => Promise<void>;
