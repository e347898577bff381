/**
 * The deadline sweeper (R-INSP-5, R-CREDIT-1 … R-CREDIT-3). Runs in the server every
 * `config.sweepIntervalMs` under a PostgreSQL advisory lock (one instance sweeps at a time),
 * and as `npm run sweep` for cron.
 *
 * Exactly once per filing, threshold and due date, even with sweepers racing or crashing: the
 * thresholds emitted are rows with a unique key, inserted in the same transaction as their outbox
 * events and the credit listings they cause. A batch inserts only thresholds not yet recorded; if a
 * racing sweeper records one first, the unique key fails the batch, which rolls back whole and runs
 * again without it (retrying), and a crash rolls back the whole batch.
 * The domain functions decide (dueThresholdsReached, rectificationDueReached, shouldEscalate,
 * removalDue); SQL only narrows the candidates and writes in sets.
 *
 * At a million filings (issue 4: < 30 s a sweep) nothing is done per filing in JS: the due-date
 * threshold depends only on the day, the due date and the region's lead days, so the domain
 * function decides it once per (region, due date) pair, and each batch (a range of organisations)
 * inserts its thresholds, the listings they cause and those listings' audit records in one
 * statement, then copies the events it built into the outbox with their positions under the
 * stamp lock (emit); two connections sweep batches at once (inParallel). Listings are narrowed
 * in SQL to those the rules could act on today.
 */
import type pg from 'pg';
import type { Logger } from '../../platform/logger.js';
import type { Clock } from '../../platform/time/clock.js';
import { addDays, dateInZone } from '../../platform/time/calendar.js';
import { uuidv7Sql } from '../../platform/db/uuidv7-sql.js';
import { PENDING_CHANNEL } from '../../platform/events/outbox.js';
import { STAMP_LOCK } from '../../platform/events/relay.js';
import type { SettingsService } from '../../platform/settings/settings.service.js';
import { dueThresholdsReached } from './domain/deadlines.js';
import { rectificationDueReached } from './domain/results.js';
import { dueLeadDaysSetting } from './domain/settings.js';
import { CREDIT_REASONS, type CreditReason } from '../credit/domain/reasons.js';
import { ABNORMAL_YEARS_FOR_SERIOUS, shouldEscalate, type CreditAct } from '../credit/domain/listing.js';
import { isRemovalDueOn, removalDue } from '../credit/domain/removal.js';
import { abnormalAutomaticRemovalMonthsSetting } from '../credit/domain/settings.js';
import { toDomainPenalty } from '../credit/credit.service.js';

export const SWEEP_LOCK = 7_411_204;
const ACTOR = 'system:sweeper';
const MIN_UUID = '00000000-0000-0000-0000-000000000000';
const MAX_UUID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
/** Filings per batch (one transaction each). */
const DEFAULT_BATCH = 20_000;
/** Connections sweeping batches at once (inParallel). */
const DEFAULT_WORKERS = 2;
/** The session-local table a batch builds its events in before copying them under the stamp lock (emit). */
const STAGE = 'sweep_event_stage';
/** The columns `emit` needs of each candidate, from `filing f`. */
const CANDIDATE_COLUMNS = 'f.organisation_id, f.region_code, f.supervisory_unit_id, f.year, f.form';

export interface SweepDeps {
  pool: pg.Pool;
  settings: SettingsService;
  clock: Clock;
  timeZone: string;
  log?: Logger;
}

export interface SweepOptions {
  /** Take the advisory lock (default true); tests turn it off to race two sweepers on the unique key. */
  lock?: boolean;
  batchSize?: number;
  /** Connections that sweep batches at once (default 2; 1 = one after another). */
  workers?: number;
  /** Called after each committed batch (tests simulate a crash here). */
  afterBatch?: (batch: number) => void | Promise<void>;
}

export interface SweepResult {
  skipped: boolean;
  thresholds: number;
  listed: number;
  escalated: number;
  removed: number;
  /** Batches run again after meeting a concurrent change (retrying). */
  retried: number;
}

async function tx<T>(client: pg.PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    // a batch sorts its 20,000 rows several times: in memory, not in temporary files
    await client.query(`set local work_mem = '64MB'`);
    const r = await work();
    await client.query(`select pg_notify('${PENDING_CHANNEL}', '')`);
    await client.query('commit');
    return r;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  }
}

/** A batch that met a concurrent change (a racing sweeper, a clerk listing or removing): run it again. */
class RetryBatch extends Error {}

/** unique_violation, deadlock_detected: a racing writer committed first; the batch's candidates leave its rows out next time. */
const RETRYABLE = new Set(['23505', '40P01']);
const ATTEMPTS = 5;

/**
 * Runs a batch transaction, again (at most ATTEMPTS times) when it failed on a concurrent change:
 * it rolled back whole, and its candidates are read afresh, so nothing is emitted twice or lost.
 */
async function retrying<T>(client: pg.PoolClient, result: SweepResult, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await tx(client, work);
    } catch (e) {
      const again = e instanceof RetryBatch || RETRYABLE.has((e as { code?: string }).code ?? '');
      if (!again || attempt >= ATTEMPTS) throw e;
      result.retried += 1;
    }
  }
}

/**
 * Creates this connection's staging table for emit's events unless it has it. Temporary: no WAL,
 * no other session sees it, and its rows go at commit. temp_buffers (8 MB by default) is raised
 * first so a batch's 40,000 events stay in memory; PostgreSQL refuses that once a session has
 * used a temporary table, which is then harmless.
 */
async function ensureStage(client: pg.PoolClient): Promise<void> {
  if ((await client.query<{ ok: boolean }>(`select to_regclass('pg_temp.${STAGE}') is not null as ok`)).rows[0]!.ok) return;
  await client.query(`set temp_buffers = '64MB'`).catch(() => undefined);
  await client.query(
    `create temporary table if not exists ${STAGE} (n bigint not null, id uuid not null, type text not null, entity_type text not null,
       entity_id text not null, region_code text, organisation_id uuid, payload jsonb not null) on commit delete rows`,
  );
}

/** One sweep over every open deadline and active listing. */
export async function sweep(deps: SweepDeps, opts: SweepOptions = {}): Promise<SweepResult> {
  const client = await deps.pool.connect();
  const result: SweepResult = { skipped: false, thresholds: 0, listed: 0, escalated: 0, removed: 0, retried: 0 };
  const locking = opts.lock ?? true;
  try {
    if (locking) {
      const got = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [SWEEP_LOCK]);
      if (!got.rows[0]!.ok) return { ...result, skipped: true };
    }
    const s = new Sweep(deps, client, opts, result);
    await s.dueThresholds();
    await s.rectifications();
    await s.listings();
    return result;
  } finally {
    if (locking) await client.query('select pg_advisory_unlock($1)', [SWEEP_LOCK]).catch(() => undefined);
    client.release();
  }
}

interface Hit {
  filingId: string;
  threshold: string;
  dueOn: string;
}

class Sweep {
  private readonly today: string;
  private readonly now: Date;
  private batch = 0;
  private readonly leadCache = new Map<string, Promise<readonly number[]>>();
  private readonly removalMonthsCache = new Map<string, Promise<number | null>>();

  constructor(private readonly deps: SweepDeps, private readonly client: pg.PoolClient, private readonly opts: SweepOptions, private readonly result: SweepResult) {
    this.now = deps.clock.now();
    this.today = dateInZone(this.now, deps.timeZone);
  }

  private leadDays(region: string) {
    let p = this.leadCache.get(region);
    if (!p) this.leadCache.set(region, (p = this.deps.settings.get(dueLeadDaysSetting, region, this.today)));
    return p;
  }

  private removalMonths(region: string) {
    let p = this.removalMonthsCache.get(region);
    if (!p) this.removalMonthsCache.set(region, (p = this.deps.settings.get(abnormalAutomaticRemovalMonthsSetting, region, this.today)));
    return p;
  }

  private async committed() {
    this.batch += 1;
    await this.opts.afterBatch?.(this.batch);
  }

  /** DUE_IN_n / OVERDUE for filings never submitted; OVERDUE lists the organisation (R-CREDIT-1). */
  async dueThresholds(): Promise<void> {
    const pairs = (await this.client.query<{ region_code: string; due_on: string }>(
      `select distinct region_code, effective_due_on::text as due_on from filing where first_submitted_at is null and status in ('DRAFT', 'RETURNED')`,
    )).rows;
    // the threshold each (region, due date) reached today; whether a filing already had it is the unique key's business
    const reached = { region: [] as string[], due: [] as string[], threshold: [] as string[] };
    let last = '';
    for (const p of pairs)
      for (const t of dueThresholdsReached(this.today, p.due_on, await this.leadDays(p.region_code), [])) {
        reached.region.push(p.region_code);
        reached.due.push(p.due_on);
        reached.threshold.push(t);
        if (p.due_on > last) last = p.due_on;
      }
    if (!reached.region.length) return;
    const size = this.opts.batchSize ?? DEFAULT_BATCH;
    // The batches are ranges of organisations, (from, to]: the filings of neighbouring
    // organisations lie together (a cycle is opened in organisation order), and so do the
    // entries their listings, audit records and events add to the indexes keyed by
    // organisation. In due-date order every batch touched every page of those indexes.
    const bounds = (await this.client.query<{ organisation_id: string }>(
      `select organisation_id from (select organisation_id, row_number() over (order by organisation_id) as n from filing
          where first_submitted_at is null and effective_due_on <= $1::date) f
        where n % $2 = 0`,
      [last, size],
    )).rows.map((r) => r.organisation_id);
    const ranges = [MIN_UUID, ...bounds].map((from, i) => ({ from, to: bounds[i] ?? MAX_UUID }));
    await this.inParallel(ranges, (client, { from, to }) => this.emit(client,
      `select f.id as filing_id, p.threshold, f.effective_due_on as due_on, ${CANDIDATE_COLUMNS}
         from filing f join unnest($6::text[], $7::date[], $8::text[]) as p(region_code, due_on, threshold)
              on p.region_code = f.region_code and p.due_on = f.effective_due_on
        where f.first_submitted_at is null and f.status in ('DRAFT', 'RETURNED')
          and f.organisation_id > $9::uuid and f.organisation_id <= $10::uuid and f.effective_due_on <= $11::date
          and not exists (select 1 from filing_deadline_event e where e.filing_id = f.id and e.due_on = f.effective_due_on and e.threshold = p.threshold)`,
      [reached.region, reached.due, reached.threshold, from, to, last], 'OVERDUE', 'ANNUAL_FILING_LATE'));
  }

  /**
   * Runs `work` for each item, one transaction each, on this sweep's connection and up to
   * `workers - 1` more from the pool (only those free now: a busy pool is not waited for). A
   * batch's writes are unlocked but for the copy of its events (emit), so two batches overlap
   * on two cores. The first failure stops the others after their current batch and is thrown.
   */
  private async inParallel<T>(items: T[], work: (client: pg.PoolClient, item: T) => Promise<void>): Promise<void> {
    const pool = this.deps.pool;
    const extra: pg.PoolClient[] = [];
    const wanted = Math.min(this.opts.workers ?? DEFAULT_WORKERS, items.length) - 1;
    while (extra.length < wanted && (pool.idleCount > 0 || pool.totalCount < (pool.options.max ?? 10))) extra.push(await pool.connect());
    let next = 0;
    let failed = false;
    const loop = async (client: pg.PoolClient) => {
      while (!failed && next < items.length) {
        const item = items[next++]!;
        try {
          await ensureStage(client);
          await retrying(client, this.result, () => work(client, item));
          await this.committed();
        } catch (e) {
          failed = true;
          throw e;
        }
      }
    };
    try {
      const done = await Promise.allSettled([this.client, ...extra].map(loop));
      const err = done.find((d): d is PromiseRejectedResult => d.status === 'rejected');
      if (err) throw err.reason;
    } finally {
      for (const c of extra) c.release();
    }
  }

  /** RECTIFICATION_DUE on the due day, RECTIFICATION_OVERDUE after it (lists: R-CREDIT-1). */
  async rectifications(): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    const size = this.opts.batchSize ?? 5000;
    for (;;) {
      const rows = (await this.client.query<{ id: string; organisation_id: string; result: string; due_on: string; emitted: string[] }>(
        `select f.id, f.organisation_id, f.result, f.rectification_due_on::text as due_on,
                coalesce((select array_agg(e.threshold) from filing_deadline_event e where e.filing_id = f.id and e.due_on = f.rectification_due_on), '{}') as emitted
           from filing f
          where f.rectification_due_on is not null and f.rectification_verified_on is null and f.rectification_reported_on is null
            and f.rectification_due_on <= $1::date and f.id > $2::uuid
            and not exists (select 1 from filing_deadline_event e where e.filing_id = f.id and e.due_on = f.rectification_due_on and e.threshold = 'RECTIFICATION_OVERDUE')
          order by f.id limit $3`,
        [this.today, after, size],
      )).rows;
      if (!rows.length) return;
      after = rows[rows.length - 1]!.id;
      const hits: Hit[] = [];
      for (const r of rows) {
        const emitted = new Set(r.emitted);
        const ts = this.today > r.due_on
          ? ['RECTIFICATION_OVERDUE']
          : rectificationDueReached(this.today, { result: r.result as 'FAIL', dueOn: r.due_on }, false, emitted);
        for (const t of ts) hits.push({ filingId: r.id, threshold: t, dueOn: r.due_on });
      }
      if (hits.length) {
        await ensureStage(this.client);
        await retrying(this.client, this.result, () => this.emit(this.client,
          `select f.id as filing_id, t.threshold, t.due_on, ${CANDIDATE_COLUMNS}
             from unnest($6::uuid[], $7::text[], $8::date[]) as t(filing_id, threshold, due_on) join filing f on f.id = t.filing_id
            where not exists (select 1 from filing_deadline_event e where e.filing_id = t.filing_id and e.due_on = t.due_on and e.threshold = t.threshold)`,
          [hits.map((h) => h.filingId), hits.map((h) => h.threshold), hits.map((h) => h.dueOn)], 'RECTIFICATION_OVERDUE', 'RECTIFICATION_NOT_DONE'));
      }
      await this.committed();
    }
  }

  /**
   * Records thresholds for the candidates `candidates` selects (filing_id, threshold, due_on and
   * CANDIDATE_COLUMNS; its parameters from $6), which must leave out the thresholds already
   * recorded: each is inserted and gets its event (run by retrying(), the batch starts again when
   * a racing writer recorded one first), and the first `listingThreshold` row of each organisation
   * gets it listed as abnormal (an organisation already listed gets the reason added and its clock
   * restarted: a new listable act, R-CREDIT-2), with the listing's audit record and event.
   *
   * Two statements. The first writes the thresholds, the listings and their audit records, and
   * builds the events (ids, payloads) into a session-local staging table (STAGE: no WAL, no
   * index). The second, under the stamp lock held until commit (relay.ts), copies them into the
   * outbox with their positions. Only that copy is serialised, so batches on two connections
   * overlap (dueThresholds); stamped later by the relay instead, each of the ~1.8 M events of an
   * overdue sweep over a million filings was written twice (an update touching every index).
   */
  private async emit(client: pg.PoolClient, candidates: string, params: unknown[], listingThreshold: string, reason: CreditReason): Promise<void> {
    const r = (await client.query<{ inserted: number; listed: number; owed: number }>(
      `with c as materialized (${candidates}),
       -- a plain insert (no speculative insertion: 1.8 µs a row less): \`candidates\` left out the
       -- thresholds already recorded, so every row is new, or a racing sweeper committed one since
       -- and the unique key fails the statement, which retrying() runs again; so the rows inserted
       -- are exactly \`c\`, with no join back to them
       ins as (insert into filing_deadline_event (filing_id, threshold, due_on, emitted_at) select filing_id, threshold, due_on, $1 from c),
       hit as materialized (select c.*, row_number() over () as n from c),
       hits as materialized (select count(*) as k from hit),
       -- what a batch's payloads share is built once: three ids a row || one object per (year, form, threshold, due date), 2.2 µs a row instead of 3.9
       rest as (select year, form, threshold, due_on, jsonb_build_object('year', year, 'form', form, 'threshold', threshold, 'dueOn', due_on, 'daysLeft', due_on - $2::date) as j
                  from (select distinct year, form, threshold, due_on from hit) d),
       fe as (insert into pg_temp.${STAGE} (n, id, type, entity_type, entity_id, region_code, organisation_id, payload)
              select hit.n, ${uuidv7Sql('clock_timestamp()', 'hit.n')},
                     case hit.threshold when 'OVERDUE' then 'FilingOverdue' when 'RECTIFICATION_DUE' then 'RectificationDue'
                          when 'RECTIFICATION_OVERDUE' then 'RectificationOverdue' else 'FilingDue' end,
                     'Filing', hit.filing_id::text, hit.region_code, hit.organisation_id,
                     jsonb_build_object('filingId', hit.filing_id, 'organisationId', hit.organisation_id, 'supervisoryUnitId', hit.supervisory_unit_id) || rest.j
                from hit join rest using (year, form, threshold, due_on)
              returning 1),
       lst as (select organisation_id, filing_id, region_code, supervisory_unit_id, row_number() over (order by organisation_id) as n
                 from (select distinct on (organisation_id) organisation_id, filing_id, region_code, supervisory_unit_id from hit where threshold = $3 order by organisation_id, filing_id) d),
       -- an organisation already on the abnormal list gets the reason added and its clock restarted;
       -- the others are listed by a plain insert (no speculative insertion). Listed or removed by
       -- someone else meanwhile, the unique key fails the statement, or the update skips the row and
       -- \`listed\` falls short of \`owed\`: either way retrying() runs the batch again
       old as (update credit_listing l set
                 reasons = case when $4::text = any(l.reasons) then l.reasons else l.reasons || array[$4::text] end,
                 legal_basis = case when $4::text = any(l.reasons) then l.legal_basis else l.legal_basis || array[$5::text] end,
                 last_act_on = $2::date, updated_at = $1, version = l.version + 1
                from lst where l.organisation_id = lst.organisation_id and l.list = 'ABNORMAL' and l.removed_on is null
              returning l.id, l.organisation_id, l.region_code, l.supervisory_unit_id, l.list, l.reasons, l.legal_basis, l.listed_on, l.last_act_on, l.version),
       new as (insert into credit_listing (id, organisation_id, region_code, supervisory_unit_id, list, reasons, legal_basis, listed_on, decided_by,
                evidence, source_filing_id, created_at, updated_at, version)
              select ${uuidv7Sql('clock_timestamp()', 'lst.n')}, lst.organisation_id, lst.region_code, lst.supervisory_unit_id, 'ABNORMAL', array[$4::text], array[$5::text], $2::date, lst.region_code,
                     '系统依年检（年报）期限自动列入 / listed automatically on the filing deadline', lst.filing_id, $1, $1, 1
                from lst
               where not exists (select 1 from credit_listing l where l.organisation_id = lst.organisation_id and l.list = 'ABNORMAL' and l.removed_on is null)
              returning id, organisation_id, region_code, supervisory_unit_id, list, reasons, legal_basis, listed_on, last_act_on, version),
       up as (select * from new union all select * from old),
       un as (select up.*, row_number() over () as n from up),
       -- a new listing's payload and audit changes but for its ids are the same for the batch
       fresh as (select jsonb_build_object('list', 'ABNORMAL', 'reasons', array[$4::text], 'newReasons', array[$4::text], 'legalBasis', array[$5::text], 'listedOn', $2::date, 'clockRestartedOn', null) as ev,
                        jsonb_build_object('reasons', jsonb_build_object('before', null, 'after', array[$4::text])) as au),
       au as (insert into audit_record (id, at, actor_sub, actor_role, operation, entity_type, entity_id, region_code, organisation_id, changes)
              select ${uuidv7Sql('clock_timestamp()', 'up.n')}, $1, '${ACTOR}', 'SYSTEM', 'creditList', 'CreditListing', up.id::text, up.region_code, up.organisation_id,
                     case when up.version = 1 then fresh.au else jsonb_build_object('reasons', jsonb_build_object('before', null, 'after', up.reasons)) end
                from un up, fresh returning 1),
       le as (insert into pg_temp.${STAGE} (n, id, type, entity_type, entity_id, region_code, organisation_id, payload)
              select hits.k + up.n, ${uuidv7Sql('clock_timestamp()', 'hits.k + up.n')}, 'CreditListed', 'CreditListing', up.id::text, up.region_code, up.organisation_id,
                     jsonb_build_object('listingId', up.id, 'organisationId', up.organisation_id, 'supervisoryUnitId', up.supervisory_unit_id)
                     || case when up.version = 1 then fresh.ev
                             else jsonb_build_object('list', up.list, 'reasons', up.reasons, 'newReasons', array[$4::text], 'legalBasis', up.legal_basis, 'listedOn', up.listed_on, 'clockRestartedOn', up.last_act_on) end
                from un up, hits, fresh
              returning 1)
       select (select count(*) from fe)::int as inserted, (select count(*) from le)::int as listed, (select count(*) from lst)::int as owed`,
      [this.now, this.today, listingThreshold, reason, CREDIT_REASONS[reason].legalBasis, ...params],
    )).rows[0]!;
    if (r.listed !== r.owed) throw new RetryBatch(`${r.owed - r.listed} listings changed by others during the batch`);
    if (r.inserted + r.listed) {
      await client.query('select pg_advisory_xact_lock($1)', [STAMP_LOCK]);
      // the last position stamped: read after taking the stamp lock (a new statement's snapshot)
      await client.query(
        `insert into registry_event (id, position, type, occurred_at, entity_type, entity_id, region_code, organisation_id, payload, actor_sub)
         select s.id, head.p + s.n, s.type, $1, s.entity_type, s.entity_id, s.region_code, s.organisation_id, s.payload, '${ACTOR}'
           from pg_temp.${STAGE} s, (select coalesce(max(position), 0) as p from registry_event) head`,
        [this.now],
      );
    }
    this.result.thresholds += r.inserted;
    this.result.listed += r.listed;
  }

  /**
   * Escalation (R-CREDIT-2) and automatic removal (R-CREDIT-3) of active listings. SQL keeps only
   * listings the rules could act on today (a superset; shouldEscalate and removalDue decide):
   * rectification verified (removal), listed about two years ago or more (escalation by time),
   * penalties on record (escalation by penalty), abnormal without a reason that needs
   * rectifying (automatic removal), serious of a deregistered organisation.
   */
  async listings(): Promise<void> {
    const rectifying = Object.entries(CREDIT_REASONS).filter(([, r]) => r.requiresRectification).map(([k]) => k);
    // two years are at least 730 days: a listing newer than this cannot have completed them
    const listedBy = addDays(this.today, -(365 * ABNORMAL_YEARS_FOR_SERIOUS - 30));
    let after = MIN_UUID;
    for (;;) {
      const rows = (await this.client.query<{ id: string; organisation_id: string; region_code: string; list: string; reasons: string[]; listed_on: string; last_act_on: string | null; rectification_verified_on: string | null; org_status: string; ended_on: string | null }>(
        // the organisation is joined to the 1,000 kept only: joined to every active listing first,
        // it cost ~10 s a call with 890,700 listings (bench --only cycle)
        `select l.id, l.organisation_id, l.region_code, l.list, l.reasons, l.listed_on::text as listed_on, l.last_act_on::text as last_act_on,
                l.rectification_verified_on::text as rectification_verified_on, o.status as org_status, o.ended_on::text as ended_on
           from (select l.* from credit_listing l
                  where l.removed_on is null and l.id > $1::uuid
                    and (l.rectification_verified_on is not null or l.listed_on <= $2::date
                         or l.organisation_id in (select p.organisation_id from penalty p)
                         or (l.list = 'ABNORMAL' and not (l.reasons && $3::text[]))
                         or (l.list = 'SERIOUS' and exists (select 1 from organisation d where d.id = l.organisation_id and d.status = 'DEREGISTERED')))
                  order by l.id limit 1000) l
           join organisation o on o.id = l.organisation_id
          order by l.id`,
        [after, listedBy, rectifying],
      )).rows;
      if (!rows.length) return;
      after = rows[rows.length - 1]!.id;
      const penalties = (await this.client.query<{ organisation_id: string; kinds: string[]; fine_fen: number; decided_on: string }>(
        'select organisation_id, kinds, fine_fen, decided_on::text as decided_on from penalty where organisation_id = any($1::uuid[])', [rows.map((r) => r.organisation_id)],
      )).rows;
      for (const l of rows) {
        const listing = { listedOn: l.listed_on, reasons: l.reasons as CreditReason[] };
        if (l.list === 'ABNORMAL') {
          const acts: CreditAct[] = penalties.filter((p) => p.organisation_id === l.organisation_id).map((p) => ({ kind: 'PENALTY', penalty: toDomainPenalty(p) }));
          if (l.last_act_on) acts.push({ kind: 'LISTABLE_ACT', date: l.last_act_on, reason: l.reasons[l.reasons.length - 1] as 'ANNUAL_FILING_LATE' });
          const esc = shouldEscalate({ listedOn: l.listed_on, reasons: listing.reasons as never }, this.today, acts);
          if (esc.escalate) {
            await tx(this.client, () => this.escalate(l, [...esc.reasons], esc.metOn));
            continue;
          }
          const months = await this.removalMonths(l.region_code);
          const due = removalDue({ list: 'ABNORMAL', ...listing }, { rectificationVerifiedOn: l.rectification_verified_on, lastListableActOn: l.last_act_on }, { automaticRemovalMonths: months });
          if (isRemovalDueOn(due, this.today))
            await tx(this.client, () => this.remove(l, due.kind === 'REMOVE_BY' ? '整改已核实，移出活动异常名录 / rectification verified (R-CREDIT-3)' : '期满自动移出 / removed automatically after the waiting period (R-CREDIT-3)'));
        } else {
          const due = removalDue({ list: 'SERIOUS', ...listing }, { lastListableActOn: l.last_act_on, deregisteredOn: l.org_status === 'DEREGISTERED' ? l.ended_on : null }, { automaticRemovalMonths: null });
          if (due.kind === 'ON_DEREGISTRATION' && isRemovalDueOn(due, this.today)) await tx(this.client, () => this.remove(l, '已注销登记 / deregistered (R-CREDIT-3)'));
        }
      }
      await this.committed();
    }
  }

  /** Ends a listing if nobody else did (the conditional update is the claim), with its event. */
  private async remove(l: { id: string }, reason: string, operation = 'creditRemove'): Promise<boolean> {
    const r = await this.client.query(
      `with up as (update credit_listing set removed_on = $2::date, removal_reason = $3, updated_at = $4, version = version + 1
                    where id = $1 and removed_on is null returning *),
       au as (insert into audit_record (id, at, actor_sub, actor_role, operation, entity_type, entity_id, region_code, organisation_id, changes)
              select gen_random_uuid(), $4, '${ACTOR}', 'SYSTEM', $5, 'CreditListing', up.id::text, up.region_code, up.organisation_id,
                     jsonb_build_object('removedOn', jsonb_build_object('before', null, 'after', up.removed_on)) from up returning 1)
       insert into registry_event (id, type, occurred_at, entity_type, entity_id, region_code, organisation_id, payload, actor_sub)
       select gen_random_uuid(), 'CreditRemoved', $4, 'CreditListing', up.id::text, up.region_code, up.organisation_id,
              jsonb_build_object('listingId', up.id, 'organisationId', up.organisation_id, 'supervisoryUnitId', up.supervisory_unit_id, 'list', up.list,
                'reasons', up.reasons, 'listedOn', up.listed_on, 'removedOn', up.removed_on, 'removalReason', up.removal_reason), '${ACTOR}'
         from up`,
      [l.id, this.today, reason, this.now, operation],
    );
    const done = (r.rowCount ?? 0) > 0;
    if (done) this.result.removed += 1;
    return done;
  }

  private async escalate(l: { id: string; organisation_id: string }, reasons: string[], metOn: string): Promise<void> {
    if (!(await this.remove(l, '列入严重违法失信名单 / moved to the serious list (R-CREDIT-2)', 'creditEscalate'))) return;
    this.result.removed -= 1;
    this.result.escalated += 1;
    await this.client.query(
      `with up as (insert into credit_listing (id, organisation_id, region_code, supervisory_unit_id, list, reasons, legal_basis, listed_on, decided_by,
                evidence, created_at, updated_at, version)
              select gen_random_uuid(), o.id, o.region_code, o.supervisory_unit_id, 'SERIOUS', $2::text[], $3::text[], $4::date, o.region_code, $5, $6, $6, 1
                from organisation o where o.id = $1
              on conflict (organisation_id, list) where removed_on is null do update set
                reasons = (select array(select distinct unnest(credit_listing.reasons || excluded.reasons))),
                legal_basis = (select array(select distinct unnest(credit_listing.legal_basis || excluded.legal_basis))),
                last_act_on = excluded.listed_on, updated_at = excluded.updated_at, version = credit_listing.version + 1
              returning *),
       au as (insert into audit_record (id, at, actor_sub, actor_role, operation, entity_type, entity_id, region_code, organisation_id, changes)
              select gen_random_uuid(), $6, '${ACTOR}', 'SYSTEM', 'creditList', 'CreditListing', up.id::text, up.region_code, up.organisation_id,
                     jsonb_build_object('reasons', jsonb_build_object('before', null, 'after', up.reasons)) from up returning 1)
       insert into registry_event (id, type, occurred_at, entity_type, entity_id, region_code, organisation_id, payload, actor_sub)
       select gen_random_uuid(), 'CreditListed', $6, 'CreditListing', up.id::text, up.region_code, up.organisation_id,
              jsonb_build_object('listingId', up.id, 'organisationId', up.organisation_id, 'supervisoryUnitId', up.supervisory_unit_id, 'list', up.list,
                'reasons', up.reasons, 'legalBasis', up.legal_basis, 'listedOn', up.listed_on, 'escalatedFrom', $7::text), '${ACTOR}'
         from up`,
      [l.organisation_id, reasons, reasons.map((r) => CREDIT_REASONS[r as CreditReason].legalBasis), this.today, `条件满足于 ${metOn} / condition met on ${metOn}`, this.now, l.id],
    );
  }
}

/** Runs the sweeper every `intervalMs` in the server; returns its stop function. */
export function startSweeper(deps: SweepDeps, intervalMs: number): () => Promise<void> {
  if (!intervalMs) return async () => undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = sweep(deps)
      .then((r) => { if (!r.skipped && (r.thresholds || r.listed || r.removed || r.escalated)) deps.log?.info({ sweep: r }, 'deadline sweep'); })
      .catch((err) => deps.log?.error({ err }, 'deadline sweep failed'))
      .finally(() => { running = undefined; });
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
