/**
 * R-ORG-9 through the API: the basic record kept beside the registration (备案事项) and who
 * sees it, the certificate's renewal (换发) kept in the change record, the expiry reminders at
 * LOCAL lead days and the expiry, each exactly once per certificate (two sweeps racing
 * included), and the renewal owed as an obligation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import {
  ApiKeyCreateDocument, AuditTrailDocument, EventsDocument, JurisdictionSettingSetDocument, OrganisationCertificateRenewDocument,
  OrganisationByCodeDocument, OrganisationDeregisterDocument, OrganisationRecordDocument, OrganisationRecordFactsDocument, OrganisationRegisterRecordDocument,
} from '../generated/graphql.js';
import { serviceInstitutionFacts, uscc } from './factories.js';
import { ORGANISATION_SWEEPER_SERVICE } from '../../src/modules/index.js';
import type { OrganisationSweepResult } from '../../src/modules/organisation/organisation.sweeper.js';

let t: TestApp;
let authority: string;
const local = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1]!;
const at = (date: string) => t.clock.set(`${date}T02:00:00Z`);
const sweep = (opts?: { lock?: boolean }) => t.app.services.get<{ run(o?: { lock?: boolean }): Promise<OrganisationSweepResult> }>(ORGANISATION_SWEEPER_SERVICE).run(opts);
const orgToken = (id: string) => t.token({ role: Role.ORGANISATION, organisationId: local(id) });

async function register(over: Record<string, unknown> = {}, facts: Record<string, unknown> = {}) {
  const r = await t.ok(OrganisationRegisterRecordDocument, {
    input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts(facts), code: uscc('52'), registrationDate: '2026-05-10', certificateNumber: '沪嘉民证字第100号', decisionNumber: '嘉民社〔2026〕9号', ...over },
  }, authority);
  expect(r.organisationRegister.userErrors).toEqual([]);
  return r.organisationRegister.organisation!;
}

async function events(type: string, orgId: string) {
  return (await t.app.sql.query<{ payload: Record<string, unknown> }>('select payload from registry_event where type = $1 and organisation_id = $2 order by seq', [type, local(orgId)])).map((e) => e.payload);
}

beforeAll(async () => {
  t = await startTestApp({ seedDemo: false });
  const { seedRegions } = await import('../../src/modules/region/region.seed.js');
  await seedRegions(t.app.sql, t.app.log, { now: t.clock.now() } as Parameters<typeof seedRegions>[2]);
  authority = await t.token({ role: Role.AUTHORITY, regionCode: '310114', name: '嘉定区民政局' });
});
afterAll(() => t?.stop());

describe('R-ORG-9 basic record', () => {
  it('R-ORG-9: a registration keeps the record facts; the currency defaults to CNY; the authority and the organisation see them, the public and partners do not', async () => {
    const org = await register({}, { industryCode: 's 8514', fundsSource: '发起人捐赠', domicileSource: 'LEASED', charterApprovedOn: '2026-04-20', fullTimeStaff: 8, partTimeStaff: 3, councilMembers: 9, supervisors: 1, standingCouncilMembers: 3, supervisoryApproval: '嘉卫批〔2026〕1号' });
    const expected = { industryCode: 'S8514', fundsCurrency: 'CNY', fundsSource: '发起人捐赠', domicileSource: 'LEASED', charterApprovedOn: '2026-04-20', fullTimeStaff: 8, partTimeStaff: 3, councilMembers: 9, supervisors: 1, standingCouncilMembers: 3, activityAreaLevel: 'DISTRICT', certificateIssuedOn: '2026-05-10' };
    expect(org).toMatchObject(expected);
    expect((await t.ok(OrganisationRecordDocument, { id: org.id }, await orgToken(org.id))).organisation).toMatchObject(expected);
    const hidden = Object.fromEntries(Object.keys(expected).map((k) => [k, null]));
    expect((await t.ok(OrganisationRecordDocument, { id: org.id })).organisation).toMatchObject({ ...hidden, certificateNumber: '沪嘉民证字第100号' });
    const key = await t.ok(ApiKeyCreateDocument, { input: { name: '证照提醒应用', regionCode: '310114' } }, authority);
    expect((await t.ok(OrganisationRecordDocument, { id: org.id }, { apiKey: key.apiKeyCreate.key! })).organisation).toMatchObject(hidden);
  });

  it('R-ORG-9: a registration with a standing council larger than the council is refused with the field named', async () => {
    const r = await t.ok(OrganisationRegisterRecordDocument, {
      input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts({ councilMembers: 5, standingCouncilMembers: 6 }), code: uscc('52'), registrationDate: '2026-05-10', certificateNumber: 'c', decisionNumber: 'd' },
    }, authority);
    expect(r.organisationRegister.organisation).toBeNull();
    expect(r.organisationRegister.userErrors).toEqual([{ field: 'input.facts.standingCouncilMembers', code: 'ORG_STANDING_COUNCIL_EXCEEDS_COUNCIL', message: expect.stringMatching(/常务理事.*\/.*standing council/) }]);
  });

  it('R-ORG-9: a registration whose certificate would end on or before the registration date is refused, nothing stored', async () => {
    const code = uscc('52');
    const r = await t.ok(OrganisationRegisterRecordDocument, {
      input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts({}), code, registrationDate: '2026-05-10', certificateNumber: 'c', certificateValidUntil: '2021-05-09', decisionNumber: 'd' },
    }, authority);
    expect(r.organisationRegister.organisation).toBeNull();
    expect(r.organisationRegister.userErrors).toEqual([{ field: 'input.certificateValidUntil', code: 'CERTIFICATE_PERIOD_INVALID', message: expect.stringMatching(/有效期限至.*须晚于.*\/.*valid until/) }]);
    expect((await t.ok(OrganisationByCodeDocument, { code })).organisationByCode).toBeNull();
  });

  it('R-ORG-9: the organisation itself keeps its record current (备案事项): audited before and after, an OrganisationRecordUpdated event naming the fields only', async () => {
    const org = await register({}, { councilMembers: 9, standingCouncilMembers: 3 });
    const own = await orgToken(org.id);
    const r = await t.ok(OrganisationRecordFactsDocument, { input: { id: org.id, expectedVersion: org.version, industryCode: 'Q8514', fundsCurrency: 'usd', partTimeStaff: 4, councilMembers: 11, standingCouncilMembers: 4, englishName: 'Jiading Elderly Care Centre' } }, own);
    expect(r.organisationRecordFacts.userErrors).toEqual([]);
    expect(r.organisationRecordFacts.organisation).toMatchObject({ industryCode: 'Q8514', fundsCurrency: 'USD', partTimeStaff: 4, councilMembers: 11, standingCouncilMembers: 4, englishName: 'Jiading Elderly Care Centre', version: org.version + 1 });
    const trail = await t.ok(AuditTrailDocument, { entityId: org.id }, authority);
    const audit = trail.auditTrail.nodes.find((n) => n.operation === 'organisationRecordFacts')!;
    expect(audit).toMatchObject({ actorRole: 'ORGANISATION' });
    expect(audit.changes).toMatchObject({ councilMembers: { before: 9, after: 11 }, industryCode: { before: null, after: 'Q8514' } });
    const [ev] = await events('OrganisationRecordUpdated', org.id);
    expect(ev).toMatchObject({ organisationId: local(org.id), fields: expect.arrayContaining(['industryCode', 'fundsCurrency', 'partTimeStaff', 'councilMembers', 'standingCouncilMembers', 'englishName']) });
    expect(JSON.stringify(ev)).not.toContain('Q8514'); // values are not public (R-ORG-8)
    // not a registration change: the change record stays as it was
    expect((await t.ok(OrganisationRecordDocument, { id: org.id }, authority)).organisation!.history.map((h) => h.action)).toEqual(['REGISTER']);
  });

  it('R-ORG-9: refuses a standing council above the council on record, a malformed industry code, nothing to change and a stale version', async () => {
    const org = await register({}, { councilMembers: 9, standingCouncilMembers: 3 });
    const bad = await t.ok(OrganisationRecordFactsDocument, { input: { id: org.id, councilMembers: 2, industryCode: '9521' } }, authority);
    expect(bad.organisationRecordFacts.organisation).toBeNull();
    expect(bad.organisationRecordFacts.userErrors.map((e) => [e.field, e.code])).toEqual([
      ['input.industryCode', 'ORG_INDUSTRY_CODE_INVALID'],
      ['input.standingCouncilMembers', 'ORG_STANDING_COUNCIL_EXCEEDS_COUNCIL'],
    ]);
    const negative = await t.ok(OrganisationRecordFactsDocument, { input: { id: org.id, supervisors: -1 } }, authority);
    expect(negative.organisationRecordFacts.userErrors.map((e) => e.code)).toEqual(['ORG_COUNT_INVALID']);
    const same = await t.ok(OrganisationRecordFactsDocument, { input: { id: org.id, councilMembers: 9 } }, authority);
    expect(same.organisationRecordFacts.userErrors.map((e) => e.code)).toEqual(['NOTHING_CHANGED']);
    const stale = await t.gql(OrganisationRecordFactsDocument, { input: { id: org.id, expectedVersion: org.version + 3, supervisors: 2 } }, authority);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('R-ORG-9: another organisation and an authority elsewhere may not touch the record', async () => {
    const org = await register();
    const other = await register();
    const r = await t.gql(OrganisationRecordFactsDocument, { input: { id: org.id, supervisors: 2 } }, await orgToken(other.id));
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const yangpu = await t.token({ role: Role.AUTHORITY, regionCode: '310110' });
    expect((await t.gql(OrganisationRecordFactsDocument, { input: { id: org.id, supervisors: 2 } }, yangpu)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(OrganisationRecordFactsDocument, { input: { id: org.id, supervisors: 2 } })).errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});

describe('R-ORG-9 certificate renewal', () => {
  it('R-ORG-9: renewal (换发) sets the new certificate and keeps the old one in the change record and the timeline; audited, CertificateRenewed', async () => {
    const org = await register({ certificateValidUntil: '2031-05-09' });
    const r = await t.ok(OrganisationCertificateRenewDocument, {
      input: { id: org.id, expectedVersion: org.version, certificateNumber: '沪嘉民证字第200号', validFrom: '2026-06-01', validUntil: '2031-05-31', decisionNumber: '嘉民换〔2026〕1号', reason: '遗失补发' },
    }, authority);
    expect(r.organisationCertificateRenew.userErrors).toEqual([]);
    expect(r.organisationCertificateRenew.organisation).toMatchObject({ certificateNumber: '沪嘉民证字第200号', certificateIssuedOn: '2026-06-01', certificateValidFrom: '2026-06-01', certificateValidUntil: '2031-05-31' });
    const full = (await t.ok(OrganisationRecordDocument, { id: org.id }, authority)).organisation!;
    const entry = full.history.find((h) => h.action === 'RENEW_CERTIFICATE')!;
    expect(entry).toMatchObject({ effectiveDate: '2026-06-01', decisionNumber: '嘉民换〔2026〕1号', reason: '遗失补发' });
    expect(entry.changes).toMatchObject({ certificateNumber: { before: '沪嘉民证字第100号', after: '沪嘉民证字第200号' }, certificateValidUntil: { before: '2031-05-09', after: '2031-05-31' } });
    expect(full.timeline.find((e) => e.kind === 'CERTIFICATE')).toMatchObject({ date: '2026-06-01', summary: expect.stringMatching(/换发登记证书/), legalBasis: expect.stringMatching(/登记证书/) });
    expect((await t.ok(AuditTrailDocument, { entityId: org.id }, authority)).auditTrail.nodes.map((n) => n.operation)).toContain('organisationCertificateRenew');
    expect(await events('CertificateRenewed', org.id)).toEqual([expect.objectContaining({ certificateNumber: '沪嘉民证字第200号', previousCertificateNumber: '沪嘉民证字第100号', validUntil: '2031-05-31', previousValidUntil: '2031-05-09' })]);
  });

  it('R-ORG-9: refuses a period that ends before it starts, an ended organisation naming its status, and anyone but the authority', async () => {
    const org = await register();
    const input = { id: org.id, certificateNumber: 'n', validFrom: '2026-06-01', validUntil: '2026-05-31', decisionNumber: 'd' };
    expect((await t.ok(OrganisationCertificateRenewDocument, { input }, authority)).organisationCertificateRenew.userErrors.map((e) => [e.field, e.code])).toEqual([['input.validUntil', 'CERTIFICATE_PERIOD_INVALID']]);
    expect((await t.gql(OrganisationCertificateRenewDocument, { input: { ...input, validUntil: '2031-05-31' } }, await orgToken(org.id))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await t.ok(OrganisationDeregisterDocument, { input: { id: org.id, date: '2026-06-01', liquidationDate: '2026-05-30', reason: '自行解散', decisionNumber: '嘉民注〔2026〕1号' } }, authority);
    const ended = await t.ok(OrganisationCertificateRenewDocument, { input: { ...input, validUntil: '2031-05-31' } }, authority);
    expect(ended.organisationCertificateRenew.userErrors).toEqual([{ field: 'status', code: 'CERTIFICATE_NOT_RENEWABLE', message: expect.stringMatching(/已注销.*\/.*deregistered/) }]);
    const closed = await t.ok(OrganisationRecordFactsDocument, { input: { id: org.id, supervisors: 2 } }, authority);
    expect(closed.organisationRecordFacts.userErrors.map((e) => e.code)).toEqual(['ORGANISATION_ENDED']);
  });
});

describe('R-ORG-9 certificate expiry', () => {
  let org: Awaited<ReturnType<typeof register>>;
  let ended: Awaited<ReturnType<typeof register>>;
  let lapsed: Awaited<ReturnType<typeof register>>;
  const kinds = async (id: string, token: string) =>
    (await t.ok(OrganisationRecordDocument, { id }, token)).organisation!.obligations?.filter((o) => o.kind === 'CERTIFICATE_RENEWAL') ?? null;

  beforeAll(async () => {
    at('2026-06-01');
    org = await register({ certificateValidUntil: '2026-12-31' });
    ended = await register({ certificateValidUntil: '2026-12-31' });
    lapsed = await register({ registrationDate: '2021-05-01', certificateValidUntil: '2026-04-30' }); // entered already long expired
    await t.ok(OrganisationDeregisterDocument, { input: { id: ended.id, date: '2026-06-01', liquidationDate: '2026-05-30', reason: '自行解散', decisionNumber: '嘉民注〔2026〕2号' } }, authority);
  });

  it('R-ORG-9: nothing before the national 90 days; the renewal is not yet owed', async () => {
    at('2026-10-01');
    await sweep();
    expect(await events('CertificateExpiring', org.id)).toEqual([]);
    expect(await kinds(org.id, await orgToken(org.id))).toEqual([]);
  });

  it('R-ORG-9: an expiry long past (beyond the sweep\'s lookback) is not announced late, but the renewal is owed', async () => {
    expect(await events('CertificateExpired', lapsed.id)).toEqual([]);
    expect(await kinds(lapsed.id, authority)).toMatchObject([{ dueOn: '2026-04-30', daysLeft: -154 }]);
  });

  it('R-ORG-9: CertificateExpiring at 90 days, once; the renewal becomes an obligation; only active organisations are reminded', async () => {
    at('2026-10-02');
    await sweep();
    await sweep();
    expect(await events('CertificateExpiring', org.id)).toEqual([
      { organisationId: local(org.id), name: expect.any(String), code: expect.any(String), supervisoryUnitId: null, certificateNumber: '沪嘉民证字第100号', validUntil: '2026-12-31', threshold: 'EXPIRING_IN_90', daysLeft: 90 },
    ]);
    expect(await events('CertificateExpiring', ended.id)).toEqual([]);
    expect(await kinds(org.id, await orgToken(org.id))).toEqual([{ kind: 'CERTIFICATE_RENEWAL', dueOn: '2026-12-31', daysLeft: 90, certificateNumber: '沪嘉民证字第100号', certificateValidUntil: '2026-12-31', filing: null }]);
    expect(await kinds(org.id, authority)).toHaveLength(1);
    expect((await t.ok(OrganisationRecordDocument, { id: org.id })).organisation!.obligations).toBeNull(); // not for the public
  });

  it('R-ORG-9: two sweeps racing emit the 30-day reminder once (by the lock, and by the unique mark without it)', async () => {
    at('2026-12-01');
    const [a, b] = await Promise.all([sweep(), sweep()]);
    expect([a.skipped, b.skipped].sort()).toEqual([false, true]);
    await Promise.all([sweep({ lock: false }), sweep({ lock: false }), sweep({ lock: false })]);
    expect((await events('CertificateExpiring', org.id)).map((e) => e.threshold)).toEqual(['EXPIRING_IN_90', 'EXPIRING_IN_30']);
  });

  it('R-ORG-9: CertificateExpired the day after the last day, once, racing; the renewal stays owed with negative days', async () => {
    at('2026-12-31');
    await sweep();
    expect(await events('CertificateExpired', org.id)).toEqual([]);
    at('2027-01-03');
    await Promise.all([sweep({ lock: false }), sweep({ lock: false })]);
    await sweep();
    expect(await events('CertificateExpired', org.id)).toEqual([expect.objectContaining({ threshold: 'EXPIRED', validUntil: '2026-12-31', daysLeft: -3 })]);
    expect(await kinds(org.id, authority)).toMatchObject([{ daysLeft: -3 }]);
  });

  it('R-ORG-9: partners see the certificate events in their region and types; the public does not', async () => {
    const key = await t.ok(ApiKeyCreateDocument, { input: { name: '证照到期提醒', regionCode: '310114', eventTypes: ['CertificateExpiring', 'CertificateExpired'] } }, authority);
    await t.app.relay.poke();
    const page = await t.ok(EventsDocument, { filter: { organisationId: org.id }, first: 100 }, { apiKey: key.apiKeyCreate.key! });
    expect(page.events.nodes.map((e) => e.type)).toEqual(['CertificateExpiring', 'CertificateExpiring', 'CertificateExpired']);
    expect(page.events.nodes[0]).toMatchObject({ subjectId: org.id, regionCode: '310114', data: { threshold: 'EXPIRING_IN_90' } });
    expect((await t.gql(EventsDocument, { filter: { organisationId: org.id } })).errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it('R-ORG-9: a renewed certificate is no longer owed and gets fresh reminders at the LOCAL lead days in force', async () => {
    const now = (await t.ok(OrganisationRecordDocument, { id: org.id }, authority)).organisation!;
    const r = await t.ok(OrganisationCertificateRenewDocument, { input: { id: org.id, expectedVersion: now.version, certificateNumber: '沪嘉民证字第300号', validFrom: '2027-01-04', validUntil: '2027-09-30', decisionNumber: '嘉民换〔2027〕1号' } }, authority);
    expect(r.organisationCertificateRenew.userErrors).toEqual([]);
    expect(await kinds(org.id, authority)).toEqual([]);
    const set = await t.ok(JurisdictionSettingSetDocument, { input: { regionCode: '310114', key: 'organisation.certificateExpiryLeadDays', value: [120, 15], effectiveFrom: '2027-06-01', basis: '嘉民规〔2027〕1号' } }, authority);
    expect(set.jurisdictionSettingSet.userErrors).toEqual([]);
    at('2027-05-31'); // 122 days left, and the national 90 still in force
    await sweep();
    expect((await events('CertificateExpiring', org.id)).filter((e) => e.validUntil === '2027-09-30')).toEqual([]);
    at('2027-06-02'); // 120 days left under the local rule now in force
    await sweep();
    expect((await events('CertificateExpiring', org.id)).filter((e) => e.validUntil === '2027-09-30')).toEqual([expect.objectContaining({ certificateNumber: '沪嘉民证字第300号', threshold: 'EXPIRING_IN_120', daysLeft: 120 })]);
    expect(await kinds(org.id, authority)).toMatchObject([{ dueOn: '2027-09-30', daysLeft: 120 }]);
  });
});
