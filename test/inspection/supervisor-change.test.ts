/**
 * A change of supervisory unit (变更登记 of 业务主管单位) hands the organisation's open work to
 * the new unit: the filings it has not submitted (the new unit pre-reviews them and sees them)
 * and its active credit listings; the deadline sweeper's listings and events then name the new
 * unit, because they take it from the filing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import {
  AuditTrailDocument, CreditListDocument, FilingByIdDocument, FilingCycleOpenDocument, FilingSubmitDocument, OrganisationAmendDocument, OrganisationFilingsDocument,
  OrganisationRegisterDocument, SupervisoryUnitCreateDocument,
} from '../generated/graphql.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serviceInstitutionFacts, uscc } from '../organisation/factories.js';
import { PII_SERVICE, type PiiCipher } from '../../src/platform/crypto/pii.js';
import { csvLine } from '../../src/platform/bulk/table-writer.js';
import { importOrganisations } from '../../src/modules/bulk-import.js';
import { makeIdNumber } from '../../src/modules/person/domain/id-number.js';
import { SWEEPER_SERVICE } from '../../src/modules/index.js';
import { seedRegions } from '../../src/modules/region/region.seed.js';
import type { SweepOptions, SweepResult } from '../../src/modules/inspection/sweeper.js';

let t: TestApp;
let authority: string;
const units: Record<string, string> = {};
const supervisors: Record<string, string> = {};
const local = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1]!;
const sweep = (opts?: SweepOptions) => t.app.services.get<{ run(o?: SweepOptions): Promise<SweepResult> }>(SWEEPER_SERVICE).run(opts);
const report = { incomeFen: 1_000_000, expenditureFen: 900_000, netAssetsFen: 400_000, audited: true, activities: '开展助老服务 40 次', fullTimeStaff: 3, volunteers: 12, partyOrganisation: true, declarationSigned: true };

async function register(name: string, unit: string) {
  const facts = serviceInstitutionFacts({ name, fields: ['ELDERLY_CARE'], supervisoryUnitId: units[unit]! });
  const r = await t.ok(OrganisationRegisterDocument, { input: { type: 'SERVICE_INSTITUTION', facts, code: uscc('52'), registrationDate: '2025-03-01', certificateNumber: 'c', decisionNumber: 'd' } }, authority);
  expect(r.organisationRegister.userErrors).toEqual([]);
  return r.organisationRegister.organisation!.id;
}

async function filingOf(orgId: string) {
  const o = (await t.ok(OrganisationFilingsDocument, { id: orgId }, authority)).organisation!;
  return o.filings.find((f) => f.year === 2026)!.id;
}

async function moveTo(orgId: string, unit: string) {
  const a = await t.ok(OrganisationAmendDocument, { input: { id: orgId, effectiveDate: '2027-02-01', decisionNumber: '嘉民变〔2027〕3号', supervisoryUnitId: units[unit]! } }, authority);
  expect(a.organisationAmend.userErrors).toEqual([]);
}

const unitOfListing = async (orgId: string) =>
  (await t.app.sql.query<{ supervisory_unit_id: string | null }>(`select supervisory_unit_id from credit_listing where organisation_id = $1 and removed_on is null`, [local(orgId)])).map((r) => r.supervisory_unit_id);

beforeAll(async () => {
  t = await startTestApp({ now: '2027-01-10T02:00:00Z', seedDemo: false });
  await seedRegions(t.app.sql, t.app.log, { now: t.clock.now() } as Parameters<typeof seedRegions>[2]);
  authority = await t.token({ role: Role.AUTHORITY, regionCode: '310114', name: '嘉定区民政局' });
  for (const [key, name] of [['old', '嘉定区卫生健康委员会'], ['new', '嘉定区民政局社会组织服务处']] as const) {
    const u = await t.ok(SupervisoryUnitCreateDocument, { input: { name, regionCode: '310114' } }, authority);
    units[key] = u.supervisoryUnitCreate.supervisoryUnit!.id;
    supervisors[key] = await t.token({ role: Role.SUPERVISOR, supervisoryUnitId: local(units[key]) });
  }
});
afterAll(() => t?.stop());

describe('a new supervisory unit takes over the open filings and listings', () => {
  it('an unsubmitted filing and an active listing move to the new unit; a submitted filing stays with the unit reviewing it', async () => {
    const moving = await register('嘉定区安康养老服务中心', 'old');
    const submitted = await register('嘉定区乐龄养老服务中心', 'old');
    expect((await t.ok(FilingCycleOpenDocument, { input: { year: 2026, regionCode: '310114' } }, authority)).filingCycleOpen.userErrors).toEqual([]);
    const open = await filingOf(moving);
    const sent = await filingOf(submitted);
    const s = await t.ok(FilingSubmitDocument, { input: { id: sent, report } }, await t.token({ role: Role.ORGANISATION, organisationId: local(submitted) }));
    expect(s.filingSubmit.filing?.status).toBe('SUBMITTED');
    const l = await t.ok(CreditListDocument, { input: { organisationId: moving, list: 'ABNORMAL', reasons: ['UNREACHABLE_AT_DOMICILE'], evidence: '两次实地核查未见办公', listedOn: '2027-01-20' } }, authority);
    expect(l.creditList.userErrors).toEqual([]);
    expect(await unitOfListing(moving)).toEqual([local(units.old!)]);
    // before the change, the old unit sees the open filing and the new one does not
    expect((await t.ok(FilingByIdDocument, { id: open }, supervisors.old!)).filing?.id).toBe(open);
    expect((await t.ok(FilingByIdDocument, { id: open }, supervisors.new!)).filing).toBeNull();

    await moveTo(moving, 'new');
    await moveTo(submitted, 'new');
    expect((await t.ok(FilingByIdDocument, { id: open }, supervisors.new!)).filing?.id).toBe(open);
    expect((await t.ok(FilingByIdDocument, { id: open }, supervisors.old!)).filing).toBeNull();
    expect(await unitOfListing(moving)).toEqual([local(units.new!)]);
    // the submitted filing is being reviewed by the old unit: it stays there
    expect((await t.ok(FilingByIdDocument, { id: sent }, supervisors.old!)).filing?.id).toBe(sent);
    expect((await t.ok(FilingByIdDocument, { id: sent }, supervisors.new!)).filing).toBeNull();
    // the amendment's event says what moved
    const ev = await t.app.sql.query<{ payload: Record<string, unknown> }>(`select payload from registry_event where type = 'OrganisationAmended' and organisation_id = $1`, [local(moving)]);
    expect(ev.at(-1)!.payload).toMatchObject({ fields: ['supervisoryUnitId'], filingsMoved: 1, listingsMoved: 1, supervisoryUnitId: local(units.new!) });
    // each record moved has its own audit record, before and after
    const trail = await t.ok(AuditTrailDocument, { entityId: open, first: 5 }, authority);
    expect(trail.auditTrail.nodes[0]).toMatchObject({ operation: 'supervisoryUnitHandOver', entityType: 'Filing', changes: { supervisoryUnitId: { before: local(units.old!), after: local(units.new!) } } });
  });

  it('R-CREDIT-1: the overdue listing and its events name the new unit', async () => {
    const org = await register('嘉定区康乐养老服务中心', 'old');
    expect((await t.ok(FilingCycleOpenDocument, { input: { year: 2026, regionCode: '310114' } }, authority)).filingCycleOpen.created).toBe(1);
    await moveTo(org, 'new');
    const filing = await filingOf(org);
    const due = (await t.ok(FilingByIdDocument, { id: filing }, authority)).filing!.effectiveDueOn;
    const day = new Date(`${due}T02:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1);
    t.clock.set(day.toISOString());
    // no relay from here on: only the sweeper itself can stamp what it writes
    await t.app.relay.stop();
    const r = await sweep();
    expect(r.listed).toBeGreaterThanOrEqual(1);
    expect(await unitOfListing(org)).toEqual([local(units.new!)]);
    const ev = await t.app.sql.query<{ type: string; payload: Record<string, unknown>; position: string | null }>(
      `select type, payload, position from registry_event where organisation_id = $1 and type in ('FilingOverdue', 'CreditListed') order by position`, [local(org)]);
    expect(ev.map((e) => e.type)).toEqual(['FilingOverdue', 'CreditListed']);
    for (const e of ev) expect(e.payload.supervisoryUnitId).toBe(local(units.new!));
    // the sweeper stamped its events as it wrote them, in the order written, after every position before
    expect(ev.every((e) => e.position !== null)).toBe(true);
    expect(Number(ev[1]!.position)).toBeGreaterThan(Number(ev[0]!.position));
    const unstampedBefore = await t.app.sql.query<{ n: number }>(`select count(*)::int as n from registry_event where position is null and actor_sub = 'system:sweeper'`);
    expect(unstampedBefore[0]!.n).toBe(0);
  });

  it('an import that changes the supervisory unit hands the unsubmitted filing over too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-handover-'));
    const code = uscc('52');
    const file = (unit: string) => {
      const f = path.join(dir, `${unit}.csv`);
      fs.writeFileSync(f, csvLine(['统一社会信用代码', '名称', '类型', '登记管理机关区划代码', '住所', '法定代表人', '法定代表人身份证号', '业务范围', '业务主管单位', '业务领域', '注册资金(元)', '成立登记日期', '登记证书编号', '状态'])
        + csvLine([code, '嘉定区颐康养老服务中心', '社会服务机构', '310114', '上海市嘉定区城中路8号', '周立波', makeIdNumber('440305', '1972-03-04', 7), '养老服务', unit, '养老', '50000', '2025-03-01', '沪嘉民证字第H1号', '正常']));
      return f;
    };
    const run = (f: string) => importOrganisations({ db: t.app.sql, pii: t.app.services.get<PiiCipher>(PII_SERVICE), file: f, clock: t.clock, reportFile: `${f}.report.csv` });
    try {
      expect(await run(file('嘉定区卫生健康委员会'))).toMatchObject({ inserted: 1, rejected: 0 });
      const org = (await t.app.sql.query<{ id: string }>('select id from organisation where uscc = $1', [code]))[0]!.id;
      expect((await t.ok(FilingCycleOpenDocument, { input: { year: 2026, regionCode: '310114' } }, authority)).filingCycleOpen.userErrors).toEqual([]);
      const unitOfFiling = async () => (await t.app.sql.query<{ supervisory_unit_id: string }>('select supervisory_unit_id from filing where organisation_id = $1 and year = 2026', [org]))[0]!.supervisory_unit_id;
      expect(await unitOfFiling()).toBe(local(units.old!));
      expect(await run(file('嘉定区民政局社会组织服务处'))).toMatchObject({ updated: 1, rejected: 0 });
      expect(await unitOfFiling()).toBe(local(units.new!));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
