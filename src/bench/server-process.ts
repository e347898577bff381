/**
 * The parent's handle on the server child (src/bench/server.ts): fork, wait for its URL,
 * ask it for SQL counters over IPC, and sample its RSS from /proc.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlCounters } from './server.js';

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** The database it serves (for finding its PostgreSQL backends). */
  database: string;
  jwtSecret: string;
  child: ChildProcess;
  /** Zeroes the SQL counters; `capture` also records each statement's text and parameters. */
  sqlReset(capture?: boolean): Promise<void>;
  sqlRead(): Promise<SqlCounters>;
  /** The server's own view of its memory (heap, external buffers). */
  memory(): Promise<NodeJS.MemoryUsage>;
  /** Writes V8's sampling heap profile of live objects (only with BENCH_HEAP_PROFILE set). */
  heapProfile(file: string): Promise<{ written: boolean }>;
  /** Current and peak (VmHWM) RSS in bytes. */
  rss(): { rss: number; hwm: number };
  /** Samples RSS every `everyMs` until the returned function is called; it returns the peak. */
  sampleRss(everyMs?: number): () => number;
  stop(): Promise<void>;
}

/** Reads VmRSS and VmHWM of a process (Linux). */
export function procRss(pid: number): { rss: number; hwm: number } {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: NaN, hwm: NaN };
  }
}

/** Starts the registry in a child process against `databaseUrl`. */
export async function startServerProcess(databaseUrl: string): Promise<ServerProcess> {
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server.js');
  const child = fork(entry, [], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=.data/bench/prof" to profile the server
    execArgv: (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
  });
  let seq = 0;
  const pending = new Map<number, (m: Record<string, unknown>) => void>();
  const ready = new Promise<{ url: string; port: number; jwtSecret: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with code ${code}`)));
    child.on('message', (m: Record<string, unknown>) => {
      if (m.ready) resolve(m as never);
      else if (typeof m.id === 'number') {
        pending.get(m.id)?.(m);
        pending.delete(m.id);
      }
    });
  });
  const info = await ready;
  const ask = <T>(msg: Record<string, unknown>) =>
    new Promise<T>((resolve) => {
      const id = ++seq;
      pending.set(id, resolve as never);
      child.send({ ...msg, id });
    });
  const pid = child.pid!;
  return {
    ...info,
    pid,
    database: new URL(databaseUrl).pathname.slice(1),
    child,
    sqlReset: (capture = false) => ask<void>({ cmd: 'sql-reset', capture }),
    sqlRead: () => ask<SqlCounters>({ cmd: 'sql-read' }),
    memory: () => ask<NodeJS.MemoryUsage>({ cmd: 'mem' }),
    heapProfile: (file) => ask<{ written: boolean }>({ cmd: 'heap-profile', file }),
    rss: () => procRss(pid),
    sampleRss(everyMs = 100) {
      let peak = procRss(pid).rss;
      const timer = setInterval(() => (peak = Math.max(peak, procRss(pid).rss)), everyMs);
      return () => {
        clearInterval(timer);
        return Math.max(peak, procRss(pid).rss);
      };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
