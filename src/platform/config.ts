/**
 * Configuration from the environment, read once at start-up and validated, so a typo in a
 * variable fails the start with a clear message instead of misbehaving later.
 * Every variable is listed in README.md.
 */
import path from 'node:path';

export interface Config {
  /** development | test | production: production refuses the development secrets. */
  env: 'development' | 'test' | 'production';
  /** HTTP (and WebSocket) port. */
  port: number;
  /** An external PostgreSQL; when absent an embedded PostgreSQL is started. */
  databaseUrl?: string;
  /** Where the embedded PostgreSQL keeps its data (git-ignored). */
  embeddedDataDir: string;
  /** HS256 secret for bearer tokens (development default when not production). */
  jwtSecret?: string;
  /** JWKS URL or file of the identity provider (RS256/ES256 tokens). */
  jwksUrl?: string;
  jwksFile?: string;
  /** Expected `iss` / `aud` claims, when set. */
  jwtIssuer?: string;
  jwtAudience?: string;
  /** 32-byte key (hex or base64) encrypting personal data at rest. */
  piiKey: string;
  logLevel: string;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** Time zone of calendar deadlines unless an authority sets its own. */
  defaultTimeZone: string;
  /** Load demo data into an empty database at start. */
  seedDemo: boolean;
  /** Sweeper interval (deadlines, expiries), 0 = off. */
  sweepIntervalMs: number;
  /** Webhook targets in private/loopback ranges are refused unless this lists them. */
  webhookAllowPrivate: boolean;
  /** Open subscriptions allowed on one WebSocket connection. */
  maxSubscriptionsPerConnection: number;
  /** Open subscriptions allowed for one API key or user, across connections. */
  maxSubscriptionsPerKey: number;
  /** Events buffered for a slow subscriber before it is told to resume from its cursor. */
  subscriberBuffer: number;
  /** How often each instance looks for due webhook deliveries. */
  webhookPollMs: number;
  /** First retry delay of a failed webhook delivery (doubles each attempt, at most 1 h). */
  webhookRetryBaseMs: number;
  /** Consecutive failed deliveries that disable a webhook. */
  webhookMaxFailures: number;
}

const DEV_JWT_SECRET = 'civic-registry-development-secret-do-not-use-in-production';
const DEV_PII_KEY = '6369766963207265676973747279206465762070696920656e6372797074696f'; // dev only

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

function bool(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

/** Reads and validates the configuration from `process.env` (overrides win, for tests). */
export function loadConfig(overrides: Partial<Config> = {}): Config {
  const env = (process.env.NODE_ENV ?? 'development') as Config['env'];
  if (!['development', 'test', 'production'].includes(env)) throw new Error(`NODE_ENV must be development, test or production`);
  const cfg: Config = {
    env,
    port: int('PORT', 4000),
    databaseUrl: process.env.DATABASE_URL || undefined,
    embeddedDataDir: path.resolve(process.env.EMBEDDED_PG_DIR ?? '.data/postgres'),
    jwtSecret: process.env.JWT_SECRET || (env === 'production' ? undefined : DEV_JWT_SECRET),
    jwksUrl: process.env.JWKS_URL || undefined,
    jwksFile: process.env.JWKS_FILE || undefined,
    jwtIssuer: process.env.JWT_ISSUER || undefined,
    jwtAudience: process.env.JWT_AUDIENCE || undefined,
    piiKey: process.env.PII_KEY || (env === 'production' ? '' : DEV_PII_KEY),
    logLevel: process.env.LOG_LEVEL ?? (env === 'test' ? 'silent' : 'info'),
    maxQueryDepth: int('MAX_QUERY_DEPTH', 12),
    maxQueryCost: int('MAX_QUERY_COST', 20_000),
    defaultTimeZone: process.env.DEFAULT_TIME_ZONE ?? 'Asia/Shanghai',
    seedDemo: bool('SEED_DEMO', true),
    sweepIntervalMs: int('SWEEP_INTERVAL_MS', 60_000),
    webhookAllowPrivate: bool('WEBHOOK_ALLOW_PRIVATE', false),
    maxSubscriptionsPerConnection: int('MAX_SUBSCRIPTIONS_PER_CONNECTION', 100),
    maxSubscriptionsPerKey: int('MAX_SUBSCRIPTIONS_PER_KEY', 1000),
    subscriberBuffer: int('SUBSCRIBER_BUFFER', 1000),
    webhookPollMs: int('WEBHOOK_POLL_MS', 1000),
    webhookRetryBaseMs: int('WEBHOOK_RETRY_BASE_MS', 1000),
    webhookMaxFailures: int('WEBHOOK_MAX_FAILURES', 10),
    ...overrides,
  };
  if (env === 'production') {
    if (!cfg.jwtSecret && !cfg.jwksUrl && !cfg.jwksFile) throw new Error('production needs JWT_SECRET, JWKS_URL or JWKS_FILE');
    if (!cfg.piiKey) throw new Error('production needs PII_KEY (32 bytes, hex or base64)');
  }
  return cfg;
}

/** True when the development secrets are in use (the start banner warns about it). */
export function usesDevelopmentSecrets(cfg: Config): boolean {
  return cfg.jwtSecret === DEV_JWT_SECRET || cfg.piiKey === DEV_PII_KEY;
}
