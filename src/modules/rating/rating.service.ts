/**
 * Evaluation ratings' use cases (R-RATE-1 … R-RATE-6): each one transaction with its audit
 * record and event. The rules are the pure functions of ./domain; this file gathers the facts
 * (registration, filings, penalties, credit listings, the grade held) and the LOCAL settings in
 * force on the day, and records the outcome.
 */
import type { Context, UnitOfWork } from '../../platform/graphql/context.js';
import { inTransaction } from '../../platform/graphql/context.js';
import { BusinessRuleError, errors, type Problem } from '../../platform/graphql/errors.js';
import { localId, uuidv7 } from '../../platform/graphql/relay.js';
import { isCalendarDate } from '../../platform/graphql/scalars.js';
import { assertJurisdiction, inSubtree } from '../../platform/auth/scope.js';
import { Role } from '../../platform/auth/viewer.js';
import { dateInZone, yearOf } from '../../platform/time/calendar.js';
import { SETTINGS_SERVICE, type SettingsService } from '../../platform/settings/settings.service.js';
import { gradeChangeFor, hasCertificate, type CancelCause, type DowngradeCause, type Grade } from './domain/grades.js';
import { publicityDaysSetting, reevaluationSetting, scoreBandsSetting, validitySetting } from './domain/settings.js';
import { ratingEligibility, type FilingOutcomeForRating, type HeldGrade } from './domain/eligibility.js';
import { gradeForScore, ratingTotal } from './domain/scoring.js';
import { gradeEffectState, publicityLastDay, reviewDecisionDue, reviewRequestInTime } from './domain/procedure.js';
import { gradeValidity } from './domain/validity.js';
import { Rating, RatingRound } from './rating.entity.js';
import type { RatingApplyInput, RatingChangeInput, RatingGrantInput, RatingPubliciseInput, RatingReviewDecideInput, RatingReviewRequestInput, RatingRoundOpenInput, RatingScoreInput } from './rating.types.js';

const problem = (code: string, field: string, message: string): Problem => ({ code, field, message });
const todayOf = (ctx: Context) => dateInZone(ctx.clock.now(), ctx.app.config.defaultTimeZone);
const settingsOf = (ctx: Context) => ctx.app.get<SettingsService>(SETTINGS_SERVICE);

type Q = <T>(uow: UnitOfWork, sql: string, params: unknown[]) => Promise<T[]>;
const q: Q = async (uow, sql, params) => (await uow.em.getConnection().execute(sql, params, 'all', uow.em.getTransactionContext())) as never;

function snapshot(r: Rating): Record<string, unknown> {
  return { status: r.status, total: r.total ?? null, proposedGrade: r.proposedGrade ?? null, grade: r.grade ?? null, publicityEnd: r.publicityEnd ?? null, reviewRequestedOn: r.reviewRequestedOn ?? null, validUntil: r.validUntil ?? null, certificateNumber: r.certificateNumber ?? null };
}

/** Event facts: the scoping ids and the grades. */
export function ratingFacts(r: Rating, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ratingId: r.id, organisationId: r.organisationId, supervisoryUnitId: r.supervisoryUnitId ?? null, grade: r.grade ?? r.proposedGrade ?? null, previousGrade: r.previousGrade ?? null, status: r.status, regime: r.regime, ...extra };
}

function record(uow: UnitOfWork, r: Rating, operation: string, before: Record<string, unknown> | undefined, event?: { type: string; extra?: Record<string, unknown> }) {
  r.updatedAt = uow.now;
  uow.audit({ operation, entityType: 'Rating', entityId: r.id, regionCode: r.regionCode, organisationId: r.organisationId, before, after: snapshot(r) });
  if (event) uow.emit({ type: event.type, entityType: 'Rating', entityId: r.id, regionCode: r.regionCode, organisationId: r.organisationId, payload: ratingFacts(r, event.extra) });
}

async function loadRating(uow: UnitOfWork, ctx: Context, globalId: string, who: 'AUTHORITY' | 'ORGANISATION' = 'AUTHORITY'): Promise<Rating> {
  const r = await uow.em.findOne(Rating, { id: localId(globalId, 'Rating', 'input.ratingId') });
  if (!r) throw errors.notFound('评估 / rating', globalId);
  if (who === 'ORGANISATION') {
    if (ctx.viewer.role !== Role.ORGANISATION || ctx.viewer.organisationId !== r.organisationId) throw errors.forbidden();
  } else assertJurisdiction(ctx.viewer, r.regionCode);
  return r;
}

function expectStatus(r: Rating, allowed: string[], action: string) {
  if (!allowed.includes(r.status))
    throw new BusinessRuleError([problem('ILLEGAL_TRANSITION', 'input.ratingId', `当前状态（${r.status}）不能${action} / cannot ${action} a rating in status ${r.status}`)]);
}

export function openRound(ctx: Context, input: RatingRoundOpenInput) {
  assertJurisdiction(ctx.viewer, input.regionCode);
  return inTransaction(ctx, async (uow) => {
    const existing = await uow.em.findOne(RatingRound, { year: input.year, regionCode: input.regionCode });
    if (existing) return existing;
    const round = uow.em.create(RatingRound, { id: uuidv7(), year: input.year, regionCode: input.regionCode, status: 'OPEN', openedOn: todayOf(ctx), createdAt: uow.now, version: 1 });
    uow.audit({ operation: 'ratingRoundOpen', entityType: 'RatingRound', entityId: round.id, regionCode: round.regionCode, after: { year: round.year } });
    uow.emit({ type: 'RatingRoundOpened', entityType: 'RatingRound', entityId: round.id, regionCode: round.regionCode, payload: { roundId: round.id, year: round.year, regionCode: round.regionCode } });
    return round;
  });
}

interface OrgRow { id: string; region_code: string; supervisory_unit_id: string | null; status: string; registration_date: string | null; activity_area_level: string; party_organisation: boolean }

/** The latest granted grade of an organisation (valid or expired), for eligibility. */
async function heldGrade(uow: UnitOfWork, organisationId: string): Promise<HeldGrade | null> {
  const rows = await q<{ grade: string; announced_on: string; valid_from: string; counted_from: string; valid_until: string }>(uow,
    `select grade, announced_on::text as announced_on, valid_from::text as valid_from, counted_from::text as counted_from, valid_until::text as valid_until
       from rating where organisation_id = ? and grade is not null and status in ('GRANTED', 'CHANGED', 'EXPIRED') order by announced_on desc limit 1`, [organisationId]);
  const h = rows[0];
  return h ? { grade: h.grade as Grade, grantedOn: h.announced_on, validity: { heldFrom: h.valid_from, countedFrom: h.counted_from, validUntil: h.valid_until } } : null;
}

async function filingOutcome(uow: UnitOfWork, organisationId: string, year: number, today: string): Promise<FilingOutcomeForRating> {
  const rows = await q<{ status: string; result: string | null; first_submitted_at: Date | null; overdue: boolean }>(uow,
    'select status, result, first_submitted_at, effective_due_on < ?::date as overdue from filing where organisation_id = ? and year = ?', [today, organisationId, year]);
  const f = rows[0];
  if (!f) return 'NOT_OWED';
  if (f.status === 'CONCLUDED' && f.result) return f.result as FilingOutcomeForRating;
  return !f.first_submitted_at && f.overdue ? 'NOT_FILED' : 'NOT_OWED';
}

/**
 * R-RATE-2: an organisation applies (or the authority enrols it). Every reason against comes
 * back at once as userErrors.
 */
export function apply(ctx: Context, input: RatingApplyInput) {
  return inTransaction(ctx, async (uow) => {
    const orgId = localId(input.organisationId, 'Organisation', 'input.organisationId');
    const round = await uow.em.findOne(RatingRound, { id: localId(input.roundId, 'RatingRound', 'input.roundId') });
    if (!round) throw errors.notFound('评估工作 / rating round', input.roundId);
    const org = (await q<OrgRow>(uow, 'select id, region_code, supervisory_unit_id, status, registration_date::text as registration_date, activity_area_level, party_organisation from organisation where id = ?', [orgId]))[0];
    if (!org) throw errors.notFound('社会组织 / organisation', input.organisationId);
    if (ctx.viewer.role === Role.ORGANISATION) {
      if (ctx.viewer.organisationId !== org.id) throw errors.forbidden();
    } else assertJurisdiction(ctx.viewer, org.region_code);
    if (!inSubtree(round.regionCode, org.region_code))
      throw new BusinessRuleError([problem('RATING_OUTSIDE_ROUND', 'input.organisationId', '该组织不在本次评估的区划内 / the organisation is outside the round\'s region')]);
    if (await uow.em.findOne(Rating, { roundId: round.id, organisationId: org.id }))
      throw new BusinessRuleError([problem('RATING_ALREADY_APPLIED', 'input.organisationId', '已申请本次评估 / already applied in this round')]);
    const today = todayOf(ctx);
    const year = yearOf(today);
    const [lastYearFiling, yearBeforeLastFiling, penalties, listings, current, reevaluation] = await Promise.all([
      filingOutcome(uow, org.id, year - 1, today),
      filingOutcome(uow, org.id, year - 2, today),
      q<{ decided_on: string; kinds: string[] }>(uow, 'select decided_on::text as decided_on, kinds from penalty where organisation_id = ?', [org.id]),
      q<{ n: number }>(uow, 'select count(*)::int as n from credit_listing where organisation_id = ? and removed_on is null', [org.id]),
      heldGrade(uow, org.id),
      settingsOf(ctx).get(reevaluationSetting, org.region_code, today),
    ]);
    const result = ratingEligibility({
      applicationDate: today,
      registrationDate: org.registration_date ?? today,
      currentGrade: current,
      lastYearFiling,
      yearBeforeLastFiling,
      // the penalty table records no execution: a decision counts as executed; a warning alone is minor (轻微)
      penalties: penalties.map((p) => ({ decidedOn: p.decided_on, executed: true, minor: p.kinds.every((k) => k === 'WARNING') })),
      underInvestigation: false,
      national: org.activity_area_level === 'NATIONAL',
      onCreditList: listings[0]!.n > 0,
    }, reevaluation);
    if (!result.eligible) throw new BusinessRuleError([...result.problems]);
    const r = uow.em.create(Rating, {
      id: uuidv7(), organisationId: org.id, roundId: round.id, regionCode: org.region_code, supervisoryUnitId: org.supervisory_unit_id, status: 'APPLIED',
      regime: result.regime, appliedOn: today, createdAt: uow.now, updatedAt: uow.now, version: 1,
    });
    record(uow, r, 'ratingApply', undefined, { type: 'RatingApplied', extra: { year: round.year } });
    return r;
  });
}

/** R-RATE-3: scores → total → proposed grade under the LOCAL bands in force today. */
export function score(ctx: Context, input: RatingScoreInput) {
  return inTransaction(ctx, async (uow) => {
    const r = await loadRating(uow, ctx, input.ratingId);
    expectStatus(r, ['APPLIED', 'SCORED'], '打分 / score');
    const groups = { basicConditions: input.basicConditions, internalGovernance: input.internalGovernance, workPerformance: input.workPerformance, socialEvaluation: input.socialEvaluation };
    const total = ratingTotal(Object.values(groups), input.bonus ?? 0);
    if (!total.ok) throw new BusinessRuleError(total.problems.map((p) => ({ ...p, field: `input.${p.field}` })));
    const bands = await settingsOf(ctx).get(scoreBandsSetting, r.regionCode, todayOf(ctx));
    const party = (await q<{ party_organisation: boolean }>(uow, 'select party_organisation from organisation where id = ?', [r.organisationId]))[0]?.party_organisation ?? false;
    const g = gradeForScore(total.total, bands, party);
    const before = snapshot(r);
    Object.assign(r, { scores: groups, bonus: input.bonus ?? 0, total: total.total, withheldFiveA: g.withheld5A, proposedGrade: g.grade ?? null, status: 'SCORED' });
    record(uow, r, 'ratingScore', before);
    return r;
  });
}

/** R-RATE-4: publicity of the proposed grade for the LOCAL number of days. */
export function publicise(ctx: Context, input: RatingPubliciseInput) {
  if (!isCalendarDate(input.startDate)) throw new BusinessRuleError([problem('INVALID_DATE', 'input.startDate', '日期无效 / invalid date')]);
  return inTransaction(ctx, async (uow) => {
    const r = await loadRating(uow, ctx, input.ratingId);
    expectStatus(r, ['SCORED'], '公示 / publicise');
    const days = await settingsOf(ctx).get(publicityDaysSetting, r.regionCode, input.startDate);
    const before = snapshot(r);
    Object.assign(r, { status: 'PUBLICISED', publicityStart: input.startDate, publicityDays: days, publicityEnd: publicityLastDay(input.startDate, days) });
    record(uow, r, 'ratingPublicise', before, { type: 'RatingProposed', extra: { total: r.total, publicityStart: r.publicityStart, publicityEnd: r.publicityEnd } });
    return r;
  });
}

/** R-RATE-4: the organisation asks for review within the publicity period. */
export function requestReview(ctx: Context, input: RatingReviewRequestInput) {
  return inTransaction(ctx, async (uow) => {
    const r = await loadRating(uow, ctx, input.ratingId, 'ORGANISATION');
    expectStatus(r, ['PUBLICISED'], '申请复核 / request a review');
    const today = todayOf(ctx);
    if (!reviewRequestInTime(today, r.publicityStart!, r.publicityDays!))
      throw new BusinessRuleError([problem('RATING_REVIEW_OUT_OF_TIME', 'input.ratingId', `须在公示期内（${r.publicityStart} 至 ${r.publicityEnd}）申请复核 / a review must be asked for within the publicity period (${r.publicityStart} – ${r.publicityEnd})`)]);
    const before = snapshot(r);
    Object.assign(r, { status: 'REVIEW_REQUESTED', reviewRequestedOn: today, reviewReason: input.reason, reviewDecisionDue: reviewDecisionDue(today) });
    record(uow, r, 'ratingReviewRequest', before, { type: 'RatingReviewRequested', extra: { decisionDue: r.reviewDecisionDue } });
    return r;
  });
}

/** R-RATE-4: the review is decided within 15 days; it may change the proposed grade. */
export function decideReview(ctx: Context, input: RatingReviewDecideInput) {
  return inTransaction(ctx, async (uow) => {
    const r = await loadRating(uow, ctx, input.ratingId);
    expectStatus(r, ['REVIEW_REQUESTED'], '复核 / decide a review');
    const today = todayOf(ctx);
    if (today > r.reviewDecisionDue!)
      throw new BusinessRuleError([problem('RATING_REVIEW_DECISION_LATE', 'input.ratingId', `复核须在 ${r.reviewDecisionDue} 前决定 / the review had to be decided by ${r.reviewDecisionDue}`)]);
    const before = snapshot(r);
    const previous = r.proposedGrade ?? null;
    Object.assign(r, { status: 'REVIEWED', reviewDecidedOn: today, reviewOutcome: input.outcome, proposedGrade: input.grade ?? r.proposedGrade ?? null });
    record(uow, r, 'ratingReviewDecide', before, { type: 'RatingReviewDecided', extra: { previousProposedGrade: previous, gradeChanged: previous !== r.proposedGrade } });
    return r;
  });
}

async function nextCertificateNumber(uow: UnitOfWork, regionCode: string, year: number): Promise<string> {
  const prefix = `${regionCode}-${year}-`;
  const n = (await q<{ n: number }>(uow, 'select count(*)::int as n from rating where certificate_number like ?', [`${prefix}%`]))[0]!.n;
  return `${prefix}${String(n + 1).padStart(4, '0')}`;
}

/**
 * R-RATE-4, R-RATE-5, R-RATE-1: the grade takes effect after publicity (and review) with the
 * validity of the rule in force on the announcement date, and a certificate for 3A and above.
 */
export function grant(ctx: Context, input: RatingGrantInput) {
  return inTransaction(ctx, async (uow) => {
    const r = await loadRating(uow, ctx, input.ratingId);
    expectStatus(r, ['PUBLICISED', 'REVIEW_REQUESTED', 'REVIEWED'], '授予等级 / grant');
    const announcedOn = input.announcedOn ?? todayOf(ctx);
    if (!isCalendarDate(announcedOn)) throw new BusinessRuleError([problem('INVALID_DATE', 'input.announcedOn', '日期无效 / invalid date')]);
    const state = gradeEffectState({ publishedOn: r.publicityStart!, publicityDays: r.publicityDays!, review: r.reviewRequestedOn ? { requestedOn: r.reviewRequestedOn, decidedOn: r.reviewDecidedOn ?? null } : null }, announcedOn);
    if (!state.mayTakeEffect)
      throw new BusinessRuleError([problem(state.waitingFor === 'PUBLICITY' ? 'RATING_PUBLICITY_NOT_OVER' : 'RATING_REVIEW_PENDING', 'input.announcedOn',
        state.waitingFor === 'PUBLICITY' ? `公示期至 ${state.until} 结束后方可授予 / the publicity runs until ${state.until}` : `复核尚未决定（最迟 ${state.until}） / the review is not decided yet (due ${state.until})`)]);
    const before = snapshot(r);
    if (!r.proposedGrade) {
      r.status = 'REFUSED';
      record(uow, r, 'ratingRefuse', before, { type: 'RatingRefused' });
      return r;
    }
    const rule = await settingsOf(ctx).get(validitySetting, r.regionCode, announcedOn);
    const v = gradeValidity(announcedOn, rule);
    const grade = r.proposedGrade as Grade;
    Object.assign(r, {
      status: 'GRANTED', grade, announcedOn, validFrom: v.heldFrom, countedFrom: v.countedFrom, validUntil: v.validUntil,
      certificateNumber: hasCertificate(grade) ? await nextCertificateNumber(uow, r.regionCode, yearOf(announcedOn)) : null,
    });
    record(uow, r, 'ratingGrant', before, { type: 'RatingGranted', extra: { announcedOn, validFrom: r.validFrom, validUntil: r.validUntil, certificateNumber: r.certificateNumber } });
    return r;
  });
}

/** R-RATE-6: manual downgrade or cancellation, with its cause and reason. */
export function change(ctx: Context, input: RatingChangeInput, kind: 'DOWNGRADE' | 'CANCEL') {
  const cancel = ['FRAUD', 'FORGED_CERTIFICATE', 'LENT_CERTIFICATE'].includes(input.cause);
  if (cancel !== (kind === 'CANCEL'))
    throw new BusinessRuleError([problem('RATING_CAUSE_MISMATCH', 'input.cause', kind === 'CANCEL' ? '取消等级的原因须为弄虚作假、伪造或出借证书 / cancellation is for fraud or a forged or lent certificate' : '降级原因须为年检不合格、连续基本合格或行政处罚 / a downgrade is for a failed inspection, two basic passes or a penalty')]);
  if (!input.reason.trim()) throw new BusinessRuleError([problem('REASON_REQUIRED', 'input.reason', '须说明理由 / a reason is required')]);
  return inTransaction(ctx, async (uow) => {
    const r = await loadRating(uow, ctx, input.ratingId);
    expectStatus(r, ['GRANTED', 'CHANGED'], kind === 'CANCEL' ? '取消 / cancel' : '降级 / downgrade');
    if (!r.grade) throw new BusinessRuleError([problem('RATING_NO_GRADE', 'input.ratingId', '无等级 / no grade held')]);
    await applyChange(uow, r, input.cause as DowngradeCause | CancelCause, input.reason, todayOf(ctx));
    return r;
  });
}

/** Applies a grade change (manual or automatic) to the rating, with audit and RatingChanged. */
export async function applyChange(uow: UnitOfWork, r: Rating, cause: DowngradeCause | CancelCause, reason: string, on: string): Promise<void> {
  const c = gradeChangeFor(r.grade as Grade, cause, on);
  const before = snapshot(r);
  Object.assign(r, {
    previousGrade: r.grade, grade: c.to, status: c.to ? 'CHANGED' : 'CANCELLED', changedOn: on, changeCause: cause, changeReason: reason,
    certificateReturnDue: c.certificateReturnDue ?? null,
    certificateNumber: c.newCertificate ? await nextCertificateNumber(uow, r.regionCode, yearOf(on)) : null,
  });
  record(uow, r, c.kind === 'CANCELLED' ? 'ratingCancel' : 'ratingDowngrade', before, {
    type: 'RatingChanged', extra: { direction: c.to ? 'DOWN' : 'CANCELLED', cause, reason, changedOn: on, certificateReturnDue: r.certificateReturnDue, certificateNumber: r.certificateNumber },
  });
}
