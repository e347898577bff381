import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, chooseRequestId, requestId } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('chooseRequestId', () => {
  it('keeps a safe incoming id', () => {
    expect(chooseRequestId('abc-123_X.y')).toBe('abc-123_X.y');
    expect(chooseRequestId('a'.repeat(64))).toBe('a'.repeat(64));
  });

  it('replaces a missing, long, repeated or unsafe id with a fresh UUID', () => {
    for (const bad of [undefined, '', 'a'.repeat(65), ['a', 'b'], 'a b', 'x\ny', '"><script>', 'id/with/slash']) {
      expect(chooseRequestId(bad)).toMatch(UUID);
    }
  });
});

describe('requestId and accessLog', () => {
  const lines: Record<string, unknown>[] = [];
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    });
    const app = express();
    app.use(requestId());
    app.use(accessLog(pino({ level: 'info' }, sink)));
    app.get('/echo', (_req, res) => void res.json({ id: res.locals.requestId }));
    app.get('/missing', (_req, res) => void res.status(404).end());
    app.get('/slow', (_req, res) => void setTimeout(() => res.end(), 500));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const logged = async (requestId: string) => {
    for (let i = 0; i < 50 && !lines.some((l) => l.requestId === requestId); i++) await new Promise((r) => setTimeout(r, 10));
    return lines.filter((l) => l.requestId === requestId);
  };

  it('echoes a safe x-request-id in res.locals and the response header', async () => {
    const res = await fetch(`${base}/echo`, { headers: { 'x-request-id': 'trace-42' } });
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    expect(await res.json()).toEqual({ id: 'trace-42' });
  });

  it('generates an id when the incoming one is unsafe', async () => {
    const res = await fetch(`${base}/echo`, { headers: { 'x-request-id': 'not safe!' } });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    expect(await res.json()).toEqual({ id });
  });

  it('logs one info line per request with method, path without query, status, duration and id', async () => {
    const res = await fetch(`${base}/missing?token=secret-token`, { headers: { 'x-request-id': 'log-me' } });
    expect(res.status).toBe(404);
    const entries = await logged('log-me');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ level: 30, msg: 'request', method: 'GET', path: '/missing', status: 404, requestId: 'log-me' });
    expect(entries[0]!.durationMs).toEqual(expect.any(Number));
    expect(entries[0]).not.toHaveProperty('aborted');
    expect(JSON.stringify(entries[0])).not.toContain('secret-token');
  });

  it('logs a request the client abandoned once, marked aborted', async () => {
    const req = http.get(`${base}/slow`, { headers: { 'x-request-id': 'gone' } });
    req.on('error', () => {});
    setTimeout(() => req.destroy(), 50);
    const entries = await logged('gone');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ path: '/slow', aborted: true });
    await new Promise((r) => setTimeout(r, 600)); // the late res.end() adds no second line
    expect(await logged('gone')).toHaveLength(1);
  });
});
