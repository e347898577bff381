import type { Sql } from '../platform/db/sql.js';
import type { Logger } from '../platform/logger.js';
import type { PiiCipher } from '../platform/crypto/pii.js';

/** What a seeder may need beyond the database: personal data is stored encrypted (R-ORG-8). */
export interface SeedDeps {
  pii: PiiCipher;
  /** The instant the data is written at (createdAt, recordedAt). */
  now: Date;
}

/** Loads one module's demo data; must be idempotent (upserts), since it may run again. */
export type Seeder = (db: Sql, log: Logger, deps: SeedDeps) => Promise<void>;
