import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import { ApiKeyCreateDocument, WebhookCreateDocument, WebhookEnableDocument, WebhooksDocument } from '../generated/graphql.js';
import { assertTargetAllowed, WEBHOOK_SERVICE, type WebhookDispatcher } from '../../src/platform/events/webhooks.js';

interface Received { eventId: string; signature: string; body: string }
let t: TestApp;
let authority: string;
let receiver: http.Server;
let url: string;
const received: Received[] = [];
let failNext = 0;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end();
        return;
      }
      received.push({ eventId: String(req.headers['x-civic-event-id']), signature: String(req.headers['x-civic-signature']), body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  // tests allow loopback explicitly; retries are fast
  t = await startTestApp({ config: { webhookAllowPrivate: true, webhookPollMs: 50, webhookRetryBaseMs: 50, webhookMaxFailures: 3 } });
  authority = await t.token({ role: Role.AUTHORITY, regionCode: '310114' });
});
afterAll(async () => {
  await t?.stop();
  await new Promise((r) => receiver.close(r));
});

const until = async (cond: () => boolean | Promise<boolean>, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('webhooks', () => {
  it('delivers signed events the key may see, retries after failures, and lets the receiver de-duplicate by event id', async () => {
    const key = await t.ok(ApiKeyCreateDocument, { input: { name: '案件系统', regionCode: '310114', eventTypes: ['ApiKeyCreated'] } }, authority);
    const hook = await t.ok(WebhookCreateDocument, { input: { apiKeyId: key.apiKeyCreate.apiKey!.id, url } }, authority);
    expect(hook.webhookCreate.userErrors).toEqual([]);
    const secret = hook.webhookCreate.secret!;
    failNext = 2; // the receiver is down for two attempts
    await t.ok(ApiKeyCreateDocument, { input: { name: '触发事件', regionCode: '310114' } }, authority);
    await t.app.relay.poke();
    await until(() => received.length >= 1);
    const r = received[0]!;
    const [, ts, sig] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(r.signature)!;
    expect(createHmac('sha256', secret).update(`${ts}.${r.body}`).digest('hex')).toBe(sig);
    expect(JSON.parse(r.body)).toMatchObject({ id: r.eventId, type: 'ApiKeyCreated', data: { name: '触发事件' } });
    const log = await t.ok(WebhooksDocument, {}, authority);
    const delivery = log.webhooks[0]!.deliveries.nodes.find((d) => d.eventId === r.eventId)!;
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 204 });
    // each event id arrives once per successful delivery: a receiver de-duplicates by it
    expect(new Set(received.map((x) => x.eventId)).size).toBe(received.length);
  });

  it('disables a webhook after repeated failures and resumes after it is re-enabled', async () => {
    const key = await t.ok(ApiKeyCreateDocument, { input: { name: '志愿者应用', regionCode: '310114', eventTypes: ['ApiKeyCreated'] } }, authority);
    const hook = await t.ok(WebhookCreateDocument, { input: { apiKeyId: key.apiKeyCreate.apiKey!.id, url } }, authority);
    const id = hook.webhookCreate.webhook!.id;
    const before = received.length;
    failNext = 1000;
    await t.ok(ApiKeyCreateDocument, { input: { name: '失败事件', regionCode: '310114' } }, authority);
    await t.app.relay.poke();
    await until(async () => (await t.ok(WebhooksDocument, {}, authority)).webhooks.find((w) => w.id === id)!.enabled === false);
    const disabled = (await t.ok(WebhooksDocument, {}, authority)).webhooks.find((w) => w.id === id)!;
    expect(disabled.disabledReason).toMatch(/3.*deliveries failed/);
    failNext = 0;
    const en = await t.ok(WebhookEnableDocument, { input: { id, expectedVersion: disabled.version } }, authority);
    expect(en.webhookEnable.webhook).toMatchObject({ enabled: true, consecutiveFailures: 0 });
    await until(() => received.slice(before).some((x) => JSON.parse(x.body).data.name === '失败事件'));
  });

  it('refuses targets in private, loopback or link-local ranges unless the operator allows them', async () => {
    await expect(assertTargetAllowed('http://127.0.0.1:8080/x', false)).rejects.toThrow(/loopback/);
    await expect(assertTargetAllowed('http://10.1.2.3/x', false)).rejects.toThrow(/private/);
    await expect(assertTargetAllowed('http://169.254.169.254/latest', false)).rejects.toThrow();
    await expect(assertTargetAllowed('http://[::1]/x', false)).rejects.toThrow();
    await expect(assertTargetAllowed('ftp://example.org/x', false)).rejects.toThrow(/http/);
    await expect(assertTargetAllowed('http://127.0.0.1:8080/x', true)).resolves.toBeUndefined();
    const strict = await startTestApp({ seedDemo: true });
    try {
      const token = await strict.token({ role: Role.AUTHORITY, regionCode: '310114' });
      const key = await strict.ok(ApiKeyCreateDocument, { input: { name: 'x', regionCode: '310114' } }, token);
      const r = await strict.ok(WebhookCreateDocument, { input: { apiKeyId: key.apiKeyCreate.apiKey!.id, url: 'http://192.168.1.10/hook' } }, token);
      expect(r.webhookCreate.userErrors[0]).toMatchObject({ code: 'WEBHOOK_TARGET_REFUSED', field: 'input.url' });
    } finally {
      await strict.stop();
    }
  });
});

describe('webhooks and events the relay passed by', () => {
  it('a webhook created while none was enabled gets the events committed before this instance saw it (queued from SQL)', async () => {
    // the dispatcher looks for new webhooks only when told to here (no poll), so the relay has passed the event by unread
    const t2 = await startTestApp({ config: { webhookAllowPrivate: true, webhookPollMs: 600_000, webhookRetryBaseMs: 50 } });
    try {
      const dispatcher = t2.app.services.get<WebhookDispatcher>(WEBHOOK_SERVICE);
      await dispatcher.refresh(); // first look: no webhook enabled, so nobody wants events read
      const admin = await t2.token({ role: Role.AUTHORITY, regionCode: '310114' });
      const key = await t2.ok(ApiKeyCreateDocument, { input: { name: '后建系统', regionCode: '310114', eventTypes: ['ApiKeyCreated'] } }, admin);
      const hook = await t2.ok(WebhookCreateDocument, { input: { apiKeyId: key.apiKeyCreate.apiKey!.id, url } }, admin);
      expect(hook.webhookCreate.userErrors).toEqual([]);
      await t2.ok(ApiKeyCreateDocument, { input: { name: '错过的事件', regionCode: '310114' } }, admin);
      await t2.app.relay.poke();
      const head = await t2.app.sql.query<{ p: string }>('select max(position) as p from registry_event');
      expect(t2.app.relay.position).toBe(Number(head[0]!.p)); // passed by: nobody wanted it read
      expect(await t2.app.sql.query('select 1 from webhook_delivery')).toHaveLength(0);
      await dispatcher.refresh(); // sees the new webhook: queues what it may receive since its start
      await dispatcher.work();
      await until(() => received.some((r) => JSON.parse(r.body).data?.name === '错过的事件'));
      const queued = await t2.app.sql.query<{ type: string }>('select e.type from webhook_delivery d join registry_event e on e.id = d.event_id');
      expect(queued.map((q) => q.type)).toEqual(['ApiKeyCreated']); // only what the key may see
    } finally {
      await t2.stop();
    }
  });
});
