/**
 * Partner API keys: `crk_<id>_<secret>`. Only SHA-256(secret) is stored; the key is shown once.
 * Verification reads through the SQL pool (no ORM on the hot path) and records the last use
 * at most once a minute per key.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../db/sql.js';
import { errors } from '../graphql/errors.js';
import { Role, type Viewer } from './viewer.js';

const KEY_RE = /^crk_([0-9a-f-]{36})_([A-Za-z0-9_-]{32,})$/;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A new secret and the full key string to show once. */
export function newApiKeySecret(id: string): { key: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { key: `crk_${id}_${secret}`, secretHash: hashSecret(secret) };
}

interface KeyRow {
  id: string;
  name: string;
  secret_hash: string;
  region_code: string;
  event_types: string[];
  revoked_at: Date | null;
}

export type ApiKeyVerifier = (key: string) => Promise<Viewer>;

/** Builds the verifier; `touch` throttles last-used updates. */
export function createApiKeyVerifier(db: Sql, now: () => Date): ApiKeyVerifier {
  const lastTouched = new Map<string, number>();
  return async (key) => {
    const m = KEY_RE.exec(key.trim());
    if (!m) throw errors.unauthenticated('API 密钥格式无效 / the API key is malformed');
    const [, id, secret] = m;
    const rows = await db.query<KeyRow>('select id, name, secret_hash, region_code, event_types, revoked_at from api_key where id = $1', [id]);
    const row = rows[0];
    const given = Buffer.from(hashSecret(secret!), 'hex');
    if (!row || !timingSafeEqual(given, Buffer.from(row.secret_hash, 'hex'))) throw errors.unauthenticated('API 密钥无效 / the API key is not valid');
    if (row.revoked_at) throw errors.unauthenticated('API 密钥已被吊销 / the API key has been revoked');
    const t = now().getTime();
    if ((lastTouched.get(row.id) ?? 0) < t - 60_000) {
      lastTouched.set(row.id, t);
      void db.query('update api_key set last_used_at = $2 where id = $1', [row.id, now()]).catch(() => undefined);
    }
    return { role: Role.PARTNER, sub: `apikey:${row.id}`, name: row.name, regionCode: row.region_code, eventTypes: row.event_types, apiKeyId: row.id };
  };
}

/** True when the key is still valid (subscriptions re-check to cut revoked keys off). */
export async function apiKeyStillValid(db: Sql, apiKeyId: string): Promise<boolean> {
  const rows = await db.query<{ revoked_at: Date | null }>('select revoked_at from api_key where id = $1', [apiKeyId]);
  return !!rows[0] && !rows[0].revoked_at;
}
