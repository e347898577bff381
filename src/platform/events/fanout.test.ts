import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Member } from './fanout.js';

async function* none() {}

describe('fan-out member', () => {
  it('delivers in position order, skipping what it has already seen (the replay/live seam)', async () => {
    const m = new Member(10, () => 0);
    m.last = 5;
    const it = m.iterate(none, () => undefined);
    m.push({ data: { n: 5 }, position: 5 }); // already seen
    m.push({ data: { n: 6 }, position: 6 });
    m.push({ data: { n: 6 }, position: 6 }); // duplicate
    m.push({ data: { n: 7 }, position: 7 });
    expect((await it.next()).value.data).toEqual({ n: 6 });
    expect((await it.next()).value.data).toEqual({ n: 7 });
    await it.return(undefined);
  });

  it('completes a subscriber that falls too far behind with RATE_LIMITED and the cursor to resume from', async () => {
    let ended = false;
    const m = new Member(3, () => 0);
    const it = m.iterate(none, () => (ended = true));
    const first = it.next();
    m.push({ data: { n: 1 }, position: 1 });
    expect((await first).value.data).toEqual({ n: 1 });
    for (let p = 2; p <= 6; p++) m.push({ data: { n: p }, position: p }); // nobody reads: overflow
    const r = await it.next();
    expect(r.value.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', resumeAfter: Buffer.from('evt:1').toString('base64url') });
    expect((await it.next()).done).toBe(true);
    expect(ended).toBe(true);
  });

  it('ends at once when its socket closes while it waits for an event (a closed subscriber is not kept for ever)', async () => {
    let ended = false;
    const m = new Member(10, () => 0);
    const it = m.iterate(none, () => (ended = true));
    const waiting = it.next(); // no event yet: the member awaits one
    await new Promise((r) => setTimeout(r, 5));
    await it.return(undefined); // what graphql-ws does when the socket closes
    expect(ended).toBe(true);
    expect((await waiting).done).toBe(true);
    m.push({ data: {}, position: 1 });
    expect((await it.next()).done).toBe(true);
  });

  it('treats a socket that buffers too much as too slow', async () => {
    const m = new Member(1000, () => 64 * 1024 * 1024);
    const it = m.iterate(none, () => undefined);
    m.push({ data: {}, position: 1 });
    expect((await it.next()).value.errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
