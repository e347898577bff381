/**
 * The rating sweep (R-RATE-6, R-RATE-7), a step of the background sweeper under its own
 * advisory lock: automatic downgrades after a failed filing, two consecutive basic passes or a
 * penalty recorded after the grant, and the expiry reminders (LOCAL 180/90/30 days) and expiry.
 *
 * Exactly once: every cause and threshold is a `rating_mark` row with a unique (rating, key),
 * inserted `on conflict do nothing returning` in the same transaction as the change and its
 * outbox event; only the rows this transaction inserted act, and a crash rolls all back.
 */
import type pg from 'pg';
import type { Logger } from '../../platform/logger.js';
import type { Clock } from '../../platform/time/clock.js';
import { addDays, dateInZone } from '../../platform/time/calendar.js';
import { PENDING_CHANNEL } from '../../platform/events/outbox.js';
import type { SettingsService } from '../../platform/settings/settings.service.js';
import { gradeChangeFor, type DowngradeCause, type Grade } from './domain/grades.js';
import { expiryLeadDaysSetting } from './domain/settings.js';
import { expiryThresholdsReached } from './domain/validity.js';

export const RATING_SWEEP_LOCK = 7_411_205;
const ACTOR = 'system:sweeper';

export interface RatingSweepDeps {
  pool: pg.Pool;
  settings: SettingsService;
  clock: Clock;
  timeZone: string;
  log?: Logger;
}

export interface RatingSweepResult {
  skipped: boolean;
  downgraded: number;
  expiring: number;
  expired: number;
}

async function tx<T>(client: pg.PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    const r = await work();
    await client.query(`select pg_notify('${PENDING_CHANNEL}', '')`);
    await client.query('commit');
    return r;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  }
}

async function claim(client: pg.PoolClient, ratingId: string, key: string, now: Date): Promise<boolean> {
  const r = await client.query('insert into rating_mark (rating_id, key, created_at) values ($1, $2, $3) on conflict do nothing returning id', [ratingId, key, now]);
  return (r.rowCount ?? 0) > 0;
}

async function event(client: pg.PoolClient, type: string, r: RatingRow, now: Date, payload: Record<string, unknown>) {
  await client.query(
    `insert into registry_event (id, type, occurred_at, entity_type, entity_id, region_code, organisation_id, payload, actor_sub)
     values (gen_random_uuid(), $1, $2, 'Rating', $3, $4, $5, $6, '${ACTOR}')`,
    [type, now, r.id, r.region_code, r.organisation_id, JSON.stringify({ ratingId: r.id, organisationId: r.organisation_id, supervisoryUnitId: r.supervisory_unit_id, grade: r.grade, ...payload })],
  );
}

interface RatingRow { id: string; organisation_id: string; region_code: string; supervisory_unit_id: string | null; grade: string; valid_until: string; announced_on: string }

const CAUSE_REASON: Record<DowngradeCause, string> = {
  INSPECTION_FAILED: '年检不合格，自动降低一级 / the annual inspection was failed: lowered one level',
  TWO_BASIC_PASSES: '连续2年年检基本合格，自动降低一级 / two consecutive basic passes: lowered one level',
  ADMINISTRATIVE_PENALTY: '受到行政处罚，自动降低一级 / an administrative penalty: lowered one level',
};

/**
 * R-RATE-6: downgrades one level per cause found after the grant, each cause once. Returns how
 * many changes were made.
 */
export async function applyAutomaticChanges(client: pg.PoolClient, now: Date, today: string): Promise<number> {
  const causes = (await client.query<{ rating_id: string; key: string; cause: DowngradeCause; on: string }>(
    `select r.id as rating_id, c.key, c.cause, c.on
       from rating r
       cross join lateral (
         select 'FILING_FAILED:' || f.id as key, 'INSPECTION_FAILED' as cause, f.concluded_on::text as on from filing f
          where f.organisation_id = r.organisation_id and f.status = 'CONCLUDED' and f.result = 'FAIL' and f.concluded_on >= r.announced_on
         union all
         select 'TWO_BASIC_PASSES:' || f.id, 'TWO_BASIC_PASSES', f.concluded_on::text from filing f
           join filing p on p.organisation_id = f.organisation_id and p.year = f.year - 1 and p.status = 'CONCLUDED' and p.result = 'BASIC_PASS'
          where f.organisation_id = r.organisation_id and f.status = 'CONCLUDED' and f.result = 'BASIC_PASS' and f.concluded_on >= r.announced_on
         union all
         select 'PENALTY:' || p.id, 'ADMINISTRATIVE_PENALTY', p.decided_on::text from penalty p
          where p.organisation_id = r.organisation_id and p.decided_on >= r.announced_on
       ) c
      where r.status in ('GRANTED', 'CHANGED') and r.grade is not null and r.valid_until >= $1::date
        and not exists (select 1 from rating_mark m where m.rating_id = r.id and m.key = c.key)
      order by c.on, c.key`,
    [today],
  )).rows;
  let n = 0;
  for (const c of causes) {
    const done = await tx(client, async () => {
      if (!(await claim(client, c.rating_id, c.key, now))) return false;
      const r = (await client.query<RatingRow>(
        `select id, organisation_id, region_code, supervisory_unit_id, grade, valid_until::text as valid_until, announced_on::text as announced_on
           from rating where id = $1 and grade is not null and status in ('GRANTED', 'CHANGED') for update`, [c.rating_id])).rows[0];
      if (!r) return false;
      const ch = gradeChangeFor(r.grade as Grade, c.cause, today);
      const reason = `${CAUSE_REASON[c.cause]}（${c.key}）`;
      await client.query(
        `update rating set previous_grade = grade, grade = $2, status = $3, changed_on = $4::date, change_cause = $5, change_reason = $6,
                certificate_return_due = $7::date, certificate_number = case when $8 then certificate_number else null end, updated_at = $9, version = version + 1
          where id = $1`,
        [r.id, ch.to, ch.to ? 'CHANGED' : 'CANCELLED', today, c.cause, reason, ch.certificateReturnDue ?? null, ch.newCertificate, now],
      );
      await client.query(
        `insert into audit_record (id, at, actor_sub, actor_role, operation, entity_type, entity_id, region_code, organisation_id, changes)
         values (gen_random_uuid(), $1, '${ACTOR}', 'SYSTEM', 'ratingDowngrade', 'Rating', $2, $3, $4, $5)`,
        [now, r.id, r.region_code, r.organisation_id, JSON.stringify({ grade: { before: r.grade, after: ch.to } })],
      );
      await event(client, 'RatingChanged', { ...r, grade: ch.to as string }, now, {
        previousGrade: r.grade, direction: ch.to ? 'DOWN' : 'CANCELLED', cause: c.cause, reason, causeKey: c.key, changedOn: today, certificateReturnDue: ch.certificateReturnDue ?? null,
      });
      return true;
    });
    if (done) n += 1;
  }
  return n;
}

/** R-RATE-7: RatingExpiring at the LOCAL lead days and RatingExpired, each once. */
async function expiry(deps: RatingSweepDeps, client: pg.PoolClient, now: Date, today: string, result: RatingSweepResult): Promise<void> {
  const leadCache = new Map<string, Promise<readonly number[]>>();
  const lead = (region: string) => {
    let p = leadCache.get(region);
    if (!p) leadCache.set(region, (p = deps.settings.get(expiryLeadDaysSetting, region, today)));
    return p;
  };
  const regions = (await client.query<{ region_code: string }>("select distinct region_code from rating where status in ('GRANTED', 'CHANGED') and grade is not null")).rows;
  let max = 0;
  for (const r of regions) max = Math.max(max, ...(await lead(r.region_code)));
  const rows = (await client.query<RatingRow & { emitted: string[] }>(
    `select r.id, r.organisation_id, r.region_code, r.supervisory_unit_id, r.grade, r.valid_until::text as valid_until, r.announced_on::text as announced_on,
            coalesce((select array_agg(m.key) from rating_mark m where m.rating_id = r.id), '{}') as emitted
       from rating r
      where r.status in ('GRANTED', 'CHANGED') and r.grade is not null and r.valid_until <= $1::date
      order by r.valid_until, r.id`,
    [addDays(today, max)],
  )).rows;
  for (const r of rows) {
    const due = expiryThresholdsReached(today, r.valid_until, await lead(r.region_code), r.emitted);
    if (!due.length) continue;
    await tx(client, async () => {
      for (const key of due) {
        if (!(await claim(client, r.id, key, now))) continue;
        if (key === 'EXPIRED') {
          await client.query("update rating set status = 'EXPIRED', updated_at = $2, version = version + 1 where id = $1", [r.id, now]);
          await event(client, 'RatingExpired', r, now, { previousGrade: null, validUntil: r.valid_until });
          result.expired += 1;
        } else {
          await event(client, 'RatingExpiring', r, now, { previousGrade: null, threshold: key, validUntil: r.valid_until, daysLeft: Number(key.replace('EXPIRING_IN_', '')) });
          result.expiring += 1;
        }
      }
    });
  }
}

/** One rating sweep: automatic changes first (they may end a grade), then expiry. */
export async function ratingSweep(deps: RatingSweepDeps, opts: { lock?: boolean } = {}): Promise<RatingSweepResult> {
  const client = await deps.pool.connect();
  const result: RatingSweepResult = { skipped: false, downgraded: 0, expiring: 0, expired: 0 };
  const locking = opts.lock ?? true;
  try {
    if (locking) {
      const got = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [RATING_SWEEP_LOCK]);
      if (!got.rows[0]!.ok) return { ...result, skipped: true };
    }
    const now = deps.clock.now();
    const today = dateInZone(now, deps.timeZone);
    result.downgraded = await applyAutomaticChanges(client, now, today);
    await expiry(deps, client, now, today, result);
    return result;
  } finally {
    if (locking) await client.query('select pg_advisory_unlock($1)', [RATING_SWEEP_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** Runs the rating sweep every `intervalMs` in the server; returns its stop function. */
export function startRatingSweeper(deps: RatingSweepDeps, intervalMs: number): () => Promise<void> {
  if (!intervalMs) return async () => undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = ratingSweep(deps)
      .then((r) => { if (!r.skipped && (r.downgraded || r.expiring || r.expired)) deps.log?.info({ ratingSweep: r }, 'rating sweep'); })
      .catch((err) => deps.log?.error({ err }, 'rating sweep failed'))
      .finally(() => { running = undefined; });
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
