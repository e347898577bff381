/**
 * The registry under test, in a process of its own so its RSS is its own: boots the app
 * with bootApp against DATABASE_URL (port 0, silent), reports its URL over IPC, and counts
 * the SQL statements every `pg` client sends (for "SQL per request"), on request.
 *
 * Forked by src/bench/server-process.ts; not a product entry point.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { bootApp } from '../app.js';
import { createLogger } from '../platform/logger.js';

/** One statement as sent: text, parameters and how long it took (when known). */
interface Sent {
  text: string;
  values?: unknown[];
  ms?: number;
}

let count = 0;
let totalMs = 0;
let captured: Sent[] | undefined;
const shapes = new Map<string, { n: number; ms: number }>();

/** The relay's own statements (stamping, delivering): background work, not any request's. */
const BACKGROUND = /registry_event|pg_advisory|pg_notify|^\s*(begin|commit|rollback|listen)\b/i;

/** A statement's shape for the counters; background ones are marked "[relay]". */
const shapeOf = (text: string) => (BACKGROUND.test(text) ? '[relay] ' : '') + text.replace(/\s+/g, ' ').trim().slice(0, 90);

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;
const proto = pg.Client.prototype as unknown as { query: QueryFn };
const original = proto.query;
proto.query = function (this: pg.Client, ...args: unknown[]) {
  const config = args[0] as string | { text?: string; values?: unknown[]; callback?: unknown } | undefined;
  const text = typeof config === 'string' ? config : config?.text;
  if (typeof text !== 'string') return original.apply(this, args);
  const values = Array.isArray(args[1]) ? (args[1] as unknown[]) : typeof config === 'object' ? config?.values : undefined;
  const sent: Sent = { text, values };
  count++;
  captured?.push(sent);
  const shape = shapeOf(text);
  const s = shapes.get(shape) ?? { n: 0, ms: 0 };
  s.n++;
  shapes.set(shape, s);
  const t0 = performance.now();
  const done = () => {
    sent.ms = performance.now() - t0;
    s.ms += sent.ms;
    totalMs += sent.ms;
  };
  const cbAt = args.findIndex((a) => typeof a === 'function');
  if (cbAt >= 0) {
    const cb = args[cbAt] as (...a: unknown[]) => void;
    args[cbAt] = (...a: unknown[]) => {
      done();
      cb(...a);
    };
    return original.apply(this, args);
  }
  const result = original.apply(this, args) as { then?: (a: () => void, b: () => void) => unknown } | undefined;
  if (result && typeof result.then === 'function') result.then(done, done);
  return result;
};

export type ServerRequest =
  | { id: number; cmd: 'sql-reset'; capture?: boolean }
  | { id: number; cmd: 'sql-read' }
  | { id: number; cmd: 'mem' }
  | { id: number; cmd: 'heap-profile'; file: string };

/** With BENCH_HEAP_PROFILE set, V8's sampling heap profiler runs from boot (live objects only). */
const heapSession = process.env.BENCH_HEAP_PROFILE ? new Session() : undefined;
if (heapSession) {
  heapSession.connect();
  await heapSession.post('HeapProfiler.startSampling', { samplingInterval: 32_768 });
}

export interface SqlCounters {
  count: number;
  totalMs: number;
  shapes: [string, number, number][];
  captured?: Sent[];
}

async function main(): Promise<void> {
  const app = await bootApp({
    config: { databaseUrl: process.env.DATABASE_URL, logLevel: 'silent', seedDemo: false, sweepIntervalMs: 0 },
    log: createLogger('silent'),
    port: 0,
  });
  process.on('message', (m: ServerRequest) => {
    if (m.cmd === 'sql-reset') {
      count = 0;
      totalMs = 0;
      shapes.clear();
      captured = m.capture ? [] : undefined;
      process.send!({ id: m.id, ok: true });
    } else if (m.cmd === 'heap-profile') {
      void (async () => {
        if (heapSession) {
          const { profile } = await heapSession.post('HeapProfiler.getSamplingProfile');
          fs.writeFileSync(m.file, JSON.stringify(profile));
        }
        process.send!({ id: m.id, written: !!heapSession });
      })();
    } else if (m.cmd === 'mem') {
      process.send!({ id: m.id, ...process.memoryUsage() });
    } else if (m.cmd === 'sql-read') {
      const out: SqlCounters = { count, totalMs, shapes: [...shapes].map(([k, v]) => [k, v.n, v.ms]), captured };
      captured = undefined;
      process.send!({ id: m.id, ...out });
    }
  });
  const stop = () => {
    app.stop().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
  process.send!({ ready: true, url: app.url, port: app.port, jwtSecret: app.config.jwtSecret });
}

main().catch((err) => {
  console.error('bench server failed to start:', err);
  process.exit(1);
});
