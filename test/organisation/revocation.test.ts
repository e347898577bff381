import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import { JurisdictionSettingSetDocument, OrganisationRegisterDocument, RevocationCandidatesDocument } from '../generated/graphql.js';
import { registerFilingHistorySource } from '../../src/modules/organisation/organisation.revocation.js';
import type { FilingYear } from '../../src/modules/organisation/domain/revocation.js';
import { serviceInstitutionFacts, uscc } from './factories.js';

let t: TestApp;
let jiading: string;
const local = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1]!;

beforeAll(async () => {
  t = await startTestApp({ now: '2026-07-01T02:00:00Z' });
  jiading = await t.token({ role: Role.AUTHORITY, regionCode: '310114' });
});
afterAll(async () => {
  registerFilingHistorySource(undefined);
  await t?.stop();
});

describe('R-ORG-7 revocation candidates', () => {
  it('R-ORG-7: proposes organisations not filed or failed for the LOCAL number of consecutive years, and only those', async () => {
    const made: Record<string, string> = {};
    for (const name of ['僵尸候选甲服务中心', '僵尸候选乙服务中心']) {
      const r = await t.ok(OrganisationRegisterDocument, { input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts({ name }), code: uscc('52'), registrationDate: '2020-03-01', certificateNumber: 'c', decisionNumber: 'd' } }, jiading);
      made[name] = r.organisationRegister.organisation!.id;
    }
    const history = new Map<string, FilingYear[]>([
      [local(made['僵尸候选甲服务中心']!), [{ year: 2023, outcome: 'PASS' }, { year: 2024, outcome: 'NOT_FILED' }, { year: 2025, outcome: 'FAILED' }]],
      [local(made['僵尸候选乙服务中心']!), [{ year: 2024, outcome: 'PASS' }, { year: 2025, outcome: 'FAILED' }]],
    ]);
    registerFilingHistorySource(async (_ctx, ids) => new Map(ids.filter((id) => history.has(id)).map((id) => [id, history.get(id)!])));

    const r = await t.ok(RevocationCandidatesDocument, { regionCode: '310114' }, jiading);
    expect(r.revocationCandidates.map((c) => c.organisation.name)).toEqual(['僵尸候选甲服务中心']);
    expect(r.revocationCandidates[0]).toMatchObject({ years: [2024, 2025], nextStep: 'PROPOSE', reason: expect.stringMatching(/连续2个年度.*\/.*2 consecutive years/) });

    // LOCAL: a jurisdiction that requires 3 years proposes nobody yet
    await t.ok(JurisdictionSettingSetDocument, { input: { regionCode: '310114', key: 'organisation.zombieRevocation', value: { consecutiveYears: 3, publicNoticeDays: 60 }, effectiveFrom: '2026-01-01' } }, jiading);
    const strict = await t.ok(RevocationCandidatesDocument, { regionCode: '310114' }, jiading);
    expect(strict.revocationCandidates).toEqual([]);
  });
});
