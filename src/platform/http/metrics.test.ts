import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createMetrics, MAX_OPERATION_NAMES, metricsPlugin } from './metrics.js';

const typeDefs = `#graphql
  type Query { hello: String  region(code: String!): String }
  type Mutation { touch: Boolean }
`;
const resolvers = {
  Query: {
    hello: () => 'world',
    region: (_: unknown, { code }: { code: string }) => {
      if (!/^\d{6}$/.test(code)) throw new GraphQLError('bad code', { extensions: { code: 'BAD_USER_INPUT' } });
      return code;
    },
  },
  Mutation: {
    touch: () => {
      throw new Error('boom');
    },
  },
};

async function setup() {
  const metrics = createMetrics();
  const server = new ApolloServer({ typeDefs, resolvers, plugins: [metricsPlugin(metrics)] });
  await server.start();
  return { metrics, server, text: () => metrics.registry.metrics() };
}

describe('metricsPlugin', () => {
  it('counts and times operations by name and type', async () => {
    const { server, text } = await setup();
    await server.executeOperation({ query: 'query Hello { hello }' });
    await server.executeOperation({ query: 'query Hello { hello }' });
    await server.executeOperation({ query: '{ hello }' });
    await server.executeOperation({ query: 'mutation Touch { touch }' });
    const out = await text();
    expect(out).toContain('graphql_requests_total{operation_name="Hello",operation_type="query"} 2');
    expect(out).toContain('graphql_requests_total{operation_name="anonymous",operation_type="query"} 1');
    expect(out).toContain('graphql_requests_total{operation_name="Touch",operation_type="mutation"} 1');
    expect(out).toMatch(/graphql_request_duration_seconds_count\{operation_name="Hello",operation_type="query"\} 2/);
    expect(out).toMatch(/graphql_request_duration_seconds_bucket\{le="\+Inf",operation_name="Hello",operation_type="query"\} 2/);
    await server.stop();
  });

  it('counts errors by extensions.code, unknown errors as INTERNAL_SERVER_ERROR', async () => {
    const { server, text } = await setup();
    await server.executeOperation({ query: 'query R { region(code: "x") }' });
    await server.executeOperation({ query: 'mutation Touch { touch }' });
    const out = await text();
    expect(out).toContain('graphql_errors_total{code="BAD_USER_INPUT"} 1');
    expect(out).toContain('graphql_errors_total{code="INTERNAL_SERVER_ERROR"} 1');
    await server.stop();
  });

  it('counts parse and validation failures as BAD_USER_INPUT, like the response, under an unknown operation', async () => {
    const { server, text } = await setup();
    await server.executeOperation({ query: '{ hello(' });
    await server.executeOperation({ query: 'query Nope { missing }' });
    const out = await text();
    expect(out).toContain('graphql_errors_total{code="BAD_USER_INPUT"} 2');
    expect(out).toContain('graphql_requests_total{operation_name="anonymous",operation_type="unknown"} 2');
    expect(out).not.toContain('Nope');
    await server.stop();
  });

  it('keeps label cardinality bounded', async () => {
    const { server, text, metrics } = await setup();
    await server.executeOperation({ query: `query ${'L'.repeat(65)} { hello }` });
    for (let i = 0; i < MAX_OPERATION_NAMES; i++) metrics.operationLabel(`Op${i}`);
    await server.executeOperation({ query: 'query OneTooMany { hello }' });
    await server.executeOperation({ query: 'query Op7 { hello }' });
    const out = await text();
    expect(out).toContain('graphql_requests_total{operation_name="other",operation_type="query"} 2');
    expect(out).toContain('graphql_requests_total{operation_name="Op7",operation_type="query"} 1');
    expect(out).not.toContain('OneTooMany');
    await server.stop();
  });
});

describe('createMetrics', () => {
  it('keeps its own registry, with prefixed process metrics and the subscription and event gauges', async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.openSubscriptions.inc();
    a.eventLag.observe(0.2);
    const out = await a.registry.metrics();
    expect(out).toMatch(/^civic_process_cpu_seconds_total /m);
    expect(out).toMatch(/^graphql_open_subscriptions 1$/m);
    expect(out).toMatch(/^registry_event_lag_seconds_count 1$/m);
    expect(await b.registry.metrics()).toMatch(/^graphql_open_subscriptions 0$/m);
  });

  it('serves the exposition over HTTP and counts HTTP requests by bounded route', async () => {
    const metrics = createMetrics();
    const app = express();
    app.use(metrics.httpMiddleware());
    app.get('/metrics', metrics.handler());
    app.get('/healthz', (_req, res) => void res.json({ ok: true }));
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await fetch(`${base}/healthz?token=secret`);
      await fetch(`${base}/random/${Math.random()}`);
      await fetch(`${base}/metrics`);
      const res = await fetch(`${base}/metrics`);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const out = await res.text();
      expect(out).toContain('http_requests_total{method="GET",route="/healthz",status="200"} 1');
      expect(out).toContain('http_requests_total{method="GET",route="other",status="404"} 1');
      expect(out).toContain('http_requests_total{method="GET",route="/metrics",status="200"} 1');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
