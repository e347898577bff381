import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/**
 * One organisation's annual filing (年检 or 年报) for one reporting year (R-INSP-1 … R-INSP-5).
 * The region and supervisory unit are copied from the organisation when the cycle opens, so
 * scoping and deadline sweeps read one table. Status changes only through `filingTransition`.
 */
@Entity({ tableName: 'filing' })
@Unique({ properties: ['organisationId', 'year'] })
@Index({ properties: ['regionCode', 'year', 'id'] })
@Index({ properties: ['supervisoryUnitId', 'year'] })
@Index({
  name: 'filing_open_due_index',
  expression: 'create index "filing_open_due_index" on "filing" ("effective_due_on", "id") where "first_submitted_at" is null',
})
@Index({
  name: 'filing_rectification_open_index',
  expression: 'create index "filing_rectification_open_index" on "filing" ("rectification_due_on") where "rectification_due_on" is not null and "rectification_verified_on" is null',
})
export class Filing {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organisationId!: string;

  /** The reporting year (the filing is made the following year). */
  @Property({ type: 'integer' })
  year!: number;

  /** INSPECTION (年检) | ANNUAL_REPORT (年报), LOCAL by type (R-INSP-1). */
  @Property({ type: 'text' })
  form!: string;

  /** DRAFT | SUBMITTED | SUPERVISOR_APPROVED | RETURNED | CONCLUDED (filing-lifecycle.ts). */
  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'text' })
  regionCode!: string;

  @Property({ type: 'uuid', nullable: true })
  supervisoryUnitId?: string | null;

  /** No supervisory step (直接登记, or no supervisory unit). */
  @Property({ type: 'boolean' })
  directRegistration!: boolean;

  /** Statutory due date to the supervisory unit (R-INSP-2); null when skipped. */
  @Property({ type: 'date', nullable: true })
  supervisorDueOn?: string | null;

  /** Statutory due date to the registration authority (R-INSP-2). */
  @Property({ type: 'date' })
  authorityDueOn!: string;

  /** Extension granted by the authority (moves the effective due date only). */
  @Property({ type: 'date', nullable: true })
  extendedDueOn?: string | null;

  /** The organisation's effective submission due date: its first step's statutory date, or the extension. */
  @Property({ type: 'date' })
  effectiveDueOn!: string;

  /** R-INSP-4: why a rectification report is owed with this filing (empty when none). */
  @Property({ type: 'text[]' })
  rectificationReasons: string[] = [];

  // ---- the report (filled in by the organisation) ----
  @Property({ type: new BigIntType('number'), nullable: true })
  incomeFen?: number | null;
  @Property({ type: new BigIntType('number'), nullable: true })
  expenditureFen?: number | null;
  @Property({ type: new BigIntType('number'), nullable: true })
  netAssetsFen?: number | null;
  @Property({ type: 'boolean', nullable: true })
  audited?: boolean | null;
  @Property({ type: 'text', nullable: true })
  activities?: string | null;
  @Property({ type: 'integer', nullable: true })
  fullTimeStaff?: number | null;
  @Property({ type: 'integer', nullable: true })
  volunteers?: number | null;
  @Property({ type: 'boolean', nullable: true })
  partyOrganisation?: boolean | null;
  @Property({ type: 'text', nullable: true })
  majorChanges?: string | null;
  @Property({ type: 'text', nullable: true })
  rectificationReport?: string | null;
  /** The legal representative's declaration (R-INSP-1). */
  @Property({ type: 'boolean', default: false })
  declarationSigned: boolean = false;

  // ---- the steps ----
  @Property({ type: 'timestamptz', nullable: true })
  firstSubmittedAt?: Date | null;
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;
  /** The first submission was after the effective due date (R-INSP-2). */
  @Property({ type: 'boolean', nullable: true })
  late?: boolean | null;
  /** APPROVED | RETURNED, with reasons. */
  @Property({ type: 'text', nullable: true })
  supervisorDecision?: string | null;
  @Property({ type: 'text', nullable: true })
  supervisorReasons?: string | null;
  @Property({ type: 'timestamptz', nullable: true })
  supervisorReviewedAt?: Date | null;
  @Property({ type: 'text', nullable: true })
  returnReasons?: string | null;
  /** PASS | BASIC_PASS | FAIL (R-INSP-4). */
  @Property({ type: 'text', nullable: true })
  result?: string | null;
  @Property({ type: 'text', nullable: true })
  findings?: string | null;
  @Property({ type: 'date', nullable: true })
  concludedOn?: string | null;

  // ---- rectification opened by a result other than pass (R-INSP-4) ----
  @Property({ type: 'date', nullable: true })
  rectificationDueOn?: string | null;
  @Property({ type: 'date', nullable: true })
  rectificationReportedOn?: string | null;
  @Property({ type: 'text', nullable: true })
  rectificationOutcome?: string | null;
  @Property({ type: 'date', nullable: true })
  rectificationVerifiedOn?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * A deadline threshold already emitted for a filing (R-INSP-5): the unique key makes each
 * (filing, threshold, due date) happen once, whatever number of sweepers race or crash.
 * An extension moves the due date, so reminders for the new date are new rows.
 */
@Entity({ tableName: 'filing_deadline_event' })
export class FilingDeadlineEvent {
  /** The key is the fact itself (no surrogate id: one index fewer on a table a sweep fills by the million). */
  @PrimaryKey({ type: 'uuid' })
  filingId!: string;
  /** DUE_IN_<n> | OVERDUE | RECTIFICATION_DUE | RECTIFICATION_OVERDUE. */
  @PrimaryKey({ type: 'text' })
  threshold!: string;
  @PrimaryKey({ type: 'date' })
  dueOn!: string;
  @Property({ type: 'timestamptz' })
  emittedAt!: Date;
}
