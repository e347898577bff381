/**
 * PERFORMANCE.md "one event to many subscribers": N graphql-ws sockets (spread over worker
 * processes), 90 % subscribed with a filter the event matches, all AUTHORITY of 310114; then
 * one committed event (an apiKeyCreate) and its per-subscriber latency from the mutation's
 * send to receipt, the server's RSS, and whether a simple query stalls meanwhile.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mintToken } from '../platform/auth/jwt.js';
import { Role } from '../platform/auth/viewer.js';
import { gql, gqlOk } from './graphql.js';
import type { ServerProcess } from './server-process.js';
import { isMatching, type WorkerCommand } from './ws-worker.js';
import { int, mb, ms, sleep, summarize, wallNow, type Summary } from './stats.js';

const REGION = '310114';
const PROBE = `{ region(code: "${REGION}") { name } }`;
const CREATE_KEY = `mutation Create($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id } userErrors { code message } } }`;

export interface RoundReport {
  latency: Summary;
  delivered: number;
  expected: number;
  mutationMs: number;
  lastReceiptMs: number;
}

export interface FanoutReport {
  subscribers: number;
  connectSeconds: number;
  failedSockets: number;
  rssBefore: number;
  rssConnected: number;
  peakRss: number;
  rounds: RoundReport[];
  /** Pooled over rounds. */
  latency: Summary;
  delivered: number;
  expected: number;
  leaked: number;
  duplicates: number;
  probeIdle: Summary;
  probe: Summary;
  /** A bare ws server's fan-out of one message to as many sockets (the machine's floor). */
  floor: Summary;
  /** Subscriptions the server still held 5 s after every socket had closed. */
  lingering: number;
}

interface Worker {
  child: ChildProcess;
  ask<T>(cmd: WorkerCommand, reply: string): Promise<T>;
}

function startWorker(): Worker {
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ws-worker.js');
  const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  const waiting = new Map<string, (m: unknown) => void>();
  child.on('message', (m: { type: string }) => {
    waiting.get(m.type)?.(m);
    waiting.delete(m.type);
  });
  return {
    child,
    ask: <T>(cmd: WorkerCommand, reply: string) =>
      new Promise<T>((resolve) => {
        waiting.set(reply, resolve as never);
        child.send(cmd);
      }),
  };
}

/** Opens `n` sockets to `wsUrl`, spread over the workers. */
async function openSockets(workers: Worker[], wsUrl: string, secret: string, n: number): Promise<{ failed: number; firstError?: string }> {
  const per = Math.ceil(n / workers.length);
  const opened = await Promise.all(
    workers.map((w, i) =>
      w.ask<{ ok: number; failed: number; firstError?: string }>(
        {
          cmd: 'open', url: wsUrl, secret, from: i * per, count: Math.max(0, Math.min(per, n - i * per)), regionCode: REGION,
          matchType: 'ApiKeyCreated', otherType: 'OrganisationAmended', concurrency: 25,
        },
        'opened',
      ),
    ),
  );
  return { failed: opened.reduce((s, o) => s + o.failed, 0), firstError: opened.find((o) => o.firstError)?.firstError };
}

async function stopWorkers(workers: Worker[]): Promise<void> {
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.child.exitCode !== null) return resolve();
          w.child.once('exit', () => resolve());
          w.child.send({ cmd: 'close' });
          setTimeout(() => (w.child.kill('SIGKILL'), resolve()), 10_000).unref();
        }),
    ),
  );
}

/** Waits until every matching socket saw the event (or 30 s), then collects receipt times. */
async function collectRound(workers: Worker[], expected: number): Promise<{ allIn: number; times: number[]; leaked: number; duplicates: number }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const counts = await Promise.all(workers.map((w) => w.ask<{ received: number }>({ cmd: 'count' }, 'count')));
    if (counts.reduce((s, c) => s + c.received, 0) >= expected || Date.now() > deadline) break;
    await sleep(50);
  }
  const allIn = wallNow();
  await sleep(500); // late or leaked deliveries
  const collected = await Promise.all(
    workers.map((w) => w.ask<{ times: number[]; leaked: number; duplicates: number; missing: number }>({ cmd: 'collect' }, 'collected')),
  );
  return {
    allIn,
    times: collected.flatMap((c) => c.times),
    leaked: collected.reduce((s, c) => s + c.leaked, 0),
    duplicates: collected.reduce((s, c) => s + c.duplicates, 0),
  };
}

/**
 * The machine's floor for the same fan-out: a bare ws server sending one pre-serialised message
 * to each of the same number of sockets (src/bench/ws-floor.ts).
 */
async function measureFloor(n: number, workerCount: number, rounds: number, expected: number): Promise<Summary> {
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ws-floor.js');
  const floor = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  const next = <T>(type: string) => new Promise<T>((resolve) => {
    const on = (m: { type: string }) => {
      if (m.type === type) {
        floor.off('message', on);
        resolve(m as T);
      }
    };
    floor.on('message', on);
  });
  const workers = Array.from({ length: workerCount }, startWorker);
  try {
    const { port } = await next<{ port: number }>('ready');
    await openSockets(workers, `ws://127.0.0.1:${port}/graphql`, 'floor-needs-no-secret', n);
    for (const until = Date.now() + 60_000; Date.now() < until; await sleep(200)) {
      floor.send({ cmd: 'count' });
      if ((await next<{ subscribed: number }>('count')).subscribed >= expected) break;
    }
    const all: number[] = [];
    for (let r = 0; r < rounds; r++) {
      await Promise.all(workers.map((w) => w.ask({ cmd: 'arm' }, 'armed')));
      await sleep(300);
      const sent = wallNow();
      floor.send({ cmd: 'fire' });
      const round = await collectRound(workers, expected);
      all.push(...round.times.map((t) => t - sent));
      await sleep(500);
    }
    return summarize(all);
  } finally {
    await stopWorkers(workers);
    floor.kill('SIGTERM');
  }
}

async function openSubscriptions(metricsUrl: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  return Number(/^graphql_open_subscriptions(?:\{[^}]*\})?\s+([\d.e+]+)/m.exec(text)?.[1] ?? 0);
}

/** Sequential simple queries until stopped: [send time, latency]. */
function probeLoop(url: string): { stop: () => Promise<[number, number][]> } {
  const out: [number, number][] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const s = wallNow();
      await gql(url, PROBE);
      out.push([s, wallNow() - s]);
      await sleep(5);
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return out;
    },
  };
}

export async function runFanout(server: ServerProcess, opts: { subscribers: number; workers: number; rounds: number }, say: (s: string) => void): Promise<FanoutReport> {
  const n = opts.subscribers;
  const wsUrl = server.url.replace(/^http/, 'ws');
  const metricsUrl = server.url.replace(/\/graphql$/, '/metrics');
  const expected = Array.from({ length: n }, (_, k) => k).filter(isMatching).length;
  const rssBefore = server.rss().rss;
  const workerCount = Math.max(1, Math.min(opts.workers, Math.ceil(n / 500)));
  const workers = Array.from({ length: workerCount }, startWorker);
  try {
    const t0 = performance.now();
    const before = await openSubscriptions(metricsUrl);
    if (before) say(`  ${int(before)} subscriptions were already open before this run`);
    const opened = await openSockets(workers, wsUrl, server.jwtSecret, n);
    const failedSockets = opened.failed;
    if (failedSockets) say(`  ${failedSockets} sockets failed to open (first: ${opened.firstError})`);
    const until = Date.now() + 120_000;
    let live = 0;
    while ((live = (await openSubscriptions(metricsUrl)) - before) < n - failedSockets && Date.now() < until) await sleep(250);
    await sleep(1000);
    const connectSeconds = (performance.now() - t0) / 1000;
    const rssConnected = server.rss().rss;
    const mem = await server.memory();
    if (process.env.BENCH_HEAP_PROFILE) {
      const file = path.resolve(`.data/bench/heap-${n}.heapprofile`);
      if ((await server.heapProfile(file)).written) say(`  sampling heap profile of the server with ${int(n)} subscribers: ${file}`);
    }
    say(`  ${live.toLocaleString('en')} subscriptions live after ${connectSeconds.toFixed(1)} s over ${workerCount} client processes (${expected.toLocaleString('en')} match the event)`);
    say(
      `  server RSS ${mb(rssBefore)} → ${mb(rssConnected)} (${((rssConnected - rssBefore) / Math.max(1, live) / 1024).toFixed(1)} KB per subscriber; ` +
        `JS heap ${mb(mem.heapUsed)} used of ${mb(mem.heapTotal)}, external ${mb(mem.external)})`,
    );

    const token = await mintToken(server.jwtSecret, { role: Role.AUTHORITY, sub: 'bench-writer', regionCode: REGION }, '1h');
    const idle: number[] = [];
    for (let i = 0; i < 30; i++) {
      const s = wallNow();
      await gqlOk(server.url, PROBE);
      idle.push(wallNow() - s);
    }
    const probeIdle = summarize(idle);

    const rounds: RoundReport[] = [];
    const pooled: number[] = [];
    const probes: number[] = [];
    let peakRss = rssConnected;
    let leaked = 0;
    let duplicates = 0;
    for (let r = 1; r <= opts.rounds; r++) {
      await Promise.all(workers.map((w) => w.ask({ cmd: 'arm' }, 'armed')));
      await sleep(300);
      const stopRss = server.sampleRss(50);
      const probe = probeLoop(server.url);
      await sleep(50);
      const sent = wallNow();
      const res = await gqlOk<{ apiKeyCreate: { userErrors: { message: string }[] } }>(server.url, CREATE_KEY, { input: { name: `压测密钥 ${r}`, regionCode: REGION } }, token);
      const mutationMs = wallNow() - sent;
      if (res.apiKeyCreate.userErrors.length) throw new Error(`apiKeyCreate: ${res.apiKeyCreate.userErrors[0]!.message}`);
      const collected = await collectRound(workers, expected);
      const allIn = collected.allIn;
      const probed = await probe.stop();
      peakRss = Math.max(peakRss, stopRss());
      const latencies = collected.times.map((t) => t - sent);
      leaked += collected.leaked;
      duplicates += collected.duplicates;
      pooled.push(...latencies);
      const inWindow = probed.filter(([s, took]) => s + took >= sent && s <= allIn).map(([, took]) => took);
      probes.push(...inWindow);
      const round: RoundReport = { latency: summarize(latencies), delivered: latencies.length, expected, mutationMs, lastReceiptMs: allIn - sent };
      rounds.push(round);
      say(
        `  event ${r}: delivered ${round.delivered.toLocaleString('en')}/${expected.toLocaleString('en')}; latency p50 ${ms(round.latency.p50)}, p99 ${ms(round.latency.p99)}, ` +
          `max ${ms(round.latency.max)} (mutation round trip ${ms(mutationMs)}); ${inWindow.length} probe queries meanwhile, slowest ${ms(inWindow.length ? Math.max(...inWindow) : NaN)}`,
      );
      await sleep(1000);
    }
    await stopWorkers(workers);
    // Every socket is closed now: the server must let go of every subscription.
    let left = Infinity;
    for (const until = Date.now() + 5000; Date.now() < until && left > before; await sleep(250)) left = await openSubscriptions(metricsUrl);
    say(`  subscriptions still open 5 s after all ${int(n)} sockets closed: ${int(Math.max(0, left - before))}`);
    const floor = await measureFloor(n, workerCount, opts.rounds, expected);
    const report: FanoutReport = {
      subscribers: n, connectSeconds, failedSockets, rssBefore, rssConnected, peakRss, rounds, latency: summarize(pooled),
      delivered: pooled.length, expected: expected * opts.rounds, leaked, duplicates, probeIdle, probe: summarize(probes), floor,
      lingering: Math.max(0, left - before),
    };
    say(
      `  all ${opts.rounds} events: p50 ${ms(report.latency.p50)}, p99 ${ms(report.latency.p99)}, max ${ms(report.latency.max)} from the mutation's send ` +
        `(the commit happens within its round trip); server peak RSS ${mb(peakRss)}`,
    );
    say(`  non-matching subscribers that received it: ${leaked}; duplicate deliveries: ${duplicates}`);
    say(
      `  floor on this machine (a bare ws server sending one pre-serialised message to the ${int(expected)} matching of ${int(n)} sockets): ` +
        `p50 ${ms(floor.p50)}, p99 ${ms(floor.p99)}, max ${ms(floor.max)}`,
    );
    say(`  a simple query (region by code) idle p50 ${ms(probeIdle.p50)}; during fan-out p50 ${ms(report.probe.p50)}, max ${ms(report.probe.max)} (${report.probe.n} queries)`);
    const target = n <= 10_000 ? 200 : 350;
    say(`  target (PERFORMANCE.md): p99 ≤ ${target} ms, < 400 MB; graphql-ws useServer as documented: ${n <= 10_000 ? 'p50 321 ms, p99 483 ms, 773 MB' : 'p50 981 ms, p99 1,441 ms, 1,748 MB'}`);
    return report;
  } finally {
    await stopWorkers(workers);
  }
}
