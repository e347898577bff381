/**
 * A whole filing year through the API with the clock moved: the cycle, drafts, the supervisory
 * step, results, an extension, deadlines swept exactly once, and the credit lists that follow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import {
  CreditListDocument, CreditListingsDocument, CreditRemoveDocument, FilingByIdDocument, FilingConcludeDocument, FilingCycleOpenDocument,
  FilingExtendDocument, FilingReturnDocument, FilingSaveDraftDocument, FilingStatsDocument, FilingSubmitDocument, FilingSupervisorApproveDocument,
  FilingAndListingNodesDocument, FilingsDocument, OrganisationFilingsDocument, OrganisationRegisterDocument, PenaltyRecordDocument, RevocationCandidatesDocument, SupervisoryUnitCreateDocument,
} from '../generated/graphql.js';
import { serviceInstitutionFacts, uscc } from '../organisation/factories.js';
import { SWEEPER_SERVICE } from '../../src/modules/index.js';
import { seedRegions } from '../../src/modules/region/region.seed.js';
import type { SweepOptions, SweepResult } from '../../src/modules/inspection/sweeper.js';

let t: TestApp;
let authority: string;
let unitId: string;
let supervisor: string;
const local = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1]!;
const orgs: Record<string, string> = {};
const filingOf: Record<string, string> = {};
const sweep = (opts?: SweepOptions) => t.app.services.get<{ run(o?: SweepOptions): Promise<SweepResult> }>(SWEEPER_SERVICE).run(opts);
const at = (date: string) => t.clock.set(`${date}T02:00:00Z`);
const orgToken = (name: string) => t.token({ role: Role.ORGANISATION, organisationId: local(orgs[name]!) });
const report = { incomeFen: 12_000_000, expenditureFen: 9_500_000, netAssetsFen: 4_000_000, audited: true, activities: '开展社区养老服务 120 次', fullTimeStaff: 6, volunteers: 40, partyOrganisation: true, declarationSigned: true };

async function register(name: string, registrationDate: string, supervised = false) {
  const facts = serviceInstitutionFacts({ name, fields: supervised ? ['ELDERLY_CARE'] : ['COMMUNITY_SERVICE'], supervisoryUnitId: supervised ? unitId : null });
  const r = await t.ok(OrganisationRegisterDocument, { input: { type: 'SERVICE_INSTITUTION', facts, code: uscc('52'), registrationDate, certificateNumber: 'c', decisionNumber: 'd' } }, authority);
  expect(r.organisationRegister.userErrors).toEqual([]);
  orgs[name] = r.organisationRegister.organisation!.id;
}

async function filingsOf(name: string) {
  return (await t.ok(OrganisationFilingsDocument, { id: orgs[name]! }, authority)).organisation!;
}

async function events(filter: { entityId?: string; type?: string; organisationId?: string }) {
  const c: string[] = ['true'];
  const p: unknown[] = [];
  if (filter.entityId) c.push(`entity_id = $${p.push(filter.entityId)}`);
  if (filter.type) c.push(`type = $${p.push(filter.type)}`);
  if (filter.organisationId) c.push(`organisation_id = $${p.push(filter.organisationId)}`);
  return t.app.sql.query<{ type: string; payload: Record<string, unknown> }>(`select type, payload from registry_event where ${c.join(' and ')} order by seq`, p);
}

beforeAll(async () => {
  // regions only: the cycle counts every organisation in the subtree, so no demo organisations
  t = await startTestApp({ now: '2027-01-10T02:00:00Z', seedDemo: false });
  await seedRegions(t.app.sql, t.app.log, { now: t.clock.now() } as Parameters<typeof seedRegions>[2]);
  authority = await t.token({ role: Role.AUTHORITY, regionCode: '310114', name: '嘉定区民政局' });
  const unit = await t.ok(SupervisoryUnitCreateDocument, { input: { name: '嘉定区卫生健康委员会', regionCode: '310114' } }, authority);
  unitId = unit.supervisoryUnitCreate.supervisoryUnit!.id;
  supervisor = await t.token({ role: Role.SUPERVISOR, supervisoryUnitId: local(unitId) });
  await register('直接登记甲服务中心', '2026-03-01');
  await register('主管乙养老服务中心', '2026-02-01', true);
  await register('下半年丙服务中心', '2026-08-01');
  await register('逾期丁服务中心', '2025-01-01');
  await register('延期戊服务中心', '2026-01-15');
  await register('两年己服务中心', '2026-01-15');
  await register('名存实亡庚服务中心', '2024-01-01');
});
afterAll(() => t?.stop());

describe('the yearly cycle', () => {
  it('R-INSP-1, R-INSP-3: opens one filing per organisation that owes one; opening twice creates nothing; a later registration is added by the same call', async () => {
    // the 2025 cycle first (opened late), so the 2026 filings know last year's outcome (R-INSP-4)
    const y2025 = await t.ok(FilingCycleOpenDocument, { input: { year: 2025, regionCode: '310114' } }, authority);
    expect(y2025.filingCycleOpen.userErrors).toEqual([]);
    const first = await t.ok(FilingCycleOpenDocument, { input: { year: 2026, regionCode: '310114' } }, authority);
    expect(first.filingCycleOpen.created).toBeGreaterThanOrEqual(6);
    const again = await t.ok(FilingCycleOpenDocument, { input: { year: 2026, regionCode: '310114' } }, authority);
    expect(again.filingCycleOpen).toMatchObject({ created: 0, total: first.filingCycleOpen.total });
    await register('后登记辛服务中心', '2026-05-01');
    const third = await t.ok(FilingCycleOpenDocument, { input: { year: 2026, regionCode: '310114' } }, authority);
    expect(third.filingCycleOpen.created).toBe(1);
    expect((await filingsOf('下半年丙服务中心')).filings).toEqual([]); // R-INSP-3: registered after 30 June
    for (const name of Object.keys(orgs)) {
      const f = (await filingsOf(name)).filings.find((x) => x.year === 2026);
      if (f) filingOf[name] = f.id;
    }
    expect(Object.keys(filingOf)).toHaveLength(7);
    const cycleEvents = await events({ type: 'FilingCycleOpened' });
    expect(cycleEvents.at(-1)!.payload).toMatchObject({ year: 2026, created: 1 });
  });

  it('R-INSP-2: statutory due dates per step; a directly registered organisation has no supervisory step', async () => {
    const sup = await t.ok(FilingByIdDocument, { id: filingOf['主管乙养老服务中心']! }, authority);
    expect(sup.filing).toMatchObject({ form: 'INSPECTION', directRegistration: false, supervisorDueOn: '2027-03-31', authorityDueOn: '2027-05-31', effectiveDueOn: '2027-03-31', status: 'DRAFT' });
    const direct = await t.ok(FilingByIdDocument, { id: filingOf['直接登记甲服务中心']! }, authority);
    expect(direct.filing).toMatchObject({ directRegistration: true, supervisorDueOn: null, effectiveDueOn: '2027-05-31' });
  });

  it('R-INSP-4: a filing after a missed year owes a rectification report', async () => {
    const f = await t.ok(FilingByIdDocument, { id: filingOf['逾期丁服务中心']! }, authority);
    expect(f.filing!.rectificationReasons).toEqual(['PREVIOUS_NOT_FILED']);
  });

  it('R-INSP-1: the organisation saves a draft and submits it with the declaration; others cannot see it', async () => {
    at('2027-02-10');
    const org = await orgToken('主管乙养老服务中心');
    const id = filingOf['主管乙养老服务中心']!;
    const draft = await t.ok(FilingSaveDraftDocument, { input: { id, report: { ...report, declarationSigned: false } } }, org);
    expect(draft.filingSaveDraft.filing!.report!.financial).toMatchObject({ incomeFen: 12_000_000, audited: true });
    const refused = await t.ok(FilingSubmitDocument, { input: { id } }, org);
    expect(refused.filingSubmit.userErrors.map((e) => e.code)).toEqual(['DECLARATION_REQUIRED']);
    const other = await orgToken('直接登记甲服务中心');
    expect((await t.ok(FilingByIdDocument, { id }, other)).filing).toBeNull();
    expect((await t.ok(FilingByIdDocument, { id })).filing).toBeNull(); // public: not concluded
    const ok = await t.ok(FilingSubmitDocument, { input: { id, report: { declarationSigned: true } } }, org);
    expect(ok.filingSubmit.userErrors).toEqual([]);
    expect(ok.filingSubmit.filing).toMatchObject({ status: 'SUBMITTED', late: false });
  });

  it('R-INSP-2: the supervisory unit returns with reasons, then approves the resubmission; the authority concludes basic pass and a rectification opens (R-INSP-4)', async () => {
    const id = filingOf['主管乙养老服务中心']!;
    const returned = await t.ok(FilingReturnDocument, { input: { id, reasons: '财务摘要与审计报告不一致' } }, supervisor);
    expect(returned.filingReturn.filing).toMatchObject({ status: 'RETURNED' });
    expect(returned.filingReturn.filing!.report!.returnReasons).toBe('财务摘要与审计报告不一致');
    const org = await orgToken('主管乙养老服务中心');
    expect((await t.ok(OrganisationFilingsDocument, { id: orgs['主管乙养老服务中心']! }, org)).organisation!.obligations!.map((o) => o.kind)).toEqual(['RETURNED']);
    await t.ok(FilingSubmitDocument, { input: { id, report: { expenditureFen: 9_400_000 } } }, org);
    const concludeEarly = await t.ok(FilingConcludeDocument, { input: { id, result: 'PASS', findings: 'x' } }, authority);
    expect(concludeEarly.filingConclude.userErrors[0]!.code).toBe('ILLEGAL_TRANSITION');
    const approved = await t.ok(FilingSupervisorApproveDocument, { input: { id, reasons: '同意' } }, supervisor);
    expect(approved.filingSupervisorApprove.filing!.status).toBe('SUPERVISOR_APPROVED');
    at('2027-04-20');
    const c = await t.ok(FilingConcludeDocument, { input: { id, result: 'BASIC_PASS', findings: '内部治理存在不足' } }, authority);
    expect(c.filingConclude.filing).toMatchObject({ status: 'CONCLUDED', result: 'BASIC_PASS', concludedOn: '2027-04-20', rectificationDueOn: '2027-07-19' });
    const ev = await events({ entityId: local(id) });
    expect(ev.map((e) => e.type)).toEqual(['FilingSubmitted', 'FilingReturned', 'FilingSubmitted', 'FilingSupervisorReviewed', 'FilingConcluded', 'RectificationOpened']);
    expect(ev[0]!.payload).toMatchObject({ organisationId: local(orgs['主管乙养老服务中心']!), supervisoryUnitId: local(unitId), dueOn: '2027-03-31', daysLeft: 49 });
    // the public sees the concluded result, never the report
    const pub = await t.ok(FilingByIdDocument, { id });
    expect(pub.filing).toMatchObject({ result: 'BASIC_PASS', report: null });
  });

  it('R-INSP-2: a directly registered organisation skips the supervisor and is concluded by the authority', async () => {
    const id = filingOf['直接登记甲服务中心']!;
    const org = await orgToken('直接登记甲服务中心');
    await t.ok(FilingSubmitDocument, { input: { id, report } }, org);
    const c = await t.ok(FilingConcludeDocument, { input: { id, result: 'PASS', findings: '合格' } }, authority);
    expect(c.filingConclude.filing).toMatchObject({ status: 'CONCLUDED', result: 'PASS', rectificationDueOn: null });
  });

  it('R-INSP-2: an extension moves the effective due date, not the statutory one', async () => {
    const id = filingOf['延期戊服务中心']!;
    const e = await t.ok(FilingExtendDocument, { input: { id, until: '2027-06-30', reason: '法定代表人变更中' } }, authority);
    expect(e.filingExtend.filing).toMatchObject({ authorityDueOn: '2027-05-31', extendedDueOn: '2027-06-30', effectiveDueOn: '2027-06-30' });
  });
});

describe('deadlines (R-INSP-5)', () => {
  it('R-INSP-5: due in 30, 7 and 1 days, each once; two concurrent sweeps emit each threshold exactly once', async () => {
    const id = local(filingOf['逾期丁服务中心']!);
    at('2027-05-01');
    const [a, b] = await Promise.all([sweep(), sweep()]);
    expect([a.skipped, b.skipped].sort()).toEqual([false, true]); // the advisory lock: one sweeps
    at('2027-05-02');
    await Promise.all([sweep({ lock: false }), sweep({ lock: false }), sweep({ lock: false })]); // racing on the unique key
    at('2027-05-24');
    await Promise.all([sweep({ lock: false }), sweep({ lock: false })]);
    at('2027-05-30');
    await sweep();
    await sweep();
    const due = await events({ entityId: id, type: 'FilingDue' });
    expect(due.map((e) => e.payload.threshold)).toEqual(['DUE_IN_30', 'DUE_IN_7', 'DUE_IN_1']);
    expect(due[0]!.payload).toMatchObject({ dueOn: '2027-05-31', daysLeft: 30, organisationId: local(orgs['逾期丁服务中心']!) });
  });

  it('R-INSP-5: a sweep that crashes after its first batch, then runs again in batches on two connections, still emits each event exactly once', async () => {
    at('2027-06-01');
    await expect(sweep({ batchSize: 1, afterBatch: (n) => { if (n === 1) throw new Error('crash'); } })).rejects.toThrow('crash');
    await sweep({ batchSize: 1, workers: 2 });
    await sweep();
    for (const name of ['逾期丁服务中心', '两年己服务中心', '名存实亡庚服务中心']) {
      const ev = await events({ entityId: local(filingOf[name]!), type: 'FilingOverdue' });
      expect(ev, name).toHaveLength(1);
    }
    const overdue = await events({ entityId: local(filingOf['两年己服务中心']!), type: 'FilingOverdue' });
    expect(overdue[0]!.payload).toEqual({
      filingId: local(filingOf['两年己服务中心']!), organisationId: local(orgs['两年己服务中心']!), supervisoryUnitId: null,
      year: 2026, form: expect.any(String), threshold: 'OVERDUE', dueOn: '2027-05-31', daysLeft: -1,
    });
    // events of batches committed on two connections: one position each, and none skipped
    const positions = (await t.app.sql.query<{ n: string; k: string; lo: string; hi: string }>(
      'select count(position) as n, count(distinct position) as k, min(position) as lo, max(position) as hi from registry_event'))[0]!;
    expect([Number(positions.k), Number(positions.hi) - Number(positions.lo) + 1]).toEqual([Number(positions.n), Number(positions.n)]);
    // under the extension nothing is overdue
    expect(await events({ entityId: local(filingOf['延期戊服务中心']!), type: 'FilingOverdue' })).toHaveLength(0);
  });

  it('R-INSP-2: on time under an extension is never late', async () => {
    at('2027-06-20');
    const id = filingOf['延期戊服务中心']!;
    const s = await t.ok(FilingSubmitDocument, { input: { id, report } }, await orgToken('延期戊服务中心'));
    expect(s.filingSubmit.filing).toMatchObject({ status: 'SUBMITTED', late: false });
  });
});

describe('credit lists', () => {
  it('R-CREDIT-1: an overdue filing lists the organisation on the abnormal list, with reason, legal basis, date and authority; the lists are public', async () => {
    const r = await t.ok(CreditListingsDocument, { filter: { organisationId: orgs['逾期丁服务中心']!, active: true } });
    expect(r.creditListings.nodes).toHaveLength(1);
    // listed when the first sweep found the 2025 filing overdue; the 2026 one, overdue on 1 June, restarted the clock (R-CREDIT-2)
    expect(r.creditListings.nodes[0]).toMatchObject({ list: 'ABNORMAL', reasons: ['ANNUAL_FILING_LATE'], listedOn: '2027-05-01', lastActOn: '2027-06-01', decidedBy: '310114', legalBasis: [expect.stringMatching(/社会组织信用信息管理办法/)] });
    const listed = await events({ organisationId: local(orgs['逾期丁服务中心']!), type: 'CreditListed' });
    expect(listed).toHaveLength(2);
    // the first a new listing, the second the same listing with its clock restarted (R-CREDIT-2)
    const common = { listingId: expect.any(String), organisationId: local(orgs['逾期丁服务中心']!), supervisoryUnitId: null, list: 'ABNORMAL', reasons: ['ANNUAL_FILING_LATE'], newReasons: ['ANNUAL_FILING_LATE'], legalBasis: [expect.stringMatching(/社会组织信用信息管理办法/)] };
    expect(listed.map((e) => e.payload)).toEqual([
      { ...common, listedOn: '2027-05-01', clockRestartedOn: null },
      { ...common, listingId: listed[0]!.payload.listingId, listedOn: '2027-05-01', clockRestartedOn: '2027-06-01' },
    ]);
  });

  it('R-CREDIT-3: after the late filing is submitted and concluded (rectification verified) the sweeper removes the listing', async () => {
    at('2027-06-05');
    const id = filingOf['逾期丁服务中心']!;
    const org = await orgToken('逾期丁服务中心');
    const missing = await t.ok(FilingSubmitDocument, { input: { id, report } }, org);
    expect(missing.filingSubmit.userErrors.map((e) => e.code)).toEqual(['RECTIFICATION_REPORT_REQUIRED']);
    const s = await t.ok(FilingSubmitDocument, { input: { id, report: { ...report, rectificationReport: '已补报2025年度年检' } } }, org);
    expect(s.filingSubmit.filing).toMatchObject({ late: true });
    await t.ok(FilingConcludeDocument, { input: { id, result: 'PASS', findings: '逾期报送，内容合格' } }, authority);
    const before = await t.ok(CreditListingsDocument, { filter: { organisationId: orgs['逾期丁服务中心']!, list: 'ABNORMAL' } });
    expect(before.creditListings.nodes[0]).toMatchObject({ rectificationVerifiedOn: '2027-06-05', removedOn: null });
    at('2027-06-06');
    await sweep();
    const after = await t.ok(CreditListingsDocument, { filter: { organisationId: orgs['逾期丁服务中心']!, list: 'ABNORMAL' } });
    expect(after.creditListings.nodes[0]).toMatchObject({ removedOn: '2027-06-06', removalReason: expect.stringMatching(/整改已核实/) });
    expect(await events({ organisationId: local(orgs['逾期丁服务中心']!), type: 'CreditRemoved' })).toHaveLength(1);
    const tl = (await filingsOf('逾期丁服务中心')).timeline.map((e) => e.kind);
    expect(tl).toEqual(expect.arrayContaining(['FILING', 'RESULT', 'CREDIT']));
  });

  it('R-CREDIT-2: two full years on the abnormal list move it to the serious list; a new listable act restarts the clock', async () => {
    // 名存实亡庚 was listed on 2027-06-01 for the overdue filing; 两年己 too, but is listed again on 2028-01-10
    at('2028-01-10');
    const again = await t.ok(CreditListDocument, { input: { organisationId: orgs['两年己服务中心']!, list: 'ABNORMAL', reasons: ['UNREACHABLE_AT_DOMICILE'], listedOn: '2028-01-10', evidence: '邮寄退回' } }, authority);
    expect(again.creditList.listing).toMatchObject({ reasons: ['ANNUAL_FILING_LATE', 'UNREACHABLE_AT_DOMICILE'], lastActOn: '2028-01-10', listedOn: '2027-06-01' });
    at('2029-06-01');
    await sweep();
    expect((await t.ok(CreditListingsDocument, { filter: { organisationId: orgs['名存实亡庚服务中心']!, list: 'SERIOUS' } })).creditListings.nodes).toHaveLength(0);
    at('2029-06-02');
    await sweep();
    const serious = await t.ok(CreditListingsDocument, { filter: { organisationId: orgs['名存实亡庚服务中心']!, active: true } });
    expect(serious.creditListings.nodes).toHaveLength(1);
    expect(serious.creditListings.nodes[0]).toMatchObject({ list: 'SERIOUS', reasons: ['ABNORMAL_TWO_YEARS'], listedOn: '2029-06-02' });
    const restarted = await t.ok(CreditListingsDocument, { filter: { organisationId: orgs['两年己服务中心']!, active: true } });
    expect(restarted.creditListings.nodes.map((l) => l.list)).toEqual(['ABNORMAL']);
    // R-CREDIT-3: the serious list is left on application only after 2 clean years
    const early = await t.ok(CreditRemoveDocument, { input: { id: serious.creditListings.nodes[0]!.id, removedOn: '2029-06-10', reason: '申请移出' } }, authority);
    expect(early.creditRemove.userErrors[0]!.code).toBe('NOT_YET_REMOVABLE');
  });

  it('R-CREDIT-1, R-CREDIT-2: penalties drive the lists (a warning → abnormal; a second within 3 years → serious); the timeline shows them', async () => {
    at('2029-07-01');
    const org = orgs['延期戊服务中心']!;
    const w1 = await t.ok(PenaltyRecordDocument, { input: { organisationId: org, kinds: ['WARNING'], decisionNumber: '嘉民罚〔2029〕1号', decidedOn: '2029-07-01', legalBasis: '《民办非企业单位登记管理暂行条例》第二十五条' } }, authority);
    expect(w1.penaltyRecord.userErrors).toEqual([]);
    let l = await t.ok(CreditListingsDocument, { filter: { organisationId: org, active: true } });
    expect(l.creditListings.nodes.map((x) => [x.list, x.reasons])).toEqual([['ABNORMAL', ['WARNING_OR_SMALL_FINE']]]);
    await t.ok(PenaltyRecordDocument, { input: { organisationId: org, kinds: ['FINE'], fineFen: 1_000_000, decisionNumber: '嘉民罚〔2029〕9号', decidedOn: '2029-09-01', legalBasis: '同上' } }, authority);
    l = await t.ok(CreditListingsDocument, { filter: { organisationId: org, active: true } });
    expect(l.creditListings.nodes.map((x) => [x.list, x.reasons])).toEqual([['SERIOUS', ['REPEATED_MINOR_PENALTIES']]]);
    const tl = (await filingsOf('延期戊服务中心')).timeline;
    expect(tl.filter((e) => e.kind === 'PENALTY').map((e) => e.legalBasis)).toEqual(['《民办非企业单位登记管理暂行条例》第二十五条', '同上']);
  });
});

describe('reading', () => {
  it('filings filter by year, status and overdue; stats give participation and pass rates', async () => {
    at('2027-06-10');
    const overdue = await t.ok(FilingsDocument, { filter: { year: 2026, overdue: true, regionCode: '310114' }, first: 100 }, authority);
    expect(overdue.filings.nodes.map((n) => n.organisation!.name)).toEqual(expect.arrayContaining(['名存实亡庚服务中心', '两年己服务中心']));
    const concluded = await t.ok(FilingsDocument, { filter: { year: 2026, statuses: ['CONCLUDED'] } });
    expect(concluded.filings.nodes.every((n) => n.status === 'CONCLUDED')).toBe(true);
    const s = await t.ok(FilingStatsDocument, { regionCode: '310114', year: 2026 }, authority);
    expect(s.filingStats.owed).toBeGreaterThanOrEqual(7);
    expect(s.filingStats.concluded).toBe(3);
    expect(s.filingStats.passRate).toBeCloseTo(2 / 3, 3);
    expect(s.filingStats.participationRate).toBeGreaterThan(0);
  });

  it('R-ORG-7: revocation candidates come from real filing history (two consecutive years not filed)', async () => {
    at('2027-06-10');
    const r = await t.ok(RevocationCandidatesDocument, { regionCode: '310114' }, authority);
    const c = r.revocationCandidates.find((x) => x.organisation.name === '名存实亡庚服务中心');
    expect(c).toMatchObject({ years: [2025, 2026] });
    expect(r.revocationCandidates.map((x) => x.organisation.name)).not.toContain('逾期丁服务中心');
  });
});

describe('filings and listings as nodes', () => {
  it('node(id:) resolves a filing as far as filing(id) shows it, and a credit listing for everyone (R-ORG-8)', async () => {
    const listings = await t.ok(CreditListingsDocument, { filter: { organisationId: orgs['两年己服务中心']! }, first: 10 });
    const listing = listings.creditListings.nodes[0]!;
    const open = (await filingsOf('名存实亡庚服务中心')).filings.find((f) => f.year === 2026 && f.status !== 'CONCLUDED')!;
    const ids = { filing: open.id, listing: listing.id };
    const asAuthority = await t.ok(FilingAndListingNodesDocument, ids, authority);
    expect(asAuthority.filing).toMatchObject({ id: open.id, year: 2026 });
    expect(asAuthority.listing).toMatchObject({ id: listing.id, list: listing.list });
    const asOwn = await t.ok(FilingAndListingNodesDocument, ids, await orgToken('名存实亡庚服务中心'));
    expect(asOwn.filing).toMatchObject({ id: open.id });
    // an unconcluded filing is not public, nor another organisation's business; the lists are public
    for (const token of [undefined, await orgToken('逾期丁服务中心'), await t.token({ role: Role.AUTHORITY, regionCode: '310115' })]) {
      const r = await t.ok(FilingAndListingNodesDocument, ids, token);
      expect(r.filing).toBeNull();
      expect(r.listing).toMatchObject({ id: listing.id });
    }
  });
});
