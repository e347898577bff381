/**
 * Boots the registry: configuration → database (embedded or DATABASE_URL) → migrations →
 * schema → relay → HTTP + WebSocket server. Used by `npm start`, the tests and the benchmark.
 */
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { loadConfig, type Config } from './platform/config.js';
import { createLogger, type Logger } from './platform/logger.js';
import { openDatabase, type DatabaseHandle } from './platform/db/database.js';
import { migrate, openOrm, type Orm } from './platform/db/orm.js';
import { createSqlPool, type Sql, type SqlPool } from './platform/db/sql.js';
import { buildRegistrySchema } from './platform/graphql/schema.js';
import type { AppServices } from './platform/graphql/context.js';
import { createTokenVerifier } from './platform/auth/jwt.js';
import { createApiKeyVerifier } from './platform/auth/api-keys.js';
import { createAuthenticator } from './platform/auth/authenticate.js';
import { startRelay, type EventRelay } from './platform/events/relay.js';
import { RELAY_SERVICE } from './platform/events/events.resolver.js';
import { SETTINGS_SERVICE, SettingsService } from './platform/settings/settings.service.js';
import { WEBHOOK_SERVICE, WebhookDispatcher } from './platform/events/webhooks.js';
import { PII_SERVICE } from './platform/crypto/pii.js';
import { startServer, type RunningServer } from './platform/http/server.js';
import { systemClock, type Clock } from './platform/time/clock.js';
import { PiiCipher } from './platform/crypto/pii.js';
import { entities, registerNodes, resolvers, seeders, registerServices, startBackground } from './modules/index.js';
import type { SeedDeps } from './modules/seed.js';
import { migrationsList } from '../migrations/index.js';

export interface App {
  config: Config;
  log: Logger;
  url: string;
  port: number;
  databaseUrl: string;
  orm: Orm;
  sql: SqlPool;
  relay: EventRelay;
  server: RunningServer;
  services: AppServices;
  /** Orderly shutdown: stop accepting, drain, close subscriptions, ORM, pools, embedded DB. */
  stop(): Promise<void>;
}

export interface BootOptions {
  config?: Partial<Config>;
  clock?: Clock;
  log?: Logger;
  /** Listen port; defaults to config.port (0 = ephemeral). */
  port?: number;
}

let schemaPromise: Promise<GraphQLSchema> | undefined;

/** The schema (built once per process: type-graphql metadata is global). */
export function registrySchema(): Promise<GraphQLSchema> {
  registerNodes();
  return (schemaPromise ??= buildRegistrySchema(resolvers));
}

/** Is the database empty of demo-relevant data? (Seed only then.) */
async function isEmpty(sql: SqlPool): Promise<boolean> {
  const rows = await sql.query<{ n: number }>('select count(*) as n from region');
  return rows[0]!.n === 0;
}

/** Runs every seeder in one transaction: a failed seed leaves the database empty, so the next start seeds again. */
async function seedDemo(sql: SqlPool, log: Logger, deps: SeedDeps): Promise<void> {
  const client = await sql.pool.connect();
  const tx: Sql = { query: async <T,>(text: string, params: unknown[] = []) => (await client.query({ text, values: params })).rows as T[] };
  try {
    await client.query('begin');
    for (const seed of seeders) await seed(tx, log, deps);
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** Starts everything; on failure, undoes what was started. */
export async function bootApp(opts: BootOptions = {}): Promise<App> {
  const config = loadConfig(opts.config);
  const log = opts.log ?? createLogger(config.logLevel);
  const clock = opts.clock ?? systemClock;
  const cleanup: [string, () => Promise<unknown>][] = [];
  try {
    const db: DatabaseHandle = await openDatabase(config, log);
    if (db.embedded) cleanup.unshift(['embedded PostgreSQL', () => db.embedded!.stop()]);
    const orm = await openOrm({ url: db.url, entities, migrations: migrationsList });
    cleanup.unshift(['ORM', () => orm.close(true)]);
    const applied = await migrate(orm);
    if (applied.length) log.info({ migrations: applied }, 'migrations applied');
    const sql = createSqlPool(db.url, 20);
    cleanup.unshift(['SQL pool', () => sql.end()]);
    if (config.seedDemo && (await isEmpty(sql))) {
      await seedDemo(sql, log, { pii: new PiiCipher(config.piiKey), now: clock.now() });
      log.info('demo data loaded');
    }
    const relay = await startRelay({ url: db.url, pool: sql.pool, db: sql, log });
    cleanup.unshift(['event relay', () => relay.stop()]);
    const registry = new Map<string, unknown>([
      [RELAY_SERVICE, relay],
      [SETTINGS_SERVICE, new SettingsService(sql)],
    ]);
    const services: AppServices = {
      config,
      clock,
      log,
      db: sql,
      get<T>(key: string): T {
        if (!registry.has(key)) throw new Error(`service ${key} is not registered`);
        return registry.get(key) as T;
      },
    };
    registerServices(registry, { config, log, clock, sql });
    const webhooks = new WebhookDispatcher({
      sql, relay, pii: services.get<PiiCipher>(PII_SERVICE), log, allowPrivate: config.webhookAllowPrivate,
      pollMs: config.webhookPollMs, retryBaseMs: config.webhookRetryBaseMs, maxFailures: config.webhookMaxFailures,
    });
    webhooks.start();
    registry.set(WEBHOOK_SERVICE, webhooks);
    cleanup.unshift(['webhook dispatcher', () => webhooks.stop()]);
    const schema = await registrySchema();
    const authenticate = createAuthenticator(createTokenVerifier(config), createApiKeyVerifier(sql, () => clock.now()));
    const server = await startServer({ config, log, schema, orm, app: services, authenticate }, opts.port ?? config.port);
    cleanup.unshift(['HTTP and WebSocket server', () => server.close()]);
    cleanup.unshift(['deadline sweeper', startBackground({ config, log, clock, sql })]);
    const lag = (at: Date) => server.metrics.eventLag.observe(Math.max(0, (Date.now() - at.getTime()) / 1000));
    relay.subscribe((batch) => {
      for (const e of batch) {
        lag(e.occurredAt);
        if (e.type === 'ApiKeyRevoked') server.subscriptions.cutOff((v) => v.apiKeyId === e.entityId, 'API key revoked');
      }
    }, {
      // a revoked key matters only to open connections; passed by unread, the last event's lag is observed
      wants: () => server.subscriptions.connections() > 0,
      passed: (last) => lag(last.occurredAt),
    });
    let stopping: Promise<void> | undefined;
    return {
      config, log, url: server.url, port: server.port, databaseUrl: db.url, orm, sql, relay, server, services,
      stop: () =>
        (stopping ??= (async () => {
          for (const [name, step] of cleanup) {
            log.debug({ step: name }, 'stopping');
            await step().catch((err) => log.warn({ err, step: name }, 'shutdown step failed'));
          }
        })()),
    };
  } catch (e) {
    for (const [, step] of cleanup) await step().catch(() => undefined);
    throw e;
  }
}
