import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A partner app's API key: shown once at creation, stored only as a SHA-256 hash, scoped to
 * a region subtree and to event types.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  secretHash!: string;

  @Property({ type: 'text' })
  regionCode!: string;

  /** Event types it may receive; empty = every type. */
  @Property({ type: 'text[]' })
  eventTypes: string[] = [];

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version!: number;
}
