import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphiqlRouter } from './graphiql.js';

let server: http.Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(graphiqlRouter({ endpoint: '/graphql' }));
  // Stands in for the GraphQL handler: whatever GraphiQL does not take lands here.
  app.use('/graphql', (_req, res) => void res.json({ data: { fallthrough: true } }));
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

async function page(): Promise<string> {
  const res = await fetch(`${base}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  return res.text();
}

function references(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
}

describe('GraphiQL page', () => {
  it('is served to a browser asking for HTML', async () => {
    const html = await page();
    expect(html).toContain('<title>civic-registry GraphiQL</title>');
    expect(html).toContain('regions(level: DISTRICT)');
  });

  it('references only local /graphiql-assets/ URLs (and a data: favicon)', async () => {
    const refs = references(await page());
    expect(refs.filter((r) => !r.startsWith('data:'))).toHaveLength(5);
    for (const ref of refs) expect(ref).toMatch(/^(\/graphiql-assets\/[^"]+|data:.*)$/);
    expect(await page()).not.toMatch(/(?:src|href)="https?:\/\//);
  });

  it('serves every referenced asset with its content type and a long cache lifetime', async () => {
    for (const ref of references(await page()).filter((r) => r.startsWith('/graphiql-assets/'))) {
      const res = await fetch(`${base}${ref}`);
      expect(res.status, ref).toBe(200);
      expect(res.headers.get('content-type'), ref).toMatch(ref.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect(res.headers.get('cache-control'), ref).toContain('immutable');
      expect((await res.arrayBuffer()).byteLength, ref).toBeGreaterThan(100);
    }
  });

  it('gzips assets for clients that accept it', async () => {
    const ref = references(await page()).find((r) => r.endsWith('/graphiql.min.js'))!;
    const res = await new Promise<http.IncomingMessage>((resolve) => http.get(`${base}${ref}`, { headers: { 'accept-encoding': 'gzip' } }, resolve));
    const chunks: Buffer[] = [];
    for await (const c of res) chunks.push(c as Buffer);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(Buffer.concat(chunks)).toString('utf8')).toContain('window.GraphiQL');
  });

  it('sends a Content-Security-Policy that allows no outside origin', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('leaves API clients and GET queries to the GraphQL handler', async () => {
    for (const [url, accept] of [
      ['/graphql', 'application/json'],
      ['/graphql', '*/*'],
      ['/graphql?query=%7B__typename%7D', BROWSER_ACCEPT],
    ] as const) {
      const res = await fetch(`${base}${url}`, { headers: { accept } });
      expect(await res.json(), `${url} ${accept}`).toEqual({ data: { fallthrough: true } });
    }
  });

  it('answers 404 for an unknown asset', async () => {
    expect((await fetch(`${base}/graphiql-assets/graphiql@0.0.0/graphiql.min.js`)).status).toBe(404);
  });
});
