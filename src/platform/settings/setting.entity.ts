import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/**
 * A jurisdiction's value for a LOCAL rule, in force from `effectiveFrom` (a calendar date)
 * until the next value for the same region and key. Rows are never edited: a change is a
 * new row with a later effective date, so the rule in force on any past day stays known.
 */
@Entity({ tableName: 'jurisdiction_setting' })
@Unique({ properties: ['regionCode', 'key', 'effectiveFrom'] })
export class JurisdictionSetting {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  regionCode!: string;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'jsonb' })
  value!: unknown;

  /** The decision or document that set it (文号). */
  @Property({ type: 'text', nullable: true })
  basis?: string | null;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
