/**
 * Which PostgreSQL the registry talks to: DATABASE_URL when set, otherwise the embedded one.
 * Databases are created with a UTF-8 ctype (C.UTF-8) so pg_trgm indexes Chinese characters.
 */
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbedded, type EmbeddedDatabase } from './embedded.js';

export interface DatabaseHandle {
  /** URL of the registry's own database. */
  url: string;
  /** The embedded server, when we started one. */
  embedded?: EmbeddedDatabase;
}

/** Replaces the database name of a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates `name` on the server of `adminUrl` when missing (UTF-8, C.UTF-8 ctype), optionally from a template. */
export async function ensureDatabase(adminUrl: string, name: string, template = 'template0'): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return false;
    const locale = template === 'template0' ? ` ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'` : '';
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}${locale}`);
    return true;
  } finally {
    await client.end();
  }
}

/** Drops a database, disconnecting its sessions first. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * Opens the registry's database: the configured one, or the embedded server's
 * `civic_registry` database (created on first start).
 */
export async function openDatabase(cfg: Config, log: Logger): Promise<DatabaseHandle> {
  if (cfg.databaseUrl) return { url: cfg.databaseUrl };
  const embedded = await startEmbedded(cfg.embeddedDataDir, log);
  await ensureDatabase(embedded.adminUrl, 'civic_registry');
  return { url: withDatabase(embedded.adminUrl, 'civic_registry'), embedded };
}
