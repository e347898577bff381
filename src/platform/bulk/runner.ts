/**
 * The import loop every bulk import shares: read the spreadsheet row by row, hand batches of
 * rows to the kind's `process` inside one transaction each (rows, audit records, events and the
 * checkpoint commit together), write every rejected row with its reasons to a report, report
 * progress. A crash loses at most the batch in flight; a re-run of the same file resumes
 * after the last committed batch. Running a completed file again changes nothing, because
 * each kind upserts and writes only what differs.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { Problem } from '../graphql/errors.js';
import type { Actor } from '../audit/audit.js';
import { inBulkTransaction, type BulkWork } from './unit-of-work.js';
import { readTable, type ColumnSpec, type SourceRow } from './table-reader.js';
import { csvLine } from './table-writer.js';

/** A row the kind refused, with every reason. */
export interface RejectedRow {
  rowNumber: number;
  /** What identifies the row to the clerk (credit code, masked ID number, name). */
  key: string;
  problems: Problem[];
}

export interface BatchResult {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
}

/** What one kind of record (organisations, supervisory units, people) brings to the loop. */
export interface ImportKind {
  kind: string;
  columns: ColumnSpec[];
  /** Validates and writes one batch inside its transaction. */
  process(w: BulkWork, rows: SourceRow[]): Promise<BatchResult>;
  /** Sees the rows of batches a previous run committed (e.g. to detect duplicates across the file). */
  skipped?(rows: SourceRow[]): void;
  /** Batches in flight at once, each in its own transaction (default 1). */
  concurrency?: number;
}

export interface Progress {
  rows: number;
  accepted: number;
  rejected: number;
  batches: number;
  elapsedMs: number;
}

export interface RunOptions {
  pool: pg.Pool;
  file: string;
  actor: Actor;
  now: () => Date;
  batchSize?: number;
  /** Where rejected rows go; default `import-report-<timestamp>.csv` in the working directory. */
  reportFile?: string;
  /** Stops (as if the process died) after committing this many batches in this run. Tests use it. */
  stopAfterBatches?: number;
  /** Stops after the batch in flight commits (Ctrl-C); a re-run resumes. */
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  onHeader?: (h: { unknown: string[] }) => void;
}

export interface ImportSummary extends Progress {
  kind: string;
  file: string;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Batches a previous run had committed, skipped by this one. */
  skippedBatches: number;
  reportFile: string | null;
  /** True when stopped (signal or `stopAfterBatches`) before the end of the file; a re-run resumes. */
  stopped: boolean;
}

const REPORT_HEADERS = ['行号', '标识', '字段', '错误代码', '说明'];

/** sha256 of the file's bytes (streamed). */
async function fileHash(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

type Counts = { rows: number; inserted: number; updated: number; unchanged: number; rejected: number };
const COUNTS = ['rows', 'inserted', 'updated', 'unchanged', 'rejected'] as const;

interface Checkpoint extends Counts {
  batchSize: number;
  doneBatches: number[];
  reportFile: string | null;
}

async function loadCheckpoint(pool: pg.Pool, fingerprint: string): Promise<Checkpoint | undefined> {
  const r = await pool.query(`select batch_size, done_batches, ${COUNTS.join(', ')}, report_file from import_checkpoint where fingerprint = $1`, [fingerprint]);
  const row = r.rows[0];
  return row && { batchSize: row.batch_size, doneBatches: row.done_batches, reportFile: row.report_file, ...Object.fromEntries(COUNTS.map((k) => [k, row[k]])) as Counts };
}

/** Records a committed batch; concurrent batches add to the same row (its lock orders them). */
async function saveCheckpoint(w: BulkWork, key: { fingerprint: string; kind: string; file: string; batchSize: number; reportFile: string }, batch: number, d: Counts): Promise<void> {
  await w.tx.query(
    `insert into import_checkpoint (fingerprint, kind, file, batch_size, done_batches, ${COUNTS.join(', ')}, report_file, started_at, updated_at)
     values ($1, $2, $3, $4, array[$5::int], $6, $7, $8, $9, $10, $11, $12, $12)
     on conflict (fingerprint) do update set done_batches = import_checkpoint.done_batches || excluded.done_batches,
       ${COUNTS.map((k) => `${k} = import_checkpoint.${k} + excluded.${k}`).join(', ')}, updated_at = excluded.updated_at`,
    [key.fingerprint, key.kind, key.file, key.batchSize, batch, d.rows, d.inserted, d.updated, d.unchanged, d.rejected, key.reportFile, w.now],
  );
}

/** The report of rejected rows: created on the first rejection, appended to on resume. */
class Report {
  private fd: number | undefined;
  constructor(readonly file: string, private readonly append: boolean) {}
  add(rejected: RejectedRow[]): void {
    if (!rejected.length) return;
    if (this.fd === undefined) {
      const exists = this.append && fs.existsSync(this.file);
      this.fd = fs.openSync(this.file, exists ? 'a' : 'w');
      if (!exists) fs.writeSync(this.fd, `\uFEFF${csvLine(REPORT_HEADERS)}`);
    }
    let text = '';
    for (const r of rejected) for (const p of r.problems) text += csvLine([r.rowNumber, r.key, p.field ?? '', p.code, p.message]);
    fs.writeSync(this.fd, text);
  }
  get written(): boolean {
    return this.fd !== undefined || (this.append && fs.existsSync(this.file));
  }
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
  }
}

function defaultReportFile(now: Date): string {
  return path.resolve(`import-report-${now.toISOString().replace(/\D/g, '').slice(0, 14)}.csv`);
}

/** Runs an import of `opts.file` as `kind`; see the module comment. */
export async function runImport(kind: ImportKind, opts: RunOptions): Promise<ImportSummary> {
  const started = Date.now();
  const fingerprint = `${kind.kind}:${await fileHash(opts.file)}`;
  const previous = await loadCheckpoint(opts.pool, fingerprint);
  const batchSize = previous?.batchSize ?? opts.batchSize ?? 1_000;
  const counts: Counts = { rows: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  if (previous) for (const k of COUNTS) counts[k] = previous[k];
  const report = new Report(previous?.reportFile ?? opts.reportFile ?? defaultReportFile(opts.now()), !!previous);
  const key = { fingerprint, kind: kind.kind, file: opts.file, batchSize, reportFile: report.file };
  const done = new Set(previous?.doneBatches ?? []);
  const limit = Math.max(1, kind.concurrency ?? 1);
  let batches = 0;
  let launched = 0;
  let skipped = 0;
  const progress = (): Progress => ({ rows: counts.rows, accepted: counts.inserted + counts.updated + counts.unchanged, rejected: counts.rejected, batches, elapsedMs: Date.now() - started });

  const commit = async (index: number, rows: SourceRow[]) => {
    const now = opts.now();
    await inBulkTransaction(opts.pool, { now, actor: opts.actor, requestId: `import:${fingerprint.slice(-12)}:${index}` }, async (w) => {
      const r = await kind.process(w, rows);
      // The checkpoint row is shared by concurrent batches and locked until the commit: take it
      // last, so their audit records and events are not written one batch after another.
      await w.flush();
      const d: Counts = { rows: rows.length, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected.length };
      await saveCheckpoint(w, key, index, d);
      // Written before the commit: a crash in between reports the batch's rejections twice at worst, never loses them.
      report.add(r.rejected);
      for (const k of COUNTS) counts[k] += d[k];
    });
    opts.onProgress?.(progress());
  };

  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  const launch = (index: number, rows: SourceRow[]) => {
    launched++;
    const p = commit(index, rows).catch((e) => void (failure ??= e)).finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  const stopping = () => opts.signal?.aborted || (opts.stopAfterBatches !== undefined && launched >= opts.stopAfterBatches);

  let stopped = false;
  try {
    let batch: SourceRow[] = [];
    const flush = async () => {
      const index = batches++;
      if (done.has(index)) {
        skipped++;
        kind.skipped?.(batch);
      } else {
        launch(index, batch);
        while (inFlight.size >= limit) await Promise.race(inFlight);
      }
      batch = [];
    };
    for await (const row of readTable(opts.file, kind.columns, opts.onHeader)) {
      batch.push(row);
      if (batch.length < batchSize) continue;
      await flush();
      if (failure) break;
      if (stopping()) {
        stopped = true;
        break;
      }
    }
    if (!stopped && !failure && batch.length) await flush();
  } finally {
    await Promise.all(inFlight);
    report.close();
  }
  if (failure) throw failure;
  if (!stopped) await opts.pool.query('delete from import_checkpoint where fingerprint = $1', [fingerprint]);
  return {
    ...progress(), kind: kind.kind, file: opts.file, inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged,
    skippedBatches: skipped, reportFile: report.written ? report.file : null, stopped,
  };
}
