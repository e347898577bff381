/**
 * Charity recognition (慈善组织认定) and the public-fundraising qualification (公开募捐资格):
 * decisions of the registration authority, each kept in the change record with its date and
 * decision number, audited, and announced as an event. The rules are in domain/charity.ts; a
 * recognised charity then files the charity form by the charity dates (inspection module).
 */
import type { Context } from '../../platform/graphql/context.js';
import { inTransaction, type UnitOfWork } from '../../platform/graphql/context.js';
import { BusinessRuleError, type Problem } from '../../platform/graphql/errors.js';
import { SETTINGS_SERVICE, type SettingsService } from '../../platform/settings/settings.service.js';
import type { Organisation as OrganisationEntity } from './organisation.entity.js';
import type { OrganisationCharityRecogniseInput, OrganisationFundraisingGrantInput, OrganisationFundraisingRevokeInput } from './organisation.inputs.js';
import { loadForChange, record, requireDate } from './organisation.service.js';
import { fundraisingGrantProblems, fundraisingRevokeProblems, recognitionProblems, type CharityFacts } from './domain/charity.js';
import { fundraisingMinRegisteredYearsSetting } from './domain/settings.js';
import type { OrganisationStatus } from './domain/lifecycle.js';

function facts(o: OrganisationEntity): CharityFacts {
  return { status: o.status as OrganisationStatus, registrationDate: o.registrationDate ?? null, charityRecognised: o.charityRecognised, publicFundraisingQualified: o.publicFundraisingQualified };
}

/** The facts these decisions change, as the change record and the audit trail compare them. */
function charitySnapshot(o: OrganisationEntity): Record<string, unknown> {
  return { charityRecognised: o.charityRecognised, charityRecognisedOn: o.charityRecognisedOn ?? null, publicFundraisingQualified: o.publicFundraisingQualified };
}

/** Domain fields to input paths (`status` stays: it is the organisation's, not the input's). */
function refuse(problems: Problem[]): void {
  if (problems.length) throw new BusinessRuleError(problems.map((p) => ({ ...p, field: p.field === 'status' ? p.field : `input.${p.field}` })));
}

/** 认定为慈善组织. */
export function recogniseCharity(ctx: Context, input: OrganisationCharityRecogniseInput) {
  requireDate(input.recognisedOn, 'input.recognisedOn');
  return inTransaction(ctx, async (uow) => {
    const org = await loadForChange(uow, ctx, input.id, input.expectedVersion);
    refuse(recognitionProblems(facts(org), input.recognisedOn));
    const before = charitySnapshot(org);
    Object.assign(org, { charityRecognised: true, charityRecognisedOn: input.recognisedOn, updatedAt: uow.now });
    record(uow, org, 'RECOGNISE_CHARITY', 'CharityRecognised', before, { date: input.recognisedOn, decisionNumber: input.decisionNumber, extra: { charityRecognisedOn: input.recognisedOn } },
      { snap: charitySnapshot, operation: 'organisationCharityRecognise' });
    return org;
  });
}

/** 准予公开募捐资格, with the registered years in force on the date (LOCAL setting). */
export function grantFundraising(ctx: Context, input: OrganisationFundraisingGrantInput) {
  requireDate(input.grantedOn, 'input.grantedOn');
  return inTransaction(ctx, async (uow) => {
    const org = await loadForChange(uow, ctx, input.id, input.expectedVersion);
    const years = await ctx.app.get<SettingsService>(SETTINGS_SERVICE).get(fundraisingMinRegisteredYearsSetting, org.regionCode, input.grantedOn);
    refuse(fundraisingGrantProblems(facts(org), input.grantedOn, years));
    const before = charitySnapshot(org);
    Object.assign(org, { publicFundraisingQualified: true, updatedAt: uow.now });
    record(uow, org, 'GRANT_FUNDRAISING', 'PublicFundraisingGranted', before, { date: input.grantedOn, decisionNumber: input.decisionNumber },
      { snap: charitySnapshot, operation: 'organisationFundraisingGrant' });
    return org;
  });
}

/** What follows a revocation in other modules, in its transaction (the credit module lists the charity: R-CREDIT-1). */
export type FundraisingRevokedHook = (uow: UnitOfWork, org: OrganisationEntity, input: OrganisationFundraisingRevokeInput) => Promise<void>;
const revokedHooks: FundraisingRevokedHook[] = [];
export function onFundraisingRevoked(hook: FundraisingRevokedHook): void {
  revokedHooks.push(hook);
}

/**
 * 撤销公开募捐资格, with its reason. A public-fundraising charity that no longer qualifies is
 * listed as abnormal (R-CREDIT-1) in the same transaction, by the hook the credit module registers.
 */
export function revokeFundraising(ctx: Context, input: OrganisationFundraisingRevokeInput) {
  requireDate(input.revokedOn, 'input.revokedOn');
  return inTransaction(ctx, async (uow) => {
    const org = await loadForChange(uow, ctx, input.id, input.expectedVersion);
    refuse(fundraisingRevokeProblems(facts(org), input.revokedOn, input.reason));
    const before = charitySnapshot(org);
    Object.assign(org, { publicFundraisingQualified: false, updatedAt: uow.now });
    record(uow, org, 'REVOKE_FUNDRAISING', 'PublicFundraisingRevoked', before, { date: input.revokedOn, decisionNumber: input.decisionNumber, reason: input.reason.trim() },
      { snap: charitySnapshot, operation: 'organisationFundraisingRevoke' });
    for (const hook of revokedHooks) await hook(uow, org, input);
    return org;
  });
}
