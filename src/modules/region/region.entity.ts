import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An administrative division (R-REGION-1): province → city → county/district →
 * township/street → community/village. The code is the key; a child's code starts with its
 * parent's significant prefix, which is what subtree filters use.
 */
@Entity({ tableName: 'region' })
@Index({ properties: ['parentCode'] })
@Index({ properties: ['level', 'code'] })
export class Region {
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  level!: string;

  @Property({ type: 'text', nullable: true })
  parentCode?: string | null;

  /** Resident population (常住人口), for per-10,000 indicators. */
  @Property({ type: 'integer', nullable: true })
  population?: number | null;

  /** Urban resident population, where known (community-worker indicators). */
  @Property({ type: 'integer', nullable: true })
  urbanPopulation?: number | null;

  /** True for made-up demo codes below the district level (the seed says so). */
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;

  /** The authority's time zone for calendar deadlines; null = the configured default. */
  @Property({ type: 'text', nullable: true })
  timeZone?: string | null;
}
