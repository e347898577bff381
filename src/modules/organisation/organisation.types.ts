/**
 * GraphQL types of the register: the organisation, its change record, filters, inputs and
 * payloads. Objects are built from plain rows (no entity hydration on read paths).
 */
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, Node, connectionType, toGlobalId } from '../../platform/graphql/relay.js';
import { DateScalar, DateTimeScalar, FenScalar } from '../../platform/graphql/scalars.js';
import { Payload } from '../../platform/graphql/errors.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import { FIELDS_OF_ACTIVITY } from './domain/organisation-rules.js';
import { ORGANISATION_STATUSES, ORGANISATION_STATUS_LABELS } from './domain/lifecycle.js';
import { RatingGrade } from '../rating/rating.types.js';
import { CreditListKind } from '../credit/credit.types.js';

export enum OrganisationType {
  SOCIAL_GROUP = 'SOCIAL_GROUP',
  SERVICE_INSTITUTION = 'SERVICE_INSTITUTION',
  FOUNDATION = 'FOUNDATION',
}
registerEnumType(OrganisationType, {
  name: 'OrganisationType',
  description: '社会组织类型 / type of social organisation (R-ORG-1)',
  valuesConfig: {
    SOCIAL_GROUP: { description: '社会团体 / social group' },
    SERVICE_INSTITUTION: { description: '社会服务机构（民办非企业单位） / social service institution' },
    FOUNDATION: { description: '基金会 / foundation' },
  },
});

export enum Fundraising {
  PUBLIC = 'PUBLIC',
  NON_PUBLIC = 'NON_PUBLIC',
}
registerEnumType(Fundraising, {
  name: 'Fundraising',
  description: '基金会募捐类型 / whether a foundation raises funds from the public',
  valuesConfig: { PUBLIC: { description: '公募 / public fundraising' }, NON_PUBLIC: { description: '非公募 / non-public' } },
});

export const OrganisationStatus = Object.fromEntries(ORGANISATION_STATUSES.map((s) => [s, s])) as { [K in (typeof ORGANISATION_STATUSES)[number]]: K };
registerEnumType(OrganisationStatus, {
  name: 'OrganisationStatus',
  description: '登记状态 / registration status (R-ORG-6)',
  valuesConfig: Object.fromEntries(ORGANISATION_STATUSES.map((s) => [s, { description: ORGANISATION_STATUS_LABELS[s] }])),
});

const FIELD_LABELS: Record<(typeof FIELDS_OF_ACTIVITY)[number], string> = {
  PUBLIC_BENEFIT_CHARITY: '公益慈善 / public benefit and charity',
  SCIENCE_TECHNOLOGY: '科技 / science and technology',
  COMMUNITY_SERVICE: '城乡社区服务 / community services',
  INDUSTRY_ASSOCIATION: '行业协会商会 / industry association or chamber of commerce',
  EDUCATION: '教育 / education',
  CULTURE: '文化 / culture',
  SPORT: '体育 / sport',
  HEALTH: '卫生健康 / health',
  ENVIRONMENT: '生态环境 / environment',
  ELDERLY_CARE: '养老 / elderly care',
  SOCIAL_WELFARE: '社会福利 / social welfare',
  LAW: '法律 / law',
  AGRICULTURE: '农业农村 / agriculture',
  OTHER: '其他 / other',
};
export const FieldOfActivity = Object.fromEntries(FIELDS_OF_ACTIVITY.map((f) => [f, f])) as { [K in (typeof FIELDS_OF_ACTIVITY)[number]]: K };
registerEnumType(FieldOfActivity, {
  name: 'FieldOfActivity',
  description: '业务领域 / field of activity',
  valuesConfig: Object.fromEntries(FIELDS_OF_ACTIVITY.map((f) => [f, { description: FIELD_LABELS[f] }])),
});

/** The row the read paths select (snake_case as in the table). */
export interface OrganisationRow {
  id: string;
  type: string;
  fundraising: string | null;
  name: string;
  former_names: string[];
  english_name: string | null;
  uscc: string | null;
  status: string;
  region_code: string;
  activity_area_level: string;
  domicile: string;
  domicile_region_code: string;
  legal_representative_id: string;
  business_scope: string;
  supervisory_unit_id: string | null;
  direct_registration: boolean;
  fields: string[];
  registered_funds_fen: number;
  individual_members: number | null;
  unit_members: number | null;
  registration_date: string | null;
  registration_due_by: string | null;
  certificate_number: string | null;
  certificate_valid_from: string | null;
  certificate_valid_until: string | null;
  charity_recognised: boolean;
  public_fundraising_qualified: boolean;
  party_organisation: boolean;
  party_building_in_charter: boolean;
  decoupled: boolean;
  full_time_staff: number | null;
  contact_name: string | null;
  contact_phone: string | null;
  suspended_until: string | null;
  ended_on: string | null;
  end_reason: string | null;
  version: number;
  updated_at: Date;
}

export const ORGANISATION_COLUMNS = `id, type, fundraising, name, former_names, english_name, uscc, status, region_code, activity_area_level,
  domicile, domicile_region_code, legal_representative_id, business_scope, supervisory_unit_id, direct_registration, fields,
  registered_funds_fen, individual_members, unit_members, registration_date, registration_due_by, certificate_number,
  certificate_valid_from, certificate_valid_until, charity_recognised, public_fundraising_qualified, party_organisation,
  party_building_in_charter, decoupled, full_time_staff, contact_name, contact_phone, suspended_until, ended_on, end_reason,
  version, updated_at`;

@ObjectType({ implements: Node, description: '社会组织（登记记录） / a social organisation, as registered' })
export class Organisation extends Node {
  readonly __typename = 'Organisation';
  /** Local id, for field resolvers (not exposed). */
  localId!: string;
  row!: OrganisationRow;

  @Field(() => OrganisationType, { description: '类型 / type (R-ORG-1)' })
  type!: OrganisationType;
  @Field(() => Fundraising, { nullable: true, description: '基金会：公募或非公募 / foundations: public or non-public fundraising' })
  fundraising!: Fundraising | null;
  @Field({ description: '名称 / name' })
  name!: string;
  @Field(() => [String], { description: '曾用名 / former names' })
  formerNames!: string[];
  @Field(() => String, { nullable: true, description: '英文名称 / English name' })
  englishName!: string | null;
  @Field(() => String, { nullable: true, description: '统一社会信用代码（筹备中为空） / unified social credit code (none while preparing)' })
  code!: string | null;
  @Field(() => OrganisationStatus, { description: '登记状态 / registration status (R-ORG-6)' })
  status!: string;
  @Field({ description: '登记管理机关所在区划代码 / region code of the registration authority' })
  regionCode!: string;
  @Field({ description: '住所 / domicile' })
  domicile!: string;
  @Field({ description: '业务范围 / business scope' })
  businessScope!: string;
  @Field({ description: '是否直接登记 / registered directly, without a supervisory unit (R-ORG-3)' })
  directRegistration!: boolean;
  @Field(() => [FieldOfActivity], { description: '业务领域 / fields of activity' })
  fields!: string[];
  @Field(() => DateScalar, { nullable: true, description: '成立登记日期 / registration date' })
  registrationDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '筹备期满、应申请成立登记的日期 / date by which a preparing social group must register' })
  registrationDueBy!: string | null;
  @Field(() => String, { nullable: true, description: '登记证书编号 / registration certificate number (R-ORG-9)' })
  certificateNumber!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '证书有效期自 / certificate valid from' })
  certificateValidFrom!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '证书有效期至 / certificate valid until' })
  certificateValidUntil!: string | null;
  @Field({ description: '是否认定为慈善组织 / recognised as a charity (慈善组织认定)' })
  charityRecognised!: boolean;
  @Field({ description: '是否具有公开募捐资格 / holds the public fundraising qualification' })
  publicFundraisingQualified!: boolean;
  @Field(() => DateScalar, { nullable: true, description: '限期停止活动至 / suspended until' })
  suspendedUntil!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '注销或撤销日期 / date it was deregistered or revoked' })
  endedOn!: string | null;
  @Field(() => Int, { description: '版本（乐观并发） / version, for optimistic concurrency' })
  version!: number;

  static fromRow(r: OrganisationRow): Organisation {
    return Object.assign(new Organisation(), {
      id: toGlobalId('Organisation', r.id),
      localId: r.id,
      row: r,
      type: r.type as OrganisationType,
      fundraising: r.fundraising as Fundraising | null,
      name: r.name,
      formerNames: r.former_names,
      englishName: r.english_name,
      code: r.uscc,
      status: r.status,
      regionCode: r.region_code,
      domicile: r.domicile,
      businessScope: r.business_scope,
      directRegistration: r.direct_registration,
      fields: r.fields,
      registrationDate: r.registration_date,
      registrationDueBy: r.registration_due_by,
      certificateNumber: r.certificate_number,
      certificateValidFrom: r.certificate_valid_from,
      certificateValidUntil: r.certificate_valid_until,
      charityRecognised: r.charity_recognised,
      publicFundraisingQualified: r.public_fundraising_qualified,
      suspendedUntil: r.suspended_until,
      endedOn: r.ended_on,
      version: r.version,
    });
  }
}

export const OrganisationConnection = connectionType(Organisation, 'Organisation', '社会组织');

@ObjectType({ description: '变更记录条目 / an entry of the change record (变更记录)' })
export class OrganisationChangeEntry {
  @Field(() => ID)
  id!: string;
  @Field({ description: '事项：PREPARE 筹备、REGISTER 成立、AMEND 变更、SUSPEND 停止活动、RESUME 恢复、DEREGISTER 注销、REVOKE 撤销、IMPORT 导入、RENEW_CERTIFICATE 换发登记证书 / the action' })
  action!: string;
  @Field(() => DateScalar, { description: '生效日期 / effective date' })
  effectiveDate!: string;
  @Field(() => String, { nullable: true, description: '决定或批准文号 / decision or approval number' })
  decisionNumber!: string | null;
  @Field(() => String, { nullable: true, description: '理由 / reason' })
  reason!: string | null;
  @Field(() => GraphQLJSONObject, { description: '变更内容 {字段: {before, after}} / what changed' })
  changes!: Record<string, unknown>;
  @Field(() => DateTimeScalar, { description: '记录时间 / recorded at' })
  recordedAt!: Date;
}

@ObjectType({ description: '合规时间线条目 / an entry of the compliance timeline' })
export class TimelineEntry {
  @Field(() => DateScalar, { description: '日期 / date' })
  date!: string;
  @Field({ description: '类别：REGISTRATION、CHANGE、CERTIFICATE、CHARITY、FILING、RESULT、RATING、CREDIT、PENALTY… / kind' })
  kind!: string;
  @Field({ description: '摘要 / summary, Chinese first' })
  summary!: string;
  @Field({ description: '法律依据 / legal basis' })
  legalBasis!: string;
  @Field(() => ID, { nullable: true, description: '相关记录 / the record it comes from' })
  sourceId!: string | null;
}

export enum OrganisationOrder {
  NAME = 'NAME',
  REGISTRATION_DATE_DESC = 'REGISTRATION_DATE_DESC',
  CODE = 'CODE',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(OrganisationOrder, {
  name: 'OrganisationOrder',
  description: '排序 / order',
  valuesConfig: {
    NAME: { description: '按名称 / by name' },
    REGISTRATION_DATE_DESC: { description: '按登记日期（新→旧） / newest registrations first' },
    CODE: { description: '按统一社会信用代码 / by credit code' },
    RELEVANCE: { description: '按匹配度（名称搜索时默认：完全匹配、前缀匹配优先） / by relevance (default with a name search: exact and prefix matches first)' },
  },
});

@InputType({ description: '社会组织筛选 / which organisations' })
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: '区划（含下级） / region subtree of the registration authority' })
  regionCode?: string | null;
  @Field(() => [OrganisationType], { nullable: true, description: '类型 / types' })
  types?: OrganisationType[] | null;
  @Field(() => [OrganisationStatus], { nullable: true, description: '状态 / statuses' })
  statuses?: string[] | null;
  @Field(() => [FieldOfActivity], { nullable: true, description: '业务领域（任一） / any of these fields of activity' })
  fields?: string[] | null;
  @Field(() => ID, { nullable: true, description: '业务主管单位 / supervisory unit' })
  supervisoryUnitId?: string | null;
  @Field(() => Boolean, { nullable: true, description: '是否直接登记 / registered directly' })
  directRegistration?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: '登记日期起 / registered on or after' })
  registeredFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: '登记日期止 / registered on or before' })
  registeredTo?: string | null;
  @Field(() => String, { nullable: true, description: '名称搜索：任意片段（含一两个字），含曾用名 / name search: any part of the name or a former name, even one or two characters' })
  name?: string | null;
  @Field(() => [RatingGrade], { nullable: true, description: '今日持有的评估等级（任一） / holding one of these evaluation grades today' })
  grades?: RatingGrade[] | null;
  @Field(() => [CreditListKind], { nullable: true, description: '当前列入的信用名录（任一） / currently on any of these credit lists' })
  creditLists?: CreditListKind[] | null;
}

@ArgsType()
export class OrganisationsArgs extends ConnectionArgs {
  @Field(() => OrganisationFilter, { nullable: true })
  filter?: OrganisationFilter | null;
  @Field(() => OrganisationOrder, { nullable: true, description: '排序（默认按名称；名称搜索时按匹配度） / order (default NAME, or RELEVANCE with a name search)' })
  orderBy?: OrganisationOrder | null;
}

export enum StatsGroupBy {
  TYPE = 'TYPE',
  STATUS = 'STATUS',
  CHILD_REGION = 'CHILD_REGION',
  FIELD = 'FIELD',
}
registerEnumType(StatsGroupBy, {
  name: 'OrganisationStatsGroupBy',
  description: '统计分组 / grouping of the statistics',
  valuesConfig: {
    TYPE: { description: '按类型 / by type' },
    STATUS: { description: '按状态 / by status' },
    CHILD_REGION: { description: '按下一级区划（按住所） / by child region (of the domicile)' },
    FIELD: { description: '按业务领域（一个组织可计入多个领域） / by field of activity (an organisation counts in each of its fields)' },
  },
});

@ObjectType({ description: '统计分组结果 / one group of the statistics' })
export class OrganisationStatsGroup {
  @Field({ description: '分组键 / group key' })
  key!: string;
  @Field({ description: '分组名称 / group label' })
  label!: string;
  @Field(() => Int, { description: '组织数 / organisations' })
  count!: number;
  @Field(() => FenScalar, { description: '注册资金合计（分） / registered funds in total, in fen' })
  fundsFen!: number;
}

@ObjectType({ description: '社会组织统计 / organisation statistics' })
export class OrganisationStats {
  @Field({ description: '区划 / region' })
  regionCode!: string;
  @Field(() => Int, { description: '总数 / organisations in all' })
  total!: number;
  @Field(() => FenScalar, { description: '注册资金合计（分） / registered funds in total, in fen' })
  fundsFen!: number;
  @Field(() => [OrganisationStatsGroup], { description: '分组 / groups' })
  groups!: OrganisationStatsGroup[];
}

/** Payload of every lifecycle mutation. */
@ObjectType({ description: '社会组织登记事项的结果 / result of a registration action' })
export class OrganisationPayload extends Payload {
  @Field(() => Organisation, { nullable: true })
  organisation?: Organisation | null;
}
