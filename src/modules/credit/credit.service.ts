/**
 * Credit lists (信用办法 2018): listing (R-CREDIT-1/2), penalties that drive them, and removal
 * (R-CREDIT-3). Each use case is one transaction with its audit records and events. Other
 * modules (inspection) call {@link markRectificationVerified} inside their own unit of work.
 */
import type { Context, UnitOfWork } from '../../platform/graphql/context.js';
import { checkVersion, inTransaction } from '../../platform/graphql/context.js';
import { BusinessRuleError, errors, type Problem } from '../../platform/graphql/errors.js';
import { localId, uuidv7 } from '../../platform/graphql/relay.js';
import { isCalendarDate } from '../../platform/graphql/scalars.js';
import { assertJurisdiction } from '../../platform/auth/scope.js';
import { dateInZone } from '../../platform/time/calendar.js';
import { SETTINGS_SERVICE, type SettingsService } from '../../platform/settings/settings.service.js';
import { CREDIT_REASONS, listingRecord, type CreditList, type CreditReason } from './domain/reasons.js';
import { listingForPenalty, type Penalty as DomainPenalty } from './domain/listing.js';
import { isRemovalDueOn, removalDue } from './domain/removal.js';
import { abnormalAutomaticRemovalMonthsSetting } from './domain/settings.js';
import { CreditListing, Penalty } from './credit.entity.js';
import type { CreditListInput, CreditRemoveInput, PenaltyRecordInput } from './credit.types.js';
import { onFundraisingRevoked } from '../organisation/organisation.charity.js';

const problem = (code: string, field: string, message: string): Problem => ({ code, field, message });
const todayOf = (ctx: Context) => dateInZone(ctx.clock.now(), ctx.app.config.defaultTimeZone);

interface OrgFacts {
  id: string;
  region_code: string;
  supervisory_unit_id: string | null;
  status: string;
  ended_on: string | null;
}

async function orgFacts(uow: UnitOfWork, ctx: Context, globalId: string, field: string): Promise<OrgFacts> {
  const id = localId(globalId, 'Organisation', field);
  const rows = (await uow.em.getConnection().execute('select id, region_code, supervisory_unit_id, status, ended_on::text as ended_on from organisation where id = ?', [id], 'all', uow.em.getTransactionContext())) as OrgFacts[];
  const org = rows[0];
  if (!org) throw errors.notFound('社会组织 / organisation', globalId);
  assertJurisdiction(ctx.viewer, org.region_code);
  return org;
}

function snapshot(l: CreditListing): Record<string, unknown> {
  return { list: l.list, reasons: l.reasons, listedOn: l.listedOn, lastActOn: l.lastActOn ?? null, removedOn: l.removedOn ?? null, removalReason: l.removalReason ?? null, rectificationVerifiedOn: l.rectificationVerifiedOn ?? null };
}

function emitListing(uow: UnitOfWork, l: CreditListing, type: 'CreditListed' | 'CreditRemoved', extra: Record<string, unknown> = {}) {
  uow.emit({
    type, entityType: 'CreditListing', entityId: l.id, regionCode: l.regionCode, organisationId: l.organisationId,
    payload: { listingId: l.id, organisationId: l.organisationId, supervisoryUnitId: l.supervisoryUnitId ?? null, list: l.list, reasons: l.reasons, legalBasis: l.legalBasis, listedOn: l.listedOn, removedOn: l.removedOn ?? null, removalReason: l.removalReason ?? null, ...extra },
  });
}

function removeListing(uow: UnitOfWork, l: CreditListing, on: string, reason: string, operation: string) {
  const before = snapshot(l);
  Object.assign(l, { removedOn: on, removalReason: reason, updatedAt: uow.now });
  uow.audit({ operation, entityType: 'CreditListing', entityId: l.id, regionCode: l.regionCode, organisationId: l.organisationId, before, after: snapshot(l) });
  emitListing(uow, l, 'CreditRemoved');
}

export interface ListingRequest {
  list: CreditList;
  reasons: CreditReason[];
  on: string;
  decidedBy: string;
  evidence?: string | null;
  decisionNumber?: string | null;
  sourceFilingId?: string | null;
  sourcePenaltyId?: string | null;
}

/**
 * Lists the organisation. Already on that list: the new reasons join the listing and, on the
 * abnormal list, the new listable act restarts the two-year clock (R-CREDIT-2). A serious
 * listing ends an active abnormal one (it moves up a list).
 */
export async function listOrganisation(uow: UnitOfWork, org: OrgFacts, req: ListingRequest): Promise<CreditListing> {
  let record;
  try {
    record = listingRecord(req.list, req.reasons, req.on, req.decidedBy);
  } catch (e) {
    throw new BusinessRuleError([problem('REASON_NOT_FOR_LIST', 'input.reasons', `理由与名录不符 / ${(e as Error).message}`)]);
  }
  const active = await uow.em.find(CreditListing, { organisationId: org.id, removedOn: null });
  const same = active.find((l) => l.list === req.list);
  if (req.list === 'SERIOUS') for (const l of active.filter((x) => x.list === 'ABNORMAL')) removeListing(uow, l, req.on, '列入严重违法失信名单 / moved to the serious list (R-CREDIT-2)', 'creditEscalate');
  if (same) {
    const before = snapshot(same);
    const reasons = [...new Set([...same.reasons, ...req.reasons])];
    Object.assign(same, { reasons, legalBasis: reasons.map((r) => CREDIT_REASONS[r as CreditReason].legalBasis), lastActOn: req.on, updatedAt: uow.now });
    uow.audit({ operation: 'creditList', entityType: 'CreditListing', entityId: same.id, regionCode: same.regionCode, organisationId: same.organisationId, before, after: snapshot(same) });
    emitListing(uow, same, 'CreditListed', { newReasons: req.reasons, clockRestartedOn: req.on });
    return same;
  }
  const l = uow.em.create(CreditListing, {
    id: uuidv7(), organisationId: org.id, regionCode: org.region_code, supervisoryUnitId: org.supervisory_unit_id, list: req.list, reasons: [...record.reasons],
    legalBasis: [...record.legalBasis], listedOn: req.on, decidedBy: req.decidedBy, decisionNumber: req.decisionNumber ?? null, evidence: req.evidence ?? null,
    sourceFilingId: req.sourceFilingId ?? null, sourcePenaltyId: req.sourcePenaltyId ?? null, lastActOn: null, rectificationVerifiedOn: null, removedOn: null,
    removalReason: null, createdAt: uow.now, updatedAt: uow.now, version: 1,
  });
  uow.audit({ operation: 'creditList', entityType: 'CreditListing', entityId: l.id, regionCode: l.regionCode, organisationId: l.organisationId, after: snapshot(l) });
  emitListing(uow, l, 'CreditListed');
  return l;
}

/** Manual listing by an authority (unreachable domicile, no Party organisation …). */
export function list(ctx: Context, input: CreditListInput) {
  if (!isCalendarDate(input.listedOn)) throw new BusinessRuleError([problem('INVALID_DATE', 'input.listedOn', '日期无效 / invalid date')]);
  if (!input.reasons.length) throw new BusinessRuleError([problem('REASON_REQUIRED', 'input.reasons', '须说明列入理由 / a reason is required')]);
  return inTransaction(ctx, async (uow) => {
    const org = await orgFacts(uow, ctx, input.organisationId, 'input.organisationId');
    return listOrganisation(uow, org, { list: input.list as CreditList, reasons: input.reasons as CreditReason[], on: input.listedOn, decidedBy: ctx.viewer.regionCode!, evidence: input.evidence, decisionNumber: input.decisionNumber });
  });
}

/**
 * Manual removal (R-CREDIT-3): from the abnormal list after a verified rectification; from the
 * serious list only once two clean years have passed (on application) or on deregistration.
 */
export function remove(ctx: Context, input: CreditRemoveInput) {
  if (!isCalendarDate(input.removedOn)) throw new BusinessRuleError([problem('INVALID_DATE', 'input.removedOn', '日期无效 / invalid date')]);
  return inTransaction(ctx, async (uow) => {
    const l = await uow.em.findOne(CreditListing, { id: localId(input.id, 'CreditListing', 'input.id') });
    if (!l) throw errors.notFound('信用名录记录 / credit listing', input.id);
    assertJurisdiction(ctx.viewer, l.regionCode);
    checkVersion(l, input.expectedVersion, '信用名录记录 / credit listing');
    if (l.removedOn) throw new BusinessRuleError([problem('ALREADY_REMOVED', 'input.id', '已移出 / already removed')]);
    if (l.list === 'SERIOUS') {
      const rows = (await uow.em.getConnection().execute('select ended_on::text as ended_on, status from organisation where id = ?', [l.organisationId], 'all', uow.em.getTransactionContext())) as { ended_on: string | null; status: string }[];
      const deregisteredOn = rows[0]?.status === 'DEREGISTERED' ? rows[0].ended_on : null;
      const due = removalDue({ list: 'SERIOUS', listedOn: l.listedOn, reasons: l.reasons as CreditReason[] }, { lastListableActOn: l.lastActOn, deregisteredOn }, { automaticRemovalMonths: null });
      if (!isRemovalDueOn(due, input.removedOn))
        throw new BusinessRuleError([problem('NOT_YET_REMOVABLE', 'input.removedOn', `严重违法失信名单须满2年且无新的失信行为方可申请移出${due.kind === 'ON_APPLICATION' ? `（自 ${due.eligibleFrom} 起）` : ''} / the serious list is left on application after 2 clean years${due.kind === 'ON_APPLICATION' ? ` (from ${due.eligibleFrom})` : ''} (R-CREDIT-3)`)]);
    }
    if (input.rectificationVerifiedOn) l.rectificationVerifiedOn = input.rectificationVerifiedOn;
    removeListing(uow, l, input.removedOn, input.reason, 'creditRemove');
    return l;
  });
}

const PENALTY_KINDS = new Set(['WARNING', 'FINE', 'SUSPENSION', 'REVOCATION', 'CONFISCATION']);

export function toDomainPenalty(p: { kinds: string[]; fine_fen?: number; fineFen?: number; decided_on?: string; decidedOn?: string }): DomainPenalty {
  return {
    decidedOn: (p.decidedOn ?? p.decided_on)!, warning: p.kinds.includes('WARNING'), fineFen: Number(p.fineFen ?? p.fine_fen ?? 0),
    suspension: p.kinds.includes('SUSPENSION'), revocation: p.kinds.includes('REVOCATION'),
  };
}

/** Records a penalty decision and the listing it leads to (R-CREDIT-1/2 via listingForPenalty). */
export function recordPenalty(ctx: Context, input: PenaltyRecordInput) {
  const problems: Problem[] = [];
  if (!isCalendarDate(input.decidedOn)) problems.push(problem('INVALID_DATE', 'input.decidedOn', '日期无效 / invalid date'));
  if (!input.kinds.length || input.kinds.some((k) => !PENALTY_KINDS.has(k))) problems.push(problem('KIND_REQUIRED', 'input.kinds', '须说明处罚种类 / the kind of penalty is required'));
  if (input.kinds.includes('FINE') !== (input.fineFen ?? 0) > 0) problems.push(problem('FINE_AMOUNT', 'input.fineFen', '罚款须填写金额（分），无罚款则不填 / a fine needs its amount in fen, and only a fine'));
  if (problems.length) throw new BusinessRuleError(problems);
  return inTransaction(ctx, async (uow) => {
    const org = await orgFacts(uow, ctx, input.organisationId, 'input.organisationId');
    const history = await uow.em.find(Penalty, { organisationId: org.id });
    const p = uow.em.create(Penalty, {
      id: uuidv7(), organisationId: org.id, regionCode: org.region_code, supervisoryUnitId: org.supervisory_unit_id, kinds: [...new Set(input.kinds)],
      fineFen: input.fineFen ?? 0, confiscatedFen: input.confiscatedFen ?? 0, decisionNumber: input.decisionNumber, decidedOn: input.decidedOn,
      facts: input.facts ?? null, legalBasis: input.legalBasis, createdAt: uow.now,
    });
    uow.audit({ operation: 'penaltyRecord', entityType: 'Penalty', entityId: p.id, regionCode: p.regionCode, organisationId: p.organisationId, after: { kinds: p.kinds, fineFen: p.fineFen, decisionNumber: p.decisionNumber, decidedOn: p.decidedOn } });
    uow.emit({ type: 'PenaltyRecorded', entityType: 'Penalty', entityId: p.id, regionCode: p.regionCode, organisationId: p.organisationId,
      payload: { penaltyId: p.id, organisationId: p.organisationId, supervisoryUnitId: p.supervisoryUnitId ?? null, kinds: p.kinds, fineFen: p.fineFen, decisionNumber: p.decisionNumber, decidedOn: p.decidedOn, legalBasis: p.legalBasis } });
    const decision = listingForPenalty(toDomainPenalty(p), history.map(toDomainPenalty));
    if (decision)
      await listOrganisation(uow, org, { list: decision.list, reasons: [...decision.reasons], on: decision.listedOn, decidedBy: ctx.viewer.regionCode!, decisionNumber: p.decisionNumber, sourcePenaltyId: p.id, evidence: `行政处罚决定 ${p.decisionNumber}` });
    return p;
  });
}

/**
 * The authority verified that a listed obligation was done (the latest filing concluded, with
 * its rectification report covering missed years (R-INSP-4); the rectification verified): the abnormal listing it caused must be removed within 5 working
 * days (R-CREDIT-3); the sweeper removes it on its next run.
 */
export async function markRectificationVerified(uow: UnitOfWork, a: { organisationId: string; reason: CreditReason; on: string }): Promise<void> {
  const l = await uow.em.findOne(CreditListing, { organisationId: a.organisationId, list: 'ABNORMAL', removedOn: null });
  if (!l || !l.reasons.includes(a.reason) || l.rectificationVerifiedOn) return;
  const before = snapshot(l);
  Object.assign(l, { rectificationVerifiedOn: a.on, updatedAt: uow.now });
  uow.audit({ operation: 'creditRectificationVerified', entityType: 'CreditListing', entityId: l.id, regionCode: l.regionCode, organisationId: l.organisationId, before, after: snapshot(l) });
}

/** For the removal sweep: the LOCAL automatic removal months of a region (R-CREDIT-3). */
export function automaticRemovalMonths(settings: SettingsService, regionCode: string, today: string) {
  return settings.get(abnormalAutomaticRemovalMonthsSetting, regionCode, today);
}

export { todayOf, SETTINGS_SERVICE };

/** R-CREDIT-1: a public-fundraising charity whose qualification is revoked no longer qualifies: listed as abnormal. */
onFundraisingRevoked(async (uow, org, input) => {
  await listOrganisation(uow, { id: org.id, region_code: org.regionCode, supervisory_unit_id: org.supervisoryUnitId ?? null, status: org.status, ended_on: org.endedOn ?? null }, {
    list: 'ABNORMAL', reasons: ['FUNDRAISING_CHARITY_DISQUALIFIED'], on: input.revokedOn, decidedBy: org.regionCode, decisionNumber: input.decisionNumber,
    evidence: `撤销公开募捐资格：${input.reason.trim()} / public-fundraising qualification revoked`,
  });
});
