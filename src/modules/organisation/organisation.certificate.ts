/**
 * R-ORG-9: the registration certificate (登记证书) — renewal (换发, kept in the change record
 * with the certificate it replaced) and the renewal an organisation owes as it nears expiry.
 * The reminders and the expiry events come from the sweep (organisation.sweeper.ts).
 */
import type { Context } from '../../platform/graphql/context.js';
import { inTransaction } from '../../platform/graphql/context.js';
import { BusinessRuleError, type Problem } from '../../platform/graphql/errors.js';
import { SETTINGS_SERVICE, type SettingsService } from '../../platform/settings/settings.service.js';
import { dateInZone } from '../../platform/time/calendar.js';
import type { Organisation as OrganisationEntity } from './organisation.entity.js';
import type { OrganisationCertificateRenewInput } from './organisation.inputs.js';
import type { Organisation } from './organisation.types.js';
import { loadForChange, problem, record } from './organisation.service.js';
import { certificateRenewalOwed, renewalProblems, type RenewalOwed } from './domain/certificate.js';
import { certificateExpiryLeadDaysSetting } from './domain/settings.js';
import type { OrganisationStatus } from './domain/lifecycle.js';

/** The certificate as the change record keeps it. */
function certificateSnapshot(o: OrganisationEntity): Record<string, unknown> {
  return { certificateNumber: o.certificateNumber ?? null, certificateIssuedOn: o.certificateIssuedOn ?? null, certificateValidFrom: o.certificateValidFrom ?? null, certificateValidUntil: o.certificateValidUntil ?? null };
}

/** 换发登记证书: a new number and period; the old certificate stays in the change record. */
export function renewCertificate(ctx: Context, input: OrganisationCertificateRenewInput) {
  return inTransaction(ctx, async (uow) => {
    const org = await loadForChange(uow, ctx, input.id, input.expectedVersion);
    const issuedOn = input.issuedOn ?? input.validFrom;
    const number = input.certificateNumber.trim();
    const problems: Problem[] = renewalProblems(org.status as OrganisationStatus, input.validFrom, input.validUntil).map((p) => ({ ...p, field: p.field === 'status' ? p.field : `input.${p.field}` }));
    if (!number) problems.push(problem('CERTIFICATE_NUMBER_REQUIRED', 'input.certificateNumber', '请填写证书编号', 'the certificate number is required'));
    if (problems.length) throw new BusinessRuleError(problems);
    const before = certificateSnapshot(org);
    const previous = { certificateNumber: org.certificateNumber ?? null, validUntil: org.certificateValidUntil ?? null };
    Object.assign(org, { certificateNumber: number, certificateIssuedOn: issuedOn, certificateValidFrom: input.validFrom, certificateValidUntil: input.validUntil, updatedAt: uow.now });
    record(uow, org, 'RENEW_CERTIFICATE', 'CertificateRenewed', before, {
      date: issuedOn, decisionNumber: input.decisionNumber, reason: input.reason ?? null,
      extra: { certificateNumber: number, validFrom: input.validFrom, validUntil: input.validUntil, previousCertificateNumber: previous.certificateNumber, previousValidUntil: previous.validUntil },
    }, { snap: certificateSnapshot, operation: 'organisationCertificateRenew' });
    return org;
  });
}

/**
 * The certificate renewal `org` owes today (R-ORG-9), if any: within the LOCAL largest lead
 * time before its last day, or after it. For the obligations list of the inspection module.
 */
export async function certificateRenewalDue(ctx: Context, org: Organisation): Promise<(RenewalOwed & { certificateNumber: string | null }) | null> {
  const validUntil = org.row.certificate_valid_until;
  if (!validUntil) return null;
  const today = dateInZone(ctx.clock.now(), ctx.app.config.defaultTimeZone);
  const lead = await ctx.app.get<SettingsService>(SETTINGS_SERVICE).get(certificateExpiryLeadDaysSetting, org.regionCode, today);
  const owed = certificateRenewalOwed(org.status, validUntil, today, lead);
  return owed && { ...owed, certificateNumber: org.row.certificate_number };
}
