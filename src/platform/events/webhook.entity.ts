import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/**
 * A partner's webhook: committed events its API key may see (and its filter selects) are
 * POSTed to `url`, signed with HMAC-SHA256, at least once, with exponential backoff.
 * Disabled automatically after repeated failures; re-enabled by mutation.
 */
@Entity({ tableName: 'webhook' })
export class Webhook {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  apiKeyId!: string;

  /** Region subtree of the key (denormalised for jurisdiction checks). */
  @Property({ type: 'text' })
  regionCode!: string;

  @Property({ type: 'text' })
  url!: string;

  /** `{ types?, regionCode?, organisationId? }` narrowing what the key may see. */
  @Property({ type: 'jsonb' })
  filter!: Record<string, unknown>;

  /** Signing secret, encrypted at rest (shown once at creation). */
  @Property({ type: 'text' })
  secretCipher!: string;

  @Property({ type: 'boolean' })
  enabled!: boolean;

  @Property({ type: 'integer', default: 0 })
  consecutiveFailures: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  disabledReason?: string | null;

  /** Events before this position are not sent (the webhook starts at its creation). */
  @Property({ type: 'bigint' })
  startPosition!: string;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}

/** One event for one webhook: its attempts and outcome (the delivery log). */
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['webhookId', 'eventId'] })
@Index({ name: 'webhook_delivery_due_index', expression: 'create index "webhook_delivery_due_index" on "webhook_delivery" ("next_attempt_at") where "status" = \'PENDING\'' })
@Index({ properties: ['webhookId', 'createdAt'] })
export class WebhookDelivery {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  webhookId!: string;

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'bigint' })
  position!: string;

  /** PENDING | DELIVERED | FAILED (gave up: webhook disabled). */
  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
