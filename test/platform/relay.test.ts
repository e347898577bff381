/**
 * The relay passes committed events by unread while no listener wants them (no subscriber, no
 * webhook, no open connection), and a subscriber that comes later still gets every event after
 * its cursor: replayed from SQL, then live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { print } from 'graphql';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import { ApiKeyCreateDocument, RegistryEventsDocument, type RegistryEventsSubscription } from '../generated/graphql.js';
import { WEBHOOK_SERVICE, type WebhookDispatcher } from '../../src/platform/events/webhooks.js';
import type { DeliveredEvent } from '../../src/platform/events/relay.js';

let t: TestApp;
let authority: string;
beforeAll(async () => {
  // the dispatcher looks for webhooks when told to (no poll): none is enabled, so it wants nothing read
  t = await startTestApp({ config: { webhookPollMs: 600_000 } });
  await t.app.services.get<WebhookDispatcher>(WEBHOOK_SERVICE).refresh();
  authority = await t.token({ role: Role.AUTHORITY, regionCode: '310114' });
});
afterAll(() => t?.stop());

const head = async () => Number((await t.app.sql.query<{ p: string }>('select max(position) as p from registry_event'))[0]!.p);
const keyCreated = (name: string) => t.ok(ApiKeyCreateDocument, { input: { name, regionCode: '310114' } }, authority);

describe('the relay with nobody listening', () => {
  it('passes committed events by without reading them, and reads again once a listener wants them', async () => {
    let listening = false;
    const batches: DeliveredEvent[][] = [];
    const passed: number[] = [];
    const stop = t.app.relay.subscribe((b) => batches.push(b), { wants: () => listening, passed: (last) => passed.push(last.position) });
    try {
      await keyCreated('无人收听');
      await t.app.relay.poke();
      expect(batches).toEqual([]);
      expect(passed.at(-1)).toBe(await head());
      expect(t.app.relay.position).toBe(await head());
      listening = true;
      await keyCreated('有人收听');
      await t.app.relay.poke();
      const names = batches.flat().filter((e) => e.type === 'ApiKeyCreated').map((e) => e.payload.name);
      expect(names).toEqual(['有人收听']);
    } finally {
      stop();
    }
  });

  it('a subscriber with a cursor from before gets the events passed by, from SQL, then live, each once', async () => {
    const events: RegistryEventsSubscription['registryEvents'][] = [];
    const subscribe = (after?: string) => {
      const c = createClient({ url: t.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${authority}` }, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
      c.subscribe<RegistryEventsSubscription>(
        { query: print(RegistryEventsDocument), variables: { filter: { types: ['ApiKeyCreated'] }, after } },
        { next: (m) => void (m.data && events.push(m.data.registryEvents)), error: () => undefined, complete: () => undefined },
      );
      return c;
    };
    const until = async (n: number) => {
      for (let i = 0; events.length < n; i++) {
        if (i > 200) throw new Error(`only ${events.length}/${n} events`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const first = subscribe();
    await new Promise((r) => setTimeout(r, 300));
    await keyCreated('游标前');
    await until(1);
    const cursor = events[0]!.cursor;
    await first.dispose(); // no connection, no subscriber, no webhook: nobody listens
    await new Promise((r) => setTimeout(r, 100));
    const before = t.app.relay.position;
    await keyCreated('断开一');
    await keyCreated('断开二');
    await t.app.relay.poke();
    expect(t.app.relay.position).toBeGreaterThan(before); // passed by
    const second = subscribe(cursor);
    try {
      await new Promise((r) => setTimeout(r, 300));
      await keyCreated('实时三');
      await until(4);
      await new Promise((r) => setTimeout(r, 200));
      expect(events.map((e) => e.data.name)).toEqual(['游标前', '断开一', '断开二', '实时三']);
    } finally {
      await second.dispose();
    }
  });
});
