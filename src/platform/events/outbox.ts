/**
 * Emitting domain events into the outbox, inside the caller's transaction. The relay
 * (relay.ts) delivers them after commit; nothing is lost if the process dies in between.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../graphql/relay.js';
import { RegistryEvent } from './event.entity.js';

/** The channel a committing transaction notifies so relays stamp and deliver at once. */
export const PENDING_CHANNEL = 'civic_events_pending';
/** The channel a relay notifies after stamping positions. */
export const STAMPED_CHANNEL = 'civic_events_stamped';

export interface DomainEvent {
  /** Past tense: `OrganisationRegistered`, `FilingOverdue` … */
  type: string;
  entityType: string;
  entityId: string;
  regionCode?: string | null;
  organisationId?: string | null;
  committeeId?: string | null;
  /** Plain ids and scalars only; never personal data. */
  payload: Record<string, unknown>;
}

/** Adds an event row to the unit of work of `em`. */
export function addEvent(em: EntityManager, ev: DomainEvent, at: Date, actorSub?: string, requestId?: string): RegistryEvent {
  const row = em.create(RegistryEvent, {
    id: uuidv7(),
    type: ev.type,
    occurredAt: at,
    entityType: ev.entityType,
    entityId: ev.entityId,
    regionCode: ev.regionCode ?? null,
    organisationId: ev.organisationId ?? null,
    committeeId: ev.committeeId ?? null,
    payload: ev.payload,
    actorSub: actorSub ?? null,
    requestId: requestId ?? null,
  });
  em.persist(row);
  return row;
}

/** Queues the wake-up notification; PostgreSQL delivers it only when the transaction commits. */
export async function notifyPending(em: EntityManager): Promise<void> {
  await em.getConnection().execute(`select pg_notify('${PENDING_CHANNEL}', '')`, [], 'get', em.getTransactionContext());
}
