/**
 * A registry server per test file: its own database cloned from the migrated template, an
 * ephemeral port, a clock the test moves, and typed GraphQL calls through real HTTP.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { bootApp, type App } from '../../src/app.js';
import { dropDatabase, ensureDatabase, withDatabase } from '../../src/platform/db/database.js';
import { mintToken, type TokenClaims } from '../../src/platform/auth/jwt.js';
import { Role } from '../../src/platform/auth/viewer.js';
import { ManualClock } from '../../src/platform/time/clock.js';
import { createLogger } from '../../src/platform/logger.js';

export const TEST_JWT_SECRET = 'test-secret-for-civic-registry-integration-tests';

export interface TestApp {
  app: App;
  clock: ManualClock;
  url: string;
  databaseUrl: string;
  /** Runs a typed operation; `auth` is a bearer token, `{ apiKey }`, or nothing (PUBLIC). */
  gql<R, V>(doc: TypedDocumentNode<R, V>, variables?: V, auth?: string | { apiKey: string }): Promise<ExecutionResult<R>>;
  /** Same, failing the test on GraphQL errors. */
  ok<R, V>(doc: TypedDocumentNode<R, V>, variables?: V, auth?: string | { apiKey: string }): Promise<R>;
  token(claims: Partial<TokenClaims> & { role: Role }, expiresIn?: string | number): Promise<string>;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  seedDemo?: boolean;
  now?: string;
  config?: Parameters<typeof bootApp>[0] extends infer O ? (O extends { config?: infer C } ? C : never) : never;
}

/** Clones the template into a fresh database and returns its URL (dropped by `stop`). */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('adminUrl');
  const name = `civic_test_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(adminUrl, name, inject('templateDb'));
  return { url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}

export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const db = await freshDatabase();
  const clock = new ManualClock(new Date(opts.now ?? '2026-06-01T02:00:00Z'));
  const app = await bootApp({
    config: { env: 'test', databaseUrl: db.url, jwtSecret: TEST_JWT_SECRET, seedDemo: opts.seedDemo ?? true, sweepIntervalMs: 0, ...opts.config },
    clock,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    port: 0,
  });
  const gql: TestApp['gql'] = async (doc, variables, auth) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (typeof auth === 'string') headers.authorization = `Bearer ${auth}`;
    else if (auth) headers['x-api-key'] = auth.apiKey;
    const res = await fetch(app.url, { method: 'POST', headers, body: JSON.stringify({ query: print(doc), variables }) });
    return (await res.json()) as ExecutionResult<never>;
  };
  return {
    app,
    clock,
    url: app.url,
    databaseUrl: db.url,
    gql,
    async ok(doc, variables, auth) {
      const r = await gql(doc, variables, auth);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors, null, 2)}`);
      return r.data!;
    },
    token: (claims, expiresIn = '1h') =>
      mintToken(TEST_JWT_SECRET, { sub: `test-${claims.role.toLowerCase()}`, ...claims } as TokenClaims, expiresIn),
    async stop() {
      await app.stop();
      await db.drop();
    },
  };
}

export { Role };
