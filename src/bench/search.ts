/**
 * Name search: latency percentiles of `organisations(filter: { name })` for 1, 2, 3 and 4+
 * character substrings of real names (and misses), with and without `totalCount`, and the
 * EXPLAIN ANALYZE of the slowest query of each kind that misses 50 ms.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { gql } from './graphql.js';
import { missTerms, prng, type Rand } from './names.js';
import type { ServerProcess } from './server-process.js';
import { ms, summarize, table, type Summary } from './stats.js';

const WITHOUT_COUNT = `query Search($q: String!) { organisations(filter: { name: $q }, first: 20) { nodes { name } } }`;
const WITH_COUNT = `query SearchCount($q: String!) { organisations(filter: { name: $q }, first: 20) { totalCount nodes { name } } }`;
const TARGET_MS = 50;
/** Terms matching at most this many organisations count as selective (1 % of the register). */
const SELECTIVE = 10_000;

interface SearchClass {
  label: string;
  /** Whether PERFORMANCE.md's target (p95 < 50 ms for 3+ characters) applies. */
  targeted: boolean;
  terms: string[];
}

export interface ClassReport {
  label: string;
  targeted: boolean;
  withoutCount: Summary;
  withCount: Summary;
  /** The same, over the terms matching at most SELECTIVE organisations. */
  selectiveWithout: Summary;
  selectiveWith: Summary;
  /** The same, over the broad terms (more than SELECTIVE matches), and how many they match. */
  broadWithout: Summary;
  broadWith: Summary;
  broadMatches: { min: number; p50: number; max: number };
  /** Median and largest number of matches (totalCount). */
  matches: { p50: number; max: number };
  slowest: { variant: string; term: string; ms: number; plan?: string }[];
}

export interface SearchReport {
  classes: ClassReport[];
  planFile?: string;
}

function substring(rand: Rand, name: string, len: number): string {
  const chars = Array.from(name);
  if (chars.length <= len) return name;
  const at = Math.floor(rand() * (chars.length - len + 1));
  return chars.slice(at, at + len).join('');
}

async function sampleNames(dbUrl: string, want: number): Promise<string[]> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const n = Number((await c.query<{ n: string }>('select reltuples::bigint as n from pg_class where relname = $1', ['organisation'])).rows[0]!.n);
    const pct = Math.min(100, Math.max(0.01, ((want * 3) / Math.max(1, n)) * 100));
    const r = await c.query<{ name: string }>(`select name from organisation tablesample bernoulli (${pct.toFixed(4)}) repeatable (7) limit ${want}`);
    return r.rows.map((x) => x.name);
  } finally {
    await c.end();
  }
}

function buildClasses(names: string[], perClass: number): SearchClass[] {
  const rand = prng(4242);
  const from = (len: () => number) => Array.from({ length: perClass }, () => substring(rand, names[Math.floor(rand() * names.length)]!, len()));
  const misses: string[] = [];
  while (misses.length < perClass) misses.push(...missTerms(rand));
  return [
    { label: '1 char', targeted: false, terms: from(() => 1) },
    { label: '2 chars', targeted: false, terms: from(() => 2) },
    { label: '3 chars', targeted: true, terms: from(() => 3) },
    { label: '4+ chars', targeted: true, terms: from(() => 4 + Math.floor(rand() * 5)) },
    { label: 'misses', targeted: false, terms: misses.slice(0, perClass) },
  ];
}

async function timeQuery(url: string, query: string, q: string): Promise<{ ms: number; totalCount?: number; error?: string }> {
  const t0 = performance.now();
  const r = await gql<{ organisations: { totalCount?: number } }>(url, query, { q }, undefined, 60_000);
  const took = performance.now() - t0;
  return { ms: took, totalCount: r.data?.organisations.totalCount, error: r.errors?.[0]?.message };
}

/** EXPLAIN ANALYZE of the organisation statements one request sends. */
async function explain(server: ServerProcess, dbUrl: string, query: string, q: string): Promise<string> {
  await server.sqlReset(true);
  await gql(server.url, query, { q }, undefined, 60_000);
  const { captured = [] } = await server.sqlRead();
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const out: string[] = [];
  try {
    for (const s of captured.filter((x) => /from organisation/i.test(x.text) && !/^\s*explain/i.test(x.text))) {
      const plan = await c.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${s.text}`, s.values ?? []);
      out.push(`-- ${s.text.replace(/\s+/g, ' ').trim()}\n-- params: ${JSON.stringify(s.values ?? [])}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  } finally {
    await c.end();
  }
  return out.join('\n\n');
}

export async function runSearch(server: ServerProcess, dbUrl: string, opts: { perClass: number; budgetMs: number }, say: (s: string) => void): Promise<SearchReport> {
  const names = await sampleNames(dbUrl, 400);
  const classes = buildClasses(names, opts.perClass);
  say(`  ${opts.perClass} queries per kind, substrings of ${names.length} sampled names; e.g. ${classes.map((c) => `“${c.terms[0]}”`).join(' ')}`);
  for (const c of classes.slice(0, 3)) for (const q of c.terms.slice(0, 5)) await gql(server.url, WITHOUT_COUNT, { q }); // warm-up

  const timings = new Map<string, { without: { ms: number; term: string }[]; with: { ms: number; term: string; count?: number }[] }>();
  for (const c of classes) timings.set(c.label, { without: [], with: [] });
  let errors = 0;
  const cut: string[] = [];
  for (const [variant, query] of [['with', WITH_COUNT], ['without', WITHOUT_COUNT]] as const) {
    for (const c of classes) {
      // Bounded in time: broad terms take seconds each at 1,000,000 organisations.
      const until = performance.now() + opts.budgetMs;
      for (const term of c.terms) {
        if (performance.now() > until) {
          cut.push(`${c.label} ${variant} totalCount`);
          break;
        }
        const r = await timeQuery(server.url, query, term);
        if (r.error) errors++;
        timings.get(c.label)![variant].push({ ms: r.ms, term, count: r.totalCount } as never);
      }
    }
  }
  if (errors) say(`  ${errors} queries answered with GraphQL errors`);
  if (cut.length) say(`  time budget (${opts.budgetMs / 1000} s per kind) cut short: ${cut.join(', ')}`);

  const reports: ClassReport[] = [];
  const plans: string[] = [];
  for (const c of classes) {
    const t = timings.get(c.label)!;
    const counts = t.with.map((x) => x.count ?? 0);
    const matchesOf = new Map(t.with.map((x) => [x.term, x.count ?? 0]));
    const selective = (list: { ms: number; term: string }[]) => list.filter((x) => (matchesOf.get(x.term) ?? Infinity) <= SELECTIVE).map((x) => x.ms);
    // terms the count phase did not reach (time budget) count as neither
    const broad = (list: { ms: number; term: string }[]) => list.filter((x) => (matchesOf.get(x.term) ?? -1) > SELECTIVE).map((x) => x.ms);
    const broadCounts = counts.filter((n) => n > SELECTIVE);
    const report: ClassReport = {
      label: c.label,
      targeted: c.targeted,
      withoutCount: summarize(t.without.map((x) => x.ms)),
      withCount: summarize(t.with.map((x) => x.ms)),
      selectiveWithout: summarize(selective(t.without)),
      selectiveWith: summarize(selective(t.with)),
      broadWithout: summarize(broad(t.without)),
      broadWith: summarize(broad(t.with)),
      broadMatches: { min: broadCounts.length ? Math.min(...broadCounts) : 0, p50: summarize(broadCounts).p50, max: broadCounts.length ? Math.max(...broadCounts) : 0 },
      matches: { p50: summarize(counts).p50, max: Math.max(...counts) },
      slowest: [],
    };
    for (const [variant, list, query] of [['without totalCount', t.without, WITHOUT_COUNT], ['with totalCount', t.with, WITH_COUNT]] as const) {
      const worst = [...list].sort((a, b) => b.ms - a.ms)[0];
      if (!worst) continue;
      const entry: ClassReport['slowest'][number] = { variant, term: worst.term, ms: worst.ms };
      // One EXPLAIN per kind (the count variant shows both statements), to keep the phase short.
      if (worst.ms > TARGET_MS && (query === WITH_COUNT || c.targeted)) {
        entry.plan = await explain(server, dbUrl, query, worst.term);
        plans.push(`### ${c.label}, ${variant}: “${worst.term}” took ${worst.ms.toFixed(1)} ms over HTTP\n${entry.plan}`);
      }
      report.slowest.push(entry);
    }
    reports.push(report);
  }

  say(
    table(
      ['kind', 'n', 'p50', 'p95', 'p99', 'max', 'p50 +count', 'p95 +count', 'p99 +count', 'max +count', 'matches p50 / max', `p95 if ≤ ${SELECTIVE / 1000}k matches (n): no count / count`],
      reports.map((r) => [
        r.label, String(r.withoutCount.n), ms(r.withoutCount.p50), ms(r.withoutCount.p95), ms(r.withoutCount.p99), ms(r.withoutCount.max),
        ms(r.withCount.p50), ms(r.withCount.p95), ms(r.withCount.p99), ms(r.withCount.max), `${r.matches.p50.toLocaleString('en')} / ${r.matches.max.toLocaleString('en')}`,
        `(${r.selectiveWith.n}) ${ms(r.selectiveWithout.p95)} / ${ms(r.selectiveWith.p95)}`,
      ]),
    ).replace(/^/gm, '  '),
  );
  say(`  target: p95 < ${TARGET_MS} ms for 3+ characters (PERFORMANCE.md)`);
  const verdict = (a: Summary, b: Summary) => (!a.n && !b.n ? 'no terms' : a.p95 < TARGET_MS && b.p95 < TARGET_MS ? 'meets' : 'misses');
  for (const r of reports.filter((x) => x.targeted)) {
    say(
      `  ${r.label}: all ${r.withCount.n} terms p95 ${ms(r.withoutCount.p95)} / ${ms(r.withCount.p95)} (no count / count): ${verdict(r.withoutCount, r.withCount)} the target; ` +
        `${r.selectiveWith.n} terms ≤ ${SELECTIVE.toLocaleString('en')} matches: ${ms(r.selectiveWithout.p95)} / ${ms(r.selectiveWith.p95)}, ${verdict(r.selectiveWithout, r.selectiveWith)}; ` +
        `${r.broadWith.n} broad terms (${r.broadMatches.min.toLocaleString('en')}–${r.broadMatches.max.toLocaleString('en')} matches, median ${r.broadMatches.p50.toLocaleString('en')}): ` +
        `${ms(r.broadWithout.p95)} / ${ms(r.broadWith.p95)}, ${verdict(r.broadWithout, r.broadWith)}`,
    );
  }
  for (const r of reports) for (const s of r.slowest) if (s.plan) say(`  slowest ${r.label} ${s.variant}: “${s.term}” ${ms(s.ms)}; ${planGist(s.plan)}`);
  // the terms behind a missed p95: the slowest few of each targeted kind, without the count
  for (const c of classes.filter((x) => x.targeted)) {
    const t = timings.get(c.label)!;
    const matchesOf = new Map(t.with.map((x) => [x.term, x.count]));
    const worst = [...t.without].sort((a, b) => b.ms - a.ms).slice(0, 5);
    say(`  slowest ${c.label} without totalCount: ${worst.map((w) => `“${w.term}” ${ms(w.ms)} (${matchesOf.get(w.term)?.toLocaleString('en') ?? '?'} matches)`).join(', ')}`);
  }
  let planFile: string | undefined;
  if (plans.length) {
    planFile = path.resolve('.data/bench/search-plans.txt');
    fs.mkdirSync(path.dirname(planFile), { recursive: true });
    fs.writeFileSync(planFile, plans.join('\n\n') + '\n');
    say(`  EXPLAIN ANALYZE of the slow ones: ${planFile}`);
  }
  return { classes: reports, planFile };
}

/** "statement: top node … Execution Time" of each statement in a plan dump. */
function planGist(plan: string): string {
  return plan
    .split('\n\n')
    .map((block) => {
      const lines = block.split('\n');
      const stmt = /^-- select (count\(\*\))?/.exec(lines[0] ?? '')?.[1] ? 'count' : 'page';
      const top = lines.find((l) => !l.startsWith('--'))?.trim().replace(/\s+\(cost=.*?\)/, '') ?? '';
      const exec = lines.find((l) => l.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '';
      return `${stmt} ${exec} (${top.slice(0, 70)})`;
    })
    .join('; ');
}
