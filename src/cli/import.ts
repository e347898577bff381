/**
 * `npm run import -- <organisations|supervisory-units|people> FILE.csv|FILE.xlsx
 *   [--actor NAME] [--batch-size N] [--report FILE]`
 *
 * Validates every row with the rules of the mutations, writes each rejected row with its row
 * number and reasons to `import-report-<timestamp>.csv`, upserts (a second run changes
 * nothing), commits in batches (a crash loses at most the batch in flight; running the same
 * file again resumes), and shows progress on a terminal. Ctrl-C stops after the current batch.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { PiiCipher } from '../platform/crypto/pii.js';
import { HeaderError } from '../platform/bulk/table-reader.js';
import type { Progress } from '../platform/bulk/runner.js';
import { IMPORT_KINDS, importFile, type ImportKindName } from '../modules/bulk-import.js';
import { openCliDatabase } from './cli-database.js';

const USAGE = `usage: npm run import -- <${IMPORT_KINDS.join('|')}> FILE.csv|FILE.xlsx [--actor NAME] [--batch-size N] [--report FILE]`;

/** One line on stderr, rewritten in place, at most 4 times a second (terminals only). */
function progressLine(): { update(p: Progress): void; done(): void } {
  const tty = process.stderr.isTTY;
  let last = 0;
  let shown = false;
  return {
    update(p) {
      if (!tty || Date.now() - last < 250) return;
      last = Date.now();
      shown = true;
      const rate = Math.round(p.rows / Math.max(p.elapsedMs / 1000, 0.001));
      process.stderr.write(`\r  ${p.rows.toLocaleString('en')} 行 rows · ${rate.toLocaleString('en')} 行/秒 rows/s · 接受 accepted ${p.accepted.toLocaleString('en')} · 拒绝 rejected ${p.rejected.toLocaleString('en')}   `);
    },
    done() {
      if (shown) process.stderr.write('\n');
    },
  };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { actor: { type: 'string' }, 'batch-size': { type: 'string' }, report: { type: 'string' } },
  });
  const [kind, file] = positionals as [ImportKindName | undefined, string | undefined];
  if (!kind || !IMPORT_KINDS.includes(kind) || !file) {
    console.error(USAGE);
    return 2;
  }
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
    console.error('--batch-size must be a positive whole number');
    return 2;
  }
  const db = await openCliDatabase();
  const stop = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('\n停止中：完成当前批次后退出，再次运行可续传 / stopping after the current batch; run again to resume\n');
    stop.abort();
  });
  const progress = progressLine();
  try {
    const summary = await importFile(kind, {
      db: db.sql, pii: new PiiCipher(db.config.piiKey), file, actor: values.actor, batchSize, reportFile: values.report, signal: stop.signal,
      timeZone: db.config.defaultTimeZone, onProgress: progress.update,
      onHeader: ({ unknown }) => unknown.length && console.error(`忽略未知列 / ignoring unknown columns: ${unknown.join(', ')}`),
    });
    progress.done();
    console.log(JSON.stringify(summary, null, 2));
    if (summary.reportFile) console.error(`被拒绝的行见 / rejected rows are listed in ${summary.reportFile}`);
    return 0;
  } catch (e) {
    progress.done();
    if (e instanceof HeaderError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  } finally {
    await db.close();
  }
}

main().then((code) => process.exit(code), (e) => { console.error(e instanceof Error ? e.stack ?? e.message : e); process.exit(1); });
