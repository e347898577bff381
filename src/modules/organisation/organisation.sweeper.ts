/**
 * The certificate expiry sweep (R-ORG-9), a step of the background sweeper and of
 * `npm run sweep` under its own advisory lock: CertificateExpiring at the LOCAL lead days
 * (`organisation.certificateExpiryLeadDays`, 90 and 30 by default) and CertificateExpired the
 * day after the last day of validity, for active organisations (REGISTERED, SUSPENDED).
 *
 * Exactly once per certificate: every threshold is an `organisation_mark` row with a unique
 * (organisation, key) whose key carries the certificate's last day (`EXPIRING_IN_30@2027-01-31`),
 * so a renewed certificate is reminded afresh. Marks are inserted `on conflict do nothing
 * returning` in the same transaction as their outbox events; only the rows this transaction
 * inserted produce events, and a crash rolls the batch back. The domain function decides
 * (certificateExpiryKeys); SQL narrows the candidates through a partial index and writes in sets.
 */
import type pg from 'pg';
import type { Logger } from '../../platform/logger.js';
import type { Clock } from '../../platform/time/clock.js';
import { dateInZone, diffDays } from '../../platform/time/calendar.js';
import { PENDING_CHANNEL } from '../../platform/events/outbox.js';
import { nationalDefaultOn } from '../../platform/settings/definition.js';
import type { SettingsService } from '../../platform/settings/settings.service.js';
import { certificateExpiryKeys, thresholdOf } from './domain/certificate.js';
import { certificateExpiryLeadDaysSetting } from './domain/settings.js';

export const ORGANISATION_SWEEP_LOCK = 7_411_206;
const ACTOR = 'system:sweeper';
const BATCH = 500;
/**
 * How long after its last day an unannounced expiry is still announced: covers a sweeper that
 * was down for weeks, and keeps long-expired certificates (an imported register's backlog, a
 * dormant organisation's) out of every sweep. They stay on the obligations list all the same.
 */
export const EXPIRED_LOOKBACK_DAYS = 31;

export interface OrganisationSweepDeps {
  pool: pg.Pool;
  settings: SettingsService;
  clock: Clock;
  timeZone: string;
  log?: Logger;
}

export interface OrganisationSweepResult {
  skipped: boolean;
  expiring: number;
  expired: number;
}

interface CandidateRow {
  id: string;
  region_code: string;
  supervisory_unit_id: string | null;
  name: string;
  uscc: string | null;
  certificate_number: string | null;
  valid_until: string;
  emitted: string[];
}

interface Due { row: CandidateRow; key: string }

/** Every lead time any jurisdiction uses or may come to use (their union): bounds and pre-filters the candidates. */
async function allLeadDays(client: pg.PoolClient, today: string): Promise<number[]> {
  const values = (await client.query<{ value: unknown }>('select value from jurisdiction_setting where key = $1', [certificateExpiryLeadDaysSetting.key])).rows;
  const all = new Set(nationalDefaultOn(certificateExpiryLeadDaysSetting, today));
  for (const v of values) {
    try {
      for (const d of certificateExpiryLeadDaysSetting.validate(v.value)) all.add(d);
    } catch {
      // an invalid stored value is refused when resolved for its region; it adds nothing here
    }
  }
  return [...all];
}

/**
 * Candidates after (validUntil, id), in that order: active, the last day from the lookback to
 * the longest lead ahead, and the mark of the tightest threshold reached under the union of
 * lead times not yet there. Any region's tightest reached lead is at least that one, so the
 * filter drops only certificates already told as tight a threshold as their region's; told
 * ones are dropped in the index scan and a sweep reads only what may need work
 * (certificateExpiryKeys decides exactly).
 */
function candidates(client: pg.PoolClient, today: string, leads: number[], after: [string, string] | null): Promise<pg.QueryResult<CandidateRow>> {
  return client.query<CandidateRow>(
    `select o.id, o.region_code, o.supervisory_unit_id, o.name, o.uscc, o.certificate_number, o.certificate_valid_until::text as valid_until,
            coalesce((select array_agg(m.key) from organisation_mark m where m.organisation_id = o.id), '{}') as emitted
       from organisation o
      where o.status in ('REGISTERED', 'SUSPENDED')
        and o.certificate_valid_until >= $1::date - ${EXPIRED_LOOKBACK_DAYS} and o.certificate_valid_until <= $1::date + $3::int
        and ($4::date is null or (o.certificate_valid_until, o.id) > ($4::date, $5::uuid))
        and not exists (
          select 1 from organisation_mark m
           where m.organisation_id = o.id
             and m.key = case when o.certificate_valid_until < $1::date then 'EXPIRED'
                              else 'EXPIRING_IN_' || (select min(l) from unnest($2::int[]) l where l >= o.certificate_valid_until - $1::date) end
                         || '@' || o.certificate_valid_until::text)
      order by o.certificate_valid_until, o.id
      limit ${BATCH}`,
    [today, leads, Math.max(...leads), after?.[0] ?? null, after?.[1] ?? null],
  );
}

/** Claims the marks and writes their events in one transaction; returns what it claimed. */
async function claimAndEmit(client: pg.PoolClient, due: Due[], now: Date, today: string): Promise<Due[]> {
  await client.query('begin');
  try {
    // only a mark this transaction inserts acts, and only while the certificate is still the one in force
    const claimed = (await client.query<{ organisation_id: string; key: string }>(
      `insert into organisation_mark (organisation_id, key, created_at)
       select d.organisation_id, d.key, $4 from unnest($1::uuid[], $2::text[], $3::date[]) as d(organisation_id, key, valid_until)
         join organisation o on o.id = d.organisation_id and o.status in ('REGISTERED', 'SUSPENDED') and o.certificate_valid_until = d.valid_until
       on conflict do nothing returning organisation_id, key`,
      [due.map((d) => d.row.id), due.map((d) => d.key), due.map((d) => d.row.valid_until), now],
    )).rows;
    const byKey = new Map(due.map((d) => [`${d.row.id} ${d.key}`, d]));
    const won = claimed.map((c) => byKey.get(`${c.organisation_id} ${c.key}`)!);
    if (won.length) {
      const events = won.map(({ row: r, key }) => {
        const threshold = thresholdOf(key);
        return {
          type: threshold === 'EXPIRED' ? 'CertificateExpired' : 'CertificateExpiring',
          id: r.id,
          region: r.region_code,
          payload: JSON.stringify({
            organisationId: r.id, name: r.name, code: r.uscc, supervisoryUnitId: r.supervisory_unit_id, certificateNumber: r.certificate_number,
            validUntil: r.valid_until, threshold, daysLeft: diffDays(today, r.valid_until),
          }),
        };
      });
      await client.query(
        `insert into registry_event (id, type, occurred_at, entity_type, entity_id, region_code, organisation_id, payload, actor_sub)
         select gen_random_uuid(), e.type, $5, 'Organisation', e.id, e.region, e.id, e.payload, '${ACTOR}'
           from unnest($1::text[], $2::uuid[], $3::text[], $4::jsonb[]) as e(type, id, region, payload)`,
        [events.map((e) => e.type), events.map((e) => e.id), events.map((e) => e.region), events.map((e) => e.payload), now],
      );
      await client.query(`select pg_notify('${PENDING_CHANNEL}', '')`);
    }
    await client.query('commit');
    return won;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  }
}

/** One certificate expiry sweep (R-ORG-9). */
export async function organisationSweep(deps: OrganisationSweepDeps, opts: { lock?: boolean } = {}): Promise<OrganisationSweepResult> {
  const client = await deps.pool.connect();
  const result: OrganisationSweepResult = { skipped: false, expiring: 0, expired: 0 };
  const locking = opts.lock ?? true;
  try {
    if (locking) {
      const got = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [ORGANISATION_SWEEP_LOCK]);
      if (!got.rows[0]!.ok) return { ...result, skipped: true };
    }
    const now = deps.clock.now();
    const today = dateInZone(now, deps.timeZone);
    const leadCache = new Map<string, Promise<readonly number[]>>();
    const lead = (region: string) => {
      let p = leadCache.get(region);
      if (!p) leadCache.set(region, (p = deps.settings.get(certificateExpiryLeadDaysSetting, region, today)));
      return p;
    };
    const leads = await allLeadDays(client, today);
    let after: [string, string] | null = null;
    for (;;) {
      const rows: CandidateRow[] = (await candidates(client, today, leads, after)).rows;
      if (!rows.length) break;
      const due: Due[] = [];
      for (const r of rows) for (const key of certificateExpiryKeys(today, r.valid_until, await lead(r.region_code), r.emitted)) due.push({ row: r, key });
      if (due.length) {
        for (const d of await claimAndEmit(client, due, now, today)) {
          if (thresholdOf(d.key) === 'EXPIRED') result.expired += 1;
          else result.expiring += 1;
        }
      }
      if (rows.length < BATCH) break;
      const last: CandidateRow = rows[rows.length - 1]!;
      after = [last.valid_until, last.id];
    }
    return result;
  } finally {
    if (locking) await client.query('select pg_advisory_unlock($1)', [ORGANISATION_SWEEP_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** Runs the certificate sweep every `intervalMs` in the server; returns its stop function. */
export function startOrganisationSweeper(deps: OrganisationSweepDeps, intervalMs: number): () => Promise<void> {
  if (!intervalMs) return async () => undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = organisationSweep(deps)
      .then((r) => { if (!r.skipped && (r.expiring || r.expired)) deps.log?.info({ organisationSweep: r }, 'certificate sweep'); })
      .catch((err) => deps.log?.error({ err }, 'certificate sweep failed'))
      .finally(() => { running = undefined; });
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
