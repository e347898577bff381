import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A social organisation (社会组织) as its registration authority keeps it (R-ORG-1 … R-ORG-9).
 * Never deleted: an ended organisation stays readable with its history, and its unified
 * social credit code is never reused (unique across all statuses).
 */
@Entity({ tableName: 'organisation' })
@Index({ properties: ['regionCode', 'name', 'id'] })
@Index({ properties: ['regionCode', 'registrationDate', 'id'] })
@Index({ properties: ['supervisoryUnitId'] })
@Index({ properties: ['legalRepresentativeId'] })
@Index({ properties: ['domicileRegionCode'] })
@Index({ name: 'organisation_name_grams_index', expression: 'create index "organisation_name_grams_index" on "organisation" using gin ("name_grams")' })
@Index({ name: 'organisation_search_text_trgm_index', expression: 'create index "organisation_search_text_trgm_index" on "organisation" using gin ("search_text" gin_trgm_ops)' })
@Index({ name: 'organisation_fields_index', expression: 'create index "organisation_fields_index" on "organisation" using gin ("fields")' })
export class Organisation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** SOCIAL_GROUP | SERVICE_INSTITUTION | FOUNDATION (R-ORG-1). */
  @Property({ type: 'text' })
  type!: string;

  /** Foundations: PUBLIC (公募) or NON_PUBLIC (非公募). */
  @Property({ type: 'text', nullable: true })
  fundraising?: string | null;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text[]' })
  formerNames: string[] = [];

  @Property({ type: 'text', nullable: true })
  englishName?: string | null;

  /** 统一社会信用代码; null while preparing. Unique for ever (never reused). */
  @Property({ type: 'text', nullable: true, unique: true })
  uscc?: string | null;

  /** PREPARING | PREPARATION_LAPSED | REGISTERED | SUSPENDED | DEREGISTERED | REVOKED (R-ORG-6). */
  @Property({ type: 'text' })
  status!: string;

  /** The registration authority's region (登记管理机关). */
  @Property({ type: 'text' })
  regionCode!: string;

  /** Level of the area of activity (活动地域). */
  @Property({ type: 'text' })
  activityAreaLevel!: string;

  @Property({ type: 'text' })
  domicile!: string;

  /** The township/community the domicile lies in (for statistics by child region). */
  @Property({ type: 'text' })
  domicileRegionCode!: string;

  /** Source of domicile: OWNED | LEASED | FREE_USE (R-ORG-9). */
  @Property({ type: 'text', nullable: true })
  domicileSource?: string | null;

  @Property({ type: 'uuid' })
  legalRepresentativeId!: string;

  @Property({ type: 'text' })
  businessScope!: string;

  @Property({ type: 'uuid', nullable: true })
  supervisoryUnitId?: string | null;

  /** Approval document of the supervisory unit (业务主管单位批准文号). */
  @Property({ type: 'text', nullable: true })
  supervisoryApproval?: string | null;

  /** Registered directly (直接登记, R-ORG-3). */
  @Property({ type: 'boolean' })
  directRegistration!: boolean;

  @Property({ type: 'text[]' })
  fields: string[] = [];

  /** Activity funds / start-up funds / original fund in fen (R-ORG-4). */
  @Property({ type: new BigIntType('number') })
  registeredFundsFen!: number;

  @Property({ type: 'integer', nullable: true })
  individualMembers?: number | null;

  @Property({ type: 'integer', nullable: true })
  unitMembers?: number | null;

  @Property({ type: 'date', nullable: true })
  preparationApprovedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  registrationDueBy?: string | null;

  @Property({ type: 'date', nullable: true })
  registrationDate?: string | null;

  /** Registration certificate (登记证书, R-ORG-9). */
  @Property({ type: 'text', nullable: true })
  certificateNumber?: string | null;

  @Property({ type: 'date', nullable: true })
  certificateValidFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  certificateValidUntil?: string | null;

  @Property({ type: 'boolean', default: false })
  charityRecognised: boolean = false;

  @Property({ type: 'date', nullable: true })
  charityRecognisedOn?: string | null;

  @Property({ type: 'boolean', default: false })
  publicFundraisingQualified: boolean = false;

  @Property({ type: 'boolean', default: false })
  partyOrganisation: boolean = false;

  @Property({ type: 'boolean', default: false })
  partyBuildingInCharter: boolean = false;

  /** Industry association decoupled from its administrative body (脱钩). */
  @Property({ type: 'boolean', default: false })
  decoupled: boolean = false;

  @Property({ type: 'integer', nullable: true })
  fullTimeStaff?: number | null;

  @Property({ type: 'text', nullable: true })
  contactName?: string | null;

  /** Office phone of the organisation (not public: R-ORG-8). */
  @Property({ type: 'text', nullable: true })
  contactPhone?: string | null;

  @Property({ type: 'date', nullable: true })
  suspendedUntil?: string | null;

  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  endReason?: string | null;

  @Property({ type: 'text', nullable: true })
  endDecisionNumber?: string | null;

  @Property({ type: 'date', nullable: true })
  liquidationDate?: string | null;

  /** Every 1- and 2-character substring of the name and former names (indexed search for short queries). */
  @Property({ type: 'text[]' })
  nameGrams: string[] = [];

  /** Name and former names, for trigram substring search of 3+ characters. */
  @Property({ type: 'text' })
  searchText!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * One entry of an organisation's change record (变更记录): registration, each amendment with
 * its decision and date, suspension, resumption, deregistration, revocation.
 */
@Entity({ tableName: 'organisation_change' })
@Index({ properties: ['organisationId', 'effectiveDate'] })
export class OrganisationChange {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organisationId!: string;

  /** PREPARE | REGISTER | AMEND | SUSPEND | RESUME | DEREGISTER | REVOKE | LAPSE | IMPORT. */
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'date' })
  effectiveDate!: string;

  /** The decision or approval number (文号). */
  @Property({ type: 'text', nullable: true })
  decisionNumber?: string | null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** `{ field: { before, after } }` of public facts (legal representative by name). */
  @Property({ type: 'jsonb' })
  changes!: Record<string, { before: unknown; after: unknown }>;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'text' })
  recordedBy!: string;
}
