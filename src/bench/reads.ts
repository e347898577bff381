/**
 * PERFORMANCE.md "one registry page": a district's first 50 organisations by name with their
 * region, supervisory unit, legal representative and held rating grade, under 50 concurrent connections
 * (autocannon, keep-alive), plus the SQL statements one page costs.
 */
import autocannon from 'autocannon';
import { gqlOk } from './graphql.js';
import type { ServerProcess } from './server-process.js';
import { mb, ms, pgBackendsCpuMs, pgCpuSince, procCpuMs } from './stats.js';

export const PAGE_QUERY = `query RegistryPage {
  organisations(filter: { regionCode: "310114" }, first: 50, orderBy: NAME) {
    nodes { name code region { name } supervisoryUnit { name } legalRepresentativeName currentRating { grade } }
  }
}`;


export interface ReadsReport {
  reqPerSec: number;
  p50: number;
  p99: number;
  p97_5: number;
  total: number;
  errors: number;
  non2xx: number;
  peakRss: number;
  sqlPerRequest: number;
  sqlMsPerRequest: number;
  /** CPU milliseconds per page under load: the server process, and its PostgreSQL backends. */
  serverCpuMs: number;
  pgCpuMs: number;
  statements: [string, number][];
  sampleRows: number;
  sample: string;
}

interface PageNode {
  name: string;
  code: string | null;
  region: { name: string } | null;
  supervisoryUnit: { name: string } | null;
  legalRepresentativeName: string | null;
  currentRating: { grade: string | null } | null;
}

export async function runReads(server: ServerProcess, opts: { connections: number; warmupS: number; durationS: number }, say: (s: string) => void): Promise<ReadsReport> {
  const page = await gqlOk<{ organisations: { nodes: PageNode[] } }>(server.url, PAGE_QUERY);
  const nodes = page.organisations.nodes;
  const first = nodes[0];
  const sample = first ? `${first.name} | ${first.code} | ${first.region?.name} | ${first.supervisoryUnit?.name ?? '（直接登记）'} | ${first.legalRepresentativeName} | ${first.currentRating?.grade ?? '（未评估）'}` : '(none)';
  say(`  page returns ${nodes.length} rows; first: ${sample}`);
  say(`  ${nodes.filter((n) => n.currentRating?.grade).length} of them hold a rating grade`);

  // SQL per request: count every statement the server's pg clients send during up to 200
  // sequential pages (at most 10 s of them).
  let N = 0;
  await server.sqlReset();
  for (const until = performance.now() + 10_000; N < 200 && performance.now() < until; N++) await gqlOk(server.url, PAGE_QUERY);
  const counters = await server.sqlRead();
  const own = counters.shapes.filter(([shape]) => !shape.startsWith('[relay]'));
  const sqlPerRequest = own.reduce((s, [, n]) => s + n, 0) / N;
  const sqlMsPerRequest = own.reduce((s, [, , t]) => s + t, 0) / N;
  const statements = own.map(([shape, n]) => [shape, n / N] as [string, number]).sort((a, b) => b[1] - a[1]);
  say(`  SQL per page: ${sqlPerRequest.toFixed(2)} statements, ${sqlMsPerRequest.toFixed(2)} ms of round trips (sequential, ${N} pages)`);
  for (const [shape, per] of statements) say(`    ${per.toFixed(2)} × ${shape}`);

  const body = JSON.stringify({ query: PAGE_QUERY });
  const common = { url: server.url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: opts.connections, timeout: 30 };
  say(`  warm-up ${opts.warmupS} s, then ${opts.durationS} s at ${opts.connections} connections …`);
  await autocannon({ ...common, duration: opts.warmupS });
  const stopRss = server.sampleRss();
  const cpu0 = procCpuMs(server.pid);
  const pg0 = pgBackendsCpuMs(server.database);
  const r = await autocannon({ ...common, duration: opts.durationS });
  const peakRss = stopRss();
  const serverCpuMs = (procCpuMs(server.pid) - cpu0) / Math.max(1, r.requests.total);
  const pgCpuMs = pgCpuSince(pg0, pgBackendsCpuMs(server.database)) / Math.max(1, r.requests.total);
  const answered = r.requests.total > 0;
  const report: ReadsReport = {
    reqPerSec: r.requests.total / r.duration,
    p50: answered ? r.latency.p50 : NaN,
    p97_5: answered ? r.latency.p97_5 : NaN,
    p99: answered ? r.latency.p99 : NaN,
    total: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    peakRss,
    sqlPerRequest,
    sqlMsPerRequest,
    serverCpuMs,
    pgCpuMs,
    statements,
    sampleRows: nodes.length,
    sample,
  };
  say(
    `  ${report.reqPerSec.toFixed(0)} req/s, p50 ${ms(report.p50)}, p99 ${ms(report.p99)}, ${report.total} requests, ` +
      `${report.errors} errors, ${report.non2xx} non-2xx, server peak RSS ${mb(peakRss)}`,
  );
  // CPU per page is what the machine's load does not distort much: compare these across runs.
  say(`  CPU per page: server ${serverCpuMs.toFixed(2)} ms, PostgreSQL ${pgCpuMs.toFixed(2)} ms (→ at most ~${(1000 / serverCpuMs).toFixed(0)} req/s on one free core)`);
  say(`  PostGraphile 5 (PERFORMANCE.md): 502 req/s, p50 98 ms, p99 156 ms, 402 MB, 1 SQL statement → ${(report.reqPerSec / 502).toFixed(2)}× its throughput`);
  return report;
}
