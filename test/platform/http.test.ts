import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { startTestApp, type TestApp } from '../support/harness.js';
import { DeepRegionsDocument, RegionsDocument } from '../generated/graphql.js';

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startTestApp({ config: { maxQueryCost: 5000, maxQueryDepth: 6 } });
  base = t.url.replace(/\/graphql$/, '');
});
afterAll(() => t?.stop());

describe('HTTP endpoints', () => {
  it('/healthz answers alive and /readyz answers ready once migrations are applied', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', migrations: 'applied' });
  });

  it('serves GraphQL queries over GET as well as POST', async () => {
    const q = encodeURIComponent('{ regions(level: DISTRICT, first: 2) { totalCount } }');
    const res = await fetch(`${t.url}?query=${q}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { regions: { totalCount: number } } };
    expect(body.data.regions.totalCount).toBeGreaterThan(2);
  });

  it('refuses mutations over GET', async () => {
    const q = encodeURIComponent('mutation { apiKeyRevoke(input: { id: "x" }) { userErrors { code } } }');
    const res = await fetch(`${t.url}?query=${q}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it('returns a generated x-request-id when none is sent', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
  });

  it('serves a self-hosted GraphiQL to a browser, with no outside references', async () => {
    const res = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/graphiql/i);
    expect(html.match(/(src|href)="https?:\/\/[^"]+/g) ?? []).toEqual([]);
  });

  it('/metrics exposes request counts and durations by operation, errors by code and open subscriptions', async () => {
    await t.gql(RegionsDocument, { first: 1 });
    await t.gql(RegionsDocument, { first: 500 });
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/graphql_requests_total\{[^}]*operation_name="Regions"[^}]*\} \d+/);
    expect(text).toMatch(/graphql_request_duration_seconds_bucket\{[^}]*operation_name="Regions"/);
    expect(text).toMatch(/graphql_errors_total\{code="BAD_USER_INPUT"\} \d+/);
    expect(text).toMatch(/graphql_open_subscriptions \d+/);
    expect(text).toMatch(/registry_event_lag_seconds/);
  });
});

describe('query limits', () => {
  it('reports the cost of an operation in extensions', async () => {
    const r = await t.gql(RegionsDocument, { first: 10 });
    expect(r.extensions?.cost).toBeGreaterThan(10);
  });

  it('refuses a query over the cost limit with QUERY_TOO_COMPLEX and the numbers, before running it', async () => {
    const r = await t.gql(DeepRegionsDocument, {});
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 5000 });
    expect(r.errors?.[0]?.extensions?.cost).toBeGreaterThan(5000);
    expect(r.errors?.[0]?.message).toMatch(/查询代价过高.*the query costs/);
  });

  it('refuses a query nested deeper than the limit', async () => {
    const deep = '{ region(code: "310114") { children { children { parent { parent { parent { parent { code } } } } } } } }';
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: deep }) });
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxDepth: 6 });
  });

  it('answers a malformed query with BAD_USER_INPUT', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regions(' }) });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('never leaks a stack trace outside development', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: print(RegionsDocument), variables: { first: 1000 } }) });
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.stacktrace).toBeUndefined();
  });
});

describe('malformed requests', () => {
  it('answers a body that is not JSON with 400 and BAD_USER_INPUT, not a stack trace', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: "'{query:{ x }}'" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]!.message).toMatch(/JSON/);
  });
});
