/**
 * The server as a process, as `npm start` runs it (from the build `npm test` makes first):
 * orderly shutdown on SIGTERM, and recovery from a previous run killed hard.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import pg from 'pg';
import { createClient } from 'graphql-ws';
import { freshDatabase } from '../support/harness.js';
import { startEmbedded } from '../../src/platform/db/embedded.js';
import { createLogger } from '../../src/platform/logger.js';

const START = path.resolve('dist/src/cli/start.js');
const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

function run(env: Record<string, string>): { child: ChildProcess; output: () => string; ready: Promise<number> } {
  const child = spawn(process.execPath, [START], { env: { ...process.env, LOG_LEVEL: 'info', NODE_ENV: 'development', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  const ready = new Promise<number>((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /GraphQL \+ GraphiQL:\s+http:\/\/localhost:(\d+)\/graphql/.exec(out);
      if (m) resolve(Number(m[1]));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => reject(new Error(`exited ${code} before ready:\n${out}`)));
  });
  return { child, output: () => out, ready };
}

describe('the server process', () => {
  it('prints the URL and a token per role, then on SIGTERM closes subscriptions with 1001 and exits 0', async () => {
    const db = await freshDatabase();
    try {
      const proc = run({ DATABASE_URL: db.url, PORT: '0' });
      const port = await proc.ready;
      expect(proc.output()).toMatch(/AUTHORITY 嘉定区民政局 \(310114\)\n\s+eyJ/);
      const res = await fetch(`http://localhost:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regions(level: DISTRICT) { totalCount } }' }) });
      expect(((await res.json()) as { data: { regions: { totalCount: number } } }).data.regions.totalCount).toBeGreaterThan(3);

      const token = /AUTHORITY 嘉定区民政局 \(310114\)\n\s+(\S+)/.exec(proc.output())![1]!;
      let closeCode = 0;
      const ws = createClient({ url: `ws://localhost:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined, on: { closed: (e) => (closeCode = (e as { code: number }).code) } });
      await new Promise<void>((resolve) => ws.subscribe({ query: 'subscription { registryEvents { id } }' }, { next: () => undefined, error: () => resolve(), complete: () => resolve() }) && setTimeout(resolve, 500));
      const exited = new Promise<number | null>((r) => proc.child.on('exit', (code) => r(code)));
      proc.child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(closeCode).toBe(1001);
      expect(proc.output()).toMatch(/"msg":"stopped"/);
      await ws.dispose();
    } finally {
      await db.drop();
    }
  });

  it('delivers an event committed on instance A to a subscriber connected to instance B (two processes, one database)', async () => {
    const db = await freshDatabase();
    try {
      const a = run({ DATABASE_URL: db.url, PORT: '0' });
      const b = run({ DATABASE_URL: db.url, PORT: '0', SEED_DEMO: 'false' });
      const [portA, portB] = await Promise.all([a.ready, b.ready]);
      const token = /AUTHORITY 嘉定区民政局 \(310114\)\n\s+(\S+)/.exec(a.output())![1]!;
      const received: unknown[] = [];
      const wsB = createClient({ url: `ws://localhost:${portB}/graphql`, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false });
      const got = new Promise<void>((resolve, reject) => {
        wsB.subscribe({ query: 'subscription { registryEvents(filter: { types: ["ApiKeyCreated"] }) { type data } }' }, { next: (m) => (received.push(m.data), resolve()), error: reject, complete: () => undefined });
        setTimeout(() => reject(new Error('no event on instance B within 10 s')), 10_000);
      });
      await new Promise((r) => setTimeout(r, 500));
      const res = await fetch(`http://localhost:${portA}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation { apiKeyCreate(input: { name: "跨实例", regionCode: "310114" }) { userErrors { code } } }' }),
      });
      expect(res.status).toBe(200);
      const t0 = Date.now();
      await got;
      console.log('cross-instance delivery ms', Date.now() - t0);
      expect(received[0]).toMatchObject({ registryEvents: { type: 'ApiKeyCreated', data: { name: '跨实例' } } });
      await wsB.dispose();
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      const codes = await Promise.all([a, b].map((p) => new Promise((r) => (p.child.exitCode !== null ? r(p.child.exitCode) : p.child.on('exit', r)))));
      expect(codes).toEqual([0, 0]);
    } finally {
      await db.drop();
    }
  });

  it('starts the embedded database after a previous run was killed hard, stopping the orphaned postmaster', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'civic-stale-')), 'pg');
    // a child process starts the embedded database, then dies without cleaning up
    const script = `
      import { startEmbedded } from ${JSON.stringify(path.resolve('dist/src/platform/db/embedded.js'))};
      import { createLogger } from ${JSON.stringify(path.resolve('dist/src/platform/logger.js'))};
      await startEmbedded(${JSON.stringify(dir)}, createLogger('silent'));
      console.log('UP');
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (b: Buffer) => b.toString().includes('UP') && resolve());
      child.on('exit', (c) => reject(new Error(`child exited ${c}`)));
    });
    const orphan = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(() => process.kill(orphan, 0)).not.toThrow(); // the postmaster outlived its parent

    const lines: string[] = [];
    const log = createLogger('error');
    const spy = log.child({});
    spy.warn = ((obj: unknown, msg?: string) => void lines.push(`${JSON.stringify(obj)} ${msg}`)) as typeof spy.warn;
    const db = await startEmbedded(dir, spy);
    try {
      expect(lines.join('\n')).toMatch(/previous run left its embedded PostgreSQL running/);
      expect(() => process.kill(orphan, 0)).toThrow();
      const client = new pg.Client({ connectionString: db.adminUrl });
      await client.connect();
      expect((await client.query('select 1 as ok')).rows[0].ok).toBe(1);
      await client.end();
    } finally {
      await db.stop();
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  }, 120_000);
});
