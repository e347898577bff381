/**
 * The bulk phase of the benchmark (issue 3): "import of 100,000 rows in under a minute" and an
 * export that streams "so a million rows fit in constant memory". Writes a realistic,
 * deterministic CSV of organisations with the import's Chinese headers — exactly 1 in 100 rows
 * bad, in varied ways — and runs the real command-line tools on it as child processes against
 * the benchmark's register: the import twice (the second run must change nothing), then the
 * export of the whole register to CSV and XLSX, each timed, with its peak RSS sampled from /proc.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import readline from 'node:readline';
import pg from 'pg';
import { parse } from 'csv-parse';
import { csvLine } from '../platform/bulk/table-writer.js';
import { REGION_LEVEL_LABELS, ancestorCodesOf, regionLevelOf } from '../platform/regions/region-code.js';
import { makeUscc } from '../modules/organisation/domain/uscc.js';
import { makeIdNumber } from '../modules/person/domain/id-number.js';
import { ORGANISATION_IMPORT_COLUMNS, FIELD_NAMES } from '../modules/organisation/organisation.import.js';
import type { FieldOfActivity } from '../modules/organisation/domain/organisation-rules.js';
import { directRegistrationCategoriesSetting } from '../modules/organisation/domain/settings.js';
import { procRss } from './server-process.js';
import { AUTHORITIES, SUPERVISORY_UNITS, businessScope, organisationName, personName, pick, prng, weighted, type Authority, type OrgType, type Rand } from './names.js';
import { int, mb } from './stats.js';

/**
 * Organisation codes of the bulk file: 'BK' + 6 digits as the organisation code's first 8
 * characters. The generated register (data.ts) uses 'MJ' + 6 digits and test files 'T…', so
 * the spaces are disjoint and a rerun can find (and remove) what the last import added.
 */
const CODE_MARK = 'BK';
const BAD_EVERY = 100;
const DAY = 86_400_000;

/** What a bad row was made to break, and the error code its report line must carry. */
const BAD_KINDS = [
  ['bad credit-code check character', 'USCC_CHECK_CHARACTER'],
  ['bad ID-number check character', 'ID_CHECK_CHARACTER'],
  ['funds below the LOCAL minimum', 'ORG_FUNDS_BELOW_MINIMUM'],
  ['business scope missing', 'SCOPE_REQUIRED'],
  ['unknown region', 'INVALID_REGION'],
  ['code category does not match the type', 'USCC_TYPE_MISMATCH'],
  ['no supervisory unit where one is required', 'ORG_SUPERVISORY_UNIT_REQUIRED'],
  ['unknown supervisory unit', 'SUPERVISORY_UNIT_NOT_FOUND'],
  ['impossible date', 'INVALID_DATE'],
  ['too few members', 'ORG_MEMBERS_TOO_FEW'],
  ['code repeats an earlier row', 'DUPLICATE_IN_FILE'],
  ['foundation at a district authority', 'ORG_AUTHORITY_LEVEL'],
  ['malformed phone', 'PHONE_INVALID'],
  ['birth date in the future', 'ID_BIRTH_DATE_FUTURE'],
  ['name too short', 'NAME_TOO_SHORT'],
] as const;

export interface BulkFile {
  file: string;
  rows: number;
  bad: number;
  bytes: number;
  /** Row number (header = 1) → the error code its report must carry. */
  expected: Map<number, string>;
  byKind: Map<string, number>;
}

type Cells = Record<string, string>;
const HEADERS = ORGANISATION_IMPORT_COLUMNS.map((c) => c.headers[0]!);
const KEYS = ORGANISATION_IMPORT_COLUMNS.map((c) => c.key);
const DIRECT = new Set<string>(directRegistrationCategoriesSetting.nationalDefault);
const ALL = AUTHORITIES.map((a) => [a, a.weight] as const);
const PROVINCES = AUTHORITIES.filter((a) => a.code.endsWith('0000')).map((a) => [a, a.weight] as const);
/** Telephone area codes of the authorities' cities (上海, 嘉兴, 鸡西). */
const AREA_CODES: Record<string, string> = { '31': '021', '33': '0573', '23': '0467' };
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const yuan = (rand: Rand, n: number) => (rand() < 0.3 ? n.toLocaleString('en') : rand() < 0.2 ? `${n}.${String(Math.floor(rand() * 100)).padStart(2, '0')}` : String(n));

/** Supervisory units a row registered with `auth` may name: those of its region and the regions above. */
function unitsFor(auth: Authority): string[] {
  const chain = new Set([auth.code, ...ancestorCodesOf(auth.code)]);
  return SUPERVISORY_UNITS.filter(([region]) => chain.has(region)).map(([, name]) => name);
}

/** A row that passes every rule: registered directly (a direct field) or under a unit of its region. */
function validRow(rand: Rand, i: number): Cells {
  const type = weighted<OrgType>(rand, [['SOCIAL_GROUP', 45], ['SERVICE_INSTITUTION', 50], ['FOUNDATION', 5]]);
  const auth = weighted(rand, type === 'FOUNDATION' ? PROVINCES : ALL);
  const units = unitsFor(auth);
  const direct = units.length === 0 || rand() < 0.4;
  let g = organisationName(rand, type, auth);
  while (direct && !DIRECT.has(g.field)) g = organisationName(rand, type, auth);
  const fields = [g.field as FieldOfActivity];
  if (rand() < 0.15) fields.push(pick(rand, Object.keys(FIELD_NAMES) as FieldOfActivity[]));
  const category = type === 'SOCIAL_GROUP' ? '51' : type === 'SERVICE_INSTITUTION' ? '52' : '53';
  const regMs = Date.UTC(1996, 0, 1) + Math.floor(rand() * 10_900) * DAY;
  const [placeCode, placeName] = pick(rand, auth.places);
  const publicFund = type === 'FOUNDATION' && rand() < 0.3;
  const funds = type !== 'FOUNDATION' ? 30_000 + Math.floor(rand() * 500_000) : (publicFund ? 4_000_000 : 2_000_000) + Math.floor(rand() * 8_000_000);
  const r = rand();
  const status = r < 0.92 ? '正常' : r < 0.97 ? '已注销' : '已撤销';
  const level = regionLevelOf(auth.code)!;
  return {
    code: makeUscc(category, auth.code, CODE_MARK + String(i).padStart(6, '0')), name: g.name, type: ['社会团体', '社会服务机构', '基金会'][+category - 51]!,
    fundraising: type === 'FOUNDATION' ? (publicFund ? '公募' : '非公募') : '', regionCode: auth.code, activityArea: rand() < 0.3 ? REGION_LEVEL_LABELS[level] : '',
    domicile: `${auth.prefixes[0]![0]}${placeName}${pick(rand, auth.roads)}${1 + Math.floor(rand() * 999)}号`, domicileRegionCode: rand() < 0.8 ? placeCode : '',
    repName: personName(rand), repIdNumber: idNumberOf(i), repPhone: rand() < 0.7 ? `1${3 + Math.floor(rand() * 7)}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}` : '',
    scope: businessScope(rand, type, g.topic), supervisoryUnit: direct ? '' : pick(rand, units),
    supervisoryApproval: direct ? '' : `${auth.prefixes[0]![0].slice(0, 2)}批〔${new Date(regMs).getUTCFullYear()}〕${1 + Math.floor(rand() * 300)}号`,
    fields: fields.map((f) => FIELD_NAMES[f][0]).join('、'), funds: yuan(rand, funds), fundsInCash: type === 'FOUNDATION' ? '是' : '',
    individualMembers: type === 'SOCIAL_GROUP' ? String(50 + Math.floor(rand() * 2000)) : '', unitMembers: type === 'SOCIAL_GROUP' && rand() < 0.5 ? String(Math.floor(rand() * 200)) : '',
    registrationDate: isoDate(regMs), certificateNumber: `${auth.prefixes[0]![0]}民证字第${CODE_MARK}${i}号`, certificateValidUntil: isoDate(regMs + 5 * 365 * DAY), status,
    suspendedUntil: '', endedOn: status === '正常' ? '' : isoDate(Math.min(Date.UTC(2025, 11, 31), regMs + 3000 * DAY)),
    contactName: rand() < 0.5 ? personName(rand) : '', contactPhone: rand() < 0.4 ? `${AREA_CODES[auth.code.slice(0, 2)]}-${5000_0000 + Math.floor(rand() * 4000_0000)}` : '', englishName: '',
  };
}

/** Where legal representatives were born (ID numbers need only a real province prefix). */
const ID_REGIONS = ['310114', '310110', '310104', '330402', '330421', '230302', '230303', '230321', '320106', '370102'];

/**
 * A legal representative's ID number, unique per row except that every 20th row shares its
 * predecessor's (one person representing two organisations), born 1950–1993.
 */
function idNumberOf(i: number): string {
  const k = i % 20 === 19 ? i - 1 : i;
  return makeIdNumber(ID_REGIONS[k % ID_REGIONS.length]!, isoDate(Date.UTC(1950, 0, 1) + (k % 16_000) * DAY), 500 + Math.floor(k / 16_000));
}

/** Breaks a valid row in the way of `kind` (an index into BAD_KINDS); `earlier` is a good row above it. */
function breakRow(c: Cells, kind: number, earlier: Cells): Cells {
  const flip = (s: string) => s.slice(0, 17) + (s.endsWith('0') ? '1' : '0');
  switch (BAD_KINDS[kind]![1]) {
    case 'USCC_CHECK_CHARACTER': return { ...c, code: flip(c.code!) };
    case 'ID_CHECK_CHARACTER': return { ...c, repIdNumber: flip(c.repIdNumber!) };
    case 'ORG_FUNDS_BELOW_MINIMUM': return { ...c, funds: c.type === '基金会' ? '200000' : '1000' };
    case 'SCOPE_REQUIRED': return { ...c, scope: '' };
    case 'INVALID_REGION': return { ...c, regionCode: '310199', code: makeUscc(c.code!.slice(0, 2), '310199', c.code!.slice(8, 16)), domicileRegionCode: '' };
    case 'USCC_TYPE_MISMATCH': return { ...c, code: makeUscc(c.code!.startsWith('51') ? '52' : '51', c.code!.slice(2, 8), c.code!.slice(8, 16)) };
    case 'ORG_SUPERVISORY_UNIT_REQUIRED': return { ...c, type: '社会团体', fundraising: '', code: makeUscc('51', '310114', c.code!.slice(8, 16)), regionCode: '310114', domicileRegionCode: '', activityArea: '', fields: '体育', funds: '50000', individualMembers: '120', supervisoryUnit: '' };
    case 'SUPERVISORY_UNIT_NOT_FOUND': return { ...c, supervisoryUnit: '上海市嘉定区龙舟运动管理处' };
    case 'INVALID_DATE': return { ...c, registrationDate: '2021-02-30' };
    case 'ORG_MEMBERS_TOO_FEW': return { ...c, type: '社会团体', fundraising: '', code: makeUscc('51', '310110', c.code!.slice(8, 16)), regionCode: '310110', domicileRegionCode: '', activityArea: '', fields: '科技', supervisoryUnit: '', funds: '50000', individualMembers: '20', unitMembers: '' };
    case 'DUPLICATE_IN_FILE': return { ...earlier };
    case 'ORG_AUTHORITY_LEVEL': return { ...c, type: '基金会', fundraising: '非公募', code: makeUscc('53', '310114', c.code!.slice(8, 16)), regionCode: '310114', domicileRegionCode: '', activityArea: '', funds: '3000000', fundsInCash: '是', individualMembers: '', unitMembers: '' };
    case 'PHONE_INVALID': return { ...c, repPhone: '1391234567' };
    case 'ID_BIRTH_DATE_FUTURE': return { ...c, repIdNumber: makeIdNumber(c.repIdNumber!.slice(0, 6), '2099-01-01', 1) };
    default: return { ...c, name: '协会' };
  }
}

/** Writes the bulk file: `rows` organisations, every 100th of them (rows/100 in all) bad. */
export async function writeBulkFile(file: string, rows: number, seed = 20260301): Promise<BulkFile> {
  const rand = prng(seed);
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const expected = new Map<number, string>();
  const byKind = new Map<string, number>();
  let buffer = '\uFEFF' + csvLine(HEADERS);
  const recent: Cells[] = [];
  let last: Cells | undefined;
  for (let i = 0; i < rows; i++) {
    let c = validRow(rand, i);
    if (i % 20 === 19) c.repName = last!.repName; // the same person as the row above
    last = c;
    if (i % BAD_EVERY === BAD_EVERY / 2) {
      const kind = Math.floor(i / BAD_EVERY) % BAD_KINDS.length;
      c = breakRow(c, kind, recent[recent.length - 3]!);
      expected.set(i + 2, BAD_KINDS[kind]![1]);
      byKind.set(BAD_KINDS[kind]![0], (byKind.get(BAD_KINDS[kind]![0]) ?? 0) + 1);
    } else {
      recent.push(c);
      if (recent.length > 5) recent.shift();
    }
    buffer += csvLine(KEYS.map((k) => c[k] ?? ''));
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return { file, rows, bad: expected.size, bytes: fs.statSync(file).size, expected, byKind };
}

/** One run of a command-line tool: wall time, peak RSS (VmHWM, polled), exit code and stdout. */
export interface ChildRun {
  seconds: number;
  peakRss: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <script> …args` with DATABASE_URL set, sampling /proc/<pid>/status every 50 ms. */
export function runNode(script: string, args: string[], databaseUrl: string): Promise<ChildRun> {
  const started = performance.now();
  // e.g. BENCH_CLI_NODE_ARGS="--cpu-prof --cpu-prof-dir=.data/bench/prof" to profile the import and export
  const nodeArgs = (process.env.BENCH_CLI_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  let peak = 0;
  const sample = () => {
    const r = procRss(child.pid!);
    peak = Math.max(peak, Number.isFinite(r.hwm) ? r.hwm : 0, Number.isFinite(r.rss) ? r.rss : 0);
  };
  const timer = setInterval(sample, 50);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    // VmHWM only grows, so the last poll before exit (≤ 50 ms earlier) carries the peak.
    child.once('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakRss: peak, code, stdout, stderr });
    });
  });
}

export interface ImportRun extends ChildRun {
  summary: { rows: number; inserted: number; updated: number; unchanged: number; rejected: number; elapsedMs: number; reportFile: string | null };
  /** Distinct rows in the report, and expected rows missing from it or carrying another code. */
  reported: number;
  mismatched: number;
}

/** Reads the report of rejected rows: the codes per row number. */
async function readReport(file: string | null): Promise<Map<number, Set<string>>> {
  const out = new Map<number, Set<string>>();
  if (!file || !fs.existsSync(file)) return out;
  for await (const r of fs.createReadStream(file).pipe(parse({ bom: true, columns: true })) as AsyncIterable<Record<string, string>>) {
    const n = Number(r['行号']);
    if (!out.has(n)) out.set(n, new Set());
    out.get(n)!.add(r['错误代码']!);
  }
  return out;
}

async function runImportCli(cli: string, bulk: BulkFile, report: string, databaseUrl: string): Promise<ImportRun> {
  const run = await runNode(path.join(cli, 'import.js'), ['organisations', bulk.file, '--report', report], databaseUrl);
  if (run.code !== 0) throw new Error(`import exited with ${run.code}: ${run.stderr.slice(-2000)}`);
  const summary = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as ImportRun['summary'];
  const reported = await readReport(summary.reportFile);
  let mismatched = [...reported.keys()].filter((n) => !bulk.expected.has(n)).length;
  for (const [n, code] of bulk.expected) if (!reported.get(n)?.has(code)) mismatched++;
  return { ...run, summary, reported: reported.size, mismatched };
}

export interface ExportRun extends ChildRun {
  label: string;
  format: 'csv' | 'xlsx';
  rows: number;
  bytes: number;
  /** CSV only: lines in the file less the header. */
  lines?: number;
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  // Records never span lines here (no field holds a line break), so lines = records.
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) if (line) n++;
  return n;
}

async function runExportCli(cli: string, label: string, region: string, format: 'csv' | 'xlsx', dir: string, databaseUrl: string): Promise<ExportRun> {
  const out = path.join(dir, `export-${region}.${format}`);
  const run = await runNode(path.join(cli, 'export.js'), ['organisations', '--region', region, '--out', out], databaseUrl);
  if (run.code !== 0) throw new Error(`export exited with ${run.code}: ${run.stderr.slice(-2000)}`);
  const r = JSON.parse(run.stdout) as { rows: number };
  const result: ExportRun = { ...run, label, format, rows: r.rows, bytes: fs.statSync(out).size };
  if (format === 'csv') result.lines = (await countLines(out)) - 1;
  fs.rmSync(out, { force: true });
  return result;
}

/**
 * Removes what an earlier bulk phase imported (organisations of the 'BK' code space, their
 * change records, events, and the legal representatives nobody else has), so every run starts
 * from the same register.
 */
export async function resetBulk(databaseUrl: string): Promise<number> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query('begin');
    await c.query(`create temp table bulk_old on commit drop as select id, legal_representative_id from organisation where substr(uscc, 9, 2) = $1`, [CODE_MARK]);
    const n = (await c.query<{ n: string }>('select count(*) as n from bulk_old')).rows[0]!.n;
    await c.query('delete from organisation_change where organisation_id in (select id from bulk_old)');
    await c.query('delete from registry_event where organisation_id in (select id from bulk_old)');
    await c.query('delete from organisation where id in (select id from bulk_old)');
    await c.query(`delete from person p where p.id in (select legal_representative_id from bulk_old) and not exists (select 1 from organisation o where o.legal_representative_id = p.id)`);
    await c.query(`delete from import_checkpoint where kind = 'organisations'`);
    await c.query('commit');
    if (Number(n) > 0) await c.query('vacuum (analyze) organisation, person');
    return Number(n);
  } catch (e) {
    await c.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await c.end();
  }
}

export interface BulkReport {
  file: BulkFile;
  generateSeconds: number;
  removed: number;
  first: ImportRun;
  again: ImportRun;
  exports: ExportRun[];
}

/** The bulk phase: generate, import twice, export whole (CSV, XLSX) and one district (CSV, XLSX). */
export async function runBulk(databaseUrl: string, opts: { rows: number }, say: (s: string) => void): Promise<BulkReport> {
  const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-bench-bulk-'));
  try {
    const removed = await resetBulk(databaseUrl);
    if (removed) say(`  removed ${int(removed)} organisations an earlier bulk phase had imported`);
    const t0 = performance.now();
    const file = await writeBulkFile(path.join(dir, 'organisations.csv'), opts.rows);
    const generateSeconds = (performance.now() - t0) / 1000;
    say(`  wrote ${int(file.rows)} rows (${int(file.bad)} bad: ${[...file.byKind.values()].join('/')} of ${file.byKind.size} kinds) in ${generateSeconds.toFixed(1)} s, ${mb(file.bytes)}`);

    const first = await runImportCli(cli, file, path.join(dir, 'report-1.csv'), databaseUrl);
    say(describeImport('import', first, file));
    const again = await runImportCli(cli, file, path.join(dir, 'report-2.csv'), databaseUrl);
    say(describeImport('same file again', again, file));

    const exports: ExportRun[] = [];
    for (const [label, region] of [['whole register', '100000'], ['one district (鸡冠区)', '230302']] as const)
      for (const format of ['csv', 'xlsx'] as const) {
        const e = await runExportCli(cli, label, region, format, dir, databaseUrl);
        exports.push(e);
        const rate = int(e.rows / e.seconds);
        say(`  export ${label} ${format}: ${int(e.rows)} rows${e.lines !== undefined ? ` (${int(e.lines)} data lines)` : ''} in ${e.seconds.toFixed(1)} s (${rate} rows/s), ${mb(e.bytes)}, peak RSS ${mb(e.peakRss)}`);
      }
    return { file, generateSeconds, removed, first, again, exports };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function describeImport(label: string, r: ImportRun, file: BulkFile): string {
  const s = r.summary;
  return (
    `  ${label}: ${int(s.rows)} rows in ${r.seconds.toFixed(1)} s (${int(s.rows / r.seconds)} rows/s; ${(s.elapsedMs / 1000).toFixed(1)} s inside the import loop), ` +
    `inserted ${int(s.inserted)}, updated ${int(s.updated)}, unchanged ${int(s.unchanged)}, rejected ${int(s.rejected)}; ` +
    `report lists ${int(r.reported)} rows (${r.mismatched} not as planned of ${int(file.bad)}); peak RSS ${mb(r.peakRss)}`
  );
}

/** Excel's last row: a sheet holds at most 1,048,576 rows, the header included. */
const EXCEL_MAX_ROWS = 1_048_576;

/** The summary rows of the bulk phase: measure, figure, target, verdict. */
export function bulkSummaryRows(b: BulkReport): string[][] {
  const { first, again, file } = b;
  const accepted = first.summary.inserted + first.summary.updated + first.summary.unchanged;
  const good = file.rows - file.bad;
  const rows = [
    [`import ${int(file.rows)} rows (${int(file.bad)} bad)`, `${first.seconds.toFixed(1)} s (${int(file.rows / first.seconds)} rows/s)`, '< 60 s', first.seconds < 60 ? 'met' : 'missed'],
    ['import: accepted / rejected / in report', `${int(accepted)} / ${int(first.summary.rejected)} / ${int(first.reported)}`, `${int(good)} / ${int(file.bad)} / ${int(file.bad)}`,
      accepted === good && first.summary.inserted === good && first.summary.rejected === file.bad && first.reported === file.bad && first.mismatched === 0 ? 'met' : 'missed'],
    ['import: peak RSS', mb(first.peakRss), '–', '–'],
    ['import again: inserted / updated', `${int(again.summary.inserted)} / ${int(again.summary.updated)} in ${again.seconds.toFixed(1)} s`, '0 / 0',
      again.summary.inserted === 0 && again.summary.updated === 0 && again.summary.unchanged === good ? 'met' : 'missed'],
  ];
  for (const format of ['csv', 'xlsx'] as const) {
    const whole = b.exports.find((e) => e.format === format && e.label.startsWith('whole'));
    const part = b.exports.find((e) => e.format === format && !e.label.startsWith('whole'));
    if (!whole || !part) continue;
    rows.push([`export ${int(whole.rows)} rows ${format}: time, size`, `${whole.seconds.toFixed(1)} s, ${mb(whole.bytes)}`, '–', format === 'xlsx' && whole.rows >= EXCEL_MAX_ROWS ? `> Excel's ${int(EXCEL_MAX_ROWS - 1)} rows` : '–']);
    // Constant memory: thirteen times the rows of one district within 50 % of its peak (most of
    // which is the CLI's modules); buffering would grow with the file (367 MB of CSV at 1.1M rows).
    rows.push([`export ${format}: peak RSS ${int(whole.rows)} / ${int(part.rows)} rows`, `${mb(whole.peakRss)} / ${mb(part.peakRss)}`, 'flat (≤ 1.5×)', whole.peakRss <= part.peakRss * 1.5 ? 'met' : 'missed']);
  }
  return rows;
}
