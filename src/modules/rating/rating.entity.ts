import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/** An evaluation round (评估工作) of one year in one region (R-RATE-2 … R-RATE-4). */
@Entity({ tableName: 'rating_round' })
@Unique({ properties: ['year', 'regionCode'] })
export class RatingRound {
  @PrimaryKey({ type: 'uuid' })
  id!: string;
  @Property({ type: 'integer' })
  year!: number;
  @Property({ type: 'text' })
  regionCode!: string;
  /** OPEN | CLOSED. */
  @Property({ type: 'text' })
  status!: string;
  @Property({ type: 'date' })
  openedOn!: string;
  @Property({ type: 'timestamptz' })
  createdAt!: Date;
  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * One organisation's evaluation in a round, from application to expiry (R-RATE-1 … R-RATE-7).
 * Status: APPLIED → SCORED → PUBLICISED → (REVIEW_REQUESTED → REVIEWED) → GRANTED | REFUSED;
 * a granted grade then becomes CHANGED (downgraded), CANCELLED or EXPIRED.
 */
@Entity({ tableName: 'rating' })
@Unique({ properties: ['roundId', 'organisationId'] })
@Index({ properties: ['organisationId', 'announcedOn'] })
@Index({ properties: ['regionCode', 'grade'] })
@Index({ properties: ['validUntil'] })
export class Rating {
  @PrimaryKey({ type: 'uuid' })
  id!: string;
  @Property({ type: 'uuid' })
  organisationId!: string;
  @Property({ type: 'uuid' })
  roundId!: string;
  @Property({ type: 'text' })
  regionCode!: string;
  @Property({ type: 'uuid', nullable: true })
  supervisoryUnitId?: string | null;
  @Property({ type: 'text' })
  status!: string;
  /** BEFORE_2026_03_01 | FROM_2026_03_01, by the application date. */
  @Property({ type: 'text' })
  regime!: string;
  @Property({ type: 'date' })
  appliedOn!: string;
  /** Scores per indicator group (basicConditions, internalGovernance, workPerformance, socialEvaluation). */
  @Property({ type: 'jsonb', nullable: true })
  scores?: Record<string, number> | null;
  @Property({ type: 'double', nullable: true })
  bonus?: number | null;
  @Property({ type: 'double', nullable: true })
  total?: number | null;
  @Property({ type: 'boolean', nullable: true })
  withheldFiveA?: boolean | null;
  @Property({ type: 'text', nullable: true })
  proposedGrade?: string | null;
  /** The grade held (after the grant; lowered or cleared by a change). */
  @Property({ type: 'text', nullable: true })
  grade?: string | null;
  @Property({ type: 'text', nullable: true })
  previousGrade?: string | null;
  @Property({ type: 'date', nullable: true })
  publicityStart?: string | null;
  @Property({ type: 'integer', nullable: true })
  publicityDays?: number | null;
  @Property({ type: 'date', nullable: true })
  publicityEnd?: string | null;
  @Property({ type: 'date', nullable: true })
  reviewRequestedOn?: string | null;
  @Property({ type: 'text', nullable: true })
  reviewReason?: string | null;
  @Property({ type: 'date', nullable: true })
  reviewDecisionDue?: string | null;
  @Property({ type: 'date', nullable: true })
  reviewDecidedOn?: string | null;
  @Property({ type: 'text', nullable: true })
  reviewOutcome?: string | null;
  @Property({ type: 'date', nullable: true })
  announcedOn?: string | null;
  /** Held from (the announcement). */
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;
  /** The day the validity years are counted from (1 January after the announcement from 2026-03-01). */
  @Property({ type: 'date', nullable: true })
  countedFrom?: string | null;
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;
  @Property({ type: 'text', nullable: true, unique: true })
  certificateNumber?: string | null;
  @Property({ type: 'date', nullable: true })
  changedOn?: string | null;
  @Property({ type: 'text', nullable: true })
  changeCause?: string | null;
  @Property({ type: 'text', nullable: true })
  changeReason?: string | null;
  @Property({ type: 'date', nullable: true })
  certificateReturnDue?: string | null;
  @Property({ type: 'timestamptz' })
  createdAt!: Date;
  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * Something that happened to a rating exactly once (R-RATE-6, R-RATE-7): an automatic
 * downgrade cause (`FILING_FAILED:<filing>`, `TWO_BASIC_PASSES:<filing>`, `PENALTY:<penalty>`)
 * or an expiry threshold (`EXPIRING_IN_180` … `EXPIRED`). The unique key is the claim.
 */
@Entity({ tableName: 'rating_mark' })
@Unique({ properties: ['ratingId', 'key'] })
export class RatingMark {
  @PrimaryKey({ type: 'bigint', autoincrement: true, columnType: 'bigserial' })
  id?: string;
  @Property({ type: 'uuid' })
  ratingId!: string;
  @Property({ type: 'text' })
  key!: string;
  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
