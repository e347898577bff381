/** GraphQL types of the credit lists (信用办法 2018) and penalties. The lists are public (R-ORG-8). */
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, Node, connectionType, toGlobalId } from '../../platform/graphql/relay.js';
import { DateScalar, FenScalar } from '../../platform/graphql/scalars.js';
import { Payload } from '../../platform/graphql/errors.js';
import { ABNORMAL_REASONS, CREDIT_REASONS, SERIOUS_REASONS } from './domain/reasons.js';

export enum CreditListKind {
  ABNORMAL = 'ABNORMAL',
  SERIOUS = 'SERIOUS',
}
registerEnumType(CreditListKind, {
  name: 'CreditList',
  description: '信用名录 / credit list',
  valuesConfig: { ABNORMAL: { description: '活动异常名录 / abnormal activities list (R-CREDIT-1)' }, SERIOUS: { description: '严重违法失信名单 / serious illegal and dishonest list (R-CREDIT-2)' } },
});

const ALL_REASONS = [...ABNORMAL_REASONS, ...SERIOUS_REASONS];
export const CreditReason = Object.fromEntries(ALL_REASONS.map((r) => [r, r])) as { [K in (typeof ALL_REASONS)[number]]: K };
registerEnumType(CreditReason, {
  name: 'CreditReason',
  description: '列入信用名录的理由 / reason for a credit listing',
  valuesConfig: Object.fromEntries(ALL_REASONS.map((r) => [r, { description: `${CREDIT_REASONS[r].label}（${CREDIT_REASONS[r].list}）` }])),
});

export enum PenaltyKind {
  WARNING = 'WARNING',
  FINE = 'FINE',
  SUSPENSION = 'SUSPENSION',
  REVOCATION = 'REVOCATION',
  CONFISCATION = 'CONFISCATION',
}
registerEnumType(PenaltyKind, {
  name: 'PenaltyKind',
  description: '行政处罚种类 / kind of administrative penalty',
  valuesConfig: {
    WARNING: { description: '警告 / warning' }, FINE: { description: '罚款 / fine' }, SUSPENSION: { description: '限期停止活动 / suspension of activities' },
    REVOCATION: { description: '撤销登记 / revocation of registration' }, CONFISCATION: { description: '没收违法所得、非法财产 / confiscation' },
  },
});

export interface CreditListingRow {
  id: string;
  organisation_id: string;
  region_code: string;
  list: string;
  reasons: string[];
  legal_basis: string[];
  listed_on: string;
  decided_by: string;
  decision_number: string | null;
  evidence: string | null;
  last_act_on: string | null;
  rectification_verified_on: string | null;
  removed_on: string | null;
  removal_reason: string | null;
  version: number;
}
export const CREDIT_LISTING_COLUMNS = `id, organisation_id, region_code, list, reasons, legal_basis, listed_on, decided_by, decision_number, evidence,
  last_act_on, rectification_verified_on, removed_on, removal_reason, version`;

@ObjectType('CreditListing', { implements: Node, description: '信用名录记录（公开） / a credit listing (public, R-ORG-8)' })
export class CreditListingType extends Node {
  readonly __typename = 'CreditListing';
  localId!: string;
  organisationLocalId!: string;
  @Field(() => CreditListKind, { description: '名录 / list' })
  list!: string;
  @Field(() => [CreditReason], { description: '理由 / reasons' })
  reasons!: string[];
  @Field(() => [String], { description: '法律依据 / legal basis of each reason' })
  legalBasis!: string[];
  @Field(() => DateScalar, { description: '列入日期 / listed on' })
  listedOn!: string;
  @Field({ description: '作出决定的登记管理机关（区划） / deciding authority (region code)' })
  decidedBy!: string;
  @Field(() => String, { nullable: true, description: '决定文号 / decision number' })
  decisionNumber!: string | null;
  @Field(() => String, { nullable: true, description: '证据 / evidence' })
  evidence!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '最近一次可列入行为（重新计算期限） / last listable act while listed (restarts the clock)' })
  lastActOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '整改核实日期 / rectification verified on' })
  rectificationVerifiedOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '移出日期 / removed on' })
  removedOn!: string | null;
  @Field(() => String, { nullable: true, description: '移出理由 / removal reason' })
  removalReason!: string | null;
  @Field(() => Int)
  version!: number;

  static fromRow(r: CreditListingRow): CreditListingType {
    return Object.assign(new CreditListingType(), {
      id: toGlobalId('CreditListing', r.id), localId: r.id, organisationLocalId: r.organisation_id, list: r.list, reasons: r.reasons, legalBasis: r.legal_basis,
      listedOn: r.listed_on, decidedBy: r.decided_by, decisionNumber: r.decision_number, evidence: r.evidence, lastActOn: r.last_act_on,
      rectificationVerifiedOn: r.rectification_verified_on, removedOn: r.removed_on, removalReason: r.removal_reason, version: r.version,
    });
  }
}
export const CreditListingConnection = connectionType(CreditListingType, 'CreditListing', '信用名录记录');

@ObjectType({ description: '行政处罚 / an administrative penalty decision' })
export class PenaltyType {
  @Field(() => ID)
  id!: string;
  @Field(() => [PenaltyKind])
  kinds!: string[];
  @Field(() => FenScalar, { description: '罚款（分） / fine in fen' })
  fineFen!: number;
  @Field({ description: '处罚决定书文号 / decision number' })
  decisionNumber!: string;
  @Field(() => DateScalar)
  decidedOn!: string;
  @Field({ description: '法律依据 / legal basis' })
  legalBasis!: string;
}

@InputType({ description: '信用名录筛选 / which listings' })
export class CreditListingFilter {
  @Field(() => String, { nullable: true, description: '区划（含下级） / region subtree' })
  regionCode?: string | null;
  @Field(() => ID, { nullable: true })
  organisationId?: string | null;
  @Field(() => CreditListKind, { nullable: true })
  list?: string | null;
  @Field(() => Boolean, { nullable: true, description: '仅在列（未移出） / only those not removed' })
  active?: boolean | null;
}

@ArgsType()
export class CreditListingsArgs extends ConnectionArgs {
  @Field(() => CreditListingFilter, { nullable: true })
  filter?: CreditListingFilter | null;
}

@InputType({ description: '列入信用名录 / list an organisation' })
export class CreditListInput {
  @Field(() => ID)
  organisationId!: string;
  @Field(() => CreditListKind)
  list!: string;
  @Field(() => [CreditReason])
  reasons!: string[];
  @Field(() => DateScalar)
  listedOn!: string;
  @Field(() => String, { nullable: true })
  evidence?: string | null;
  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;
}

@InputType({ description: '移出信用名录 / remove a listing (R-CREDIT-3)' })
export class CreditRemoveInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
  @Field(() => DateScalar)
  removedOn!: string;
  @Field({ description: '移出理由 / reason' })
  reason!: string;
  @Field(() => DateScalar, { nullable: true, description: '整改核实日期 / rectification verified on' })
  rectificationVerifiedOn?: string | null;
}

@InputType({ description: '记录行政处罚 / record a penalty decision' })
export class PenaltyRecordInput {
  @Field(() => ID)
  organisationId!: string;
  @Field(() => [PenaltyKind])
  kinds!: string[];
  @Field(() => FenScalar, { nullable: true, description: '罚款（分） / fine in fen' })
  fineFen?: number | null;
  @Field(() => FenScalar, { nullable: true, description: '没收金额（分） / confiscated, in fen' })
  confiscatedFen?: number | null;
  @Field()
  decisionNumber!: string;
  @Field(() => DateScalar)
  decidedOn!: string;
  @Field(() => String, { nullable: true, description: '违法事实 / facts' })
  facts?: string | null;
  @Field({ description: '法律依据 / legal basis' })
  legalBasis!: string;
}

@ObjectType()
export class CreditListingPayload extends Payload {
  @Field(() => CreditListingType, { nullable: true })
  listing?: CreditListingType | null;
}

@ObjectType()
export class PenaltyPayload extends Payload {
  @Field(() => PenaltyType, { nullable: true })
  penalty?: PenaltyType | null;
}
