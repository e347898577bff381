import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { print } from 'graphql';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import { ApiKeyCreateDocument, AuditTrailDocument, EventsDocument } from '../generated/graphql.js';
import { readEventsAfter, stampPositions } from '../../src/platform/events/relay.js';

let t: TestApp;
let authority: string;
beforeAll(async () => {
  t = await startTestApp();
  authority = await t.token({ role: Role.AUTHORITY, regionCode: '310114', name: '张科长' });
});
afterAll(() => t?.stop());

describe('audit trail', () => {
  it('writes an audit record with the actor, the request id and redacted secrets for a mutation', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${authority}`, 'x-request-id': 'req-audit-1' },
      body: JSON.stringify({ query: print(ApiKeyCreateDocument), variables: { input: { name: '审计测试', regionCode: '310114' } } }),
    });
    expect(res.headers.get('x-request-id')).toBe('req-audit-1');
    const body = (await res.json()) as { data: { apiKeyCreate: { apiKey: { id: string } } } };
    const id = body.data.apiKeyCreate.apiKey.id;
    const trail = await t.ok(AuditTrailDocument, { entityId: id }, authority);
    expect(trail.auditTrail.totalCount).toBe(1);
    const rec = trail.auditTrail.nodes[0]!;
    expect(rec).toMatchObject({ operation: 'apiKeyCreate', entityType: 'ApiKey', actorSub: 'test-authority', actorRole: 'AUTHORITY', requestId: 'req-audit-1' });
    expect(rec.changes).toMatchObject({ name: { before: null, after: '审计测试' }, secretHash: { before: null, after: '[redacted]' } });
  });

  it('refuses to change or delete an audit record at the database', async () => {
    await expect(t.app.sql.query('update audit_record set operation = $1', ['tampered'])).rejects.toThrow(/append-only/);
    await expect(t.app.sql.query('delete from audit_record')).rejects.toThrow(/append-only/);
  });

  it('does not let another authority read the trail of a record outside its subtree', async () => {
    const c = await t.ok(ApiKeyCreateDocument, { input: { name: '辖区外', regionCode: '310114' } }, authority);
    const yangpu = await t.token({ role: Role.AUTHORITY, regionCode: '310110' });
    const trail = await t.ok(AuditTrailDocument, { entityId: c.apiKeyCreate.apiKey!.id }, yangpu);
    expect(trail.auditTrail.totalCount).toBe(0);
  });
});

describe('outbox events', () => {
  it('writes an outbox event in the same transaction as the mutation, readable with a cursor', async () => {
    const c = await t.ok(ApiKeyCreateDocument, { input: { name: '事件测试', regionCode: '310114' } }, authority);
    await t.app.relay.poke();
    const page = await t.ok(EventsDocument, { filter: { types: ['ApiKeyCreated'] }, first: 100 }, authority);
    const ev = page.events.nodes.find((e) => e.subjectId === c.apiKeyCreate.apiKey!.id);
    expect(ev).toMatchObject({ type: 'ApiKeyCreated', subjectType: 'ApiKey', regionCode: '310114', data: { name: '事件测试' } });
    const after = await t.ok(EventsDocument, { filter: { types: ['ApiKeyCreated'] }, after: ev!.cursor }, authority);
    expect(after.events.nodes.map((e) => e.id)).not.toContain(ev!.id);
  });

  it('rolls back the event with the change when the mutation fails', async () => {
    const before = await t.app.sql.query<{ n: number }>('select count(*) as n from registry_event');
    const r = await t.gql(ApiKeyCreateDocument, { input: { name: '', regionCode: '310114' } }, authority);
    expect(r.data?.apiKeyCreate.userErrors[0]?.code).toBe('NAME_REQUIRED');
    const after = await t.app.sql.query<{ n: number }>('select count(*) as n from registry_event');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('never skips an event that commits out of order: a reader resuming after position P still gets the earlier-sequenced event', async () => {
    const insert = `insert into registry_event (id, type, occurred_at, entity_type, entity_id, region_code, payload)
                    values (gen_random_uuid(), $1, now(), 'Test', $1, '310114', '{}') returning seq`;
    const a = new pg.Client({ connectionString: t.databaseUrl });
    const b = new pg.Client({ connectionString: t.databaseUrl });
    await a.connect();
    await b.connect();
    try {
      await t.app.relay.poke();
      const start = t.app.relay.position;
      await a.query('begin');
      const seqA = (await a.query(insert, ['OutOfOrderA'])).rows[0].seq; // lower seq, commits last
      await b.query('begin');
      const seqB = (await b.query(insert, ['OutOfOrderB'])).rows[0].seq;
      expect(Number(seqA)).toBeLessThan(Number(seqB));
      await b.query('commit');
      await stampPositions(t.app.sql.pool);
      const firstRead = await readEventsAfter(t.app.sql, start, 100);
      expect(firstRead.map((e) => e.type)).toEqual(['OutOfOrderB']);
      const resumeAt = firstRead[0]!.position; // a reader saw B and remembers its position
      await a.query('commit');
      await stampPositions(t.app.sql.pool);
      const resumed = await readEventsAfter(t.app.sql, resumeAt, 100);
      expect(resumed.map((e) => e.type)).toEqual(['OutOfOrderA']);
      expect(resumed[0]!.position).toBeGreaterThan(resumeAt);
    } finally {
      await a.end();
      await b.end();
    }
  });

  it('stamps each event exactly once when several stampers race', async () => {
    for (let i = 0; i < 20; i++)
      await t.app.sql.query(`insert into registry_event (id, type, occurred_at, entity_type, entity_id, payload) values (gen_random_uuid(), 'Race', now(), 'Test', $1, '{}')`, [String(i)]);
    await Promise.all(Array.from({ length: 5 }, () => stampPositions(t.app.sql.pool)));
    const rows = await t.app.sql.query<{ position: number; seq: number }>(`select position, seq from registry_event where type = 'Race' order by seq`);
    expect(rows).toHaveLength(20);
    const positions = rows.map((r) => Number(r.position));
    expect(new Set(positions).size).toBe(20);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions); // positions follow seq within a stamp
  });
});
