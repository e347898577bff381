import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A listing on a credit list (信用办法 2018, R-CREDIT-1 … R-CREDIT-3): the abnormal activities list
 * (活动异常名录) or the serious illegal and dishonest list (严重违法失信名单). At most one active
 * listing per organisation and list (a partial unique index): a new listable act while listed
 * adds its reason and restarts the clock instead of listing twice.
 */
@Entity({ tableName: 'credit_listing' })
@Index({ properties: ['regionCode', 'listedOn'] })
@Index({ properties: ['organisationId', 'listedOn'] })
@Index({
  name: 'credit_listing_active_unique',
  expression: 'create unique index "credit_listing_active_unique" on "credit_listing" ("organisation_id", "list") where "removed_on" is null',
})
export class CreditListing {
  @PrimaryKey({ type: 'uuid' })
  id!: string;
  @Property({ type: 'uuid' })
  organisationId!: string;
  @Property({ type: 'text' })
  regionCode!: string;
  @Property({ type: 'uuid', nullable: true })
  supervisoryUnitId?: string | null;
  /** ABNORMAL | SERIOUS. */
  @Property({ type: 'text' })
  list!: string;
  /** Reason codes (reasons.ts), oldest first. */
  @Property({ type: 'text[]' })
  reasons!: string[];
  @Property({ type: 'text[]' })
  legalBasis!: string[];
  @Property({ type: 'date' })
  listedOn!: string;
  /** Division code of the deciding registration authority. */
  @Property({ type: 'text' })
  decidedBy!: string;
  @Property({ type: 'text', nullable: true })
  decisionNumber?: string | null;
  @Property({ type: 'text', nullable: true })
  evidence?: string | null;
  /** The filing or penalty that caused it, when automatic. */
  @Property({ type: 'uuid', nullable: true })
  sourceFilingId?: string | null;
  @Property({ type: 'uuid', nullable: true })
  sourcePenaltyId?: string | null;
  /** The last listable act while listed (restarts the clock, R-CREDIT-2). */
  @Property({ type: 'date', nullable: true })
  lastActOn?: string | null;
  /** The authority verified the rectification (R-CREDIT-3). */
  @Property({ type: 'date', nullable: true })
  rectificationVerifiedOn?: string | null;
  @Property({ type: 'date', nullable: true })
  removedOn?: string | null;
  @Property({ type: 'text', nullable: true })
  removalReason?: string | null;
  @Property({ type: 'timestamptz' })
  createdAt!: Date;
  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** An administrative penalty decision (行政处罚); one decision may combine sanctions. */
@Entity({ tableName: 'penalty' })
@Index({ properties: ['organisationId', 'decidedOn'] })
@Index({ properties: ['regionCode', 'decidedOn'] })
export class Penalty {
  @PrimaryKey({ type: 'uuid' })
  id!: string;
  @Property({ type: 'uuid' })
  organisationId!: string;
  @Property({ type: 'text' })
  regionCode!: string;
  @Property({ type: 'uuid', nullable: true })
  supervisoryUnitId?: string | null;
  /** WARNING | FINE | SUSPENSION | REVOCATION | CONFISCATION. */
  @Property({ type: 'text[]' })
  kinds!: string[];
  @Property({ type: new BigIntType('number'), default: 0 })
  fineFen: number = 0;
  @Property({ type: new BigIntType('number'), default: 0 })
  confiscatedFen: number = 0;
  @Property({ type: 'text' })
  decisionNumber!: string;
  @Property({ type: 'date' })
  decidedOn!: string;
  @Property({ type: 'text', nullable: true })
  facts?: string | null;
  @Property({ type: 'text' })
  legalBasis!: string;
  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
