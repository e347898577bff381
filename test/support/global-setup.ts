/**
 * Once per test run: a PostgreSQL server (DATABASE_URL's, or an embedded one of the tests'
 * own) and a template database built by running the migrations (never `synchronize`).
 * Every test file clones the template into a database of its own, so files are isolated.
 */
import 'reflect-metadata';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../src/platform/logger.js';
import { dropDatabase, ensureDatabase, withDatabase } from '../../src/platform/db/database.js';
import { startEmbedded, type EmbeddedDatabase } from '../../src/platform/db/embedded.js';
import { migrate, openOrm } from '../../src/platform/db/orm.js';
import { entities } from '../../src/modules/index.js';
import { migrationsList } from '../../migrations/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
  }
}

export default async function setup(project: TestProject) {
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    embedded = await startEmbedded(path.resolve('.data/postgres-test'), log);
    adminUrl = embedded.adminUrl;
  }
  const templateDb = `civic_test_template_${process.pid}`;
  await dropDatabase(adminUrl, templateDb);
  await ensureDatabase(adminUrl, templateDb);
  const orm = await openOrm({ url: withDatabase(adminUrl, templateDb), entities, migrations: migrationsList });
  await migrate(orm);
  await orm.close(true);
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);
  return async () => {
    await dropDatabase(adminUrl, templateDb).catch(() => undefined);
    await embedded?.stop();
  };
}
