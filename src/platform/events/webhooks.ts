/**
 * Webhook delivery for partners that cannot hold a socket. Every instance enqueues the
 * committed events each enabled webhook may receive (a unique key makes racing instances
 * harmless), then claims due deliveries with `FOR UPDATE SKIP LOCKED` under a lease, POSTs
 * them signed (HMAC-SHA256 over timestamp and body, Stripe-style header), and retries with
 * exponential backoff: at least once, de-duplicated by the receiver through the event id.
 * A webhook that keeps failing is disabled; targets in private, loopback or link-local
 * ranges are refused unless the operator allows them (no SSRF into the government network).
 */
import { createHmac } from 'node:crypto';
import dns from 'node:dns/promises';
import net from 'node:net';
import type { Logger } from '../logger.js';
import type { SqlPool } from '../db/sql.js';
import type { PiiCipher } from '../crypto/pii.js';
import { Role, type Viewer } from '../auth/viewer.js';
import { uuidv7, toGlobalId } from '../graphql/relay.js';
import { encodeEventCursor } from './cursor.js';
import type { DeliveredEvent, EventRelay } from './relay.js';
import { canSee, eventFilterSql, matchesFilter, type EventFilter } from './visibility.js';
import { uuidv7Sql } from '../db/uuidv7-sql.js';

export const WEBHOOK_SERVICE = 'platform.webhooks';

const blocked = new net.BlockList();
for (const [net4, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['224.0.0.0', 3]] as const)
  blocked.addSubnet(net4, bits, 'ipv4');
for (const [net6, bits] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) blocked.addSubnet(net6, bits, 'ipv6');

/** Refuses a target that is not http(s) or resolves into a private, loopback or link-local range. */
export async function assertTargetAllowed(url: string, allowPrivate: boolean): Promise<void> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error('网址无效 / the URL is not valid');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('只允许 http 或 https / only http and https are allowed');
  if (allowPrivate) return;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host) ? [{ address: host, family: net.isIP(host) }] : await dns.lookup(host, { all: true });
  for (const a of addresses) {
    const mapped = a.address.startsWith('::ffff:') ? a.address.slice(7) : a.address;
    const type = net.isIPv4(mapped) ? 'ipv4' : 'ipv6';
    if (blocked.check(mapped, type))
      throw new Error(`目标地址 ${a.address} 属于内网、环回或链路本地地址，不允许 / ${a.address} is a private, loopback or link-local address and is not allowed`);
  }
}

/** The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface WebhookOptions {
  sql: SqlPool;
  relay: EventRelay;
  pii: PiiCipher;
  log: Logger;
  allowPrivate: boolean;
  pollMs?: number;
  retryBaseMs?: number;
  maxFailures?: number;
  timeoutMs?: number;
}

interface Target {
  id: string;
  url: string;
  filter: EventFilter;
  start: number;
  viewer: Viewer;
}

interface Due {
  id: string;
  webhook_id: string;
  event_id: string;
  attempts: number;
  url: string;
  secret_cipher: string;
  position: number;
  type: string;
  occurred_at: Date;
  entity_type: string;
  entity_id: string;
  region_code: string | null;
  payload: Record<string, unknown>;
}

export class WebhookDispatcher {
  private timer?: NodeJS.Timeout;
  private running = false;
  private stopped = false;
  private unsubscribe?: () => void;
  /** Whether any webhook is enabled (as of the last look); the relay reads events for us only then. */
  private any = true;
  /** The webhooks this instance already queues events for; undefined until its first look. */
  private seen?: Set<string>;
  private readonly pollMs: number;
  private readonly retryBaseMs: number;
  private readonly maxFailures: number;

  constructor(private readonly o: WebhookOptions) {
    this.pollMs = o.pollMs ?? 1000;
    this.retryBaseMs = o.retryBaseMs ?? 1000;
    this.maxFailures = o.maxFailures ?? 10;
  }

  start(): void {
    this.unsubscribe = this.o.relay.subscribe(
      (batch) => void this.enqueue(batch).then(() => this.work()).catch((err) => this.o.log.warn({ err }, 'webhook enqueue failed')),
      { wants: () => this.any },
    );
    this.timer = setInterval(() => void this.refresh().then(() => this.work()).catch((err) => this.o.log.warn({ err }, 'webhook refresh failed')), this.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearInterval(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 10));
  }

  private async targets(): Promise<Target[]> {
    const rows = await this.o.sql.query<{ id: string; url: string; filter: EventFilter; start_position: string; region_code: string; event_types: string[]; api_key_id: string }>(
      `select w.id, w.url, w.filter, w.start_position, k.region_code, k.event_types, k.id as api_key_id
         from webhook w join api_key k on k.id = w.api_key_id
        where w.enabled and k.revoked_at is null`,
    );
    return rows.map((r) => ({
      id: r.id, url: r.url, filter: r.filter, start: Number(r.start_position),
      viewer: { role: Role.PARTNER, sub: `apikey:${r.api_key_id}`, regionCode: r.region_code, eventTypes: r.event_types, apiKeyId: r.api_key_id },
    }));
  }

  /**
   * The enabled webhooks, noting whether there are any. A webhook this instance had not seen
   * (created since its last look) first gets every event it may receive from its start position
   * up to the relay's, from SQL: those the relay passed by unread while no webhook was enabled,
   * and any a batch queued before its creating transaction committed.
   */
  async refresh(): Promise<Target[]> {
    const targets = await this.targets();
    this.any = targets.length > 0;
    if (!this.seen) {
      this.seen = new Set(targets.map((t) => t.id));
      return targets;
    }
    for (const t of targets) {
      if (this.seen.has(t.id)) continue;
      this.seen.add(t.id); // before the await: a poll and a batch refreshing at once queue it once
      try {
        await this.backfill(t, this.o.relay.position);
      } catch (e) {
        this.seen.delete(t.id);
        throw e;
      }
    }
    return targets;
  }

  private async backfill(t: Target, upTo: number): Promise<void> {
    if (upTo <= t.start) return;
    const params: unknown[] = [t.id, t.start, upTo];
    const scope = eventFilterSql(t.viewer, t.filter, params);
    await this.o.sql.query(
      `insert into webhook_delivery (id, webhook_id, event_id, position, status, attempts, next_attempt_at, created_at)
       select ${uuidv7Sql('clock_timestamp()', 'row_number() over (order by e.position)')}, $1::uuid, e.id, e.position, 'PENDING', 0, now(), now()
         from registry_event e where e.position > $2 and e.position <= $3 and ${scope}
       on conflict (webhook_id, event_id) do nothing`,
      params,
    );
  }

  /** Queues each event for every enabled webhook whose key and filter select it. */
  async enqueue(batch: DeliveredEvent[]): Promise<void> {
    const targets = await this.refresh();
    const ids: string[] = [], hooks: string[] = [], events: string[] = [], positions: number[] = [];
    for (const t of targets)
      for (const e of batch)
        if (e.position > t.start && canSee(t.viewer, e) && matchesFilter(e, t.filter)) {
          ids.push(uuidv7()); hooks.push(t.id); events.push(e.id); positions.push(e.position);
        }
    if (!ids.length) return;
    await this.o.sql.query(
      `insert into webhook_delivery (id, webhook_id, event_id, position, status, attempts, next_attempt_at, created_at)
       select id, hook, ev, pos, 'PENDING', 0, now(), now() from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[]) as t(id, hook, ev, pos)
       on conflict (webhook_id, event_id) do nothing`,
      [ids, hooks, events, positions],
    );
  }

  /** Claims and sends due deliveries until none is due. */
  async work(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      for (;;) {
        const due = await this.claim();
        if (!due.length) return;
        await Promise.all(due.map((d) => this.send(d)));
      }
    } catch (err) {
      this.o.log.warn({ err }, 'webhook delivery cycle failed');
    } finally {
      this.running = false;
    }
  }

  private claim(): Promise<Due[]> {
    // the lease (60 s) covers the POST; if this instance dies, another retries after it
    return this.o.sql.query<Due>(
      `with claimed as (
         update webhook_delivery d set next_attempt_at = now() + interval '60 seconds'
          where d.id in (select d2.id from webhook_delivery d2 join webhook w on w.id = d2.webhook_id
                          where d2.status = 'PENDING' and d2.next_attempt_at <= now() and w.enabled
                          order by d2.next_attempt_at limit 20 for update of d2 skip locked)
          returning d.*)
       select c.id, c.webhook_id, c.event_id, c.attempts, w.url, w.secret_cipher, e.position, e.type, e.occurred_at, e.entity_type, e.entity_id, e.region_code, e.payload
         from claimed c join webhook w on w.id = c.webhook_id join registry_event e on e.id = c.event_id`,
    );
  }

  private async send(d: Due): Promise<void> {
    const body = JSON.stringify({
      id: d.event_id, cursor: encodeEventCursor(Number(d.position)), type: d.type, occurredAt: d.occurred_at,
      subjectId: toGlobalId(d.entity_type, d.entity_id), subjectType: d.entity_type, regionCode: d.region_code, data: d.payload,
    });
    const ts = Math.floor(Date.now() / 1000);
    let status: number | null = null;
    let error: string | null = null;
    try {
      await assertTargetAllowed(d.url, this.o.allowPrivate); // again at send time: DNS may have changed
      const res = await fetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-civic-event-id': d.event_id,
          'x-civic-delivery-id': d.id,
          'x-civic-signature': signWebhook(this.o.pii.decrypt(d.secret_cipher)!, ts, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000),
      });
      status = res.status;
      await res.body?.cancel();
      if (res.status >= 200 && res.status < 300) return void (await this.succeeded(d, status));
      error = `HTTP ${res.status}`;
    } catch (e) {
      error = (e as Error).message;
    }
    await this.failed(d, status, error);
  }

  private async succeeded(d: Due, status: number): Promise<void> {
    await this.o.sql.query(
      `with d as (update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_status_code = $2, last_error = null, delivered_at = now() where id = $1 returning webhook_id)
       update webhook set consecutive_failures = 0 where id = (select webhook_id from d)`,
      [d.id, status],
    );
  }

  private async failed(d: Due, status: number | null, error: string): Promise<void> {
    const delayMs = Math.min(this.retryBaseMs * 2 ** d.attempts, 3_600_000);
    const rows = await this.o.sql.query<{ consecutive_failures: number }>(
      `with d as (update webhook_delivery set attempts = attempts + 1, last_status_code = $2, last_error = $3,
                    next_attempt_at = now() + ($4::text || ' milliseconds')::interval where id = $1 returning webhook_id)
       update webhook set consecutive_failures = consecutive_failures + 1 where id = (select webhook_id from d) returning consecutive_failures`,
      [d.id, status, error.slice(0, 500), String(delayMs)],
    );
    if ((rows[0]?.consecutive_failures ?? 0) >= this.maxFailures) {
      // disabling is a fact partners and authorities see: an outbox event in the same statement
      await this.o.sql.query(
        `with w as (update webhook set enabled = false, disabled_at = now(), disabled_reason = $2, version = version + 1
                     where id = $1 and enabled returning id, region_code, api_key_id)
         insert into registry_event (id, type, occurred_at, entity_type, entity_id, region_code, payload, actor_sub)
         select $3::uuid, 'WebhookDisabled', now(), 'Webhook', w.id::text, w.region_code,
                jsonb_build_object('webhookId', w.id, 'apiKeyId', w.api_key_id, 'reason', $2::text), 'system:webhooks' from w`,
        [d.webhook_id, `连续 ${this.maxFailures} 次投递失败 / ${this.maxFailures} deliveries failed in a row: ${error}`, uuidv7()],
      );
      this.o.log.warn({ webhookId: d.webhook_id }, 'webhook disabled after repeated failures');
    }
  }
}
