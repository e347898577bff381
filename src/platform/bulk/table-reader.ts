/**
 * Reads a spreadsheet row by row in constant memory: CSV through csv-parse (UTF-8, or GB18030
 * as Chinese Excel saves it), XLSX through exceljs' streaming reader (first worksheet). Columns
 * are found by their header, Chinese or English (aliases), wherever they are; every row comes
 * with its row number as the clerk sees it in the spreadsheet (the header is row 1).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { formatDate } from '../time/calendar.js';

/** A column the importer understands: a canonical key and the headers that name it. */
export interface ColumnSpec {
  key: string;
  /** The first header is the canonical (Chinese) one, used in reports and exports. */
  headers: string[];
  required?: boolean;
}

/** A data row: its spreadsheet row number and the trimmed text of each known column. */
export interface SourceRow {
  rowNumber: number;
  values: Record<string, string>;
}

/** The file's header does not name every required column. */
export class HeaderError extends Error {
  constructor(readonly missing: string[], readonly found: string[]) {
    super(`缺少必填列：${missing.join('、')}（表头为：${found.join('、') || '空'}） / required columns missing: ${missing.join(', ')}`);
    this.name = 'HeaderError';
  }
}

/** Normalises a header for matching: full-width to ASCII, no spaces or required-marks, lower case. */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').replace(/[\s*＊]/g, '').toLowerCase();
}

/** Maps each header cell to a column key (undefined for columns nobody asked for). */
export function mapHeader(headerCells: string[], columns: ColumnSpec[]): { keys: (string | undefined)[]; unknown: string[] } {
  const byName = new Map<string, string>();
  for (const c of columns) for (const h of [c.key, ...c.headers]) byName.set(normalizeHeader(h), c.key);
  const keys = headerCells.map((h) => byName.get(normalizeHeader(h)));
  const unknown = headerCells.filter((h, i) => h.trim() && !keys[i]);
  const missing = columns.filter((c) => c.required && !keys.includes(c.key)).map((c) => c.headers[0]!);
  if (missing.length) throw new HeaderError(missing, headerCells.filter((h) => h.trim()));
  return { keys, unknown };
}

/** Text of an XLSX cell value: dates as 'YYYY-MM-DD', rich text joined, formulas by their result. */
export function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return formatDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return '';
  }
  return String(value);
}

/** A stream that decodes GB18030 (a superset of GBK) into UTF-8. */
function gb18030ToUtf8(): Transform {
  const decoder = new TextDecoder('gb18030');
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}

/** UTF-8 unless the first 64 KiB are not valid UTF-8 (then GB18030, as Chinese Excel writes CSV). */
function looksLikeUtf8(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(65_536);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    // stream: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, n), { stream: true });
    return true;
  } catch {
    return false;
  } finally {
    fs.closeSync(fd);
  }
}

async function* csvRecords(file: string): AsyncGenerator<{ rowNumber: number; cells: string[] }> {
  const source: Readable = looksLikeUtf8(file) ? fs.createReadStream(file) : fs.createReadStream(file).pipe(gb18030ToUtf8());
  const parser = source.pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  let rowNumber = 0;
  for await (const record of parser as AsyncIterable<string[]>) yield { rowNumber: ++rowNumber, cells: record };
}

async function* xlsxRecords(file: string): AsyncGenerator<{ rowNumber: number; cells: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = (row.values as unknown[]) ?? [];
      // exceljs rows are 1-based: values[0] is always empty.
      yield { rowNumber: row.number, cells: values.slice(1).map(cellText) };
    }
    return; // the first worksheet only
  }
}

/** The records of a .csv or .xlsx file. */
export function readRecords(file: string): AsyncGenerator<{ rowNumber: number; cells: string[] }> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return csvRecords(file);
  if (ext === '.xlsx') return xlsxRecords(file);
  throw new Error(`不支持的文件类型“${ext}”，请使用 .csv 或 .xlsx / unsupported file type "${ext}": use .csv or .xlsx`);
}

/** Receives the header mapping (for warnings about columns nobody reads). */
export type HeaderListener = (header: { unknown: string[] }) => void;

/**
 * The data rows of a spreadsheet, keyed by column. The first non-empty row is the header;
 * rows whose known cells are all blank are skipped.
 */
export async function* readTable(file: string, columns: ColumnSpec[], onHeader?: HeaderListener): AsyncGenerator<SourceRow> {
  let keys: (string | undefined)[] | undefined;
  for await (const { rowNumber, cells } of readRecords(file)) {
    if (!keys) {
      if (cells.every((c) => !c.trim())) continue;
      const mapped = mapHeader(cells, columns);
      keys = mapped.keys;
      onHeader?.({ unknown: mapped.unknown });
      continue;
    }
    const values: Record<string, string> = {};
    let blank = true;
    keys.forEach((k, i) => {
      if (!k) return;
      const v = (cells[i] ?? '').trim();
      if (v) blank = false;
      values[k] = v;
    });
    if (!blank) yield { rowNumber, values };
  }
  if (!keys) throw new HeaderError(columns.filter((c) => c.required).map((c) => c.headers[0]!), []);
}
