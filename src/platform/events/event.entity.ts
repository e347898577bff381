import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The transactional outbox: a domain event is a row written in the same transaction as the
 * change it reports. `seq` is drawn at insert; `position` is stamped by the relay after
 * commit, in commit order, under an advisory lock, so a reader resuming after position P
 * never misses an event that committed later with a lower `seq` (see events/relay.ts).
 */
@Entity({ tableName: 'registry_event' })
@Index({ properties: ['regionCode', 'position'] })
@Index({
  name: 'registry_event_unstamped_seq_index',
  expression: 'create index "registry_event_unstamped_seq_index" on "registry_event" ("seq") where "position" is null',
})
@Index({ properties: ['organisationId', 'position'] })
export class RegistryEvent {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /**
   * Insertion order (not the delivery order: transactions commit out of order). Only the
   * unstamped rows are ever ordered by it (registry_event_unstamped_seq_index), so it has no
   * index of its own: one index fewer on every event written.
   */
  @Property({ type: 'bigint', autoincrement: true, columnType: 'bigserial' })
  seq?: string;

  /**
   * Delivery order, stamped after commit; null until the relay stamps it. A writer holding
   * the stamp lock until it commits may stamp its own rows at insert (the deadline sweeper).
   */
  @Property({ type: 'bigint', nullable: true, unique: true })
  position?: string | null;

  /** Past-tense type, e.g. `OrganisationRegistered`. */
  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'text' })
  entityType!: string;

  @Property({ type: 'text' })
  entityId!: string;

  /** The region of the affected record (for subtree scoping). */
  @Property({ type: 'text', nullable: true })
  regionCode?: string | null;

  @Property({ type: 'uuid', nullable: true })
  organisationId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  committeeId?: string | null;

  /** Facts a client needs (plain ids and scalars; never personal data). */
  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Property({ type: 'text', nullable: true })
  actorSub?: string | null;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;
}
