/**
 * Charity recognition (慈善组织认定) and the public-fundraising qualification through the API:
 * the authority's decisions, kept in the change record and the timeline, audited, announced;
 * a recognised charity then files the charity form by the charity dates (R-INSP-1, R-INSP-2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import {
  AuditTrailDocument, CreditListingsDocument, FilingCycleOpenDocument, JurisdictionSettingSetDocument, OrganisationCharityDocument, OrganisationCharityRecogniseDocument,
  OrganisationFundraisingGrantDocument, OrganisationFundraisingRevokeDocument, OrganisationRegisterRecordDocument,
} from '../generated/graphql.js';
import { serviceInstitutionFacts, uscc } from './factories.js';

let t: TestApp;
let authority: string;
const local = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1]!;

async function register(name: string, registrationDate: string) {
  const r = await t.ok(OrganisationRegisterRecordDocument, {
    input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts({ name }), code: uscc('52'), registrationDate, certificateNumber: 'c', decisionNumber: 'd' },
  }, authority);
  expect(r.organisationRegister.userErrors).toEqual([]);
  return r.organisationRegister.organisation!.id;
}

const recognise = (id: string, recognisedOn: string, who = authority) =>
  t.ok(OrganisationCharityRecogniseDocument, { input: { id, recognisedOn, decisionNumber: '嘉民慈认〔2025〕2号' } }, who);

const eventsOf = async (type: string, id: string) =>
  (await t.app.sql.query<{ payload: Record<string, unknown> }>('select payload from registry_event where type = $1 and organisation_id = $2 order by seq', [type, local(id)])).map((e) => e.payload);

beforeAll(async () => {
  t = await startTestApp({ now: '2026-01-10T02:00:00Z', seedDemo: false });
  const { seedRegions } = await import('../../src/modules/region/region.seed.js');
  await seedRegions(t.app.sql, t.app.log, { now: t.clock.now() } as Parameters<typeof seedRegions>[2]);
  authority = await t.token({ role: Role.AUTHORITY, regionCode: '310114', name: '嘉定区民政局' });
});
afterAll(() => t?.stop());

describe('charity recognition', () => {
  it('recognises a registered organisation once: change record, timeline, audit and event; a second recognition is refused, nothing changed', async () => {
    const id = await register('嘉定区慈爱助老服务中心', '2024-03-01');
    const r = await recognise(id, '2025-01-10');
    expect(r.organisationCharityRecognise.userErrors).toEqual([]);
    expect(r.organisationCharityRecognise.organisation).toMatchObject({ charityRecognised: true, charityRecognisedOn: '2025-01-10', publicFundraisingQualified: false, version: 2 });
    const o = (await t.ok(OrganisationCharityDocument, { id }, authority)).organisation!;
    expect(o.history.at(-1)).toMatchObject({ action: 'RECOGNISE_CHARITY', effectiveDate: '2025-01-10', decisionNumber: '嘉民慈认〔2025〕2号', changes: { charityRecognised: { before: false, after: true } } });
    expect(o.timeline).toContainEqual({ date: '2025-01-10', kind: 'CHARITY', summary: expect.stringMatching(/^认定为慈善组织/), legalBasis: expect.stringMatching(/慈善法.*第十条/) });
    const audit = await t.ok(AuditTrailDocument, { entityId: id, first: 10 }, authority);
    expect(audit.auditTrail.nodes.map((n) => n.operation)).toContain('organisationCharityRecognise');
    expect(await eventsOf('CharityRecognised', id)).toEqual([expect.objectContaining({ charityRecognisedOn: '2025-01-10', decisionNumber: '嘉民慈认〔2025〕2号' })]);

    const again = await recognise(id, '2025-02-01');
    expect(again.organisationCharityRecognise.userErrors).toEqual([{ field: 'input.id', code: 'CHARITY_ALREADY_RECOGNISED', message: expect.stringMatching(/已认定.*\/.*already/) }]);
    expect((await t.ok(OrganisationCharityDocument, { id }, authority)).organisation).toMatchObject({ version: 2, charityRecognisedOn: '2025-01-10' });
  });

  it('refuses a recognition dated before the registration, and a caller who is not an authority', async () => {
    const id = await register('嘉定区仁心公益服务中心', '2024-03-01');
    const early = await recognise(id, '2024-02-28');
    expect(early.organisationCharityRecognise.userErrors).toEqual([{ field: 'input.recognisedOn', code: 'DATE_BEFORE_REGISTRATION', message: expect.stringMatching(/早于成立登记日期.*\/.*before the registration date/) }]);
    const own = await t.token({ role: Role.ORGANISATION, organisationId: local(id) });
    const denied = await t.gql(OrganisationCharityRecogniseDocument, { input: { id, recognisedOn: '2025-01-10', decisionNumber: 'x' } }, own);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.ok(OrganisationCharityDocument, { id }, authority)).organisation).toMatchObject({ charityRecognised: false, version: 1 });
  });

  it('R-INSP-1, R-INSP-2: a recognised charity files the annual report by the charity dates; the others file the inspection by the standard dates', async () => {
    const charity = await register('嘉定区善行慈善服务中心', '2024-03-01');
    const plain = await register('嘉定区普通养老服务中心', '2024-03-01');
    expect((await recognise(charity, '2025-06-01')).organisationCharityRecognise.userErrors).toEqual([]);
    const open = await t.ok(FilingCycleOpenDocument, { input: { year: 2025, regionCode: '310114' } }, authority);
    expect(open.filingCycleOpen.userErrors).toEqual([]);
    const filingOf = async (id: string) => (await t.ok(OrganisationCharityDocument, { id }, authority)).organisation!.filings.find((f) => f.year === 2025)!;
    expect(await filingOf(charity)).toMatchObject({ form: 'ANNUAL_REPORT', authorityDueOn: '2026-03-31' });
    expect(await filingOf(plain)).toMatchObject({ form: 'INSPECTION', authorityDueOn: '2026-05-31' });
  });
});

describe('public fundraising qualification (《慈善法》第二十二条)', () => {
  it('grants it to a charity registered for a full year, refuses it earlier or to a non-charity, and revokes it with a reason', async () => {
    const id = await register('嘉定区博爱慈善服务中心', '2024-10-15');
    const notCharity = await t.ok(OrganisationFundraisingGrantDocument, { input: { id, grantedOn: '2025-11-01', decisionNumber: 'x' } }, authority);
    expect(notCharity.organisationFundraisingGrant.userErrors.map((e) => e.code)).toEqual(['FUNDRAISING_NOT_A_CHARITY']);
    expect((await recognise(id, '2025-01-10')).organisationCharityRecognise.userErrors).toEqual([]);
    const early = await t.ok(OrganisationFundraisingGrantDocument, { input: { id, grantedOn: '2025-10-14', decisionNumber: 'x' } }, authority);
    expect(early.organisationFundraisingGrant.userErrors).toEqual([{ field: 'input.grantedOn', code: 'FUNDRAISING_TOO_EARLY', message: expect.stringMatching(/满 1 年.*最早 2025-10-15/) }]);
    const granted = await t.ok(OrganisationFundraisingGrantDocument, { input: { id, grantedOn: '2025-10-15', decisionNumber: '嘉民募〔2025〕1号' } }, authority);
    expect(granted.organisationFundraisingGrant.userErrors).toEqual([]);
    expect(granted.organisationFundraisingGrant.organisation).toMatchObject({ publicFundraisingQualified: true });
    expect(await eventsOf('PublicFundraisingGranted', id)).toHaveLength(1);

    const noReason = await t.ok(OrganisationFundraisingRevokeDocument, { input: { id, revokedOn: '2026-01-05', decisionNumber: 'y', reason: ' ' } }, authority);
    expect(noReason.organisationFundraisingRevoke.userErrors.map((e) => e.code)).toEqual(['REASON_REQUIRED']);
    const revoked = await t.ok(OrganisationFundraisingRevokeDocument, { input: { id, revokedOn: '2026-01-05', decisionNumber: '嘉民募撤〔2026〕1号', reason: '年度慈善活动支出比例不符合规定' } }, authority);
    expect(revoked.organisationFundraisingRevoke.userErrors).toEqual([]);
    expect(revoked.organisationFundraisingRevoke.organisation).toMatchObject({ publicFundraisingQualified: false, charityRecognised: true });
    const o = (await t.ok(OrganisationCharityDocument, { id }, authority)).organisation!;
    expect(o.history.map((h) => h.action).slice(-3)).toEqual(['RECOGNISE_CHARITY', 'GRANT_FUNDRAISING', 'REVOKE_FUNDRAISING']);
    // R-CREDIT-1: a public-fundraising charity that no longer qualifies is on the abnormal list, publicly
    const listed = await t.ok(CreditListingsDocument, { filter: { organisationId: id, active: true } });
    expect(listed.creditListings.nodes).toEqual([expect.objectContaining({ list: 'ABNORMAL', reasons: ['FUNDRAISING_CHARITY_DISQUALIFIED'], listedOn: '2026-01-05', decidedBy: '310114' })]);
    expect(o.history.at(-1)).toMatchObject({ reason: '年度慈善活动支出比例不符合规定', decisionNumber: '嘉民募撤〔2026〕1号' });
  });

  it('the registered years are a LOCAL setting with an effective date', async () => {
    const id = await register('嘉定区厚德慈善服务中心', '2024-10-15');
    expect((await recognise(id, '2025-01-10')).organisationCharityRecognise.userErrors).toEqual([]);
    const set = await t.ok(JurisdictionSettingSetDocument, { input: { regionCode: '310114', key: 'organisation.fundraisingMinRegisteredYears', value: 2, effectiveFrom: '2025-01-01', basis: '嘉民规〔2025〕3号' } }, authority);
    expect(set.jurisdictionSettingSet.userErrors).toEqual([]);
    const r = await t.ok(OrganisationFundraisingGrantDocument, { input: { id, grantedOn: '2025-10-15', decisionNumber: 'x' } }, authority);
    expect(r.organisationFundraisingGrant.userErrors).toEqual([expect.objectContaining({ code: 'FUNDRAISING_TOO_EARLY', message: expect.stringMatching(/满 2 年.*最早 2026-10-15/) })]);
  });
});
