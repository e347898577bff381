/**
 * Evaluation ratings through the API with the clock moved: a round under the rules before
 * 2026-03-01 and one after, eligibility with every reason, LOCAL score bands of two places,
 * publicity, a review that changes the grade, validity per regime, an automatic downgrade after
 * a failed filing, manual cancellation, and expiry events exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import {
  FilingConcludeDocument, FilingCycleOpenDocument, JurisdictionSettingSetDocument, OrganisationFilingsDocument, OrganisationRatingsDocument,
  OrganisationRegisterDocument, PenaltyRecordDocument, RatingApplyDocument, RatingCancelDocument, RatingDowngradeDocument, RatingGrantDocument,
  RatingPubliciseDocument, RatingReviewDecideDocument, RatingReviewRequestDocument, RatingRoundOpenDocument, RatingRoundsDocument, RatingScoreDocument,
  RatingStatsDocument, RatingsDocument, FilingSubmitDocument, RatingNodeDocument, OrganisationsDocument, CreditListDocument, CreditRemoveDocument,
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
const at = (date: string) => t.clock.set(`${date}T02:00:00Z`);
const sweep = () => t.app.services.get<{ run(): Promise<RatingSweepResult> }>(RATING_SWEEPER_SERVICE).run();
const orgToken = (name: string) => t.token({ role: Role.ORGANISATION, organisationId: local(orgs[name]!) });
const report = { incomeFen: 12_000_000, expenditureFen: 9_500_000, netAssetsFen: 4_000_000, audited: true, activities: '开展社区服务', fullTimeStaff: 6, volunteers: 40, partyOrganisation: true, declarationSigned: true };

async function register(name: string, registrationDate: string) {
  const facts = serviceInstitutionFacts({ name, fields: ['COMMUNITY_SERVICE'], supervisoryUnitId: null });
  const r = await t.ok(OrganisationRegisterDocument, { input: { type: 'SERVICE_INSTITUTION', facts, code: uscc('52'), registrationDate, certificateNumber: 'c', decisionNumber: 'd' } }, authority);
  expect(r.organisationRegister.userErrors).toEqual([]);
  orgs[name] = r.organisationRegister.organisation!.id;
}

async function events(type: string, organisationName: string) {
  return t.app.sql.query<{ type: string; payload: Record<string, unknown> }>('select type, payload from registry_event where type = $1 and organisation_id = $2 order by seq', [type, local(orgs[organisationName]!)]);
}

async function proposeAndPublicise(name: string, roundId: string, scores: { basicConditions: number; internalGovernance: number; workPerformance: number; socialEvaluation: number; bonus?: number }, start: string) {
  const a = await t.ok(RatingApplyDocument, { input: { roundId, organisationId: orgs[name]! } }, await orgToken(name));
  expect(a.ratingApply.userErrors).toEqual([]);
  ratingOf[name] = a.ratingApply.rating!.id;
  const s = await t.ok(RatingScoreDocument, { input: { ratingId: ratingOf[name]!, ...scores } }, authority);
  expect(s.ratingScore.userErrors).toEqual([]);
  const p = await t.ok(RatingPubliciseDocument, { input: { ratingId: ratingOf[name]!, startDate: start } }, authority);
  expect(p.ratingPublicise.userErrors).toEqual([]);
  return { scored: s.ratingScore.rating!, publicised: p.ratingPublicise.rating! };
}

beforeAll(async () => {
  t = await startTestApp({ now: '2025-06-01T02:00:00Z', seedDemo: false });
  await seedRegions(t.app.sql, t.app.log, { now: t.clock.now() } as Parameters<typeof seedRegions>[2]);
  authority = await t.token({ role: Role.AUTHORITY, regionCode: '310114', name: '嘉定区民政局' });
  await register('老牌甲服务中心', '2020-01-01');
  await register('新设乙服务中心', '2024-01-01');
  await register('后评丙服务中心', '2020-03-01');
});
afterAll(() => t?.stop());

describe('a round under the rules before 2026-03-01', () => {
  let roundId: string;

  it('R-RATE-2: an ineligible applicant is refused with every reason (too recent, a penalty last year)', async () => {
    at('2025-05-20');
    const pen = await t.ok(PenaltyRecordDocument, { input: { organisationId: orgs['新设乙服务中心']!, kinds: ['WARNING'], decisionNumber: '嘉民罚〔2024〕1号', decidedOn: '2024-10-01', legalBasis: '条例' } }, authority);
    expect(pen.penaltyRecord.userErrors).toEqual([]);
    at('2025-06-01');
    const round = await t.ok(RatingRoundOpenDocument, { input: { year: 2025, regionCode: '310114' } }, authority);
    roundId = round.ratingRoundOpen.round!.id;
    const again = await t.ok(RatingRoundOpenDocument, { input: { year: 2025, regionCode: '310114' } }, authority);
    expect(again.ratingRoundOpen.round!.id).toBe(roundId);
    const refused = await t.ok(RatingApplyDocument, { input: { roundId, organisationId: orgs['新设乙服务中心']! } }, authority);
    expect(refused.ratingApply.userErrors.map((e) => e.code).sort()).toEqual(['RATING_PENALTY', 'RATING_REGISTERED_TOO_RECENTLY']);
    expect(refused.ratingApply.rating).toBeNull();
  });

  it('R-RATE-3, R-RATE-4: scores give the proposed grade under the default (Luoyang) bands; the publicity lasts the LOCAL 7 days', async () => {
    const { scored, publicised } = await proposeAndPublicise('老牌甲服务中心', roundId, { basicConditions: 180, internalGovernance: 300, workPerformance: 300, socialEvaluation: 120, bonus: 20 }, '2025-06-02');
    expect(scored).toMatchObject({ status: 'SCORED', proposedGrade: 'A5', regime: 'BEFORE_2026_03_01', scores: { total: 920 } });
    expect(publicised).toMatchObject({ status: 'PUBLICISED', publicityStart: '2025-06-02', publicityEnd: '2025-06-09' });
    expect((await events('RatingProposed', '老牌甲服务中心'))[0]!.payload).toMatchObject({ grade: 'A5', organisationId: local(orgs['老牌甲服务中心']!) });
  });

  it('R-RATE-4, R-RATE-5, R-RATE-1: no grant during publicity; granted after it for 5 years from the grant date, with a certificate for 3A+', async () => {
    at('2025-06-05');
    const early = await t.ok(RatingGrantDocument, { input: { ratingId: ratingOf['老牌甲服务中心']! } }, authority);
    expect(early.ratingGrant.userErrors.map((e) => e.code)).toEqual(['RATING_PUBLICITY_NOT_OVER']);
    at('2025-06-10');
    const g = await t.ok(RatingGrantDocument, { input: { ratingId: ratingOf['老牌甲服务中心']! } }, authority);
    expect(g.ratingGrant.rating).toMatchObject({ status: 'GRANTED', grade: 'A5', announcedOn: '2025-06-10', validFrom: '2025-06-10', validUntil: '2030-06-09', certificateNumber: '310114-2025-0001' });
    expect(await events('RatingGranted', '老牌甲服务中心')).toHaveLength(1);
    const pub = await t.ok(OrganisationRatingsDocument, { id: orgs['老牌甲服务中心']! });
    expect(pub.organisation!.currentRating).toMatchObject({ grade: 'A5', validUntil: '2030-06-09', scores: null }); // grades public, scores not
    const own = await t.ok(OrganisationRatingsDocument, { id: orgs['老牌甲服务中心']! }, await orgToken('老牌甲服务中心'));
    expect(own.organisation!.currentRating!.scores).toEqual({ total: 920 });
  });
});

describe('a round under the rules from 2026-03-01', () => {
  let roundId: string;

  it('R-RATE-3: Anhui bands set for the jurisdiction give a lower grade for the same kind of total', async () => {
    at('2026-03-20');
    const set = await t.ok(JurisdictionSettingSetDocument, { input: { regionCode: '310114', key: 'rating.scoreBands', effectiveFrom: '2026-03-01', basis: '皖民发',
      value: { bands: [{ grade: 'A5', min: 950 }, { grade: 'A4', min: 901 }, { grade: 'A3', min: 851 }, { grade: 'A2', min: 801 }, { grade: 'A1', min: 701 }], partyOrganisationRequiredFor5A: false } } }, authority);
    expect(set.jurisdictionSettingSet.userErrors).toEqual([]);
    at('2026-04-01');
    roundId = (await t.ok(RatingRoundOpenDocument, { input: { year: 2026, regionCode: '310114' } }, authority)).ratingRoundOpen.round!.id;
    const { scored } = await proposeAndPublicise('后评丙服务中心', roundId, { basicConditions: 180, internalGovernance: 280, workPerformance: 300, socialEvaluation: 120 }, '2026-04-02');
    expect(scored).toMatchObject({ proposedGrade: 'A3', regime: 'FROM_2026_03_01', scores: { total: 880 } }); // Luoyang would say 4A
    expect((await t.ok(RatingRoundsDocument, { regionCode: '310114' })).ratingRounds.map((r) => r.year)).toEqual([2026, 2025]);
  });

  it('R-RATE-4: a review asked for within the publicity changes the grade; the grade waits for the decision', async () => {
    at('2026-04-05');
    const req = await t.ok(RatingReviewRequestDocument, { input: { ratingId: ratingOf['后评丙服务中心']!, reason: '社会评价得分有误' } }, await orgToken('后评丙服务中心'));
    expect(req.ratingReviewRequest.rating).toMatchObject({ status: 'REVIEW_REQUESTED', review: { requestedOn: '2026-04-05', decisionDue: '2026-04-20' } });
    at('2026-04-10');
    const waiting = await t.ok(RatingGrantDocument, { input: { ratingId: ratingOf['后评丙服务中心']! } }, authority);
    expect(waiting.ratingGrant.userErrors.map((e) => e.code)).toEqual(['RATING_REVIEW_PENDING']);
    const d = await t.ok(RatingReviewDecideDocument, { input: { ratingId: ratingOf['后评丙服务中心']!, outcome: '复核后社会评价加分，改为4A', grade: 'A4' } }, authority);
    expect(d.ratingReviewDecide.rating).toMatchObject({ status: 'REVIEWED', proposedGrade: 'A4' });
  });

  it('R-RATE-5: from 2026-03-01 the grade is valid from 1 January after the announcement to 31 December of the fifth year', async () => {
    at('2026-04-12');
    const g = await t.ok(RatingGrantDocument, { input: { ratingId: ratingOf['后评丙服务中心']! } }, authority);
    expect(g.ratingGrant.rating).toMatchObject({ status: 'GRANTED', grade: 'A4', validFrom: '2026-04-12', validUntil: '2031-12-31', certificateNumber: '310114-2026-0001' });
    const node = await t.ok(RatingNodeDocument, { id: ratingOf['后评丙服务中心']! });
    expect(node.node).toMatchObject({ grade: 'A4', validUntil: '2031-12-31', scores: null });
  });
});

describe('changes and expiry', () => {
  it('R-RATE-6: a failed filing after the grant lowers the grade one level automatically, exactly once', async () => {
    at('2026-04-15');
    await t.ok(FilingCycleOpenDocument, { input: { year: 2025, regionCode: '310114' } }, authority);
    const f = (await t.ok(OrganisationFilingsDocument, { id: orgs['老牌甲服务中心']! }, authority)).organisation!.filings.find((x) => x.year === 2025)!;
    const s = await t.ok(FilingSubmitDocument, { input: { id: f.id, report } }, await orgToken('老牌甲服务中心'));
    expect(s.filingSubmit.userErrors).toEqual([]);
    const c = await t.ok(FilingConcludeDocument, { input: { id: f.id, result: 'FAIL', findings: '财务管理混乱' } }, authority);
    expect(c.filingConclude.userErrors).toEqual([]);
    at('2026-04-20');
    expect((await sweep()).downgraded).toBe(1);
    expect((await sweep()).downgraded).toBe(0);
    const r = (await t.ok(OrganisationRatingsDocument, { id: orgs['老牌甲服务中心']! }, authority)).organisation!.ratings.find((x) => x.year === 2025)!;
    expect(r).toMatchObject({ status: 'CHANGED', grade: 'A4', previousGrade: 'A5', changeCause: 'INSPECTION_FAILED', certificateReturnDue: '2026-05-05' });
    const ev = await events('RatingChanged', '老牌甲服务中心');
    expect(ev).toHaveLength(1);
    expect(ev[0]!.payload).toMatchObject({ direction: 'DOWN', grade: 'A4', previousGrade: 'A5', cause: 'INSPECTION_FAILED' });
  });

  it('R-RATE-2: from 2026-03-01 a failed inspection no longer excludes; a valid grade may be re-evaluated in its first 4 years', async () => {
    at('2026-04-21');
    const round = (await t.ok(RatingRoundsDocument, { regionCode: '310114' })).ratingRounds.find((r) => r.year === 2026)!;
    const a = await t.ok(RatingApplyDocument, { input: { roundId: round.id, organisationId: orgs['老牌甲服务中心']! } }, authority);
    expect(a.ratingApply.userErrors).toEqual([]);
    expect(a.ratingApply.rating).toMatchObject({ status: 'APPLIED', regime: 'FROM_2026_03_01' });
  });

  it('R-RATE-1: ratings filter by grade and validity; the stats give the share of registered organisations holding a valid grade', async () => {
    at('2026-05-01');
    const r = await t.ok(RatingsDocument, { filter: { grade: 'A4', validOn: '2026-05-01', regionCode: '310114' }, first: 10 });
    expect(r.ratings.nodes.map((n) => n.organisation!.name).sort()).toEqual(['后评丙服务中心', '老牌甲服务中心']);
    const s = await t.ok(RatingStatsDocument, { regionCode: '310114', date: '2026-05-01' }, authority);
    expect(s.ratingStats).toMatchObject({ rated: 2, registered: 3 });
    expect(s.ratingStats.ratedShare).toBeCloseTo(2 / 3, 5);
    expect(s.ratingStats.byGrade.find((g) => g.grade === 'A4')!.count).toBe(2);
    // the register filters by the grade held today, with the same definition as the stats
    const held = await t.ok(OrganisationsDocument, { filter: { regionCode: '310114', grades: ['A4', 'A5'] }, first: 10 });
    expect(held.organisations.nodes.map((n) => n.name).sort()).toEqual(['后评丙服务中心', '老牌甲服务中心']);
    expect(held.organisations.totalCount).toBe(2);
    expect((await t.ok(OrganisationsDocument, { filter: { regionCode: '310114', grades: ['A5'] }, first: 10 })).organisations.nodes).toEqual([]);
  });

  it('R-RATE-6: an administrative penalty after the grant lowers the grade one level automatically, exactly once', async () => {
    at('2026-05-02');
    await t.ok(PenaltyRecordDocument, { input: { organisationId: orgs['后评丙服务中心']!, kinds: ['WARNING'], decisionNumber: '嘉民罚〔2026〕3号', decidedOn: '2026-05-02', legalBasis: '条例' } }, authority);
    expect((await sweep()).downgraded).toBe(1);
    expect((await sweep()).downgraded).toBe(0);
    const ev = await events('RatingChanged', '后评丙服务中心');
    expect(ev.map((e) => e.payload)).toEqual([expect.objectContaining({ direction: 'DOWN', grade: 'A3', previousGrade: 'A4', cause: 'ADMINISTRATIVE_PENALTY' })]);
  });

  it('R-RATE-6: manual cancellation for fraud, with reason and the certificate due back in 15 days; the cause must fit the action', async () => {
    const wrong = await t.ok(RatingDowngradeDocument, { input: { ratingId: ratingOf['后评丙服务中心']!, cause: 'FRAUD', reason: '材料造假' } }, authority);
    expect(wrong.ratingDowngrade.userErrors.map((e) => e.code)).toEqual(['RATING_CAUSE_MISMATCH']);
    const c = await t.ok(RatingCancelDocument, { input: { ratingId: ratingOf['后评丙服务中心']!, cause: 'FRAUD', reason: '评估材料造假' } }, authority);
    expect(c.ratingCancel.rating).toMatchObject({ status: 'CANCELLED', grade: null, previousGrade: 'A3', certificateReturnDue: '2026-05-17', certificateNumber: null });
    expect((await events('RatingChanged', '后评丙服务中心'))[1]!.payload).toMatchObject({ direction: 'CANCELLED', previousGrade: 'A3', reason: '评估材料造假' });
    expect((await t.ok(OrganisationRatingsDocument, { id: orgs['后评丙服务中心']! })).organisation!.currentRating).toBeNull();
  });

  it('R-RATE-7: expiring at 180, 90 and 30 days and expired, each event exactly once', async () => {
    for (const day of ['2029-12-01', '2030-01-01', '2030-03-15', '2030-06-01', '2030-06-10']) {
      at(day);
      await sweep();
      await sweep();
    }
    const expiring = await events('RatingExpiring', '老牌甲服务中心');
    expect(expiring.map((e) => e.payload.threshold)).toEqual(['EXPIRING_IN_180', 'EXPIRING_IN_90', 'EXPIRING_IN_30']);
    expect(expiring[0]!.payload).toMatchObject({ grade: 'A4', validUntil: '2030-06-09', organisationId: local(orgs['老牌甲服务中心']!) });
    expect(await events('RatingExpired', '老牌甲服务中心')).toHaveLength(1);
    const o = (await t.ok(OrganisationRatingsDocument, { id: orgs['老牌甲服务中心']! })).organisation!;
    expect(o.currentRating).toBeNull();
    expect(o.ratings.find((x) => x.year === 2025)!.status).toBe('EXPIRED');
  });
});

describe('the register filtered by grade and credit list', () => {
  it('organisations(filter: { creditLists }) lists those on a list now, and drops them once removed', async () => {
    const onList = (lists: ('ABNORMAL' | 'SERIOUS')[]) =>
      t.ok(OrganisationsDocument, { filter: { regionCode: '310114', creditLists: lists }, first: 10 }).then((r) => r.organisations.nodes.map((n) => n.name).sort());
    // the warnings recorded above listed these two as abnormal (R-CREDIT-1)
    expect(await onList(['ABNORMAL', 'SERIOUS'])).toEqual(['后评丙服务中心', '新设乙服务中心']);
    const l = await t.ok(CreditListDocument, { input: { organisationId: orgs['老牌甲服务中心']!, list: 'ABNORMAL', reasons: ['UNREACHABLE_AT_DOMICILE'], listedOn: '2030-06-10', evidence: '邮寄退回' } }, authority);
    expect(l.creditList.userErrors).toEqual([]);
    expect(await onList(['ABNORMAL'])).toEqual(['后评丙服务中心', '新设乙服务中心', '老牌甲服务中心']);
    expect(await onList(['SERIOUS'])).toEqual([]);
    at('2030-06-12');
    const removed = await t.ok(CreditRemoveDocument, { input: { id: l.creditList.listing!.id, removedOn: '2030-06-11', rectificationVerifiedOn: '2030-06-11', reason: '已核实住所可联系' } }, authority);
    expect(removed.creditRemove.userErrors).toEqual([]);
    expect(await onList(['ABNORMAL'])).toEqual(['后评丙服务中心', '新设乙服务中心']);
  });

  it('R-RATE-7: an expired grade no longer matches the grade filter', async () => {
    expect((await t.ok(OrganisationsDocument, { filter: { regionCode: '310114', grades: ['A1', 'A2', 'A3', 'A4', 'A5'] }, first: 10 })).organisations.nodes).toEqual([]);
  });
});
