/** GraphQL types of evaluation ratings (评估等级). Grades are public; scores and reviews are not. */
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, Node, connectionType, toGlobalId } from '../../platform/graphql/relay.js';
import { DateScalar } from '../../platform/graphql/scalars.js';
import { Payload } from '../../platform/graphql/errors.js';
import { Role, type Viewer } from '../../platform/auth/viewer.js';
import { inSubtree } from '../../platform/auth/scope.js';
import { CHANGE_CAUSE_LABELS, GRADE_NAMES } from './domain/grades.js';

export enum RatingGrade { A1 = 'A1', A2 = 'A2', A3 = 'A3', A4 = 'A4', A5 = 'A5' }
registerEnumType(RatingGrade, {
  name: 'RatingGrade',
  description: '评估等级，5A最高 / evaluation grade, 5A highest (R-RATE-1)',
  valuesConfig: Object.fromEntries(Object.entries(GRADE_NAMES).map(([k, v]) => [k, { description: v }])),
});

export enum RatingStatus {
  APPLIED = 'APPLIED', SCORED = 'SCORED', PUBLICISED = 'PUBLICISED', REVIEW_REQUESTED = 'REVIEW_REQUESTED', REVIEWED = 'REVIEWED',
  GRANTED = 'GRANTED', REFUSED = 'REFUSED', CHANGED = 'CHANGED', CANCELLED = 'CANCELLED', EXPIRED = 'EXPIRED',
}
registerEnumType(RatingStatus, { name: 'RatingStatus', description: '评估状态 / where the evaluation stands' });

export enum RatingRegime { BEFORE_2026_03_01 = 'BEFORE_2026_03_01', FROM_2026_03_01 = 'FROM_2026_03_01' }
registerEnumType(RatingRegime, { name: 'RatingRegime', description: '适用的评估办法（2026年3月1日修订） / the rules applied (revised 2026-03-01)' });

export enum RatingChangeCause {
  INSPECTION_FAILED = 'INSPECTION_FAILED', TWO_BASIC_PASSES = 'TWO_BASIC_PASSES', ADMINISTRATIVE_PENALTY = 'ADMINISTRATIVE_PENALTY',
  FRAUD = 'FRAUD', FORGED_CERTIFICATE = 'FORGED_CERTIFICATE', LENT_CERTIFICATE = 'LENT_CERTIFICATE',
}
registerEnumType(RatingChangeCause, {
  name: 'RatingChangeCause',
  description: '降级或取消等级的原因 / why a grade is lowered or cancelled (R-RATE-6)',
  valuesConfig: Object.fromEntries(Object.entries(CHANGE_CAUSE_LABELS).map(([k, v]) => [k, { description: v }])),
});

export interface RatingRow {
  id: string; organisation_id: string; round_id: string; region_code: string; status: string; regime: string; applied_on: string;
  scores: Record<string, number> | null; bonus: number | null; total: number | null; withheld_five_a: boolean | null; proposed_grade: string | null;
  grade: string | null; previous_grade: string | null; publicity_start: string | null; publicity_end: string | null; review_requested_on: string | null;
  review_reason: string | null; review_decision_due: string | null; review_decided_on: string | null; review_outcome: string | null;
  announced_on: string | null; valid_from: string | null; counted_from: string | null; valid_until: string | null; certificate_number: string | null;
  changed_on: string | null; change_cause: string | null; change_reason: string | null; certificate_return_due: string | null; version: number; year: number;
}
export const RATING_COLUMNS = `r.id, r.organisation_id, r.round_id, r.region_code, r.status, r.regime, r.applied_on::text as applied_on, r.scores, r.bonus, r.total,
  r.withheld_five_a, r.proposed_grade, r.grade, r.previous_grade, r.publicity_start::text as publicity_start, r.publicity_end::text as publicity_end,
  r.review_requested_on::text as review_requested_on, r.review_reason, r.review_decision_due::text as review_decision_due,
  r.review_decided_on::text as review_decided_on, r.review_outcome, r.announced_on::text as announced_on, r.valid_from::text as valid_from,
  r.counted_from::text as counted_from, r.valid_until::text as valid_until, r.certificate_number, r.changed_on::text as changed_on, r.change_cause,
  r.change_reason, r.certificate_return_due::text as certificate_return_due, r.version, ro.year`;
export const RATING_FROM = 'rating r join rating_round ro on ro.id = r.round_id';

@ObjectType({ description: '评估得分（仅登记管理机关和本组织可见） / evaluation scores (authority and the organisation only)' })
export class RatingScores {
  @Field(() => Float, { description: '基础条件 / basic conditions' })
  basicConditions!: number;
  @Field(() => Float, { description: '内部治理 / internal governance' })
  internalGovernance!: number;
  @Field(() => Float, { description: '工作绩效（业务活动） / work performance' })
  workPerformance!: number;
  @Field(() => Float, { description: '社会评价 / social evaluation' })
  socialEvaluation!: number;
  @Field(() => Float, { description: '加分 / bonus points' })
  bonus!: number;
  @Field(() => Float, { description: '总分 / total' })
  total!: number;
  @Field({ description: '因无党组织未评5A / 5A withheld for want of a Party organisation' })
  withheld5A!: boolean;
}

@ObjectType({ description: '复核（仅登记管理机关和本组织可见） / a review request (authority and the organisation only)' })
export class RatingReview {
  @Field(() => DateScalar)
  requestedOn!: string;
  @Field(() => String, { nullable: true })
  reason!: string | null;
  @Field(() => DateScalar, { description: '最迟复核决定日 / decision due by (R-RATE-4)' })
  decisionDue!: string;
  @Field(() => DateScalar, { nullable: true })
  decidedOn!: string | null;
  @Field(() => String, { nullable: true })
  outcome!: string | null;
}

@ObjectType('Rating', { implements: Node, description: '社会组织评估（评估等级） / an evaluation and its grade' })
export class RatingType extends Node {
  readonly __typename = 'Rating';
  organisationLocalId!: string;
  @Field(() => Int, { description: '评估年度 / round year' })
  year!: number;
  @Field()
  regionCode!: string;
  @Field(() => RatingStatus)
  status!: string;
  @Field(() => RatingRegime)
  regime!: string;
  @Field(() => DateScalar)
  appliedOn!: string;
  @Field(() => RatingGrade, { nullable: true, description: '拟评等级（公示） / proposed grade' })
  proposedGrade!: string | null;
  @Field(() => RatingGrade, { nullable: true, description: '评估等级 / grade held' })
  grade!: string | null;
  @Field(() => RatingGrade, { nullable: true, description: '变更前等级 / grade before the last change' })
  previousGrade!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '公示开始 / publicity from' })
  publicityStart!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '公示截止 / publicity until' })
  publicityEnd!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '公告日期 / announced on' })
  announcedOn!: string | null;
  @Field(() => DateScalar, { nullable: true })
  validFrom!: string | null;
  @Field(() => DateScalar, { nullable: true })
  validUntil!: string | null;
  @Field(() => String, { nullable: true, description: '评估等级证书编号（3A及以上） / certificate number (3A and above)' })
  certificateNumber!: string | null;
  @Field(() => DateScalar, { nullable: true })
  changedOn!: string | null;
  @Field(() => RatingChangeCause, { nullable: true })
  changeCause!: string | null;
  @Field(() => String, { nullable: true })
  changeReason!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '证书牌匾退回期限 / certificate return due (R-RATE-6)' })
  certificateReturnDue!: string | null;
  @Field(() => RatingScores, { nullable: true })
  scores!: RatingScores | null;
  @Field(() => RatingReview, { nullable: true })
  review!: RatingReview | null;
  @Field(() => Int)
  version!: number;

  static fromRow(r: RatingRow, viewer: Viewer): RatingType {
    const privileged = (viewer.role === Role.AUTHORITY && !!viewer.regionCode && inSubtree(viewer.regionCode, r.region_code)) || (viewer.role === Role.ORGANISATION && viewer.organisationId === r.organisation_id);
    const s = r.scores;
    return Object.assign(new RatingType(), {
      id: toGlobalId('Rating', r.id), organisationLocalId: r.organisation_id, year: r.year, regionCode: r.region_code, status: r.status, regime: r.regime,
      appliedOn: r.applied_on, proposedGrade: r.proposed_grade, grade: r.grade, previousGrade: r.previous_grade, publicityStart: r.publicity_start,
      publicityEnd: r.publicity_end, announcedOn: r.announced_on, validFrom: r.valid_from, validUntil: r.valid_until, certificateNumber: r.certificate_number,
      changedOn: r.changed_on, changeCause: r.change_cause, changeReason: r.change_reason, certificateReturnDue: r.certificate_return_due, version: r.version,
      scores: privileged && s && r.total != null
        ? Object.assign(new RatingScores(), { basicConditions: s.basicConditions ?? 0, internalGovernance: s.internalGovernance ?? 0, workPerformance: s.workPerformance ?? 0, socialEvaluation: s.socialEvaluation ?? 0, bonus: r.bonus ?? 0, total: r.total, withheld5A: !!r.withheld_five_a })
        : null,
      review: privileged && r.review_requested_on
        ? Object.assign(new RatingReview(), { requestedOn: r.review_requested_on, reason: r.review_reason, decisionDue: r.review_decision_due, decidedOn: r.review_decided_on, outcome: r.review_outcome })
        : null,
    });
  }
}
export const RatingConnection = connectionType(RatingType, 'Rating', '评估');

@ObjectType('RatingRound', { description: '评估工作（年度、区划） / an evaluation round' })
export class RatingRoundType {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  year!: number;
  @Field()
  regionCode!: string;
  @Field()
  status!: string;
  @Field(() => DateScalar)
  openedOn!: string;
}

@ObjectType({ description: '某等级的数量 / organisations holding a grade' })
export class RatingGradeCount {
  @Field(() => RatingGrade)
  grade!: string;
  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '评估统计（规范化建设获评等级率） / rating statistics' })
export class RatingStats {
  @Field()
  regionCode!: string;
  @Field(() => DateScalar)
  date!: string;
  @Field(() => [RatingGradeCount])
  byGrade!: RatingGradeCount[];
  @Field(() => Int, { description: '持有有效等级的组织数 / organisations holding a valid grade' })
  rated!: number;
  @Field(() => Int, { description: '已登记组织数 / registered organisations' })
  registered!: number;
  @Field(() => Float, { description: '规范化建设获评等级率 / share of registered organisations holding a valid grade' })
  ratedShare!: number;
}

@InputType({ description: '评估筛选 / which ratings' })
export class RatingFilter {
  @Field(() => RatingGrade, { nullable: true })
  grade?: string | null;
  @Field(() => String, { nullable: true, description: '区划（含下级） / region subtree' })
  regionCode?: string | null;
  @Field(() => DateScalar, { nullable: true, description: '在该日有效的等级 / grades valid on this day' })
  validOn?: string | null;
  @Field(() => ID, { nullable: true })
  organisationId?: string | null;
}

@ArgsType()
export class RatingsArgs extends ConnectionArgs {
  @Field(() => RatingFilter, { nullable: true })
  filter?: RatingFilter | null;
}

@InputType({ description: '开启评估工作 / open a round' })
export class RatingRoundOpenInput {
  @Field(() => Int)
  year!: number;
  @Field()
  regionCode!: string;
}

@InputType({ description: '申请评估（组织自行申请或登记管理机关组织参评） / apply for evaluation (R-RATE-2)' })
export class RatingApplyInput {
  @Field(() => ID)
  roundId!: string;
  @Field(() => ID)
  organisationId!: string;
}

@InputType({ description: '评估打分 / record scores (R-RATE-3)' })
export class RatingScoreInput {
  @Field(() => ID)
  ratingId!: string;
  @Field(() => Float)
  basicConditions!: number;
  @Field(() => Float)
  internalGovernance!: number;
  @Field(() => Float)
  workPerformance!: number;
  @Field(() => Float)
  socialEvaluation!: number;
  @Field(() => Float, { nullable: true })
  bonus?: number | null;
}

@InputType({ description: '公示拟评等级 / publish the proposed grade (R-RATE-4)' })
export class RatingPubliciseInput {
  @Field(() => ID)
  ratingId!: string;
  @Field(() => DateScalar)
  startDate!: string;
}

@InputType({ description: '申请复核 / ask for review (R-RATE-4)' })
export class RatingReviewRequestInput {
  @Field(() => ID)
  ratingId!: string;
  @Field()
  reason!: string;
}

@InputType({ description: '复核决定 / decide a review (R-RATE-4)' })
export class RatingReviewDecideInput {
  @Field(() => ID)
  ratingId!: string;
  @Field()
  outcome!: string;
  @Field(() => RatingGrade, { nullable: true, description: '复核后的等级（不填则维持） / the grade after review (unchanged when empty)' })
  grade?: string | null;
}

@InputType({ description: '授予等级 / grant the grade (R-RATE-1, R-RATE-5)' })
export class RatingGrantInput {
  @Field(() => ID)
  ratingId!: string;
  @Field(() => DateScalar, { nullable: true, description: '公告日期（默认今天） / announcement date (today by default)' })
  announcedOn?: string | null;
}

@InputType({ description: '降级或取消等级 / lower or cancel a grade (R-RATE-6)' })
export class RatingChangeInput {
  @Field(() => ID)
  ratingId!: string;
  @Field(() => RatingChangeCause)
  cause!: string;
  @Field()
  reason!: string;
}

@ObjectType()
export class RatingPayload extends Payload {
  @Field(() => RatingType, { nullable: true })
  rating?: RatingType | null;
}

@ObjectType()
export class RatingRoundPayload extends Payload {
  @Field(() => RatingRoundType, { nullable: true })
  round?: RatingRoundType | null;
}
