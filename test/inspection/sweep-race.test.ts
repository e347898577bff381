/**
 * A deadline sweep's batch meeting a writer that races it (R-INSP-5, R-CREDIT-1): a threshold that
 * another sweeper records, or a listing a clerk makes, while the batch runs. The batch writes by
 * plain inserts, so the unique key fails it; it rolls back whole and runs again, and nothing is
 * emitted twice or lost. The racing writer here is a transaction the test holds open until the
 * sweep's statement waits on it, then commits.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import { CreditListingsDocument, FilingCycleOpenDocument, OrganisationRegisterDocument } from '../generated/graphql.js';
import { serviceInstitutionFacts, uscc } from '../organisation/factories.js';
import { SWEEPER_SERVICE } from '../../src/modules/index.js';
import { seedRegions } from '../../src/modules/region/region.seed.js';
import type { SweepOptions, SweepResult } from '../../src/modules/inspection/sweeper.js';

let t: TestApp;
let authority: string;
const orgs: Record<string, string> = {};
const local = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1]!;
const sweep = (opts?: SweepOptions) => t.app.services.get<{ run(o?: SweepOptions): Promise<SweepResult> }>(SWEEPER_SERVICE).run(opts);

async function register(name: string) {
  const facts = serviceInstitutionFacts({ name, fields: ['COMMUNITY_SERVICE'], supervisoryUnitId: null });
  const r = await t.ok(OrganisationRegisterDocument, { input: { type: 'SERVICE_INSTITUTION', facts, code: uscc('52'), registrationDate: '2026-03-01', certificateNumber: 'c', decisionNumber: 'd' } }, authority);
  expect(r.organisationRegister.userErrors).toEqual([]);
  orgs[name] = local(r.organisationRegister.organisation!.id);
}

/** Runs `race` in a transaction of its own, starts `run`, commits once the sweep waits on that transaction. */
async function racing<T>(race: (c: pg.Client) => Promise<void>, run: () => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: t.databaseUrl });
  await c.connect();
  try {
    await c.query('begin');
    await race(c);
    const pid = (await c.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    const result = run();
    for (let i = 0; ; i++) {
      const waiting = await t.app.sql.query<{ n: number }>(`select count(*)::int as n from pg_stat_activity where $1 = any(pg_blocking_pids(pid))`, [pid]);
      if (waiting[0]!.n > 0) break;
      if (i > 500) throw new Error('the sweep never waited on the racing transaction');
      await new Promise((r) => setTimeout(r, 10));
    }
    await c.query('commit');
    return await result;
  } finally {
    await c.end();
  }
}

async function filingOf(name: string) {
  return (await t.app.sql.query<{ id: string; due: string }>(`select id, effective_due_on::text as due from filing where organisation_id = $1 and year = 2026`, [orgs[name]]))[0]!;
}

async function eventsOf(type: string, entityId: string) {
  return t.app.sql.query<{ payload: Record<string, unknown> }>('select payload from registry_event where type = $1 and entity_id = $2', [type, entityId]);
}

beforeAll(async () => {
  t = await startTestApp({ now: '2027-01-10T02:00:00Z', seedDemo: false });
  await seedRegions(t.app.sql, t.app.log, { now: t.clock.now() } as Parameters<typeof seedRegions>[2]);
  authority = await t.token({ role: Role.AUTHORITY, regionCode: '310114', name: '嘉定区民政局' });
  for (const name of ['赛跑甲服务中心', '赛跑乙服务中心', '赛跑丙服务中心']) await register(name);
  const open = await t.ok(FilingCycleOpenDocument, { input: { year: 2026, regionCode: '310114' } }, authority);
  expect(open.filingCycleOpen.created).toBe(3);
});
afterAll(() => t?.stop());

describe('a sweep batch meeting a racing writer', () => {
  it('R-INSP-5: a threshold another sweeper records during the batch is emitted once, by that sweeper; the batch runs again for the rest', async () => {
    const a = await filingOf('赛跑甲服务中心');
    const due = new Date(`${a.due}T00:00:00Z`);
    t.clock.set(new Date(due.getTime() - 30 * 86_400_000 + 2 * 3_600_000).toISOString()); // 30 days before: DUE_IN_30
    const r = await racing(
      (c) => c.query(`insert into filing_deadline_event (filing_id, threshold, due_on, emitted_at) values ($1, 'DUE_IN_30', $2, now())`, [a.id, a.due]).then(() => undefined),
      () => sweep({ lock: false }),
    );
    expect(r.retried).toBeGreaterThanOrEqual(1);
    expect(r.thresholds).toBe(2); // the other two filings; the racing sweeper had the first
    expect(await eventsOf('FilingDue', a.id)).toHaveLength(0); // that sweeper emits its own event, this one none
    for (const name of ['赛跑乙服务中心', '赛跑丙服务中心']) {
      const f = await filingOf(name);
      expect((await eventsOf('FilingDue', f.id)).map((e) => e.payload.threshold), name).toEqual(['DUE_IN_30']);
    }
    expect((await sweep()).thresholds).toBe(0);
  });

  it('R-CREDIT-1: a clerk listing the organisation during the batch gets the overdue reason added to that listing, not a second listing', async () => {
    const b = await filingOf('赛跑乙服务中心');
    const day = new Date(new Date(`${b.due}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
    t.clock.set(`${day}T02:00:00Z`);
    const r = await racing(
      (c) => c.query(
        `insert into credit_listing (id, organisation_id, region_code, list, reasons, legal_basis, listed_on, decided_by, created_at, updated_at, version)
         values (gen_random_uuid(), $1, '310114', 'ABNORMAL', array['UNREACHABLE_AT_DOMICILE'], array['住所无法取得联系'], $2::date, '310114', now(), now(), 1)`,
        [orgs['赛跑乙服务中心'], day]).then(() => undefined),
      () => sweep({ lock: false }),
    );
    expect(r.retried).toBeGreaterThanOrEqual(1);
    expect(r.listed).toBe(3);
    const listings = await t.ok(CreditListingsDocument, { filter: { active: true } });
    const byOrg = new Map<string, { reasons: string[] }[]>();
    for (const l of listings.creditListings.nodes) {
      const id = local(l.organisation!.id);
      byOrg.set(id, [...(byOrg.get(id) ?? []), l]);
    }
    expect(byOrg.get(orgs['赛跑乙服务中心']!)?.map((l) => l.reasons)).toEqual([['UNREACHABLE_AT_DOMICILE', 'ANNUAL_FILING_LATE']]);
    for (const name of ['赛跑甲服务中心', '赛跑丙服务中心']) expect(byOrg.get(orgs[name]!)?.map((l) => l.reasons), name).toEqual([['ANNUAL_FILING_LATE']]);
    // one FilingOverdue per filing, and one CreditListed per organisation: the clerk's listing had none of its own here
    for (const name of Object.keys(orgs)) {
      const f = await filingOf(name);
      expect(await eventsOf('FilingOverdue', f.id), name).toHaveLength(1);
    }
    const listed = await t.app.sql.query<{ organisation_id: string; clock: string | null }>(`select organisation_id, payload->>'clockRestartedOn' as clock from registry_event where type = 'CreditListed'`);
    expect(listed.map((e) => e.organisation_id).sort()).toEqual(Object.values(orgs).sort());
    expect(listed.find((e) => e.organisation_id === orgs['赛跑乙服务中心'])!.clock).toBe(day);
    expect((await sweep()).listed).toBe(0);
  });
});
