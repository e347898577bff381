/**
 * Issue 4's figures: open a filing cycle over the whole register through the API
 * (`filingCycleOpen` as a national AUTHORITY, target < 60 s), open it again (idempotent:
 * nothing created), then sweep the deadlines of every filing with the sweeper `npm run sweep`
 * runs (src/modules/inspection/sweeper.ts, target < 30 s a sweep) on a fixed clock: when the
 * earliest due date is 30 days away (DUE_IN_30), the day after the latest due date (OVERDUE for
 * every filing, and an abnormal listing per organisation: R-CREDIT-1), and that day again,
 * which must emit nothing. SQL counts then check each filing got each threshold exactly once.
 *
 * The sweeps run in this process against the bench database; the server child runs with its
 * own background sweeper off (server.ts: sweepIntervalMs 0) so it does not race the timed
 * sweeps, but its outbox relay is on, so the figures include it stamping what the sweeps commit.
 */
import pg from 'pg';
import { mintToken } from '../platform/auth/jwt.js';
import { Role } from '../platform/auth/viewer.js';
import { createSqlPool } from '../platform/db/sql.js';
import { SettingsService } from '../platform/settings/settings.service.js';
import { ManualClock } from '../platform/time/clock.js';
import { addDays } from '../platform/time/calendar.js';
import { NATIONAL_CODE } from '../platform/regions/region-code.js';
import { sweep, type SweepResult } from '../modules/inspection/sweeper.js';
import '../modules/inspection/domain/settings.js';
import '../modules/credit/domain/settings.js';
import { gql } from './graphql.js';
import type { ServerProcess } from './server-process.js';
import { int, sleep } from './stats.js';

/** The reporting year opened: every generated organisation registered before its cut-off. */
export const CYCLE_YEAR = 2026;

const OPEN = `mutation Open($input: FilingCycleOpenInput!) { filingCycleOpen(input: $input) { created total userErrors { code message } } }`;

export interface OpenFigure {
  seconds: number;
  created: number;
  total: number;
}

export interface SweepFigure {
  label: string;
  /** The authority's calendar day the clock was set to. */
  today: string;
  seconds: number;
  result: SweepResult;
  /** Rows the sweep wrote, counted in SQL (before/after). */
  thresholdRows: number;
  events: Record<string, number>;
  listings: number;
  /** Seconds after the sweep until the server's relay had stamped every event (NaN: not within the wait). */
  relayCaughtUpS: number;
}

export interface CycleReport {
  open: OpenFigure;
  reopen: OpenFigure;
  sweeps: SweepFigure[];
  /** Exactly-once checks; each is a count of violations, 0 = met. */
  checks: { label: string; violations: number }[];
  outboxRows: number;
  outboxSize: string;
}

/**
 * Empties what the phase writes (filings, thresholds, listings, the outbox and the audit trail),
 * so a rerun with --reuse starts from the same state. Runs before the server starts: the relay
 * reads the head position of the outbox when it starts, and truncating under it would hide new events.
 */
export async function resetCycle(dbUrl: string): Promise<void> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    await c.query('truncate filing_deadline_event, credit_listing, filing, registry_event, audit_record');
  } finally {
    await c.end();
  }
}

async function count(db: pg.Pool, sql: string, params: unknown[] = []): Promise<number> {
  return Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
}

async function eventCounts(db: pg.Pool): Promise<Record<string, number>> {
  const rows = (await db.query<{ type: string; n: string }>(
    `select type, count(*) as n from registry_event where type in ('FilingDue', 'FilingOverdue', 'CreditListed', 'CreditRemoved') group by type`,
  )).rows;
  return Object.fromEntries(rows.map((r) => [r.type, Number(r.n)]));
}

/** Waits (at most `maxS`) until the server's relay has stamped every committed event. */
async function relayCatchUp(db: pg.Pool, maxS: number): Promise<number> {
  const t0 = performance.now();
  while ((performance.now() - t0) / 1000 < maxS) {
    if ((await count(db, 'select count(*) as n from registry_event where position is null')) === 0) return (performance.now() - t0) / 1000;
    await sleep(250);
  }
  return NaN;
}

export async function runCycle(server: ServerProcess, dbUrl: string, timeZone: string, say: (s: string) => void): Promise<CycleReport> {
  const token = await mintToken(server.jwtSecret, { role: Role.AUTHORITY, sub: 'bench-ministry', regionCode: NATIONAL_CODE, name: '民政部' }, '2h');
  const admin = new pg.Pool({ connectionString: dbUrl, max: 2 });
  const sql = createSqlPool(dbUrl, 2);
  try {
    const open = async (): Promise<OpenFigure> => {
      const t0 = performance.now();
      const r = await gql<{ filingCycleOpen: { created: number; total: number; userErrors: { message: string }[] } }>(
        server.url, OPEN, { input: { year: CYCLE_YEAR, regionCode: NATIONAL_CODE } }, token, 600_000);
      const seconds = (performance.now() - t0) / 1000;
      const p = r.data?.filingCycleOpen;
      if (r.errors?.length || !p || p.userErrors.length) throw new Error(`filingCycleOpen failed: ${JSON.stringify(r.errors ?? p?.userErrors)}`);
      return { seconds, created: p.created, total: p.total };
    };
    const first = await open();
    say(`  filingCycleOpen(year ${CYCLE_YEAR}, region ${NATIONAL_CODE}) through the API: created ${int(first.created)} of ${int(first.total)} filings in ${first.seconds.toFixed(1)} s`);
    const again = await open();
    say(`  the same call again (idempotent): created ${int(again.created)} of ${int(again.total)} in ${again.seconds.toFixed(1)} s`);
    await admin.query('vacuum (analyze) filing');

    const dues = (await admin.query<{ due: string; n: string }>(
      'select effective_due_on::text as due, count(*) as n from filing where year = $1 group by 1 order by 1', [CYCLE_YEAR])).rows;
    say(`  effective due dates: ${dues.map((d) => `${d.due} × ${int(Number(d.n))}`).join(', ')}`);
    const earliest = dues[0]!.due;
    const latest = dues[dues.length - 1]!.due;
    const plan = [
      { label: `30 days before ${earliest}`, today: addDays(earliest, -30) },
      { label: `day after ${latest}`, today: addDays(latest, 1) },
      { label: 'same day again', today: addDays(latest, 1) },
    ];
    const clock = new ManualClock();
    const deps = { pool: sql.pool, settings: new SettingsService(sql), clock, timeZone };
    const sweeps: SweepFigure[] = [];
    for (const p of plan) {
      // 10:00 in Asia/Shanghai: the calendar day is `today` in the authority's zone
      clock.set(`${p.today}T02:00:00Z`);
      const before = { thresholds: await count(admin, 'select count(*) as n from filing_deadline_event'), events: await eventCounts(admin), listings: await count(admin, 'select count(*) as n from credit_listing') };
      const t0 = performance.now();
      const result = await sweep(deps);
      const seconds = (performance.now() - t0) / 1000;
      const relayCaughtUpS = await relayCatchUp(admin, 120);
      const after = { thresholds: await count(admin, 'select count(*) as n from filing_deadline_event'), events: await eventCounts(admin), listings: await count(admin, 'select count(*) as n from credit_listing') };
      const events: Record<string, number> = {};
      for (const [k, n] of Object.entries(after.events)) if (n - (before.events[k] ?? 0)) events[k] = n - (before.events[k] ?? 0);
      const f: SweepFigure = { ...p, seconds, result, thresholdRows: after.thresholds - before.thresholds, events, listings: after.listings - before.listings, relayCaughtUpS };
      sweeps.push(f);
      say(
        `  sweep on ${p.today} (${p.label}): ${seconds.toFixed(1)} s${result.skipped ? ' (SKIPPED: another sweeper held the lock)' : ''}; wrote ${int(f.thresholdRows)} threshold rows, ` +
          `events ${Object.entries(events).map(([k, n]) => `${k} ${int(n)}`).join(', ') || 'none'}, ${int(f.listings)} listings; ` +
          `relay ${Number.isNaN(relayCaughtUpS) ? 'had NOT stamped everything 120 s later' : `stamped everything ${relayCaughtUpS.toFixed(1)} s after the sweep`}`,
      );
    }

    const checks = [
      { label: 'filings without exactly one OVERDUE', sql: `select count(*) as n from filing f where f.year = $1 and (select count(*) from filing_deadline_event e where e.filing_id = f.id and e.threshold = 'OVERDUE') <> 1` },
      { label: `filings due ${earliest} without exactly one DUE_IN_30`, sql: `select count(*) as n from filing f where f.year = $1 and f.effective_due_on = '${earliest}' and (select count(*) from filing_deadline_event e where e.filing_id = f.id and e.threshold = 'DUE_IN_30') <> 1` },
      // grouped, then joined (nothing indexes events by entity): every threshold row with exactly one event, and no event without one
      { label: 'threshold rows without exactly one event', sql: `select count(*) as n from filing_deadline_event e left join (select entity_id, payload->>'threshold' as threshold, count(*) as k from registry_event where type in ('FilingDue', 'FilingOverdue') group by 1, 2) r on r.entity_id = e.filing_id::text and r.threshold = e.threshold where r.k is distinct from 1` },
      { label: 'deadline events without a threshold row', sql: `select count(*) as n from registry_event r where r.type in ('FilingDue', 'FilingOverdue') and not exists (select 1 from filing_deadline_event e where e.filing_id = r.entity_id::uuid and e.threshold = r.payload->>'threshold')` },
      { label: 'organisations with an overdue filing and no active abnormal listing', sql: `select count(*) as n from (select distinct organisation_id from filing where year = $1) f where not exists (select 1 from credit_listing l where l.organisation_id = f.organisation_id and l.list = 'ABNORMAL' and l.removed_on is null)` },
      { label: 'listings without exactly one CreditListed event', sql: `select count(*) as n from credit_listing l left join (select entity_id, count(*) as k from registry_event where type = 'CreditListed' group by 1) r on r.entity_id = l.id::text where r.k is distinct from 1` },
      { label: 'positions not 1 … number of events', sql: `select count(*) - count(distinct position) + (max(position) - count(*)) + count(*) filter (where position is null) as n from registry_event` },
    ];
    const results: CycleReport['checks'] = [];
    for (const c of checks) {
      const params = c.sql.includes('$1') ? [CYCLE_YEAR] : [];
      results.push({ label: c.label, violations: await count(admin, c.sql, params) });
    }
    say(`  exactly-once checks (violations): ${results.map((r) => `${r.label}: ${int(r.violations)}`).join("; ")}`);
    const outboxRows = await count(admin, 'select count(*) as n from registry_event');
    const outboxSize = (await admin.query<{ s: string }>(`select pg_size_pretty(pg_total_relation_size('registry_event')) as s`)).rows[0]!.s;
    say(`  outbox (registry_event): ${int(outboxRows)} rows, ${outboxSize} with indexes`);
    return { open: first, reopen: again, sweeps, checks: results, outboxRows, outboxSize };
  } finally {
    await sql.end();
    await admin.end();
  }
}
