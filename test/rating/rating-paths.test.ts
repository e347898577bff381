/**
 * The rating paths the main walk-through does not take: a LOCAL rule that withholds 5A from an
 * organisation without a Party organisation (R-RATE-3); two consecutive basic passes that
 * exclude an applicant before 2026-03-01 (R-RATE-2) and, after a grant, lower the grade one
 * level exactly once (R-RATE-6). All through the API with the clock moved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import {
  FilingConcludeDocument, FilingCycleOpenDocument, FilingSubmitDocument, JurisdictionSettingSetDocument, OrganisationFilingsDocument,
  OrganisationRatingsDocument, OrganisationRegisterDocument, RatingApplyDocument, RatingGrantDocument, RatingPubliciseDocument, RatingRoundOpenDocument,
  RatingScoreDocument,
} from '../generated/graphql.js';
import { serviceInstitutionFacts, uscc } from '../organisation/factories.js';
import { RATING_SWEEPER_SERVICE } from '../../src/modules/index.js';
import { seedRegions } from '../../src/modules/region/region.seed.js';
import type { RatingSweepResult } from '../../src/modules/rating/rating.sweeper.js';

let t: TestApp;
let authority: string;
const local = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1]!;
const orgs: Record<string, string> = {};
const ratingOf: Record<string, string> = {};
let roundId: string;
const at = (date: string) => t.clock.set(`${date}T02:00:00Z`);
const sweep = () => t.app.services.get<{ run(): Promise<RatingSweepResult> }>(RATING_SWEEPER_SERVICE).run();
const orgToken = (name: string) => t.token({ role: Role.ORGANISATION, organisationId: local(orgs[name]!) });
const report = { incomeFen: 8_000_000, expenditureFen: 7_000_000, netAssetsFen: 2_000_000, audited: true, activities: '开展社区服务', fullTimeStaff: 4, volunteers: 20, partyOrganisation: false, declarationSigned: true };
const full = { basicConditions: 190, internalGovernance: 290, workPerformance: 340, socialEvaluation: 130 }; // 950

async function register(name: string, partyOrganisation: boolean) {
  const facts = serviceInstitutionFacts({ name, fields: ['COMMUNITY_SERVICE'], supervisoryUnitId: null, partyOrganisation });
  const r = await t.ok(OrganisationRegisterDocument, { input: { type: 'SERVICE_INSTITUTION', facts, code: uscc('52'), registrationDate: '2020-01-01', certificateNumber: 'c', decisionNumber: 'd' } }, authority);
  expect(r.organisationRegister.userErrors).toEqual([]);
  orgs[name] = r.organisationRegister.organisation!.id;
}

/** Opens the cycle of `year`, and the organisation files and is concluded with `result`. */
async function fileAndConclude(name: string, year: number, result: 'PASS' | 'BASIC_PASS' | 'FAIL', rectificationReport?: string) {
  await t.ok(FilingCycleOpenDocument, { input: { year, regionCode: '310114' } }, authority);
  const f = (await t.ok(OrganisationFilingsDocument, { id: orgs[name]! }, authority)).organisation!.filings.find((x) => x.year === year)!;
  const s = await t.ok(FilingSubmitDocument, { input: { id: f.id, report: { ...report, rectificationReport } } }, await orgToken(name));
  expect(s.filingSubmit.userErrors).toEqual([]);
  const c = await t.ok(FilingConcludeDocument, { input: { id: f.id, result, findings: result === 'PASS' ? '符合要求' : '财务制度不健全' } }, authority);
  expect(c.filingConclude.userErrors).toEqual([]);
}

async function applyAndScore(name: string) {
  const a = await t.ok(RatingApplyDocument, { input: { roundId, organisationId: orgs[name]! } }, await orgToken(name));
  if (a.ratingApply.userErrors.length) return { errors: a.ratingApply.userErrors.map((e) => e.code), rating: null };
  ratingOf[name] = a.ratingApply.rating!.id;
  const s = await t.ok(RatingScoreDocument, { input: { ratingId: ratingOf[name]!, ...full } }, authority);
  expect(s.ratingScore.userErrors).toEqual([]);
  return { errors: [], rating: s.ratingScore.rating! };
}

beforeAll(async () => {
  t = await startTestApp({ now: '2024-04-01T02:00:00Z', seedDemo: false });
  await seedRegions(t.app.sql, t.app.log, { now: t.clock.now() } as Parameters<typeof seedRegions>[2]);
  authority = await t.token({ role: Role.AUTHORITY, regionCode: '310114', name: '嘉定区民政局' });
  const bands = [{ grade: 'A5', min: 900 }, { grade: 'A4', min: 800 }, { grade: 'A3', min: 700 }, { grade: 'A2', min: 600 }, { grade: 'A1', min: 0 }];
  const set = await t.ok(JurisdictionSettingSetDocument, {
    input: { regionCode: '310114', key: 'rating.scoreBands', effectiveFrom: '2024-01-01', basis: '嘉民规〔2024〕1号', value: { bands, partyOrganisationRequiredFor5A: true } },
  }, authority);
  expect(set.jurisdictionSettingSet.userErrors).toEqual([]);
  // two basic passes in a row, 2023 and 2024, before the 2025 round
  await register('两年基本合格服务中心', true);
  await fileAndConclude('两年基本合格服务中心', 2023, 'BASIC_PASS');
  at('2025-04-01');
  await fileAndConclude('两年基本合格服务中心', 2024, 'BASIC_PASS', '已健全财务制度');
  // registered in the system after those cycles: no filing on record for them
  await register('有党组织服务中心', true);
  await register('无党组织服务中心', false);
  at('2025-06-01');
  roundId = (await t.ok(RatingRoundOpenDocument, { input: { year: 2025, regionCode: '310114' } }, authority)).ratingRoundOpen.round!.id;
});
afterAll(() => t?.stop());

describe('R-RATE-2 before 2026-03-01', () => {
  it('R-RATE-2: two consecutive basic passes exclude the applicant from the round', async () => {
    const r = await applyAndScore('两年基本合格服务中心');
    expect(r.errors).toEqual(['RATING_TWO_BASIC_PASSES']);
  });
});

describe('R-RATE-3: 5A and the Party organisation (LOCAL)', () => {
  it('R-RATE-3: where the jurisdiction requires it, 950 points without a Party organisation give 4A with 5A withheld; with one, 5A', async () => {
    const without = await applyAndScore('无党组织服务中心');
    expect(without.rating).toMatchObject({ proposedGrade: 'A4', scores: { total: 950, withheld5A: true } });
    const withParty = await applyAndScore('有党组织服务中心');
    expect(withParty.rating).toMatchObject({ proposedGrade: 'A5', scores: { total: 950, withheld5A: false } });
  });
});

describe('R-RATE-6: two consecutive basic passes after the grant', () => {
  it('R-RATE-6: one basic pass leaves the grade; the second in a row lowers it one level, exactly once', async () => {
    const p = await t.ok(RatingPubliciseDocument, { input: { ratingId: ratingOf['有党组织服务中心']!, startDate: '2025-06-02' } }, authority);
    expect(p.ratingPublicise.userErrors).toEqual([]);
    at('2025-06-15');
    const g = await t.ok(RatingGrantDocument, { input: { ratingId: ratingOf['有党组织服务中心']! } }, authority);
    expect(g.ratingGrant.rating).toMatchObject({ status: 'GRANTED', grade: 'A5' });

    at('2026-04-01');
    await fileAndConclude('有党组织服务中心', 2025, 'BASIC_PASS');
    expect((await sweep()).downgraded).toBe(0);
    at('2027-04-01');
    await fileAndConclude('有党组织服务中心', 2026, 'BASIC_PASS', '已整改');
    expect((await sweep()).downgraded).toBe(1);
    expect((await sweep()).downgraded).toBe(0);
    const r = (await t.ok(OrganisationRatingsDocument, { id: orgs['有党组织服务中心']! }, authority)).organisation!.ratings.find((x) => x.year === 2025)!;
    expect(r).toMatchObject({ status: 'CHANGED', grade: 'A4', previousGrade: 'A5', changeCause: 'TWO_BASIC_PASSES' });
    const ev = await t.app.sql.query<{ payload: Record<string, unknown> }>("select payload from registry_event where type = 'RatingChanged' and organisation_id = $1", [local(orgs['有党组织服务中心']!)]);
    expect(ev.map((e) => e.payload)).toEqual([expect.objectContaining({ direction: 'DOWN', grade: 'A4', previousGrade: 'A5', cause: 'TWO_BASIC_PASSES' })]);
  });
});
