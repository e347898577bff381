/**
 * The register's use cases (R-ORG-1 … R-ORG-6): each is one transaction that checks the
 * rules, moves the lifecycle through its transition function, records the change (变更记录),
 * and writes its audit record and its event.
 */
import type { Context, UnitOfWork } from '../../platform/graphql/context.js';
import { checkVersion, inTransaction } from '../../platform/graphql/context.js';
import { BusinessRuleError, errors, type Problem } from '../../platform/graphql/errors.js';
import { localId, uuidv7 } from '../../platform/graphql/relay.js';
import { assertJurisdiction } from '../../platform/auth/scope.js';
import { Role } from '../../platform/auth/viewer.js';
import { SETTINGS_SERVICE, type SettingsService } from '../../platform/settings/settings.service.js';
import { isInSubtree, regionLevelOf, type RegionLevel } from '../../platform/regions/region-code.js';
import { isCalendarDate } from '../../platform/graphql/scalars.js';
import { Organisation as OrganisationEntity, OrganisationChange } from './organisation.entity.js';
import { SupervisoryUnit } from '../supervisory-unit/supervisory-unit.entity.js';
import { basicFactProblems as basicProblems, checkRegistration, nameProblems, registrationDueAfterPreparation, type FieldOfActivity, type OrganisationType } from './domain/organisation-rules.js';
import { transition, type OrganisationAction, type OrganisationStatus } from './domain/lifecycle.js';
import { normalizeUscc, validateUscc } from './domain/uscc.js';
import { certificatePeriodProblems } from './domain/certificate.js';
import { HAND_OVER_SQL, auditHandOver, type MovedRecord } from './organisation.handover.js';
import { positional } from '../../platform/db/positional.js';
import { directRegistrationCategoriesSetting, minimumFundsSetting, preparationMonthsSetting } from './domain/settings.js';
import { nameGrams, searchText } from './domain/name-search.js';
import { resolveLegalRepresentative } from './legal-representative.js';
import { mergeRecord, recordProblems, type RecordFacts } from './domain/record.js';
import type {
  OrganisationAmendInput, OrganisationDeregisterInput, OrganisationFactsInput, OrganisationPrepareInput,
  OrganisationRegisterInput, OrganisationResumeInput, OrganisationRevokeInput, OrganisationSuspendInput,
} from './organisation.inputs.js';

const settingsOf = (ctx: Context) => ctx.app.get<SettingsService>(SETTINGS_SERVICE);

export function problem(code: string, field: string, zh: string, en: string): Problem {
  return { code, field, message: `${zh} / ${en}` };
}

/** Refuses a move the lifecycle does not allow (R-ORG-6), naming the current status. */
function move(org: OrganisationEntity | null, action: OrganisationAction, type: OrganisationType): OrganisationStatus {
  const r = transition((org?.status as OrganisationStatus) ?? null, action, type);
  if (!r.ok) throw new BusinessRuleError([{ code: r.code, field: 'status', message: r.message }]);
  return r.to;
}

export function requireDate(value: string, field: string): void {
  if (!isCalendarDate(value)) throw new BusinessRuleError([problem('INVALID_DATE', field, '日期无效', 'invalid date')]);
}

/** A public snapshot for history and audit (no personal data: the legal representative by id). */
function snapshot(o: OrganisationEntity): Record<string, unknown> {
  return {
    name: o.name, uscc: o.uscc ?? null, status: o.status, domicile: o.domicile, legalRepresentativeId: o.legalRepresentativeId,
    businessScope: o.businessScope, registeredFundsFen: o.registeredFundsFen, supervisoryUnitId: o.supervisoryUnitId ?? null,
    suspendedUntil: o.suspendedUntil ?? null, endedOn: o.endedOn ?? null,
  };
}

export function changesBetween(before: Record<string, unknown>, after: Record<string, unknown>) {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const k of Object.keys(after)) if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out[k] = { before: before[k] ?? null, after: after[k] };
  return out;
}

/** How {@link record} deviates for actions beyond the lifecycle (R-ORG-9). */
export interface RecordOptions {
  /** The facts compared before and after (default: the public snapshot). */
  snap?: (o: OrganisationEntity) => Record<string, unknown>;
  /** The audit operation (default `organisation<Action>`). */
  operation?: string;
  /** Whether the action enters the change record (变更记录); default true. */
  history?: boolean;
}

/** Writes the change record, the audit record and the event of one action. */
export function record(uow: UnitOfWork, org: OrganisationEntity, action: string, eventType: string, before: Record<string, unknown> | null, d: { date: string; decisionNumber?: string | null; reason?: string | null; extra?: Record<string, unknown> }, opts: RecordOptions = {}) {
  const after = (opts.snap ?? snapshot)(org);
  const changes = changesBetween(before ?? {}, after);
  if (opts.history ?? true) uow.em.persist(uow.em.create(OrganisationChange, {
    id: uuidv7(), organisationId: org.id, action, effectiveDate: d.date, decisionNumber: d.decisionNumber ?? null, reason: d.reason ?? null,
    changes, recordedAt: uow.now, recordedBy: uow.actor.sub,
  }));
  uow.audit({ operation: opts.operation ?? `organisation${action[0]}${action.slice(1).toLowerCase()}`, entityType: 'Organisation', entityId: org.id, regionCode: org.regionCode, organisationId: org.id, before, after });
  uow.emit({
    type: eventType, entityType: 'Organisation', entityId: org.id, regionCode: org.regionCode, organisationId: org.id,
    payload: { organisationId: org.id, name: org.name, code: org.uscc ?? null, status: org.status, date: d.date, decisionNumber: d.decisionNumber ?? null, supervisoryUnitId: org.supervisoryUnitId ?? null, ...d.extra },
  });
}

/** The organisation to change, checked for jurisdiction (or, with `allowOwn`, the organisation itself) and version. */
export async function loadForChange(uow: UnitOfWork, ctx: Context, globalId: string, expectedVersion: number | null | undefined, allowOwn = false): Promise<OrganisationEntity> {
  const id = localId(globalId, 'Organisation', 'input.id');
  const org = await uow.em.findOne(OrganisationEntity, { id });
  if (!org) throw errors.notFound('社会组织 / organisation', globalId);
  if (!(allowOwn && ctx.viewer.role === Role.ORGANISATION && ctx.viewer.organisationId === org.id)) assertJurisdiction(ctx.viewer, org.regionCode);
  checkVersion(org, expectedVersion, '社会组织 / organisation');
  return org;
}

/** R-ORG-3: the supervisory unit must exist, and a direct-registration field needs none. */
async function supervisoryUnitOf(uow: UnitOfWork, globalId: string | null | undefined, field: string): Promise<string | null> {
  if (!globalId) return null;
  const id = localId(globalId, 'SupervisoryUnit', field);
  if (!(await uow.em.findOne(SupervisoryUnit, { id }))) throw new BusinessRuleError([problem('SUPERVISORY_UNIT_NOT_FOUND', field, '业务主管单位不存在', 'no such supervisory unit')]);
  return id;
}

/** Where the domain's field names live in the mutation input. */
const INPUT_FIELD: Record<string, string> = {
  fundsFen: 'input.facts.registeredFundsFen',
  authorityLevel: 'input.facts.regionCode',
  fieldsOfActivity: 'input.facts.fields',
  supervisoryUnit: 'input.facts.supervisoryUnitId',
  fundraising: 'input.fundraising',
  fundsInCash: 'input.facts.fundsInCash',
};

/** Rules R-ORG-1 … R-ORG-5 with the LOCAL settings in force for the authority on the day. */
async function registrationProblems(ctx: Context, type: OrganisationType, fundraising: string | null | undefined, facts: OrganisationFactsInput, supervisoryUnitId: string | null, fundsInCash: boolean | null | undefined, date: string): Promise<Problem[]> {
  const authorityLevel = regionLevelOf(facts.regionCode);
  if (!authorityLevel) return [problem('INVALID_REGION', 'input.facts.regionCode', `行政区划代码无效：${facts.regionCode}`, `invalid region code ${facts.regionCode}`)];
  const [direct, minimumFunds] = await Promise.all([
    settingsOf(ctx).get(directRegistrationCategoriesSetting, facts.regionCode, date),
    settingsOf(ctx).get(minimumFundsSetting, facts.regionCode, date),
  ]);
  const problems = checkRegistration(
    {
      type, fundraising: fundraising as 'PUBLIC' | 'NON_PUBLIC' | null, authorityLevel,
      activityAreaLevel: (facts.activityAreaLevel as RegionLevel) ?? authorityLevel,
      fieldsOfActivity: facts.fields as FieldOfActivity[], supervisoryUnit: supervisoryUnitId, fundsFen: facts.registeredFundsFen,
      fundsInCash: fundsInCash ?? type !== 'FOUNDATION', individualMembers: facts.individualMembers ?? 0, unitMembers: facts.unitMembers ?? 0,
    },
    { directRegistrationCategories: direct, minimumFunds },
  );
  return problems.map((p) => ({ ...p, field: p.field ? INPUT_FIELD[p.field] ?? `input.facts.${p.field}` : undefined }));
}

function basicFactProblems(facts: OrganisationFactsInput): Problem[] {
  const out: Problem[] = basicProblems(facts).map((p) => ({ ...p, field: `input.facts.${p.field}` }));
  if (!Number.isSafeInteger(facts.registeredFundsFen) || facts.registeredFundsFen < 0)
    out.push(problem('INVALID_FUNDS', 'input.facts.registeredFundsFen', '注册资金须为非负整数（分）', 'registered funds must be a whole, non-negative number of fen'));
  // R-ORG-9: the basic record given with the registration (the charter date is bounded only by organisationRecordFacts, which knows today)
  out.push(...recordProblems(mergeRecord({}, recordFactsOf(facts)), '9999-12-31').map((p) => ({ ...p, field: `input.facts.${p.field}` })));
  return out;
}

/** Applies the facts of a registration or preparation to the entity. */
function applyFacts(org: OrganisationEntity, facts: OrganisationFactsInput, legalRepresentativeId: string, supervisoryUnitId: string | null, direct: boolean): void {
  const name = facts.name.trim();
  Object.assign(org, {
    name, englishName: facts.englishName ?? null, regionCode: facts.regionCode, activityAreaLevel: facts.activityAreaLevel ?? regionLevelOf(facts.regionCode),
    domicile: facts.domicile.trim(), domicileRegionCode: facts.domicileRegionCode ?? facts.regionCode, legalRepresentativeId,
    businessScope: facts.businessScope.trim(), supervisoryUnitId, supervisoryApproval: facts.supervisoryApproval ?? null, directRegistration: direct,
    fields: [...new Set(facts.fields)], registeredFundsFen: facts.registeredFundsFen, individualMembers: facts.individualMembers ?? null,
    unitMembers: facts.unitMembers ?? null, partyOrganisation: facts.partyOrganisation ?? false, partyBuildingInCharter: facts.partyBuildingInCharter ?? false,
    contactName: facts.contactName ?? null, contactPhone: facts.contactPhone ?? null,
    ...mergeRecord(recordOf(org), recordFactsOf(facts)),
  });
  refreshSearch(org);
}

/** The R-ORG-9 record facts on record. */
export function recordOf(o: OrganisationEntity): RecordFacts {
  return {
    industryCode: o.industryCode ?? null, fundsCurrency: o.fundsCurrency ?? null, fundsSource: o.fundsSource ?? null, domicileSource: o.domicileSource ?? null,
    charterApprovedOn: o.charterApprovedOn ?? null, fullTimeStaff: o.fullTimeStaff ?? null, partTimeStaff: o.partTimeStaff ?? null,
    councilMembers: o.councilMembers ?? null, supervisors: o.supervisors ?? null, standingCouncilMembers: o.standingCouncilMembers ?? null,
  };
}

/** The R-ORG-9 record facts a registration input carries (undefined when not given). */
function recordFactsOf(f: OrganisationFactsInput): RecordFacts {
  return {
    industryCode: f.industryCode ?? undefined, fundsCurrency: f.fundsCurrency ?? undefined, fundsSource: f.fundsSource ?? undefined,
    domicileSource: f.domicileSource ?? undefined, charterApprovedOn: f.charterApprovedOn ?? undefined, fullTimeStaff: f.fullTimeStaff ?? undefined,
    partTimeStaff: f.partTimeStaff ?? undefined, councilMembers: f.councilMembers ?? undefined, supervisors: f.supervisors ?? undefined,
    standingCouncilMembers: f.standingCouncilMembers ?? undefined,
  };
}

function refreshSearch(org: OrganisationEntity): void {
  org.nameGrams = nameGrams([org.name, ...org.formerNames]);
  org.searchText = searchText(org.name, org.formerNames);
}

function newEntity(uow: UnitOfWork, type: OrganisationType, fundraising: string | null | undefined): OrganisationEntity {
  const org = new OrganisationEntity();
  Object.assign(org, { id: uuidv7(), type, fundraising: type === 'FOUNDATION' ? fundraising ?? null : null, formerNames: [], createdAt: uow.now, updatedAt: uow.now, version: 1 });
  return org;
}

/** 筹备: a social group's preparation is approved; it must register within the LOCAL period. */
export function prepare(ctx: Context, input: OrganisationPrepareInput) {
  assertJurisdiction(ctx.viewer, input.regionCode);
  requireDate(input.approvedOn, 'input.approvedOn');
  return inTransaction(ctx, async (uow) => {
    const status = move(null, 'PREPARE', 'SOCIAL_GROUP');
    const unit = await supervisoryUnitOf(uow, input.supervisoryUnitId, 'input.supervisoryUnitId');
    const problems = basicFactProblems(input);
    if (problems.length) throw new BusinessRuleError(problems);
    const rep = await resolveLegalRepresentative(uow, ctx, input.legalRepresentative, input.regionCode, 'input.legalRepresentative');
    const months = await settingsOf(ctx).get(preparationMonthsSetting, input.regionCode, input.approvedOn);
    const org = newEntity(uow, 'SOCIAL_GROUP', null);
    applyFacts(org, input, rep.id, unit, !unit);
    Object.assign(org, { status, preparationApprovedOn: input.approvedOn, registrationDueBy: registrationDueAfterPreparation(input.approvedOn, months) });
    uow.em.persist(org);
    record(uow, org, 'PREPARE', 'OrganisationPreparationApproved', null, { date: input.approvedOn, decisionNumber: input.decisionNumber, extra: { registrationDueBy: org.registrationDueBy } });
    return org;
  });
}

/** 成立登记 (R-ORG-1 … R-ORG-5, R-USCC-1 … R-USCC-4). */
export function register(ctx: Context, input: OrganisationRegisterInput) {
  requireDate(input.registrationDate, 'input.registrationDate');
  return inTransaction(ctx, async (uow) => {
    let org: OrganisationEntity;
    let before: Record<string, unknown> | null = null;
    if (input.organisationId) {
      org = await loadForChange(uow, ctx, input.organisationId, input.expectedVersion);
      before = snapshot(org);
    } else {
      if (!input.type || !input.facts) throw new BusinessRuleError([problem('FACTS_REQUIRED', 'input.facts', '新登记须填写类型和组织信息', 'a new registration needs the type and the facts')]);
      assertJurisdiction(ctx.viewer, input.facts.regionCode);
      org = newEntity(uow, input.type, input.fundraising);
    }
    const type = org.type as OrganisationType;
    const status = move(input.organisationId ? org : null, 'REGISTER', type);
    const facts = input.facts ?? factsOf(org);
    const unit = input.facts ? await supervisoryUnitOf(uow, input.facts.supervisoryUnitId, 'input.facts.supervisoryUnitId') : org.supervisoryUnitId ?? null;
    const code = normalizeUscc(input.code);
    const problems = [
      ...(input.facts ? basicFactProblems(input.facts) : []),
      ...validateUscc(code, type, 'input.code'),
      ...(await registrationProblems(ctx, type, input.fundraising ?? org.fundraising, facts, unit, input.facts?.fundsInCash, input.registrationDate)),
      // R-ORG-9: valid from the registration date
      ...(input.certificateValidUntil ? certificatePeriodProblems(input.registrationDate, input.certificateValidUntil, 'input.certificateValidUntil') : []),
    ];
    if (await uow.em.findOne(OrganisationEntity, { uscc: code, id: { $ne: org.id } }))
      problems.push(problem('USCC_ALREADY_USED', 'input.code', '该统一社会信用代码已被使用（代码永不复用）', 'this credit code is already taken (codes are never reused)'));
    if (problems.length) throw new BusinessRuleError(problems);
    if (input.facts) {
      const rep = await resolveLegalRepresentative(uow, ctx, input.facts.legalRepresentative, input.facts.regionCode, 'input.facts.legalRepresentative');
      const direct = await isDirect(ctx, input.facts, input.registrationDate);
      applyFacts(org, input.facts, rep.id, unit, direct && !unit);
    }
    Object.assign(org, {
      status, uscc: code, registrationDate: input.registrationDate, certificateNumber: input.certificateNumber, certificateIssuedOn: input.registrationDate,
      certificateValidFrom: input.registrationDate, certificateValidUntil: input.certificateValidUntil ?? null, updatedAt: uow.now,
    });
    uow.em.persist(org);
    record(uow, org, 'REGISTER', 'OrganisationRegistered', before, { date: input.registrationDate, decisionNumber: input.decisionNumber });
    return org;
  });
}

async function isDirect(ctx: Context, facts: OrganisationFactsInput, date: string): Promise<boolean> {
  const direct = await settingsOf(ctx).get(directRegistrationCategoriesSetting, facts.regionCode, date);
  return facts.fields.some((f) => direct.includes(f as FieldOfActivity));
}

/** The stored facts of a preparing organisation, for checking its registration. */
function factsOf(org: OrganisationEntity): OrganisationFactsInput {
  return {
    name: org.name, regionCode: org.regionCode, activityAreaLevel: org.activityAreaLevel, domicile: org.domicile, domicileRegionCode: org.domicileRegionCode,
    legalRepresentative: { personId: null }, businessScope: org.businessScope, supervisoryUnitId: org.supervisoryUnitId ?? null, fields: org.fields,
    registeredFundsFen: org.registeredFundsFen, individualMembers: org.individualMembers ?? null, unitMembers: org.unitMembers ?? null,
  };
}

/** 变更登记: every change kept with its date and decision; a new name keeps the old as a former name. */
export function amend(ctx: Context, input: OrganisationAmendInput) {
  requireDate(input.effectiveDate, 'input.effectiveDate');
  return inTransaction(ctx, async (uow) => {
    const org = await loadForChange(uow, ctx, input.id, input.expectedVersion);
    org.status = move(org, 'AMEND', org.type as OrganisationType);
    const before = snapshot(org);
    const problems: Problem[] = [];
    if (input.name != null) {
      const name = input.name.trim();
      const bad = nameProblems(name);
      if (bad.length) problems.push(...bad.map((p) => ({ ...p, field: 'input.name' })));
      else if (name !== org.name) {
        org.formerNames = [...org.formerNames, org.name];
        org.name = name;
      }
    }
    if (input.registeredFundsFen != null) {
      const p = await registrationProblems(ctx, org.type as OrganisationType, org.fundraising, { ...factsOf(org), registeredFundsFen: input.registeredFundsFen }, org.supervisoryUnitId ?? null, true, input.effectiveDate);
      problems.push(...p.filter((x) => x.field?.endsWith('FundsFen')).map((x) => ({ ...x, field: 'input.registeredFundsFen' })));
      org.registeredFundsFen = input.registeredFundsFen;
    }
    if (input.domicile != null) org.domicile = input.domicile.trim();
    if (input.domicileRegionCode != null) org.domicileRegionCode = input.domicileRegionCode;
    if (input.businessScope != null) org.businessScope = input.businessScope.trim();
    if (input.supervisoryUnitId != null) org.supervisoryUnitId = await supervisoryUnitOf(uow, input.supervisoryUnitId, 'input.supervisoryUnitId');
    if (input.legalRepresentative) org.legalRepresentativeId = (await resolveLegalRepresentative(uow, ctx, input.legalRepresentative, org.regionCode, 'input.legalRepresentative')).id;
    if (problems.length) throw new BusinessRuleError(problems);
    const changed = changesBetween(before, snapshot(org));
    if (Object.keys(changed).length === 0) throw new BusinessRuleError([problem('NOTHING_CHANGED', 'input', '没有需要变更的事项', 'nothing would change')]);
    refreshSearch(org);
    org.updatedAt = uow.now;
    const extra: Record<string, unknown> = { fields: Object.keys(changed) };
    if ('supervisoryUnitId' in changed) Object.assign(extra, await followSupervisoryUnit(uow, org));
    record(uow, org, 'AMEND', 'OrganisationAmended', before, { date: input.effectiveDate, decisionNumber: input.decisionNumber, extra });
    return org;
  });
}

/** A new supervisory unit takes over the organisation's open filings and listings (organisation.handover.ts). */
async function followSupervisoryUnit(uow: UnitOfWork, org: OrganisationEntity): Promise<{ filingsMoved: number; listingsMoved: number }> {
  await uow.em.flush(); // the statement reads the organisation's new unit from the table
  // the id as an array literal: the ORM's placeholders would spread a JS array into a list
  const moved = (await uow.em.getConnection().execute(...positional(HAND_OVER_SQL, [`{${org.id}}`, uow.now]), 'all', uow.em.getTransactionContext())) as MovedRecord[];
  return auditHandOver((e) => uow.audit(e), moved);
}

/** 限期停止活动 for a period. */
export function suspend(ctx: Context, input: OrganisationSuspendInput) {
  requireDate(input.from, 'input.from');
  requireDate(input.until, 'input.until');
  if (input.until < input.from) throw new BusinessRuleError([problem('PERIOD_INVALID', 'input.until', '截止日期早于起始日期', 'the end date is before the start date')]);
  return simpleMove(ctx, input.id, input.expectedVersion, 'SUSPEND', 'OrganisationSuspended', { date: input.from, decisionNumber: input.decisionNumber, reason: input.reason, extra: { until: input.until } }, (o) => {
    o.suspendedUntil = input.until;
  });
}

export function resume(ctx: Context, input: OrganisationResumeInput) {
  requireDate(input.date, 'input.date');
  return simpleMove(ctx, input.id, input.expectedVersion, 'RESUME', 'OrganisationResumed', { date: input.date, reason: input.reason }, (o) => {
    o.suspendedUntil = null;
  });
}

/** 注销: after liquidation. Ended organisations stay readable; the code is never reused. */
export function deregister(ctx: Context, input: OrganisationDeregisterInput) {
  requireDate(input.date, 'input.date');
  requireDate(input.liquidationDate, 'input.liquidationDate');
  if (input.liquidationDate > input.date) throw new BusinessRuleError([problem('LIQUIDATION_NOT_DONE', 'input.liquidationDate', '注销须在清算完成之后', 'deregistration comes after liquidation is complete')]);
  return simpleMove(ctx, input.id, input.expectedVersion, 'DEREGISTER', 'OrganisationDeregistered', { date: input.date, decisionNumber: input.decisionNumber, reason: input.reason }, (o) => {
    Object.assign(o, { endedOn: input.date, endReason: input.reason, endDecisionNumber: input.decisionNumber, liquidationDate: input.liquidationDate, suspendedUntil: null });
  });
}

/** 撤销: a penalty, with its decision number. */
export function revoke(ctx: Context, input: OrganisationRevokeInput) {
  requireDate(input.date, 'input.date');
  return simpleMove(ctx, input.id, input.expectedVersion, 'REVOKE', 'OrganisationRevoked', { date: input.date, decisionNumber: input.penaltyDecisionNumber, reason: input.reason }, (o) => {
    Object.assign(o, { endedOn: input.date, endReason: input.reason, endDecisionNumber: input.penaltyDecisionNumber, suspendedUntil: null });
  });
}

function simpleMove(ctx: Context, id: string, expectedVersion: number | null | undefined, action: OrganisationAction, eventType: string, d: { date: string; decisionNumber?: string; reason?: string; extra?: Record<string, unknown> }, apply: (o: OrganisationEntity) => void) {
  return inTransaction(ctx, async (uow) => {
    const org = await loadForChange(uow, ctx, id, expectedVersion);
    const before = snapshot(org);
    org.status = move(org, action, org.type as OrganisationType);
    apply(org);
    org.updatedAt = uow.now;
    record(uow, org, action, eventType, before, d);
    return org;
  });
}
