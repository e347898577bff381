/**
 * `npm run bench`: the figures of /shared/PERFORMANCE.md on this machine. Generates a register
 * of N organisations in a fresh database, starts the registry in a child process, and measures
 * the registry page under load, name search, and one event fanned out to many subscribers.
 * It prints figures and asserts nothing; all load goes to loopback, bounded in count and time.
 *
 *   npm run bench -- [--orgs 1000000] [--only data,reads,search,fanout,cycle,bulk] [--subscribers 10000[,19900]]
 *                    [--keep] [--reuse] [--duration 20] [--warmup 5] [--connections 50]
 *
 * The database: DATABASE_URL's server (a database `civic_bench` is created beside it), else the
 * embedded PostgreSQL in .data/bench-postgres.
 */
import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { startEmbedded, type EmbeddedDatabase } from '../platform/db/embedded.js';
import { dropDatabase, withDatabase } from '../platform/db/database.js';
import { existingRegister, freshDatabase, generateRegister, type GenerationReport } from '../bench/data.js';
import { startServerProcess, type ServerProcess } from '../bench/server-process.js';
import { runReads, type ReadsReport } from '../bench/reads.js';
import { runSearch, type SearchReport } from '../bench/search.js';
import { runFanout, type FanoutReport } from '../bench/fanout.js';
import { resetCycle, runCycle, type CycleReport } from '../bench/cycle.js';
import { bulkSummaryRows, runBulk, type BulkReport } from '../bench/bulk.js';
import { int, mb, ms, table, waitQuiet } from '../bench/stats.js';

interface Options {
  orgs: number;
  only: Set<string>;
  keep: boolean;
  reuse: boolean;
  subscribers: number[];
  duration: number;
  warmup: number;
  connections: number;
  searchQueries: number;
  wsWorkers: number;
  rounds: number;
  database: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    orgs: 1_000_000, only: new Set(['reads', 'search', 'fanout']), keep: false, reuse: false, subscribers: [10_000], duration: 20, warmup: 5,
    connections: 50, searchQueries: 40, wsWorkers: 4, rounds: 3, database: 'civic_bench',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const num = () => {
      const n = Number(next().replace(/_/g, ''));
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${a} needs a positive number`);
      return n;
    };
    switch (a) {
      case '--orgs': o.orgs = Math.floor(num()); break;
      case '--only': o.only = new Set(next().split(',').map((s) => s.trim()).filter(Boolean)); break;
      case '--keep': o.keep = true; break;
      case '--reuse': o.reuse = true; o.keep = true; break;
      case '--subscribers': o.subscribers = next().split(',').map((s) => Math.floor(Number(s.replace(/_/g, '')))); break;
      case '--duration': o.duration = num(); break;
      case '--warmup': o.warmup = num(); break;
      case '--connections': o.connections = Math.floor(num()); break;
      case '--search-queries': o.searchQueries = Math.floor(num()); break;
      case '--ws-workers': o.wsWorkers = Math.floor(num()); break;
      case '--rounds': o.rounds = Math.floor(num()); break;
      case '--database': o.database = next(); break;
      case '--help':
        process.stdout.write(`usage: npm run bench -- [--orgs N] [--only reads,search,fanout,cycle,bulk] [--subscribers 10000,19900] [--keep] [--reuse]\n`);
        process.exit(0);
      // eslint-disable-next-line no-fallthrough
      default:
        throw new Error(`unknown option ${a} (try --help)`);
    }
  }
  for (const s of o.only) if (!['data', 'reads', 'search', 'fanout', 'cycle', 'bulk'].includes(s)) throw new Error(`--only takes data, reads, search, fanout, cycle, bulk; got ${s}`);
  if (o.subscribers.some((n) => !Number.isInteger(n) || n <= 0 || n > 19_900)) throw new Error('--subscribers: 1 … 19,900 (20,000 open files per process)');
  return o;
}

const say = (s: string) => process.stdout.write(s + '\n');

/** Before a measured phase: wait for other work on the machine to settle, and say how busy it was. */
async function settle(): Promise<void> {
  const busy = await waitQuiet();
  const note = busy > 0.15 ? ' — other processes are using the CPU; the figures below are depressed by them' : '';
  say(`  (machine CPU ${Math.round(busy * 100)} % busy before the phase${note})`);
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const config = loadConfig({ logLevel: 'silent' });
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    say('DATABASE_URL is not set: starting the embedded PostgreSQL (.data/bench-postgres) …');
    embedded = await startEmbedded(path.resolve('.data/bench-postgres'), createLogger('silent'));
    adminUrl = embedded.adminUrl;
  }
  const dbUrl = withDatabase(adminUrl, opts.database);
  let server: ServerProcess | undefined;
  let generation: GenerationReport | undefined;
  let reads: ReadsReport | undefined;
  let search: SearchReport | undefined;
  const fanouts: FanoutReport[] = [];
  let cycle: CycleReport | undefined;
  let bulk: BulkReport | undefined;
  try {
    say(`\n== 1. Data: ${opts.orgs.toLocaleString('en')} organisations in database ${opts.database} ==`);
    if (opts.reuse && (await existingRegister(adminUrl, opts.database, opts.orgs))) {
      say('  --reuse: the database already holds the register; generation skipped');
    } else {
      await freshDatabase(adminUrl, opts.database);
      generation = await generateRegister(dbUrl, opts.orgs, config.piiKey, say);
      const s = generation.seconds;
      say(
        `  generated ${generation.organisations.toLocaleString('en')} organisations and ${generation.persons.toLocaleString('en')} legal representatives ` +
          `in ${s.total.toFixed(1)} s (migrate ${s.migrate.toFixed(1)} s, insert ${s.insert.toFixed(1)} s, indexes ${s.indexes.toFixed(1)} s, vacuum/analyze ${s.vacuum.toFixed(1)} s)`,
      );
      say(`  ${generation.tableSizes}`);
      if (generation.preexisting) say(`  (the demo seeders had already added ${generation.preexisting} organisations)`);
      say(`  name_grams / search_text checked against nameGrams() / searchText() on ${generation.verified.sampled} sampled rows: ${generation.verified.mismatches} mismatches`);
    }

    // before the server starts: its relay reads the outbox head once, at start
    if (opts.only.has('cycle')) await resetCycle(dbUrl);
    if (['reads', 'search', 'fanout', 'cycle'].some((p) => opts.only.has(p))) {
      server = await startServerProcess(dbUrl);
      say(`  registry started in child process ${server.pid} at ${server.url} (RSS ${mb(server.rss().rss)})`);
    }

    if (opts.only.has('reads')) {
      say(`\n== 2. Reads: one registry page (PERFORMANCE.md) ==`);
      await settle();
      reads = await runReads(server!, { connections: opts.connections, warmupS: opts.warmup, durationS: opts.duration }, say);
    }
    if (opts.only.has('search')) {
      say(`\n== 3. Name search ==`);
      await settle();
      search = await runSearch(server!, dbUrl, { perClass: opts.searchQueries, budgetMs: 30_000 }, say);
    }
    if (opts.only.has('fanout')) {
      for (const n of opts.subscribers) {
        say(`\n== 4. Event fan-out: ${n.toLocaleString('en')} subscribers ==`);
        await settle();
        fanouts.push(await runFanout(server!, { subscribers: n, workers: opts.wsWorkers, rounds: opts.rounds }, say));
      }
    }
    if (opts.only.has('cycle')) {
      say(`\n== 4b. Annual filing cycle and deadline sweeps (issue 4; the server's own sweeper is off) ==`);
      await settle();
      cycle = await runCycle(server!, dbUrl, config.defaultTimeZone, say);
    }
    if (opts.only.has('bulk')) {
      say(`\n== 4c. Bulk import and export (issue 3; the real CLIs as child processes) ==`);
      await settle();
      bulk = await runBulk(dbUrl, { rows: 100_000 }, say);
    }
  } finally {
    await server?.stop();
    if (!opts.keep) await dropDatabase(adminUrl, opts.database).catch(() => undefined);
    else say(`\n(database ${opts.database} kept: rerun with --reuse to skip generation)`);
    await embedded?.stop();
  }

  say(`\n== 5. Summary (${opts.orgs.toLocaleString('en')} organisations; ${((performance.now() - started) / 60_000).toFixed(1)} min in all) ==`);
  const rows: string[][] = [];
  if (generation) rows.push(['data generation', `${generation.seconds.total.toFixed(0)} s`, 'aim < 180 s', generation.seconds.total < 180 ? 'met' : 'missed']);
  if (reads) {
    rows.push(['page: req/s (50 conn.)', reads.reqPerSec.toFixed(0), 'PostGraphile 502', reads.reqPerSec >= 502 ? 'met' : 'missed']);
    rows.push(['page: p50 / p99', `${ms(reads.p50)} / ${ms(reads.p99)}`, 'PostGraphile 98 / 156 ms', reads.p99 <= 156 ? 'met' : 'missed']);
    rows.push(['page: SQL per request', reads.sqlPerRequest.toFixed(2), 'PostGraphile 1', '–']);
    rows.push(['page: server peak RSS', mb(reads.peakRss), '< 512 MB', reads.peakRss < 512 * 1048576 ? 'met' : 'missed']);
  }
  if (search) {
    for (const c of search.classes) {
      const target = c.targeted ? '< 50 ms' : '–';
      const verdict = c.targeted ? (c.withoutCount.p95 < 50 && c.withCount.p95 < 50 ? 'met' : 'missed') : '–';
      rows.push([`search ${c.label}: p95 (no count / count)`, `${ms(c.withoutCount.p95)} / ${ms(c.withCount.p95)}`, target, verdict]);
      if (c.targeted)
        rows.push([`search ${c.label}, ≤ 10k matches: p95`, `${ms(c.selectiveWithout.p95)} / ${ms(c.selectiveWith.p95)}`, target, c.selectiveWithout.p95 < 50 && c.selectiveWith.p95 < 50 ? 'met' : 'missed']);
      if (c.targeted && c.broadWith.n)
        rows.push([`search ${c.label}, > 10k matches (${c.broadWith.n} terms, ≤ ${int(c.broadMatches.max)}): p95`, `${ms(c.broadWithout.p95)} / ${ms(c.broadWith.p95)}`, target, c.broadWithout.p95 < 50 && c.broadWith.p95 < 50 ? 'met' : 'missed']);
    }
  }
  for (const f of fanouts) {
    const target = f.subscribers <= 10_000 ? 200 : 350;
    rows.push([`fan-out ${int(f.subscribers)}: p50 / p99 / max`, `${ms(f.latency.p50)} / ${ms(f.latency.p99)} / ${ms(f.latency.max)}`, `p99 ≤ ${target} ms`, f.latency.p99 <= target ? 'met' : 'missed']);
    rows.push([`fan-out ${int(f.subscribers)}: bare-ws floor p50 / p99`, `${ms(f.floor.p50)} / ${ms(f.floor.p99)}`, 'this machine', '–']);
    rows.push([`fan-out ${int(f.subscribers)}: delivered / leaked`, `${int(f.delivered)}/${int(f.expected)} / ${f.leaked}`, 'all / 0', f.delivered === f.expected && f.leaked === 0 ? 'met' : 'missed']);
    rows.push([`fan-out ${int(f.subscribers)}: held after sockets closed`, int(f.lingering), '0', f.lingering === 0 ? 'met' : 'missed']);
    rows.push([`fan-out ${int(f.subscribers)}: server peak RSS`, mb(f.peakRss), '< 400 MB', f.peakRss < 400 * 1048576 ? 'met' : 'missed']);
    rows.push([`fan-out ${int(f.subscribers)}: other request, max`, `${ms(f.probe.max)} (idle ${ms(f.probeIdle.p50)})`, 'not stalled', '–']);
  }
  if (cycle) {
    rows.push(['cycle open: created / total', `${int(cycle.open.created)} / ${int(cycle.open.total)} in ${cycle.open.seconds.toFixed(1)} s`, '< 60 s', cycle.open.seconds < 60 ? 'met' : 'missed']);
    rows.push(['cycle open again: created', `${int(cycle.reopen.created)} in ${cycle.reopen.seconds.toFixed(1)} s`, '0', cycle.reopen.created === 0 ? 'met' : 'missed']);
    for (const s of cycle.sweeps)
      rows.push([`sweep ${s.today}: thresholds / listings`, `${int(s.thresholdRows)} / ${int(s.listings)} in ${s.seconds.toFixed(1)} s`, '< 30 s', s.seconds < 30 ? 'met' : 'missed']);
    const repeat = cycle.sweeps[cycle.sweeps.length - 1]!;
    rows.push(['sweep repeated: rows written', int(repeat.thresholdRows + repeat.listings), '0', repeat.thresholdRows + repeat.listings === 0 ? 'met' : 'missed']);
    const violations = cycle.checks.reduce((n, c) => n + c.violations, 0);
    rows.push(['exactly-once violations (SQL)', int(violations), '0', violations === 0 ? 'met' : 'missed']);
  }
  if (bulk) rows.push(...bulkSummaryRows(bulk));
  say(table(['measure', 'figure', 'target / reference', ''], rows));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error('bench failed:', err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
