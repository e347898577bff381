import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';

/**
 * One append-only audit record per change (a database trigger refuses UPDATE and DELETE):
 * who, when, which operation, which record, which fields changed (personal data redacted)
 * and the request it came from.
 */
@Entity({ tableName: 'audit_record' })
@Trigger({
  name: 'audit_record_no_update',
  timing: 'before',
  events: ['update', 'delete'],
  body: "raise exception 'audit records are append-only (审计记录只增不改)';",
})
@Index({ properties: ['entityId', 'at'] })
@Index({ properties: ['organisationId', 'at'] })
// partial: most records (every organisation-side change, the sweeper's listings) have no committee
@Index({
  name: 'audit_record_committee_at_index',
  expression: 'create index "audit_record_committee_at_index" on "audit_record" ("committee_id", "at") where "committee_id" is not null',
})
export class AuditRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'text' })
  actorSub!: string;

  @Property({ type: 'text' })
  actorRole!: string;

  @Property({ type: 'text', nullable: true })
  actorName?: string | null;

  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: 'text' })
  entityType!: string;

  @Property({ type: 'text' })
  entityId!: string;

  @Property({ type: 'text', nullable: true })
  regionCode?: string | null;

  @Property({ type: 'uuid', nullable: true })
  organisationId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  committeeId?: string | null;

  /** `{ field: { before, after } }`, personal data replaced by "[redacted]". */
  @Property({ type: 'jsonb' })
  changes!: Record<string, { before: unknown; after: unknown }>;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;
}
