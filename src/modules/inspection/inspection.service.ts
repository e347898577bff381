/**
 * The filing's use cases (R-INSP-1 … R-INSP-4): each is one transaction that checks who acts,
 * moves the filing through `filingTransition`, and writes its audit record and its event.
 */
import type { Context, UnitOfWork } from '../../platform/graphql/context.js';
import { checkVersion, inTransaction } from '../../platform/graphql/context.js';
import { BusinessRuleError, errors, type Problem } from '../../platform/graphql/errors.js';
import { localId } from '../../platform/graphql/relay.js';
import { isCalendarDate } from '../../platform/graphql/scalars.js';
import { Role } from '../../platform/auth/viewer.js';
import { dateInZone, diffDays } from '../../platform/time/calendar.js';
import { SETTINGS_SERVICE, type SettingsService } from '../../platform/settings/settings.service.js';
import { filingTransition, type FilingAction, type FilingStatus } from './domain/filing-lifecycle.js';
import { effectiveDue, isLate } from './domain/deadlines.js';
import { rectificationFor, type InspectionResult } from './domain/results.js';
import { rectificationDaysSetting } from './domain/settings.js';
import { Filing } from './filing.entity.js';
import { assertActor, canReadFiling, type FilingScope } from './inspection.access.js';
import { markRectificationVerified } from '../credit/credit.service.js';
import type {
  FilingConcludeInput, FilingExtendInput, FilingRectificationReportInput, FilingRectificationVerifyInput, FilingReportInput,
  FilingSaveDraftInput, FilingStepInput, FilingSubmitInput,
} from './inspection.types.js';

const problem = (code: string, field: string, message: string): Problem => ({ code, field, message });
const todayOf = (ctx: Context) => dateInZone(ctx.clock.now(), ctx.app.config.defaultTimeZone);

function scopeOf(f: Filing): FilingScope {
  return { organisation_id: f.organisationId, region_code: f.regionCode, supervisory_unit_id: f.supervisoryUnitId ?? null };
}

/** The first step's statutory due date (to the supervisory unit, or the authority when direct). */
export function statutoryDueOf(f: Pick<Filing, 'supervisorDueOn' | 'authorityDueOn'>): string {
  return f.supervisorDueOn ?? f.authorityDueOn;
}

function snapshot(f: Filing): Record<string, unknown> {
  return {
    status: f.status, effectiveDueOn: f.effectiveDueOn, extendedDueOn: f.extendedDueOn ?? null, result: f.result ?? null, findings: f.findings ?? null,
    incomeFen: f.incomeFen ?? null, expenditureFen: f.expenditureFen ?? null, netAssetsFen: f.netAssetsFen ?? null, audited: f.audited ?? null,
    activities: f.activities ?? null, fullTimeStaff: f.fullTimeStaff ?? null, volunteers: f.volunteers ?? null, partyOrganisation: f.partyOrganisation ?? null,
    majorChanges: f.majorChanges ?? null, rectificationReport: f.rectificationReport ?? null, declarationSigned: f.declarationSigned,
    rectificationDueOn: f.rectificationDueOn ?? null, rectificationReportedOn: f.rectificationReportedOn ?? null, rectificationVerifiedOn: f.rectificationVerifiedOn ?? null,
  };
}

/** Facts every filing event carries: scoping ids (organisation, supervisory unit) and what clients need. */
function facts(f: Filing, today: string): Record<string, unknown> {
  return {
    filingId: f.id, organisationId: f.organisationId, supervisoryUnitId: f.supervisoryUnitId ?? null, year: f.year, form: f.form, status: f.status,
    dueOn: f.effectiveDueOn, daysLeft: diffDays(today, f.effectiveDueOn),
  };
}

/** Writes the audit record and the event of one step. */
function record(uow: UnitOfWork, f: Filing, operation: string, eventType: string | null, before: Record<string, unknown>, today: string, extra: Record<string, unknown> = {}) {
  f.updatedAt = uow.now;
  uow.audit({ operation, entityType: 'Filing', entityId: f.id, regionCode: f.regionCode, organisationId: f.organisationId, before, after: snapshot(f) });
  if (eventType) uow.emit({ type: eventType, entityType: 'Filing', entityId: f.id, regionCode: f.regionCode, organisationId: f.organisationId, payload: { ...facts(f, today), ...extra } });
}

async function load(uow: UnitOfWork, ctx: Context, globalId: string, expectedVersion: number | null | undefined): Promise<Filing> {
  const id = localId(globalId, 'Filing', 'input.id');
  const f = await uow.em.findOne(Filing, { id });
  if (!f || !canReadFiling(ctx.viewer, scopeOf(f))) throw errors.notFound('年检（年报） / filing', globalId);
  checkVersion(f, expectedVersion, '年检（年报） / filing');
  return f;
}

/** Moves the filing through the state machine, refusing illegal moves and the wrong actor. */
function move(ctx: Context, f: Filing, action: FilingAction): FilingStatus {
  const r = filingTransition(f.status as FilingStatus, action, { directlyRegistered: f.directRegistration });
  if (!r.ok) throw new BusinessRuleError([{ code: r.code, field: r.field, message: r.message }]);
  assertActor(ctx.viewer, r.actor, scopeOf(f));
  return r.to;
}

function applyReport(f: Filing, r: FilingReportInput): void {
  const problems: Problem[] = [];
  for (const k of ['incomeFen', 'expenditureFen'] as const)
    if (r[k] != null && (!Number.isSafeInteger(r[k]) || r[k]! < 0)) problems.push(problem('INVALID_AMOUNT', `input.report.${k}`, '金额须为非负整数（分） / amounts are whole, non-negative numbers of fen'));
  for (const k of ['fullTimeStaff', 'volunteers'] as const)
    if (r[k] != null && r[k]! < 0) problems.push(problem('INVALID_COUNT', `input.report.${k}`, '人数不能为负 / counts cannot be negative'));
  if (problems.length) throw new BusinessRuleError(problems);
  for (const k of ['incomeFen', 'expenditureFen', 'netAssetsFen', 'audited', 'activities', 'fullTimeStaff', 'volunteers', 'partyOrganisation', 'majorChanges', 'rectificationReport', 'declarationSigned'] as const)
    if (r[k] !== undefined && r[k] !== null) (f as unknown as Record<string, unknown>)[k] = r[k];
}

/** What a submission must contain (R-INSP-1 declaration, R-INSP-4 rectification report). */
function submissionProblems(f: Filing): Problem[] {
  const out: Problem[] = [];
  for (const k of ['incomeFen', 'expenditureFen', 'netAssetsFen'] as const)
    if (f[k] == null) out.push(problem('REPORT_INCOMPLETE', `report.${k}`, '请填写年度财务摘要 / the financial summary is required'));
  if (!f.activities?.trim()) out.push(problem('REPORT_INCOMPLETE', 'report.activities', '请填写开展活动情况 / the activities are required'));
  if (!f.declarationSigned) out.push(problem('DECLARATION_REQUIRED', 'report.declarationSigned', '须由法定代表人签署承诺书 / the legal representative must sign the declaration'));
  if (f.rectificationReasons.length && !f.rectificationReport?.trim())
    out.push(problem('RECTIFICATION_REPORT_REQUIRED', 'report.rectificationReport', '须附整改报告或情况说明 / a rectification report or explanation is owed (R-INSP-4)'));
  return out;
}

/** The organisation saves its report; allowed while the filing is with it (draft or returned). */
export function saveDraft(ctx: Context, input: FilingSaveDraftInput) {
  return inTransaction(ctx, async (uow) => {
    const f = await load(uow, ctx, input.id, input.expectedVersion);
    assertActor(ctx.viewer, 'ORGANISATION', scopeOf(f));
    if (f.status !== 'DRAFT' && f.status !== 'RETURNED')
      throw new BusinessRuleError([problem('NOT_EDITABLE', 'status', '已提交的年检（年报）不能修改 / a submitted filing cannot be edited')]);
    const before = snapshot(f);
    applyReport(f, input.report);
    record(uow, f, 'filingSaveDraft', null, before, todayOf(ctx));
    return f;
  });
}

export function submit(ctx: Context, input: FilingSubmitInput) {
  return inTransaction(ctx, async (uow) => {
    const f = await load(uow, ctx, input.id, input.expectedVersion);
    const before = snapshot(f);
    const to = move(ctx, f, 'SUBMIT');
    if (input.report) applyReport(f, input.report);
    const problems = submissionProblems(f);
    if (problems.length) throw new BusinessRuleError(problems);
    const today = todayOf(ctx);
    f.status = to;
    f.submittedAt = uow.now;
    if (!f.firstSubmittedAt) {
      f.firstSubmittedAt = uow.now;
      f.late = isLate(today, statutoryDueOf(f), f.extendedDueOn);
    }
    f.returnReasons = null;
    record(uow, f, 'filingSubmit', 'FilingSubmitted', before, today, { late: f.late });
    return f;
  });
}

export function supervisorApprove(ctx: Context, input: FilingStepInput) {
  return inTransaction(ctx, async (uow) => {
    const f = await load(uow, ctx, input.id, input.expectedVersion);
    const before = snapshot(f);
    f.status = move(ctx, f, 'SUPERVISOR_APPROVE');
    Object.assign(f, { supervisorDecision: 'APPROVED', supervisorReasons: input.reasons ?? null, supervisorReviewedAt: uow.now });
    record(uow, f, 'filingSupervisorApprove', 'FilingSupervisorReviewed', before, todayOf(ctx), { decision: 'APPROVED', reasons: input.reasons ?? null });
    return f;
  });
}

/** Either reviewer returns the filing to the organisation, with reasons. */
export function returnFiling(ctx: Context, input: FilingStepInput) {
  if (!input.reasons?.trim()) throw new BusinessRuleError([problem('REASONS_REQUIRED', 'input.reasons', '退回须说明理由 / a return needs reasons')]);
  return inTransaction(ctx, async (uow) => {
    const f = await load(uow, ctx, input.id, input.expectedVersion);
    const before = snapshot(f);
    f.status = move(ctx, f, 'RETURN');
    f.returnReasons = input.reasons!;
    const by = ctx.viewer.role === Role.SUPERVISOR ? 'SUPERVISORY_UNIT' : 'AUTHORITY';
    if (by === 'SUPERVISORY_UNIT') Object.assign(f, { supervisorDecision: 'RETURNED', supervisorReasons: input.reasons, supervisorReviewedAt: uow.now });
    record(uow, f, 'filingReturn', 'FilingReturned', before, todayOf(ctx), { by, reasons: input.reasons });
    return f;
  });
}

/** The authority's result; anything but a pass opens a rectification with its due date (R-INSP-4). */
export function conclude(ctx: Context, input: FilingConcludeInput) {
  return inTransaction(ctx, async (uow) => {
    const f = await load(uow, ctx, input.id, input.expectedVersion);
    const before = snapshot(f);
    f.status = move(ctx, f, 'CONCLUDE');
    const today = todayOf(ctx);
    const days = await ctx.app.get<SettingsService>(SETTINGS_SERVICE).get(rectificationDaysSetting, f.regionCode, today);
    const rect = rectificationFor(input.result as InspectionResult, today, days);
    Object.assign(f, { result: input.result, findings: input.findings, concludedOn: today, rectificationDueOn: rect?.dueOn ?? null });
    record(uow, f, 'filingConclude', 'FilingConcluded', before, today, { result: input.result, late: f.late ?? null });
    if (rect)
      uow.emit({ type: 'RectificationOpened', entityType: 'Filing', entityId: f.id, regionCode: f.regionCode, organisationId: f.organisationId,
        payload: { ...facts(f, today), result: input.result, rectificationDueOn: rect.dueOn, daysLeft: diffDays(today, rect.dueOn) } });
    // The latest filing is done and verified (its rectification report covers missed years, R-INSP-4):
    // a late-filing listing may now be removed (R-CREDIT-3). An older year concluded proves nothing newer.
    const newer = await uow.em.count(Filing, { organisationId: f.organisationId, year: { $gt: f.year } });
    if (newer === 0) await markRectificationVerified(uow, { organisationId: f.organisationId, reason: 'ANNUAL_FILING_LATE', on: today });
    return f;
  });
}

/** R-INSP-2: the effective due date moves, the statutory one never does. */
export function extend(ctx: Context, input: FilingExtendInput) {
  if (!isCalendarDate(input.until)) throw new BusinessRuleError([problem('INVALID_DATE', 'input.until', '日期无效 / invalid date')]);
  return inTransaction(ctx, async (uow) => {
    const f = await load(uow, ctx, input.id, input.expectedVersion);
    assertActor(ctx.viewer, 'AUTHORITY', scopeOf(f));
    if (f.firstSubmittedAt) throw new BusinessRuleError([problem('ALREADY_SUBMITTED', 'input.id', '已报送，无需延期 / already submitted; nothing to extend')]);
    if (input.until <= statutoryDueOf(f) || (f.extendedDueOn && input.until <= f.extendedDueOn))
      throw new BusinessRuleError([problem('EXTENSION_NOT_LATER', 'input.until', '延期日须晚于现截止日 / the extension must be later than the current due date')]);
    const before = snapshot(f);
    f.extendedDueOn = input.until;
    f.effectiveDueOn = effectiveDue(statutoryDueOf(f), input.until);
    record(uow, f, 'filingExtend', 'FilingExtended', before, todayOf(ctx), { statutoryDueOn: statutoryDueOf(f), reason: input.reason });
    return f;
  });
}

export function reportRectification(ctx: Context, input: FilingRectificationReportInput) {
  return inTransaction(ctx, async (uow) => {
    const f = await load(uow, ctx, input.id, input.expectedVersion);
    assertActor(ctx.viewer, 'ORGANISATION', scopeOf(f));
    if (!f.rectificationDueOn || f.rectificationVerifiedOn)
      throw new BusinessRuleError([problem('NO_RECTIFICATION_OPEN', 'input.id', '没有待整改事项 / no rectification is open')]);
    const before = snapshot(f);
    const today = todayOf(ctx);
    Object.assign(f, { rectificationReport: input.report, rectificationReportedOn: today });
    record(uow, f, 'filingRectificationReport', 'RectificationReported', before, today, { rectificationDueOn: f.rectificationDueOn });
    return f;
  });
}

/** The authority verifies the rectification; a listing for not rectifying may then be removed (R-CREDIT-3). */
export function verifyRectification(ctx: Context, input: FilingRectificationVerifyInput) {
  return inTransaction(ctx, async (uow) => {
    const f = await load(uow, ctx, input.id, input.expectedVersion);
    assertActor(ctx.viewer, 'AUTHORITY', scopeOf(f));
    if (!f.rectificationDueOn || f.rectificationVerifiedOn || !f.rectificationReportedOn)
      throw new BusinessRuleError([problem('NO_RECTIFICATION_REPORTED', 'input.id', '没有待核实的整改报告 / no rectification report awaits verification')]);
    const before = snapshot(f);
    const today = todayOf(ctx);
    Object.assign(f, { rectificationVerifiedOn: today, rectificationOutcome: input.outcome });
    record(uow, f, 'filingRectificationVerify', 'RectificationVerified', before, today, { outcome: input.outcome });
    await markRectificationVerified(uow, { organisationId: f.organisationId, reason: 'RECTIFICATION_NOT_DONE', on: today });
    return f;
  });
}
