/**
 * The unit of work of a bulk job (imports): one plain SQL transaction per batch in which the
 * batch's rows, their audit records and their outbox events commit together, written with a
 * few set-based statements instead of one ORM entity per row. The same guarantees as
 * `inTransaction` (graphql/context.ts): nothing is audited or announced that did not commit.
 */
import type pg from 'pg';
import type { Sql } from '../db/sql.js';
import { bulkUuidv7 as uuidv7 } from './ids.js';
import { diffFields, type Actor, type AuditEntry } from '../audit/audit.js';
import { PENDING_CHANNEL, type DomainEvent } from '../events/outbox.js';

export interface BulkWork {
  /** Statements inside the batch's transaction. */
  tx: Sql;
  now: Date;
  actor: Actor;
  requestId: string;
  audit(entry: AuditEntry): void;
  emit(event: DomainEvent): void;
  /** Writes the audit records and events added so far (the rest are written before the commit). */
  flush(): Promise<void>;
}

/** Inserts rows (snake_case keys) into `table`, typed by the table's own row type. */
export async function insertJsonRows(tx: Sql, table: string, rows: Record<string, unknown>[], suffix = ''): Promise<Record<string, unknown>[]> {
  if (!rows.length) return [];
  const cols = Object.keys(rows[0]!).join(', ');
  return tx.query(`insert into ${table} (${cols}) select ${cols} from jsonb_populate_recordset(null::${table}, $1::jsonb) ${suffix}`, [JSON.stringify(rows)]);
}

/**
 * Runs `work` in one transaction on its own connection; the audit records and events it adds
 * are inserted in two statements before the commit, and relays are woken once.
 */
export async function inBulkTransaction<T>(pool: pg.Pool, meta: { now: Date; actor: Actor; requestId: string }, work: (w: BulkWork) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const tx: Sql = { query: async <R,>(text: string, params: unknown[] = []) => (await client.query({ text, values: params })).rows as R[] };
  const audits: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const { now, actor, requestId } = meta;
  let announced = false;
  const w: BulkWork = {
    tx, now, actor, requestId,
    audit: (e) => audits.push({
      id: uuidv7(now.getTime()), at: now, actor_sub: actor.sub, actor_role: actor.role, actor_name: actor.name ?? null, operation: e.operation,
      entity_type: e.entityType, entity_id: e.entityId, region_code: e.regionCode ?? null, organisation_id: e.organisationId ?? null,
      committee_id: e.committeeId ?? null, changes: diffFields(e.before, e.after), request_id: requestId,
    }),
    emit: (e) => events.push({
      id: uuidv7(now.getTime()), type: e.type, occurred_at: now, entity_type: e.entityType, entity_id: e.entityId, region_code: e.regionCode ?? null,
      organisation_id: e.organisationId ?? null, committee_id: e.committeeId ?? null, payload: e.payload, actor_sub: actor.sub, request_id: requestId,
    }),
    async flush() {
      await insertJsonRows(tx, 'audit_record', audits.splice(0));
      // seq is left to its sequence: insertion order, stamped with positions after commit by the relay.
      const added = events.splice(0);
      await insertJsonRows(tx, 'registry_event', added);
      announced ||= added.length > 0;
    },
  };
  try {
    await client.query('begin');
    const result = await work(w);
    await w.flush();
    if (announced) await client.query(`select pg_notify('${PENDING_CHANNEL}', '')`);
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
