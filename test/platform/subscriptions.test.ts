import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import { ApiKeyCreateDocument, ApiKeyRevokeDocument, RegistryEventsDocument, type RegistryEventsSubscription } from '../generated/graphql.js';

let t: TestApp;
let authority: string;
const clients: Client[] = [];
beforeAll(async () => {
  t = await startTestApp();
  authority = await t.token({ role: Role.AUTHORITY, regionCode: '310114' });
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await t?.stop();
});

function client(connectionParams: Record<string, unknown>, onClose?: (code: number) => void, onConnected?: () => void): Client {
  const c = createClient({
    url: t.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    // the close codes are asserted through on.closed; the default prints every close to stderr
    onNonLazyError: () => undefined,
    on: { closed: (e) => onClose?.((e as { code: number }).code), connected: () => onConnected?.() },
  });
  clients.push(c);
  return c;
}

/** Subscribes and collects events until `count` arrived (or the timeout). */
function collect(c: Client, variables: Record<string, unknown>, count: number, ms = 10_000) {
  const got: RegistryEventsSubscription['registryEvents'][] = [];
  let resolveDone!: () => void;
  let rejectDone!: (e: unknown) => void;
  const done = new Promise<void>((res, rej) => ((resolveDone = res), (rejectDone = rej)));
  const timer = setTimeout(() => rejectDone(new Error(`only ${got.length}/${count} events in ${ms} ms`)), ms);
  const stop = c.subscribe<RegistryEventsSubscription>(
    { query: print(RegistryEventsDocument), variables },
    {
      next: (m) => {
        if (m.data) got.push(m.data.registryEvents);
        if (got.length >= count) {
          clearTimeout(timer);
          resolveDone();
        }
      },
      error: (e) => rejectDone(e),
      complete: () => undefined,
    },
  );
  return { got, done, stop };
}

const settle = () => new Promise((r) => setTimeout(r, 300));

describe('graphql-ws subscriptions (end to end)', () => {
  it('delivers a committed event live to a subscriber in scope, not to one outside it', async () => {
    const jiading = collect(client({ Authorization: `Bearer ${authority}` }), { filter: { types: ['ApiKeyCreated'] } }, 1);
    const yangpuToken = await t.token({ role: Role.AUTHORITY, regionCode: '310110' });
    const yangpu = collect(client({ Authorization: `Bearer ${yangpuToken}` }), { filter: { types: ['ApiKeyCreated'] } }, 1, 1500);
    await settle();
    const c = await t.ok(ApiKeyCreateDocument, { input: { name: '订阅测试', regionCode: '310114' } }, authority);
    await jiading.done;
    expect(jiading.got[0]).toMatchObject({ type: 'ApiKeyCreated', subjectId: c.apiKeyCreate.apiKey!.id, regionCode: '310114' });
    await expect(yangpu.done).rejects.toThrow(/only 0\/1/);
    jiading.stop();
    yangpu.stop();
  });

  it('replays missed events after a cursor, then continues live, each exactly once', async () => {
    const live = collect(client({ Authorization: `Bearer ${authority}` }), { filter: { types: ['ApiKeyCreated'] } }, 1);
    await settle();
    await t.ok(ApiKeyCreateDocument, { input: { name: '游标起点', regionCode: '310114' } }, authority);
    await live.done;
    const cursor = live.got[0]!.cursor;
    live.stop();
    // disconnected: two events are missed
    await t.ok(ApiKeyCreateDocument, { input: { name: '错过一', regionCode: '310114' } }, authority);
    await t.ok(ApiKeyCreateDocument, { input: { name: '错过二', regionCode: '310114' } }, authority);
    await t.app.relay.poke();
    const resumed = collect(client({ Authorization: `Bearer ${authority}` }), { filter: { types: ['ApiKeyCreated'] }, after: cursor }, 3);
    await settle();
    await t.ok(ApiKeyCreateDocument, { input: { name: '实时三', regionCode: '310114' } }, authority);
    await resumed.done;
    await settle();
    expect(resumed.got.map((e) => e.data.name)).toEqual(['错过一', '错过二', '实时三']);
    expect(new Set(resumed.got.map((e) => e.id)).size).toBe(3);
    resumed.stop();
  });

  it('closes the socket with 4403 for a bad token, and cuts off a revoked API key at once', async () => {
    const closes: number[] = [];
    const bad = client({ Authorization: 'Bearer nonsense' }, (code) => closes.push(code));
    await expect(collect(bad, {}, 1, 3000).done).rejects.toBeTruthy();
    expect(closes).toContain(4403);

    const k = await t.ok(ApiKeyCreateDocument, { input: { name: '将被吊销', regionCode: '310114' } }, authority);
    const keyCloses: number[] = [];
    let connected!: () => void;
    const isConnected = new Promise<void>((r) => (connected = r));
    const partner = client({ apiKey: k.apiKeyCreate.key }, (code) => keyCloses.push(code), () => connected());
    const sub = collect(partner, { filter: { types: ['NeverHappens'] } }, 1, 8000);
    await isConnected;
    await t.ok(ApiKeyRevokeDocument, { input: { id: k.apiKeyCreate.apiKey!.id } }, authority);
    await expect(sub.done).rejects.toBeTruthy();
    expect(keyCloses).toContain(4403);
  });
});

describe('fan-out', () => {
  it('executes once per group: subscribers with the same document, arguments and scope share a group, and each gets the event', async () => {
    await settle(); // the earlier tests' stopped subscriptions leave their groups asynchronously
    const before = t.app.server.subscriptions.fanoutStats();
    const subs = [1, 2, 3].map(() => collect(client({ Authorization: `Bearer ${authority}` }), { filter: { types: ['ApiKeyCreated'], regionCode: '310114' } }, 1));
    const other = collect(client({ Authorization: `Bearer ${await t.token({ role: Role.AUTHORITY, regionCode: '310114001' })}` }), { filter: { types: ['ApiKeyCreated'], regionCode: '310114' } }, 1, 2000);
    // wait until all four have subscribed (under load a socket may take a while to be acknowledged)
    for (let i = 0; i < 100 && t.app.server.subscriptions.fanoutStats().members - before.members < 4; i++) await new Promise((r) => setTimeout(r, 50));
    const during = t.app.server.subscriptions.fanoutStats();
    expect(during.members - before.members).toBe(4);
    expect(during.groups - before.groups).toBe(2); // same arguments, different scope: two groups
    const c = await t.ok(ApiKeyCreateDocument, { input: { name: '分组测试', regionCode: '310114' } }, authority);
    await Promise.all(subs.map((s) => s.done));
    for (const s of subs) expect(s.got[0]).toMatchObject({ type: 'ApiKeyCreated', subjectId: c.apiKeyCreate.apiKey!.id, data: { name: '分组测试' } });
    await expect(other.done).rejects.toThrow(/only 0\/1/); // the street-level authority may not see a district-level key
    subs.forEach((s) => s.stop());
    other.stop();
  });
});

describe('subscription limits', () => {
  it('refuses subscriptions past the per-connection and per-key limits with RATE_LIMITED', async () => {
    const limitedApp = await startTestApp({ config: { maxSubscriptionsPerConnection: 2, maxSubscriptionsPerKey: 3 } });
    try {
      const token = await limitedApp.token({ role: Role.AUTHORITY, regionCode: '310114' });
      const open = (c: Client) =>
        new Promise<string>((resolve) => {
          c.subscribe({ query: 'subscription { registryEvents { id } }' }, { next: () => undefined, error: (e) => resolve(JSON.stringify(e)), complete: () => resolve('complete') });
          setTimeout(() => resolve('open'), 800);
        });
      const mk = () => {
        const c = createClient({ url: limitedApp.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
        clients.push(c);
        return c;
      };
      const one = mk();
      expect(await Promise.all([open(one), open(one)])).toEqual(['open', 'open']);
      const third = await open(one);
      expect(third).toMatch(/RATE_LIMITED/);
      expect(third).toMatch(/per connection/);
      const two = mk();
      expect(await open(two)).toBe('open'); // third for this key
      const fourth = await open(two);
      expect(fourth).toMatch(/RATE_LIMITED/);
      expect(fourth).toMatch(/per key/);
    } finally {
      await limitedApp.stop();
    }
  });
});

describe('convenience subscriptions', () => {
  it('creditListings(regionCode) delivers credit listings of the region, live', async () => {
    const { OrganisationRegisterDocument, CreditListDocument, CreditListingsLiveDocument } = await import('../generated/graphql.js');
    const { serviceInstitutionFacts, uscc } = await import('../organisation/factories.js');
    const org = await t.ok(OrganisationRegisterDocument, { input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts(), code: uscc('52'), registrationDate: '2026-01-10', certificateNumber: 'c', decisionNumber: 'd' } }, authority);
    const c = client({ Authorization: `Bearer ${authority}` });
    const got: unknown[] = [];
    const done = new Promise<void>((resolve, reject) => {
      c.subscribe({ query: print(CreditListingsLiveDocument), variables: { regionCode: '310114' } }, { next: (m) => (got.push(m.data), resolve()), error: reject, complete: () => undefined });
      setTimeout(() => reject(new Error('no credit listing event')), 8000);
    });
    await settle();
    const listed = await t.ok(CreditListDocument, { input: { organisationId: org.organisationRegister.organisation!.id, list: 'ABNORMAL', reasons: ['UNREACHABLE_AT_DOMICILE'], listedOn: '2026-06-01' } }, authority);
    expect(listed.creditList.userErrors).toEqual([]);
    await done;
    expect(got[0]).toMatchObject({ creditListings: { type: 'CreditListed', regionCode: '310114', subjectId: expect.any(String) } });
  });

  it('R-ORG-9: certificateExpiry(regionCode) delivers certificate renewals and reminders of the region, live', async () => {
    const { OrganisationRegisterDocument, OrganisationCertificateRenewDocument, CertificateExpiryLiveDocument } = await import('../generated/graphql.js');
    const { serviceInstitutionFacts, uscc } = await import('../organisation/factories.js');
    const org = await t.ok(OrganisationRegisterDocument, { input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts(), code: uscc('52'), registrationDate: '2026-01-10', certificateNumber: 'c', decisionNumber: 'd' } }, authority);
    const c = client({ Authorization: `Bearer ${authority}` });
    const got: unknown[] = [];
    const done = new Promise<void>((resolve, reject) => {
      c.subscribe({ query: print(CertificateExpiryLiveDocument), variables: { regionCode: '310114', leadDays: 30 } }, { next: (m) => (got.push(m.data), resolve()), error: reject, complete: () => undefined });
      setTimeout(() => reject(new Error('no certificate event')), 8000);
    });
    await settle();
    const renewed = await t.ok(OrganisationCertificateRenewDocument, {
      input: { id: org.organisationRegister.organisation!.id, certificateNumber: '沪嘉民证字第0099号', validFrom: '2026-02-01', validUntil: '2031-01-31', decisionNumber: '嘉民换〔2026〕9号' },
    }, authority);
    expect(renewed.organisationCertificateRenew.userErrors).toEqual([]);
    await done;
    expect(got[0]).toMatchObject({ certificateExpiry: { type: 'CertificateRenewed', regionCode: '310114', subjectId: org.organisationRegister.organisation!.id } });
  });
});

describe('convenience subscriptions: lead days', () => {
  it('R-ORG-9: certificateExpiry(leadDays: 30) delivers the reminders within 30 days, not the 90-day ones', async () => {
    const { OrganisationRegisterDocument, CertificateExpiryLiveDocument } = await import('../generated/graphql.js');
    const { serviceInstitutionFacts, uscc } = await import('../organisation/factories.js');
    const { ORGANISATION_SWEEPER_SERVICE } = await import('../../src/modules/index.js');
    const { addDays, dateInZone } = await import('../../src/platform/time/calendar.js');
    const today = dateInZone(t.clock.now(), 'Asia/Shanghai');
    const register = async (validUntil: string) => (await t.ok(OrganisationRegisterDocument, {
      input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts(), code: uscc('52'), registrationDate: addDays(today, -400), certificateNumber: 'c', certificateValidUntil: validUntil, decisionNumber: 'd' },
    }, authority)).organisationRegister.organisation!.id;
    const soon = await register(addDays(today, 20));
    const later = await register(addDays(today, 80));
    const c = client({ Authorization: `Bearer ${authority}` });
    const got: { certificateExpiry: { type: string; subjectId: string; data: Record<string, unknown> } }[] = [];
    const first = new Promise<void>((resolve, reject) => {
      c.subscribe({ query: print(CertificateExpiryLiveDocument), variables: { regionCode: '310114', leadDays: 30 } }, { next: (m) => (got.push(m.data as (typeof got)[number]), resolve()), error: reject, complete: () => undefined });
      setTimeout(() => reject(new Error('no certificate reminder')), 8000);
    });
    await settle();
    const swept = await t.app.services.get<{ run(): Promise<unknown> }>(ORGANISATION_SWEEPER_SERVICE).run();
    expect(swept).toBeTruthy();
    await first;
    await settle(); // anything else the sweep emitted has arrived by now
    const reminders = got.filter((g) => [soon, later].includes(g.certificateExpiry.subjectId));
    expect(reminders).toEqual([{ certificateExpiry: expect.objectContaining({ type: 'CertificateExpiring', subjectId: soon, data: expect.objectContaining({ threshold: 'EXPIRING_IN_30', daysLeft: 20 }) }) }]);
    // the 90-day reminder was emitted all the same: a subscriber without leadDays would have had it
    const emitted = await t.app.sql.query<{ n: number }>(`select count(*)::int as n from registry_event where type = 'CertificateExpiring' and organisation_id = $1`, [Buffer.from(later, 'base64url').toString().split(':')[1]]);
    expect(emitted[0]!.n).toBe(1);
  });
});

