/**
 * Writing audit records. Called only through a UnitOfWork, so the record commits (or rolls
 * back) with the change it describes.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../graphql/relay.js';
import { AuditRecord } from './audit.entity.js';

/** Fields whose values never reach the audit trail (personal data, secrets). */
const REDACTED = new Set(['idNumber', 'idNumberCipher', 'idNumberHash', 'phone', 'phoneCipher', 'phoneHash', 'address', 'addressCipher', 'secretHash']);

export interface Actor {
  sub: string;
  role: string;
  name?: string;
}

export interface AuditEntry {
  operation: string;
  entityType: string;
  entityId: string;
  regionCode?: string | null;
  organisationId?: string | null;
  committeeId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The changed fields between two plain snapshots, personal data redacted. */
export function diffFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined) {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    const b = before?.[k] ?? null;
    const a = after?.[k] ?? null;
    if (same(a, b)) continue;
    out[k] = REDACTED.has(k) ? { before: b === null ? null : '[redacted]', after: a === null ? null : '[redacted]' } : { before: b, after: a };
  }
  return out;
}

/** Adds an audit record to the unit of work of `em`. */
export function recordAudit(em: EntityManager, actor: Actor, requestId: string | undefined, at: Date, entry: AuditEntry): AuditRecord {
  const rec = em.create(AuditRecord, {
    id: uuidv7(),
    at,
    actorSub: actor.sub,
    actorRole: actor.role,
    actorName: actor.name ?? null,
    operation: entry.operation,
    entityType: entry.entityType,
    entityId: entry.entityId,
    regionCode: entry.regionCode ?? null,
    organisationId: entry.organisationId ?? null,
    committeeId: entry.committeeId ?? null,
    changes: diffFields(entry.before, entry.after),
    requestId: requestId ?? null,
  });
  em.persist(rec);
  return rec;
}
