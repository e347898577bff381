/**
 * The relay: delivers committed outbox events to this instance's subscribers in one total
 * order, across instances, with PostgreSQL only (LISTEN/NOTIFY; no extra broker).
 *
 * Why positions are stamped after commit: `seq` is drawn at insert, but transactions commit
 * out of order, so a reader that saw seq 11 could later miss seq 10 committing. Instead, a
 * stamper (any instance, one at a time under an advisory lock) gives committed, unstamped
 * events the next positions, in `seq` order. Stamping transactions are serialised, so
 * positions become visible in increasing order: a reader resuming after position P never
 * misses an event, whatever order the writers committed in.
 *
 * Delivery reads the stamped events in order and hands them to the listeners (fan-out, webhooks,
 * metrics). While none of them wants events (ListenerInterest.wants: nobody subscribed, no
 * webhook, no connection), the relay moves its position to the last stamped event without reading
 * the ones before it; those who come later read them from SQL (replay after a cursor, a new
 * webhook's queue).
 */
import pg from 'pg';
import type { Logger } from '../logger.js';
import type { Sql } from '../db/sql.js';
import { PENDING_CHANNEL, STAMPED_CHANNEL } from './outbox.js';

/** An event as delivered: the outbox row with its position. */
export interface DeliveredEvent {
  id: string;
  position: number;
  type: string;
  occurredAt: Date;
  entityType: string;
  entityId: string;
  regionCode: string | null;
  organisationId: string | null;
  committeeId: string | null;
  payload: Record<string, unknown>;
}

interface EventRow {
  id: string;
  position: number;
  type: string;
  occurred_at: Date;
  entity_type: string;
  entity_id: string;
  region_code: string | null;
  organisation_id: string | null;
  committee_id: string | null;
  payload: Record<string, unknown>;
}

export const EVENT_COLUMNS = 'id, position, type, occurred_at, entity_type, entity_id, region_code, organisation_id, committee_id, payload';

export function toDelivered(r: EventRow): DeliveredEvent {
  return {
    id: r.id,
    position: Number(r.position),
    type: r.type,
    occurredAt: r.occurred_at,
    entityType: r.entity_type,
    entityId: r.entity_id,
    regionCode: r.region_code,
    organisationId: r.organisation_id,
    committeeId: r.committee_id,
    payload: r.payload,
  };
}

/**
 * The advisory lock key of the stamper. A writer that holds it (transaction-scoped) from
 * before it reads `max(position)` until it commits may stamp its own rows at insert: no other
 * stamping can commit in between, so positions still become visible in increasing order. The
 * deadline sweeper does this for its batches, sparing an update of every row it writes.
 */
export const STAMP_LOCK = 7_411_203;

/**
 * Stamps positions on committed, unstamped events. Safe to call from any number of
 * instances at once. Returns how many it stamped.
 */
export async function stampPositions(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [STAMP_LOCK]);
    const res = await client.query(
      `update registry_event e set position = n.pos
         from (select p.id, m.maxpos + row_number() over (order by p.seq) as pos
                 from registry_event p,
                      (select coalesce(max(position), 0) as maxpos from registry_event) m
                where p.position is null) n
        where e.id = n.id`,
    );
    if (res.rowCount) await client.query(`select pg_notify('${STAMPED_CHANNEL}', '')`);
    await client.query('commit');
    return res.rowCount ?? 0;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** Reads stamped events after `position`, in order. */
export async function readEventsAfter(db: Sql, position: number, limit: number): Promise<DeliveredEvent[]> {
  const rows = await db.query<EventRow>(
    `select ${EVENT_COLUMNS} from registry_event where position > $1 order by position limit $2`,
    [position, limit],
  );
  return rows.map(toDelivered);
}

export type EventListener = (events: DeliveredEvent[]) => void;

/** What a listener tells the relay besides taking batches. */
export interface ListenerInterest {
  /**
   * False while the listener has nobody to deliver to (no subscriber, no webhook). When no
   * listener wants events, the relay passes the committed ones by without reading them: read and
   * parsed, the 1.8 M events of an overdue sweep cost ~10 s of this process's CPU for nobody.
   * Checked just before the relay moves its position, in the same synchronous step, so a listener
   * that starts wanting (a subscription opening) sees everything after the position it read.
   */
  wants?: () => boolean;
  /** Told the last event the relay passed by unread (its position and when it occurred). */
  passed?: (last: { position: number; occurredAt: Date }) => void;
}

export interface EventRelay {
  /** The last position this instance has delivered. */
  readonly position: number;
  /**
   * Receives every delivered batch, in order, while some listener wants events (`interest`);
   * returns the unsubscribe function.
   */
  subscribe(listener: EventListener, interest?: ListenerInterest): () => void;
  /** Stamps and delivers now (tests, and after local commits). */
  poke(): Promise<void>;
  stop(): Promise<void>;
}

export interface RelayOptions {
  url: string;
  pool: pg.Pool;
  db: Sql;
  log: Logger;
  /** Safety-net poll when a notification is lost (reconnects); ms. */
  pollMs?: number;
}

/** Starts the relay: LISTEN for commits and stamps, deliver from the current end. */
export async function startRelay(opts: RelayOptions): Promise<EventRelay> {
  const { pool, db, log } = opts;
  const listeners = new Map<EventListener, ListenerInterest>();
  const wanted = () => [...listeners.values()].some((i) => i.wants?.() ?? true);
  const head = await db.query<{ p: number | null }>('select max(position) as p from registry_event');
  let position = Number(head[0]?.p ?? 0);
  let running = false;
  let again = false;
  let stopped = false;
  let listenClient: pg.Client | undefined;

  /** Moves the position to the last stamped event without reading the ones before it; false if someone wants them after all. */
  async function pass(): Promise<boolean> {
    const last = await db.query<{ position: string; occurred_at: Date }>(
      'select position, occurred_at from registry_event where position is not null order by position desc limit 1');
    if (wanted()) return false;
    const head = last[0];
    if (!head || Number(head.position) <= position) return true;
    position = Number(head.position);
    for (const i of listeners.values()) i.passed?.({ position, occurredAt: head.occurred_at });
    return true;
  }

  async function deliver(): Promise<void> {
    for (;;) {
      if (!wanted() && (await pass())) return;
      const batch = await readEventsAfter(db, position, 500);
      if (batch.length === 0) return;
      position = batch[batch.length - 1]!.position;
      for (const l of listeners.keys()) {
        try {
          l(batch);
        } catch (err) {
          log.error({ err }, 'event listener failed');
        }
      }
    }
  }

  /** Serialised cycle: stamp what committed, then deliver what is stamped. */
  async function cycle(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await stampPositions(pool);
        await deliver();
      } while (again && !stopped);
    } catch (err) {
      if (!stopped) log.warn({ err }, 'event relay cycle failed; retrying on next poll');
    } finally {
      running = false;
    }
  }

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString: opts.url });
    client.on('notification', () => void cycle());
    client.on('error', (err) => {
      log.warn({ err }, 'event listener connection lost; reconnecting');
      listenClient = undefined;
      if (!stopped) setTimeout(() => void listen().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`listen ${PENDING_CHANNEL}`);
    await client.query(`listen ${STAMPED_CHANNEL}`);
    listenClient = client;
    void cycle();
  }

  await listen();
  const timer = setInterval(() => void cycle(), opts.pollMs ?? 1000);
  timer.unref();

  return {
    get position() {
      return position;
    },
    subscribe(listener, interest = {}) {
      listeners.set(listener, interest);
      return () => listeners.delete(listener);
    },
    async poke() {
      await cycle();
      while (running) await new Promise((r) => setTimeout(r, 5));
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await new Promise((r) => setTimeout(r, 5));
      await listenClient?.end().catch(() => undefined);
    },
  };
}
