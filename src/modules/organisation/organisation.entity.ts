import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Trigger, Unique } from '@mikro-orm/decorators/legacy';

/**
 * A social organisation (社会组织) as its registration authority keeps it (R-ORG-1 … R-ORG-9).
 * Never deleted: an ended organisation stays readable with its history, and its unified
 * social credit code is never reused (unique across all statuses).
 */
@Entity({ tableName: 'organisation' })
@Index({ properties: ['regionCode', 'name', 'id'] })
@Index({ properties: ['regionCode', 'registrationDate', 'id'] })
// Every order the register offers is an index walk, in a district and over the whole register
// (PERFORMANCE.md): NAME, REGISTRATION_DATE_DESC and CODE use the sort keys of organisation.query.ts.
@Index({ name: 'organisation_name_id_index', expression: 'create index "organisation_name_id_index" on "organisation" ("name", "id")' })
@Index({ name: 'organisation_registration_order_index', expression: `create index "organisation_registration_order_index" on "organisation" (coalesce("registration_date", '0001-01-01'::date), "id")` })
@Index({ name: 'organisation_region_registration_order_index', expression: `create index "organisation_region_registration_order_index" on "organisation" ("region_code", coalesce("registration_date", '0001-01-01'::date), "id")` })
@Index({ name: 'organisation_code_order_index', expression: `create index "organisation_code_order_index" on "organisation" (coalesce("uscc", ''), "id")` })
@Index({ name: 'organisation_region_code_order_index', expression: `create index "organisation_region_code_order_index" on "organisation" ("region_code", coalesce("uscc", ''), "id")` })
@Index({ properties: ['supervisoryUnitId'] })
@Index({ properties: ['legalRepresentativeId'] })
@Index({ properties: ['domicileRegionCode'] })
@Index({ name: 'organisation_name_grams_index', expression: 'create index "organisation_name_grams_index" on "organisation" using gin ("name_grams")' })
@Index({ name: 'organisation_search_text_trgm_index', expression: 'create index "organisation_search_text_trgm_index" on "organisation" using gin ("search_text" gin_trgm_ops)' })
@Index({ name: 'organisation_fields_index', expression: 'create index "organisation_fields_index" on "organisation" using gin ("fields")' })
// RELEVANCE-ordered name search, tier by tier (organisation.search.ts)
@Index({ name: 'organisation_search_exact_index', expression: `create index "organisation_search_exact_index" on "organisation" (upper(replace("name", ' ', '')))` })
@Index({ name: 'organisation_search_order_index', expression: 'create index "organisation_search_order_index" on "organisation" ("name" collate "C", "id") include ("search_text", "region_code")' })
@Index({
  name: 'organisation_search_odd_index',
  expression: `create index "organisation_search_odd_index" on "organisation" ("name" collate "C", "id") include ("search_text", "region_code") where ("name" = upper(replace("name", ' ', ''))) is false`,
})
@Index({
  name: 'organisation_search_former_trgm_index',
  expression: `create index "organisation_search_former_trgm_index" on "organisation" using gin ("search_text" gin_trgm_ops) where "former_names" <> '{}' or "search_text" <> upper(replace("name", ' ', ''))`,
})
// OrganisationSearchBound's upkeep: the function civic_search_bound is created by migration search_bounds
@Trigger({ name: 'organisation_search_bound_insert', timing: 'after', events: ['insert'], forEach: 'statement',
  expression: 'create trigger "organisation_search_bound_insert" after insert on "organisation" referencing new table as new_rows for each statement execute function "civic_search_bound"()' })
@Trigger({ name: 'organisation_search_bound_update', timing: 'after', events: ['update'], forEach: 'statement',
  expression: 'create trigger "organisation_search_bound_update" after update on "organisation" referencing new table as new_rows for each statement execute function "civic_search_bound"()' })
// The certificate expiry sweep (R-ORG-9) reads active organisations by the certificate's last day.
@Index({ name: 'organisation_certificate_expiry_index', expression: `create index "organisation_certificate_expiry_index" on "organisation" ("certificate_valid_until", "id") where "status" in ('REGISTERED', 'SUSPENDED')` })
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

  /** The day the certificate in force was issued (发证日期). */
  @Property({ type: 'date', nullable: true })
  certificateIssuedOn?: string | null;

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

  /** Part-time staff (兼职人员, R-ORG-9). */
  @Property({ type: 'integer', nullable: true })
  partTimeStaff?: number | null;

  /** Council members (理事), supervisors (监事) and standing council members (常务理事 ≤ 理事) (R-ORG-9). */
  @Property({ type: 'integer', nullable: true })
  councilMembers?: number | null;

  @Property({ type: 'integer', nullable: true })
  supervisors?: number | null;

  @Property({ type: 'integer', nullable: true })
  standingCouncilMembers?: number | null;

  /** 国民经济行业分类 code (GB/T 4754), e.g. S9521 (R-ORG-9). */
  @Property({ type: 'text', nullable: true })
  industryCode?: string | null;

  /** ISO 4217 currency of the registered funds (R-ORG-9). */
  @Property({ type: 'text', default: 'CNY' })
  fundsCurrency: string = 'CNY';

  /** Source of funds (资金来源), as the organisation declares it (R-ORG-9). */
  @Property({ type: 'text', nullable: true })
  fundsSource?: string | null;

  /** Charter approval date (章程核准日期, R-ORG-9). */
  @Property({ type: 'date', nullable: true })
  charterApprovedOn?: string | null;

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

  /** PREPARE | REGISTER | AMEND | SUSPEND | RESUME | DEREGISTER | REVOKE | LAPSE | IMPORT | RENEW_CERTIFICATE | RECOGNISE_CHARITY | GRANT_FUNDRAISING | REVOKE_FUNDRAISING. */
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

/**
 * An organisation's threshold already acted on (R-ORG-9): a certificate expiry reminder
 * (`EXPIRING_IN_90@<validUntil>`) or its expiry (`EXPIRED@<validUntil>`). The unique key is the
 * claim that makes each event exactly once, as rating_mark does for ratings.
 */
@Entity({ tableName: 'organisation_mark' })
@Unique({ properties: ['organisationId', 'key'] })
export class OrganisationMark {
  @PrimaryKey({ type: 'bigint', autoincrement: true, columnType: 'bigserial' })
  id?: string;
  @Property({ type: 'uuid' })
  organisationId!: string;
  @Property({ type: 'text' })
  key!: string;
  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * For each trigram (three characters) of the normalised names, the first and the last
 * organisation in name order (name COLLATE "C", id) whose name contains it: where a name
 * search's "contains" tier (organisation.search.ts) starts reading the name order. A term's
 * matches contain all its trigrams, so none lies before the latest of their first entries:
 * broad terms clustered late in the name order (市鸡冠 inside 黑龙江省鸡西市鸡冠区…) are reached
 * at once instead of by walking most of the register. Kept by statement triggers on
 * organisation (migration search_bounds); a bound only ever widens, so a renamed organisation
 * leaves a bound that is still a valid (if looser) limit.
 */
@Entity({ tableName: 'organisation_search_bound' })
export class OrganisationSearchBound {
  @PrimaryKey({ type: 'text' })
  gram!: string;
  @Property({ type: 'text', collation: 'C' })
  firstName!: string;
  @Property({ type: 'uuid' })
  firstId!: string;
  @Property({ type: 'text', collation: 'C' })
  lastName!: string;
  @Property({ type: 'uuid' })
  lastId!: string;
}
