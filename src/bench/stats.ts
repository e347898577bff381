/** Percentiles, number formatting and a plain-text table for the benchmark's output. */
import fs from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU times in these ticks. */
const CLOCK_TICKS = 100;

/** The p-th percentile (0–100) of `xs` by nearest rank; NaN when empty. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(xs: readonly number[]): Summary {
  return { n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), p99: percentile(xs, 99), max: xs.length ? Math.max(...xs) : NaN };
}

/** Milliseconds as "12.3 ms" (or "–"). */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return x >= 100 ? `${Math.round(x).toLocaleString('en')} ms` : `${x.toFixed(1)} ms`;
}

export function mb(bytes: number): string {
  return Number.isFinite(bytes) && bytes > 0 ? `${Math.round(bytes / 1048576)} MB` : '–';
}

export function int(x: number): string {
  return Number.isFinite(x) ? Math.round(x).toLocaleString('en') : '–';
}

/** A left-aligned table with a header rule. */
export function table(header: string[], rows: string[][]): string {
  const wide = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
  const width = (s: string) => Array.from(s).reduce((w, ch) => w + (wide.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const sleep = (millis: number) => new Promise<void>((r) => setTimeout(r, millis));

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes. */
export const wallNow = () => performance.timeOrigin + performance.now();

/** The machine's CPU use (0–1, all cores) over `millis`, from /proc/stat; NaN off Linux. */
export async function cpuBusy(millis = 1000): Promise<number> {
  const read = async () => {
    const { readFile } = await import('node:fs/promises');
    const f = (await readFile('/proc/stat', 'utf8').catch(() => '')).split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (f[3] ?? 0) + (f[4] ?? 0);
    return { idle, total: f.reduce((s, x) => s + x, 0) };
  };
  const a = await read();
  await sleep(millis);
  const b = await read();
  return b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : NaN;
}

/**
 * Waits (at most `maxMs`) for the machine to be nearly idle, since the load generator, the
 * server and PostgreSQL share its cores with whatever else runs; returns the last busy share.
 */
export async function waitQuiet(maxMs = 30_000, threshold = 0.15): Promise<number> {
  const until = Date.now() + maxMs;
  let busy = await cpuBusy(1000);
  while (busy > threshold && Date.now() < until) busy = await cpuBusy(1000);
  return busy;
}

/** CPU time (user + system) a process has used, in milliseconds, from /proc (Linux; NaN elsewhere). */
export function procCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/**
 * CPU time used so far by the PostgreSQL backends serving `database` (found by their process
 * titles, "postgres: … <user> <database> <host>"), by pid, so a later reading can be diffed.
 */
export function pgBackendsCpuMs(database: string): Map<number, number> {
  const out = new Map<number, number>();
  let pids: string[] = [];
  try {
    pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      const title = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (title.startsWith('postgres: ') && title.includes(` ${database} `)) out.set(Number(pid), procCpuMs(Number(pid)));
    } catch {
      /* gone */
    }
  }
  return out;
}

/** CPU milliseconds the backends used between two {@link pgBackendsCpuMs} readings (new backends count from 0). */
export function pgCpuSince(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}
